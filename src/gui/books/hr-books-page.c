/* hr-books-page.c: the Books page
 *
 * One row per person with the load bar against the limit, the unassigned
 * accounts last; the selected book's accounts with what each costs and
 * why, to pin, unpin or hand to someone else (a menu, or drag an account
 * onto a person). The books are the document's, under the scenario it
 * shows; the page asks for them only while it is shown.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-account-import-dialog.h"
#include "hr-books-page.h"
#include "hr-effort-rules.h"
#include "hr-format.h"
#include "hr-form.h"
#include "hr-portfolio.h"
#include "hr-rebalance-dialog.h"
#include "hr-window.h"

struct _HrBooksPage
{
  GtkWidget    parent_instance;

  GtkWidget   *content;
  GtkWidget   *headline;
  GtkWidget   *detail;
  GtkWidget   *import_button;
  GtkWidget   *rebalance_button;
  GtkWidget   *rules;
  GtkWidget   *paned;
  GtkWidget   *people_list;
  GtkWidget   *person_title;
  GtkWidget   *person_box;
  GtkWidget   *accounts_list;
  GtkWidget   *person_form;
  GtkWidget   *segments_box;

  HrDocument  *document;
  HrPlan      *plan;
  HrUndoStack *undo;
  HrBooks     *books;
  char        *headline_text;
  char        *selected_id;     /* the person shown, across refreshes */
  int          selected;
  gboolean     dirty;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (HrBooksPage, hr_books_page, GTK_TYPE_WIDGET)

static const HrFormField person_fields[] = {
  { "name", N_("Name"), HR_FORM_TEXT },
  { "fte", N_("Time on the team"), HR_FORM_PERCENT, NULL, NULL, N_("Share of a full-time person, e.g. 80% for four days a week") },
  { "max-load", N_("Book limit"), HR_FORM_PERCENT, NULL, N_("The role's target load"),
    N_("The load this person's book should stay under; empty: the role's target load") },
};

static void refresh (HrBooksPage *self);

/* --- helpers --- */

static HrAccount *
plan_account (HrBooksPage *self,
              guint        account)
{
  g_autoptr(HrAccount) item = g_list_model_get_item (hr_plan_get_accounts (self->plan), account);

  return item;   /* the plan holds it */
}

static HrPerson *
plan_person (HrBooksPage *self,
             int          person)
{
  if (person < 0 || self->books == NULL)
    return NULL;
  return hr_plan_find_person (self->plan, hr_books_get_person (self->books, person)->id);
}

static const char *
status_word (HrBookStatus status)
{
  switch (status)
    {
    case HR_BOOK_OVER: return _("Over");
    case HR_BOOK_LIGHT: return C_("book", "Light");
    case HR_BOOK_OK: break;
    }
  return NULL;
}

/* --- the load bar --- */

typedef struct {
  double load;
  double limit;
  HrBookStatus status;
} Bar;

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        data)
{
  Bar *bar = data;
  double top = MAX (1.5, bar->limit * 1.25), x;
  GdkRGBA fg;

  /* a light track, the load, and the limit as a dark mark */
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (area), &fg);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
#endif
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.08);
  cairo_rectangle (cr, 0, 2, width, height - 4);
  cairo_fill (cr);
  if (bar->status == HR_BOOK_OVER)
    cairo_set_source_rgb (cr, 0.85, 0.19, 0.12);
  else if (bar->status == HR_BOOK_LIGHT)
    cairo_set_source_rgba (cr, 0.11, 0.42, 0.62, 0.45);
  else
    cairo_set_source_rgb (cr, 0.11, 0.42, 0.62);
  cairo_rectangle (cr, 0, 2, width * MIN (bar->load, top) / top, height - 4);
  cairo_fill (cr);
  x = round (width * bar->limit / top) + 0.5;
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, 0);
  cairo_line_to (cr, x, height);
  cairo_stroke (cr);
}

static GtkWidget *
bar_new (double       load,
         double       limit,
         HrBookStatus status)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Bar *bar = g_new0 (Bar, 1);

  *bar = (Bar) { isnan (load) ? 0 : load, limit, status };
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 14);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_bar, bar, g_free);
  return area;
}

/* --- drag and drop --- */

static void
free_closure_data (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

static GdkContentProvider *
account_drag_prepare_cb (GtkDragSource *source,
                         double         x,
                         double         y,
                         gpointer       data)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, data);
}

static gboolean
person_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                HrBooksPage   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  int person = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "hr-person"));
  int account = self->books ? hr_books_find_account (self->books, g_value_get_string (value)) : -1;

  if (account < 0)
    return FALSE;
  hr_books_page_move_account (self, account, person);
  return TRUE;
}

/* --- the people --- */

static GtkWidget *
person_row_new (HrBooksPage  *self,
                const HrBook *book,
                int           person)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (person >= 0 ? book->name : _("Unassigned"));
  GtkWidget *load = NULL;
  g_autofree char *arr = hr_format_money (book->arr, hr_books_get_currency (self->books));
  g_autofree char *hours = hr_format_number (book->workload, 1);
  g_autofree char *facts = NULL;
  GtkDropTarget *target;

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (top), name);
  if (person >= 0)
    {
      g_autofree char *percent = hr_format_percent (book->load, 0);
      g_autofree char *limit = hr_format_percent (book->limit, 0);
      g_autofree char *shown = NULL;
      const char *word = status_word (book->status);

      /* Translators: a book's load and its limit, e.g. "93% of 85%" */
      shown = word ? g_strdup_printf (_("%s · %s of %s"), word, percent, limit)
                   : g_strdup_printf (_("%s of %s"), percent, limit);
      load = gtk_label_new (shown);
      if (book->status == HR_BOOK_OVER)
        gtk_widget_add_css_class (load, "error");
      else if (book->status == HR_BOOK_LIGHT)
        gtk_widget_add_css_class (load, "dim-label");
      gtk_widget_add_css_class (load, "numeric");
      gtk_box_append (GTK_BOX (top), load);
    }
  gtk_box_append (GTK_BOX (box), top);
  if (person >= 0)
    gtk_box_append (GTK_BOX (box), bar_new (book->load, book->limit, book->status));
  /* Translators: accounts, their ARR and hours a month of a book */
  facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u account · %s · %s h a month",
                                        "%u accounts · %s · %s h a month", book->n_accounts),
                           book->n_accounts, arr, hours);
  {
    GtkWidget *label = gtk_label_new (facts);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (box), label);
  }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "hr-person", GINT_TO_POINTER (person));
  {
    g_autofree char *accessible = g_strdup_printf ("%s: %s", person >= 0 ? book->name : _("Unassigned"), facts);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
  target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (person_drop_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  return row;
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)))
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

/* --- the accounts of the selection --- */

static void
pinned_toggled_cb (GtkCheckButton *button,
                   HrBooksPage    *self)
{
  guint account = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hr-account"));

  if (self->updating || self->undo == NULL)
    return;
  hr_undo_stack_seal (self->undo);
  hr_undo_stack_set (self->undo, plan_account (self, account), "pinned", gtk_check_button_get_active (button), NULL);
  hr_undo_stack_seal (self->undo);
}

static void
owner_selected_cb (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   HrBooksPage *self)
{
  guint account = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "hr-account"));
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  /* the first choice is no owner */
  hr_books_page_move_account (self, account, (int) selected - 1);
}

static char *
dup_breakdown (HrBooks *books,
               guint    account)
{
  g_autoptr(GArray) parts = hr_books_dup_effort_parts (books, account);
  g_autoptr(GPtrArray) rules = hr_books_dup_rules_applied (books, account);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const HrEffortPart *part = &g_array_index (parts, HrEffortPart, i);
      g_autofree char *hours = hr_format_number (part->hours, 1);

      if (out->len)
        g_string_append (out, " · ");
      /* Translators: a moment (or reactive work) and its hours a month */
      g_string_append_printf (out, _("%s %s h"), part->moment ? part->moment : _("Reactive"), hours);
    }
  if (parts->len == 0)
    g_string_append (out, _("No hours in these months"));
  for (guint i = 0; i < rules->len; i++)
    g_string_append_printf (out, " · %s", (char *) rules->pdata[i]);
  return g_string_free (out, FALSE);
}

static GtkWidget *
account_row_new (HrBooksPage *self,
                 guint        j)
{
  const HrBookAccount *a = hr_books_get_account (self->books, j);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (a->name);
  GtkWidget *hours_label, *facts_label, *why, *controls, *pinned, *owner;
  g_autofree char *hours = hr_format_number (a->workload, 1);
  g_autofree char *hours_text = g_strdup_printf (_("%s h a month"), hours);
  g_autofree char *arr = hr_format_money (a->arr, hr_books_get_currency (self->books));
  g_autofree char *renewal = hr_format_month (a->renewal, "%B %Y");
  g_autofree char *facts = NULL;
  g_autofree char *breakdown = dup_breakdown (self->books, j);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  GtkDragSource *drag;

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  hours_label = gtk_label_new (hours_text);
  gtk_widget_add_css_class (hours_label, "numeric");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), hours_label);
  gtk_box_append (GTK_BOX (box), top);

  /* Translators: tier · ARR · renewal month, then whether it is frozen */
  facts = g_strdup_printf (a->frozen ? _("%s · %s ARR · renews %s, frozen until then")
                                     : _("%s · %s ARR · renews %s"),
                           hr_books_get_segment_name (self->books, a->segment), arr, renewal);
  facts_label = gtk_label_new (facts);
  gtk_label_set_xalign (GTK_LABEL (facts_label), 0);
  gtk_label_set_wrap (GTK_LABEL (facts_label), TRUE);
  gtk_widget_add_css_class (facts_label, "dim-label");
  gtk_box_append (GTK_BOX (box), facts_label);
  why = gtk_label_new (breakdown);
  gtk_label_set_xalign (GTK_LABEL (why), 0);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_widget_add_css_class (why, "caption");
  gtk_widget_set_tooltip_text (why, _("Why the account costs what it costs: the journey's moments in its tenure, reactive work, and the effort rules that apply, averaged over the months of the books"));
  gtk_box_append (GTK_BOX (box), why);

  controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  pinned = gtk_check_button_new_with_mnemonic (_("_Pinned"));
  gtk_widget_set_tooltip_text (pinned, _("A key relationship: rebalancing never moves it"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (pinned), a->pinned);
  g_object_set_data (G_OBJECT (pinned), "hr-account", GUINT_TO_POINTER (j));
  g_signal_connect (pinned, "toggled", G_CALLBACK (pinned_toggled_cb), self);
  gtk_box_append (GTK_BOX (controls), pinned);
  gtk_string_list_append (owners, _("Unassigned"));
  for (guint p = 0; p < hr_books_get_n_people (self->books); p++)
    gtk_string_list_append (owners, hr_books_get_person (self->books, p)->name);
  owner = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (owners)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), a->owner + 1);
  gtk_widget_set_tooltip_text (owner, _("Who owns the account; you can also drag it onto a person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (owner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Owner"), -1);
  g_object_set_data (G_OBJECT (owner), "hr-account", GUINT_TO_POINTER (j));
  g_signal_connect (owner, "notify::selected", G_CALLBACK (owner_selected_cb), self);
  gtk_box_append (GTK_BOX (controls), owner);
  gtk_box_append (GTK_BOX (box), controls);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "hr-account", GUINT_TO_POINTER (j));
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_data (drag, "prepare", G_CALLBACK (account_drag_prepare_cb), g_strdup (a->id),
                         free_closure_data, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  return row;
}

static void
segment_toggled_cb (GtkCheckButton *button,
                    HrBooksPage    *self)
{
  HrPerson *person = plan_person (self, self->selected);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) segments = NULL;
  gboolean all = TRUE;

  if (self->updating || person == NULL || self->undo == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (self->segments_box); child;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id = g_object_get_data (G_OBJECT (child), "hr-segment");

      if (id == NULL)
        continue;
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        g_strv_builder_add (ids, id);
      else
        all = FALSE;
    }
  segments = g_strv_builder_end (ids);
  hr_undo_stack_seal (self->undo);
  /* every tier ticked is "any tier", also those added later */
  hr_undo_stack_set (self->undo, person, "segments", all ? NULL : segments, NULL);
  hr_undo_stack_seal (self->undo);
}

static void
show_person_settings (HrBooksPage *self)
{
  HrPerson *person = plan_person (self, self->selected);
  GListModel *segments = hr_plan_get_segments (self->plan);
  GtkWidget *child;

  gtk_widget_set_visible (self->person_box, person != NULL);
  hr_form_set_item (HR_FORM (self->person_form), person ? HR_ITEM (person) : NULL);
  while ((child = gtk_widget_get_first_child (self->segments_box)))
    gtk_box_remove (GTK_BOX (self->segments_box), child);
  if (person == NULL)
    return;
  {
    GtkWidget *label = gtk_label_new (_("Takes new accounts in"));
    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (self->segments_box), label);
  }
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      GtkWidget *check = gtk_check_button_new_with_label (hr_segment_get_name (segment));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   hr_person_takes_segment (person, hr_item_get_id (HR_ITEM (segment))));
      g_object_set_data_full (G_OBJECT (check), "hr-segment", g_strdup (hr_item_get_id (HR_ITEM (segment))), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (segment_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->segments_box), check);
    }
}

static void
show_accounts (HrBooksPage *self)
{
  g_autoptr(GArray) listed = hr_books_page_dup_listed (self);
  const HrBook *book = NULL;

  self->updating = TRUE;
  clear_list (self->accounts_list);
  if (self->books && self->selected >= 0)
    book = hr_books_get_person (self->books, self->selected);
  else if (self->books && self->selected == HR_BOOKS_UNASSIGNED)
    book = hr_books_get_unassigned (self->books);
  if (book == NULL)
    gtk_label_set_text (GTK_LABEL (self->person_title), _("Select a book to see its accounts"));
  else
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u account",
                                                             "%s: %u accounts", book->n_accounts),
                                                self->selected >= 0 ? book->name : _("Unassigned"),
                                                book->n_accounts);
      gtk_label_set_text (GTK_LABEL (self->person_title), title);
    }
  for (guint i = 0; i < listed->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->accounts_list),
                         account_row_new (self, g_array_index (listed, guint, i)));
  show_person_settings (self);
  self->updating = FALSE;
}

static void
person_selected_cb (HrBooksPage   *self,
                    GtkListBoxRow *row)
{
  int person = row ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "hr-person")) : HR_BOOKS_NOBODY;

  if (self->updating)
    return;
  self->selected = person;
  g_free (self->selected_id);
  self->selected_id = person >= 0 ? g_strdup (hr_books_get_person (self->books, person)->id) : NULL;
  show_accounts (self);
}

/* --- computing --- */

static char *
dup_detail (HrBooksPage *self)
{
  g_autofree char *month = hr_format_month (hr_books_get_month (self->books), "%B %Y");
  const char *scenario = hr_document_get_active_scenario_id (self->document);
  HrScenario *active = scenario ? hr_plan_find_scenario (self->plan, scenario) : NULL;
  g_autofree char *when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, one month",
                                                        "From %s, averaged over %u months",
                                                        hr_books_get_window (self->books)),
                                           month, hr_books_get_window (self->books));
  double spread = hr_books_get_spread (self->books);
  g_autofree char *points = isnan (spread) ? NULL : hr_format_number (100 * spread, 0);
  g_autofree char *spread_text = points ? g_strdup_printf (_("the fullest and lightest books are %s points apart"), points)
                                        : NULL;

  if (active)
    /* Translators: the months, the spread, and the scenario whose journey the books use */
    return g_strdup_printf (_("%s; %s. Under the scenario “%s”: its changes apply to the journey, the people and accounts are the plan's."),
                            when, spread_text ? spread_text : "", hr_scenario_get_name (active));
  if (spread_text)
    return g_strdup_printf (_("%s; %s."), when, spread_text);
  return g_strdup_printf ("%s.", when);
}

static void
refresh (HrBooksPage *self)
{
  g_autofree char *detail = NULL;
  int selected = HR_BOOKS_NOBODY;

  self->dirty = FALSE;
  if (self->document == NULL)
    return;
  /* a scenario that does not apply gives the baseline's books */
  g_set_object (&self->books, hr_document_get_books (self->document));
  if (self->books == NULL)
    {
      const GError *error = hr_document_get_error (self->document, HR_DOCUMENT_BOOKS);
      gtk_label_set_text (GTK_LABEL (self->headline), error ? error->message : "");
      return;
    }
  g_free (self->headline_text);
  self->headline_text = hr_books_dup_headline (self->books);
  gtk_label_set_text (GTK_LABEL (self->headline), self->headline_text);
  detail = dup_detail (self);
  gtk_label_set_text (GTK_LABEL (self->detail), detail);
  gtk_widget_set_sensitive (self->rebalance_button, hr_books_get_n_people (self->books) > 0);

  self->updating = TRUE;
  clear_list (self->people_list);
  for (guint p = 0; p < hr_books_get_n_people (self->books); p++)
    {
      const HrBook *book = hr_books_get_person (self->books, p);
      gtk_list_box_append (GTK_LIST_BOX (self->people_list), person_row_new (self, book, p));
      if (g_strcmp0 (book->id, self->selected_id) == 0)
        selected = p;
    }
  if (hr_books_get_unassigned (self->books)->n_accounts > 0 || self->selected == HR_BOOKS_UNASSIGNED)
    gtk_list_box_append (GTK_LIST_BOX (self->people_list),
                         person_row_new (self, hr_books_get_unassigned (self->books), HR_BOOKS_UNASSIGNED));
  if (self->selected == HR_BOOKS_UNASSIGNED)
    selected = HR_BOOKS_UNASSIGNED;
  if (selected == HR_BOOKS_NOBODY && hr_books_get_n_people (self->books) > 0)
    selected = 0;
  self->selected = selected;
  for (GtkWidget *row = gtk_widget_get_first_child (self->people_list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "hr-person")) == selected)
      gtk_list_box_select_row (GTK_LIST_BOX (self->people_list), GTK_LIST_BOX_ROW (row));
  self->updating = FALSE;
  show_accounts (self);
}

static void
queue_refresh (HrBooksPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/* --- buttons --- */

static void
import_done (HrWindow *window,
             GFile    *file,
             gpointer  data)
{
  HrBooksPage *self = data;

  if (file)
    hr_books_page_import_file (self, file);
  g_object_unref (self);
}

static void
import_clicked_cb (HrBooksPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HR_IS_WINDOW (root))
    hr_window_choose_file (HR_WINDOW (root), FALSE, _("Import Accounts"), NULL,
                           _("CRM exports (CSV)"), "*.csv;*.txt", import_done, g_object_ref (self));
}

static void
rebalance_clicked_cb (HrBooksPage *self)
{
  hr_books_page_rebalance (self);
}

/* --- GObject --- */

static void
hr_books_page_map (GtkWidget *widget)
{
  HrBooksPage *self = HR_BOOKS_PAGE (widget);

  GTK_WIDGET_CLASS (hr_books_page_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
hr_books_page_dispose (GObject *object)
{
  HrBooksPage *self = HR_BOOKS_PAGE (object);

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  /* the lists empty themselves as they go: nothing to show then */
  self->updating = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_BOOKS_PAGE);
  g_clear_object (&self->plan);
  g_clear_object (&self->document);
  g_clear_object (&self->undo);
  g_clear_object (&self->books);
  g_clear_pointer (&self->headline_text, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  G_OBJECT_CLASS (hr_books_page_parent_class)->dispose (object);
}

static void
hr_books_page_class_init (HrBooksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_books_page_dispose;
  widget_class->map = hr_books_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (HR_TYPE_EFFORT_RULES);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-books-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, content);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, headline);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, detail);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, rebalance_button);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, rules);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, person_title);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, person_box);
  gtk_widget_class_bind_template_child (widget_class, HrBooksPage, accounts_list);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rebalance_clicked_cb);
}

static void
hr_books_page_init (HrBooksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->selected = HR_BOOKS_NOBODY;
  self->dirty = TRUE;
  self->person_form = hr_form_new (person_fields, G_N_ELEMENTS (person_fields));
  gtk_box_append (GTK_BOX (self->person_box), self->person_form);
  self->segments_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (self->person_box), self->segments_box);
}

void
hr_books_page_set_context (HrBooksPage *self,
                           HrDocument  *document,
                           HrUndoStack *undo)
{
  HrPlan *plan = document ? hr_document_get_plan (document) : NULL;

  g_return_if_fail (HR_IS_BOOKS_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  g_clear_pointer (&self->selected_id, g_free);
  self->selected = HR_BOOKS_NOBODY;
  hr_form_set_context (HR_FORM (self->person_form), plan, undo);
  hr_effort_rules_set_context (HR_EFFORT_RULES (self->rules), plan, undo);
  /* notified once per burst of edits and when another scenario is shown */
  if (document)
    g_signal_connect_swapped (document, "notify::books", G_CALLBACK (queue_refresh), self);
  queue_refresh (self);
}

HrBooks *
hr_books_page_get_books (HrBooksPage *self)
{
  g_return_val_if_fail (HR_IS_BOOKS_PAGE (self), NULL);
  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  return self->books;
}

const char *
hr_books_page_get_headline (HrBooksPage *self)
{
  g_return_val_if_fail (HR_IS_BOOKS_PAGE (self), NULL);
  return self->headline_text;
}

void
hr_books_page_select (HrBooksPage *self,
                      int          person)
{
  g_return_if_fail (HR_IS_BOOKS_PAGE (self));

  for (GtkWidget *row = gtk_widget_get_first_child (self->people_list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "hr-person")) == person)
      gtk_list_box_select_row (GTK_LIST_BOX (self->people_list), GTK_LIST_BOX_ROW (row));
}

int
hr_books_page_get_selected (HrBooksPage *self)
{
  return self->selected;
}

GArray *
hr_books_page_dup_listed (HrBooksPage *self)
{
  GArray *listed = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint j = 0; self->books && self->selected != HR_BOOKS_NOBODY && j < hr_books_get_n_accounts (self->books); j++)
    if (hr_books_get_account (self->books, j)->owner == self->selected)
      g_array_append_val (listed, j);
  return listed;
}

void
hr_books_page_move_account (HrBooksPage *self,
                            guint        account,
                            int          person)
{
  const char *owner = person >= 0 ? hr_books_get_person (self->books, person)->id : NULL;
  HrAccount *item;

  g_return_if_fail (HR_IS_BOOKS_PAGE (self) && self->books != NULL);
  item = plan_account (self, account);
  if (g_strcmp0 (hr_account_get_owner (item), owner) == 0 || self->undo == NULL)
    return;
  hr_undo_stack_seal (self->undo);
  hr_undo_stack_set (self->undo, item, "owner", owner, NULL);
  hr_undo_stack_seal (self->undo);
}

GtkWindow *
hr_books_page_import_file (HrBooksPage *self,
                           GFile       *file)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  g_return_val_if_fail (HR_IS_BOOKS_PAGE (self), NULL);
  dialog = hr_account_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         self->plan, self->undo, file, &error);
  if (dialog == NULL)
    {
      if (HR_IS_WINDOW (root))
        hr_window_show_error (HR_WINDOW (root), error->message);
      return NULL;
    }
  gtk_window_present (dialog);
  return dialog;
}

GtkWindow *
hr_books_page_rebalance (HrBooksPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HrRebalanceDialog *dialog;

  g_return_val_if_fail (HR_IS_BOOKS_PAGE (self), NULL);
  if (hr_books_page_get_books (self) == NULL)
    return NULL;
  dialog = hr_rebalance_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->document, self->undo);
  gtk_window_present (GTK_WINDOW (dialog));
  hr_rebalance_dialog_run (dialog);
  return GTK_WINDOW (dialog);
}

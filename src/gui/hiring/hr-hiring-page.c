/* hr-hiring-page.c: the planner's suggested hires per role, late
 * requisitions, accepting suggestions, and the hiring plan in words */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-change.h"
#include "hr-chart-view.h"
#include "hr-form.h"
#include "hr-format.h"
#include "hr-hiring-page.h"
#include "hr-hiring.h"
#include "hr-scenario-editor.h"

struct _HrHiringPage
{
  GtkWidget    parent_instance;

  GtkWidget   *scroller;
  GtkWidget   *box;
  GtkWidget   *intro;
  GtkWidget   *accept_all;
  GtkWidget   *roles_box;
  GtkWidget   *confidence_box;  /* the plan at confidence beside the plan on the averages */
  GtkWidget   *chart;
  GtkWidget   *summary;
  GtkWidget   *copy;

  HrDocument  *document;
  HrUndoStack *undo;
  gboolean     show_all;   /* every suggestion, not the first few per role */
  gboolean     dirty;      /* the forecast changed while the page was hidden */
};

/* A large plan suggests hundreds of hires: a role lists this many until
 * asked for all */
#define FEW_SUGGESTIONS 8

G_DEFINE_FINAL_TYPE (HrHiringPage, hr_hiring_page, GTK_TYPE_WIDGET)

static void
accept_clicked_cb (GtkButton    *button,
                   HrHiringPage *self)
{
  hr_hiring_page_accept (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "hr-index")));
}


static void rebuild (HrHiringPage *self);

/* How many hires @f suggests for @role starting in @month */
static double
suggested_count (HrForecast *f,
                 guint       role,
                 int         month)
{
  double count = 0;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);
      if (s->role == role && (int) s->month == month)
        count += s->count;
    }
  return count;
}

/* One column of hires: every suggestion of @f for @role; with @other,
 * the hires beyond @other's marked as extra */
static GtkWidget *
hires_column_new (HrForecast *f,
                  guint       role,
                  HrForecast *other)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gboolean any = FALSE;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);
      g_autofree char *start = NULL, *req = NULL, *count = NULL, *text = NULL;
      double extra;
      GtkWidget *label;

      if (s->role != role)
        continue;
      any = TRUE;
      start = hr_forecast_format_month (f, s->month, "%b %Y");
      req = hr_forecast_format_month (f, s->requisition, "%b %Y");
      count = hr_format_number (s->count, 0);
      extra = other ? s->count - suggested_count (other, role, s->month) : 0;
      if (extra > 0.5)
        {
          g_autofree char *more = hr_format_number (extra, 0);
          /* Translators: a hire of the plan at confidence that the plan on the averages lacks:
           * "2 start Aug 2027 · requisition by May 2027 · 1 extra" */
          text = g_strdup_printf (_("%s start %s · requisition by %s · %s extra"), count, start, req, more);
        }
      else
        /* Translators: "2 start Aug 2027 · requisition by May 2027" */
        text = g_strdup_printf (_("%s start %s · requisition by %s"), count, start, req);
      label = hr_wrapped_label_new (text, extra > 0.5 ? "hr-extra-hire" : NULL);
      gtk_box_append (GTK_BOX (box), label);
    }
  if (!any)
    gtk_box_append (GTK_BOX (box), hr_wrapped_label_new (_("no hires"), "dim-label"));
  return box;
}

static double
total_hires (HrForecast *f)
{
  double total = 0;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    total += hr_forecast_get_suggestion (f, i)->count;
  return total;
}

/* The hiring plan at confidence beside the one on the averages, once the
 * plan has ranges; faded while newer bands are sampled */
static void
rebuild_confidence (HrHiringPage *self)
{
  HrDocument *document = self->document;
  HrBands *bands = NULL;
  HrForecast *average, *confident, *shown;
  GtkWidget *child, *grid, *heading;
  g_autofree char *title = NULL, *caption = NULL, *a = NULL, *c = NULL;
  double extra;

  while ((child = gtk_widget_get_first_child (self->confidence_box)))
    gtk_box_remove (GTK_BOX (self->confidence_box), child);
  if (document && hr_plan_get_ranges (hr_document_get_plan (document)) != NULL)
    bands = hr_document_get_bands (document);
  shown = document ? hr_document_get_forecast (document) : NULL;
  if (bands && shown && g_strcmp0 (hr_bands_get_scenario_id (bands), hr_forecast_get_scenario_id (shown)) != 0)
    bands = NULL;
  gtk_widget_set_visible (self->confidence_box, bands != NULL);
  if (bands == NULL)
    return;
  average = hr_bands_get_forecast (bands);
  confident = hr_bands_get_confident_forecast (bands);
  gtk_widget_set_opacity (self->confidence_box, hr_document_is_stale (document, HR_DOCUMENT_BANDS) ? 0.55 : 1);

  /* Translators: %u is the plan's confidence, e.g. 90 */
  title = g_strdup_printf (_("On the averages, and at %u%% confidence"), hr_bands_get_confidence (bands));
  heading = hr_wrapped_label_new (title, "heading");
  gtk_box_append (GTK_BOX (self->confidence_box), heading);
  a = hr_format_number (total_hires (average), 0);
  c = hr_format_number (total_hires (confident), 0);
  extra = total_hires (confident) - total_hires (average);
  {
    g_autofree char *more = hr_format_number (MAX (extra, 0), 0);
    /* Translators: the hires on the plan's own values, and to hold the target load in 90% of the sampled plans */
    caption = g_strdup_printf (_("On the plan’s own values the team needs %s hires. To hold the target load in "
                                 "%u%% of the plans sampled within your ranges it needs %s: %s more, marked "
                                 "below. The Accept buttons above take the hires on the averages."),
                               a, hr_bands_get_confidence (bands), c, more);
  }
  gtk_box_append (GTK_BOX (self->confidence_box), hr_wrapped_label_new (caption, "dim-label"));

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);
  gtk_grid_attach (GTK_GRID (grid), hr_wrapped_label_new (_("Role"), "dim-label"), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), hr_wrapped_label_new (_("On the averages"), "dim-label"), 1, 0, 1, 1);
  {
    /* Translators: a column head, e.g. “At 90% confidence” */
    g_autofree char *head = g_strdup_printf (_("At %u%% confidence"), hr_bands_get_confidence (bands));
    gtk_grid_attach (GTK_GRID (grid), hr_wrapped_label_new (head, "dim-label"), 2, 0, 1, 1);
  }
  for (guint r = 0; r < hr_forecast_get_n_roles (average); r++)
    {
      GtkWidget *name = hr_wrapped_label_new (hr_forecast_get_role_name (average, r), "heading");

      gtk_widget_set_valign (name, GTK_ALIGN_START);
      gtk_grid_attach (GTK_GRID (grid), name, 0, r + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), hires_column_new (average, r, NULL), 1, r + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), hires_column_new (confident, r, average), 2, r + 1, 1, 1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (self->confidence_box), grid);
}

static void
bands_changed_cb (HrHiringPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_confidence (self);
}

static void
show_all_clicked_cb (HrHiringPage *self)
{
  self->show_all = TRUE;
  rebuild (self);
}

static void
rebuild (HrHiringPage *self)
{
  HrForecast *f = self->document ? hr_document_get_forecast (self->document) : NULL;
  GtkWidget *child;
  guint n;

  self->dirty = FALSE;
  rebuild_confidence (self);
  while ((child = gtk_widget_get_first_child (self->roles_box)))
    gtk_box_remove (GTK_BOX (self->roles_box), child);
  if (f == NULL)
    return;
  n = hr_forecast_get_n_suggestions (f);
  gtk_widget_set_sensitive (self->accept_all, n > 0);
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    {
      g_autofree char *late = hr_hiring_dup_late_months (f, r);
      GtkWidget *list = gtk_list_box_new ();
      gboolean any = FALSE;
      guint listed = 0, hidden = 0;

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "frame");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hr_forecast_get_role_name (f, r), -1);
      for (guint i = 0; i < n; i++)
        {
          const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);
          g_autofree char *start = NULL, *req = NULL, *count = NULL, *text = NULL, *name = NULL;
          GtkWidget *row, *label, *button;

          if (s->role != r)
            continue;
          any = TRUE;
          if (!self->show_all && listed >= FEW_SUGGESTIONS)
            {
              hidden++;
              continue;
            }
          listed++;
          start = hr_forecast_format_month (f, s->month, "%B %Y");
          req = hr_forecast_format_month (f, s->requisition, "%B %Y");
          count = hr_format_number (s->count, 0);
          /* Translators: "2 start in August 2027 · open the requisition by May 2027" */
          text = g_strdup_printf (_("%s start in %s · open the requisition by %s"), count, start, req);
          row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          gtk_widget_set_margin_start (row, 12);
          gtk_widget_set_margin_end (row, 6);
          gtk_widget_set_margin_top (row, 4);
          gtk_widget_set_margin_bottom (row, 4);
          label = hr_wrapped_label_new (text, s->requisition <= 0 ? "hr-late" : NULL);
          gtk_widget_set_hexpand (label, TRUE);
          gtk_box_append (GTK_BOX (row), label);
          button = gtk_button_new_with_label (_("Accept"));
          name = g_strdup_printf (_("Accept: %s"), text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_widget_set_tooltip_text (button, _("Add this hire to the plan"));
          g_object_set_data (G_OBJECT (button), "hr-index", GINT_TO_POINTER (i));
          g_signal_connect (button, "clicked", G_CALLBACK (accept_clicked_cb), self);
          gtk_box_append (GTK_BOX (row), button);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      if (!any && late == NULL)
        {
          g_object_ref_sink (list);
          g_object_unref (list);
          continue;
        }
      gtk_box_append (GTK_BOX (self->roles_box), hr_wrapped_label_new (hr_forecast_get_role_name (f, r), "heading"));
      if (late)
        {
          g_autofree char *text =
            g_strdup_printf (_("Late: even a requisition opened today leaves the team short in %s."), late);
          gtk_box_append (GTK_BOX (self->roles_box), hr_wrapped_label_new (text, "hr-late"));
        }
      if (any)
        gtk_box_append (GTK_BOX (self->roles_box), list);
      if (hidden > 0)
        {
          g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "Show %u More Hire", "Show %u More Hires", hidden),
                                                   hidden);
          GtkWidget *more = gtk_button_new_with_label (text);

          gtk_widget_set_halign (more, GTK_ALIGN_START);
          gtk_widget_set_tooltip_text (more, _("List every hire the planner suggests for every role"));
          g_signal_connect_swapped (more, "clicked", G_CALLBACK (show_all_clicked_cb), self);
          gtk_box_append (GTK_BOX (self->roles_box), more);
        }
      if (!any)
        {
          g_object_ref_sink (list);
          g_object_unref (list);
        }
    }
  if (n == 0)
    gtk_box_append (GTK_BOX (self->roles_box),
                    hr_wrapped_label_new (_("The planner suggests no hires: the team holds over the horizon."), "dim-label"));
  gtk_label_set_text (GTK_LABEL (self->summary), hr_document_get_hiring (self->document));
}

/* a large plan's suggestions take a while to list: only on the page shown */
static void
forecast_changed_cb (HrHiringPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
hr_hiring_page_map (GtkWidget *widget)
{
  HrHiringPage *self = HR_HIRING_PAGE (widget);

  GTK_WIDGET_CLASS (hr_hiring_page_parent_class)->map (widget);
  if (self->dirty)
    rebuild (self);
}

static void
copy_clicked_cb (HrHiringPage *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                          gtk_label_get_text (GTK_LABEL (self->summary)));
}

static void
accept_all_clicked_cb (HrHiringPage *self)
{
  hr_hiring_page_accept (self, -1);
}

static void
hr_hiring_page_dispose (GObject *object)
{
  HrHiringPage *self = HR_HIRING_PAGE (object);

  hr_hiring_page_set_context (self, NULL, NULL);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (hr_hiring_page_parent_class)->dispose (object);
}

static void
hr_hiring_page_class_init (HrHiringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_hiring_page_dispose;
  widget_class->map = hr_hiring_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_hiring_page_init (HrHiringPage *self)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *summary_top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  g_object_set (self->box, "margin-start", 18, "margin-end", 18, "margin-top", 12, "margin-bottom", 18, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);

  self->intro = hr_wrapped_label_new (_("The hires the planner suggests so that each role stays under its target load, "
                             "timed to be fully productive in the first month that needs them."), "dim-label");
  gtk_widget_set_hexpand (self->intro, TRUE);
  self->accept_all = gtk_button_new_with_mnemonic (_("_Accept All"));
  gtk_widget_set_tooltip_text (self->accept_all, _("Add every suggested hire to the plan (Ctrl+Z undoes it)"));
  gtk_widget_add_css_class (self->accept_all, "suggested-action");
  gtk_widget_set_valign (self->accept_all, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->accept_all, "clicked", G_CALLBACK (accept_all_clicked_cb), self);
  gtk_box_append (GTK_BOX (top), self->intro);
  gtk_box_append (GTK_BOX (top), self->accept_all);
  gtk_box_append (GTK_BOX (self->box), top);

  self->roles_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (self->box), self->roles_box);
  self->confidence_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (self->confidence_box, 12);
  gtk_widget_add_css_class (self->confidence_box, "hr-confidence-hires");
  gtk_widget_set_visible (self->confidence_box, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->confidence_box);

  self->chart = hr_chart_view_new ();
  hr_chart_view_set_kind (HR_CHART_VIEW (self->chart), HR_CHART_HEADCOUNT);
  hr_chart_view_set_show_bands (HR_CHART_VIEW (self->chart), TRUE);
  gtk_widget_set_size_request (self->chart, -1, 320);
  gtk_box_append (GTK_BOX (self->box), self->chart);

  gtk_box_append (GTK_BOX (summary_top), hr_wrapped_label_new (_("In words, for an email"), "heading"));
  self->copy = gtk_button_new_with_mnemonic (_("_Copy"));
  gtk_widget_set_tooltip_text (self->copy, _("Copy the hiring plan in words"));
  g_signal_connect_swapped (self->copy, "clicked", G_CALLBACK (copy_clicked_cb), self);
  gtk_widget_set_hexpand (gtk_widget_get_first_child (summary_top), TRUE);
  gtk_box_append (GTK_BOX (summary_top), self->copy);
  gtk_box_append (GTK_BOX (self->box), summary_top);
  self->summary = hr_wrapped_label_new (NULL, "hr-hiring-summary");
  gtk_label_set_selectable (GTK_LABEL (self->summary), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hiring summary"), -1);
  gtk_box_append (GTK_BOX (self->box), self->summary);
}

void
hr_hiring_page_set_context (HrHiringPage *self,
                            HrDocument   *document,
                            HrUndoStack  *undo)
{
  g_return_if_fail (HR_IS_HIRING_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->undo, undo);
  if (document)
    {
      g_signal_connect_object (document, "notify::forecast", G_CALLBACK (forecast_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::bands", G_CALLBACK (bands_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (self->chart)
    hr_chart_view_set_document (HR_CHART_VIEW (self->chart), document);
  self->show_all = FALSE;
  forecast_changed_cb (self);
}

void
hr_hiring_page_accept (HrHiringPage *self,
                       int           index)
{
  HrForecast *f;
  HrScenario *scenario;
  HrPlan *plan;
  g_autoptr(JsonArray) changes = NULL;
  int start;

  g_return_if_fail (HR_IS_HIRING_PAGE (self));
  if (self->document == NULL || (f = hr_document_get_forecast (self->document)) == NULL)
    return;
  /* a scenario that does not apply shows the baseline: its hires are the baseline's */
  scenario = hr_forecast_get_scenario_id (f) ? hr_document_get_active_scenario (self->document) : NULL;
  plan = hr_document_get_plan (self->document);
  start = hr_plan_get_start (plan);
  if (scenario)
    {
      JsonArray *old = hr_scenario_get_changes (scenario);
      changes = json_array_new ();
      for (guint i = 0; i < json_array_get_length (old); i++)
        json_array_add_element (changes, json_node_copy (json_array_get_element (old, i)));
    }
  hr_undo_stack_begin_group (self->undo);
  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);
      const char *role = hr_forecast_get_role_id (f, s->role);

      if (index >= 0 && (guint) index != i)
        continue;
      if (scenario)
        {
          JsonObject *hire = json_object_new ();
          JsonNode *node = json_node_new (JSON_NODE_OBJECT);
          g_autofree char *month = hr_month_format (start + s->month);

          json_object_set_string_member (hire, "role", role);
          json_object_set_string_member (hire, "month", month);
          json_object_set_double_member (hire, "count", s->count);
          json_node_take_object (node, hire);
          json_array_add_object_element (changes, hr_change_new_add ("hires", node));
        }
      else
        {
          g_autoptr(HrHire) hire = hr_hire_new (role, start + s->month, s->count);
          hr_undo_stack_insert (self->undo, plan, HR_ITEM (hire), g_list_model_get_n_items (hr_plan_get_hires (plan)));
        }
    }
  if (scenario)
    hr_scenario_set_changes_undoable (self->undo, scenario, changes);
  hr_undo_stack_end_group (self->undo);
}

const char *
hr_hiring_page_get_summary (HrHiringPage *self)
{
  if (self->dirty)
    rebuild (self);
  return gtk_label_get_text (GTK_LABEL (self->summary));
}

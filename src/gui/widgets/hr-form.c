/* hr-form.c: a grid of labelled fields that edits one plan item through
 * the undo stack */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-accessible.h"
#include "hr-form.h"
#include "hr-item-list.h"
#include "hr-number-entry.h"
#include "hr-range-button.h"

typedef struct
{
  HrForm            *form;
  const HrFormField *spec;
  GtkWidget         *label;
  GtkWidget         *widget;
  GtkWidget         *error;     /* text fields: a refusal, or the value kept */
  GtkWidget         *range;     /* ranged numbers: the range button beside the field */
  GValue             kept;      /* typed text fields: the value of the last finished edit */
  GtkStringList     *roles;     /* ROLE: none_label, then the names of role_items */
  GPtrArray         *role_items; /* ROLE: the roles offered (HrRole) */
  gulong             handler;
  gboolean           updating;
} Row;

struct _HrForm
{
  GtkWidget    parent_instance;

  GtkWidget   *grid;
  GtkSizeGroup *units; /* number fields line up whatever their unit */
  GArray      *rows;   /* Row */
  HrPlan      *plan;
  HrUndoStack *undo;
  HrItem      *item;
};

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HrForm, hr_form, GTK_TYPE_WIDGET)

static void
row_show_message (Row            *row,
                  const char     *message,
                  HrEntryMessage  kind)
{
  if (row->error)
    hr_entry_show_message (row->widget, row->error, message, kind);
}

static void
row_set_error (Row        *row,
               const char *message)
{
  row_show_message (row, message, HR_ENTRY_REFUSED);
}

static gboolean
row_is_typed (Row *row)
{
  return row->spec->kind == HR_FORM_MONTH || row->spec->kind == HR_FORM_LIST ||
         row->spec->kind == HR_FORM_PERCENT_LIST || row->spec->kind == HR_FORM_CURRENCY;
}

static double
row_list_scale (Row *row)
{
  return row->spec->kind == HR_FORM_PERCENT_LIST ? 100 : 1;
}

static void
row_commit (Row    *row,
            GValue *value)
{
  if (row->form->item == NULL || row->updating)
    return;
  row->updating = TRUE;
  if (row->form->undo)
    hr_undo_stack_set_value (row->form->undo, G_OBJECT (row->form->item),
                             row->spec->property, value);
  else
    g_object_set_property (G_OBJECT (row->form->item), row->spec->property, value);
  row->updating = FALSE;
}

/* --- number checks: the field's rule and the rules across fields
 * (hr-form-rules.c) --- */

static char *
number_check_cb (double   value,
                 gpointer user_data)
{
  Row *row = user_data;

  if (row->form->item == NULL)
    return NULL;
  return hr_form_check_number (row->form->plan, row->form->item, row->spec->property, value);
}

static char *
number_describe_cb (const char *number,
                    double      value,
                    gpointer    user_data)
{
  Row *row = user_data;

  return hr_form_describe_number (row->spec->unit, number, value);
}

static void
number_committed_cb (HrNumberEntry *entry,
                     double         value,
                     Row           *row)
{
  GValue gvalue = G_VALUE_INIT;

  if (row->spec->kind == HR_FORM_INTEGER)
    {
      g_value_init (&gvalue, G_TYPE_INT);
      g_value_set_int (&gvalue, isnan (value) ? -1 : (int) value);
    }
  else
    {
      g_value_init (&gvalue, G_TYPE_DOUBLE);
      g_value_set_double (&gvalue, value);
    }
  row_commit (row, &gvalue);
  g_value_unset (&gvalue);
}

static void
number_finished_cb (HrNumberEntry *entry,
                    Row           *row)
{
  if (row->form->undo)
    hr_undo_stack_seal (row->form->undo);
}

/* Names reach the plan as they are typed */
static void
text_changed_cb (GtkEditable *editable,
                 Row         *row)
{
  GValue value = G_VALUE_INIT;

  if (row->updating || row->form->item == NULL || row->spec->kind != HR_FORM_TEXT)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_editable_get_text (editable));
  row_commit (row, &value);
  g_value_unset (&value);
}

/* What a typed text field holds, or FALSE and why not */
static gboolean
row_read (Row         *row,
          const char  *text,
          GValue      *value,
          char       **message)
{
  switch (row->spec->kind)
    {
    case HR_FORM_MONTH:
      {
        g_autofree char *trimmed = g_strstrip (g_strdup (text));

        if ((*message = hr_form_check_month (row->form->plan, row->form->item, trimmed)))
          return FALSE;
        g_value_init (value, G_TYPE_STRING);
        g_value_set_string (value, trimmed);
        return TRUE;
      }
    case HR_FORM_CURRENCY:
      {
        g_autofree char *code = hr_form_read_currency (text, message);

        if (code == NULL)
          return FALSE;
        g_value_init (value, G_TYPE_STRING);
        g_value_set_string (value, code);
        return TRUE;
      }
    case HR_FORM_LIST:
    case HR_FORM_PERCENT_LIST:
      {
        GVariant *list = hr_form_parse_list (row->form->plan, row->form->item, row->spec->property, text,
                                             row_list_scale (row), message);
        if (*message)
          return FALSE;
        g_value_init (value, G_TYPE_VARIANT);
        g_value_set_variant (value, list);
        return TRUE;
      }
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The text a typed field shows for @value */
static char *
row_format (Row          *row,
            const GValue *value)
{
  if (!G_IS_VALUE (value))
    return g_strdup ("");
  if (G_VALUE_HOLDS_VARIANT (value))
    return hr_form_format_list (g_value_get_variant (value), row_list_scale (row));
  return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
}

static void
row_keep (Row          *row,
          const GValue *value)
{
  g_autofree char *text = row_format (row, value);

  if (value != &row->kept)
    {
      if (G_IS_VALUE (&row->kept))
        g_value_unset (&row->kept);
      g_value_init (&row->kept, G_VALUE_TYPE (value));
      g_value_copy (value, &row->kept);
    }
  row->updating = TRUE;
  hr_entry_set_text_quietly (row->widget, text);
  row->updating = FALSE;
}

/* A typed field reaches the plan when typing pauses and when the edit
 * ends; a refused text never stands in the plan */
static void
row_edit_cb (GtkWidget  *entry,
             HrEditStep  step,
             gpointer    data)
{
  Row *row = data;
  GValue value = G_VALUE_INIT;
  g_autofree char *message = NULL;
  gboolean readable;

  if (row->form->item == NULL)
    return;
  if (row_is_typed (row))
    {
      readable = row_read (row, gtk_editable_get_text (GTK_EDITABLE (entry)), &value, &message);
      if (step == HR_EDIT_PAUSED)
        {
          row_set_error (row, message);
          row_commit (row, readable ? &value : &row->kept);
        }
      else if (readable)
        {
          row_commit (row, &value);
          /* tidy what was typed ("25;50" → "25; 50") */
          row_keep (row, &value);
          row_set_error (row, NULL);
        }
      else
        {
          g_autofree char *kept = row_format (row, &row->kept);
          g_autofree char *shown = NULL;
          g_autofree char *note = NULL;

          row_commit (row, &row->kept);
          row_keep (row, &row->kept);
          if (*kept == '\0')
            /* Translators: a field left without a value; %s says what that means, e.g. “Not set” */
            shown = g_strdup_printf (_("“%s”"), row->spec->none_label ? _(row->spec->none_label) : "");
          /* Translators: under a field whose typed value was refused: the value
           * the plan keeps, then why */
          note = g_strdup_printf (_("Kept %s: %s"), shown ? shown : kept, message);
          row_show_message (row, note, HR_ENTRY_KEPT);
        }
      if (G_IS_VALUE (&value))
        g_value_unset (&value);
    }
  if (step == HR_EDIT_FINISHED && row->form->undo)
    hr_undo_stack_seal (row->form->undo);
}

static void row_refresh (Row *row);

static void
dropdown_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      Row         *row)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GValue value = G_VALUE_INIT;

  if (row->updating || row->form->item == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, G_TYPE_STRING);
  if (row->spec->kind == HR_FORM_CHOICE)
    g_value_set_string (&value, row->spec->choices[selected]);
  else if (selected > 0 && row->form->plan)
    {
      HrItem *role = selected - 1 < row->role_items->len ? row->role_items->pdata[selected - 1] : NULL;
      /* only roles that can do the work are offered; the check stays as the
       * safety net */
      g_autofree char *problem = hr_form_check_role_choice (row->form->plan, row->form->item,
                                                            row->spec->property, HR_ROLE (role));
      if (problem)
        {
          /* keep the plan whole: show why, and the choice it keeps */
          row_refresh (row);
          row_set_error (row, problem);
          g_value_unset (&value);
          return;
        }
      if (role)
        g_value_set_string (&value, hr_item_get_id (role));
    }
  {
    g_autofree char *current = NULL;
    g_object_get (row->form->item, row->spec->property, &current, NULL);
    /* the drop-down tells its selection more than once: only a new choice
     * clears a refusal */
    if (g_strcmp0 (current, g_value_get_string (&value)) != 0)
      {
        row_set_error (row, NULL);
        /* what the page does about the choice undoes with it */
        if (row->form->undo)
          hr_undo_stack_begin_group (row->form->undo);
        row_commit (row, &value);
        g_signal_emit (row->form, signals[EDITED], 0, row->spec->property, current);
        if (row->form->undo)
          {
            hr_undo_stack_end_group (row->form->undo);
            hr_undo_stack_seal (row->form->undo);
          }
      }
  }
  g_value_unset (&value);
}

/* --- model → widgets --- */

/* Offers the roles that can do the row's work, and the role the item has
 * whatever it is; leaves the drop-down alone when that is what it offers */
static void
row_update_roles (Row *row)
{
  HrForm *self = row->form;
  GListModel *roles = self->plan ? hr_plan_get_roles (self->plan) : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *current = NULL;
  gboolean same;

  if (self->item)
    g_object_get (self->item, row->spec->property, &current, NULL);
  g_ptr_array_add (names, (gpointer) _(row->spec->none_label));
  for (guint i = 0; roles && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);

      if (hr_form_role_is_listed (self->item, row->spec->property, role)
          || g_strcmp0 (hr_item_get_id (HR_ITEM (role)), current) == 0)
        {
          g_ptr_array_add (names, (gpointer) hr_role_get_name (role));
          g_ptr_array_add (items, g_steal_pointer (&role));
        }
    }
  same = items->len == row->role_items->len
         && names->len == g_list_model_get_n_items (G_LIST_MODEL (row->roles));
  for (guint i = 0; same && i < items->len; i++)
    same = items->pdata[i] == row->role_items->pdata[i]
           && g_strcmp0 (names->pdata[i + 1], gtk_string_list_get_string (row->roles, i + 1)) == 0;
  if (same)
    return;
  g_ptr_array_add (names, NULL);
  g_ptr_array_set_size (row->role_items, 0);
  g_ptr_array_extend_and_steal (row->role_items, g_steal_pointer (&items));
  row->updating = TRUE;
  gtk_string_list_splice (row->roles, 0, g_list_model_get_n_items (G_LIST_MODEL (row->roles)),
                          (const char * const *) names->pdata);
  row->updating = FALSE;
}

static void
row_refresh (Row *row)
{
  GObject *item = G_OBJECT (row->form->item);
  const char *property = row->spec->property;

  if (item == NULL || row->spec->kind == HR_FORM_HEADING)
    return;
  row->updating = TRUE;
  switch (row->spec->kind)
    {
    case HR_FORM_NUMBER:
    case HR_FORM_PERCENT:
      {
        double value;
        g_object_get (item, property, &value, NULL);
        hr_number_entry_set_value (HR_NUMBER_ENTRY (row->widget), value);
        break;
      }
    case HR_FORM_INTEGER:
      {
        int value;
        g_object_get (item, property, &value, NULL);
        hr_number_entry_set_value (HR_NUMBER_ENTRY (row->widget), value < 0 ? NAN : value);
        break;
      }
    case HR_FORM_TEXT:
      {
        g_autofree char *text = NULL;
        g_object_get (item, property, &text, NULL);
        if (g_strcmp0 (text ? text : "", gtk_editable_get_text (GTK_EDITABLE (row->widget))) != 0)
          gtk_editable_set_text (GTK_EDITABLE (row->widget), text ? text : "");
        /* an unnamed item goes by its id, as in the lists */
        if (g_str_equal (property, "name") && row->spec->none_label == NULL)
          gtk_entry_set_placeholder_text (GTK_ENTRY (row->widget), hr_item_get_id (row->form->item));
        row_set_error (row, NULL);
        break;
      }
    case HR_FORM_MONTH:
    case HR_FORM_CURRENCY:
    case HR_FORM_LIST:
    case HR_FORM_PERCENT_LIST:
      {
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), property);
        GValue value = G_VALUE_INIT;

        g_value_init (&value, pspec->value_type);
        g_object_get_property (item, property, &value);
        row_keep (row, &value);
        g_value_unset (&value);
        row_set_error (row, NULL);
        break;
      }
    case HR_FORM_CHOICE:
      {
        g_autofree char *text = NULL;
        g_object_get (item, property, &text, NULL);
        for (guint i = 0; row->spec->choices[i]; i++)
          if (g_strcmp0 (text, row->spec->choices[i]) == 0)
            gtk_drop_down_set_selected (GTK_DROP_DOWN (row->widget), i);
        break;
      }
    case HR_FORM_ROLE:
      {
        g_autofree char *id = NULL;
        guint selected = 0;

        row_update_roles (row);
        g_object_get (item, property, &id, NULL);
        for (guint i = 0; id && i < row->role_items->len; i++)
          if (g_strcmp0 (hr_item_get_id (row->role_items->pdata[i]), id) == 0)
            selected = i + 1;
        gtk_drop_down_set_selected (GTK_DROP_DOWN (row->widget), selected);
        break;
      }
    case HR_FORM_HEADING:
      break;
    }
  row->updating = FALSE;
}

static void
item_notify_cb (GObject    *item,
                GParamSpec *pspec,
                Row        *row)
{
  /* the field's own edit reaching the plan: it shows it already */
  if (row->updating)
    return;
  row_refresh (row);
}

static void
roles_changed_cb (HrForm *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);

      if (row->spec->kind == HR_FORM_ROLE)
        row_refresh (row);
    }
}

/* a role that starts or stops managing, or is renamed */
static void
role_list_changed_cb (HrForm     *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *roles)
{
  hr_item_list_watch_items (roles, position, added, "changed", G_CALLBACK (roles_changed_cb), self);
  roles_changed_cb (self);
}

static void
role_list_forget (HrForm     *self,
                  GListModel *roles)
{
  g_signal_handlers_disconnect_by_func (roles, role_list_changed_cb, self);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(GObject) role = g_list_model_get_item (roles, i);
      g_signal_handlers_disconnect_by_func (role, roles_changed_cb, self);
    }
}

/* --- construction --- */

GtkWidget *
hr_wrapped_label_new (const char *text,
                      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
hr_form_label_new (const char *text,
                   const char *tooltip)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (tooltip)
    gtk_widget_set_tooltip_text (label, tooltip);
  return label;
}

static GtkWidget *
row_create_widget (HrForm *self,
                   Row    *row)
{
  const HrFormField *spec = row->spec;
  GtkWidget *widget = NULL;

  switch (spec->kind)
    {
    case HR_FORM_NUMBER:
    case HR_FORM_PERCENT:
    case HR_FORM_INTEGER:
      widget = hr_number_entry_new ();
      hr_number_entry_set_label (HR_NUMBER_ENTRY (widget), _(spec->label));
      hr_number_entry_set_check (HR_NUMBER_ENTRY (widget), number_check_cb, row);
      hr_number_entry_set_describe (HR_NUMBER_ENTRY (widget), number_describe_cb, row);
      hr_number_entry_set_integer (HR_NUMBER_ENTRY (widget), spec->kind == HR_FORM_INTEGER);
      hr_number_entry_set_digits (HR_NUMBER_ENTRY (widget), spec->digits ? spec->digits : 2);
      hr_number_entry_set_unit_size_group (HR_NUMBER_ENTRY (widget), self->units);
      if (spec->kind == HR_FORM_PERCENT)
        {
          hr_number_entry_set_scale (HR_NUMBER_ENTRY (widget), 100);
          hr_number_entry_set_unit (HR_NUMBER_ENTRY (widget), spec->unit ? _(spec->unit) : "%");
        }
      else if (spec->unit)
        hr_number_entry_set_unit (HR_NUMBER_ENTRY (widget), _(spec->unit));
      if (spec->none_label)
        hr_number_entry_set_nullable (HR_NUMBER_ENTRY (widget), _(spec->none_label));
      g_signal_connect (widget, "committed", G_CALLBACK (number_committed_cb), row);
      g_signal_connect (widget, "finished", G_CALLBACK (number_finished_cb), row);
      break;
    case HR_FORM_TEXT:
    case HR_FORM_MONTH:
    case HR_FORM_CURRENCY:
    case HR_FORM_LIST:
    case HR_FORM_PERCENT_LIST:
      widget = gtk_entry_new ();
      gtk_widget_set_hexpand (widget, TRUE);
      hr_entry_use_window_undo (widget);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(spec->label), -1);
      if (spec->none_label)
        gtk_entry_set_placeholder_text (GTK_ENTRY (widget), _(spec->none_label));
      if (spec->kind == HR_FORM_CURRENCY)
        gtk_editable_set_max_width_chars (GTK_EDITABLE (widget), 8);
      g_signal_connect (widget, "changed", G_CALLBACK (text_changed_cb), row);
      hr_entry_watch_edits (widget, row_edit_cb, row);
      break;
    case HR_FORM_CHOICE:
      {
        g_autoptr(GPtrArray) labels = g_ptr_array_new ();
        for (guint i = 0; spec->choices[i]; i++)
          g_ptr_array_add (labels, (gpointer) _(spec->choice_labels[i]));
        g_ptr_array_add (labels, NULL);
        widget = gtk_drop_down_new_from_strings ((const char * const *) labels->pdata);
        hr_drop_down_set_label (widget, _(spec->label));
        g_signal_connect (widget, "notify::selected", G_CALLBACK (dropdown_selected_cb), row);
        break;
      }
    case HR_FORM_ROLE:
      row->roles = gtk_string_list_new (NULL);
      row->role_items = g_ptr_array_new_with_free_func (g_object_unref);
      widget = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (row->roles)), NULL);
      hr_drop_down_set_label (widget, _(spec->label));
      g_signal_connect (widget, "notify::selected", G_CALLBACK (dropdown_selected_cb), row);
      break;
    case HR_FORM_HEADING:
      break;
    }
  if (widget && spec->tooltip)
    gtk_widget_set_tooltip_text (widget, _(spec->tooltip));
  return widget;
}

static void
hr_form_dispose (GObject *object)
{
  HrForm *self = HR_FORM (object);

  hr_form_set_item (self, NULL);
  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  G_OBJECT_CLASS (hr_form_parent_class)->dispose (object);
}

static void
hr_form_finalize (GObject *object)
{
  HrForm *self = HR_FORM (object);

  for (guint i = 0; self->rows && i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (G_IS_VALUE (&row->kept))
        g_value_unset (&row->kept);
      g_clear_object (&g_array_index (self->rows, Row, i).roles);
      g_clear_pointer (&g_array_index (self->rows, Row, i).role_items, g_ptr_array_unref);
    }
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->units);
  G_OBJECT_CLASS (hr_form_parent_class)->finalize (object);
}

static void
hr_form_class_init (HrFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_form_dispose;
  object_class->finalize = hr_form_finalize;

  /* the person chose another value in a choice or role field: the
   * property, and the value it had; inside the choice's undo step */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrform");
}

static void
hr_form_init (HrForm *self)
{
  self->grid = gtk_grid_new ();
  self->units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
}

GtkWidget *
hr_form_new (const HrFormField *fields,
             guint              n_fields)
{
  HrForm *self = g_object_new (HR_TYPE_FORM, NULL);
  int y = 0, span = 1;

  /* a form with range buttons gives them a column: other fields span it */
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].ranged)
      span = 2;

  /* rows never move: the array is sized once */
  self->rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), n_fields);
  g_array_set_size (self->rows, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      row->form = self;
      row->spec = &fields[i];
      if (fields[i].kind == HR_FORM_HEADING)
        {
          GtkWidget *heading = gtk_label_new (_(fields[i].label));
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          if (y > 0)
            gtk_widget_set_margin_top (heading, 12);
          gtk_grid_attach (GTK_GRID (self->grid), heading, 0, y++, 1 + span, 1);
          continue;
        }
      row->label = hr_form_label_new (_(fields[i].label),
                                      fields[i].tooltip ? _(fields[i].tooltip) : NULL);
      row->widget = row_create_widget (self, row);
      gtk_grid_attach (GTK_GRID (self->grid), row->label, 0, y, 1, 1);
      if (fields[i].kind != HR_FORM_NUMBER && fields[i].kind != HR_FORM_PERCENT &&
          fields[i].kind != HR_FORM_INTEGER)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          row->error = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (row->error), 0);
          gtk_label_set_wrap (GTK_LABEL (row->error), TRUE);
          gtk_widget_add_css_class (row->error, "error");
          gtk_widget_add_css_class (row->error, "caption");
          gtk_widget_set_visible (row->error, FALSE);
          gtk_box_append (GTK_BOX (box), row->widget);
          gtk_box_append (GTK_BOX (box), row->error);
          if (fields[i].unit)
            {
              GtkWidget *unit = gtk_label_new (_(fields[i].unit));
              gtk_widget_add_css_class (unit, "dim-label");
              gtk_widget_add_css_class (unit, "caption");
              gtk_label_set_xalign (GTK_LABEL (unit), 0);
              gtk_label_set_wrap (GTK_LABEL (unit), TRUE);
              gtk_label_set_max_width_chars (GTK_LABEL (unit), 40);
              gtk_box_append (GTK_BOX (box), unit);
            }
          gtk_grid_attach (GTK_GRID (self->grid), box, 1, y++, span, 1);
        }
      else if (fields[i].ranged)
        {
          /* in a column of its own: every field of the form keeps one width */
          row->range = hr_range_button_new (_(fields[i].label), fields[i].kind == HR_FORM_PERCENT ? 100 : 1,
                                            fields[i].kind == HR_FORM_PERCENT ? "%"
                                            : fields[i].unit ? _(fields[i].unit) : NULL,
                                            fields[i].digits ? fields[i].digits : 2);
          gtk_grid_attach (GTK_GRID (self->grid), row->widget, 1, y, 1, 1);
          gtk_grid_attach (GTK_GRID (self->grid), row->range, 2, y++, 1, 1);
        }
      else
        gtk_grid_attach (GTK_GRID (self->grid), row->widget, 1, y++, 1, 1);
      gtk_widget_set_hexpand (row->widget, TRUE);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  return GTK_WIDGET (self);
}

void
hr_form_set_context (HrForm      *self,
                     HrPlan      *plan,
                     HrUndoStack *undo)
{
  g_return_if_fail (HR_IS_FORM (self));

  hr_form_set_item (self, NULL);
  if (self->plan)
    role_list_forget (self, hr_plan_get_roles (self->plan));
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      if (row->range)
        hr_range_button_set_context (HR_RANGE_BUTTON (row->range), plan, undo);
    }
  if (plan)
    {
      GListModel *roles = hr_plan_get_roles (plan);

      g_signal_connect_object (roles, "items-changed", G_CALLBACK (role_list_changed_cb), self, G_CONNECT_SWAPPED);
      role_list_changed_cb (self, 0, 0, g_list_model_get_n_items (roles), roles);
      for (guint i = 0; i < self->rows->len; i++)
        {
          Row *row = &g_array_index (self->rows, Row, i);
          if (row->spec->unit && g_str_equal (row->spec->unit, "¤"))
            hr_number_entry_set_unit (HR_NUMBER_ENTRY (row->widget), hr_plan_get_currency (plan));
        }
    }
}

void
hr_form_set_item (HrForm *self,
                  HrItem *item)
{
  g_return_if_fail (HR_IS_FORM (self));

  if (self->item == item)
    return;
  if (self->item)
    for (guint i = 0; i < self->rows->len; i++)
      {
        Row *row = &g_array_index (self->rows, Row, i);
        g_clear_signal_handler (&row->handler, self->item);
      }
  g_set_object (&self->item, item);
  gtk_widget_set_sensitive (GTK_WIDGET (self), item != NULL);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      row_set_error (row, NULL);
      if (row->range)
        hr_range_button_set_field (HR_RANGE_BUTTON (row->range), item, row->spec->property);
    }
  if (item == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      g_autofree char *signal = NULL;

      if (row->spec->kind == HR_FORM_HEADING)
        continue;
      signal = g_strconcat ("notify::", row->spec->property, NULL);
      row->handler = g_signal_connect (item, signal, G_CALLBACK (item_notify_cb), row);
      row_refresh (row);
    }
}

HrItem *
hr_form_get_item (HrForm *self)
{
  g_return_val_if_fail (HR_IS_FORM (self), NULL);
  return self->item;
}

void
hr_form_focus_first (HrForm *self)
{
  g_return_if_fail (HR_IS_FORM (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      graphene_rect_t bounds;
      GtkWidget *scrolled, *content;

      if (row->widget == NULL)
        continue;
      gtk_widget_grab_focus (row->widget);
      if (GTK_IS_EDITABLE (row->widget))
        gtk_editable_select_region (GTK_EDITABLE (row->widget), 0, -1);
      /* the field at the top of what scrolls: a form left scrolled down
       * would hide it */
      scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
      content = scrolled ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      if (content && gtk_widget_compute_bounds (row->label, content, &bounds))
        {
          GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          double top = MAX (0, bounds.origin.y - 48);

          if (top < gtk_adjustment_get_value (v) ||
              bounds.origin.y + bounds.size.height > gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v))
            gtk_adjustment_set_value (v, top);
        }
      return;
    }
}

GtkWidget *
hr_form_get_range_button (HrForm     *self,
                          const char *property)
{
  g_return_val_if_fail (HR_IS_FORM (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      if (row->spec->property && g_str_equal (row->spec->property, property))
        return row->range;
    }
  return NULL;
}

GtkWidget *
hr_form_get_widget (HrForm     *self,
                    const char *property)
{
  g_return_val_if_fail (HR_IS_FORM (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      if (row->spec->property && g_str_equal (row->spec->property, property))
        return row->widget;
    }
  return NULL;
}

void
hr_form_show_note (HrForm     *self,
                   const char *property,
                   const char *note)
{
  g_return_if_fail (HR_IS_FORM (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      if (row->spec->property && g_str_equal (row->spec->property, property))
        row_show_message (row, note, HR_ENTRY_NOTE);
    }
}

const char *
hr_form_get_error (HrForm     *self,
                   const char *property)
{
  g_return_val_if_fail (HR_IS_FORM (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      if (row->spec->property && g_str_equal (row->spec->property, property))
        {
          if (row->error)
            return gtk_widget_get_visible (row->error) ? gtk_label_get_text (GTK_LABEL (row->error)) : NULL;
          return hr_number_entry_get_error (HR_NUMBER_ENTRY (row->widget));
        }
    }
  return NULL;
}

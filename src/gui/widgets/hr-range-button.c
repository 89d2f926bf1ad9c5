/* hr-range-button.c: the "range" beside an estimate in a form */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-form.h"
#include "hr-number-entry.h"
#include "hr-range-button.h"

struct _HrRangeButton
{
  GtkWidget    parent_instance;

  GtkWidget   *button;     /* GtkMenuButton */
  GtkWidget   *heading;
  GtkWidget   *absolute;   /* toggles: between two values, or ± % */
  GtkWidget   *relative;
  GtkWidget   *low;
  GtkWidget   *high;
  GtkWidget   *low_label;
  GtkWidget   *high_label;
  GtkWidget   *hint;
  GtkWidget   *problem;
  GtkWidget   *add;
  GtkWidget   *remove;

  char        *label;      /* the field's, for the popover's heading */
  double       scale;
  char        *unit;
  int          digits;
  char        *text;

  HrPlan      *plan;
  HrUndoStack *undo;
  HrItem      *item;
  char        *property;
  char        *target;
  HrRange     *range;      /* the plan's range on the field, or NULL */
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (HrRangeButton, hr_range_button, GTK_TYPE_WIDGET)

/* --- undoable edits of the plan's ranges --- */

typedef struct {
  HrPlan        *plan;
  HrUncertainty *uncertainty;
  HrRange       *range;
  guint          position;
  gboolean       created;    /* the plan had no uncertainty object before */
} RangeStep;

static void
range_step_free (gpointer data)
{
  RangeStep *step = data;

  g_object_unref (step->plan);
  g_object_unref (step->uncertainty);
  g_object_unref (step->range);
  g_free (step);
}

static void
range_step_put (RangeStep *step,
                gboolean   in)
{
  GListStore *ranges = G_LIST_STORE (hr_uncertainty_get_ranges (step->uncertainty));

  if (in)
    {
      if (hr_plan_get_uncertainty (step->plan) != step->uncertainty)
        hr_plan_set_uncertainty (step->plan, step->uncertainty);
      g_list_store_insert (ranges, MIN (step->position, g_list_model_get_n_items (G_LIST_MODEL (ranges))),
                           step->range);
      return;
    }
  if (g_list_store_find (ranges, step->range, &step->position))
    g_list_store_remove (ranges, step->position);
  if (step->created)
    hr_plan_set_uncertainty (step->plan, NULL);
}

static void
range_added_apply (gpointer data,
                   gboolean redo)
{
  range_step_put (data, redo);
}

static void
range_removed_apply (gpointer data,
                     gboolean redo)
{
  range_step_put (data, !redo);
}

void
hr_range_edit_add (HrUndoStack *undo,
                   HrPlan      *plan,
                   HrRange     *range)
{
  RangeStep *step = g_new0 (RangeStep, 1);
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);

  step->plan = g_object_ref (plan);
  step->created = uncertainty == NULL;
  step->uncertainty = uncertainty ? g_object_ref (uncertainty) : hr_uncertainty_new ();
  step->range = g_object_ref (range);
  step->position = g_list_model_get_n_items (hr_uncertainty_get_ranges (step->uncertainty));
  range_step_put (step, TRUE);
  if (undo)
    {
      hr_undo_stack_seal (undo);
      hr_undo_stack_push (undo, range_added_apply, step, range_step_free);
      hr_undo_stack_seal (undo);
    }
  else
    range_step_free (step);
}

void
hr_range_edit_remove (HrUndoStack *undo,
                      HrPlan      *plan,
                      HrRange     *range)
{
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);
  RangeStep *step;
  guint position;

  if (uncertainty == NULL ||
      !g_list_store_find (G_LIST_STORE (hr_uncertainty_get_ranges (uncertainty)), range, &position))
    return;
  step = g_new0 (RangeStep, 1);
  step->plan = g_object_ref (plan);
  step->uncertainty = g_object_ref (uncertainty);
  step->range = g_object_ref (range);
  step->position = position;
  /* the object stays: it holds the samples and the confidence too */
  step->created = FALSE;
  range_step_put (step, FALSE);
  if (undo)
    {
      hr_undo_stack_seal (undo);
      hr_undo_stack_push (undo, range_removed_apply, step, range_step_free);
      hr_undo_stack_seal (undo);
    }
  else
    range_step_free (step);
}

char *
hr_range_target_for (HrItem     *item,
                     const char *property)
{
  const char *kind = HR_ITEM_GET_CLASS (item)->kind;
  g_autofree char *field = g_strdelimit (g_strdup (property), "-", '_');

  /* the plan's lists are its kinds in the plural */
  return g_strdup_printf ("%ss/%s/%s", kind, hr_item_get_id (item), field);
}

/* --- what the field's value and range are --- */

static double
field_value (HrRangeButton *self)
{
  double value = NAN;

  if (self->item)
    g_object_get (self->item, self->property, &value, NULL);
  return value;
}

static gboolean
is_relative (HrRangeButton *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->relative));
}

/* "1.5 h", "12%": a value as the field shows it */
static char *
format_value (HrRangeButton *self,
              double         value)
{
  g_autofree char *number = hr_number_format (value * self->scale, self->digits);

  if (self->unit == NULL || *self->unit == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (self->unit, "%"))
    /* Translators: a percentage, e.g. “12%” */
    return g_strdup_printf (_("%s%%"), number);
  /* Translators: a number and its unit, e.g. “1.5 h” */
  return g_strdup_printf (_("%s %s"), number, self->unit);
}

static char *
format_share (double share)
{
  g_autofree char *number = hr_number_format (fabs (share) * 100, 0);

  /* Translators: a share below or above the plan's value, e.g. “−20%”, “+30%” */
  return share < 0 ? g_strdup_printf (_("−%s%%"), number) : g_strdup_printf (_("+%s%%"), number);
}

static char *
describe_range (HrRangeButton *self,
                HrRange       *range)
{
  if (hr_range_get_relative (range))
    {
      g_autofree char *low = format_share (hr_range_get_low (range) - 1);
      g_autofree char *high = format_share (hr_range_get_high (range) - 1);

      /* Translators: a range around the plan's value, e.g. “−20% to +30%” */
      return g_strdup_printf (_("%s to %s"), low, high);
    }
  {
    g_autofree char *low = hr_number_format (hr_range_get_low (range) * self->scale, self->digits);
    g_autofree char *high = hr_number_format (hr_range_get_high (range) * self->scale, self->digits);

    /* Translators: a range of an estimate beside its field and unit, e.g. “between 1 and 3” */
    return g_strdup_printf (_("between %s and %s"), low, high);
  }
}

/* Why the entries' values can't be the range, or NULL */
static char *
check_values (HrRangeButton *self,
              double         low,
              double         high)
{
  double value = field_value (self);
  g_autofree char *shown = format_value (self, value);

  if (isnan (low) || isnan (high))
    return g_strdup (_("Enter the lowest and the highest value."));
  if (is_relative (self))
    {
      g_autofree char *problem = NULL;

      if (low > 0 || low <= -1)
        return g_strdup (_("The share below must be between 0% and −100%."));
      if (high < 0)
        return g_strdup (_("The share above must be 0% or more."));
      if (self->item && (problem = hr_form_check_number (self->plan, self->item, self->property, value * (1 + high))))
        {
          g_autofree char *sentence = hr_sentence_new (problem);
          /* Translators: %s is why, e.g. “Must be less than 100%.” */
          return g_strdup_printf (_("At its highest the estimate breaks a rule: %s"), sentence);
        }
      return NULL;
    }
  if (low > high)
    return g_strdup (_("The lowest value must not be above the highest."));
  if (low > value || high < value)
    /* Translators: %s is the plan's value, e.g. “1.5 h” */
    return g_strdup_printf (_("The range must hold the plan’s value, %s."), shown);
  {
    g_autofree char *problem = NULL;

    if (self->item && ((problem = hr_form_check_number (self->plan, self->item, self->property, low)) ||
                       (problem = hr_form_check_number (self->plan, self->item, self->property, high))))
      return hr_sentence_new (problem);
  }
  return NULL;
}

/* The entries' values as the range's low and high */
static void
read_values (HrRangeButton *self,
             double        *low,
             double        *high)
{
  *low = hr_number_entry_get_value (HR_NUMBER_ENTRY (self->low));
  *high = hr_number_entry_get_value (HR_NUMBER_ENTRY (self->high));
}

static void
to_range_values (HrRangeButton *self,
                 double        *low,
                 double        *high)
{
  if (is_relative (self))
    {
      *low += 1;
      *high += 1;
    }
}

/* --- the popover --- */

static void
update_entries_units (HrRangeButton *self)
{
  gboolean relative = is_relative (self);

  hr_number_entry_set_scale (HR_NUMBER_ENTRY (self->low), relative ? 100 : self->scale);
  hr_number_entry_set_scale (HR_NUMBER_ENTRY (self->high), relative ? 100 : self->scale);
  hr_number_entry_set_unit (HR_NUMBER_ENTRY (self->low), relative ? "%" : self->unit);
  hr_number_entry_set_unit (HR_NUMBER_ENTRY (self->high), relative ? "%" : self->unit);
  hr_number_entry_set_digits (HR_NUMBER_ENTRY (self->low), relative ? 0 : self->digits);
  hr_number_entry_set_digits (HR_NUMBER_ENTRY (self->high), relative ? 0 : self->digits);
  {
    g_autofree char *shown = format_value (self, field_value (self));
    g_autofree char *hint = NULL;

    if (relative)
      /* Translators: %s is the plan's value, e.g. “1.5 h” */
      hint = g_strdup_printf (_("Shares of the plan’s value, %s, which stays the most likely: −20%% is a fifth "
                                "below it, +30%% almost a third above."), shown);
    else
      /* Translators: %s is the plan's value, e.g. “1.5 h” */
      hint = g_strdup_printf (_("The plan’s value, %s, stays the most likely; the bands sample between the "
                                "lowest and the highest."), shown);
    gtk_label_set_text (GTK_LABEL (self->hint), hint);
  }
}

static void
update_popover (HrRangeButton *self)
{
  double value = field_value (self);
  g_autofree char *heading = NULL;

  self->updating = TRUE;
  if (self->range)
    {
      gboolean relative = hr_range_get_relative (self->range);
      double shift = relative ? 1 : 0;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (relative ? self->relative : self->absolute), TRUE);
      update_entries_units (self);
      hr_number_entry_set_value (HR_NUMBER_ENTRY (self->low), hr_range_get_low (self->range) - shift);
      hr_number_entry_set_value (HR_NUMBER_ENTRY (self->high), hr_range_get_high (self->range) - shift);
    }
  else
    {
      /* a start that holds the plan's value: 20% either side */
      update_entries_units (self);
      if (is_relative (self))
        {
          hr_number_entry_set_value (HR_NUMBER_ENTRY (self->low), -0.2);
          hr_number_entry_set_value (HR_NUMBER_ENTRY (self->high), 0.2);
        }
      else
        {
          hr_number_entry_set_value (HR_NUMBER_ENTRY (self->low), value * 0.8);
          hr_number_entry_set_value (HR_NUMBER_ENTRY (self->high), value * 1.2);
        }
    }
  self->updating = FALSE;
  /* Translators: the heading of a range's popover; %s is the field, e.g. “Preparation” */
  heading = g_strdup_printf (_("How sure is “%s”?"), self->label);
  gtk_label_set_text (GTK_LABEL (self->heading), heading);
  gtk_widget_set_visible (self->add, self->range == NULL);
  gtk_widget_set_visible (self->remove, self->range != NULL);
  gtk_widget_set_visible (self->problem, FALSE);
}

static void
update_text (HrRangeButton *self)
{
  g_free (self->text);
  self->text = self->range ? describe_range (self, self->range) : g_strdup (_("Range…"));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), self->text);
  if (self->range)
    gtk_widget_add_css_class (self->button, "hr-range-set");
  else
    gtk_widget_remove_css_class (self->button, "hr-range-set");
  {
    /* Translators: what a screen reader says of the range button; %s is the field */
    g_autofree char *name = g_strdup_printf (_("Range of %s"), self->label);
    g_autofree char *description = self->range ? g_strdup (self->text)
                                               : g_strdup (_("No range: the estimate is taken as certain"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }
}

static void range_notify_cb (HrRangeButton *self);

static void
set_range (HrRangeButton *self,
           HrRange       *range)
{
  if (self->range == range)
    return;
  if (self->range)
    g_signal_handlers_disconnect_by_func (self->range, range_notify_cb, self);
  g_set_object (&self->range, range);
  if (range)
    g_signal_connect_object (range, "changed", G_CALLBACK (range_notify_cb), self, G_CONNECT_SWAPPED);
}

/* The plan changed: the field's range may have come or gone */
static void
find_range (HrRangeButton *self)
{
  HrUncertainty *uncertainty = self->plan ? hr_plan_get_uncertainty (self->plan) : NULL;
  HrRange *range = uncertainty && self->target ? hr_uncertainty_find_range (uncertainty, self->target, NULL) : NULL;
  gboolean changed = range != self->range;

  set_range (self, range);
  update_text (self);
  gtk_widget_set_sensitive (self->button, self->item != NULL);
  if (changed && !self->updating)
    update_popover (self);
}

static void
range_notify_cb (HrRangeButton *self)
{
  update_text (self);
  if (!self->updating)
    update_popover (self);
}

static void
show_problem (HrRangeButton *self,
              const char    *problem)
{
  gtk_label_set_text (GTK_LABEL (self->problem), problem ? problem : "");
  gtk_widget_set_visible (self->problem, problem != NULL);
}

/* An entry changed: an existing range follows it */
static void
value_committed_cb (HrRangeButton *self)
{
  double low, high;
  g_autofree char *problem = NULL;

  if (self->updating)
    return;
  read_values (self, &low, &high);
  problem = check_values (self, low, high);
  show_problem (self, problem);
  if (problem || self->range == NULL || self->undo == NULL)
    return;
  to_range_values (self, &low, &high);
  self->updating = TRUE;
  hr_undo_stack_begin_group (self->undo);
  hr_undo_stack_set (self->undo, self->range, "low", low, NULL);
  hr_undo_stack_set (self->undo, self->range, "high", high, NULL);
  hr_undo_stack_end_group (self->undo);
  self->updating = FALSE;
}

static void
value_finished_cb (HrRangeButton *self)
{
  if (self->undo)
    hr_undo_stack_seal (self->undo);
}

static void
kind_toggled_cb (GtkToggleButton *toggle,
                 HrRangeButton   *self)
{
  double value = field_value (self), low, high;
  gboolean relative = is_relative (self);

  if (self->updating || !gtk_toggle_button_get_active (toggle))
    return;
  /* the same range, said the other way */
  read_values (self, &low, &high);
  if (relative && value != 0 && !isnan (low) && !isnan (high))
    low = low / value - 1, high = high / value - 1;
  else if (!relative && !isnan (low) && !isnan (high))
    low = value * (1 + low), high = value * (1 + high);
  else
    low = relative ? -0.2 : value * 0.8, high = relative ? 0.2 : value * 1.2;
  self->updating = TRUE;
  update_entries_units (self);
  hr_number_entry_set_value (HR_NUMBER_ENTRY (self->low), low);
  hr_number_entry_set_value (HR_NUMBER_ENTRY (self->high), high);
  self->updating = FALSE;
  if (self->range && self->undo && !check_values (self, low, high))
    {
      to_range_values (self, &low, &high);
      self->updating = TRUE;
      hr_undo_stack_begin_group (self->undo);
      hr_undo_stack_set (self->undo, self->range, "relative", relative, NULL);
      hr_undo_stack_set (self->undo, self->range, "low", low, NULL);
      hr_undo_stack_set (self->undo, self->range, "high", high, NULL);
      hr_undo_stack_end_group (self->undo);
      hr_undo_stack_seal (self->undo);
      self->updating = FALSE;
      update_text (self);
    }
}

static void
add_clicked_cb (HrRangeButton *self)
{
  double low, high;
  g_autofree char *problem = NULL;
  g_autoptr(HrRange) range = NULL;

  read_values (self, &low, &high);
  if ((problem = check_values (self, low, high)))
    {
      show_problem (self, problem);
      return;
    }
  to_range_values (self, &low, &high);
  range = hr_range_new (self->target, low, high, is_relative (self));
  hr_range_edit_add (self->undo, self->plan, range);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
remove_clicked_cb (HrRangeButton *self)
{
  if (self->range)
    hr_range_edit_remove (self->undo, self->plan, self->range);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
popover_shown_cb (HrRangeButton *self)
{
  update_popover (self);
}

static GtkWidget *
new_number_entry (HrRangeButton *self,
                  const char    *label)
{
  GtkWidget *entry = hr_number_entry_new ();

  hr_number_entry_set_label (HR_NUMBER_ENTRY (entry), label);
  g_signal_connect_swapped (entry, "committed", G_CALLBACK (value_committed_cb), self);
  g_signal_connect_swapped (entry, "finished", G_CALLBACK (value_finished_cb), self);
  return entry;
}

static void
build_popover (HrRangeButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *kinds = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);

  self->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_grid_attach (GTK_GRID (grid), self->heading, 0, 0, 2, 1);

  gtk_widget_add_css_class (kinds, "linked");
  self->absolute = gtk_toggle_button_new_with_label (_("Between two values"));
  self->relative = gtk_toggle_button_new_with_label (_("± % of the plan’s value"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->relative), GTK_TOGGLE_BUTTON (self->absolute));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->absolute), TRUE);
  gtk_widget_set_hexpand (self->absolute, TRUE);
  gtk_widget_set_hexpand (self->relative, TRUE);
  g_signal_connect (self->absolute, "toggled", G_CALLBACK (kind_toggled_cb), self);
  g_signal_connect (self->relative, "toggled", G_CALLBACK (kind_toggled_cb), self);
  gtk_box_append (GTK_BOX (kinds), self->absolute);
  gtk_box_append (GTK_BOX (kinds), self->relative);
  gtk_grid_attach (GTK_GRID (grid), kinds, 0, 1, 2, 1);

  self->low_label = hr_form_label_new (_("Lowest"), NULL);
  self->low = new_number_entry (self, _("Lowest value"));
  gtk_grid_attach (GTK_GRID (grid), self->low_label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->low, 1, 2, 1, 1);
  self->high_label = hr_form_label_new (_("Highest"), NULL);
  self->high = new_number_entry (self, _("Highest value"));
  gtk_grid_attach (GTK_GRID (grid), self->high_label, 0, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->high, 1, 3, 1, 1);

  self->hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->hint), 40);
  gtk_label_set_xalign (GTK_LABEL (self->hint), 0);
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_widget_add_css_class (self->hint, "caption");
  gtk_grid_attach (GTK_GRID (grid), self->hint, 0, 4, 2, 1);

  self->problem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->problem), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->problem), 40);
  gtk_label_set_xalign (GTK_LABEL (self->problem), 0);
  gtk_widget_add_css_class (self->problem, "error");
  gtk_widget_set_visible (self->problem, FALSE);
  gtk_grid_attach (GTK_GRID (grid), self->problem, 0, 5, 2, 1);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  self->remove = gtk_button_new_with_mnemonic (_("_Remove Range"));
  gtk_widget_add_css_class (self->remove, "destructive-action");
  g_signal_connect_swapped (self->remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  self->add = gtk_button_new_with_mnemonic (_("_Add Range"));
  gtk_widget_add_css_class (self->add, "suggested-action");
  g_signal_connect_swapped (self->add, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->remove);
  gtk_box_append (GTK_BOX (buttons), self->add);
  gtk_grid_attach (GTK_GRID (grid), buttons, 0, 6, 2, 1);

  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_shown_cb), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
}

/* --- GObject --- */

static void
hr_range_button_dispose (GObject *object)
{
  HrRangeButton *self = HR_RANGE_BUTTON (object);

  hr_range_button_set_context (self, NULL, NULL);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  G_OBJECT_CLASS (hr_range_button_parent_class)->dispose (object);
}

static void
hr_range_button_finalize (GObject *object)
{
  HrRangeButton *self = HR_RANGE_BUTTON (object);

  g_free (self->label);
  g_free (self->unit);
  g_free (self->text);
  g_free (self->property);
  g_free (self->target);
  G_OBJECT_CLASS (hr_range_button_parent_class)->finalize (object);
}

static void
hr_range_button_class_init (HrRangeButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_range_button_dispose;
  object_class->finalize = hr_range_button_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrrangebutton");
}

static void
hr_range_button_init (HrRangeButton *self)
{
  self->button = gtk_menu_button_new ();
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->button, _("How sure is this estimate? Give it a range, and the charts show "
                                               "the P10–P90 bands of the need it leads to."));
  build_popover (self);
}

GtkWidget *
hr_range_button_new (const char *label,
                     double      scale,
                     const char *unit,
                     int         digits)
{
  HrRangeButton *self = g_object_new (HR_TYPE_RANGE_BUTTON, NULL);

  self->label = g_strdup (label);
  self->scale = scale;
  self->unit = g_strdup (unit ? unit : "");
  self->digits = digits;
  update_text (self);
  gtk_widget_set_sensitive (self->button, FALSE);
  return GTK_WIDGET (self);
}

void
hr_range_button_set_context (HrRangeButton *self,
                             HrPlan        *plan,
                             HrUndoStack   *undo)
{
  g_return_if_fail (HR_IS_RANGE_BUTTON (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_func (self->plan, find_range, self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  if (plan)
    g_signal_connect_object (plan, "changed", G_CALLBACK (find_range), self, G_CONNECT_SWAPPED);
  else
    {
      set_range (self, NULL);
      g_clear_object (&self->item);
    }
  if (self->button)
    find_range (self);
}

void
hr_range_button_set_field (HrRangeButton *self,
                           HrItem        *item,
                           const char    *property)
{
  g_return_if_fail (HR_IS_RANGE_BUTTON (self));

  g_set_object (&self->item, item);
  g_free (self->property);
  self->property = g_strdup (property);
  g_free (self->target);
  self->target = item ? hr_range_target_for (item, property) : NULL;
  find_range (self);
}

HrRange *
hr_range_button_get_range (HrRangeButton *self)
{
  g_return_val_if_fail (HR_IS_RANGE_BUTTON (self), NULL);
  return self->range;
}

const char *
hr_range_button_get_text (HrRangeButton *self)
{
  g_return_val_if_fail (HR_IS_RANGE_BUTTON (self), NULL);
  return self->text;
}

GtkWidget *
hr_range_button_get_part (HrRangeButton *self,
                          const char    *part)
{
  g_return_val_if_fail (HR_IS_RANGE_BUTTON (self), NULL);

  if (g_str_equal (part, "button"))
    return self->button;
  if (g_str_equal (part, "low"))
    return self->low;
  if (g_str_equal (part, "high"))
    return self->high;
  if (g_str_equal (part, "relative"))
    return self->relative;
  if (g_str_equal (part, "add"))
    return self->add;
  if (g_str_equal (part, "remove"))
    return self->remove;
  return NULL;
}

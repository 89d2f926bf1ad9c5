/* hr-cohort-editor.c: a segment's accounts at the start, by tenure */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-cohort-editor.h"
#include "hr-form.h"
#include "hr-number-entry.h"

struct _HrCohortEditor
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkWidget   *grid;
  HrSegment   *segment;
  HrUndoStack *undo;
  guint        n_rows;    /* cohorts shown */
};

G_DEFINE_FINAL_TYPE (HrCohortEditor, hr_cohort_editor, GTK_TYPE_WIDGET)

typedef struct {
  HrSegment *segment;
  GArray    *before;
  GArray    *after;
} CohortStep;

static void
cohort_step_free (gpointer data)
{
  CohortStep *step = data;

  g_object_unref (step->segment);
  g_array_unref (step->before);
  g_array_unref (step->after);
  g_free (step);
}

static void
cohort_step_apply (gpointer data,
                   gboolean redo)
{
  CohortStep *step = data;
  GArray *cohorts = redo ? step->after : step->before;

  hr_segment_set_cohorts (step->segment, (HrCohort *) cohorts->data, cohorts->len);
}

static GArray *
copy_cohorts (HrSegment *segment)
{
  guint n = 0;
  const HrCohort *cohorts = hr_segment_get_cohorts (segment, &n);
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (HrCohort), n);

  g_array_append_vals (copy, cohorts, n);
  return copy;
}

static void
set_cohorts (HrCohortEditor *self,
             GArray         *after)
{
  CohortStep *step = g_new0 (CohortStep, 1);

  step->segment = g_object_ref (self->segment);
  step->before = copy_cohorts (self->segment);
  step->after = g_array_ref (after);
  hr_segment_set_cohorts (self->segment, (HrCohort *) after->data, after->len);
  hr_undo_stack_push (self->undo, cohort_step_apply, step, cohort_step_free);
}

static char *
check_tenure (double   value,
              gpointer data)
{
  return hr_form_check_limit (NULL, "cohort", "tenure", value);
}

static char *
check_count (double   value,
             gpointer data)
{
  return hr_form_check_limit (NULL, "cohort", "count", value);
}

static void rebuild (HrCohortEditor *self);

static void
cell_finished_cb (HrNumberEntry  *entry,
                  HrCohortEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "hr-index"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "hr-column"));
  double value = hr_number_entry_get_value (entry);
  g_autoptr(GArray) cohorts = copy_cohorts (self->segment);
  HrCohort *cohort;
  guint n = 0;

  if (hr_number_entry_get_error (entry) || index >= cohorts->len || isnan (value))
    return;
  cohort = &g_array_index (cohorts, HrCohort, index);
  if (column == 0)
    {
      cohort->tenure_from = (int) value;
      cohort->tenure_to = MAX (cohort->tenure_to, cohort->tenure_from);
    }
  else if (column == 1)
    {
      cohort->tenure_to = (int) value;
      cohort->tenure_from = MIN (cohort->tenure_from, cohort->tenure_to);
    }
  else
    cohort->count = value;
  if (memcmp (cohorts->data, hr_segment_get_cohorts (self->segment, &n), cohorts->len * sizeof (HrCohort)) == 0)
    return;
  set_cohorts (self, cohorts);
}

static void
remove_clicked_cb (GtkButton      *button,
                   HrCohortEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hr-index"));
  g_autoptr(GArray) cohorts = copy_cohorts (self->segment);

  g_array_remove_index (cohorts, index);
  set_cohorts (self, cohorts);
}

static void
add_clicked_cb (HrCohortEditor *self)
{
  g_autoptr(GArray) cohorts = copy_cohorts (self->segment);
  HrCohort cohort = { 12, 23, 10 };

  if (self->segment == NULL)
    return;
  g_array_append_val (cohorts, cohort);
  set_cohorts (self, cohorts);
}

static GtkWidget *
cell_new (HrCohortEditor *self,
          guint           index,
          guint           column,
          double          value,
          const char     *label)
{
  GtkWidget *entry = hr_number_entry_new ();
  g_autofree char *name = g_strdup_printf ("%s %u", label, index + 1);

  gtk_widget_set_hexpand (entry, FALSE);
  hr_number_entry_set_integer (HR_NUMBER_ENTRY (entry), column < 2);
  hr_number_entry_set_digits (HR_NUMBER_ENTRY (entry), 2);
  hr_number_entry_set_value (HR_NUMBER_ENTRY (entry), value);
  hr_number_entry_set_check (HR_NUMBER_ENTRY (entry), column < 2 ? check_tenure : check_count, self);
  hr_number_entry_set_label (HR_NUMBER_ENTRY (entry), name);
  g_object_set_data (G_OBJECT (entry), "hr-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (entry), "hr-column", GUINT_TO_POINTER (column));
  g_signal_connect (entry, "finished", G_CALLBACK (cell_finished_cb), self);
  return entry;
}

/* The cell with keyboard focus as (index, column), or FALSE */
static gboolean
find_focus (HrCohortEditor *self,
            guint          *index,
            guint          *column)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *cell = focus ? gtk_widget_get_ancestor (focus, HR_TYPE_NUMBER_ENTRY) : NULL;

  if (cell == NULL || !gtk_widget_is_ancestor (cell, self->grid))
    return FALSE;
  *index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "hr-index"));
  *column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "hr-column"));
  return TRUE;
}

static void
rebuild (HrCohortEditor *self)
{
  GtkWidget *child;
  const HrCohort *cohorts;
  guint n = 0;
  guint focus_index = 0, focus_column = 0;
  gboolean had_focus;
  const char *headers[] = { N_("From month"), N_("To month"), N_("Accounts") };

  cohorts = self->segment ? hr_segment_get_cohorts (self->segment, &n) : NULL;

  /* same rows: update the values in place, so focus and Tab keep their place */
  if (self->segment && n == self->n_rows)
    {
      for (guint i = 0; i < n; i++)
        {
          double values[3] = { cohorts[i].tenure_from, cohorts[i].tenure_to, cohorts[i].count };
          for (guint c = 0; c < 3; c++)
            hr_number_entry_set_value (HR_NUMBER_ENTRY (gtk_grid_get_child_at (GTK_GRID (self->grid), c, i + 1)),
                                       values[c]);
        }
      return;
    }

  had_focus = find_focus (self, &focus_index, &focus_column);
  while ((child = gtk_widget_get_first_child (self->grid)))
    gtk_grid_remove (GTK_GRID (self->grid), child);
  self->n_rows = 0;
  if (self->segment == NULL)
    return;
  for (guint c = 0; c < 3 && n > 0; c++)
    {
      GtkWidget *header = gtk_label_new (_(headers[c]));
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_add_css_class (header, "caption");
      gtk_grid_attach (GTK_GRID (self->grid), header, c, 0, 1, 1);
    }
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *remove_label = g_strdup_printf (_("Remove cohort %u"), i + 1);

      gtk_grid_attach (GTK_GRID (self->grid), cell_new (self, i, 0, cohorts[i].tenure_from, _("From month of cohort")), 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), cell_new (self, i, 1, cohorts[i].tenure_to, _("To month of cohort")), 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), cell_new (self, i, 2, cohorts[i].count, _("Accounts of cohort")), 2, i + 1, 1, 1);
      gtk_widget_set_valign (remove, GTK_ALIGN_START);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "hr-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_grid_attach (GTK_GRID (self->grid), remove, 3, i + 1, 1, 1);
    }
  self->n_rows = n;
  if (had_focus && n > 0)
    gtk_widget_grab_focus (gtk_grid_get_child_at (GTK_GRID (self->grid), focus_column,
                                                  MIN (focus_index, n - 1) + 1));
}

static void
hr_cohort_editor_dispose (GObject *object)
{
  HrCohortEditor *self = HR_COHORT_EDITOR (object);

  hr_cohort_editor_set_segment (self, NULL, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (hr_cohort_editor_parent_class)->dispose (object);
}

static void
hr_cohort_editor_class_init (HrCohortEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hr_cohort_editor_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
hr_cohort_editor_init (HrCohortEditor *self)
{
  GtkWidget *add = gtk_button_new_with_label (_("Add cohort"));
  GtkWidget *help = gtk_label_new (_("Accounts already won at the start, spread evenly over a range of "
                                     "tenure months (months since each was won)."));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (help), 50);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "dim-label");
  gtk_box_append (GTK_BOX (self->box), help);
  self->grid = gtk_grid_new ();
  gtk_widget_set_halign (self->grid, GTK_ALIGN_START);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_box_append (GTK_BOX (self->box), self->grid);
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), add);
}

GtkWidget *
hr_cohort_editor_new (void)
{
  return g_object_new (HR_TYPE_COHORT_EDITOR, NULL);
}

void
hr_cohort_editor_set_segment (HrCohortEditor *self,
                              HrSegment      *segment,
                              HrUndoStack    *undo)
{
  if (self->segment)
    g_signal_handlers_disconnect_by_func (self->segment, rebuild, self);
  if (self->segment != segment)
    self->n_rows = G_MAXUINT;  /* another tier: build anew */
  g_set_object (&self->segment, segment);
  g_set_object (&self->undo, undo);
  if (segment)
    g_signal_connect_swapped (segment, "changed", G_CALLBACK (rebuild), self);
  rebuild (self);
}

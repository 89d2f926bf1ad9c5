/* hr-treatment-grid.c: the tier × moment grid of treatments */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-accessible.h"
#include "hr-choices.h"
#include "hr-form.h"
#include "hr-number-entry.h"
#include "hr-tiers-page.h"
#include "hr-treatment-grid.h"

/* The header row stays in view above the scrolling cells and the moments'
 * names beside them, as in a spreadsheet with frozen panes; each column's
 * header and cells share a size group (and a least width), each row's name
 * and cells another, so they line up */
#define NAME_WIDTH 160
#define CELL_WIDTH 170
#define COLUMN_SPACING 12
/* rows built in one main-loop turn: a large plan's grid (60 moments × 20
 * tiers) fills in over a few frames while the window stays responsive */
#define ROWS_PER_STEP 2

struct _HrTreatmentGrid
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkWidget   *corner;   /* above the names, as wide */
  GtkSizeGroup *name_width; /* the corner and the names */
  GtkWidget   *header;   /* the tiers' names */
  GtkWidget   *names;    /* the moments' names */
  GtkWidget   *grid;     /* the cells */
  GPtrArray   *columns;  /* GtkSizeGroup: a column's header and cells share its width */
  HrPlan      *plan;
  HrUndoStack *undo;
  guint        rebuild_id;
  guint        build_id;    /* builds the rows a few at a time */
  guint        built_rows;
};

G_DEFINE_FINAL_TYPE (HrTreatmentGrid, hr_treatment_grid, GTK_TYPE_WIDGET)

typedef struct {
  HrMoment *moment;
  char     *segment;
  gboolean  had;      /* a treatment existed */
  gboolean  removes;  /* the edit drops the treatment */
  char     *mode[2];
  double    factor[2];
  double    group_size[2];
} TreatmentStep;

static void
treatment_step_free (gpointer data)
{
  TreatmentStep *step = data;

  g_object_unref (step->moment);
  g_free (step->segment);
  g_free (step->mode[0]);
  g_free (step->mode[1]);
  g_free (step);
}

static void
treatment_step_apply (gpointer data,
                      gboolean redo)
{
  TreatmentStep *step = data;
  int i = redo ? 1 : 0;

  if ((!redo && !step->had) || (redo && step->removes))
    {
      hr_moment_remove_treatment (step->moment, step->segment);
      return;
    }
  g_object_set (hr_moment_ensure_treatment (step->moment, step->segment),
                "mode", step->mode[i], "factor", step->factor[i],
                "group-size", step->group_size[i], NULL);
}

void
hr_treatment_remove (HrUndoStack *undo,
                     HrMoment    *moment,
                     const char  *segment_id)
{
  HrTreatment *treatment = hr_moment_get_treatment (moment, segment_id);
  TreatmentStep *step;

  if (treatment == NULL)
    return;
  step = g_new0 (TreatmentStep, 1);
  step->moment = g_object_ref (moment);
  step->segment = g_strdup (segment_id);
  step->had = TRUE;
  step->removes = TRUE;
  g_object_get (treatment, "mode", &step->mode[0], "factor", &step->factor[0],
                "group-size", &step->group_size[0], NULL);
  treatment_step_apply (step, TRUE);
  hr_undo_stack_push (undo, treatment_step_apply, step, treatment_step_free);
}

void
hr_treatment_edit (HrUndoStack *undo,
                   HrMoment    *moment,
                   const char  *segment_id,
                   const char  *mode,
                   double       factor,
                   double       group_size)
{
  HrTreatment *treatment = hr_moment_get_treatment (moment, segment_id);
  TreatmentStep *step = g_new0 (TreatmentStep, 1);

  step->moment = g_object_ref (moment);
  step->segment = g_strdup (segment_id);
  step->had = treatment != NULL;
  if (treatment)
    g_object_get (treatment, "mode", &step->mode[0], "factor", &step->factor[0],
                  "group-size", &step->group_size[0], NULL);
  else
    {
      step->mode[0] = g_strdup ("one_to_one");
      step->factor[0] = 1;
      step->group_size[0] = 10;
    }
  step->mode[1] = g_strdup (mode);
  step->factor[1] = factor;
  step->group_size[1] = group_size;
  if (g_str_equal (step->mode[0], step->mode[1]) && step->factor[0] == factor &&
      step->group_size[0] == group_size)
    {
      treatment_step_free (step);
      return;
    }
  treatment_step_apply (step, TRUE);
  hr_undo_stack_push (undo, treatment_step_apply, step, treatment_step_free);
}

typedef struct {
  HrTreatmentGrid *grid;
  HrMoment        *moment;
  HrSegment       *segment_item;
  char            *segment;
  GtkWidget       *mode;
  GtkWidget       *number;
  gboolean         updating;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_object_unref (cell->moment);
  g_object_unref (cell->segment_item);
  g_free (cell->segment);
  g_free (cell);
}

/* The cell's spoken names follow renames of its moment and tier */
static void
cell_update_names (Cell *cell)
{
  g_autofree char *name = NULL;
  g_autofree char *number_name = NULL;

  /* Translators: accessible name of a grid cell: moment, then tier */
  name = g_strdup_printf (_("%s for %s"), hr_moment_get_name (cell->moment),
                          hr_segment_get_name (cell->segment_item));
  hr_drop_down_set_label (cell->mode, name);
  number_name = g_strdup_printf (_("Factor or group size, %s"), name);
  hr_number_entry_set_label (HR_NUMBER_ENTRY (cell->number), number_name);
}

static void
cell_refresh (Cell *cell)
{
  HrTreatment *treatment = hr_moment_get_treatment (cell->moment, cell->segment);
  HrMode mode = hr_treatment_get_mode (treatment);
  HrNumberEntry *number = HR_NUMBER_ENTRY (cell->number);

  cell_update_names (cell);
  cell->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->mode), mode);
  gtk_widget_set_visible (cell->number, mode == HR_MODE_ONE_TO_ONE || mode == HR_MODE_ONE_TO_MANY);
  if (mode == HR_MODE_ONE_TO_MANY)
    {
      hr_number_entry_set_unit (number, _("per group"));
      hr_number_entry_set_value (number, hr_treatment_get_group_size (treatment));
    }
  else
    {
      hr_number_entry_set_unit (number, _("× hours"));
      hr_number_entry_set_value (number, hr_treatment_get_factor (treatment));
    }
  cell->updating = FALSE;
}

static void
cell_edited (Cell *cell)
{
  HrTreatment *treatment = hr_moment_get_treatment (cell->moment, cell->segment);
  guint mode = gtk_drop_down_get_selected (GTK_DROP_DOWN (cell->mode));
  double factor = hr_treatment_get_factor (treatment);
  double group = hr_treatment_get_group_size (treatment);
  double value = hr_number_entry_get_value (HR_NUMBER_ENTRY (cell->number));

  if (cell->updating || cell->grid->undo == NULL)
    return;
  if (hr_number_entry_get_error (HR_NUMBER_ENTRY (cell->number)) == NULL && !isnan (value) &&
      (HrMode) mode == hr_treatment_get_mode (treatment))
    {
      if (mode == HR_MODE_ONE_TO_MANY)
        group = value;
      else if (mode == HR_MODE_ONE_TO_ONE)
        factor = value;
    }
  hr_treatment_edit (cell->grid->undo, cell->moment, cell->segment,
                     hr_mode_choices[mode], factor, group);
  cell_refresh (cell);
}

static char *
cell_check (double   value,
            gpointer data)
{
  Cell *cell = data;
  guint mode = gtk_drop_down_get_selected (GTK_DROP_DOWN (cell->mode));

  if (mode == HR_MODE_ONE_TO_MANY)
    return hr_form_check_limit (cell->grid->plan, "treatment", "group-size", value);
  if (mode == HR_MODE_ONE_TO_ONE)
    return hr_form_check_limit (cell->grid->plan, "treatment", "factor", value);
  return NULL;
}

static GtkWidget *
cell_new (HrTreatmentGrid *self,
          HrMoment        *moment,
          HrSegment       *segment)
{
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cell->grid = self;
  cell->moment = g_object_ref (moment);
  cell->segment_item = g_object_ref (segment);
  cell->segment = g_strdup (hr_item_get_id (HR_ITEM (segment)));
  for (guint i = 0; hr_mode_choices[i]; i++)
    g_ptr_array_add (labels, (gpointer) _(hr_mode_choice_labels[i]));
  g_ptr_array_add (labels, NULL);
  gtk_widget_set_size_request (box, CELL_WIDTH, -1);
  cell->mode = gtk_drop_down_new_from_strings ((const char * const *) labels->pdata);
  cell->number = hr_number_entry_new ();
  hr_number_entry_set_check (HR_NUMBER_ENTRY (cell->number), cell_check, cell);
  gtk_box_append (GTK_BOX (box), cell->mode);
  gtk_box_append (GTK_BOX (box), cell->number);
  g_object_set_data_full (G_OBJECT (box), "hr-cell", cell, cell_free);
  g_signal_connect_swapped (cell->mode, "notify::selected", G_CALLBACK (cell_edited), cell);
  g_signal_connect_swapped (cell->number, "finished", G_CALLBACK (cell_edited), cell);
  g_signal_connect_swapped (moment, "changed", G_CALLBACK (cell_refresh), cell);
  g_signal_connect_swapped (segment, "notify::name", G_CALLBACK (cell_update_names), cell);
  cell_refresh (cell);
  return box;
}

static void
disconnect_cells (HrTreatmentGrid *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->grid); child;
       child = gtk_widget_get_next_sibling (child))
    {
      Cell *cell = g_object_get_data (G_OBJECT (child), "hr-cell");
      if (cell)
        {
          g_signal_handlers_disconnect_by_func (cell->moment, cell_refresh, cell);
          g_signal_handlers_disconnect_by_func (cell->segment_item, cell_update_names, cell);
        }
    }
}

static void
item_name_changed_cb (HrItem     *item,
                      GParamSpec *pspec,
                      GtkLabel   *label)
{
  /* the getters fall back to the id when there is no name */
  gtk_label_set_text (label, HR_IS_SEGMENT (item) ? hr_segment_get_name (HR_SEGMENT (item))
                                                  : hr_moment_get_name (HR_MOMENT (item)));
}

/* A header that follows renames of its tier or moment */
static GtkWidget *
name_label_new (HrItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_signal_connect_object (item, "notify::name", G_CALLBACK (item_name_changed_cb), label, 0);
  item_name_changed_cb (item, NULL, GTK_LABEL (label));
  return label;
}

static void
build_row (HrTreatmentGrid *self,
           guint            m)
{
  GListModel *segments = hr_plan_get_segments (self->plan);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (self->plan), m);
  GtkWidget *label = name_label_new (HR_ITEM (moment));
  g_autoptr(GtkSizeGroup) row = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 8);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_set_size_request (label, NAME_WIDTH, -1);
  gtk_size_group_add_widget (self->name_width, label);
  gtk_size_group_add_widget (row, label);
  gtk_grid_attach (GTK_GRID (self->names), label, 0, m, 1, 1);
  for (guint s = 0; s < g_list_model_get_n_items (segments) && s + 1 < self->columns->len; s++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, s);
      GtkWidget *cell = cell_new (self, moment, segment);
      gtk_size_group_add_widget (self->columns->pdata[s + 1], cell);
      gtk_size_group_add_widget (row, cell);
      gtk_grid_attach (GTK_GRID (self->grid), cell, s, m, 1, 1);
    }
}

static gboolean
build_rows_cb (gpointer data)
{
  HrTreatmentGrid *self = data;
  guint n = self->plan ? g_list_model_get_n_items (hr_plan_get_moments (self->plan)) : 0;

  for (guint i = 0; i < ROWS_PER_STEP && self->built_rows < n; i++)
    build_row (self, self->built_rows++);
  if (self->built_rows < n)
    return G_SOURCE_CONTINUE;
  self->build_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
rebuild (gpointer data)
{
  HrTreatmentGrid *self = data;
  GListModel *segments;
  GtkWidget *child;

  self->rebuild_id = 0;
  g_clear_handle_id (&self->build_id, g_source_remove);
  disconnect_cells (self);
  while ((child = gtk_widget_get_first_child (self->grid)))
    gtk_grid_remove (GTK_GRID (self->grid), child);
  while ((child = gtk_widget_get_first_child (self->header)))
    gtk_grid_remove (GTK_GRID (self->header), child);
  while ((child = gtk_widget_get_first_child (self->names)))
    gtk_grid_remove (GTK_GRID (self->names), child);
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;
  segments = hr_plan_get_segments (self->plan);
  g_ptr_array_set_size (self->columns, 0);
  for (guint c = 0; c <= g_list_model_get_n_items (segments); c++)
    g_ptr_array_add (self->columns, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
  for (guint s = 0; s < g_list_model_get_n_items (segments); s++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, s);
      GtkWidget *label = name_label_new (HR_ITEM (segment));
      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_size_request (label, CELL_WIDTH, -1);
      gtk_size_group_add_widget (self->columns->pdata[s + 1], label);
      gtk_grid_attach (GTK_GRID (self->header), label, s, 0, 1, 1);
    }
  self->built_rows = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->build_id = g_idle_add (build_rows_cb, self);
  return G_SOURCE_REMOVE;
}

static void
lists_changed_cb (HrTreatmentGrid *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild, self);
}

static void
hr_treatment_grid_dispose (GObject *object)
{
  HrTreatmentGrid *self = HR_TREATMENT_GRID (object);

  hr_treatment_grid_set_context (self, NULL, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->grid = self->header = self->names = self->corner = NULL;
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->name_width);
  G_OBJECT_CLASS (hr_treatment_grid_parent_class)->dispose (object);
}

/* the rows are built once the grid is shown */
static void
hr_treatment_grid_map (GtkWidget *widget)
{
  HrTreatmentGrid *self = HR_TREATMENT_GRID (widget);

  GTK_WIDGET_CLASS (hr_treatment_grid_parent_class)->map (widget);
  if (self->build_id == 0 && self->rebuild_id == 0 && self->plan
      && self->built_rows < g_list_model_get_n_items (hr_plan_get_moments (self->plan)))
    self->build_id = g_idle_add (build_rows_cb, self);
}

static void
hr_treatment_grid_class_init (HrTreatmentGridClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hr_treatment_grid_dispose;
  GTK_WIDGET_CLASS (klass)->map = hr_treatment_grid_map;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
hr_treatment_grid_init (HrTreatmentGrid *self)
{
  GtkWidget *header_scroller = gtk_scrolled_window_new ();
  GtkWidget *names_scroller = gtk_scrolled_window_new ();
  GtkWidget *body_scroller = gtk_scrolled_window_new ();
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, COLUMN_SPACING);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, COLUMN_SPACING);

  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->corner = gtk_label_new (NULL);
  gtk_widget_set_size_request (self->corner, NAME_WIDTH, -1);
  self->name_width = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_size_group_add_widget (self->name_width, self->corner);
  self->header = gtk_grid_new ();
  self->names = gtk_grid_new ();
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->header), COLUMN_SPACING);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), COLUMN_SPACING);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (self->names), 8);
  /* the header scrolls sideways with the cells, never up and down; the
   * names up and down with them, never sideways */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (header_scroller), GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (names_scroller), GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (header_scroller), self->header);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (names_scroller), self->names);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (body_scroller), self->grid);
  gtk_scrolled_window_set_hadjustment (GTK_SCROLLED_WINDOW (header_scroller),
                                       gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (body_scroller)));
  gtk_scrolled_window_set_vadjustment (GTK_SCROLLED_WINDOW (names_scroller),
                                       gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (body_scroller)));
  gtk_widget_set_hexpand (header_scroller, TRUE);
  gtk_widget_set_hexpand (body_scroller, TRUE);
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (top), self->corner);
  gtk_box_append (GTK_BOX (top), header_scroller);
  gtk_box_append (GTK_BOX (body), names_scroller);
  gtk_box_append (GTK_BOX (body), body_scroller);
  gtk_box_append (GTK_BOX (self->box), top);
  gtk_box_append (GTK_BOX (self->box), body);
  gtk_widget_set_vexpand (self->box, TRUE);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
hr_treatment_grid_new (void)
{
  return g_object_new (HR_TYPE_TREATMENT_GRID, NULL);
}

void
hr_treatment_grid_set_context (HrTreatmentGrid *self,
                               HrPlan          *plan,
                               HrUndoStack     *undo)
{
  if (self->plan)
    {
      g_signal_handlers_disconnect_by_func (hr_plan_get_moments (self->plan), lists_changed_cb, self);
      g_signal_handlers_disconnect_by_func (hr_plan_get_segments (self->plan), lists_changed_cb, self);
    }
  disconnect_cells (self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  if (plan)
    {
      g_signal_connect_swapped (hr_plan_get_moments (plan), "items-changed", G_CALLBACK (lists_changed_cb), self);
      g_signal_connect_swapped (hr_plan_get_segments (plan), "items-changed", G_CALLBACK (lists_changed_cb), self);
    }
  if (self->grid)
    rebuild (self);
}

void
hr_treatment_grid_build_all (HrTreatmentGrid *self)
{
  g_return_if_fail (HR_IS_TREATMENT_GRID (self));

  if (self->rebuild_id)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
  g_clear_handle_id (&self->build_id, g_source_remove);
  while (build_rows_cb (self) == G_SOURCE_CONTINUE)
    ;
}

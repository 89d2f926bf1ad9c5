/* hr-calibration-page.c: the Calibration page
 *
 * Shows the document's calibration: the time log it holds against the
 * plan, computed by the document on a worker thread once per burst of
 * edits, and asked for only while the page is shown.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-calibration-page.h"
#include "hr-calibration-rows.h"
#include "hr-chart.h"
#include "hr-preferences.h"
#include "hr-scenarios-page.h"
#include "hr-time-import-dialog.h"
#include "hr-window.h"

struct _HrCalibrationPage
{
  GtkWidget      parent_instance;

  GtkWidget     *stack;
  GtkWidget     *headline;
  GtkWidget     *detail;
  GtkWidget     *min_spin;
  GtkWidget     *import_button;
  GtkWidget     *create_button;
  GtkWidget     *created_revealer;
  GtkWidget     *created_label;
  GtkWidget     *baseline_button;
  GtkWidget     *paned;
  GtkWidget     *moments_list;
  GtkWidget     *quiet_label;
  GtkWidget     *chart;
  GtkWidget     *mix_grid;
  GtkWidget     *mix_note;
  GtkWidget     *reactive_grid;
  GtkWidget     *warnings_expander;
  GtkWidget     *warnings_box;

  HrDocument    *document;
  HrPlan        *plan;         /* the document's */
  HrUndoStack   *undo;
  HrCalibration *calibration;  /* the one shown */
  char          *created_id;   /* the calibrated scenario last created */
  gboolean       dirty;        /* the document's is newer than the one shown */
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (HrCalibrationPage, hr_calibration_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CALIBRATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (HrCalibrationPage *self);
static void show_created (HrCalibrationPage *self);

/* --- the remembered mapping, one step to undo --- */

typedef struct {
  HrPlan        *plan;
  HrTimeMapping *before;   /* NULL: none */
  HrTimeMapping *after;
} MappingStep;

static void
mapping_step_apply (gpointer data,
                    gboolean redo)
{
  MappingStep *step = data;

  hr_plan_set_time_mapping (step->plan, redo ? step->after : step->before);
}

static void
mapping_step_free (gpointer data)
{
  MappingStep *step = data;

  g_object_unref (step->plan);
  g_clear_pointer (&step->before, hr_time_mapping_free);
  g_clear_pointer (&step->after, hr_time_mapping_free);
  g_free (step);
}

static void
remember_mapping (HrCalibrationPage   *self,
                  const HrTimeMapping *mapping)
{
  const HrTimeMapping *before = hr_plan_get_time_mapping (self->plan);
  MappingStep *step;

  if (hr_time_mapping_equal (before, mapping))
    return;
  step = g_new0 (MappingStep, 1);
  step->plan = g_object_ref (self->plan);
  step->before = before ? hr_time_mapping_copy (before) : NULL;
  step->after = hr_time_mapping_copy (mapping);
  hr_plan_set_time_mapping (self->plan, mapping);
  if (self->undo)
    {
      hr_undo_stack_seal (self->undo);
      hr_undo_stack_push (self->undo, mapping_step_apply, step, mapping_step_free);
      hr_undo_stack_seal (self->undo);
    }
  else
    mapping_step_free (step);
}

static guint
min_occurrences (HrCalibrationPage *self)
{
  guint n = hr_time_mapping_get_min_occurrences (hr_plan_get_time_mapping (self->plan));

  return n > 0 ? n : HR_CALIBRATION_MIN_OCCURRENCES;
}

/* --- showing a calibration --- */

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  HrCalibrationPage *self = data;
  HrForecast *forecast = self->document ? hr_document_get_forecast (self->document) : NULL;
  HrChartOptions options;

  if (forecast == NULL || self->calibration == NULL)
    return;
  hr_chart_options_init (&options);
  options.kind = HR_CHART_CALIBRATION;
  options.calibration = self->calibration;
  options.text_size = hr_chart_screen_text_size (width, height);
  options.untitled = TRUE;
  options.theme = hr_preferences_get_chart_theme (GTK_WIDGET (area));
  hr_chart_draw (cr, width, height, forecast, NULL, &options);
}

static void
show_warnings (HrCalibrationPage *self)
{
  GPtrArray *warnings = hr_calibration_get_warnings (self->calibration);
  GtkWidget *child;
  g_autofree char *title = NULL;

  while ((child = gtk_widget_get_first_child (self->warnings_box)))
    gtk_box_remove (GTK_BOX (self->warnings_box), child);
  for (guint i = 0; i < warnings->len; i++)
    {
      const char *text = warnings->pdata[i];
      GtkWidget *label;

      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (self->warnings_box), label);
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning about the log",
                                        "%u warnings about the log", warnings->len), warnings->len);
  gtk_expander_set_label (GTK_EXPANDER (self->warnings_expander), title);
  gtk_widget_set_visible (self->warnings_expander, warnings->len > 0);
}

static void
show_calibration (HrCalibrationPage *self)
{
  HrCalibration *c = self->calibration;
  g_autofree char *headline = NULL;
  g_autofree char *quiet = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *child;
  double scale;

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    self->document && hr_document_get_time_log (self->document) ? "results" : "empty");
  gtk_widget_set_sensitive (self->create_button, c != NULL && json_array_get_length (hr_calibration_get_changes (c)) > 0);
  if (c == NULL)
    return;

  headline = hr_calibration_dup_headline (c);
  gtk_label_set_text (GTK_LABEL (self->headline), headline);
  {
    guint changes = json_array_get_length (hr_calibration_get_changes (c));

    /* Translators: what the calibrated scenario would change */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The calibrated scenario would make %u change to the plan.",
                                           "The calibrated scenario would make %u changes to the plan.", changes),
                              changes);
    gtk_label_set_text (GTK_LABEL (self->detail), detail);
  }

  while ((child = gtk_widget_get_first_child (self->moments_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->moments_list), child);
  scale = hr_calibration_rows_scale (c);
  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    if (hr_calibration_get_verdict (c, &hr_calibration_get_moment (c, k)->all) != HR_MOMENT_QUIET)
      gtk_list_box_append (GTK_LIST_BOX (self->moments_list), hr_calibration_moment_row_new (c, k, scale));
  quiet = hr_calibration_dup_quiet_moments (c);
  gtk_label_set_text (GTK_LABEL (self->quiet_label), quiet ? quiet : "");
  gtk_widget_set_visible (self->quiet_label, quiet != NULL);

  hr_calibration_fill_mix (GTK_GRID (self->mix_grid), c);
  gtk_label_set_text (GTK_LABEL (self->mix_note),
                      _("Indirect and unplanned work as shares of the hours worked; leave as a share of the hours "
                        "paid in the months each person logged time."));
  hr_calibration_fill_reactive (GTK_GRID (self->reactive_grid), c);
  show_warnings (self);
  gtk_widget_queue_draw (self->chart);
}

/* --- following the document --- */

static void
refresh (HrCalibrationPage *self)
{
  HrCalibration *calibration;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  self->updating = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->min_spin), self->plan ? min_occurrences (self) : 5);
  self->updating = FALSE;
  /* the latest that arrived; a newer one is on its way when it is stale */
  calibration = self->document ? hr_document_get_calibration (self->document) : NULL;
  if (calibration != self->calibration || calibration == NULL)
    {
      g_set_object (&self->calibration, calibration);
      show_calibration (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALIBRATION]);
    }
  show_created (self);
  gtk_widget_queue_draw (self->chart);
}

static void
calibration_changed_cb (HrCalibrationPage *self)
{
  refresh (self);
}

/* --- importing --- */

static void
imported (HrTimeLog     *log,
          HrTimeMapping *mapping,
          gpointer       data)
{
  HrCalibrationPage *self = data;
  g_autoptr(JsonNode) shape = hr_time_mapping_to_json (mapping);

  /* a canonical log with nothing mapped leaves the plan's memory as it was */
  if (json_object_get_size (json_node_get_object (shape)) > 0)
    {
      if (hr_time_mapping_get_min_occurrences (mapping) == 0)
        hr_time_mapping_set_min_occurrences (mapping, hr_time_mapping_get_min_occurrences (
                                               hr_plan_get_time_mapping (self->plan)));
      remember_mapping (self, mapping);
    }
  hr_calibration_page_set_log (self, log);
}

static void
import_done (HrWindow *window,
             GFile    *file,
             gpointer  data)
{
  HrCalibrationPage *self = data;

  if (file)
    hr_calibration_page_import_file (self, file);
  g_object_unref (self);
}

static void
import_clicked_cb (HrCalibrationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HR_IS_WINDOW (root))
    hr_window_choose_file (HR_WINDOW (root), FALSE, _("Import Time Log"), NULL,
                           _("Time logs (CSV)"), "*.csv;*.tsv;*.txt", import_done, g_object_ref (self));
}

/* --- buttons --- */

static void
create_clicked_cb (HrCalibrationPage *self)
{
  hr_calibration_page_create_scenario (self);
}

static void
baseline_clicked_cb (HrCalibrationPage *self)
{
  hr_calibration_page_make_baseline (self);
}

static void
compare_clicked_cb (HrCalibrationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HR_IS_WINDOW (root))
    hr_window_show_page (HR_WINDOW (root), "compare");
}

static void
min_changed_cb (HrCalibrationPage *self)
{
  const HrTimeMapping *now = hr_plan_get_time_mapping (self->plan);
  g_autoptr(HrTimeMapping) mapping = now ? hr_time_mapping_copy (now) : hr_time_mapping_new ();
  guint n = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->min_spin));

  if (self->updating || self->plan == NULL || n == min_occurrences (self))
    return;
  hr_time_mapping_set_min_occurrences (mapping, n);
  remember_mapping (self, mapping);
}

/* --- GObject --- */

static void
hr_calibration_page_map (GtkWidget *widget)
{
  HrCalibrationPage *self = HR_CALIBRATION_PAGE (widget);

  GTK_WIDGET_CLASS (hr_calibration_page_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
hr_calibration_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HrCalibrationPage *self = HR_CALIBRATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALIBRATION:
      g_value_set_object (value, self->calibration);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_calibration_page_dispose (GObject *object)
{
  HrCalibrationPage *self = HR_CALIBRATION_PAGE (object);

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_CALIBRATION_PAGE);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->created_id, g_free);
  g_clear_object (&self->calibration);
  G_OBJECT_CLASS (hr_calibration_page_parent_class)->dispose (object);
}

static void
hr_calibration_page_class_init (HrCalibrationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_calibration_page_dispose;
  object_class->get_property = hr_calibration_page_get_property;
  widget_class->map = hr_calibration_page_map;

  properties[PROP_CALIBRATION] =
    g_param_spec_object ("calibration", NULL, NULL, HR_TYPE_CALIBRATION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-calibration-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, headline);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, detail);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, min_spin);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, create_button);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, created_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, created_label);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, baseline_button);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, moments_list);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, quiet_label);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, chart);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, mix_grid);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, mix_note);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, reactive_grid);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, warnings_expander);
  gtk_widget_class_bind_template_child (widget_class, HrCalibrationPage, warnings_box);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, baseline_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, min_changed_cb);
}

static void
hr_calibration_page_init (HrCalibrationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

void
hr_calibration_page_set_context (HrCalibrationPage *self,
                                 HrDocument        *document,
                                 HrUndoStack       *undo)
{
  g_return_if_fail (HR_IS_CALIBRATION_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->plan, (document ? hr_document_get_plan (document) : NULL));
  g_set_object (&self->undo, undo);
  g_clear_object (&self->calibration);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->created_revealer), FALSE);
  if (document)
    {
      g_signal_connect_swapped (document, "notify::calibration", G_CALLBACK (calibration_changed_cb), self);
      g_signal_connect_swapped (document, "notify::forecast", G_CALLBACK (gtk_widget_queue_draw), self->chart);
    }
  show_calibration (self);
  refresh (self);
}

/* Messages name the file as people see it: by its name, not its folders */
static HrCsvTable *
read_table (GFile   *file,
            GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;
  return hr_csv_table_parse (data, length, name, NULL, error);
}

GtkWindow *
hr_calibration_page_import_file (HrCalibrationPage *self,
                                 GFile             *file)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  HrCsvTable *table;
  HrTimeImport *import;

  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  table = read_table (file, &error);
  if (table == NULL)
    {
      if (HR_IS_WINDOW (root))
        hr_window_show_error (HR_WINDOW (root), error->message);
      return NULL;
    }
  import = hr_time_import_new (table, self->plan, hr_plan_get_time_mapping (self->plan));
  /* next month's export, mapped as the plan remembers: one step */
  if (hr_time_import_is_settled (import))
    {
      g_autoptr(HrTimeLog) log = hr_time_import_run (import, &error);

      if (log)
        {
          g_autoptr(HrTimeMapping) mapping = hr_time_import_dup_mapping (import);

          hr_time_import_free (import);
          imported (log, mapping, self);
          return NULL;
        }
      g_clear_error (&error);
    }
  {
    GtkWindow *dialog = hr_time_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->plan,
                                                   import, imported, g_object_ref (self), g_object_unref);
    gtk_window_present (dialog);
    return dialog;
  }
}

HrTimeLog *
hr_calibration_page_get_log (HrCalibrationPage *self)
{
  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), NULL);
  return self->document ? hr_document_get_time_log (self->document) : NULL;
}

void
hr_calibration_page_set_log (HrCalibrationPage *self,
                             HrTimeLog         *log)
{
  g_return_if_fail (HR_IS_CALIBRATION_PAGE (self) && self->document != NULL);

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->created_revealer), FALSE);
  hr_document_set_time_log (self->document, log);
  refresh (self);
}

HrCalibration *
hr_calibration_page_get_calibration (HrCalibrationPage *self)
{
  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), NULL);
  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  return self->calibration;
}

gboolean
hr_calibration_page_is_busy (HrCalibrationPage *self)
{
  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), FALSE);
  return self->document && hr_document_get_time_log (self->document) &&
         (self->dirty || hr_document_is_stale (self->document, HR_DOCUMENT_CALIBRATION));
}

HrScenario *
hr_calibration_page_create_scenario (HrCalibrationPage *self)
{
  g_autoptr(HrScenario) scenario = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), NULL);
  if (self->calibration == NULL || self->plan == NULL)
    return NULL;
  scenario = hr_calibration_new_scenario (self->calibration, self->plan);
  if (self->undo)
    {
      hr_undo_stack_seal (self->undo);
      hr_undo_stack_insert (self->undo, self->plan, HR_ITEM (scenario),
                            g_list_model_get_n_items (hr_plan_get_scenarios (self->plan)));
      hr_undo_stack_seal (self->undo);
    }
  else
    hr_plan_insert_item (self->plan, HR_ITEM (scenario), -1);
  g_free (self->created_id);
  self->created_id = g_strdup (hr_item_get_id (HR_ITEM (scenario)));
  gtk_widget_set_visible (self->baseline_button, FALSE);
  show_created (self);
  return scenario;
}

/* The note on the scenario last created, as the plan is now: its creation
 * or its promotion undone is said too */
static void
show_created (HrCalibrationPage *self)
{
  HrScenario *scenario = self->created_id && self->plan ? hr_plan_find_scenario (self->plan, self->created_id) : NULL;
  gboolean promoted = gtk_revealer_get_reveal_child (GTK_REVEALER (self->created_revealer)) &&
                      !gtk_widget_get_visible (self->baseline_button);
  g_autofree char *text = NULL;

  if (scenario == NULL)
    {
      /* the creation undone hides the note; the promotion keeps saying so */
      if (!promoted)
        gtk_revealer_set_reveal_child (GTK_REVEALER (self->created_revealer), FALSE);
      return;
    }
  if (gtk_widget_get_visible (self->baseline_button))
    return;
  /* Translators: %s is the new scenario's name */
  text = g_strdup_printf (_("Added the scenario “%s”. It compares like any other; make it the baseline once "
                            "you adopt it."), hr_scenario_get_name (scenario));
  gtk_label_set_text (GTK_LABEL (self->created_label), text);
  gtk_widget_set_visible (self->baseline_button, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->created_revealer), TRUE);
}

gboolean
hr_calibration_page_make_baseline (HrCalibrationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HrScenario *scenario;

  g_return_val_if_fail (HR_IS_CALIBRATION_PAGE (self), FALSE);
  scenario = self->created_id && self->plan ? hr_plan_find_scenario (self->plan, self->created_id) : NULL;
  if (scenario == NULL)
    {
      /* undone or removed since */
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->created_revealer), FALSE);
      return FALSE;
    }
  /* Translators: %s is the calibrated scenario's name */
  text = g_strdup_printf (_("“%s” is now the baseline: the plan has the hours, effort mix and reactive work as "
                            "logged. Undo puts the estimates back."), hr_scenario_get_name (scenario));
  if (!hr_scenario_promote_undoable (self->document, self->undo, self->created_id, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->created_label), error->message);
      return FALSE;
    }
  gtk_label_set_text (GTK_LABEL (self->created_label), text);
  gtk_widget_set_visible (self->baseline_button, FALSE);
  return TRUE;
}

/* hr-window-export.c: export a chart (PNG, PDF, SVG) or the monthly table
 * (CSV) */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-chart.h"
#include "hr-engine.h"
#include "hr-window.h"

typedef struct {
  HrWindow  *window;
  GtkWidget *dialog;
  GtkWidget *kind;
  GtkWidget *size;
  GtkWidget *theme;
  GtkWidget *format;
} Export;

static const char * const kind_labels[] = { N_("Monthly effort"), N_("Headcount"), N_("Journey"), N_("Scenarios"),
                                            N_("Books of business"), N_("Model against execution"), NULL };
static const char * const size_labels[] = { N_("1920 × 1080"), N_("1280 × 720"), N_("A4 landscape"), NULL };
static const double sizes[][2] = { { 1920, 1080 }, { 1280, 720 }, { 842, 595 } };
static const char * const theme_labels[] = { N_("Light"), N_("Dark"), N_("Print"), NULL };
static const char * const format_labels[] = { N_("PNG image"), N_("PDF document"), N_("SVG drawing"),
                                                N_("Monthly table (CSV)"), NULL };
static const char * const extensions[] = { "png", "pdf", "svg", "csv" };

static void
export_free (gpointer data)
{
  Export *export = data;

  g_object_unref (export->window);
  g_free (export);
}

static void
export_done (HrWindow *self,
             GFile    *file,
             gpointer  data)
{
  Export *export = data;
  HrPlan *plan = hr_window_get_plan (self);
  HrForecast *forecast = hr_plan_get_forecast (plan);
  guint format = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->format));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  gboolean ok;

  if (format == 3)
    {
      g_autofree char *csv = hr_forecast_to_csv (forecast);
      ok = g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, NULL, &error);
    }
  else
    {
      HrChartOptions options;
      guint size = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->size));
      g_autoptr(GPtrArray) compare = NULL;
      g_autoptr(HrBooks) books = NULL;

      hr_chart_options_init (&options);
      options.kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->kind));
      options.theme = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->theme));
      options.role = hr_chart_view_get_options (hr_window_get_chart_view (self))->role;
      options.split = hr_chart_view_get_options (hr_window_get_chart_view (self))->split;
      if (options.kind == HR_CHART_SCENARIOS)
        compare = hr_engine_compare (plan, NULL);
      if (options.kind == HR_CHART_BOOKS)
        {
          /* the books as the Books page shows them: under the active scenario */
          books = hr_books_compute (plan, hr_plan_get_active_scenario (plan), NULL);
          if (books == NULL)
            books = hr_books_compute (plan, NULL, NULL);
          options.books = books;
        }
      /* the calibration the Calibration page shows, or the chart says there is none */
      if (options.kind == HR_CHART_CALIBRATION)
        options.calibration = hr_calibration_page_get_calibration (hr_window_get_calibration_page (self));
      /* the chart's own extension decides the format */
      if (!g_str_has_suffix (path, extensions[format]))
        {
          char *with = g_strconcat (path, ".", extensions[format], NULL);
          g_free (path);
          path = with;
        }
      ok = hr_chart_export (path, sizes[size][0], sizes[size][1], 1, forecast, compare, &options, &error);
    }
  if (!ok)
    hr_window_show_error (self, error->message);
  gtk_window_destroy (GTK_WINDOW (export->dialog));
}

char *
hr_window_dup_export_name (HrWindow    *self,
                           HrChartKind  kind,
                           const char  *extension)
{
  /* short words for a file name, in the order of HrChartKind */
  static const char * const shown[] = { N_("effort"), N_("headcount"), N_("journey"), N_("scenarios"), N_("books"),
                                        N_("calibration") };
  const char *plan = hr_plan_get_name (hr_window_get_plan (self));
  g_autofree char *safe = g_strdelimit (g_strdup (plan && *plan ? plan : _("Untitled plan")), "/\\:", '-');
  const char *what = g_str_equal (extension, "csv") ? _("monthly table")
                     : kind < G_N_ELEMENTS (shown) ? _(shown[kind]) : _(shown[0]);

  /* Translators: an export's file name, "Acme Cloud — effort.pdf": the
   * plan's name, what the file shows, the extension */
  return g_strdup_printf (_("%s — %s.%s"), safe, what, extension);
}

static void
export_clicked_cb (Export *export)
{
  guint format = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->format));
  gboolean table = format == 3;
  g_autofree char *name = hr_window_dup_export_name (export->window,
                                                     gtk_drop_down_get_selected (GTK_DROP_DOWN (export->kind)),
                                                     extensions[format]);

  hr_window_choose_file (export->window, TRUE, _("Export"), name,
                         table ? _(format_labels[format]) : _("Charts (PNG, PDF, SVG)"),
                         table ? "*.csv" : "*.png;*.pdf;*.svg", export_done, export);
}

static void
format_changed_cb (Export *export)
{
  gboolean chart = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->format)) != 3;

  gtk_widget_set_sensitive (export->kind, chart);
  gtk_widget_set_sensitive (export->size, chart);
  gtk_widget_set_sensitive (export->theme, chart);
}

static GtkWidget *
add_choice (GtkGrid            *grid,
            int                 row,
            const char         *label,
            const char * const *choices)
{
  GtkWidget *title = gtk_label_new (label);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GtkWidget *dropdown;

  for (guint i = 0; choices[i]; i++)
    g_ptr_array_add (names, (gpointer) _(choices[i]));
  g_ptr_array_add (names, NULL);
  dropdown = gtk_drop_down_new_from_strings ((const char * const *) names->pdata);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  return dropdown;
}

void
hr_window_show_export (HrWindow *self)
{
  Export *export = g_new0 (Export, 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Export…"));
  const HrChartOptions *current = hr_chart_view_get_options (hr_window_get_chart_view (self));
  GtkWidget *heading = gtk_label_new (_("Export a chart or the monthly table"));
  GtkWidget *help = gtk_label_new (_("Charts show the role and the split chosen on the Effort chart page, "
                                     "for the plan as it is now."));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  export->window = g_object_ref (self);
  export->dialog = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (export->dialog), _("Export"));
  gtk_window_set_transient_for (GTK_WINDOW (export->dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (export->dialog), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (export->dialog), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (export->dialog), 400, -1);
  g_object_set_data_full (G_OBJECT (export->dialog), "hr-export", export, export_free);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  export->format = add_choice (GTK_GRID (grid), 0, _("Format"), format_labels);
  export->kind = add_choice (GTK_GRID (grid), 1, _("Chart"), kind_labels);
  export->size = add_choice (GTK_GRID (grid), 2, _("Size"), size_labels);
  export->theme = add_choice (GTK_GRID (grid), 3, _("Theme"), theme_labels);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (export->kind), current->kind);
  g_signal_connect_swapped (export->format, "notify::selected", G_CALLBACK (format_changed_cb), export);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (help), 44);
  gtk_widget_add_css_class (help, "dim-label");
  gtk_box_append (GTK_BOX (box), help);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), export->dialog);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (export_clicked_cb), export);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (export->dialog), box);
  gtk_window_set_default_widget (GTK_WINDOW (export->dialog), button);
  /* Escape cancels, as in any dialog */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (export->dialog, shortcuts);
  gtk_window_present (GTK_WINDOW (export->dialog));
}

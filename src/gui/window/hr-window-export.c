/* hr-window-export.c: export a chart (PNG, PDF, SVG) or the monthly table
 * (CSV) */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "hr-accessible.h"
#include "hr-application.h"
#include "hr-chart.h"
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

/* What the last export chose, for the next: in the settings when they
 * are there, else for as long as the app runs */
static struct {
  guint  format;
  guint  size;
  int    theme;     /* -1: the charts' theme of the preferences */
  GFile *folder;
} last = { 0, 0, -1, NULL };

static const char * const size_keys[] = { "1920x1080", "1280x720", "a4" };

static gboolean
settings_have (GSettings  *settings,
               const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema && g_settings_schema_has_key (schema, key);
}

static guint
index_of (const char * const *names,
          guint               n,
          const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return 0;
}

static void
recall (void)
{
  GSettings *settings = hr_application_get_settings ();

  if (!settings_have (settings, "export-format"))
    return;
  {
    g_autofree char *format = g_settings_get_string (settings, "export-format");
    g_autofree char *size = g_settings_get_string (settings, "export-size");
    g_autofree char *folder = g_settings_get_string (settings, "export-folder");

    last.format = index_of (extensions, G_N_ELEMENTS (extensions), format);
    last.size = index_of (size_keys, G_N_ELEMENTS (size_keys), size);
    g_autoptr(GVariant) theme = g_settings_get_user_value (settings, "export-theme");

    /* before a first export, the charts' theme of the preferences */
    last.theme = theme ? g_settings_get_enum (settings, "export-theme") : -1;
    g_clear_object (&last.folder);
    if (*folder)
      last.folder = g_file_new_for_uri (folder);
  }
}

static void
remember (guint format,
          guint size,
          guint theme)
{
  GSettings *settings = hr_application_get_settings ();

  last.format = format;
  last.size = size;
  last.theme = theme;
  if (settings_have (settings, "export-format"))
    {
      g_settings_set_string (settings, "export-format", extensions[format]);
      g_settings_set_string (settings, "export-size", size_keys[size]);
      g_settings_set_enum (settings, "export-theme", theme);
    }
}

static void
remember_folder (GFile *folder)
{
  GSettings *settings = hr_application_get_settings ();

  g_set_object (&last.folder, folder);
  if (settings_have (settings, "export-folder"))
    {
      g_autofree char *uri = g_file_get_uri (folder);
      g_settings_set_string (settings, "export-folder", uri);
    }
}

GFile *
hr_window_dup_export_folder (void)
{
  if (last.folder == NULL)
    recall ();
  return last.folder ? g_object_ref (last.folder) : NULL;
}

char *
hr_window_export_path (const char *path,
                       const char *extension)
{
  static const char * const known[] = { "png", "pdf", "svg", "csv", "xlsx" };
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  g_return_val_if_fail (path != NULL && extension != NULL, NULL);

  if (dot && dot != base)
    {
      if (g_ascii_strcasecmp (dot + 1, extension) == 0)
        return g_strdup (path);
      /* the name of another export kind: the format chosen wins */
      for (guint i = 0; i < G_N_ELEMENTS (known); i++)
        if (g_ascii_strcasecmp (dot + 1, known[i]) == 0)
          return g_strdup_printf ("%.*s.%s", (int) (strlen (path) - strlen (dot)), path, extension);
    }
  return g_strdup_printf ("%s.%s", path, extension);
}

void
hr_window_export_finished (HrWindow     *self,
                           GFile        *file,
                           const GError *error)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (HR_IS_WINDOW (self));

  if (error)
    {
      hr_window_show_error (self, error->message);
      return;
    }
  folder = g_file_get_parent (file);
  if (folder)
    remember_folder (folder);
  name = g_file_get_basename (file);
  where = folder ? g_file_get_parse_name (folder) : g_strdup ("");
  /* Translators: after an export: the file's name, then its folder */
  message = g_strdup_printf (_("Exported “%s” to %s"), name, where);
  hr_window_show_notice (self, message);
}

static void
export_free (gpointer data)
{
  Export *export = data;

  g_object_unref (export->window);
  g_free (export);
}

static void
export_done (HrWindow *self,
             GFile    *chosen,
             gpointer  data)
{
  Export *export = data;
  g_autoptr(GtkWidget) dialog = g_object_ref (export->dialog);
  HrDocument *document = hr_window_get_document (self);
  HrForecast *forecast = hr_document_get_forecast (document);
  guint format = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->format));
  guint size = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->size));
  guint theme = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->theme));
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen_path = g_file_get_path (chosen);
  g_autofree char *path = hr_window_export_path (chosen_path, extensions[format]);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (format == 3)
    {
      g_autofree char *csv = hr_forecast_to_csv (forecast);
      g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
    }
  else
    {
      HrChartOptions options;
      GPtrArray *compare = NULL;

      hr_chart_options_init (&options);
      options.kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (export->kind));
      options.theme = theme;
      options.role = hr_chart_view_get_options (hr_window_get_chart_view (self))->role;
      options.split = hr_chart_view_get_options (hr_window_get_chart_view (self))->split;
      /* the file shows the plan as it is now, not a comparison on its way */
      if (options.kind == HR_CHART_SCENARIOS)
        {
          hr_document_ensure (document, HR_DOCUMENT_COMPARISON);
          compare = hr_document_get_comparison (document);
        }
      /* the books as the Books page shows them: under the scenario shown */
      if (options.kind == HR_CHART_BOOKS)
        options.books = hr_document_get_books (document);
      /* the calibration the Calibration page shows: the document's */
      if (options.kind == HR_CHART_CALIBRATION)
        {
          hr_document_ensure (document, HR_DOCUMENT_CALIBRATION);
          options.calibration = hr_document_get_calibration (document);
        }
      hr_chart_export (path, sizes[size][0], sizes[size][1], 1, forecast, compare, &options, &error);
    }
  /* what was chosen is chosen again next time, in the same folder */
  if (error == NULL)
    remember (format, size, theme);
  hr_window_export_finished (self, file, error);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
hr_window_export_dialog_finish (GtkWidget *dialog,
                                GFile     *chosen)
{
  Export *export = g_object_get_data (G_OBJECT (dialog), "hr-export");

  g_return_if_fail (export != NULL && G_IS_FILE (chosen));
  export_done (export->window, chosen, export);
}

char *
hr_window_dup_export_name (HrWindow    *self,
                           HrChartKind  kind,
                           const char  *extension)
{
  /* short words for a file name, in the order of HrChartKind */
  static const char * const shown[] = { N_("effort"), N_("headcount"), N_("journey"), N_("scenarios"), N_("books"),
                                        N_("calibration") };
  const char *what = g_str_equal (extension, "csv") ? _("monthly table")
                     : kind < G_N_ELEMENTS (shown) ? _(shown[kind]) : _(shown[0]);

  return hr_window_dup_file_name (self, what, extension);
}

char *
hr_window_dup_file_name (HrWindow   *self,
                         const char *what,
                         const char *extension)
{
  const char *plan = hr_plan_get_name (hr_window_get_plan (self));
  g_autofree char *safe = g_strdelimit (g_strdup (plan && *plan ? plan : _("Untitled plan")), "/\\:", '-');

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

  g_autoptr(GFile) folder = hr_window_dup_export_folder ();

  hr_window_choose_file_in (export->window, TRUE, _("Export"), folder, name,
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
  hr_drop_down_set_label (dropdown, label);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  return dropdown;
}

GtkWidget *
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
  /* the format, size and theme of the last export */
  recall ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (export->format), last.format);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (export->size), last.size);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (export->theme),
                              last.theme >= 0 ? (guint) last.theme : current->theme);
  g_signal_connect_swapped (export->format, "notify::selected", G_CALLBACK (format_changed_cb), export);
  format_changed_cb (export);

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
  return export->dialog;
}

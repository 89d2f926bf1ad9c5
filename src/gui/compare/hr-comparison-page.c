/* hr-comparison-page.c: the baseline and every scenario side by side */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-chart.h"
#include "hr-comparison-page.h"
#include "hr-comparison.h"
#include "hr-window.h"

struct _HrComparisonPage
{
  GtkWidget  parent_instance;

  GtkWidget *paned;
  GtkWidget *caption;
  GtkWidget *scroller;
  GtkWidget *labels;           /* the row labels, outside the sideways scroll */
  GtkWidget *columns_scroller;
  GtkWidget *table;            /* the baseline and scenarios, one column each */
  GtkWidget *fte_toggle;
  GtkWidget *load_toggle;
  GtkWidget *export_button;
  GtkWidget *chart;

  HrDocument *document;
  HrChartCache *cache;
  GPtrArray  *forecasts;   /* the comparison shown: baseline, then each scenario */
  GPtrArray  *cells;       /* labels, row by row */
  guint       n_columns;
  guint       n_rows;
};

G_DEFINE_FINAL_TYPE (HrComparisonPage, hr_comparison_page, GTK_TYPE_WIDGET)

static void
chart_options (HrComparisonPage *self,
               HrChartOptions   *options)
{
  hr_chart_options_init (options);
  options->kind = HR_CHART_SCENARIOS;
  options->role = -1;
  options->metric = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->fte_toggle))
                    ? HR_CHART_METRIC_FTE : HR_CHART_METRIC_LOAD;
}

static void
chart_draw_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  HrComparisonPage *self = data;
  HrChartOptions options;

  if (self->forecasts == NULL || self->forecasts->len == 0)
    return;
  chart_options (self, &options);
  /* readable on screen, as the main chart: its side bars' labels too */
  options.text_size = hr_chart_screen_text_size (width, height);
  hr_chart_cache_draw (self->cache, cr, width, height, gtk_widget_get_scale_factor (GTK_WIDGET (area)),
                       self->forecasts->pdata[0], self->forecasts, &options);
}

static GtkWidget *
cell_new (const char *text,
          gboolean    header,
          gboolean    best)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (best)
    {
      g_autofree char *marked = g_strdup_printf ("★ %s", text);
      g_autofree char *name = g_strdup_printf (_("%s, best"), text);
      gtk_label_set_text (GTK_LABEL (label), marked);
      gtk_widget_add_css_class (label, "hr-best");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), header ? 0 : 1);
  gtk_widget_add_css_class (label, "hr-cell");
  gtk_widget_add_css_class (label, "numeric");
  if (header)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* While a newer comparison is computed the one shown is faded */
static void
update_stale (HrComparisonPage *self)
{
  gboolean stale = self->document && hr_document_is_stale (self->document, HR_DOCUMENT_COMPARISON);
  double opacity = stale ? 0.55 : 1.0;

  gtk_widget_set_opacity (self->scroller, opacity);
  gtk_widget_set_opacity (self->chart, opacity);
}

static void
rebuild (HrComparisonPage *self)
{
  GtkWidget *child;
  const GError *error = NULL;
  GPtrArray *forecasts = NULL;
  g_autoptr(GPtrArray) sizes = NULL;

  /* the document's comparison: the one of the plan as it is, or while it
   * is computed the last that arrived */
  if (self->document)
    {
      forecasts = hr_document_get_comparison (self->document);
      error = hr_document_get_error (self->document, HR_DOCUMENT_COMPARISON);
    }
  update_stale (self);
  if (forecasts != NULL && forecasts == self->forecasts)
    return;
  while ((child = gtk_widget_get_first_child (self->table)))
    gtk_grid_remove (GTK_GRID (self->table), child);
  while ((child = gtk_widget_get_first_child (self->labels)))
    gtk_grid_remove (GTK_GRID (self->labels), child);
  g_ptr_array_set_size (self->cells, 0);
  g_clear_pointer (&self->forecasts, g_ptr_array_unref);
  self->n_columns = self->n_rows = 0;
  if (forecasts == NULL)
    {
      if (error)
        gtk_grid_attach (GTK_GRID (self->table), cell_new (error->message, TRUE, FALSE), 0, 0, 1, 1);
      gtk_widget_queue_draw (self->chart);
      return;
    }
  self->forecasts = g_ptr_array_ref (forecasts);

  self->n_columns = self->forecasts->len;
  self->n_rows = hr_comparison_count_rows (self->forecasts);
  /* room for a readable line per scenario in each of the chart's side bars */
  gtk_widget_set_size_request (self->chart, -1, 160 + 22 * self->n_columns);
  /* one height per row across the two grids */
  sizes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r <= self->n_rows; r++)
    g_ptr_array_add (sizes, gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL));
  {
    /* as tall as a header of three lines whatever the width: wrapped
     * headers report a one-line height to the size group */
    GtkWidget *corner = cell_new ("\n\n", TRUE, FALSE);
    gtk_grid_attach (GTK_GRID (self->labels), corner, 0, 0, 1, 1);
    gtk_size_group_add_widget (sizes->pdata[0], corner);
  }
  for (guint c = 0; c < self->n_columns; c++)
    {
      HrForecast *f = self->forecasts->pdata[c];
      const char *name = c == 0 ? _("Baseline") : hr_forecast_get_scenario_name (f);
      GtkWidget *header = cell_new (name, TRUE, FALSE);

      gtk_label_set_xalign (GTK_LABEL (header), 1);
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (header), 12);
      /* long scenario names stop at three lines; the tooltip has them whole */
      gtk_label_set_lines (GTK_LABEL (header), 3);
      gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
      gtk_widget_set_tooltip_text (header, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_RIGHT);
      gtk_widget_set_valign (header, GTK_ALIGN_END);
      gtk_grid_attach (GTK_GRID (self->table), header, c, 0, 1, 1);
      gtk_size_group_add_widget (sizes->pdata[0], header);
    }
  for (guint r = 0; r < self->n_rows; r++)
    {
      g_autofree char *label = hr_comparison_dup_row_label (self->forecasts, r);
      GtkWidget *title = cell_new (label, FALSE, FALSE);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, r % 2 ? "hr-row-odd" : "hr-row-even");
      gtk_grid_attach (GTK_GRID (self->labels), title, 0, r + 1, 1, 1);
      gtk_size_group_add_widget (sizes->pdata[r + 1], title);
      for (guint c = 0; c < self->n_columns; c++)
        {
          g_autofree char *text = hr_comparison_dup_cell (self->forecasts, c, r);
          gboolean best = hr_comparison_is_best (self->forecasts, c, r);
          GtkWidget *cell = cell_new (text, FALSE, best);

          g_object_set_data_full (G_OBJECT (cell), "hr-text", g_strdup (text), g_free);
          g_object_set_data (G_OBJECT (cell), "hr-best", GINT_TO_POINTER (best));
          gtk_widget_add_css_class (cell, r % 2 ? "hr-row-odd" : "hr-row-even");
          gtk_widget_set_hexpand (cell, TRUE);
          gtk_grid_attach (GTK_GRID (self->table), cell, c, r + 1, 1, 1);
          gtk_size_group_add_widget (sizes->pdata[r + 1], cell);
          g_ptr_array_add (self->cells, cell);
        }
    }
  gtk_widget_queue_draw (self->chart);
}

/* Comparing forecasts every scenario: only while the page is shown */
static void
comparison_changed_cb (HrComparisonPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
options_changed_cb (HrComparisonPage *self)
{
  gtk_widget_queue_draw (self->chart);
}

static void
export_done (HrWindow *window,
             GFile    *file,
             gpointer  data)
{
  HrComparisonPage *self = data;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *lower = g_ascii_strdown (chosen, -1);
  g_autofree char *path = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GError) error = NULL;
  HrChartOptions options;

  if (self->forecasts == NULL)
    return;
  chart_options (self, &options);
  /* the name's own chart format, else PNG */
  path = hr_window_export_path (chosen, g_str_has_suffix (lower, ".pdf") ? "pdf"
                                        : g_str_has_suffix (lower, ".svg") ? "svg" : "png");
  written = g_file_new_for_path (path);
  hr_chart_export (path, 1920, 1080, 1, self->forecasts->pdata[0], self->forecasts, &options, &error);
  hr_window_export_finished (window, written, error);
}

static void
export_clicked_cb (HrComparisonPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!HR_IS_WINDOW (root))
    return;
  {
    g_autofree char *name = hr_window_dup_export_name (HR_WINDOW (root), HR_CHART_SCENARIOS, "png");
    g_autoptr(GFile) folder = hr_window_dup_export_folder ();

    hr_window_choose_file_in (HR_WINDOW (root), TRUE, _("Export Scenarios Chart"), folder, name,
                              _("Images and documents (PNG, PDF, SVG)"), "*.png;*.pdf;*.svg",
                              export_done, self);
  }
}

static void
hr_comparison_page_map (GtkWidget *widget)
{
  HrComparisonPage *self = HR_COMPARISON_PAGE (widget);

  GTK_WIDGET_CLASS (hr_comparison_page_parent_class)->map (widget);
  rebuild (self);
  /* coming back starts at the baseline and the first row */
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->columns_scroller)), 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

static void
hr_comparison_page_dispose (GObject *object)
{
  HrComparisonPage *self = HR_COMPARISON_PAGE (object);

  hr_comparison_page_set_document (self, NULL);
  g_clear_pointer (&self->forecasts, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->cache, hr_chart_cache_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_COMPARISON_PAGE);
  G_OBJECT_CLASS (hr_comparison_page_parent_class)->dispose (object);
}

static void
hr_comparison_page_class_init (HrComparisonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_comparison_page_dispose;
  widget_class->map = hr_comparison_page_map;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-comparison-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, caption);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, table);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, labels);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, columns_scroller);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, fte_toggle);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, load_toggle);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, HrComparisonPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_comparison_page_init (HrComparisonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new ();
  self->cache = hr_chart_cache_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), chart_draw_cb, self, NULL);
}

void
hr_comparison_page_set_document (HrComparisonPage *self,
                                 HrDocument       *document)
{
  g_return_if_fail (HR_IS_COMPARISON_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document)
    g_signal_connect_object (document, "notify::comparison", G_CALLBACK (comparison_changed_cb), self,
                             G_CONNECT_SWAPPED);
  comparison_changed_cb (self);
}

const char *
hr_comparison_page_get_cell (HrComparisonPage *self,
                             guint             column,
                             guint             row,
                             gboolean         *best)
{
  GObject *cell;

  rebuild (self);
  g_return_val_if_fail (column < self->n_columns && row < self->n_rows, NULL);
  cell = self->cells->pdata[row * self->n_columns + column];
  if (best)
    *best = GPOINTER_TO_INT (g_object_get_data (cell, "hr-best"));
  return g_object_get_data (cell, "hr-text");
}

guint
hr_comparison_page_get_n_columns (HrComparisonPage *self)
{
  rebuild (self);
  return self->n_columns;
}

guint
hr_comparison_page_get_n_rows (HrComparisonPage *self)
{
  rebuild (self);
  return self->n_rows;
}

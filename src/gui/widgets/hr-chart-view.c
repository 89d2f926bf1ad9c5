/* hr-chart-view.c: a chart of the document's forecast, drawn by
 * hr_chart_draw() */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-application.h"
#include "hr-chart-view.h"
#include "hr-format.h"
#include "hr-number-entry.h"
#include "hr-preferences.h"

struct _HrChartView
{
  GtkWidget       parent_instance;

  GtkWidget      *area;
  HrChartCache   *cache;        /* the frame kept between two forecasts */
  HrDocument     *document;
  HrChartOptions  options;
  gboolean        out_of_date;  /* a result changed while the view was hidden */
  guint           draw_count;
  int             hover_month;
  gboolean        theme_fixed;  /* set_theme() was called: no following */
  gboolean        large_type;   /* text sized from the height, to present */
  char           *description;
  char           *font_family;  /* the desktop's UI font, for the chart's text */
  gboolean        show_bands;   /* the P10–P90 bands when the plan has ranges */
  HrBands        *last_bands;   /* the bands last drawn */
  gboolean        hold_bands;   /* draw those, asking for no new ones */
};

G_DEFINE_FINAL_TYPE (HrChartView, hr_chart_view, GTK_TYPE_WIDGET)

static HrForecast *
view_forecast (HrChartView *self)
{
  return self->document ? hr_document_get_forecast (self->document) : NULL;
}

/* The baseline and each scenario, for the scenarios chart only; the last
 * comparison that arrived while a newer one is computed */
static GPtrArray *
view_compare (HrChartView *self)
{
  if (self->options.kind != HR_CHART_SCENARIOS || self->document == NULL)
    return NULL;
  return hr_document_get_comparison (self->document);
}

static gboolean
kind_has_bands (HrChartKind kind)
{
  return kind == HR_CHART_EFFORT || kind == HR_CHART_HEADCOUNT || kind == HR_CHART_SCENARIOS ||
         kind == HR_CHART_DRIVERS;
}

/* The document's bands into the options, when shown: the latest that
 * arrived, marked stale (drawn faded) while newer ones are sampled */
static HrBands *
sync_bands (HrChartView *self)
{
  HrDocument *document = self->document;
  HrBands *bands = NULL;

  if (document && self->show_bands && kind_has_bands (self->options.kind) &&
      hr_plan_get_ranges (hr_document_get_plan (document)) != NULL)
    {
      if (self->hold_bands)
        bands = self->last_bands;
      else
        g_set_object (&self->last_bands, (bands = hr_document_get_bands (document)));
    }
  self->options.bands = bands;
  self->options.bands_stale = bands && (self->hold_bands || hr_document_is_stale (document, HR_DOCUMENT_BANDS));
  return bands;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  HrChartView *self = data;
  HrForecast *forecast = view_forecast (self);

  self->draw_count++;
  if (forecast == NULL)
    return;
  if (!self->theme_fixed)
    self->options.theme = hr_preferences_get_chart_theme (GTK_WIDGET (self));
  /* the chart speaks in the desktop's UI font, as the widgets around it */
  g_free (self->font_family);
  self->font_family = g_strdup (pango_font_description_get_family (
                        pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)))));
  self->options.font_family = self->font_family;
  if (self->large_type)
    self->options.text_size = CLAMP (height / 32.0, 16, 48);
  else
    /* on screen, never smaller than the window's own small print */
    self->options.text_size = hr_chart_screen_text_size (width, height);
  sync_bands (self);
  hr_chart_cache_draw (self->cache, cr, width, height, gtk_widget_get_scale_factor (GTK_WIDGET (area)),
                       forecast, view_compare (self), &self->options);
}

static void
append_line (GString    *text,
             const char *label,
             double      value,
             const char *unit)
{
  g_autofree char *number = isnan (value) ? g_strdup ("—") : hr_number_format (value, 1);
  g_autofree char *escaped = g_markup_escape_text (label, -1);
  g_string_append_printf (text, "\n%s: %s%s%s", escaped, number, unit ? " " : "", unit ? unit : "");
}

/* a role's series, or the team's of the roles doing the work for all roles */
static double
month_value (HrForecast   *forecast,
             int           role,
             HrRoleMetric  metric,
             int           month)
{
  return role >= 0 ? hr_forecast_get_role_series (forecast, role, metric)[month]
                   : hr_forecast_get_team_series (forecast, metric, FALSE)[month];
}

/* The month's percentiles of what the chart shows, when its bands are of
 * this forecast: "Required FTE P10–P90: 3.9 to 4.7 (P50 4.3)" */
static void
append_band_lines (HrChartView *self,
                   GString     *text,
                   HrForecast  *forecast,
                   int          role,
                   int          month)
{
  HrBands *bands = sync_bands (self);
  gboolean effort = self->options.kind == HR_CHART_EFFORT;
  HrBandsMetric metric = effort ? HR_BANDS_WORKLOAD : HR_BANDS_REQUIRED_FTE;
  const double *p10, *p50, *p90, *pc;
  g_autofree char *low = NULL, *mid = NULL, *high = NULL, *conf = NULL;

  if (bands == NULL || hr_bands_get_n_months (bands) != hr_forecast_get_n_months (forecast) ||
      g_strcmp0 (hr_bands_get_scenario_id (bands), hr_forecast_get_scenario_id (forecast)) != 0)
    return;
  p10 = hr_bands_get_band (bands, role, metric, HR_BAND_P10);
  p50 = hr_bands_get_band (bands, role, metric, HR_BAND_P50);
  p90 = hr_bands_get_band (bands, role, metric, HR_BAND_P90);
  pc = hr_bands_get_band (bands, role, metric, HR_BAND_PC);
  low = hr_number_format (p10[month], 1);
  mid = hr_number_format (p50[month], 1);
  high = hr_number_format (p90[month], 1);
  conf = hr_number_format (pc[month], 1);
  g_string_append (text, "\n");
  if (effort)
    /* Translators: a month's percentiles of the sampled workload, in hours */
    g_string_append_printf (text, _("\nWorkload P10–P90: %s to %s h (P50 %s h)"), low, high, mid);
  else
    /* Translators: a month's percentiles of the sampled required FTE */
    g_string_append_printf (text, _("\nRequired FTE P10–P90: %s to %s (P50 %s)"), low, high, mid);
  /* Translators: the percentile at the plan's confidence, e.g. "P90: 4.7" */
  if (effort)
    /* Translators: the percentile at the plan's confidence, e.g. "At 90% confidence (P90): 543.6 h" */
    g_string_append_printf (text, _("\nAt %u%% confidence (P%u): %s h"), hr_bands_get_confidence (bands),
                            hr_bands_get_confidence (bands), conf);
  else
    /* Translators: the percentile at the plan's confidence, e.g. "At 90% confidence (P90): 4.7" */
    g_string_append_printf (text, _("\nAt %u%% confidence (P%u): %s"), hr_bands_get_confidence (bands),
                            hr_bands_get_confidence (bands), conf);
  if (self->options.bands_stale)
    g_string_append_printf (text, "\n<i>%s</i>", _("Bands of the plan before the last edit; new ones are being sampled"));
}

char *
hr_chart_view_dup_month_text (HrChartView *self,
                              int          month)
{
  HrForecast *forecast = view_forecast (self);
  g_autoptr(GString) text = NULL;
  g_autofree char *label = NULL;
  int role = self->options.role;
  static const struct { HrRoleMetric metric; const char *label; const char *unit; double scale; } rest[] = {
    { HR_ROLE_REACTIVE, N_("Reactive"), N_("h"), 1 },
    { HR_ROLE_INDIRECT, N_("Indirect"), N_("h"), 1 },
    { HR_ROLE_UNPLANNED, N_("Unplanned"), N_("h"), 1 },
    { HR_ROLE_CAPACITY, N_("Capacity"), N_("h"), 1 },
    { HR_ROLE_LOAD, N_("Load"), "%", 100 },
    { HR_ROLE_REQUIRED_FTE, N_("Required FTE"), NULL, 1 },
    { HR_ROLE_EFFECTIVE_FTE, N_("Effective FTE"), NULL, 1 },
  };

  if (forecast == NULL || month < 0 || month >= (int) hr_forecast_get_n_months (forecast))
    return NULL;
  if (role >= (int) hr_forecast_get_n_roles (forecast))
    role = 0;
  label = hr_forecast_format_month (forecast, month, "%b %Y");
  text = g_string_new (NULL);
  {
    g_autofree char *role_name = g_markup_escape_text (role >= 0 ? hr_forecast_get_role_name (forecast, role)
                                                                 : _("All roles"), -1);
    g_string_append_printf (text, "<b>%s</b> · %s", label, role_name);
  }
  for (guint p = 0; p < HR_N_PLAYS; p++)
    {
      const double *series = role >= 0 ? hr_forecast_get_role_play_series (forecast, role, p)
                                       : hr_forecast_get_play_series (forecast, p);
      if (series && series[month] > 0)
        append_line (text, hr_play_get_label (p), series[month], _("h"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (rest); i++)
    append_line (text, _(rest[i].label), rest[i].scale * month_value (forecast, role, rest[i].metric, month),
                 rest[i].unit ? (g_str_equal (rest[i].unit, "%") ? "%" : _(rest[i].unit)) : NULL);
  append_band_lines (self, text, forecast, role, month);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  HrChartView *self = data;
  HrForecast *forecast = view_forecast (self);
  g_autofree char *text = NULL;
  int month;

  if (forecast == NULL || keyboard)
    return FALSE;
  month = hr_chart_hit_month (gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                              forecast, view_compare (self), &self->options, x, y);
  if (self->options.kind != HR_CHART_EFFORT && self->options.kind != HR_CHART_HEADCOUNT)
    return FALSE;
  text = hr_chart_view_dup_month_text (self, month);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, text);
  /* at the pointer, not anchored to the whole chart (mid-chart over the
   * bars); a new area each time, so it follows the pointer */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 6, y - 6, 12, 12 });
  return TRUE;
}

/* @text, and what the bands say when the chart shows them */
static char *
append_bands_description (HrChartView *self,
                          char        *text)
{
  HrBands *bands = sync_bands (self);
  g_autofree char *need = NULL;
  g_autofree char *shaded = NULL;
  char *full;

  if (bands == NULL || view_forecast (self) == NULL ||
      g_strcmp0 (hr_bands_get_scenario_id (bands), hr_forecast_get_scenario_id (view_forecast (self))) != 0)
    return text;
  need = hr_bands_describe_need (bands);
  /* Translators: the chart's bands, said to a screen reader; %u is the number of plans sampled */
  shaded = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Shaded: P10 to P90 of %u sampled plan, P50 dashed.",
                                         "Shaded: P10 to P90 of %u sampled plans, P50 dashed.",
                                         hr_bands_get_samples (bands)),
                            hr_bands_get_samples (bands));
  if (self->options.bands_stale)
    /* Translators: three sentences: the chart, its bands, and that they are being sampled again */
    full = g_strdup_printf (C_("sentences", "%s %s %s %s"), text, shaded, need,
                            _("New bands are being sampled."));
  else
    /* Translators: three sentences: the chart, its bands, the need at confidence */
    full = g_strdup_printf (C_("sentences", "%s %s %s"), text, shaded, need);
  g_free (text);
  return full;
}

/* What a screen reader says the chart shows: the peak and the months over */
static char *
describe (HrChartView *self)
{
  HrForecast *forecast = view_forecast (self);
  const HrSummary *summary;
  guint n_months;
  g_autofree char *peak = NULL;
  g_autofree char *over = NULL;

  if (forecast == NULL)
    return g_strdup (_("No plan to chart."));
  if (self->options.kind == HR_CHART_JOURNEY)
    return g_strdup (_("Designed hours per account in each month of tenure, by tier."));
  if (self->options.kind == HR_CHART_DRIVERS)
    {
      HrBands *bands = sync_bands (self);
      guint n = bands ? hr_bands_get_n_drivers (bands) : 0;

      if (n == 0)
        return g_strdup (_("No range has been sampled yet."));
      /* Translators: the drivers chart, said to a screen reader; %s is the range moving the need most */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u range, ranked by the spread it causes in the peak need: %s first.",
                                           "%u ranges, ranked by the spread each causes in the peak need: %s first.", n),
                              n, hr_bands_get_driver (bands, 0)->path);
    }
  if (self->options.kind == HR_CHART_SCENARIOS)
    {
      GPtrArray *compare = view_compare (self);
      guint n = compare && compare->len > 0 ? compare->len - 1 : 0;
      return append_bands_description (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                            "The baseline and %u scenario, month by month.",
                                                                            "The baseline and %u scenarios, month by month.", n), n));
    }
  summary = hr_forecast_get_summary (forecast);
  n_months = hr_forecast_get_n_months (forecast);
  if (isnan (summary->peak_load))
    peak = g_strdup (_("Some month has no capacity."));
  else if (summary->peak_month >= 0)
    {
      g_autofree char *load = hr_format_percent (summary->peak_load, 0);
      g_autofree char *month = hr_forecast_format_month (forecast, summary->peak_month, "%B %Y");
      const char *role = summary->peak_role >= 0 ? hr_forecast_get_role_name (forecast, summary->peak_role) : "";
      /* Translators: peak load, its month, the role: "Peak load 117% in December 2028, Customer Success Managers." */
      peak = g_strdup_printf (_("Peak load %s in %s, %s."), load, month, role);
    }
  if (summary->months_over > 0)
    /* Translators: "Over capacity in 6 of 24 months." */
    over = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Over capacity in %u of %u month.",
                                         "Over capacity in %u of %u months.", n_months),
                            summary->months_over, n_months);
  else
    over = g_strdup (_("Within capacity every month."));
  /* Translators: two sentences, the peak and the months over capacity */
  return append_bands_description (self, g_strdup_printf (C_("sentences", "%s %s"), peak ? peak : "", over));
}

static void
update_description (HrChartView *self)
{
  g_autofree char *text = describe (self);

  if (g_strcmp0 (text, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

/* A hidden view computes nothing: it catches up when it is mapped */
static void
results_changed_cb (HrChartView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->out_of_date = TRUE;
      return;
    }
  self->out_of_date = FALSE;
  update_description (self);
  gtk_widget_queue_draw (self->area);
}

static void
comparison_changed_cb (HrChartView *self)
{
  if (self->options.kind == HR_CHART_SCENARIOS)
    results_changed_cb (self);
}

static void
bands_changed_cb (HrChartView *self)
{
  if (self->show_bands && kind_has_bands (self->options.kind))
    results_changed_cb (self);
}

static void
hr_chart_view_map (GtkWidget *widget)
{
  HrChartView *self = HR_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (hr_chart_view_parent_class)->map (widget);
  if (self->out_of_date)
    results_changed_cb (self);
}

static void
appearance_changed_cb (HrChartView *self)
{
  gtk_widget_queue_draw (self->area);
}

static void
hr_chart_view_dispose (GObject *object)
{
  HrChartView *self = HR_CHART_VIEW (object);

  hr_chart_view_set_document (self, NULL);
  g_clear_object (&self->last_bands);
  g_clear_pointer (&self->area, gtk_widget_unparent);
  g_clear_pointer (&self->cache, hr_chart_cache_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->font_family, g_free);
  G_OBJECT_CLASS (hr_chart_view_parent_class)->dispose (object);
}

static void
hr_chart_view_root (GtkWidget *widget)
{
  HrChartView *self = HR_CHART_VIEW (widget);
  GtkSettings *settings;

  GTK_WIDGET_CLASS (hr_chart_view_parent_class)->root (widget);
  /* the desktop's dark preference changes the chart's theme */
  settings = gtk_widget_get_settings (widget);
  g_signal_handlers_disconnect_by_func (settings, appearance_changed_cb, self);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (appearance_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "notify::gtk-theme-name",
                           G_CALLBACK (appearance_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
hr_chart_view_class_init (HrChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_chart_view_dispose;
  widget_class->root = hr_chart_view_root;
  widget_class->map = hr_chart_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrchartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hr_chart_view_init (HrChartView *self)
{
  hr_chart_options_init (&self->options);
  self->options.role = 0;
  self->cache = hr_chart_cache_new ();

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 480);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), 320);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  gtk_widget_set_has_tooltip (self->area, TRUE);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  gtk_widget_set_parent (self->area, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Monthly effort chart"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart"), -1);
  if (hr_application_get_settings ())
    g_signal_connect_object (hr_application_get_settings (), "changed::chart-theme",
                             G_CALLBACK (appearance_changed_cb), self, G_CONNECT_SWAPPED);
  self->out_of_date = TRUE;
}

GtkWidget *
hr_chart_view_new (void)
{
  return g_object_new (HR_TYPE_CHART_VIEW, NULL);
}

void
hr_chart_view_set_document (HrChartView *self,
                            HrDocument  *document)
{
  g_return_if_fail (HR_IS_CHART_VIEW (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_clear_object (&self->last_bands);
  if (document)
    {
      g_signal_connect_object (document, "notify::forecast", G_CALLBACK (results_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::comparison", G_CALLBACK (comparison_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::bands", G_CALLBACK (bands_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (self->area)
    results_changed_cb (self);
}

HrDocument *
hr_chart_view_get_document (HrChartView *self)
{
  g_return_val_if_fail (HR_IS_CHART_VIEW (self), NULL);
  return self->document;
}

static void
options_changed (HrChartView *self)
{
  static const char *names[] = {
    N_("Monthly effort chart"), N_("Headcount chart"), N_("Journey chart"), N_("Scenarios chart"),
    N_("Books chart"), N_("Calibration chart"), N_("What moves the peak need most"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == HR_N_CHART_KINDS);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(names[self->options.kind]), -1);
  results_changed_cb (self);
}

void
hr_chart_view_set_kind (HrChartView *self,
                        HrChartKind  kind)
{
  self->options.kind = kind;
  options_changed (self);
}

void
hr_chart_view_set_role (HrChartView *self,
                        int          role)
{
  self->options.role = role;
  options_changed (self);
}

void
hr_chart_view_set_split (HrChartView  *self,
                         HrChartSplit  split)
{
  self->options.split = split;
  options_changed (self);
}

void
hr_chart_view_set_theme (HrChartView  *self,
                         HrChartTheme  theme)
{
  self->options.theme = theme;
  self->theme_fixed = TRUE;
  options_changed (self);
}

void
hr_chart_view_set_large_type (HrChartView *self,
                              gboolean     large_type)
{
  g_return_if_fail (HR_IS_CHART_VIEW (self));
  self->large_type = large_type;
  /* presenting: nobody hovers for numbers */
  gtk_widget_set_has_tooltip (self->area, !large_type);
  if (!large_type)
    self->options.text_size = 0;
  options_changed (self);
}

void
hr_chart_view_set_show_bands (HrChartView *self,
                              gboolean     show_bands)
{
  g_return_if_fail (HR_IS_CHART_VIEW (self));

  show_bands = !!show_bands;
  if (self->show_bands == show_bands)
    return;
  self->show_bands = show_bands;
  options_changed (self);
}

void
hr_chart_view_hold_bands (HrChartView *self,
                          gboolean     hold)
{
  g_return_if_fail (HR_IS_CHART_VIEW (self));

  hold = !!hold;
  if (self->hold_bands == hold)
    return;
  self->hold_bands = hold;
  options_changed (self);
}

gboolean
hr_chart_view_get_show_bands (HrChartView *self)
{
  g_return_val_if_fail (HR_IS_CHART_VIEW (self), FALSE);
  return self->show_bands;
}

const char *
hr_chart_view_get_description (HrChartView *self)
{
  g_return_val_if_fail (HR_IS_CHART_VIEW (self), NULL);
  /* asked while hidden: what it would say once shown */
  if (self->out_of_date)
    update_description (self);
  return self->description;
}

const HrChartOptions *
hr_chart_view_get_options (HrChartView *self)
{
  return &self->options;
}

guint
hr_chart_view_get_draw_count (HrChartView *self)
{
  return self->draw_count;
}

HrForecast *
hr_chart_view_get_forecast (HrChartView *self)
{
  g_return_val_if_fail (HR_IS_CHART_VIEW (self), NULL);

  return view_forecast (self);
}

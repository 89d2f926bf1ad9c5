/* hr-chart-bands.c: P10–P90 bands from ranges on the estimates (spec §6),
 * drawn over the effort, headcount and scenario charts: the range shaded
 * between P10 and P90, P50 as a dashed line, both faded while newer bands
 * are being sampled */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

struct _HrChartBandsSeries {
  guint        n;
  guint        samples;
  double      *low;
  double      *mid;
  double      *high;
  gboolean     stale;
  HrChartColor color;
};

HrChartBandsSeries *
hr_chart_bands_series_new (HrChartCtx         *ctx,
                           HrForecast         *forecast,
                           HrBandsMetric       metric,
                           int                 role,
                           const HrChartColor *color)
{
  HrBands *bands = ctx->options.bands;
  HrChartBandsSeries *self;
  guint n;

  if (bands == NULL || forecast == NULL)
    return NULL;
  n = hr_forecast_get_n_months (forecast);
  /* bands of another scenario's plan, or of a plan before an edit that
   * changed its horizon or team, are not this forecast's */
  if (hr_bands_get_n_months (bands) != n ||
      hr_bands_get_n_roles (bands) != hr_forecast_get_n_roles (forecast) ||
      g_strcmp0 (hr_bands_get_scenario_id (bands), hr_forecast_get_scenario_id (forecast)) != 0)
    return NULL;
  self = g_new0 (HrChartBandsSeries, 1);
  self->n = n;
  self->samples = hr_bands_get_samples (bands);
  self->low = g_memdup2 (hr_bands_get_band (bands, role, metric, HR_BAND_P10), n * sizeof (double));
  self->mid = g_memdup2 (hr_bands_get_band (bands, role, metric, HR_BAND_P50), n * sizeof (double));
  self->high = g_memdup2 (hr_bands_get_band (bands, role, metric, HR_BAND_P90), n * sizeof (double));
  self->stale = ctx->options.bands_stale;
  self->color = *color;
  return self;
}

void
hr_chart_bands_series_free (HrChartBandsSeries *self)
{
  if (self == NULL)
    return;
  g_free (self->low);
  g_free (self->mid);
  g_free (self->high);
  g_free (self);
}

double
hr_chart_bands_series_max (const HrChartBandsSeries *self)
{
  return self ? hr_chart_series_max (self->high, self->n) : 0;
}

static HrChartFill
range_fill (const HrChartBandsSeries *self)
{
  HrChartFill fill = { self->color, self->color, HR_CHART_PATTERN_SOLID };

  fill.color.a *= self->stale ? 0.10 : 0.24;
  return fill;
}

static HrChartStroke
median_stroke (const HrChartBandsSeries *self)
{
  HrChartStroke stroke = { self->color, 1.2, 2.5, 1.5, HR_CHART_MARKER_NONE, FALSE };

  stroke.color.a = 1;

  if (self->stale)
    stroke.color.a *= 0.45;
  return stroke;
}

void
hr_chart_bands_series_add_legend (const HrChartBandsSeries *self,
                                  HrChartFigure            *figure)
{
  HrChartFill fill;
  HrChartStroke median;
  g_autofree char *range = NULL;

  if (self == NULL)
    return;
  fill = range_fill (self);
  median = median_stroke (self);
  /* Translators: the shaded band of a chart; %u is the number of sampled plans */
  range = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "P10–P90 of %u sampled plan",
                                        "P10–P90 of %u sampled plans", self->samples),
                           self->samples);
  hr_chart_figure_add_fill (figure, range, &fill);
  hr_chart_figure_add_line (figure, _("P50 (median)"), HR_CHART_SWATCH_LINE, &median);
}

/* The shaded range over one run of months where both ends are numbers */
static void
fill_run (HrChartCtx               *ctx,
          const HrChartLayout      *layout,
          const HrChartRect        *plot,
          const HrChartBandsSeries *self,
          guint                     first,
          guint                     last)
{
  cairo_t *cr = ctx->cr;
  HrChartFill fill = range_fill (self);
  double bx, bw;

  hr_chart_band_get (plot->x, plot->width, self->n, 0, &bx, &bw);
  for (guint t = first; t <= last; t++)
    {
      double x = plot->x + bw * (t + 0.5);
      double y = hr_chart_value_y (layout, plot, self->high[t]);

      if (t == first)
        cairo_move_to (cr, first == last ? x - bw * 0.35 : x, y);
      cairo_line_to (cr, first == last ? x + bw * 0.35 : x, y);
    }
  for (guint t = last + 1; t-- > first;)
    {
      double x = plot->x + bw * (t + 0.5);
      double y = hr_chart_value_y (layout, plot, self->low[t]);

      if (first == last)
        cairo_line_to (cr, x + bw * 0.35, y);
      cairo_line_to (cr, first == last ? x - bw * 0.35 : x, y);
    }
  cairo_close_path (cr);
  hr_chart_set_color (cr, &fill.color);
  cairo_fill (cr);
}

void
hr_chart_bands_series_paint (HrChartCtx               *ctx,
                             const HrChartLayout      *layout,
                             const HrChartRect        *plot,
                             const HrChartBandsSeries *self)
{
  HrChartStroke median;

  if (self == NULL || self->n == 0)
    return;
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, plot->x, plot->y, plot->width, plot->height);
  cairo_clip (ctx->cr);
  for (guint t = 0; t < self->n; t++)
    {
      guint last = t;

      if (isnan (self->low[t]) || isnan (self->high[t]))
        continue;
      while (last + 1 < self->n && !isnan (self->low[last + 1]) && !isnan (self->high[last + 1]))
        last++;
      fill_run (ctx, layout, plot, self, t, last);
      t = last;
    }
  cairo_restore (ctx->cr);
  median = median_stroke (self);
  hr_chart_draw_series (ctx, layout, plot, self->mid, self->n, FALSE, &median);
}

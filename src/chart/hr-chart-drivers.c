/* hr-chart-drivers.c: what moves the peak need most, a tornado: one row
 * per range, ranked by the spread of the team's peak required FTE between
 * the range at its low end and at its high end, every other estimate at
 * its plan value; a line marks the peak on the plan's own values */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  double       name_width;
  double       row;
  double       label;
  HrChartRect  plot;
  HrChartTicks ticks;
} DriversLayout;

static void
fill_of (HrChartCtx  *ctx,
         gboolean     high,
         HrChartFill *fill)
{
  hr_chart_palette_series (ctx->palette, high ? 0 : 2, fill);
  /* low ends hatched, so that grey print tells the two apart */
  if (!high)
    {
      fill->ink = fill->color;
      fill->color.a = 0.35;
      fill->pattern = HR_CHART_PATTERN_HATCH;
    }
}

GArray *
hr_chart_drivers_legend (HrChartCtx *ctx)
{
  GArray *legend = g_array_new (FALSE, TRUE, sizeof (HrChartLegendItem));
  HrChartLegendItem item = { 0 };

  g_array_set_clear_func (legend, hr_chart_own_clear_legend_item);
  if (ctx->options.bands == NULL || hr_bands_get_n_drivers (ctx->options.bands) == 0)
    return legend;
  item = (HrChartLegendItem) { g_strdup (_("Range at its low end")), HR_CHART_SWATCH_FILL };
  fill_of (ctx, FALSE, &item.fill);
  g_array_append_val (legend, item);
  item = (HrChartLegendItem) { g_strdup (_("Range at its high end")), HR_CHART_SWATCH_FILL };
  fill_of (ctx, TRUE, &item.fill);
  g_array_append_val (legend, item);
  item = (HrChartLegendItem) { g_strdup (_("Peak need on the plan’s values")), HR_CHART_SWATCH_LINE };
  item.stroke = (HrChartStroke) { ctx->palette->text, 1.3, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  g_array_append_val (legend, item);
  return legend;
}

static double
fte_x (const DriversLayout *l,
       double               fte)
{
  return l->plot.x + l->plot.width * (fte - l->ticks.min) / (l->ticks.max - l->ticks.min);
}

static void
layout_rows (HrChartCtx    *ctx,
             DriversLayout *l,
             double         top,
             double         bottom,
             double         left,
             double         right)
{
  HrBands *bands = ctx->options.bands;
  guint n = hr_bands_get_n_drivers (bands);
  double lo = hr_bands_get_peak_need (bands), hi = lo, widest = 0;

  /* rows no taller than a comfortable bar, so that two ranges do not fill a page */
  l->row = MIN ((bottom - top - ctx->text * 1.8) / n, ctx->text * 4.5);
  l->label = MIN (ctx->text * HR_CHART_TICK_SIZE, l->row * 0.55);
  for (guint i = 0; i < n; i++)
    {
      const HrBandsDriver *d = hr_bands_get_driver (bands, i);
      
      lo = MIN (lo, MIN (d->peak_low, d->peak_high));
      hi = MAX (hi, MAX (d->peak_low, d->peak_high));
      widest = MAX (widest, hr_chart_text_width (ctx, d->label, l->label, FALSE));
    }
  /* the axis spans the bars, not from zero: the step of ticks over the
   * span, with room either side for the values at the bars' ends */
  hr_chart_ticks_compute (0, (hi - lo) * 1.2 + 1e-9, 6, &l->ticks);
  l->ticks.min = floor ((lo - (hi - lo) * 0.1) / l->ticks.step) * l->ticks.step;
  l->ticks.max = ceil ((hi + (hi - lo) * 0.1 + 1e-9) / l->ticks.step) * l->ticks.step;
  l->ticks.n = (guint) round ((l->ticks.max - l->ticks.min) / l->ticks.step) + 1;
  l->name_width = MIN (widest + ctx->text * 0.8, (right - left) * 0.34);
  l->plot = (HrChartRect) { left + l->name_width + ctx->text * 2.5, top,
                            right - left - l->name_width - ctx->text * 5.0, n * l->row };
}

static void
draw_axis (HrChartCtx          *ctx,
           const DriversLayout *l)
{
  guint decimals = hr_chart_ticks_decimals (&l->ticks);

  for (guint i = 0; i < l->ticks.n; i++)
    {
      double v = hr_chart_ticks_value (&l->ticks, i);
      double x = fte_x (l, v);
      g_autofree char *text = hr_format_number (v, decimals);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, text, ctx->text * HR_CHART_TICK_SIZE, FALSE, 0, 1);

      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, &ctx->palette->grid);
      cairo_set_line_width (ctx->cr, MAX (ctx->line * 0.45, 1.0));
      cairo_move_to (ctx->cr, x, l->plot.y);
      cairo_line_to (ctx->cr, x, l->plot.y + l->plot.height);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
      hr_chart_text_draw (ctx, label, &ctx->palette->muted, x, l->plot.y + l->plot.height + ctx->text * 0.35, 0.5, 0.0);
    }
  {
    g_autoptr(PangoLayout) unit = hr_chart_text_layout (ctx, _("Peak required FTE of the team"),
                                                        ctx->text * HR_CHART_TICK_SIZE, FALSE, 0, 1);
    hr_chart_text_draw (ctx, unit, &ctx->palette->muted, l->plot.x + l->plot.width / 2,
                        l->plot.y + l->plot.height + ctx->text * 1.6, 0.5, 0.0);
  }
}

/* One end's bar from the plan's peak, with its value beyond its end */
static void
draw_end (HrChartCtx          *ctx,
          const DriversLayout *l,
          double               base,
          double               peak,
          double               cy,
          double               height,
          gboolean             high)
{
  HrChartFill fill;
  double x0 = fte_x (l, base), x1 = fte_x (l, peak);
  g_autofree char *value = hr_format_number (peak, 1);
  g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, value, l->label, FALSE, 0, 1);
  gboolean right = peak >= base;

  fill_of (ctx, high, &fill);
  hr_chart_fill_rect (ctx->cr, &fill, MIN (x0, x1), cy - height / 2, fabs (x1 - x0), height, 0);
  hr_chart_text_draw (ctx, label, &ctx->palette->text, x1 + (right ? 1 : -1) * ctx->text * 0.3, cy,
                      right ? 0.0 : 1.0, 0.5);
}

static void
draw_rows (HrChartCtx          *ctx,
           const DriversLayout *l)
{
  HrBands *bands = ctx->options.bands;
  double base = hr_bands_get_peak_need (bands), x = fte_x (l, base);

  for (guint i = 0; i < hr_bands_get_n_drivers (bands); i++)
    {
      const HrBandsDriver *d = hr_bands_get_driver (bands, i);
      double cy = l->plot.y + (i + 0.5) * l->row, bar = MIN (l->row * 0.6, ctx->text * 2.4);
      /* a long name wraps where the row has room for two lines, and is
       * cut at its end, so that the tier or role it starts with stays */
      g_autoptr(PangoLayout) name = hr_chart_text_layout (ctx, d->label, l->label, FALSE, l->name_width,
                                                          l->row >= l->label * 3.2 ? 2 : 1);
      pango_layout_set_alignment (name, PANGO_ALIGN_RIGHT);

      hr_chart_text_draw (ctx, name, &ctx->palette->text, l->plot.x - ctx->text * 2.5, cy, 1.0, 0.5);
      /* the longer end first, so that the shorter stays in sight when both go one way */
      if (fabs (d->peak_low - base) >= fabs (d->peak_high - base))
        {
          draw_end (ctx, l, base, d->peak_low, cy, bar, FALSE);
          draw_end (ctx, l, base, d->peak_high, cy, bar, TRUE);
        }
      else
        {
          draw_end (ctx, l, base, d->peak_high, cy, bar, TRUE);
          draw_end (ctx, l, base, d->peak_low, cy, bar, FALSE);
        }
    }
  cairo_save (ctx->cr);
  hr_chart_set_color (ctx->cr, &ctx->palette->text);
  cairo_set_line_width (ctx->cr, MAX (ctx->line * 1.3, 1.5));
  cairo_move_to (ctx->cr, x, l->plot.y);
  cairo_line_to (ctx->cr, x, l->plot.y + l->plot.height);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

void
hr_chart_drivers_paint (HrChartCtx *ctx)
{
  HrBands *bands = ctx->options.bands;
  double pad = ctx->text * 1.2;
  double x = pad, width = ctx->width - 2 * pad, y = pad, foot_h = 0;
  DriversLayout layout = { 0 };

  hr_chart_set_color (ctx->cr, &ctx->palette->background);
  cairo_paint (ctx->cr);
  if (bands == NULL || hr_bands_get_n_drivers (bands) == 0)
    {
      HrChartRect all = { 0, 0, ctx->width, ctx->height };
      hr_chart_draw_message (ctx, &all, _("No ranges yet: give the estimates you are least sure of a range, "
                                          "e.g. kickoff prep between 1 and 3 hours"));
      return;
    }
  if (!ctx->options.untitled)
    {
      const char *plan = hr_forecast_get_plan_name (ctx->forecast);
      g_autofree char *need = hr_format_number (hr_bands_get_peak_need (bands), 1);
      /* Translators: the subtitle of the drivers chart; %s is the peak FTE */
      g_autofree char *subtitle = g_strdup_printf (_("The team’s peak need with each range at its low and its high "
                                                     "end, every other estimate at its plan value (%s FTE)"), need);
      g_autofree char *title = plan && *plan
        /* Translators: the chart's title; %s is the plan's name */
        ? g_strdup_printf (_("What moves the need most — %s"), plan)
        : g_strdup (_("What moves the need most"));
      g_autoptr(PangoLayout) foot = hr_chart_text_layout (ctx, _("Ranked by the spread each range causes on its own; "
                                                                 "ranges together move the need as the bands show."),
                                                          ctx->text * HR_CHART_FOOT_SIZE, FALSE, width, 2);

      y = hr_chart_own_heading (ctx, title, subtitle, x, y, width) + ctx->text * 0.6;
      hr_chart_text_extents (foot, NULL, &foot_h);
      hr_chart_text_draw (ctx, foot, &ctx->palette->muted, x, ctx->height - pad - foot_h, 0.0, 0.0);
      foot_h += ctx->text * 0.6;
    }
  {
    g_autoptr(GArray) legend = hr_chart_drivers_legend (ctx);
    y += hr_chart_own_legend (ctx, legend, x, y, width) + ctx->text * 0.8;
  }
  layout_rows (ctx, &layout, y, ctx->height - pad - foot_h - ctx->text * 1.4, x, x + width);
  if (layout.row <= 0 || layout.plot.width <= 0)
    return;
  draw_axis (ctx, &layout);
  draw_rows (ctx, &layout);
}

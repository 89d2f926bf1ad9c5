/* hr-chart-calibration.c: the model against execution
 *
 * Two panels: designed hours a month as the team logged them beside what
 * the model designs, and per moment the spread of the hours an occurrence
 * really took (the middle half as a box, lowest to highest as whiskers,
 * the median as a bar) against the hours designed (a diamond). Moments
 * with fewer occurrences than calibration uses are drawn pale.
 */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-calibration.h"
#include "hr-chart-private.h"

typedef struct {
  HrChartRect  plot;
  HrChartTicks ticks;
} Panel;

static void
logged_fill (HrChartCtx  *ctx,
             HrChartFill *fill)
{
  hr_chart_palette_series (ctx->palette, 0, fill);
}

/* the model: the same colour, pale and lined, so that grey print tells them
 * apart (level lines: a diagonal hatch costs six times the whole chart) */
static void
model_fill (HrChartCtx  *ctx,
            HrChartFill *fill)
{
  hr_chart_palette_series (ctx->palette, 0, fill);
  fill->ink = fill->color;
  fill->color.a = 0.2;
  fill->ink.a = 0.55;
  fill->pattern = HR_CHART_PATTERN_HORIZONTAL;
}

/* the hours logged per occurrence: the colour of what is logged */
static void
box_fill (HrChartCtx  *ctx,
          gboolean     small,
          HrChartFill *fill)
{
  hr_chart_palette_series (ctx->palette, 0, fill);
  fill->pattern = HR_CHART_PATTERN_SOLID;
  fill->color.a = small ? 0.25 : 0.75;
}

GArray *
hr_chart_calibration_legend (HrChartCtx *ctx)
{
  GArray *legend = g_array_new (FALSE, TRUE, sizeof (HrChartLegendItem));
  HrChartLegendItem item = { 0 };

  g_array_set_clear_func (legend, hr_chart_own_clear_legend_item);
  if (ctx->options.calibration == NULL)
    return legend;
  item = (HrChartLegendItem) { g_strdup (_("Logged")), HR_CHART_SWATCH_FILL };
  logged_fill (ctx, &item.fill);
  g_array_append_val (legend, item);
  item = (HrChartLegendItem) { g_strdup (_("Modelled")), HR_CHART_SWATCH_FILL };
  model_fill (ctx, &item.fill);
  g_array_append_val (legend, item);
  item = (HrChartLegendItem) { g_strdup (_("Designed per occurrence")), HR_CHART_SWATCH_MARKER };
  item.stroke = (HrChartStroke) { ctx->palette->text, 1, 0, 0, HR_CHART_MARKER_DIAMOND, FALSE };
  g_array_append_val (legend, item);
  return legend;
}

static double
panel_title (HrChartCtx *ctx,
             const char *title,
             double      x,
             double      y,
             double      width)
{
  g_autoptr(PangoLayout) layout = hr_chart_text_layout (ctx, title, ctx->text * HR_CHART_LEGEND_SIZE, TRUE, width, 1);
  double h;

  hr_chart_text_draw (ctx, layout, &ctx->palette->text, x, y, 0.0, 0.0);
  hr_chart_text_extents (layout, NULL, &h);
  return h + ctx->text * 0.5;
}

static void
grid_line (HrChartCtx *ctx,
           double      x0,
           double      y0,
           double      x1,
           double      y1,
           gboolean    axis)
{
  cairo_save (ctx->cr);
  hr_chart_set_color (ctx->cr, axis ? &ctx->palette->axis : &ctx->palette->grid);
  cairo_set_line_width (ctx->cr, axis ? MAX (ctx->line * 0.6, 1.0) : MAX (ctx->line * 0.45, 1.0));
  cairo_move_to (ctx->cr, x0, y0);
  cairo_line_to (ctx->cr, x1, y1);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

static char *
tick_text (const HrChartTicks *ticks,
           guint               i)
{
  return hr_format_number (hr_chart_ticks_value (ticks, i), hr_chart_ticks_decimals (ticks));
}

/* --- designed hours a month --- */

static void
draw_months (HrChartCtx  *ctx,
             HrChartRect  area)
{
  HrCalibration *c = ctx->options.calibration;
  guint n = hr_calibration_get_n_months (c);
  double top = 0, tick_size = ctx->text * HR_CHART_TICK_SIZE, widest = 0, label_w, title_h;
  double band_x, band_w;
  guint stride;
  Panel p;

  title_h = panel_title (ctx, _("Designed hours a month"), area.x, area.y, area.width);
  area.y += title_h;
  area.height -= title_h;
  for (guint t = 0; t < n; t++)
    {
      const HrCalibrationMonth *m = hr_calibration_get_month (c, t);
      top = MAX (top, MAX (m->logged_designed, m->model_designed));
    }
  hr_chart_ticks_compute (0, top > 0 ? top : 1, 6, &p.ticks);
  for (guint i = 0; i < p.ticks.n; i++)
    {
      g_autofree char *text = tick_text (&p.ticks, i);
      widest = MAX (widest, hr_chart_text_width (ctx, text, tick_size, FALSE));
    }
  p.plot = (HrChartRect) { area.x + widest + ctx->text * 0.5, area.y + tick_size * 0.6,
                           area.width - widest - ctx->text * 0.5, area.height - tick_size * 3.4 - tick_size * 0.6 };
  if (p.plot.width <= 0 || p.plot.height <= 0)
    return;

  for (guint i = 0; i < p.ticks.n; i++)
    {
      double v = hr_chart_ticks_value (&p.ticks, i);
      double y = hr_chart_scale_y (p.plot.y, p.plot.height, p.ticks.min, p.ticks.max, v);
      g_autofree char *text = tick_text (&p.ticks, i);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, text, tick_size, FALSE, 0, 1);

      grid_line (ctx, p.plot.x, y, p.plot.x + p.plot.width, y, v == 0);
      hr_chart_text_draw (ctx, label, &ctx->palette->muted, p.plot.x - ctx->text * 0.4, y, 1.0, 0.5);
    }

  label_w = hr_chart_text_width (ctx, "Mmm", tick_size, FALSE);
  hr_chart_band_get (p.plot.x, p.plot.width, n, 0, &band_x, &band_w);
  stride = MAX (hr_chart_label_stride (band_w, label_w, ctx->text * 0.4), 1);
  for (guint t = 0; t < n; t++)
    {
      const HrCalibrationMonth *m = hr_calibration_get_month (c, t);
      double bar_x, bar_w, y0 = hr_chart_scale_y (p.plot.y, p.plot.height, p.ticks.min, p.ticks.max, 0);
      double logged_y = hr_chart_scale_y (p.plot.y, p.plot.height, p.ticks.min, p.ticks.max, m->logged_designed);
      double model_y = hr_chart_scale_y (p.plot.y, p.plot.height, p.ticks.min, p.ticks.max, m->model_designed);
      HrChartFill logged, model;

      hr_chart_bar_get (p.plot.x, p.plot.width, n, t, 0.72, 2.0, ctx->text * 5, &bar_x, &bar_w);
      logged_fill (ctx, &logged);
      model_fill (ctx, &model);
      hr_chart_fill_rect (ctx->cr, &logged, bar_x, logged_y, bar_w / 2, y0 - logged_y, ctx->text * 0.35);
      hr_chart_fill_rect (ctx->cr, &model, bar_x + bar_w / 2, model_y, bar_w / 2, y0 - model_y, ctx->text * 0.35);
      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, &model.ink);
      cairo_set_line_width (ctx->cr, MAX (ctx->line * 0.5, 1.0));
      cairo_rectangle (ctx->cr, bar_x + bar_w / 2, model_y, bar_w / 2, y0 - model_y);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);

      if (hr_chart_label_shown (t, m->month, stride, TRUE) || t == 0)
        {
          g_autofree char *name = hr_format_month (m->month, "%b");
          g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, name, tick_size, FALSE, 0, 1);

          hr_chart_band_get (p.plot.x, p.plot.width, n, t, &band_x, &band_w);
          hr_chart_text_draw (ctx, label, &ctx->palette->muted, band_x + band_w / 2, y0 + tick_size * 0.4, 0.5, 0.0);
          if (t == 0 || m->month % 12 == 0)
            {
              g_autofree char *year = hr_format_month (m->month, "%Y");
              g_autoptr(PangoLayout) year_label = hr_chart_text_layout (ctx, year, tick_size, FALSE, 0, 1);

              hr_chart_text_draw (ctx, year_label, &ctx->palette->muted, band_x + band_w / 2,
                                  y0 + tick_size * 1.6, 0.5, 0.0);
            }
        }
    }
}

/* --- hours per occurrence --- */

static gboolean
moment_shown (const HrMomentCalibration *m)
{
  return m->all.occurrences > 0 || m->all.due > 0;
}

static char *
row_value (HrCalibration         *c,
           const HrMomentFigures *f)
{
  g_autofree char *change = NULL;

  if (f->occurrences == 0)
    return g_strdup (_("not logged"));
  if (isnan (f->ratio))
    return g_strdup_printf ("(%u)", f->occurrences);
  change = hr_format_signed ((f->ratio - 1) * 100, 0);
  /* the occurrences the change is made of, as the verdicts count them */
  if (hr_calibration_is_small (c, f))
    /* Translators: the change of hours against the design in percent, and occurrences; too few to use */
    return g_strdup_printf (_("%s%% (%u, too few)"), change, f->scheduled);
  /* Translators: the change of hours against the design in percent, and how many occurrences */
  return g_strdup_printf (_("%s%% (%u)"), change, f->scheduled);
}

static void
draw_moments (HrChartCtx  *ctx,
              HrChartRect  area)
{
  HrCalibration *c = ctx->options.calibration;
  guint n = 0, K = hr_calibration_get_n_moments (c), row = 0;
  double top = 0, widest = 0, value_w = 0, label, row_h;
  double tick_size = ctx->text * HR_CHART_TICK_SIZE;
  Panel p;

  double title_h = panel_title (ctx, _("Hours an occurrence takes"), area.x, area.y, area.width);

  area.y += title_h;
  area.height -= title_h;
  for (guint k = 0; k < K; k++)
    {
      const HrMomentCalibration *m = hr_calibration_get_moment (c, k);

      if (!moment_shown (m))
        continue;
      n++;
      if (m->all.occurrences > 0)
        top = MAX (top, m->all.high);
      if (!isnan (hr_moment_figures_get_designed (&m->all)))
        top = MAX (top, hr_moment_figures_get_designed (&m->all));
    }
  if (n == 0)
    {
      hr_chart_draw_message (ctx, &(HrChartRect) { area.x, area.y, area.width, area.height },
                             _("No moment was due or logged in this period"));
      return;
    }
  /* rows no taller than a slide needs, from the top */
  row_h = MIN ((area.height - tick_size * 2) / n, ctx->text * 4.5);
  label = MIN (ctx->text * HR_CHART_TICK_SIZE, row_h * 0.55);
  for (guint k = 0; k < K; k++)
    {
      const HrMomentCalibration *m = hr_calibration_get_moment (c, k);
      g_autofree char *value = NULL;

      if (!moment_shown (m))
        continue;
      value = row_value (c, &m->all);
      widest = MAX (widest, hr_chart_text_width (ctx, m->name, label, FALSE));
      /* bold where the change is large: measured bold */
      value_w = MAX (value_w, hr_chart_text_width (ctx, value, label, TRUE));
    }
  hr_chart_ticks_compute (0, top > 0 ? top * 1.02 : 1, 6, &p.ticks);
  /* room between the names and the axis for a diamond at 0 */
  widest = MIN (widest + ctx->text * 1.2, area.width * 0.3);
  p.plot = (HrChartRect) { area.x + widest, area.y, area.width - widest - value_w - ctx->text * 0.8, row_h * n };
  if (p.plot.width <= 0 || row_h <= 0)
    return;

  for (guint i = 0; i < p.ticks.n; i++)
    {
      double v = hr_chart_ticks_value (&p.ticks, i);
      double x = p.plot.x + p.plot.width * (v - p.ticks.min) / (p.ticks.max - p.ticks.min);
      g_autofree char *text = tick_text (&p.ticks, i);
      g_autoptr(PangoLayout) tick = hr_chart_text_layout (ctx, text, tick_size, FALSE, 0, 1);

      grid_line (ctx, x, p.plot.y, x, p.plot.y + p.plot.height, v == 0);
      hr_chart_text_draw (ctx, tick, &ctx->palette->muted, x, p.plot.y + p.plot.height + tick_size * 0.35, 0.5, 0.0);
    }

  for (guint k = 0; k < K; k++)
    {
      const HrMomentCalibration *m = hr_calibration_get_moment (c, k);
      const HrMomentFigures *f = &m->all;
      gboolean small = hr_calibration_is_small (c, f);
      double cy = p.plot.y + (row + 0.5) * row_h, box = MIN (row_h * 0.5, ctx->text * 1.6);
      double scale = p.plot.width / (p.ticks.max - p.ticks.min);
      double designed = hr_moment_figures_get_designed (f);
      g_autoptr(PangoLayout) name = NULL;
      g_autoptr(PangoLayout) value_layout = NULL;
      g_autofree char *value = NULL;
      HrChartFill fill;

      if (!moment_shown (m))
        continue;
      row++;
      name = hr_chart_text_layout (ctx, m->name, label, FALSE, widest - ctx->text * 1.2, 1);
      hr_chart_text_draw (ctx, name, small ? &ctx->palette->muted : &ctx->palette->text,
                          p.plot.x - ctx->text * 1.0, cy, 1.0, 0.5);
      if (f->occurrences > 0)
        {
          double x_low = p.plot.x + scale * f->low, x_high = p.plot.x + scale * f->high;
          double x_q1 = p.plot.x + scale * f->lower_quartile, x_q3 = p.plot.x + scale * f->upper_quartile;
          double x_median = p.plot.x + scale * f->actual_median;

          box_fill (ctx, small, &fill);
          cairo_save (ctx->cr);
          hr_chart_set_color (ctx->cr, &fill.color);
          cairo_set_line_width (ctx->cr, MAX (ctx->line * 0.8, 1.0));
          cairo_move_to (ctx->cr, x_low, cy);
          cairo_line_to (ctx->cr, x_high, cy);
          cairo_move_to (ctx->cr, x_low, cy - box * 0.3);
          cairo_line_to (ctx->cr, x_low, cy + box * 0.3);
          cairo_move_to (ctx->cr, x_high, cy - box * 0.3);
          cairo_line_to (ctx->cr, x_high, cy + box * 0.3);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);
          hr_chart_fill_rect (ctx->cr, &fill, x_q1, cy - box / 2, MAX (x_q3 - x_q1, ctx->line), box, ctx->text * 0.35);
          cairo_save (ctx->cr);
          hr_chart_set_color (ctx->cr, small ? &ctx->palette->muted : &ctx->palette->text);
          cairo_set_line_width (ctx->cr, MAX (ctx->line * 1.2, 1.5));
          cairo_move_to (ctx->cr, x_median, cy - box / 2);
          cairo_line_to (ctx->cr, x_median, cy + box / 2);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);
        }
      if (!isnan (designed))
        hr_chart_draw_marker (ctx, HR_CHART_MARKER_DIAMOND, small, &ctx->palette->text,
                              p.plot.x + scale * designed, cy, MIN (box * 0.9, ctx->text * 1.1));
      value = row_value (c, f);
      value_layout = hr_chart_text_layout (ctx, value, label, !small && !isnan (f->ratio) && fabs (f->ratio - 1) >= 0.1, 0, 1);
      hr_chart_text_draw (ctx, value_layout, small ? &ctx->palette->muted : &ctx->palette->text,
                          p.plot.x + p.plot.width + ctx->text * 0.6, cy, 0.0, 0.5);
    }
}

/* The height the moments' panel needs: its title, a row per moment, the ticks */
static double
moments_height (HrChartCtx *ctx)
{
  HrCalibration *c = ctx->options.calibration;
  guint n = 0;

  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    n += moment_shown (hr_calibration_get_moment (c, k));
  return ctx->text * (HR_CHART_LEGEND_SIZE * 1.4 + 0.5 + 3.2 * MAX (n, 2) + HR_CHART_TICK_SIZE * 2);
}

/* --- the whole chart --- */

static char *
dup_subtitle (HrCalibration *c)
{
  HrTimeLog *log = hr_calibration_get_log (c);
  g_autofree char *from = hr_format_month (hr_calibration_get_from (c), "%B %Y");
  g_autofree char *to = hr_format_month (hr_calibration_get_to (c), "%B %Y");
  g_autofree char *hours = hr_calibration_format_hours (hr_time_log_get_total_hours (log));
  guint n = hr_time_log_get_n_entries (log);

  /* Translators: the period of the time log, then its entries and hours */
  g_autofree char *count = hr_format_number (n, 0);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Time logged %s – %s: %s entry, %s h",
                                       "Time logged %s – %s: %s entries, %s h", n),
                          from, to, count, hours);
}

void
hr_chart_calibration_paint (HrChartCtx *ctx)
{
  HrCalibration *c = ctx->options.calibration;
  double pad = ctx->text * 1.2, gap = ctx->text * 2;
  double x = pad, width = ctx->width - 2 * pad, y = pad, foot_h = 0, bottom;
  g_autoptr(GArray) legend = NULL;
  HrChartRect months, moments;

  hr_chart_set_color (ctx->cr, &ctx->palette->background);
  cairo_paint (ctx->cr);
  if (c == NULL)
    {
      HrChartRect all = { 0, 0, ctx->width, ctx->height };
      hr_chart_draw_message (ctx, &all, _("No time log yet: import the time your team logged to compare it with the model"));
      return;
    }
  if (!ctx->options.untitled)
    {
      const char *plan = hr_forecast_get_plan_name (ctx->forecast);
      /* Translators: the chart's title; %s is the plan's name */
      g_autofree char *title = plan && *plan ? g_strdup_printf (_("Model against execution — %s"), plan)
                                             : g_strdup (_("Model against execution"));
      g_autofree char *subtitle = dup_subtitle (c);

      y = hr_chart_own_heading (ctx, title, subtitle, x, y, width) + ctx->text * 0.6;
    }
  legend = hr_chart_calibration_legend (ctx);
  y += hr_chart_own_legend (ctx, legend, x, y, width) + ctx->text * 0.6;
  if (!ctx->options.untitled)
    {
      g_autofree char *footnote = g_strdup_printf (
        _("Logged: moment entries on accounts of the plan. Boxes hold the middle half of the hours logged per "
          "occurrence, whiskers run from the lowest to the highest. Moments with fewer than %u occurrences are pale: "
          "shown, not used."), hr_calibration_get_min_occurrences (c));
      g_autoptr(PangoLayout) foot = hr_chart_text_layout (ctx, footnote, ctx->text * HR_CHART_FOOT_SIZE, FALSE, width, 2);

      hr_chart_text_extents (foot, NULL, &foot_h);
      hr_chart_text_draw (ctx, foot, &ctx->palette->muted, x, ctx->height - pad - foot_h, 0.0, 0.0);
      foot_h += ctx->text * 0.6;
    }
  bottom = ctx->height - pad - foot_h;
  if (bottom - y < ctx->text * 6)
    return;
  /* side by side on a slide, one above the other when tall */
  if (width >= (bottom - y) * 1.6)
    {
      double left = (width - gap) * 0.46;

      months = (HrChartRect) { x, y, left, bottom - y };
      moments = (HrChartRect) { x + left + gap, y, width - left - gap, bottom - y };
    }
  else
    {
      /* the moments take what their rows need, up to 60% */
      double lower = MIN (moments_height (ctx), (bottom - y - gap) * 0.6);
      double upper = bottom - y - gap - lower;

      months = (HrChartRect) { x, y, width, upper };
      moments = (HrChartRect) { x, y + upper + gap, width, bottom - y - upper - gap };
    }
  draw_months (ctx, months);
  draw_moments (ctx, moments);
}

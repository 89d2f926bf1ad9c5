/* hr-chart-scale.c: ranges, ticks, label thinning, bar geometry */
#include <math.h>

#include "hr-chart-scale.h"

/* Round steps per decade; 2.5 keeps quarter steps available for money
 * and hours, which read well in meeting rooms. */
static const double nice_steps[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };

static const guint label_strides[] = { 1, 2, 3, 4, 6, 12, 24, 36, 60, 120 };

void
hr_chart_ticks_compute (double        lo,
                        double        hi,
                        guint         max_ticks,
                        HrChartTicks *ticks)
{
  double span, raw, decade, step = 1.0;

  g_return_if_fail (ticks != NULL);

  if (max_ticks < 2)
    max_ticks = 2;
  if (!isfinite (lo))
    lo = 0.0;
  if (!isfinite (hi))
    hi = lo;
  if (lo > hi)
    {
      double tmp = lo;
      lo = hi;
      hi = tmp;
    }

  /* Every chart of Headroom measures from zero */
  if (lo > 0.0)
    lo = 0.0;
  if (hi < 0.0)
    hi = 0.0;
  span = hi - lo;
  if (span <= 0.0)
    span = hi = 1.0;

  raw = span / (max_ticks - 1);
  decade = pow (10.0, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (nice_steps); i++)
    {
      step = nice_steps[i] * decade;
      /* 1e-9 relative: a data maximum of exactly 5 ticks stays at 5 */
      if (step >= raw * (1.0 - 1e-9))
        break;
    }

  for (;;)
    {
      double tmin = floor (lo / step + 1e-9) * step;
      double tmax = ceil (hi / step - 1e-9) * step;
      guint n = (guint) llround ((tmax - tmin) / step) + 1;

      if (n <= max_ticks || step >= span * 1e6)
        {
          ticks->min = tmin;
          ticks->max = tmax;
          ticks->step = step;
          ticks->n = n;
          return;
        }
      step *= 2.0;
    }
}

guint
hr_chart_ticks_decimals (const HrChartTicks *ticks)
{
  guint decimals = 0;
  double step = ticks->step;

  while (decimals < 6 && fabs (step - round (step)) > 1e-9 * MAX (1.0, step))
    {
      step *= 10.0;
      decimals++;
    }
  return decimals;
}

double
hr_chart_ticks_value (const HrChartTicks *ticks,
                      guint               i)
{
  double v = round (ticks->min / ticks->step + i) * ticks->step;
  double p = pow (10.0, hr_chart_ticks_decimals (ticks));

  /* avoid -0 and 0.30000000000000004 */
  v = round (v * p) / p;
  return v == 0.0 ? 0.0 : v;
}

guint
hr_chart_label_stride (double band_width,
                       double label_width,
                       double gap)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_strides); i++)
    if (label_strides[i] * band_width >= label_width + gap)
      return label_strides[i];
  return 0;
}

gboolean
hr_chart_label_shown (guint    index,
                      int      first_month,
                      guint    stride,
                      gboolean calendar)
{
  int month;

  if (stride == 0)
    return FALSE;
  if (stride == 1)
    return TRUE;
  if (!calendar || (12 % stride != 0 && stride % 12 != 0))
    return index % stride == 0;

  month = first_month + (int) index;
  if (stride <= 12)
    return ((month % 12) + 12) % 12 % stride == 0;
  /* several years: every stride/12-th January */
  return ((month % stride) + stride) % stride == 0;
}

void
hr_chart_band_get (double  x,
                   double  width,
                   guint   n,
                   guint   i,
                   double *band_x,
                   double *band_width)
{
  double w = n > 0 ? width / n : width;

  *band_x = x + w * i;
  *band_width = w;
}

void
hr_chart_bar_get (double  x,
                  double  width,
                  guint   n,
                  guint   i,
                  double  fill,
                  double  min_gap,
                  double  max_bar,
                  double *bar_x,
                  double *bar_width)
{
  double bx, bw, w;

  hr_chart_band_get (x, width, n, i, &bx, &bw);
  w = bw * CLAMP (fill, 0.0, 1.0);
  if (bw - w < min_gap)
    w = bw - min_gap;
  /* a very narrow band is all bar: a gap would hide the data */
  if (w < bw * 0.5)
    w = bw * 0.5;
  if (max_bar > 0.0 && w > max_bar)
    w = max_bar;

  *bar_x = bx + (bw - w) / 2.0;
  *bar_width = w;
}

int
hr_chart_band_hit (double x,
                   double width,
                   guint  n,
                   double px)
{
  int i;

  if (n == 0 || width <= 0.0 || !(px >= x) || !(px < x + width))
    return -1;
  i = (int) floor ((px - x) / (width / n));
  return CLAMP (i, 0, (int) n - 1);
}

double
hr_chart_scale_y (double y,
                  double height,
                  double min,
                  double max,
                  double value)
{
  double f;

  if (isnan (value))
    return NAN;
  if (!(max > min))
    return y + height;
  f = (value - min) / (max - min);
  f = CLAMP (f, 0.0, 1.0);
  return y + height * (1.0 - f);
}

void
hr_chart_grid_shape (guint   n,
                     double  width,
                     double  height,
                     double  aspect,
                     guint  *cols,
                     guint  *rows)
{
  double best = G_MAXDOUBLE;

  *cols = 1;
  *rows = MAX (n, 1);
  for (guint c = 1; c <= MAX (n, 1); c++)
    {
      guint r = (MAX (n, 1) + c - 1) / c;
      double a = (width / c) / (height / r);
      double score = fabs (log (a / aspect));

      /* prefer no empty row: r rows of c when fewer would do */
      if ((r - 1) * c >= n && n > 0)
        continue;
      if (score < best - 1e-9)
        {
          best = score;
          *cols = c;
          *rows = r;
        }
    }
}

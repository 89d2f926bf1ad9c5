/* hr-chart-scale.h: the plain maths of chart layout: ranges, ticks, label
 * thinning, bar geometry and hit-testing. No cairo, no pango. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Ticks on round values (1, 2, 2.5 or 5 times a power of ten) that cover
 * a data range. */
typedef struct {
  double min;     /* first tick, <= the data's minimum */
  double max;     /* last tick, >= the data's maximum */
  double step;
  guint  n;       /* number of ticks, min and max included */
} HrChartTicks;

void     hr_chart_ticks_compute    (double        lo,
                                    double        hi,
                                    guint         max_ticks,
                                    HrChartTicks *ticks);
double   hr_chart_ticks_value      (const HrChartTicks *ticks,
                                    guint               i);
/* Decimals needed to tell the ticks apart (0 for whole steps) */
guint    hr_chart_ticks_decimals   (const HrChartTicks *ticks);

/* The smallest of 1, 2, 3, 4, 6, 12, 24, 36, 60, 120 that keeps labels
 * @label_width wide, one per @stride bands of @band_width, @gap apart.
 * Returns 0 when not even one label per 120 bands fits. */
guint    hr_chart_label_stride     (double band_width,
                                    double label_width,
                                    double gap);
/* Whether month @index (absolute month @first_month + index, January = 0
 * mod 12) carries a label at @stride: strides that divide a year land on
 * calendar quarters and years; the first label is always shown when it
 * does not crowd the next one. */
gboolean hr_chart_label_shown      (guint  index,
                                    int    first_month,
                                    guint  stride,
                                    gboolean calendar);

/* Bar geometry: band @i of @n across [@x, @x + @width]. The bar fills
 * @fill of its band, keeps a gap of at least @min_gap and at most @max_bar
 * wide (0: no maximum). */
void     hr_chart_band_get         (double  x,
                                    double  width,
                                    guint   n,
                                    guint   i,
                                    double *band_x,
                                    double *band_width);
void     hr_chart_bar_get          (double  x,
                                    double  width,
                                    guint   n,
                                    guint   i,
                                    double  fill,
                                    double  min_gap,
                                    double  max_bar,
                                    double *bar_x,
                                    double *bar_width);
/* The band under @px, or -1 outside [@x, @x + @width) */
int      hr_chart_band_hit         (double  x,
                                    double  width,
                                    guint   n,
                                    double  px);

/* Maps @value in [@min, @max] to the plot's y (top is @y, bottom @y + @h).
 * Values outside are clamped; NAN maps to NAN. */
double   hr_chart_scale_y          (double  y,
                                    double  height,
                                    double  min,
                                    double  max,
                                    double  value);

/* Columns and rows of a grid of @n panels in @width × @height, making
 * each panel's aspect ratio as close to @aspect as it can. */
void     hr_chart_grid_shape       (guint   n,
                                    double  width,
                                    double  height,
                                    double  aspect,
                                    guint  *cols,
                                    guint  *rows);

G_END_DECLS

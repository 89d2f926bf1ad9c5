/* test-chart-scale.c: the plain maths of chart layout, and the palettes */
#include <math.h>

#include "hr-chart.h"
#include "hr-chart-scale.h"
#include "hr-chart-theme.h"

/* Expected ticks worked by hand: step = the smallest of 1, 2, 2.5, 5, 10
 * times the power of ten of (hi - lo) / (max_ticks - 1) that reaches it;
 * the range runs from 0 to the next multiple of the step. */
static void
test_ticks (void)
{
  static const struct {
    double lo, hi;
    guint max_ticks;
    double min, max, step;
    guint n, decimals;
  } cases[] = {
    { 0, 100, 6, 0, 100, 20, 6, 0 },           /* raw 20: exactly 2 × 10 */
    { 0, 101, 6, 0, 125, 25, 6, 0 },           /* raw 20.2: 2.5 × 10 */
    { 0, 16400, 11, 0, 18000, 2000, 10, 0 },   /* raw 1640: 2 × 1000 */
    { 0, 7.3, 5, 0, 8, 2, 5, 0 },              /* raw 1.825 */
    { 0, 3, 11, 0, 3, 0.5, 7, 1 },             /* raw 0.3: 5 × 0.1 */
    { 0, 0, 5, 0, 1, 0.25, 5, 2 },             /* empty: 0..1 */
    { 0, NAN, 5, 0, 1, 0.25, 5, 2 },           /* NAN counts as nothing */
    { 0, 0.85, 2, 0, 1, 1, 2, 0 },             /* raw 0.85: 10 × 0.1 */
    { 5, 45, 5, 0, 60, 20, 4, 0 },             /* charts start at 0; raw 11.25 → 2 × 10 */
    { 0, 1e12, 6, 0, 1e12, 2e11, 6, 0 },       /* very large values */
    { -3, 7, 6, -4, 8, 4, 4, 0 },              /* raw 2 gives 7 ticks, too many: doubled */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HrChartTicks ticks;

      hr_chart_ticks_compute (cases[i].lo, cases[i].hi, cases[i].max_ticks, &ticks);
      g_test_message ("case %u: %g..%g step %g n %u", i, ticks.min, ticks.max, ticks.step, ticks.n);
      g_assert_cmpfloat_with_epsilon (ticks.min, cases[i].min, 1e-9 * MAX (1, fabs (cases[i].max)));
      g_assert_cmpfloat_with_epsilon (ticks.max, cases[i].max, 1e-9 * MAX (1, fabs (cases[i].max)));
      g_assert_cmpfloat_with_epsilon (ticks.step, cases[i].step, 1e-9 * MAX (1, cases[i].step));
      g_assert_cmpuint (ticks.n, ==, cases[i].n);
      g_assert_cmpuint (hr_chart_ticks_decimals (&ticks), ==, cases[i].decimals);
      g_assert_cmpuint (ticks.n, <=, MAX (cases[i].max_ticks, 2));
    }
}

static void
test_ticks_values (void)
{
  HrChartTicks ticks;

  /* 0.1 steps add up without 0.30000000000000004 */
  hr_chart_ticks_compute (0, 1, 11, &ticks);
  g_assert_cmpfloat (ticks.step, ==, 0.1);
  g_assert_cmpfloat (hr_chart_ticks_value (&ticks, 3), ==, 0.3);
  g_assert_cmpfloat (hr_chart_ticks_value (&ticks, 10), ==, 1.0);
  g_assert_false (signbit (hr_chart_ticks_value (&ticks, 0)));
}

static void
test_label_stride (void)
{
  static const struct {
    double band, label, gap;
    guint stride;
  } cases[] = {
    { 100, 40, 8, 1 },     /* every label fits */
    { 10, 25, 5, 3 },      /* 30 needed: 3 bands */
    { 10, 26, 5, 4 },      /* 31 needed: 4 bands */
    { 8, 35, 6, 6 },       /* 41 needed: 6 bands (48) */
    { 1, 50, 10, 60 },     /* 60 needed */
    { 0.1, 50, 10, 0 },    /* not even one per 120 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (hr_chart_label_stride (cases[i].band, cases[i].label, cases[i].gap), ==, cases[i].stride);
}

static void
test_label_shown (void)
{
  int april_2027 = 2027 * 12 + 3;   /* absolute months count January as 0 mod 12 */
  static const struct {
    guint index, stride;
    gboolean calendar, shown;
  } cases[] = {
    { 0, 1, TRUE, TRUE },
    { 5, 1, TRUE, TRUE },
    { 0, 3, TRUE, TRUE },     /* April opens a quarter */
    { 1, 3, TRUE, FALSE },
    { 9, 3, TRUE, TRUE },     /* January */
    { 0, 12, TRUE, FALSE },   /* April is not a year */
    { 9, 12, TRUE, TRUE },    /* January 2028 */
    { 9, 24, TRUE, TRUE },    /* 2028 is even */
    { 21, 24, TRUE, FALSE },  /* 2029 is not */
    { 10, 5, TRUE, TRUE },    /* 5 does not divide a year: every 5th */
    { 12, 6, FALSE, TRUE },   /* tenure months: every 6th from 0 */
    { 3, 6, FALSE, FALSE },
    { 3, 0, FALSE, FALSE },   /* no room at all */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (hr_chart_label_shown (cases[i].index, april_2027, cases[i].stride, cases[i].calendar),
                     ==, cases[i].shown);
}

static void
test_bars (void)
{
  static const struct {
    double x, width;
    guint n, i;
    double fill, min_gap, max_bar;
    double bar_x, bar_width;
  } cases[] = {
    { 0, 100, 10, 2, 0.7, 1, 0, 21.5, 7 },      /* band 10: 7 wide, 1.5 each side */
    { 0, 100, 10, 2, 0.7, 1, 5, 22.5, 5 },      /* at most 5 wide */
    { 0, 100, 10, 0, 0.95, 1, 0, 0.5, 9 },      /* the gap stays 1 */
    { 0, 100, 100, 7, 0.7, 1, 0, 7.25, 0.5 },   /* band 1: half of it */
    { 50, 60, 1, 0, 0.5, 1, 0, 65, 30 },        /* one month */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double bx, bw;

      hr_chart_bar_get (cases[i].x, cases[i].width, cases[i].n, cases[i].i,
                        cases[i].fill, cases[i].min_gap, cases[i].max_bar, &bx, &bw);
      g_assert_cmpfloat_with_epsilon (bx, cases[i].bar_x, 1e-9);
      g_assert_cmpfloat_with_epsilon (bw, cases[i].bar_width, 1e-9);
    }
}

static void
test_hit (void)
{
  static const struct {
    double x, width;
    guint n;
    double px;
    int band;
  } cases[] = {
    { 0, 100, 10, 0, 0 },
    { 0, 100, 10, 35, 3 },
    { 0, 100, 10, 99.9, 9 },
    { 0, 100, 10, 100, -1 },
    { 0, 100, 10, -0.1, -1 },
    { 10, 120, 120, 129.5, 119 },
    { 0, 100, 0, 50, -1 },
    { 0, 100, 10, NAN, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (hr_chart_band_hit (cases[i].x, cases[i].width, cases[i].n, cases[i].px), ==, cases[i].band);
}

static void
test_scale_y (void)
{
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 50, 25), ==, 60);
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 50, 0), ==, 110);
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 50, 50), ==, 10);
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 50, 1e9), ==, 10);   /* clamped */
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 50, -5), ==, 110);
  g_assert_true (isnan (hr_chart_scale_y (10, 100, 0, 50, NAN)));
  g_assert_cmpfloat (hr_chart_scale_y (10, 100, 0, 0, 3), ==, 110);     /* empty range */
}

static void
test_grid (void)
{
  static const struct {
    guint n;
    double width, height;
    guint cols, rows;
  } cases[] = {
    { 1, 1600, 800, 1, 1 },
    { 3, 1600, 800, 2, 2 },     /* 800×400 panels: aspect 2 is nearest 1.6 */
    { 20, 1600, 800, 5, 4 },    /* 320×200: exactly 1.6 */
    { 2, 400, 1000, 1, 2 },     /* tall: one above the other */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint cols, rows;

      hr_chart_grid_shape (cases[i].n, cases[i].width, cases[i].height, 1.6, &cols, &rows);
      g_assert_cmpuint (cols, ==, cases[i].cols);
      g_assert_cmpuint (rows, ==, cases[i].rows);
      g_assert_cmpuint (cols * rows, >=, cases[i].n);
    }
}

/* Every two series colours of a theme differ in lightness, so they stay
 * apart for every kind of colour vision and in grey print */
static void
test_palette_lightness (void)
{
  for (guint theme = 0; theme < HR_N_CHART_THEMES; theme++)
    {
      const HrChartPalette *p = hr_chart_palette_get (theme);
      double bg = hr_chart_color_lightness (&p->background);

      g_assert_cmpuint (p->n_series, >=, 9);   /* one per play */
      for (guint i = 0; i < p->n_series; i++)
        {
          double li = hr_chart_color_lightness (&p->series[i]);

          g_assert_cmpfloat (fabs (li - bg), >=, 8.0);
          for (guint j = i + 1; j < p->n_series; j++)
            {
              double lj = hr_chart_color_lightness (&p->series[j]);

              g_test_message ("theme %u: L*(%u) = %.1f, L*(%u) = %.1f", theme, i, li, j, lj);
              g_assert_cmpfloat (fabs (li - lj), >=, 5.0);
            }
        }
    }
}

static void
test_palette_assignment (void)
{
  const HrChartPalette *p = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  static const struct {
    guint i;
    guint color;
    HrChartPattern pattern;
  } cases[] = {
    { 0, 0, HR_CHART_PATTERN_SOLID },
    { 8, 8, HR_CHART_PATTERN_SOLID },
    { 9, 0, HR_CHART_PATTERN_HATCH },       /* the 10th segment: first colour, hatched */
    { 19, 1, HR_CHART_PATTERN_BACKHATCH },  /* the 20th */
    { 27, 0, HR_CHART_PATTERN_CROSS },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      HrChartFill fill;

      hr_chart_palette_series (p, cases[k].i, &fill);
      g_assert_cmpmem (&fill.color, sizeof fill.color, &p->series[cases[k].color], sizeof fill.color);
      g_assert_cmpint (fill.pattern, ==, cases[k].pattern);
    }

  /* reactive, indirect and unplanned differ from designed parts by texture */
  for (guint theme = 0; theme < HR_N_CHART_THEMES; theme++)
    {
      const HrChartPalette *q = hr_chart_palette_get (theme);

      g_assert_cmpint (q->reactive.pattern, !=, HR_CHART_PATTERN_SOLID);
      g_assert_cmpint (q->indirect.pattern, !=, HR_CHART_PATTERN_SOLID);
      g_assert_cmpint (q->unplanned.pattern, !=, HR_CHART_PATTERN_SOLID);
      g_assert_cmpint (q->reactive.pattern, !=, q->indirect.pattern);
      g_assert_cmpint (q->indirect.pattern, !=, q->unplanned.pattern);
      g_assert_cmpint (q->reactive.pattern, !=, q->unplanned.pattern);
    }
}

/* on screen the text never drops below 11 px (a 700 × 300 chart would
 * give 300 / 46 ≈ 6.5); a large chart grows as exports do: 1080 / 46 */
static void
test_screen_text (void)
{
  g_assert_cmpfloat (hr_chart_screen_text_size (700, 300), ==, 11.0);
  g_assert_cmpfloat_with_epsilon (hr_chart_screen_text_size (1920, 1080), 1080 / 46.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/scale/ticks", test_ticks);
  g_test_add_func ("/chart/scale/ticks-values", test_ticks_values);
  g_test_add_func ("/chart/scale/label-stride", test_label_stride);
  g_test_add_func ("/chart/scale/label-shown", test_label_shown);
  g_test_add_func ("/chart/scale/bars", test_bars);
  g_test_add_func ("/chart/scale/hit", test_hit);
  g_test_add_func ("/chart/scale/scale-y", test_scale_y);
  g_test_add_func ("/chart/scale/grid", test_grid);
  g_test_add_func ("/chart/theme/lightness", test_palette_lightness);
  g_test_add_func ("/chart/theme/assignment", test_palette_assignment);
  g_test_add_func ("/chart/screen-text", test_screen_text);

  return g_test_run ();
}

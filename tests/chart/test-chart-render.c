/* test-chart-render.c: every chart kind drawn on an image, with pixels
 * tied to the forecast's numbers */
#include "test-chart-helpers.h"
#include "hr-chart-theme.h"
#include "hr-time-import.h"

#define W 1200
#define H 700
#define TEXT 12.0   /* body text; the over-capacity lane is 1.2 × this */

static void
options_for (HrChartOptions *options,
             HrChartKind     kind,
             int             role)
{
  hr_chart_options_init (options);
  options->kind = kind;
  options->role = role;
  options->text_size = TEXT;
}

static gboolean
differs (cairo_surface_t *surface,
         double           bar_x,
         double           empty_x,
         double           y)
{
  return rgb_distance (pixel (surface, bar_x, y), pixel (surface, empty_x, y)) > 40;
}

/* The first row from the top of the plot where a bar's column differs
 * from the empty column just inside its band, and goes on differing for
 * 4 rows (more than the lines that cross both, dashed or not, are thick):
 * the top of the bar */
static double
bar_top (cairo_surface_t    *surface,
         const HrChartFrame *frame,
         double              bar_x,
         double              empty_x)
{
  for (double y = frame->y - 2; y < frame->y + frame->height - 4; y++)
    if (differs (surface, bar_x, empty_x, y) && differs (surface, bar_x, empty_x, y + 1)
        && differs (surface, bar_x, empty_x, y + 2) && differs (surface, bar_x, empty_x, y + 3))
      return floor (y);
  return frame->y + frame->height;
}

static void
check_bar_heights (const char   *plan,
                   int           role,
                   HrChartSplit  split)
{
  g_autoptr(HrForecast) f = load_forecast (plan);
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;
  guint n = hr_forecast_get_n_months (f);
  g_autofree double *workload = g_new0 (double, n);
  g_autofree double *capacity = g_new0 (double, n);
  g_autofree double *target = g_new0 (double, n);
  guint checked = 0;

  options_for (&options, HR_CHART_EFFORT, role);
  options.split = split;
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  g_assert_cmpuint (frame.n_bands, ==, n);
  g_assert_cmpfloat (frame.y_min, ==, 0.0);
  surface = render (f, NULL, &options, W, H);

  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    if (role < 0 ? hr_forecast_get_role_assumptions (f, r)->manages < 0 : (guint) role == r)
      for (guint t = 0; t < n; t++)
        {
          double cap = hr_forecast_get_role_series (f, r, HR_ROLE_CAPACITY)[t];

          workload[t] += hr_forecast_get_role_series (f, r, HR_ROLE_WORKLOAD)[t];
          capacity[t] += cap;
          target[t] += cap * hr_forecast_get_role_assumptions (f, r)->target_load;
        }

  for (guint t = 0; t < n; t++)
    {
      double band = frame.width / n;
      double expected = frame.y + frame.height * (1.0 - workload[t] / frame.y_max);
      double found = bar_top (surface, &frame, frame.x + band * (t + 0.5), frame.x + band * t + band * 0.07);

      g_test_message ("%s month %u: workload %.2f h, bar top %.2f, found %.0f", plan, t, workload[t], expected, found);
      /* a capacity or target line on the bar's top hides it */
      if (fabs (workload[t] - capacity[t]) * frame.height / frame.y_max < 5.0
          || fabs (workload[t] - target[t]) * frame.height / frame.y_max < 5.0)
        continue;
      g_assert_cmpfloat (fabs (found - expected), <=, 1.0);
      checked++;
    }
  g_assert_cmpuint (checked, >=, n * 3 / 4);
  cairo_surface_destroy (surface);
}

static void
test_effort_bars (void)
{
  check_bar_heights ("chart/over.headroom", 0, HR_CHART_SPLIT_PLAY);
  check_bar_heights ("conformance/team.headroom", 0, HR_CHART_SPLIT_PLAY);
  check_bar_heights ("conformance/team.headroom", -1, HR_CHART_SPLIT_PLAY);
  check_bar_heights ("conformance/tiers.headroom", -1, HR_CHART_SPLIT_SEGMENT);
}

static void
check_over_markers (const char *plan,
                    gboolean    expect_some_ok)
{
  g_autoptr(HrForecast) f = load_forecast (plan);
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb over = rgb_from (palette->over.r, palette->over.g, palette->over.b);
  const double *load = hr_forecast_get_role_series (f, 0, HR_ROLE_LOAD);
  guint n = hr_forecast_get_n_months (f), n_over = 0;
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;

  options_for (&options, HR_CHART_EFFORT, 0);
  hr_chart_get_frame (W, H, f, NULL, &options, &frame);
  surface = render (f, NULL, &options, W, H);
  for (guint t = 0; t < n; t++)
    {
      gboolean is_over = isnan (load[t]) || load[t] > 1.0 + 1e-9;
      Rgb p = pixel (surface, frame.x + frame.width / n * (t + 0.5), frame.y - TEXT * 1.2 / 2.0);

      g_test_message ("%s month %u: load %.3f", plan, t, load[t]);
      g_assert_cmpint (rgb_distance (p, over) <= 12, ==, is_over);
      n_over += is_over;
    }
  /* the plan must show both, or the test proves nothing */
  g_assert_cmpuint (n_over, >, 0);
  if (expect_some_ok)
    g_assert_cmpuint (n_over, <, n);
  cairo_surface_destroy (surface);
}

static void
test_effort_over (void)
{
  check_over_markers ("chart/over.headroom", TRUE);
  check_over_markers ("chart/zero-capacity.headroom", FALSE);
}

static gboolean
strv_has (GStrv       strv,
          const char *str)
{
  return g_strv_contains ((const char * const *) strv, str);
}

static void
test_effort_legend (void)
{
  const char *plans[] = { "conformance/team.headroom", "conformance/tiers.headroom",
                          "conformance/basic.headroom", "chart/large.headroom" };
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(HrForecast) f = load_forecast (plans[i]);
      HrChartOptions options;
      g_auto(GStrv) legend = NULL;
      cairo_surface_t *surface;
      guint n = hr_forecast_get_n_months (f), n_present = 0;

      options_for (&options, HR_CHART_EFFORT, -1);
      legend = hr_chart_dup_legend (f, NULL, &options);
      surface = render (f, NULL, &options, W, H);
      for (HrPlay play = 0; play < HR_N_PLAYS; play++)
        {
          const double *v = hr_forecast_get_play_series (f, play);
          gboolean present = FALSE, drawn = FALSE;
          Rgb color = rgb_from (palette->series[play].r, palette->series[play].g, palette->series[play].b);

          for (guint t = 0; t < n; t++)
            present |= v[t] > 0.0;
          g_test_message ("%s: %s %s", plans[i], hr_play_get_label (play), present ? "present" : "absent");
          g_assert_cmpint (strv_has (legend, hr_play_get_label (play)), ==, present);
          /* the legend comes first, in play order */
          if (present)
            g_assert_cmpstr (legend[n_present++], ==, hr_play_get_label (play));

          /* the play's colour is somewhere in the picture exactly when present */
          for (int y = 0; y < H && !drawn; y += 1)
            for (int x = 0; x < W && !drawn; x += 2)
              drawn = rgb_distance (pixel (surface, x, y), color) <= 3;
          g_assert_cmpint (drawn, ==, present);
        }
      g_assert_true (strv_has (legend, "Capacity"));
      g_assert_true (strv_has (legend, "Target load"));
      cairo_surface_destroy (surface);
    }
}

static void
test_headcount_late (void)
{
  g_autoptr(HrForecast) f = load_forecast ("chart/large.headroom");
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb background = rgb_from (palette->background.r, palette->background.g, palette->background.b);
  guint n = hr_forecast_get_n_months (f), n_late = 0;
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;

  options_for (&options, HR_CHART_HEADCOUNT, 0);
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  surface = render (f, NULL, &options, W, H);
  for (guint t = 0; t < n; t++)
    {
      gboolean late = hr_forecast_get_role_late (f, 0, t);
      /* just under the top grid line, where no line of this plan runs */
      Rgb p = pixel (surface, frame.x + frame.width / n * (t + 0.5), frame.y + 3);

      g_assert_cmpint (rgb_distance (p, background) > 6, ==, late);
      n_late += late;
    }
  g_assert_cmpuint (n_late, >, 0);
  g_assert_cmpuint (n_late, <, n);
  cairo_surface_destroy (surface);
}

static void
test_headcount_hires (void)
{
  g_autoptr(HrForecast) f = load_forecast ("conformance/team.headroom");
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb ink = rgb_from (palette->capacity.r, palette->capacity.g, palette->capacity.b);
  guint n = hr_forecast_get_n_months (f);
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;
  g_auto(GStrv) legend = NULL;

  options_for (&options, HR_CHART_HEADCOUNT, 0);
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  legend = hr_chart_dup_legend (f, NULL, &options);
  g_assert_true (strv_has (legend, "Required FTE"));
  g_assert_true (strv_has (legend, "Headcount"));
  g_assert_cmpuint (hr_forecast_get_n_plan_hires (f), >, 0);
  g_assert_true (strv_has (legend, "Planned hire"));
  surface = render (f, NULL, &options, W, H);
  for (guint i = 0; i < hr_forecast_get_n_plan_hires (f); i++)
    {
      const HrSuggestedHire *h = hr_forecast_get_plan_hire (f, i);
      /* the first lane, 1.6 × text high, under the plot */
      Rgb p = pixel (surface, frame.x + frame.width / n * (h->month + 0.5),
                     frame.y + frame.height + TEXT * 1.6 / 2.0);

      if (h->role == 0)
        g_assert_cmpint (rgb_distance (p, ink), <=, 12);
    }
  cairo_surface_destroy (surface);
}

/* Four requisitions open at once: each hire on a row of its own, so that
 * every requisition's bar starts where it opens */
static void
test_headcount_hire_rows (void)
{
  g_autoptr(HrPlan) plan = load_plan ("conformance/team.headroom");
  int start = hr_plan_get_start (plan);
  /* months from the start; lead time 2, so the requisitions overlap */
  const int months[] = { 4, 5, 6 };
  g_autoptr(HrForecast) f = NULL;
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb ink = rgb_from (palette->capacity.r, palette->capacity.g, palette->capacity.b);
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;
  guint n, n_hires;
  gboolean seen[4] = { FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autoptr(HrHire) hire = hr_hire_new ("csm", start + months[i], 1);
      hr_plan_insert_item (plan, HR_ITEM (hire), -1);
    }
  f = hr_engine_forecast (plan, NULL, 0, NULL);
  n = hr_forecast_get_n_months (f);
  n_hires = hr_forecast_get_n_plan_hires (f);
  g_assert_cmpuint (n_hires, ==, 4);
  options_for (&options, HR_CHART_HEADCOUNT, 0);
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  surface = render (f, NULL, &options, W, H);
  for (guint i = 0; i < n_hires; i++)
    {
      const HrSuggestedHire *h = hr_forecast_get_plan_hire (f, i);
      double x = frame.x + frame.width / n * (h->month + 0.5);
      guint rows_inked = 0;

      for (guint row = 0; row < 4; row++)
        {
          Rgb p = pixel (surface, x, frame.y + frame.height + TEXT * 1.6 * (row + 0.5));

          if (rgb_distance (p, ink) <= 12)
            {
              /* a marker of this month on a row no other hire took */
              g_test_message ("hire %u (month %u) on row %u", i, h->month, row);
              rows_inked++;
              if (!seen[row])
                {
                  seen[row] = TRUE;
                  break;
                }
            }
        }
      g_assert_cmpuint (rows_inked, >=, 1);
    }
  for (guint row = 0; row < 4; row++)
    g_assert_true (seen[row]);
  cairo_surface_destroy (surface);
}

static void
test_journey_bars (void)
{
  g_autoptr(HrForecast) f = load_forecast ("conformance/tiers.headroom");
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;
  g_auto(GStrv) legend = NULL;

  options_for (&options, HR_CHART_JOURNEY, -1);
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  g_assert_cmpuint (frame.n_bands, ==, HR_JOURNEY_MONTHS);
  surface = render (f, NULL, &options, W, H);
  for (guint a = 0; a < HR_JOURNEY_MONTHS; a++)
    {
      double band = frame.width / HR_JOURNEY_MONTHS, hours = 0.0, expected, found;

      for (HrPlay play = 0; play < HR_N_PLAYS; play++)
        hours += hr_forecast_get_journey (f, 0, play)[a];
      expected = frame.y + frame.height * (1.0 - hours / frame.y_max);
      found = bar_top (surface, &frame, frame.x + band * (a + 0.5), frame.x + band * a + band * 0.05);
      g_test_message ("tenure %u: %.2f h per account, top %.2f, found %.0f", a, hours, expected, found);
      g_assert_cmpfloat (fabs (found - expected), <=, 1.0);
    }

  /* the legend lists the plays some tier walks through */
  legend = hr_chart_dup_legend (f, NULL, &options);
  for (HrPlay play = 0; play < HR_N_PLAYS; play++)
    {
      gboolean present = FALSE;

      for (guint g = 0; g < hr_forecast_get_n_segments (f); g++)
        for (guint a = 0; a < HR_JOURNEY_MONTHS; a++)
          present |= hr_forecast_get_journey (f, g, play)[a] > 0.0;
      g_assert_cmpint (strv_has (legend, hr_play_get_label (play)), ==, present);
    }
  cairo_surface_destroy (surface);
}

static void
test_scenarios (void)
{
  g_autoptr(HrPlan) plan = load_plan ("conformance/tiers.headroom");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, &error);
  HrChartOptions options;
  g_auto(GStrv) legend = NULL;
  cairo_surface_t *surface;

  g_assert_no_error (error);
  options_for (&options, HR_CHART_SCENARIOS, -1);
  legend = hr_chart_dup_legend (g_ptr_array_index (all, 0), all, &options);
  g_assert_cmpuint (g_strv_length (legend), ==, all->len);
  g_assert_cmpstr (legend[0], ==, "Baseline");
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpstr (legend[i], ==, hr_forecast_get_scenario_name (g_ptr_array_index (all, i)));

  for (HrChartMetric metric = HR_CHART_METRIC_FTE; metric <= HR_CHART_METRIC_LOAD; metric++)
    {
      HrChartFrame frame;

      options.metric = metric;
      g_assert_true (hr_chart_get_frame (W, H, g_ptr_array_index (all, 0), all, &options, &frame));
      /* the side panel takes its share of the width */
      g_assert_cmpfloat (frame.x + frame.width, <, W * 0.75);
      surface = render (g_ptr_array_index (all, 0), all, &options, W, H);
      cairo_surface_destroy (surface);
    }
}

static void
test_hit_month (void)
{
  g_autoptr(HrForecast) f = load_forecast ("conformance/team.headroom");
  HrChartOptions options;
  HrChartFrame frame;
  guint n = hr_forecast_get_n_months (f);

  options_for (&options, HR_CHART_EFFORT, -1);
  g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  for (guint t = 0; t < n; t++)
    {
      double x = frame.x + frame.width / n * (t + 0.5);

      g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, x, frame.y + frame.height / 2), ==, t);
      /* the over-capacity lane belongs to the month too */
      g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, x, frame.y - 2), ==, t);
    }
  g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, frame.x - 1, frame.y + 10), ==, -1);
  g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, frame.x + 10, 2), ==, -1);
  g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, frame.x + 10, H - 2), ==, -1);
}

/* Every kind, theme and a range of sizes draws the edge plans; the frame
 * stays inside the canvas and keeps room for its data */
static void
test_edge_plans (void)
{
  const char *plans[] = { "chart/empty.headroom", "chart/one-month.headroom", "chart/large.headroom",
                          "chart/zero-capacity.headroom", "chart/over.headroom",
                          "chart/huge.headroom" };
  const int sizes[][2] = { { 1920, 1080 }, { 800, 450 }, { 320, 200 }, { 600, 900 } };

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(HrPlan) plan = load_plan (plans[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) all = hr_engine_compare (plan, &error);
      HrForecast *f;

      g_assert_no_error (error);
      f = g_ptr_array_index (all, 0);
      /* every kind, books too: without books it says so */
      for (HrChartKind kind = 0; kind < HR_N_CHART_KINDS; kind++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            HrChartOptions options;
            HrChartFrame frame;
            cairo_surface_t *surface;

            hr_chart_options_init (&options);
            options.kind = kind;
            options.theme = s % HR_N_CHART_THEMES;
            options.split = s % 2 ? HR_CHART_SPLIT_SEGMENT : HR_CHART_SPLIT_PLAY;
            g_test_message ("%s %s %dx%d", plans[i], hr_chart_kind_to_string (kind), sizes[s][0], sizes[s][1]);
            if (hr_chart_get_frame (sizes[s][0], sizes[s][1], f, all, &options, &frame))
              {
                g_assert_cmpfloat (frame.x, >, 0);
                g_assert_cmpfloat (frame.y, >, 0);
                g_assert_cmpfloat (frame.x + frame.width, <=, sizes[s][0]);
                g_assert_cmpfloat (frame.y + frame.height, <=, sizes[s][1]);
                g_assert_cmpfloat (frame.y_max, >, frame.y_min);
                g_assert_true (isfinite (frame.y_max));
              }
            surface = render (f, all, &options, sizes[s][0], sizes[s][1]);
            g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
            cairo_surface_destroy (surface);
          }
    }
}

static void
test_large_frames (void)
{
  /* 120 months and 20 segments at 1080p still leave most of the canvas to
   * the data */
  g_autoptr(HrForecast) f = load_forecast ("chart/large.headroom");

  /* the books chart has rows of people, not a frame of months */
  for (HrChartKind kind = 0; kind < HR_CHART_BOOKS; kind++)
    {
      HrChartOptions options;
      HrChartFrame frame;

      hr_chart_options_init (&options);
      options.kind = kind;
      options.split = HR_CHART_SPLIT_SEGMENT;
      g_assert_true (hr_chart_get_frame (1920, 1080, f, NULL, &options, &frame));
      if (kind == HR_CHART_JOURNEY)
        g_assert_cmpfloat (frame.height, >, 60);   /* one of 20 panels */
      else
        g_assert_cmpfloat (frame.height, >, 1080 * 0.4);
    }
}

static HrCalibration *
conformance_calibration (HrPlan **plan_out)
{
  g_autoptr(HrPlan) plan = load_plan ("conformance/calibrate.headroom");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", "calibrate.log.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_import_file (file, plan, NULL, NULL, &error);
  HrCalibration *calibration;

  g_assert_no_error (error);
  calibration = hr_calibration_compute (plan, log, 0, &error);
  g_assert_no_error (error);
  *plan_out = g_steal_pointer (&plan);
  return calibration;
}

/* The model against execution: the logged bars stand in the ratio of the
 * logged designed hours (9.5, 11.25 and 5.25 h), at every theme and size */
static void
test_calibration (void)
{
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrCalibration) calibration = conformance_calibration (&plan);
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb logged = rgb_from (palette->series[0].r, palette->series[0].g, palette->series[0].b);
  const int sizes[][2] = { { 1920, 1080 }, { 800, 450 }, { 320, 200 }, { 600, 900 } };
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) legend = NULL;
  HrChartOptions options;
  HrChartFrame frame;
  cairo_surface_t *surface;
  double best = 0;

  options_for (&options, HR_CHART_CALIBRATION, -1);
  options.calibration = calibration;
  legend = hr_chart_dup_legend (f, NULL, &options);
  g_assert_cmpuint (g_strv_length (legend), ==, 3);
  g_assert_cmpstr (legend[0], ==, "Logged");
  g_assert_cmpstr (legend[1], ==, "Modelled");
  g_assert_cmpstr (legend[2], ==, "Designed per occurrence");
  g_assert_false (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  g_assert_cmpint (hr_chart_hit_month (W, H, f, NULL, &options, W / 2, H / 2), ==, -1);

  /* the months' panel is the left 46%: bars are runs of columns in the
   * logged colour, right of the legend's swatch and the tick labels */
  surface = render (f, NULL, &options, W, H);
  for (int x = TEXT * 4; x < W * 0.46; x++)
    {
      double column = 0;

      for (int y = TEXT * 6; y < H; y++)
        column += rgb_distance (pixel (surface, x, y), logged) < 6;
      if (column > 0)
        best = MAX (best, column);
      else if (best > 0)
        {
          g_array_append_val (heights, best);
          best = 0;
        }
    }
  cairo_surface_destroy (surface);
  g_assert_cmpuint (heights->len, ==, 3);
  g_assert_cmpfloat (fabs (g_array_index (heights, double, 1) / g_array_index (heights, double, 0) - 11.25 / 9.5), <, 0.02);
  g_assert_cmpfloat (fabs (g_array_index (heights, double, 2) / g_array_index (heights, double, 0) - 5.25 / 9.5), <, 0.02);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (HrChartTheme theme = 0; theme < HR_N_CHART_THEMES; theme++)
      {
        options.theme = theme;
        options.text_size = 0;
        options.untitled = s % 2;
        surface = render (f, NULL, &options, sizes[s][0], sizes[s][1]);
        g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (surface);
      }
  g_assert_finalize_object (g_steal_pointer (&calibration));
}

/* The mean difference of two images of the same size, per channel
 * (0..255), outside @skip (may be NULL) */
static double
mean_difference (cairo_surface_t    *a,
                 cairo_surface_t    *b,
                 const HrChartFrame *skip)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  double sum = 0, n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (skip == NULL || x < skip->x || x >= skip->x + skip->width || y < skip->y || y >= skip->y + skip->height)
        {
          sum += rgb_distance (pixel (a, x, y), pixel (b, x, y)) / 3.0;
          n++;
        }
  return sum / MAX (n, 1);
}

/* On screen the chart is drawn through a cache: it draws what
 * hr_chart_draw() draws (bars end on whole pixels and patterns come from
 * tiles, so a bar's edge or a pattern's lines may fall a pixel apart),
 * keeps its frame while only the data change, and
 * draws the frame again when what it shows changes */
static void
test_cache (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(HrForecast) first = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  g_autoptr(HrForecast) second = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  g_autoptr(HrChartCache) cache = hr_chart_cache_new ();

  /* the forecast's charts; the books chart is drawn whole, not in layers */
  for (HrChartKind kind = 0; kind < HR_CHART_BOOKS; kind++)
    {
      g_autoptr(GPtrArray) all = kind == HR_CHART_SCENARIOS ? hr_engine_compare (plan, NULL) : NULL;
      cairo_surface_t *direct, *cached = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
      cairo_t *cr = cairo_create (cached);
      HrChartOptions options;
      guint frames, plots;

      hr_chart_options_init (&options);
      options.kind = kind;
      direct = render (first, all, &options, 900, 600);
      hr_chart_cache_draw (cache, cr, 900, 600, 1, first, all, &options);
      cairo_destroy (cr);
      cairo_surface_flush (cached);
      g_test_message ("%s: mean difference %.3f", hr_chart_kind_to_string (kind),
                      mean_difference (direct, cached, NULL));
      if (kind == HR_CHART_EFFORT)
        {
          HrChartFrame plot;

          /* the hatches of reactive, indirect and unplanned work: lines
           * anchored to the page, not to each bar (and so in the legend
           * swatches too) */
          g_assert_true (hr_chart_get_frame (900, 600, first, all, &options, &plot));
          g_assert_cmpfloat (mean_difference (direct, cached, &plot), <, 0.25);
          g_assert_cmpfloat (mean_difference (direct, cached, NULL), <, 8.0);
        }
      else
        /* bars end on whole pixels on screen */
        g_assert_cmpfloat (mean_difference (direct, cached, NULL), <, 0.5);
      cairo_surface_destroy (direct);
      cairo_surface_destroy (cached);

      /* another forecast of the same plan: the plot again, not the frame */
      frames = hr_chart_cache_get_frame_draws (cache);
      plots = hr_chart_cache_get_plot_draws (cache);
      cached = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
      cr = cairo_create (cached);
      hr_chart_cache_draw (cache, cr, 900, 600, 1, second, all, &options);
      g_assert_cmpuint (hr_chart_cache_get_frame_draws (cache), ==, frames);
      g_assert_cmpuint (hr_chart_cache_get_plot_draws (cache), ==, plots + 1);
      /* the same forecast again: nothing new */
      hr_chart_cache_draw (cache, cr, 900, 600, 1, second, all, &options);
      g_assert_cmpuint (hr_chart_cache_get_plot_draws (cache), ==, plots + 1);
      /* another size: everything */
      hr_chart_cache_draw (cache, cr, 800, 600, 1, second, all, &options);
      g_assert_cmpuint (hr_chart_cache_get_frame_draws (cache), ==, frames + 1);
      cairo_destroy (cr);
      cairo_surface_destroy (cached);
    }
}

static double
series_max (const double *v,
            guint         n)
{
  double max = 0;

  for (guint t = 0; t < n; t++)
    max = MAX (max, v[t]);
  return max;
}

/* Bands: the P10–P90 range shaded in the forecast's own chart, faded
 * while stale, named in the legend; none for another scenario's bands */
static void
test_bands (void)
{
  g_autoptr(HrPlan) plan = load_plan ("conformance/bands.headroom");
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  g_autoptr(HrBands) bands = hr_bands_compute (plan, NULL, NULL, NULL, NULL, NULL);
  g_autoptr(HrBands) other = hr_bands_compute (plan, "no-reviews", NULL, NULL, NULL, NULL);
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb background = rgb_from (palette->background.r, palette->background.g, palette->background.b);
  const double *p10 = hr_bands_get_band (bands, -1, HR_BANDS_REQUIRED_FTE, HR_BAND_P10);
  const double *p50 = hr_bands_get_band (bands, -1, HR_BANDS_REQUIRED_FTE, HR_BAND_P50);
  const double *p90 = hr_bands_get_band (bands, -1, HR_BANDS_REQUIRED_FTE, HR_BAND_P90);
  guint n = hr_forecast_get_n_months (f), t = 2;
  HrChartOptions options;
  HrChartFrame frame;
  int fresh = 0, faded = 0;

  g_assert_nonnull (bands);
  for (guint k = 0; k < 3; k++)
    {
      cairo_surface_t *surface;
      g_auto(GStrv) legend = NULL;
      double x, y;
      Rgb p;

      options_for (&options, HR_CHART_HEADCOUNT, -1);
      options.bands = k == 2 ? other : bands;
      options.bands_stale = k == 1;
      g_assert_true (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
      legend = hr_chart_dup_legend (f, NULL, &options);
      g_assert_cmpint (strv_has (legend, "P10–P90 of 32 sampled plans"), ==, k < 2);
      g_assert_cmpint (strv_has (legend, "P50 (median)"), ==, k < 2);
      if (k < 2)
        g_assert_cmpfloat (frame.y_max, >=, series_max (p90, n));
      /* between P50 and P90 of a month, away from every line: the shade */
      x = frame.x + frame.width / n * (t + 0.5);
      y = frame.y + frame.height * (1 - ((p50[t] + 2 * p90[t]) / 3 - frame.y_min) / (frame.y_max - frame.y_min));
      g_assert_cmpfloat (p10[t], <, p50[t]);
      surface = render (f, NULL, &options, W, H);
      p = pixel (surface, x, y);
      if (k == 0)
        fresh = rgb_distance (p, background);
      else if (k == 1)
        faded = rgb_distance (p, background);
      else
        g_assert_cmpint (rgb_distance (p, background), <, 8);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpint (fresh, >, 20);
  g_assert_cmpint (faded, >, 4);
  g_assert_cmpint (faded, <, fresh);
}

/* The drivers: one row per range, the high end of the first (the
 * widest) drawn in its colour right of the plan's peak */
static void
test_drivers (void)
{
  g_autoptr(HrPlan) plan = load_plan ("conformance/bands.headroom");
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  g_autoptr(HrBands) bands = hr_bands_compute (plan, NULL, NULL, NULL, NULL, NULL);
  const HrChartPalette *palette = hr_chart_palette_get (HR_CHART_THEME_LIGHT);
  Rgb background = rgb_from (palette->background.r, palette->background.g, palette->background.b);
  HrChartOptions options;
  HrChartFrame frame;
  g_auto(GStrv) legend = NULL;
  g_auto(GStrv) none = NULL;
  cairo_surface_t *surface;
  guint differ = 0;

  options_for (&options, HR_CHART_DRIVERS, -1);
  g_assert_false (hr_chart_get_frame (W, H, f, NULL, &options, &frame));
  none = hr_chart_dup_legend (f, NULL, &options);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  options.bands = bands;
  legend = hr_chart_dup_legend (f, NULL, &options);
  g_assert_true (strv_has (legend, "Range at its low end"));
  g_assert_true (strv_has (legend, "Range at its high end"));
  g_assert_true (strv_has (legend, "Peak need on the plan’s values"));
  g_assert_cmpuint (hr_bands_get_n_drivers (bands), ==, 3);
  surface = render (f, NULL, &options, W, H);
  /* something is drawn across the middle of the chart's rows */
  for (guint x = W / 3; x < W; x += 8)
    differ += rgb_distance (pixel (surface, x, H * 0.25), background) > 20;
  g_assert_cmpuint (differ, >, 5);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/render/effort/bars", test_effort_bars);
  g_test_add_func ("/chart/render/effort/over", test_effort_over);
  g_test_add_func ("/chart/render/effort/legend", test_effort_legend);
  g_test_add_func ("/chart/render/headcount/late", test_headcount_late);
  g_test_add_func ("/chart/render/headcount/hires", test_headcount_hires);
  g_test_add_func ("/chart/render/headcount/hire-rows", test_headcount_hire_rows);
  g_test_add_func ("/chart/render/journey/bars", test_journey_bars);
  g_test_add_func ("/chart/render/scenarios", test_scenarios);
  g_test_add_func ("/chart/render/hit-month", test_hit_month);
  g_test_add_func ("/chart/render/edge-plans", test_edge_plans);
  g_test_add_func ("/chart/render/large", test_large_frames);
  g_test_add_func ("/chart/render/calibration", test_calibration);
  g_test_add_func ("/chart/render/cache", test_cache);
  g_test_add_func ("/chart/render/bands", test_bands);
  g_test_add_func ("/chart/render/drivers", test_drivers);

  return g_test_run ();
}

/* hr-bench.c: times loading, forecasting, planning and comparing a large
 * plan (120 months, 20 segments, 60 moments, 10 roles, 5 scenarios).
 * Not a test: run `build/bench/hr-bench` and write the medians down in
 * docs/performance.md. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hr-engine.h"
#include "hr-engine-input.h"
#include "hr-forecast-private.h"
#include "hr-plan.h"
#ifdef HR_BENCH_CHARTS
#include "hr-chart.h"
#endif

static const char * const plays[] = {
  "purchase_welcome", "kickoff", "onboarding", "first_value", "value_blocks",
  "sharing_insights", "alignment_meeting", "renew_grow", "supporting",
};
static const char * const modes[] = { "one_to_one", "one_to_many", "digital", "skip" };

/* A deterministic large plan: every field in use, nothing random */
char *
hr_bench_large_plan (void)
{
  GString *s = g_string_new ("{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Benchmark\","
                             " \"start\": \"2027-01\", \"months\": 120, \"roles\": [");

  for (int r = 0; r < 10; r++)
    {
      if (r < 8)
        g_string_append_printf (s, "%s{\"id\": \"role%d\", \"headcount\": %d, \"cost_per_year\": %d,"
                                " \"ramp\": [0.25, 0.5, 0.75], \"attrition\": 0.1, \"lead_time_months\": %d,"
                                " \"arr_per_fte\": 2000000}",
                                r ? ", " : "", r, 10 + r, 100000 + 5000 * r, 1 + r % 4);
      else
        g_string_append_printf (s, ", {\"id\": \"lead%d\", \"headcount\": 2, \"manages\": \"role%d\","
                                " \"span\": 7, \"cost_per_year\": 180000}", r, r - 8);
    }
  g_string_append (s, "], \"segments\": [");
  for (int g = 0; g < 20; g++)
    g_string_append_printf (s, "%s{\"id\": \"seg%d\", \"accounts\": [{\"tenure_from\": 0, \"tenure_to\": 35,"
                            " \"count\": %d}], \"new_per_month\": %d, \"growth\": 0.01, \"churn\": 0.%02d,"
                            " \"churn_mode\": \"%s\", \"acv\": %d, \"expansion\": 0.05,"
                            " \"reactive_hours\": 0.5, \"reactive_role\": \"role%d\", \"complexity\": 1.1}",
                            g ? ", " : "", g, 100 + 20 * g, 2 + g % 5, 5 + g % 20,
                            g % 2 ? "renewal" : "monthly", 5000 + 4000 * g, g % 8);
  g_string_append (s, "], \"moments\": [");
  for (int k = 0; k < 60; k++)
    {
      int every = (int[]) { 0, 1, 2, 3, 6, 12 }[k % 6];
      g_string_append_printf (s, "%s{\"id\": \"m%d\", \"play\": \"%s\", \"role\": \"role%d\", \"at\": %d,"
                              " \"every\": %d, \"until\": %s, \"prep\": 1, \"exec\": 1.5, \"follow\": 0.5,"
                              " \"tiers\": {", k ? ", " : "", k, plays[k % 9], k % 8, k % 7, every,
                              k % 4 == 0 ? "23" : "null");
      for (int g = 0; g < 20; g += 3)
        g_string_append_printf (s, "%s\"seg%d\": {\"mode\": \"%s\", \"factor\": 1.2, \"group_size\": 8}",
                                g ? ", " : "", g, modes[(k + g) % 4]);
      g_string_append (s, "}}");
    }
  g_string_append (s, "], \"hires\": [");
  for (int h = 0; h < 10; h++)
    g_string_append_printf (s, "%s{\"role\": \"role%d\", \"month\": \"20%02d-%02d\", \"count\": 1}",
                            h ? ", " : "", h % 8, 27 + h / 12, h % 12 + 1);
  g_string_append (s, "], \"scenarios\": [");
  for (int c = 0; c < 5; c++)
    g_string_append_printf (s, "%s{\"id\": \"sc%d\", \"changes\": ["
                            "{\"op\": \"scale\", \"target\": \"segments/*/new_per_month\", \"factor\": 1.%d},"
                            "{\"op\": \"set\", \"target\": \"moments/m%d/tiers/*/mode\", \"value\": \"digital\"},"
                            "{\"op\": \"add\", \"target\": \"hires\", \"value\": {\"role\": \"role0\", \"month\": \"2028-01\", \"count\": 2}}]}",
                            c ? ", " : "", c, c + 1, c);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

typedef void (*BenchFunc) (gpointer data);

static void
report (const char *name,
        BenchFunc   func,
        gpointer    data,
        int         rounds)
{
  double *times = g_new (double, rounds);

  func (data); /* warm up */
  for (int i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, rounds, sizeof (double), compare_doubles);
  printf ("%-28s median %8.3f ms   min %8.3f ms   max %8.3f ms   (%d runs)\n",
          name, times[rounds / 2], times[0], times[rounds - 1], rounds);
  g_free (times);
}

typedef struct {
  char       *text;
  HrPlan        *plan;
  HrEngineInput *input;
  HrForecast    *forecast;
} Bench;

static void
bench_load (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_data (b->text, -1, "bench", NULL, &error);
  g_assert_no_error (error);
}

static void
bench_forecast (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrForecast) f = hr_engine_forecast (b->plan, NULL, 0, NULL);
  g_assert_nonnull (f);
}

static void
bench_planner (gpointer data)
{
  Bench *b = data;

  g_array_set_size (b->forecast->suggestions, 0);
  hr_planner_run (b->forecast, b->input);
}

static void
bench_compare (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) all = hr_engine_compare (b->plan, NULL);
  g_assert_nonnull (all);
}

#ifdef HR_BENCH_CHARTS
typedef struct {
  Bench       *bench;
  HrChartKind  kind;
  const char  *path;
  GPtrArray   *scenarios;
} ChartBench;

static void
bench_chart (gpointer data)
{
  ChartBench *c = data;
  HrChartOptions options;
  g_autoptr(GError) error = NULL;

  hr_chart_options_init (&options);
  options.kind = c->kind;
  if (!hr_chart_export (c->path, 1920, 1080, 1, c->bench->forecast, c->scenarios, &options, &error))
    g_error ("%s", error->message);
}

static void
report_charts (Bench *b,
               int    rounds)
{
  g_autofree char *dir = g_dir_make_tmp ("hr-bench-XXXXXX", NULL);
  g_autoptr(GPtrArray) scenarios = hr_engine_compare (b->plan, NULL);
  const char *formats[] = { "png", "pdf", "svg" };

  for (HrChartKind kind = 0; kind < HR_N_CHART_KINDS; kind++)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *file = g_strdup_printf ("%s.%s", hr_chart_kind_to_string (kind), formats[i]);
        g_autofree char *path = g_build_filename (dir, file, NULL);
        g_autofree char *name = g_strdup_printf ("export %s", file);
        ChartBench c = { b, kind, path, scenarios };

        report (name, bench_chart, &c, rounds);
        g_remove (path);
      }
  g_rmdir (dir);
}
#endif

static void
bench_save (gpointer data)
{
  Bench *b = data;
  g_autofree char *text = hr_plan_to_data (b->plan, NULL);
}

int
main (int    argc,
      char **argv)
{
  Bench b = { 0 };
  int rounds = argc > 1 ? atoi (argv[1]) : 50;
  g_autoptr(GError) error = NULL;

  if (argc > 1 && g_str_equal (argv[1], "--plan"))
    {
      g_autofree char *text = hr_bench_large_plan ();
      fputs (text, stdout);
      return 0;
    }
  b.text = hr_bench_large_plan ();
  b.plan = hr_plan_load_data (b.text, -1, "bench", NULL, &error);
  g_assert_no_error (error);
  b.forecast = hr_engine_forecast (b.plan, NULL, 0, NULL);
  b.input = hr_engine_input_new (b.plan, NULL);

  printf ("Large plan: 120 months, 20 segments, 60 moments, 10 roles, 5 scenarios (%zu bytes)\n",
          strlen (b.text));
  report ("load + validate (5 scen.)", bench_load, &b, rounds);
  report ("forecast (with planner)", bench_forecast, &b, rounds);
  report ("hiring planner alone", bench_planner, &b, rounds);
  report ("compare (baseline + 5)", bench_compare, &b, MAX (rounds / 5, 5));
  report ("save to text", bench_save, &b, rounds);
#ifdef HR_BENCH_CHARTS
  report_charts (&b, MAX (rounds / 5, 5));
#endif

  hr_engine_input_free (b.input);
  g_object_unref (b.forecast);
  g_object_unref (b.plan);
  g_free (b.text);
  return 0;
}

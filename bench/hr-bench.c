/* hr-bench.c: times loading, forecasting, planning, comparing, writing and
 * charting the large plan (120 months, 20 tiers, 60 moments, 10 roles, 5
 * scenarios), and how loading and forecasting grow with a plan's size.
 * Not a test: run it and write the medians down in docs/performance.md.
 *
 *   hr-bench [ROUNDS]                     the large plan, ROUNDS runs each
 *   hr-bench --scaling                    months × tiers × moments
 *   hr-bench --png                        PNG settings on each chart
 *   hr-bench --bands                      bands of the large plan against forecasts
 *   hr-bench --plan [--months 60 --tiers 80 --moments 240] > plan.headroom
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hr-bench.h"
#include "hr-bench-plan.h"
#include "hr-forecast-private.h"
#include "hr-memory.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Process CPU time in µs: steadier than the clock on a shared machine */
static gint64
now_cpu (void)
{
#ifdef CLOCK_PROCESS_CPUTIME_ID
  struct timespec t;

  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t) == 0)
    return (gint64) t.tv_sec * G_USEC_PER_SEC + t.tv_nsec / 1000;
#endif
  return g_get_monotonic_time ();
}

gint64
hr_bench_cpu_time (void)
{
  return now_cpu ();
}

/* The median of at least @min_runs runs of @func, in ms, and of as many
 * more as fit in @budget seconds */
double
measure (BenchFunc  func,
         gpointer   data,
         int        min_runs,
         double     budget,
         double    *min,
         double    *max,
         int       *runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 until;
  double median;

  func (data); /* warm up */
  until = g_get_monotonic_time () + (gint64) (budget * G_USEC_PER_SEC);
  while ((int) times->len < min_runs || g_get_monotonic_time () < until)
    {
      gint64 start = now_cpu ();
      double ms;

      func (data);
      ms = (now_cpu () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  median = g_array_index (times, double, times->len / 2);
  if (min)
    *min = g_array_index (times, double, 0);
  if (max)
    *max = g_array_index (times, double, times->len - 1);
  if (runs)
    *runs = times->len;
  return median;
}

void
report (const char *name,
        BenchFunc   func,
        gpointer    data,
        int         rounds)
{
  double min, max;
  double median = measure (func, data, rounds, 0, &min, &max, NULL);

  printf ("%-28s median %8.3f ms   min %8.3f ms   max %8.3f ms   (%d runs)\n",
          name, median, min, max, rounds);
}

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


static void
bench_save (gpointer data)
{
  Bench *b = data;
  g_autofree char *text = hr_plan_to_data (b->plan, NULL);
}

static void
bench_forecast_json (gpointer data)
{
  Bench *b = data;
  g_autofree char *text = hr_forecast_to_json_data (b->forecast, NULL);
}

static void
bench_forecast_csv (gpointer data)
{
  Bench *b = data;
  g_autofree char *text = hr_forecast_to_csv (b->forecast);
}

/* Load and validate, then forecast, for each size: the loader and the
 * engine should grow in proportion to months, tiers and moments */
static void
report_scaling (double budget)
{
  const guint months[] = { 12, 60, 120 };
  const guint tiers[] = { 20, 80 };
  const guint moments[] = { 60, 240 };

  printf ("Scaling: median of at least 5 runs, %.1f s or more each\n", budget);
  printf ("%6s %6s %8s %9s %15s %11s %13s\n",
          "months", "tiers", "moments", "plan", "load+validate", "forecast", "per month");
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
      for (guint k = 0; k < G_N_ELEMENTS (moments); k++)
        {
          Bench b = { 0 };
          g_autoptr(GError) error = NULL;
          double load, forecast;

          b.text = hr_bench_plan_text ((HrBenchShape) { months[m], tiers[t], moments[k] });
          b.plan = hr_plan_load_data (b.text, -1, "bench", NULL, &error);
          g_assert_no_error (error);
          load = measure (bench_load, &b, 5, budget, NULL, NULL, NULL);
          forecast = measure (bench_forecast, &b, 5, budget, NULL, NULL, NULL);
          printf ("%6u %6u %8u %6zu kB %12.2f ms %8.2f ms %10.1f µs\n", months[m], tiers[t], moments[k],
                  strlen (b.text) / 1000, load, forecast, forecast * 1000 / months[m]);
          fflush (stdout);
          g_object_unref (b.plan);
          g_free (b.text);
        }
}

int
main (int    argc,
      char **argv)
{
  Bench b = { 0 };
  gboolean plan = FALSE, scaling = FALSE, png = FALSE, core = FALSE, bands = FALSE;
  int rounds = 50;
  HrBenchShape shape = HR_BENCH_LARGE;
  double budget = 0.5;
  GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_NONE, &plan, "Print the plan instead of timing it", NULL },
    { "months", 0, 0, G_OPTION_ARG_INT, &shape.months, "With --plan: its months (120)", "N" },
    { "tiers", 0, 0, G_OPTION_ARG_INT, &shape.tiers, "With --plan: its tiers (20)", "N" },
    { "moments", 0, 0, G_OPTION_ARG_INT, &shape.moments, "With --plan: its moments (60, at least 6)", "N" },
    { "scaling", 0, 0, G_OPTION_ARG_NONE, &scaling, "Time loading and forecasting plans of every size", NULL },
    { "budget", 0, 0, G_OPTION_ARG_DOUBLE, &budget, "With --scaling: seconds to spend on each figure (0.5)", "S" },
    { "png", 0, 0, G_OPTION_ARG_NONE, &png, "Only compare PNG settings on each chart", NULL },
    { "core", 0, 0, G_OPTION_ARG_NONE, &core, "Only time scenarios, copies, checking and the engine's input", NULL },
    { "bands", 0, 0, G_OPTION_ARG_NONE, &bands, "Only time bands of the large plan against single forecasts", NULL },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Runs of each benchmark of the large plan (50)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[ROUNDS] — time Headroom on a large plan");
  g_autoptr(GError) error = NULL;

  /* the memory settings of the app and headroom-cli */
  hr_memory_init ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("hr-bench: %s\n", error->message);
      return 1;
    }
  if (argc > 1)
    rounds = atoi (argv[1]);
  if (rounds < 1 || shape.months < 1 || shape.months > 600 || shape.tiers < 1 || shape.moments < 6)
    {
      g_printerr ("hr-bench: expected at least 1 round, 1 to 600 months, 1 tier and 6 moments\n");
      return 1;
    }
  if (plan)
    {
      g_autofree char *text = hr_bench_plan_text (shape);
      fputs (text, stdout);
      return 0;
    }
  if (scaling)
    {
      report_scaling (budget);
      return 0;
    }

  b.text = hr_bench_plan_text (HR_BENCH_LARGE);
  b.plan = hr_plan_load_data (b.text, -1, "bench", NULL, &error);
  g_assert_no_error (error);
  b.forecast = hr_engine_forecast (b.plan, NULL, 0, NULL);
  b.input = hr_engine_input_new (b.plan, NULL);

  printf ("Large plan: 120 months, 20 tiers, 60 moments, 10 roles, 5 scenarios (%zu bytes); "
          "median CPU time of each\n", strlen (b.text));
  if (core)
    {
      report_core (&b, rounds);
      goto out;
    }
  if (bands)
    {
      report_bands (&b, rounds);
      goto out;
    }
#ifdef HR_BENCH_CHARTS
  if (png)
    {
      report_png (&b, rounds);
      goto out;
    }
#endif
  report ("load + validate (5 scen.)", bench_load, &b, rounds);
  report ("forecast (with planner)", bench_forecast, &b, rounds);
  report ("hiring planner alone", bench_planner, &b, rounds);
  report ("compare (baseline + 5)", bench_compare, &b, MAX (rounds / 5, 5));
  report ("save to text", bench_save, &b, rounds);
  report ("forecast as JSON text", bench_forecast_json, &b, rounds);
  report ("forecast as CSV text", bench_forecast_csv, &b, rounds);
  report_core (&b, rounds);
  report_bands (&b, rounds);
#ifdef HR_BENCH_CHARTS
  report_charts (&b, MAX (rounds / 5, 5));
  report_png (&b, MAX (rounds / 5, 5));
#endif
out:
  hr_engine_input_free (b.input);
  g_object_unref (b.forecast);
  g_object_unref (b.plan);
  g_free (b.text);
  return 0;
}

/* hr-bench-core.c: times the model core (scenarios, copies, loading, the
 * engine's input and run) on generated plans of growing size. Not a test:
 * run `build/bench/hr-bench-core` and write the medians (CPU time) down
 * in docs/performance.md. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hr-engine.h"
#include "hr-engine-input.h"
#include "hr-plan.h"

static const char * const modes[] = { "one_to_one", "one_to_many", "digital", "skip" };

/* CPU time of this thread: the machine is shared, and waiting for a core
 * is not the work measured */
static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A deterministic plan: @segments tiers, @moments moments, 10 roles (two
 * managers), 10 hires and 5 scenarios, every moment treated in a third of
 * the tiers */
static char *
plan_text (int months,
           int segments,
           int moments)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "{\"format\": \"headroom-plan\", \"version\": 1, \"start\": \"2027-01\","
                          " \"months\": %d, \"roles\": [", months);
  for (int r = 0; r < 10; r++)
    if (r < 8)
      g_string_append_printf (s, "%s{\"id\": \"role%d\", \"headcount\": %d, \"attrition\": 0.1,"
                              " \"cost_per_year\": 100000, \"arr_per_fte\": 2000000}", r ? ", " : "", r, 10 + r);
    else
      g_string_append_printf (s, ", {\"id\": \"lead%d\", \"headcount\": 2, \"manages\": \"role%d\"}", r, r - 8);
  g_string_append (s, "], \"segments\": [");
  for (int g = 0; g < segments; g++)
    g_string_append_printf (s, "%s{\"id\": \"seg%d\", \"accounts\": [{\"tenure_from\": 0, \"tenure_to\": 35,"
                            " \"count\": %d}], \"new_per_month\": %d, \"growth\": 0.01, \"churn\": 0.1,"
                            " \"churn_mode\": \"%s\", \"acv\": 5000, \"expansion\": 0.05, \"reactive_hours\": 0.5}",
                            g ? ", " : "", g, 100 + g, 2 + g % 5, g % 2 ? "renewal" : "monthly");
  g_string_append (s, "], \"moments\": [");
  for (int k = 0; k < moments; k++)
    {
      g_string_append_printf (s, "%s{\"id\": \"m%d\", \"role\": \"role%d\", \"at\": %d, \"every\": %d,"
                              " \"until\": %s, \"exec\": 1.5, \"tiers\": {", k ? ", " : "", k, k % 8, k % 7,
                              (int[]) { 0, 1, 2, 3, 6, 12 }[k % 6], k % 4 == 0 ? "23" : "null");
      for (int g = 0; g < segments; g += 3)
        g_string_append_printf (s, "%s\"seg%d\": {\"mode\": \"%s\", \"factor\": 1.2, \"group_size\": 8}",
                                g ? ", " : "", g, modes[(k + g) % 4]);
      g_string_append (s, "}}");
    }
  g_string_append (s, "], \"hires\": [");
  for (int h = 0; h < 10; h++)
    g_string_append_printf (s, "%s{\"role\": \"role%d\", \"month\": \"2027-%02d\"}", h ? ", " : "", h % 8, h + 1);
  g_string_append (s, "], \"scenarios\": [");
  for (int c = 0; c < 5; c++)
    g_string_append_printf (s, "%s{\"id\": \"sc%d\", \"changes\": ["
                            "{\"op\": \"scale\", \"target\": \"segments/*/new_per_month\", \"factor\": 1.%d},"
                            "{\"op\": \"set\", \"target\": \"moments/m%d/tiers/*/mode\", \"value\": \"digital\"},"
                            "{\"op\": \"add\", \"target\": \"hires\", \"value\": {\"role\": \"role0\", \"month\": \"2028-01\"}}]}",
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

typedef struct {
  char          *text;
  HrPlan        *plan;
  HrEngineInput *input;
  HrEngineSeries *series;
} Bench;

typedef void (*BenchFunc) (Bench *b);

static void
report (const char *name,
        BenchFunc   func,
        Bench      *b,
        int         rounds)
{
  double *times = g_new (double, rounds);

  func (b); /* warm up */
  for (int i = 0; i < rounds; i++)
    {
      double start = now_ms ();
      func (b);
      times[i] = now_ms () - start;
    }
  qsort (times, rounds, sizeof (double), compare_doubles);
  printf ("%-36s median %8.3f ms   min %8.3f ms   (%d runs)\n", name, times[rounds / 2], times[0], rounds);
  g_free (times);
}

static void
load (Bench *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_data (b->text, -1, "bench", NULL, &error);
  g_assert_no_error (error);
}

static void
validate (Bench *b)
{
  g_assert_true (hr_plan_validate (b->plan, NULL));
}

static void
apply_one (Bench *b)
{
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (b->plan, "sc0", NULL);
  g_assert_nonnull (applied);
}

static void
copy (Bench *b)
{
  g_autoptr(HrPlan) copy = hr_plan_copy (b->plan);
}

static void
input_new (Bench *b)
{
  g_autoptr(HrEngineInput) input = hr_engine_input_new (b->plan, NULL);
}

static void
input_copy (Bench *b)
{
  g_autoptr(HrEngineInput) input = hr_engine_input_copy (b->input);
}

static void
run (Bench *b)
{
  hr_engine_input_run (b->input, b->series);
}

static void
forecast (Bench *b)
{
  g_autoptr(HrForecast) f = hr_engine_forecast (b->plan, NULL, 0, NULL);
}

static void
bench_plan (Bench *b,
            int    months,
            int    segments,
            int    moments)
{
  g_autoptr(GError) error = NULL;

  b->text = plan_text (months, segments, moments);
  b->plan = hr_plan_load_data (b->text, -1, "bench", NULL, &error);
  g_assert_no_error (error);
  b->input = hr_engine_input_new (b->plan, NULL);
  b->series = hr_engine_series_new (b->input);
}

static void
bench_clear (Bench *b)
{
  hr_engine_series_free (b->series);
  hr_engine_input_free (b->input);
  g_object_unref (b->plan);
  g_free (b->text);
}

int
main (int    argc,
      char **argv)
{
  int rounds = argc > 1 ? atoi (argv[1]) : 50;
  Bench b = { 0 };
  static const int months[] = { 12, 60, 120 };

  bench_plan (&b, 120, 20, 60);
  printf ("Plan: 120 months, 20 tiers, 60 moments, 10 roles, 5 scenarios (%zu bytes)\n", strlen (b.text));
  report ("load + validate (5 scenarios)", load, &b, rounds);
  report ("validate in memory", validate, &b, rounds);
  report ("apply one scenario", apply_one, &b, rounds);
  report ("copy the plan", copy, &b, rounds);
  report ("engine input from the plan", input_new, &b, rounds);
  report ("copy of the input", input_copy, &b, rounds);
  report ("run of the input (no planner)", run, &b, rounds);
  bench_clear (&b);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *name = g_strdup_printf ("forecast, %d months", months[i]);
      bench_plan (&b, months[i], 20, 60);
      report (name, forecast, &b, rounds);
      bench_clear (&b);
    }

  bench_plan (&b, 120, 80, 240);
  printf ("Plan: 120 months, 80 tiers, 240 moments (%zu bytes)\n", strlen (b.text));
  report ("load + validate (5 scenarios)", load, &b, MAX (rounds / 5, 5));
  report ("forecast, 120 months", forecast, &b, MAX (rounds / 5, 5));
  bench_clear (&b);
  return 0;
}

/* hr-bench-core.c: the model core on the large plan: applying, copying
 * and checking the plan, and the engine's input and run (see
 * docs/performance.md, "Measure it: the model core") */
#include "config.h"

#include <stdio.h>

#include "hr-bench.h"

static void
bench_validate (gpointer data)
{
  Bench *b = data;

  g_assert_true (hr_plan_validate (b->plan, NULL));
}

static void
bench_apply (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (b->plan, "sc0", NULL);

  g_assert_nonnull (applied);
}

static void
bench_copy (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrPlan) copy = hr_plan_copy (b->plan);
}

static void
bench_input (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrEngineInput) input = hr_engine_input_new (b->plan, NULL);
}

static void
bench_input_copy (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrEngineInput) input = hr_engine_input_copy (b->input);
}

typedef struct {
  Bench          *bench;
  HrEngineSeries *series;
} Run;

static void
bench_run (gpointer data)
{
  Run *r = data;

  hr_engine_input_run (r->bench->input, r->series);
}

static void
bench_scenario_forecast (gpointer data)
{
  Bench *b = data;
  g_autoptr(HrForecast) f = hr_engine_forecast (b->plan, "sc0", 0, NULL);
}

void
report_core (Bench *b,
             int    rounds)
{
  Run run = { b, hr_engine_series_new (b->input) };

  report ("validate in memory (5 scen.)", bench_validate, b, rounds);
  report ("apply one scenario", bench_apply, b, rounds);
  report ("forecast of a scenario", bench_scenario_forecast, b, rounds);
  report ("copy the plan", bench_copy, b, rounds);
  report ("engine input from the plan", bench_input, b, rounds);
  report ("copy of the input", bench_input_copy, b, rounds);
  report ("run of the input, no planner", bench_run, &run, rounds);
  hr_engine_series_free (run.series);
}

/* hr-bench-bands.c: bands of the large plan (spec §6) against single
 * forecasts, in wall-clock time since the sampler runs on two threads */
#include "config.h"

#include <stdio.h>

#include "hr-bands.h"
#include "hr-bench.h"
#include "hr-bench-stats.h"
#include "hr-engine-input.h"
#include "hr-uncertainty.h"

typedef struct { const char *target; double low, high; } Range;

/* Ranges on the estimates a leader is least sure of, relative so that
 * every role, tier and moment of the large plan gets one: each sample
 * changes every number the engine reads */
static const Range every_estimate[] = {
  { "roles/*/shrinkage", 0.8, 1.3 },
  { "roles/*/unplanned", 0.5, 1.5 },
  { "segments/*/new_per_month", 0.8, 1.2 },
  { "segments/*/growth", 0.5, 1.5 },
  { "segments/*/churn", 0.8, 1.25 },
  { "segments/*/reactive_hours", 0.7, 1.5 },
  { "moments/*/prep", 0.75, 1.5 },
  { "moments/*/exec", 0.9, 1.2 },
};

/* The hours of every moment and the shrinkage of every role: the
 * accounts stay, what they cost changes in every tier */
static const Range every_hour[] = {
  { "moments/*/prep", 0.75, 1.5 },
  { "moments/*/exec", 0.9, 1.2 },
  { "roles/*/shrinkage", 0.8, 1.3 },
};

/* Reactive load: every tier's reactive hours and every role's unplanned
 * share */
static const Range reactive_load[] = {
  { "segments/*/reactive_hours", 0.7, 1.5 },
  { "roles/*/unplanned", 0.5, 1.5 },
};

/* The three estimates of the leader: one moment's hours, one
 * tier's growth, one role's shrinkage */
static const Range three_estimates[] = {
  { "moments/m7/exec", 0.8, 1.6 },
  { "segments/seg3/growth", 0.5, 1.5 },
  { "roles/role0/shrinkage", 0.8, 1.3 },
};

/* One range a leader may well set: the growth of every tier. Every
 * sample changes every tier's new accounts, so no tier keeps anything */
static const Range every_growth[] = {
  { "segments/*/growth", 0.5, 1.5 },
};

static const struct { const char *name; const Range *ranges; guint n_ranges; } cases[] = {
  { "every estimate (8 ranges)", every_estimate, G_N_ELEMENTS (every_estimate) },
  { "every hour, shrinkage (3)", every_hour, G_N_ELEMENTS (every_hour) },
  { "reactive load (2)", reactive_load, G_N_ELEMENTS (reactive_load) },
  { "three estimates (3)", three_estimates, G_N_ELEMENTS (three_estimates) },
  { "every tier's growth (1)", every_growth, G_N_ELEMENTS (every_growth) },
};

static HrPlan *
plan_with_ranges (HrPlan      *plan,
                  const Range *ranges,
                  guint        n_ranges,
                  guint        samples)
{
  HrPlan *copy = hr_plan_copy (plan);
  g_autoptr(HrUncertainty) uncertainty = hr_uncertainty_new ();

  g_object_set (uncertainty, "samples", samples, NULL);
  for (guint i = 0; i < n_ranges; i++)
    {
      g_autoptr(HrRange) range = hr_range_new (ranges[i].target, ranges[i].low, ranges[i].high, TRUE);
      g_list_store_append (G_LIST_STORE (hr_uncertainty_get_ranges (uncertainty)), range);
    }
  hr_plan_set_uncertainty (copy, uncertainty);
  return copy;
}

typedef void (*Timed) (gpointer data);

/* Median wall and CPU time of @rounds runs, in ms */
static void
time_runs (Timed     func,
           gpointer  data,
           int       rounds,
           double   *wall,
           double   *cpu)
{
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));

  func (data);   /* warm up */
  for (int i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 start_cpu = hr_bench_cpu_time ();
      double ms;

      func (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (walls, ms);
      ms = (hr_bench_cpu_time () - start_cpu) / 1000.0;
      g_array_append_val (cpus, ms);
    }
  *wall = hr_bench_median (walls);
  *cpu = hr_bench_median (cpus);
}

static void
run_forecast (gpointer data)
{
  g_autoptr(HrForecast) f = hr_engine_forecast (data, NULL, 0, NULL);
}

static void
run_bands (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) bands = hr_bands_compute (data, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
}

typedef struct {
  HrEngineInput  *input;
  HrEngineSeries *out;
} EngineRun;

/* what each sample costs: the engine alone, without journey or money */
static void
run_lean (gpointer data)
{
  EngineRun *run = data;

  hr_engine_input_run (run->input, run->out);
}

static void
run_check (gpointer data)
{
  g_assert_true (hr_plan_check_uncertainty (data, NULL));
}

/* Bands of @plan against forecasts, side by side so that a change in the
 * machine's speed falls on both: each round times five forecasts, then
 * the bands; the median of the rounds' ratios */
static double
side_by_side (HrPlan *forecast_plan,
              HrPlan *plan,
              int     rounds)
{
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < rounds; i++)
    {
      double round_forecast, round_bands, unused, ratio;

      time_runs (run_forecast, forecast_plan, 5, &round_forecast, &unused);
      time_runs (run_bands, plan, 1, &round_bands, &unused);
      ratio = round_bands / round_forecast;
      g_array_append_val (ratios, ratio);
    }
  return hr_bench_median (ratios);
}

void
report_bands (Bench *b,
              int    rounds)
{
  g_autoptr(HrPlan) most = plan_with_ranges (b->plan, every_estimate, G_N_ELEMENTS (every_estimate), 4096);
  g_autoptr(HrPlan) every = plan_with_ranges (b->plan, every_estimate, G_N_ELEMENTS (every_estimate), 256);
  g_autoptr(HrEngineInput) input = hr_engine_input_new (b->plan, NULL);
  g_autoptr(HrEngineSeries) out = hr_engine_series_new_lean (input);
  EngineRun lean = { input, out };
  double forecast_wall, forecast_cpu, check_wall, check_cpu, most_wall, most_cpu;
  double lean_wall, lean_cpu;
  int side_rounds = MAX (rounds / 5, 5);

  time_runs (run_forecast, b->plan, rounds, &forecast_wall, &forecast_cpu);
  time_runs (run_lean, &lean, rounds, &lean_wall, &lean_cpu);
  time_runs (run_check, every, side_rounds, &check_wall, &check_cpu);
  time_runs (run_bands, most, 3, &most_wall, &most_cpu);

  printf ("Bands of 256 samples by the ranges they have; median wall-clock (CPU) time\n");
  printf ("  one forecast (with planner)     %8.2f ms  (%8.2f ms CPU)\n", forecast_wall, forecast_cpu);
  printf ("  the engine alone, as a sample   %8.2f ms  (%8.2f ms CPU) = %.2f forecasts\n",
          lean_wall, lean_cpu, lean_cpu / forecast_cpu);
  printf ("  64 forecasts, the target        %8.2f ms\n", 64 * forecast_wall);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(HrPlan) plan = plan_with_ranges (b->plan, cases[c].ranges, cases[c].n_ranges, 256);
      double wall, cpu;

      time_runs (run_bands, plan, side_rounds, &wall, &cpu);
      printf ("  %-32s%8.2f ms  (%8.2f ms CPU) = %.1f forecasts; side by side %.1f (median of %d rounds)\n",
              cases[c].name, wall, cpu, wall / forecast_wall, side_by_side (b->plan, plan, side_rounds),
              side_rounds);
    }
  printf ("  every estimate, 4096 samples    %8.2f ms  (%8.2f ms CPU)\n", most_wall, most_cpu);
  printf ("  checking the ranges (corners)   %8.2f ms  (%8.2f ms CPU)\n", check_wall, check_cpu);
}

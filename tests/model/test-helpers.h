/* test-helpers.h: plans from JSON text for the model tests */
#pragma once

#include "hr-engine.h"
#include "hr-plan.h"

/* A plan from JSON text; single quotes stand for double quotes so that
 * plans read cleanly in C strings. The test fails if it does not load. */
static inline HrPlan *
plan_from_text (const char *text)
{
  g_autofree char *json = g_strdelimit (g_strdup (text), "'", '"');
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_data (json, -1, "test.headroom", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The error message of loading a plan that must be refused */
static inline char *
plan_error (const char *text)
{
  g_autofree char *json = g_strdelimit (g_strdup (text), "'", '"');
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_data (json, -1, "test.headroom", NULL, &error);

  g_assert_null (plan);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static inline HrForecast *
forecast_text (const char      *text,
               const char      *scenario,
               HrForecastFlags  flags)
{
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  HrForecast *forecast = hr_engine_forecast (plan, scenario, flags, &error);

  g_assert_no_error (error);
  return forecast;
}

static inline double
role_at (HrForecast   *f,
         const char   *role,
         HrRoleMetric  metric,
         guint         t)
{
  int r = hr_forecast_find_role (f, role);
  g_assert_cmpint (r, >=, 0);
  return hr_forecast_get_role_series (f, r, metric)[t];
}

static inline double
segment_at (HrForecast      *f,
            const char      *segment,
            HrSegmentMetric  metric,
            guint            t)
{
  int g = hr_forecast_find_segment (f, segment);
  g_assert_cmpint (g, >=, 0);
  return hr_forecast_get_segment_series (f, g, metric)[t];
}

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-9 * MAX (1.0, fabs ((double) (b))))

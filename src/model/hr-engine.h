/* hr-engine.h: plan in, forecast out (spec §3) */
#pragma once

#include "hr-forecast.h"
#include "hr-plan.h"

G_BEGIN_DECLS

typedef enum {
  HR_FORECAST_DEFAULT      = 0,
  /* forecast with the hiring planner's suggestions added as hires */
  HR_FORECAST_APPLY_HIRING = 1 << 0,
} HrForecastFlags;

/* scenario_id NULL forecasts the baseline. Fails with HR_PLAN_ERROR when the
 * scenario does not exist or its changes make an invalid plan. */
HrForecast *hr_engine_forecast (HrPlan           *plan,
                                const char       *scenario_id,
                                HrForecastFlags   flags,
                                GError          **error);

/* The baseline followed by every scenario in plan order. */
GPtrArray  *hr_engine_compare  (HrPlan  *plan,
                                GError **error);

G_END_DECLS

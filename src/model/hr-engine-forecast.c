/* hr-engine-forecast.c: a run of the engine (hr-engine.c) wrapped as an
 * HrForecast, with the hiring planner and the summary; a plan's forecast
 * and the comparison of its scenarios
 */
#include "config.h"

#include <string.h>

#include "hr-engine.h"
#include "hr-engine-input.h"
#include "hr-forecast-private.h"
#include "hr-plan-private.h"

static HrForecast *
forecast_new (const HrEngineInput *input)
{
  static const char * const touch[] = { "high", "mid", "tech" };
  HrForecast *f = hr_forecast_new_sized (input->n_months, input->n_roles, input->n_segments);
  HrEngineSeries series = {
    input->n_months, input->n_roles, input->n_segments, f->role_metrics, f->status,
    f->role_play, f->role_segment, f->segment_metrics, f->journey, f->play, f->totals,
  };

  f->plan_name = g_strdup (input->plan_name);
  f->currency = g_strdup (input->currency);
  f->start = input->start;
  for (guint r = 0; r < input->n_roles; r++)
    {
      const HrRoleData *role = &input->roles[r];
      HrRoleAssumptions *a = &f->assumptions[r];

      f->role_ids[r] = g_strdup (role->id);
      f->role_names[r] = g_strdup (role->name && *role->name ? role->name : role->id);
      *a = (HrRoleAssumptions) {
        role->hours_per_month, role->shrinkage, role->indirect, role->unplanned,
        role->target_load, role->cost_per_year, role->arr_per_fte, input->role_manages[r],
        role->span, role->lead_time_months, role->ramp->len, role->attrition,
      };
    }
  for (guint g = 0; g < input->n_segments; g++)
    {
      const HrSegmentData *segment = &input->segments[g];

      f->segment_ids[g] = g_strdup (segment->id);
      f->segment_names[g] = g_strdup (segment->name && *segment->name ? segment->name : segment->id);
      f->segment_touch[g] = g_strdup (touch[segment->touch]);
      f->segment_acv[g] = segment->acv;
      f->segment_reactive_role[g] = input->reactive_role[g];
    }
  /* the plan's hires, merged by role and start month */
  for (guint i = 0; i < input->n_hires; i++)
    {
      const HrHireData *hire = &input->hires[i];
      guint r = input->hire_role[i];
      HrSuggestedHire merged = { r, hire->month - f->start, 0, hire->count };
      gboolean found = FALSE;

      merged.requisition = (int) merged.month - input->roles[r].lead_time_months;
      for (guint j = 0; j < f->plan_hires->len && !found; j++)
        {
          HrSuggestedHire *other = &g_array_index (f->plan_hires, HrSuggestedHire, j);
          if (other->role == merged.role && other->month == merged.month)
            {
              other->count += merged.count;
              found = TRUE;
            }
        }
      if (!found)
        g_array_append_val (f->plan_hires, merged);
    }
  hr_engine_input_run (input, &series);
  return f;
}

HrForecast *
hr_engine_input_forecast (const HrEngineInput *self,
                          HrForecastFlags      flags)
{
  return hr_engine_input_forecast_to (self, flags, NULL);
}

HrForecast *
hr_engine_input_forecast_to (const HrEngineInput *self,
                             HrForecastFlags      flags,
                             const double        *required)
{
  HrForecast *f;

  g_return_val_if_fail (self != NULL, NULL);

  f = forecast_new (self);
  hr_planner_run_to (f, self, required);
  if (flags & HR_FORECAST_APPLY_HIRING)
    {
      g_autoptr(HrEngineInput) hired = hr_engine_input_copy (self);
      HrForecast *with_hires;

      hr_engine_input_add_hires (hired, (HrSuggestedHire *) f->suggestions->data, f->suggestions->len);
      with_hires = forecast_new (hired);
      /* report the hires that were added, and the months no hire could save */
      g_array_append_vals (with_hires->suggestions, f->suggestions->data, f->suggestions->len);
      memcpy (with_hires->late, f->late, (gsize) f->n_roles * f->n_months);
      memcpy (with_hires->need, f->need, (gsize) f->n_roles * f->n_months * sizeof (double));
      with_hires->hiring_applied = TRUE;
      g_object_unref (f);
      f = with_hires;
    }
  hr_forecast_summarize (f);
  return f;
}

HrForecast *
hr_engine_forecast (HrPlan           *plan,
                    const char       *scenario_id,
                    HrForecastFlags   flags,
                    GError          **error)
{
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(HrEngineInput) input = NULL;
  HrScenario *scenario = NULL;
  HrForecast *f;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  if (scenario_id)
    {
      applied = hr_plan_apply_scenario (plan, scenario_id, error);
      if (applied == NULL)
        return NULL;
      scenario = hr_plan_find_scenario (plan, scenario_id);
    }
  input = hr_engine_input_new (applied ? applied : plan, error);
  if (input == NULL)
    return NULL;
  f = hr_engine_input_forecast (input, flags);
  if (scenario)
    {
      f->scenario_id = g_strdup (scenario_id);
      f->scenario_name = g_strdup (hr_scenario_get_name (scenario));
    }
  return f;
}

GPtrArray *
hr_engine_compare (HrPlan  *plan,
                   GError **error)
{
  g_autoptr(GPtrArray) forecasts = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  HrForecast *baseline = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, error);

  if (baseline == NULL)
    return NULL;
  g_ptr_array_add (forecasts, baseline);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      HrForecast *f = hr_engine_forecast (plan, hr_item_get_id (HR_ITEM (scenario)),
                                          HR_FORECAST_DEFAULT, error);
      if (f == NULL)
        return NULL;
      g_ptr_array_add (forecasts, f);
    }
  return g_steal_pointer (&forecasts);
}

/* fuzz-forecast.c: the forecast of the baseline and every scenario, and
 * its JSON and CSV exports: finite numbers only */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

#include "hr-engine.h"

static void
check_forecast (HrPlan     *plan,
                const char *scenario_id)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  char *text;
  g_autoptr(HrForecast) forecast = hr_engine_forecast (plan, scenario_id, HR_FORECAST_DEFAULT, &error);
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *csv = NULL;

  if (forecast == NULL)
    g_error ("a loaded plan has no forecast: %s", error->message);
  json = hr_forecast_to_json (forecast);
  fuzz_check_json (json);
  text = hr_forecast_to_json_data (forecast, &length);
  fuzz_check_json_data (text, length);
  csv = hr_forecast_to_csv (forecast);
  fuzz_check_csv (csv);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  GListModel *scenarios;

  if (plan == NULL)
    return 0;
  check_forecast (plan, NULL);
  scenarios = hr_plan_get_scenarios (plan);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      check_forecast (plan, hr_item_get_id (HR_ITEM (scenario)));
    }
  return 0;
}

/* fuzz-hiring.c: the hiring planner, its plan in words and as JSON, the
 * forecast with its hires applied, and the pressure test */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

#include "hr-engine.h"
#include "hr-hiring.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(HrForecast) hired = NULL;
  g_autoptr(JsonNode) hiring = NULL;
  g_autoptr(JsonNode) pressure = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  char *text;
  g_autofree char *summary = NULL;
  g_autofree char *pressure_text = NULL;
  g_autofree char *csv = NULL;

  if (plan == NULL)
    return 0;
  hired = hr_engine_forecast (plan, NULL, HR_FORECAST_APPLY_HIRING, &error);
  if (hired == NULL)
    g_error ("a loaded plan has no forecast with its hires: %s", error->message);
  summary = hr_hiring_summary (hired);
  fuzz_check_text (summary);
  hiring = hr_hiring_to_json (hired);
  fuzz_check_json (hiring);
  text = hr_hiring_to_json_data (hired, &length);
  fuzz_check_json_data (text, length);
  text = hr_forecast_to_json_data (hired, &length);
  fuzz_check_json_data (text, length);
  json = hr_forecast_to_json (hired);
  fuzz_check_json (json);
  csv = hr_forecast_to_csv (hired);
  fuzz_check_csv (csv);
  pressure = hr_pressure_to_json (hired, hr_forecast_get_n_months (hired) - 1, 0.1);
  fuzz_check_json (pressure);
  pressure_text = hr_pressure_summary (hired, 0, 0.1);
  fuzz_check_text (pressure_text);
  return 0;
}

/* fuzz-compare.c: the baseline and every scenario side by side, as JSON,
 * as text and cell by cell as the Compare page shows them */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

#include "hr-comparison.h"
#include "hr-engine.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(GPtrArray) forecasts = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *text = NULL;
  char *json_text;

  if (plan == NULL)
    return 0;
  forecasts = hr_engine_compare (plan, &error);
  if (forecasts == NULL)
    g_error ("a loaded plan has no comparison: %s", error->message);
  json = hr_comparison_to_json (forecasts);
  fuzz_check_json (json);
  json_text = hr_comparison_to_json_data (forecasts, &length);
  fuzz_check_json_data (json_text, length);
  text = hr_comparison_to_text (forecasts);
  fuzz_check_text (text);
  for (guint row = 0; row < hr_comparison_count_rows (forecasts); row++)
    for (guint column = 0; column < forecasts->len; column++)
      {
        g_autofree char *cell = hr_comparison_dup_cell (forecasts, column, row);
        if (cell)
          fuzz_check_text (cell);
      }
  return 0;
}

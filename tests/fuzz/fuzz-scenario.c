/* fuzz-scenario.c: scenario application: every scenario of a plan that
 * loads applies (loading checks it) to a plan that saves and opens again,
 * unless the baseline's ranges break a rule at a corner of its plan */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  GListModel *scenarios;

  if (plan == NULL)
    return 0;
  scenarios = hr_plan_get_scenarios (plan);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HrPlan) applied = hr_plan_apply_scenario (plan, hr_item_get_id (HR_ITEM (scenario)), &error);
      g_autoptr(HrPlan) reopened = NULL;
      g_autofree char *saved = NULL;
      gsize length;

      if (applied == NULL)
        g_error ("a scenario of a loaded plan does not apply: %s", error->message);
      saved = hr_plan_to_data (applied, &length);
      reopened = hr_plan_load_data (saved, length, "applied.headroom", NULL, &error);
      /* the ranges that apply to it go with it: they may break a rule at
       * a corner there, which its bands say too */
      if (reopened == NULL && !strstr (error->message, ": uncertainty.ranges["))
        g_error ("an applied scenario does not open again: %s", error->message);
    }
  return 0;
}

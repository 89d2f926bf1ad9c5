/* fuzz-plan.c: the plan loader and validation: a plan that loads
 * validates, saves and loads again to the same text */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(HrPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  gsize length, relength;

  if (plan == NULL)
    return 0;
  if (!hr_plan_validate (plan, &error))
    g_error ("a loaded plan does not validate: %s", error->message);
  saved = hr_plan_to_data (plan, &length);
  again = hr_plan_load_data (saved, length, "saved.headroom", NULL, &error);
  if (again == NULL)
    g_error ("a saved plan does not open again: %s", error->message);
  resaved = hr_plan_to_data (again, &relength);
  g_assert (length == relength && memcmp (saved, resaved, length) == 0);
  return 0;
}

/* fuzz-activities.c: the activity table's CSV import into the sample plan:
 * a table that imports gives a plan that validates, saves and opens again;
 * one that is refused names the file, and changes nothing */
#include "fuzz-common.h"

#include "hr-activities.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HrPlan *sample;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrActivitiesImport) import = NULL;
  g_autoptr(HrPlan) reopened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  gsize length;

  fuzz_init ();
  if (sample == NULL)
    sample = hr_plan_new_sample ();
  if (!hr_activities_read_csv ((const char *) data, size, "fuzz.csv", &rows, &lines, &error))
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  before = hr_plan_to_data (sample, NULL);
  import = hr_activities_import (sample, rows, lines, "fuzz.csv", NULL, size % 2 == 0, &error);
  after = hr_plan_to_data (sample, NULL);
  g_assert (strcmp (before, after) == 0);
  if (import == NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  if (!hr_plan_validate (import->plan, &error))
    g_error ("an imported table makes an invalid plan: %s", error->message);
  saved = hr_plan_to_data (import->plan, &length);
  reopened = hr_plan_load_data (saved, length, "imported.headroom", NULL, &error);
  if (reopened == NULL)
    g_error ("an imported table makes a plan that does not open again: %s", error->message);
  return 0;
}

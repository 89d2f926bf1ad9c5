/* fuzz-uncertainty.c: the "uncertainty" object of spec §6: a plan that
 * loads with ranges saves them and opens again as it was, and its bands
 * (baseline and every scenario) are the same twice, ordered (P10 ≤ P50 ≤
 * P90), finite where they are numbers, with shares of samples in [0, 1];
 * a scenario that cannot be sampled says which rule and range */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

#include "hr-bands.h"
#include "hr-uncertainty.h"

/* At most this many samples: the fuzzer wants many inputs a second */
#define FUZZ_SAMPLES 24

static void
check_ordered (const double *p10,
               const double *p50,
               const double *p90,
               guint         n)
{
  for (guint t = 0; t < n; t++)
    {
      /* nulls sort above every number */
      if ((isnan (p10[t]) && !isnan (p50[t])) || (isnan (p50[t]) && !isnan (p90[t])))
        g_error ("a null band below a number in month %u", t);
      if (!isnan (p90[t]) && !(p10[t] <= p50[t] && p50[t] <= p90[t]))
        g_error ("bands out of order in month %u: %g %g %g", t, p10[t], p50[t], p90[t]);
      if (!isnan (p90[t]) && !isfinite (p90[t]))
        g_error ("a band that is not finite in month %u", t);
    }
}

static void
check_bands (HrPlan     *plan,
             const char *scenario_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) bands = hr_bands_compute (plan, scenario_id, NULL, NULL, NULL, &error);
  g_autoptr(HrBands) again = NULL;
  g_autofree char *first = NULL, *second = NULL, *csv = NULL, *text = NULL;
  guint T;
  gsize length;

  if (bands == NULL)
    {
      /* the baseline was checked when it loaded; a scenario's plan may
       * break a rule at a corner of the ranges, and says so */
      if (scenario_id == NULL || !g_str_has_prefix (error->message, "scenarios["))
        g_error ("no bands for a loaded plan: %s", error->message);
      return;
    }
  T = hr_bands_get_n_months (bands);
  for (guint r = 0; r < hr_bands_get_n_roles (bands); r++)
    {
      for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
        check_ordered (hr_bands_get_role_band (bands, r, m, HR_BAND_P10),
                       hr_bands_get_role_band (bands, r, m, HR_BAND_P50),
                       hr_bands_get_role_band (bands, r, m, HR_BAND_P90), T);
      for (guint t = 0; t < T; t++)
        if (!(hr_bands_get_p_over (bands, r)[t] >= 0 && hr_bands_get_p_over (bands, r)[t] <= 1))
          g_error ("a share over capacity outside [0, 1]");
    }
  for (guint k = 0; k < HR_N_BANDS_TOTALS; k++)
    check_ordered (hr_bands_get_total_band (bands, k, HR_BAND_P10), hr_bands_get_total_band (bands, k, HR_BAND_P50),
                   hr_bands_get_total_band (bands, k, HR_BAND_P90), T);

  first = hr_bands_to_json_data (bands, &length);
  fuzz_check_json_data (g_strndup (first, length), length);
  csv = hr_bands_to_csv (bands);
  fuzz_check_csv (csv);
  text = hr_bands_to_text (bands);
  fuzz_check_text (text);

  again = hr_bands_compute (plan, scenario_id, NULL, NULL, NULL, &error);
  g_assert (again != NULL);
  second = hr_bands_to_json_data (again, NULL);
  if (strcmp (first, second) != 0)
    g_error ("the same plan gave two different bands");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(HrPlan) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL, *resaved = NULL;
  HrUncertainty *uncertainty;
  GListModel *scenarios;
  gsize length;

  if (plan == NULL || (uncertainty = hr_plan_get_uncertainty (plan)) == NULL)
    return 0;

  /* the object saves and opens again as it was */
  saved = hr_plan_to_data (plan, &length);
  reopened = hr_plan_load_data (saved, length, "saved.headroom", NULL, &error);
  if (reopened == NULL)
    g_error ("a saved plan with ranges does not open again: %s", error->message);
  resaved = hr_plan_to_data (reopened, NULL);
  if (strcmp (saved, resaved) != 0)
    g_error ("a plan with ranges saves differently once opened again");

  if (hr_plan_get_ranges (plan) == NULL)
    return 0;
  if (hr_uncertainty_get_samples (uncertainty) > FUZZ_SAMPLES)
    g_object_set (uncertainty, "samples", FUZZ_SAMPLES, NULL);
  check_bands (plan, NULL);
  scenarios = hr_plan_get_scenarios (plan);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      check_bands (plan, hr_item_get_id (HR_ITEM (scenario)));
    }
  return 0;
}

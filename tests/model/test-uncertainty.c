/* test-uncertainty.c: the plan's "uncertainty" object (spec §6): loading,
 * saving, copies and scenario plans, every refusal and the corners, ranges
 * left out of a scenario */
#include <math.h>
#include <string.h>

#include "hr-bands.h"
#include "hr-uncertainty.h"
#include "test-helpers.h"

/* A plan with one role, one tier and one moment, then @uncertainty */
static char *
plan_with (const char *uncertainty)
{
  return g_strdup_printf (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 6,"
    " 'roles': [{'id': 'csm', 'headcount': 3, 'shrinkage': 0.1, 'indirect': 0.5, 'unplanned': 0.1}],"
    " 'segments': [{'id': 's', 'accounts': 100, 'new_by_month': [2, 3], 'churn': 0.1, 'reactive_hours': 1.5}],"
    " 'moments': [{'id': 'k', 'at': 0, 'every': 3, 'prep': 2, 'exec': 1}],"
    " 'scenarios': [{'id': 'lean', 'changes': [{'op': 'remove', 'target': 'moments/k'}]},"
    "               {'id': 'busy', 'changes': [{'op': 'set', 'target': 'roles/csm/indirect', 'value': 0.8}]}]"
    "%s%s}", uncertainty ? ", 'uncertainty': " : "", uncertainty ? uncertainty : "");
}

static void
test_round_trip (void)
{
  g_autofree char *text = plan_with ("{'samples': 64, 'ranges': ["
                                     "{'target': 'moments/k/prep', 'low': 1, 'high': 3},"
                                     "{'target': 'segments/s/new_by_month', 'low': 0.8, 'high': 1.3, 'relative': true},"
                                     "{'target': 'roles/csm/shrinkage', 'low': 0.05, 'high': 0.2, 'mode': 0.12}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);
  g_autoptr(HrRange) second = NULL;
  g_autofree char *saved = NULL, *again = NULL;
  g_autoptr(HrPlan) reloaded = NULL;
  g_autoptr(HrPlan) copy = NULL;
  g_autoptr(HrPlan) applied = NULL;

  g_assert_nonnull (uncertainty);
  g_assert_cmpuint (hr_uncertainty_get_samples (uncertainty), ==, 64);
  /* the default confidence */
  g_assert_cmpuint (hr_uncertainty_get_confidence (uncertainty), ==, 90);
  g_assert_cmpuint (g_list_model_get_n_items (hr_uncertainty_get_ranges (uncertainty)), ==, 3);
  second = g_list_model_get_item (hr_uncertainty_get_ranges (uncertainty), 1);
  g_assert_true (hr_range_get_relative (second));
  g_assert_true (isnan (hr_range_get_mode (second)));
  g_assert_true (hr_uncertainty_find_range (uncertainty, "roles/csm/shrinkage", NULL) != NULL);

  /* saved with every default, the mode only where it is given */
  saved = hr_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (saved, "\"uncertainty\": {\n    \"samples\": 64,\n    \"confidence\": 90,"));
  g_assert_nonnull (strstr (saved, "{\"target\": \"moments/k/prep\", \"low\": 1, \"high\": 3, \"relative\": false}"));
  g_assert_nonnull (strstr (saved, "\"mode\": 0.12"));
  reloaded = hr_plan_load_data (saved, -1, "saved.headroom", NULL, NULL);
  g_assert_nonnull (reloaded);
  again = hr_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (saved, ==, again);

  /* a copy has its own; a scenario's plan reads the baseline's */
  copy = hr_plan_copy (plan);
  g_assert_true (hr_plan_get_uncertainty (copy) != uncertainty);
  g_free (again);
  again = hr_plan_to_data (copy, NULL);
  g_assert_cmpstr (saved, ==, again);
  applied = hr_plan_apply_scenario (plan, "busy", NULL);
  g_assert_true (hr_plan_get_uncertainty (applied) == uncertainty);
}

static void
test_no_uncertainty (void)
{
  g_autofree char *text = plan_with (NULL);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autofree char *saved = hr_plan_to_data (plan, NULL);

  g_assert_null (hr_plan_get_uncertainty (plan));
  g_assert_null (hr_plan_get_ranges (plan));
  g_assert_null (strstr (saved, "uncertainty"));
  g_assert_true (hr_plan_check_uncertainty (plan, NULL));
}

static void
test_unknown_key (void)
{
  g_autofree char *text = plan_with ("{'seed': 7, 'ranges': [{'target': 'moments/k/prep', 'low': 1, 'high': 3, 'why': 'guess'}]}");
  g_autofree char *json = g_strdelimit (g_strdup (text), "'", '"');
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HrPlan) plan = hr_plan_load_data (json, -1, "p.headroom", warnings, NULL);
  g_autofree char *saved = hr_plan_to_data (plan, NULL);

  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_cmpstr (warnings->pdata[0], ==, "p.headroom: uncertainty.ranges[1]: unknown key \"why\" is kept but not used");
  g_assert_cmpstr (warnings->pdata[1], ==, "p.headroom: uncertainty: unknown key \"seed\" is kept but not used");
  g_assert_nonnull (strstr (saved, "\"seed\": 7"));
  g_assert_nonnull (strstr (saved, "\"why\": \"guess\""));
}

/* Each refusal of §6 and of the file, with the message a person reads */
static void
test_refusals (void)
{
  static const struct { const char *uncertainty; const char *message; } cases[] = {
    { "[]", "uncertainty: must be an object such as" },
    { "{'samples': 8}", "uncertainty.samples: must be between 16 and 4096, got 8" },
    { "{'samples': 100.5}", "uncertainty.samples: must be a whole number, got 100.5" },
    { "{'confidence': 100}", "uncertainty.confidence: must be between 50 and 99, got 100" },
    { "{'ranges': {}}", "uncertainty.ranges: must be a list of ranges" },
    { "{'ranges': [3]}", "uncertainty.ranges[1]: must be an object with \"target\", \"low\" and \"high\"" },
    { "{'ranges': [{'low': 1, 'high': 2}]}", "uncertainty.ranges[1].target: is required" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 'one', 'high': 2}]}",
      "uncertainty.ranges[1].low: must be a number, got \"one\"" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 1, 'high': 2, 'relative': 1}]}",
      "uncertainty.ranges[1].relative: must be true or false" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 1, 'high': 2, 'mode': 'x'}]}",
      "uncertainty.ranges[1].mode: must be a number between low and high" },
    /* a ≤ c ≤ b */
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 3, 'high': 1}]}",
      "uncertainty.ranges[1]: low must not be above high, got 3 to 1" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 1, 'high': 3, 'mode': 4}]}",
      "uncertainty.ranges[1]: mode must be between low and high (1 to 3), got 4" },
    { "{'ranges': [{'target': 'segments/s/churn', 'low': 0.2, 'high': 0.3}]}",
      "uncertainty.ranges[1]: segments[s].churn is 0.1 in the plan, outside 0.2 to 0.3: widen the range or give a mode" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': 1.1, 'high': 1.5, 'relative': true}]}",
      "uncertainty.ranges[1]: a relative range without a mode must include 1, the plan’s own value; got 1.1 to 1.5" },
    /* targets */
    { "{'ranges': [{'target': 'roles/am/headcount', 'low': 1, 'high': 3}]}",
      "uncertainty.ranges[1]: target \"roles/am/headcount\": roles has no item with id \"am\"" },
    { "{'ranges': [{'target': 'moments/k/at', 'low': 0, 'high': 2}]}",
      "uncertainty.ranges[1]: target \"moments/k/at\": \"at\" is a whole-number field; a range needs a decimal field" },
    { "{'ranges': [{'target': 'roles/csm/lead_time_months', 'low': 1, 'high': 4}]}",
      "\"lead_time_months\" is a whole-number field" },
    { "{'ranges': [{'target': 'segments/s/churn_mode', 'low': 0, 'high': 1}]}",
      "\"churn_mode\" is not a number" },
    { "{'ranges': [{'target': 'moments/k', 'low': 0, 'high': 1}]}",
      "a range needs a field such as roles/csm/shrinkage" },
    { "{'ranges': [{'target': 'roles/csm/arr_per_fte', 'low': 1e6, 'high': 3e6}]}",
      "uncertainty.ranges[1]: target \"roles/csm/arr_per_fte\" matches nothing: every field it names is empty (null)" },
    { "{'ranges': [{'target': 'segments/s/new_by_month', 'low': 1, 'high': 4}]}",
      "uncertainty.ranges[1]: segments[s].new_by_month takes relative ranges only" },
    /* two ranges on one field, by another path */
    { "{'ranges': [{'target': 'roles/csm/shrinkage', 'low': 0.05, 'high': 0.2},"
      "            {'target': 'roles/*/shrinkage', 'low': 0.9, 'high': 1.1, 'relative': true}]}",
      "uncertainty.ranges[2]: roles[csm].shrinkage has a range already, uncertainty.ranges[1]; a field takes one range" },
    { "{'ranges': [{'target': 'moments/k/tiers/s/factor', 'low': 0.5, 'high': 1.5},"
      "            {'target': 'moments/*/tiers/*/factor', 'low': 0.9, 'high': 1.1, 'relative': true}]}",
      "uncertainty.ranges[2]: moments[k].tiers[s].factor has a range already" },
    /* the corners: one range alone, and two together */
    { "{'ranges': [{'target': 'roles/csm/shrinkage', 'low': 0.5, 'high': 12, 'relative': true}]}",
      "uncertainty.ranges[1]: with every range at its high end, roles[csm].shrinkage: must be at least 0 and less than 1, got 1.2" },
    { "{'ranges': [{'target': 'moments/k/prep', 'low': -1, 'high': 3}]}",
      "uncertainty.ranges[1]: with every range at its low end, moments[k].prep: must be at least 0, got -1" },
    { "{'ranges': [{'target': 'roles/csm/indirect', 'low': 0.4, 'high': 0.7},"
      "            {'target': 'roles/csm/unplanned', 'low': 0.05, 'high': 0.35}]}",
      "uncertainty.ranges[2]: with every range at its high end, roles[csm]: indirect + unplanned must be below 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = plan_with (cases[i].uncertainty);
      g_autofree char *message = plan_error (text);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("%s\n  gave: %s\n  expected: …%s…", cases[i].uncertainty, message, cases[i].message);
      /* every message names the file first */
      g_assert_true (g_str_has_prefix (message, "test.headroom: "));
    }
}

static void
test_too_many (void)
{
  GString *ranges = g_string_new ("{'ranges': [");
  g_autofree char *text = NULL, *message = NULL;

  for (int i = 0; i <= HR_MAX_RANGES; i++)
    g_string_append_printf (ranges, "%s{'target': 'moments/k/prep', 'low': 1, 'high': 3}", i ? ", " : "");
  g_string_append (ranges, "]}");
  text = plan_with (ranges->str);
  message = plan_error (text);
  g_assert_nonnull (strstr (message, "uncertainty.ranges: has 501 ranges; Headroom takes at most 500"));
  g_string_free (ranges, TRUE);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Ranges edited in memory are checked as a file is */
static void
test_edited (void)
{
  g_autofree char *text = plan_with (NULL);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrUncertainty) uncertainty = hr_uncertainty_new ();
  g_autoptr(HrRange) range = hr_range_new ("roles/csm/unplanned", 0.05, 0.6, FALSE);
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_cb), &changes);
  hr_plan_set_uncertainty (plan, uncertainty);
  g_assert_cmpuint (changes, ==, 1);
  g_list_store_append (G_LIST_STORE (hr_uncertainty_get_ranges (uncertainty)), range);
  g_assert_cmpuint (changes, ==, 2);
  /* 0.5 indirect + 0.6 unplanned at the high end */
  g_assert_false (hr_plan_validate (plan, &error));
  g_assert_nonnull (strstr (error->message, "uncertainty.ranges[1]: with every range at its high end"));
  g_clear_error (&error);
  g_object_set (range, "high", 0.3, NULL);
  g_assert_cmpuint (changes, ==, 3);
  hr_range_set_relative (range, FALSE);
  g_assert_cmpuint (changes, ==, 3);
  hr_range_set_mode (range, 0.2);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_true (hr_plan_validate (plan, &error));
  g_assert_no_error (error);
  hr_plan_set_uncertainty (plan, NULL);
  g_assert_cmpuint (changes, ==, 5);
  /* no longer the plan's: its edits are not the plan's */
  g_object_set (range, "low", 0.1, NULL);
  g_assert_cmpuint (changes, ==, 5);
}

/* A range on what a scenario removes is left out there, with a warning,
 * and the other ranges keep their draws (j counts every range) */
static void
test_skipped_in_scenario (void)
{
  g_autofree char *text = plan_with ("{'samples': 32, 'ranges': ["
                                     "{'target': 'moments/k/prep', 'low': 1, 'high': 3},"
                                     "{'target': 'segments/s/reactive_hours', 'low': 1, 'high': 2.5}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) lean = hr_bands_compute (plan, "lean", NULL, NULL, NULL, &error);
  const char * const *warnings;
  g_autoptr(HrPlan) promoted = NULL;
  g_autoptr(HrBands) same = NULL;
  g_autofree char *lean_text = NULL, *same_text = NULL;
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(HrRange) kept = NULL;

  g_assert_no_error (error);
  warnings = hr_bands_get_warnings (lean);
  g_assert_cmpuint (g_strv_length ((char **) warnings), ==, 1);
  g_assert_cmpstr (warnings[0], ==, "uncertainty.ranges[1] is left out of the scenario “lean”: "
                                    "target \"moments/k/prep\": moments has no item with id \"k\"");
  g_assert_cmpuint (hr_bands_get_n_drivers (lean), ==, 1);
  g_assert_cmpuint (hr_bands_get_driver (lean, 0)->position, ==, 2);

  /* the same draws as a plan whose first range moves nothing: a zero
   * width range on the cost, which no band reads */
  promoted = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 6,"
    " 'roles': [{'id': 'csm', 'headcount': 3, 'shrinkage': 0.1, 'indirect': 0.5, 'unplanned': 0.1}],"
    " 'segments': [{'id': 's', 'accounts': 100, 'new_by_month': [2, 3], 'churn': 0.1, 'reactive_hours': 1.5}],"
    " 'uncertainty': {'samples': 32, 'ranges': ["
    "   {'target': 'roles/csm/cost_per_year', 'low': 0, 'high': 0},"
    "   {'target': 'segments/s/reactive_hours', 'low': 1, 'high': 2.5}]}}");
  same = hr_bands_compute (promoted, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
    for (guint b = 0; b < HR_N_BANDS; b++)
      for (guint t = 0; t < 6; t++)
        g_assert_cmpfloat (hr_bands_get_role_band (lean, 0, m, b)[t], ==, hr_bands_get_role_band (same, 0, m, b)[t]);
  lean_text = hr_bands_to_json_data (lean, NULL);
  same_text = hr_bands_to_json_data (same, NULL);
  g_assert_nonnull (strstr (lean_text, "\"scenario\": \"lean\""));

  /* the scenario's plan keeps only the range that applies to it, so that
   * it saves as a plan that opens again */
  applied = hr_plan_apply_scenario (plan, "lean", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_ranges (applied)), ==, 1);
  kept = g_list_model_get_item (hr_plan_get_ranges (applied), 0);
  g_assert_cmpstr (hr_range_get_target (kept), ==, "segments/s/reactive_hours");
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_ranges (plan)), ==, 2);
}

/* A scenario's plan that breaks a rule at a corner of the ranges */
static void
test_scenario_corner (void)
{
  g_autofree char *text = plan_with ("{'ranges': [{'target': 'roles/csm/unplanned', 'low': 0.05, 'high': 0.3}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) busy = hr_bands_compute (plan, "busy", NULL, NULL, NULL, &error);

  /* indirect 0.8 there, unplanned up to 0.3 */
  g_assert_null (busy);
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "scenarios[busy]: uncertainty.ranges[1]: with every range at its "
                                                   "high end, roles[csm]: indirect + unplanned must be below 1"));
}

/* A default mode outside the range in a scenario's plan leaves it out */
static void
test_scenario_mode (void)
{
  g_autofree char *text = plan_with ("{'ranges': [{'target': 'roles/csm/indirect', 'low': 0.4, 'high': 0.6}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) busy = hr_bands_compute (plan, "busy", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (hr_bands_get_warnings (busy)[0], "roles[csm].indirect is 0.8 in the plan, outside 0.4 to 0.6"));
  g_assert_cmpuint (hr_bands_get_n_drivers (busy), ==, 0);
}

static void
test_absolute_accounts (void)
{
  /* accounts as a whole: the cohorts keep their shares of the draw */
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 1,"
    " 'roles': [{'id': 'csm', 'headcount': 3}],"
    " 'segments': [{'id': 's', 'accounts': [{'tenure': 2, 'count': 30}, {'tenure': 20, 'count': 10}]},"
    "              {'id': 'new', 'accounts': 0}],"
    " 'uncertainty': {'samples': 16, 'ranges': ["
    "   {'target': 'segments/s/accounts', 'low': 40, 'high': 80, 'mode': 60},"
    "   {'target': 'segments/new/accounts', 'low': 0, 'high': 20}]}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) bands = hr_bands_compute (plan, NULL, NULL, NULL, NULL, &error);
  const HrBandsDriver *first, *second;

  g_assert_no_error (error);
  /* P50 of the triangle (40, 60, 80) drawn 16 times, plus P50 of (0, 0, 20) */
  g_assert_cmpfloat (hr_bands_get_total_band (bands, HR_BANDS_ACCOUNTS, HR_BAND_P10)[0], >, 40);
  g_assert_cmpfloat (hr_bands_get_total_band (bands, HR_BANDS_ACCOUNTS, HR_BAND_P90)[0], <, 100);
  first = hr_bands_get_driver (bands, 0);
  second = hr_bands_get_driver (bands, 1);
  g_assert_cmpuint (first->position, ==, 1);
  g_assert_cmpuint (second->position, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/uncertainty/round-trip", test_round_trip);
  g_test_add_func ("/uncertainty/none", test_no_uncertainty);
  g_test_add_func ("/uncertainty/unknown-key", test_unknown_key);
  g_test_add_func ("/uncertainty/refusals", test_refusals);
  g_test_add_func ("/uncertainty/too-many", test_too_many);
  g_test_add_func ("/uncertainty/edited", test_edited);
  g_test_add_func ("/uncertainty/scenario/skipped", test_skipped_in_scenario);
  g_test_add_func ("/uncertainty/scenario/corner", test_scenario_corner);
  g_test_add_func ("/uncertainty/scenario/mode", test_scenario_mode);
  g_test_add_func ("/uncertainty/absolute-accounts", test_absolute_accounts);
  return g_test_run ();
}

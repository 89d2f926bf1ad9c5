/* test-change.c: scenario changes as plain sentences, hiring summary and
 * pressure test */
#include <math.h>
#include <string.h>

#include "hr-change.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "test-helpers.h"

#define PLAN \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 12," \
  "'roles': [{'id': 'csm', 'name': 'Customer Success Managers', 'headcount': 2, 'arr_per_fte': 1000000, 'lead_time_months': 2}]," \
  "'segments': [{'id': 'mid', 'name': 'Mid-market', 'accounts': [{'tenure_from': 0, 'tenure_to': 11, 'count': 120}], 'acv': 20000," \
  "              'new_per_month': 10, 'reactive_hours': 1.5}]," \
  "'moments': [{'id': 'insights', 'name': 'Sharing Insights', 'every': 1, 'exec': 1}]}"

static void
test_describe (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  struct { const char *change; const char *sentence; } rows[] = {
    { "{'op': 'set', 'target': 'moments/insights/tiers/mid/mode', 'value': 'digital'}",
      "Mid-market: Sharing Insights becomes digital" },
    { "{'op': 'set', 'target': 'moments/insights/tiers/*', 'value': {'mode': 'one_to_many', 'group_size': 8}}",
      "All tiers: Sharing Insights becomes one-to-many" },
    { "{'op': 'add', 'target': 'hires', 'value': {'role': 'csm', 'month': '2027-05', 'count': 2}}",
      "2 × Customer Success Managers start in May 2027" },
    { "{'op': 'scale', 'target': 'segments/*/new_per_month', 'factor': 1.3}",
      "All tiers: new accounts per month +30%" },
    { "{'op': 'scale', 'target': 'segments/mid/reactive_hours', 'factor': 0.8}",
      "Mid-market: reactive hours −20%" },
    { "{'op': 'set', 'target': 'moments/insights/every', 'value': 3}",
      "Sharing Insights: interval becomes 3 months" },
    { "{'op': 'set', 'target': 'roles/csm/attrition', 'value': 0.15}",
      "Customer Success Managers: attrition becomes 15%" },
    { "{'op': 'remove', 'target': 'moments/insights'}",
      "Sharing Insights removed from the journey" },
    { "{'op': 'remove', 'target': 'moments/insights/tiers/mid'}",
      "Mid-market: Sharing Insights back to one-to-one" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *json = g_strdelimit (g_strdup (rows[i].change), "'", '"');
      g_autoptr(JsonNode) node = json_from_string (json, NULL);
      g_autofree char *sentence = hr_change_describe (plan, json_node_get_object (node));

      g_assert_cmpstr (sentence, ==, rows[i].sentence);
    }
}

/* a change built through the API is the spec's entry, and the scenario
 * then forecasts with it */
static void
test_build (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(HrScenario) scenario = hr_scenario_new ("automate");
  g_autoptr(JsonObject) change = hr_change_new_set ("moments/insights/tiers/mid/mode",
                                                    json_node_init_string (json_node_alloc (), "digital"));
  g_autoptr(HrForecast) f = NULL;
  g_autofree char *saved = NULL;

  hr_scenario_append_change (scenario, change);
  g_list_store_append (G_LIST_STORE (hr_plan_get_scenarios (plan)), scenario);
  saved = hr_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (saved, "{\"op\": \"set\", \"target\": \"moments/insights/tiers/mid/mode\", \"value\": \"digital\"}"));
  f = hr_engine_forecast (plan, "automate", 0, NULL);
  g_assert_cmpfloat (role_at (f, "csm", HR_ROLE_DESIGNED, 0), ==, 0);
}

/* 2 CSMs, 130 accounts (120 + 10 won in month 0): 130 h of insights +
 * 195 h reactive = 325 h; W = 325 / 0.8 = 406.25 h against 2 × 144 h: 141%.
 * With a 2-month lead time the first hires start in month 2 (requisition
 * in January) and are productive after the 3-month ramp, in June; the
 * months before that are late */
static void
test_hiring_summary (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN, NULL, 0);
  g_autofree char *text = hr_hiring_summary (f);
  g_autoptr(HrForecast) calm = forecast_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'roles': [{'id': 'csm', 'headcount': 3}]}", NULL, 0);
  g_autofree char *calm_text = hr_hiring_summary (calm);

  g_assert_true (g_str_has_prefix (text, "Customer Success Managers: open "));
  g_assert_nonnull (strstr (text, "requisitions by January 2027 so the hires are fully productive by June 2027"));
  g_assert_nonnull (strstr (text, "No requisition opened now can cover January 2027 – "));
  g_assert_cmpstr (calm_text, ==, "No hires needed: every role stays within its target load for the whole horizon.");
  {
    /* a lead time past the horizon: no requisition helps, every month is
     * late, and the sentence follows the role's name after one space */
    g_autoptr(HrForecast) late = forecast_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
                                                " 'roles': [{'id': 'csm', 'name': 'CSMs', 'headcount': 1, 'lead_time_months': 24}],"
                                                " 'segments': [{'id': 'smb', 'accounts': 100, 'reactive_hours': 10}]}", NULL, 0);
    g_autofree char *late_text = hr_hiring_summary (late);

    g_assert_true (g_str_has_prefix (late_text, "CSMs: No requisition opened now can cover January 2027 – March 2027"));
    g_assert_null (strstr (late_text, "  "));
  }
}

/* bottom-up 325 h / (144 × 0.8 = 115.2 h) = 2.821 people; top-down
 * 130 × 20,000 / 1,000,000 = 2.6; 46.08 accounts per person */
static void
test_pressure (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN, NULL, 0);
  g_autoptr(GArray) tiers = hr_pressure_test (f, 0, 0.15);
  const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, 0);

  g_assert_cmpuint (tiers->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (p->accounts, 130, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->fte_bottom_up, 325 / 115.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->fte_top_down, 2.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->accounts_per_fte, 130 / (325 / 115.2), 1e-9);
  g_assert_cmpfloat_with_epsilon (p->arr_per_fte, 2600000 / (325 / 115.2), 1e-6);
  /* no cost per year: nothing to flag */
  g_assert_cmpfloat (p->cost_share, ==, 0);
  g_assert_false (p->over_threshold);
}

/* the reason of each case of a tier, from hand-set numbers */
static void
test_pressure_describe (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN, NULL, 0);
  struct { HrTierPressure p; const char *reason; } rows[] = {
    /* 1.4 people short and 21% of ARR: flagged, the gap and the cost */
    { { .accounts = 10, .arr = 1e6, .fte_gap = 1.4, .cost_to_serve = 210000, .cost_share = 0.21, .over_threshold = TRUE },
      "Needs 1.4 more people than the ARR rule grants: customer work costs 21.0% of its ARR, above the 15% threshold." },
    { { .accounts = 10, .arr = 1e6, .fte_gap = -0.5, .cost_to_serve = 180000, .cost_share = 0.18, .over_threshold = TRUE },
      "Customer work costs 18.0% of its ARR, above the 15% threshold." },
    { { .accounts = 10, .arr = 1e6, .fte_gap = 0.6, .cost_to_serve = 90000, .cost_share = 0.09 },
      "Needs 0.6 more people than the ARR rule grants, but customer work costs 9.0% of its ARR, within the 15% threshold." },
    { { .accounts = 10, .arr = 1e6, .fte_gap = -2.1, .cost_to_serve = 60000, .cost_share = 0.06 },
      "The ARR rule grants 2.1 more people than the work needs; customer work costs 6.0% of its ARR." },
    /* 0.04 rounds to 0.0 people: no gap worth a word */
    { { .accounts = 10, .arr = 1e6, .fte_gap = 0.04, .cost_to_serve = 80000, .cost_share = 0.08 },
      "The work fits the ARR rule; customer work costs 8.0% of its ARR." },
    { { .accounts = 10, .arr = 1e6, .fte_gap = NAN, .cost_to_serve = 80000, .cost_share = 0.08 },
      "Customer work costs 8.0% of its ARR, within the 15% threshold." },
    { { .accounts = 10, .arr = 0, .fte_gap = NAN, .cost_to_serve = 12000, .cost_share = NAN, .over_threshold = TRUE },
      "Customer work for it costs 12,000 USD a year and it brings no ARR." },   /* C locale: grouped by threes */
    { { .fte_gap = NAN, .cost_share = NAN }, "No accounts and no work in this month." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *reason = hr_pressure_describe_tier (f, &rows[i].p, 0.15);
      g_assert_cmpstr (reason, ==, rows[i].reason);
    }
}

/* the team's row of the PLAN above is its only tier; the summary says the
 * 2.8 people the work needs against the 2.6 the rule grants (test_pressure) */
static void
test_pressure_summary (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN, NULL, 0);
  g_autoptr(GArray) tiers = hr_pressure_test (f, 0, 0.15);
  HrTierPressure team = hr_pressure_total (tiers, 0.15);
  g_autofree char *summary = hr_pressure_summary (f, 0, 0.15);

  g_assert_cmpuint (team.segment, ==, HR_PRESSURE_TEAM);
  g_assert_cmpfloat_with_epsilon (team.fte_ruled, 325 / 115.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (team.fte_gap, 325 / 115.2 - 2.6, 1e-9);
  /* 130 accounts / 2.6 people the rule grants = 50 */
  g_assert_cmpfloat_with_epsilon (team.accounts_per_fte_rule, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (team.arr_per_fte_rule, 1e6, 1e-6);
  g_assert_cmpint (hr_pressure_rule_role (f), ==, 0);
  g_assert_cmpstr (summary, ==,
                   "In January 2027 the work needs 2.8 Customer Success Managers; the ARR-per-person rule grants 2.6, "
                   "which falls 0.2 short of the work.\nCustomer work costs less than 15% of its ARR in every tier.\n"
                   "In January 2027 the whole team costs 0.0% of that month’s ARR, within the 15% warning threshold.");
}

/* five expensive tiers: the summary counts them rather than naming them */
static void
test_pressure_many_flagged (void)
{
  GString *plan = g_string_new ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 12,"
                                "'roles': [{'id': 'csm', 'headcount': 2, 'cost_per_year': 1000000, 'arr_per_fte': 1000000}],"
                                "'segments': [");
  g_autoptr(HrForecast) f = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (plan, "%s{'id': 's%u', 'accounts': [{'tenure_from': 0, 'tenure_to': 11, 'count': 10}],"
                            "'acv': 1000, 'reactive_hours': 2}", i ? ", " : "", i);
  g_string_append (plan, "]}");
  f = forecast_text (plan->str, NULL, 0);
  summary = hr_pressure_summary (f, 0, 0.15);
  g_assert_nonnull (strstr (summary, "\nIn 6 of the 6 tiers customer work costs more than 15% of their ARR: "));
  g_string_free (plan, TRUE);
}

/* a change already in the scenario is named rather than added twice */
static void
test_repeated (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(HrScenario) scenario = hr_scenario_new ("fund");
  g_autofree char *json = g_strdelimit (g_strdup ("[{'op': 'add', 'target': 'hires', 'value': "
                                                   "{'role': 'csm', 'month': '2027-05', 'count': 2}}]"), "'", '"');
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  JsonArray *changes = json_node_get_array (node);
  g_autofree char *none = NULL;
  g_autofree char *again = NULL;

  none = hr_scenario_explain_repeated (plan, scenario, changes);
  g_assert_null (none);
  hr_scenario_append_change (scenario, json_array_get_object_element (changes, 0));
  again = hr_scenario_explain_repeated (plan, scenario, changes);
  g_assert_cmpstr (again, ==, "Already in the scenario: 2 × Customer Success Managers start in May 2027.");
}

/* the summary's verdict: capacity first, then the cost over the whole plan;
 * ten people for 120 accounts hold easily but cost 1 M a year against
 * 2.4 M of ARR (120 × 20,000): never "The plan holds" above 15% */
static void
test_summary_status (void)
{
  g_autoptr(HrForecast) over = forecast_text (PLAN, NULL, 0);
  g_autoptr(HrForecast) costly = forecast_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 12,"
                                                "'roles': [{'id': 'csm', 'headcount': 10, 'cost_per_year': 100000}],"
                                                "'segments': [{'id': 'mid', 'accounts': [{'tenure_from': 0, 'tenure_to': 11, "
                                                "'count': 120}], 'acv': 20000, 'reactive_hours': 0.5}]}", NULL, 0);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  g_assert_cmpint (hr_summary_status (over, 0.15, &title, NULL), ==, HR_PLAN_OVER);
  g_assert_cmpstr (title, ==, "Over capacity");
  g_clear_pointer (&title, g_free);

  g_assert_cmpfloat (hr_forecast_get_summary (costly)->cost_share, >, 0.15);
  g_assert_cmpuint (hr_forecast_get_summary (costly)->months_stretched, ==, 0);
  g_assert_cmpint (hr_summary_status (costly, 0.15, &title, &detail), ==, HR_PLAN_COSTLY);
  g_assert_cmpstr (title, ==, "Holds, but costly");
  g_assert_true (g_str_has_prefix (detail, "Every role stays below its target load, but the team costs "));
  g_assert_true (g_str_has_suffix (detail, "% of ARR over the whole plan, above the 15% warning threshold."));
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&detail, g_free);

  /* the same plan under a 90% threshold holds */
  g_assert_cmpint (hr_summary_status (costly, 0.9, &title, &detail), ==, HR_PLAN_HOLDS);
  g_assert_cmpstr (title, ==, "The plan holds");
  g_assert_cmpstr (detail, ==, "Every role stays below its target load.");
}

/* a gap's sign agrees with its digits: what rounds to zero has none */
static void
test_format_signed (void)
{
  struct { double value; const char *text; } rows[] = {
    { 0.2, "+0.2" }, { -0.1, "−0.1" }, { 0.04, "0.0" }, { -0.04, "0.0" }, { 0.05, "+0.1" }, { NAN, "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = hr_format_signed (rows[i].value, 1);
      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

/* the scenarios that name an item, so the app can refuse to remove it */
static void
test_scenarios_using (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
                                           "'roles': [{'id': 'csm'}, {'id': 'onb'}],"
                                           "'segments': [{'id': 'mid'}, {'id': 'ent'}],"
                                           "'moments': [{'id': 'qbr'}, {'id': 'kickoff'}],"
                                           "'scenarios': ["
                                           "{'id': 'focus', 'changes': [{'op': 'set', 'target': 'moments/qbr/tiers/mid/mode', 'value': 'skip'}]},"
                                           "{'id': 'fund', 'changes': [{'op': 'add', 'target': 'hires', 'value': {'role': 'onb', 'month': '2027-03'}}]},"
                                           "{'id': 'all', 'changes': [{'op': 'scale', 'target': 'segments/*/churn', 'factor': 0.5}]}]}");
  struct { gpointer item; const char *users; } rows[] = {
    { hr_plan_find_moment (plan, "qbr"), "focus" },
    { hr_plan_find_moment (plan, "kickoff"), "" },
    { hr_plan_find_segment (plan, "mid"), "focus" },
    { hr_plan_find_segment (plan, "ent"), "" },
    { hr_plan_find_role (plan, "onb"), "fund" },
    { hr_plan_find_role (plan, "csm"), "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GPtrArray) users = hr_plan_list_scenarios_using (plan, rows[i].item);
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint u = 0; u < users->len; u++)
        g_string_append_printf (ids, "%s%s", u ? " " : "", hr_item_get_id (users->pdata[u]));
      g_assert_cmpstr (ids->str, ==, rows[i].users);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/change/describe", test_describe);
  g_test_add_func ("/change/build", test_build);
  g_test_add_func ("/hiring/summary", test_hiring_summary);
  g_test_add_func ("/hiring/pressure", test_pressure);
  g_test_add_func ("/hiring/pressure/describe", test_pressure_describe);
  g_test_add_func ("/hiring/pressure/summary", test_pressure_summary);
  g_test_add_func ("/hiring/pressure/many-flagged", test_pressure_many_flagged);
  g_test_add_func ("/hiring/summary/status", test_summary_status);
  g_test_add_func ("/change/repeated", test_repeated);
  g_test_add_func ("/format/signed", test_format_signed);
  g_test_add_func ("/change/scenarios-using", test_scenarios_using);
  return g_test_run ();
}

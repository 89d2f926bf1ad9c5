/* test-engine.c: every rule of spec §3 on small plans, each expectation
 * worked out by hand in the comment beside it */
#include <math.h>

#include "hr-hiring.h"
#include "test-helpers.h"

#define PLAN(months, body) \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': " #months ", " body "}"

/* A role with no shrinkage or overhead, so hours read straight through */
#define PLAIN_ROLE "{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0, 'ramp': []}"

typedef struct {
  const char     *name;
  const char     *plan;
  const char     *segment;   /* NULL: a role metric of "csm" */
  int             metric;
  guint           month;
  double          expected;
} Case;

static const Case cases[] = {
  /* §3.1 new cohorts: 10 × 1.1² = 12.1 in month 2 */
  { "growth", PLAN (3, "'segments': [{'id': 'a', 'new_per_month': 10, 'growth': 0.1}]"),
    "a", HR_SEGMENT_NEW, 2, 12.1 },
  /* new_by_month [4, 5, 6]: month 5 repeats the last value, 6 */
  { "new-by-month-repeats", PLAN (6, "'segments': [{'id': 'a', 'new_per_month': 99, 'new_by_month': [4, 5, 6]}]"),
    "a", HR_SEGMENT_NEW, 5, 6 },
  /* accounts: 4 + 5 + 6 won in months 0..2, no churn = 15 */
  { "new-by-month-accounts", PLAN (3, "'segments': [{'id': 'a', 'new_by_month': [4, 5, 6]}]"),
    "a", HR_SEGMENT_ACCOUNTS, 2, 15 },
  /* monthly churn 12 %/year: 0.88^(1/12) = exp(ln 0.88 / 12) =
   * exp(−0.0106528) = 0.9894038, so 98.94038 after one month */
  { "churn-monthly", PLAN (2, "'segments': [{'id': 'a', 'accounts': [{'tenure': 5, 'count': 100}], 'churn': 0.12}]"),
    "a", HR_SEGMENT_ACCOUNTS, 1, 98.94038 },
  /* …and 12 months on, exactly 100 × 0.88 = 88 */
  { "churn-monthly-year", PLAN (13, "'segments': [{'id': 'a', 'accounts': [{'tenure': 5, 'count': 100}], 'churn': 0.12}]"),
    "a", HR_SEGMENT_ACCOUNTS, 12, 88 },
  /* churned in month 1: 100 − 98.94038 = 1.05962 */
  { "churned", PLAN (2, "'segments': [{'id': 'a', 'accounts': [{'tenure': 5, 'count': 100}], 'churn': 0.12}]"),
    "a", HR_SEGMENT_CHURNED, 1, 1.05962 },
  /* renewal churn: tenure 10 → 11 keeps all 100 */
  { "churn-renewal-before", PLAN (3, "'segments': [{'id': 'a', 'accounts': [{'tenure': 10, 'count': 100}], 'churn': 0.2, 'churn_mode': 'renewal'}]"),
    "a", HR_SEGMENT_ACCOUNTS, 1, 100 },
  /* …tenure 11 → 12 is the anniversary: 100 × 0.8 = 80 */
  { "churn-renewal-at", PLAN (3, "'segments': [{'id': 'a', 'accounts': [{'tenure': 10, 'count': 100}], 'churn': 0.2, 'churn_mode': 'renewal'}]"),
    "a", HR_SEGMENT_ACCOUNTS, 2, 80 },
  /* expansion: ACV 1000 at tenure 11, 1000 × 1.1 = 1100 at tenure 12 */
  { "expansion-before", PLAN (2, "'segments': [{'id': 'a', 'accounts': [{'tenure': 11, 'count': 1}], 'acv': 1000, 'expansion': 0.1}]"),
    "a", HR_SEGMENT_ARR, 0, 1000 },
  { "expansion-after", PLAN (2, "'segments': [{'id': 'a', 'accounts': [{'tenure': 11, 'count': 1}], 'acv': 1000, 'expansion': 0.1}]"),
    "a", HR_SEGMENT_ARR, 1, 1100 },
  /* a bare number is tenures 12..23: 24 accounts, 2 at each; ARR month 0 =
   * 24 × 500 × 1.1 = 13200 (all in their second year) */
  { "bare-number", PLAN (1, "'segments': [{'id': 'a', 'accounts': 24, 'acv': 500, 'expansion': 0.1}]"),
    "a", HR_SEGMENT_ARR, 0, 13200 },
  /* a spread 0..3 of 8 puts 2 at each tenure; a once-only moment at
   * tenure 2 of 1 h is due for 2 accounts: 2 h */
  { "spread", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 3, 'count': 8}]}],"
                       "'moments': [{'id': 'm', 'at': 2, 'exec': 1}]"),
    NULL, HR_ROLE_DESIGNED, 0, 2 },
  /* repeating every 3 from 1 until 7: tenures 1, 4, 7 of 0..9 spread
   * (1 account each) = 3 occurrences × (1 + 2 + 0.5) h = 10.5 h */
  { "every-until", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 9, 'count': 10}]}],"
                            "'moments': [{'id': 'm', 'at': 1, 'every': 3, 'until': 7, 'prep': 1, 'exec': 2, 'follow': 0.5}]"),
    NULL, HR_ROLE_DESIGNED, 0, 10.5 },
  /* every 1 from 0 without end over 0..99 (1 each): 100 accounts × 1 h */
  { "every-no-end", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 99, 'count': 100}]}],"
                             "'moments': [{'id': 'm', 'every': 1, 'exec': 1}]"),
    NULL, HR_ROLE_DESIGNED, 0, 100 },
  /* every 12 from 10 without end over 0..59: tenures 10, 22, 34, 46, 58 */
  { "every-12", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 59, 'count': 60}]}],"
                         "'moments': [{'id': 'm', 'at': 10, 'every': 12, 'exec': 1}]"),
    NULL, HR_ROLE_DESIGNED, 0, 5 },
  /* one_to_one: 10 due × 2 h × factor 1.5 × complexity 1.2 = 36 h */
  { "one-to-one", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 0, 'count': 10}], 'complexity': 1.2}],"
                           "'moments': [{'id': 'm', 'exec': 2, 'tiers': {'a': {'factor': 1.5}}}]"),
    NULL, HR_ROLE_DESIGNED, 0, 36 },
  /* one_to_many: 25 due in groups of 10 = 3 sessions × 2 h × 1.5; the
   * segment's complexity does not apply: 9 h */
  { "one-to-many", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 0, 'count': 25}], 'complexity': 3}],"
                            "'moments': [{'id': 'm', 'exec': 2, 'tiers': {'a': {'mode': 'one_to_many', 'factor': 1.5}}}]"),
    NULL, HR_ROLE_DESIGNED, 0, 9 },
  /* exactly 20 due (60 spread over 3 tenures) fill 2 sessions, not 3: 2 h */
  { "one-to-many-exact", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 2, 'count': 60}]}],"
                                  "'moments': [{'id': 'm', 'at': 1, 'exec': 1, 'tiers': {'a': {'mode': 'one_to_many', 'group_size': 10}}}]"),
    NULL, HR_ROLE_DESIGNED, 0, 2 },
  /* digital and skip cost nothing */
  { "digital", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 0, 'count': 25}]}],"
                        "'moments': [{'id': 'm', 'exec': 2, 'tiers': {'a': {'mode': 'digital'}}}]"),
    NULL, HR_ROLE_DESIGNED, 0, 0 },
  { "skip", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 0, 'count': 25}]}],"
                     "'moments': [{'id': 'm', 'exec': 2, 'tiers': {'a': {'mode': 'skip'}}}]"),
    NULL, HR_ROLE_DESIGNED, 0, 0 },
  /* reactive: 40 accounts × 1.5 h = 60 h */
  { "reactive", PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 40}], 'reactive_hours': 1.5}]"),
    NULL, HR_ROLE_REACTIVE, 0, 60 },
  /* effort mix: 80 direct h at i = 0.15, p = 0.05: W = 80 / 0.8 = 100 */
  { "workload", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 80}], 'reactive_hours': 1}]"),
    NULL, HR_ROLE_WORKLOAD, 0, 100 },
  { "indirect", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 80}], 'reactive_hours': 1}]"),
    NULL, HR_ROLE_INDIRECT, 0, 15 },
  { "unplanned", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 80}], 'reactive_hours': 1}]"),
    NULL, HR_ROLE_UNPLANNED, 0, 5 },
  /* required FTE: W = 100 over 160 × (1 − 0.1) = 144 h: 0.69444 */
  { "required", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 80}], 'reactive_hours': 1}]"),
    NULL, HR_ROLE_REQUIRED_FTE, 0, 100.0 / 144 },
  /* attrition 12 %/year: 12 people keep 12 × 0.88 = 10.56 after 12 months */
  { "attrition", PLAN (13, "'roles': [{'id': 'csm', 'headcount': 12, 'attrition': 0.12}]"),
    NULL, HR_ROLE_HEADCOUNT, 12, 10.56 },
  /* capacity: 3 people × 160 × 0.9 = 432 h */
  { "capacity", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 3}]"),
    NULL, HR_ROLE_CAPACITY, 0, 432 },
  /* gap: 0.69444 required − 1 effective = −0.30556 */
  { "gap", PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 3, 'count': 80}], 'reactive_hours': 1}]"),
    NULL, HR_ROLE_GAP_FTE, 0, 100.0 / 144 - 1 },
  /* ramp: a hire in month 1 with ramp [0.25, 0.5] adds 0.25 then 0.5 then 1 */
  { "ramp-first", PLAN (4, "'roles': [{'id': 'csm', 'headcount': 2, 'ramp': [0.25, 0.5]}], 'hires': [{'role': 'csm', 'month': '2027-02', 'count': 1}]"),
    NULL, HR_ROLE_EFFECTIVE_FTE, 1, 2.25 },
  { "ramp-full", PLAN (4, "'roles': [{'id': 'csm', 'headcount': 2, 'ramp': [0.25, 0.5]}], 'hires': [{'role': 'csm', 'month': '2027-02', 'count': 1}]"),
    NULL, HR_ROLE_EFFECTIVE_FTE, 3, 3 },
  /* headcount counts the hire fully from its first month */
  { "hire-headcount", PLAN (4, "'roles': [{'id': 'csm', 'headcount': 2, 'ramp': [0.25, 0.5]}], 'hires': [{'role': 'csm', 'month': '2027-02', 'count': 1}]"),
    NULL, HR_ROLE_HEADCOUNT, 1, 3 },
  /* top-down: ARR 20 × 50,000 = 1,000,000 at 2,000,000 per FTE = 0.5 */
  { "topdown", PLAN (1, "'roles': [{'id': 'csm', 'arr_per_fte': 2000000}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 0, 'count': 20}], 'acv': 50000}]"),
    NULL, HR_ROLE_TOPDOWN_FTE, 0, 0.5 },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(HrForecast) f = forecast_text (c->plan, NULL, HR_FORECAST_DEFAULT);
  double value = c->segment ? segment_at (f, c->segment, c->metric, c->month)
                            : role_at (f, "csm", c->metric, c->month);

  /* hand-worked numbers carry 5 decimals; exact ones match to 1e-9 */
  g_assert_cmpfloat_with_epsilon (value, c->expected, fabs (c->expected) < 1e6 ? 1e-5 : 1e-9 * fabs (c->expected));
}

/* §3.3 manager by span: 14 CSMs at a span of 7 need 2 managers; with 1
 * manager the load is 2 / 1 = 2, over */
static void
test_manager (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 14}, "
                                                    "{'id': 'lead', 'headcount': 1, 'manages': 'csm'}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  int lead = hr_forecast_find_role (f, "lead");

  assert_near (role_at (f, "lead", HR_ROLE_REQUIRED_FTE, 0), 2);
  assert_near (role_at (f, "lead", HR_ROLE_LOAD, 0), 2);
  assert_near (role_at (f, "lead", HR_ROLE_WORKLOAD, 0), 0);
  g_assert_cmpint (hr_forecast_get_role_status (f, lead, 0), ==, HR_STATUS_OVER);
}

/* §3.3 status: load 0.85 exactly is ok, 1.0 exactly is stretched, more is
 * over; work without capacity has no load (null) and is over */
static void
test_status (void)
{
  struct { const char *plan; double load; HrStatus status; } rows[] = {
    /* 136 h of work on 160 h: 0.85 */
    { PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 136}], 'reactive_hours': 1}]"),
      0.85, HR_STATUS_OK },
    { PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 160}], 'reactive_hours': 1}]"),
      1.0, HR_STATUS_STRETCHED },
    { PLAN (1, "'roles': [" PLAIN_ROLE "], 'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 161}], 'reactive_hours': 1}]"),
      161.0 / 160, HR_STATUS_OVER },
    { PLAN (1, "'roles': [{'id': 'csm'}], 'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 1}], 'reactive_hours': 1}]"),
      NAN, HR_STATUS_OVER },
    { PLAN (1, "'roles': [{'id': 'csm'}]"), 0, HR_STATUS_OK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(HrForecast) f = forecast_text (rows[i].plan, NULL, HR_FORECAST_DEFAULT);
      double load = role_at (f, "csm", HR_ROLE_LOAD, 0);

      if (isnan (rows[i].load))
        g_assert_true (isnan (load));
      else
        assert_near (load, rows[i].load);
      g_assert_cmpint (hr_forecast_get_role_status (f, 0, 0), ==, rows[i].status);
    }
}

/* the team's load is its workload over its capacity: 136 h of work on
 * two people of 160 h each is 136 / 320 = 0.425, not 0.85 + 0 */
static void
test_team_load (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [" PLAIN_ROLE ", {'id': 'onb', 'headcount': 1, "
                                                    "'shrinkage': 0, 'indirect': 0, 'unplanned': 0, 'ramp': []}], "
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 136}], "
                                                    "'reactive_hours': 1, 'reactive_role': 'csm'}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  assert_near (role_at (f, "csm", HR_ROLE_LOAD, 0), 0.85);
  assert_near (hr_forecast_get_team_series (f, HR_ROLE_CAPACITY, FALSE)[0], 320);
  assert_near (hr_forecast_get_team_series (f, HR_ROLE_LOAD, FALSE)[0], 0.425);
  assert_near (hr_forecast_get_team_series (f, HR_ROLE_LOAD, TRUE)[0], 0.425);
}

/* §3.4 money: 2 people at 120,000 a year cost 20,000 a month; ARR of
 * 60 × 15,000 = 900,000 gives a cost share of 12 × 20,000 / 900,000 */
static void
test_money (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 2, 'cost_per_year': 120000}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 60}], 'acv': 15000, 'reactive_hours': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  assert_near (hr_forecast_get_total_series (f, HR_TOTAL_COST)[0], 20000);
  assert_near (hr_forecast_get_total_series (f, HR_TOTAL_ARR)[0], 900000);
  assert_near (hr_forecast_get_total_series (f, HR_TOTAL_COST_SHARE)[0], 240000.0 / 900000);
  /* cost to serve: 60 h / (0.8 × 0.9) × 120,000 / (12 × 160) = 5208.33 */
  assert_near (segment_at (f, "a", HR_SEGMENT_COST_TO_SERVE, 0), 60 / 0.72 * 62.5);
}

/* the summary's cost share against the warning threshold: the plan of
 * test_money costs 20,000 in its one month against 900,000 / 12 = 75,000
 * of revenue, 26.7%: above 15%, within 30%; without ARR any cost is above */
static void
test_cost_share_warning (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 2, 'cost_per_year': 120000}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 60}], 'acv': 15000, 'reactive_hours': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  g_autoptr(HrForecast) no_arr = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 2, 'cost_per_year': 120000}]"),
                                                NULL, HR_FORECAST_DEFAULT);
  g_autofree char *over = hr_summary_describe_cost_share (f, 0.15);
  g_autofree char *within = hr_summary_describe_cost_share (f, 0.30);
  g_autofree char *edge = hr_summary_describe_cost_share (f, 20000.0 / 75000);
  g_autofree char *nothing = hr_summary_describe_cost_share (no_arr, 0.15);

  assert_near (hr_forecast_get_summary (f)->cost_share, 20000.0 / 75000);
  g_assert_cmpstr (over, ==, "Above the 15% warning threshold.");
  g_assert_null (within);
  /* at the threshold is not above it */
  g_assert_null (edge);
  g_assert_cmpstr (nothing, ==, "The team costs 20,000 USD and the plan brings no ARR.");
}

/* §3.5 planner: work for 2.5 people from month 0 with 1 on the team, no
 * ramp, no lead time, target 1: two hires in month 0 (1 + 2 ≥ 2.5) */
static void
test_planner_simple (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (2, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0,"
                                                    "'ramp': [], 'lead_time_months': 0, 'target_load': 1}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 400}], 'reactive_hours': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  const HrSuggestedHire *hire;

  g_assert_cmpuint (hr_forecast_get_n_suggestions (f), ==, 1);
  hire = hr_forecast_get_suggestion (f, 0);
  g_assert_cmpuint (hire->month, ==, 0);
  g_assert_cmpint (hire->requisition, ==, 0);
  assert_near (hire->count, 2);
  g_assert_false (hr_forecast_get_role_late (f, 0, 0));
}

/* lead time 2 and ramp of 1 month: a hire for month t starts in t − 1
 * and its requisition opens at t − 3; months 0..2 cannot be helped */
static void
test_planner_late (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (5, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0,"
                                                    "'ramp': [0.5], 'lead_time_months': 2, 'target_load': 1}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 240}], 'reactive_hours': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  const HrSuggestedHire *hire;

  /* need 1.5 people: month 3 is the first with m = 3 − 1 = 2 ≥ lead 2, so
   * one hire starts in month 2; at half speed there it brings month 2 to
   * 1 + 0.5 = 1.5, just enough; months 0 and 1 stay short */
  g_assert_true (hr_forecast_get_role_late (f, 0, 0));
  g_assert_true (hr_forecast_get_role_late (f, 0, 1));
  g_assert_false (hr_forecast_get_role_late (f, 0, 2));
  g_assert_false (hr_forecast_get_role_late (f, 0, 3));
  g_assert_cmpuint (hr_forecast_get_n_suggestions (f), ==, 1);
  hire = hr_forecast_get_suggestion (f, 0);
  g_assert_cmpuint (hire->month, ==, 2);
  g_assert_cmpint (hire->requisition, ==, 0);
  assert_near (hire->count, 1);
}

/* what the planner hires to: required FTE over the target load; the 400 h
 * of the simple case are 2.5 FTE, 2.5 / 0.8 = 3.125 at a target of 80% */
static void
test_needed (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (2, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0,"
                                                    "'ramp': [], 'lead_time_months': 0, 'target_load': 0.8}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 400}], 'reactive_hours': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  assert_near (hr_forecast_get_needed_series (f, 0)[0], 3.125);
  assert_near (hr_forecast_get_needed_series (f, -1)[0], 3.125);
  /* the planner hired up to it: 1 + 3 = 4 people ≥ 3.125 */
  assert_near (hr_forecast_get_suggestion (f, 0)->count, 3);
}

/* The cost with the suggested hires: the two hires of the simple planner
 * case start in month 0 of 2 at 120,000 a year, no attrition: 2 people ×
 * 10,000 × 2 months = 40,000 on top of the one person's 20,000 */
static void
test_cost_with_hires (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (2, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0,"
                                                    "'ramp': [], 'lead_time_months': 0, 'target_load': 1, 'cost_per_year': 120000}],"
                                                    "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 400}], 'reactive_hours': 1, 'acv': 6000}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  g_autoptr(HrForecast) hired = forecast_text (PLAN (2, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0,"
                                                        "'ramp': [], 'lead_time_months': 0, 'target_load': 1, 'cost_per_year': 120000}],"
                                                        "'segments': [{'id': 'a', 'accounts': [{'tenure': 2, 'count': 400}], 'reactive_hours': 1, 'acv': 6000}]"),
                                               NULL, HR_FORECAST_APPLY_HIRING);
  const HrSummary *s = hr_forecast_get_summary (f);

  assert_near (s->total_cost, 20000);
  assert_near (s->total_cost_hired, 60000);
  /* revenue: 400 × 6,000 / 12 × 2 months = 400,000 */
  assert_near (s->cost_share_hired, 60000.0 / 400000);
  /* with the hires applied, they are in the cost already */
  assert_near (hr_forecast_get_summary (hired)->total_cost, 60000);
  assert_near (hr_forecast_get_summary (hired)->total_cost_hired, 60000);
}

/* Applying the hiring plan adds the suggestions; planning again on the
 * hired plan suggests nothing more for the same months */
static void
test_planner_applied (void)
{
  const char *text = PLAN (12, "'roles': [{'id': 'csm', 'headcount': 2, 'lead_time_months': 1}],"
                               "'segments': [{'id': 'a', 'accounts': [{'tenure_from': 0, 'tenure_to': 23, 'count': 100}],"
                               "'new_per_month': 8, 'reactive_hours': 2}]");
  g_autoptr(HrForecast) plain = forecast_text (text, NULL, HR_FORECAST_DEFAULT);
  g_autoptr(HrForecast) hired = forecast_text (text, NULL, HR_FORECAST_APPLY_HIRING);
  guint T = hr_forecast_get_n_months (hired);

  g_assert_cmpuint (hr_forecast_get_n_suggestions (plain), >, 0);
  g_assert_true (hr_forecast_get_hiring_applied (hired));
  for (guint t = 0; t < T; t++)
    if (!hr_forecast_get_role_late (plain, 0, t))
      g_assert_cmpfloat (role_at (hired, "csm", HR_ROLE_EFFECTIVE_FTE, t), >=,
                         role_at (hired, "csm", HR_ROLE_REQUIRED_FTE, t) / 0.85 - 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/engine/rule/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/engine/manager", test_manager);
  g_test_add_func ("/engine/status", test_status);
  g_test_add_func ("/engine/team-load", test_team_load);
  g_test_add_func ("/engine/money", test_money);
  g_test_add_func ("/engine/summary/cost-share-warning", test_cost_share_warning);
  g_test_add_func ("/engine/planner/simple", test_planner_simple);
  g_test_add_func ("/engine/planner/late", test_planner_late);
  g_test_add_func ("/engine/planner/applied", test_planner_applied);
  g_test_add_func ("/engine/planner/cost-with-hires", test_cost_with_hires);
  g_test_add_func ("/engine/planner/needed", test_needed);
  return g_test_run ();
}

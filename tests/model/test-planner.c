/* test-planner.c: the hiring planner finishes for any valid plan, and its
 * plan in words keeps its numbers */
#include <math.h>
#include <string.h>

#include "hr-hiring.h"
#include "hr-json.h"
#include "test-helpers.h"

#define HEAD "'format': 'headroom-plan', 'version': 1, 'start': '2027-01'"

static double
suggested_total (HrForecast *f)
{
  double total = 0;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    total += hr_forecast_get_suggestion (f, i)->count;
  return total;
}

/* A need in whole hires, as the spec counts it: 100 accounts × 8 h of
 * reactive work = 800 h; / (1 − 0.15 − 0.05) = 1000 h of workload;
 * / (160 × 0.9 = 144 h) = 6.944 FTE; / 0.85 = 8.17 → 9 hires */
static void
test_whole_hires (void)
{
  g_autoptr(HrForecast) f = forecast_text ("{" HEAD ", 'months': 6, 'roles': [{'id': 'csm', 'lead_time_months': 0, 'ramp': []}],"
                                           " 'segments': [{'id': 's', 'accounts': 100, 'reactive_hours': 8}]}",
                                           NULL, HR_FORECAST_DEFAULT);

  g_assert_cmpfloat (suggested_total (f), ==, 9);
}

/* The largest need the bounds allow: 1e9 accounts × 10,000 reactive hours
 * a month at 1 paid hour, 95% shrinkage and 5% target load is about 4e21
 * FTE. The planner stops at its 1,000,000 hires for the role, months stay
 * late, and the words keep every digit of the count. */
static void
test_huge_need (void)
{
  g_autoptr(HrForecast) f = forecast_text ("{" HEAD ", 'months': 120, 'roles': [{'id': 'csm', 'name': 'CSMs', "
                                           "'hours_per_month': 1, 'shrinkage': 0.95, 'target_load': 0.05, "
                                           "'lead_time_months': 0, 'ramp': []}, {'id': 'lead', 'manages': 'csm', 'span': 0.1}],"
                                           " 'segments': [{'id': 's', 'accounts': 1e9, 'reactive_hours': 10000}]}",
                                           NULL, HR_FORECAST_DEFAULT);
  g_autofree char *summary = hr_hiring_summary (f);
  g_autoptr(JsonNode) json = hr_forecast_to_json (f);
  g_autofree char *text = hr_json_to_string (json, NULL);

  /* the manager follows the capped CSMs: 10 per CSM, capped again */
  g_assert_cmpfloat (suggested_total (f), ==, 2 * HR_MAX_SUGGESTED_HIRES);
  g_assert_true (hr_forecast_get_role_late (f, 0, 0));
  g_assert_nonnull (strstr (summary, "CSMs: open 1,000,000 requisitions by January 2027"));
  g_assert_null (strstr (summary, "-2147483648"));
  g_assert_null (strstr (text, "inf"));
  g_assert_null (strstr (text, "nan"));
}

/* A need just beyond what floating point can count one by one: 2^53 FTE
 * does not change by adding one hire. The planner still finishes. */
static void
test_beyond_precision (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{" HEAD ", 'months': 2, 'roles': [{'id': 'csm', 'headcount': 1000000, "
                                           "'hours_per_month': 1, 'shrinkage': 0.95, 'target_load': 0.05, "
                                           "'lead_time_months': 0, 'ramp': []}],"
                                           " 'segments': [{'id': 's', 'accounts': 1e9, 'reactive_hours': 10000}]}");
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, HR_FORECAST_APPLY_HIRING, NULL);

  g_assert_nonnull (f);
  g_assert_cmpfloat (suggested_total (f), <=, HR_MAX_SUGGESTED_HIRES);
}

/* The words of a plan whose hires are productive in its first month */
static void
test_ready_at_once (void)
{
  g_autoptr(HrForecast) f = forecast_text ("{" HEAD ", 'months': 3, 'roles': [{'id': 'csm', 'name': 'CSMs', "
                                           "'lead_time_months': 0, 'ramp': []}],"
                                           " 'segments': [{'id': 's', 'accounts': 100, 'reactive_hours': 8}]}",
                                           NULL, HR_FORECAST_DEFAULT);
  g_autofree char *summary = hr_hiring_summary (f);

  g_assert_cmpstr (summary, ==, "CSMs: open 9 requisitions by January 2027 so the hires are fully productive by "
                   "January 2027.");
}

/* A load of billions of percent reads as "over 10,000%" */
static void
test_huge_load_words (void)
{
  g_autoptr(HrForecast) f = forecast_text ("{" HEAD ", 'months': 12, 'roles': [{'id': 'csm', 'name': 'CSMs', "
                                           "'headcount': 0.000001, 'lead_time_months': 2}],"
                                           " 'segments': [{'id': 's', 'accounts': 1000, 'reactive_hours': 10}]}",
                                           NULL, HR_FORECAST_DEFAULT);
  g_autofree char *summary = hr_hiring_summary (f);

  g_assert_nonnull (strstr (summary, "; until then the work is far beyond the team, at over 10,000% load."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/planner/whole-hires", test_whole_hires);
  g_test_add_func ("/planner/huge-need", test_huge_need);
  g_test_add_func ("/planner/beyond-precision", test_beyond_precision);
  g_test_add_func ("/planner/ready-at-once", test_ready_at_once);
  g_test_add_func ("/planner/huge-load-words", test_huge_load_words);
  return g_test_run ();
}

/* test-worked-examples.c: published rules of thumb of Customer Success
 * capacity planning, reproduced through the engine */
#include <math.h>

#include "test-helpers.h"

#define PLAN(months, body) \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': " #months ", " body "}"

/* At a $15K ACV, a $2M-per-CSM rule gives one CSM per 133 accounts:
 * 133 × 15,000 = 1,995,000 of ARR is 0.9975 of a CSM */
static void
test_arr_rule (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1, 'arr_per_fte': 2000000}],"
                                                    "'segments': [{'id': 'mid', 'accounts': [{'tenure': 3, 'count': 133}], 'acv': 15000}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_TOPDOWN_FTE, 0), 0.9975, 1e-12);
  /* and 134 accounts would be the first to need more than one CSM */
  g_assert_cmpfloat (134 * 15000.0 / 2000000, >, 1);
}

/* 133 one-hour calls a month are 83% of one CSM's 160-hour month
 * (133 / 160 = 0.83125), with no shrinkage or overhead */
static void
test_calls_load (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0}],"
                                                    "'segments': [{'id': 'mid', 'accounts': [{'tenure': 3, 'count': 133}]}],"
                                                    "'moments': [{'id': 'call', 'every': 1, 'exec': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_LOAD, 0), 0.83125, 1e-12);
  g_assert_cmpint ((int) round (role_at (f, "csm", HR_ROLE_LOAD, 0) * 100), ==, 83);
}

/* 100 FTE of net work at 30% shrinkage need 100 / 0.7 = 142.86 people:
 * 16,000 h of work over 160 × 0.7 = 112 h per person */
static void
test_shrinkage (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (1, "'roles': [{'id': 'csm', 'shrinkage': 0.3, 'indirect': 0, 'unplanned': 0}],"
                                                    "'segments': [{'id': 'all', 'accounts': [{'tenure': 3, 'count': 1000}], 'reactive_hours': 16}]"),
                                           NULL, HR_FORECAST_DEFAULT);

  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_REQUIRED_FTE, 0), 142.857142857, 1e-8);
}

/* A hire with ramp 0 / 0.5 / 0.5 gives 0 + 0.5 + 0.5 = 1.0 FTE-month in
 * its first quarter and full capacity from its fourth month */
static void
test_ramp_quarter (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (6, "'roles': [{'id': 'csm', 'ramp': [0, 0.5, 0.5]}],"
                                                    "'hires': [{'role': 'csm', 'month': '2027-01', 'count': 1}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  double quarter = 0;

  for (guint t = 0; t < 3; t++)
    quarter += role_at (f, "csm", HR_ROLE_EFFECTIVE_FTE, t);
  g_assert_cmpfloat_with_epsilon (quarter, 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_EFFECTIVE_FTE, 3), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_EFFECTIVE_FTE, 5), 1.0, 1e-12);
}

/* 40 h a week for 13 weeks is 520 h a quarter (173.33 h a month); at 25%
 * shrinkage and 15% internal work that leaves 520 × 0.75 × 0.85 = 331.5
 * customer hours a quarter, 110.5 a month: exactly that much direct work
 * fills one person (load 1.0) */
static void
test_customer_hours (void)
{
  g_autoptr(HrForecast) f = forecast_text (PLAN (3, "'roles': [{'id': 'csm', 'headcount': 1, 'hours_per_month': 173.33333333333334,"
                                                    "'shrinkage': 0.25, 'indirect': 0.15, 'unplanned': 0}],"
                                                    "'segments': [{'id': 'all', 'accounts': [{'tenure': 3, 'count': 1}], 'reactive_hours': 110.5}]"),
                                           NULL, HR_FORECAST_DEFAULT);
  double direct = 0;

  for (guint t = 0; t < 3; t++)
    {
      g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_LOAD, t), 1.0, 1e-9);
      direct += role_at (f, "csm", HR_ROLE_REACTIVE, t);
    }
  g_assert_cmpfloat_with_epsilon (direct, 331.5, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/worked/arr-per-csm", test_arr_rule);
  g_test_add_func ("/worked/calls-load", test_calls_load);
  g_test_add_func ("/worked/shrinkage", test_shrinkage);
  g_test_add_func ("/worked/ramp-quarter", test_ramp_quarter);
  g_test_add_func ("/worked/customer-hours", test_customer_hours);
  return g_test_run ();
}

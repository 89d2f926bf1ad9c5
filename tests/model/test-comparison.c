/* test-comparison.c: the comparison table's rows, tier rows and best marks */
#include "config.h"

#include <locale.h>

#include "hr-comparison.h"
#include "test-helpers.h"

/* One tier of 10 accounts at 12,000 ACV (ARR 120,000), 1 reactive hour per
 * account per month, carried by a role without shrinkage or overheads at
 * 192,000 a year over 160 h: 100 an hour (spec §3.4). */
#define PLAN "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  "'roles': [{'id': 'csm', 'headcount': 1, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0," \
  "           'cost_per_year': 192000, 'attrition': 0}]," \
  "'segments': [{'id': 'smb', 'name': 'SMB', 'accounts': 10, 'acv': 12000, 'reactive_hours': 1}]," \
  "'scenarios': [{'id': 'less', 'name': 'Less', 'changes': [" \
  "  {'op': 'scale', 'target': 'segments/smb/reactive_hours', 'factor': 0.5}]}," \
  "  {'id': 'same', 'name': 'Same', 'changes': []}]}"

/* 10 h a month × 100 = 1,000 a month, 12,000 a year: 10% of 120,000; the
 * scenario halves the hours: 5% */
static void
test_tier_rows (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  guint row = hr_comparison_get_n_rows ();
  g_autofree char *label = NULL;
  g_autofree char *base = NULL;
  g_autofree char *less = NULL;

  g_assert_cmpuint (hr_comparison_count_rows (all), ==, hr_comparison_get_n_rows () + 1);
  label = hr_comparison_dup_row_label (all, row);
  g_assert_cmpstr (label, ==, "SMB: cost to serve / ACV");
  base = hr_comparison_dup_cell (all, 0, row);
  less = hr_comparison_dup_cell (all, 1, row);
  g_assert_cmpstr (base, ==, "10.0%");
  g_assert_cmpstr (less, ==, "5.0%");
  g_assert_false (hr_comparison_is_best (all, 0, row));
  g_assert_true (hr_comparison_is_best (all, 1, row));
  g_assert_false (hr_comparison_is_best (all, 2, row));
}

/* summary rows: lower load and priced-in cost are better, ties are all
 * marked; rows with no better direction (peak month, effective FTE, first
 * requisition, cost without the suggested hires) and a row where every
 * column is equal have no best */
static void
test_best (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  /* baseline, fund, focus, automate, redesign (headroom-cli compare) */
  const struct { guint row; gboolean best[5]; } cases[] = {
    { 0, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* peak load: fund 96% */
    { 1, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* peak month: no direction */
    { 2, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* stretched: fund, 0 over and 5 stretched */
    { 3, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* months over: fund 0 */
    { 4, { FALSE, FALSE, FALSE, TRUE, FALSE } },   /* required FTE: automate 8.8 */
    { 5, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* effective FTE: no direction */
    { 6, { FALSE, TRUE, FALSE, TRUE, FALSE } },    /* hires: fund and automate, 2 each */
    { 7, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* first requisition: no direction */
    { 8, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* cost without hires: a short plan looks cheap */
    { 9, { FALSE, FALSE, FALSE, TRUE, FALSE } },   /* cost with hires: automate 3,413,664 */
    { 10, { FALSE, FALSE, FALSE, FALSE, FALSE } }, /* cost share without hires: as cost */
    { 11, { FALSE, FALSE, FALSE, TRUE, FALSE } },  /* cost share with hires: automate 18.4% */
  };

  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint c = 0; c < 5; c++)
      g_assert_cmpint (hr_comparison_is_best (all, c, cases[i].row), ==, cases[i].best[c]);
}

/* One role of 1 person, 100 h a month, no shrinkage or overheads, target
 * load 85%; 10 accounts of 11 reactive hours: 110 h a month, load 110% in
 * each of 6 months. "more" has 1.2 people: 110 / 120 = 92%, stretched every
 * month. "none" has nobody: no capacity, a load that is missing. */
#define PRESSURE "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 6," \
  "'roles': [{'id': 'csm', 'headcount': 1, 'hours_per_month': 100, 'shrinkage': 0, 'indirect': 0," \
  "           'unplanned': 0, 'target_load': 0.85, 'attrition': 0, 'lead_time_months': 12}]," \
  "'segments': [{'id': 'smb', 'accounts': 10, 'reactive_hours': 11}]," \
  "'scenarios': [{'id': 'more', 'name': 'More', 'changes': [" \
  "  {'op': 'set', 'target': 'roles/csm/headcount', 'value': 1.2}]}," \
  "  {'id': 'none', 'name': 'None', 'changes': [" \
  "  {'op': 'set', 'target': 'roles/csm/headcount', 'value': 0}]}]}"

/* Zero months stretched is not best when the plan is over capacity
 * instead; a missing value (no capacity, no requisition) is never best */
static void
test_best_pressure (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PRESSURE);
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  const HrSummary *base, *more;
  g_autofree char *load = NULL;
  g_autofree char *requisition = NULL;

  g_assert_cmpuint (all->len, ==, 3);
  base = hr_forecast_get_summary (all->pdata[0]);
  more = hr_forecast_get_summary (all->pdata[1]);
  g_assert_cmpuint (base->months_stretched, ==, 0);
  g_assert_cmpuint (base->months_over, ==, 6);
  g_assert_cmpuint (more->months_stretched, ==, 6);
  g_assert_cmpuint (more->months_over, ==, 0);
  /* months stretched: "more" (6 stretched, 0 over), not the baseline's 0 */
  g_assert_false (hr_comparison_is_best (all, 0, 2));
  g_assert_true (hr_comparison_is_best (all, 1, 2));
  g_assert_false (hr_comparison_is_best (all, 2, 2));
  /* peak load 110% and 92%; "none" has no capacity, shown as such */
  load = hr_comparison_dup_cell (all, 2, 0);
  g_assert_cmpstr (load, ==, "no capacity");
  g_assert_false (hr_comparison_is_best (all, 0, 0));
  g_assert_true (hr_comparison_is_best (all, 1, 0));
  g_assert_false (hr_comparison_is_best (all, 2, 0));
  /* a lead time longer than the plan: no requisition, a dash, no star */
  requisition = hr_comparison_dup_cell (all, 0, 7);
  g_assert_cmpstr (requisition, ==, "–");
  for (guint c = 0; c < all->len; c++)
    g_assert_false (hr_comparison_is_best (all, c, 7));
}

/* the text the CLI prints holds every cell the app shows */
static void
test_text (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  g_autofree char *text = hr_comparison_to_text (all);

  for (guint row = 0; row < hr_comparison_count_rows (all); row++)
    {
      g_autofree char *label = hr_comparison_dup_row_label (all, row);
      g_assert_nonnull (strstr (text, label));
      for (guint c = 0; c < all->len; c++)
        {
          g_autofree char *cell = hr_comparison_dup_cell (all, c, row);
          g_assert_nonnull (strstr (text, cell));
        }
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/comparison/tier-rows", test_tier_rows);
  g_test_add_func ("/comparison/best", test_best);
  g_test_add_func ("/comparison/best/pressure", test_best_pressure);
  g_test_add_func ("/comparison/text", test_text);
  return g_test_run ();
}

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

/* summary rows: lower load and cost are better, ties are all marked, a row
 * where every column is equal and the peak month have no best */
static void
test_best (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  /* baseline, fund, focus, automate, redesign (headroom-cli compare) */
  const struct { guint row; gboolean best[5]; } cases[] = {
    { 0, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* peak load: fund 96% */
    { 1, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* peak month: no direction */
    { 3, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* months over: fund 0 */
    { 4, { FALSE, FALSE, FALSE, TRUE, FALSE } },   /* required FTE: automate 7.8 */
    { 5, { FALSE, FALSE, FALSE, FALSE, FALSE } },  /* effective FTE: no direction */
    { 7, { FALSE, TRUE, FALSE, FALSE, FALSE } },   /* first requisition: fund, latest */
    { 8, { TRUE, FALSE, TRUE, TRUE, TRUE } },      /* total cost: all but fund tie */
  };

  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint c = 0; c < 5; c++)
      g_assert_cmpint (hr_comparison_is_best (all, c, cases[i].row), ==, cases[i].best[c]);
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
  g_test_add_func ("/comparison/text", test_text);
  return g_test_run ();
}

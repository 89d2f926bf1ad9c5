/* fuzz-books.c: the books of a plan that loads, of the baseline and under
 * every scenario, as JSON, CSV and sentences: finite numbers only; and
 * their rebalancing within a hundredth of a second, as JSON and text,
 * no further over the limits than before when every account has an owner */
#include "fuzz-common.h"
#include "fuzz-plan-mutator.h"

#include "hr-rebalance.h"

static void
check_books (HrPlan     *plan,
             const char *scenario_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBooks) books = hr_books_compute (plan, scenario_id, &error);
  g_autoptr(HrRebalanceProblem) problem = NULL;
  g_autoptr(HrRebalance) result = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *moves = NULL;
  char *json;
  gsize length;

  if (books == NULL)
    g_error ("a loaded plan has no books: %s", error->message);
  json = hr_books_to_json_data (books, &length);
  fuzz_check_json_data (json, length);
  csv = hr_books_to_csv (books);
  fuzz_check_csv (csv);
  text = hr_books_to_text (books);
  fuzz_check_text (text);

  problem = hr_rebalance_problem_new (books);
  result = hr_rebalance_solve (problem, 0.01, NULL, NULL, NULL, &error);
  g_assert (result != NULL);
  /* staying put is an answer when no unassigned account waits for an owner */
  if (hr_books_get_unassigned (books)->n_accounts == 0 &&
      hr_rebalance_get_over_after (result) > hr_rebalance_get_over_before (result) + 1e-6)
    g_error ("rebalancing left %g h over the limits, %g before", hr_rebalance_get_over_after (result),
             hr_rebalance_get_over_before (result));
  json = hr_rebalance_to_json_data (result, &length);
  fuzz_check_json_data (json, length);
  moves = hr_rebalance_to_text (result);
  fuzz_check_text (moves);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HrPlan) plan = fuzz_load_plan (data, size);
  GListModel *scenarios;

  if (plan == NULL)
    return 0;
  check_books (plan, NULL);
  scenarios = hr_plan_get_scenarios (plan);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      check_books (plan, hr_item_get_id (HR_ITEM (scenario)));
    }
  return 0;
}

/* test-rebalance.c: rebalancing with the fewest transfers (spec §5.2) on
 * small teams whose answer is worked out by hand
 *
 * One role of 100 hours a month with no shrinkage, indirect or unplanned
 * work: an account's workload is its reactive hours, 10 h for "big" and
 * 5 h for "small"; every person's limit is 0.8, i.e. 80 h.
 */
#include <math.h>

#include "hr-rebalance.h"
#include "test-books-helpers.h"
#include "test-helpers.h"

#define PLAN_HEAD \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01'," \
  " 'roles': [{'id': 'csm', 'hours_per_month': 100, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0, 'target_load': 0.8}]," \
  " 'segments': [{'id': 'big', 'reactive_hours': 10}, {'id': 'small', 'reactive_hours': 5}],"

/* @accounts: "OWNER:SEGMENT[:pinned]" … ("-" for no owner) */
static char *
plan_with (const char         *people,
           const char * const *accounts)
{
  GString *s = g_string_new (PLAN_HEAD);

  g_string_append_printf (s, " 'people': [%s], 'accounts': [", people);
  for (guint j = 0; accounts[j]; j++)
    {
      g_auto(GStrv) parts = g_strsplit (accounts[j], ":", 3);

      g_string_append_printf (s, "%s{'id': 'A%02u', 'segment': '%s', 'start': '2026-06'%s%s%s%s}",
                              j ? ", " : "", j, parts[1],
                              g_str_equal (parts[0], "-") ? "" : ", 'owner': '",
                              g_str_equal (parts[0], "-") ? "" : parts[0],
                              g_str_equal (parts[0], "-") ? "" : "'",
                              parts[2] ? ", 'pinned': true" : "");
    }
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

static char **
repeat (const char *entry,
        guint       n,
        char      **more)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, entry);
  for (guint i = 0; more && more[i]; i++)
    g_strv_builder_add (builder, more[i]);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_strfreev (more);
  return result;
}

typedef struct {
  HrPlan      *plan;
  HrBooks     *books;
  HrRebalance *result;
} Solved;

static void
solved_clear (Solved *s)
{
  g_assert_finalize_object (s->result);
  g_assert_finalize_object (s->books);
  g_assert_finalize_object (s->plan);
}

static Solved
solve (const char *text)
{
  Solved s = { plan_from_text (text) };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrRebalanceProblem) problem = NULL;

  s.books = hr_books_compute (s.plan, NULL, &error);
  g_assert_no_error (error);
  problem = hr_rebalance_problem_new (s.books);
  s.result = hr_rebalance_solve (problem, 10, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_rebalance_feasible (s.books, s.result);
  return s;
}

/* a holds 9 big (90 h, 10 over). Only b takes big accounts, and b is at
 * 75 h (6 big + 3 small): taking one big brings b to 85 h, so b must pass
 * one small to c, who takes only small ones. Two transfers is the least. */
static void
test_chain (void)
{
  g_auto(GStrv) accounts = repeat ("a:big", 9, repeat ("b:big", 6, repeat ("b:small", 3, NULL)));
  g_autofree char *text = plan_with ("{'id': 'a', 'segments': []}, {'id': 'b', 'segments': ['big']},"
                                     " {'id': 'c', 'segments': ['small']}", (const char * const *) accounts);
  Solved s = solve (text);
  guint to_b = 0, to_c = 0;

  assert_near (hr_rebalance_get_over_before (s.result), 10);
  assert_near (hr_rebalance_get_over_after (s.result), 0);
  g_assert_cmpuint (hr_rebalance_get_transfers (s.result), ==, 2);
  g_assert_cmpuint (hr_rebalance_get_assignments (s.result), ==, 0);
  g_assert_true (hr_rebalance_get_optimal (s.result));
  for (guint i = 0; i < hr_rebalance_get_n_moves (s.result); i++)
    {
      const HrMove *move = hr_rebalance_get_move (s.result, i);
      to_b += move->to == 1 && move->from == 0;
      to_c += move->to == 2 && move->from == 1;
    }
  g_assert_cmpuint (to_b, ==, 1);
  g_assert_cmpuint (to_c, ==, 1);
  /* 80 h, 80 h and 5 h */
  assert_near (hr_rebalance_get_load_after (s.result, 0), 0.8);
  assert_near (hr_rebalance_get_load_after (s.result, 1), 0.8);
  assert_near (hr_rebalance_get_load_after (s.result, 2), 0.05);
  solved_clear (&s);
}

/* a sheds 15 h: one big and one small (2 transfers) beats three smalls;
 * the smalls may only go to c, who takes small ones, and d takes anything
 * but has room for 10 h only */
static void
test_segments (void)
{
  g_auto(GStrv) accounts = repeat ("a:big", 7, repeat ("a:small", 5, repeat ("d:big", 7, NULL)));
  g_autofree char *text = plan_with ("{'id': 'a'}, {'id': 'c', 'segments': ['small']}, {'id': 'd'}",
                                     (const char * const *) accounts);
  Solved s = solve (text);

  /* a: 70 + 25 = 95 h, 15 over; d: 70 h */
  assert_near (hr_rebalance_get_over_before (s.result), 15);
  assert_near (hr_rebalance_get_over_after (s.result), 0);
  g_assert_cmpuint (hr_rebalance_get_transfers (s.result), ==, 2);
  for (guint i = 0; i < hr_rebalance_get_n_moves (s.result); i++)
    {
      const HrMove *move = hr_rebalance_get_move (s.result, i);
      const HrBookAccount *a = hr_books_get_account (s.books, move->account);

      /* c never gets a big account */
      if (move->to == 1)
        g_assert_cmpstr (hr_books_get_segment_id (s.books, a->segment), ==, "small");
    }
  solved_clear (&s);
}

/* Everyone is full: the least over-limit hours stay, nothing is moved
 * for nothing, and an account that no one may take stays unassigned */
static void
test_infeasible (void)
{
  g_auto(GStrv) accounts = repeat ("a:big", 9, repeat ("b:big", 9, repeat ("-:small", 1, NULL)));
  g_autofree char *text = plan_with ("{'id': 'a', 'segments': ['big']}, {'id': 'b', 'segments': ['big']}",
                                     (const char * const *) accounts);
  Solved s = solve (text);

  assert_near (hr_rebalance_get_over_before (s.result), 20);
  assert_near (hr_rebalance_get_over_after (s.result), 20);
  g_assert_cmpuint (hr_rebalance_get_n_moves (s.result), ==, 0);
  g_assert_cmpint (hr_rebalance_get_owner_after (s.result, 18), ==, -1);
  g_assert_true (hr_rebalance_get_optimal (s.result));
  solved_clear (&s);
}

/* Over-limit hours that cannot all go: a is 30 h over and b has 20 h of
 * room, so 10 h stay over, with two transfers */
static void
test_partly_feasible (void)
{
  g_auto(GStrv) accounts = repeat ("a:big", 11, repeat ("b:big", 6, NULL));
  g_autofree char *text = plan_with ("{'id': 'a'}, {'id': 'b'}", (const char * const *) accounts);
  Solved s = solve (text);

  assert_near (hr_rebalance_get_over_before (s.result), 30);
  assert_near (hr_rebalance_get_over_after (s.result), 10);
  g_assert_cmpuint (hr_rebalance_get_transfers (s.result), ==, 2);
  g_assert_true (hr_rebalance_get_optimal (s.result));
  solved_clear (&s);
}

/* Pinned accounts and frozen owned ones keep their owner; a pinned
 * unassigned account stays unassigned; an unpinned one is given an owner */
static void
test_pinned_and_frozen (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    PLAN_HEAD
    " 'people': [{'id': 'a'}, {'id': 'b'}],"
    " 'accounts': [{'id': 'P', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'pinned': true},"
    "              {'id': 'F', 'segment': 'big', 'owner': 'a', 'start': '2026-01'},"
    "              {'id': 'M', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'effort_factor': 7},"
    "              {'id': 'U', 'segment': 'small', 'start': '2026-06', 'pinned': true},"
    "              {'id': 'V', 'segment': 'small', 'start': '2026-06'}]}");
  g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, NULL);
  g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
  g_autoptr(HrRebalance) result = NULL;

  /* a: 10 (pinned) + 10 (frozen: renews 2027-01) + 70 = 90 h: only M may go */
  g_assert_true (hr_books_get_account (books, 1)->frozen);
  result = hr_rebalance_solve (problem, 10, NULL, NULL, NULL, NULL);
  assert_rebalance_feasible (books, result);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 0), ==, 0);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 1), ==, 0);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 2), ==, 1);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 3), ==, -1);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 4), >=, 0);
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, 1);
  g_assert_cmpuint (hr_rebalance_get_assignments (result), ==, 1);

  /* the leader drops the move: M stays, a stays 10 h over */
  hr_rebalance_problem_keep (problem, 2);
  g_clear_object (&result);
  result = hr_rebalance_solve (problem, 10, NULL, NULL, NULL, NULL);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 2), ==, 0);
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, 0);
  assert_near (hr_rebalance_get_over_after (result), 10);
  g_clear_pointer (&problem, hr_rebalance_problem_free);
  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* Identical accounts move as one class, the smallest customer first */
static void
test_alike_accounts (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    PLAN_HEAD
    " 'people': [{'id': 'a'}, {'id': 'b'}],"
    " 'accounts': [{'id': 'A1', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'arr': 900},"
    "              {'id': 'A2', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'arr': 100},"
    "              {'id': 'A3', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'effort_factor': 6.5, 'arr': 5},"
    "              {'id': 'B1', 'segment': 'big', 'owner': 'b', 'start': '2026-06', 'effort_factor': 6.5}]}");
  g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, NULL);
  g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
  g_autoptr(HrRebalance) result = hr_rebalance_solve (problem, 10, NULL, NULL, NULL, NULL);

  /* a: 10 + 10 + 65 = 85 h, 5 over; b at 65 h has room for a 10 h account
   * only: one transfer, of A1 or A2, and A2 is the smaller customer */
  assert_rebalance_feasible (books, result);
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, 1);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 0), ==, 0);
  g_assert_cmpint (hr_rebalance_get_owner_after (result, 1), ==, 1);
  g_clear_pointer (&problem, hr_rebalance_problem_free);
  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* A machine too busy to keep up: the search is held up at every report */
static void
slow_progress (HrRebalanceStage stage,
               double           elapsed,
               gpointer         data)
{
  guint *calls = data;

  (*calls)++;
  g_usleep (G_USEC_PER_SEC / 20);
}

/* A team whose last stage searches its whole budget gets the same moves
 * however slowly the search runs: the budget is counted in nodes, not time */
static void
test_same_moves_when_busy (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "rebalance-search.headroom", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);
  g_autoptr(HrBooks) books = NULL;
  HrRebalance *results[2];
  guint calls = 0;

  g_assert_no_error (error);
  books = hr_books_compute (plan, NULL, NULL);
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);

      results[k] = hr_rebalance_solve (problem, 30, NULL, k ? slow_progress : NULL, &calls, &error);
      g_assert_no_error (error);
      assert_rebalance_feasible (books, results[k]);
    }
  /* the slow search was held up for longer than it ran on its own */
  g_test_message ("%.3f s, then %.3f s held up %u times", hr_rebalance_get_seconds (results[0]),
                  hr_rebalance_get_seconds (results[1]), calls);
  g_assert_cmpuint (calls, >=, 3);
  g_assert_cmpuint (hr_rebalance_get_n_moves (results[0]), ==, hr_rebalance_get_n_moves (results[1]));
  for (guint m = 0; m < hr_rebalance_get_n_moves (results[0]); m++)
    {
      const HrMove *a = hr_rebalance_get_move (results[0], m), *b = hr_rebalance_get_move (results[1], m);

      g_assert_cmpuint (a->account, ==, b->account);
      g_assert_cmpint (a->from, ==, b->from);
      g_assert_cmpuint (a->to, ==, b->to);
    }
  for (guint k = 0; k < 2; k++)
    g_assert_finalize_object (results[k]);
}

static void
solved_cb (GObject      *source,
           GAsyncResult *res,
           gpointer      data)
{
  HrRebalance **out = data;
  g_autoptr(GError) error = NULL;

  *out = hr_rebalance_solve_finish (res, &error);
  g_assert_no_error (error);
}

static void
cancelled_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrRebalance) result = hr_rebalance_solve_finish (res, &error);

  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* On a worker thread, and cancelled before it starts */
static void
test_async (void)
{
  g_auto(GStrv) accounts = repeat ("a:big", 9, repeat ("b:big", 6, repeat ("b:small", 3, NULL)));
  g_autofree char *text = plan_with ("{'id': 'a', 'segments': []}, {'id': 'b', 'segments': ['big']},"
                                     " {'id': 'c', 'segments': ['small']}", (const char * const *) accounts);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  HrRebalance *result = NULL;
  gboolean done = FALSE;

  hr_rebalance_solve_async (hr_rebalance_problem_new (books), 10, NULL, solved_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, 2);
  g_assert_finalize_object (result);

  g_cancellable_cancel (cancellable);
  hr_rebalance_solve_async (hr_rebalance_problem_new (books), 10, cancellable, cancelled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* the worker thread lets go of its task (and the books) a moment later */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (g_atomic_int_get (&G_OBJECT (books)->ref_count) > 1 && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
  g_assert_finalize_object (g_steal_pointer (&books));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rebalance/chain", test_chain);
  g_test_add_func ("/rebalance/segments", test_segments);
  g_test_add_func ("/rebalance/infeasible", test_infeasible);
  g_test_add_func ("/rebalance/partly-feasible", test_partly_feasible);
  g_test_add_func ("/rebalance/pinned-and-frozen", test_pinned_and_frozen);
  g_test_add_func ("/rebalance/alike-accounts", test_alike_accounts);
  g_test_add_func ("/rebalance/async", test_async);
  g_test_add_func ("/rebalance/same-moves-when-busy", test_same_moves_when_busy);
  return g_test_run ();
}

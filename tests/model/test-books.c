/* test-books.c: books of business (spec §5.1) with hand-computed numbers
 *
 * The base plan has one role with 100 hours a month, no shrinkage and no
 * indirect or unplanned work, so a book's workload is its accounts' hours
 * and a full-time person's capacity is 100 h.
 */
#include <math.h>

#include "hr-books.h"
#include "hr-portfolio.h"
#include "test-helpers.h"

#define BASE_ROLES \
  "'roles': [{'id': 'csm', 'hours_per_month': 100, 'shrinkage': 0, 'indirect': 0, 'unplanned': 0}," \
  "          {'id': 'ops', 'headcount': 1}],"
#define BASE_SEGMENTS \
  "'segments': [{'id': 'big', 'reactive_hours': 10, 'complexity': 2, 'acv': 1000, 'expansion': 0.5}," \
  "             {'id': 'small', 'reactive_hours': 5}],"

static HrBooks *
books_text (const char *text,
            const char *scenario)
{
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  HrBooks *books = hr_books_compute (plan, scenario, &error);

  g_assert_no_error (error);
  return books;
}

static const HrBookAccount *
account_named (HrBooks    *books,
               const char *id)
{
  int j = hr_books_find_account (books, id);

  g_assert_cmpint (j, >=, 0);
  return hr_books_get_account (books, j);
}

/* Every op, on a number and on a string; a missing attribute and one of
 * the other type do not apply. M = 0.5 × 2 × 3 × 7 × 11 × 17 = 3927. */
static void
test_rule_ops (void)
{
  g_autoptr(HrBooks) books = books_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
    " 'people': [{'id': 'a'}],"
    " 'accounts': [{'id': 'X-1', 'segment': 'small', 'owner': 'a', 'start': '2026-01', 'effort_factor': 0.5,"
    "               'attributes': {'score': 30, 'tier': 'gold'}},"
    "              {'id': 'X-2', 'segment': 'small', 'start': '2026-01', 'attributes': {'score': '30'}}],"
    " 'effort_rules': [{'attribute': 'score', 'op': '<', 'value': 50, 'factor': 2},"
    "                  {'attribute': 'score', 'op': '<=', 'value': 30, 'factor': 3},"
    "                  {'attribute': 'score', 'op': '>', 'value': 30, 'factor': 5},"
    "                  {'attribute': 'score', 'op': '>=', 'value': 30, 'factor': 7},"
    "                  {'attribute': 'score', 'op': '==', 'value': 30, 'factor': 11},"
    "                  {'attribute': 'score', 'op': '!=', 'value': 30, 'factor': 13},"
    "                  {'attribute': 'tier', 'op': '==', 'value': 'gold', 'factor': 17, 'label': 'gold'},"
    "                  {'attribute': 'tier', 'op': '!=', 'value': 'gold', 'factor': 19},"
    "                  {'attribute': 'tier', 'op': '==', 'value': 30, 'factor': 23},"
    "                  {'attribute': 'missing', 'op': '<', 'value': 1, 'factor': 29}]}", NULL);
  const HrBookAccount *x1 = account_named (books, "X-1");
  const HrBookAccount *x2 = account_named (books, "X-2");
  g_autoptr(GPtrArray) applied = hr_books_dup_rules_applied (books, 0);

  assert_near (x1->multiplier, 0.5 * 2 * 3 * 7 * 11 * 17);
  /* "30" is a string: no number rule applies; != "gold" holds for a string
   * attribute only, and X-2's tier is missing */
  assert_near (x2->multiplier, 1);
  /* reactive work 5 h × M, in every month of the window */
  assert_near (x1->workload, 5 * 3927.0);
  g_assert_cmpuint (applied->len, ==, 5);
  g_assert_cmpstr (applied->pdata[4], ==, "gold × 17");
  g_assert_cmpstr (applied->pdata[0], ==, "score < 50 × 2");
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* Hours of one account (spec §5.1): one-to-one E × factor × complexity × M,
 * one-to-many E × factor / group_size (no complexity, no M), digital 0,
 * reactive × M; a moment of another role is not part of the book; the
 * average is over the window, clipped at the horizon's end. */
static void
test_account_hours (void)
{
  g_autoptr(HrBooks) books = books_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 6, " BASE_ROLES BASE_SEGMENTS
    " 'moments': [{'id': 'review', 'at': 1, 'every': 2, 'prep': 2, 'exec': 1, 'follow': 1,"
    "              'tiers': {'small': {'mode': 'one_to_many', 'group_size': 4}}},"
    "             {'id': 'mail', 'at': 0, 'every': 1, 'prep': 9, 'tiers': {'big': {'mode': 'digital'}, 'small': {'mode': 'digital'}}},"
    "             {'id': 'audit', 'role': 'ops', 'at': 0, 'every': 1, 'prep': 50}],"
    " 'people': [{'id': 'a', 'fte': 0.5}],"
    " 'accounts': [{'id': 'B', 'segment': 'big', 'owner': 'a', 'start': '2027-04', 'effort_factor': 1.5},"
    "              {'id': 'S', 'segment': 'small', 'owner': 'a', 'start': '2027-03', 'effort_factor': 1.5}],"
    " 'portfolio': {'month': '2027-05', 'window': 3}}", NULL);
  const HrBook *a = hr_books_get_person (books, 0);

  /* window: May and June only (the horizon ends in June), L' = 2 */
  g_assert_cmpuint (hr_books_get_window (books), ==, 2);
  /* B, tenure 1 and 2: review at 1: 4 × 1 × 2 × 1.5 = 12; reactive 10 × 1.5
   * = 15 each month: (12 + 15 + 15) / 2 = 21 */
  assert_near (account_named (books, "B")->workload, 21);
  /* S, tenure 2 and 3: review at 3 one-to-many: 4 / 4 = 1; reactive 7.5
   * each month: (7.5 + 8.5) / 2 = 8 */
  assert_near (account_named (books, "S")->workload, 8);
  /* fte 0.5: capacity 50 h; load 29 / 50 */
  assert_near (a->capacity, 50);
  assert_near (a->workload, 29);
  assert_near (a->load, 0.58);
  g_assert_cmpint (a->status, ==, HR_BOOK_OK);
  /* ARR from the ACV: B at tenure 1 is 1000; S's segment has none */
  assert_near (account_named (books, "B")->arr, 1000);
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* Frozen: the first month from the books' month on whose tenure is a
 * positive multiple of 12 falls within the freeze months */
static void
test_freeze_edges (void)
{
  static const struct {
    const char *start;
    gboolean    frozen;     /* books in 2027-03, freeze_months 2 */
    const char *renewal;
  } cases[] = {
    { "2026-03", TRUE, "2027-03" },    /* anniversary in the books' month */
    { "2026-04", TRUE, "2027-04" },    /* the last frozen month */
    { "2026-05", FALSE, "2027-05" },   /* one month past the freeze */
    { "2025-04", TRUE, "2027-04" },    /* a second anniversary */
    { "2027-03", FALSE, "2028-03" },   /* tenure 0 is no renewal */
    { "2027-06", FALSE, "2028-06" },   /* starts after the books' month */
  };
  GString *accounts = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(HrBooks) books = NULL;
  g_autoptr(HrBooks) unfrozen = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (accounts, "%s{'id': 'A%u', 'segment': 'small', 'owner': 'a', 'start': '%s'}",
                            i ? ", " : "", i, cases[i].start);
  text = g_strdup_printf ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
                          " 'people': [{'id': 'a'}], 'accounts': [%s],"
                          " 'portfolio': {'month': '2027-03', 'freeze_months': %%d}}", accounts->str);
  {
    g_autofree char *two = g_strdup_printf (text, 2);
    g_autofree char *none = g_strdup_printf (text, 0);
    books = books_text (two, NULL);
    unfrozen = books_text (none, NULL);
  }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const HrBookAccount *a = hr_books_get_account (books, i);
      g_autofree char *renewal = hr_month_format (a->renewal);

      g_assert_cmpint (a->frozen, ==, cases[i].frozen);
      g_assert_cmpstr (renewal, ==, cases[i].renewal);
      /* freeze_months 0 freezes nothing */
      g_assert_false (hr_books_get_account (unfrozen, i)->frozen);
    }
  g_string_free (accounts, TRUE);
  g_assert_finalize_object (g_steal_pointer (&books));
  g_assert_finalize_object (g_steal_pointer (&unfrozen));
}

/* Status against each person's limit, light below light_load, the
 * unassigned row, the spread, and people of another role left out */
static void
test_status_and_spread (void)
{
  g_autoptr(HrBooks) books = books_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
    " 'people': [{'id': 'a', 'max_load': 0.2}, {'id': 'b'}, {'id': 'c', 'fte': 0.8}, {'id': 'o', 'role': 'ops'}],"
    " 'accounts': [{'id': '1', 'segment': 'big', 'owner': 'a', 'start': '2026-06', 'arr': 500},"
    "              {'id': '2', 'segment': 'big', 'owner': 'a', 'start': '2026-06'},"
    "              {'id': '3', 'segment': 'small', 'owner': 'b', 'start': '2026-06'},"
    "              {'id': '4', 'segment': 'big', 'owner': 'c', 'start': '2026-06'},"
    "              {'id': '5', 'segment': 'big', 'owner': 'c', 'start': '2026-06'},"
    "              {'id': '6', 'segment': 'big', 'owner': 'c', 'start': '2026-06'},"
    "              {'id': '7', 'segment': 'small', 'start': '2026-06'}],"
    " 'portfolio': {'light_load': 0.1}}", NULL);
  const HrBook *a, *b, *c;

  g_assert_cmpuint (hr_books_get_n_people (books), ==, 3);
  a = hr_books_get_person (books, 0);
  b = hr_books_get_person (books, 1);
  c = hr_books_get_person (books, 2);
  /* a: 20 h of 100, limit 0.2: exactly at the limit is ok, not over */
  assert_near (a->load, 0.2);
  g_assert_cmpint (a->status, ==, HR_BOOK_OK);
  assert_near (a->over_hours, 0);
  /* ARR: 500 given, 1000 × 1.5^0 derived */
  assert_near (a->arr, 1500);
  /* b: 5 h: 0.05 < 0.1 light */
  g_assert_cmpint (b->status, ==, HR_BOOK_LIGHT);
  /* c: 30 h of 80, limit 0.85 (the role's target load): ok */
  assert_near (c->load, 0.375);
  g_assert_cmpint (c->status, ==, HR_BOOK_OK);
  g_assert_cmpuint (hr_books_get_unassigned (books)->n_accounts, ==, 1);
  assert_near (hr_books_get_unassigned (books)->workload, 5);
  assert_near (hr_books_get_spread (books), 0.375 - 0.05);
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* Books under a scenario: its changes apply, people and accounts stay */
static void
test_scenario (void)
{
  const char *text =
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
    " 'people': [{'id': 'a'}],"
    " 'accounts': [{'id': '1', 'segment': 'big', 'owner': 'a', 'start': '2026-06'}],"
    " 'scenarios': [{'id': 'calm', 'changes': [{'op': 'scale', 'target': 'segments/big/reactive_hours', 'factor': 0.6},"
    "                                          {'op': 'set', 'target': 'roles/csm/target_load', 'value': 0.05}]}]}";
  g_autoptr(HrBooks) baseline = books_text (text, NULL);
  g_autoptr(HrBooks) calm = books_text (text, "calm");

  assert_near (hr_books_get_person (baseline, 0)->workload, 10);
  assert_near (hr_books_get_person (calm, 0)->workload, 6);
  /* 6 h of 100 is over the scenario's limit of 5% by 1 h */
  g_assert_cmpint (hr_books_get_person (calm, 0)->status, ==, HR_BOOK_OVER);
  assert_near (hr_books_get_person (calm, 0)->over_hours, 1);
  g_assert_finalize_object (g_steal_pointer (&baseline));
  g_assert_finalize_object (g_steal_pointer (&calm));
}

/* Messages name the item: accounts by their CRM id, rules by position */
static void
test_errors (void)
{
  static const struct {
    const char *items;
    const char *message;
  } cases[] = {
    { "'people': [{'id': 'a'}], 'accounts': [{'id': '0015g00000XyZ12', 'segment': 'big', 'owner': 'dana', 'start': '2026-01'}]",
      "test.headroom: accounts[0015g00000XyZ12].owner: no person \"dana\"" },
    { "'people': [{'id': 'o', 'role': 'ops'}], 'accounts': [{'id': 'Q', 'segment': 'big', 'owner': 'o', 'start': '2026-01'}]",
      "test.headroom: accounts[Q].owner: \"o\" has the role \"ops\"; owners have the portfolio's role \"csm\"" },
    { "'accounts': [{'id': 'Q', 'segment': 'huge', 'start': '2026-01'}]",
      "test.headroom: accounts[Q].segment: no segment with id \"huge\"; expected a segment of the plan" },
    { "'accounts': [{'id': 'Q', 'segment': 'big'}]",
      "test.headroom: accounts[Q].start: is required: expected a month as \"YYYY-MM\", e.g. \"2027-01\"" },
    { "'accounts': [{'id': 'Q', 'segment': 'big', 'start': '2026-01', 'attributes': {'vip': true}}]",
      "test.headroom: accounts[Q].attributes.vip: must be a string or a number" },
    { "'accounts': [{'id': 'Q', 'segment': 'big', 'start': '2026-01'}, {'id': 'Q', 'segment': 'big', 'start': '2026-01'}]",
      "test.headroom: accounts[1].id: \"Q\" is used twice; ids must be unique within accounts" },
    { "'effort_rules': [{'attribute': 'x', 'op': '<', 'value': 1, 'factor': 2}, {'attribute': 'x', 'op': '~', 'value': 1, 'factor': 2}]",
      "test.headroom: effort_rules[2].op: must be one of \"<\", \"<=\", \">\", \">=\", \"==\", \"!=\", got \"~\"" },
    { "'effort_rules': [{'attribute': 'x', 'op': '<', 'value': 'red', 'factor': 2}]",
      "test.headroom: effort_rules[1].op: \"<\" compares numbers; a text value takes \"==\" or \"!=\"" },
    { "'effort_rules': [{'attribute': 'x', 'op': '==', 'value': null, 'factor': 2}]",
      "test.headroom: effort_rules[1].value: must be a number or a string" },
    { "'effort_rules': [{'attribute': 'x', 'op': '==', 'value': 1}]",
      "test.headroom: effort_rules[1].factor: is required: expected a number" },
    /* a named item is named first, then where it is */
    { "'people': [{'id': 'a'}], 'accounts': [{'id': '0015g00000XyZ12', 'name': 'Acme', 'segment': 'big', 'owner': 'dana', 'start': '2026-01'}]",
      "test.headroom: Acme’s owner: no person \"dana\" (accounts[0015g00000XyZ12].owner)" },
    { "'people': [{'id': 'dana', 'name': 'Dana Lee', 'fte': 1.5}]",
      "test.headroom: Dana Lee’s fte must be greater than 0 and at most 1, got 1.5 (people[dana].fte)" },
    { "'people': [{'id': 'dana', 'name': 'Dana Lee', 'segments': ['tiny']}]",
      "test.headroom: Dana Lee’s segments: no segment with id \"tiny\"; expected a segment of the plan (people[dana].segments)" },
    /* Headroom's own bounds, beyond the spec's */
    { "'people': [{'id': 'a', 'fte': 0.001}]",
      "test.headroom: people[a].fte: must be at least 0.01, got 0.001: Headroom’s limit, far beyond any real plan" },
    { "'accounts': [{'id': 'Q', 'segment': 'big', 'start': '2026-01', 'effort_factor': 500}]",
      "test.headroom: accounts[Q].effort_factor: must be at most 100, got 500: Headroom’s limit, far beyond any real plan" },
    { "'portfolio': {'solve_seconds': 1e9}",
      "test.headroom: portfolio.solve_seconds: must be at most 3,600, got 1000000000: Headroom’s limit, far beyond any real plan" },
    { "'people': [{'id': 'a', 'segments': ['big', 'tiny']}]",
      "test.headroom: people[a].segments: no segment with id \"tiny\"; expected a segment of the plan" },
    { "'people': [{'id': 'a', 'fte': 1.5}]",
      "test.headroom: people[a].fte: must be greater than 0 and at most 1, got 1.5" },
    { "'portfolio': {'month': '2028-01'}",
      "test.headroom: portfolio.month: must be within the plan's horizon, 2027-01 to 2027-12, got \"2028-01\"" },
    { "'portfolio': {'window': 13}",
      "test.headroom: portfolio.window: must be between 1 and 12, got 13" },
    { "'portfolio': {'role': 'nobody'}",
      "test.headroom: portfolio.role: no role with id \"nobody\"; expected one of \"csm\", \"ops\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', "
                                               BASE_ROLES BASE_SEGMENTS " %s}", cases[i].items);
      g_autofree char *message = plan_error (text);
      g_assert_cmpstr (message, ==, cases[i].message);
    }
}

/* An account id of 129 characters is refused; 128 and odd characters are fine */
static void
test_account_ids (void)
{
  g_autofree char *long_id = g_strnfill (128, 'x');
  g_autofree char *too_long = g_strnfill (129, 'x');
  g_autofree char *ok = g_strdup_printf ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
                                         " 'accounts': [{'id': '%s', 'segment': 'big', 'start': '2026-01'},"
                                         "              {'id': 'Acme GmbH / EU #7', 'segment': 'big', 'start': '2026-01'}]}", long_id);
  g_autofree char *bad = g_strdup_printf ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
                                          " 'accounts': [{'id': '%s', 'segment': 'big', 'start': '2026-01'}]}", too_long);
  g_autoptr(HrPlan) plan = plan_from_text (ok);
  g_autofree char *message = plan_error (bad);

  g_assert_nonnull (hr_plan_find_account (plan, "Acme GmbH / EU #7"));
  g_assert_cmpstr (message, ==, "test.headroom: accounts[1].id: must be 1 to 128 characters, got 129");
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* The portfolio saves and loads again unchanged; a plan without it writes
 * none of its keys */
static void
test_round_trip (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
    " 'people': [{'id': 'a', 'name': 'Ann', 'fte': 0.8, 'segments': ['big'], 'max_load': 0.9}, {'id': 'b'}],"
    " 'accounts': [{'id': 'X', 'name': 'Xeno', 'segment': 'big', 'owner': 'a', 'start': '2025-11', 'arr': 1200.5,"
    "               'pinned': true, 'effort_factor': 1.1, 'attributes': {'health': 'red', 'tickets': 3}}],"
    " 'effort_rules': [{'attribute': 'health', 'op': '==', 'value': 'red', 'factor': 1.2, 'label': 'at risk'}],"
    " 'portfolio': {'month': '2027-02', 'window': 2, 'freeze_months': 1, 'light_load': 0.4, 'solve_seconds': 3}}");
  g_autoptr(HrPlan) plain = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01'}");
  g_autofree char *first = hr_plan_to_data (plan, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) again = hr_plan_load_data (first, -1, "again", NULL, &error);
  g_autofree char *second = NULL;
  g_autofree char *plain_text = hr_plan_to_data (plain, NULL);

  g_assert_no_error (error);
  second = hr_plan_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_null (strstr (plain_text, "people"));
  g_assert_null (strstr (plain_text, "accounts\": ["));
  g_assert_null (strstr (plain_text, "portfolio"));
  g_assert_true (hr_account_get_pinned (hr_plan_find_account (again, "X")));
  g_assert_cmpstr (hr_person_get_segments (hr_plan_find_person (again, "a"))[0], ==, "big");
  g_assert_finalize_object (g_steal_pointer (&again));
  g_assert_finalize_object (g_steal_pointer (&plan));
  g_assert_finalize_object (g_steal_pointer (&plain));
}

/* A copy writes the same file; a scenario's plan keeps the portfolio's
 * settings and shares its people and accounts; an edit in memory is
 * checked as a file would be */
static void
test_copies (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', " BASE_ROLES BASE_SEGMENTS
    " 'people': [{'id': 'a', 'name': 'Ann'}],"
    " 'accounts': [{'id': 'X', 'name': 'Xeno', 'segment': 'big', 'owner': 'a', 'start': '2025-11',"
    "               'attributes': {'health': 'red'}}],"
    " 'effort_rules': [{'attribute': 'health', 'op': '==', 'value': 'red', 'factor': 1.2}],"
    " 'portfolio': {'window': 2, 'light_load': 0.4},"
    " 'scenarios': [{'id': 'calm', 'changes': [{'op': 'scale', 'target': 'segments/big/reactive_hours', 'factor': 0.5}]}]}");
  g_autoptr(HrPlan) copy = hr_plan_copy (plan);
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (plan, "calm", NULL);
  g_autofree char *text = hr_plan_to_data (plan, NULL);
  g_autofree char *copy_text = hr_plan_to_data (copy, NULL);
  g_autoptr(HrAccount) shared = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, copy_text);
  g_assert_true (hr_plan_find_account (copy, "X") != hr_plan_find_account (plan, "X"));
  g_assert_nonnull (applied);
  g_assert_cmpuint (hr_portfolio_get_window (hr_plan_get_portfolio (applied)), ==, 2);
  g_assert_cmpfloat (hr_portfolio_get_light_load (hr_plan_get_portfolio (applied)), ==, 0.4);
  shared = g_list_model_get_item (hr_plan_get_accounts (applied), 0);
  g_assert_true (shared == hr_plan_find_account (plan, "X"));
  g_assert_true (hr_plan_find_account (applied, "X") == shared);

  g_object_set (hr_plan_find_account (copy, "X"), "owner", "zed", NULL);
  g_assert_false (hr_plan_validate (copy, &error));
  g_assert_cmpstr (error->message, ==, "plan: Xeno’s owner: no person \"zed\" (accounts[X].owner)");
  g_clear_error (&error);
  g_object_set (hr_plan_find_account (copy, "X"), "owner", "a", "effort-factor", 0.0, NULL);
  g_assert_false (hr_plan_validate (copy, &error));
  g_assert_cmpstr (error->message, ==, "plan: accounts[X].effort_factor: must be greater than 0, got 0");
  g_clear_object (&applied);
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&plan));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/books/rule-ops", test_rule_ops);
  g_test_add_func ("/books/account-hours", test_account_hours);
  g_test_add_func ("/books/freeze-edges", test_freeze_edges);
  g_test_add_func ("/books/status-and-spread", test_status_and_spread);
  g_test_add_func ("/books/scenario", test_scenario);
  g_test_add_func ("/books/errors", test_errors);
  g_test_add_func ("/books/account-ids", test_account_ids);
  g_test_add_func ("/books/round-trip", test_round_trip);
  g_test_add_func ("/books/copies", test_copies);
  return g_test_run ();
}

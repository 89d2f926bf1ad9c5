/* test-calibration.c: the plan against a time log (spec §7), by hand
 *
 * Each case says where its numbers come from: pairs (account, month) of
 * the period with tenure ≥ 0, h_jk of spec §5.1, and the entries below.
 */
#include <math.h>

#include "hr-calibration.h"
#include "hr-time-import.h"
#include "test-helpers.h"

static HrTimeLog *
log_from_text (HrPlan     *plan,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) moments = NULL;
  HrTimeLog *log;

  for (guint k = 0; k < g_list_model_get_n_items (hr_plan_get_moments (plan)); k++)
    {
      g_autoptr(HrItem) moment = g_list_model_get_item (hr_plan_get_moments (plan), k);
      g_strv_builder_add (ids, hr_item_get_id (moment));
    }
  moments = g_strv_builder_end (ids);
  log = hr_time_log_read (text, strlen (text), "log.csv", (const char * const *) moments, &error);
  g_assert_no_error (error);
  return log;
}

static HrCalibration *
calibrate (HrPlan     *plan,
           const char *log_text,
           guint       min_occurrences)
{
  g_autoptr(HrTimeLog) log = log_from_text (plan, log_text);
  g_autoptr(GError) error = NULL;
  HrCalibration *calibration = hr_calibration_compute (plan, log, min_occurrences, &error);

  g_assert_no_error (error);
  return calibration;
}

static int
moment_index (HrCalibration *c,
              const char    *id)
{
  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    if (g_str_equal (hr_calibration_get_moment (c, k)->id, id))
      return k;
  g_assert_not_reached ();
}

typedef struct {
  guint  due, delivered, unscheduled, occurrences;
  double delivery_rate, actual_mean, actual_median, designed_mean, ratio;
} Expected;

static void
assert_figures (const HrMomentFigures *f,
                const Expected        *e)
{
  g_assert_cmpuint (f->due, ==, e->due);
  g_assert_cmpuint (f->delivered, ==, e->delivered);
  g_assert_cmpuint (f->unscheduled, ==, e->unscheduled);
  g_assert_cmpuint (f->occurrences, ==, e->occurrences);
#define NEAR_OR_NULL(a, b) do { if (isnan (b)) g_assert_true (isnan (a)); else assert_near (a, b); } while (0)
  NEAR_OR_NULL (f->delivery_rate, e->delivery_rate);
  NEAR_OR_NULL (f->actual_mean, e->actual_mean);
  NEAR_OR_NULL (f->actual_median, e->actual_median);
  NEAR_OR_NULL (f->designed_mean, e->designed_mean);
  NEAR_OR_NULL (f->ratio, e->ratio);
}

/* One role, tiers "one" (complexity 1) and "two" (complexity 2); review at
 * tenure 0, 3, 6…, E = 4; intro once at 0, E = 2. Accounts A (one, from
 * Jan 2027), B (one, Feb), C (two, Dec 2026), D (one, Mar). The log runs
 * Jan–Apr 2027. */
static const char *delivery_plan =
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
  " 'roles': [{'id': 'csm'}],"
  " 'segments': [{'id': 'one'}, {'id': 'two', 'complexity': 2}],"
  " 'moments': [{'id': 'review', 'name': 'Business Review', 'at': 0, 'every': 3, 'prep': 1, 'exec': 2, 'follow': 1},"
  "             {'id': 'intro', 'name': 'Intro', 'at': 0, 'exec': 2}],"
  " 'people': [{'id': 'ana'}],"
  " 'accounts': [{'id': 'A', 'segment': 'one', 'start': '2027-01'}, {'id': 'B', 'segment': 'one', 'start': '2027-02'},"
  "              {'id': 'C', 'segment': 'two', 'start': '2026-12'}, {'id': 'D', 'segment': 'one', 'start': '2027-03'}]}";

static const char *delivery_log =
  "date,person,account,activity,hours\n"
  "2027-01-05,ana,A,review,3\n"
  "2027-01-20,ana,A,review,2\n"      /* the same pair as above: 5 h */
  "2027-02-10,ana,B,review,6\n"
  "2027-03-03,ana,C,review,4\n"
  "2027-02-14,ana,C,review,2\n"      /* C is at tenure 2: not due */
  "2027-03-09,ana,D,review,7\n"
  "2027-01-06,ana,A,intro,1.5\n"
  "2027-03-01,ana,B,intro,2\n"       /* B is at tenure 1: not due */
  "2027-04-30,ana,,indirect,0\n";    /* the period runs to April */
/* A's review in April (tenure 3) is due and not logged */

static void
test_delivered_unscheduled (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (delivery_plan);
  g_autoptr(HrCalibration) c = calibrate (plan, delivery_log, 0);
  const HrMomentCalibration *review = hr_calibration_get_moment (c, moment_index (c, "review"));
  const HrMomentCalibration *intro = hr_calibration_get_moment (c, moment_index (c, "intro"));
  /* review due: A Jan, A Apr, B Feb, D Mar (h = 4) and C Mar (h = 4 × 2);
   * logged: A Jan 5, B Feb 6, D Mar 7, C Mar 4, C Feb 2 (unscheduled, h = 0).
   * Hours 2, 4, 5, 6, 7: mean 24 / 5, median 5 (odd); designed (4 + 4 + 4 + 8 + 0) / 5;
   * ratio over the pairs with h > 0: (5 + 6 + 7 + 4) / (4 + 4 + 4 + 8) */
  static const Expected review_all = { 5, 4, 1, 5, 4.0 / 5, 24.0 / 5, 5, 4, 22.0 / 20 };
  /* tier one: A Jan 5, B Feb 6, D Mar 7 of 4 due; median of three is 6 */
  static const Expected review_one = { 4, 3, 0, 3, 3.0 / 4, 6, 6, 4, 18.0 / 12 };
  /* tier two: C Mar 4 (due, h 8) and C Feb 2 (not due): median of two (2 + 4) / 2 */
  static const Expected review_two = { 1, 1, 1, 2, 1, 3, 3, 4, 4.0 / 8 };
  /* intro due: A Jan, B Feb, D Mar; logged A Jan 1.5 (h 2) and B Mar 2 (not due, h 0) */
  static const Expected intro_all = { 3, 1, 1, 2, 1.0 / 3, 1.75, 1.75, 1, 1.5 / 2 };

  assert_figures (&review->all, &review_all);
  assert_figures (&review->segments[0], &review_one);
  assert_figures (&review->segments[1], &review_two);
  assert_figures (&intro->all, &intro_all);
  g_assert_cmpuint (review->all.due_accounts, ==, 4);   /* A twice */
  g_assert_cmpuint (intro->all.due_accounts, ==, 3);

  /* the spread of review's hours 2, 4, 5, 6, 7 */
  assert_near (review->all.low, 2);
  assert_near (review->all.lower_quartile, 4);
  assert_near (review->all.upper_quartile, 6);
  assert_near (review->all.high, 7);

  g_assert_finalize_object (g_steal_pointer (&c));
}

static void
test_months (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (delivery_plan);
  g_autoptr(HrCalibration) c = calibrate (plan, delivery_log, 0);
  /* model: Jan A review 4 + A intro 2; Feb B review 4 + intro 2; Mar C review 8
   * + D review 4 + D intro 2; Apr A review 4. Logged: the moment entries by month. */
  static const double model[] = { 6, 6, 14, 4 };
  static const double logged[] = { 3 + 2 + 1.5, 6 + 2, 4 + 7 + 2, 0 };

  g_assert_cmpint (hr_calibration_get_from (c), ==, 2027 * 12);
  g_assert_cmpint (hr_calibration_get_to (c), ==, 2027 * 12 + 3);
  g_assert_cmpuint (hr_calibration_get_n_months (c), ==, 4);
  for (guint t = 0; t < 4; t++)
    {
      const HrCalibrationMonth *m = hr_calibration_get_month (c, t);

      g_assert_cmpint (m->month, ==, 2027 * 12 + (int) t);
      assert_near (m->model_designed, model[t]);
      assert_near (m->logged_designed, logged[t]);
    }
  g_assert_finalize_object (g_steal_pointer (&c));
}

static void
test_scenario (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (delivery_plan);
  g_autoptr(HrCalibration) c = calibrate (plan, delivery_log, 0);
  g_autoptr(HrCalibration) strict = calibrate (plan, delivery_log, 6);
  JsonArray *changes = hr_calibration_get_changes (c);
  g_autoptr(HrScenario) scenario = hr_calibration_new_scenario (c, plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(HrPlan) after = NULL;
  /* review has 5 occurrences: its hours scale by 1.1; intro has 2. The role
   * worked 27.5 h, none indirect or unplanned: both become 0; no leave, no
   * shrinkage; no reactive entry, no tier's reactive hours */
  static const struct { const char *op, *target; double number; } expected[] = {
    { "scale", "moments/review/prep", 1.1 },
    { "scale", "moments/review/exec", 1.1 },
    { "scale", "moments/review/follow", 1.1 },
    { "set", "roles/csm/indirect", 0 },
    { "set", "roles/csm/unplanned", 0 },
  };

  g_assert_cmpuint (json_array_get_length (changes), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const char *key = g_str_equal (expected[i].op, "scale") ? "factor" : "value";

      g_assert_cmpstr (json_object_get_string_member (change, "op"), ==, expected[i].op);
      g_assert_cmpstr (json_object_get_string_member (change, "target"), ==, expected[i].target);
      assert_near (json_object_get_double_member (change, key), expected[i].number);
    }
  /* with at least 6 occurrences, review is a small sample too */
  g_assert_cmpuint (json_array_get_length (hr_calibration_get_changes (strict)), ==, 2);
  g_assert_true (hr_calibration_is_small (strict, &hr_calibration_get_moment (strict, 0)->all));
  g_assert_false (hr_calibration_is_small (c, &hr_calibration_get_moment (c, 0)->all));

  /* the scenario is an ordinary one: it applies, and its plan has the hours */
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (scenario)), ==, "calibrated");
  g_assert_cmpstr (hr_scenario_get_name (scenario), ==, "Calibrated from time log 2027-01 – 2027-04");
  hr_plan_insert_item (plan, HR_ITEM (scenario), -1);
  applied = hr_plan_apply_scenario (plan, "calibrated", &error);
  g_assert_no_error (error);
  {
    HrMoment *review = hr_plan_find_moment (applied, "review");
    double prep, exec;

    g_object_get (review, "prep", &prep, "exec", &exec, NULL);
    assert_near (prep, 1.1);
    assert_near (exec, 2.2);
  }
  /* the next one made beside it takes the next id */
  {
    g_autofree char *next = hr_calibration_dup_scenario_id (c, plan);
    g_assert_cmpstr (next, ==, "calibrated-2");
  }
  /* and the plan saves and loads with it */
  {
    g_autofree char *text = hr_plan_to_data (plan, NULL);
    after = hr_plan_load_data (text, -1, "saved.headroom", NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (hr_plan_find_scenario (after, "calibrated"));
  }
  g_assert_finalize_object (g_steal_pointer (&c));
  g_assert_finalize_object (g_steal_pointer (&strict));
}

/* One-to-many: each account due costs its share E × factor / group_size of
 * a session, neither complexity nor the effort multiplier applies; one to
 * one: E × factor × complexity × M. Tier "pooled": complexity 3; webinar
 * one-to-many in groups of 4, factor 1.5, E = 2: a share of 0.75; call one
 * to one, factor 0.5, E = 1: 0.5 × 3 × M. Account X has effort_factor 2 and
 * tickets 12 (a rule × 1.25 for tickets > 10): M = 2.5; Y has M = 1. */
static void
test_one_to_many (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
    " 'segments': [{'id': 'pooled', 'complexity': 3}],"
    " 'moments': [{'id': 'webinar', 'at': 0, 'every': 1, 'exec': 2,"
    "              'tiers': {'pooled': {'mode': 'one_to_many', 'group_size': 4, 'factor': 1.5}}},"
    "             {'id': 'call', 'at': 0, 'every': 1, 'exec': 1, 'tiers': {'pooled': {'factor': 0.5}}}],"
    " 'people': [{'id': 'ana'}],"
    " 'effort_rules': [{'attribute': 'tickets', 'op': '>', 'value': 10, 'factor': 1.25}],"
    " 'accounts': [{'id': 'X', 'segment': 'pooled', 'start': '2027-01', 'effort_factor': 2, 'attributes': {'tickets': 12}},"
    "              {'id': 'Y', 'segment': 'pooled', 'start': '2027-01'}]}");
  g_autoptr(HrCalibration) c = calibrate (plan,
    "date,person,account,activity,hours\n"
    "2027-01-10,ana,X,webinar,1\n"
    "2027-01-11,ana,Y,webinar,0.5\n"
    "2027-01-12,ana,X,call,3\n"
    "2027-01-13,ana,Y,call,3\n", 0);
  const HrMomentCalibration *webinar = hr_calibration_get_moment (c, 0);
  const HrMomentCalibration *call = hr_calibration_get_moment (c, 1);
  /* webinar: two shares of 0.75 each (not a session of 3 h for two accounts) */
  static const Expected webinar_all = { 2, 2, 0, 2, 1, 0.75, 0.75, 0.75, 1.5 / 1.5 };
  /* call: X 0.5 × 3 × 2.5 = 3.75, Y 0.5 × 3 = 1.5 */
  static const Expected call_all = { 2, 2, 0, 2, 1, 3, 3, (3.75 + 1.5) / 2, 6 / 5.25 };

  assert_figures (&webinar->all, &webinar_all);
  assert_figures (&call->all, &call_all);
  /* the month's model is the sum of the accounts' hours: 0.75 × 2 + 3.75 + 1.5 */
  assert_near (hr_calibration_get_month (c, 0)->model_designed, 6.75);
  g_assert_finalize_object (g_steal_pointer (&c));
}

/* Leave and shrinkage. csm: H 160; onboarding: H 150; care: no one logs.
 * p1 (csm) logs Jan: reactive 70 on K, indirect 20, unplanned 10, leave 16;
 * p2 (csm, fte 0.5) logs only leave in Feb, 8; p3 (onboarding) logs 40
 * indirect in Jan. csm person-months: p1 Jan, p2 Feb: paid 160 + 80. */
static void
test_leave_and_shrinkage (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
    " 'roles': [{'id': 'csm', 'shrinkage': 0.15}, {'id': 'onboarding', 'hours_per_month': 150}, {'id': 'care'}],"
    " 'segments': [{'id': 'key', 'reactive_hours': 10}, {'id': 'idle', 'reactive_hours': 2}],"
    " 'people': [{'id': 'p1'}, {'id': 'p2', 'fte': 0.5}, {'id': 'p3', 'role': 'onboarding'}],"
    " 'accounts': [{'id': 'K', 'segment': 'key', 'start': '2026-01'}]}");
  g_autoptr(HrCalibration) c = calibrate (plan,
    "date,person,account,activity,hours\n"
    "2027-01-04,p1,K,reactive,70\n"
    "2027-01-05,p1,,indirect,20\n"
    "2027-01-06,p1,,unplanned,10\n"
    "2027-01-07,p1,,leave,16\n"
    "2027-02-01,p2,,leave,8\n"
    "2027-01-08,p3,,indirect,40\n", 0);
  const HrRoleCalibration *csm = hr_calibration_get_role (c, 0);
  const HrRoleCalibration *onboarding = hr_calibration_get_role (c, 1);
  const HrRoleCalibration *care = hr_calibration_get_role (c, 2);
  const HrSegmentCalibration *key = hr_calibration_get_segment (c, 0);
  const HrSegmentCalibration *idle = hr_calibration_get_segment (c, 1);
  JsonArray *changes = hr_calibration_get_changes (c);

  g_assert_cmpuint (csm->person_months, ==, 2);
  g_assert_cmpuint (csm->people, ==, 2);
  assert_near (csm->paid, 240);
  assert_near (csm->worked, 100);
  assert_near (csm->indirect_share, 0.2);
  assert_near (csm->unplanned_share, 0.1);
  assert_near (csm->shrinkage, 24.0 / 240);
  /* onboarding: all of its 40 worked hours indirect; no leave entry: null */
  assert_near (onboarding->paid, 150);
  assert_near (onboarding->indirect_share, 1);
  assert_near (onboarding->unplanned_share, 0);
  g_assert_true (isnan (onboarding->shrinkage));
  /* care: nothing logged */
  g_assert_cmpuint (care->person_months, ==, 0);
  g_assert_true (isnan (care->indirect_share) && isnan (care->unplanned_share) && isnan (care->shrinkage));
  /* K has 2 months in the period (Jan, Feb): 70 / 2; idle has no account */
  g_assert_cmpuint (key->account_months, ==, 2);
  assert_near (key->reactive_per_account, 35);
  g_assert_true (isnan (idle->reactive_per_account));

  /* csm: indirect, unplanned, shrinkage; onboarding: shares sum to 1, no
   * leave: nothing; reactive entries: key's reactive hours, idle has none */
  g_assert_cmpuint (json_array_get_length (changes), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 0), "target"), ==,
                   "roles/csm/indirect");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 2), "target"), ==,
                   "roles/csm/shrinkage");
  assert_near (json_object_get_double_member (json_array_get_object_element (changes, 2), "value"), 0.1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 3), "target"), ==,
                   "segments/key/reactive_hours");
  assert_near (json_object_get_double_member (json_array_get_object_element (changes, 3), "value"), 35);
  g_assert_finalize_object (g_steal_pointer (&c));
}

/* A log of months before the plan's start: Oct–Nov 2026 for a plan of
 * 2027; the account started Sep 2026, so October is tenure 1 */
static void
test_before_plan_start (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
    " 'segments': [{'id': 'key'}],"
    " 'moments': [{'id': 'onboarding', 'at': 1, 'exec': 3}],"
    " 'people': [{'id': 'ana'}],"
    " 'accounts': [{'id': 'K', 'segment': 'key', 'start': '2026-09'}]}");
  g_autoptr(HrCalibration) c = calibrate (plan,
    "date,person,account,activity,hours\n"
    "2026-10-02,ana,K,onboarding,3.3\n"
    "2026-11-30,ana,,indirect,1\n", 0);
  const HrMomentFigures *f = &hr_calibration_get_moment (c, 0)->all;
  static const Expected onboarding = { 1, 1, 0, 1, 1, 3.3, 3.3, 3, 1.1 };

  g_assert_cmpint (hr_calibration_get_from (c), ==, 2026 * 12 + 9);
  g_assert_cmpint (hr_calibration_get_to (c), ==, 2026 * 12 + 10);
  assert_figures (f, &onboarding);
  assert_near (hr_calibration_get_month (c, 0)->model_designed, 3);
  assert_near (hr_calibration_get_month (c, 1)->model_designed, 0);
  g_assert_cmpuint (hr_calibration_get_segment (c, 0)->account_months, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&c));
}

/* Unknown people and accounts, and entries before an account's start: one
 * warning per id; what each still counts for */
static void
test_unknown_ids (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
    " 'segments': [{'id': 'key'}],"
    " 'moments': [{'id': 'kickoff', 'at': 0, 'exec': 4}],"
    " 'people': [{'id': 'ana'}],"
    " 'accounts': [{'id': 'K', 'segment': 'key', 'start': '2027-02'}]}");
  g_autoptr(HrCalibration) c = calibrate (plan,
    "date,person,account,activity,hours\n"
    "2027-01-10,ana,K,reactive,1\n"        /* K starts in Feb: roles only */
    "2027-01-11,ana,K,kickoff,2\n"         /* the same account: one warning */
    "2027-02-03,sam,K,kickoff,5\n"         /* unknown person: counts for the moment */
    "2027-02-04,sam,,indirect,3\n"         /* the same person: one warning */
    "2027-02-05,ana,ZZ,reactive,2\n"       /* unknown account: counts for ana's role */
    "2027-02-06,lee,ZZ,kickoff,7\n", 0);   /* both unknown: a warning for each */
  GPtrArray *warnings = hr_calibration_get_warnings (c);
  const HrMomentFigures *kickoff = &hr_calibration_get_moment (c, 0)->all;
  const HrRoleCalibration *csm = hr_calibration_get_role (c, 0);

  /* K before its start, sam, ZZ, lee: in the order of their first lines */
  g_assert_cmpuint (warnings->len, ==, 4);
  g_assert_true (g_str_has_prefix (warnings->pdata[0], "log.csv:2: 2 entries (3 h) on account “K” before its start"));
  g_assert_true (g_str_has_prefix (warnings->pdata[1], "log.csv:4: unknown person “sam” (2 entries, 8 h)"));
  g_assert_true (g_str_has_prefix (warnings->pdata[2], "log.csv:6: unknown account “ZZ” (2 entries, 9 h)"));
  g_assert_true (g_str_has_prefix (warnings->pdata[3], "log.csv:7: unknown person “lee” (1 entry, 7 h)"));
  /* the kickoff: sam's 5 h in Feb, K's tenure 0; January's entry is before K started */
  g_assert_cmpuint (kickoff->due, ==, 1);
  g_assert_cmpuint (kickoff->occurrences, ==, 1);
  assert_near (kickoff->actual_mean, 5);
  /* ana's role: 1 + 2 before the start, 2 on ZZ; not sam's nor lee's */
  assert_near (csm->worked, 5);
  g_assert_cmpuint (csm->person_months, ==, 2);
  /* reactive hours of the tier: none (January's is before the start, ZZ is unknown) */
  assert_near (hr_calibration_get_segment (c, 0)->reactive_hours, 0);
  /* logged designed hours: sam's 5 h on K in Feb only */
  assert_near (hr_calibration_get_month (c, 0)->logged_designed, 0);
  assert_near (hr_calibration_get_month (c, 1)->logged_designed, 5);
  g_assert_finalize_object (g_steal_pointer (&c));
}

/* A log is read whole or refused whole, with FILE:LINE: column: what */
static void
test_refused_logs (void)
{
  static const struct { const char *text, *message; } cases[] = {
    { "date,person,account,activity\n2027-01-01,ana,,indirect\n",
      "log.csv:1: no column “hours”; a time log has the columns date, person, account, activity and hours" },
    { "Date,Person,Account,Activity,Hours\n2027-01-01,ana,,indirect,1\n2027-02-30,ana,,indirect,1\n",
      "log.csv:3: Date: “2027-02-30” is not a date as YYYY-MM-DD, e.g. 2027-01-31" },
    { "date,person,account,activity,hours\n2027-01-01,ana,,indirect,-1\n",
      "log.csv:2: hours: “-1” is not a number of hours of 0 or more, e.g. 1.5" },
    { "date,person,account,activity,hours\n2027-01-01,ana,,indirect,\"1,5\"\n",
      "log.csv:2: hours: “1,5” is not a number of hours of 0 or more, e.g. 1.5" },
    { "date,person,account,activity,hours\n2027-01-01,ana,,Indirect,1\n",
      "log.csv:2: activity: unknown activity “Indirect”; expected a moment id (kickoff) or reactive, indirect, unplanned or leave" },
    { "date,person,account,activity,hours\n2027-01-01,ana,,kickoff,1\n",
      "log.csv:2: account: empty; an entry of the moment “kickoff” needs an account" },
    { "date,person,account,activity,hours\n2027-01-01,,K,kickoff,1\n",
      "log.csv:2: person: empty; every entry needs the person who logged it" },
    { "date,person,account,activity,hours\n",
      "log.csv: the time log has no entries" },
    { "date,person,account,activity,hours\n2027-01-01,ana,,indirect,1\n2037-02-01,ana,,indirect,1\n",
      "log.csv:3: date: the log would run from 2027-01 to 2037-02; a time log covers at most 120 months" },
  };
  const char *moments[] = { "kickoff", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HrTimeLog) log = hr_time_log_read (cases[i].text, strlen (cases[i].text), "log.csv", moments, &error);

      g_assert_null (log);
      g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Headers in any order and case, other columns ignored, values trimmed,
 * a byte order mark */
static void
test_canonical_columns (void)
{
  const char *moments[] = { "kickoff", NULL };
  const char *text = "\xEF\xBB\xBFHours;Note;ACTIVITY;Account;Person;Date\n"
                     " 1.5 ;x; kickoff ; K ; ana ;2027-03-04\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_log_read (text, strlen (text), "log.csv", moments, &error);
  const HrTimeEntry *e;

  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 1);
  e = hr_time_log_get_entry (log, 0);
  g_assert_cmpuint (e->line, ==, 2);
  g_assert_cmpint (e->month, ==, 2027 * 12 + 2);
  g_assert_cmpuint (e->day, ==, 4);
  g_assert_cmpstr (e->person, ==, "ana");
  g_assert_cmpstr (e->account, ==, "K");
  g_assert_cmpstr (e->activity, ==, "kickoff");
  assert_near (e->hours, 1.5);
}

typedef struct {
  HrPlan    *copy;
  HrTimeLog *log;
} WorkerInput;

static void
worker_cb (GTask        *task,
           gpointer      source,
           gpointer      data,
           GCancellable *cancellable)
{
  WorkerInput *input = data;
  g_autoptr(GError) error = NULL;
  HrCalibration *c = hr_calibration_compute (input->copy, input->log, 0, &error);

  g_task_return_pointer (task, c, g_object_unref);
}

/* From a copy on a worker thread while the plan is edited: the same numbers */
static void
test_worker_thread (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (delivery_plan);
  g_autoptr(HrTimeLog) log = log_from_text (plan, delivery_log);
  g_autoptr(HrCalibration) here = hr_calibration_compute (plan, log, 0, NULL);
  WorkerInput input = { hr_plan_copy (plan), log };
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  g_autoptr(HrCalibration) there = NULL;
  g_autoptr(GError) error = NULL;

  g_task_set_task_data (task, &input, NULL);
  g_task_run_in_thread (task, worker_cb);
  for (int i = 0; i < 200; i++)
    g_object_set (hr_plan_find_moment (plan, "review"), "prep", 1.0 + i, NULL);
  while (!g_task_get_completed (task))
    g_main_context_iteration (NULL, TRUE);
  there = g_task_propagate_pointer (task, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < hr_calibration_get_n_moments (here); k++)
    assert_near (hr_calibration_get_moment (there, k)->all.ratio, hr_calibration_get_moment (here, k)->all.ratio);
  g_clear_object (&input.copy);
  g_assert_finalize_object (g_steal_pointer (&there));
  g_assert_finalize_object (g_steal_pointer (&here));
}

/* The sentences of the page and of headroom-cli */
static void
test_verdicts (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (delivery_plan);
  g_autoptr(HrCalibration) c = calibrate (plan, delivery_log, 0);
  guint review = moment_index (c, "review"), intro = moment_index (c, "intro");
  g_autofree char *delivery = hr_calibration_dup_delivery_verdict (c, review, -1);
  g_autofree char *hours = hr_calibration_dup_hours_verdict (c, review, -1);
  g_autofree char *sample = hr_calibration_dup_sample_note (c, review, -1);
  g_autofree char *intro_delivery = hr_calibration_dup_delivery_verdict (c, intro, -1);
  g_autofree char *intro_hours = hr_calibration_dup_hours_verdict (c, intro, -1);
  g_autofree char *intro_sample = hr_calibration_dup_sample_note (c, intro, -1);
  g_autofree char *two = hr_calibration_dup_hours_verdict (c, review, 1);
  g_autofree char *mix = hr_calibration_dup_mix_verdict (c, 0);

  g_assert_cmpstr (delivery, ==, "Business Review happened 4 of the 5 times it was due (80%). "
                                 "It was also logged 1 time when it was not due.");
  /* over the 4 pairs with designed hours: 22 / 4 against 20 / 4 */
  g_assert_cmpstr (hours, ==, "Business Review takes 5.5 h, designed 5 h: 10% more, over 4 occurrences.");
  g_assert_null (sample);
  g_assert_cmpstr (intro_delivery, ==, "Intro happened for 1 of 3 due accounts (33%). "
                                       "Fewer than half: a question of design or enablement before one of capacity.");
  g_assert_cmpstr (intro_hours, ==, "Intro takes 1.5 h, designed 2 h: 25% less, over 1 occurrence.");
  g_assert_cmpstr (intro_sample, ==, "A small sample: 2 occurrences, fewer than 5; shown, not used.");
  g_assert_cmpstr (two, ==, "Business Review takes 4 h, designed 8 h: 50% less, over 1 occurrence.");
  g_assert_cmpstr (mix, ==, "csm logged 0% of worked hours as indirect work (plan 15%) and 0% as unplanned "
                            "(plan 5%); no leave was logged (plan 10% of paid hours).");
  g_assert_finalize_object (g_steal_pointer (&c));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/calibration/delivered-unscheduled", test_delivered_unscheduled);
  g_test_add_func ("/calibration/months", test_months);
  g_test_add_func ("/calibration/scenario", test_scenario);
  g_test_add_func ("/calibration/one-to-many", test_one_to_many);
  g_test_add_func ("/calibration/leave-and-shrinkage", test_leave_and_shrinkage);
  g_test_add_func ("/calibration/before-plan-start", test_before_plan_start);
  g_test_add_func ("/calibration/unknown-ids", test_unknown_ids);
  g_test_add_func ("/calibration/refused-logs", test_refused_logs);
  g_test_add_func ("/calibration/canonical-columns", test_canonical_columns);
  g_test_add_func ("/calibration/worker-thread", test_worker_thread);
  g_test_add_func ("/calibration/verdicts", test_verdicts);
  return g_test_run ();
}

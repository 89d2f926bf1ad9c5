/* test-document.c: the document's results: computed once per burst of
 * edits, only when asked for, the heavy ones on a worker thread */
#include <math.h>
#include <string.h>

#include "hr-comparison.h"
#include "hr-document.h"
#include "hr-hiring.h"
#include "test-helpers.h"

/* One role of 100 h a month at 50 % shrinkage (50 h of capacity), one tier
 * of 10 accounts and one moment of 2 h a month for each: 20 h of work,
 * load 0.4. The scenario "more" doubles the moment's hours (load 0.8). */
static const char *small_plan =
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
  " 'roles': [{'id': 'csm', 'headcount': 1, 'hours_per_month': 100, 'shrinkage': 0.5,"
  "            'indirect': 0, 'unplanned': 0, 'cost_per_year': 120000}],"
  " 'segments': [{'id': 'smb', 'accounts': [{'tenure_from': 12, 'tenure_to': 12, 'count': 10}],"
  "               'churn': 0, 'reactive_hours': 0, 'acv': 10000}],"
  " 'moments': [{'id': 'review', 'play': 'value_blocks', 'at': 0, 'every': 1, 'exec': 2}],"
  " 'scenarios': [{'id': 'more', 'name': 'More', 'changes': [{'op': 'set',"
  "                'target': 'moments/review/exec', 'value': 4}]}]}";

typedef struct {
  HrPlan     *plan;
  HrDocument *document;
  guint       notified[HR_DOCUMENT_N_RESULTS];
} Fixture;

static const char * const names[HR_DOCUMENT_N_RESULTS] = {
  "forecast", "hiring", "comparison", "scenario-checks", "books", "rebalance", "calibration", "bands",
};

/* The small plan with a range on the moment's hours, 64 samples */
static const char *bands_plan =
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
  " 'roles': [{'id': 'csm', 'headcount': 1, 'hours_per_month': 100, 'shrinkage': 0.5,"
  "            'indirect': 0, 'unplanned': 0}],"
  " 'segments': [{'id': 'smb', 'accounts': [{'tenure_from': 12, 'tenure_to': 12, 'count': 10}]}],"
  " 'moments': [{'id': 'review', 'play': 'value_blocks', 'at': 0, 'every': 1, 'exec': 2}],"
  " 'scenarios': [{'id': 'more', 'name': 'More', 'changes': [{'op': 'set',"
  "                'target': 'moments/review/exec', 'value': 4}]}],"
  " 'uncertainty': {'samples': 64, 'ranges': [{'target': 'moments/review/exec', 'low': 1, 'high': 3,"
  "                 'relative': false, 'mode': 2}]}}";

/* The small plan with a team: each account costs 2 h × 5 = 10 h a month
 * (no indirect or unplanned work), a person's capacity is 50 h and the
 * limit 85%, 42.5 h. Ann owns all five accounts, 50 h: over by 7.5 h; Bo
 * none. One transfer fits every book; the account with the least ARR
 * moves first. Under "more" each account costs 20 h. */
static const char *books_plan =
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
  " 'roles': [{'id': 'csm', 'headcount': 2, 'hours_per_month': 100, 'shrinkage': 0.5,"
  "            'indirect': 0, 'unplanned': 0}],"
  " 'segments': [{'id': 'smb', 'accounts': 5, 'acv': 10000}],"
  " 'moments': [{'id': 'review', 'play': 'value_blocks', 'at': 0, 'every': 1, 'exec': 2}],"
  " 'people': [{'id': 'ann'}, {'id': 'bo'}],"
  " 'accounts': [{'id': 'X1', 'segment': 'smb', 'owner': 'ann', 'start': '2026-01', 'arr': 100, 'effort_factor': 5},"
  "              {'id': 'X2', 'segment': 'smb', 'owner': 'ann', 'start': '2026-01', 'arr': 200, 'effort_factor': 5},"
  "              {'id': 'X3', 'segment': 'smb', 'owner': 'ann', 'start': '2026-01', 'arr': 300, 'effort_factor': 5},"
  "              {'id': 'X4', 'segment': 'smb', 'owner': 'ann', 'start': '2026-01', 'arr': 400, 'effort_factor': 5},"
  "              {'id': 'X5', 'segment': 'smb', 'owner': 'ann', 'start': '2026-01', 'arr': 500, 'effort_factor': 5}],"
  " 'portfolio': {'freeze_months': 0, 'solve_seconds': 5},"
  " 'scenarios': [{'id': 'more', 'name': 'More', 'changes': [{'op': 'set',"
  "                'target': 'moments/review/exec', 'value': 4}]}]}";

static void
notified_cb (HrDocument *document,
             GParamSpec *pspec,
             Fixture    *f)
{
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    if (g_str_equal (pspec->name, names[i]))
      f->notified[i]++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = data ? plan_from_text (data) : hr_plan_new_sample ();
  f->document = hr_document_new (f->plan, NULL);
  g_signal_connect (f->document, "notify", G_CALLBACK (notified_cb), f);
}

/* Runs the main loop until nothing is left to do and no worker is busy */
static void
iterate (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (hr_document_is_busy (f->document))
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  while (hr_document_is_busy (f->document) || g_main_context_pending (NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  iterate (f);
  g_assert_finalize_object (f->document);
  g_assert_finalize_object (f->plan);
}

static guint
count (Fixture          *f,
       HrDocumentResult  result)
{
  return hr_document_get_compute_count (f->document, result);
}

static HrMoment *
first_moment (Fixture *f)
{
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  return moment;  /* the plan keeps it */
}

/* Ten edits in one main-loop turn: the forecast is notified once and
 * computed once, when asked for */
static void
test_coalesced (Fixture *f, gconstpointer data)
{
  HrForecast *forecast = hr_document_get_forecast (f->document);
  const double *load;

  /* 20 h of work on 50 h of capacity */
  load = hr_forecast_get_role_series (forecast, 0, HR_ROLE_LOAD);
  assert_near (load[0], 0.4);
  g_assert_cmpuint (count (f, HR_DOCUMENT_FORECAST), ==, 1);
  for (int i = 1; i <= 10; i++)
    g_object_set (first_moment (f), "exec", (double) i, NULL);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_FORECAST));
  g_assert_cmpuint (f->notified[HR_DOCUMENT_FORECAST], ==, 0);
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_FORECAST], ==, 1);
  /* nobody asked yet: nothing computed */
  g_assert_cmpuint (count (f, HR_DOCUMENT_FORECAST), ==, 1);
  forecast = hr_document_get_forecast (f->document);
  hr_document_get_forecast (f->document);
  g_assert_cmpuint (count (f, HR_DOCUMENT_FORECAST), ==, 2);
  /* 10 accounts × 10 h on 50 h */
  load = hr_forecast_get_role_series (forecast, 0, HR_ROLE_LOAD);
  assert_near (load[0], 2.0);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_FORECAST));
}

/* Results nobody asks for (pages not shown) are never computed */
static void
test_lazy (Fixture *f, gconstpointer data)
{
  g_object_set (first_moment (f), "exec", 3.0, NULL);
  iterate (f);
  g_object_set (first_moment (f), "exec", 4.0, NULL);
  iterate (f);
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    g_assert_cmpuint (count (f, i), ==, 0);
  g_assert_false (hr_document_is_busy (f->document));
}

/* Showing a scenario: one forecast, of that scenario; the comparison and
 * the scenario checks do not depend on it */
static void
test_active_scenario (Fixture *f, gconstpointer data)
{
  HrForecast *forecast;
  GPtrArray *comparison;

  hr_document_get_forecast (f->document);
  hr_document_get_comparison (f->document);
  iterate (f);
  g_assert_cmpuint (count (f, HR_DOCUMENT_COMPARISON), ==, 1);
  memset (f->notified, 0, sizeof f->notified);

  g_assert_true (hr_document_set_active_scenario_id (f->document, "more"));
  g_assert_false (hr_document_set_active_scenario_id (f->document, "nothing-by-that-id"));
  g_assert_cmpstr (hr_document_get_active_scenario_id (f->document), ==, "more");
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_FORECAST], ==, 1);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_COMPARISON], ==, 0);
  forecast = hr_document_get_forecast (f->document);
  g_assert_cmpuint (count (f, HR_DOCUMENT_FORECAST), ==, 2);
  g_assert_cmpstr (hr_forecast_get_scenario_id (forecast), ==, "more");
  /* twice the hours: 40 h on 50 h */
  assert_near (hr_forecast_get_role_series (forecast, 0, HR_ROLE_LOAD)[0], 0.8);
  g_assert_null (hr_document_get_forecast_error (f->document));
  comparison = hr_document_get_comparison (f->document);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_COMPARISON));
  g_assert_false (hr_document_is_busy (f->document));
  g_assert_cmpuint (comparison->len, ==, 2);

  /* the scenario shown is removed: the baseline is shown */
  hr_plan_remove_item (f->plan, HR_ITEM (hr_plan_find_scenario (f->plan, "more")));
  g_assert_null (hr_document_get_active_scenario (f->document));
  forecast = hr_document_get_forecast (f->document);
  g_assert_null (hr_forecast_get_scenario_id (forecast));
}

/* A scenario that no longer applies: the baseline stays shown, with why */
static void
test_broken_scenario (Fixture *f, gconstpointer data)
{
  HrScenario *more = hr_plan_find_scenario (f->plan, "more");
  g_autoptr(JsonArray) changes = json_array_new ();
  g_autoptr(JsonNode) change = json_from_string ("{\"op\": \"set\", \"target\": \"segments/enterprise/churn\","
                                                 " \"value\": 0.1}", NULL);
  const GError *error;
  gboolean checked;

  json_array_add_element (changes, g_steal_pointer (&change));
  hr_document_set_active_scenario (f->document, more);
  hr_scenario_set_changes (more, changes);
  g_assert_null (hr_forecast_get_scenario_id (hr_document_get_forecast (f->document)));
  error = hr_document_get_forecast_error (f->document);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "enterprise"));

  /* the check of each scenario, on a worker */
  g_assert_null (hr_document_get_scenario_error (f->document, more, &checked));
  g_assert_false (checked);
  g_assert_true (hr_document_is_busy (f->document));
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_SCENARIO_CHECKS], >=, 1);
  error = hr_document_get_scenario_error (f->document, more, &checked);
  g_assert_true (checked);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "enterprise"));
  /* and the comparison cannot be made */
  hr_document_get_comparison (f->document);
  iterate (f);
  g_assert_null (hr_document_get_comparison (f->document));
  g_assert_nonnull (hr_document_get_error (f->document, HR_DOCUMENT_COMPARISON));
}

static void
assert_same_forecasts (GPtrArray *a,
                       GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const HrSummary *x = hr_forecast_get_summary (a->pdata[i]);
      const HrSummary *y = hr_forecast_get_summary (b->pdata[i]);

      g_assert_cmpstr (hr_forecast_get_scenario_id (a->pdata[i]), ==, hr_forecast_get_scenario_id (b->pdata[i]));
      assert_near (x->total_cost, y->total_cost);
      assert_near (x->required_fte_end, y->required_fte_end);
      assert_near (x->hires_suggested, y->hires_suggested);
    }
}

/* The comparison comes from a worker: the old one stays, marked stale,
 * until the new one arrives; a newer edit cancels the one under way */
static void
test_comparison_worker (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) expected = NULL;
  GPtrArray *first, *second;

  g_assert_null (hr_document_get_comparison (f->document));
  g_assert_true (hr_document_is_busy (f->document));
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_COMPARISON));
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_COMPARISON], ==, 1);
  first = hr_document_get_comparison (f->document);
  g_assert_nonnull (first);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_COMPARISON));
  expected = hr_engine_compare (f->plan, NULL);
  assert_same_forecasts (first, expected);
  g_assert_cmpuint (count (f, HR_DOCUMENT_COMPARISON), ==, 1);

  /* an edit, a comparison started, and another edit before it arrives */
  g_object_set (first_moment (f), "exec", 5.0, NULL);
  g_assert_true (hr_document_get_comparison (f->document) == first);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_COMPARISON));
  g_object_set (first_moment (f), "exec", 7.0, NULL);
  g_assert_true (hr_document_get_comparison (f->document) == first);
  iterate (f);
  /* only the comparison of the last edit arrived */
  g_assert_cmpuint (count (f, HR_DOCUMENT_COMPARISON), ==, 2);
  second = hr_document_get_comparison (f->document);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_COMPARISON));
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = hr_engine_compare (f->plan, NULL);
  assert_same_forecasts (second, expected);
}

/* The hiring plan in words follows the forecast shown */
static void
test_hiring (Fixture *f, gconstpointer data)
{
  g_autofree char *expected = hr_hiring_summary (hr_document_get_forecast (f->document));

  g_assert_cmpstr (hr_document_get_hiring (f->document), ==, expected);
  g_assert_cmpuint (count (f, HR_DOCUMENT_HIRING), ==, 1);
  hr_document_get_hiring (f->document);
  g_assert_cmpuint (count (f, HR_DOCUMENT_HIRING), ==, 1);
  hr_document_set_active_scenario_id (f->document, "fund");
  g_clear_pointer (&expected, g_free);
  expected = hr_hiring_summary (hr_document_get_forecast (f->document));
  g_assert_cmpstr (hr_document_get_hiring (f->document), ==, expected);
  g_assert_cmpuint (count (f, HR_DOCUMENT_HIRING), ==, 2);
}

/* The books: computed when asked, once per burst of edits, under the
 * scenario shown */
static void
test_books (Fixture *f, gconstpointer data)
{
  HrBooks *books = hr_document_get_books (f->document);

  g_assert_cmpuint (count (f, HR_DOCUMENT_BOOKS), ==, 1);
  assert_near (hr_books_get_person (books, 0)->workload, 50);
  assert_near (hr_books_get_person (books, 0)->over_hours, 7.5);
  g_assert_true (hr_document_get_books (f->document) == books);
  g_assert_cmpuint (count (f, HR_DOCUMENT_BOOKS), ==, 1);

  for (int i = 0; i < 3; i++)
    g_object_set (hr_plan_find_account (f->plan, "X5"), "owner", i % 2 ? "ann" : "bo", NULL);
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_BOOKS], ==, 1);
  g_assert_cmpuint (count (f, HR_DOCUMENT_BOOKS), ==, 1);
  books = hr_document_get_books (f->document);
  g_assert_cmpuint (count (f, HR_DOCUMENT_BOOKS), ==, 2);
  /* X5 went to Bo */
  assert_near (hr_books_get_person (books, 0)->workload, 40);
  assert_near (hr_books_get_person (books, 1)->workload, 10);

  hr_document_set_active_scenario_id (f->document, "more");
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_BOOKS], ==, 2);
  books = hr_document_get_books (f->document);
  assert_near (hr_books_get_person (books, 0)->workload, 80);
  g_assert_null (hr_document_get_error (f->document, HR_DOCUMENT_BOOKS));
}

static const char *
moved_account (HrRebalance *rebalance)
{
  g_assert_cmpuint (hr_rebalance_get_n_moves (rebalance), ==, 1);
  return hr_books_get_account (hr_rebalance_get_books (rebalance), hr_rebalance_get_move (rebalance, 0)->account)->id;
}

/* Rebalancing runs on a worker, only when asked; keeping an account where
 * it is asks another question; a search can be stopped */
static void
test_rebalance_worker (Fixture *f, gconstpointer data)
{
  const char *kept[] = { "X1", NULL };
  const char *more_kept[] = { "X1", "X2", NULL };
  HrRebalance *first;

  g_assert_null (hr_document_get_rebalance (f->document));
  g_assert_true (hr_document_is_pending (f->document, HR_DOCUMENT_REBALANCE));
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_REBALANCE], ==, 1);
  first = hr_document_get_rebalance (f->document);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_REBALANCE));
  g_assert_true (hr_rebalance_get_optimal (first));
  g_assert_cmpuint (hr_rebalance_get_transfers (first), ==, 1);
  g_assert_cmpstr (moved_account (first), ==, "X1");

  /* the leader keeps the first choice where it is */
  hr_document_set_rebalance_kept (f->document, kept);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_REBALANCE));
  g_assert_true (hr_document_get_rebalance (f->document) == first);
  iterate (f);
  g_assert_cmpstr (moved_account (hr_document_get_rebalance (f->document)), ==, "X2");
  g_assert_cmpuint (count (f, HR_DOCUMENT_REBALANCE), ==, 2);
  /* the same question again: the same answer, no search */
  hr_document_set_rebalance_kept (f->document, kept);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_REBALANCE));

  /* stopped: the last answer stays, out of date, until asked again */
  hr_document_set_rebalance_kept (f->document, more_kept);
  hr_document_get_rebalance (f->document);
  g_assert_true (hr_document_is_pending (f->document, HR_DOCUMENT_REBALANCE));
  hr_document_cancel (f->document, HR_DOCUMENT_REBALANCE);
  g_assert_false (hr_document_is_pending (f->document, HR_DOCUMENT_REBALANCE));
  iterate (f);
  g_assert_cmpuint (count (f, HR_DOCUMENT_REBALANCE), ==, 2);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_REBALANCE));
  g_assert_cmpstr (moved_account (hr_document_get_rebalance (f->document)), ==, "X2");
  iterate (f);
  g_assert_cmpstr (moved_account (hr_document_get_rebalance (f->document)), ==, "X3");

  /* an edit makes it out of date like any result */
  g_object_set (hr_plan_find_account (f->plan, "X5"), "owner", "bo", NULL);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_REBALANCE));
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_REBALANCE], >=, 4);
  hr_document_ensure (f->document, HR_DOCUMENT_REBALANCE);
  g_assert_cmpuint (hr_rebalance_get_n_moves (hr_document_get_rebalance (f->document)), ==, 0);
}

/* The title: the plan's name, else the file's, else "Untitled plan" */
static void
test_title (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/team.headroom");

  g_assert_cmpstr (hr_document_get_title (f->document), ==, "Untitled plan");
  hr_document_set_file (f->document, file);
  g_assert_cmpstr (hr_document_get_title (f->document), ==, "team.headroom");
  g_object_set (f->plan, "name", "Acme", NULL);
  g_assert_cmpstr (hr_document_get_title (f->document), ==, "Acme");
  g_assert_true (hr_document_get_file (f->document) == file);
}

static void
progress_cb (HrDocument *document,
             guint       result,
             double      fraction,
             GArray     *fractions)
{
  g_assert_cmpuint (result, ==, HR_DOCUMENT_BANDS);
  g_array_append_val (fractions, fraction);
}

static void
assert_same_bands (HrBands *bands,
                   HrPlan  *plan,
                   const char *scenario_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) expected = hr_bands_compute (plan, scenario_id, NULL, NULL, NULL, &error);
  g_autofree char *a = NULL, *b = NULL;

  g_assert_no_error (error);
  a = hr_bands_to_json_data (bands, NULL);
  b = hr_bands_to_json_data (expected, NULL);
  g_assert_cmpstr (a, ==, b);
}

/* The bands come from a worker with its progress; the old ones stay,
 * stale, until the new ones arrive; they follow the scenario shown */
static void
test_bands_worker (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  HrBands *first;

  g_signal_connect (f->document, "progress::bands", G_CALLBACK (progress_cb), fractions);
  g_assert_null (hr_document_get_bands (f->document));
  g_assert_true (hr_document_is_pending (f->document, HR_DOCUMENT_BANDS));
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  iterate (f);
  first = hr_document_get_bands (f->document);
  g_assert_nonnull (first);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  g_assert_false (hr_document_is_pending (f->document, HR_DOCUMENT_BANDS));
  g_assert_cmpuint (count (f, HR_DOCUMENT_BANDS), ==, 1);
  assert_same_bands (first, f->plan, NULL);
  /* it said how far it was, never going back, and the last was done */
  g_assert_cmpuint (fractions->len, >, 0);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_assert_cmpfloat (hr_document_get_progress (f->document, HR_DOCUMENT_BANDS), ==, 0);

  /* an edit: the old bands stay, stale, until the new ones arrive */
  g_object_set (first_moment (f), "exec", 2.5, NULL);
  g_assert_true (hr_document_get_bands (f->document) == first);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  /* stopped: stale with the old value until asked again */
  hr_document_cancel (f->document, HR_DOCUMENT_BANDS);
  g_assert_false (hr_document_is_pending (f->document, HR_DOCUMENT_BANDS));
  iterate (f);
  g_assert_cmpuint (count (f, HR_DOCUMENT_BANDS), ==, 1);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  hr_document_get_bands (f->document);
  iterate (f);
  g_assert_cmpuint (count (f, HR_DOCUMENT_BANDS), ==, 2);
  assert_same_bands (hr_document_get_bands (f->document), f->plan, NULL);

  /* the scenario shown */
  hr_document_set_active_scenario_id (f->document, "more");
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  hr_document_get_bands (f->document);
  iterate (f);
  g_assert_cmpstr (hr_bands_get_scenario_id (hr_document_get_bands (f->document)), ==, "more");
  assert_same_bands (hr_document_get_bands (f->document), f->plan, "more");

  /* exports compute them on the spot */
  g_object_set (first_moment (f), "exec", 2.0, NULL);
  hr_document_ensure (f->document, HR_DOCUMENT_BANDS);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
  assert_same_bands (hr_document_get_bands (f->document), f->plan, "more");
}

/* A plan without ranges has no bands, and no worker starts for them */
static void
test_bands_none (Fixture *f, gconstpointer data)
{
  g_assert_null (hr_document_get_bands (f->document));
  g_assert_false (hr_document_is_pending (f->document, HR_DOCUMENT_BANDS));
  g_assert_error (hr_document_get_error (f->document, HR_DOCUMENT_BANDS), HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_BANDS));
}

/* The calibration: of the log the document holds, from a worker, out of
 * date with each edit and with another log, and none without a log. The
 * small plan's review is due for its ten accounts every month; no account
 * of the plan's portfolio is in the log, so only its role's mix counts. */
static void
test_calibration (Fixture *f, gconstpointer data)
{
  const char *text = "date,person,account,activity,hours\n2027-01-04,ana,,indirect,30\n2027-01-05,ana,,review,2\n";
  const char *moments[] = { "review", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = NULL;
  HrCalibration *calibration;

  /* "review" with no account is refused: a moment needs one */
  g_assert_null (hr_time_log_read (text, strlen (text), "log.csv", moments, &error));
  g_clear_error (&error);
  text = "date,person,account,activity,hours\n2027-01-04,ana,,indirect,30\n2027-01-05,ana,,unplanned,10\n";
  log = hr_time_log_read (text, strlen (text), "log.csv", moments, &error);
  g_assert_no_error (error);

  g_assert_null (hr_document_get_calibration (f->document));
  hr_document_set_time_log (f->document, log);
  g_assert_true (hr_document_get_time_log (f->document) == log);
  g_assert_null (hr_document_get_calibration (f->document));   /* on its way */
  g_assert_true (hr_document_is_busy (f->document));
  iterate (f);
  g_assert_cmpuint (f->notified[HR_DOCUMENT_CALIBRATION], >=, 1);
  calibration = hr_document_get_calibration (f->document);
  g_assert_nonnull (calibration);
  g_assert_false (hr_document_is_stale (f->document, HR_DOCUMENT_CALIBRATION));
  /* ana is no person of the plan: one warning, nothing for the role */
  g_assert_cmpuint (hr_calibration_get_warnings (calibration)->len, ==, 1);
  g_assert_cmpuint (hr_calibration_get_moment (calibration, 0)->all.due, ==, 0);

  /* an edit: the old one shown, stale, until the new one arrives */
  g_object_set (hr_plan_find_moment (f->plan, "review"), "exec", 3.0, NULL);
  g_assert_true (hr_document_get_calibration (f->document) == calibration);
  g_assert_true (hr_document_is_stale (f->document, HR_DOCUMENT_CALIBRATION));
  iterate (f);
  g_assert_false (hr_document_get_calibration (f->document) == calibration);
  /* asked before the log (nothing), with the log, after the edit; the
   * forecast asks nothing of it */
  g_assert_cmpuint (count (f, HR_DOCUMENT_CALIBRATION), ==, 3);
  hr_document_get_forecast (f->document);
  iterate (f);
  g_assert_cmpuint (count (f, HR_DOCUMENT_CALIBRATION), ==, 3);

  /* no log: no calibration */
  hr_document_set_time_log (f->document, NULL);
  hr_document_get_calibration (f->document);
  iterate (f);
  g_assert_null (hr_document_get_calibration (f->document));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, plan, func) \
  g_test_add (path, Fixture, plan, fixture_set_up, func, fixture_tear_down)
  ADD ("/document/forecast/coalesced", small_plan, test_coalesced);
  ADD ("/document/results/lazy", small_plan, test_lazy);
  ADD ("/document/active-scenario", small_plan, test_active_scenario);
  ADD ("/document/scenario/broken", small_plan, test_broken_scenario);
  ADD ("/document/comparison/worker", NULL, test_comparison_worker);
  ADD ("/document/hiring", NULL, test_hiring);
  ADD ("/document/title", small_plan, test_title);
  ADD ("/document/books", books_plan, test_books);
  ADD ("/document/rebalance/worker", books_plan, test_rebalance_worker);
  ADD ("/document/bands/worker", bands_plan, test_bands_worker);
  ADD ("/document/bands/none", small_plan, test_bands_none);
  ADD ("/document/calibration", small_plan, test_calibration);
#undef ADD
  return g_test_run ();
}

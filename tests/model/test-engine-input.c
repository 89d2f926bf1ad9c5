/* test-engine-input.c: the engine's plain input, its run, and fields found
 * by the target resolver located in it (spec §3; §6 samples) */
#include <math.h>
#include <string.h>

#include "hr-engine-input.h"
#include "test-helpers.h"

#define PLAN \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 4," \
  "'roles': [{'id': 'csm', 'headcount': 2, 'ramp': [0.5]}, {'id': 'lead', 'manages': 'csm', 'headcount': 1}]," \
  "'segments': [{'id': 'ent', 'accounts': [{'tenure': 0, 'count': 10}]}," \
  "             {'id': 'mid', 'accounts': [{'tenure': 0, 'count': 40}], 'new_by_month': [2]}]," \
  "'moments': [{'id': 'kickoff', 'exec': 2, 'tiers': {'mid': {'mode': 'one_to_many', 'group_size': 8}}}]," \
  "'hires': [{'role': 'csm', 'month': '2027-02'}]}"

static HrTargetMatch
resolve_one (HrPlan        *plan,
             const char    *path,
             HrTargetFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = hr_target_resolve (plan, path, flags, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  return g_array_index (matches, HrTargetMatch, 0);
}

static double
series_at (HrEngineSeries *s,
           guint           role,
           HrRoleMetric    metric,
           guint           t)
{
  return s->role_metrics[((gsize) role * HR_N_ROLE_METRICS + metric) * s->n_months + t];
}

/* the run of the input is the forecast's, and the input is the plan's */
static void
test_run (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(HrEngineInput) input = hr_engine_input_new (plan, NULL);
  g_autoptr(HrEngineSeries) series = hr_engine_series_new (input);
  g_autoptr(HrForecast) forecast = hr_engine_forecast (plan, NULL, 0, NULL);

  g_assert_cmpuint (input->n_roles, ==, 2);
  g_assert_cmpuint (input->n_segments, ==, 2);
  g_assert_cmpint (input->role_manages[1], ==, 0);
  g_assert_cmpint (input->moment_role[0], ==, 0);     /* the work role */
  g_assert_cmpint (input->treatments[1].mode, ==, HR_MODE_ONE_TO_MANY);
  g_assert_cmpfloat (input->treatments[0].factor, ==, 1);   /* ent: the default */
  hr_engine_input_run (input, series);
  for (guint m = 0; m < HR_N_ROLE_METRICS; m++)
    for (guint t = 0; t < 4; t++)
      {
        double a = series_at (series, 0, m, t), b = role_at (forecast, "csm", m, t);
        g_assert_true (a == b || (isnan (a) && isnan (b)));
      }
  /* month 0: kickoff for 10 ent accounts one-to-one (20 h) and 40 + 2 mid
   * accounts in ceil(42 / 8) = 6 sessions of 2 h (12 h) */
  g_assert_cmpfloat (series_at (series, 0, HR_ROLE_DESIGNED, 0), ==, 32);
  /* month 1: a hire at half its ramp: 2 + 0.5 effective */
  g_assert_cmpfloat (series_at (series, 0, HR_ROLE_EFFECTIVE_FTE, 1), ==, 2.5);
}

/* a sample: a field the resolver found, overwritten in a copy */
static void
test_locate (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(HrEngineInput) input = hr_engine_input_new (plan, NULL);
  g_autoptr(HrEngineInput) sample = hr_engine_input_copy (input);
  g_autoptr(HrEngineSeries) base = hr_engine_series_new (input);
  g_autoptr(HrEngineSeries) run = hr_engine_series_new (input);
  HrTargetMatch headcount = resolve_one (plan, "roles/csm/headcount", HR_TARGET_SCALE);
  HrTargetMatch ramp = resolve_one (plan, "roles/csm/ramp", HR_TARGET_SCALE);
  HrTargetMatch factor = resolve_one (plan, "moments/kickoff/tiers/ent/factor", HR_TARGET_SCALE | HR_TARGET_ABSENT);
  HrTargetMatch group = resolve_one (plan, "moments/kickoff/tiers/mid/group_size", HR_TARGET_SCALE);
  HrTargetMatch accounts = resolve_one (plan, "segments/ent/accounts", HR_TARGET_SCALE);
  HrTargetMatch months = resolve_one (plan, "months", 0);
  double *h = hr_engine_input_get_field (sample, &headcount);
  GArray **r = hr_engine_input_get_field (sample, &ramp);
  double *f = hr_engine_input_get_field (sample, &factor);
  double *g = hr_engine_input_get_field (sample, &group);
  GArray **cohorts = hr_engine_input_get_field (sample, &accounts);

  /* the input holds the plan's values at the offsets of the field table */
  g_assert_cmpfloat (*h, ==, 2);
  g_assert_cmpfloat (g_array_index (*r, double, 0), ==, 0.5);
  g_assert_null (factor.item);   /* ent has no treatment: the default one */
  g_assert_cmpfloat (*f, ==, 1);
  g_assert_cmpfloat (*g, ==, 8);
  g_assert_cmpfloat (g_array_index (*cohorts, HrCohort, 0).count, ==, 10);
  g_assert_null (hr_engine_input_get_field (sample, &months));

  *h = 4;
  g_array_index (*r, double, 0) = 1;
  *f = 3;
  *g = 42;
  g_array_index (*cohorts, HrCohort, 0).count = 20;
  hr_engine_input_run (input, base);
  hr_engine_input_run (sample, run);
  /* the input it was copied from is untouched */
  g_assert_cmpfloat (input->roles[0].headcount, ==, 2);
  g_assert_cmpfloat (g_array_index (input->roles[0].ramp, double, 0), ==, 0.5);
  g_assert_cmpfloat (g_array_index (input->segments[0].cohorts, HrCohort, 0).count, ==, 10);
  /* month 0: 20 ent accounts × 2 h × 3, one session for 42 mid accounts */
  g_assert_cmpfloat (series_at (run, 0, HR_ROLE_DESIGNED, 0), ==, 20 * 2 * 3 + 2);
  g_assert_cmpfloat (series_at (base, 0, HR_ROLE_DESIGNED, 0), ==, 32);
  /* month 1: 4 people and a hire fully productive at once */
  g_assert_cmpfloat (series_at (run, 0, HR_ROLE_EFFECTIVE_FTE, 1), ==, 5);
}

/* --- the run against a cohort-by-cohort simulation of §3.1–3.2 --- */

typedef struct {
  const char *name;
  const char *churn_mode;
  double      churn;
  const char *accounts;
  int         months;
  int         at, every, until;   /* until -1: null */
} Timing;

static const Timing timings[] = {
  /* few tenures: summed directly */
  { "once", "monthly", 0.3, "[{'tenure': 0, 'count': 7}]", 24, 3, 0, -1 },
  { "window", "renewal", 0.3, "[{'tenure_from': 0, 'tenure_to': 30, 'count': 62}]", 60, 2, 3, 40 },
  /* every month without end: classes of tenure mod 12 */
  { "monthly-classes", "monthly", 0.25, "[{'tenure_from': 0, 'tenure_to': 47, 'count': 480}]", 120, 5, 1, -1 },
  { "renewal-classes", "renewal", 0.25, "[{'tenure_from': 3, 'tenure_to': 50, 'count': 96}]", 120, 0, 2, -1 },
  { "renewal-classes-late", "renewal", 0.5, "[{'tenure': 13, 'count': 9}]", 120, 30, 6, -1 },
  /* other long runs: the recurrence */
  { "monthly-every-5", "monthly", 0.4, "[{'tenure_from': 0, 'tenure_to': 99, 'count': 100}]", 120, 1, 5, -1 },
  { "renewal-every-7", "renewal", 0.2, "[{'tenure_from': 0, 'tenure_to': 99, 'count': 100}]", 120, 4, 7, -1 },
  { "renewal-long-window", "renewal", 0.2, "[{'tenure_from': 0, 'tenure_to': 59, 'count': 60}]", 120, 1, 1, 90 },
  { "monthly-long-window", "monthly", 0.2, "[{'tenure_from': 10, 'tenure_to': 69, 'count': 60}]", 100, 6, 2, 150 },
  { "all-churn", "monthly", 1, "[{'tenure_from': 0, 'tenure_to': 20, 'count': 21}]", 40, 0, 1, -1 },
};

static void
test_due (gconstpointer data)
{
  const Timing *c = data;
  g_autofree char *until = c->until >= 0 ? g_strdup_printf ("%d", c->until) : g_strdup ("null");
  g_autofree char *text = g_strdup_printf (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': %d, 'roles': [{'id': 'csm'}],"
    "'segments': [{'id': 's', 'churn': %g, 'churn_mode': '%s', 'accounts': %s, 'new_by_month': [3, 1, 4, 1, 5]}],"
    "'moments': [{'id': 'k', 'exec': 1, 'at': %d, 'every': %d, 'until': %s}]}",
    c->months, c->churn, c->churn_mode, c->accounts, c->at, c->every, until);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrForecast) forecast = hr_engine_forecast (plan, NULL, 0, NULL);
  g_autoptr(HrEngineInput) input = hr_engine_input_new (plan, NULL);
  const HrSegmentData *segment = &input->segments[0];
  int T = c->months, max_tenure = 0;
  g_autofree double *count = NULL;
  double h = 1 - pow (1 - c->churn, 1.0 / 12);

  for (guint i = 0; i < segment->cohorts->len; i++)
    max_tenure = MAX (max_tenure, g_array_index (segment->cohorts, HrCohort, i).tenure_to);
  max_tenure += T;
  /* count[a]: accounts at tenure a this month, aged one month at a time */
  count = g_new0 (double, max_tenure + 2);
  for (guint i = 0; i < segment->cohorts->len; i++)
    {
      const HrCohort *cohort = &g_array_index (segment->cohorts, HrCohort, i);
      for (int a = cohort->tenure_from; a <= cohort->tenure_to; a++)
        count[a] += cohort->count / (cohort->tenure_to - cohort->tenure_from + 1);
    }
  for (int t = 0; t < T; t++)
    {
      double due = 0, accounts = 0;

      if (t > 0)
        {
          for (int a = max_tenure; a > 0; a--)
            count[a] = count[a - 1] * (g_str_equal (c->churn_mode, "monthly") ? 1 - h
                                       : a % 12 == 0 ? 1 - c->churn : 1);
          count[0] = 0;
        }
      count[0] += (double[]) { 3, 1, 4, 1, 5 }[MIN (t, 4)];
      for (int a = 0; a <= max_tenure; a++)
        {
          gboolean occurs = a >= c->at && (c->until < 0 || a <= c->until) &&
                            (c->every == 0 ? a == c->at : (a - c->at) % c->every == 0);
          accounts += count[a];
          if (occurs)
            due += count[a];
        }
      assert_near (segment_at (forecast, "s", HR_SEGMENT_ACCOUNTS, t), accounts);
      assert_near (role_at (forecast, "csm", HR_ROLE_DESIGNED, t), due);
    }
}

/* runs of copies on several threads at once give the sequential result */
typedef struct {
  const HrEngineInput *input;
  double               scale;
  double               designed;
} Job;

static gpointer
run_job (gpointer data)
{
  Job *job = data;
  g_autoptr(HrEngineInput) sample = hr_engine_input_copy (job->input);
  g_autoptr(HrEngineSeries) series = hr_engine_series_new (sample);
  double sum = 0;

  for (guint k = 0; k < sample->n_moments; k++)
    {
      sample->moments[k].prep *= job->scale;
      sample->moments[k].exec *= job->scale;
      sample->moments[k].follow *= job->scale;
    }
  hr_engine_input_run (sample, series);
  for (guint t = 0; t < series->n_months; t++)
    sum += series_at (series, 0, HR_ROLE_DESIGNED, t);
  job->designed = sum;
  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(HrEngineInput) input = hr_engine_input_new (plan, NULL);
  Job jobs[8], alone[8];
  GThread *threads[8];

  for (guint i = 0; i < 8; i++)
    {
      jobs[i] = alone[i] = (Job) { input, 1 + i * 0.25 };
      threads[i] = g_thread_new ("sample", run_job, &jobs[i]);
    }
  for (guint i = 0; i < 8; i++)
    {
      g_thread_join (threads[i]);
      run_job (&alone[i]);
      g_assert_cmpfloat (jobs[i].designed, ==, alone[i].designed);
    }
  /* each sample scaled the work of the first */
  g_assert_cmpfloat_with_epsilon (jobs[4].designed, 2 * jobs[0].designed, 1e-9 * jobs[4].designed);
}

/* --- a lean series that keeps what a sample's draws do not reach --- */

static void
assert_same_series (const HrEngineSeries *a,
                    const HrEngineSeries *b)
{
  gsize T = a->n_months, R = a->n_roles, G = a->n_segments;

  g_assert_cmpmem (a->role_metrics, R * HR_N_ROLE_METRICS * T * sizeof (double),
                   b->role_metrics, R * HR_N_ROLE_METRICS * T * sizeof (double));
  g_assert_cmpmem (a->status, R * T, b->status, R * T);
  g_assert_cmpmem (a->role_segment, R * G * T * sizeof (double), b->role_segment, R * G * T * sizeof (double));
  g_assert_cmpmem (a->segment_metrics, G * HR_N_SEGMENT_METRICS * T * sizeof (double),
                   b->segment_metrics, G * HR_N_SEGMENT_METRICS * T * sizeof (double));
  g_assert_cmpmem (a->totals, HR_N_TOTAL_METRICS * T * sizeof (double),
                   b->totals, HR_N_TOTAL_METRICS * T * sizeof (double));
}

/* What one kind of draw changes, and so what each segment may keep */
typedef enum {
  DRAW_ROLES,        /* every role's shrinkage: every segment keeps all */
  DRAW_HOURS,        /* every moment's hours: every segment its accounts due */
  DRAW_SEGMENT,      /* the first segment's growth and churn, and the hours */
  DRAW_TREATMENT,    /* one treatment's factor (treatment_drawn ()) */
  DRAW_COMPLEXITY,   /* the last segment's complexity and reactive hours */
  DRAW_REACTIVE,     /* the first segment's reactive hours alone */
} Draw;

/* The treatment DRAW_TREATMENT draws: of the last segment that receives
 * a moment in person, the first such moment's */
static gsize
treatment_drawn (const HrEngineInput *input)
{
  guint G = input->n_segments;

  for (guint g = G; g-- > 0;)
    for (guint k = 0; k < input->n_moments; k++)
      {
        HrMode mode = input->treatments[(gsize) k * G + g].mode;

        if (mode == HR_MODE_ONE_TO_ONE || mode == HR_MODE_ONE_TO_MANY)
          return (gsize) k * G + g;
      }
  g_assert_not_reached ();
}

static void
draw (HrEngineInput *sample,
      Draw           kind,
      guint          round)
{
  double x = 1 + 0.125 * round;

  switch (kind)
    {
    case DRAW_ROLES:
      for (guint r = 0; r < sample->n_roles; r++)
        sample->roles[r].shrinkage = 0.05 * x;
      break;
    case DRAW_SEGMENT:
      sample->segments[0].growth = 0.01 * x;
      sample->segments[0].churn = 0.1 * x;
      G_GNUC_FALLTHROUGH;
    case DRAW_HOURS:
      /* the first run has the first moment cost nothing: its due is kept all the same */
      for (guint k = 0; k < sample->n_moments; k++)
        {
          sample->moments[k].prep = k == 0 && round == 0 ? 0 : 0.5 * x;
          sample->moments[k].exec = k == 0 && round == 0 ? 0 : 1.5 * x;
          sample->moments[k].follow = k == 0 && round == 0 ? 0 : 0.25;
        }
      break;
    case DRAW_TREATMENT:
      sample->treatments[treatment_drawn (sample)].factor = x;
      break;
    case DRAW_COMPLEXITY:
      sample->segments[sample->n_segments - 1].reactive_hours = 0.75 * x;
      sample->segments[sample->n_segments - 1].complexity = x;
      break;
    case DRAW_REACTIVE:
      sample->segments[0].reactive_hours = 0.5 * x;
      break;
    }
}

static void
test_reuse (gconstpointer data)
{
  const char *name = data;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrEngineInput) input = NULL;

  if (name)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      plan = hr_plan_load_file (file, NULL, &error);
      g_assert_no_error (error);
    }
  else
    plan = hr_plan_new_sample ();
  input = hr_engine_input_new (plan, NULL);
  g_assert_cmpuint (input->n_segments, >=, 1);
  g_assert_cmpuint (input->n_moments, >=, 1);

  for (Draw kind = DRAW_ROLES; kind <= DRAW_REACTIVE; kind++)
    {
      g_autoptr(HrEngineInput) sample = hr_engine_input_copy (input);
      g_autoptr(HrEngineSeries) kept = hr_engine_series_new_lean (sample);
      g_autofree guint8 *reuse = g_new (guint8, input->n_segments);
      guint G = input->n_segments;

      for (guint g = 0; g < G; g++)
        reuse[g] = kind == DRAW_ROLES ? HR_SEGMENT_REUSE_ALL
                   : kind == DRAW_TREATMENT ? (g == treatment_drawn (input) % G ? HR_SEGMENT_REUSE_DUE
                                                                                : HR_SEGMENT_REUSE_ALL)
                   : kind == DRAW_COMPLEXITY ? (g == G - 1 ? HR_SEGMENT_REUSE_DUE : HR_SEGMENT_REUSE_ALL)
                   : kind == DRAW_REACTIVE ? (g == 0 ? HR_SEGMENT_REUSE_HOURS : HR_SEGMENT_REUSE_ALL)
                   : kind == DRAW_SEGMENT && g == 0 ? HR_SEGMENT_REUSE_NONE : HR_SEGMENT_REUSE_DUE;
      hr_engine_series_set_reuse (kept, reuse);
      for (guint round = 0; round < 5; round++)
        {
          g_autoptr(HrEngineSeries) fresh = hr_engine_series_new_lean (sample);

          draw (sample, kind, round);
          hr_engine_input_run (sample, kept);
          hr_engine_input_run (sample, fresh);
          assert_same_series (kept, fresh);
        }
      /* the draws reached the numbers: the last run is not the plan's */
      {
        g_autoptr(HrEngineSeries) base = hr_engine_series_new_lean (input);

        hr_engine_input_run (input, base);
        g_assert_true (memcmp (base->role_metrics, kept->role_metrics,
                               (gsize) input->n_roles * HR_N_ROLE_METRICS * input->n_months * sizeof (double)) != 0);
      }
    }
}

/* a plan edited in memory may refer to what is not there: no input */
static void
test_unresolved (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrEngineInput) input = NULL;

  g_object_set (hr_plan_find_moment (plan, "kickoff"), "role", "ghost", NULL);
  input = hr_engine_input_new (plan, &error);
  g_assert_null (input);
  g_assert_cmpstr (error->message, ==, "moments[kickoff].role: no role with id \"ghost\"");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine-input/run", test_run);
  g_test_add_func ("/engine-input/locate", test_locate);
  g_test_add_func ("/engine-input/threads", test_threads);
  g_test_add_func ("/engine-input/unresolved", test_unresolved);
  g_test_add_data_func ("/engine-input/reuse/sample", NULL, test_reuse);
  g_test_add_data_func ("/engine-input/reuse/tiers", "tiers.headroom", test_reuse);
  g_test_add_data_func ("/engine-input/reuse/team", "team.headroom", test_reuse);
  g_test_add_data_func ("/engine-input/reuse/bands", "bands.headroom", test_reuse);
  for (guint i = 0; i < G_N_ELEMENTS (timings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/engine-input/due/%s", timings[i].name);
      g_test_add_data_func (path, &timings[i], test_due);
    }
  return g_test_run ();
}

/* test-scenario.c: set, scale, add and remove on id paths (spec §2) */
#include <math.h>
#include <string.h>

#include "hr-document.h"
#include "test-helpers.h"

#define BASE \
  "'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  "'roles': [{'id': 'csm', 'headcount': 4}, {'id': 'onb', 'headcount': 1}]," \
  "'segments': [{'id': 'ent', 'accounts': [{'tenure': 0, 'count': 10}], 'churn': 0.1, 'new_by_month': [2, 4]}," \
  "             {'id': 'mid', 'accounts': [{'tenure': 0, 'count': 40}], 'churn': 0.2, 'new_per_month': 5}]," \
  "'moments': [{'id': 'kickoff', 'exec': 2, 'tiers': {'mid': {'mode': 'one_to_many', 'group_size': 8}}}," \
  "            {'id': 'qbr', 'at': 3, 'every': 3, 'exec': 1}]," \
  "'hires': [{'id': 'h1', 'role': 'csm', 'month': '2027-02'}]"

static HrPlan *
applied (const char *changes)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 's', 'changes': [%s]}]}", changes);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  HrPlan *result = hr_plan_apply_scenario (plan, "s", &error);

  g_assert_no_error (error);
  return result;
}

static double
number (gpointer    item,
        const char *property)
{
  double value;
  g_object_get (item, property, &value, NULL);
  return value;
}

static void
test_set (void)
{
  g_autoptr(HrPlan) plan = applied ("{'op': 'set', 'target': 'roles/csm/headcount', 'value': 6},"
                                    "{'op': 'set', 'target': 'segments/*/churn', 'value': 0.05},"
                                    "{'op': 'set', 'target': 'moments/qbr/tiers/ent/mode', 'value': 'digital'},"
                                    "{'op': 'set', 'target': 'months', 'value': 6}");

  g_assert_cmpfloat (number (hr_plan_find_role (plan, "csm"), "headcount"), ==, 6);
  g_assert_cmpfloat (number (hr_plan_find_segment (plan, "ent"), "churn"), ==, 0.05);
  g_assert_cmpfloat (number (hr_plan_find_segment (plan, "mid"), "churn"), ==, 0.05);
  /* stepping into a tier without a treatment gave it one first */
  g_assert_cmpint (hr_treatment_get_mode (hr_moment_get_treatment (hr_plan_find_moment (plan, "qbr"), "ent")),
                   ==, HR_MODE_DIGITAL);
  g_assert_cmpuint (hr_plan_get_months (plan), ==, 6);
}

static void
test_scale (void)
{
  g_autoptr(HrPlan) plan = applied ("{'op': 'scale', 'target': 'segments/*/new_per_month', 'factor': 2},"
                                    "{'op': 'scale', 'target': 'segments/ent/new_by_month', 'factor': 1.5},"
                                    "{'op': 'scale', 'target': 'moments/*/tiers/*/factor', 'factor': 0.5}");
  g_autoptr(GVariant) by_month = NULL;
  const double *values;
  gsize n;

  g_assert_cmpfloat (number (hr_plan_find_segment (plan, "mid"), "new-per-month"), ==, 10);
  g_object_get (hr_plan_find_segment (plan, "ent"), "new-by-month", &by_month, NULL);
  values = g_variant_get_fixed_array (by_month, &n, sizeof (double));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (values[0], ==, 3);
  g_assert_cmpfloat (values[1], ==, 6);
  /* "*" under tiers is every segment of the plan */
  g_assert_cmpfloat (hr_treatment_get_factor (hr_moment_get_treatment (hr_plan_find_moment (plan, "qbr"), "mid")), ==, 0.5);
  g_assert_cmpfloat (hr_treatment_get_factor (hr_moment_get_treatment (hr_plan_find_moment (plan, "kickoff"), "ent")), ==, 0.5);
}

static void
test_add_remove (void)
{
  g_autoptr(HrPlan) plan = applied ("{'op': 'add', 'target': 'hires', 'value': {'role': 'csm', 'month': '2027-03', 'count': 2}},"
                                    "{'op': 'remove', 'target': 'hires/h1'},"
                                    "{'op': 'remove', 'target': 'moments/kickoff/tiers/mid'},"
                                    "{'op': 'add', 'target': 'moments', 'value': {'id': 'welcome', 'exec': 0.5}},"
                                    "{'op': 'remove', 'target': 'moments/qbr'}");

  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_hires (plan)), ==, 1);
  g_assert_null (hr_moment_get_treatment (hr_plan_find_moment (plan, "kickoff"), "mid"));
  g_assert_nonnull (hr_plan_find_moment (plan, "welcome"));
  g_assert_null (hr_plan_find_moment (plan, "qbr"));
}

/* the scenario's forecast is a full forecast of the changed plan */
static void
test_forecast (void)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 'fund', 'name': 'Fund',"
                                           "'changes': [{'op': 'set', 'target': 'roles/csm/headcount', 'value': 8}]}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, "fund", 0, NULL);
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);

  g_assert_cmpstr (hr_forecast_get_scenario_id (f), ==, "fund");
  g_assert_cmpstr (hr_forecast_get_scenario_name (f), ==, "Fund");
  /* 8 people × 160 × 0.9 = 1152 h */
  g_assert_cmpfloat_with_epsilon (role_at (f, "csm", HR_ROLE_CAPACITY, 0), 1152, 1e-9);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_null (hr_forecast_get_scenario_id (all->pdata[0]));
}

/* promoting a scenario makes its changes the baseline, drops it, keeps the
 * others, and assign + undo round-trips the whole plan */
static void
test_promote (void)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': ["
                                           "{'id': 'fund', 'changes': [{'op': 'set', 'target': 'roles/csm/headcount', 'value': 8}]},"
                                           "{'id': 'more', 'changes': [{'op': 'scale', 'target': 'roles/csm/headcount', 'factor': 2}]}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrPlan) before = hr_plan_copy (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) promoted = hr_plan_promote_scenario (plan, "fund", &error);
  g_autofree char *original = hr_plan_to_data (plan, NULL);
  g_autofree char *restored = NULL;
  g_autoptr(HrForecast) more = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (number (hr_plan_find_role (promoted, "csm"), "headcount"), ==, 8);
  g_assert_null (hr_plan_find_scenario (promoted, "fund"));
  g_assert_nonnull (hr_plan_find_scenario (promoted, "more"));

  hr_plan_assign (plan, promoted);
  g_assert_cmpfloat (number (hr_plan_find_role (plan, "csm"), "headcount"), ==, 8);
  /* "more" now doubles the new baseline: 16 people */
  more = hr_engine_forecast (plan, "more", 0, NULL);
  g_assert_cmpfloat (role_at (more, "csm", HR_ROLE_HEADCOUNT, 0), ==, 16);

  hr_plan_assign (plan, before);
  restored = hr_plan_to_data (plan, NULL);
  g_assert_cmpstr (restored, ==, original);
}

/* --- regressions: the change objects are copied, never shared --- */

/* the scenario is applied when the plan loads and again to forecast; each
 * time gives the plan of the changes applied once */
static HrPlan *
applied_twice (const char *changes)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 's', 'changes': [%s]}]}", changes);
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) first = hr_plan_apply_scenario (plan, "s", &error);
  HrPlan *second;
  g_autofree char *first_text = NULL, *second_text = NULL;
  g_autofree char *scenario_before = NULL, *scenario_after = NULL;

  g_assert_no_error (error);
  second = hr_plan_apply_scenario (plan, "s", &error);
  g_assert_no_error (error);
  first_text = hr_plan_to_data (first, NULL);
  second_text = hr_plan_to_data (second, NULL);
  g_assert_cmpstr (first_text, ==, second_text);
  return second;
}

/* an added segment's expansion 0.5 scaled by 0.8 is 0.4, not 0.32 */
static void
test_add_then_scale (void)
{
  g_autoptr(HrPlan) plan = applied_twice ("{'op': 'add', 'target': 'segments', 'value': {'id': 'new', 'expansion': 0.5}},"
                                          "{'op': 'scale', 'target': 'segments/new/expansion', 'factor': 0.8}");

  g_assert_cmpfloat_with_epsilon (number (hr_plan_find_segment (plan, "new"), "expansion"), 0.4, 1e-15);
}

/* an added role's shrinkage 0.12 tripled is 0.36 each time: applied
 * twice on a shared object it became 1.08 and the plan was refused */
static void
test_add_then_scale_again (void)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 's', 'changes': ["
                                           "{'op': 'add', 'target': 'roles', 'value': {'id': 'am', 'shrinkage': 0.12}},"
                                           "{'op': 'scale', 'target': 'roles/am/shrinkage', 'factor': 3}]}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autoptr(HrForecast) f = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) again = applied_twice ("{'op': 'add', 'target': 'roles', 'value': {'id': 'am', 'shrinkage': 0.12}},"
                                           "{'op': 'scale', 'target': 'roles/am/shrinkage', 'factor': 3}");

  f = hr_engine_forecast (plan, "s", 0, &error);
  g_assert_no_error (error);
  /* am: 0 people; its assumption is the tripled share */
  g_assert_cmpfloat_with_epsilon (hr_forecast_get_role_assumptions (f, 2)->shrinkage, 0.36, 1e-15);
  g_assert_cmpfloat_with_epsilon (number (hr_plan_find_role (again, "am"), "shrinkage"), 0.36, 1e-15);
}

/* a whole treatment set on every moment, then one moment's mode: only
 * that moment changes (the treatments were one shared object) */
static void
test_wildcard_then_one (void)
{
  g_autoptr(HrPlan) plan = applied_twice ("{'op': 'set', 'target': 'moments/*/tiers/ent', 'value': {'mode': 'one_to_many', 'group_size': 5}},"
                                          "{'op': 'set', 'target': 'moments/kickoff/tiers/ent/mode', 'value': 'digital'}");
  HrTreatment *kickoff = hr_moment_get_treatment (hr_plan_find_moment (plan, "kickoff"), "ent");
  HrTreatment *qbr = hr_moment_get_treatment (hr_plan_find_moment (plan, "qbr"), "ent");

  g_assert_cmpint (hr_treatment_get_mode (kickoff), ==, HR_MODE_DIGITAL);
  g_assert_cmpint (hr_treatment_get_mode (qbr), ==, HR_MODE_ONE_TO_MANY);
  g_assert_cmpfloat (hr_treatment_get_group_size (qbr), ==, 5);
  g_assert_cmpfloat (hr_treatment_get_group_size (kickoff), ==, 5);
}

/* add, then rename: the second application found no "k" to rename */
static void
test_add_then_rename (void)
{
  g_autoptr(HrPlan) plan = applied_twice ("{'op': 'add', 'target': 'moments', 'value': {'id': 'k', 'exec': 1}},"
                                          "{'op': 'set', 'target': 'moments/k/id', 'value': 'k2'},"
                                          "{'op': 'set', 'target': 'moments/k2/prep', 'value': 2}");

  g_assert_null (hr_plan_find_moment (plan, "k"));
  g_assert_cmpfloat (number (hr_plan_find_moment (plan, "k2"), "prep"), ==, 2);
}

/* nothing the scenario writes reaches the baseline or the change objects */
static void
test_baseline_untouched (void)
{
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 's', 'changes': ["
                                           "{'op': 'add', 'target': 'moments', 'value': {'id': 'k', 'exec': 1, 'tiers': {'ent': {'factor': 2}}}},"
                                           "{'op': 'scale', 'target': 'moments/*/tiers/*/factor', 'factor': 3},"
                                           "{'op': 'set', 'target': 'segments/ent/accounts', 'value': [{'tenure': 1, 'count': 5}]},"
                                           "{'op': 'scale', 'target': 'segments/*/accounts', 'factor': 2},"
                                           "{'op': 'scale', 'target': 'roles/*/ramp', 'factor': 0.5}]}]}");
  g_autoptr(HrPlan) plan = plan_from_text (text);
  g_autofree char *before = hr_plan_to_data (plan, NULL);
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (plan, "s", NULL);
  g_autofree char *after = hr_plan_to_data (plan, NULL);
  const HrCohort *cohorts;
  guint n;

  g_assert_cmpstr (after, ==, before);
  /* 2 × 3 in the added moment; 1 × 3 in a treatment made for the step */
  g_assert_cmpfloat (hr_treatment_get_factor (hr_moment_get_treatment (hr_plan_find_moment (applied, "k"), "ent")), ==, 6);
  g_assert_cmpfloat (hr_treatment_get_factor (hr_moment_get_treatment (hr_plan_find_moment (applied, "qbr"), "mid")), ==, 3);
  g_assert_null (hr_moment_get_treatment (hr_plan_find_moment (plan, "qbr"), "mid"));
  cohorts = hr_segment_get_cohorts (hr_plan_find_segment (applied, "ent"), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (cohorts[0].count, ==, 10);
  cohorts = hr_segment_get_cohorts (hr_plan_find_segment (plan, "ent"), &n);
  g_assert_cmpfloat (cohorts[0].count, ==, 10);
  g_assert_cmpint (cohorts[0].tenure_from, ==, 0);
}

/* --- regressions: defaults are filled in before the changes --- */

#define TEAM   "'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 1,"   "'roles': [{'id': 'lead', 'manages': 'csm', 'headcount': 1}, {'id': 'csm', 'headcount': 2}, {'id': 'onb', 'headcount': 1}],"   "'segments': [{'id': 'ent', 'accounts': [{'tenure': 0, 'count': 10}], 'reactive_hours': 1}],"   "'moments': [{'id': 'kickoff', 'exec': 2}]"

/* the moment and the reactive work name the work role "csm" explicitly in
 * the scenario's plan: a scenario that makes "lead" the first role doing
 * work does not move them */
static void
test_work_role_stays (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{" TEAM ", 'scenarios': [{'id': 's', 'changes': ["
                                           "{'op': 'set', 'target': 'roles/lead/manages', 'value': null}]}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, "s", 0, &error);
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (plan, "s", NULL);
  g_autofree char *text = hr_plan_to_data (applied, NULL);
  g_autoptr(HrPlan) reloaded = hr_plan_load_data (text, -1, "applied", NULL, &error);
  g_autoptr(HrForecast) again = NULL;

  g_assert_no_error (error);
  /* 10 accounts at tenure 0: kickoff 10 × 2 h designed, 10 × 1 h reactive, all csm's */
  g_assert_cmpfloat (role_at (f, "csm", HR_ROLE_DESIGNED, 0), ==, 20);
  g_assert_cmpfloat (role_at (f, "csm", HR_ROLE_REACTIVE, 0), ==, 10);
  g_assert_cmpfloat (role_at (f, "lead", HR_ROLE_DESIGNED, 0), ==, 0);
  /* saved, the scenario's plan says so, and reads back the same */
  g_assert_nonnull (strstr (text, "\"role\": \"csm\""));
  g_assert_nonnull (strstr (text, "\"reactive_role\": \"csm\""));
  again = hr_engine_forecast (reloaded, NULL, 0, NULL);
  g_assert_cmpfloat (role_at (again, "csm", HR_ROLE_DESIGNED, 0), ==, 20);
}

typedef struct {
  const char *name;
  const char *changes;
  const char *message;
} Refusal;

static const Refusal refusals[] = {
  { "op", "{'op': 'double', 'target': 'roles/csm/headcount'}",
    "scenarios[s].changes[1]: op: must be one of \"set\", \"scale\", \"add\", \"remove\"" },
  { "unknown-item", "{'op': 'set', 'target': 'roles/am/headcount', 'value': 1}",
    "scenarios[s].changes[1]: target \"roles/am/headcount\": roles has no item with id \"am\"" },
  { "unknown-field", "{'op': 'set', 'target': 'roles/csm/salary', 'value': 1}",
    "scenarios[s].changes[1]: target \"roles/csm/salary\": a role has no field \"salary\"" },
  { "unknown-segment", "{'op': 'set', 'target': 'moments/qbr/tiers/smb/mode', 'value': 'skip'}",
    "scenarios[s].changes[1]: target \"moments/qbr/tiers/smb/mode\": no segment with id \"smb\"" },
  { "scale-integer", "{'op': 'scale', 'target': 'moments/qbr/every', 'factor': 2}",
    "scenarios[s].changes[1]: target \"moments/qbr/every\": \"every\" is a whole-number field and cannot be scaled; use set" },
  { "scale-factor", "{'op': 'scale', 'target': 'roles/csm/headcount'}",
    "scenarios[s].changes[1]: factor: must be a number for \"scale\"" },
  { "add-where", "{'op': 'add', 'target': 'roles/csm', 'value': {}}",
    "scenarios[s].changes[1]: target \"roles/csm\": \"add\" needs roles, segments, moments or hires" },
  { "remove-referenced", "{'op': 'remove', 'target': 'segments/mid'}",
    "scenarios[s].changes[1]: moments[kickoff].tiers: no segment with id \"mid\"; expected a segment of the plan" },
  { "second-change", "{'op': 'set', 'target': 'roles/csm/headcount', 'value': 5}, {'op': 'set', 'target': 'roles/csm/headcount', 'value': -5}",
    "scenarios[s].changes[2]: roles[csm].headcount: must be at least 0, got -5" },
  { "set-wrong-type", "{'op': 'set', 'target': 'segments/mid/acv', 'value': 'high'}",
    "scenarios[s].changes[1]: segments[mid].acv: must be a number, got \"high\"" },
  /* the segments and moments that name no role name "csm" in the
   * scenario's plan: removing csm, or giving it manages, breaks them */
  { "remove-work-role", "{'op': 'remove', 'target': 'roles/csm'}",
    "scenarios[s].changes[1]: segments[ent].reactive_role: no role with id \"csm\"; expected one of \"onb\"" },
  { "work-role-manages", "{'op': 'set', 'target': 'roles/csm/manages', 'value': 'onb'}",
    "scenarios[s].changes[1]: segments[ent].reactive_role: \"csm\" is sized by span of control and carries "
    "no work; expected one of \"onb\"" },
  /* on their way, changes may break a rule; the one that stays broken is named */
  { "broken-on-the-way", "{'op': 'set', 'target': 'roles/csm/indirect', 'value': 0.9},"
    "{'op': 'set', 'target': 'roles/csm/shrinkage', 'value': 'lots'},"
    "{'op': 'set', 'target': 'roles/csm/shrinkage', 'value': 0.2},"
    "{'op': 'set', 'target': 'roles/csm/headcount', 'value': -1},"
    "{'op': 'set', 'target': 'roles/csm/headcount', 'value': 3},"
    "{'op': 'set', 'target': 'roles/csm/unplanned', 'value': 0.2}",
    "scenarios[s].changes[6]: roles[csm]: indirect + unplanned must be below 1, got 0.9 + 0.2" },
  { "added-incomplete", "{'op': 'add', 'target': 'hires', 'value': {'role': 'csm'}}",
    "scenarios[s].changes[1]: hires[1].month: is required" },
  { "added-unknown-mode", "{'op': 'add', 'target': 'moments', 'value': {'id': 'k', 'tiers': {'ent': {'mode': 'group'}}}}",
    "scenarios[s].changes[1]: moments[k].tiers[ent].mode: must be one of \"one_to_one\", \"one_to_many\", "
    "\"digital\", \"skip\", got \"group\"" },
  { "treatment-not-object", "{'op': 'set', 'target': 'moments/qbr/tiers/ent', 'value': 3}",
    "scenarios[s].changes[1]: moments[qbr].tiers[ent]: must be a treatment such as "
    "{\"mode\": \"one_to_many\", \"group_size\": 10}" },
  { "scale-accounts-negative", "{'op': 'scale', 'target': 'segments/mid/accounts', 'factor': -1}",
    "scenarios[s].changes[1]: segments[mid].accounts[0].count: must be at least 0, got -40" },
};

/* @base with the refused scenario "s" */
static void
check_refusal (const char    *base,
               const Refusal *r)
{
  g_autofree char *text = g_strdup_printf ("{%s, 'scenarios': [{'id': 's', 'changes': [%s]}]}", base, r->changes);
  g_autofree char *message = plan_error (text);
  g_autofree char *expected = g_strconcat ("test.headroom: ", r->message, NULL);

  g_assert_cmpstr (message, ==, expected);
}

static void
test_refusal (gconstpointer data)
{
  check_refusal (BASE, data);
}

/* Loading checks again only the rules that read what a scenario changed:
 * these break a rule of an item the scenario left alone, through what it
 * changed elsewhere */
#define BOOKS \
  "'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  "'roles': [{'id': 'csm', 'headcount': 4}, {'id': 'onb', 'headcount': 1}]," \
  "'segments': [{'id': 'ent', 'new_per_month': 9000000}, {'id': 'mid'}]," \
  "'moments': [{'id': 'kickoff', 'exec': 2, 'tiers': {'mid': {'mode': 'skip'}}}]," \
  "'hires': [{'id': 'h1', 'role': 'csm', 'month': '2027-02'}]," \
  "'people': [{'id': 'dana'}]," \
  "'accounts': [{'id': 'a1', 'segment': 'ent', 'owner': 'dana', 'start': '2026-05'}]," \
  "'portfolio': {'month': '2027-02'}"

static const Refusal kept_refusals[] = {
  { "renamed-segment", "{'op': 'set', 'target': 'segments/mid/id', 'value': 'smb'}",
    "scenarios[s].changes[1]: moments[kickoff].tiers: no segment with id \"mid\"; expected a segment of the plan" },
  { "renamed-role", "{'op': 'set', 'target': 'roles/csm/id', 'value': 'am'}",
    "scenarios[s].changes[1]: segments[ent].reactive_role: no role with id \"csm\"; expected one of \"am\", \"onb\"" },
  { "removed-hired-role", "{'op': 'set', 'target': 'roles/onb/id', 'value': 'lead'},"
    "{'op': 'add', 'target': 'hires', 'value': {'role': 'onb', 'month': '2027-02'}}",
    "scenarios[s].changes[2]: hires[1].role: no role with id \"onb\"; expected one of \"csm\", \"lead\"" },
  { "later-start", "{'op': 'set', 'target': 'start', 'value': '2027-03'}",
    "scenarios[s].changes[1]: hires[h1].month: must be 2027-03 (the plan's start) or later, got \"2027-02\"" },
  { "longer-horizon", "{'op': 'set', 'target': 'months', 'value': 120}",
    "scenarios[s].changes[1]: segments[ent]: the accounts at the start and those won over the plan add up to "
    "1,080,000,000; Headroom plans at most 1,000,000,000 accounts in a segment, far beyond any real plan: "
    "lower the accounts, new_per_month or growth" },
  { "portfolio-month", "{'op': 'set', 'target': 'start', 'value': '2027-02'}, {'op': 'remove', 'target': 'hires/h1'},"
    "{'op': 'set', 'target': 'start', 'value': '2027-03'}",
    "scenarios[s].changes[3]: portfolio.month: must be within the plan's horizon, 2027-03 to 2027-05, got \"2027-02\"" },
  { "account-segment", "{'op': 'remove', 'target': 'segments/ent'}",
    "scenarios[s].changes[1]: accounts[a1].segment: no segment with id \"ent\"; expected a segment of the plan" },
};

static void
test_kept_refusal (gconstpointer data)
{
  check_refusal (BOOKS, data);
}

/* a scenario made in the app gets its id from its name, for headroom-cli
 * --scenario; the id follows renames while it was made so, never an id
 * read from a file */
static void
test_id_from_name (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
                                           "'roles': [{'id': 'csm'}],"
                                           "'scenarios': [{'id': 'fund', 'name': 'Fund'}]}");
  g_autoptr(HrScenario) made = hr_scenario_new_named (plan, "Fund two CSMs");
  g_autoptr(HrScenario) again = NULL;
  g_autoptr(HrScenario) odd = NULL;
  HrScenario *read = hr_plan_find_scenario (plan, "fund");
  g_autoptr(HrDocument) document = hr_document_new (plan, NULL);

  g_assert_cmpstr (hr_item_get_id (HR_ITEM (made)), ==, "fund-two-csms");
  g_list_store_append (G_LIST_STORE (hr_plan_get_scenarios (plan)), made);
  g_assert_true (hr_document_set_active_scenario_id (document, "fund-two-csms"));

  /* the same name again: unique */
  again = hr_scenario_new_named (plan, "Fund two CSMs");
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (again)), ==, "fund-two-csms-2");

  /* renamed: the id and the document's shown scenario follow */
  g_object_set (made, "name", "Fund: two CSMs in March!", NULL);
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (made)), ==, "fund-two-csms-in-march");
  g_assert_cmpstr (hr_document_get_active_scenario_id (document), ==, "fund-two-csms-in-march");
  g_assert_true (hr_id_is_valid (hr_item_get_id (HR_ITEM (made))));

  /* a name taken by the file's scenario gets a number */
  g_object_set (made, "name", "fund", NULL);
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (made)), ==, "fund-2");

  /* nothing usable in the name */
  odd = hr_scenario_new_named (plan, "  ??  ");
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (odd)), ==, "scenario");

  /* an id from the file stays */
  g_object_set (read, "name", "Fund the team", NULL);
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (read)), ==, "fund");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario/set", test_set);
  g_test_add_func ("/scenario/scale", test_scale);
  g_test_add_func ("/scenario/add-remove", test_add_remove);
  g_test_add_func ("/scenario/forecast", test_forecast);
  g_test_add_func ("/scenario/promote", test_promote);
  g_test_add_func ("/scenario/id-from-name", test_id_from_name);
  g_test_add_func ("/scenario/once/add-then-scale", test_add_then_scale);
  g_test_add_func ("/scenario/once/add-then-scale-again", test_add_then_scale_again);
  g_test_add_func ("/scenario/once/wildcard-then-one", test_wildcard_then_one);
  g_test_add_func ("/scenario/once/add-then-rename", test_add_then_rename);
  g_test_add_func ("/scenario/once/baseline-untouched", test_baseline_untouched);
  g_test_add_func ("/scenario/defaults/work-role-stays", test_work_role_stays);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept_refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/refuse/kept/%s", kept_refusals[i].name);
      g_test_add_data_func (path, &kept_refusals[i], test_kept_refusal);
    }
  return g_test_run ();
}

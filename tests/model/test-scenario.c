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
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *r = data;
  g_autofree char *text = g_strdup_printf ("{" BASE ", 'scenarios': [{'id': 's', 'changes': [%s]}]}", r->changes);
  g_autofree char *message = plan_error (text);
  g_autofree char *expected = g_strconcat ("test.headroom: ", r->message, NULL);

  g_assert_cmpstr (message, ==, expected);
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
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  return g_test_run ();
}

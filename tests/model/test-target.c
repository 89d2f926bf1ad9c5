/* test-target.c: the one resolver of paths such as roles/csm/headcount
 * (spec §2 scenario targets, §6 ranges) */
#include <math.h>
#include <string.h>

#include "hr-target.h"
#include "test-helpers.h"

/* two roles, two segments, a moment with a treatment for "mid" only, a
 * repeating moment without treatments, one hire with an id */
#define PLAN \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  "'roles': [{'id': 'csm', 'headcount': 4}, {'id': 'lead', 'manages': 'csm', 'arr_per_fte': 5000000}]," \
  "'segments': [{'id': 'ent', 'accounts': 10, 'new_by_month': [2, 4]}," \
  "             {'id': 'mid', 'accounts': 40}]," \
  "'moments': [{'id': 'kickoff', 'exec': 2, 'tiers': {'mid': {'mode': 'one_to_many', 'group_size': 8}}}," \
  "            {'id': 'qbr', 'at': 3, 'every': 3, 'exec': 1}]," \
  "'hires': [{'id': 'h1', 'role': 'csm', 'month': '2027-02'}, {'role': 'csm', 'month': '2027-03'}]}"

typedef struct {
  const char    *path;
  HrTargetFlags  flags;
  guint          n_matches;
  HrTargetKind   kind;       /* of the first match */
  HrTargetList   list;
  guint          index;
  guint          segment;
  const char    *field;      /* NULL: no field */
  gboolean       item_null;  /* the first match has no item */
} Resolved;

static const Resolved resolved[] = {
  { "roles/csm/headcount", 0, 1, HR_TARGET_FIELD, HR_TARGET_IN_ROLES, 0, 0, "headcount" },
  { "roles/lead/span", 0, 1, HR_TARGET_FIELD, HR_TARGET_IN_ROLES, 1, 0, "span" },
  /* "*" is every item, in plan order */
  { "segments/*/churn", 0, 2, HR_TARGET_FIELD, HR_TARGET_IN_SEGMENTS, 0, 0, "churn" },
  { "segments/mid/accounts", 0, 1, HR_TARGET_ACCOUNTS, HR_TARGET_IN_SEGMENTS, 1, 0, NULL },
  /* a treatment the moment has: index is the moment, segment the segment */
  { "moments/kickoff/tiers/mid/mode", 0, 1, HR_TARGET_FIELD, HR_TARGET_IN_TREATMENTS, 0, 1, "mode" },
  { "moments/kickoff/tiers/mid", 0, 1, HR_TARGET_TREATMENT, HR_TARGET_IN_TREATMENTS, 0, 1, NULL },
  /* a segment without a treatment is left out, unless asked for */
  { "moments/kickoff/tiers/ent/mode", 0, 0 },
  { "moments/kickoff/tiers/ent/mode", HR_TARGET_ABSENT, 1, HR_TARGET_FIELD, HR_TARGET_IN_TREATMENTS, 0, 0, "mode", TRUE },
  /* under tiers "*" is every segment of the plan: 2 moments × 2 segments */
  { "moments/*/tiers/*/factor", HR_TARGET_ABSENT, 4, HR_TARGET_FIELD, HR_TARGET_IN_TREATMENTS, 0, 0, "factor", TRUE },
  { "moments/*/tiers/*/factor", 0, 1, HR_TARGET_FIELD, HR_TARGET_IN_TREATMENTS, 0, 1, "factor" },
  { "moments/qbr/tiers", 0, 1, HR_TARGET_TIERS, HR_TARGET_IN_MOMENTS, 1, 0, NULL },
  { "moments/qbr", 0, 1, HR_TARGET_ITEM, HR_TARGET_IN_MOMENTS, 1, 0, NULL },
  { "hires", 0, 1, HR_TARGET_LIST, HR_TARGET_IN_HIRES, 0, 0, NULL, TRUE },
  { "hires/h1", 0, 1, HR_TARGET_ITEM, HR_TARGET_IN_HIRES, 0, 0, NULL },
  /* hires without an id are matched by "*" only */
  { "hires/*/count", 0, 2, HR_TARGET_FIELD, HR_TARGET_IN_HIRES, 0, 0, "count" },
  { "months", 0, 1, HR_TARGET_FIELD, HR_TARGET_IN_PLAN, 0, 0, "months" },
  /* as scale matches: decimals, lists and accounts; nulls left out */
  { "roles/csm/headcount", HR_TARGET_SCALE, 1, HR_TARGET_FIELD, HR_TARGET_IN_ROLES, 0, 0, "headcount" },
  { "roles/*/ramp", HR_TARGET_SCALE, 2, HR_TARGET_FIELD, HR_TARGET_IN_ROLES, 0, 0, "ramp" },
  { "roles/*/arr_per_fte", HR_TARGET_SCALE, 1, HR_TARGET_FIELD, HR_TARGET_IN_ROLES, 1, 0, "arr_per_fte" },
  { "segments/*/new_by_month", HR_TARGET_SCALE, 1, HR_TARGET_FIELD, HR_TARGET_IN_SEGMENTS, 0, 0, "new_by_month" },
  { "segments/mid/new_by_month", HR_TARGET_SCALE, 0 },
  { "segments/*/accounts", HR_TARGET_SCALE, 2, HR_TARGET_ACCOUNTS, HR_TARGET_IN_SEGMENTS, 0, 0, NULL },
  { "moments/qbr/tiers/*/factor", HR_TARGET_SCALE | HR_TARGET_ABSENT, 2, HR_TARGET_FIELD, HR_TARGET_IN_TREATMENTS, 1, 0, "factor", TRUE },
};

static void
test_resolved (gconstpointer data)
{
  const Resolved *c = data;
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = hr_target_resolve (plan, c->path, c->flags, &error);
  const HrTargetMatch *first;

  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, c->n_matches);
  if (c->n_matches == 0)
    return;
  first = &g_array_index (matches, HrTargetMatch, 0);
  g_assert_cmpint (first->kind, ==, c->kind);
  g_assert_cmpint (first->list, ==, c->list);
  g_assert_cmpuint (first->index, ==, c->index);
  g_assert_cmpuint (first->segment, ==, c->segment);
  g_assert_cmpstr (first->field ? first->field->name : NULL, ==, c->field);
  g_assert_true ((first->item == NULL) == c->item_null);
  if (first->list == HR_TARGET_IN_TREATMENTS)
    {
      g_autoptr(HrItem) moment = g_list_model_get_item (hr_plan_get_moments (plan), first->index);
      g_assert_true (HR_ITEM (first->moment) == moment);
      if (first->item)
        g_assert_true (first->item == HR_ITEM (hr_moment_get_treatment (first->moment, "mid")));
    }
}

typedef struct {
  const char    *path;
  HrTargetFlags  flags;
  const char    *message;
} Refused;

static const Refused refused[] = {
  { "roles//headcount", 0, "target \"roles//headcount\": has an empty step" },
  { "roles/am/headcount", 0, "target \"roles/am/headcount\": roles has no item with id \"am\"" },
  { "roles/csm/salary", 0, "target \"roles/csm/salary\": a role has no field \"salary\"" },
  { "roles/csm/headcount/x", 0, "target \"roles/csm/headcount/x\": \"headcount\" has no parts to step into" },
  { "moments/qbr/tiers/smb/mode", 0, "target \"moments/qbr/tiers/smb/mode\": no segment with id \"smb\"" },
  { "moments/qbr/tiers/mid/colour", 0,
    "target \"moments/qbr/tiers/mid/colour\": a treatment has no field \"colour\"; expected mode, factor or group_size" },
  { "moments/qbr/tiers/mid/mode/x", 0, "target \"moments/qbr/tiers/mid/mode/x\": a treatment has no field \"mode/x\"" },
  { "months/x", 0, "target \"months/x\": \"months\" has no parts to step into" },
  { "scenarios", 0, "target \"scenarios\": \"scenarios\" cannot be changed by a scenario" },
  { "version", 0, "target \"version\": \"version\" cannot be changed by a scenario" },
  { "budget", 0, "target \"budget\": a plan has no field \"budget\"; expected roles, segments, moments, hires "
                 "or a field such as months" },
  /* scale's own rules */
  { "moments/qbr/every", HR_TARGET_SCALE,
    "target \"moments/qbr/every\": \"every\" is a whole-number field and cannot be scaled; use set" },
  { "roles/csm/lead_time_months", HR_TARGET_SCALE,
    "target \"roles/csm/lead_time_months\": \"lead_time_months\" is a whole-number field and cannot be scaled; use set" },
  { "segments/ent/touch", HR_TARGET_SCALE, "target \"segments/ent/touch\": \"touch\" is not a number and cannot be scaled" },
  { "moments/kickoff/tiers", HR_TARGET_SCALE, "target \"moments/kickoff/tiers\": \"tiers\" is not a number and cannot be scaled" },
  { "moments/kickoff/tiers/mid", HR_TARGET_SCALE, "target \"moments/kickoff/tiers/mid\": a whole treatment cannot be scaled" },
  { "roles/csm", HR_TARGET_SCALE, "target \"roles/csm\": \"scale\" needs a field such as roles/csm/headcount" },
};

static void
test_refused (gconstpointer data)
{
  const Refused *c = data;
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = hr_target_resolve (plan, c->path, c->flags, &error);

  g_assert_null (matches);
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, c->message);
}

/* "*" over an empty list matches nothing, which is an error */
static void
test_empty_lists (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
                                           "'moments': [{'id': 'k'}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hires = hr_target_resolve (plan, "hires/*/count", 0, &error);
  g_autoptr(GArray) tiers = NULL;

  g_assert_null (hires);
  g_assert_cmpstr (error->message, ==, "target \"hires/*/count\": hires is empty, so \"*\" matches nothing");
  g_clear_error (&error);
  tiers = hr_target_resolve (plan, "moments/k/tiers/*/mode", HR_TARGET_ABSENT, &error);
  g_assert_null (tiers);
  g_assert_cmpstr (error->message, ==, "target \"moments/k/tiers/*/mode\": segments is empty, so \"*\" matches nothing");
}

/* resolving reads the plan only: absent treatments are not created */
static void
test_read_only (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autofree char *before = hr_plan_to_data (plan, NULL);
  g_autoptr(GArray) matches = hr_target_resolve (plan, "moments/*/tiers/*/factor",
                                                 HR_TARGET_ABSENT | HR_TARGET_SCALE, NULL);
  g_autofree char *after = hr_plan_to_data (plan, NULL);

  g_assert_cmpuint (matches->len, ==, 4);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (hr_moment_get_treatment (hr_plan_find_moment (plan, "qbr"), "ent"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (resolved); i++)
    {
      g_autofree char *path = g_strdup_printf ("/target/resolve/%u", i);
      g_test_add_data_func (path, &resolved[i], test_resolved);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = g_strdup_printf ("/target/refuse/%u", i);
      g_test_add_data_func (path, &refused[i], test_refused);
    }
  g_test_add_func ("/target/empty-lists", test_empty_lists);
  g_test_add_func ("/target/read-only", test_read_only);
  return g_test_run ();
}

/* test-target-name.c: a range's target and ends as a person reads them,
 * on every surface that lists ranges */
#include <string.h>

#include "hr-target.h"
#include "test-helpers.h"

/* a named moment, a tier and a role with names, a role without one */
#define PLAN \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  "'roles': [{'id': 'csm', 'name': 'Customer Success Manager', 'headcount': 4}, {'id': 'ob', 'headcount': 1}]," \
  "'segments': [{'id': 'mid', 'name': 'Mid-market', 'accounts': 40}]," \
  "'moments': [{'id': 'kickoff', 'name': 'Kickoff', 'exec': 2}]}"

typedef struct {
  const char *target;
  double      low;
  double      high;
  gboolean    relative;
  const char *expected;
} Described;

static const Described described[] = {
  /* a moment's hours: the moment's name, the field's, hours */
  { "moments/kickoff/prep", 1, 3, FALSE, "Kickoff · Preparation, 1 to 3 h" },
  { "moments/kickoff/exec", 1.5, 2.25, FALSE, "Kickoff · Execution, 1.5 to 2.25 h" },
  { "moments/kickoff/follow", 0.5, 1, FALSE, "Kickoff · Follow-through, 0.5 to 1 h" },
  /* a tier's growth and churn are shares: 0.01 is 1%, 0.125 is 12.5% */
  { "segments/mid/growth", 0.01, 0.03, FALSE, "Mid-market · Monthly growth of new accounts, 1% to 3%" },
  { "segments/mid/churn", 0.05, 0.125, FALSE, "Mid-market · Accounts lost per year, 5% to 12.5%" },
  { "segments/mid/reactive_hours", 1, 2.5, FALSE, "Mid-market · Reactive hours per account, 1 to 2.5 h" },
  /* relative: factors of the plan's value, not shares */
  { "segments/mid/new_by_month", 0.5, 1.5, TRUE, "Mid-market · New accounts month by month, × 0.5 to 1.5" },
  /* a role's shares */
  { "roles/csm/shrinkage", 0.05, 0.2, FALSE, "Customer Success Manager · Shrinkage, 5% to 20%" },
  { "roles/csm/indirect", 0.1, 0.15, FALSE, "Customer Success Manager · Indirect work, 10% to 15%" },
  { "roles/csm/unplanned", 0, 0.05, FALSE, "Customer Success Manager · Unplanned work, 0% to 5%" },
  /* a role without a name goes by its id */
  { "roles/ob/hours_per_month", 120, 140, FALSE, "ob · Paid hours, 120 to 140 h" },
  /* "*" is every item of the list */
  { "roles/*/shrinkage", 0.9, 1.1, TRUE, "Every role · Shrinkage, × 0.9 to 1.1" },
  { "segments/*/churn", 0.1, 0.2, FALSE, "Every tier · Accounts lost per year, 10% to 20%" },
  /* a treatment's field: the moment, then the tier */
  { "moments/kickoff/tiers/mid/factor", 0.8, 1.2, FALSE, "Kickoff · Mid-market · Treatment factor, 0.8 to 1.2" },
  /* an id the plan lacks is named by the id; a field without a name by the field */
  { "segments/ent/churn", 0.1, 0.2, FALSE, "ent · Accounts lost per year, 10% to 20%" },
  { "roles/csm/span", 4, 6, FALSE, "Customer Success Manager · span, 4 to 6" },
  /* a path of another shape, as given */
  { "months", 10, 12, FALSE, "months, 10 to 12" },
};

static void
test_described (gconstpointer data)
{
  const Described *c = data;
  g_autoptr(HrPlan) plan = plan_from_text (PLAN);
  g_autofree char *text = hr_target_describe_range (plan, c->target, c->low, c->high, c->relative);
  g_autofree char *name = hr_target_describe (plan, c->target);

  g_assert_cmpstr (text, ==, c->expected);
  /* the name alone is the text before the ends */
  g_assert_true (g_str_has_prefix (c->expected, name));
  g_assert_cmpint (c->expected[strlen (name)], ==, ',');
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (described); i++)
    {
      g_autofree char *path = g_strdup_printf ("/target-name/describe/%u", i);
      g_test_add_data_func (path, &described[i], test_described);
    }
  return g_test_run ();
}

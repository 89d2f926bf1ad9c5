/* hr-portfolio-rules.c: the rules of spec §5 that span the portfolio's
 * items: references to roles, segments and people, owners' role, and
 * Headroom's bound on the effort rules */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-portfolio-private.h"

/* With each rule's factor at most 100, the effort multiplier of an account
 * stays finite however many of them apply */
#define MAX_EFFORT_RULES 100

static const char *
person_role (HrPlan   *plan,
             HrPerson *person)
{
  if (person->data.role)
    return person->data.role;
  return hr_item_get_id (HR_ITEM (hr_plan_get_work_role (plan)));
}

static gboolean
check_settings (HrPlan  *plan,
                GError **error)
{
  HrPortfolio *portfolio = hr_plan_get_portfolio (plan);
  int start = hr_plan_get_start (plan);
  int end = start + (int) hr_plan_get_months (plan) - 1;

  if (!hr_plan_check_work_role (plan, portfolio, "portfolio", "role", portfolio->data.role, error))
    return FALSE;
  if (portfolio->data.month >= 0 && (portfolio->data.month < start || portfolio->data.month > end))
    {
      g_autofree char *first = hr_month_format (start);
      g_autofree char *last = hr_month_format (end);
      g_autofree char *month = hr_month_format (portfolio->data.month);

      return hr_plan_fail_item (error, portfolio, "portfolio", "month",
                                _("must be within the plan's horizon, %s to %s, got \"%s\""),
                                first, last, month);
    }
  return TRUE;
}

static gboolean
check_people (HrPlan  *plan,
              GError **error)
{
  GListModel *people = hr_plan_get_people (plan);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (people, i);
      g_autofree char *path = hr_plan_list_dup_path (HR_PLAN_PEOPLE, HR_ITEM (person), i);
      char **segments = person->data.segments;

      if (!hr_plan_check_work_role (plan, person, path, "role", person->data.role, error))
        return FALSE;
      for (guint j = 0; segments && segments[j]; j++)
        if (hr_plan_find_position (plan, HR_PLAN_SEGMENTS, segments[j]) < 0)
          return hr_plan_fail_item (error, person, path, "segments",
                                    _("no segment with id \"%s\"; expected a segment of the plan"),
                                    segments[j]);
    }
  return TRUE;
}

static gboolean
check_accounts (HrPlan  *plan,
                GError **error)
{
  GListModel *accounts = hr_plan_get_accounts (plan);
  HrRole *role = hr_plan_get_portfolio_role (plan);
  const char *role_id = role ? hr_item_get_id (HR_ITEM (role)) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, i);
      const HrAccountData *data = &account->data;
      g_autofree char *path = NULL;
      HrPerson *owner = NULL;

      if (hr_plan_find_position (plan, HR_PLAN_SEGMENTS, data->segment) >= 0 &&
          (data->owner == NULL ||
           ((owner = hr_plan_find_person (plan, data->owner)) &&
            g_strcmp0 (person_role (plan, owner), role_id) == 0)))
        continue;
      /* a path only for the message */
      path = hr_plan_list_dup_path (HR_PLAN_ACCOUNTS, HR_ITEM (account), i);
      if (hr_plan_find_position (plan, HR_PLAN_SEGMENTS, data->segment) < 0)
        return hr_plan_fail_item (error, account, path, "segment",
                                  _("no segment with id \"%s\"; expected a segment of the plan"),
                                  data->segment);
      if (owner == NULL)
        return hr_plan_fail_item (error, account, path, "owner", _("no person \"%s\""), data->owner);
      return hr_plan_fail_item (error, account, path, "owner",
                                _("\"%s\" has the role \"%s\"; owners have the portfolio's role \"%s\""),
                                data->owner, person_role (plan, owner), role_id);
    }
  return TRUE;
}

gboolean
hr_plan_check_portfolio_rules (HrPlan  *plan,
                               GError **error)
{
  guint n_rules = g_list_model_get_n_items (hr_plan_get_effort_rules (plan));

  if (n_rules > MAX_EFFORT_RULES)
    return hr_plan_fail (error, _("effort_rules: must be at most %d rules, got %u: "
                                  "Headroom’s limit, far beyond any real plan"),
                         MAX_EFFORT_RULES, n_rules);
  return check_settings (plan, error) &&
         check_people (plan, error) &&
         check_accounts (plan, error);
}

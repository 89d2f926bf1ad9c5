/* hr-portfolio-rules.c: the rules of spec §5 that span the portfolio's
 * items: references to roles, segments and people, and owners' role */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-portfolio-private.h"

char *
hr_portfolio_dup_item_path (HrItem     *item,
                            const char *array,
                            guint       index)
{
  const char *id = hr_item_get_id (item);

  if (id && *id)
    return g_strdup_printf ("%s[%s]", array, id);
  return g_strdup_printf ("%s[%u]", array, index + 1);
}

static const char *
person_role (HrPlan   *plan,
             HrPerson *person)
{
  if (person->role)
    return person->role;
  return hr_item_get_id (HR_ITEM (hr_plan_get_work_role (plan)));
}

static gboolean
check_settings (HrPlan  *plan,
                GError **error)
{
  HrPortfolio *portfolio = hr_plan_get_portfolio (plan);
  int start = hr_plan_get_start (plan);
  int end = start + (int) hr_plan_get_months (plan) - 1;

  if (!hr_plan_check_work_role (plan, "portfolio", "role", portfolio->role, error))
    return FALSE;
  if (portfolio->month >= 0 && (portfolio->month < start || portfolio->month > end))
    {
      g_autofree char *first = hr_month_format (start);
      g_autofree char *last = hr_month_format (end);
      g_autofree char *month = hr_month_format (portfolio->month);

      return hr_plan_fail_invalid (error, _("portfolio.month: must be within the plan's horizon, %s to %s, got \"%s\""),
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
      g_autofree char *path = hr_portfolio_dup_item_path (HR_ITEM (person), "people", i);

      if (!hr_plan_check_work_role (plan, path, "role", person->role, error))
        return FALSE;
      for (guint j = 0; person->segments && person->segments[j]; j++)
        if (hr_plan_find_segment (plan, person->segments[j]) == NULL)
          return hr_plan_fail_invalid (error, _("%s.segments: no segment with id \"%s\"; expected a segment of the plan"),
                       path, person->segments[j]);
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
      HrPerson *owner;

      if (hr_plan_find_segment (plan, account->segment) == NULL)
        {
          g_autofree char *path = hr_portfolio_dup_item_path (HR_ITEM (account), "accounts", i);
          return hr_plan_fail_invalid (error, _("%s.segment: no segment with id \"%s\"; expected a segment of the plan"),
                       path, account->segment);
        }
      if (account->owner == NULL)
        continue;
      owner = hr_plan_find_person (plan, account->owner);
      if (owner == NULL)
        {
          g_autofree char *path = hr_portfolio_dup_item_path (HR_ITEM (account), "accounts", i);
          return hr_plan_fail_invalid (error, _("%s.owner: no person \"%s\""), path, account->owner);
        }
      if (g_strcmp0 (person_role (plan, owner), role_id) != 0)
        {
          g_autofree char *path = hr_portfolio_dup_item_path (HR_ITEM (account), "accounts", i);
          return hr_plan_fail_invalid (error, _("%s.owner: \"%s\" has the role \"%s\"; owners have the portfolio's role \"%s\""),
                       path, account->owner, person_role (plan, owner), role_id);
        }
    }
  return TRUE;
}

gboolean
hr_plan_check_portfolio_rules (HrPlan  *plan,
                               GError **error)
{
  return check_settings (plan, error) &&
         check_people (plan, error) &&
         check_accounts (plan, error);
}

/* hr-plan-rules.c: the rules of spec §2 that span fields and items */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hr-plan-private.h"
#include "hr-portfolio-private.h"

gboolean
hr_plan_fail_invalid (GError    **error,
                      const char *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "");
  g_free ((*error)->message);
  (*error)->message = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

static char *
role_choices (HrPlan   *plan,
              gboolean  workers_only)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      if (workers_only && role->manages)
        continue;
      g_string_append_printf (out, "%s\"%s\"", out->len ? ", " : "", role->id);
    }
  return g_string_free (out, FALSE);
}

/* A role that carries moments or reactive work: exists, not a manager */
gboolean
hr_plan_check_work_role (HrPlan      *plan,
                 const char  *path,
                 const char  *field,
                 const char  *role_id,
                 GError     **error)
{
  HrRole *role;
  g_autofree char *choices = NULL;

  if (role_id == NULL)
    return TRUE;
  role = hr_plan_find_role (plan, role_id);
  choices = role_choices (plan, TRUE);
  if (role == NULL)
    return hr_plan_fail_invalid (error, _("%s.%s: no role with id \"%s\"; expected one of %s"),
                 path, field, role_id, choices);
  if (role->manages)
    return hr_plan_fail_invalid (error, _("%s.%s: \"%s\" is sized by span of control and carries no work; "
                 "expected one of %s"), path, field, role_id, choices);
  return TRUE;
}

static gboolean
check_roles (HrPlan  *plan,
             GError **error)
{
  GListModel *roles = hr_plan_get_roles (plan);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (role), "roles", i);

      if (role->indirect + role->unplanned >= 1)
        return hr_plan_fail_invalid (error, _("%s: indirect + unplanned must be below 1, got %g + %g"),
                     path, role->indirect, role->unplanned);
      if (role->manages)
        {
          HrRole *managed = hr_plan_find_role (plan, role->manages);
          g_autofree char *choices = role_choices (plan, TRUE);

          if (managed == NULL)
            return hr_plan_fail_invalid (error, _("%s.manages: no role with id \"%s\"; expected one of %s"),
                         path, role->manages, choices);
          if (managed->manages)
            return hr_plan_fail_invalid (error, _("%s.manages: \"%s\" is itself sized by span of control; "
                         "expected one of %s"), path, role->manages, choices);
        }
    }
  if (hr_plan_get_work_role (plan) == NULL)
    return hr_plan_fail_invalid (error, _("roles: every role has \"manages\"; expected at least one role that does the work"));
  return TRUE;
}

static gboolean
check_segments (HrPlan  *plan,
                GError **error)
{
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (segment), "segments", i);

      if (!hr_plan_check_work_role (plan, path, "reactive_role", segment->reactive_role, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_moments (HrPlan  *plan,
               GError **error)
{
  GListModel *moments = hr_plan_get_moments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (moment), "moments", i);

      if (!hr_plan_check_work_role (plan, path, "role", moment->role, error))
        return FALSE;
      if (moment->until >= 0 && moment->until < moment->at)
        return hr_plan_fail_invalid (error, _("%s.until: must be at least \"at\" (%d) or null, got %d"),
                     path, moment->at, moment->until);
      for (guint j = 0; j < moment->tier_ids->len; j++)
        {
          const char *segment_id = moment->tier_ids->pdata[j];

          if (hr_plan_find_segment (plan, segment_id) == NULL)
            return hr_plan_fail_invalid (error, _("%s.tiers: no segment with id \"%s\"; expected a segment of the plan"),
                         path, segment_id);
        }
    }
  return TRUE;
}

static gboolean
check_hires (HrPlan  *plan,
             GError **error)
{
  GListModel *hires = hr_plan_get_hires (plan);

  for (guint i = 0; i < g_list_model_get_n_items (hires); i++)
    {
      g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (hire), "hires", i);

      if (hr_plan_find_role (plan, hire->role) == NULL)
        {
          g_autofree char *choices = role_choices (plan, FALSE);
          return hr_plan_fail_invalid (error, _("%s.role: no role with id \"%s\"; expected one of %s"),
                       path, hire->role, choices);
        }
      if (hire->month < hr_plan_get_start (plan))
        {
          g_autofree char *start = hr_month_format (hr_plan_get_start (plan));
          g_autofree char *month = hr_month_format (hire->month);
          return hr_plan_fail_invalid (error, _("%s.month: must be %s (the plan's start) or later, got \"%s\""),
                       path, start, month);
        }
    }
  return TRUE;
}

gboolean
hr_plan_check_rules (HrPlan  *plan,
                     GError **error)
{
  const char *currency = hr_plan_get_currency (plan);

  if (currency == NULL || strlen (currency) != 3 ||
      !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) || !g_ascii_isupper (currency[2]))
    return hr_plan_fail_invalid (error, _("currency: must be an ISO 4217 code such as \"USD\" or \"EUR\", got \"%s\""),
                 currency ? currency : "");

  return check_roles (plan, error) &&
         check_segments (plan, error) &&
         check_moments (plan, error) &&
         check_hires (plan, error) &&
         hr_plan_check_portfolio_rules (plan, error);
}

GPtrArray *
hr_plan_list_work_role_users (HrPlan *self)
{
  GListModel *lists[] = { hr_plan_get_moments (self), hr_plan_get_segments (self) };
  const char *properties[] = { "role", "reactive-role" };
  GPtrArray *users = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HR_IS_PLAN (self), users);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *role = NULL;

        g_object_get (item, properties[l], &role, NULL);
        if (role == NULL || *role == '\0')
          g_ptr_array_add (users, g_steal_pointer (&item));
      }
  return users;
}

HrRole *
hr_plan_get_work_role_without (HrPlan *self,
                               HrRole *role)
{
  GListModel *roles;

  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  roles = hr_plan_get_roles (self);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) other = g_list_model_get_item (roles, i);
      if (other != role && !hr_role_is_manager (other))
        return other;   /* the plan holds it */
    }
  return NULL;
}

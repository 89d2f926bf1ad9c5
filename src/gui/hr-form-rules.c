/* hr-form-rules.c: which role a role field may take, explained before the
 * plan would break */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-form.h"

/* How many moments and tiers' reactive work @role_id carries */
static guint
count_work (HrPlan     *plan,
            const char *role_id)
{
  GListModel *lists[] = { hr_plan_get_moments (plan), hr_plan_get_segments (plan) };
  const char *properties[] = { "role", "reactive-role" };
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *role = NULL;
        g_object_get (item, properties[l], &role, NULL);
        n += g_strcmp0 (role, role_id) == 0;
      }
  return n;
}

char *
hr_form_check_role_choice (HrPlan     *plan,
                           HrItem     *item,
                           const char *property,
                           HrRole     *role)
{
  g_return_val_if_fail (HR_IS_PLAN (plan) && HR_IS_ITEM (item), NULL);

  if (role == NULL)
    return NULL;
  /* moments and reactive work need a role that serves customers */
  if ((HR_IS_MOMENT (item) || HR_IS_SEGMENT (item)) && hr_role_is_manager (role))
    return g_strdup_printf (_("“%s” manages people and serves no customers; choose a role that does."),
                            hr_role_get_name (role));
  if (!HR_IS_ROLE (item) || !g_str_equal (property, "manages"))
    return NULL;
  if ((HrItem *) role == item)
    return g_strdup (_("A role can’t manage itself."));
  if (hr_role_is_manager (role))
    return g_strdup_printf (_("“%s” manages another role; choose a role that serves customers."),
                            hr_role_get_name (role));
  {
    guint n = count_work (plan, hr_item_get_id (item));
    if (n > 0)
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This role carries %u moment or tier’s reactive work, and a "
                                           "managing role serves no customers. Choose another role for it "
                                           "on the Journey or Tiers page first.",
                                           "This role carries %u moments or tiers’ reactive work, and a "
                                           "managing role serves no customers. Choose another role for them "
                                           "on the Journey or Tiers page first.", n), n);
  }
  if ((HrItem *) hr_plan_get_work_role (plan) == item)
    {
      GListModel *roles = hr_plan_get_roles (plan);
      gboolean another = FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (roles) && !another; i++)
        {
          g_autoptr(HrRole) other = g_list_model_get_item (roles, i);
          another = (HrItem *) other != item && !hr_role_is_manager (other);
        }
      if (!another)
        return g_strdup (_("This is the only role that serves customers; it can’t become a managing role."));
    }
  return NULL;
}

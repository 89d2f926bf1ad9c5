/* hr-form-rules.c: what a form field may take, explained before the plan
 * would break: numbers within their field's rule and the rules across
 * fields, months within the plan, lists of numbers, and roles */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-form.h"
#include "hr-number-entry.h"

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

gboolean
hr_form_role_is_listed (HrItem     *item,
                        const char *property,
                        HrRole     *role)
{
  g_return_val_if_fail (HR_IS_ROLE (role), FALSE);

  /* moments and reactive work: only the roles that serve customers */
  if (item && (HR_IS_MOMENT (item) || HR_IS_SEGMENT (item)))
    return !hr_role_is_manager (role);
  return TRUE;
}

/* --- numbers --- */

char *
hr_form_check_number (HrItem        *item,
                      const HrField *field,
                      const char    *property,
                      double         value,
                      double         scale,
                      const char    *unit)
{
  if (field == NULL || item == NULL)
    return NULL;
  if (isnan (value))
    return (field->flags & HR_FIELD_NULLABLE) ? NULL : g_strdup (_("Enter a number"));
  if (field->type == HR_FIELD_INTEGER && value > G_MAXINT)
    return g_strdup (_("This number is too large"));
  {
    /* said in the units the person typed: "less than 100%", not "less than 1" */
    char *problem = hr_field_check_shown (field, value, scale, unit);
    if (problem)
      return problem;
  }
  if (g_str_equal (property, "indirect") || g_str_equal (property, "unplanned"))
    {
      double other;
      g_object_get (item, g_str_equal (property, "indirect") ? "unplanned" : "indirect", &other, NULL);
      if (value + other >= 1)
        return g_strdup (_("Indirect and unplanned shares together must stay below 100 %"));
    }
  if (g_str_equal (property, "until"))
    {
      int at;
      g_object_get (item, "at", &at, NULL);
      if (value < at)
        return g_strdup_printf (_("Must be at least the first month (%d)"), at);
    }
  if (g_str_equal (property, "at"))
    {
      int until;
      g_object_get (item, "until", &until, NULL);
      if (until >= 0 && value > until)
        return g_strdup_printf (_("Must not be after the last month (%d)"), until);
    }
  return NULL;
}

/* --- months --- */

char *
hr_form_check_month (HrPlan     *plan,
                     HrItem     *item,
                     const char *text)
{
  int month;

  if (!hr_month_parse (text, &month))
    return g_strdup (_("Enter a month as YYYY-MM, e.g. 2027-04"));
  if (plan && !HR_IS_PLAN (item) && month < hr_plan_get_start (plan))
    {
      g_autofree char *start = hr_month_format (hr_plan_get_start (plan));
      return g_strdup_printf (_("Must not be before the plan starts (%s)"), start);
    }
  return NULL;
}

/* --- lists ("25; 50; 75") --- */

char *
hr_form_format_list (GVariant *variant,
                     double    scale)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const double *values;
  gsize n;

  if (variant == NULL)
    return g_strdup ("");
  values = g_variant_get_fixed_array (variant, &n, sizeof (double));
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *number = hr_number_format (values[i] * scale, 2);
      if (i)
        g_string_append (text, "; ");
      g_string_append (text, number);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GVariant *
hr_form_parse_list (const HrField  *field,
                    const char     *text,
                    double          scale,
                    char          **message)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[;\\s]+", text, 0, 0);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; parts[i]; i++)
    {
      double value;
      g_autofree char *problem = NULL;

      if (*parts[i] == '\0')
        continue;
      if (!hr_number_parse (parts[i], &value))
        {
          *message = g_strdup_printf (_("“%s” is not a number; separate numbers with “;”"), parts[i]);
          return NULL;
        }
      value /= scale;
      if (field && (problem = hr_field_check_shown (field, value, scale, scale == 100 ? "%" : NULL)))
        {
          *message = g_strdup_printf (_("Value %u %s"), i + 1, problem);
          return NULL;
        }
      g_array_append_val (values, value);
    }
  if (values->len == 0 && field && (field->flags & HR_FIELD_OPTIONAL))
    return NULL;
  return g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, values->data, values->len, sizeof (double));
}

/* hr-form-rules.c: what a form field may take, explained before the plan
 * would break: numbers within limits a CS plan can reach and the rules
 * across fields, months within the plan, lists of numbers, the currency,
 * and roles. docs/fields.md lists the limits and why. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hr-form.h"
#include "hr-format.h"
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
  /* a role manages another role, which serves customers */
  if (item && HR_IS_ROLE (item) && g_str_equal (property, "manages"))
    return (HrItem *) role != item && !hr_role_is_manager (role);
  return TRUE;
}

/* --- limits of the number fields --- */

/* How a field's amounts are said */
typedef enum {
  AMOUNT_NUMBER,         /* 12.5 */
  AMOUNT_PEOPLE,         /* 100,000 people */
  AMOUNT_HOURS,          /* 1,000 h */
  AMOUNT_HOURS_MONTH,    /* 744 h a month */
  AMOUNT_MONEY,          /* 1,000,000,000 USD */
  AMOUNT_MONEY_YEAR,     /* 10,000,000 USD a year */
  AMOUNT_ACCOUNTS,       /* 1,000,000 accounts */
  AMOUNT_PERCENT,        /* 100% */
  AMOUNT_PERCENT_MONTH,  /* 25% a month */
  AMOUNT_PERCENT_YEAR,   /* 100% a year */
  AMOUNT_MONTHS,         /* 120 months */
  AMOUNT_TIMES,          /* 100× */
} Amount;

enum {
  ABOVE_MIN = 1 << 0,    /* the minimum itself is refused */
  BELOW_MAX = 1 << 1,    /* the maximum itself is refused */
};

typedef struct {
  const char *kind;      /* the item's kind, or "cohort" and "treatment" */
  const char *property;
  double      min;
  double      max;
  guint       flags;
  Amount      amount;
} Limit;

/* What a Customer Success plan can reach, with room to spare; the model's
 * own rules (plan-model.md §2) hold inside them. docs/fields.md says why. */
static const Limit limits[] = {
  { "plan", "months", 1, HR_MAX_MONTHS, 0, AMOUNT_MONTHS },
  { "role", "headcount", 0, 100000, 0, AMOUNT_PEOPLE },
  { "role", "cost-per-year", 0, 10e6, 0, AMOUNT_MONEY_YEAR },
  { "role", "hours-per-month", 0, 744, ABOVE_MIN, AMOUNT_HOURS_MONTH },
  { "role", "shrinkage", 0, 1, BELOW_MAX, AMOUNT_PERCENT },
  { "role", "indirect", 0, 1, BELOW_MAX, AMOUNT_PERCENT },
  { "role", "unplanned", 0, 1, BELOW_MAX, AMOUNT_PERCENT },
  { "role", "target-load", 0, 1.5, ABOVE_MIN, AMOUNT_PERCENT },
  { "role", "ramp", 0, 1, 0, AMOUNT_PERCENT },
  { "role", "attrition", 0, 1, BELOW_MAX, AMOUNT_PERCENT_YEAR },
  { "role", "lead-time-months", 0, 60, 0, AMOUNT_MONTHS },
  { "role", "arr-per-fte", 0, 1e9, ABOVE_MIN, AMOUNT_MONEY },
  { "role", "span", 0, 1000, ABOVE_MIN, AMOUNT_PEOPLE },
  { "segment", "complexity", 0, 100, ABOVE_MIN, AMOUNT_TIMES },
  { "segment", "acv", 0, 1e9, 0, AMOUNT_MONEY_YEAR },
  { "segment", "expansion", -1, 1, ABOVE_MIN, AMOUNT_PERCENT },
  { "segment", "reactive-hours", 0, 744, 0, AMOUNT_HOURS_MONTH },
  { "segment", "new-per-month", 0, 1e6, 0, AMOUNT_ACCOUNTS },
  { "segment", "growth", -1, 0.25, ABOVE_MIN, AMOUNT_PERCENT_MONTH },
  { "segment", "new-by-month", 0, 1e6, 0, AMOUNT_ACCOUNTS },
  { "segment", "churn", 0, 1, 0, AMOUNT_PERCENT_YEAR },
  { "moment", "at", 0, 600, 0, AMOUNT_MONTHS },
  { "moment", "every", 0, HR_MAX_MONTHS, 0, AMOUNT_MONTHS },
  { "moment", "until", 0, 600, 0, AMOUNT_MONTHS },
  { "moment", "prep", 0, 1000, 0, AMOUNT_HOURS },
  { "moment", "exec", 0, 1000, 0, AMOUNT_HOURS },
  { "moment", "follow", 0, 1000, 0, AMOUNT_HOURS },
  { "hire", "count", 0, 100000, ABOVE_MIN, AMOUNT_PEOPLE },
  { "cohort", "tenure", 0, 600, 0, AMOUNT_MONTHS },
  { "cohort", "count", 0, 10e6, 0, AMOUNT_ACCOUNTS },
  { "treatment", "factor", 0, 100, ABOVE_MIN, AMOUNT_TIMES },
  { "treatment", "group-size", 1, 100000, 0, AMOUNT_ACCOUNTS },
};

/* Values a list field may hold at most, by property */
static const struct { const char *property; guint max; } list_lengths[] = {
  { "ramp", 60 },
  { "new-by-month", HR_MAX_MONTHS },
};

static const Limit *
find_limit (const char *kind,
            const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    if (g_str_equal (limits[i].kind, kind) && g_str_equal (limits[i].property, property))
      return &limits[i];
  return NULL;
}

/* Which plural form a number takes: "1 person", "1.5 people" */
static gulong
plural_of (double value)
{
  double n = ceil (fabs (value));

  return n >= (double) G_MAXULONG ? G_MAXULONG : (gulong) n;
}

/* A number of people, accounts or months, in the form @value takes; NULL
 * for other amounts */
static char *
format_counted (Amount      amount,
                const char *number,
                double      value)
{
  gulong n = plural_of (value);

  switch (amount)
    {
    case AMOUNT_PEOPLE:
      /* Translators: a number of people, e.g. "1 person", "2.5 people" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", n), number);
    case AMOUNT_ACCOUNTS:
      /* Translators: a number of customer accounts */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s account", "%s accounts", n), number);
    case AMOUNT_MONTHS:
      /* Translators: a number of months, e.g. "120 months" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s month", "%s months", n), number);
    default:
      return NULL;
    }
}

char *
hr_form_format_people (double value)
{
  g_autofree char *number = hr_format_number (value, value == floor (value) ? 0 : 1);

  return format_counted (AMOUNT_PEOPLE, number, value);
}

char *
hr_form_describe_number (const char *unit,
                         const char *number,
                         double      value)
{
  gulong n = plural_of (value);

  if (unit == NULL)
    return NULL;
  if (g_str_equal (unit, "people"))
    return format_counted (AMOUNT_PEOPLE, number, value);
  if (g_str_equal (unit, "accounts"))
    return format_counted (AMOUNT_ACCOUNTS, number, value);
  if (g_str_equal (unit, "months"))
    return format_counted (AMOUNT_MONTHS, number, value);
  if (g_str_equal (unit, "months in"))
    /* Translators: a month of a customer's tenure, e.g. "3 months in" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s month in", "%s months in", n), number);
  if (g_str_equal (unit, "people each"))
    /* Translators: a manager's span of control, e.g. "8 people each" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person each", "%s people each", n), number);
  if (g_str_equal (unit, "plans"))
    /* Translators: how many plans the bands sample, e.g. "256 plans" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s plan", "%s plans", n), number);
  return NULL;
}

/* "100,000 people", "744 h a month", "10,000,000 USD a year", "25% a month" */
static char *
format_amount (Amount      amount,
               double      value,
               const char *currency)
{
  g_autofree char *number = NULL;
  char *counted;

  if (amount == AMOUNT_PERCENT || amount == AMOUNT_PERCENT_MONTH || amount == AMOUNT_PERCENT_YEAR)
    number = hr_format_percent (value, fabs (value * 100 - round (value * 100)) < 1e-9 ? 0 : 1);
  else
    number = hr_format_number (value, value == floor (value) ? 0 : 2);
  if ((counted = format_counted (amount, number, value)))
    return counted;
  switch (amount)
    {
    case AMOUNT_HOURS:
      /* Translators: hours, e.g. "1,000 h" */
      return g_strdup_printf (_("%s h"), number);
    case AMOUNT_HOURS_MONTH:
      /* Translators: hours in a month, e.g. "744 h a month" */
      return g_strdup_printf (_("%s h a month"), number);
    case AMOUNT_MONEY:
      /* Translators: an amount of money, e.g. "12,000 USD" */
      return g_strdup_printf (_("%s %s"), number, currency);
    case AMOUNT_MONEY_YEAR:
      /* Translators: money in a year, e.g. "10,000,000 USD a year" */
      return g_strdup_printf (_("%s %s a year"), number, currency);
    case AMOUNT_PERCENT_MONTH:
      /* Translators: a share in a month, e.g. "25% a month" */
      return g_strdup_printf (_("%s a month"), number);
    case AMOUNT_PERCENT_YEAR:
      /* Translators: a share in a year, e.g. "100% a year" */
      return g_strdup_printf (_("%s a year"), number);
    case AMOUNT_TIMES:
      /* Translators: a multiple, e.g. "100×" */
      return g_strdup_printf (_("%s×"), number);
    case AMOUNT_NUMBER:
    case AMOUNT_PERCENT:
    default:
      return g_steal_pointer (&number);
    }
}

static char *
check_limit (const Limit *limit,
             double       value,
             const char  *currency)
{
  gboolean low = (limit->flags & ABOVE_MIN) ? !(value > limit->min) : !(value >= limit->min);
  gboolean high = (limit->flags & BELOW_MAX) ? !(value < limit->max) : !(value <= limit->max);
  g_autofree char *bound = NULL;

  if (!low && !high)
    return NULL;
  bound = format_amount (limit->amount, low ? limit->min : limit->max, currency);
  /* Translators: the ends of a refusal under a field, e.g. "must be at most
   * 100,000 people"; shown after "Kept 10:" or on its own, capitalised */
  if (low)
    return (limit->flags & ABOVE_MIN) ? g_strdup_printf (_("must be more than %s"), bound)
                                      : g_strdup_printf (_("must be at least %s"), bound);
  return (limit->flags & BELOW_MAX) ? g_strdup_printf (_("must be less than %s"), bound)
                                    : g_strdup_printf (_("must be at most %s"), bound);
}

char *
hr_form_check_limit (HrPlan     *plan,
                     const char *kind,
                     const char *property,
                     double      value)
{
  const Limit *limit = find_limit (kind, property);

  if (limit == NULL)
    return NULL;
  return check_limit (limit, value, plan ? hr_plan_get_currency (plan) : "");
}

/* The model's own rule for @property of @item, as the last word */
static char *
check_model_rule (HrItem     *item,
                  const char *property,
                  double      value)
{
  g_autofree char *name = g_strdelimit (g_strdup (property), "-", '_');
  const HrField *field = hr_item_class_find_field (HR_ITEM_GET_CLASS (item), name);

  if (field == NULL || (field->type != HR_FIELD_NUMBER && field->type != HR_FIELD_INTEGER))
    return NULL;
  return hr_field_check_number (field, value);
}

char *
hr_form_check_number (HrPlan     *plan,
                      HrItem     *item,
                      const char *property,
                      double      value)
{
  char *problem;

  g_return_val_if_fail (HR_IS_ITEM (item), NULL);

  if (isnan (value))
    {
      g_autofree char *name = g_strdelimit (g_strdup (property), "-", '_');
      const HrField *field = hr_item_class_find_field (HR_ITEM_GET_CLASS (item), name);
      return field && (field->flags & HR_FIELD_NULLABLE) ? NULL : g_strdup (_("enter a number"));
    }
  if ((problem = hr_form_check_limit (plan, HR_ITEM_GET_CLASS (item)->kind, property, value)))
    return problem;
  if (g_str_equal (property, "indirect") || g_str_equal (property, "unplanned"))
    {
      double other;
      g_object_get (item, g_str_equal (property, "indirect") ? "unplanned" : "indirect", &other, NULL);
      if (value + other >= 1)
        return g_strdup (_("indirect and unplanned work together must stay below 100%"));
    }
  if (g_str_equal (property, "until"))
    {
      int at;
      g_object_get (item, "at", &at, NULL);
      if (value < at)
        return g_strdup_printf (_("must not be before the first occurrence, month %d"), at);
    }
  if (g_str_equal (property, "at"))
    {
      int until;
      g_object_get (item, "until", &until, NULL);
      if (until >= 0 && value > until)
        return g_strdup_printf (_("must not be after the last possible month, month %d"), until);
    }
  return check_model_rule (item, property, value);
}

/* --- months --- */

/* The years a plan and its hires may fall in */
#define FIRST_YEAR 2000
#define LAST_YEAR  2100

char *
hr_form_check_month (HrPlan     *plan,
                     HrItem     *item,
                     const char *text)
{
  int month;

  if (!hr_month_parse (text, &month))
    return g_strdup (_("enter a month as YYYY-MM, e.g. 2027-04"));
  if (month < FIRST_YEAR * 12 || month >= (LAST_YEAR + 1) * 12)
    return g_strdup_printf (_("must be between %d-01 and %d-12"), FIRST_YEAR, LAST_YEAR);
  if (plan && !HR_IS_PLAN (item) && month < hr_plan_get_start (plan))
    {
      g_autofree char *start = hr_month_format (hr_plan_get_start (plan));
      return g_strdup_printf (_("must not be before the plan starts, %s"), start);
    }
  if (plan && HR_IS_PLAN (item))
    {
      /* a planned hire starts within the plan */
      GListModel *hires = hr_plan_get_hires (plan);
      for (guint i = 0; i < g_list_model_get_n_items (hires); i++)
        {
          g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
          g_autofree char *first = NULL;
          int first_month;

          g_object_get (hire, "month", &first, NULL);
          if (hr_month_parse (first, &first_month) && first_month < month)
            return g_strdup_printf (_("must not be after the first day of a planned hire, %s"), first);
        }
    }
  return NULL;
}

/* --- the currency --- */

char *
hr_form_read_currency (const char  *text,
                       char       **message)
{
  g_autofree char *code = g_ascii_strup (text, -1);

  g_strstrip (code);
  if (strlen (code) != 3 || !g_ascii_isalpha (code[0]) || !g_ascii_isalpha (code[1]) ||
      !g_ascii_isalpha (code[2]))
    {
      *message = g_strdup (_("must be a three-letter ISO 4217 code, such as USD or EUR"));
      return NULL;
    }
  return g_steal_pointer (&code);
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
hr_form_parse_list (HrPlan      *plan,
                    HrItem      *item,
                    const char  *property,
                    const char  *text,
                    double       scale,
                    char       **message)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[;\\s]+", text, 0, 0);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  const char *kind = item ? HR_ITEM_GET_CLASS (item)->kind : "";
  g_autofree char *name = g_strdelimit (g_strdup (property), "-", '_');
  const HrField *field = item ? hr_item_class_find_field (HR_ITEM_GET_CLASS (item), name) : NULL;
  guint most = G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (list_lengths); i++)
    if (g_str_equal (list_lengths[i].property, property))
      most = list_lengths[i].max;
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
      problem = hr_form_check_limit (plan, kind, property, value);
      if (problem == NULL && field)
        problem = hr_field_check_number (field, value);
      if (problem)
        {
          /* Translators: a refused value of a list, e.g. "value 2 must be at most 100%" */
          *message = g_strdup_printf (_("value %u %s"), values->len + 1, problem);
          return NULL;
        }
      g_array_append_val (values, value);
      if (values->len > most)
        {
          *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "must hold at most %u value",
                                                   "must hold at most %u values", most), most);
          return NULL;
        }
    }
  if (values->len == 0 && field && (field->flags & HR_FIELD_OPTIONAL))
    return NULL;
  return g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, values->data, values->len, sizeof (double));
}

/* hr-target-name.c: a target path as a person names it, for every surface
 * that lists ranges (the Uncertainty page, the drivers chart, the bands
 * text, the pack) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-format.h"
#include "hr-target.h"

typedef enum {
  UNIT_NONE,
  UNIT_HOURS,
  UNIT_SHARE,
} Unit;

static const struct {
  const char *field;
  const char *label;
  Unit        unit;
} field_labels[] = {
  { "prep", N_("Preparation"), UNIT_HOURS },
  { "exec", N_("Execution"), UNIT_HOURS },
  { "follow", N_("Follow-through"), UNIT_HOURS },
  { "growth", N_("Monthly growth of new accounts"), UNIT_SHARE },
  { "churn", N_("Accounts lost per year"), UNIT_SHARE },
  { "reactive_hours", N_("Reactive hours per account"), UNIT_HOURS },
  { "new_per_month", N_("New accounts in the first month"), UNIT_NONE },
  { "new_by_month", N_("New accounts month by month"), UNIT_NONE },
  { "accounts", N_("Accounts at the start"), UNIT_NONE },
  { "acv", N_("Annual contract value"), UNIT_NONE },
  { "expansion", N_("Expansion at each anniversary"), UNIT_SHARE },
  { "complexity", N_("Complexity"), UNIT_NONE },
  { "shrinkage", N_("Shrinkage"), UNIT_SHARE },
  { "indirect", N_("Indirect work"), UNIT_SHARE },
  { "unplanned", N_("Unplanned work"), UNIT_SHARE },
  { "hours_per_month", N_("Paid hours"), UNIT_HOURS },
  { "headcount", N_("Headcount at the start"), UNIT_NONE },
  { "attrition", N_("Attrition"), UNIT_SHARE },
  { "ramp", N_("Ramp of a new hire"), UNIT_NONE },
  { "target_load", N_("Target load"), UNIT_SHARE },
  { "factor", N_("Treatment factor"), UNIT_NONE },
};

static int
find_field (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field, field_labels[i].field))
      return (int) i;
  return -1;
}

static char *
item_name (HrPlan     *plan,
           const char *list,
           const char *id)
{
  GListModel *items = NULL;

  if (g_str_equal (id, "*"))
    {
      if (g_str_equal (list, "roles"))
        return g_strdup (_("Every role"));
      if (g_str_equal (list, "segments") || g_str_equal (list, "tiers"))
        return g_strdup (_("Every tier"));
      if (g_str_equal (list, "moments"))
        return g_strdup (_("Every moment"));
    }
  if (g_str_equal (list, "roles"))
    items = hr_plan_get_roles (plan);
  else if (g_str_equal (list, "segments") || g_str_equal (list, "tiers"))
    items = hr_plan_get_segments (plan);
  else if (g_str_equal (list, "moments"))
    items = hr_plan_get_moments (plan);
  for (guint i = 0; items && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;

      if (g_strcmp0 (hr_item_get_id (item), id) != 0)
        continue;
      g_object_get (item, "name", &name, NULL);
      return name && *name ? g_steal_pointer (&name) : g_strdup (id);
    }
  return g_strdup (id);
}

char *
hr_target_describe (HrPlan     *plan,
                    const char *target)
{
  g_auto(GStrv) steps = g_strsplit (target, "/", -1);
  guint n = g_strv_length (steps);
  g_autofree char *name = NULL;
  const char *field;
  int f;

  if (n == 5 && g_str_equal (steps[0], "moments") && g_str_equal (steps[2], "tiers"))
    {
      g_autofree char *tier = item_name (plan, "segments", steps[3]);

      name = item_name (plan, "moments", steps[1]);
      field = steps[4];
      f = find_field (field);
      /* Translators: a treatment's field, e.g. “Kickoff · Mid-market · Treatment factor” */
      return g_strdup_printf (_("%s · %s · %s"), name, tier, f >= 0 ? _(field_labels[f].label) : field);
    }
  if (n != 3)
    return g_strdup (target);
  name = item_name (plan, steps[0], steps[1]);
  field = steps[2];
  f = find_field (field);
  /* Translators: a range's field, e.g. “Kickoff · Preparation” */
  return g_strdup_printf (_("%s · %s"), name, f >= 0 ? _(field_labels[f].label) : field);
}

/* At most two decimals, none that are zero: "2.5", "12" */
static char *
format_plain (double value)
{
  guint decimals = 0;

  while (decimals < 2 && fabs (value * pow (10, decimals) - round (value * pow (10, decimals))) > 1e-9)
    decimals++;
  return hr_format_number (value, decimals);
}

char *
hr_target_describe_bounds (const char *target,
                           double      low,
                           double      high,
                           gboolean    relative)
{
  const char *slash = strrchr (target, '/');
  int f = find_field (slash ? slash + 1 : target);
  Unit unit = f >= 0 ? field_labels[f].unit : UNIT_NONE;
  double scale = !relative && unit == UNIT_SHARE ? 100 : 1;
  g_autofree char *a = format_plain (low * scale);
  g_autofree char *b = format_plain (high * scale);

  if (relative)
    /* Translators: a range as factors of the plan's value, e.g. “× 0.5 to 1.5” */
    return g_strdup_printf (_("× %s to %s"), a, b);
  if (unit == UNIT_HOURS)
    /* Translators: a range of hours, e.g. “1 to 2.5 h” */
    return g_strdup_printf (_("%s to %s h"), a, b);
  if (unit == UNIT_SHARE)
    /* Translators: a range of a share, e.g. “5% to 20%” */
    return g_strdup_printf (_("%s%% to %s%%"), a, b);
  /* Translators: a range of a number, e.g. “80 to 120” */
  return g_strdup_printf (_("%s to %s"), a, b);
}

char *
hr_target_describe_range (HrPlan     *plan,
                          const char *target,
                          double      low,
                          double      high,
                          gboolean    relative)
{
  g_autofree char *name = hr_target_describe (plan, target);
  g_autofree char *bounds = hr_target_describe_bounds (target, low, high, relative);

  /* Translators: a range's field, then its ends, e.g. “Mid-market · Reactive hours per account, 1 to 2.5 h” */
  return g_strdup_printf (_("%s, %s"), name, bounds);
}

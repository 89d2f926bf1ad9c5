/* hr-change.c: scenario changes as people say them, and building them */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-change.h"
#include "hr-format.h"
#include "hr-forecast.h"

typedef struct {
  const char *field;
  const char *label;
  gboolean    percent;  /* a share shown as a percentage */
  const char *unit;
} FieldLabel;

static const FieldLabel labels[] = {
  { "headcount", N_("headcount") }, { "hours_per_month", N_("hours per month"), FALSE, "h" },
  { "shrinkage", N_("shrinkage"), TRUE }, { "indirect", N_("indirect work"), TRUE },
  { "unplanned", N_("unplanned work"), TRUE }, { "cost_per_year", N_("cost per year") },
  { "attrition", N_("attrition"), TRUE }, { "lead_time_months", N_("requisition lead time"), FALSE, N_("months") },
  { "target_load", N_("target load"), TRUE }, { "arr_per_fte", N_("ARR per person") },
  { "span", N_("span of control") }, { "new_per_month", N_("new accounts per month") },
  { "growth", N_("growth of new accounts"), TRUE }, { "new_by_month", N_("new accounts by month") },
  { "churn", N_("churn"), TRUE }, { "acv", N_("ACV") }, { "expansion", N_("expansion"), TRUE },
  { "reactive_hours", N_("reactive hours"), FALSE, "h" }, { "complexity", N_("complexity") },
  { "accounts", N_("accounts") }, { "at", N_("first month"), FALSE, N_("months") },
  { "every", N_("interval"), FALSE, N_("months") }, { "until", N_("last month"), FALSE, N_("months") },
  { "prep", N_("preparation"), FALSE, "h" }, { "exec", N_("execution"), FALSE, "h" },
  { "follow", N_("follow-through"), FALSE, "h" }, { "factor", N_("effort factor") },
  { "group_size", N_("group size") }, { "count", N_("count") }, { "month", N_("start month") },
  { "months", N_("horizon"), FALSE, N_("months") }, { "name", N_("name") },
};

static const char *
mode_label (const char *mode)
{
  if (g_strcmp0 (mode, "one_to_many") == 0)
    return _("one-to-many");
  if (g_strcmp0 (mode, "digital") == 0)
    return _("digital");
  if (g_strcmp0 (mode, "skip") == 0)
    return _("skipped");
  return _("one-to-one");
}

static const FieldLabel *
find_label (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].field, field))
      return &labels[i];
  return NULL;
}

/* The display name of what a step names: "all tiers", "Mid-market" */
static char *
item_name (HrPlan     *plan,
           const char *list,
           const char *id)
{
  gpointer item = NULL;

  if (g_str_equal (id, "*"))
    {
      if (g_str_equal (list, "segments") || g_str_equal (list, "tiers"))
        return g_strdup (_("All tiers"));
      if (g_str_equal (list, "roles"))
        return g_strdup (_("All roles"));
      if (g_str_equal (list, "moments"))
        return g_strdup (_("All moments"));
      return g_strdup (_("All hires"));
    }
  if (g_str_equal (list, "segments") || g_str_equal (list, "tiers"))
    item = hr_plan_find_segment (plan, id);
  else if (g_str_equal (list, "roles"))
    item = hr_plan_find_role (plan, id);
  else if (g_str_equal (list, "moments"))
    item = hr_plan_find_moment (plan, id);
  if (HR_IS_SEGMENT (item))
    return g_strdup (hr_segment_get_name (item));
  if (HR_IS_ROLE (item))
    return g_strdup (hr_role_get_name (item));
  if (HR_IS_MOMENT (item))
    return g_strdup (hr_moment_get_name (item));
  return g_strdup (id);
}

/* whole percentages without decimals, others with one */
static guint
percent_decimals (double fraction)
{
  return fabs (fraction * 100 - round (fraction * 100)) < 1e-9 ? 0 : 1;
}

static char *
format_value (const FieldLabel *label,
              JsonNode         *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup (_("none"));
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (value));
  if (JSON_NODE_HOLDS_VALUE (value))
    {
      double number = json_node_get_double (value);

      if (label && label->percent)
        return hr_format_percent (number, percent_decimals (number));
      if (label && label->unit)
        {
          g_autofree char *text = hr_format_number (number, number == floor (number) ? 0 : 1);
          /* Translators: a number with its unit, e.g. "6 months" or "2.5 h" */
          return g_strdup_printf (_("%s %s"), text, _(label->unit));
        }
      return hr_format_number (number, number == floor (number) ? 0 : 2);
    }
  return g_strdup (_("a new value"));
}

static char *
format_factor (double factor)
{
  g_autofree char *change = hr_format_percent (fabs (factor - 1), percent_decimals (fabs (factor - 1)));

  /* Translators: a relative change, e.g. "+30%" or "−20%" */
  return g_strdup_printf (factor >= 1 ? _("+%s") : _("−%s"), change);
}

static char *
describe_add (HrPlan     *plan,
              const char *target,
              JsonNode   *value)
{
  JsonObject *object = value && JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;

  if (object && g_str_equal (target, "hires"))
    {
      const char *role_id = json_object_get_string_member_with_default (object, "role", "");
      g_autofree char *role = item_name (plan, "roles", role_id);
      const char *month = json_object_get_string_member_with_default (object, "month", "");
      double count = json_object_get_double_member_with_default (object, "count", 1);
      int absolute;
      g_autofree char *when = hr_month_parse (month, &absolute) ? hr_format_month (absolute, "%B %Y") : g_strdup (month);
      g_autofree char *number = hr_format_number (count, count == floor (count) ? 0 : 1);

      /* Translators: e.g. "2 × Customer Success Managers start in May 2027" */
      return g_strdup_printf (_("%s × %s start in %s"), number, role, when);
    }
  if (object)
    {
      const char *name = json_object_get_string_member_with_default (object, "name",
                           json_object_get_string_member_with_default (object, "id", "?"));
      if (g_str_equal (target, "moments"))
        return g_strdup_printf (_("New moment in the journey: %s"), name);
      if (g_str_equal (target, "segments"))
        return g_strdup_printf (_("New tier: %s"), name);
      if (g_str_equal (target, "roles"))
        return g_strdup_printf (_("New role: %s"), name);
    }
  return g_strdup_printf (_("Add to %s"), target);
}

char *
hr_change_describe (HrPlan     *plan,
                    JsonObject *change)
{
  const char *op = json_object_get_string_member_with_default (change, "op", "");
  const char *target = json_object_get_string_member_with_default (change, "target", "");
  JsonNode *value = json_object_get_member (change, "value");
  double factor = json_object_get_double_member_with_default (change, "factor", 1);
  g_auto(GStrv) steps = g_strsplit (target, "/", -1);
  guint n = g_strv_length (steps);
  const char *field = n > 0 ? steps[n - 1] : "";
  const FieldLabel *label = find_label (field);
  g_autofree char *subject = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  if (g_str_equal (op, "add"))
    return describe_add (plan, target, value);

  /* moments/M/tiers/S[/field]: how a tier receives a moment */
  if (n >= 4 && g_str_equal (steps[0], "moments") && g_str_equal (steps[2], "tiers"))
    {
      g_autofree char *tier = item_name (plan, "tiers", steps[3]);
      g_autofree char *moment = item_name (plan, "moments", steps[1]);

      if (g_str_equal (op, "remove"))
        return g_strdup_printf (_("%s: %s back to one-to-one"), tier, moment);
      if (n == 4 && value && JSON_NODE_HOLDS_OBJECT (value))
        return g_strdup_printf (_("%s: %s becomes %s"), tier, moment,
                                mode_label (json_object_get_string_member_with_default (json_node_get_object (value), "mode", "one_to_one")));
      if (n == 5 && g_str_equal (field, "mode") && value && JSON_NODE_HOLDS_VALUE (value) &&
          g_strcmp0 (json_node_get_string (value), "skip") == 0)
        return g_strdup_printf (_("%s: %s is skipped"), tier, moment);
      if (n == 5 && g_str_equal (field, "mode") && value && JSON_NODE_HOLDS_VALUE (value))
        return g_strdup_printf (_("%s: %s becomes %s"), tier, moment, mode_label (json_node_get_string (value)));
      subject = g_strdup_printf ("%s: %s", tier, moment);
    }
  else if (n >= 2 && (g_str_equal (steps[0], "moments") || g_str_equal (steps[0], "segments") ||
                      g_str_equal (steps[0], "roles") || g_str_equal (steps[0], "hires")))
    {
      subject = item_name (plan, steps[0], steps[1]);
      if (g_str_equal (op, "remove") && n == 2)
        {
          if (g_str_equal (steps[0], "moments"))
            return g_strdup_printf (_("%s removed from the journey"), subject);
          return g_strdup_printf (_("%s removed"), subject);
        }
    }
  else
    subject = g_strdup (_("Plan"));

  what = label ? g_strdup (_(label->label)) : g_strdup (field);
  if (g_str_equal (op, "scale"))
    {
      g_autofree char *by = format_factor (factor);
      /* Translators: e.g. "All tiers: new accounts per month +30%" */
      return g_strdup_printf (_("%s: %s %s"), subject, what, by);
    }
  if (g_str_equal (op, "set"))
    {
      g_autofree char *to = format_value (label, value);
      /* Translators: e.g. "Business Review: interval becomes 6 months" */
      return g_strdup_printf (_("%s: %s becomes %s"), subject, what, to);
    }
  return g_strdup_printf (_("%s: %s removed"), subject, what);
}

static JsonObject *
new_change (const char *op,
            const char *target)
{
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "op", op);
  json_object_set_string_member (change, "target", target);
  return change;
}

JsonObject *
hr_change_new_set (const char *target,
                   JsonNode   *value)
{
  JsonObject *change = new_change ("set", target);

  json_object_set_member (change, "value", value);
  return change;
}

JsonObject *
hr_change_new_scale (const char *target,
                     double      factor)
{
  JsonObject *change = new_change ("scale", target);

  json_object_set_double_member (change, "factor", factor);
  return change;
}

JsonObject *
hr_change_new_add (const char *target,
                   JsonNode   *value)
{
  JsonObject *change = new_change ("add", target);

  json_object_set_member (change, "value", value);
  return change;
}

JsonObject *
hr_change_new_remove (const char *target)
{
  return new_change ("remove", target);
}

char *
hr_scenario_explain_repeated (HrPlan     *plan,
                              HrScenario *scenario,
                              JsonArray  *changes)
{
  JsonArray *old;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HR_IS_SCENARIO (scenario), NULL);

  old = hr_scenario_get_changes (scenario);
  for (guint i = 0; changes && i < json_array_get_length (changes); i++)
    for (guint j = 0; j < json_array_get_length (old); j++)
      if (json_node_equal (json_array_get_element (changes, i), json_array_get_element (old, j)))
        {
          g_autofree char *sentence = hr_change_describe (plan, json_array_get_object_element (changes, i));
          /* Translators: a change that is in the scenario already;
           * "Already in the scenario: 1 × CSM start in July 2027." */
          return g_strdup_printf (_("Already in the scenario: %s."), sentence);
        }
  return NULL;
}

void
hr_scenario_append_change (HrScenario *scenario,
                           JsonObject *change)
{
  g_autoptr(JsonArray) changes = json_array_new ();
  JsonArray *old = hr_scenario_get_changes (scenario);

  for (guint i = 0; i < json_array_get_length (old); i++)
    json_array_add_element (changes, json_node_copy (json_array_get_element (old, i)));
  json_array_add_object_element (changes, json_object_ref (change));
  hr_scenario_set_changes (scenario, changes);
}

/* TRUE when a change names the item @id of @list: in its target (the
 * item itself, or a tier of any moment) or, for roles, as the role it sets
 * or adds ("role", "reactive_role", "manages") */
static gboolean
change_mentions (JsonObject *change,
                 const char *list,
                 const char *id)
{
  const char *target = json_object_get_string_member_with_default (change, "target", "");
  JsonNode *value = json_object_get_member (change, "value");
  g_auto(GStrv) steps = g_strsplit (target, "/", -1);
  guint n = g_strv_length (steps);

  if (n >= 2 && g_str_equal (steps[0], list) && g_str_equal (steps[1], id))
    return TRUE;
  if (g_str_equal (list, "segments") && n >= 4 && g_str_equal (steps[2], "tiers") &&
      g_str_equal (steps[3], id))
    return TRUE;
  if (g_str_equal (list, "roles") && value)
    {
      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING &&
          n >= 3 && (g_str_equal (steps[n - 1], "role") || g_str_equal (steps[n - 1], "reactive_role") ||
                     g_str_equal (steps[n - 1], "manages")))
        return g_str_equal (json_node_get_string (value), id);
      if (JSON_NODE_HOLDS_OBJECT (value))
        {
          JsonObject *object = json_node_get_object (value);
          return g_strcmp0 (json_object_get_string_member_with_default (object, "role", NULL), id) == 0 ||
                 g_strcmp0 (json_object_get_string_member_with_default (object, "reactive_role", NULL), id) == 0 ||
                 g_strcmp0 (json_object_get_string_member_with_default (object, "manages", NULL), id) == 0;
        }
    }
  return FALSE;
}

GPtrArray *
hr_plan_list_scenarios_using (HrPlan *plan,
                              HrItem *item)
{
  GPtrArray *users = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  const char *id = hr_item_get_id (item);
  const char *list = HR_IS_ROLE (item) ? "roles" : HR_IS_SEGMENT (item) ? "segments"
                     : HR_IS_MOMENT (item) ? "moments" : HR_IS_HIRE (item) ? "hires" : NULL;

  g_return_val_if_fail (HR_IS_PLAN (plan), users);

  for (guint i = 0; id && list && i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      JsonArray *changes = hr_scenario_get_changes (scenario);

      for (guint c = 0; c < json_array_get_length (changes); c++)
        if (change_mentions (json_array_get_object_element (changes, c), list, id))
          {
            g_ptr_array_add (users, g_object_ref (scenario));
            break;
          }
    }
  return users;
}

char *
hr_plan_explain_scenario_users (HrPlan     *plan,
                                HrItem     *item,
                                const char *item_name)
{
  g_autoptr(GPtrArray) users = hr_plan_list_scenarios_using (plan, item);
  g_autoptr(GString) names = g_string_new (NULL);

  if (users->len == 0)
    return NULL;
  for (guint i = 0; i < users->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of a list */
        g_string_append (names, _(", "));
      /* Translators: a quoted name, e.g. “Focus” */
      g_string_append_printf (names, _("“%s”"), hr_scenario_get_name (users->pdata[i]));
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” can’t be removed: the scenario %s changes it. "
                                       "Remove that change on the Scenarios page first.",
                                       "“%s” can’t be removed: the scenarios %s change it. "
                                       "Remove those changes on the Scenarios page first.",
                                       users->len),
                          item_name, names->str);
}

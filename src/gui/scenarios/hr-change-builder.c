/* hr-change-builder.c: the spec's change entries for one trade-off a
 * person describes in the scenario editor */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-change.h"
#include "hr-change-builder.h"

static const char * const part_fields[] = { "prep", "exec", "follow" };

static JsonNode *
number_node (double value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  if (value == floor (value) && fabs (value) < 1e9)
    json_node_set_int (node, (gint64) value);
  else
    json_node_set_double (node, value);
  return node;
}

static JsonNode *
string_node (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);
  return node;
}

static void
add_set (JsonArray  *out,
         const char *target,
         JsonNode   *value)
{
  json_array_add_object_element (out, hr_change_new_set (target, value));
}

static void
add_scale (JsonArray  *out,
           const char *target,
           double      factor)
{
  json_array_add_object_element (out, hr_change_new_scale (target, factor));
}

static JsonNode *
treatment_node (const char *mode,
                double      factor,
                double      group_size)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "mode", mode);
  json_object_set_double_member (object, "factor", factor);
  if (g_str_equal (mode, "one_to_many"))
    json_object_set_int_member (object, "group_size", (gint64) group_size);
  json_node_take_object (node, object);
  return node;
}

/* The current value of a moment or segment field, for changes that move a
 * quantity (timing, new accounts) */
static double
item_number (gpointer    item,
             const char *property)
{
  GValue value = G_VALUE_INIT;
  double number;

  g_object_get_property (item, property, &value);
  number = G_VALUE_HOLDS_INT (&value) ? g_value_get_int (&value) : g_value_get_double (&value);
  g_value_unset (&value);
  return number;
}

static void
build_per_tier (JsonArray  *out,
                GPtrArray  *tiers,
                const char *format,
                const char *moment,
                JsonNode   *(*value) (gpointer),
                gpointer    data,
                double      factor)
{
  for (guint i = 0; i < tiers->len; i++)
    {
      g_autofree char *target = moment ? g_strdup_printf (format, moment, (char *) tiers->pdata[i])
                                       : g_strdup_printf (format, (char *) tiers->pdata[i]);
      if (value)
        add_set (out, target, value (data));
      else
        add_scale (out, target, factor);
    }
}

static JsonNode *
mode_value (gpointer mode)
{
  return string_node (mode);
}

JsonArray *
hr_change_request_build (HrPlan                *plan,
                         const HrChangeRequest *r,
                         char                 **message)
{
  g_autoptr(JsonArray) out = json_array_new ();
  GPtrArray *tiers = r->tiers;
  const char *role = r->role;
  const char *moment = r->moment;
  double percent = r->percent;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  if (message)
    *message = NULL;

  switch (r->action)
    {
    case A_HIRES:
      {
        JsonObject *hire;
        JsonNode *node;
        g_autofree char *month = hr_month_format (r->month);

        if (r->count <= 0)
          {
            if (message)
              *message = g_strdup (_("Hire at least one person: the number of people must be more than 0."));
            return NULL;
          }
        hire = json_object_new ();
        node = json_node_new (JSON_NODE_OBJECT);

        json_object_set_string_member (hire, "role", role);
        json_object_set_string_member (hire, "month", month);
        json_object_set_member (hire, "count", number_node (r->count));
        json_node_take_object (node, hire);
        json_array_add_object_element (out, hr_change_new_add ("hires", node));
      }
      break;
    case A_HEADCOUNT:
      {
        g_autofree char *target = g_strdup_printf ("roles/%s/headcount", role);

        if (r->count < 0)
          {
            if (message)
              *message = g_strdup (_("A headcount can’t be below 0."));
            return NULL;
          }
        add_set (out, target, number_node (r->count));
      }
      break;
    case A_SKIP:
      build_per_tier (out, tiers, "moments/%s/tiers/%s/mode", moment, mode_value, "skip", 0);
      break;
    case A_DIGITAL:
      build_per_tier (out, tiers, "moments/%s/tiers/%s/mode", moment, mode_value, "digital", 0);
      break;
    case A_CADENCE:
      {
        g_autofree char *target = g_strdup_printf ("moments/%s/every", moment);
        add_set (out, target, number_node (r->every));
      }
      break;
    case A_ONE_TO_MANY:
    case A_TREATMENT:
      for (guint i = 0; i < tiers->len; i++)
        {
          g_autofree char *target = g_strdup_printf ("moments/%s/tiers/%s", moment, (char *) tiers->pdata[i]);
          double factor = r->action == A_ONE_TO_MANY ? 1 : r->factor;

          add_set (out, target, treatment_node (r->mode, factor, r->group));
        }
      break;
    case A_REACTIVE:
      build_per_tier (out, tiers, "segments/%s/reactive_hours", NULL, NULL, NULL, 1 - percent);
      break;
    case A_HOURS:
      {
        guint part = r->part;

        for (guint p = 0; p < G_N_ELEMENTS (part_fields); p++)
          if (part == p || part == G_N_ELEMENTS (part_fields))
            {
              g_autofree char *target = g_strdup_printf ("moments/%s/%s", moment, part_fields[p]);
              add_scale (out, target, 1 + percent);
            }
      }
      break;
    case A_TIMING:
      {
        HrMoment *m = hr_plan_find_moment (plan, moment);
        g_autofree char *at = g_strdup_printf ("moments/%s/at", moment);
        g_autofree char *every = g_strdup_printf ("moments/%s/every", moment);

        if (m && item_number (m, "at") != r->at)
          add_set (out, at, number_node (r->at));
        if (m && item_number (m, "every") != r->every)
          add_set (out, every, number_node (r->every));
        if (json_array_get_length (out) == 0 && message)
          *message = g_strdup (_("That is the moment’s timing already."));
      }
      break;
    case A_MOVE:
      {
        const char *from = r->from;
        const char *to = r->to;
        HrSegment *a = from ? hr_plan_find_segment (plan, from) : NULL;
        HrSegment *b = to ? hr_plan_find_segment (plan, to) : NULL;
        double n = r->count;

        if (a == NULL || b == NULL || a == b)
          {
            if (message)
              *message = g_strdup (_("Choose two different tiers."));
            return NULL;
          }
        if (n <= 0)
          {
            if (message)
              *message = g_strdup (_("Move at least some accounts: the number must be more than 0."));
            return NULL;
          }
        if (n > item_number (a, "new-per-month") + 1e-9)
          {
            if (message)
              *message = g_strdup_printf (_("%s wins fewer new accounts a month than that."),
                                          hr_segment_get_name (a));
            return NULL;
          }
        {
          g_autofree char *ta = g_strdup_printf ("segments/%s/new_per_month", from);
          g_autofree char *tb = g_strdup_printf ("segments/%s/new_per_month", to);
          add_set (out, ta, number_node (item_number (a, "new-per-month") - n));
          add_set (out, tb, number_node (item_number (b, "new-per-month") + n));
        }
      }
      break;
    case A_GROWTH:
      build_per_tier (out, tiers, "segments/%s/new_per_month", NULL, NULL, NULL, 1 + percent);
      break;
    case A_CHURN:
      build_per_tier (out, tiers, "segments/%s/churn", NULL, NULL, NULL, 1 + percent);
      break;
    case A_ACV:
      build_per_tier (out, tiers, "segments/%s/acv", NULL, NULL, NULL, 1 + percent);
      break;
    case A_ATTRITION:
      {
        g_autofree char *target = g_strdup_printf ("roles/%s/attrition", role);
        add_scale (out, target, 1 + percent);
      }
      break;
    case A_LEAD_TIME:
      {
        g_autofree char *target = g_strdup_printf ("roles/%s/lead_time_months", role);
        add_set (out, target, number_node (r->months));
      }
      break;
    }
  if (json_array_get_length (out) == 0)
    return NULL;
  return g_steal_pointer (&out);
}


/* hr-scenario-apply.c: a scenario's set/scale/add/remove changes, applied
 * to the baseline's items (spec §2 scenario)
 *
 * The scenario's plan starts as a detached plan holding the baseline's
 * items; a change copies an item before it writes to it (copy on write),
 * so the baseline is never touched and untouched items cost nothing. The
 * baseline's defaults are in its items already, except the work role that
 * references left to their default mean: the scenario's plan keeps the
 * baseline's (hr_plan_get_work_role_id()). Changes may leave the plan
 * broken on their way; it is checked once, at the end.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-plan-private.h"
#include "hr-target.h"
#include "hr-uncertainty.h"

typedef struct {
  HrPlan     *plan;    /* the scenario's plan */
  GHashTable *own;     /* its items that are not the baseline's */
} Apply;

static HrPlanList
plan_list_of (HrTargetList list)
{
  switch (list)
    {
    case HR_TARGET_IN_ROLES:
      return HR_PLAN_ROLES;
    case HR_TARGET_IN_SEGMENTS:
      return HR_PLAN_SEGMENTS;
    case HR_TARGET_IN_MOMENTS:
    case HR_TARGET_IN_TREATMENTS:
      return HR_PLAN_MOMENTS;
    case HR_TARGET_IN_HIRES:
      return HR_PLAN_HIRES;
    case HR_TARGET_IN_PLAN:
      break;
    }
  g_return_val_if_reached (HR_PLAN_ROLES);
}

/* The item at @position of the scenario's plan, copied first if it is
 * still the baseline's */
static HrItem *
own_item (Apply      *a,
          HrPlanList  which,
          guint       position)
{
  g_autoptr(HrItem) item = g_list_model_get_item (hr_plan_get_list (a->plan, which), position);
  g_autoptr(HrItem) copy = NULL;

  if (g_hash_table_contains (a->own, item))
    return item;   /* the plan holds it */
  copy = hr_item_copy (item);
  hr_plan_replace_item (a->plan, which, position, copy);
  g_hash_table_add (a->own, copy);
  return copy;
}

/* The item a field match writes to, the plan's own; a step into tiers
 * gives the segment a treatment first */
static HrItem *
own_target (Apply               *a,
            const HrTargetMatch *match)
{
  HrMoment *moment;
  g_autoptr(HrSegment) segment = NULL;

  if (match->list == HR_TARGET_IN_PLAN)
    return HR_ITEM (a->plan);
  if (match->list != HR_TARGET_IN_TREATMENTS)
    return own_item (a, plan_list_of (match->list), match->index);
  moment = HR_MOMENT (own_item (a, HR_PLAN_MOMENTS, match->index));
  segment = g_list_model_get_item (hr_plan_get_segments (a->plan), match->segment);
  return HR_ITEM (hr_moment_ensure_treatment (moment, segment->data.id));
}

static const char *
segment_id_at (HrPlan *plan,
               guint   position)
{
  g_autoptr(HrSegment) segment = g_list_model_get_item (hr_plan_get_segments (plan), position);

  return segment->data.id;   /* the plan holds it */
}

static void
set_match (Apply               *a,
           const HrTargetMatch *match,
           JsonNode            *value)
{
  HrItem *item;

  switch (match->kind)
    {
    case HR_TARGET_FIELD:
      item = own_target (a, match);
      hr_item_set_field_node (item, match->field, value);
      if (match->field == HR_ITEM_GET_CLASS (item)->id_field && match->list != HR_TARGET_IN_TREATMENTS)
        hr_plan_forget_ids (a->plan, plan_list_of (match->list));
      break;

    case HR_TARGET_ACCOUNTS:
      hr_item_set_extra_node (own_item (a, HR_PLAN_SEGMENTS, match->index), "accounts", value);
      break;

    case HR_TARGET_TIERS:
      hr_item_set_extra_node (own_item (a, HR_PLAN_MOMENTS, match->index), "tiers", value);
      break;

    case HR_TARGET_TREATMENT:
      {
        HrMoment *moment = HR_MOMENT (own_item (a, HR_PLAN_MOMENTS, match->index));
        HrTreatment *treatment = hr_treatment_new ();

        if (JSON_NODE_HOLDS_OBJECT (value))
          hr_item_load_lenient (HR_ITEM (treatment), json_node_get_object (value));
        else
          hr_item_set_refused (HR_ITEM (treatment), "", value);
        hr_moment_put_treatment (moment, segment_id_at (a->plan, match->segment), treatment);
        break;
      }

    case HR_TARGET_ITEM:
    case HR_TARGET_LIST:
      g_assert_not_reached ();
    }
}

static void
scale_match (Apply               *a,
             const HrTargetMatch *match,
             double               factor)
{
  if (match->kind == HR_TARGET_ACCOUNTS)
    {
      HrSegment *segment = HR_SEGMENT (own_item (a, HR_PLAN_SEGMENTS, match->index));

      for (guint i = 0; i < segment->data.cohorts->len; i++)
        g_array_index (segment->data.cohorts, HrCohort, i).count *= factor;
    }
  else if (match->field->type == HR_FIELD_NUMBER)
    HR_ITEM_FIELD (own_target (a, match), match->field, double) *= factor;
  else
    {
      /* number lists scale element by element */
      GArray *list = HR_ITEM_FIELD (own_target (a, match), match->field, GArray *);

      for (guint i = 0; i < list->len; i++)
        g_array_index (list, double, i) *= factor;
    }
}

static gboolean
add_item (Apply      *a,
          GArray     *matches,
          const char *target,
          JsonNode   *value,
          GError    **error)
{
  const HrTargetMatch *list = &g_array_index (matches, HrTargetMatch, 0);
  g_autoptr(HrItem) item = NULL;

  if (list->kind != HR_TARGET_LIST)
    return hr_plan_fail (error, _("target \"%s\": \"add\" needs roles, segments, moments or hires"), target);
  /* a copy of the value in a new item: nothing is shared with the change */
  item = g_object_new (hr_target_list_item_type (list->list), NULL);
  hr_item_load_lenient (item, json_node_get_object (value));
  g_list_store_append (G_LIST_STORE (hr_plan_get_list (a->plan, plan_list_of (list->list))), item);
  g_hash_table_add (a->own, item);
  return TRUE;
}

static gboolean
remove_matches (Apply      *a,
                GArray     *matches,
                const char *target,
                GError    **error)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const HrTargetMatch *match = &g_array_index (matches, HrTargetMatch, i);

      if (match->kind != HR_TARGET_ITEM && match->kind != HR_TARGET_TREATMENT)
        return hr_plan_fail (error, _("target \"%s\": \"remove\" needs an item such as moments/kickoff "
                     "or a treatment such as moments/kickoff/tiers/scale"), target);
    }
  /* from the last, so that the positions of the others hold */
  for (guint i = matches->len; i > 0; i--)
    {
      const HrTargetMatch *match = &g_array_index (matches, HrTargetMatch, i - 1);

      if (match->kind == HR_TARGET_ITEM)
        g_list_store_remove (G_LIST_STORE (hr_plan_get_list (a->plan, plan_list_of (match->list))),
                             match->index);
      else
        hr_moment_remove_treatment (HR_MOMENT (own_item (a, HR_PLAN_MOMENTS, match->index)),
                                    segment_id_at (a->plan, match->segment));
    }
  return TRUE;
}

static gboolean
apply_change (Apply       *a,
              JsonObject  *change,
              GError     **error)
{
  JsonNode *op_node = json_object_get_member (change, "op");
  JsonNode *target_node = json_object_get_member (change, "target");
  JsonNode *value = json_object_get_member (change, "value");
  JsonNode *factor = json_object_get_member (change, "factor");
  g_autoptr(GArray) matches = NULL;
  HrTargetFlags flags = HR_TARGET_ABSENT;
  const char *op, *target;

  if (op_node == NULL || !JSON_NODE_HOLDS_VALUE (op_node) ||
      json_node_get_value_type (op_node) != G_TYPE_STRING ||
      !g_strv_contains ((const char *[]) { "set", "scale", "add", "remove", NULL },
                        json_node_get_string (op_node)))
    return hr_plan_fail (error, _("op: must be one of \"set\", \"scale\", \"add\", \"remove\""));
  op = json_node_get_string (op_node);
  if (target_node == NULL || !JSON_NODE_HOLDS_VALUE (target_node) ||
      json_node_get_value_type (target_node) != G_TYPE_STRING ||
      *json_node_get_string (target_node) == '\0')
    return hr_plan_fail (error, _("target: must be a path such as \"roles/csm/headcount\""));
  target = json_node_get_string (target_node);

  if (g_str_equal (op, "set") && value == NULL)
    return hr_plan_fail (error, _("value: is required for \"set\""));
  if (g_str_equal (op, "add") && (value == NULL || !JSON_NODE_HOLDS_OBJECT (value)))
    return hr_plan_fail (error, _("value: must be the object to add for \"add\""));
  if (g_str_equal (op, "scale") &&
      (!hr_node_is_number (factor) || !isfinite (json_node_get_double (factor))))
    return hr_plan_fail (error, _("factor: must be a number for \"scale\""));

  if (g_str_equal (op, "scale"))
    flags |= HR_TARGET_SCALE;
  else if (g_str_equal (op, "remove"))
    flags = HR_TARGET_DEFAULT;
  matches = hr_target_resolve (a->plan, target, flags, error);
  if (matches == NULL)
    return FALSE;

  if (g_str_equal (op, "add"))
    return add_item (a, matches, target, value, error);
  if (g_str_equal (op, "remove"))
    return remove_matches (a, matches, target, error);
  if (g_str_equal (op, "set"))
    for (guint i = 0; i < matches->len; i++)
      {
        const HrTargetMatch *match = &g_array_index (matches, HrTargetMatch, i);

        if (match->kind == HR_TARGET_ITEM || match->kind == HR_TARGET_LIST)
          return hr_plan_fail (error, _("target \"%s\": \"%s\" needs a field such as roles/csm/headcount"),
                       target, op);
      }
  for (guint i = 0; i < matches->len; i++)
    {
      const HrTargetMatch *match = &g_array_index (matches, HrTargetMatch, i);

      if (g_str_equal (op, "set"))
        set_match (a, match, value);
      else
        scale_match (a, match, json_node_get_double (factor));
    }
  return TRUE;
}

/* The baseline with the first @n_changes changes applied, not checked;
 * @own gets the items that are not the baseline's */
static HrPlan *
apply_changes (HrPlan      *baseline,
               JsonArray   *changes,
               guint        n_changes,
               const char  *scenario_path,
               GHashTable  *own,
               GError     **error)
{
  g_autoptr(HrPlan) plan = hr_plan_new_detached (baseline);
  Apply a = { plan, own };

  for (guint i = 0; i < n_changes; i++)
    {
      JsonNode *change = json_array_get_element (changes, i);

      if (!JSON_NODE_HOLDS_OBJECT (change))
        {
          hr_plan_fail (error, _("%s.changes[%u]: must be an object with \"op\" and \"target\""),
                scenario_path, i + 1);
          return NULL;
        }
      if (!apply_change (&a, json_node_get_object (change), error))
        {
          g_prefix_error (error, "%s.changes[%u]: ", scenario_path, i + 1);
          return NULL;
        }
    }
  return g_steal_pointer (&plan);
}

static gboolean
fail_no_scenario (HrPlan      *self,
                  const char  *scenario_id,
                  GError     **error)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  GListModel *scenarios = hr_plan_get_scenarios (self);

  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrItem) other = g_list_model_get_item (scenarios, i);
      g_string_append_printf (ids, "%s\"%s\"", ids->len ? ", " : "", hr_item_get_id (other));
    }
  if (ids->len == 0)
    g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND,
                 _("no scenario with id \"%s\"; the plan has no scenarios"), scenario_id);
  else
    g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND,
                 _("no scenario with id \"%s\"; expected one of %s"), scenario_id, ids->str);
  return FALSE;
}

/* @valid: the baseline passed hr_plan_check(), so what the changes leave
 * alone need not be checked again */
static HrPlan *
apply_scenario (HrPlan      *self,
                const char  *scenario_id,
                gboolean     valid,
                GError     **error)
{
  HrPlan *checked = valid ? self : NULL;
  HrScenario *scenario;
  g_autofree char *path = NULL;
  g_autoptr(GError) rule = NULL;
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(GHashTable) own = g_hash_table_new (NULL, NULL);
  guint n;

  scenario = hr_plan_find_scenario (self, scenario_id);
  if (scenario == NULL)
    {
      fail_no_scenario (self, scenario_id, error);
      return NULL;
    }
  path = g_strdup_printf (_("scenarios[%s]"), scenario_id);
  n = json_array_get_length (scenario->changes);
  applied = apply_changes (self, scenario->changes, n, path, own, error);
  if (applied == NULL)
    return NULL;
  /* the items it shares with the baseline are checked as the baseline's */
  if (hr_plan_check_changed (applied, checked, own, &rule))
    {
      hr_plan_keep_applying_ranges (applied, scenario);
      return g_steal_pointer (&applied);
    }

  /* The plan breaks a rule once all changes are in: name the change from
   * which it stays broken (earlier changes may be fine on their own). */
  for (guint k = n; k > 0; k--)
    {
      g_autoptr(GHashTable) prefix_own = g_hash_table_new (NULL, NULL);
      g_autoptr(HrPlan) prefix = apply_changes (self, scenario->changes, k - 1, path, prefix_own, NULL);

      if (prefix && hr_plan_check_changed (prefix, checked, prefix_own, NULL))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       "%s.changes[%u]: %s", path, k, rule->message);
          return NULL;
        }
    }
  g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "%s: %s", path, rule->message);
  return NULL;
}

HrPlan *
hr_plan_apply_scenario (HrPlan      *self,
                        const char  *scenario_id,
                        GError     **error)
{
  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  return apply_scenario (self, scenario_id, FALSE, error);
}

HrPlan *
hr_plan_apply_scenario_to_valid (HrPlan      *self,
                                 const char  *scenario_id,
                                 GError     **error)
{
  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  return apply_scenario (self, scenario_id, TRUE, error);
}

void
hr_plan_fill_work_role (HrPlan *applied)
{
  const char *work_role_id = hr_plan_get_work_role_id (applied);
  HrRole *first = hr_plan_get_first_work_role (applied);
  GListModel *lists[] = { hr_plan_get_moments (applied), hr_plan_get_segments (applied) };
  HrPlanList which[] = { HR_PLAN_MOMENTS, HR_PLAN_SEGMENTS };

  if (work_role_id == NULL)
    return;
  /* the references left to their default name the work role they meant */
  if (first == NULL || g_strcmp0 (first->data.id, work_role_id) != 0)
    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(HrItem) item = g_list_model_get_item (lists[l], i);
          char **role = HR_IS_MOMENT (item) ? &HR_MOMENT (item)->data.role
                                            : &HR_SEGMENT (item)->data.reactive_role;
          g_autoptr(HrItem) copy = NULL;

          if (*role != NULL)
            continue;
          copy = hr_item_copy (item);
          role = HR_IS_MOMENT (copy) ? &HR_MOMENT (copy)->data.role : &HR_SEGMENT (copy)->data.reactive_role;
          *role = g_strdup (work_role_id);
          hr_plan_replace_item (applied, which[l], i, copy);
        }
  hr_plan_set_work_role_id (applied, NULL);
}

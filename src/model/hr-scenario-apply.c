/* hr-scenario-apply.c: a scenario's set/scale/add/remove changes, applied
 * to the baseline's JSON with every default filled in (spec §2 scenario) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-plan-private.h"

typedef enum {
  TARGET_FIELD,      /* object[key] */
  TARGET_ITEM,       /* array[index] */
  TARGET_TREATMENT,  /* tiers[segment] as a whole */
  TARGET_LIST,       /* a whole array, for "add" */
} TargetKind;

typedef struct {
  TargetKind   kind;
  JsonObject  *object;   /* FIELD, TREATMENT */
  const char  *key;      /* FIELD, TREATMENT */
  HrItemClass *klass;    /* FIELD: the class whose field it is */
  JsonArray   *array;    /* ITEM, LIST */
  guint        index;    /* ITEM */
} Target;

static const struct {
  const char *name;
  GType     (*get_type) (void);
} lists[] = {
  { "roles", hr_role_get_type },
  { "segments", hr_segment_get_type },
  { "moments", hr_moment_get_type },
  { "hires", hr_hire_get_type },
};

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
  return FALSE;
}

static HrItemClass *
item_class (GType type)
{
  return HR_ITEM_CLASS (g_type_class_ref (type));
}

static void
add_target (GArray      *targets,
            TargetKind   kind,
            JsonObject  *object,
            const char  *key,
            HrItemClass *klass)
{
  Target target = { kind, object, key, klass, NULL, 0 };
  g_array_append_val (targets, target);
}

static gboolean
is_field (HrItemClass *klass,
          const char  *name)
{
  return hr_item_class_find_field (klass, name) != NULL ||
         (klass->is_extra_key && klass->is_extra_key (name));
}

static JsonObject *
new_default_treatment (void)
{
  JsonObject *treatment = json_object_new ();

  json_object_set_string_member (treatment, "mode", "one_to_one");
  json_object_set_double_member (treatment, "factor", 1);
  json_object_set_double_member (treatment, "group_size", 10);
  return treatment;
}

static gboolean
resolve_tiers (JsonObject  *root,
               JsonObject  *moment,
               char       **steps,
               gboolean     create,
               GArray      *targets,
               GError     **error)
{
  JsonArray *segments = json_object_get_array_member (root, "segments");
  JsonObject *tiers;
  HrItemClass *treatment_class = item_class (HR_TYPE_TREATMENT);
  gboolean matched = FALSE;

  if (!json_object_has_member (moment, "tiers"))
    json_object_set_object_member (moment, "tiers", json_object_new ());
  tiers = json_object_get_object_member (moment, "tiers");

  if (steps[0] == NULL)
    {
      add_target (targets, TARGET_FIELD, moment, "tiers", item_class (HR_TYPE_MOMENT));
      return TRUE;
    }
  if (steps[1] && steps[2])
    return fail (error, _("a treatment has no field \"%s/%s\""), steps[1], steps[2]);
  if (steps[1] && !hr_item_class_find_field (treatment_class, steps[1]))
    return fail (error, _("a treatment has no field \"%s\"; expected mode, factor or group_size"), steps[1]);

  for (guint i = 0; i < json_array_get_length (segments); i++)
    {
      JsonObject *segment = json_array_get_object_element (segments, i);
      const char *segment_id = json_object_get_string_member (segment, "id");

      if (!g_str_equal (steps[0], "*") && !g_str_equal (steps[0], segment_id))
        continue;
      matched = TRUE;
      if (!json_object_has_member (tiers, segment_id))
        {
          if (!create)
            continue;
          json_object_set_object_member (tiers, segment_id, new_default_treatment ());
        }
      if (steps[1] == NULL)
        add_target (targets, TARGET_TREATMENT, tiers, json_object_get_string_member (segment, "id"), NULL);
      else
        add_target (targets, TARGET_FIELD, json_object_get_object_member (tiers, segment_id),
                    steps[1], treatment_class);
    }
  if (!matched)
    return fail (error, _("no segment with id \"%s\""), steps[0]);
  return TRUE;
}

static gboolean
resolve_in_item (JsonObject  *root,
                 JsonObject  *object,
                 HrItemClass *klass,
                 char       **steps,
                 gboolean     create,
                 GArray      *targets,
                 GError     **error)
{
  if (g_str_equal (klass->kind, "moment") && g_str_equal (steps[0], "tiers"))
    return resolve_tiers (root, object, steps + 1, create, targets, error);
  if (!is_field (klass, steps[0]))
    return fail (error, _("a %s has no field \"%s\""), klass->kind, steps[0]);
  if (steps[1] != NULL)
    return fail (error, _("\"%s\" has no parts to step into"), steps[0]);
  add_target (targets, TARGET_FIELD, object, steps[0], klass);
  return TRUE;
}

/* Fills @targets with what the path names; "*" matches every item */
static gboolean
resolve (JsonObject  *root,
         char       **steps,
         gboolean     create,
         GArray      *targets,
         GError     **error)
{
  HrItemClass *plan_class = item_class (HR_TYPE_PLAN);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array;
      gboolean matched = FALSE;

      if (!g_str_equal (steps[0], lists[l].name))
        continue;
      array = json_object_get_array_member (root, lists[l].name);
      if (steps[1] == NULL)
        {
          Target target = { TARGET_LIST, NULL, NULL, NULL, array, 0 };
          g_array_append_val (targets, target);
          return TRUE;
        }
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *item = json_array_get_object_element (array, i);
          const char *id = json_object_has_member (item, "id") && !json_object_get_null_member (item, "id")
                           ? json_object_get_string_member (item, "id") : NULL;

          if (!g_str_equal (steps[1], "*") && g_strcmp0 (steps[1], id) != 0)
            continue;
          matched = TRUE;
          if (steps[2] == NULL)
            {
              Target target = { TARGET_ITEM, NULL, NULL, NULL, array, i };
              g_array_append_val (targets, target);
            }
          else if (!resolve_in_item (root, item, item_class (lists[l].get_type ()),
                                     steps + 2, create, targets, error))
            return FALSE;
        }
      if (!matched)
        {
          if (g_str_equal (steps[1], "*"))
            return fail (error, _("%s is empty, so \"*\" matches nothing"), steps[0]);
          return fail (error, _("%s has no item with id \"%s\""), steps[0], steps[1]);
        }
      return TRUE;
    }

  if (g_str_equal (steps[0], "scenarios") || g_str_equal (steps[0], "format") ||
      g_str_equal (steps[0], "version"))
    return fail (error, _("\"%s\" cannot be changed by a scenario"), steps[0]);
  if (!is_field (plan_class, steps[0]))
    return fail (error, _("a plan has no field \"%s\"; expected roles, segments, moments, hires "
                 "or a field such as months"), steps[0]);
  if (steps[1] != NULL)
    return fail (error, _("\"%s\" has no parts to step into"), steps[0]);
  add_target (targets, TARGET_FIELD, root, steps[0], plan_class);
  return TRUE;
}

static JsonNode *
scaled_number (JsonNode *node,
               double    factor)
{
  JsonNode *result = json_node_new (JSON_NODE_VALUE);

  json_node_set_double (result, json_node_get_double (node) * factor);
  return result;
}

static gboolean
node_is_number (JsonNode *node)
{
  return node && JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_DOUBLE ||
          json_node_get_value_type (node) == G_TYPE_INT64);
}

static gboolean
scale_field (Target  *target,
             double   factor,
             GError **error)
{
  const HrField *field = hr_item_class_find_field (target->klass, target->key);
  JsonNode *node = json_object_get_member (target->object, target->key);

  if (field && field->type == HR_FIELD_INTEGER)
    return fail (error, _("\"%s\" is a whole-number field and cannot be scaled; use set"), target->key);
  if (field && field->type != HR_FIELD_NUMBER && field->type != HR_FIELD_NUMBER_LIST)
    return fail (error, _("\"%s\" is not a number and cannot be scaled"), target->key);
  if (!field && !g_str_equal (target->key, "accounts"))
    return fail (error, _("\"%s\" is not a number and cannot be scaled"), target->key);

  /* absent or null (no new_by_month, no top-down rule): nothing to scale */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (node_is_number (node))
    {
      json_object_set_member (target->object, target->key, scaled_number (node, factor));
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      /* number lists scale element by element; cohorts scale their counts */
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (node_is_number (element))
            {
              json_node_set_double (element, json_node_get_double (element) * factor);
            }
          else if (JSON_NODE_HOLDS_OBJECT (element) &&
                   node_is_number (json_object_get_member (json_node_get_object (element), "count")))
            {
              JsonObject *cohort = json_node_get_object (element);
              json_object_set_member (cohort, "count",
                                      scaled_number (json_object_get_member (cohort, "count"), factor));
            }
        }
      return TRUE;
    }
  return fail (error, _("\"%s\" is not a number and cannot be scaled"), target->key);
}

static gint
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  return (int) ((const Target *) b)->index - (int) ((const Target *) a)->index;
}

static gboolean
apply_change (JsonObject  *root,
              JsonObject  *change,
              GError     **error)
{
  JsonNode *op_node = json_object_get_member (change, "op");
  JsonNode *target_node = json_object_get_member (change, "target");
  JsonNode *value = json_object_get_member (change, "value");
  JsonNode *factor = json_object_get_member (change, "factor");
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_auto(GStrv) steps = NULL;
  const char *op, *target;

  if (op_node == NULL || !JSON_NODE_HOLDS_VALUE (op_node) ||
      json_node_get_value_type (op_node) != G_TYPE_STRING ||
      !g_strv_contains ((const char *[]) { "set", "scale", "add", "remove", NULL },
                        json_node_get_string (op_node)))
    return fail (error, _("op: must be one of \"set\", \"scale\", \"add\", \"remove\""));
  op = json_node_get_string (op_node);
  if (target_node == NULL || !JSON_NODE_HOLDS_VALUE (target_node) ||
      json_node_get_value_type (target_node) != G_TYPE_STRING ||
      *json_node_get_string (target_node) == '\0')
    return fail (error, _("target: must be a path such as \"roles/csm/headcount\""));
  target = json_node_get_string (target_node);

  steps = g_strsplit (target, "/", -1);
  for (guint i = 0; steps[i]; i++)
    if (*steps[i] == '\0')
      return fail (error, _("target \"%s\": has an empty step"), target);

  if (g_str_equal (op, "set") && value == NULL)
    return fail (error, _("value: is required for \"set\""));
  if (g_str_equal (op, "add") && (value == NULL || !JSON_NODE_HOLDS_OBJECT (value)))
    return fail (error, _("value: must be the object to add for \"add\""));
  if (g_str_equal (op, "scale") &&
      (!node_is_number (factor) || !isfinite (json_node_get_double (factor))))
    return fail (error, _("factor: must be a number for \"scale\""));

  if (!resolve (root, steps, !g_str_equal (op, "remove"), targets, error))
    {
      g_prefix_error (error, "target \"%s\": ", target);
      return FALSE;
    }

  if (g_str_equal (op, "add"))
    {
      Target *list = &g_array_index (targets, Target, 0);
      if (list->kind != TARGET_LIST)
        return fail (error, _("target \"%s\": \"add\" needs roles, segments, moments or hires"), target);
      json_array_add_element (list->array, json_node_copy (value));
      return TRUE;
    }
  if (g_str_equal (op, "remove"))
    {
      g_array_sort (targets, compare_descending);
      for (guint i = 0; i < targets->len; i++)
        {
          Target *t = &g_array_index (targets, Target, i);
          if (t->kind == TARGET_ITEM)
            json_array_remove_element (t->array, t->index);
          else if (t->kind == TARGET_TREATMENT)
            json_object_remove_member (t->object, t->key);
          else
            return fail (error, _("target \"%s\": \"remove\" needs an item such as moments/kickoff "
                         "or a treatment such as moments/kickoff/tiers/scale"), target);
        }
      return TRUE;
    }
  for (guint i = 0; i < targets->len; i++)
    {
      Target *t = &g_array_index (targets, Target, i);

      if (t->kind != TARGET_FIELD && t->kind != TARGET_TREATMENT)
        return fail (error, _("target \"%s\": \"%s\" needs a field such as roles/csm/headcount"),
                     target, op);
      if (g_str_equal (op, "set"))
        json_object_set_member (t->object, t->key, json_node_copy (value));
      else if (t->kind == TARGET_TREATMENT)
        return fail (error, _("target \"%s\": a whole treatment cannot be scaled"), target);
      else if (!scale_field (t, json_node_get_double (factor), error))
        {
          g_prefix_error (error, "target \"%s\": ", target);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
hr_scenario_apply_changes (JsonNode    *plan_json,
                           JsonArray   *changes,
                           const char  *scenario_path,
                           GError     **error)
{
  JsonObject *root = json_node_get_object (plan_json);

  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonNode *change = json_array_get_element (changes, i);

      if (!JSON_NODE_HOLDS_OBJECT (change))
        return fail (error, _("%s.changes[%u]: must be an object with \"op\" and \"target\""),
                     scenario_path, i + 1);
      if (!apply_change (root, json_node_get_object (change), error))
        {
          g_prefix_error (error, "%s.changes[%u]: ", scenario_path, i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static JsonNode *
baseline_json (HrPlan *self)
{
  JsonNode *root = hr_plan_to_json (self);

  json_object_remove_member (json_node_get_object (root), "scenarios");
  return root;
}

/* Loads the baseline with the first @n_changes changes applied */
static HrPlan *
load_with_changes (HrPlan      *self,
                   JsonArray   *changes,
                   guint        n_changes,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(JsonNode) root = baseline_json (self);
  g_autoptr(JsonArray) prefix = json_array_sized_new (n_changes);

  for (guint i = 0; i < n_changes; i++)
    json_array_add_element (prefix, json_node_copy (json_array_get_element (changes, i)));
  if (!hr_scenario_apply_changes (root, prefix, path, error))
    return NULL;
  return hr_plan_load_json (root, path, FALSE, NULL, error);
}

HrPlan *
hr_plan_apply_scenario (HrPlan      *self,
                        const char  *scenario_id,
                        GError     **error)
{
  HrScenario *scenario;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  HrPlan *applied;
  guint n;

  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  scenario = hr_plan_find_scenario (self, scenario_id);
  if (scenario == NULL)
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      GListModel *scenarios = hr_plan_get_scenarios (self);

      for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
        {
          g_autoptr(HrScenario) other = g_list_model_get_item (scenarios, i);
          g_string_append_printf (ids, "%s\"%s\"", ids->len ? ", " : "", other->id);
        }
      if (ids->len == 0)
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND,
                     _("no scenario with id \"%s\"; the plan has no scenarios"), scenario_id);
      else
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND,
                     _("no scenario with id \"%s\"; expected one of %s"), scenario_id, ids->str);
      return NULL;
    }
  path = g_strdup_printf (_("scenarios[%s]"), scenario_id);
  n = json_array_get_length (scenario->changes);
  root = baseline_json (self);
  if (!hr_scenario_apply_changes (root, scenario->changes, path, error))
    return NULL;
  applied = hr_plan_load_json (root, path, FALSE, NULL, &local_error);
  if (applied)
    return applied;
  if (n == 0)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* The plan breaks a rule once all changes are in: name the change from
   * which it stays broken (earlier changes may be fine on their own). */
  for (guint k = n; k > 0; k--)
    {
      g_autoptr(HrPlan) prefix = load_with_changes (self, scenario->changes, k - 1, path, NULL);
      if (prefix)
        {
          g_autofree char *change_path = g_strdup_printf (_("%s.changes[%u]"), path, k);
          const char *rule = local_error->message + strlen (path) + 2;

          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "%s: %s", change_path, rule);
          return NULL;
        }
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

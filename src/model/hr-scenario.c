/* hr-scenario.c: a named variation of the baseline (spec §2 scenario) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-json.h"
#include "hr-plan-private.h"

G_DEFINE_FINAL_TYPE (HrScenario, hr_scenario, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrScenario, member)

static const HrField scenario_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "description", HR_FIELD_STRING, 0, OFFSET (description), 0, 0, 0, "" },
};

static gboolean
hr_scenario_load_extra (HrItem      *item,
                        JsonObject  *object,
                        const char  *path,
                        GPtrArray   *warnings,
                        GError     **error)
{
  HrScenario *self = HR_SCENARIO (item);
  JsonNode *node = json_object_get_member (object, "changes");
  JsonArray *changes;

  if (node == NULL)
    {
      hr_scenario_set_changes (self, NULL);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.changes: must be a list of changes"), path);
      return FALSE;
    }
  changes = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (changes); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (changes, i)))
      {
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                     _("%s.changes[%u]: must be an object with \"op\" and \"target\""), path, i + 1);
        return FALSE;
      }
  hr_scenario_set_changes (self, changes);
  return TRUE;
}

static void
hr_scenario_save_extra (HrItem      *item,
                        JsonBuilder *builder)
{
  HrScenario *self = HR_SCENARIO (item);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  json_node_set_array (node, self->changes);
  json_builder_set_member_name (builder, "changes");
  json_builder_add_value (builder, hr_json_node_copy_deep (node));
}

static void
hr_scenario_copy_extra (HrItem *item,
                        HrItem *copy)
{
  g_clear_pointer (&HR_SCENARIO (copy)->changes, json_array_unref);
  HR_SCENARIO (copy)->changes = NULL;
  hr_scenario_set_changes (HR_SCENARIO (copy), HR_SCENARIO (item)->changes);
}

static gboolean
hr_scenario_is_extra_key (const char *key)
{
  return g_str_equal (key, "changes");
}

static void
hr_scenario_finalize (GObject *object)
{
  HrScenario *self = HR_SCENARIO (object);

  g_clear_pointer (&self->changes, json_array_unref);

  G_OBJECT_CLASS (hr_scenario_parent_class)->finalize (object);
}

static void
hr_scenario_class_init (HrScenarioClass *klass)
{
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hr_scenario_finalize;
  item_class->load_extra = hr_scenario_load_extra;
  item_class->save_extra = hr_scenario_save_extra;
  item_class->is_extra_key = hr_scenario_is_extra_key;
  item_class->copy_extra = hr_scenario_copy_extra;
  hr_item_class_install_fields (item_class, "scenario",
                                scenario_fields, G_N_ELEMENTS (scenario_fields));
}

static void
hr_scenario_init (HrScenario *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->changes = json_array_new ();
}

HrScenario *
hr_scenario_new (const char *id)
{
  return g_object_new (HR_TYPE_SCENARIO, "id", id, NULL);
}

char *
hr_scenario_dup_id_for_name (HrPlan     *plan,
                             HrScenario *self,
                             const char *name)
{
  GListModel *siblings;
  g_autofree char *ascii = NULL;
  GString *base = g_string_new (NULL);
  g_autofree char *stem = NULL;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  /* lowercase letters and digits, one '-' for each run of anything else */
  ascii = g_str_to_ascii (name ? name : "", NULL);
  for (const char *c = ascii; *c; c++)
    {
      if (g_ascii_isalnum (*c))
        g_string_append_c (base, g_ascii_tolower (*c));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  /* room for "-99" within the 63 characters of an id */
  if (base->len > 56)
    g_string_truncate (base, 56);
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_append (base, "scenario");
  stem = g_string_free (base, FALSE);

  siblings = hr_plan_get_scenarios (plan);
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (stem) : g_strdup_printf ("%s-%u", stem, n);
      gboolean used = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (siblings) && !used; i++)
        {
          g_autoptr(HrItem) item = g_list_model_get_item (siblings, i);
          used = item != (gpointer) self && g_strcmp0 (hr_item_get_id (item), id) == 0;
        }
      if (!used)
        return g_steal_pointer (&id);
    }
}

static void
scenario_renamed_cb (HrScenario *self,
                     GParamSpec *pspec,
                     HrPlan     *plan)
{
  g_autofree char *id = NULL;

  if (!self->id_from_name)
    return;
  id = hr_scenario_dup_id_for_name (plan, self, self->name);
  if (g_strcmp0 (id, self->id) == 0)
    return;
  g_object_set (self, "id", id, NULL);
}

HrScenario *
hr_scenario_new_named (HrPlan     *plan,
                       const char *name)
{
  g_autofree char *id = NULL;
  HrScenario *self;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  id = hr_scenario_dup_id_for_name (plan, NULL, name);
  self = g_object_new (HR_TYPE_SCENARIO, "id", id, "name", name, NULL);
  self->id_from_name = TRUE;
  g_signal_connect_object (self, "notify::name", G_CALLBACK (scenario_renamed_cb), plan, 0);
  return self;
}

const char *
hr_scenario_get_name (HrScenario *self)
{
  g_return_val_if_fail (HR_IS_SCENARIO (self), NULL);

  return self->name && *self->name ? self->name : self->id;
}

JsonArray *
hr_scenario_get_changes (HrScenario *self)
{
  g_return_val_if_fail (HR_IS_SCENARIO (self), NULL);

  return self->changes;
}

/* Keeps a deep copy, so later edits of @changes do not reach the plan */
void
hr_scenario_set_changes (HrScenario *self,
                         JsonArray  *changes)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;

  g_return_if_fail (HR_IS_SCENARIO (self));

  g_clear_pointer (&self->changes, json_array_unref);
  if (changes == NULL)
    self->changes = json_array_new ();
  else
    {
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_set_array (node, changes);
      copy = hr_json_node_copy_deep (node);
      self->changes = json_node_dup_array (copy);
    }
  hr_item_emit_changed (HR_ITEM (self));
}

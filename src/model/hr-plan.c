/* hr-plan.c: the plan and its item lists */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-json.h"
#include "hr-plan-private.h"
#include "hr-uncertainty.h"
#include "hr-portfolio-private.h"
#include "hr-time-mapping.h"

static const char * const list_names[HR_PLAN_N_LISTS + 1] = {
  "roles", "segments", "moments", "hires", "scenarios", "people", "accounts", "effort_rules", NULL
};

struct _HrPlan
{
  HrItem      parent_instance;

  char       *format;
  int         version;
  char       *name;
  int         start;
  int         months;
  char       *currency;

  GListStore *roles;
  GListStore *segments;
  GListStore *moments;
  GListStore *hires;
  GListStore *scenarios;
  GListStore *people;
  GListStore *accounts;
  GListStore *effort_rules;
  HrPortfolio *portfolio;
  gboolean    portfolio_present;   /* in the file, or edited: saved */
  HrTimeMapping *time_mapping;     /* "calibration": how time logs import; NULL = none */

  /* id → position + 1 in each list, built when first asked after a change */
  GHashTable *ids[HR_PLAN_N_LISTS];
  /* a scenario's plan: it holds the baseline's items without following
   * their edits, and null references mean the baseline's work role */
  gboolean    detached;
  char       *work_role_id;
  /* while loading: the list items that are built as they are read */
  HrJsonDeferred *deferred;
};

G_DEFINE_FINAL_TYPE (HrPlan, hr_plan, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrPlan, member)

static const HrField plan_fields[] = {
  { "format", HR_FIELD_STRING, HR_FIELD_REQUIRED, OFFSET (format), 0, 0, 0, HR_PLAN_FORMAT },
  { "version", HR_FIELD_INTEGER, HR_FIELD_REQUIRED, OFFSET (version), 0, 0, HR_PLAN_VERSION },
  { "name", HR_FIELD_STRING, 0, OFFSET (name), 0, 0, 0, "" },
  { "start", HR_FIELD_MONTH, HR_FIELD_REQUIRED, OFFSET (start), 0, 0, 2027 * 12 },
  { "months", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (months), 1, HR_MAX_MONTHS, 12 },
  { "currency", HR_FIELD_STRING, 0, OFFSET (currency), 0, 0, 0, "USD" },
};

G_DEFINE_QUARK (hr-plan-error-quark, hr_plan_error)

static GListStore **
plan_lists (HrPlan *self,
            guint   i)
{
  GListStore **lists[] = { &self->roles, &self->segments, &self->moments, &self->hires, &self->scenarios,
                           &self->people, &self->accounts, &self->effort_rules };
  return lists[i];
}

static GType
list_item_type (guint i)
{
  GType types[] = { HR_TYPE_ROLE, HR_TYPE_SEGMENT, HR_TYPE_MOMENT, HR_TYPE_HIRE, HR_TYPE_SCENARIO,
                    HR_TYPE_PERSON, HR_TYPE_ACCOUNT, HR_TYPE_EFFORT_RULE };
  return types[i];
}

const char *
hr_plan_list_name (HrPlanList which)
{
  g_return_val_if_fail (which < HR_PLAN_N_LISTS, NULL);
  return list_names[which];
}

/* The portfolio's lists name items by the CRM's account ids too, and
 * count from 1 (spec §5) */
static char *
list_path (HrPlanList  which,
           const char *id,
           guint       index)
{
  const char *array = list_names[which];

  if (which >= HR_PLAN_PEOPLE)
    {
      if (id && (hr_id_is_valid (id) ||
                 (which == HR_PLAN_ACCOUNTS && *id && g_utf8_strlen (id, -1) <= HR_ACCOUNT_ID_MAX)))
        return g_strdup_printf ("%s[%s]", array, id);
      return g_strdup_printf ("%s[%u]", array, index + 1);
    }
  if (id && hr_id_is_valid (id))
    return g_strdup_printf ("%s[%s]", array, id);
  return g_strdup_printf ("%s[%u]", array, index);
}

char *
hr_plan_list_dup_path (HrPlanList  which,
                       HrItem     *item,
                       guint       index)
{
  g_return_val_if_fail (which < HR_PLAN_N_LISTS, NULL);
  return list_path (which, hr_item_get_id (item), index);
}

/* --- edits --- */

static void
forget_ids (HrPlan *self,
            guint   which)
{
  g_clear_pointer (&self->ids[which], g_hash_table_unref);
}

static void
item_changed_cb (HrPlan *self,
                 HrItem *item)
{
  /* any edit may be a new id */
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    forget_ids (self, i);
  hr_item_emit_changed (HR_ITEM (self));
}

/* settings edited in the app are saved with the plan */
static void
portfolio_changed_cb (HrPlan *self)
{
  self->portfolio_present = TRUE;
  hr_item_emit_changed (HR_ITEM (self));
}

void
hr_plan_track_item (HrPlan *self,
                    HrItem *item)
{
  g_signal_connect_object (item, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
list_items_changed_cb (HrPlan     *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *list)
{
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    if (G_LIST_MODEL (*plan_lists (self, i)) == list)
      forget_ids (self, i);
  if (self->detached)
    return;
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (list, i);
      g_signal_handlers_disconnect_by_func (item, item_changed_cb, self);
      hr_plan_track_item (self, item);
    }
  hr_item_emit_changed (HR_ITEM (self));
}

/* --- loading --- */

static gboolean
hr_plan_is_extra_key (const char *key)
{
  return g_strv_contains ((const char * const *) list_names, key) || g_str_equal (key, "portfolio") ||
         g_str_equal (key, "calibration") || g_str_equal (key, "uncertainty");
}

static gboolean
load_list (HrPlan      *self,
           JsonObject  *object,
           guint        which,
           GPtrArray   *warnings,
           GError     **error)
{
  const char *array = list_names[which];
  JsonNode *node = json_object_get_member (object, array);
  GListStore *list = *plan_lists (self, which);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *elements;

  if (node == NULL)
    {
      if (which == 0)
        g_ptr_array_add (items, hr_role_new ("csm"));
      g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                           items->pdata, items->len);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      /* Translators: the first and second %s are the key, e.g. "segments" */
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a list in [ ], as in \"%s\": [ … ], got %s"), array, array,
                   JSON_NODE_HOLDS_OBJECT (node) ? _("an object") : _("a single value"));
      return FALSE;
    }
  elements = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonNode *element = json_array_get_element (elements, i);
      /* built, read and freed while it is in the cache */
      g_autoptr(JsonNode) built = self->deferred ? hr_json_deferred_build (self->deferred, element) : NULL;
      g_autoptr(HrItem) item = g_object_new (list_item_type (which), NULL);
      g_autofree char *path = NULL;
      JsonNode *id = NULL;

      if (built)
        element = built;

      /* name the item by its id in messages when it has a usable one */
      if (JSON_NODE_HOLDS_OBJECT (element))
        id = json_object_get_member (json_node_get_object (element), "id");
      path = list_path (which, hr_node_is_string (id) ? json_node_get_string (id) : NULL, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s: must be an object in { }, got %s"), path,
                       JSON_NODE_HOLDS_ARRAY (element) ? _("a list") : _("a single value"));
          return FALSE;
        }
      if (!hr_item_load (item, json_node_get_object (element), path, warnings, error))
        return FALSE;
      g_ptr_array_add (items, g_steal_pointer (&item));
    }
  if (which == 0 && items->len == 0)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("roles: must have at least one role, got []"));
      return FALSE;
    }
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
  return hr_plan_check_unique (G_LIST_MODEL (list), array, error);
}

static gboolean
hr_plan_load_extra (HrItem      *item,
                    JsonObject  *object,
                    const char  *path,
                    GPtrArray   *warnings,
                    GError     **error)
{
  HrPlan *self = HR_PLAN (item);
  JsonNode *portfolio = json_object_get_member (object, "portfolio");
  JsonNode *calibration = json_object_get_member (object, "calibration");
  g_autoptr(JsonObject) defaults = json_object_new ();

  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    if (!load_list (self, object, i, warnings, error))
      return FALSE;
  self->portfolio_present = portfolio != NULL;
  if (portfolio && !JSON_NODE_HOLDS_OBJECT (portfolio))
    return hr_plan_fail (error, _("portfolio: must be an object of settings such as {\"window\": 3}, got %s"),
                         JSON_NODE_HOLDS_ARRAY (portfolio) ? _("a list") : _("a single value"));
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);
  if (calibration && !(self->time_mapping = hr_time_mapping_new_from_json (calibration, "calibration",
                                                                           warnings, error)))
    return FALSE;
  if (!hr_item_load (HR_ITEM (self->portfolio),
                     portfolio ? json_node_get_object (portfolio) : defaults,
                     "portfolio", warnings, error))
    return FALSE;
  return hr_plan_load_uncertainty (self, object, warnings, error);
}

static gboolean
check_format (JsonObject  *root,
              GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), HR_PLAN_FORMAT) != 0)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("format: must be \"%s\"; this is not a Headroom plan"), HR_PLAN_FORMAT);
      return FALSE;
    }
  if (version && JSON_NODE_HOLDS_VALUE (version) &&
      (json_node_get_value_type (version) == G_TYPE_INT64 ||
       json_node_get_value_type (version) == G_TYPE_DOUBLE) &&
      json_node_get_double (version) > HR_PLAN_VERSION)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_VERSION,
                   _("version: %g was made by a newer Headroom; this one reads version %d"),
                   json_node_get_double (version), HR_PLAN_VERSION);
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) == G_TYPE_STRING ||
      json_node_get_double (version) != HR_PLAN_VERSION)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("version: must be %d"), HR_PLAN_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* Every scenario of a valid plan makes a valid plan (each is applied and
 * checked once) */
static gboolean
check_scenarios (HrPlan  *self,
                 GError **error)
{
  GListModel *scenarios = hr_plan_get_scenarios (self);

  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      g_autoptr(HrPlan) applied = hr_plan_apply_scenario_to_valid (self, scenario->id, error);

      if (applied == NULL)
        return FALSE;
    }
  return TRUE;
}

HrPlan *
hr_plan_load_json (JsonNode        *root,
                   HrJsonDeferred  *deferred,
                   const char      *display_name,
                   gboolean         with_scenarios,
                   GPtrArray       *warnings,
                   GError         **error)
{
  g_autoptr(HrPlan) self = hr_plan_new ();
  g_autoptr(GPtrArray) local_warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  gboolean loaded;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a JSON object with \"format\": \"%s\""),
                   display_name, HR_PLAN_FORMAT);
      return NULL;
    }
  object = json_node_get_object (root);

  self->deferred = deferred;
  loaded = check_format (object, &local_error) &&
           hr_item_load (HR_ITEM (self), object, "", local_warnings, &local_error);
  self->deferred = NULL;
  if (!loaded || !hr_plan_check_rules (self, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  if (with_scenarios && (!check_scenarios (self, &local_error) ||
                         !hr_plan_check_uncertainty (self, &local_error)))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  if (warnings)
    for (guint i = 0; i < local_warnings->len; i++)
      g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", display_name,
                                                  (char *) local_warnings->pdata[i]));
  return g_steal_pointer (&self);
}

HrPlan *
hr_plan_load_data (const char  *data,
                   gssize       length,
                   const char  *display_name,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_autoptr(HrJsonDeferred) deferred = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (length < 0)
    length = strlen (data);
  root = hr_json_parse_deferred (data, length, display_name, HR_MAX_DEPTH, list_names, &deferred, error);
  if (root == NULL)
    return NULL;
  return hr_plan_load_json (root, deferred, display_name, TRUE, warnings, error);
}

HrPlan *
hr_plan_load_file (GFile       *file,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length;

  /* a plan is a few hundred kilobytes; refuse to read gigabytes */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info && g_file_info_get_size (info) > HR_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, g_file_info_get_size (info));
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO,
                   _("%s: the file has %s bytes; a plan has at most %d MB"),
                   display_name, size, HR_MAX_FILE_SIZE >> 20);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return hr_plan_load_data (data, length, display_name, warnings, error);
}

/* --- saving --- */

JsonNode *
hr_plan_to_json (HrPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  hr_item_save (HR_ITEM (self), builder);
  return json_builder_get_root (builder);
}

static void
hr_plan_save_extra (HrItem      *item,
                    JsonBuilder *builder)
{
  HrPlan *self = HR_PLAN (item);

  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      GListModel *list = G_LIST_MODEL (*plan_lists (self, i));

      if (i >= HR_PLAN_PEOPLE && g_list_model_get_n_items (list) == 0)
        continue;
      json_builder_set_member_name (builder, list_names[i]);
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(HrItem) child = g_list_model_get_item (list, j);
          hr_item_save_with_work_role (child, builder, self->work_role_id);
        }
      json_builder_end_array (builder);
    }
  hr_plan_save_uncertainty (self, builder);
  if (self->portfolio_present ||
      g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->accounts)) > 0)
    {
      json_builder_set_member_name (builder, "portfolio");
      hr_item_save (HR_ITEM (self->portfolio), builder);
    }
  if (self->time_mapping)
    {
      json_builder_set_member_name (builder, "calibration");
      json_builder_add_value (builder, hr_time_mapping_to_json (self->time_mapping));
    }
}

char *
hr_plan_to_data (HrPlan *self,
                 gsize  *length)
{
  g_autoptr(JsonNode) root = hr_plan_to_json (self);

  return hr_json_to_string (root, length);
}

/* The plan-level settings of the portfolio, into @copy's own */
static void
copy_portfolio (HrPlan *self,
                HrPlan *copy)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self->portfolio);

  for (guint i = 0; i < klass->n_fields; i++)
    hr_item_copy_field (HR_ITEM (self->portfolio), HR_ITEM (copy->portfolio), &klass->fields[i]);
  copy->portfolio_present = self->portfolio_present;
}

static void
hr_plan_copy_extra (HrItem *item,
                    HrItem *copy_item)
{
  HrPlan *self = HR_PLAN (item);
  HrPlan *copy = HR_PLAN (copy_item);

  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      GListModel *from = G_LIST_MODEL (*plan_lists (self, i));
      guint n = g_list_model_get_n_items (from);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(HrItem) child = g_list_model_get_item (from, j);
          g_ptr_array_add (items, hr_item_copy (child));
        }
      g_list_store_splice (*plan_lists (copy, i), 0,
                           g_list_model_get_n_items (G_LIST_MODEL (*plan_lists (copy, i))),
                           items->pdata, items->len);
    }
  copy->work_role_id = g_strdup (self->work_role_id);
  hr_plan_copy_uncertainty (self, copy, FALSE);
  copy_portfolio (self, copy);
  if (self->time_mapping)
    copy->time_mapping = hr_time_mapping_copy (self->time_mapping);
}

HrPlan *
hr_plan_copy (HrPlan *self)
{
  HrPlan *copy;

  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  copy = HR_PLAN (hr_item_copy (HR_ITEM (self)));
  return copy;
}

HrPlan *
hr_plan_new_detached (HrPlan *self)
{
  HrPlan *plan = g_object_new (HR_TYPE_PLAN, NULL);
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrRole *work_role = hr_plan_get_work_role (self);

  plan->detached = TRUE;
  for (guint i = 0; i < klass->n_fields; i++)
    hr_item_copy_field (HR_ITEM (self), HR_ITEM (plan), &klass->fields[i]);
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      GListModel *from = G_LIST_MODEL (*plan_lists (self, i));
      guint n = g_list_model_get_n_items (from);
      g_autoptr(GPtrArray) items = NULL;

      if (i == HR_PLAN_SCENARIOS)
        continue;
      items = g_ptr_array_new_full (n, g_object_unref);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (items, g_list_model_get_item (from, j));
      g_list_store_splice (*plan_lists (plan, i), 0, 0, items->pdata, items->len);
    }
  plan->work_role_id = g_strdup (work_role ? work_role->data.id : NULL);
  hr_plan_copy_uncertainty (self, plan, TRUE);
  /* people, accounts and rules are shared above; the settings are copied */
  copy_portfolio (self, plan);
  return plan;
}

void
hr_plan_replace_item (HrPlan     *self,
                      HrPlanList  which,
                      guint       position,
                      HrItem     *item)
{
  g_list_store_splice (*plan_lists (self, which), position, 1, (gpointer *) &item, 1);
}

GListModel *
hr_plan_get_list (HrPlan     *self,
                  HrPlanList  which)
{
  return G_LIST_MODEL (*plan_lists (self, which));
}

void
hr_plan_forget_ids (HrPlan     *self,
                    HrPlanList  which)
{
  forget_ids (self, which);
}

const char *
hr_plan_get_work_role_id (HrPlan *self)
{
  return self->work_role_id;
}

void
hr_plan_set_work_role_id (HrPlan     *self,
                          const char *role_id)
{
  g_free (self->work_role_id);
  self->work_role_id = g_strdup (role_id);
}

static GListStore *
store_of (HrPlan *self,
          HrItem *item)
{
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    if (G_OBJECT_TYPE (item) == list_item_type (i))
      return *plan_lists (self, i);
  g_return_val_if_reached (NULL);
}

void
hr_plan_insert_item (HrPlan *self,
                     HrItem *item,
                     int     position)
{
  GListStore *store = store_of (self, item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (store != NULL);
  g_list_store_insert (store, position < 0 ? n : MIN ((guint) position, n), item);
}

void
hr_plan_remove_item (HrPlan *self,
                     HrItem *item)
{
  GListStore *store = store_of (self, item);
  guint position;

  g_return_if_fail (store != NULL);
  if (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

void
hr_plan_move_item (HrPlan *self,
                   HrItem *item,
                   guint   position)
{
  GListStore *store = store_of (self, item);
  g_autoptr(HrItem) keep = g_object_ref (item);
  guint from;

  g_return_if_fail (store != NULL);
  if (!g_list_store_find (store, item, &from) || from == position)
    return;
  g_list_store_remove (store, from);
  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))), keep);
}

static void
assign_fields (HrItem *self,
               HrItem *other)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (klass->fields[i].name), "_", '-');
      GValue value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (other), name, &value);
      g_object_set_property (G_OBJECT (self), name, &value);
      g_value_unset (&value);
    }
}

void
hr_plan_assign (HrPlan *self,
                HrPlan *other)
{
  g_return_if_fail (HR_IS_PLAN (self) && HR_IS_PLAN (other));

  g_object_freeze_notify (G_OBJECT (self));
  assign_fields (HR_ITEM (self), HR_ITEM (other));
  assign_fields (HR_ITEM (self->portfolio), HR_ITEM (other->portfolio));
  self->portfolio_present = other->portfolio_present;
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);
  if (other->time_mapping)
    self->time_mapping = hr_time_mapping_copy (other->time_mapping);
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      GListModel *from = G_LIST_MODEL (*plan_lists (other, i));
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < g_list_model_get_n_items (from); j++)
        g_ptr_array_add (items, g_list_model_get_item (from, j));
      g_list_store_splice (*plan_lists (self, i), 0,
                           g_list_model_get_n_items (G_LIST_MODEL (*plan_lists (self, i))),
                           items->pdata, items->len);
    }
  hr_plan_set_uncertainty (self, hr_plan_get_uncertainty (other));
  g_object_thaw_notify (G_OBJECT (self));
}

HrPlan *
hr_plan_promote_scenario (HrPlan      *self,
                          const char  *scenario_id,
                          GError     **error)
{
  g_autoptr(HrPlan) applied = hr_plan_apply_scenario (self, scenario_id, error);
  GListModel *scenarios = hr_plan_get_scenarios (self);

  if (applied == NULL)
    return NULL;
  /* a baseline of its own: its defaulted references say whom they meant */
  hr_plan_fill_work_role (applied);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      g_autoptr(HrItem) copy = NULL;

      if (g_strcmp0 (hr_item_get_id (HR_ITEM (scenario)), scenario_id) == 0)
        continue;
      copy = hr_item_copy (HR_ITEM (scenario));
      g_list_store_append (G_LIST_STORE (hr_plan_get_scenarios (applied)), copy);
    }
  /* the other scenarios must still make valid plans on the new baseline */
  if (!hr_plan_validate (applied, error))
    return NULL;
  return g_steal_pointer (&applied);
}

gboolean
hr_plan_validate (HrPlan  *self,
                  GError **error)
{
  const char *name = hr_plan_get_name (self)[0] ? hr_plan_get_name (self) : "plan";
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HR_IS_PLAN (self), FALSE);

  if (!hr_plan_check (self, &local_error) || !check_scenarios (self, &local_error) ||
      !hr_plan_check_uncertainty (self, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return FALSE;
    }
  return TRUE;
}

GBytes *
hr_plan_get_sample_bytes (void)
{
  return g_resources_lookup_data ("/io/github/headroom/Headroom/sample.headroom",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

HrPlan *
hr_plan_new_sample (void)
{
  g_autoptr(GBytes) bytes = hr_plan_get_sample_bytes ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  HrPlan *plan = hr_plan_load_data (data, length, "sample.headroom", NULL, &error);

  if (plan == NULL)
    g_error ("The built-in sample plan is invalid: %s", error->message);
  return plan;
}

/* --- accessors --- */

const char *hr_plan_get_name (HrPlan *self) { return self->name ? self->name : ""; }
int hr_plan_get_start (HrPlan *self) { return self->start; }
guint hr_plan_get_months (HrPlan *self) { return self->months; }
const char *hr_plan_get_currency (HrPlan *self) { return self->currency; }
GListModel *hr_plan_get_roles (HrPlan *self) { return G_LIST_MODEL (self->roles); }
GListModel *hr_plan_get_segments (HrPlan *self) { return G_LIST_MODEL (self->segments); }
GListModel *hr_plan_get_moments (HrPlan *self) { return G_LIST_MODEL (self->moments); }
GListModel *hr_plan_get_hires (HrPlan *self) { return G_LIST_MODEL (self->hires); }
GListModel *hr_plan_get_scenarios (HrPlan *self) { return G_LIST_MODEL (self->scenarios); }

int
hr_plan_find_position (HrPlan     *self,
                       HrPlanList  which,
                       const char *id)
{
  GListModel *list = G_LIST_MODEL (*plan_lists (self, which));

  if (id == NULL)
    return -1;
  if (self->ids[which] == NULL)
    {
      guint n = g_list_model_get_n_items (list);

      /* the first of two items with one id wins, as a linear search would */
      self->ids[which] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = n; i > 0; i--)
        {
          g_autoptr(HrItem) item = g_list_model_get_item (list, i - 1);
          const char *item_id = hr_item_get_id (item);

          if (item_id)
            g_hash_table_replace (self->ids[which], g_strdup (item_id), GUINT_TO_POINTER (i));
        }
    }
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->ids[which], id)) - 1;
}

static gpointer
find_by_id (HrPlan     *self,
            HrPlanList  which,
            const char *id)
{
  int position = hr_plan_find_position (self, which, id);
  HrItem *item;

  if (position < 0)
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (*plan_lists (self, which)), position);
  g_object_unref (item); /* the list keeps it alive */
  return item;
}

HrRole *hr_plan_find_role (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_ROLES, id); }
HrSegment *hr_plan_find_segment (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_SEGMENTS, id); }
HrMoment *hr_plan_find_moment (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_MOMENTS, id); }
HrScenario *hr_plan_find_scenario (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_SCENARIOS, id); }
HrPerson *hr_plan_find_person (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_PEOPLE, id); }
HrAccount *hr_plan_find_account (HrPlan *self, const char *id) { return find_by_id (self, HR_PLAN_ACCOUNTS, id); }
GListModel *hr_plan_get_people (HrPlan *self) { return G_LIST_MODEL (self->people); }
GListModel *hr_plan_get_accounts (HrPlan *self) { return G_LIST_MODEL (self->accounts); }
GListModel *hr_plan_get_effort_rules (HrPlan *self) { return G_LIST_MODEL (self->effort_rules); }
HrPortfolio *hr_plan_get_portfolio (HrPlan *self) { return self->portfolio; }
const HrTimeMapping *hr_plan_get_time_mapping (HrPlan *self) { return self->time_mapping; }

void
hr_plan_set_time_mapping (HrPlan              *self,
                          const HrTimeMapping *mapping)
{
  g_return_if_fail (HR_IS_PLAN (self));

  if (hr_time_mapping_equal (self->time_mapping, mapping))
    return;
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);
  if (mapping)
    self->time_mapping = hr_time_mapping_copy (mapping);
  hr_item_emit_changed (HR_ITEM (self));
}

HrRole *
hr_plan_get_portfolio_role (HrPlan *self)
{
  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  if (self->portfolio->data.role)
    return hr_plan_find_role (self, self->portfolio->data.role);
  return hr_plan_get_work_role (self);
}

HrRole *
hr_plan_get_work_role (HrPlan *self)
{
  /* a scenario's plan keeps the baseline's, whatever its changes did */
  if (self->work_role_id)
    return hr_plan_find_role (self, self->work_role_id);
  return hr_plan_get_first_work_role (self);
}

HrRole *
hr_plan_get_first_work_role (HrPlan *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->roles)); i++)
    {
      HrRole *role = g_list_model_get_item (G_LIST_MODEL (self->roles), i);
      g_object_unref (role);
      if (!hr_role_is_manager (role))
        return role;
    }
  return NULL;
}

/* --- GObject --- */

static void
hr_plan_finalize (GObject *object)
{
  HrPlan *self = HR_PLAN (object);

  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      g_clear_object (plan_lists (self, i));
      forget_ids (self, i);
    }
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);
  g_clear_pointer (&self->work_role_id, g_free);

  G_OBJECT_CLASS (hr_plan_parent_class)->finalize (object);
}

static void
hr_plan_class_init (HrPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  object_class->finalize = hr_plan_finalize;
  item_class->load_extra = hr_plan_load_extra;
  item_class->save_extra = hr_plan_save_extra;
  item_class->is_extra_key = hr_plan_is_extra_key;
  item_class->copy_extra = hr_plan_copy_extra;
  hr_item_class_install_fields (item_class, "plan", plan_fields, G_N_ELEMENTS (plan_fields));
}

static void
hr_plan_init (HrPlan *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  for (guint i = 0; i < HR_PLAN_N_LISTS; i++)
    {
      *plan_lists (self, i) = g_list_store_new (list_item_type (i));
      g_signal_connect_object (*plan_lists (self, i), "items-changed",
                               G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->portfolio = g_object_new (HR_TYPE_PORTFOLIO, NULL);
  g_signal_connect_object (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

HrPlan *
hr_plan_new (void)
{
  return g_object_new (HR_TYPE_PLAN, NULL);
}

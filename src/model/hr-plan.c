/* hr-plan.c: the plan and its item lists */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-json.h"
#include "hr-plan-private.h"
#include "hr-portfolio-private.h"
#include "hr-time-mapping.h"

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

static const char * const list_names[] = {
  "roles", "segments", "moments", "hires", "scenarios", "people", "accounts", "effort_rules", NULL
};

/* Lists from here on are the portfolio's (spec §5): saved only when not
 * empty, so that a plan without them reads and writes as before */
#define FIRST_PORTFOLIO_LIST 5
#define N_LISTS (G_N_ELEMENTS (list_names) - 1)

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

/* --- edits --- */

static void
item_changed_cb (HrPlan *self)
{
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
         g_str_equal (key, "calibration");
}

/* How messages name an element of a list while it loads: by id where it
 * has a usable one */
static char *
element_path (guint       which,
              JsonNode   *element,
              guint       i)
{
  const char *array = list_names[which];
  JsonNode *id = NULL;
  const char *text = NULL;

  if (JSON_NODE_HOLDS_OBJECT (element))
    id = json_object_get_member (json_node_get_object (element), "id");
  if (id && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
    text = json_node_get_string (id);
  if (which >= FIRST_PORTFOLIO_LIST)
    {
      /* account ids are the CRM's; items without an id count from 1 */
      if (text && (hr_id_is_valid (text) ||
                   (list_item_type (which) == HR_TYPE_ACCOUNT && *text &&
                    g_utf8_strlen (text, -1) <= HR_ACCOUNT_ID_MAX)))
        return g_strdup_printf ("%s[%s]", array, text);
      return g_strdup_printf ("%s[%u]", array, i + 1);
    }
  if (text && hr_id_is_valid (text))
    return g_strdup_printf ("%s[%s]", array, text);
  return g_strdup_printf ("%s[%u]", array, i);
}

static gboolean
check_unique (GListStore  *list,
              const char  *array,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *id = hr_item_get_id (item);

      if (id == NULL)
        continue;
      if (!g_hash_table_add (seen, (char *) id))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s[%u].id: \"%s\" is used twice; ids must be unique within %s"),
                       array, i, id, array);
          return FALSE;
        }
    }
  return TRUE;
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
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a list of %s"), array, HR_ITEM_CLASS (g_type_class_peek (list_item_type (which)))->kind);
      return FALSE;
    }
  elements = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonNode *element = json_array_get_element (elements, i);
      g_autoptr(HrItem) item = g_object_new (list_item_type (which), NULL);
      g_autofree char *path = element_path (which, element, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s: must be an object"), path);
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
  return check_unique (list, array, error);
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

  for (guint i = 0; i < N_LISTS; i++)
    if (!load_list (self, object, i, warnings, error))
      return FALSE;
  self->portfolio_present = portfolio != NULL;
  if (portfolio && !JSON_NODE_HOLDS_OBJECT (portfolio))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("portfolio: must be an object of settings such as {\"window\": 3}"));
      return FALSE;
    }
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);
  if (calibration && !(self->time_mapping = hr_time_mapping_new_from_json (calibration, "calibration",
                                                                           warnings, error)))
    return FALSE;
  return hr_item_load (HR_ITEM (self->portfolio),
                       portfolio ? json_node_get_object (portfolio) : defaults,
                       "portfolio", warnings, error);
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

HrPlan *
hr_plan_load_json (JsonNode    *root,
                   const char  *display_name,
                   gboolean     with_scenarios,
                   GPtrArray   *warnings,
                   GError     **error)
{
  g_autoptr(HrPlan) self = hr_plan_new ();
  g_autoptr(GPtrArray) local_warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a JSON object with \"format\": \"%s\""),
                   display_name, HR_PLAN_FORMAT);
      return NULL;
    }
  object = json_node_get_object (root);

  if (!check_format (object, &local_error) ||
      !hr_item_load (HR_ITEM (self), object, "", local_warnings, &local_error) ||
      !hr_plan_check_rules (self, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  if (with_scenarios)
    for (guint i = 0; i < g_list_model_get_n_items (hr_plan_get_scenarios (self)); i++)
      {
        g_autoptr(HrScenario) scenario = g_list_model_get_item (hr_plan_get_scenarios (self), i);
        g_autoptr(HrPlan) applied = hr_plan_apply_scenario (self, scenario->id, &local_error);

        if (applied == NULL)
          {
            g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
            return NULL;
          }
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
  g_autoptr(JsonNode) root = NULL;

  if (length < 0)
    length = strlen (data);
  root = hr_json_parse (data, length, display_name, HR_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;
  return hr_plan_load_json (root, display_name, TRUE, warnings, error);
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

  for (guint i = 0; i < N_LISTS; i++)
    {
      GListModel *list = G_LIST_MODEL (*plan_lists (self, i));

      if (i >= FIRST_PORTFOLIO_LIST && g_list_model_get_n_items (list) == 0)
        continue;
      json_builder_set_member_name (builder, list_names[i]);
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(HrItem) child = g_list_model_get_item (list, j);
          hr_item_save (child, builder);
        }
      json_builder_end_array (builder);
    }
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

gboolean
hr_plan_save_file (HrPlan  *self,
                   GFile   *file,
                   GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (HR_IS_PLAN (self), FALSE);

  /* never write a file that would not open again */
  if (!hr_plan_validate (self, &local_error))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: not saved, the plan breaks a rule: %s"), display_name, local_error->message);
      return FALSE;
    }
  data = hr_plan_to_data (self, &length);
  /* g_file_replace writes a temporary file and renames it over the old
   * one, keeping the old one as FILE~ */
  if (!g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO,
                   _("%s: could not save: %s"), display_name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

HrPlan *
hr_plan_copy (HrPlan *self)
{
  g_autoptr(JsonNode) root = hr_plan_to_json (self);
  g_autoptr(GError) error = NULL;
  HrPlan *copy = hr_plan_load_json (root, "copy", FALSE, NULL, &error);

  /* only a plan that breaks a rule (an edit in progress) has no copy */
  if (copy == NULL)
    g_debug ("Cannot copy the plan: %s", error->message);
  return copy;
}

static GListStore *
store_of (HrPlan *self,
          HrItem *item)
{
  for (guint i = 0; i < N_LISTS; i++)
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
  for (guint i = 0; i < N_LISTS; i++)
    {
      GListModel *from = G_LIST_MODEL (*plan_lists (other, i));
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < g_list_model_get_n_items (from); j++)
        g_ptr_array_add (items, g_list_model_get_item (from, j));
      g_list_store_splice (*plan_lists (self, i), 0,
                           g_list_model_get_n_items (G_LIST_MODEL (*plan_lists (self, i))),
                           items->pdata, items->len);
    }
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
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      g_autoptr(HrScenario) copy = NULL;
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      if (g_strcmp0 (hr_item_get_id (HR_ITEM (scenario)), scenario_id) == 0)
        continue;
      hr_item_save (HR_ITEM (scenario), builder);
      node = json_builder_get_root (builder);
      copy = g_object_new (HR_TYPE_SCENARIO, NULL);
      hr_item_load (HR_ITEM (copy), json_node_get_object (node), "scenario", NULL, NULL);
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
  g_autoptr(JsonNode) root = hr_plan_to_json (self);
  g_autoptr(HrPlan) copy = hr_plan_load_json (root, hr_plan_get_name (self)[0] ? hr_plan_get_name (self) : "plan",
                                              TRUE, NULL, error);
  return copy != NULL;
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

static gpointer
find_by_id (GListStore *list,
            const char *id)
{
  for (guint i = 0; id && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      HrItem *item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_object_unref (item); /* the list keeps it alive */
      if (g_strcmp0 (hr_item_get_id (item), id) == 0)
        return item;
    }
  return NULL;
}

GListModel *hr_plan_get_people (HrPlan *self) { return G_LIST_MODEL (self->people); }
GListModel *hr_plan_get_accounts (HrPlan *self) { return G_LIST_MODEL (self->accounts); }
GListModel *hr_plan_get_effort_rules (HrPlan *self) { return G_LIST_MODEL (self->effort_rules); }
HrPortfolio *hr_plan_get_portfolio (HrPlan *self) { return self->portfolio; }
HrPerson *hr_plan_find_person (HrPlan *self, const char *id) { return find_by_id (self->people, id); }
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
HrAccount *hr_plan_find_account (HrPlan *self, const char *id) { return find_by_id (self->accounts, id); }

HrRole *
hr_plan_get_portfolio_role (HrPlan *self)
{
  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  if (self->portfolio->role)
    return hr_plan_find_role (self, self->portfolio->role);
  return hr_plan_get_work_role (self);
}

HrRole *hr_plan_find_role (HrPlan *self, const char *id) { return find_by_id (self->roles, id); }
HrSegment *hr_plan_find_segment (HrPlan *self, const char *id) { return find_by_id (self->segments, id); }
HrMoment *hr_plan_find_moment (HrPlan *self, const char *id) { return find_by_id (self->moments, id); }
HrScenario *hr_plan_find_scenario (HrPlan *self, const char *id) { return find_by_id (self->scenarios, id); }

HrRole *
hr_plan_get_work_role (HrPlan *self)
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

  for (guint i = 0; i < N_LISTS; i++)
    g_clear_object (plan_lists (self, i));
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->time_mapping, hr_time_mapping_free);

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
  hr_item_class_install_fields (item_class, "plan", plan_fields, G_N_ELEMENTS (plan_fields));
}

static void
hr_plan_init (HrPlan *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  for (guint i = 0; i < N_LISTS; i++)
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

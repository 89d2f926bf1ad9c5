/* hr-time-mapping.c: the remembered mapping of time log imports */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-json.h"
#include "hr-plan.h"
#include "hr-portfolio.h"
#include "hr-time-import-private.h"
#include "hr-time-log.h"
#include "hr-time-mapping.h"

#define N_MAPS 3           /* person, account, activity */
#define MAX_MIN_OCCURRENCES 10000

typedef struct {
  char *value;    /* as first mapped */
  char *target;   /* NULL: no account / not counted */
} Pair;

struct _HrTimeMapping
{
  guint       min_occurrences;
  char      **columns[HR_TIME_N_FIELDS];
  GPtrArray  *pairs[N_MAPS];   /* Pair */
  GHashTable *index[N_MAPS];   /* folded value → Pair */
  JsonObject *unknown;         /* keys this version does not know, kept */
};

static const char * const field_names[HR_TIME_N_FIELDS] = {
  "date", "person", "account", "activity", "hours",
};

static const char * const map_names[N_MAPS] = { "people", "accounts", "activities" };

static void
pair_free (gpointer data)
{
  Pair *pair = data;

  g_free (pair->value);
  g_free (pair->target);
  g_free (pair);
}

static int
map_of (HrTimeField field)
{
  g_return_val_if_fail (field == HR_TIME_PERSON || field == HR_TIME_ACCOUNT || field == HR_TIME_ACTIVITY, -1);
  return field - HR_TIME_PERSON;
}

const char *
hr_time_field_to_string (HrTimeField field)
{
  g_return_val_if_fail (field < HR_TIME_N_FIELDS, NULL);
  return field_names[field];
}

HrTimeMapping *
hr_time_mapping_new (void)
{
  HrTimeMapping *self = g_new0 (HrTimeMapping, 1);

  for (guint m = 0; m < N_MAPS; m++)
    {
      self->pairs[m] = g_ptr_array_new_with_free_func (pair_free);
      self->index[m] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  return self;
}

void
hr_time_mapping_free (HrTimeMapping *self)
{
  if (self == NULL)
    return;
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    g_strfreev (self->columns[f]);
  for (guint m = 0; m < N_MAPS; m++)
    {
      g_hash_table_unref (self->index[m]);
      g_ptr_array_unref (self->pairs[m]);
    }
  g_clear_pointer (&self->unknown, json_object_unref);
  g_free (self);
}

HrTimeMapping *
hr_time_mapping_copy (const HrTimeMapping *self)
{
  HrTimeMapping *copy = hr_time_mapping_new ();

  g_return_val_if_fail (self != NULL, copy);

  copy->min_occurrences = self->min_occurrences;
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    copy->columns[f] = g_strdupv (self->columns[f]);
  for (guint m = 0; m < N_MAPS; m++)
    for (guint i = 0; i < self->pairs[m]->len; i++)
      {
        Pair *pair = g_ptr_array_index (self->pairs[m], i);
        hr_time_mapping_set_value (copy, HR_TIME_PERSON + m, pair->value, pair->target);
      }
  if (self->unknown)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) deep = NULL;

      /* json_node_copy is shallow for objects: go through text */
      json_node_set_object (node, self->unknown);
      deep = hr_json_from_text (hr_json_to_string (node, NULL));
      copy->unknown = json_object_ref (json_node_get_object (deep));
    }
  return copy;
}

gboolean
hr_time_mapping_equal (const HrTimeMapping *a,
                       const HrTimeMapping *b)
{
  g_autoptr(JsonNode) x = NULL;
  g_autoptr(JsonNode) y = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  x = hr_time_mapping_to_json (a);
  y = hr_time_mapping_to_json (b);
  return json_node_equal (x, y);
}

const char * const *
hr_time_mapping_get_columns (const HrTimeMapping *self,
                             HrTimeField          field)
{
  g_return_val_if_fail (field < HR_TIME_N_FIELDS, NULL);
  return (const char * const *) self->columns[field];
}

void
hr_time_mapping_set_columns (HrTimeMapping      *self,
                             HrTimeField         field,
                             const char * const *headers)
{
  g_return_if_fail (field < HR_TIME_N_FIELDS);

  g_strfreev (self->columns[field]);
  self->columns[field] = headers && headers[0] ? g_strdupv ((char **) headers) : NULL;
}

gboolean
hr_time_mapping_lookup (const HrTimeMapping *self,
                        HrTimeField          field,
                        const char          *value,
                        const char         **target)
{
  int m = map_of (field);
  g_autofree char *key = NULL;
  Pair *pair;

  if (m < 0 || self == NULL)
    return FALSE;
  key = hr_time_fold (value);
  pair = g_hash_table_lookup (self->index[m], key);
  if (pair == NULL)
    return FALSE;
  if (target)
    *target = pair->target;
  return TRUE;
}

void
hr_time_mapping_set_value (HrTimeMapping *self,
                           HrTimeField    field,
                           const char    *value,
                           const char    *target)
{
  int m = map_of (field);
  char *key;
  Pair *pair;

  if (m < 0)
    return;
  key = hr_time_fold (value);
  pair = g_hash_table_lookup (self->index[m], key);
  if (pair)
    {
      g_free (key);
      g_free (pair->target);
      pair->target = g_strdup (target);
      return;
    }
  pair = g_new0 (Pair, 1);
  pair->value = g_strstrip (g_strdup (value));
  pair->target = g_strdup (target);
  g_ptr_array_add (self->pairs[m], pair);
  g_hash_table_insert (self->index[m], key, pair);
}

void
hr_time_mapping_unset_value (HrTimeMapping *self,
                             HrTimeField    field,
                             const char    *value)
{
  int m = map_of (field);
  g_autofree char *key = NULL;
  Pair *pair;

  if (m < 0)
    return;
  key = hr_time_fold (value);
  pair = g_hash_table_lookup (self->index[m], key);
  if (pair == NULL)
    return;
  g_hash_table_remove (self->index[m], key);
  g_ptr_array_remove (self->pairs[m], pair);
}

guint
hr_time_mapping_get_n_values (const HrTimeMapping *self,
                              HrTimeField          field)
{
  int m = map_of (field);

  return m < 0 ? 0 : self->pairs[m]->len;
}

void
hr_time_mapping_get_value (const HrTimeMapping  *self,
                           HrTimeField           field,
                           guint                 i,
                           const char          **value,
                           const char          **target)
{
  int m = map_of (field);
  Pair *pair;

  g_return_if_fail (m >= 0 && i < self->pairs[m]->len);

  pair = g_ptr_array_index (self->pairs[m], i);
  if (value)
    *value = pair->value;
  if (target)
    *target = pair->target;
}

guint
hr_time_mapping_get_min_occurrences (const HrTimeMapping *self)
{
  return self ? self->min_occurrences : 0;
}

void
hr_time_mapping_set_min_occurrences (HrTimeMapping *self,
                                     guint          min_occurrences)
{
  self->min_occurrences = MIN (min_occurrences, MAX_MIN_OCCURRENCES);
}

/* --- the plan file's "calibration" object --- */

static char *
describe (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 37);
      return g_strconcat (start, "…", NULL);
    }
  return g_steal_pointer (&text);
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
fail (GError    **error,
      const char *path,
      const char *key,
      const char *expected,
      JsonNode   *node)
{
  g_autofree char *got = describe (node);

  /* Translators: e.g. calibration.columns.person: must be a header or a list of headers, got 3 */
  g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, _("%s.%s: %s, got %s"), path, key, expected, got);
  return FALSE;
}

static gboolean
load_columns (HrTimeMapping  *self,
              JsonNode       *node,
              const char     *path,
              GError        **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, "columns", _("must be an object such as {\"date\": \"Start date\"}"), node);
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      g_autofree char *key = g_strconcat ("columns.", (char *) l->data, NULL);
      g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      int field = -1;

      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        if (g_str_equal (l->data, field_names[f]))
          field = f;
      if (field < 0)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s.%s: not a column of a time log; expected date, person, account, activity or hours"),
                       path, key);
          return FALSE;
        }
      if (node_is_string (value))
        g_strv_builder_add (headers, json_node_get_string (value));
      else if (JSON_NODE_HOLDS_ARRAY (value) && json_array_get_length (json_node_get_array (value)) > 0)
        {
          JsonArray *array = json_node_get_array (value);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              if (!node_is_string (json_array_get_element (array, i)))
                return fail (error, path, key, _("must be a header or a list of headers"), value);
              g_strv_builder_add (headers, json_array_get_string_element (array, i));
            }
        }
      else
        return fail (error, path, key, _("must be a header or a list of headers"), value);
      list = g_strv_builder_end (headers);
      hr_time_mapping_set_columns (self, field, (const char * const *) list);
    }
  return TRUE;
}

static gboolean
target_is_valid (guint       m,
                 const char *target)
{
  if (m == 1)   /* accounts: the CRM's ids */
    return *target != '\0' && g_utf8_strlen (target, -1) <= HR_ACCOUNT_ID_MAX;
  return hr_id_is_valid (target);
}

static gboolean
load_values (HrTimeMapping  *self,
             guint           m,
             JsonNode       *node,
             const char     *path,
             GError        **error)
{
  static const char *expected[N_MAPS] = {
    N_("must be a person id"),
    N_("must be an account id or null (no account)"),
    N_("must be a moment id, reactive, indirect, unplanned, leave, or null (not counted)"),
  };
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, map_names[m], _("must be an object of values and what they stand for"), node);
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      g_autofree char *key = g_strdup_printf ("%s[\"%s\"]", map_names[m], (char *) l->data);
      gboolean null_allowed = m > 0;

      if (JSON_NODE_HOLDS_NULL (value) && null_allowed)
        hr_time_mapping_set_value (self, HR_TIME_PERSON + m, l->data, NULL);
      else if (node_is_string (value) && target_is_valid (m, json_node_get_string (value)))
        hr_time_mapping_set_value (self, HR_TIME_PERSON + m, l->data, json_node_get_string (value));
      else
        return fail (error, path, key, _(expected[m]), value);
    }
  return TRUE;
}

HrTimeMapping *
hr_time_mapping_new_from_json (JsonNode    *node,
                               const char  *path,
                               GPtrArray   *warnings,
                               GError     **error)
{
  g_autoptr(HrTimeMapping) self = hr_time_mapping_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *got = describe (node);
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be an object such as {\"min_occurrences\": 5}, got %s"), path, got);
      return NULL;
    }
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      JsonNode *value = json_object_get_member (object, key);
      gboolean known = FALSE;

      if (g_str_equal (key, "min_occurrences"))
        {
          double n = JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) != G_TYPE_STRING &&
                     json_node_get_value_type (value) != G_TYPE_BOOLEAN ? json_node_get_double (value) : NAN;
          g_autofree char *expected = g_strdup_printf (_("must be a whole number from 1 to %d"), MAX_MIN_OCCURRENCES);

          if (!(n >= 1 && n <= MAX_MIN_OCCURRENCES && n == floor (n)))
            {
              fail (error, path, key, expected, value);
              return NULL;
            }
          self->min_occurrences = (guint) n;
          continue;
        }
      if (g_str_equal (key, "columns"))
        {
          if (!load_columns (self, value, path, error))
            return NULL;
          continue;
        }
      for (guint m = 0; m < N_MAPS; m++)
        if (g_str_equal (key, map_names[m]))
          {
            if (!load_values (self, m, value, path, error))
              return NULL;
            known = TRUE;
          }
      if (known)
        continue;
      if (self->unknown == NULL)
        self->unknown = json_object_new ();
      json_object_set_member (self->unknown, key, json_node_copy (value));
      if (warnings)
        g_ptr_array_add (warnings, g_strdup_printf (_("%s: unknown key \"%s\" is kept but not used"), path, key));
    }
  return g_steal_pointer (&self);
}

JsonNode *
hr_time_mapping_to_json (const HrTimeMapping *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gboolean any_column = FALSE;

  json_builder_begin_object (builder);
  if (self->min_occurrences > 0)
    {
      json_builder_set_member_name (builder, "min_occurrences");
      json_builder_add_int_value (builder, self->min_occurrences);
    }
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    any_column |= self->columns[f] != NULL;
  if (any_column)
    {
      json_builder_set_member_name (builder, "columns");
      json_builder_begin_object (builder);
      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        {
          char **headers = self->columns[f];

          if (headers == NULL)
            continue;
          json_builder_set_member_name (builder, field_names[f]);
          if (headers[1] == NULL)
            json_builder_add_string_value (builder, headers[0]);
          else
            {
              json_builder_begin_array (builder);
              for (guint i = 0; headers[i]; i++)
                json_builder_add_string_value (builder, headers[i]);
              json_builder_end_array (builder);
            }
        }
      json_builder_end_object (builder);
    }
  for (guint m = 0; m < N_MAPS; m++)
    {
      if (self->pairs[m]->len == 0)
        continue;
      json_builder_set_member_name (builder, map_names[m]);
      json_builder_begin_object (builder);
      for (guint i = 0; i < self->pairs[m]->len; i++)
        {
          Pair *pair = g_ptr_array_index (self->pairs[m], i);

          json_builder_set_member_name (builder, pair->value);
          if (pair->target)
            json_builder_add_string_value (builder, pair->target);
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }
  if (self->unknown)
    {
      g_autoptr(GList) members = json_object_get_members (self->unknown);

      for (GList *l = members; l; l = l->next)
        {
          json_builder_set_member_name (builder, l->data);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (self->unknown, l->data)));
        }
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

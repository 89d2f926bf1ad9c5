/* hr-item-values.c: values a scenario writes into items, and checking
 * items changed in memory
 *
 * A scenario may leave a field broken on its way (only its end result
 * must be valid). A value of the right kind is stored as it is and
 * checked at the end; a value the field cannot hold (text for a number, an
 * unknown mode) is kept aside as "refused" until a later change replaces
 * it, and checking gives the message loading would give for it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-json.h"
#include "hr-plan-private.h"

static gboolean
node_fits (const HrField *field,
           JsonNode      *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return (field->flags & HR_FIELD_NULLABLE) != 0;

  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      return hr_node_is_string (node);
    case HR_FIELD_NUMBER:
      return hr_node_is_number (node);
    case HR_FIELD_INTEGER:
      {
        double value;
        if (!hr_node_is_number (node))
          return FALSE;
        value = json_node_get_double (node);
        return value == floor (value) && value >= 0 && value <= G_MAXINT;
      }
    case HR_FIELD_ENUM:
      return hr_node_is_string (node) && g_strv_contains (field->choices, json_node_get_string (node));
    case HR_FIELD_MONTH:
      {
        int month;
        return hr_node_is_string (node) && hr_month_parse (json_node_get_string (node), &month);
      }
    case HR_FIELD_BOOLEAN:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
    case HR_FIELD_NUMBER_LIST:
    case HR_FIELD_ID_LIST:
      {
        JsonArray *array;
        if (!JSON_NODE_HOLDS_ARRAY (node))
          return FALSE;
        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          if (field->type == HR_FIELD_NUMBER_LIST ? !hr_node_is_number (json_array_get_element (array, i))
                                                  : !hr_node_is_string (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    }
  g_assert_not_reached ();
}

void
hr_item_set_refused (HrItem     *self,
             const char *key,
             JsonNode   *node)
{
  HrItemValues *priv = hr_item_get_values (self);

  if (node == NULL)
    {
      if (priv->refused)
        json_object_remove_member (priv->refused, key);
      return;
    }
  if (priv->refused == NULL)
    priv->refused = json_object_new ();
  json_object_set_member (priv->refused, key, hr_json_node_copy_deep (node));
}

JsonNode *
hr_item_get_refused (HrItem     *self,
                     const char *key)
{
  HrItemValues *priv = hr_item_get_values (self);

  return priv->refused ? json_object_get_member (priv->refused, key) : NULL;
}

void
hr_item_set_field_node (HrItem        *self,
                        const HrField *field,
                        JsonNode      *node)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemValues *priv = hr_item_get_values (self);

  priv->missing &= ~(G_GUINT64_CONSTANT (1) << (field - klass->fields));
  if (node_fits (field, node))
    {
      hr_item_store_node (self, field, node);
      hr_item_set_refused (self, field->name, NULL);
    }
  else
    hr_item_set_refused (self, field->name, node);
}

gboolean
hr_item_field_is_null (HrItem        *self,
                       const HrField *field)
{
  JsonNode *refused = hr_item_get_refused (self, field->name);

  if (refused)
    return JSON_NODE_HOLDS_NULL (refused);
  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      return HR_ITEM_FIELD (self, field, char *) == NULL;
    case HR_FIELD_NUMBER:
      return isnan (HR_ITEM_FIELD (self, field, double));
    case HR_FIELD_INTEGER:
      return (field->flags & HR_FIELD_NULLABLE) && HR_ITEM_FIELD (self, field, int) < 0;
    case HR_FIELD_NUMBER_LIST:
      return HR_ITEM_FIELD (self, field, GArray *) == NULL;
    case HR_FIELD_ID_LIST:
      return HR_ITEM_FIELD (self, field, char **) == NULL;
    default:
      return FALSE;
    }
}

static gboolean
is_extra_key (HrItemClass *klass,
              const char  *key)
{
  return klass->is_extra_key && klass->is_extra_key (key);
}

/* Runs the class's load_extra on @object in a scratch item: TRUE when a
 * file holding it would load */
static gboolean
extras_load (HrItemClass *klass,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  g_autoptr(HrItem) scratch = g_object_new (G_TYPE_FROM_CLASS (klass), NULL);

  return klass->load_extra (scratch, object, path, NULL, error);
}

gboolean
hr_item_set_extra_node (HrItem     *self,
                        const char *key,
                        JsonNode   *node)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  g_autoptr(JsonObject) object = json_object_new ();

  json_object_set_member (object, key, hr_json_node_copy_deep (node));
  if (!extras_load (klass, object, "", NULL))
    {
      hr_item_set_refused (self, key, node);
      return FALSE;
    }
  hr_item_set_refused (self, key, NULL);
  return klass->load_extra (self, object, "", NULL, NULL);
}

void
hr_item_load_lenient (HrItem     *self,
                      JsonObject *object)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemValues *priv = hr_item_get_values (self);
  g_autoptr(GList) members = json_object_get_members (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HrField *field = &klass->fields[i];
      JsonNode *node = json_object_get_member (object, field->name);

      if (node)
        hr_item_set_field_node (self, field, node);
      else if (field->flags & HR_FIELD_REQUIRED)
        priv->missing |= G_GUINT64_CONSTANT (1) << i;
    }
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (hr_item_class_find_field (klass, l->data))
        continue;
      if (is_extra_key (klass, l->data))
        hr_item_set_extra_node (self, l->data, node);
      else
        hr_item_keep_unknown (self, l->data, node);
    }
}

/* Why the stored value breaks the field's rule, in the words loading uses */
static char *
check_value (HrItem        *self,
             const HrField *field)
{
  g_autoptr(JsonNode) node = NULL;
  gboolean fine = TRUE;

  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ENUM:
    case HR_FIELD_MONTH:
    case HR_FIELD_BOOLEAN:
      return NULL;
    case HR_FIELD_ID_LIST:
      {
        char **ids = HR_ITEM_FIELD (self, field, char **);
        JsonArray *array;

        for (guint i = 0; ids && ids[i] && fine; i++)
          fine = hr_id_is_valid (ids[i]);
        if (fine)
          return NULL;
        array = json_array_new ();
        for (guint i = 0; ids[i]; i++)
          json_array_add_string_element (array, ids[i]);
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        break;
      }
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      {
        const char *value = HR_ITEM_FIELD (self, field, char *);
        if (value == NULL || hr_id_is_valid (value))
          return NULL;
        node = json_node_init_string (json_node_alloc (), value);
        break;
      }
    case HR_FIELD_NUMBER:
      {
        double value = HR_ITEM_FIELD (self, field, double);
        if (isnan (value) && (field->flags & HR_FIELD_NULLABLE))
          return NULL;
        return hr_field_check_number (field, value);
      }
    case HR_FIELD_INTEGER:
      {
        int value = HR_ITEM_FIELD (self, field, int);
        if (value < 0 && (field->flags & HR_FIELD_NULLABLE))
          return NULL;
        return hr_field_check_number (field, value);
      }
    case HR_FIELD_NUMBER_LIST:
      {
        GArray *list = HR_ITEM_FIELD (self, field, GArray *);
        JsonArray *array;

        if (list == NULL)
          return NULL;
        fine = !((field->flags & HR_FIELD_NON_EMPTY) && list->len == 0);
        for (guint i = 0; i < list->len && fine; i++)
          {
            g_autofree char *problem = hr_field_check_number (field, g_array_index (list, double, i));
            fine = problem == NULL;
          }
        if (fine)
          return NULL;
        array = json_array_sized_new (list->len);
        for (guint i = 0; i < list->len; i++)
          json_array_add_double_element (array, g_array_index (list, double, i));
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        break;
      }
    }
  return hr_field_check_node (field, node);
}

gboolean
hr_item_check (HrItem      *self,
               const char  *path,
               GError     **error)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemValues *priv = hr_item_get_values (self);
  const char *dot = path && *path ? "." : "";

  /* without a path: a quick yes or no, no message made */
  if (path == NULL && (priv->refused || priv->missing))
    return FALSE;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HrField *field = &klass->fields[i];
      JsonNode *refused = priv->refused ? json_object_get_member (priv->refused, field->name) : NULL;
      g_autofree char *problem = NULL;

      if ((priv->missing & (G_GUINT64_CONSTANT (1) << i)) ||
          (!refused && (field->flags & HR_FIELD_REQUIRED) &&
           (field->type == HR_FIELD_STRING || field->type == HR_FIELD_ID ||
            field->type == HR_FIELD_REFERENCE) &&
           HR_ITEM_FIELD (self, field, char *) == NULL))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s%s%s: is required"), path, dot, field->name);
          return FALSE;
        }
      problem = refused ? hr_field_check_node (field, refused) : check_value (self, field);
      if (problem && path == NULL)
        return FALSE;
      if (problem)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       "%s%s%s: %s", path, dot, field->name, problem);
          return FALSE;
        }
    }

  /* an extra a scenario set that does not load: the message loading gives */
  if (priv->refused)
    {
      g_autoptr(JsonObject) extras = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (priv->refused);

      for (GList *l = members; l; l = l->next)
        if (is_extra_key (klass, l->data))
          json_object_set_member (extras, l->data,
                                  json_node_ref (json_object_get_member (priv->refused, l->data)));
      if (json_object_get_size (extras) > 0 && !extras_load (klass, extras, path, error))
        return FALSE;
    }
  if (klass->check_extra && !klass->check_extra (self, path, error))
    return FALSE;
  return TRUE;
}

/* hr-json-tree.c: json-glib trees written as readable text, read back
 * from text Headroom wrote, and copied deep */
#include "config.h"

#include <math.h>

#include "hr-dtoa.h"
#include "hr-json.h"
#include "hr-json-writer.h"

JsonNode *
hr_json_from_text (char *text)
{
  g_autofree char *owned = text;

  return owned ? json_from_string (owned, NULL) : NULL;
}

void
hr_json_format_number (char   *buffer,
                       gsize   size,
                       double  value)
{
  char text[HR_DTOA_BUFFER_SIZE];

  /* JSON has no inf or nan */
  if (!isfinite (value))
    {
      g_strlcpy (buffer, "null", size);
      return;
    }
  if (value == 0)
    value = 0; /* no "-0" */
  hr_dtoa_shortest (value, text);
  g_strlcpy (buffer, text, size);
}

static void
write_node (HrJsonWriter *writer,
            JsonNode     *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      hr_json_writer_begin_object (writer);
      for (GList *l = members; l; l = l->next)
        {
          hr_json_writer_member (writer, l->data);
          write_node (writer, json_object_get_member (object, l->data));
        }
      hr_json_writer_end_object (writer);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      hr_json_writer_begin_array (writer);
      for (guint i = 0; i < json_array_get_length (array); i++)
        write_node (writer, json_array_get_element (array, i));
      hr_json_writer_end_array (writer);
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    hr_json_writer_null (writer);
  else
    switch (json_node_get_value_type (node))
      {
      case G_TYPE_INT64:
        hr_json_writer_integer (writer, json_node_get_int (node));
        break;
      case G_TYPE_DOUBLE:
        hr_json_writer_number (writer, json_node_get_double (node));
        break;
      case G_TYPE_BOOLEAN:
        hr_json_writer_boolean (writer, json_node_get_boolean (node));
        break;
      default:
        hr_json_writer_string (writer, json_node_get_string (node));
      }
}

char *
hr_json_to_string (JsonNode *node,
                   gsize    *length)
{
  HrJsonWriter *writer = hr_json_writer_new ();

  write_node (writer, node);
  return hr_json_writer_free_to_text (writer, length);
}

JsonNode *
hr_json_node_copy_deep (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObject *copy = json_object_new ();
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      JsonNode *result = json_node_new (JSON_NODE_OBJECT);

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &key, &member))
        json_object_set_member (copy, key, hr_json_node_copy_deep (member));
      json_node_take_object (result, copy);
      return result;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonArray *copy = json_array_sized_new (json_array_get_length (array));
      JsonNode *result = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, hr_json_node_copy_deep (json_array_get_element (array, i)));
      json_node_take_array (result, copy);
      return result;
    }
  return json_node_copy (node);
}

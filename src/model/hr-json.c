/* hr-json.c: guarded JSON parsing and a readable JSON writer */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-dtoa.h"
#include "hr-json.h"
#include "hr-json-writer.h"
#include "hr-plan.h"

static void
position_of (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
fail_at (const char  *data,
         const char  *at,
         const char  *display_name,
         GError     **error,
         const char  *message)
{
  guint line, column;

  position_of (data, at, &line, &column);
  g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_SYNTAX,
               "%s:%u:%u: %s", display_name, line, column, message);
  return FALSE;
}

/* One pass over the text outside strings: depth and number range. Syntax is
 * left to json-glib, which is safe once depth is bounded. */
static gboolean
scan (const char  *data,
      gsize        length,
      const char  *display_name,
      guint        max_depth,
      GError     **error)
{
  const char *end = data + length;
  const char *p = data;
  guint depth = 0;

  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end)
    return fail_at (data, data, display_name, error,
                    _("the file is empty; expected a JSON object of a Headroom plan"));

  for (p = data; p < end; p++)
    {
      if (*p == '"')
        {
          for (p++; p < end && *p != '"'; p++)
            if (*p == '\\' && p + 1 < end)
              p++;
        }
      else if (*p == '{' || *p == '[')
        {
          if (++depth > max_depth)
            {
              g_autofree char *msg =
                g_strdup_printf (_("nesting is deeper than %u levels; expected a plan of at most %u"),
                                 max_depth, max_depth);
              return fail_at (data, p, display_name, error, msg);
            }
        }
      else if (*p == '}' || *p == ']')
        {
          if (depth > 0)
            depth--;
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          char *number_end;
          double value = g_ascii_strtod (start, &number_end);

          if (number_end > start && !isfinite (value))
            return fail_at (data, start, display_name, error,
                            _("number out of range; expected a finite number"));
          p = MAX (start, number_end - 1);
        }
      else if (*p == '\0')
        return fail_at (data, p, display_name, error,
                        _("NUL byte; expected UTF-8 text of a JSON plan"));
    }
  return TRUE;
}

JsonNode *
hr_json_parse (const char  *data,
               gsize        length,
               const char  *display_name,
               guint        max_depth,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *invalid = NULL;

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      fail_at (data, invalid, display_name, error,
               _("invalid UTF-8; expected a UTF-8 text file"));
      return NULL;
    }
  if (!scan (data, length, display_name, max_depth, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      const char *message = local_error->message;

      /* json-glib says "<data>:LINE:COL: Parse error: …" */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_SYNTAX,
                   "%s:%s", display_name, message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      fail_at (data, data + length, display_name, error,
               _("no JSON value; expected a JSON object of a Headroom plan"));
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

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

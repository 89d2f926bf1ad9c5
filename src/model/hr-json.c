/* hr-json.c: guarded JSON parsing and a readable JSON writer */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-json.h"
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

void
hr_json_format_number (char   *buffer,
                       gsize   size,
                       double  value)
{
  if (value == 0)
    value = 0; /* no "-0" */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buffer, size, "%.0f", value);
      return;
    }
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, size,
                       precision == 15 ? "%.15g" : precision == 16 ? "%.16g" : "%.17g",
                       value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
}

static void write_node (GString *out, JsonNode *node, guint indent);

static gboolean
is_scalar (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node);
}

/* Objects and arrays of a few scalars stay on one line */
static gboolean
is_compact (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!is_scalar (json_array_get_element (array, i)))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      if (g_list_length (members) > 4)
        return FALSE;
      for (GList *l = members; l; l = l->next)
        if (!is_scalar (json_object_get_member (object, l->data)))
          return FALSE;
      return TRUE;
    }
  return TRUE;
}

static void
write_string (GString    *out,
              const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      hr_json_format_number (buffer, sizeof buffer, json_node_get_double (node));
      g_string_append (out, buffer);
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    default:
      write_string (out, json_node_get_string (node));
    }
}

static void
newline (GString *out,
         guint    indent)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     indent)
{
  gboolean compact = is_compact (node);

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          if (compact)
            g_string_append (out, i ? ", " : "");
          else
            {
              g_string_append (out, i ? "," : "");
              newline (out, indent + 1);
            }
          write_node (out, json_array_get_element (array, i), indent + 1);
        }
      if (!compact && n > 0)
        newline (out, indent);
      g_string_append_c (out, ']');
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      gboolean first = TRUE;

      g_string_append_c (out, '{');
      for (GList *l = members; l; l = l->next, first = FALSE)
        {
          if (compact)
            g_string_append (out, first ? "" : ", ");
          else
            {
              g_string_append (out, first ? "" : ",");
              newline (out, indent + 1);
            }
          write_string (out, l->data);
          g_string_append (out, ": ");
          write_node (out, json_object_get_member (object, l->data), indent + 1);
        }
      if (!compact && members)
        newline (out, indent);
      g_string_append_c (out, '}');
    }
  else
    write_value (out, node);
}

char *
hr_json_to_string (JsonNode *node,
                   gsize    *length)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, 0);
  g_string_append_c (out, '\n');
  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
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

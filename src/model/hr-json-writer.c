/* hr-json-writer.c: JSON written straight to text, without a tree
 *
 * A container starts on one line. When it turns out not to fit the rule
 * (a container inside it, or a fifth member of an object), the items it
 * already holds, all scalars, are laid out again one per line; only the
 * innermost open container can still be on one line, so one list of item
 * offsets is enough.
 */
#include "config.h"

#include "hr-dtoa.h"
#include "hr-json.h"
#include "hr-json-writer.h"

/* an object of more scalars than this goes one member per line */
#define MAX_MEMBERS_ON_ONE_LINE 4

typedef struct {
  gboolean object;
  gboolean one_per_line;
  guint    n_items;
} Frame;

struct _HrJsonWriter {
  GString *out;
  GArray  *frames;      /* Frame: the open containers, outermost first */
  GArray  *items;       /* gsize: where each item of the innermost
                           container starts while it is on one line */
  gboolean after_name;  /* a member's name is written, its value is due */
};

HrJsonWriter *
hr_json_writer_new (void)
{
  HrJsonWriter *self = g_new0 (HrJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  self->items = g_array_new (FALSE, FALSE, sizeof (gsize));
  return self;
}

void
hr_json_writer_free (HrJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->frames);
  g_array_unref (self->items);
  g_free (self);
}

char *
hr_json_writer_free_to_text (HrJsonWriter *self,
                             gsize        *length)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->frames->len == 0, NULL);

  out = self->out;
  g_string_append_c (out, '\n');
  if (length)
    *length = out->len;
  g_array_unref (self->frames);
  g_array_unref (self->items);
  g_free (self);
  return g_string_free (out, FALSE);
}

static Frame *
innermost (HrJsonWriter *self)
{
  return self->frames->len ? &g_array_index (self->frames, Frame, self->frames->len - 1) : NULL;
}

static void
newline (GString *out,
         guint    indent)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

/* Lays the innermost container's items out again, one per line */
static void
break_into_lines (HrJsonWriter *self,
                  Frame        *frame)
{
  guint indent = self->frames->len;
  g_autofree char *items = NULL;
  gsize start, length;

  frame->one_per_line = TRUE;
  if (self->items->len == 0)
    return;
  start = g_array_index (self->items, gsize, 0);
  length = self->out->len - start;
  items = g_strndup (self->out->str + start, length);
  g_string_truncate (self->out, start);
  for (guint i = 0; i < self->items->len; i++)
    {
      gsize from = g_array_index (self->items, gsize, i) - start;
      /* each item but the last is followed by ", " */
      gsize to = i + 1 < self->items->len ? g_array_index (self->items, gsize, i + 1) - 2 - start
                                          : length;

      if (i > 0)
        g_string_append_c (self->out, ',');
      newline (self->out, indent);
      g_string_append_len (self->out, items + from, to - from);
    }
  g_array_set_size (self->items, 0);
}

static void
begin_item (HrJsonWriter *self,
            Frame        *frame)
{
  if (!frame->one_per_line && frame->object && frame->n_items == MAX_MEMBERS_ON_ONE_LINE)
    break_into_lines (self, frame);
  if (frame->one_per_line)
    {
      if (frame->n_items > 0)
        g_string_append_c (self->out, ',');
      newline (self->out, self->frames->len);
    }
  else
    {
      if (frame->n_items > 0)
        g_string_append (self->out, ", ");
      g_array_append_val (self->items, self->out->len);
    }
  frame->n_items++;
}

static void
begin_value (HrJsonWriter *self,
             gboolean      container)
{
  Frame *frame = innermost (self);

  if (frame == NULL)
    {
      g_return_if_fail (self->out->len == 0);
      return;
    }
  if (frame->object)
    {
      g_return_if_fail (self->after_name);
      self->after_name = FALSE;
    }
  else
    begin_item (self, frame);
  if (container && !frame->one_per_line)
    break_into_lines (self, frame);
}

static void
begin_container (HrJsonWriter *self,
                 gboolean      object)
{
  Frame frame = { object, FALSE, 0 };

  begin_value (self, TRUE);
  g_array_append_val (self->frames, frame);
  g_array_set_size (self->items, 0);
  g_string_append_c (self->out, object ? '{' : '[');
}

static void
end_container (HrJsonWriter *self,
               gboolean      object)
{
  Frame *frame = innermost (self);

  g_return_if_fail (frame != NULL && frame->object == object && !self->after_name);

  if (frame->one_per_line && frame->n_items > 0)
    newline (self->out, self->frames->len - 1);
  g_string_append_c (self->out, object ? '}' : ']');
  g_array_set_size (self->frames, self->frames->len - 1);
  /* the container around it is one per line already */
  g_array_set_size (self->items, 0);
}

void
hr_json_writer_begin_object (HrJsonWriter *self)
{
  begin_container (self, TRUE);
}

void
hr_json_writer_end_object (HrJsonWriter *self)
{
  end_container (self, TRUE);
}

void
hr_json_writer_begin_array (HrJsonWriter *self)
{
  begin_container (self, FALSE);
}

void
hr_json_writer_end_array (HrJsonWriter *self)
{
  end_container (self, FALSE);
}

static void
append_string (GString    *out,
               const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      const char *escape = NULL;
      char code[8];

      switch (*p)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          if ((guchar) *p < 0x20)
            {
              g_snprintf (code, sizeof code, "\\u%04x", (guchar) *p);
              escape = code;
            }
        }
      if (escape)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, escape);
          run = p + 1;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

void
hr_json_writer_member (HrJsonWriter *self,
                       const char   *name)
{
  Frame *frame = innermost (self);

  g_return_if_fail (frame != NULL && frame->object && !self->after_name);

  begin_item (self, frame);
  append_string (self->out, name);
  g_string_append (self->out, ": ");
  self->after_name = TRUE;
}

void
hr_json_writer_string (HrJsonWriter *self,
                       const char   *value)
{
  begin_value (self, FALSE);
  if (value)
    append_string (self->out, value);
  else
    g_string_append (self->out, "null");
}

void
hr_json_writer_number (HrJsonWriter *self,
                       double        value)
{
  char text[HR_DTOA_BUFFER_SIZE];

  begin_value (self, FALSE);
  hr_json_format_number (text, sizeof text, value);
  g_string_append (self->out, text);
}

void
hr_json_writer_integer (HrJsonWriter *self,
                        gint64        value)
{
  begin_value (self, FALSE);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
hr_json_writer_boolean (HrJsonWriter *self,
                        gboolean      value)
{
  begin_value (self, FALSE);
  g_string_append (self->out, value ? "true" : "false");
}

void
hr_json_writer_null (HrJsonWriter *self)
{
  begin_value (self, FALSE);
  g_string_append (self->out, "null");
}

void
hr_json_writer_month (HrJsonWriter *self,
                      int           absolute_month)
{
  begin_value (self, FALSE);
  g_string_append_printf (self->out, "\"%04d-%02d\"", absolute_month / 12, absolute_month % 12 + 1);
}

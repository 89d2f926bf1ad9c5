/* hr-json.c: guarded JSON parsing; the writer is in hr-json-tree.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <float.h>
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

/* --- a JSON parser that speaks to people ---
 *
 * json-glib 1.6's parser crashes on deep nesting, takes 1e400 for
 * infinity, accepts a lone UTF-16 surrogate (and then writes a file that
 * does not open) and ignores whatever follows the first value; its
 * messages read like a parser's, and its GScanner is slow on large plans.
 * So the text is read here, in one pass that checks it with messages that
 * say what a person would fix and builds json-glib's tree as it goes: the
 * same nodes json-glib's parser gives (a whole number is an int64, any
 * other number a double, a later member of the same name replaces an
 * earlier one), which the loader then reads. A plan's list items can be
 * left as checked text, built one at a time as the loader reads them:
 * the whole tree of a large plan is megabytes beyond the caches. */

typedef struct {
  char        kind;      /* '{' or '[' */
  const char *open;      /* the bracket */
  guint       index;     /* '[': elements so far */
  char       *key;       /* '{': the current member's key */
  char       *id;        /* '{': its "id" and "name" strings, once read */
  char       *name;
  GString    *key_text;  /* an open frame's key, kept for the next container this deep */
} Frame;

/* Where an out-of-range number sits, named once its items are read */
typedef struct {
  const char *at;
  char       *text;
  guint       depth;
  guint       open;      /* frames of its path not yet closed */
  Frame      *frames;    /* copies, up to depth */
} BadNumber;

/* A list item's text, checked, to build when it is read */
typedef struct {
  const char *start;
  const char *end;
} Span;

typedef struct {
  const char *data;
  const char *end;
  const char *p;
  const char *display_name;
  guint       max_depth;
  GPtrArray  *frames;    /* Frame, innermost last, and those once opened deeper */
  guint       depth;     /* the open ones */
  BadNumber   bad;
  GError    **error;
  GString    *text;      /* the string being read */
  gboolean    build;     /* FALSE: the text is only checked */
  const char * const *deferred_lists;   /* top-level lists whose items are built later */
  HrJsonDeferred     *deferred;
} Scanner;

struct _HrJsonDeferred
{
  Scanner     builder;   /* its frames and buffers serve every item */
  GHashTable *items;     /* stand-in JsonObject (a reference) → Span */
};

static void
frame_free (gpointer data)
{
  Frame *frame = data;

  g_free (frame->id);
  g_free (frame->name);
  g_string_free (frame->key_text, TRUE);
  g_free (frame);
}

static gboolean
fail (Scanner    *s,
      const char *at,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Scanner    *s,
      const char *at,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return fail_at (s->data, at, s->display_name, s->error, message);
}

static const char *
kind_name (char kind)
{
  return kind == '{' ? _("object") : _("list");
}

static gboolean
ends_early (Scanner *s)
{
  guint line, column, open_line, open_column;
  Frame *frame = s->depth ? g_ptr_array_index (s->frames, s->depth - 1) : NULL;

  position_of (s->data, s->end, &line, &column);
  if (frame == NULL)
    return fail (s, s->end, _("the file ends early at line %u; expected a value — the file "
                              "may have been cut off"), line);
  position_of (s->data, frame->open, &open_line, &open_column);
  if (s->depth >= 2)
    {
      Frame *parent = g_ptr_array_index (s->frames, s->depth - 2);
      if (parent->kind == '{' && parent->key)
        return fail (s, s->end,
                     /* Translators: "object" or "list", then its key, e.g. "roles" */
                     _("the file ends early at line %u, before the %s “%s” opened at line %u is "
                       "closed; the file may have been cut off"),
                     line, kind_name (frame->kind), parent->key, open_line);
    }
  return fail (s, s->end,
               /* Translators: "object" or "list"; the file was probably truncated */
               _("the file ends early at line %u, before the %s opened at line %u is closed; "
                 "the file may have been cut off"),
               line, kind_name (frame->kind), open_line);
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int
hex_value (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string at s->p (its opening quote); its text goes to @out if given */
static gboolean
scan_string (Scanner *s,
             GString *out)
{
  const char *open = s->p;

  for (s->p++; ; )
    {
      const char *run = s->p;

      while (s->p < s->end && *s->p != '"' && *s->p != '\\' && (guchar) *s->p >= 0x20)
        s->p++;
      if (out)
        g_string_append_len (out, run, s->p - run);
      if (s->p == s->end)
        {
          guint line, column, end_line, end_column;
          position_of (s->data, open, &line, &column);
          position_of (s->data, s->end, &end_line, &end_column);
          return fail (s, s->end, _("the file ends early at line %u, inside the text that starts "
                                    "at line %u; the file may have been cut off"),
                       end_line, line);
        }
      if (*s->p == '"')
        {
          s->p++;
          return TRUE;
        }
      if (*s->p == '\n' || *s->p == '\r')
        return fail (s, s->p, _("a line break inside a text in quotes; expected its closing \" "
                                "before the end of the line (a line break is written \\n)"));
      if ((guchar) *s->p < 0x20)
        return fail (s, s->p, _("a control character inside a text in quotes; expected it "
                                "written as \\u%04x"), (guchar) *s->p);
      /* an escape */
      {
        const char *escape = s->p;
        int unit;

        if (s->p + 1 >= s->end)
          return ends_early (s);
        if (strchr ("\"\\/bfnrt", s->p[1]))
          {
            static const char plain[] = "\"\\/\b\f\n\r\t";
            if (out)
              g_string_append_c (out, plain[strchr ("\"\\/bfnrt", s->p[1]) - "\"\\/bfnrt"]);
            s->p += 2;
            continue;
          }
        if (s->p[1] != 'u' || (unit = hex_value (s->p + 2, s->end)) < 0)
          return fail (s, escape, _("an unknown escape in a text; expected one of \\\" \\\\ \\/ \\b "
                                    "\\f \\n \\r \\t or \\u and four hex digits"));
        s->p += 6;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
          return fail (s, escape, _("a lone UTF-16 surrogate \\u%04x in a text; expected a "
                                    "character or a surrogate pair such as \\ud83d\\ude00"), unit);
        if (unit >= 0xD800 && unit <= 0xDBFF)
          {
            int low = (s->p + 1 < s->end && s->p[0] == '\\' && s->p[1] == 'u')
                      ? hex_value (s->p + 2, s->end) : -1;
            if (low < 0xDC00 || low > 0xDFFF)
              return fail (s, escape, _("a lone UTF-16 surrogate \\u%04x in a text; expected a "
                                        "character or a surrogate pair such as \\ud83d\\ude00"), unit);
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            s->p += 6;
          }
        if (unit == 0)
          return fail (s, escape, _("a NUL character (\\u0000) in a text; expected text without it"));
        if (out)
          g_string_append_unichar (out, unit);
      }
    }
}

static void
note_bad_number (Scanner    *s,
                 const char *at,
                 const char *end)
{
  if (s->bad.at)
    return;
  s->bad.at = at;
  s->bad.text = g_strndup (at, MIN (end - at, 24));
  s->bad.depth = s->depth;
  s->bad.open = s->depth;
  s->bad.frames = g_new0 (Frame, s->depth);
  for (guint d = 0; d < s->depth; d++)
    {
      Frame *frame = g_ptr_array_index (s->frames, d);
      s->bad.frames[d].kind = frame->kind;
      s->bad.frames[d].index = frame->index;
      s->bad.frames[d].key = g_strdup (frame->key);
    }
}

/* A decimal such as 1.31 or 2.5e-3 without strtod: with its digits at
 * most 2^53 and a power of ten up to 1e22, both are exact doubles, and
 * one division or product rounds as strtod does (Clinger's fast path) */
static gboolean
scan_short_decimal (const char *start,
                    const char *end,
                    double     *value)
{
  static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
  const char *p = start;
  guint64 digits = 0;
  int power = 0, exponent = 0;
  gboolean negative = *p == '-', exponent_negative = FALSE;

  if (negative)
    p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    if ((digits = digits * 10 + (*p - '0')) > (G_GUINT64_CONSTANT (1) << 53))
      return FALSE;
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++, power--)
      if ((digits = digits * 10 + (*p - '0')) > (G_GUINT64_CONSTANT (1) << 53))
        return FALSE;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        exponent_negative = *p++ == '-';
      for (; p < end && exponent < 1000; p++)
        exponent = exponent * 10 + (*p - '0');
      if (p < end)
        return FALSE;
      power += exponent_negative ? -exponent : exponent;
    }
  if (power < -22 || power > 22)
    return FALSE;
  *value = power < 0 ? (double) digits / powers[-power] : (double) digits * powers[power];
  if (negative)
    *value = -*value;
  return TRUE;
}

/* The number JSON text @start..@end holds, as json-glib reads it: a whole
 * number that fits is an int64, any other a double; without @build, only
 * its value */
static JsonNode *
number_node (const char *start,
             const char *end,
             gboolean    build,
             double     *value)
{
  char buffer[64];
  g_autofree char *longer = NULL;
  char *text = buffer;
  gboolean whole = TRUE;

  for (const char *p = start; p < end && whole; p++)
    whole = *p != '.' && *p != 'e' && *p != 'E';
  /* wider intermediates than doubles would round twice */
  if (!whole && FLT_EVAL_METHOD == 0 && scan_short_decimal (start, end, value))
    return build ? json_node_init_double (json_node_alloc (), *value) : NULL;
  if ((gsize) (end - start) < sizeof buffer)
    {
      memcpy (buffer, start, end - start);
      buffer[end - start] = '\0';
    }
  else
    text = longer = g_strndup (start, end - start);
  if (whole)
    {
      gint64 integer;

      errno = 0;
      integer = g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        {
          *value = integer;
          return build ? json_node_init_int (json_node_alloc (), integer) : NULL;
        }
    }
  *value = g_ascii_strtod (text, NULL);
  return build ? json_node_init_double (json_node_alloc (), *value) : NULL;
}

static gboolean
scan_number (Scanner   *s,
             JsonNode **node)
{
  const char *start = s->p;
  const char *p = s->p;
  double value;

  if (*p == '-')
    p++;
  if (p < s->end && *p == '0')
    p++;
  else if (p < s->end && g_ascii_isdigit (*p))
    while (p < s->end && g_ascii_isdigit (*p))
      p++;
  else
    goto bad;
  if (p < s->end && *p == '.')
    {
      if (++p >= s->end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < s->end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < s->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= s->end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < s->end && (g_ascii_isalnum (*p) || *p == '.'))
    goto bad;
  *node = number_node (start, p, s->build, &value);
  if (!isfinite (value))
    note_bad_number (s, start, p);
  s->p = p;
  return TRUE;

bad:
  while (p < s->end && (g_ascii_isalnum (*p) || *p == '.' || *p == '+' || *p == '-'))
    p++;
  {
    g_autofree char *text = g_strndup (start, MIN (p - start, 24));
    return fail (s, start, _("“%s” is not a number as JSON writes them; expected digits such "
                             "as 12, 0.5 or 1e6"), text);
  }
}

static gboolean scan_value (Scanner *s, JsonNode **node);

static gboolean
expected_value (Scanner *s)
{
  const char *p = s->p;
  g_autofree char *got = NULL;

  if (s->p >= s->end)
    return ends_early (s);
  while (p < s->end && p - s->p < 16 && !strchr (" \t\r\n,:[]{}\"", *p))
    p = g_utf8_next_char (p);
  got = g_strndup (s->p, MAX (p - s->p, 1));
  if (*s->p == '\'')
    return fail (s, s->p, _("a text in single quotes; expected double quotes, as in \"Kickoff\""));
  return fail (s, s->p, _("expected a value (a number, a text in double quotes, true, false, "
                          "null, a list or an object), got “%s”"), got);
}

/* An object in a top-level list that is built later */
static gboolean
is_deferred_item (Scanner *s)
{
  Frame *root = s->depth == 2 ? g_ptr_array_index (s->frames, 0) : NULL;

  return s->build && s->deferred_lists && root && root->kind == '{' && root->key && *s->p == '{' &&
         g_strv_contains (s->deferred_lists, root->key);
}

/* Checks the item without building it: an empty object stands in for it */
static gboolean
defer_item (Scanner   *s,
            JsonNode **node)
{
  Span *span = g_new (Span, 1);
  JsonObject *stand_in;
  gboolean ok;

  span->start = s->p;
  s->build = FALSE;
  ok = scan_value (s, node);
  s->build = TRUE;
  if (!ok)
    {
      g_free (span);
      return FALSE;
    }
  span->end = s->p;
  stand_in = json_object_new ();
  *node = json_node_init_object (json_node_alloc (), stand_in);
  g_hash_table_insert (s->deferred->items, stand_in, span);
  return TRUE;
}

static gboolean
scan_container (Scanner   *s,
                JsonNode **node)
{
  Frame *frame;
  char close;
  gboolean ok = FALSE;
  JsonObject *object = NULL;
  JsonArray *array = NULL;

  if (s->depth >= s->max_depth)
    return fail (s, s->p, _("nesting is deeper than %u levels; expected a plan of at most %u"),
                 s->max_depth, s->max_depth);
  /* a plan opens thousands of containers at a few depths */
  if (s->depth == s->frames->len)
    {
      frame = g_new0 (Frame, 1);
      frame->key_text = g_string_new (NULL);
      g_ptr_array_add (s->frames, frame);
    }
  frame = g_ptr_array_index (s->frames, s->depth++);
  frame->kind = *s->p;
  frame->open = s->p;
  frame->index = 0;
  frame->key = NULL;
  close = frame->kind == '{' ? '}' : ']';
  if (s->build && frame->kind == '{')
    *node = json_node_init_object (json_node_alloc (), object = json_object_new ());
  else if (s->build)
    *node = json_node_init_array (json_node_alloc (), array = json_array_new ());
  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == close)
    {
      s->p++;
      ok = TRUE;
      goto done;
    }
  for (;;)
    {
      skip_space (s);
      if (frame->kind == '{')
        {
          JsonNode *member = NULL;
          const char *value;

          if (s->p >= s->end)
            goto early;
          if (*s->p == '}')
            {
              fail (s, s->p, _("a comma before }; expected another member, or no comma"));
              goto done;
            }
          if (*s->p != '"')
            {
              if (*s->p == '\'')
                fail (s, s->p, _("a key in single quotes; expected double quotes, as in \"name\""));
              else
                fail (s, s->p, _("expected a key in double quotes, as in \"name\""));
              goto done;
            }
          g_string_truncate (s->text, 0);
          if (!scan_string (s, s->text))
            goto done;
          /* the key read becomes the frame's, its last key the buffer to read into */
          {
            GString *read = s->text;

            s->text = frame->key_text;
            frame->key_text = read;
            frame->key = read->str;
          }
          skip_space (s);
          if (s->p >= s->end)
            goto early;
          if (*s->p != ':')
            {
              fail (s, s->p, _("expected : after the key “%s”"), frame->key);
              goto done;
            }
          s->p++;
          skip_space (s);
          value = s->p;
          if (!scan_value (s, &member))
            {
              g_clear_pointer (&member, json_node_unref);
              goto done;
            }
          /* an item's "id" and "name" name it in messages: a text read
           * is still in s->text */
          if (*value == '"' && s->text->len > 0)
            {
              if (frame->id == NULL && g_str_equal (frame->key, "id"))
                frame->id = g_strdup (s->text->str);
              else if (frame->name == NULL && g_str_equal (frame->key, "name"))
                frame->name = g_strdup (s->text->str);
            }
          if (object)
            json_object_set_member (object, frame->key, member);
        }
      else
        {
          if (s->p >= s->end)
            goto early;
          if (*s->p == ']')
            {
              fail (s, s->p, _("a comma before ]; expected another element, or no comma"));
              goto done;
            }
          JsonNode *element = NULL;

          if (!(is_deferred_item (s) ? defer_item (s, &element) : scan_value (s, &element)))
            {
              g_clear_pointer (&element, json_node_unref);
              goto done;
            }
          if (array)
            json_array_add_element (array, element);
          frame->index++;
        }
      skip_space (s);
      if (s->p >= s->end)
        goto early;
      if (*s->p == close)
        {
          s->p++;
          ok = TRUE;
          goto done;
        }
      if (*s->p != ',')
        {
          if (frame->kind == '{')
            fail (s, s->p, _("expected a comma or } after the value of “%s”"), frame->key);
          else
            fail (s, s->p, _("expected a comma or ] after element %u of the list"), frame->index);
          goto done;
        }
      s->p++;
    }

early:
  ends_early (s);
done:
  /* the items around an out-of-range number are named once they are read */
  if (s->bad.at && s->depth == s->bad.open)
    {
      Frame *named = &s->bad.frames[--s->bad.open];
      named->id = g_strdup (frame->id);
      named->name = g_strdup (frame->name);
    }
  g_clear_pointer (&frame->id, g_free);
  g_clear_pointer (&frame->name, g_free);
  s->depth--;
  if (object)
    json_object_unref (object);
  if (array)
    json_array_unref (array);
  return ok;
}

/* A value at s->p, its node in @node (which the caller frees, on failure
 * too) */
static gboolean
scan_value (Scanner   *s,
            JsonNode **node)
{
  static const char * const literals[] = { "true", "false", "null" };

  if (s->p >= s->end)
    return ends_early (s);
  switch (*s->p)
    {
    case '{':
    case '[':
      return scan_container (s, node);
    case '"':
      g_string_truncate (s->text, 0);
      if (!scan_string (s, s->text))
        return FALSE;
      if (s->build)
        *node = json_node_init_string (json_node_alloc (), s->text->str);
      return TRUE;
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        return scan_number (s, node);
      for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
        {
          gsize len = strlen (literals[i]);
          if ((gsize) (s->end - s->p) >= len && strncmp (s->p, literals[i], len) == 0 &&
              (s->p + len == s->end || !g_ascii_isalnum (s->p[len])))
            {
              s->p += len;
              if (s->build)
                *node = i == 2 ? json_node_init_null (json_node_alloc ())
                               : json_node_init_boolean (json_node_alloc (), i == 0);
              return TRUE;
            }
        }
      return expected_value (s);
    }
}

static char *
bad_number_message (BadNumber *bad)
{
  g_autoptr(GString) path = g_string_new (NULL);
  const char *name = NULL, *field = NULL;
  g_autofree char *label = NULL;

  for (guint d = 0; d < bad->depth; d++)
    {
      Frame *frame = &bad->frames[d];

      if (frame->kind == '{')
        {
          if (d > 0 && bad->frames[d - 1].kind == '[')
            {
              if (frame->id && hr_id_is_valid (frame->id))
                g_string_append_printf (path, "[%s]", frame->id);
              else
                g_string_append_printf (path, "[%u]", bad->frames[d - 1].index);
            }
          if (frame->key)
            g_string_append_printf (path, "%s%s", path->len ? "." : "", frame->key);
          if (frame->name)
            name = frame->name;
          field = frame->key;
        }
      else if (d + 1 == bad->depth || bad->frames[d + 1].kind == '[')
        g_string_append_printf (path, "[%u]", frame->index);
    }
  label = name && field ? hr_item_label_field (name, field) : g_strdup (field);
  if (label)
    return g_strdup_printf (_("%s is %s, out of range; expected a finite number (%s)"),
                            label, bad->text, path->str);
  return g_strdup_printf (_("%s is out of range; expected a finite number"), bad->text);
}

static void
scanner_init (Scanner    *s,
              const char *data,
              const char *start,
              const char *end,
              const char *display_name,
              guint       max_depth,
              GError    **error)
{
  *s = (Scanner) { data, end, start, display_name, max_depth, g_ptr_array_new_with_free_func (frame_free),
                   0, { 0 }, error, g_string_new (NULL), TRUE, NULL, NULL };
}

static void
scanner_clear (Scanner *s)
{
  for (guint d = 0; s->bad.at && d < s->bad.depth; d++)
    {
      g_free (s->bad.frames[d].key);
      g_free (s->bad.frames[d].id);
      g_free (s->bad.frames[d].name);
    }
  g_free (s->bad.frames);
  g_free (s->bad.text);
  g_ptr_array_unref (s->frames);
  g_string_free (s->text, TRUE);
}

static JsonNode *
scan (Scanner *s)
{
  JsonNode *root = NULL;
  gboolean ok;

  skip_space (s);
  if (s->p == s->end)
    ok = fail_at (s->data, s->data, s->display_name, s->error,
                  _("the file is empty; expected a JSON object of a Headroom plan"));
  else if ((ok = scan_value (s, &root)))
    {
      skip_space (s);
      if (s->p < s->end)
        ok = fail (s, s->p, _("more text after the end of the plan; expected nothing after "
                              "its closing }"));
    }
  if (ok && s->bad.at)
    {
      g_autofree char *message = bad_number_message (&s->bad);
      ok = fail (s, s->bad.at, "%s", message);
    }
  if (!ok)
    g_clear_pointer (&root, json_node_unref);
  return root;
}

/* Text that scan() can read: no NUL byte, valid UTF-8 */
static gboolean
check_text (const char  *data,
            gsize        length,
            const char  *display_name,
            GError     **error)
{
  const char *invalid = NULL;
  const char *nul = memchr (data, '\0', length);

  if (nul)
    return fail_at (data, nul, display_name, error, _("NUL byte; expected UTF-8 text of a JSON plan"));
  if (!g_utf8_validate_len (data, length, &invalid))
    return fail_at (data, invalid, display_name, error, _("invalid UTF-8; expected a UTF-8 text file"));
  return TRUE;
}

JsonNode *
hr_json_parse (const char  *data,
               gsize        length,
               const char  *display_name,
               guint        max_depth,
               GError     **error)
{
  Scanner s;
  JsonNode *root;

  if (!check_text (data, length, display_name, error))
    return NULL;
  scanner_init (&s, data, data, data + length, display_name, max_depth, error);
  root = scan (&s);
  scanner_clear (&s);
  return root;
}

JsonNode *
hr_json_parse_deferred (const char          *data,
                        gsize                length,
                        const char          *display_name,
                        guint                max_depth,
                        const char * const  *lists,
                        HrJsonDeferred     **deferred,
                        GError             **error)
{
  g_autoptr(HrJsonDeferred) items = NULL;
  Scanner s;
  JsonNode *root;

  if (!check_text (data, length, display_name, error))
    return NULL;
  items = g_new0 (HrJsonDeferred, 1);
  scanner_init (&items->builder, data, data, data, "", G_MAXUINT, NULL);
  items->items = g_hash_table_new_full (NULL, NULL, (GDestroyNotify) json_object_unref, g_free);
  scanner_init (&s, data, data, data + length, display_name, max_depth, error);
  s.deferred_lists = lists;
  s.deferred = items;
  root = scan (&s);
  scanner_clear (&s);
  if (root)
    *deferred = g_steal_pointer (&items);
  return root;
}

JsonNode *
hr_json_deferred_build (HrJsonDeferred *deferred,
                        JsonNode       *item)
{
  Span *span = NULL;
  JsonNode *node = NULL;
  gboolean ok;

  if (JSON_NODE_HOLDS_OBJECT (item))
    span = g_hash_table_lookup (deferred->items, json_node_get_object (item));
  if (span == NULL)
    return NULL;
  deferred->builder.p = span->start;
  deferred->builder.end = span->end;
  ok = scan_value (&deferred->builder, &node);
  /* the text was checked when the tree was read */
  g_assert (ok && node && deferred->builder.depth == 0);
  g_hash_table_remove (deferred->items, json_node_get_object (item));
  return node;
}

void
hr_json_deferred_free (HrJsonDeferred *deferred)
{
  scanner_clear (&deferred->builder);
  g_hash_table_unref (deferred->items);
  g_free (deferred);
}

/* hr-xlsx-styles.c: what a workbook's cells are read against: the cell
 * formats that show dates (xl/styles.xml) and the shared strings
 * (xl/sharedStrings.xml); and what every part's parser shares */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hr-format.h"
#include "hr-xlsx-private.h"

G_DEFINE_QUARK (hr-xlsx-error-quark, hr_xlsx_error)

/* --- what the parts share --- */

const char *
hr_xlsx_local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

const char *
hr_xlsx_attribute (const char **names,
                   const char **values,
                   const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (hr_xlsx_local_name (names[i]), name))
      return values[i];
  return NULL;
}

char *
hr_xlsx_unescape (const char *text)
{
  GString *out;
  const char *p;

  if (strstr (text, "_x") == NULL)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0';)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
          && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        {
          gunichar c = g_ascii_xdigit_value (p[2]) << 12 | g_ascii_xdigit_value (p[3]) << 8
                       | g_ascii_xdigit_value (p[4]) << 4 | g_ascii_xdigit_value (p[5]);

          /* a character XML cannot hold; NUL and halves of pairs stay written */
          if (c != 0 && g_unichar_validate (c))
            {
              g_string_append_unichar (out, c);
              p += 7;
              continue;
            }
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

gboolean
hr_xlsx_count_cells (HrXlsxContext *context,
                     gsize          n,
                     GError       **error)
{
  g_autofree char *limit = NULL;

  context->cells += n;
  if (context->cells <= context->max_cells)
    return TRUE;
  limit = hr_format_number (context->max_cells, 0);
  g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_TOO_LARGE,
               /* Translators: %s: the file, then a number of cells */
               _("%s: the workbook holds more than %s cells; an import reads at most that many"),
               context->display_name, limit);
  return FALSE;
}

gboolean
hr_xlsx_parse_part (const char          *display_name,
                    const char          *part,
                    GBytes              *bytes,
                    const GMarkupParser *parser,
                    gpointer             user_data,
                    GError             **error)
{
  g_autoptr(GMarkupParseContext) markup = g_markup_parse_context_new (parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                                                      user_data, NULL);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* an empty part has no data at all */
  if (data == NULL)
    data = "";
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  if (g_markup_parse_context_parse (markup, data, length, &local_error)
      && g_markup_parse_context_end_parse (markup, &local_error))
    return TRUE;
  if (local_error->domain == HR_XLSX_ERROR)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    /* Translators: a part of a workbook that is not well-formed XML: file, part, what */
    g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_SYNTAX, _("%s: %s is damaged: %s"), display_name, part,
                 local_error->message);
  return FALSE;
}

/* --- styles: which cell formats show dates --- */

typedef struct {
  GHashTable *codes;      /* custom format id → HrXlsxShown */
  GArray     *formats;    /* number format id of each cell format */
  gboolean    in_cell_formats;
} Styles;

HrXlsxShown
hr_xlsx_shown_by_id (guint id)
{
  /* ECMA-376 §18.8.30: 14–17 dates (17 "mmm-yy" a month), 18–21 and
   * 45–47 times, 22 a date and time; 27–36 and 50–58 East Asian dates */
  if (id == 17)
    return HR_XLSX_SHOWN_MONTH;
  if ((id >= 14 && id <= 16) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return HR_XLSX_SHOWN_DATE;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
    return HR_XLSX_SHOWN_TIME;
  if (id == 22)
    return HR_XLSX_SHOWN_DATE_TIME;
  return HR_XLSX_SHOWN_NUMBER;
}

HrXlsxShown
hr_xlsx_shown_by_code (const char *code)
{
  gboolean year = FALSE, month = FALSE, day = FALSE, hour = FALSE, second = FALSE;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      char c = g_ascii_tolower (*p);

      /* quoted text, an escaped or padding character, [Red] or [$-409] */
      if (c == '"')
        {
          for (p++; *p != '\0' && *p != '"'; p++)
            ;
          if (*p == '\0')
            break;
          continue;
        }
      if ((c == '\\' || c == '_' || c == '*') && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (c == '[')
        {
          /* [h], [mm] and [ss] are elapsed times */
          char inner = g_ascii_tolower (p[1]);

          if (inner == 'h' || inner == 's')
            hour = TRUE;
          for (; *p != '\0' && *p != ']'; p++)
            ;
          if (*p == '\0')
            break;
          continue;
        }
      if (g_ascii_strncasecmp (p, "am/pm", 5) == 0 || g_ascii_strncasecmp (p, "a/p", 3) == 0)
        {
          hour = TRUE;
          p += c == 'a' && g_ascii_tolower (p[1]) == 'm' ? 4 : 2;
          continue;
        }
      if (g_ascii_strncasecmp (p, "general", 7) == 0)
        {
          p += 6;
          continue;
        }
      year |= c == 'y' || c == 'e';
      month |= c == 'm';
      day |= c == 'd';
      hour |= c == 'h';
      second |= c == 's';
    }
  if ((year || day) && (hour || second))
    return HR_XLSX_SHOWN_DATE_TIME;
  if (day)
    return HR_XLSX_SHOWN_DATE;
  if (year || (month && !hour && !second))
    return HR_XLSX_SHOWN_MONTH;
  if (hour || second)
    return HR_XLSX_SHOWN_TIME;
  return HR_XLSX_SHOWN_NUMBER;
}

static void
styles_start_cb (GMarkupParseContext  *markup,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              user_data,
                 GError              **error)
{
  Styles *styles = user_data;
  const char *name = hr_xlsx_local_name (element);
  const char *id = hr_xlsx_attribute (names, values, "numFmtId");
  guint number = id != NULL ? (guint) MIN (g_ascii_strtoull (id, NULL, 10), G_MAXUINT) : 0;

  if (g_str_equal (name, "cellXfs"))
    styles->in_cell_formats = TRUE;
  else if (g_str_equal (name, "numFmt") && id != NULL)
    {
      const char *code = hr_xlsx_attribute (names, values, "formatCode");

      g_hash_table_insert (styles->codes, GUINT_TO_POINTER (number),
                           GUINT_TO_POINTER (code != NULL ? hr_xlsx_shown_by_code (code) : HR_XLSX_SHOWN_NUMBER));
    }
  else if (g_str_equal (name, "xf") && styles->in_cell_formats)
    g_array_append_val (styles->formats, number);
}

static void
styles_end_cb (GMarkupParseContext  *markup,
               const char           *element,
               gpointer              user_data,
               GError              **error)
{
  Styles *styles = user_data;

  if (g_str_equal (hr_xlsx_local_name (element), "cellXfs"))
    styles->in_cell_formats = FALSE;
}

GArray *
hr_xlsx_parse_styles (const char  *display_name,
                      const char  *part,
                      GBytes      *bytes,
                      GError     **error)
{
  static const GMarkupParser parser = { styles_start_cb, styles_end_cb, NULL, NULL, NULL };
  g_autoptr(GHashTable) codes = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) formats = g_array_new (FALSE, FALSE, sizeof (guint));
  Styles styles = { codes, formats, FALSE };
  GArray *shown = g_array_new (FALSE, FALSE, sizeof (guint8));

  if (bytes != NULL && !hr_xlsx_parse_part (display_name, part, bytes, &parser, &styles, error))
    {
      g_array_unref (shown);
      return NULL;
    }
  for (guint i = 0; i < formats->len; i++)
    {
      guint id = g_array_index (formats, guint, i);
      gpointer custom;
      guint8 how = g_hash_table_lookup_extended (codes, GUINT_TO_POINTER (id), NULL, &custom)
                   ? GPOINTER_TO_UINT (custom) : hr_xlsx_shown_by_id (id);

      g_array_append_val (shown, how);
    }
  return shown;
}

/* --- shared strings --- */

typedef struct {
  HrXlsxContext *context;
  GString       *text;          /* of the <si> being read */
  gboolean       in_item;
  gboolean       in_text;
  gboolean       in_phonetic;
} Strings;

static void
strings_start_cb (GMarkupParseContext  *markup,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Strings *s = user_data;
  const char *name = hr_xlsx_local_name (element);

  if (g_str_equal (name, "si"))
    {
      s->in_item = TRUE;
      g_string_truncate (s->text, 0);
    }
  else if (s->in_item && g_str_equal (name, "rPh"))
    s->in_phonetic = TRUE;
  else if (s->in_item && g_str_equal (name, "t"))
    s->in_text = TRUE;
}

static void
strings_end_cb (GMarkupParseContext  *markup,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Strings *s = user_data;
  const char *name = hr_xlsx_local_name (element);

  if (g_str_equal (name, "si") && s->in_item)
    {
      s->in_item = FALSE;
      if (hr_xlsx_count_cells (s->context, 1, error))
        g_ptr_array_add (s->context->strings, hr_xlsx_unescape (s->text->str));
    }
  else if (g_str_equal (name, "rPh"))
    s->in_phonetic = FALSE;
  else if (g_str_equal (name, "t"))
    s->in_text = FALSE;
}

static void
strings_text_cb (GMarkupParseContext  *markup,
                 const char           *text,
                 gsize                 length,
                 gpointer              user_data,
                 GError              **error)
{
  Strings *s = user_data;

  if (s->in_item && s->in_text && !s->in_phonetic)
    g_string_append_len (s->text, text, length);
}

gboolean
hr_xlsx_parse_strings (const char     *part,
                       GBytes         *bytes,
                       HrXlsxContext  *context,
                       GError        **error)
{
  static const GMarkupParser parser = { strings_start_cb, strings_end_cb, strings_text_cb, NULL, NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  Strings strings = { context, text, FALSE, FALSE, FALSE };

  return bytes == NULL || hr_xlsx_parse_part (context->display_name, part, bytes, &parser, &strings, error);
}

/* hr-csv.c: the one CSV reader of every import, and a writer for exports */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-csv.h"
#include "hr-json.h"

G_DEFINE_QUARK (hr-csv-error-quark, hr_csv_error)

struct _HrCsvTable
{
  char        *display_name;
  char         delimiter;
  HrCsvRecord *header;
  GPtrArray   *rows;        /* HrCsvRecord */
};

typedef struct {
  const char *data;
  const char *end;
  const char *p;
  const char *display_name;
  char        delimiter;
  guint       line;
} Reader;

static void
record_free (gpointer data)
{
  HrCsvRecord *record = data;

  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record);
}

void
hr_csv_set_error (GError    **error,
                  const char *display_name,
                  guint       line,
                  const char *column,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (column)
    g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID, "%s:%u: %s: %s",
                 display_name, line, column, message);
  else
    g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID, "%s:%u: %s",
                 display_name, line, message);
}

static gboolean
fail_at_line (GError    **error,
              HrCsvError  code,
              const char *display_name,
              guint       line,
              const char *message)
{
  g_set_error (error, HR_CSV_ERROR, code, "%s:%u: %s", display_name, line, message);
  return FALSE;
}

/* The line of @at, counting CRLF, LF and CR line ends */
static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 == at || p[1] != '\n')))
      line++;
  return line;
}

static gboolean
check_encoding (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  const char *nul = memchr (data, '\0', length);
  const char *invalid = NULL;

  if (nul)
    return fail_at_line (error, HR_CSV_ERROR_ENCODING, display_name, line_of (data, nul),
                         _("NUL byte; expected a text file of comma-separated values"));
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_autofree char *message =
        /* Translators: %02X is the byte, e.g. "E9" for é in Latin-1 */
        g_strdup_printf (_("invalid UTF-8 (byte 0x%02X); expected UTF-8 text: "
                           "export the sheet as “CSV UTF-8”"), (guchar) *invalid);
      return fail_at_line (error, HR_CSV_ERROR_ENCODING, display_name,
                           line_of (data, invalid), message);
    }
  return TRUE;
}

/* The delimiter that the first line with content uses most, outside
 * quotes; a comma when it has none */
static char
sniff_delimiter (const char *p,
                 const char *end)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE, content = FALSE;
  guint best = 0;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        {
          if (content)
            break;
        }
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
      if (*p != '\n' && *p != '\r')
        content = TRUE;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

static void
skip_line_end (Reader *r)
{
  if (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')
    r->p++;
  r->p++;
  r->line++;
}

static gboolean
read_quoted (Reader   *r,
             GString  *field,
             GError  **error)
{
  guint start_line = r->line;

  for (r->p++; ; )
    {
      const char *run = r->p;

      while (r->p < r->end && *r->p != '"' && *r->p != '\r' && *r->p != '\n')
        r->p++;
      g_string_append_len (field, run, r->p - run);
      if (r->p == r->end)
        return fail_at_line (error, HR_CSV_ERROR_SYNTAX, r->display_name, start_line,
                             _("a quoted field has no closing quote; expected a closing \" "
                               "before the end of the file"));
      if (*r->p == '"')
        {
          if (r->p + 1 < r->end && r->p[1] == '"')
            {
              g_string_append_c (field, '"');
              r->p += 2;
              continue;
            }
          r->p++;
          break;
        }
      /* a line break inside quotes is part of the field */
      g_string_append_c (field, '\n');
      skip_line_end (r);
    }
  while (r->p < r->end && (*r->p == ' ' || (*r->p == '\t' && r->delimiter != '\t')))
    r->p++;
  if (r->p < r->end && *r->p != r->delimiter && *r->p != '\r' && *r->p != '\n')
    return fail_at_line (error, HR_CSV_ERROR_SYNTAX, r->display_name, r->line,
                         _("text after the closing quote of a field; expected a delimiter or "
                           "the end of the line (a quote inside a quoted field is written \"\")"));
  return TRUE;
}

/* The next record: 1, 0 at the end of the data, -1 on an error */
static int
next_record (Reader       *r,
             HrCsvRecord **out,
             gboolean     *blank,
             GError      **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  guint start_line = r->line;

  if (r->p >= r->end)
    return 0;
  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  *blank = TRUE;
  for (;;)
    {
      g_string_truncate (field, 0);
      if (r->p < r->end && *r->p == '"')
        {
          if (!read_quoted (r, field, error))
            return -1;
          *blank = FALSE;
        }
      else
        {
          const char *run = r->p;

          while (r->p < r->end && *r->p != r->delimiter && *r->p != '\r' && *r->p != '\n')
            r->p++;
          g_string_append_len (field, run, r->p - run);
          if (field->len > 0)
            *blank = FALSE;
        }
      if (fields->len == HR_CSV_MAX_FIELDS)
        {
          g_autofree char *message = g_strdup_printf (_("more than %d columns; expected at most %d"),
                                                      HR_CSV_MAX_FIELDS, HR_CSV_MAX_FIELDS);
          fail_at_line (error, HR_CSV_ERROR_TOO_LARGE, r->display_name, start_line, message);
          return -1;
        }
      g_ptr_array_add (fields, g_strndup (field->str, field->len));
      if (r->p >= r->end)
        break;
      if (*r->p == r->delimiter)
        {
          r->p++;
          continue;
        }
      skip_line_end (r);
      break;
    }
  *out = g_new0 (HrCsvRecord, 1);
  (*out)->line = start_line;
  (*out)->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  (*out)->fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  return 1;
}

static gboolean
start_reading (Reader              *r,
               const char          *data,
               gsize                length,
               const char          *display_name,
               const HrCsvOptions  *options,
               GError             **error)
{
  gsize max_size = options && options->max_size ? options->max_size : HR_CSV_MAX_SIZE;

  if (length > max_size)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_DEFAULT);
      g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_TOO_LARGE,
                   _("%s: the file has %s bytes; an import has at most %s"),
                   display_name, size, limit);
      return FALSE;
    }
  if (!check_encoding (data, length, display_name, error))
    return FALSE;
  r->data = data;
  r->end = data + length;
  r->p = data;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r->p += 3;
  r->display_name = display_name;
  r->line = 1;
  r->delimiter = options && options->delimiter ? options->delimiter
                                               : sniff_delimiter (r->p, r->end);
  return TRUE;
}

static gboolean
parse (const char          *data,
       gsize                length,
       const char          *display_name,
       const HrCsvOptions  *options,
       HrCsvRowFunc         func,
       gpointer             user_data,
       char                *delimiter,
       HrCsvRecord        **header_out,
       GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  HrCsvRecord *header = NULL;
  Reader r;
  int status;

  if (!start_reading (&r, data, length, display_name, options, error))
    return FALSE;
  if (delimiter)
    *delimiter = r.delimiter;
  for (;;)
    {
      HrCsvRecord *record = NULL;
      gboolean blank;

      status = next_record (&r, &record, &blank, &local_error);
      if (status <= 0)
        break;
      if (blank)
        record_free (record);
      else if (header == NULL)
        header = record;
      else
        {
          gboolean go_on = func (header, record, user_data, &local_error);

          record_free (record);
          if (!go_on)
            {
              status = -1;
              break;
            }
        }
    }
  if (status == 0 && header == NULL)
    g_set_error (&local_error, HR_CSV_ERROR, HR_CSV_ERROR_EMPTY,
                 _("%s: the file is empty; expected a header line naming the columns"),
                 display_name);
  if (header_out && local_error == NULL)
    *header_out = header;
  else
    record_free (header);
  if (local_error)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
hr_csv_parse_rows (const char          *data,
                   gsize                length,
                   const char          *display_name,
                   const HrCsvOptions  *options,
                   HrCsvRowFunc         func,
                   gpointer             user_data,
                   GError             **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return parse (data ? data : "", length, display_name, options, func, user_data, NULL, NULL, error);
}

void
hr_csv_record_append (const HrCsvRecord *record,
                      GPtrArray         *rows,
                      GArray            *lines)
{
  g_ptr_array_add (rows, g_strdupv (record->fields));
  g_array_append_val (lines, record->line);
}

static HrCsvRecord *
record_copy (const HrCsvRecord *record)
{
  HrCsvRecord *copy = g_new0 (HrCsvRecord, 1);

  copy->line = record->line;
  copy->n_fields = record->n_fields;
  copy->fields = g_strdupv (record->fields);
  return copy;
}

static gboolean
keep_row_cb (const HrCsvRecord *header,
             const HrCsvRecord *row,
             gpointer           user_data,
             GError           **error)
{
  HrCsvTable *table = user_data;

  g_ptr_array_add (table->rows, record_copy (row));
  return TRUE;
}

HrCsvTable *
hr_csv_table_parse (const char          *data,
                    gsize                length,
                    const char          *display_name,
                    const HrCsvOptions  *options,
                    GError             **error)
{
  g_autoptr(HrCsvTable) table = g_new0 (HrCsvTable, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  table->display_name = g_strdup (display_name);
  table->rows = g_ptr_array_new_with_free_func (record_free);
  if (!parse (data ? data : "", length, display_name, options, keep_row_cb, table,
              &table->delimiter, &table->header, error))
    return NULL;
  return g_steal_pointer (&table);
}

static HrCsvRecord *
record_new (char  **fields,
            guint   line)
{
  HrCsvRecord *record = g_new0 (HrCsvRecord, 1);

  record->line = line;
  record->fields = g_strdupv (fields);
  record->n_fields = g_strv_length (record->fields);
  return record;
}

HrCsvTable *
hr_csv_table_new_for_rows (const char  *display_name,
                           char       **header,
                           GPtrArray   *rows,
                           GArray      *lines,
                           guint        first)
{
  HrCsvTable *table = g_new0 (HrCsvTable, 1);

  g_return_val_if_fail (header != NULL && rows != NULL && lines != NULL && lines->len == rows->len, NULL);

  table->display_name = g_strdup (display_name);
  table->delimiter = ',';
  table->header = record_new (header, first > 0 ? g_array_index (lines, guint, first - 1) : 1);
  table->rows = g_ptr_array_new_with_free_func (record_free);
  for (guint r = first; r < rows->len; r++)
    g_ptr_array_add (table->rows, record_new (rows->pdata[r], g_array_index (lines, guint, r)));
  return table;
}

HrCsvTable *
hr_csv_table_read_file (GFile               *file,
                        const HrCsvOptions  *options,
                        GError             **error)
{
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autofree char *data = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize max_size = options && options->max_size ? options->max_size : HR_CSV_MAX_SIZE;
  gsize length;

  /* refuse a huge file before reading it */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info && (guint64) g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, g_file_info_get_size (info));
      g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_DEFAULT);
      g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_TOO_LARGE,
                   _("%s: the file has %s bytes; an import has at most %s"),
                   display_name, size, limit);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_IO, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return hr_csv_table_parse (data, length, display_name, options, error);
}

void
hr_csv_table_free (HrCsvTable *table)
{
  if (table == NULL)
    return;
  g_free (table->display_name);
  record_free (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

const char *
hr_csv_table_get_display_name (const HrCsvTable *table)
{
  return table->display_name;
}

char
hr_csv_table_get_delimiter (const HrCsvTable *table)
{
  return table->delimiter;
}

const HrCsvRecord *
hr_csv_table_get_header (const HrCsvTable *table)
{
  return table->header;
}

guint
hr_csv_table_get_n_rows (const HrCsvTable *table)
{
  return table->rows->len;
}

const HrCsvRecord *
hr_csv_table_get_row (const HrCsvTable *table,
                      guint             row)
{
  g_return_val_if_fail (row < table->rows->len, NULL);
  return g_ptr_array_index (table->rows, row);
}

int
hr_csv_table_find_column (const HrCsvTable *table,
                          const char       *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  g_strstrip (wanted);
  for (guint i = 0; i < table->header->n_fields; i++)
    {
      g_autofree char *column = g_utf8_casefold (table->header->fields[i], -1);

      if (g_str_equal (g_strstrip (column), wanted))
        return (int) i;
    }
  return -1;
}

const char *
hr_csv_table_get_field (const HrCsvTable *table,
                        guint             row,
                        int               column)
{
  const HrCsvRecord *record = hr_csv_table_get_row (table, row);

  if (record == NULL || column < 0 || (guint) column >= record->n_fields)
    return "";
  return record->fields[column];
}

/* --- writing --- */

void
hr_csv_append_field (GString    *out,
                     const char *field,
                     char        delimiter)
{
  gsize len = strlen (field);
  /* a leading byte order mark would be taken for the file's own */
  gboolean quote = len > 0 && (field[0] == ' ' || field[len - 1] == ' ' ||
                               g_str_has_prefix (field, "\xEF\xBB\xBF"));

  for (const char *p = field; !quote && *p; p++)
    quote = *p == delimiter || *p == '"' || *p == '\n' || *p == '\r';
  if (!quote)
    {
      g_string_append_len (out, field, len);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
hr_csv_append_row (GString            *out,
                   const char * const *fields,
                   guint               n_fields,
                   char                delimiter)
{
  gboolean blank = TRUE;

  for (guint i = 0; i < n_fields; i++)
    blank = blank && (fields[i] == NULL || fields[i][0] == '\0');
  /* a reader skips a blank line: a row of empty fields says so in quotes */
  if (blank && n_fields > 0)
    g_string_append (out, "\"\"");
  for (guint i = blank ? 1 : 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      hr_csv_append_field (out, fields[i] ? fields[i] : "", delimiter);
    }
  g_string_append_c (out, '\n');
}

void
hr_csv_append_number (GString *out,
                      double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ',');
  if (!isfinite (value))
    return;
  hr_json_format_number (buffer, sizeof buffer, value);
  g_string_append (out, buffer);
}

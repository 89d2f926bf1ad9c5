/* hr-xlsx-sheet.c: the cells of a worksheet part (xl/worksheets/sheetN.xml)
 *
 * <sheetData> holds <row r="7"> elements of <c r="C7" t="s" s="3"><v>…</v></c>
 * cells: t says what <v> holds (a shared string's index, a number, a
 * boolean, an error, a formula's text), s the cell format, which tells a
 * date from a number. <mergeCells> lists the merged ranges after the data.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-xlsx-private.h"

typedef struct {
  guint first_column, first_row, last_column, last_row;
} Range;

typedef struct {
  HrXlsxContext *context;
  GPtrArray     *records;        /* HrCsvRecord */
  GArray        *merges;         /* Range */
  gboolean       in_data;        /* inside <sheetData> */
  /* the row being read */
  gboolean       in_row;
  guint          row;            /* its number, from 1; 0 before the first */
  GPtrArray     *cells;          /* char * by column, NULL where none */
  guint          next_column;    /* of a cell without a reference */
  /* the cell being read */
  gboolean       in_cell;
  guint          column;
  char          *type;
  guint          style;
  gboolean       in_value;       /* <v> */
  guint          in_inline;      /* depth inside <is> */
  gboolean       in_text;        /* <t> inside <is> */
  gboolean       in_phonetic;    /* <rPh>, whose reading aid is not the text */
  GString       *value;
  GString       *inline_text;
} Reader;

static void
record_free (gpointer data)
{
  HrCsvRecord *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

gboolean
hr_xlsx_parse_reference (const char *text,
                         guint      *column,
                         guint      *row)
{
  guint64 c = 0, r = 0;
  guint letters = 0, digits = 0;
  const char *p = text;

  for (; g_ascii_isalpha (*p) && letters < 4; p++, letters++)
    c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p) && digits < 8; p++, digits++)
    r = r * 10 + (*p - '0');
  /* XFD is Excel's last column */
  if (letters == 0 || letters > 3 || c > 16384 || digits == 0 || *p != '\0' || r < 1 || r > HR_XLSX_MAX_ROWS)
    return FALSE;
  *column = (guint) c - 1;
  *row = (guint) r;
  return TRUE;
}

/* Just the column letters of a cell's "r", which must agree with a row */
static gboolean
parse_column (const char *text,
              guint      *column)
{
  guint row;

  return hr_xlsx_parse_reference (text, column, &row);
}

static gboolean
fail_at (Reader     *r,
         GError    **error,
         HrXlsxError code,
         guint       column,
         const char *message)
{
  g_autofree char *cell = hr_xlsx_dup_cell_name (r->context->sheet_name, column, r->row);

  /* Translators: a problem of a workbook's cell: file, cell ("Sheet1!C7"), what */
  g_set_error (error, HR_XLSX_ERROR, code, _("%s: %s: %s"), r->context->display_name, cell, message);
  return FALSE;
}

char *
hr_xlsx_dup_cell_name (const char *sheet,
                       guint       column,
                       guint       row)
{
  char letters[8];
  guint n = 0;
  GString *out = g_string_new (NULL);

  for (guint64 c = (guint64) column + 1; c > 0 && n < sizeof letters; c = (c - 1) / 26)
    letters[n++] = 'A' + (c - 1) % 26;
  if (sheet != NULL)
    {
      gboolean plain = *sheet != '\0' && !g_ascii_isdigit (*sheet);

      for (const char *p = sheet; *p && plain; p++)
        plain = g_ascii_isalnum (*p) || *p == '_' || (guchar) *p >= 0x80;
      if (plain)
        g_string_append (out, sheet);
      else
        {
          /* 'Q3 plan'!C7, with a quote in the name doubled */
          g_autofree char *quoted = NULL;
          g_auto(GStrv) parts = g_strsplit (sheet, "'", -1);

          quoted = g_strjoinv ("''", parts);
          g_string_append_printf (out, "'%s'", quoted);
        }
      g_string_append_c (out, '!');
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  g_string_append_printf (out, "%u", row);
  return g_string_free (out, FALSE);
}

/* --- values as Excel shows them --- */

/* The day and the seconds into it of Excel's date serial number; FALSE
 * when the number is no date Excel shows */
static gboolean
serial_to_date (double    serial,
                gboolean  date1904,
                GDate    *date,
                guint    *seconds,
                gboolean *leap_day_1900)
{
  double days = floor (serial);
  double secs = round ((serial - days) * 86400.0);

  *leap_day_1900 = FALSE;
  if (secs >= 86400.0)
    {
      days += 1;
      secs = 0;
    }
  *seconds = (guint) secs;
  /* 31 December 9999 is Excel's last day */
  if (!isfinite (serial) || days < (date1904 ? 0 : 1) || days > (date1904 ? 2957003 : 2958465))
    return FALSE;
  g_date_clear (date, 1);
  if (date1904)
    {
      g_date_set_dmy (date, 1, G_DATE_JANUARY, 1904);
      g_date_add_days (date, (guint) days);
    }
  else if (days == 60)
    /* Lotus 1-2-3 counted 1900 as a leap year, and Excel keeps its day */
    *leap_day_1900 = TRUE;
  else
    {
      /* day 1 is 1 January 1900; after the false leap day, one day less */
      g_date_set_dmy (date, days < 60 ? 31 : 30, G_DATE_DECEMBER, 1899);
      g_date_add_days (date, (guint) days);
    }
  return TRUE;
}

static char *
format_number (HrXlsxContext *context,
               double         value,
               HrXlsxShown    shown)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GDate date;
  guint seconds;
  gboolean leap_day;

  if (shown == HR_XLSX_SHOWN_TIME && value >= 0 && value < 1e7)
    {
      guint64 total = (guint64) round (value * 86400.0);

      if (total % 60 != 0)
        return g_strdup_printf ("%02u:%02u:%02u", (guint) (total / 3600), (guint) (total / 60 % 60),
                                (guint) (total % 60));
      return g_strdup_printf ("%02u:%02u", (guint) (total / 3600), (guint) (total / 60 % 60));
    }
  if (shown != HR_XLSX_SHOWN_NUMBER && serial_to_date (value, context->date1904, &date, &seconds, &leap_day))
    {
      guint year = leap_day ? 1900 : g_date_get_year (&date);
      guint month = leap_day ? 2 : g_date_get_month (&date);
      guint day = leap_day ? 29 : g_date_get_day (&date);

      if (shown == HR_XLSX_SHOWN_MONTH)
        return g_strdup_printf ("%04u-%02u", year, month);
      if (shown == HR_XLSX_SHOWN_DATE_TIME && seconds % 60 != 0)
        return g_strdup_printf ("%04u-%02u-%02u %02u:%02u:%02u", year, month, day, seconds / 3600,
                                seconds / 60 % 60, seconds % 60);
      if (shown == HR_XLSX_SHOWN_DATE_TIME)
        return g_strdup_printf ("%04u-%02u-%02u %02u:%02u", year, month, day, seconds / 3600, seconds / 60 % 60);
      return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
    }
  /* the number itself, in as few digits as give it back: the 15 Excel
   * shows when they do (0.3), more when the cell holds more; never "-0" */
  if (value == 0)
    value = 0;
  for (int digits = 15; digits < 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.17g", value));
}

/* An ISO 8601 date of a t="d" cell, as the other dates read */
static char *
format_iso_date (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *t = strchr (copy, 'T');
  const char *time_of_day;

  if (t == NULL)
    return g_steal_pointer (&copy);
  time_of_day = t + 1;
  /* not a time of day: the text as the cell holds it */
  if (*time_of_day != '\0' &&
      !(g_ascii_isdigit (time_of_day[0]) && g_ascii_isdigit (time_of_day[1]) && time_of_day[2] == ':' &&
        g_ascii_isdigit (time_of_day[3]) && g_ascii_isdigit (time_of_day[4])))
    return g_steal_pointer (&copy);
  *t = '\0';
  if (g_str_has_prefix (time_of_day, "00:00:00") || *time_of_day == '\0')
    return g_steal_pointer (&copy);
  /* the hour and minute */
  return g_strdup_printf ("%s %.5s", copy, time_of_day);
}

/* The text of the cell just read, or NULL with @error */
static char *
cell_text (Reader  *r,
           GError **error)
{
  const char *type = r->type != NULL ? r->type : "n";
  HrXlsxContext *context = r->context;

  if (g_str_equal (type, "inlineStr") || (r->value->len == 0 && r->inline_text->len > 0))
    return hr_xlsx_unescape (r->inline_text->str);
  if (g_str_equal (type, "s"))
    {
      g_autofree char *index_text = g_strstrip (g_strdup (r->value->str));
      char *end = NULL;
      guint64 index;

      if (*index_text == '\0')
        return g_strdup ("");
      index = g_ascii_strtoull (index_text, &end, 10);
      if (*end != '\0' || index >= context->strings->len)
        {
          g_autofree char *message = g_strdup_printf (_("shared string %s is not in the workbook"), index_text);
          fail_at (r, error, HR_XLSX_ERROR_SYNTAX, r->column, message);
          return NULL;
        }
      return g_strdup (context->strings->pdata[index]);
    }
  if (g_str_equal (type, "b"))
    {
      g_autofree char *flag = g_strstrip (g_strdup (r->value->str));

      if (*flag == '\0')
        return g_strdup ("");
      return g_strdup (g_str_equal (flag, "0") || g_ascii_strcasecmp (flag, "false") == 0 ? "FALSE" : "TRUE");
    }
  if (g_str_equal (type, "str") || g_str_equal (type, "e"))
    return hr_xlsx_unescape (r->value->str);
  if (g_str_equal (type, "d"))
    return format_iso_date (r->value->str);
  {
    g_autofree char *number = g_strstrip (g_strdup (r->value->str));
    char *end = NULL;
    double value;
    HrXlsxShown shown = HR_XLSX_SHOWN_NUMBER;

    if (*number == '\0')
      return g_strdup ("");
    value = g_ascii_strtod (number, &end);
    if (*end != '\0' || end == number || !isfinite (value))
      {
        g_autofree char *message = g_strdup_printf (_("“%s” is not a number"), number);
        fail_at (r, error, HR_XLSX_ERROR_SYNTAX, r->column, message);
        return NULL;
      }
    if (r->style < context->styles->len)
      shown = g_array_index (context->styles, guint8, r->style);
    return format_number (context, value, shown);
  }
}

/* --- the parser --- */

static gboolean
start_row (Reader       *r,
           const char  **names,
           const char  **values,
           GError      **error)
{
  const char *number = hr_xlsx_attribute (names, values, "r");
  guint64 row = r->row + 1;

  if (number != NULL)
    {
      char *end = NULL;

      row = g_ascii_strtoull (number, &end, 10);
      if (*end != '\0' || end == number)
        row = 0;
    }
  if (row < 1 || row > HR_XLSX_MAX_ROWS)
    {
      g_autofree char *limit = g_strdup_printf ("%u", HR_XLSX_MAX_ROWS);

      /* Translators: %s: a worksheet, then a row number as written, then Excel's limit */
      g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_SYNTAX, _("%s: %s: row “%s” is not a row between 1 and %s"),
                   r->context->display_name, r->context->sheet_name, number ? number : "", limit);
      return FALSE;
    }
  r->in_row = TRUE;
  r->row = (guint) row;
  r->next_column = 0;
  g_ptr_array_set_size (r->cells, 0);
  return TRUE;
}

static gboolean
end_row (Reader  *r,
         GError **error)
{
  HrCsvRecord *record;

  r->in_row = FALSE;
  if (r->cells->len == 0)
    return TRUE;
  if (!hr_xlsx_count_cells (r->context, r->cells->len, error))
    return FALSE;
  record = g_new0 (HrCsvRecord, 1);
  record->line = r->row;
  record->n_fields = r->cells->len;
  record->fields = g_new0 (char *, r->cells->len + 1);
  for (guint c = 0; c < r->cells->len; c++)
    record->fields[c] = r->cells->pdata[c] != NULL ? g_steal_pointer (&r->cells->pdata[c]) : g_strdup ("");
  g_ptr_array_set_size (r->cells, 0);
  g_ptr_array_add (r->records, record);
  return TRUE;
}

static gboolean
start_cell (Reader       *r,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const char *reference = hr_xlsx_attribute (names, values, "r");
  const char *style = hr_xlsx_attribute (names, values, "s");

  if (reference != NULL && !parse_column (reference, &r->column))
    {
      /* Translators: %s: a worksheet, then what a cell gives as its reference */
      g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_SYNTAX, _("%s: %s: “%s” is not a cell reference"),
                   r->context->display_name, r->context->sheet_name, reference);
      return FALSE;
    }
  if (reference == NULL)
    r->column = r->next_column;
  if (r->column >= HR_CSV_MAX_FIELDS)
    {
      g_autofree char *message = g_strdup_printf (_("an import reads at most %u columns"), HR_CSV_MAX_FIELDS);
      return fail_at (r, error, HR_XLSX_ERROR_TOO_LARGE, r->column, message);
    }
  r->next_column = r->column + 1;
  r->in_cell = TRUE;
  g_free (r->type);
  r->type = g_strdup (hr_xlsx_attribute (names, values, "t"));
  r->style = style != NULL ? (guint) MIN (g_ascii_strtoull (style, NULL, 10), G_MAXUINT) : 0;
  g_string_truncate (r->value, 0);
  g_string_truncate (r->inline_text, 0);
  return TRUE;
}

static gboolean
end_cell (Reader  *r,
          GError **error)
{
  g_autofree char *text = cell_text (r, error);

  r->in_cell = FALSE;
  if (text == NULL)
    return FALSE;
  if (*text == '\0')
    return TRUE;
  if (r->column >= r->cells->len)
    g_ptr_array_set_size (r->cells, r->column + 1);
  g_free (r->cells->pdata[r->column]);
  r->cells->pdata[r->column] = g_steal_pointer (&text);
  return TRUE;
}

static void
add_merge (Reader     *r,
           const char *ref)
{
  g_auto(GStrv) corners = g_strsplit (ref, ":", 3);
  Range range;

  if (corners[0] == NULL || corners[1] == NULL || corners[2] != NULL
      || !hr_xlsx_parse_reference (corners[0], &range.first_column, &range.first_row)
      || !hr_xlsx_parse_reference (corners[1], &range.last_column, &range.last_row))
    return;
  if (range.last_column < range.first_column || range.last_row < range.first_row
      || range.first_column >= HR_CSV_MAX_FIELDS)
    return;
  range.last_column = MIN (range.last_column, HR_CSV_MAX_FIELDS - 1);
  g_array_append_val (r->merges, range);
}

static void
start_element_cb (GMarkupParseContext  *markup,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Reader *r = user_data;
  const char *name = hr_xlsx_local_name (element);

  if (g_str_equal (name, "sheetData"))
    r->in_data = TRUE;
  else if (r->in_data && !r->in_row && g_str_equal (name, "row"))
    start_row (r, names, values, error);
  else if (r->in_row && !r->in_cell && g_str_equal (name, "c"))
    start_cell (r, names, values, error);
  else if (r->in_cell && g_str_equal (name, "v"))
    r->in_value = TRUE;
  else if (r->in_cell && g_str_equal (name, "is"))
    r->in_inline++;
  else if (r->in_inline > 0 && g_str_equal (name, "rPh"))
    r->in_phonetic = TRUE;
  else if (r->in_inline > 0 && g_str_equal (name, "t"))
    r->in_text = TRUE;
  else if (!r->in_data && g_str_equal (name, "mergeCell"))
    {
      const char *ref = hr_xlsx_attribute (names, values, "ref");

      if (ref != NULL)
        add_merge (r, ref);
    }
}

static void
end_element_cb (GMarkupParseContext  *markup,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Reader *r = user_data;
  const char *name = hr_xlsx_local_name (element);

  if (g_str_equal (name, "sheetData"))
    r->in_data = FALSE;
  else if (r->in_row && !r->in_cell && g_str_equal (name, "row"))
    end_row (r, error);
  else if (r->in_cell && r->in_inline == 0 && g_str_equal (name, "c"))
    end_cell (r, error);
  else if (r->in_cell && g_str_equal (name, "v"))
    r->in_value = FALSE;
  else if (r->in_inline > 0 && g_str_equal (name, "is"))
    r->in_inline--;
  else if (r->in_inline > 0 && g_str_equal (name, "rPh"))
    r->in_phonetic = FALSE;
  else if (r->in_inline > 0 && g_str_equal (name, "t"))
    r->in_text = FALSE;
}

static void
text_cb (GMarkupParseContext  *markup,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *r = user_data;

  if (r->in_value)
    g_string_append_len (r->value, text, length);
  else if (r->in_text && !r->in_phonetic)
    g_string_append_len (r->inline_text, text, length);
}

/* --- merged ranges --- */

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const HrCsvRecord *x = *(HrCsvRecord **) a, *y = *(HrCsvRecord **) b;

  return (x->line > y->line) - (x->line < y->line);
}

/* The first record at @row or below */
static guint
first_record_from (GPtrArray *records,
                   guint      row)
{
  guint low = 0, high = records->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (((HrCsvRecord *) records->pdata[middle])->line < row)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static void
set_field (HrCsvRecord *record,
           guint        column,
           const char  *text)
{
  if (column >= record->n_fields)
    {
      record->fields = g_renew (char *, record->fields, column + 2);
      for (guint c = record->n_fields; c <= column; c++)
        record->fields[c] = g_strdup ("");
      record->fields[column + 1] = NULL;
      record->n_fields = column + 1;
    }
  g_free (record->fields[column]);
  record->fields[column] = g_strdup (text);
}

/* Every cell of a merged range reads as its first cell, in the rows that
 * hold a value; a range over empty rows makes no rows of its own */
static gboolean
fill_merges (Reader  *r,
             GError **error)
{
  for (guint m = 0; m < r->merges->len; m++)
    {
      const Range *range = &g_array_index (r->merges, Range, m);
      guint first = first_record_from (r->records, range->first_row);
      HrCsvRecord *top;
      g_autofree char *text = NULL;

      if (first >= r->records->len)
        continue;
      top = r->records->pdata[first];
      if (top->line != range->first_row || range->first_column >= top->n_fields
          || top->fields[range->first_column][0] == '\0')
        continue;
      text = g_strdup (top->fields[range->first_column]);
      for (guint i = first; i < r->records->len; i++)
        {
          HrCsvRecord *record = r->records->pdata[i];

          if (record->line > range->last_row)
            break;
          /* the cells it adds count, so that ranges cannot grow without end */
          if (!hr_xlsx_count_cells (r->context, range->last_column - range->first_column + 1, error))
            return FALSE;
          for (guint c = range->first_column; c <= range->last_column; c++)
            if (record != top || c != range->first_column)
              set_field (record, c, text);
        }
    }
  return TRUE;
}

GPtrArray *
hr_xlsx_read_cells (HrXlsxContext *context,
                    GBytes        *xml,
                    GError       **error)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  g_autoptr(GArray) merges = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GString) inline_text = g_string_new (NULL);
  Reader r = {
    .context = context, .records = records, .merges = merges, .cells = cells, .value = value,
    .inline_text = inline_text,
  };
  gboolean ok = hr_xlsx_parse_part (context->display_name, context->part, xml, &parser, &r, error);

  g_free (r.type);
  if (!ok)
    return NULL;
  /* Excel writes rows in order; a sheet that does not is read in order */
  g_ptr_array_sort (records, compare_lines);
  if (!fill_merges (&r, error))
    return NULL;
  return g_steal_pointer (&records);
}

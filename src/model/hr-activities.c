/* hr-activities.c: the journey's activity table out and back */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hr-activities.h"
#include "hr-csv.h"
#include "hr-dtoa.h"
#include "hr-forecast.h"
#include "hr-json.h"
#include "hr-xlsx.h"

enum { COL_ID, COL_NAME, COL_PLAY, COL_ROLE, COL_AT, COL_EVERY, COL_UNTIL, COL_PREP, COL_EXEC, COL_FOLLOW,
       N_FIXED };

static const char *fixed_fields[N_FIXED] = {
  "id", "name", "play", "role", "at", "every", "until", "prep", "exec", "follow",
};

/* What leaders' spreadsheets call the columns, besides Headroom's own names */
static const char *synonyms[N_FIXED][9] = {
  [COL_ID] = { "moment id", "key", NULL },
  [COL_NAME] = { "moment", "activity", "service moment", "title", "touchpoint", NULL },
  [COL_PLAY] = { "stage", "phase", "journey stage", NULL },
  [COL_ROLE] = { "owner", "responsible", "delivered by", "who", NULL },
  [COL_AT] = { "month", "start month", "tenure month", "first month", "starts", "from month", NULL },
  [COL_EVERY] = { "repeat", "repeat every", "interval", "every (months)", "frequency", NULL },
  [COL_UNTIL] = { "end", "end month", "last month", "ends", "to month", NULL },
  [COL_PREP] = { "preparation", "prep hours", "preparation hours", "prep (h)", NULL },
  [COL_EXEC] = { "execution", "delivery", "exec hours", "execution hours", "exec (h)", NULL },
  [COL_FOLLOW] = { "follow-up", "follow up", "follow-through", "follow through", "follow hours",
                   "follow-up hours", "follow (h)", NULL },
};

static const char * const mode_names[] = { "one_to_one", "one_to_many", "digital", "skip" };

/* --- export --- */

/* The shortest digits that read back: 0.52, not 0.52000000000000002 */
static char *
format_number (double value)
{
  char buffer[HR_DTOA_BUFFER_SIZE];

  hr_dtoa_shortest (value == 0 ? 0 : value, buffer);
  return g_strdup (buffer);
}

static char *
dup_treatment_cell (HrTreatment *treatment)
{
  HrMode mode = hr_treatment_get_mode (treatment);
  double factor = hr_treatment_get_factor (treatment);
  GString *out = g_string_new (mode_names[mode]);

  if (mode == HR_MODE_ONE_TO_MANY)
    {
      g_autofree char *group = format_number (hr_treatment_get_group_size (treatment));
      g_string_append_printf (out, " %s", group);
    }
  if ((mode == HR_MODE_ONE_TO_ONE || mode == HR_MODE_ONE_TO_MANY) && factor != 1.0)
    {
      g_autofree char *times = format_number (factor);
      g_string_append_printf (out, " x%s", times);
    }
  return g_string_free (out, FALSE);
}

/* g_strv_builder_take() is GLib 2.80 */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

GPtrArray *
hr_activities_to_rows (HrPlan *plan)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *segments = hr_plan_get_segments (plan);
  guint n_segments = g_list_model_get_n_items (segments);
  GStrvBuilder *header = g_strv_builder_new ();

  g_strv_builder_addv (header, fixed_fields);
  for (guint g = 0; g < n_segments; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      g_strv_builder_add (header, hr_segment_get_name (segment));
    }
  g_ptr_array_add (rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *name = NULL, *play = NULL, *role = NULL;
      int at, every, until;
      double prep, exec, follow;

      g_object_get (moment, "name", &name, "play", &play, "role", &role, "at", &at, "every", &every,
                    "until", &until, "prep", &prep, "exec", &exec, "follow", &follow, NULL);
      g_strv_builder_add (row, hr_item_get_id (HR_ITEM (moment)));
      g_strv_builder_add (row, name ? name : "");
      g_strv_builder_add (row, play ? play : "");
      g_strv_builder_add (row, role ? role : "");
      builder_take (row, g_strdup_printf ("%d", at));
      builder_take (row, g_strdup_printf ("%d", every));
      builder_take (row, until >= 0 ? g_strdup_printf ("%d", until) : g_strdup (""));
      builder_take (row, format_number (prep));
      builder_take (row, format_number (exec));
      builder_take (row, format_number (follow));
      for (guint g = 0; g < n_segments; g++)
        {
          g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
          builder_take (row, dup_treatment_cell (hr_moment_get_treatment (moment, hr_item_get_id (HR_ITEM (segment)))));
        }
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }
  return rows;
}

char *
hr_activities_to_csv (HrPlan *plan)
{
  g_autoptr(GPtrArray) rows = hr_activities_to_rows (plan);
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      hr_csv_append_row (out, (const char * const *) row, g_strv_length (row), ',');
    }
  return g_string_free (out, FALSE);
}

/* --- reading CSV, through the shared reader (XLSX: hr_xlsx_read_rows) --- */

gboolean
hr_activities_read_csv (const char  *data,
                        gsize        length,
                        const char  *display_name,
                        GPtrArray  **rows_out,
                        GArray     **lines_out,
                        GError     **error)
{
  g_autoptr(HrCsvTable) table = hr_csv_table_parse (data, length, display_name, NULL, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;

  if (table == NULL)
    return FALSE;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  lines = g_array_new (FALSE, FALSE, sizeof (guint));
  hr_csv_record_append (hr_csv_table_get_header (table), rows, lines);
  for (guint r = 0; r < hr_csv_table_get_n_rows (table); r++)
    hr_csv_record_append (hr_csv_table_get_row (table, r), rows, lines);
  *rows_out = g_steal_pointer (&rows);
  *lines_out = g_steal_pointer (&lines);
  return TRUE;
}

/* --- import --- */

void
hr_activities_import_free (HrActivitiesImport *import)
{
  if (import == NULL)
    return;
  g_clear_object (&import->plan);
  g_ptr_array_unref (import->added);
  g_ptr_array_unref (import->changed);
  g_ptr_array_unref (import->removed);
  g_ptr_array_unref (import->warnings);
  g_free (import);
}

static char *
fold (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  return g_utf8_casefold (trimmed, -1);
}

/* Which field a header names: a fixed column, N_FIXED + g for tier g, or -1 */
static int
column_field (HrPlan             *plan,
              const char         *header,
              const char * const *mapping)
{
  g_autofree char *name = fold (header);
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint i = 0; mapping != NULL && mapping[i]; i++)
    {
      g_auto(GStrv) pair = g_strsplit (mapping[i], "=", 2);
      g_autofree char *from = fold (pair[0]);

      if (pair[1] != NULL && g_str_equal (from, name))
        return column_field (plan, pair[1], NULL);
    }
  for (guint f = 0; f < N_FIXED; f++)
    {
      if (g_str_equal (name, fixed_fields[f]))
        return f;
      for (guint s = 0; synonyms[f][s]; s++)
        if (g_str_equal (name, synonyms[f][s]))
          return f;
    }
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      g_autofree char *id = fold (hr_item_get_id (HR_ITEM (segment)));
      g_autofree char *tier = fold (hr_segment_get_name (segment));

      if (g_str_equal (name, id) || g_str_equal (name, tier))
        return N_FIXED + g;
    }
  return -1;
}

/* Where a problem is: a CSV file's line, or a worksheet's cell */
typedef struct {
  const char *display_name;
  const char *sheet;       /* NULL for CSV */
  guint       line;        /* the line, or the sheet's row */
  guint       column;
  const char *header;
  GString    *problems;
} Cell;

static void
at_column (Cell        *cell,
           char       **header,
           guint        column)
{
  cell->column = column;
  cell->header = header[column];
}

static void
problem (Cell       *cell,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Cell       *cell,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (cell->problems->len)
    g_string_append_c (cell->problems, '\n');
  if (cell->sheet != NULL)
    {
      g_autofree char *name = hr_xlsx_dup_cell_name (cell->sheet, cell->column, cell->line);

      /* Translators: a problem of an imported worksheet: file, cell ("Sheet1!C7"), column, what */
      g_string_append_printf (cell->problems, _("%s: %s: %s: %s"), cell->display_name, name, cell->header, message);
      return;
    }
  /* Translators: a problem of an imported table: file, line, column, what */
  g_string_append_printf (cell->problems, _("%s:%u: column “%s”: %s"), cell->display_name, cell->line,
                          cell->header, message);
}

/* "activities.csv:3" or "activities.xlsx: Sheet1, row 3", to start a
 * message about a whole row */
static char *
dup_row_location (const char *display_name,
                  const char *sheet,
                  guint       line)
{
  if (sheet != NULL)
    /* Translators: a row of an imported worksheet: file, sheet, row number */
    return g_strdup_printf (_("%s: %s, row %u"), display_name, sheet, line);
  return g_strdup_printf ("%s:%u", display_name, line);
}

/* Does @row name the moments, with a column of ids or names? */
static gboolean
names_moments (HrPlan             *plan,
               char              **row,
               const char * const *mapping)
{
  for (guint c = 0; row[c]; c++)
    {
      int f = *row[c] != '\0' ? column_field (plan, row[c], mapping) : -1;

      if (f == COL_ID || f == COL_NAME)
        return TRUE;
    }
  return FALSE;
}

/* Does @row carry on @header above it, as "Prep | Exec | Follow" under
 * "Hours" merged over the three? It names a column the header does not,
 * and every other value it holds names a column too or repeats the header
 * above it (a header cell merged down over both rows). */
static gboolean
continues_header (HrPlan             *plan,
                  char              **header,
                  char              **row,
                  const char * const *mapping)
{
  guint n_header = g_strv_length (header);
  guint named = 0;

  for (guint c = 0; row[c]; c++)
    {
      if (*row[c] == '\0' || (c < n_header && g_str_equal (row[c], header[c])))
        continue;
      if (column_field (plan, row[c], mapping) < 0)
        return FALSE;
      named++;
    }
  return named > 0;
}

/* The header of the table at @first, a title and notes above it left out,
 * and a second header row below it merged in; @data is the first data row */
#define HEADER_SEARCH_ROWS 10

static char **
find_header (HrPlan             *plan,
             GPtrArray          *rows,
             const char * const *mapping,
             guint              *first,
             guint              *data)
{
  GStrvBuilder *builder;
  char **header, **below;
  char **result;

  *first = 0;
  for (guint r = 0; r < MIN (rows->len, HEADER_SEARCH_ROWS); r++)
    if (names_moments (plan, rows->pdata[r], mapping))
      {
        *first = r;
        break;
      }
  header = rows->pdata[*first];
  *data = *first + 1;
  below = *data < rows->len ? rows->pdata[*data] : NULL;
  if (below == NULL || !continues_header (plan, header, below, mapping))
    return g_strdupv (header);
  builder = g_strv_builder_new ();
  for (guint c = 0, n_upper = g_strv_length (header), n_lower = g_strv_length (below); c < MAX (n_upper, n_lower);
       c++)
    {
      const char *upper = c < n_upper ? header[c] : "";
      const char *lower = c < n_lower ? below[c] : "";

      g_strv_builder_add (builder, *lower != '\0' ? lower : upper);
    }
  (*data)++;
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

static gboolean
parse_number (Cell       *cell,
              const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0')
    {
      *value = 0;
      return TRUE;
    }
  /* a decimal comma, as European sheets write it */
  if (strchr (copy, '.') == NULL)
    g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (*value) || *value < 0)
    {
      problem (cell, _("“%s” is not a number of hours of 0 or more"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_month (Cell       *cell,
             const char *text,
             int         empty,
             int        *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  gint64 n;

  if (*copy == '\0')
    {
      *value = empty;
      return TRUE;
    }
  n = g_ascii_strtoll (copy, &end, 10);
  if (end == copy || *end != '\0' || n < 0 || n > 1200)
    {
      problem (cell, _("“%s” is not a whole number of months between 0 and 1200"), text);
      return FALSE;
    }
  *value = (int) n;
  return TRUE;
}

/* "one_to_many 20 x0.5", "1:1", "One to one ×1.5", "digital", "skip" */
static gboolean
parse_treatment (Cell       *cell,
                 const char *text,
                 int        *mode,
                 double     *factor,
                 double     *group)
{
  g_autofree char *folded = fold (text);
  g_auto(GStrv) words = NULL;
  static const struct { const char *word; int mode; } modes[] = {
    { "one_to_one", HR_MODE_ONE_TO_ONE }, { "1:1", HR_MODE_ONE_TO_ONE }, { "one-to-one", HR_MODE_ONE_TO_ONE },
    { "one_to_many", HR_MODE_ONE_TO_MANY }, { "1:n", HR_MODE_ONE_TO_MANY }, { "1:many", HR_MODE_ONE_TO_MANY },
    { "one-to-many", HR_MODE_ONE_TO_MANY }, { "digital", HR_MODE_DIGITAL }, { "tech", HR_MODE_DIGITAL },
    { "skip", HR_MODE_SKIP }, { "skipped", HR_MODE_SKIP }, { "none", HR_MODE_SKIP }, { "-", HR_MODE_SKIP },
    { "–", HR_MODE_SKIP },
  };

  *mode = HR_MODE_ONE_TO_ONE;
  *factor = 1.0;
  *group = 10.0;
  if (*folded == '\0')
    return TRUE;
  /* "one to many" written out */
  for (char *s; (s = strstr (folded, "one to ")) != NULL;)
    s[3] = s[6] = '_';
  words = g_strsplit_set (folded, " ,;()", -1);
  {
    gboolean found = FALSE;

    for (guint w = 0; words[w]; w++)
      {
        const char *word = words[w];

        if (*word == '\0' || g_str_equal (word, "groups") || g_str_equal (word, "group") || g_str_equal (word, "of"))
          continue;
        if (!found)
          {
            for (guint m = 0; m < G_N_ELEMENTS (modes) && !found; m++)
              if (g_str_equal (word, modes[m].word))
                {
                  *mode = modes[m].mode;
                  found = TRUE;
                }
            if (found)
              continue;
            break;
          }
        if (g_str_has_prefix (word, "x") || g_str_has_prefix (word, "×"))
          {
            const char *number = g_str_has_prefix (word, "x") ? word + 1 : word + strlen ("×");
            char *end = NULL;

            *factor = g_ascii_strtod (number, &end);
            if (end == number || *end != '\0' || !(*factor > 0))
              {
                problem (cell, _("“%s”: the factor after × must be a number above 0"), text);
                return FALSE;
              }
          }
        else
          {
            char *end = NULL;

            *group = g_ascii_strtod (word, &end);
            if (end == word || *end != '\0' || *group < 1 || *mode != HR_MODE_ONE_TO_MANY)
              {
                problem (cell, _("“%s” is not a treatment: write one_to_one, one_to_many GROUP, digital or skip, "
                                 "with ×FACTOR after the first two"), text);
                return FALSE;
              }
          }
      }
    if (!found)
      {
        problem (cell, _("“%s” is not a treatment: write one_to_one, one_to_many GROUP, digital or skip, "
                         "with ×FACTOR after the first two"), text);
        return FALSE;
      }
  }
  return TRUE;
}

static HrMoment *
find_moment (HrPlan     *plan,
             const char *id,
             const char *name)
{
  GListModel *moments = hr_plan_get_moments (plan);
  g_autofree char *folded = fold (name);

  if (id != NULL && *id != '\0')
    return hr_plan_find_moment (plan, id);
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *other = fold (hr_moment_get_name (moment));

      if (*folded != '\0' && g_str_equal (folded, other))
        return moment;
    }
  return NULL;
}

static char *
new_moment_id (HrPlan     *plan,
               const char *name)
{
  GString *id = g_string_new (NULL);
  g_autofree char *folded = fold (name);
  g_autofree char *base = NULL;

  for (const char *p = folded; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (id, *p);
    else if (id->len > 0 && id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "moment");
  g_string_truncate (id, 56);
  base = g_string_free (id, FALSE);
  for (guint n = 1;; n++)
    {
      g_autofree char *candidate = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);
      if (hr_plan_find_moment (plan, candidate) == NULL)
        return g_steal_pointer (&candidate);
    }
}

/* Sets @property of @object to @value when it differs, saying so */
static void
set_field (HrActivitiesImport *import,
           GObject            *object,
           const char         *moment,
           const char         *property,
           const GValue       *value,
           gboolean            report)
{
  GValue old = G_VALUE_INIT;
  g_autofree char *before = NULL, *after = NULL;

  g_value_init (&old, G_VALUE_TYPE (value));
  g_object_get_property (object, property, &old);
  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      before = format_number (g_value_get_double (&old));
      after = format_number (g_value_get_double (value));
    }
  else
    {
      before = g_strdup_value_contents (&old);
      after = g_strdup_value_contents (value);
    }
  if (!g_str_equal (before, after))
    {
      g_object_set_property (object, property, value);
      if (report)
        /* Translators: one change of an import, "Kickoff: prep 1.5 → 2" */
        g_ptr_array_add (import->changed, g_strdup_printf (_("%s: %s %s → %s"), moment, property, before, after));
    }
  g_value_unset (&old);
}

static void
set_string (HrActivitiesImport *import, GObject *object, const char *moment, const char *property,
            const char *text, gboolean report)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_field (import, object, moment, property, &value, report);
  g_value_unset (&value);
}

static void
set_int (HrActivitiesImport *import, GObject *object, const char *moment, const char *property, int number,
         gboolean report)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, number);
  set_field (import, object, moment, property, &value, report);
}

static void
set_double (HrActivitiesImport *import, GObject *object, const char *moment, const char *property, double number,
            gboolean report)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  set_field (import, object, moment, property, &value, report);
}

char **
hr_activities_find_header (HrPlan             *plan,
                           GPtrArray          *rows,
                           const char * const *mapping,
                           guint              *first_data)
{
  guint first;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rows != NULL && rows->len > 0, NULL);

  return find_header (plan, rows, mapping, &first, first_data);
}

GStrv
hr_activities_dup_fields (HrPlan *plan)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint f = 0; f < N_FIXED; f++)
    g_strv_builder_add (builder, fixed_fields[f]);
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrItem) segment = g_list_model_get_item (segments, g);
      g_strv_builder_add (builder, hr_item_get_id (segment));
    }
  return g_strv_builder_end (builder);
}

int
hr_activities_column_field (HrPlan             *plan,
                            const char         *header,
                            const char * const *mapping)
{
  g_return_val_if_fail (HR_IS_PLAN (plan), -1);

  return header != NULL && *header != '\0' ? column_field (plan, header, mapping) : -1;
}

HrActivitiesImport *
hr_activities_import (HrPlan             *plan,
                      GPtrArray          *rows,
                      GArray             *lines,
                      const char         *display_name,
                      const char * const *mapping,
                      gboolean            keep_missing,
                      GError            **error)
{
  return hr_activities_import_sheet (plan, rows, lines, display_name, NULL, mapping, keep_missing, error);
}

HrActivitiesImport *
hr_activities_import_sheet (HrPlan             *plan,
                            GPtrArray          *rows,
                            GArray             *lines,
                            const char         *display_name,
                            const char         *sheet,
                            const char * const *mapping,
                            gboolean            keep_missing,
                            GError            **error)
{
  g_autoptr(HrActivitiesImport) import = g_new0 (HrActivitiesImport, 1);
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *segments = hr_plan_get_segments (plan);
  g_auto(GStrv) header = NULL;
  g_autofree int *fields = NULL;
  int columns[N_FIXED];
  g_autoptr(GError) invalid = NULL;
  guint header_row, first_data;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rows != NULL && rows->len > 0, NULL);

  import->plan = hr_plan_copy (plan);
  import->added = g_ptr_array_new_with_free_func (g_free);
  import->changed = g_ptr_array_new_with_free_func (g_free);
  import->removed = g_ptr_array_new_with_free_func (g_free);
  import->warnings = g_ptr_array_new_with_free_func (g_free);

  header = find_header (plan, rows, mapping, &header_row, &first_data);
  fields = g_new0 (int, g_strv_length (header) + 1);
  for (guint f = 0; f < N_FIXED; f++)
    columns[f] = -1;
  if (header_row > 0)
    {
      g_autofree char *where = dup_row_location (display_name, sheet, g_array_index (lines, guint, header_row));

      /* Translators: %s: where the header row is, "activities.xlsx: Sheet1, row 3" */
      g_ptr_array_add (import->warnings, g_strdup_printf (_("%s: the table’s header; the rows above it are not read"),
                                                          where));
    }
  for (guint c = 0; header[c]; c++)
    {
      fields[c] = *header[c] != '\0' ? column_field (plan, header[c], mapping) : -1;
      if (fields[c] < 0 && *header[c] != '\0')
        g_ptr_array_add (import->warnings, g_strdup_printf (_("%s: column “%s” is not used"), display_name, header[c]));
      else if (fields[c] >= 0 && fields[c] < N_FIXED)
        columns[fields[c]] = c;
    }
  if (columns[COL_ID] < 0 && columns[COL_NAME] < 0)
    {
      g_autofree char *where = dup_row_location (display_name, sheet, g_array_index (lines, guint, header_row));

      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   /* Translators: %s: where the header is, "activities.csv:1" */
                   _("%s: no column names the moments: head one “id” or “name” (or map one with Header=name)"),
                   where);
      return NULL;
    }

  for (guint r = first_data; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint n = g_strv_length (row);
      Cell cell = { display_name, sheet, g_array_index (lines, guint, r), 0, NULL, problems };
      const char *id = columns[COL_ID] >= 0 && (guint) columns[COL_ID] < n ? row[columns[COL_ID]] : NULL;
      const char *name = columns[COL_NAME] >= 0 && (guint) columns[COL_NAME] < n ? row[columns[COL_NAME]] : NULL;
      g_autofree char *clean_id = id ? g_strstrip (g_strdup (id)) : NULL;
      HrMoment *moment = find_moment (import->plan, clean_id, name);
      gboolean added = moment == NULL;
      g_autoptr(HrMoment) created = NULL;
      const char *label;
      guint before = problems->len;

      if (added)
        {
          g_autofree char *new_id = NULL;

          if (clean_id != NULL && *clean_id != '\0' && !hr_id_is_valid (clean_id))
            {
              at_column (&cell, header, columns[COL_ID]);
              problem (&cell, _("“%s” is not an id: lower-case letters, digits, “-” and “_”"), clean_id);
              continue;
            }
          g_autofree char *folded_name = fold (name);

          if (*folded_name == '\0' && (clean_id == NULL || *clean_id == '\0'))
            {
              at_column (&cell, header, columns[COL_NAME] >= 0 ? columns[COL_NAME] : columns[COL_ID]);
              problem (&cell, _("the row names no moment"));
              continue;
            }
          new_id = clean_id != NULL && *clean_id != '\0' ? g_strdup (clean_id) : new_moment_id (import->plan, name);
          created = hr_moment_new (new_id);
          moment = created;
          if (name != NULL)
            g_object_set (moment, "name", name, NULL);
          hr_plan_insert_item (import->plan, HR_ITEM (moment), -1);
        }
      if (g_hash_table_contains (seen, moment))
        {
          at_column (&cell, header, columns[COL_ID] >= 0 ? columns[COL_ID] : columns[COL_NAME]);
          problem (&cell, _("“%s” is in the table twice"), hr_moment_get_name (moment));
          continue;
        }
      g_hash_table_add (seen, moment);
      label = hr_item_get_id (HR_ITEM (moment));

      for (guint c = 0; c < n && header[c]; c++)
        {
          int f = fields[c];
          const char *text = row[c];

          at_column (&cell, header, c);
          if (f < 0 || f == COL_ID)
            continue;
          if (f == COL_NAME)
            {
              if (*text != '\0')
                set_string (import, G_OBJECT (moment), label, "name", text, !added);
            }
          else if (f == COL_PLAY)
            {
              HrPlay play = HR_PLAY_SUPPORTING;
              g_autofree char *folded = fold (text);
              gboolean ok = *folded == '\0' || hr_play_from_string (folded, &play);

              for (guint p = 0; !ok && p < HR_N_PLAYS; p++)
                {
                  g_autofree char *shown = fold (hr_play_get_label (p));
                  if (g_str_equal (shown, folded))
                    play = p, ok = TRUE;
                }
              if (!ok)
                problem (&cell, _("“%s” is not a play: write one of purchase_welcome, kickoff, onboarding, "
                                  "first_value, value_blocks, sharing_insights, alignment_meeting, renew_grow, "
                                  "supporting"), text);
              else
                set_string (import, G_OBJECT (moment), label, "play", hr_play_to_string (play), !added);
            }
          else if (f == COL_ROLE)
            {
              g_autofree char *folded = fold (text);
              const char *role_id = NULL;
              GListModel *roles = hr_plan_get_roles (import->plan);

              for (guint i = 0; *folded != '\0' && i < g_list_model_get_n_items (roles) && !role_id; i++)
                {
                  g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
                  g_autofree char *rid = fold (hr_item_get_id (HR_ITEM (role)));
                  g_autofree char *rname = fold (hr_role_get_name (role));

                  if ((g_str_equal (folded, rid) || g_str_equal (folded, rname)) && !hr_role_is_manager (role))
                    role_id = hr_item_get_id (HR_ITEM (role));
                }
              if (*folded != '\0' && role_id == NULL)
                problem (&cell, _("“%s” is no role of the plan that does customer work"), text);
              else
                set_string (import, G_OBJECT (moment), label, "role", role_id, !added);
            }
          else if (f == COL_AT || f == COL_EVERY || f == COL_UNTIL)
            {
              int value;

              if (parse_month (&cell, text, f == COL_UNTIL ? -1 : 0, &value))
                set_int (import, G_OBJECT (moment), label, fixed_fields[f], value, !added);
            }
          else if (f == COL_PREP || f == COL_EXEC || f == COL_FOLLOW)
            {
              double value;

              if (parse_number (&cell, text, &value))
                set_double (import, G_OBJECT (moment), label, fixed_fields[f], value, !added);
            }
          else
            {
              g_autoptr(HrSegment) segment = g_list_model_get_item (segments, f - N_FIXED);
              const char *tier = hr_item_get_id (HR_ITEM (segment));
              HrTreatment *treatment = hr_moment_get_treatment (moment, tier);
              int mode;
              double factor, group;

              if (!parse_treatment (&cell, text, &mode, &factor, &group))
                continue;
              if (treatment == NULL && mode == HR_MODE_ONE_TO_ONE && factor == 1.0)
                continue;
              if (treatment == NULL)
                {
                  treatment = hr_moment_ensure_treatment (moment, tier);
                  if (!added)
                    /* Translators: an import gives a moment a treatment for a tier, "kickoff: Scale → digital" */
                    g_ptr_array_add (import->changed, g_strdup_printf (_("%s: %s → %s"), label,
                                                                       hr_segment_get_name (segment), text));
                }
              set_string (import, G_OBJECT (treatment), label, "mode", mode_names[mode], FALSE);
              set_double (import, G_OBJECT (treatment), label, "factor", factor, FALSE);
              set_double (import, G_OBJECT (treatment), label, "group-size", group, FALSE);
            }
        }
      {
        int at, until;

        g_object_get (moment, "at", &at, "until", &until, NULL);
        if (until >= 0 && until < at && columns[COL_UNTIL] >= 0)
          {
            at_column (&cell, header, columns[COL_UNTIL]);
            problem (&cell, _("the last month %d comes before the first, %d"), until, at);
          }
      }
      if (added && problems->len == before)
        /* Translators: an import adds a moment, "Adds “Quarterly review” (quarterly-review)" */
        g_ptr_array_add (import->added, g_strdup_printf (_("Adds “%s” (%s)"), hr_moment_get_name (moment), label));
    }

  if (!keep_missing)
    {
      GListModel *moments = hr_plan_get_moments (import->plan);

      for (guint i = g_list_model_get_n_items (moments); i-- > 0;)
        {
          g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);

          if (g_hash_table_contains (seen, moment))
            continue;
          /* Translators: an import removes a moment the table does not list */
          g_ptr_array_insert (import->removed, 0, g_strdup_printf (_("Removes “%s” (%s)"), hr_moment_get_name (moment),
                                                                    hr_item_get_id (HR_ITEM (moment))));
          hr_plan_remove_item (import->plan, HR_ITEM (moment));
        }
    }

  if (problems->len == 0 && !hr_plan_validate (import->plan, &invalid))
    g_string_append_printf (problems, "%s: %s", display_name, invalid->message);
  if (problems->len > 0)
    {
      g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, problems->str);
      return NULL;
    }
  return g_steal_pointer (&import);
}

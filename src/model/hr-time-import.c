/* hr-time-import.c: time tracker exports onto the canonical time log
 *
 * This file recognises the export, chooses its columns and counts its
 * distinct values; hr-time-propose.c proposes what each value stands for
 * and hr-time-import-run.c reads the rows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-calibration.h"
#include "hr-time-import-private.h"
#include "hr-time-values.h"

/* --- columns --- */

static const char * const date_headers[] = {
  "date", "start date", "activity date", "spent date", "day", "started", "started at", "start",
  "created date", "completed date", "due date", "datum", NULL
};
static const char * const account_headers[] = {
  "account", "client", "account name", "customer", "company", "associated company", "company name",
  "organization", "organisation", "kunde", NULL
};
static const char * const activity_headers[] = {
  "activity", "task", "tags", "tag", "activity type", "type", "project", "subject", "description",
  "notes", "tätigkeit", NULL
};
static const char * const hours_headers[] = {
  "hours", "duration (decimal)", "duration", "duration (h)", "time (h)", "time", "time spent", "spent",
  "duration (minutes)", "minutes", "call duration", "duration (seconds)", "stunden", "dauer", NULL
};
/* Person columns, one or two (joined by a space) */
static const char * const person_headers[][3] = {
  { "person" }, { "email" }, { "user" }, { "member" }, { "first name", "last name" },
  { "assigned to" }, { "activity assigned to" }, { "assigned" }, { "owner" }, { "employee" },
  { "user name" }, { "username" }, { "name" }, { "mitarbeiter" },
};

/* The columns of @field are @headers (taken): their indices found once */
static void
take_columns (HrTimeImport *self,
              HrTimeField   field,
              char        **headers)
{
  guint i = 0;

  g_strfreev (self->columns[field]);
  self->columns[field] = headers;
  for (; headers && headers[i] && i < 2; i++)
    self->column_index[field][i] = hr_csv_table_find_column (self->table, headers[i]);
  for (; i < 3; i++)
    self->column_index[field][i] = -1;
}

gboolean
hr_time_import_has_header (HrTimeImport *self,
            const char   *header)
{
  return hr_csv_table_find_column (self->table, header) >= 0;
}

static HrTimeFormat
recognise_format (HrTimeImport *self)
{
  static const char * const canonical[] = { "date", "person", "account", "activity", "hours" };
  gboolean all = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (canonical); i++)
    all &= hr_time_import_has_header (self, canonical[i]);
  if (all)
    return HR_TIME_FORMAT_HEADROOM;
  if (hr_time_import_has_header (self, "start date") && (hr_time_import_has_header (self, "duration (decimal)") || hr_time_import_has_header (self, "duration (h)")) &&
      hr_time_import_has_header (self, "user"))
    return HR_TIME_FORMAT_CLOCKIFY;
  if (hr_time_import_has_header (self, "start date") && hr_time_import_has_header (self, "duration") &&
      (hr_time_import_has_header (self, "user") || hr_time_import_has_header (self, "member")))
    return HR_TIME_FORMAT_TOGGL;
  if (hr_time_import_has_header (self, "date") && hr_time_import_has_header (self, "hours") &&
      hr_time_import_has_header (self, "first name") && hr_time_import_has_header (self, "last name"))
    return HR_TIME_FORMAT_HARVEST;
  if (hr_time_import_has_header (self, "subject") || hr_time_import_has_header (self, "activity type") || hr_time_import_has_header (self, "associated company") ||
      hr_time_import_has_header (self, "account name") || hr_time_import_has_header (self, "assigned to") || hr_time_import_has_header (self, "activity assigned to"))
    return HR_TIME_FORMAT_CRM;
  return HR_TIME_FORMAT_SPREADSHEET;
}

const char *
hr_time_format_get_name (HrTimeFormat format)
{
  switch (format)
    {
    case HR_TIME_FORMAT_HEADROOM: return _("Headroom time log");
    case HR_TIME_FORMAT_TOGGL: return _("Toggl Track detailed report");
    case HR_TIME_FORMAT_HARVEST: return _("Harvest time report");
    case HR_TIME_FORMAT_CLOCKIFY: return _("Clockify detailed report");
    case HR_TIME_FORMAT_CRM: return _("CRM activity export");
    case HR_TIME_FORMAT_SPREADSHEET: default: return _("Spreadsheet");
    }
}

/* The header of the file as it is spelled there */
static const char *
header_text (HrTimeImport *self,
             const char   *name)
{
  int column = hr_csv_table_find_column (self->table, name);

  return column >= 0 ? hr_csv_table_get_header (self->table)->fields[column] : NULL;
}

static void
set_columns_from (HrTimeImport       *self,
                  HrTimeField         field,
                  const char * const *names)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i]; i++)
    {
      const char *text = header_text (self, names[i]);
      if (text == NULL)
        return;
      g_strv_builder_add (builder, text);
    }
  take_columns (self, field, g_strv_builder_end (builder));
}

static gboolean
columns_present (HrTimeImport       *self,
                 const char * const *headers)
{
  if (headers == NULL || headers[0] == NULL)
    return FALSE;
  for (guint i = 0; headers[i]; i++)
    if (!hr_time_import_has_header (self, headers[i]))
      return FALSE;
  return TRUE;
}

/* The first header of @candidates the file has; for the activity and the
 * person, the one whose values the proposal matches best */
static void
propose_single (HrTimeImport       *self,
                HrTimeField         field,
                const char * const *candidates)
{
  for (guint i = 0; candidates[i]; i++)
    if (hr_time_import_has_header (self, candidates[i]))
      {
        const char *one[] = { candidates[i], NULL };
        set_columns_from (self, field, one);
        return;
      }
}

/* How many rows a column (or two, joined) has a non-empty value in, and
 * how many of those the proposer maps */
static void
score_columns (HrTimeImport       *self,
               HrTimeField         field,
               const char * const *names,
               guint              *matched,
               guint              *filled)
{
  int columns[3] = { -1, -1, -1 };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *matched = *filled = 0;
  for (guint i = 0; names[i]; i++)
    columns[i] = hr_csv_table_find_column (self->table, names[i]);
  for (guint r = 0; r < hr_csv_table_get_n_rows (self->table); r++)
    {
      g_autoptr(GString) value = g_string_new (NULL);
      gpointer known;

      for (guint i = 0; names[i]; i++)
        {
          g_autofree char *part = g_strstrip (g_strdup (hr_csv_table_get_field (self->table, r, columns[i])));
          if (*part && value->len)
            g_string_append_c (value, ' ');
          g_string_append (value, part);
        }
      if (value->len == 0)
        continue;
      (*filled)++;
      if (!g_hash_table_lookup_extended (seen, value->str, NULL, &known))
        {
          gboolean hit = hr_time_proposer_propose (self->proposer, field, value->str) != NULL;
          known = GINT_TO_POINTER (hit);
          g_hash_table_insert (seen, g_strdup (value->str), known);
        }
      if (GPOINTER_TO_INT (known))
        (*matched)++;
    }
}

static void
propose_best (HrTimeImport       *self,
              HrTimeField         field,
              const char * const *candidates[],
              guint               n_candidates)
{
  int best = -1;
  guint best_matched = 0, best_filled = 0;

  for (guint c = 0; c < n_candidates; c++)
    {
      guint matched, filled;

      if (!columns_present (self, candidates[c]))
        continue;
      score_columns (self, field, candidates[c], &matched, &filled);
      if (filled == 0)
        continue;
      if (best < 0 || matched > best_matched || (matched == best_matched && filled > best_filled))
        {
          best = c;
          best_matched = matched;
          best_filled = filled;
        }
    }
  if (best >= 0)
    set_columns_from (self, field, candidates[best]);
}

static void
propose_columns (HrTimeImport *self)
{
  const char * const *people[G_N_ELEMENTS (person_headers)];
  const char * const *activities[G_N_ELEMENTS (activity_headers)];
  guint n = 0;

  if (self->format == HR_TIME_FORMAT_HEADROOM)
    {
      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        {
          const char *one[] = { hr_time_field_to_string (f), NULL };
          set_columns_from (self, f, one);
        }
      return;
    }
  propose_single (self, HR_TIME_DATE, date_headers);
  propose_single (self, HR_TIME_ACCOUNT, account_headers);
  propose_single (self, HR_TIME_HOURS, hours_headers);
  for (guint i = 0; i < G_N_ELEMENTS (person_headers); i++)
    people[i] = person_headers[i];
  propose_best (self, HR_TIME_PERSON, people, G_N_ELEMENTS (person_headers));
  for (guint i = 0; activity_headers[i]; i++)
    {
      static const char *singles[G_N_ELEMENTS (activity_headers)][2];

      singles[i][0] = activity_headers[i];
      activities[n++] = singles[i];
    }
  propose_best (self, HR_TIME_ACTIVITY, activities, n);

  /* what the plan remembers wins, where this file has those headers */
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    {
      const char * const *remembered = hr_time_mapping_get_columns (self->remembered, f);

      if (columns_present (self, remembered))
        set_columns_from (self, f, remembered);
    }
}

/* --- values --- */

static void
value_free (gpointer data)
{
  HrTimeImportValue *value = data;

  g_free (value->text);
  g_free (value->key);
  g_free (value->target);
  g_free (value);
}

char *
hr_time_import_row_value (HrTimeImport *self,
           HrTimeField   field,
           guint         r)
{
  const int *columns = self->column_index[field];
  g_autoptr(GString) value = NULL;

  if (columns[1] < 0)
    return g_strstrip (g_strdup (hr_csv_table_get_field (self->table, r, columns[0])));
  value = g_string_new (NULL);
  for (guint i = 0; i < 3 && columns[i] >= 0; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (hr_csv_table_get_field (self->table, r, columns[i])));

      if (*part && value->len)
        g_string_append_c (value, ' ');
      g_string_append (value, part);
    }
  return g_string_free (g_steal_pointer (&value), FALSE);
}

HrDurationUnit
hr_time_import_hours_unit (HrTimeImport *self)
{
  char **columns = self->columns[HR_TIME_HOURS];

  return columns ? hr_duration_unit_for_header (columns[0]) : HR_DURATION_HOURS;
}

static gboolean
row_hours (HrTimeImport *self,
           guint         r,
           double       *hours)
{
  g_autofree char *text = hr_time_import_row_value (self, HR_TIME_HOURS, r);

  if (self->format == HR_TIME_FORMAT_HEADROOM)
    return hr_hours_parse_decimal (text, hours);
  return hr_hours_parse (text, hr_time_import_hours_unit (self), hours);
}

/* Where @value of @field maps now: this import's choice, the plan's
 * memory (while its target still exists), the proposal */
static void
resolve_value (HrTimeImport *self,
               HrTimeField   field,
               HrTimeImportValue        *value)
{
  const char *target = NULL;
  const char *proposed;

  g_clear_pointer (&value->target, g_free);
  if (g_hash_table_contains (self->unmapped[hr_time_import_map_index (field)], value->key))
    value->value.state = HR_TIME_VALUE_UNMAPPED;
  else if (hr_time_mapping_lookup (self->chosen, field, value->text, &target))
    value->value.state = HR_TIME_VALUE_CHOSEN;
  else if (hr_time_mapping_lookup (self->remembered, field, value->text, &target) &&
           hr_time_proposer_is_target (self->proposer, field, target))
    value->value.state = HR_TIME_VALUE_REMEMBERED;
  else if ((proposed = hr_time_proposer_propose (self->proposer, field, value->text)) != NULL)
    {
      value->value.state = HR_TIME_VALUE_PROPOSED;
      target = proposed;
    }
  else if (field == HR_TIME_ACCOUNT && *value->text == '\0')
    value->value.state = HR_TIME_VALUE_PROPOSED;   /* no account */
  else
    value->value.state = HR_TIME_VALUE_UNMAPPED;
  value->target = g_strdup (target);
  value->value.target = value->target;
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  const HrTimeImportValue *x = *(HrTimeImportValue **) a, *y = *(HrTimeImportValue **) b;

  if (x->value.hours != y->value.hours)
    return x->value.hours > y->value.hours ? -1 : 1;
  if (x->value.entries != y->value.entries)
    return x->value.entries > y->value.entries ? -1 : 1;
  return g_utf8_collate (x->text, y->text);
}

static void
count_values (HrTimeImport *self)
{
  guint n = hr_csv_table_get_n_rows (self->table);
  g_autofree double *row_hours_read = g_new (double, n + 1);

  /* each row's hours once: 0 where they do not read */
  for (guint r = 0; r < n; r++)
    if (!row_hours (self, r, &row_hours_read[r]))
      row_hours_read[r] = 0;
  for (HrTimeField field = HR_TIME_PERSON; field <= HR_TIME_ACTIVITY; field++)
    {
      int m = hr_time_import_map_index (field);

      g_ptr_array_set_size (self->values[m], 0);
      g_hash_table_remove_all (self->value_index[m]);
      if (self->columns[field] == NULL)
        continue;
      for (guint r = 0; r < hr_csv_table_get_n_rows (self->table); r++)
        {
          g_autofree char *text = hr_time_import_row_value (self, field, r);
          g_autofree char *key = hr_time_fold (text);
          HrTimeImportValue *value = g_hash_table_lookup (self->value_index[m], key);

          if (value == NULL)
            {
              value = g_new0 (HrTimeImportValue, 1);
              value->text = g_steal_pointer (&text);
              value->key = g_strdup (key);
              value->value.text = value->text;
              g_ptr_array_add (self->values[m], value);
              g_hash_table_insert (self->value_index[m], g_steal_pointer (&key), value);
            }
          value->value.entries++;
          value->value.hours += row_hours_read[r];
        }
      for (guint i = 0; i < self->values[m]->len; i++)
        resolve_value (self, field, g_ptr_array_index (self->values[m], i));
      g_ptr_array_sort (self->values[m], compare_values);
    }
}

/* --- the import --- */

HrTimeImport *
hr_time_import_new_with (HrCsvTable          *table,
            HrTimeProposer      *proposer,
            const HrTimeMapping *remembered)
{
  HrTimeImport *self = g_new0 (HrTimeImport, 1);

  self->table = table;
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    take_columns (self, f, NULL);
  self->remembered = remembered ? hr_time_mapping_copy (remembered) : hr_time_mapping_new ();
  self->chosen = hr_time_mapping_new ();
  for (guint m = 0; m < 3; m++)
    {
      self->values[m] = g_ptr_array_new_with_free_func (value_free);
      self->value_index[m] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->unmapped[m] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  self->format = recognise_format (self);
  self->proposer = proposer;
  hr_time_proposer_set_exact (proposer, self->format == HR_TIME_FORMAT_HEADROOM);
  propose_columns (self);
  count_values (self);
  return self;
}

HrTimeImport *
hr_time_import_new (HrCsvTable          *table,
                    HrPlan              *plan,
                    const HrTimeMapping *remembered)
{
  return hr_time_import_new_with (table, hr_time_proposer_new (plan), remembered);
}

void
hr_time_import_free (HrTimeImport *self)
{
  if (self == NULL)
    return;
  hr_csv_table_free (self->table);
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    g_strfreev (self->columns[f]);
  hr_time_mapping_free (self->remembered);
  hr_time_mapping_free (self->chosen);
  hr_time_proposer_free (self->proposer);
  for (guint m = 0; m < 3; m++)
    {
      g_hash_table_unref (self->value_index[m]);
      g_hash_table_unref (self->unmapped[m]);
      g_ptr_array_unref (self->values[m]);
    }
  g_free (self);
}

HrTimeFormat hr_time_import_get_format (HrTimeImport *self) { return self->format; }
const char *hr_time_import_get_display_name (HrTimeImport *self) { return hr_csv_table_get_display_name (self->table); }
guint hr_time_import_get_n_rows (HrTimeImport *self) { return hr_csv_table_get_n_rows (self->table); }
const HrCsvRecord *hr_time_import_get_header (HrTimeImport *self) { return hr_csv_table_get_header (self->table); }
const HrCsvTable *hr_time_import_get_table (HrTimeImport *self) { return self->table; }

const char * const *
hr_time_import_get_columns (HrTimeImport *self,
                            HrTimeField   field)
{
  g_return_val_if_fail (field < HR_TIME_N_FIELDS, NULL);
  return (const char * const *) self->columns[field];
}

void
hr_time_import_set_columns (HrTimeImport       *self,
                            HrTimeField         field,
                            const char * const *headers)
{
  g_return_if_fail (field < HR_TIME_N_FIELDS);

  take_columns (self, field, columns_present (self, headers) ? g_strdupv ((char **) headers) : NULL);
  count_values (self);
}

guint
hr_time_import_get_n_values (HrTimeImport *self,
                             HrTimeField   field)
{
  return self->values[hr_time_import_map_index (field)]->len;
}

const HrTimeValue *
hr_time_import_get_value (HrTimeImport *self,
                          HrTimeField   field,
                          guint         i)
{
  GPtrArray *values = self->values[hr_time_import_map_index (field)];

  g_return_val_if_fail (i < values->len, NULL);
  return &((HrTimeImportValue *) g_ptr_array_index (values, i))->value;
}

HrTimeImportValue *
hr_time_import_find_value (HrTimeImport *self,
            HrTimeField   field,
            const char   *text)
{
  g_autofree char *key = hr_time_fold (text);

  return g_hash_table_lookup (self->value_index[hr_time_import_map_index (field)], key);
}

void
hr_time_import_set_target (HrTimeImport *self,
                           HrTimeField   field,
                           const char   *value,
                           const char   *target)
{
  HrTimeImportValue *found = hr_time_import_find_value (self, field, value);

  g_autofree char *key = hr_time_fold (value);

  hr_time_mapping_set_value (self->chosen, field, value, target);
  g_hash_table_remove (self->unmapped[hr_time_import_map_index (field)], key);
  if (found)
    resolve_value (self, field, found);
}

void
hr_time_import_unset_target (HrTimeImport *self,
                             HrTimeField   field,
                             const char   *value)
{
  HrTimeImportValue *found = hr_time_import_find_value (self, field, value);

  hr_time_mapping_unset_value (self->chosen, field, value);
  g_hash_table_add (self->unmapped[hr_time_import_map_index (field)], hr_time_fold (value));
  if (found)
    resolve_value (self, field, found);
}

guint
hr_time_import_count_unmapped (HrTimeImport *self,
                               guint        *entries,
                               double       *hours)
{
  GPtrArray *values = self->values[hr_time_import_map_index (HR_TIME_ACTIVITY)];
  guint n = 0, e = 0;
  double h = 0;

  for (guint i = 0; i < values->len; i++)
    {
      HrTimeImportValue *value = g_ptr_array_index (values, i);

      if (value->value.state != HR_TIME_VALUE_UNMAPPED)
        continue;
      n++;
      e += value->value.entries;
      h += value->value.hours;
    }
  if (entries)
    *entries = e;
  if (hours)
    *hours = h;
  return n;
}

gboolean
hr_time_import_is_settled (HrTimeImport *self)
{
  GPtrArray *values = self->values[hr_time_import_map_index (HR_TIME_ACTIVITY)];

  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    if (self->columns[f] == NULL && f != HR_TIME_ACCOUNT)
      return FALSE;
  for (guint i = 0; i < values->len; i++)
    {
      HrTimeValueState state = ((HrTimeImportValue *) g_ptr_array_index (values, i))->value.state;

      if (state == HR_TIME_VALUE_UNMAPPED ||
          (state == HR_TIME_VALUE_PROPOSED && self->format != HR_TIME_FORMAT_HEADROOM))
        return FALSE;
    }
  return TRUE;
}

HrTimeMapping *
hr_time_import_dup_mapping (HrTimeImport *self)
{
  HrTimeMapping *mapping = hr_time_mapping_copy (self->remembered);

  if (self->format != HR_TIME_FORMAT_HEADROOM)
    for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
      if (self->columns[f])
        hr_time_mapping_set_columns (mapping, f, (const char * const *) self->columns[f]);
  for (HrTimeField field = HR_TIME_PERSON; field <= HR_TIME_ACTIVITY; field++)
    {
      GPtrArray *values = self->values[hr_time_import_map_index (field)];

      for (guint i = 0; i < values->len; i++)
        {
          HrTimeImportValue *value = g_ptr_array_index (values, i);

          /* an id that is its own target needs no memory */
          if (value->value.state == HR_TIME_VALUE_UNMAPPED ||
              (value->value.state == HR_TIME_VALUE_PROPOSED && g_strcmp0 (value->text, value->target) == 0) ||
              (field == HR_TIME_ACCOUNT && *value->text == '\0'))
            continue;
          hr_time_mapping_set_value (mapping, field, value->text, value->target);
        }
      /* choices made for values of other files are kept too */
      for (guint i = 0; i < hr_time_mapping_get_n_values (self->chosen, field); i++)
        {
          const char *text, *target;

          hr_time_mapping_get_value (self->chosen, field, i, &text, &target);
          hr_time_mapping_set_value (mapping, field, text, target);
        }
    }
  return mapping;
}

/* --- what a log is --- */

gboolean
hr_time_import_table_is_log (const HrCsvTable *table)
{
  gboolean date = FALSE, hours = FALSE;

  for (guint i = 0; date_headers[i]; i++)
    date |= hr_csv_table_find_column (table, date_headers[i]) >= 0;
  for (guint i = 0; hours_headers[i]; i++)
    hours |= hr_csv_table_find_column (table, hours_headers[i]) >= 0;
  return date && hours;
}

/* hr-time-import-run.c: the rows of an export read into a time log, and
 * whole files read as the command line and the tests read them */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-calibration.h"
#include "hr-time-import-private.h"
#include "hr-time-values.h"

/* A log longer than this is a typo in a date, not a log */
#define MAX_PERIOD_MONTHS 120

/* --- reading the rows --- */

/* "Start date", or "First Name + Last Name" */
static char *
column_label (HrTimeImport *self,
              HrTimeField   field)
{
  char **columns = self->columns[field];

  if (columns == NULL)
    return g_strdup (hr_time_field_to_string (field));
  return g_strjoinv (" + ", columns);
}

static gboolean
require_columns (HrTimeImport  *self,
                 GError       **error)
{
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    {
      if (self->columns[f] || f == HR_TIME_ACCOUNT)
        continue;
      if (self->format == HR_TIME_FORMAT_HEADROOM)
        g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID,
                     _("%s: no column “%s”; a time log has the columns date, person, account, activity and hours"),
                     hr_time_import_get_display_name (self), hr_time_field_to_string (f));
      else
        /* Translators: %s is date, person, activity or hours */
        g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID,
                     _("%s: no column holds the %s; choose one"),
                     hr_time_import_get_display_name (self), hr_time_field_to_string (f));
      return FALSE;
    }
  return TRUE;
}

static HrDateOrder
detect_date_order (HrTimeImport *self)
{
  guint n = hr_csv_table_get_n_rows (self->table);
  g_autoptr(GPtrArray) values = g_ptr_array_new_full (n, g_free);

  for (guint r = 0; r < n; r++)
    g_ptr_array_add (values, hr_time_import_row_value (self, HR_TIME_DATE, r));
  /* what the column does not tell, the locale does */
  return hr_import_guess_date_order_or ((const char * const *) values->pdata, values->len,
                                        hr_import_date_order_for_locale ());
}

static void
add_unmapped_warnings (HrTimeImport *self,
                       HrTimeLog    *log)
{
  GPtrArray *values = self->values[hr_time_import_map_index (HR_TIME_ACTIVITY)];

  for (guint i = 0; i < values->len; i++)
    {
      HrTimeImportValue *value = g_ptr_array_index (values, i);
      g_autofree char *hours = NULL;
      g_autofree char *warning = NULL;

      if (value->value.state != HR_TIME_VALUE_UNMAPPED)
        continue;
      hours = hr_calibration_format_hours (value->value.hours);
      warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s: activity “%s” is not mapped (%u entry, %s h): not counted",
                                              "%s: activity “%s” is not mapped (%u entries, %s h): not counted",
                                              value->value.entries),
                                 hr_time_import_get_display_name (self), value->text, value->value.entries, hours);
      hr_time_log_add_warning (log, warning);
    }
}

HrTimeLog *
hr_time_import_run (HrTimeImport  *self,
                    GError       **error)
{
  const char *name = hr_time_import_get_display_name (self);
  gboolean canonical = self->format == HR_TIME_FORMAT_HEADROOM;
  g_autoptr(HrTimeLog) log = hr_time_log_new (name);
  g_autofree char *date_column = column_label (self, HR_TIME_DATE);
  g_autofree char *person_column = column_label (self, HR_TIME_PERSON);
  g_autofree char *account_column = column_label (self, HR_TIME_ACCOUNT);
  g_autofree char *activity_column = column_label (self, HR_TIME_ACTIVITY);
  g_autofree char *hours_column = column_label (self, HR_TIME_HOURS);
  HrDurationUnit unit = hr_time_import_hours_unit (self);
  HrDateOrder order;
  int from = G_MAXINT, to = G_MININT;
  guint from_line = 0, to_line = 0, skipped = 0;

  if (!require_columns (self, error))
    return NULL;
  order = canonical ? HR_DATE_ORDER_UNKNOWN : detect_date_order (self);

  for (guint r = 0; r < hr_csv_table_get_n_rows (self->table); r++)
    {
      guint line = hr_csv_table_get_row (self->table, r)->line;
      g_autofree char *date = hr_time_import_row_value (self, HR_TIME_DATE, r);
      g_autofree char *hours_text = hr_time_import_row_value (self, HR_TIME_HOURS, r);
      g_autofree char *person = hr_time_import_row_value (self, HR_TIME_PERSON, r);
      g_autofree char *account = hr_time_import_row_value (self, HR_TIME_ACCOUNT, r);
      g_autofree char *activity = hr_time_import_row_value (self, HR_TIME_ACTIVITY, r);
      HrTimeImportValue *person_value = hr_time_import_find_value (self, HR_TIME_PERSON, person);
      HrTimeImportValue *account_value = hr_time_import_find_value (self, HR_TIME_ACCOUNT, account);
      HrTimeImportValue *activity_value = hr_time_import_find_value (self, HR_TIME_ACTIVITY, activity);
      const char *person_id, *account_id, *target;
      HrDay day;
      double hours;
      int month;

      if (canonical ? !hr_day_parse_iso (date, &day) : !hr_import_parse_date (date, order, &day))
        {
          if (canonical)
            hr_csv_set_error (error, name, line, date_column, _("“%s” is not a date as YYYY-MM-DD, e.g. 2027-01-31"), date);
          else
            hr_csv_set_error (error, name, line, date_column,
                              _("“%s” is not a date; expected e.g. 2027-01-31, 31/01/2027, 01/31/2027 or 31 Jan 2027"), date);
          return NULL;
        }
      if (canonical ? !hr_hours_parse_decimal (hours_text, &hours) : !hr_hours_parse (hours_text, unit, &hours))
        {
          if (canonical)
            hr_csv_set_error (error, name, line, hours_column, _("“%s” is not a number of hours of 0 or more, e.g. 1.5"),
                              hours_text);
          else
            hr_csv_set_error (error, name, line, hours_column,
                              _("“%s” is not a duration; expected hours such as 1.5, 1,5, 1:30 or 1:30:00"), hours_text);
          return NULL;
        }
      if (*person == '\0')
        {
          hr_csv_set_error (error, name, line, person_column, _("empty; every entry needs the person who logged it"));
          return NULL;
        }

      /* a value nothing maps is kept as it is: an unknown person or account */
      person_id = person_value->value.state == HR_TIME_VALUE_UNMAPPED ? person : person_value->target;
      account_id = account_value == NULL ? NULL
                 : account_value->value.state == HR_TIME_VALUE_UNMAPPED ? account : account_value->target;
      target = activity_value->target;
      /* Headroom's own log names activities exactly (spec §7) */
      if (canonical && activity_value->value.state == HR_TIME_VALUE_PROPOSED)
        target = hr_time_proposer_propose (self->proposer, HR_TIME_ACTIVITY, activity);

      if (activity_value->value.state == HR_TIME_VALUE_UNMAPPED || (canonical && target == NULL &&
                                                                     activity_value->value.state == HR_TIME_VALUE_PROPOSED))
        {
          if (canonical)
            {
              g_autofree char *expected = hr_time_proposer_dup_activities (self->proposer);

              if (*activity == '\0')
                hr_csv_set_error (error, name, line, activity_column, _("empty; expected %s"), expected);
              else
                hr_csv_set_error (error, name, line, activity_column, _("unknown activity “%s”; expected %s"),
                                  activity, expected);
              return NULL;
            }
          skipped++;
          continue;
        }
      if (target == NULL)
        continue;   /* not counted, as chosen */
      if (hr_time_proposer_is_moment (self->proposer, target) && (account_id == NULL || *account_id == '\0'))
        {
          if (canonical)
            hr_csv_set_error (error, name, line, account_column, _("empty; an entry of the moment “%s” needs an account"),
                              target);
          else
            hr_csv_set_error (error, name, line, account_column,
                              _("empty; “%s” is the moment “%s”, which needs an account"), activity,
                              hr_time_proposer_get_moment_name (self->proposer, target));
          return NULL;
        }

      month = hr_day_get_month (&day);
      if (month < from)
        from = month, from_line = line;
      if (month > to)
        to = month, to_line = line;
      if (to - from + 1 > MAX_PERIOD_MONTHS)
        {
          g_autofree char *first = hr_month_format (from);
          g_autofree char *last = hr_month_format (to);

          hr_csv_set_error (error, name, month == to ? to_line : from_line, date_column,
                            _("the log would run from %s to %s; a time log covers at most %d months"),
                            first, last, MAX_PERIOD_MONTHS);
          return NULL;
        }
      hr_time_log_add (log, line, month, day.day, person_id, account_id, target, hours);
    }

  if (hr_time_log_get_n_entries (log) == 0)
    {
      if (skipped > 0)
        g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID,
                     _("%s: none of its entries is counted; map their activities to moments or kinds of work"), name);
      else
        g_set_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID, _("%s: the time log has no entries"), name);
      return NULL;
    }
  add_unmapped_warnings (self, log);
  return g_steal_pointer (&log);
}

static HrTimeLog *
import_table (HrCsvTable          *table,
              HrPlan              *plan,
              const HrTimeMapping *overrides,
              HrTimeMapping      **mapping_out,
              GError             **error)
{
  const HrTimeMapping *remembered = hr_plan_get_time_mapping (plan);
  g_autoptr(HrTimeImport) import = hr_time_import_new (table, plan, remembered);
  HrTimeLog *log;

  if (overrides)
    {
      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        if (hr_time_mapping_get_columns (overrides, f))
          hr_time_import_set_columns (import, f, hr_time_mapping_get_columns (overrides, f));
      for (HrTimeField field = HR_TIME_PERSON; field <= HR_TIME_ACTIVITY; field++)
        for (guint i = 0; i < hr_time_mapping_get_n_values (overrides, field); i++)
          {
            const char *value, *target;

            hr_time_mapping_get_value (overrides, field, i, &value, &target);
            hr_time_import_set_target (import, field, value, target);
          }
    }
  log = hr_time_import_run (import, error);
  if (log && mapping_out)
    {
      *mapping_out = hr_time_import_dup_mapping (import);
      if (overrides && hr_time_mapping_get_min_occurrences (overrides))
        hr_time_mapping_set_min_occurrences (*mapping_out, hr_time_mapping_get_min_occurrences (overrides));
    }
  return log;
}

HrTimeLog *
hr_time_import_file (GFile               *file,
                     HrPlan              *plan,
                     const HrTimeMapping *overrides,
                     HrTimeMapping      **mapping_out,
                     GError             **error)
{
  HrCsvTable *table = hr_csv_table_read_file (file, NULL, error);

  if (table == NULL)
    return NULL;
  return import_table (table, plan, overrides, mapping_out, error);
}

HrTimeLog *
hr_time_log_read (const char         *data,
                  gsize               length,
                  const char         *display_name,
                  const char * const *moment_ids,
                  GError            **error)
{
  HrCsvTable *table = hr_csv_table_parse (data, length, display_name, NULL, error);
  g_autoptr(HrTimeImport) import = NULL;

  if (table == NULL)
    return NULL;
  import = hr_time_import_new_with (table, hr_time_proposer_new_for_moments (moment_ids), NULL);
  if (import->format != HR_TIME_FORMAT_HEADROOM)
    {
      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        if (!hr_time_import_has_header (import, hr_time_field_to_string (f)))
          {
            hr_csv_set_error (error, display_name, hr_csv_table_get_header (table)->line, NULL,
                              _("no column “%s”; a time log has the columns date, person, account, activity and hours"),
                              hr_time_field_to_string (f));
            return NULL;
          }
    }
  return hr_time_import_run (import, error);
}

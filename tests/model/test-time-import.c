/* test-time-import.c: time tracker exports onto the time log: dates and
 * durations as they are written, Toggl, Harvest, Clockify and CRM exports
 * (tests/model/time-logs/), the proposed mapping, values left unmapped,
 * broken rows, and the mapping the plan remembers */
#include <math.h>

#include "hr-calibration.h"
#include "hr-time-import.h"
#include "hr-time-values.h"
#include "test-helpers.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "model", "time-logs", name, NULL);
}

static HrPlan *
team_plan (void)
{
  g_autofree char *path = data_path ("team.headroom");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static HrTimeImport *
import_of (HrPlan     *plan,
           const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrCsvTable *table = hr_csv_table_read_file (file, NULL, &error);

  g_assert_no_error (error);
  return hr_time_import_new (table, plan, hr_plan_get_time_mapping (plan));
}

static void
assert_columns (HrTimeImport *import,
                HrTimeField   field,
                const char   *expected)
{
  g_autofree char *joined = g_strjoinv ("+", (char **) hr_time_import_get_columns (import, field));
  g_assert_cmpstr (joined, ==, expected);
}

static const HrTimeValue *
value_of (HrTimeImport *import,
          HrTimeField   field,
          const char   *text)
{
  for (guint i = 0; i < hr_time_import_get_n_values (import, field); i++)
    {
      const HrTimeValue *value = hr_time_import_get_value (import, field, i);
      if (g_str_equal (value->text, text))
        return value;
    }
  g_error ("no value “%s”", text);
}

/* --- dates and durations --- */

static void
test_dates (void)
{
  static const struct { const char *text; HrDateOrder order; int year, month, day; } cases[] = {
    { "2026-11-03", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "2026-11-03T09:30:00Z", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "2026-11-03 09:30:00 +0100", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "2026/11/03", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "20261103", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "03/11/2026", HR_DATE_ORDER_DAY_FIRST, 2026, 11, 3 },
    { "11/03/2026", HR_DATE_ORDER_MONTH_FIRST, 2026, 11, 3 },
    { "11/3/2026 9:15 AM", HR_DATE_ORDER_MONTH_FIRST, 2026, 11, 3 },
    { "03.11.2026", HR_DATE_ORDER_DAY_FIRST, 2026, 11, 3 },
    { "03.11.26", HR_DATE_ORDER_DAY_FIRST, 2026, 11, 3 },
    { "3-11-2026", HR_DATE_ORDER_DAY_FIRST, 2026, 11, 3 },
    { "3 Nov 2026", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "03-Nov-2026", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "Nov 3, 2026", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "November 3, 2026", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "3 Sept 2026", HR_DATE_ORDER_UNKNOWN, 2026, 9, 3 },
    { "2026-Nov-03", HR_DATE_ORDER_UNKNOWN, 2026, 11, 3 },
    { "2028-02-29", HR_DATE_ORDER_UNKNOWN, 2028, 2, 29 },
    /* refused: no such day, no year, text around it, times alone */
    { "2026-02-29", HR_DATE_ORDER_UNKNOWN, 0 },
    { "31/11/2026", HR_DATE_ORDER_DAY_FIRST, 0 },
    { "13/13/2026", HR_DATE_ORDER_DAY_FIRST, 0 },
    { "3 Nov", HR_DATE_ORDER_UNKNOWN, 0 },
    { "Novvember 3, 2026", HR_DATE_ORDER_UNKNOWN, 0 },
    { "2026-11-03x", HR_DATE_ORDER_UNKNOWN, 0 },
    { "09:30", HR_DATE_ORDER_UNKNOWN, 0 },
    { "", HR_DATE_ORDER_UNKNOWN, 0 },
    { "1899-12-31", HR_DATE_ORDER_UNKNOWN, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HrDay day = { 0 };
      gboolean read = hr_import_parse_date (cases[i].text, cases[i].order, &day);

      if (cases[i].year == 0)
        {
          if (read)
            g_error ("“%s” read as %d-%d-%d", cases[i].text, day.year, day.month, day.day);
          continue;
        }
      if (!read)
        g_error ("“%s” not read", cases[i].text);
      g_assert_cmpint (day.year, ==, cases[i].year);
      g_assert_cmpint (day.month, ==, cases[i].month);
      g_assert_cmpint (day.day, ==, cases[i].day);
    }
  /* the canonical log is strict */
  {
    HrDay day;
    g_assert_true (hr_day_parse_iso ("2026-11-03", &day));
    g_assert_false (hr_day_parse_iso ("2026-11-3", &day));
    g_assert_false (hr_day_parse_iso ("03/11/2026", &day));
    g_assert_false (hr_day_parse_iso ("2026-11-03T10:00", &day));
  }
}

static void
test_date_order (void)
{
  const char *day_first[] = { "03/11/2026", "23/11/2026", "01/12/2026" };
  const char *month_first[] = { "11/03/2026", "11/23/2026" };
  const char *either[] = { "03/11/2026", "04/11/2026" };
  const char *iso[] = { "2026-11-23", "2026-12-01" };

  g_assert_cmpint (hr_import_guess_date_order_or (day_first, 3, HR_DATE_ORDER_MONTH_FIRST), ==, HR_DATE_ORDER_DAY_FIRST);
  g_assert_cmpint (hr_import_guess_date_order_or (month_first, 2, HR_DATE_ORDER_DAY_FIRST), ==, HR_DATE_ORDER_MONTH_FIRST);
  /* nothing tells: the fallback (the locale's, in the import) */
  g_assert_cmpint (hr_import_guess_date_order_or (either, 2, HR_DATE_ORDER_DAY_FIRST), ==, HR_DATE_ORDER_DAY_FIRST);
  g_assert_cmpint (hr_import_guess_date_order_or (iso, 2, HR_DATE_ORDER_MONTH_FIRST), ==, HR_DATE_ORDER_MONTH_FIRST);
  /* C writes 11/23/26 */
  g_assert_cmpint (hr_import_date_order_for_locale (), ==, HR_DATE_ORDER_MONTH_FIRST);
  /* the German 03.11.2026 is day first, whatever the column says */
  {
    HrDay day;
    g_assert_true (hr_import_parse_date ("03.11.2026", HR_DATE_ORDER_MONTH_FIRST, &day));
    g_assert_cmpint (day.month, ==, 11);
  }
}

static void
test_durations (void)
{
  static const struct { const char *text; HrDurationUnit unit; double hours; } cases[] = {
    { "1.5", HR_DURATION_HOURS, 1.5 },
    { "1,5", HR_DURATION_HOURS, 1.5 },
    { " 0.75 ", HR_DURATION_HOURS, 0.75 },
    { ".5", HR_DURATION_HOURS, 0.5 },
    { "2", HR_DURATION_HOURS, 2 },
    { "1,234.5", HR_DURATION_HOURS, 1234.5 },
    { "1:30", HR_DURATION_HOURS, 1.5 },
    { "01:30:00", HR_DURATION_HOURS, 1.5 },
    { "0:45", HR_DURATION_HOURS, 0.75 },
    { "26:15:00", HR_DURATION_HOURS, 26.25 },
    { "00:00:36", HR_DURATION_HOURS, 0.01 },
    { "1h 30m", HR_DURATION_HOURS, 1.5 },
    { "1h30", HR_DURATION_HOURS, 1.5 },
    { "90 min", HR_DURATION_HOURS, 1.5 },
    { "1.5 h", HR_DURATION_HOURS, 1.5 },
    { "2 Std.", HR_DURATION_HOURS, 2 },
    { "90", HR_DURATION_MINUTES, 1.5 },
    { "5400", HR_DURATION_SECONDS, 1.5 },
    { "0", HR_DURATION_HOURS, 0 },
    /* refused */
    { "-1", HR_DURATION_HOURS, -1 },
    { "", HR_DURATION_HOURS, -1 },
    { "abc", HR_DURATION_HOURS, -1 },
    { "1:75", HR_DURATION_HOURS, -1 },
    { "1:30:60", HR_DURATION_HOURS, -1 },
    { "1.5.2", HR_DURATION_HOURS, -1 },
    { "1,5,2", HR_DURATION_HOURS, -1 },
    { "1,5.2", HR_DURATION_HOURS, -1 },
    { "3 parsecs", HR_DURATION_HOURS, -1 },
    { "1e3", HR_DURATION_HOURS, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double hours = NAN;
      gboolean read = hr_hours_parse (cases[i].text, cases[i].unit, &hours);

      if (cases[i].hours < 0)
        {
          if (read)
            g_error ("“%s” read as %g h", cases[i].text, hours);
          continue;
        }
      if (!read)
        g_error ("“%s” not read", cases[i].text);
      assert_near (hours, cases[i].hours);
    }
  g_assert_cmpint (hr_duration_unit_for_header ("Duration (Minutes)"), ==, HR_DURATION_MINUTES);
  g_assert_cmpint (hr_duration_unit_for_header ("Call duration (seconds)"), ==, HR_DURATION_SECONDS);
  g_assert_cmpint (hr_duration_unit_for_header ("Duration (decimal)"), ==, HR_DURATION_HOURS);
}

/* --- exports --- */

/* Toggl Track's detailed report: BOM, hh:mm:ss (and one h:mm), ISO dates;
 * tasks name the activity, e-mail addresses the people */
static void
test_toggl (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeImport) import = import_of (plan, "toggl-detailed.csv");
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(HrCalibration) calibration = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;
  guint entries;
  double hours;
  /* by hours, the most first; EBR and Lunch are not proposed */
  static const struct { const char *text; guint entries; double hours; const char *target; } tasks[] = {
    { "Onboarding session", 3, 12, "onboarding" },
    { "Kickoff call", 3, 8.5, "kickoff" },
    { "Vacation", 1, 8, "leave" },
    { "EBR", 1, 3.75, NULL },
    { "Support ticket", 3, 3.25, "reactive" },
    { "Internal meeting", 2, 3, "indirect" },
    { "Alignment meeting", 1, 2.25, "alignment" },
    { "Escalation", 1, 2, "unplanned" },
    { "Lunch", 1, 0.75, NULL },
  };

  g_assert_cmpint (hr_time_import_get_format (import), ==, HR_TIME_FORMAT_TOGGL);
  g_assert_cmpstr (hr_time_format_get_name (HR_TIME_FORMAT_TOGGL), ==, "Toggl Track detailed report");
  assert_columns (import, HR_TIME_DATE, "Start date");
  assert_columns (import, HR_TIME_PERSON, "Email");
  assert_columns (import, HR_TIME_ACCOUNT, "Client");
  assert_columns (import, HR_TIME_ACTIVITY, "Task");
  assert_columns (import, HR_TIME_HOURS, "Duration");

  g_assert_cmpuint (hr_time_import_get_n_values (import, HR_TIME_ACTIVITY), ==, G_N_ELEMENTS (tasks));
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      const HrTimeValue *value = hr_time_import_get_value (import, HR_TIME_ACTIVITY, i);

      g_assert_cmpstr (value->text, ==, tasks[i].text);
      g_assert_cmpuint (value->entries, ==, tasks[i].entries);
      assert_near (value->hours, tasks[i].hours);
      g_assert_cmpstr (value->target, ==, tasks[i].target);
      g_assert_cmpint (value->state, ==, tasks[i].target ? HR_TIME_VALUE_PROPOSED : HR_TIME_VALUE_UNMAPPED);
    }
  g_assert_cmpuint (hr_time_import_count_unmapped (import, &entries, &hours), ==, 2);
  g_assert_cmpuint (entries, ==, 2);
  assert_near (hours, 4.5);
  /* people by their e-mail's name; Sam is not in the plan */
  g_assert_cmpstr (value_of (import, HR_TIME_PERSON, "jo.park@northwind.example")->target, ==, "jo");
  g_assert_cmpint (value_of (import, HR_TIME_PERSON, "sam.lee@northwind.example")->state, ==, HR_TIME_VALUE_UNMAPPED);
  /* clients by the accounts' names; no client is no account; Hooli is unknown */
  g_assert_cmpstr (value_of (import, HR_TIME_ACCOUNT, "Acme Corp")->target, ==, "0015g00000ACME");
  g_assert_null (value_of (import, HR_TIME_ACCOUNT, "")->target);
  g_assert_cmpint (value_of (import, HR_TIME_ACCOUNT, "")->state, ==, HR_TIME_VALUE_PROPOSED);
  g_assert_cmpint (value_of (import, HR_TIME_ACCOUNT, "Hooli")->state, ==, HR_TIME_VALUE_UNMAPPED);

  /* as proposed: the two unmapped tasks are left out, each said */
  log = hr_time_import_run (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 14);
  warnings = hr_time_log_get_warnings (log);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_true (g_str_has_suffix (warnings->pdata[0], "toggl-detailed.csv: activity “EBR” is not mapped (1 entry, 3.75 h): not counted"));
  g_clear_pointer (&log, hr_time_log_unref);

  /* mapped by hand: EBR is the business review, lunch is not counted */
  hr_time_import_set_target (import, HR_TIME_ACTIVITY, "EBR", "qbr");
  hr_time_import_set_target (import, HR_TIME_ACTIVITY, "Lunch", NULL);
  g_assert_cmpint (value_of (import, HR_TIME_ACTIVITY, "EBR")->state, ==, HR_TIME_VALUE_CHOSEN);
  g_assert_cmpuint (hr_time_import_count_unmapped (import, NULL, NULL), ==, 0);
  log = hr_time_import_run (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 15);
  g_assert_cmpuint (hr_time_log_get_warnings (log)->len, ==, 0);
  {
    const HrTimeEntry *first = hr_time_log_get_entry (log, 0);

    g_assert_cmpuint (first->line, ==, 2);
    g_assert_cmpint (first->month, ==, 2026 * 12 + 9);
    g_assert_cmpstr (first->person, ==, "ines");
    g_assert_cmpstr (first->account, ==, "0015g00000GLOB");
    g_assert_cmpstr (first->activity, ==, "kickoff");
    assert_near (first->hours, 2.5);
  }

  /* and the calibration of it: Sam and Hooli are warned about; the kickoffs
   * of Globex (Oct, 2.5 + 2 h) and Umbrella (Nov, 4 h) against 4.5 h each */
  calibration = hr_calibration_compute (plan, log, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_calibration_get_warnings (calibration)->len, ==, 2);
  g_assert_cmpuint (hr_calibration_get_moment (calibration, 0)->all.due, ==, 2);
  g_assert_cmpuint (hr_calibration_get_moment (calibration, 0)->all.delivered, ==, 2);
  assert_near (hr_calibration_get_moment (calibration, 0)->all.ratio, 8.5 / 9);
  /* QBR: due for Acme in Oct (tenure 6) and Initech in Dec (tenure 3); logged for Initech */
  g_assert_cmpuint (hr_calibration_get_moment (calibration, 2)->all.due, ==, 2);
  g_assert_cmpuint (hr_calibration_get_moment (calibration, 2)->all.delivered, ==, 1);
  g_assert_finalize_object (g_steal_pointer (&calibration));
}

/* Harvest: first and last name, decimal hours, ISO dates; and a German
 * export of the same: semicolons, 03.11.2026, decimal commas, "Urlaub" */
static void
test_harvest (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeImport) import = import_of (plan, "harvest.csv");
  g_autoptr(HrTimeImport) german = import_of (plan, "harvest-de.csv");
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(HrTimeLog) german_log = NULL;
  g_autoptr(GError) error = NULL;
  static const char *activities[] = { "kickoff", "reactive", "qbr", "onboarding", "indirect", "leave" };

  g_assert_cmpint (hr_time_import_get_format (import), ==, HR_TIME_FORMAT_HARVEST);
  assert_columns (import, HR_TIME_PERSON, "First Name+Last Name");
  assert_columns (import, HR_TIME_ACTIVITY, "Task");
  assert_columns (import, HR_TIME_HOURS, "Hours");
  g_assert_cmpstr (value_of (import, HR_TIME_PERSON, "Mara Olsen")->target, ==, "mara");
  g_assert_cmpstr (value_of (import, HR_TIME_ACTIVITY, "Quarterly Business Review")->target, ==, "qbr");
  g_assert_cmpuint (hr_time_import_count_unmapped (import, NULL, NULL), ==, 0);
  log = hr_time_import_run (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, G_N_ELEMENTS (activities));
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    g_assert_cmpstr (hr_time_log_get_entry (log, i)->activity, ==, activities[i]);
  assert_near (hr_time_log_get_entry (log, 2)->hours, 4.25);

  g_assert_cmpint (hr_time_import_get_format (german), ==, HR_TIME_FORMAT_HARVEST);
  german_log = hr_time_import_run (german, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (german_log), ==, 4);
  g_assert_cmpint (hr_time_log_get_entry (german_log, 0)->month, ==, 2026 * 12 + 10);
  g_assert_cmpuint (hr_time_log_get_entry (german_log, 0)->day, ==, 3);
  assert_near (hr_time_log_get_entry (german_log, 0)->hours, 3.5);
  assert_near (hr_time_log_get_entry (german_log, 1)->hours, 0.75);
  g_assert_cmpstr (hr_time_log_get_entry (german_log, 3)->activity, ==, "leave");
}

/* Clockify: US dates (11/23/2026 tells), decimal durations; and one with
 * day-first dates, decimal commas and the activity in its tags */
static void
test_clockify (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeImport) import = import_of (plan, "clockify.csv");
  g_autoptr(HrTimeImport) tags = import_of (plan, "clockify-tags.csv");
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(HrTimeLog) tags_log = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hr_time_import_get_format (import), ==, HR_TIME_FORMAT_CLOCKIFY);
  assert_columns (import, HR_TIME_DATE, "Start Date");
  assert_columns (import, HR_TIME_HOURS, "Duration (decimal)");
  assert_columns (import, HR_TIME_ACTIVITY, "Task");
  log = hr_time_import_run (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 5);
  g_assert_cmpint (hr_time_log_get_entry (log, 0)->month, ==, 2026 * 12 + 9);
  g_assert_cmpuint (hr_time_log_get_entry (log, 0)->day, ==, 6);
  g_assert_cmpstr (hr_time_log_get_entry (log, 2)->activity, ==, "qbr");
  g_assert_cmpstr (hr_time_log_get_entry (log, 4)->activity, ==, "indirect");

  assert_columns (tags, HR_TIME_ACTIVITY, "Tags");
  tags_log = hr_time_import_run (tags, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (tags_log), ==, 4);
  g_assert_cmpint (hr_time_log_get_entry (tags_log, 0)->month, ==, 2026 * 12 + 9);
  g_assert_cmpuint (hr_time_log_get_entry (tags_log, 0)->day, ==, 6);
  g_assert_cmpint (hr_time_log_get_entry (tags_log, 3)->month, ==, 2026 * 12 + 10);
  assert_near (hr_time_log_get_entry (tags_log, 1)->hours, 4.5);
}

/* A CRM's activity export: subjects, assignees, account names, minutes */
static void
test_crm (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeImport) import = import_of (plan, "crm-activities.csv");
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hr_time_import_get_format (import), ==, HR_TIME_FORMAT_CRM);
  assert_columns (import, HR_TIME_DATE, "Activity Date");
  assert_columns (import, HR_TIME_PERSON, "Assigned");
  assert_columns (import, HR_TIME_ACCOUNT, "Account Name");
  assert_columns (import, HR_TIME_ACTIVITY, "Subject");
  log = hr_time_import_run (import, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 5);
  assert_near (hr_time_log_get_entry (log, 0)->hours, 2.5);
  g_assert_cmpstr (hr_time_log_get_entry (log, 1)->activity, ==, "onboarding");
  g_assert_cmpstr (hr_time_log_get_entry (log, 3)->activity, ==, "reactive");
  g_assert_cmpint (hr_time_log_get_entry (log, 3)->month, ==, 2026 * 12 + 9);
  g_assert_cmpuint (hr_time_log_get_entry (log, 3)->day, ==, 20);
}

/* A broken row refuses the whole file, naming its line and column */
static void
test_broken_rows (void)
{
  static const struct { const char *file, *message; } cases[] = {
    { "toggl-broken.csv", "toggl-broken.csv:4: Duration: “2:75:00” is not a duration; expected hours such as 1.5, 1,5, 1:30 or 1:30:00" },
    { "harvest-broken.csv", "harvest-broken.csv:3: Date: “2026-11-31” is not a date; expected e.g. 2027-01-31, 31/01/2027, 01/31/2027 or 31 Jan 2027" },
  };
  g_autoptr(HrPlan) plan = team_plan ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = data_path (cases[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(HrTimeMapping) mapping = NULL;
      g_autoptr(HrTimeLog) log = hr_time_import_file (file, plan, NULL, &mapping, &error);

      g_assert_null (log);
      g_assert_null (mapping);
      g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID);
      g_assert_true (g_str_has_suffix (error->message, cases[i].message));
    }
}

/* A moment mapped from an entry without a client is refused too */
static void
test_moment_without_account (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  const char *text = "User,Client,Task,Start date,Duration\nInes Sato,,Kickoff call,2026-10-06,01:00:00\n";
  HrCsvTable *table = hr_csv_table_parse (text, strlen (text), "t.csv", NULL, NULL);
  g_autoptr(HrTimeImport) import = hr_time_import_new (table, plan, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_import_run (import, &error);

  g_assert_null (log);
  g_assert_cmpstr (error->message, ==, "t.csv:2: Client: empty; “Kickoff call” is the moment “Kickoff”, which needs an account");
}

/* The mapping remembered in the plan makes next month's import one step;
 * it is saved with the plan and reads back the same */
static void
test_remembered (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeImport) first = import_of (plan, "toggl-detailed.csv");
  g_autoptr(HrTimeMapping) mapping = NULL;
  g_autoptr(HrPlan) reopened = NULL;
  g_autoptr(HrTimeImport) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *target = "unset";

  hr_time_import_set_target (first, HR_TIME_ACTIVITY, "EBR", "qbr");
  hr_time_import_set_target (first, HR_TIME_ACTIVITY, "Lunch", NULL);
  hr_time_import_set_target (first, HR_TIME_ACCOUNT, "Hooli", NULL);
  mapping = hr_time_import_dup_mapping (first);
  g_assert_true (hr_time_mapping_lookup (mapping, HR_TIME_ACTIVITY, "ebr ", &target));
  g_assert_cmpstr (target, ==, "qbr");
  g_assert_true (hr_time_mapping_lookup (mapping, HR_TIME_ACTIVITY, "LUNCH", &target));
  g_assert_null (target);
  hr_plan_set_time_mapping (plan, mapping);

  text = hr_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"calibration\""));
  reopened = hr_plan_load_data (text, -1, "saved.headroom", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hr_time_mapping_equal (hr_plan_get_time_mapping (reopened), mapping));

  next = import_of (reopened, "toggl-detailed.csv");
  g_assert_false (hr_time_import_is_settled (first));
  g_assert_true (hr_time_import_is_settled (next));
  g_assert_cmpuint (hr_time_import_count_unmapped (next, NULL, NULL), ==, 0);
  g_assert_cmpint (value_of (next, HR_TIME_ACTIVITY, "EBR")->state, ==, HR_TIME_VALUE_REMEMBERED);
  g_assert_cmpint (value_of (next, HR_TIME_ACTIVITY, "Kickoff call")->state, ==, HR_TIME_VALUE_REMEMBERED);
  g_assert_cmpint (value_of (next, HR_TIME_ACCOUNT, "Hooli")->state, ==, HR_TIME_VALUE_REMEMBERED);
  assert_columns (next, HR_TIME_ACTIVITY, "Task");

  /* remembered columns win where the file has them */
  {
    const char *description[] = { "Description", NULL };
    g_autoptr(HrTimeMapping) other = hr_time_mapping_copy (mapping);
    g_autoptr(HrTimeImport) again = NULL;

    hr_time_mapping_set_columns (other, HR_TIME_ACTIVITY, description);
    hr_plan_set_time_mapping (reopened, other);
    again = import_of (reopened, "toggl-detailed.csv");
    assert_columns (again, HR_TIME_ACTIVITY, "Description");
  }
  /* a value made unmapped again is unmapped, not proposed */
  hr_time_import_unset_target (next, HR_TIME_ACTIVITY, "Kickoff call");
  g_assert_cmpint (value_of (next, HR_TIME_ACTIVITY, "Kickoff call")->state, ==, HR_TIME_VALUE_UNMAPPED);
}

static void
test_mapping_json (void)
{
  static const struct { const char *calibration, *message; } refused[] = {
    { "{'activities': {'Lunch': 3}}",
      "test.headroom: calibration.activities[\"Lunch\"]: must be a moment id, reactive, indirect, unplanned, leave, "
      "or null (not counted), got 3" },
    { "{'people': {'Sam': null}}", "test.headroom: calibration.people[\"Sam\"]: must be a person id, got null" },
    { "{'columns': {'date': 4}}", "test.headroom: calibration.columns.date: must be a header or a list of headers, got 4" },
    { "{'columns': {'when': 'Date'}}",
      "test.headroom: calibration.columns.when: not a column of a time log; expected date, person, account, activity or hours" },
    { "{'min_occurrences': 0}", "test.headroom: calibration.min_occurrences: must be a whole number from 1 to 10000, got 0" },
    { "[]", "test.headroom: calibration: must be an object such as {\"min_occurrences\": 5}, got []" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *text = g_strdup_printf ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'calibration': %s}",
                                               refused[i].calibration);
      g_autofree char *message = plan_error (text);
      g_assert_cmpstr (message, ==, refused[i].message);
    }
  /* every part, read and written back the same; an unknown key is kept */
  {
    const char *text = "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'calibration': "
                       "{'min_occurrences': 3, 'columns': {'date': 'Start date', 'person': ['First Name', 'Last Name']},"
                       " 'people': {'Sam Lee': 'sam'}, 'accounts': {'Internal': null, 'Acme Corp': '0015g00000ACME'},"
                       " 'activities': {'Kickoff call': 'kickoff', 'Lunch': null}, 'colour': 'blue'}}";
    g_autofree char *json = g_strdelimit (g_strdup (text), "'", '"');
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GError) error = NULL;
    g_autoptr(HrPlan) plan = hr_plan_load_data (json, -1, "test.headroom", warnings, &error);
    const HrTimeMapping *mapping;
    g_autofree char *saved = NULL;
    g_autoptr(HrPlan) again = NULL;
    const char *target;

    g_assert_no_error (error);
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_cmpstr (warnings->pdata[0], ==, "test.headroom: calibration: unknown key \"colour\" is kept but not used");
    mapping = hr_plan_get_time_mapping (plan);
    g_assert_cmpuint (hr_time_mapping_get_min_occurrences (mapping), ==, 3);
    g_assert_cmpstr (hr_time_mapping_get_columns (mapping, HR_TIME_PERSON)[1], ==, "Last Name");
    g_assert_true (hr_time_mapping_lookup (mapping, HR_TIME_ACCOUNT, "internal", &target));
    g_assert_null (target);
    g_assert_false (hr_time_mapping_lookup (mapping, HR_TIME_ACCOUNT, "Globex", &target));
    saved = hr_plan_to_data (plan, NULL);
    g_assert_nonnull (strstr (saved, "\"colour\": \"blue\""));
    again = hr_plan_load_data (saved, -1, "again.headroom", NULL, &error);
    g_assert_no_error (error);
    g_assert_true (hr_time_mapping_equal (hr_plan_get_time_mapping (again), mapping));
  }
}

/* What headroom-cli does: the whole file with overrides on top */
static void
test_import_file (void)
{
  g_autoptr(HrPlan) plan = team_plan ();
  g_autoptr(HrTimeMapping) overrides = hr_time_mapping_new ();
  g_autoptr(HrTimeMapping) mapping = NULL;
  g_autofree char *path = data_path ("toggl-detailed.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = NULL;
  const char *user[] = { "User", NULL };

  hr_time_mapping_set_value (overrides, HR_TIME_ACTIVITY, "ebr", "qbr");
  hr_time_mapping_set_columns (overrides, HR_TIME_PERSON, user);
  log = hr_time_import_file (file, plan, overrides, &mapping, &error);
  g_assert_no_error (error);
  /* Lunch is still unmapped: 15 entries and its warning */
  g_assert_cmpuint (hr_time_log_get_n_entries (log), ==, 15);
  g_assert_cmpuint (hr_time_log_get_warnings (log)->len, ==, 1);
  g_assert_cmpstr (hr_time_mapping_get_columns (mapping, HR_TIME_PERSON)[0], ==, "User");
  g_assert_cmpstr (hr_time_log_get_entry (log, 0)->person, ==, "ines");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/time-import/dates", test_dates);
  g_test_add_func ("/time-import/date-order", test_date_order);
  g_test_add_func ("/time-import/durations", test_durations);
  g_test_add_func ("/time-import/toggl", test_toggl);
  g_test_add_func ("/time-import/harvest", test_harvest);
  g_test_add_func ("/time-import/clockify", test_clockify);
  g_test_add_func ("/time-import/crm", test_crm);
  g_test_add_func ("/time-import/broken-rows", test_broken_rows);
  g_test_add_func ("/time-import/moment-without-account", test_moment_without_account);
  g_test_add_func ("/time-import/remembered", test_remembered);
  g_test_add_func ("/time-import/mapping-json", test_mapping_json);
  g_test_add_func ("/time-import/import-file", test_import_file);
  return g_test_run ();
}

/* fuzz-time-log.c: time logs, canonical and exported, onto a plan and
 * through the calibration: a refused file is a message naming it, an
 * accepted one gives finite figures that read back as JSON */
#include "fuzz-common.h"

#include "hr-calibration.h"
#include "hr-time-import.h"
#include "hr-time-values.h"

/* people, accounts before and after the start, every treatment */
static const char plan_text[] =
  "{\"format\": \"headroom-plan\", \"version\": 1, \"start\": \"2027-01\","
  " \"roles\": [{\"id\": \"csm\"}, {\"id\": \"onboarding\", \"hours_per_month\": 150}],"
  " \"segments\": [{\"id\": \"key\", \"reactive_hours\": 3, \"complexity\": 1.2}, {\"id\": \"pooled\"}],"
  " \"moments\": [{\"id\": \"kickoff\", \"name\": \"Kickoff\", \"at\": 0, \"exec\": 5},"
  "   {\"id\": \"checkin\", \"at\": 1, \"every\": 1, \"exec\": 2, \"role\": \"onboarding\","
  "    \"tiers\": {\"pooled\": {\"mode\": \"one_to_many\", \"group_size\": 4}}},"
  "   {\"id\": \"webinar\", \"at\": 0, \"every\": 1, \"exec\": 1, \"tiers\": {\"key\": {\"mode\": \"skip\"}}}],"
  " \"people\": [{\"id\": \"ines\", \"name\": \"Ines Sato\"}, {\"id\": \"jo\", \"fte\": 0.5, \"role\": \"onboarding\"}],"
  " \"accounts\": [{\"id\": \"K-1\", \"name\": \"Acme\", \"segment\": \"key\", \"start\": \"2026-06\", \"effort_factor\": 1.5},"
  "   {\"id\": \"P-1\", \"segment\": \"pooled\", \"start\": \"2027-03\"}]}";

static void
check_calibration (HrPlan    *plan,
                   HrTimeLog *log)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCalibration) calibration = hr_calibration_compute (plan, log, 0, &error);
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *text = NULL;

  g_assert (calibration != NULL);
  for (guint i = 0; i < hr_time_log_get_n_entries (log); i++)
    {
      const HrTimeEntry *e = hr_time_log_get_entry (log, i);
      g_assert (isfinite (e->hours) && e->hours >= 0 && e->person[0] != '\0');
    }
  g_assert (hr_calibration_get_n_months (calibration) <= 120);
  json = hr_calibration_to_json (calibration);
  fuzz_check_json (json);
  text = hr_calibration_to_text (calibration, plan);
  fuzz_check_text (text);
  /* the scenario it would add makes a valid plan */
  {
    g_autoptr(HrPlan) copy = hr_plan_copy (plan);
    g_autoptr(HrScenario) scenario = hr_calibration_new_scenario (calibration, copy);
    g_autoptr(HrPlan) applied = NULL;

    hr_plan_insert_item (copy, HR_ITEM (scenario), -1);
    applied = hr_plan_apply_scenario (copy, hr_item_get_id (HR_ITEM (scenario)), &error);
    if (applied == NULL)
      g_error ("the calibrated scenario does not apply: %s", error->message);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HrPlan *plan;
  const char *moments[] = { "kickoff", "checkin", "webinar", NULL };
  const char *text = (const char *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = NULL;
  HrCsvTable *table;

  fuzz_init ();
  if (plan == NULL)
    plan = hr_plan_load_data (plan_text, -1, "fuzz.headroom", NULL, NULL);
  g_assert (plan != NULL);

  /* as Headroom's own log */
  log = hr_time_log_read (text, size, "fuzz.csv", moments, &error);
  if (log == NULL)
    g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
  else
    check_calibration (plan, log);
  g_clear_pointer (&log, hr_time_log_unref);
  g_clear_error (&error);

  /* as an export, mapped as proposed */
  table = hr_csv_table_parse (text, size, "fuzz.csv", NULL, &error);
  if (table == NULL)
    return 0;
  {
    g_autoptr(HrTimeImport) import = hr_time_import_new (table, plan, NULL);

    log = hr_time_import_run (import, &error);
    if (log == NULL)
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
    else
      check_calibration (plan, log);
  }

  /* each field read as a date and as a duration: never past what is real */
  if (size < 4096)
    {
      g_autofree char *copy = g_strndup (text, size);
      g_auto(GStrv) fields = g_strsplit_set (copy, ",;\n", 64);

      for (guint i = 0; fields[i]; i++)
        {
          HrDay day;
          double hours;

          if (g_utf8_validate (fields[i], -1, NULL) && hr_import_parse_date (fields[i], HR_DATE_ORDER_UNKNOWN, &day))
            g_assert (day.year >= 1900 && day.year <= 9999 && day.month >= 1 && day.month <= 12 && day.day >= 1);
          if (hr_hours_parse (fields[i], HR_DURATION_MINUTES, &hours))
            g_assert (isfinite (hours) && hours >= 0);
        }
    }
  return 0;
}

/* hr-cli.c: what the headroom-cli commands share */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

#include "hr-cli.h"
#include "hr-i18n.h"
#include "hr-memory.h"
#include "hr-time-import.h"

void
hr_cli_init (const char *command)
{
  static gboolean done;

  if (!done)
    {
      hr_memory_init ();
      setlocale (LC_ALL, "");
      hr_i18n_init ();
      done = TRUE;
    }
  /* --help says "Usage: headroom-cli forecast [OPTION…]" */
  if (command)
    {
      g_autofree char *name = g_strconcat ("headroom-cli ", command, NULL);
      g_set_prgname (name);
    }
}

HrPlan *
hr_cli_load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (file, warnings, &error);

  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("warning: %s\n"), (char *) warnings->pdata[i]);
  return plan;
}

HrCalibration *
hr_cli_calibrate_log (HrPlan     *plan,
                      const char *log_path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (log_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_import_file (file, plan, NULL, NULL, &error);
  HrCalibration *calibration = NULL;

  if (log)
    calibration = hr_calibration_compute (plan, log,
                                          hr_time_mapping_get_min_occurrences (hr_plan_get_time_mapping (plan)),
                                          &error);
  if (calibration == NULL)
    g_printerr ("%s\n", error->message);
  return calibration;
}

HrForecast *
hr_cli_forecast_file (const char      *path,
                      const char      *scenario,
                      HrForecastFlags  flags,
                      HrPlan         **plan_out)
{
  g_autoptr(HrPlan) plan = hr_cli_load_plan (path);
  g_autoptr(GError) error = NULL;
  HrForecast *forecast;

  if (plan == NULL)
    return NULL;
  forecast = hr_engine_forecast (plan, scenario, flags, &error);
  if (forecast == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return NULL;
    }
  if (plan_out)
    *plan_out = g_steal_pointer (&plan);
  return forecast;
}

int
hr_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("headroom-cli %s: %s\n", command, message);
  g_printerr (_("Try “headroom-cli %s --help”.\n"), command);
  return HR_CLI_USAGE;
}

/* Writes to PATH, or to standard output when PATH is NULL or "-" */
int
hr_cli_write_output (const char *path,
                     const char *data,
                     gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL || g_str_equal (path, "-"))
    {
      fwrite (data, 1, length, stdout);
      return HR_CLI_OK;
    }
  if (!g_file_set_contents (path, data, length, &error))
    {
      g_printerr (_("%s: could not write: %s\n"), path, error->message);
      return HR_CLI_INVALID;
    }
  return HR_CLI_OK;
}

/* hr-cli-forecast.c: validate, forecast and sample */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hr-cli.h"

/* Parses options; returns -1 when the command may go on, else an exit code */
static int
parse_options (GOptionContext *context,
               const char     *command,
               int            *argc,
               char         ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return hr_cli_usage_error (command, "%s", error->message);
  return -1;
}

int
hr_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — check a plan file"));
  g_autoptr(HrPlan) plan = NULL;
  int status;

  g_option_context_set_description (context,
    _("Exits with 0 when the plan is valid (warnings go to standard error), "
      "2 when it is not, with the file, field and reason of the first error."));
  if ((status = parse_options (context, "validate", &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return hr_cli_usage_error ("validate", _("expected one PLAN file"));

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  printf (_("%s: valid\n"), argv[1]);
  return HR_CLI_OK;
}

int
hr_cli_forecast (int    argc,
                 char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean apply_hiring = FALSE;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Forecast this scenario instead of the baseline"), N_("ID") },
    { "apply-hiring-plan", 0, 0, G_OPTION_ARG_NONE, &apply_hiring, N_("Add the hiring planner’s suggested hires"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("json (default) or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the monthly forecast"));
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrForecast) forecast = NULL;
  g_autofree char *data = NULL;
  gsize length;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, "forecast", &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return hr_cli_usage_error ("forecast", _("expected one PLAN file"));
  if (format && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    return hr_cli_usage_error ("forecast", _("unknown format “%s”; expected json or csv"), format);

  forecast = hr_cli_forecast_file (argv[1], scenario, apply_hiring ? HR_FORECAST_APPLY_HIRING : HR_FORECAST_DEFAULT, NULL);
  if (forecast == NULL)
    return HR_CLI_INVALID;

  if (format && g_str_equal (format, "csv"))
    {
      data = hr_forecast_to_csv (forecast);
      length = strlen (data);
    }
  else
    data = hr_forecast_to_json_data (forecast, &length);
  return hr_cli_write_output (output, data, length);
}

int
hr_cli_sample (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the built-in sample plan"));
  g_autoptr(GBytes) bytes = hr_plan_get_sample_bytes ();
  gsize length;
  const char *data;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, "sample", &argc, &argv)) >= 0)
    return status;
  if (argc != 1)
    return hr_cli_usage_error ("sample", _("takes no arguments"));
  data = g_bytes_get_data (bytes, &length);
  return hr_cli_write_output (output, data, length);
}

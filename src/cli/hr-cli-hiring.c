/* hr-cli-hiring.c: the hiring plan in plain language or JSON */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hr-cli.h"
#include "hr-hiring.h"

int
hr_cli_hiring (int    argc,
               char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Plan hires for this scenario instead of the baseline"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the hires to make and when to open their requisitions"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrForecast) forecast = NULL;
  g_autofree char *text = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error ("hiring", "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error ("hiring", _("expected one PLAN file"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return hr_cli_usage_error ("hiring", _("unknown format “%s”; expected text or json"), format);

  forecast = hr_cli_forecast_file (argv[1], scenario, HR_FORECAST_DEFAULT, NULL);
  if (forecast == NULL)
    return HR_CLI_INVALID;
  if (format && g_str_equal (format, "json"))
    text = hr_hiring_to_json_data (forecast, NULL);
  else
    text = hr_hiring_summary (forecast);
  puts (text);
  return HR_CLI_OK;
}

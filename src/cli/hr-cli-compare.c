/* hr-cli-compare.c: the baseline and every scenario side by side */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hr-cli.h"
#include "hr-comparison.h"

int
hr_cli_compare (int    argc,
                char **argv)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — baseline and scenarios side by side"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GPtrArray) forecasts = NULL;
  g_autofree char *text = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error ("compare", "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error ("compare", _("expected one PLAN file"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return hr_cli_usage_error ("compare", _("unknown format “%s”; expected text or json"), format);

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  forecasts = hr_engine_compare (plan, &error);
  if (forecasts == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return HR_CLI_INVALID;
    }
  if (format && g_str_equal (format, "json"))
    text = hr_comparison_to_json_data (forecasts, NULL);
  else
    text = hr_comparison_to_text (forecasts);
  fputs (text, stdout);
  return HR_CLI_OK;
}

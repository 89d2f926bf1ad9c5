/* hr-cli-bands.c: headroom-cli bands, P10/P50/P90 bands from the plan's
 * ranges (spec §6, §8) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hr-bands.h"
#include "hr-cli.h"

#define COMMAND "bands"

int
hr_cli_bands (int    argc,
              char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Sample this scenario’s plan instead of the baseline"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default), json or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — P10/P50/P90 bands from the ranges on the plan’s estimates"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrBands) bands = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Samples the plan as its \"uncertainty\" object says and prints, per month, the percentiles of "
      "each role’s workload, required FTE and load, the chance of being over capacity, accounts and "
      "ARR, the ranges that move the peak need most, and the hires that hold the target load at the "
      "plan’s confidence. The same plan gives the same numbers on every machine. Exits with 2 when "
      "the plan is invalid or has no ranges."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND, "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error (COMMAND, _("expected one PLAN file"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    return hr_cli_usage_error (COMMAND, _("unknown format “%s”; expected text, json or csv"), format);

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  bands = hr_bands_compute (plan, scenario, NULL, NULL, NULL, &error);
  if (bands == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return HR_CLI_INVALID;
    }
  for (const char * const *w = hr_bands_get_warnings (bands); *w; w++)
    g_printerr ("%s: %s\n", argv[1], *w);

  if (format && g_str_equal (format, "json"))
    data = hr_bands_to_json_data (bands, &length);
  else
    {
      data = g_str_equal (format ? format : "text", "csv") ? hr_bands_to_csv (bands) : hr_bands_to_text (bands);
      length = strlen (data);
    }
  return hr_cli_write_output (output, data, length);
}

/* hr-cli-workbook.c: headroom-cli workbook, the plan's numbers as XLSX */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-cli.h"
#include "hr-workbook.h"

#define COMMAND "workbook"

int
hr_cli_workbook (int    argc,
                 char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *output = NULL;
  double threshold = 0.15;
  g_autofree char *log_path = NULL;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario,
      N_("Monthly sheets of this scenario instead of the baseline"), N_("ID") },
    { "threshold", 0, 0, G_OPTION_ARG_DOUBLE, &threshold,
      N_("Cost share of ARR above which a tier is flagged (default 0.15)"), N_("SHARE") },
    { "log", 'l', 0, G_OPTION_ARG_FILENAME, &log_path,
      N_("Add a Calibration sheet: the plan against this time log (CSV)"), N_("LOG.csv") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to FILE (.xlsx)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the plan's numbers as an Excel workbook"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrPackInput) input = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Sheets: Summary (with a chart of workload against capacity), Roles by month, Tiers by month, "
      "Plays by month, Hiring plan, Compare (the baseline and every scenario), Calibration (with --log: "
      "the plan against the time logged) and Assumptions. Every value is the forecast's, as “headroom-cli forecast” and “compare” print it. Exits with 0 when the workbook "
      "was written, 1 for a wrong option, 2 when the plan is invalid or the file cannot be written."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND, "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error (COMMAND, _("expected one PLAN file"));
  if (output == NULL)
    return hr_cli_usage_error (COMMAND, _("missing -o FILE"));
  if (!(threshold > 0 && threshold < 1))
    return hr_cli_usage_error (COMMAND, _("the threshold is a share between 0 and 1, got %g"), threshold);

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  input = hr_pack_input_new (plan, scenario, &error);
  if (input == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return HR_CLI_INVALID;
    }
  input->threshold = threshold;
  if (log_path && (input->calibration = hr_cli_calibrate_log (plan, log_path)) == NULL)
    return HR_CLI_INVALID;
  if (!hr_workbook_write (input, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  return HR_CLI_OK;
}

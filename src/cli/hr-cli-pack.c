/* hr-cli-pack.c: headroom-cli pack, the planning pack of a plan as one PDF */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-cli.h"
#include "hr-pack.h"

#define COMMAND "pack"

int
hr_cli_pack (int    argc,
             char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *output = NULL;
  double threshold = 0.15;
  g_autofree char *log_path = NULL;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Show this scenario instead of the baseline"), N_("ID") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 (default) or letter, landscape"), N_("PAPER") },
    { "threshold", 0, 0, G_OPTION_ARG_DOUBLE, &threshold,
      N_("Cost share of ARR above which a tier is flagged (default 0.15)"), N_("SHARE") },
    { "log", 'l', 0, G_OPTION_ARG_FILENAME, &log_path,
      N_("Add the model against execution: the plan against this time log (CSV)"), N_("LOG.csv") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the planning pack as one PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrPackInput) input = NULL;
  HrPaper paper = HR_PAPER_A4;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The pack for the budget meeting: the cover's headline, the journey designed, the effort it takes, "
      "capacity and the gap, the trade-offs, the pressure test, and the assumptions with their sources. "
      "The same plan gives the same file. Exits with 0 when the pack was written, 1 for a wrong option, "
      "2 when the plan is invalid, the scenario does not exist, or the file cannot be written."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND, "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error (COMMAND, _("expected one PLAN file"));
  if (output == NULL)
    return hr_cli_usage_error (COMMAND, _("missing -o FILE"));
  if (paper_name != NULL && !hr_paper_from_string (paper_name, &paper))
    return hr_cli_usage_error (COMMAND, _("unknown paper “%s”; expected a4 or letter"), paper_name);
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
  if (!hr_pack_write_pdf (input, paper, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  return HR_CLI_OK;
}

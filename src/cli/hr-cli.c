/* hr-cli.c: headroom-cli, a thin front over the model and the charts */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

#include "hr-cli.h"

static const struct {
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "validate", hr_cli_validate, N_("Check a plan file and list its warnings or errors") },
  { "forecast", hr_cli_forecast, N_("Print the monthly forecast as JSON or CSV") },
  { "compare", hr_cli_compare, N_("Compare the baseline and every scenario side by side") },
  { "hiring", hr_cli_hiring, N_("Say which hires to make and when to open their requisitions") },
  { "books", hr_cli_books, N_("Show each person's book of business against their capacity") },
  { "rebalance", hr_cli_rebalance, N_("Move the fewest accounts so that every book fits its limit") },
  { "import-accounts", hr_cli_import_accounts, N_("Import the accounts of a CRM export (CSV) into a plan") },
  { "calibrate", hr_cli_calibrate, N_("Check the plan against the time the team logged; make a calibrated scenario") },
#ifdef HR_CLI_HAVE_CHART
  { "chart", hr_cli_chart, N_("Export a chart as PNG, PDF or SVG") },
#endif
#ifdef HR_CLI_HAVE_PACK
  { "pack", hr_cli_pack, N_("Write the planning pack: one PDF for the budget meeting") },
  { "workbook", hr_cli_workbook, N_("Write the plan's numbers as an Excel workbook for finance") },
  { "activities", hr_cli_activities, N_("Export the journey's moments as a table, or update them from one") },
#endif
  { "sample", hr_cli_sample, N_("Write the built-in sample plan") },
};

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

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: headroom-cli COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “headroom-cli COMMAND --help” for the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return HR_CLI_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return HR_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("headroom-cli %s\n", PACKAGE_VERSION);
      return HR_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("headroom-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return HR_CLI_USAGE;
}

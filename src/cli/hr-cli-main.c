/* hr-cli-main.c: headroom-cli, a thin front over the model and the charts
 *
 * The commands that write charts, packs and workbooks run a program of
 * their own, headroom-cli-export: only it links cairo, pango, fontconfig
 * and libxlsxwriter, so the commands that draw nothing start without
 * loading them.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#ifdef G_OS_UNIX
#include <unistd.h>
#endif
#ifdef G_OS_WIN32
#include <windows.h>
#endif

#include "hr-cli.h"

#ifdef G_OS_WIN32
#define EXPORT_PROGRAM "headroom-cli-export.exe"
#else
#define EXPORT_PROGRAM "headroom-cli-export"
#endif

/* The folder of the running program, or NULL where that cannot be told */
static char *
dup_program_dir (void)
{
  g_autofree char *path = NULL;
#ifdef G_OS_WIN32
  wchar_t wide[MAX_PATH];
  DWORD n = GetModuleFileNameW (NULL, wide, MAX_PATH);

  if (n == 0 || n == MAX_PATH)
    return NULL;
  path = g_utf16_to_utf8 (wide, n, NULL, NULL, NULL);
#else
  path = g_file_read_link ("/proc/self/exe", NULL);
#endif
  return path ? g_path_get_dirname (path) : NULL;
}

/* Beside headroom-cli in the build tree (and on Windows, where it shares
 * the DLLs' folder), else where it is installed */
static char *
find_export_program (void)
{
  g_autofree char *dir = dup_program_dir ();

  if (dir)
    {
      g_autofree char *beside = g_build_filename (dir, EXPORT_PROGRAM, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (LIBEXECDIR, EXPORT_PROGRAM, NULL);
}

/* Runs headroom-cli-export with the command (argv[0]) and its arguments;
 * its exit code is the command's */
static int
run_export (int    argc,
            char **argv)
{
  g_autofree char *program = find_export_program ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int status = HR_CLI_INVALID;

  g_ptr_array_add (args, program);
  for (int i = 0; i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);
  fflush (stdout);
#ifdef G_OS_UNIX
  execv (program, (char **) args->pdata);
  g_set_error_literal (&error, G_FILE_ERROR, g_file_error_from_errno (errno), g_strerror (errno));
#else
  if (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                    NULL, NULL, NULL, NULL, &status, &error))
    return status;
#endif
  /* Translators: %s: a command, a program's path, then why it did not start */
  g_printerr (_("headroom-cli %s: cannot run %s: %s\n"), argv[0], program, error->message);
  return status;
}

static const struct {
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "validate", hr_cli_validate, N_("Check a plan file and list its warnings or errors") },
  { "forecast", hr_cli_forecast, N_("Print the monthly forecast as JSON or CSV") },
  { "compare", hr_cli_compare, N_("Compare the baseline and every scenario side by side") },
  { "hiring", hr_cli_hiring, N_("Say which hires to make and when to open their requisitions") },
  { "bands", hr_cli_bands, N_("P10/P50/P90 bands and hiring at a confidence, from ranges on the estimates") },
  { "books", hr_cli_books, N_("Show each person's book of business against their capacity") },
  { "rebalance", hr_cli_rebalance, N_("Move the fewest accounts so that every book fits its limit") },
  { "import-accounts", hr_cli_import_accounts, N_("Import the accounts of a CRM export (CSV) into a plan") },
  { "calibrate", hr_cli_calibrate, N_("Check the plan against the time the team logged; make a calibrated scenario") },
#ifdef HR_CLI_HAVE_CHART
  { "chart", run_export, N_("Export a chart as PNG, PDF or SVG") },
#endif
#ifdef HR_CLI_HAVE_PACK
  { "pack", run_export, N_("Write the planning pack: one PDF for the budget meeting") },
  { "workbook", run_export, N_("Write the plan's numbers as an Excel workbook for finance") },
  { "activities", run_export, N_("Export the journey's moments as a table, or update them from one") },
#endif
  { "sample", hr_cli_sample, N_("Write the built-in sample plan") },
};

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
  hr_cli_init (NULL);
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
      {
        hr_cli_init (commands[i].name);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("headroom-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return HR_CLI_USAGE;
}

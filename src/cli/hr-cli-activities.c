/* hr-cli-activities.c: headroom-cli activities, the journey's activity
 * table out to a spreadsheet and back */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hr-activities.h"
#include "hr-cli.h"
#include "hr-workbook.h"
#include "hr-xlsx.h"

#define COMMAND "activities"

static int
export (int    argc,
        char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE: .csv or .xlsx (default: CSV to standard output)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the moments as a table, one row each"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autofree char *csv = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND " export", "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error (COMMAND " export", _("expected one PLAN file"));
  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  if (output != NULL && g_str_has_suffix (output, ".xlsx"))
    {
      if (!hr_workbook_write_activities (plan, output, &error))
        {
          g_printerr ("%s\n", error->message);
          return HR_CLI_INVALID;
        }
      return HR_CLI_OK;
    }
  csv = hr_activities_to_csv (plan);
  return hr_cli_write_output (output, csv, strlen (csv));
}

/* A workbook by its bytes, or by its name (so that an .xls is told why it
 * cannot be read, rather than read as CSV) */
static gboolean
is_workbook (const char *path,
             const char *data,
             gsize       length)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return hr_xlsx_looks_like_workbook (data, length) || g_str_has_suffix (lower, ".xlsx")
         || g_str_has_suffix (lower, ".xlsm") || g_str_has_suffix (lower, ".xls");
}

static int
import (int    argc,
        char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *sheet_read = NULL;
  g_auto(GStrv) mapping = NULL;
  gboolean keep = FALSE;
  GOptionEntry entries[] = {
    { "sheet", 's', 0, G_OPTION_ARG_STRING, &sheet,
      N_("Read the worksheet NAME of an XLSX workbook (default: the first)"), N_("NAME") },
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &mapping,
      N_("Read the column HEADER as FIELD (id, name, play, role, at, every, until, prep, exec, follow or a tier)"),
      N_("HEADER=FIELD") },
    { "keep-missing", 'k', 0, G_OPTION_ARG_NONE, &keep, N_("Keep the moments the table does not list"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the updated plan to FILE; without it nothing is "
                                                           "written and the changes are only listed"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN TABLE.csv|TABLE.xlsx — update the moments from a table"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(HrActivitiesImport) result = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The table is a CSV file or a worksheet of an XLSX workbook. Rows update moments by id, else by name; new "
      "names add moments; moments the table leaves out are removed unless --keep-missing. Every problem is listed "
      "with its line or cell and nothing is changed unless the whole table is good. Exits with 0 when the table "
      "applies, 1 for a wrong option, 2 when it does not."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND " import", "%s", error->message);
  if (argc != 3)
    return hr_cli_usage_error (COMMAND " import", _("expected a PLAN file and a TABLE.csv or TABLE.xlsx"));
  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  if (!g_file_get_contents (argv[2], &data, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  if (is_workbook (argv[2], data, length))
    {
      HrXlsxOptions options = { .sheet = sheet };

      if (!hr_xlsx_read_rows (data, length, argv[2], &options, &rows, &lines, &sheet_read, &error))
        {
          g_printerr ("%s\n", error->message);
          return HR_CLI_INVALID;
        }
    }
  else if (sheet != NULL)
    return hr_cli_usage_error (COMMAND " import", _("--sheet is for an XLSX workbook, and %s is none"), argv[2]);
  else if (!hr_activities_read_csv (data, length, argv[2], &rows, &lines, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  result = hr_activities_import_sheet (plan, rows, lines, argv[2], sheet_read, (const char * const *) mapping, keep,
                                       &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  for (guint i = 0; i < result->warnings->len; i++)
    g_printerr (_("warning: %s\n"), (char *) result->warnings->pdata[i]);
  for (guint i = 0; i < result->added->len; i++)
    printf ("+ %s\n", (char *) result->added->pdata[i]);
  for (guint i = 0; i < result->changed->len; i++)
    printf ("~ %s\n", (char *) result->changed->pdata[i]);
  for (guint i = 0; i < result->removed->len; i++)
    printf ("- %s\n", (char *) result->removed->pdata[i]);
  if (result->added->len + result->changed->len + result->removed->len == 0)
    printf ("%s\n", _("The table matches the plan: nothing to change."));
  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!hr_plan_save_file (result->plan, file, &error))
        {
          g_printerr ("%s\n", error->message);
          return HR_CLI_INVALID;
        }
    }
  return HR_CLI_OK;
}

int
hr_cli_activities (int    argc,
                   char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "export"))
    return export (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return import (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: headroom-cli activities export PLAN [-o TABLE.csv|TABLE.xlsx]\n"
                        "       headroom-cli activities import PLAN TABLE.csv|TABLE.xlsx [--sheet NAME] "
                        "[--map HEADER=FIELD]… [--keep-missing] [-o PLAN]"));
      return HR_CLI_OK;
    }
  return hr_cli_usage_error (COMMAND, _("expected export or import"));
}

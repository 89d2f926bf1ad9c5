/* hr-cli-activities.c: headroom-cli activities, the journey's activity
 * table out to a spreadsheet and back */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hr-activities.h"
#include "hr-cli.h"
#include "hr-workbook.h"

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

static int
import (int    argc,
        char **argv)
{
  g_autofree char *output = NULL;
  g_auto(GStrv) mapping = NULL;
  gboolean keep = FALSE;
  GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &mapping,
      N_("Read the column HEADER as FIELD (id, name, play, role, at, every, until, prep, exec, follow or a tier)"),
      N_("HEADER=FIELD") },
    { "keep-missing", 'k', 0, G_OPTION_ARG_NONE, &keep, N_("Keep the moments the table does not list"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the updated plan to FILE; without it nothing is "
                                                           "written and the changes are only listed"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN TABLE.csv — update the moments from a table"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(HrActivitiesImport) result = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Rows update moments by id, else by name; new names add moments; moments the table leaves out are "
      "removed unless --keep-missing. Every problem is listed with its line and nothing is changed unless the "
      "whole table is good. Exits with 0 when the table applies, 1 for a wrong option, 2 when it does not."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND " import", "%s", error->message);
  if (argc != 3)
    return hr_cli_usage_error (COMMAND " import", _("expected a PLAN file and a TABLE.csv"));
  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  if (!g_file_get_contents (argv[2], &data, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  if (!hr_activities_read_csv (data, length, argv[2], &rows, &lines, &error)
      || (result = hr_activities_import (plan, rows, lines, argv[2], (const char * const *) mapping, keep,
                                         &error)) == NULL)
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
                        "       headroom-cli activities import PLAN TABLE.csv [--map HEADER=FIELD]… "
                        "[--keep-missing] [-o PLAN]"));
      return HR_CLI_OK;
    }
  return hr_cli_usage_error (COMMAND, _("expected export or import"));
}

/* hr-cli-books.c: each person's book of business (spec §5.1, §8) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hr-books.h"
#include "hr-cli.h"
#include "hr-json.h"

gpointer
hr_cli_books_file (const char  *path,
                   const char  *scenario,
                   HrPlan     **plan_out)
{
  g_autoptr(HrPlan) plan = hr_cli_load_plan (path);
  g_autoptr(GError) error = NULL;
  HrBooks *books;

  if (plan == NULL)
    return NULL;
  books = hr_books_compute (plan, scenario, &error);
  if (books == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return NULL;
    }
  if (plan_out)
    *plan_out = g_steal_pointer (&plan);
  return books;
}

int
hr_cli_books (int    argc,
              char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("The books under this scenario's plan"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default), json or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — each person's book of business against their capacity"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBooks) books = NULL;
  g_autofree char *text = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error ("books", "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error ("books", _("expected one PLAN file"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    return hr_cli_usage_error ("books", _("unknown format “%s”; expected text, json or csv"), format);

  books = hr_cli_books_file (argv[1], scenario, NULL);
  if (books == NULL)
    return HR_CLI_INVALID;
  if (format && g_str_equal (format, "json"))
    text = hr_books_to_json_data (books, NULL);
  else if (format && g_str_equal (format, "csv"))
    text = hr_books_to_csv (books);
  else
    text = hr_books_to_text (books);
  return hr_cli_write_output (output, text, strlen (text));
}

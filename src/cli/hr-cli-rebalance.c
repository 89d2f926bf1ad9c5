/* hr-cli-rebalance.c: rebalancing the books with the fewest transfers
 * (spec §5.2, §8) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hr-cli.h"
#include "hr-json.h"
#include "hr-rebalance.h"

/* The moves made in the plan's own accounts */
static gboolean
apply_moves (HrPlan      *plan,
             HrRebalance *result)
{
  HrBooks *books = hr_rebalance_get_books (result);
  GListModel *accounts = hr_plan_get_accounts (plan);

  /* the books list the plan's accounts in order */
  g_return_val_if_fail (g_list_model_get_n_items (accounts) == hr_books_get_n_accounts (books), FALSE);
  for (guint i = 0; i < hr_rebalance_get_n_moves (result); i++)
    {
      const HrMove *move = hr_rebalance_get_move (result, i);
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, move->account);

      g_object_set (account, "owner", hr_books_get_person (books, move->to)->id, NULL);
    }
  return TRUE;
}

int
hr_cli_rebalance (int    argc,
                  char **argv)
{
  g_autofree char *scenario = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  double seconds = 0;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Rebalance the books under this scenario's plan"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the plan with the moves made to NEWPLAN"), N_("NEWPLAN") },
    { "seconds", 0, 0, G_OPTION_ARG_DOUBLE, &seconds, N_("Search for at most this long (default: the plan's portfolio.solve_seconds)"), N_("SECONDS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — the fewest transfers that bring every book within its limit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrBooks) books = NULL;
  g_autoptr(HrRebalance) result = NULL;
  g_autofree char *text = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error ("rebalance", "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error ("rebalance", _("expected one PLAN file"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return hr_cli_usage_error ("rebalance", _("unknown format “%s”; expected text or json"), format);
  if (seconds < 0)
    return hr_cli_usage_error ("rebalance", _("--seconds must be greater than 0"));

  books = hr_cli_books_file (argv[1], scenario, &plan);
  if (books == NULL)
    return HR_CLI_INVALID;
  {
    g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
    result = hr_rebalance_solve (problem, seconds, NULL, NULL, NULL, &error);
  }
  g_assert_no_error (error);

  if (output)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      /* the moves go into the baseline's accounts, which every scenario shares */
      apply_moves (plan, result);
      if (!hr_plan_save_file (plan, file, &error))
        {
          g_printerr ("%s\n", error->message);
          return HR_CLI_INVALID;
        }
    }
  if (format && g_str_equal (format, "json"))
    text = hr_rebalance_to_json_data (result, NULL);
  else
    text = hr_rebalance_to_text (result);
  fwrite (text, 1, strlen (text), stdout);
  return HR_CLI_OK;
}

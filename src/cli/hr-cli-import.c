/* hr-cli-import.c: accounts from a CRM export into a plan */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hr-account-import.h"
#include "hr-cli.h"

/* "COLUMN=FIELD": split at the last '=' */
static gboolean
split_pair (const char  *text,
            char       **left,
            char       **right)
{
  const char *eq = text ? strrchr (text, '=') : NULL;

  if (eq == NULL || eq == text)
    return FALSE;
  *left = g_strndup (text, eq - text);
  *right = g_strdup (eq + 1);
  return TRUE;
}

static gboolean
apply_maps (HrAccountImport  *import,
            char            **maps,
            char            **tiers,
            char            **owners,
            HrPlan           *plan,
            GError          **error)
{
  HrCsvTable *table = hr_account_import_get_table (import);

  for (guint i = 0; maps && maps[i]; i++)
    {
      g_autofree char *column = NULL, *what = NULL;
      HrAccountColumn field;
      int c;

      if (!split_pair (maps[i], &column, &what) || !hr_account_column_from_string (what, &field))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--map “%s”: expected COLUMN=FIELD with FIELD one of id, name, segment, owner, "
                         "start, renewal, arr, attribute, skip"), maps[i]);
          return FALSE;
        }
      c = hr_csv_table_find_column (table, column);
      if (c < 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--map “%s”: the file has no column “%s”"), maps[i], column);
          return FALSE;
        }
      hr_account_import_set_column (import, c, field);
    }
  for (guint i = 0; tiers && tiers[i]; i++)
    {
      g_autofree char *value = NULL, *segment = NULL;

      if (!split_pair (tiers[i], &value, &segment) || hr_plan_find_segment (plan, segment) == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--tier “%s”: expected VALUE=SEGMENT with a segment id of the plan"), tiers[i]);
          return FALSE;
        }
      hr_account_import_set_tier_segment (import, value, segment);
    }
  for (guint i = 0; owners && owners[i]; i++)
    {
      g_autofree char *name = NULL, *person = NULL;

      if (!split_pair (owners[i], &name, &person) || (*person && hr_plan_find_person (plan, person) == NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--owner “%s”: expected NAME=PERSON with a person id of the plan (or nothing after "
                         "“=” for no owner)"), owners[i]);
          return FALSE;
        }
      hr_account_import_set_owner_person (import, name, person);
    }
  return TRUE;
}

int
hr_cli_import_accounts (int    argc,
                        char **argv)
{
  g_auto(GStrv) maps = NULL;
  g_auto(GStrv) tiers = NULL;
  g_auto(GStrv) owners = NULL;
  g_autofree char *output = NULL;
  gboolean keep_missing = FALSE;
  GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("What a column holds: id, name, segment, owner, start, renewal, arr, attribute or skip"), N_("COLUMN=FIELD") },
    { "tier", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tiers, N_("The segment a tier value of the file stands for"), N_("VALUE=SEGMENT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING_ARRAY, &owners, N_("The person an owner name stands for"), N_("NAME=PERSON") },
    { "keep-missing", 0, 0, G_OPTION_ARG_NONE, &keep_missing, N_("Keep the plan's accounts that the file does not list"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the plan with the accounts to FILE"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN CSV — accounts from a CRM export"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(HrAccountImport) import = NULL;
  g_autoptr(HrAccountImportResult) result = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *summary = NULL;
  HrCsvTable *table;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error ("import-accounts", "%s", error->message);
  if (argc != 3)
    return hr_cli_usage_error ("import-accounts", _("expected a PLAN file and a CSV file"));
  if (output == NULL)
    return hr_cli_usage_error ("import-accounts", _("expected -o FILE for the plan with the accounts"));

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  csv_file = g_file_new_for_commandline_arg (argv[2]);
  table = hr_csv_table_read_file (csv_file, NULL, &error);
  if (table == NULL)
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  import = hr_account_import_new (plan, table);
  hr_account_import_set_remove_missing (import, !keep_missing);
  if (!apply_maps (import, maps, tiers, owners, plan, &error))
    return hr_cli_usage_error ("import-accounts", "%s", error->message);
  missing = hr_account_import_dup_missing (import);
  if (missing)
    {
      /* Translators: what is missing, then how to map it */
      g_printerr (_("%s: %s Map one with --map COLUMN=FIELD.\n"), hr_csv_table_get_display_name (table), missing);
      return HR_CLI_INVALID;
    }

  result = hr_account_import_run (import);
  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *line = hr_import_problem_to_string (&g_array_index (result->problems, HrImportProblem, i),
                                                           hr_csv_table_get_display_name (table));
      g_printerr (_("not imported: %s\n"), line);
    }
  if (result->accounts->len == 0)
    {
      g_printerr (_("%s: no row could be imported; the plan is not written.\n"), hr_csv_table_get_display_name (table));
      return HR_CLI_INVALID;
    }
  hr_account_import_apply (result, plan);
  out_file = g_file_new_for_commandline_arg (output);
  if (!hr_plan_save_file (plan, out_file, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  summary = hr_account_import_result_dup_summary (result);
  printf ("%s\n", summary);
  return HR_CLI_OK;
}

/* fuzz-accounts.c: a CRM export imported as accounts into a plan with a
 * team: every problem names the file and a line of it; an import that has
 * rows puts them in a copy of the plan that validates, saves, opens again
 * and has books; the plan itself is left as it was */
#include "fuzz-common.h"

#include "hr-account-import.h"
#include "hr-books.h"

/* Two people, three tiers, rules on attributes that CRM exports carry */
static const char plan_text[] =
  "{\"format\": \"headroom-plan\", \"version\": 1, \"start\": \"2027-01\", \"months\": 12,"
  " \"roles\": [{\"id\": \"csm\", \"headcount\": 2}],"
  " \"segments\": [{\"id\": \"enterprise\", \"name\": \"Enterprise\", \"touch\": \"high\", \"acv\": 100000,"
  "                 \"reactive_hours\": 4},"
  "                {\"id\": \"mid-market\", \"name\": \"Mid-market\", \"acv\": 30000, \"reactive_hours\": 1},"
  "                {\"id\": \"scale\", \"name\": \"Scale\", \"touch\": \"tech\", \"acv\": 8000}],"
  " \"moments\": [{\"id\": \"kickoff\", \"at\": 0, \"prep\": 3, \"exec\": 2},"
  "               {\"id\": \"review\", \"at\": 3, \"every\": 3, \"exec\": 2,"
  "                \"tiers\": {\"scale\": {\"mode\": \"one_to_many\", \"group_size\": 20}}}],"
  " \"people\": [{\"id\": \"dana\", \"name\": \"Dana Scully\"}, {\"id\": \"fox\", \"name\": \"Fox Mulder\"}],"
  " \"accounts\": [{\"id\": \"0015g00000XyZ12\", \"segment\": \"enterprise\", \"owner\": \"dana\","
  "                 \"start\": \"2024-03\", \"pinned\": true}],"
  " \"effort_rules\": [{\"attribute\": \"Health Score\", \"op\": \"<\", \"value\": 50, \"factor\": 1.3},"
  "                    {\"attribute\": \"Open Tickets\", \"op\": \">=\", \"value\": 10, \"factor\": 1.2}]}";

static void
check_books (HrPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, &error);
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  char *json;
  gsize length;

  if (books == NULL)
    g_error ("an imported plan has no books: %s", error->message);
  json = hr_books_to_json_data (books, &length);
  fuzz_check_json_data (json, length);
  csv = hr_books_to_csv (books);
  fuzz_check_csv (csv);
  text = hr_books_to_text (books);
  fuzz_check_text (text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HrPlan *base;
  static char *base_text;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrAccountImport) import = NULL;
  g_autoptr(HrAccountImportResult) result = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrPlan) reopened = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  HrCsvTable *table;
  guint last_line;
  gsize length;

  fuzz_init ();
  if (base == NULL)
    {
      base = hr_plan_load_data (plan_text, -1, "team.headroom", NULL, &error);
      g_assert (base != NULL);
      base_text = hr_plan_to_data (base, NULL);
    }
  table = hr_csv_table_parse ((const char *) data, size, "fuzz.csv", NULL, &error);
  if (table == NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  last_line = hr_csv_table_get_n_rows (table) > 0
              ? hr_csv_table_get_row (table, hr_csv_table_get_n_rows (table) - 1)->line : 0;
  import = hr_account_import_new (base, table);
  /* half the inputs keep the accounts the file does not list */
  hr_account_import_set_remove_missing (import, size % 2 == 0);
  missing = hr_account_import_dup_missing (import);
  if (missing)
    return 0;

  result = hr_account_import_run (import);
  for (guint i = 0; i < result->problems->len; i++)
    {
      const HrImportProblem *problem = &g_array_index (result->problems, HrImportProblem, i);
      g_autofree char *line = hr_import_problem_to_string (problem, "fuzz.csv");

      /* a record's first line, which no later record's comes before */
      if (problem->line < 1 || problem->line > last_line)
        g_error ("a problem on line %u of a file whose last record starts on line %u: %s",
                 problem->line, last_line, line);
      g_assert (g_str_has_prefix (line, "fuzz.csv:"));
    }
  summary = hr_account_import_result_dup_summary (result);
  fuzz_check_text (summary);

  plan = hr_plan_copy (base);
  hr_account_import_apply (result, plan);
  after = hr_plan_to_data (base, NULL);
  g_assert (strcmp (base_text, after) == 0);
  g_assert (g_list_model_get_n_items (hr_plan_get_accounts (plan)) == result->accounts->len);
  if (!hr_plan_validate (plan, &error))
    g_error ("an imported export makes an invalid plan: %s", error->message);
  saved = hr_plan_to_data (plan, &length);
  reopened = hr_plan_load_data (saved, length, "imported.headroom", NULL, &error);
  if (reopened == NULL)
    g_error ("an imported export makes a plan that does not open again: %s", error->message);
  check_books (reopened);
  return 0;
}

/* test-account-import.c: accounts from CRM exports as Salesforce, HubSpot
 * and a spreadsheet write them (tests/model/crm/), and a re-import */
#include <math.h>

#include "hr-account-import.h"
#include "hr-import-values.h"
#include "test-helpers.h"

static const char *plan_text =
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',"
  " 'roles': [{'id': 'csm'}],"
  " 'segments': [{'id': 'enterprise', 'name': 'Enterprise', 'touch': 'high'},"
  "              {'id': 'mid-market', 'name': 'Mid-market'},"
  "              {'id': 'scale', 'name': 'Scale', 'touch': 'tech'}],"
  " 'people': [{'id': 'dana', 'name': 'Dana Scully'}, {'id': 'fox', 'name': 'Fox Mulder'}]}";

static HrAccountImport *
import_file (HrPlan     *plan,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "crm", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrCsvTable *table = hr_csv_table_read_file (file, NULL, &error);

  g_assert_no_error (error);
  return hr_account_import_new (plan, table);
}

static HrAccount *
find (HrAccountImportResult *result,
      const char            *id)
{
  for (guint i = 0; i < result->accounts->len; i++)
    if (g_str_equal (hr_account_get_id (result->accounts->pdata[i]), id))
      return result->accounts->pdata[i];
  g_error ("no account %s", id);
}

static const HrImportProblem *
problem (HrAccountImportResult *result,
         guint                  i)
{
  g_assert_cmpuint (i, <, result->problems->len);
  return &g_array_index (result->problems, HrImportProblem, i);
}

static int
month (const char *text)
{
  int absolute;

  g_assert_true (hr_month_parse (text, &absolute));
  return absolute;
}

/* A Salesforce report: byte order mark, every field quoted, a quoted comma,
 * a doubled quote and a line break in a quoted field, US dates, money with
 * a dollar sign; a row without ID, a date that is no date and a tier the
 * plan does not have are listed with their lines */
static void
test_salesforce (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (plan_text);
  g_autoptr(HrAccountImport) import = import_file (plan, "salesforce.csv");
  g_autoptr(HrAccountImportResult) result = NULL;
  HrAccount *acme, *globex, *umbrella;
  JsonObject *attributes;

  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_ID), ==, 0);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_NAME), ==, 1);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_OWNER), ==, 2);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_SEGMENT), ==, 3);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_ARR), ==, 4);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_START), ==, 5);
  g_assert_cmpint (hr_account_import_get_column (import, 7), ==, HR_ACCOUNT_COLUMN_ATTRIBUTE);
  g_assert_null (hr_account_import_dup_missing (import));
  /* owners by name, tiers by the segments' names */
  g_assert_cmpstr (hr_account_import_get_owner_person (import, "Dana Scully"), ==, "dana");
  g_assert_cmpstr (hr_account_import_get_owner_person (import, "Fox Mulder"), ==, "fox");
  g_assert_null (hr_account_import_get_owner_person (import, "Walter Skinner"));
  g_assert_cmpstr (hr_account_import_get_tier_segment (import, "Mid-Market"), ==, "mid-market");
  g_assert_null (hr_account_import_get_tier_segment (import, "Platinum"));

  result = hr_account_import_run (import);
  g_assert_cmpuint (result->accounts->len, ==, 4);
  g_assert_cmpuint (result->problems->len, ==, 3);
  g_assert_cmpuint (problem (result, 0)->line, ==, 7);
  g_assert_cmpstr (problem (result, 0)->column, ==, "Account ID");
  g_assert_cmpstr (problem (result, 0)->message, ==, "no account ID");
  g_assert_cmpuint (problem (result, 1)->line, ==, 8);
  g_assert_cmpstr (problem (result, 1)->column, ==, "Customer Since");
  g_assert_cmpuint (problem (result, 2)->line, ==, 9);
  {
    g_autofree char *text = hr_import_problem_to_string (problem (result, 2), "salesforce.csv");
    g_assert_cmpstr (text, ==, "salesforce.csv:9: Customer Tier: “Platinum” is not mapped to a tier of the plan");
  }
  /* the rows that failed create nobody */
  g_assert_cmpuint (result->people->len, ==, 0);

  acme = find (result, "0015g00000XyZ12");
  g_assert_cmpstr (hr_account_get_name (acme), ==, "Acme, Inc.");
  g_assert_cmpstr (hr_account_get_owner (acme), ==, "dana");
  g_assert_cmpstr (hr_account_get_segment (acme), ==, "enterprise");
  g_assert_cmpint (hr_account_get_start (acme), ==, month ("2024-03"));
  assert_near (hr_account_get_arr (acme), 120000);
  attributes = hr_account_get_attributes (acme);
  assert_near (json_object_get_double_member (attributes, "Health Score"), 42);
  assert_near (json_object_get_double_member (attributes, "Open Tickets"), 12);
  g_assert_cmpstr (json_object_get_string_member (attributes, "Billing Country"), ==, "United States");
  g_assert_cmpstr (json_object_get_string_member (attributes, "Description"), ==, "Key logo; exec sponsor \"Walter\"");
  globex = find (result, "0015g00000XyZ13");
  g_assert_cmpstr (json_object_get_string_member (hr_account_get_attributes (globex), "Description"), ==,
                   "Two divisions,\nboth on the platinum plan");
  umbrella = find (result, "0015g00000XyZ15");
  g_assert_null (hr_account_get_owner (umbrella));
  /* a first import: all new */
  g_assert_cmpuint (result->added->len, ==, 4);

  /* mapped, the Platinum row comes in, for a new person */
  hr_account_import_set_tier_segment (import, "Platinum", "enterprise");
  g_clear_pointer (&result, hr_account_import_result_free);
  result = hr_account_import_run (import);
  g_assert_cmpuint (result->accounts->len, ==, 5);
  g_assert_cmpuint (result->people->len, ==, 1);
  g_assert_cmpstr (hr_person_get_id (result->people->pdata[0]), ==, "walter-skinner");
  g_assert_cmpstr (hr_person_get_name (result->people->pdata[0]), ==, "Walter Skinner");
  g_assert_cmpstr (hr_account_get_owner (find (result, "0015g00000XyZ18")), ==, "walter-skinner");
  g_clear_pointer (&import, hr_account_import_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Import, then re-import an updated export: what changed, by id; what
 * only Headroom knows (pinned) stays */
static void
test_reimport (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (plan_text);
  g_autoptr(HrAccountImport) first = import_file (plan, "salesforce.csv");
  g_autoptr(HrAccountImportResult) result = hr_account_import_run (first);
  g_autoptr(HrAccountImport) second = NULL;
  g_autoptr(HrAccountImportResult) update = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;

  hr_account_import_apply (result, plan);
  g_assert_true (hr_plan_validate (plan, &error));
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_accounts (plan)), ==, 4);
  g_object_set (hr_plan_find_account (plan, "0015g00000XyZ12"), "pinned", TRUE, NULL);

  second = import_file (plan, "salesforce-update.csv");
  update = hr_account_import_run (second);
  g_assert_cmpuint (update->problems->len, ==, 0);
  g_assert_cmpuint (update->added->len, ==, 1);
  g_assert_cmpstr (update->added->pdata[0], ==, "0015g00000XyZ19");
  g_assert_cmpuint (update->removed->len, ==, 1);
  g_assert_cmpstr (update->removed->pdata[0], ==, "0015g00000XyZ14");
  g_assert_cmpuint (update->owner_changed->len, ==, 1);
  g_assert_cmpstr (update->owner_changed->pdata[0], ==, "0015g00000XyZ12");
  g_assert_cmpuint (update->arr_changed->len, ==, 1);
  g_assert_cmpstr (update->arr_changed->pdata[0], ==, "0015g00000XyZ13");
  summary = hr_account_import_result_dup_summary (update);
  g_assert_cmpstr (summary, ==, "4 accounts: 1 new, 1 removed, 1 with a new owner, 1 with new ARR.");

  hr_account_import_apply (update, plan);
  g_assert_true (hr_plan_validate (plan, &error));
  g_assert_null (hr_plan_find_account (plan, "0015g00000XyZ14"));
  g_assert_true (hr_account_get_pinned (hr_plan_find_account (plan, "0015g00000XyZ12")));
  g_assert_cmpstr (hr_account_get_owner (hr_plan_find_account (plan, "0015g00000XyZ12")), ==, "fox");

  /* keeping the accounts the file does not list */
  hr_account_import_set_remove_missing (second, FALSE);
  g_clear_pointer (&update, hr_account_import_result_free);
  update = hr_account_import_run (second);
  g_assert_cmpuint (update->removed->len, ==, 0);
  g_clear_pointer (&first, hr_account_import_free);
  g_clear_pointer (&second, hr_account_import_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* HubSpot: plain headers, a blank line, ISO dates with a time, thousands
 * grouped, tiers named by touch, an owner who is nobody yet */
static void
test_hubspot (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (plan_text);
  g_autoptr(HrAccountImport) import = import_file (plan, "hubspot.csv");
  g_autoptr(HrAccountImportResult) result = hr_account_import_run (import);
  HrAccount *tyrell;

  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_ID), ==, 0);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_START), ==, 3);
  g_assert_cmpuint (result->accounts->len, ==, 2);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_cmpuint (problem (result, 0)->line, ==, 5);
  tyrell = find (result, "9001");
  g_assert_cmpstr (hr_account_get_segment (tyrell), ==, "enterprise");
  g_assert_cmpint (hr_account_get_start (tyrell), ==, month ("2025-03"));
  assert_near (hr_account_get_arr (tyrell), 1200000);
  assert_near (json_object_get_double_member (hr_account_get_attributes (tyrell), "Number of Employees"), 5200);
  g_assert_cmpstr (hr_account_get_segment (find (result, "9002")), ==, "scale");
  g_assert_cmpuint (result->people->len, ==, 1);
  g_assert_cmpstr (hr_account_get_owner (find (result, "9002")), ==, "jeffrey-spender");
  g_clear_pointer (&import, hr_account_import_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* A spreadsheet saved in a German locale: semicolons, a decimal comma and
 * a euro sign, dotted dates, a renewal date instead of a start, a blank
 * line and a line of empty fields, and an amount that is none */
static void
test_spreadsheet (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (plan_text);
  g_autoptr(HrAccountImport) import = import_file (plan, "spreadsheet.csv");
  g_autoptr(HrAccountImportResult) result = hr_account_import_run (import);
  HrAccount *mueller;

  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_ID), ==, 0);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_NAME), ==, 1);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_RENEWAL), ==, 5);
  g_assert_cmpuint (result->accounts->len, ==, 2);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_cmpuint (problem (result, 0)->line, ==, 5);
  g_assert_cmpstr (problem (result, 0)->column, ==, "ARR");
  mueller = find (result, "G-001");
  g_assert_cmpstr (hr_account_get_name (mueller), ==, "Müller & Söhne GmbH");
  assert_near (hr_account_get_arr (mueller), 120000.5);
  /* renews in March 2027: the term started in March 2026 */
  g_assert_cmpint (hr_account_get_start (mueller), ==, month ("2026-03"));
  assert_near (hr_account_get_arr (find (result, "G-002")), 9500);
  g_clear_pointer (&import, hr_account_import_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Without an ID column nothing runs until one is mapped; mapping a field
 * to a column takes it from the one that had it */
static void
test_mapping (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (plan_text);
  g_autoptr(GError) error = NULL;
  const char *csv = "Company,CSM,ARR,Renewal Date,Health Score,Tier\nAcme,Dana Scully,100,2027-05-01,40,Scale\n";
  HrCsvTable *table = hr_csv_table_parse (csv, strlen (csv), "gainsight.csv", NULL, &error);
  g_autoptr(HrAccountImport) import = hr_account_import_new (plan, table);
  g_autofree char *missing = hr_account_import_dup_missing (import);
  g_autoptr(HrAccountImportResult) result = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (missing, ==, "No column holds the account ID.");
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_NAME), ==, 0);
  hr_account_import_set_column (import, 0, HR_ACCOUNT_COLUMN_ID);
  g_assert_cmpint (hr_account_import_find_column (import, HR_ACCOUNT_COLUMN_NAME), ==, -1);
  g_assert_cmpint (hr_account_import_get_column (import, 4), ==, HR_ACCOUNT_COLUMN_ATTRIBUTE);
  hr_account_import_set_column (import, 4, HR_ACCOUNT_COLUMN_SKIP);
  result = hr_account_import_run (import);
  g_assert_cmpuint (result->accounts->len, ==, 1);
  g_assert_cmpstr (hr_account_get_id (result->accounts->pdata[0]), ==, "Acme");
  g_assert_false (json_object_has_member (hr_account_get_attributes (result->accounts->pdata[0]), "Health Score"));
  /* an owner may be left unassigned on purpose */
  hr_account_import_set_owner_person (import, "Dana Scully", "");
  g_clear_pointer (&result, hr_account_import_result_free);
  result = hr_account_import_run (import);
  g_assert_null (hr_account_get_owner (result->accounts->pdata[0]));
  g_clear_pointer (&import, hr_account_import_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Values as people type them */
static void
test_values (void)
{
  static const struct { const char *text; double value; } numbers[] = {
    { "120000", 120000 }, { "120,000", 120000 }, { "$120,000.00", 120000 }, { "120.000,50 €", 120000.5 },
    { "1 234,5", 1234.5 }, { "0,75", 0.75 }, { "12.5", 12.5 }, { "1.234.567", 1234567 }, { "CHF 1'250", 1250 },
    { "-3", -3 }, { "EUR 9.500", 9500 },
  };
  static const char * const not_numbers[] = { "", "abc", "12-3", "n/a", "€" };
  static const struct { const char *text; HrDateOrder order; const char *month; } dates[] = {
    { "2026-03-15", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
    { "2026-03", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
    { "2026-03-15T10:00:00Z", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
    { "2026/03/15", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
    { "03/15/2026", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
    { "04/03/2026", HR_DATE_ORDER_DAY_FIRST, "2026-03" },
    { "15.03.2026", HR_DATE_ORDER_MONTH_FIRST, "2026-03" },
  };
  static const char * const column[] = { "04/03/2026", "15/03/2026", "01/02/2026" };
  int absolute;
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_assert_true (hr_import_parse_number (numbers[i].text, &value));
      assert_near (value, numbers[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    g_assert_false (hr_import_parse_number (not_numbers[i], &value));
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_assert_true (hr_import_parse_month (dates[i].text, dates[i].order, &absolute));
      g_assert_cmpint (absolute, ==, month (dates[i].month));
    }
  g_assert_false (hr_import_parse_month ("13/45/2025", HR_DATE_ORDER_MONTH_FIRST, &absolute));
  g_assert_false (hr_import_parse_month ("soon", HR_DATE_ORDER_MONTH_FIRST, &absolute));
  g_assert_cmpint (hr_import_guess_date_order (column, 3), ==, HR_DATE_ORDER_DAY_FIRST);
  {
    g_autofree char *id = hr_import_id_from_name ("Zoë O'Brien");
    g_autofree char *header = hr_import_normalize_name ("  Account_Owner (Name) ");
    g_assert_cmpstr (id, ==, "zoe-o-brien");
    g_assert_cmpstr (header, ==, "account owner name");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/account-import/salesforce", test_salesforce);
  g_test_add_func ("/account-import/reimport", test_reimport);
  g_test_add_func ("/account-import/hubspot", test_hubspot);
  g_test_add_func ("/account-import/spreadsheet", test_spreadsheet);
  g_test_add_func ("/account-import/mapping", test_mapping);
  g_test_add_func ("/account-import/values", test_values);
  return g_test_run ();
}

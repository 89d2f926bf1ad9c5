/* test-books.c: the Books page in a real window: import a CRM export
 * through the mapping dialog, rebalance, apply, undo, and read the books
 * the page shows at each step */
#include <math.h>

#include "gui-test-helpers.h"
#include "hr-books-page.h"
#include "hr-effort-rules.h"
#include "hr-mapping-dialog.h"
#include "hr-rebalance-dialog.h"

/* Two CSMs of 160 h at 10% shrinkage: 144 h each, a limit of 85% is
 * 122.4 h. An enterprise account costs 60 / 0.8 = 75 h a month, a
 * mid-market one 8 / 0.8 = 10 h. */
static const char *plan_text =
  "{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Books test\", \"start\": \"2027-01\","
  " \"roles\": [{\"id\": \"csm\", \"headcount\": 2}],"
  " \"segments\": [{\"id\": \"enterprise\", \"name\": \"Enterprise\", \"touch\": \"high\", \"reactive_hours\": 60},"
  "              {\"id\": \"mid-market\", \"name\": \"Mid-market\", \"reactive_hours\": 8},"
  "              {\"id\": \"scale\", \"name\": \"Scale\", \"touch\": \"tech\"}],"
  " \"people\": [{\"id\": \"dana\", \"name\": \"Dana Scully\"}, {\"id\": \"fox\", \"name\": \"Fox Mulder\"}]}";

static void
finished_cb (HrRebalanceDialog *dialog,
             gboolean          *done)
{
  *done = TRUE;
}

static int
find_person (HrBooks    *books,
             const char *id)
{
  int p = hr_books_find_person (books, id);

  g_assert_cmpint (p, >=, 0);
  return p;
}

static void
test_import_rebalance_undo (void)
{
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_data (plan_text, -1, "books.headroom", NULL, &error);
  HrWindow *window;
  HrBooksPage *page;
  HrBooks *books;
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "crm", "salesforce.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  GtkWindow *dialog;
  gboolean done = FALSE;
  HrRebalance *result;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = HR_BOOKS_PAGE (gui_test_show_page (window, "books", HR_TYPE_BOOKS_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpstr (hr_books_page_get_headline (page), ==, "No accounts yet: import them from your CRM, or add them to the plan.");

  /* the export, through the mapping dialog: three rows cannot be used */
  dialog = hr_books_page_import_file (page, file);
  g_assert_true (HR_IS_MAPPING_DIALOG (dialog));
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_mapping_dialog_get_summary (HR_MAPPING_DIALOG (dialog)), ==,
                   "4 accounts: 4 new, 0 removed, 0 with a new owner, 0 with new ARR; 3 rows are not imported.");
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (HR_MAPPING_DIALOG (dialog)), ==, 3);
  gui_test_screenshot (GTK_WIDGET (dialog), "books-import.png");
  /* "Platinum" (the third tier of the file) becomes Enterprise, the first
   * tier of the plan after "Not imported"; its owner becomes a new person */
  hr_mapping_dialog_choose_value (HR_MAPPING_DIALOG (dialog), 1, 2, 1);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_mapping_dialog_get_summary (HR_MAPPING_DIALOG (dialog)), ==,
                   "5 accounts: 5 new, 0 removed, 0 with a new owner, 0 with new ARR, 1 new person; 2 rows are not imported.");
  gui_test_press (GTK_WIDGET (dialog), "_Import");
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_accounts (plan)), ==, 5);

  /* Dana: Acme and Initech, 2 × 75 = 150 h: over her 122.4 h */
  books = hr_books_page_get_books (page);
  g_assert_cmpuint (hr_books_get_n_people (books), ==, 3);
  g_assert_cmpint (hr_books_get_person (books, find_person (books, "dana"))->status, ==, HR_BOOK_OVER);
  g_assert_cmpstr (hr_books_page_get_headline (page), ==, "1 of 3 books is over its limit; Dana Scully carries 104% of capacity.");
  hr_books_page_select (page, find_person (books, "dana"));
  gui_test_iterate_idle ();
  {
    g_autoptr(GArray) listed = hr_books_page_dup_listed (page);
    g_assert_cmpuint (listed->len, ==, 2);
  }
  gui_test_screenshot (GTK_WIDGET (window), "books-page.png");

  /* rebalance on the worker thread: one transfer, one assignment */
  dialog = hr_books_page_rebalance (page);
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  gui_test_iterate_idle ();
  result = hr_rebalance_dialog_get_result (HR_REBALANCE_DIALOG (dialog));
  g_assert_nonnull (result);
  g_assert_true (hr_rebalance_get_optimal (result));
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, 1);
  g_assert_cmpuint (hr_rebalance_get_assignments (result), ==, 1);
  g_assert_cmpfloat (hr_rebalance_get_over_after (result), <, 1e-6);
  gui_test_screenshot (GTK_WIDGET (dialog), "books-rebalance.png");
  gui_test_press (GTK_WIDGET (dialog), "_Apply 2 Moves");

  books = hr_books_page_get_books (page);
  g_assert_cmpuint (hr_books_count_over (books), ==, 0);
  g_assert_cmpuint (hr_books_get_unassigned (books)->n_accounts, ==, 0);

  /* one undo takes both moves back, the next the whole import */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  books = hr_books_page_get_books (page);
  g_assert_cmpuint (hr_books_count_over (books), ==, 1);
  g_assert_cmpuint (hr_books_get_unassigned (books)->n_accounts, ==, 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_accounts (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_people (plan)), ==, 2);
  books = hr_books_page_get_books (page);
  g_assert_cmpuint (hr_books_get_n_accounts (books), ==, 0);
  /* and redo brings the import back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_accounts (plan)), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
  g_object_unref (plan);
}

/* An account dropped onto a person changes owner, undoably */
static void
test_move_account (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%.*s, \"accounts\": [{\"id\": \"A-1\", \"segment\": \"enterprise\", "
                                           "\"owner\": \"dana\", \"start\": \"2026-05\"}]}",
                                           (int) strlen (plan_text) - 1, plan_text);
  HrPlan *plan = hr_plan_load_data (text, -1, "books.headroom", NULL, &error);
  HrWindow *window;
  HrBooksPage *page;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  page = HR_BOOKS_PAGE (gui_test_show_page (window, "books", HR_TYPE_BOOKS_PAGE));
  hr_books_page_move_account (page, 0, find_person (hr_books_page_get_books (page), "fox"));
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_account_get_owner (hr_plan_find_account (plan, "A-1")), ==, "fox");
  g_assert_cmpuint (hr_books_get_person (hr_books_page_get_books (page), 1)->n_accounts, ==, 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_account_get_owner (hr_plan_find_account (plan, "A-1")), ==, "dana");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
  g_object_unref (plan);
}

/* Fifty people with a dozen accounts each: every book has its row, and
 * the page stays usable in a narrow window */
static void
test_many_people (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HrPlan *plan;
  HrWindow *window;
  HrBooksPage *page;
  HrBooks *books;

  g_string_append_len (text, plan_text, strlen (plan_text) - 1);
  g_string_truncate (text, strstr (text->str, ", \"people\"") - text->str);
  g_string_append (text, ", \"people\": [");
  for (guint p = 0; p < 50; p++)
    g_string_append_printf (text, "%s{\"id\": \"p%u\", \"name\": \"Person %u\"%s}", p ? ", " : "", p, p,
                            p % 7 == 3 ? ", \"fte\": 0.6" : "");
  g_string_append (text, "], \"accounts\": [");
  for (guint j = 0; j < 600; j++)
    g_string_append_printf (text, "%s{\"id\": \"A%u\", \"segment\": \"%s\", \"owner\": \"p%u\", \"start\": \"2026-0%u\"}",
                            j ? ", " : "", j, j % 9 == 0 ? "enterprise" : "mid-market", (j * 7) % 50, 1 + j % 9);
  g_string_append (text, "]}");
  plan = hr_plan_load_data (text->str, -1, "many.headroom", NULL, &error);
  g_string_free (text, TRUE);
  g_assert_no_error (error);

  window = gui_test_present_window (plan);
  page = HR_BOOKS_PAGE (gui_test_show_page (window, "books", HR_TYPE_BOOKS_PAGE));
  books = hr_books_page_get_books (page);
  g_assert_cmpuint (hr_books_get_n_people (books), ==, 50);
  g_assert_cmpuint (hr_books_get_n_accounts (books), ==, 600);
  hr_books_page_select (page, 3);
  gui_test_iterate_idle ();
  g_assert_cmpint (hr_books_page_get_selected (page), ==, 3);
  gui_test_screenshot (GTK_WIDGET (window), "books-50.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gui_test_iterate_idle ();
  gui_test_screenshot (GTK_WIDGET (window), "books-narrow.png");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
  g_object_unref (plan);
}

/* A rule built in the app from an attribute: its factor shows in the books
 * at once, and undo takes it away */
static void
test_effort_rule (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%.*s, \"accounts\": [{\"id\": \"A-1\", \"segment\": \"mid-market\", "
                                           "\"owner\": \"dana\", \"start\": \"2026-05\", "
                                           "\"attributes\": {\"Health Score\": 42, \"Stage\": \"risk\"}}]}",
                                           (int) strlen (plan_text) - 1, plan_text);
  HrPlan *plan = hr_plan_load_data (text, -1, "books.headroom", NULL, &error);
  HrWindow *window;
  HrBooksPage *page;
  GtkWidget *rules, *entry;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  page = HR_BOOKS_PAGE (gui_test_show_page (window, "books", HR_TYPE_BOOKS_PAGE));
  /* the rules are behind their expander, as a person finds them */
  gtk_expander_set_expanded (GTK_EXPANDER (gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_EXPANDER)), TRUE);
  gui_test_iterate_idle ();
  rules = gui_test_find_widget (GTK_WIDGET (page), HR_TYPE_EFFORT_RULES);
  g_assert_nonnull (rules);
  /* "Health Score below 50 × 1.3": the attribute is the first offered, "below" the first comparison */
  entry = gui_test_find_widget (rules, GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "50");
  gui_test_press (rules, "_Add Rule");
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_effort_rules (plan)), ==, 1);
  gui_test_screenshot (GTK_WIDGET (window), "books-rules.png");
  g_assert_cmpfloat_with_epsilon (hr_books_get_account (hr_books_page_get_books (page), 0)->multiplier, 1.3, 1e-12);
  {
    g_autoptr(HrEffortRule) rule = g_list_model_get_item (hr_plan_get_effort_rules (plan), 0);
    g_autofree char *sentence = hr_effort_rule_dup_sentence (rule);
    g_assert_cmpstr (sentence, ==, "Health Score below 50: effort × 1.3");
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_effort_rules (plan)), ==, 0);
  g_assert_cmpfloat_with_epsilon (hr_books_get_account (hr_books_page_get_books (page), 0)->multiplier, 1, 1e-12);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
  g_object_unref (plan);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init_with_settings (&argc, &argv))
    return 0;
  g_test_add_func ("/books-page/import-rebalance-undo", test_import_rebalance_undo);
  g_test_add_func ("/books-page/move-account", test_move_account);
  g_test_add_func ("/books-page/many-people", test_many_people);
  g_test_add_func ("/books-page/effort-rule", test_effort_rule);
  return g_test_run ();
}

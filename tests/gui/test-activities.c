/* test-activities.c: the journey's activity table imported in the app
 * through the mapping dialog: a leader's sheet with headers of its own,
 * Headroom's own workbook back, and a table with problems; each applied
 * as one step that undo takes back whole */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-helpers.h"
#include "hr-activities.h"
#include "hr-mapping-dialog.h"
#include "hr-workbook.h"

/* A leader's sheet for the sample: Kickoff's prep under a German header
 * Headroom does not know, a new review, a column of notes */
static const char *leader_csv =
  "Service moment,Owner,Stage,Month,Repeat,Vorbereitung,Execution,Follow-up,Enterprise,Scale,Notes\n"
  "Kickoff,onboarding,kickoff,0,0,2,1.5,1,one_to_one x1.5,one_to_many 20,ok\n"
  "Quarterly review,csm,alignment_meeting,3,3,1,1,0.5,one_to_one,digital,new\n";

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static double
moment_prep (HrPlan     *plan,
             const char *id)
{
  HrMoment *moment = hr_plan_find_moment (plan, id);
  double prep;

  g_assert_nonnull (moment);
  g_object_get (moment, "prep", &prep, NULL);
  return prep;
}

static HrMappingDialog *
open_dialog (HrWindow   *window,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog = hr_window_import_activities_file (window, file);

  g_assert_nonnull (dialog);
  gui_test_iterate_idle ();
  return HR_MAPPING_DIALOG (dialog);
}

static void
test_leader_sheet (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  HrUndoStack *undo = hr_window_get_undo_stack (window);
  GListModel *moments = hr_plan_get_moments (plan);
  g_autofree char *dir = g_dir_make_tmp ("hr-test-activities-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "journey.csv", leader_csv);
  guint n_moments = g_list_model_get_n_items (moments);
  HrMappingDialog *dialog = open_dialog (window, path);
  const char *summary;

  /* the main menu's entries */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "import-activities"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-activities"));

  /* by default the moments the sheet leaves out go, and the sample's
   * scenarios change some of them: refused, saying where, nothing done */
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), >, 0);
  g_assert_true (strstr (hr_mapping_dialog_get_summary (dialog), "Nothing is imported") != NULL);
  g_assert_false (gui_test_find_matching (GTK_WIDGET (dialog), gui_test_is_button_labelled, "_Import")
                  && gtk_widget_is_sensitive (gui_test_find_matching (GTK_WIDGET (dialog),
                                                                      gui_test_is_button_labelled, "_Import")));
  /* keep them: the sheet adds the review; Vorbereitung is not read yet */
  hr_mapping_dialog_choose_value (dialog, 0, 0, 1);
  gui_test_iterate_idle ();
  summary = hr_mapping_dialog_get_summary (dialog);
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 0);
  g_assert_true (strstr (summary, "+ Adds “Quarterly review” (quarterly-review)") != NULL);
  g_assert_null (strstr (summary, "prep"));
  /* column 5 read as prep hours (choice 0 is "Not used", then id, name,
   * play, role, at, every, until, prep…) */
  hr_mapping_dialog_choose_column (dialog, 5, 8);
  gui_test_iterate_idle ();
  summary = hr_mapping_dialog_get_summary (dialog);
  g_assert_true (strstr (summary, "~ kickoff: prep 1.5 → 2") != NULL);
  g_assert_null (strstr (summary, "Removes"));
  /* nothing applied before Import */
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 1.5);
  gui_test_screenshot (GTK_WIDGET (dialog), "activities-import.png");

  gui_test_press (GTK_WIDGET (dialog), "_Import");
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 2.0);
  g_assert_nonnull (hr_plan_find_moment (plan, "quarterly-review"));
  g_assert_cmpuint (g_list_model_get_n_items (moments), ==, n_moments + 1);

  /* one step: undo takes the whole table back, redo brings it again */
  hr_undo_stack_undo (undo);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 1.5);
  g_assert_null (hr_plan_find_moment (plan, "quarterly-review"));
  g_assert_cmpuint (g_list_model_get_n_items (moments), ==, n_moments);
  g_assert_false (hr_undo_stack_get_can_undo (undo));
  hr_undo_stack_redo (undo);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 2.0);

  g_unlink (path);
  g_rmdir (dir);
  gui_test_destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Headroom's own workbook brings an edited moment back as exported */
static void
test_own_workbook (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  HrUndoStack *undo = hr_window_get_undo_stack (window);
  g_autofree char *dir = g_dir_make_tmp ("hr-test-activities-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "activities.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  HrMappingDialog *dialog;

  g_assert_true (hr_workbook_write_activities (plan, path, &error));
  g_assert_no_error (error);
  g_object_set (hr_plan_find_moment (plan, "kickoff"), "prep", 3.0, NULL);

  dialog = open_dialog (window, path);
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 0);
  g_assert_cmpstr (hr_mapping_dialog_get_summary (dialog), ==,
                   "Importing makes 1 change to the journey:\n~ kickoff: prep 3 → 1.5");
  gui_test_press (GTK_WIDGET (dialog), "_Import");
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 1.5);
  hr_undo_stack_undo (undo);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 3.0);

  g_unlink (path);
  g_rmdir (dir);
  gui_test_destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Export Activity Table: a workbook unless the name ends in .csv, which
 * holds the table headroom-cli exports */
static void
test_export (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  g_autofree char *dir = g_dir_make_tmp ("hr-test-activities-XXXXXX", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "Journey.CSV", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "journey", NULL);
  g_autoptr(GFile) csv_chosen = g_file_new_for_path (csv_path);
  g_autoptr(GFile) bare_chosen = g_file_new_for_path (bare_path);
  g_autoptr(GFile) csv = hr_window_export_activities_to (window, csv_chosen);
  g_autoptr(GFile) xlsx = hr_window_export_activities_to (window, bare_chosen);
  g_autofree char *csv_written = g_file_get_path (csv);
  g_autofree char *xlsx_written = g_file_get_path (xlsx);
  g_autofree char *expected = hr_activities_to_csv (plan);
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_assert_cmpstr (csv_written, ==, csv_path);
  g_assert_true (g_file_get_contents (csv_written, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_str_has_suffix (xlsx_written, "journey.xlsx"));
  g_assert_true (g_file_get_contents (xlsx_written, &data, &length, NULL));
  /* a zip file, as every workbook */
  g_assert_true (length > 4 && memcmp (data, "PK\003\004", 4) == 0);
  g_assert_true (strstr (hr_window_get_notice (window), "journey.xlsx") != NULL);

  g_unlink (csv_written);
  g_unlink (xlsx_written);
  g_rmdir (dir);
  gui_test_destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* Problems are listed with their lines, and nothing can be imported */
static void
test_problems (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  g_autofree char *dir = g_dir_make_tmp ("hr-test-activities-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "bad.csv", "name,prep,Scale\nKickoff,abc,sometimes\nWelcome,1,\n");
  HrMappingDialog *dialog = open_dialog (window, path);
  GtkWidget *accept;

  hr_mapping_dialog_choose_value (dialog, 0, 0, 1);
  gui_test_iterate_idle ();
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 2);
  accept = gui_test_find_matching (GTK_WIDGET (dialog), gui_test_is_button_labelled, "_Import");
  g_assert_false (gtk_widget_is_sensitive (accept));
  hr_mapping_dialog_accept (dialog);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (moment_prep (plan, "kickoff"), ==, 1.5);
  g_assert_false (hr_undo_stack_get_can_undo (hr_window_get_undo_stack (window)));
  gui_test_screenshot (GTK_WIDGET (dialog), "activities-problems.png");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_unlink (path);
  g_rmdir (dir);
  gui_test_destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/gui/activities/leader-sheet", test_leader_sheet);
  g_test_add_func ("/gui/activities/own-workbook", test_own_workbook);
  g_test_add_func ("/gui/activities/problems", test_problems);
  g_test_add_func ("/gui/activities/export", test_export);
  return g_test_run ();
}

/* test-desktop.c: saving that fails safely, recovery files, the chart's
 * spoken description, presentation mode and the dark preference, on the
 * real window */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gui-test-helpers.h"
#include "hr-preferences.h"
#include "hr-presentation.h"
#include "hr-recovery.h"
#include "hr-window.h"

typedef struct {
  HrPlan   *plan;
  HrWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = hr_plan_new_sample ();
  f->window = gui_test_present_window (f->plan);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gui_test_destroy_window (f->window);
  g_assert_finalize_object (f->plan);
}

static void
rename_plan (Fixture *f, const char *name)
{
  hr_undo_stack_set (hr_window_get_undo_stack (f->window), f->plan, "name", name, NULL);
  gui_test_iterate_idle ();
}

/* A folder the app cannot write: read-only, or (for root, who may write
 * anywhere) a path through a plain file */
static char *
unwritable_path (const char *dir, char **cleanup)
{
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (!g_file_set_contents (probe, "x", 1, NULL))
    {
      *cleanup = NULL;
      return g_build_filename (dir, "plan.headroom", NULL);
    }
  g_unlink (probe);
  g_chmod (dir, 0755);
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  *cleanup = g_strdup (blocker);
  return g_build_filename (blocker, "plan.headroom", NULL);
}

static void
test_save_read_only (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *cleanup = NULL;
  g_autofree char *path = unwritable_path (dir, &cleanup);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *error;

  rename_plan (f, "Edited before a failed save");
  g_assert_true (hr_window_get_modified (f->window));
  g_assert_false (hr_window_save_to_file (f->window, file));

  /* a clear message, and the edits stay in the window */
  error = hr_window_get_error (f->window);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "not saved"));
  g_assert_nonnull (strstr (error, "Save As"));
  /* there was no file: the message does not claim one is kept */
  g_assert_nonnull (strstr (error, "No file was written."));
  g_assert_null (strstr (error, "as it was"));
  g_assert_true (hr_window_get_modified (f->window));
  g_assert_cmpstr (hr_plan_get_name (hr_window_get_plan (f->window)), ==, "Edited before a failed save");
  g_assert_null (hr_window_get_file (f->window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_chmod (dir, 0755);
  if (cleanup)
    g_unlink (cleanup);
  g_rmdir (dir);
}

static void
test_save_keeps_previous (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.headroom", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;

  rename_plan (f, "First version");
  g_assert_true (hr_window_save_to_file (f->window, file));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  rename_plan (f, "Second version");
  g_assert_true (hr_window_save_to_file (f->window, file));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, first);
  g_assert_false (hr_window_get_modified (f->window));

  hr_window_set_plan (f->window, f->plan, NULL);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_recovery_cycle (Fixture *f, gconstpointer data)
{
  HrRecovery *recovery = hr_recovery_attach (f->window);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  HrRecoveryEntry *entry;
  HrWindow *restored;
  g_autoptr(HrPlan) restored_plan = NULL;

  /* nothing to keep while the plan is as loaded */
  g_assert_true (hr_recovery_write_now (recovery, &error));
  g_assert_null (hr_recovery_get_file (recovery));

  rename_plan (f, "Unsaved edit");
  g_assert_true (hr_recovery_write_now (recovery, &error));
  g_assert_no_error (error);
  g_assert_nonnull (hr_recovery_get_file (recovery));

  entries = hr_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->name, ==, "Unsaved edit");
  g_assert_null (entry->file);
  g_assert_nonnull (entry->edited);

  /* restoring into an unmodified window: one undoable step */
  {
    g_autoptr(HrPlan) other = hr_plan_new_sample ();
    HrWindow *window = hr_window_new (NULL, other, NULL);

    restored = hr_recovery_entry_restore (entry, NULL, window, &error);
    g_assert_no_error (error);
    g_assert_true (restored == window);
    restored_plan = g_object_ref (hr_window_get_plan (window));
    g_assert_cmpstr (hr_plan_get_name (restored_plan), ==, "Unsaved edit");
    g_assert_true (hr_window_get_modified (window));
    hr_undo_stack_undo (hr_window_get_undo_stack (window));
    g_assert_false (hr_window_get_modified (window));
    hr_undo_stack_redo (hr_window_get_undo_stack (window));
    g_assert_cmpstr (hr_plan_get_name (restored_plan), ==, "Unsaved edit");
    gui_test_iterate_idle ();
    gtk_window_destroy (GTK_WINDOW (window));
    gui_test_iterate_idle ();
  }
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = hr_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);

  /* undoing back to the saved state removes the file; so does finishing */
  g_assert_true (hr_recovery_write_now (recovery, &error));
  g_assert_nonnull (hr_recovery_get_file (recovery));
  hr_undo_stack_undo (hr_window_get_undo_stack (f->window));
  g_assert_null (hr_recovery_get_file (recovery));
  rename_plan (f, "Again");
  g_assert_true (hr_recovery_write_now (recovery, &error));
  hr_recovery_finish (recovery);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = hr_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_chart_description (Fixture *f, gconstpointer data)
{
  HrChartView *view = hr_window_get_chart_view (f->window);
  g_autofree char *before = g_strdup (hr_chart_view_get_description (view));

  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "Peak load"));
  g_assert_nonnull (strstr (before, "Over capacity in"));

  /* hire a crowd: the description follows the recompute */
  for (int i = 0; i < 4; i++)
    {
      g_autoptr(HrHire) hire = hr_hire_new ("csm", hr_plan_get_start (f->plan), 5);
      hr_plan_insert_item (f->plan, HR_ITEM (hire), -1);
    }
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_chart_view_get_description (view), !=, before);
  g_assert_nonnull (strstr (hr_chart_view_get_description (view), "Peak load"));
  hr_chart_view_set_kind (view, HR_CHART_JOURNEY);
  g_assert_nonnull (strstr (hr_chart_view_get_description (view), "tenure"));
  hr_chart_view_set_kind (view, HR_CHART_EFFORT);
}

static void
test_presentation (Fixture *f, gconstpointer data)
{
  HrPresentation *presentation = hr_presentation_show (f->window);
  guint n_scenarios = g_list_model_get_n_items (hr_plan_get_scenarios (f->plan));

  gui_test_iterate_idle ();
  g_assert_cmpint (hr_presentation_get_kind (presentation), ==, HR_CHART_EFFORT);
  g_assert_cmpint (hr_presentation_get_scenario (presentation), ==, -1);
  g_assert_true (hr_chart_view_get_options (hr_presentation_get_view (presentation))->text_size >= 16);

  hr_presentation_step (presentation, 1, 0);
  g_assert_cmpint (hr_presentation_get_kind (presentation), ==, HR_CHART_HEADCOUNT);
  hr_presentation_step (presentation, -2, 0);
  g_assert_cmpint (hr_presentation_get_kind (presentation), ==, HR_CHART_SCENARIOS);
  hr_presentation_step (presentation, 1, 0);
  g_assert_cmpint (hr_presentation_get_kind (presentation), ==, HR_CHART_EFFORT);

  g_assert_cmpuint (n_scenarios, >, 0);
  hr_presentation_step (presentation, 0, 1);
  g_assert_cmpint (hr_presentation_get_scenario (presentation), ==, 0);
  g_assert_true (hr_chart_view_get_description (hr_presentation_get_view (presentation)) != NULL);
  {
    /* the chart's subtitle names the scenario shown, as the footer does */
    g_autoptr(HrScenario) first = g_list_model_get_item (hr_plan_get_scenarios (f->plan), 0);
    HrForecast *shown = hr_chart_view_get_forecast (hr_presentation_get_view (presentation));

    g_assert_cmpstr (hr_forecast_get_scenario_id (shown), ==, hr_item_get_id (HR_ITEM (first)));
    g_assert_cmpstr (hr_forecast_get_scenario_name (shown), ==, hr_scenario_get_name (first));
  }
  hr_presentation_step (presentation, 0, -2);
  g_assert_cmpint (hr_presentation_get_scenario (presentation), ==, (int) n_scenarios - 1);
  /* the window's plan is untouched */
  g_assert_false (hr_window_get_modified (f->window));

  gtk_window_destroy (GTK_WINDOW (presentation));
  gui_test_iterate_idle ();
}

static void
test_dark_preference (Fixture *f, gconstpointer data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (f->window));
  GtkWidget *view = GTK_WIDGET (hr_window_get_chart_view (f->window));

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  gui_test_iterate_idle ();
  g_assert_false (hr_preferences_system_is_dark (view));
  g_assert_cmpint (hr_preferences_get_chart_theme (view), ==, HR_CHART_THEME_LIGHT);
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  gui_test_iterate_idle ();
  g_assert_true (hr_preferences_system_is_dark (view));
  g_assert_cmpint (hr_preferences_get_chart_theme (view), ==, HR_CHART_THEME_DARK);
  g_assert_cmpint (hr_chart_view_get_options (HR_CHART_VIEW (view))->theme, ==, HR_CHART_THEME_DARK);
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  gui_test_iterate_idle ();
}

int
main (int argc, char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("headroom-home-XXXXXX", NULL);

  /* recovery files go to a private data directory */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add ("/gui/desktop/save-read-only", Fixture, NULL, fixture_set_up, test_save_read_only, fixture_tear_down);
  g_test_add ("/gui/desktop/save-keeps-previous", Fixture, NULL, fixture_set_up, test_save_keeps_previous, fixture_tear_down);
  g_test_add ("/gui/desktop/recovery", Fixture, NULL, fixture_set_up, test_recovery_cycle, fixture_tear_down);
  g_test_add ("/gui/desktop/chart-description", Fixture, NULL, fixture_set_up, test_chart_description, fixture_tear_down);
  g_test_add ("/gui/desktop/presentation", Fixture, NULL, fixture_set_up, test_presentation, fixture_tear_down);
  g_test_add ("/gui/desktop/dark-preference", Fixture, NULL, fixture_set_up, test_dark_preference, fixture_tear_down);
  return g_test_run ();
}

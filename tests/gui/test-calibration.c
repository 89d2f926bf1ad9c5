/* test-calibration.c: the Calibration page as a CS leader uses it: a
 * Toggl export through the real mapping dialog, an activity mapped, the
 * calibrated scenario created and found in Compare, made the baseline and
 * undone, then undone itself; next month's
 * export in one step; a dropped CSV going where it belongs */
#include "gui-test-helpers.h"
#include "hr-engine.h"
#include "hr-mapping-dialog.h"
#include "hr-time-import-dialog.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "model", "time-logs", name, NULL);
}

/* Waits, up to 10 s, for the page's calibration of the latest state */
static HrCalibration *
wait_for_calibration (HrCalibrationPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (hr_calibration_page_is_busy (page) || hr_calibration_page_get_calibration (page) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  gui_test_iterate_idle ();
  return hr_calibration_page_get_calibration (page);
}

static HrMappingDialog *
open_mapping_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (HR_IS_MAPPING_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return HR_MAPPING_DIALOG (window);
    }
  return NULL;
}

static void
test_toggl_to_compare (void)
{
  g_autofree char *plan_file = data_path ("team.headroom");
  g_autofree char *toggl = data_path ("toggl-detailed.csv");
  g_autoptr(GFile) plan_path = g_file_new_for_path (plan_file);
  g_autoptr(GFile) log_path = g_file_new_for_path (toggl);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (plan_path, NULL, &error);
  HrWindow *window;
  HrCalibrationPage *page;
  HrMappingDialog *dialog;
  HrCalibration *calibration;
  HrScenario *scenario;
  const char *target = NULL;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = HR_CALIBRATION_PAGE (gui_test_show_page (window, "calibration", HR_TYPE_CALIBRATION_PAGE));
  g_assert_nonnull (page);
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "Hold the plan against the time your team logs"));

  /* dropped on the window: a time log, to the Calibration page's dialog */
  g_assert_true (hr_window_import_table (window, log_path));
  gui_test_iterate_idle ();
  dialog = open_mapping_dialog ();
  g_assert_nonnull (dialog);
  /* EBR and Lunch are not proposed: said, with their entries and hours */
  g_assert_cmpstr (hr_mapping_dialog_get_summary (dialog), ==, "14 entries, 39 h, from Oct 2026 to Dec 2026, are imported.");
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 4);
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (dialog), gui_test_is_label, "1 entry, 3.75 h"));
  gui_test_screenshot (GTK_WIDGET (dialog), "calibration-import.png");

  /* the activities by hours: Onboarding session, Kickoff call, Vacation,
   * EBR, …, Lunch last; choices: not mapped, not counted, then the moments
   * Kickoff, Onboarding, Business Review, Alignment Meetings, … */
  hr_mapping_dialog_choose_value (dialog, HR_TIME_SECTION_ACTIVITIES, 3, 4);
  hr_mapping_dialog_choose_value (dialog, HR_TIME_SECTION_ACTIVITIES, 8, 1);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_mapping_dialog_get_summary (dialog), ==, "15 entries, 42.75 h, from Oct 2026 to Dec 2026, are imported.");
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 2);
  gui_test_press (GTK_WIDGET (dialog), "_Import");
  g_assert_null (open_mapping_dialog ());

  /* the mapping is remembered, one step to undo */
  g_assert_true (hr_time_mapping_lookup (hr_plan_get_time_mapping (plan), HR_TIME_ACTIVITY, "EBR", &target));
  g_assert_cmpstr (target, ==, "qbr");
  g_assert_true (hr_window_get_modified (window));

  calibration = wait_for_calibration (page);
  g_assert_cmpuint (hr_time_log_get_n_entries (hr_calibration_get_log (calibration)), ==, 15);
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "Business Review happened for 1 of 2 due accounts (50%)."));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "Kickoff takes 4.25 h, designed 4.5 h: 6% less, over 2 occurrences."));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "A small sample: 2 occurrences, fewer than 5; shown, not used."));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label, "2 warnings about the log"));
  gui_test_screenshot (GTK_WIDGET (window), "calibration-page.png");

  /* the calibrated scenario, then Compare */
  gui_test_press (GTK_WIDGET (page), "_Create Calibrated Scenario");
  scenario = hr_plan_find_scenario (plan, "calibrated");
  g_assert_nonnull (scenario);
  g_assert_cmpstr (hr_scenario_get_name (scenario), ==, "Calibrated from time log 2026-10 – 2026-12");
  g_assert_cmpuint (json_array_get_length (hr_scenario_get_changes (scenario)), ==, 5);
  gui_test_screenshot (GTK_WIDGET (window), "calibration-created.png");
  gui_test_press (GTK_WIDGET (page), "Compare _Scenarios");
  gui_test_iterate_idle ();
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (window), gui_test_is_label,
                                            "Calibrated from time log 2026-10 – 2026-12"));
  gui_test_screenshot (GTK_WIDGET (window), "calibration-compare.png");

  /* made the baseline: the plan forecasts as the scenario did, the
   * scenario is gone, and one undo puts the estimates and the scenario back */
  {
    g_autofree char *before = hr_plan_to_data (plan, NULL);
    g_autofree char *undone = NULL;
    g_autoptr(HrForecast) expected = hr_engine_forecast (plan, "calibrated", HR_FORECAST_DEFAULT, &error);
    g_autoptr(HrForecast) promoted = NULL;
    const double *want, *got;

    g_assert_no_error (error);
    gui_test_show_page (window, "calibration", HR_TYPE_CALIBRATION_PAGE);
    gui_test_press (GTK_WIDGET (page), "Make It the _Baseline");
    gui_test_iterate_idle ();
    g_assert_null (hr_plan_find_scenario (plan, "calibrated"));
    promoted = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, &error);
    g_assert_no_error (error);
    want = hr_forecast_get_team_series (expected, HR_ROLE_WORKLOAD, FALSE);
    got = hr_forecast_get_team_series (promoted, HR_ROLE_WORKLOAD, FALSE);
    for (guint t = 0; t < hr_forecast_get_n_months (expected); t++)
      g_assert_cmpfloat_with_epsilon (got[t], want[t], 1e-9 * MAX (1.0, want[t]));
    g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                              "“Calibrated from time log 2026-10 – 2026-12” is now the baseline: the "
                                              "plan has the hours, effort mix and reactive work as logged. Undo puts "
                                              "the estimates back."));
    gui_test_screenshot (GTK_WIDGET (window), "calibration-baseline.png");
    g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
    gui_test_iterate_idle ();
    undone = hr_plan_to_data (plan, NULL);
    g_assert_cmpstr (undone, ==, before);
    /* the note says so, and the scenario can be made the baseline again */
    g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                              "Added the scenario “Calibrated from time log 2026-10 – 2026-12”. It "
                                              "compares like any other; make it the baseline once you adopt it."));
    g_assert_true (gtk_widget_get_visible (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_button_labelled,
                                                                   "Make It the _Baseline")));
  }
  /* undone: the scenario goes, the mapping stays */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_null (hr_plan_find_scenario (plan, "calibrated"));
  g_assert_nonnull (hr_plan_get_time_mapping (plan));

  /* next month's export: one step, no dialog */
  gui_test_show_page (window, "calibration", HR_TYPE_CALIBRATION_PAGE);
  g_assert_null (hr_calibration_page_import_file (page, log_path));
  g_assert_null (open_mapping_dialog ());
  calibration = wait_for_calibration (page);
  g_assert_cmpuint (hr_time_log_get_n_entries (hr_calibration_get_log (calibration)), ==, 15);

  /* a smaller least sample uses the kickoff's hours too */
  {
    GtkWidget *spin = gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SPIN_BUTTON);

    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2);
    gui_test_iterate_idle ();
    calibration = wait_for_calibration (page);
    g_assert_cmpuint (hr_calibration_get_min_occurrences (calibration), ==, 2);
    g_assert_cmpuint (hr_time_mapping_get_min_occurrences (hr_plan_get_time_mapping (plan)), ==, 2);
    g_assert_cmpuint (json_array_get_length (hr_calibration_get_changes (calibration)), ==, 11);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
}

/* What a CS leader does on a first day with the app: last quarter's Toggl
 * export of a team of 20 dropped on the window, its two unmapped tasks
 * mapped once, the moments that are not happening and the ones that take
 * longer read, the calibrated scenario created, its headcount beside the
 * baseline's in Compare (8.9 against 12.1 FTE at the end of the year) */
static void
test_last_quarter (void)
{
  g_autofree char *plan_file = g_test_build_filename (G_TEST_DIST, "gui", "calibration-demo", "northwind.headroom", NULL);
  g_autofree char *toggl = g_test_build_filename (G_TEST_DIST, "gui", "calibration-demo", "toggl-last-quarter.csv", NULL);
  g_autoptr(GFile) plan_path = g_file_new_for_path (plan_file);
  g_autoptr(GFile) log_path = g_file_new_for_path (toggl);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (plan_path, NULL, &error);
  HrWindow *window;
  HrCalibrationPage *page;
  HrMappingDialog *dialog;
  int insights, lunch;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (hr_window_import_table (window, log_path));
  gui_test_iterate_idle ();
  dialog = open_mapping_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (hr_mapping_dialog_get_summary (dialog), ==,
                   "1,194 entries, 3,929 h, from Oct 2026 to Dec 2026, are imported.");
  insights = hr_mapping_dialog_find_value (dialog, HR_TIME_SECTION_ACTIVITIES, "Insights report");
  lunch = hr_mapping_dialog_find_value (dialog, HR_TIME_SECTION_ACTIVITIES, "Lunch");
  g_assert_cmpint (insights, >=, 0);
  g_assert_cmpint (lunch, >=, 0);
  /* not mapped, not counted, Kickoff, Onboarding, First Value, Value Blocks, Sharing Insights… */
  hr_mapping_dialog_choose_value (dialog, HR_TIME_SECTION_ACTIVITIES, insights, 6);
  hr_mapping_dialog_choose_value (dialog, HR_TIME_SECTION_ACTIVITIES, lunch, 1);
  gui_test_iterate_idle ();
  g_assert_cmpuint (hr_mapping_dialog_get_n_problems (dialog), ==, 0);
  gui_test_screenshot (GTK_WIDGET (dialog), "app-calibration-import.png");
  gui_test_press (GTK_WIDGET (dialog), "_Import");

  page = hr_window_get_calibration_page (window);
  wait_for_calibration (page);
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "Onboarding takes 8.98 h, designed 6 h: 50% more, over 17 occurrences."));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label,
                                            "Alignment Meetings happened for 43 of 130 due accounts (33%). "
                                            "Fewer than half: a question of design or enablement before one of capacity."));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label, "Not happening"));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (page), gui_test_is_label, "Takes longer"));
  gui_test_screenshot (GTK_WIDGET (window), "app-calibration.png");

  gui_test_press (GTK_WIDGET (page), "_Create Calibrated Scenario");
  gui_test_press (GTK_WIDGET (page), "Compare _Scenarios");
  gui_test_iterate_idle ();
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (window), gui_test_is_label, "8.9"));
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (window), gui_test_is_label, "12.1"));
  gui_test_screenshot (GTK_WIDGET (window), "app-calibration-compare.png");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
}

/* A CSV of accounts dropped on the window goes to the Books page */
static void
test_drop_routing (void)
{
  g_autofree char *plan_file = data_path ("team.headroom");
  g_autofree char *accounts = g_test_build_filename (G_TEST_DIST, "crm", "salesforce.csv", NULL);
  g_autoptr(GFile) plan_path = g_file_new_for_path (plan_file);
  g_autoptr(GFile) accounts_path = g_file_new_for_path (accounts);
  g_autoptr(GFile) not_a_table = g_file_new_for_path (plan_file);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (plan_path, NULL, &error);
  HrWindow *window;
  HrMappingDialog *dialog;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  g_assert_false (hr_window_import_table (window, not_a_table));
  g_assert_true (hr_window_import_table (window, accounts_path));
  gui_test_iterate_idle ();
  dialog = open_mapping_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (g_strrstr (gtk_window_get_title (GTK_WINDOW (dialog)), "Import Accounts"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init_with_settings (&argc, &argv))
    return 0;
  g_test_add_func ("/calibration-page/toggl-to-compare", test_toggl_to_compare);
  g_test_add_func ("/calibration-page/drop-routing", test_drop_routing);
  g_test_add_func ("/calibration-page/last-quarter", test_last_quarter);
  return g_test_run ();
}

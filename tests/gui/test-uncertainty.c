/* test-uncertainty.c: a range added through the Range button beside a
 * tier's reactive hours, the bands it brings to the chart's description,
 * the summary and the Uncertainty page, the ± % form of the same range,
 * and undo */
#include <math.h>
#include <string.h>

#include "gui-test-helpers.h"
#include "hr-chart-view.h"
#include "hr-number-entry.h"
#include "hr-range-button.h"
#include "hr-summary-panel.h"
#include "hr-tiers-page.h"
#include "hr-uncertainty-page.h"

/* 120 mid-market accounts at 1.5 reactive hours a month: the range
 * "between 1 and 3" holds the plan's value */
static const char *plan_text =
  "{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Ranges test\", \"start\": \"2027-01\","
  " \"months\": 12,"
  " \"roles\": [{\"id\": \"csm\", \"name\": \"CSMs\", \"headcount\": 2}],"
  " \"segments\": [{\"id\": \"mid\", \"name\": \"Mid-market\", \"accounts\": 120, \"new_per_month\": 4,"
  "                \"reactive_hours\": 1.5}],"
  " \"moments\": [{\"id\": \"kickoff\", \"name\": \"Kickoff\", \"play\": \"kickoff\", \"exec\": 3}]}";

static void
type_value (GtkWidget  *entry,
            const char *text)
{
  GtkEditable *editable = hr_number_entry_get_editable (HR_NUMBER_ENTRY (entry));

  gui_test_type (editable, text);
  gui_test_press_enter (editable);
  gui_test_iterate_idle ();
}

static gboolean
bands_pending (gpointer document)
{
  return hr_document_is_pending (document, HR_DOCUMENT_BANDS);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Presses the button shown whose label (with its mnemonic) is @label */
static void
press (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = gui_test_find_matching (root, is_button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate_idle ();
}

static void
test_range_brings_bands (void)
{
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_data (plan_text, -1, "ranges.headroom", NULL, &error);
  HrWindow *window;
  HrSummaryPanel *summary;
  HrChartView *chart;
  GtkWidget *tiers, *button, *page;
  HrRange *range;
  g_autoptr(HrBands) direct = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) rows = NULL;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  summary = hr_window_get_summary (window);
  chart = hr_window_get_chart_view (window);
  gui_test_wait_results (window);
  /* no range, no bands */
  g_assert_null (hr_summary_panel_get_text (summary, "confidence"));
  g_assert_null (strstr (hr_chart_view_get_description (chart), "P10"));

  /* the Range button beside the tier's reactive hours, the first on the page */
  tiers = gui_test_show_page (window, "tiers", HR_TYPE_TIERS_PAGE);
  g_assert_nonnull (tiers);
  button = gui_test_find_widget (tiers, HR_TYPE_RANGE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (hr_range_button_get_text (HR_RANGE_BUTTON (button)), ==, "Range…");
  g_assert_true (gtk_widget_is_sensitive (hr_range_button_get_part (HR_RANGE_BUTTON (button), "button")));
  gtk_menu_button_popup (GTK_MENU_BUTTON (hr_range_button_get_part (HR_RANGE_BUTTON (button), "button")));
  gui_test_iterate_idle ();
  type_value (hr_range_button_get_part (HR_RANGE_BUTTON (button), "low"), "1");
  type_value (hr_range_button_get_part (HR_RANGE_BUTTON (button), "high"), "3");
  g_signal_emit_by_name (hr_range_button_get_part (HR_RANGE_BUTTON (button), "add"), "clicked");
  gui_test_iterate_idle ();

  range = hr_range_button_get_range (HR_RANGE_BUTTON (button));
  g_assert_nonnull (range);
  g_assert_cmpstr (hr_range_get_target (range), ==, "segments/mid/reactive_hours");
  g_assert_cmpfloat (hr_range_get_low (range), ==, 1);
  g_assert_cmpfloat (hr_range_get_high (range), ==, 3);
  g_assert_false (hr_range_get_relative (range));
  g_assert_cmpstr (hr_range_button_get_text (HR_RANGE_BUTTON (button)), ==, "between 1 and 3");

  /* the bands, sampled on a worker, reach the chart and the summary; the
   * need at confidence is the engine's, as headroom-cli bands says it */
  hr_window_show_page (window, "chart");
  gui_test_wait_results (window);
  direct = hr_bands_compute (plan, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = hr_bands_describe_need (direct);
  g_assert_true (g_str_has_prefix (expected, "With 90% confidence the team requires "));
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "confidence"), ==, expected);
  g_assert_true (hr_chart_view_get_show_bands (chart));
  g_assert_nonnull (strstr (hr_chart_view_get_description (chart), "Shaded: P10 to P90 of 256 sampled plans"));
  g_assert_nonnull (strstr (hr_chart_view_get_description (chart), expected));
  g_assert_nonnull (hr_chart_view_get_options (chart)->bands);
  g_assert_false (hr_chart_view_get_options (chart)->bands_stale);
  {
    g_autofree char *tooltip = hr_chart_view_dup_month_text (chart, 11);
    g_assert_nonnull (strstr (tooltip, "Workload P10–P90: "));
    g_assert_nonnull (strstr (tooltip, "At 90% confidence (P90): "));
  }

  /* the Uncertainty page lists the range with its effect */
  page = gui_test_show_page (window, "uncertainty", HR_TYPE_UNCERTAINTY_PAGE);
  gui_test_wait_results (window);
  rows = hr_uncertainty_page_dup_rows (HR_UNCERTAINTY_PAGE (page));
  g_assert_cmpuint (g_strv_length (rows), ==, 1);
  g_assert_cmpstr (rows[0], ==, "Mid-market · Reactive hours per account");
  g_assert_cmpstr (hr_uncertainty_page_get_need (HR_UNCERTAINTY_PAGE (page)), ==, expected);

  /* the same range said as a share of the plan's value: 1 and 3 of 1.5 */
  gui_test_show_page (window, "tiers", HR_TYPE_TIERS_PAGE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hr_range_button_get_part (HR_RANGE_BUTTON (button), "relative")),
                                TRUE);
  gui_test_iterate_idle ();
  g_assert_true (hr_range_get_relative (range));
  g_assert_cmpfloat_with_epsilon (hr_range_get_low (range), 1 / 1.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (hr_range_get_high (range), 2, 1e-12);
  g_assert_cmpstr (hr_range_button_get_text (HR_RANGE_BUTTON (button)), ==, "−33% to +100%");

  /* one undo takes the share back, the next the range itself */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_false (hr_range_get_relative (range));
  g_assert_cmpfloat (hr_range_get_low (range), ==, 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  gui_test_wait_results (window);
  g_assert_null (hr_plan_get_ranges (plan));
  g_assert_null (hr_plan_get_uncertainty (plan));
  g_assert_null (hr_range_button_get_range (HR_RANGE_BUTTON (button)));
  g_assert_null (hr_summary_panel_get_text (summary, "confidence"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  gui_test_wait_results (window);
  g_assert_nonnull (hr_plan_get_ranges (plan));
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "confidence"), ==, expected);

  /* a long sampling shows its progress and stops on Stop; the bands
   * shown stay, stale, until Sample Again */
  page = gui_test_show_page (window, "uncertainty", HR_TYPE_UNCERTAINTY_PAGE);
  g_object_set (hr_plan_get_uncertainty (plan), "samples", 4096, NULL);
  g_object_set (plan, "months", 120, NULL);
  gui_test_iterate_until (bands_pending, hr_window_get_document (window));
  press (page, "_Stop");
  g_assert_false (hr_document_is_pending (hr_window_get_document (window), HR_DOCUMENT_BANDS));
  g_assert_true (hr_document_is_stale (hr_window_get_document (window), HR_DOCUMENT_BANDS));
  g_assert_true (g_str_has_prefix (hr_uncertainty_page_get_status (HR_UNCERTAINTY_PAGE (page)), "Sampling stopped."));
  press (page, "_Sample Again");
  gui_test_wait_results (window);
  g_assert_false (hr_document_is_stale (hr_window_get_document (window), HR_DOCUMENT_BANDS));
  g_assert_cmpuint (hr_bands_get_samples (hr_document_get_bands (hr_window_get_document (window))), ==, 4096);
  g_assert_cmpstr (hr_uncertainty_page_get_status (HR_UNCERTAINTY_PAGE (page)), ==,
                   "Bands of 4096 plans sampled within the ranges.");

  gui_test_destroy_window (window);
  g_assert_finalize_object (plan);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init_with_settings (&argc, &argv))
    return 0;
  g_test_add_func ("/uncertainty/range-brings-bands", test_range_brings_bands);
  return g_test_run ();
}

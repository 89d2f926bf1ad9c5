/* test-preferences.c: the preferences reach the plans: the currency of a
 * new plan, the hours of a new role, the cost share the summary warns
 * about; and the summary lists a few suggested hires, not hundreds */
#include "config.h"

#include <gtk/gtk.h>

#include "hr-application.h"
#include "hr-item-list.h"
#include "hr-summary-panel.h"
#include "hr-team-page.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

typedef struct {
  HrPlan   *plan;
  HrWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const char *file = data;

  if (file)
    {
      g_autoptr(GFile) gfile = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "chart", file, NULL));
      g_autoptr(GError) error = NULL;

      f->plan = hr_plan_load_file (gfile, NULL, &error);
      g_assert_no_error (error);
    }
  else
    f->plan = hr_plan_new_sample ();
  f->window = gui_test_present_window (f->plan);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GSettings *settings = hr_application_get_settings ();
  const char *keys[] = { "currency", "hours-per-month", "cost-share-warning" };

  for (guint i = 0; settings && i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  gui_test_destroy_window (f->window);
  g_assert_finalize_object (f->plan);
}

static GSettings *
require_settings (void)
{
  GSettings *settings = hr_application_get_settings ();

  /* the build's compiled schema is found (main() points at it) */
  g_assert_nonnull (settings);
  return settings;
}

/* win.new opens a plan in the currency of the preferences */
static void
test_new_plan_currency (Fixture *f, gconstpointer data)
{
  GSettings *settings = require_settings ();
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  g_autoptr(GList) after = NULL;
  HrWindow *created = NULL;

  g_settings_set_string (settings, "currency", "EUR");
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new", NULL);
  gui_test_iterate_idle ();
  after = gtk_window_list_toplevels ();
  for (GList *l = after; l; l = l->next)
    if (HR_IS_WINDOW (l->data) && !g_list_find (before, l->data))
      created = l->data;
  g_assert_nonnull (created);
  g_assert_cmpstr (hr_plan_get_currency (hr_window_get_plan (created)), ==, "EUR");
  /* the plan of the window it was opened from keeps its own */
  g_assert_cmpstr (hr_plan_get_currency (f->plan), ==, "USD");
  gtk_window_destroy (GTK_WINDOW (created));
  gui_test_iterate_idle ();
}

/* a role added on the Team page works the hours of the preferences; a
 * later change of the setting leaves the role as it is */
static void
test_new_role_hours (Fixture *f, gconstpointer data)
{
  GSettings *settings = require_settings ();
  HrTeamPage *team = HR_TEAM_PAGE (gui_test_show_page (f->window, "team", HR_TYPE_TEAM_PAGE));
  HrItemList *list;
  HrItem *role;
  guint n_before = g_list_model_get_n_items (hr_plan_get_roles (f->plan));
  double hours;

  g_assert_nonnull (team);
  list = hr_team_page_get_list (team);
  g_settings_set_double (settings, "hours-per-month", 140);
  hr_item_list_add (list);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_roles (f->plan)), ==, n_before + 1);
  role = hr_item_list_get_selected (list);
  g_assert_true (HR_IS_ROLE (role));
  g_object_get (role, "hours-per-month", &hours, NULL);
  g_assert_cmpfloat (hours, ==, 140);

  g_settings_set_double (settings, "hours-per-month", 120);
  gui_test_iterate_idle ();
  g_object_get (role, "hours-per-month", &hours, NULL);
  g_assert_cmpfloat (hours, ==, 140);
}

/* the sample plan's team costs 17.5% of its ARR: above the default 15%,
 * the summary says so in warning colour; at 20% it does not; the panel
 * follows the setting as it changes */
static void
test_cost_share_warning (Fixture *f, gconstpointer data)
{
  GSettings *settings = require_settings ();
  HrSummaryPanel *panel = hr_window_get_summary (f->window);
  const char *warning;

  g_assert_cmpfloat (hr_summary_panel_get_threshold (panel), ==, 0.15);
  warning = hr_summary_panel_get_cost_share_warning (panel);
  g_assert_cmpstr (warning, ==, "Above the 15% warning threshold.");
  g_assert_cmpstr (hr_summary_panel_get_text (panel, "cost-share"), ==, "17.5%");

  g_settings_set_double (settings, "cost-share-warning", 0.20);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (hr_summary_panel_get_threshold (panel), ==, 0.20);
  g_assert_null (hr_summary_panel_get_cost_share_warning (panel));

  g_settings_set_double (settings, "cost-share-warning", 0.10);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_summary_panel_get_cost_share_warning (panel), ==, "Above the 10% warning threshold.");
}

/* the sample plan's four suggested hires are all listed */
static void
test_hires_all (Fixture *f, gconstpointer data)
{
  HrSummaryPanel *panel = hr_window_get_summary (f->window);
  HrForecast *forecast = hr_document_get_forecast (hr_window_get_document (f->window));

  g_assert_cmpuint (hr_forecast_get_n_suggestions (forecast), ==, 4);
  g_assert_cmpuint (hr_summary_panel_get_n_hires_listed (panel), ==, 4);
  g_assert_null (hr_summary_panel_get_more_hires (panel));
}

/* a large plan's hundreds of hires: the first five, then a button that
 * counts the rest and opens the Hiring plan page */
static void
test_hires_capped (Fixture *f, gconstpointer data)
{
  HrSummaryPanel *panel = hr_window_get_summary (f->window);
  HrForecast *forecast = hr_document_get_forecast (hr_window_get_document (f->window));
  guint n = hr_forecast_get_n_suggestions (forecast);
  GtkWidget *more = hr_summary_panel_get_more_hires (panel);
  g_autofree char *expected = NULL;
  GtkWidget *stack;

  g_assert_cmpuint (n, >, 5);
  g_assert_cmpuint (hr_summary_panel_get_n_hires_listed (panel), ==, 5);
  g_assert_nonnull (more);
  expected = g_strdup_printf ("and %u more — see Hiring plan", n - 5);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, expected);

  g_signal_emit_by_name (more, "clicked");
  gui_test_iterate_idle ();
  stack = gui_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_STACK);
  for (; stack; stack = gui_test_find_widget (gtk_widget_get_parent (stack), GTK_TYPE_STACK))
    if (gtk_stack_get_child_by_name (GTK_STACK (stack), "hiring"))
      break;
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "hiring");
}

int
main (int    argc,
      char **argv)
{
  /* the compiled schema of the build, so the pages follow the settings */
  if (!gui_test_init_with_settings (&argc, &argv))
    return 0;
  g_test_add ("/gui/preferences/new-plan-currency", Fixture, NULL, fixture_set_up, test_new_plan_currency,
              fixture_tear_down);
  g_test_add ("/gui/preferences/new-role-hours", Fixture, NULL, fixture_set_up, test_new_role_hours,
              fixture_tear_down);
  g_test_add ("/gui/preferences/cost-share-warning", Fixture, NULL, fixture_set_up, test_cost_share_warning,
              fixture_tear_down);
  g_test_add ("/gui/summary/hires-all", Fixture, NULL, fixture_set_up, test_hires_all, fixture_tear_down);
  g_test_add ("/gui/summary/hires-capped", Fixture, "large.headroom", fixture_set_up, test_hires_capped,
              fixture_tear_down);
  return g_test_run ();
}

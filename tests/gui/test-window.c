/* test-window.c: the real window, driven through its widgets */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hr-application.h"
#include "hr-number-entry.h"
#include "hr-chart-view.h"
#include "hr-cohort-editor.h"
#include "hr-engine.h"
#include "hr-journey-page.h"
#include "hr-team-page.h"
#include "hr-tiers-page.h"
#include "hr-treatment-grid.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

typedef struct {
  HrPlan   *plan;
  HrWindow *window;
} Fixture;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
iterate_idle (void)
{
  /* let every idle (recompute, redraw) run */
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = hr_plan_new_sample ();
  f->window = hr_window_new (NULL, f->plan, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate_until (is_mapped, f->window);
  iterate_idle ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gui_test_destroy_window (f->window);
  g_assert_finalize_object (f->plan);
}

typedef struct {
  HrDocument *document;
  guint       count;
} Wait;

static guint
forecasts (HrDocument *document)
{
  return hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST);
}

static gboolean
recomputed (gpointer data)
{
  Wait *wait = data;
  return forecasts (wait->document) > wait->count;
}

static HrNumberEntry *
prep_field (Fixture *f)
{
  HrJourneyPage *page = hr_window_get_journey_page (f->window);
  HrItemList *list = hr_journey_page_get_list (page);

  hr_item_list_select (list, 0);
  return HR_NUMBER_ENTRY (hr_form_get_widget (hr_journey_page_get_form (page), "prep"));
}

static char *
engine_required_end (HrPlan *plan)
{
  g_autoptr(HrForecast) forecast = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
  return hr_number_format (hr_forecast_get_summary (forecast)->required_fte_end, 1);
}

static void
test_edit_recompute_undo (Fixture *f, gconstpointer data)
{
  HrNumberEntry *field = prep_field (f);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  HrSummaryPanel *summary = hr_window_get_summary (f->window);
  HrChartView *chart = hr_window_get_chart_view (f->window);
  g_autofree char *before_text = g_strdup (hr_summary_panel_get_text (summary, "required-end"));
  g_autofree char *expected = NULL;
  double before, after;
  guint draws;
  Wait wait = { hr_window_get_document (f->window), 0 };

  g_object_get (moment, "prep", &before, NULL);
  g_assert_false (hr_window_get_modified (f->window));

  /* the user types a new preparation time, a key at a time: the plan
   * takes it when the typing pauses */
  wait.count = forecasts (wait.document);
  draws = hr_chart_view_get_draw_count (chart);
  gui_test_type (hr_number_entry_get_editable (field), "40");
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, before);
  iterate_until (recomputed, &wait);
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, 40);
  g_assert_true (hr_window_get_modified (f->window));
  iterate_idle ();
  /* two keystrokes, one pause: one recompute */
  g_assert_cmpuint (forecasts (wait.document), ==, wait.count + 1);
  gui_test_press_enter (hr_number_entry_get_editable (field));
  expected = engine_required_end (f->plan);
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "required-end"), ==, expected);
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "required-end"), !=, before_text);
  g_assert_cmpuint (hr_chart_view_get_draw_count (chart), >, draws);

  /* one undo step takes back both keystrokes */
  wait.count = forecasts (wait.document);
  draws = hr_chart_view_get_draw_count (chart);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, before);
  iterate_until (recomputed, &wait);
  iterate_idle ();
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "required-end"), ==, before_text);
  g_assert_cmpuint (hr_chart_view_get_draw_count (chart), >, draws);
  g_assert_false (hr_window_get_modified (f->window));
  {
    g_autofree char *shown = hr_number_format (before, 2);
    g_assert_cmpstr (gtk_editable_get_text (hr_number_entry_get_editable (field)), ==, shown);
  }

  /* redo brings the edit back */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "redo", NULL);
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, 40);
  g_assert_cmpstr (gtk_editable_get_text (hr_number_entry_get_editable (field)), ==, "40");
}

static gboolean
shows_error (gpointer data)
{
  return hr_number_entry_get_error (data) != NULL;
}

static void
test_refuse_value (Fixture *f, gconstpointer data)
{
  HrNumberEntry *field = prep_field (f);
  GtkEditable *editable = hr_number_entry_get_editable (field);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  g_autofree char *kept = NULL;
  double before, after;

  g_object_get (moment, "prep", &before, NULL);
  gui_test_type (editable, "-3");
  iterate_until (shows_error, field);
  g_assert_cmpstr (hr_number_entry_get_message (field), ==, "Must be at least 0 h");
  gui_test_type (editable, "lots");
  gui_test_wait (600);
  g_assert_cmpstr (hr_number_entry_get_message (field), ==, "“lots” is not a number");
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, before);
  g_assert_false (hr_window_get_modified (f->window));
  /* pressing Enter on a refused value shows the value the plan keeps, and why */
  gui_test_press_enter (editable);
  g_assert_null (hr_number_entry_get_error (field));
  kept = hr_number_format (before, 2);
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, kept);
  {
    g_autofree char *note = g_strdup_printf ("Kept %s h: “lots” is not a number", kept);
    g_assert_cmpstr (hr_number_entry_get_message (field), ==, note);
  }
  /* the unit may be typed along */
  gui_test_type (editable, "3 h");
  gui_test_press_enter (editable);
  g_assert_null (hr_number_entry_get_message (field));
  g_object_get (moment, "prep", &after, NULL);
  g_assert_cmpfloat (after, ==, 3);
}

/* A German user types a decimal comma; the model gets the number */
static void
test_decimal_comma (Fixture *f, gconstpointer data)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  HrNumberEntry *field = prep_field (f);
  GtkEditable *editable = hr_number_entry_get_editable (field);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  double prep;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_fail_printf ("the de_DE.UTF-8 locale is missing: run build-aux/install-deps.sh");
      return;
    }
  gui_test_type (editable, "2,5");
  gui_test_press_enter (editable);
  g_assert_null (hr_number_entry_get_message (field));
  g_object_get (moment, "prep", &prep, NULL);
  g_assert_cmpfloat (prep, ==, 2.5);
  /* Enter tidies the text, still with the comma */
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "2,5");

  /* the thousands separator between groups; a lone dot is a decimal point */
  gui_test_type (editable, "1.000 h");
  gui_test_press_enter (editable);
  g_object_get (moment, "prep", &prep, NULL);
  g_assert_cmpfloat (prep, ==, 1000);
  gui_test_type (editable, "0.75");
  gui_test_press_enter (editable);
  g_object_get (moment, "prep", &prep, NULL);
  g_assert_cmpfloat (prep, ==, 0.75);
  gui_test_type (editable, "1,2,3");
  gui_test_press_enter (editable);
  g_assert_nonnull (strstr (hr_number_entry_get_message (field), "not a number"));
  g_object_get (moment, "prep", &prep, NULL);
  g_assert_cmpfloat (prep, ==, 0.75);
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "0,75");

  setlocale (LC_NUMERIC, saved);
}

static void
test_list_undo (Fixture *f, gconstpointer data)
{
  HrItemList *list = hr_journey_page_get_list (hr_window_get_journey_page (f->window));
  GListModel *moments = hr_plan_get_moments (f->plan);
  guint n = g_list_model_get_n_items (moments);
  g_autoptr(HrMoment) first = g_list_model_get_item (moments, 0);

  hr_item_list_select (list, 0);
  hr_item_list_duplicate_selected (list);
  g_assert_cmpuint (g_list_model_get_n_items (moments), ==, n + 1);
  hr_item_list_move_selected (list, 1);
  hr_item_list_select (list, 0);
  hr_item_list_remove_selected (list);
  g_assert_cmpuint (g_list_model_get_n_items (moments), ==, n);
  g_assert_true (g_list_model_get_item (moments, 0) != (gpointer) first);
  g_object_unref (g_list_model_get_item (moments, 0));
  for (int i = 0; i < 3; i++)
    g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (moments), ==, n);
  {
    g_autoptr(HrMoment) again = g_list_model_get_item (moments, 0);
    g_assert_true (again == first);
  }
  g_assert_false (hr_window_get_modified (f->window));
  iterate_idle ();
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));
}

/* A list with a word in it leaves the plan's list as it was, however far
 * it was typed; a whole list is taken when the field is left */
static void
test_list_invalid_untouched (Fixture *f, gconstpointer data)
{
  HrTeamPage *team = HR_TEAM_PAGE (gui_test_show_page (f->window, "team", HR_TYPE_TEAM_PAGE));
  HrForm *form = hr_team_page_get_form (team);
  GtkWidget *ramp, *name;
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;
  const double *values;
  gsize n;

  hr_item_list_select (hr_team_page_get_list (team), 0);
  iterate_idle ();
  ramp = hr_form_get_widget (form, "ramp");
  name = hr_form_get_widget (form, "name");
  g_object_get (hr_form_get_item (form), "ramp", &before, NULL);
  gtk_widget_grab_focus (ramp);
  /* typed one character at a time, "25;" is a whole list on the way */
  gtk_editable_set_text (GTK_EDITABLE (ramp), "25;");
  gtk_editable_set_text (GTK_EDITABLE (ramp), "25; f");
  gtk_editable_set_text (GTK_EDITABLE (ramp), "25; fifty; 75");
  gtk_widget_grab_focus (name);
  iterate_idle ();
  g_assert_nonnull (hr_form_get_error (form, "ramp"));
  g_assert_nonnull (strstr (hr_form_get_error (form, "ramp"), "fifty"));
  g_object_get (hr_form_get_item (form), "ramp", &after, NULL);
  g_assert_true (g_variant_equal (before, after));
  g_assert_false (hr_window_get_modified (f->window));

  g_clear_pointer (&after, g_variant_unref);
  gtk_widget_grab_focus (ramp);
  gtk_editable_set_text (GTK_EDITABLE (ramp), "30; 60");
  g_signal_emit_by_name (ramp, "activate");
  iterate_idle ();
  g_assert_null (hr_form_get_error (form, "ramp"));
  g_object_get (hr_form_get_item (form), "ramp", &after, NULL);
  values = g_variant_get_fixed_array (after, &n, sizeof (double));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (values[0], 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (values[1], 0.60, 1e-9);
  g_assert_true (hr_window_get_modified (f->window));
}

static gboolean
is_role_chooser (GtkWidget *widget, gconstpointer data)
{
  GListModel *model = GTK_IS_DROP_DOWN (widget) ? gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) : NULL;

  return GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) > 0 &&
         g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), "All roles") == 0;
}

/* The chart's role chooser offers all roles first, the chart's role −1 as
 * headroom-cli's default; the first role stays shown until chosen */
static void
test_all_roles (Fixture *f, gconstpointer data)
{
  GtkDropDown *roles = GTK_DROP_DOWN (gui_test_find_matching (GTK_WIDGET (f->window), is_role_chooser, NULL));
  HrChartView *view = hr_window_get_chart_view (f->window);
  GListModel *names;

  g_assert_nonnull (roles);
  names = gtk_drop_down_get_model (roles);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, g_list_model_get_n_items (hr_plan_get_roles (f->plan)) + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (roles), ==, 1);
  g_assert_cmpint (hr_chart_view_get_options (view)->role, ==, 0);
  gtk_drop_down_set_selected (roles, 0);
  iterate_idle ();
  g_assert_cmpint (hr_chart_view_get_options (view)->role, ==, -1);
  g_assert_nonnull (strstr (hr_chart_view_get_description (view), "Peak load"));
  {
    /* the month under the pointer is the team's, not the first role's */
    g_autofree char *month = hr_chart_view_dup_month_text (view, 0);
    g_assert_nonnull (strstr (month, "All roles"));
  }
  gtk_drop_down_set_selected (roles, 2);
  g_assert_cmpint (hr_chart_view_get_options (view)->role, ==, 1);
}

/* the plan's name, first month and horizon are one click away, in the
 * header bar's Plan button */
static void
test_plan_settings (Fixture *f, gconstpointer data)
{
  GtkWidget *button = hr_window_get_plan_button (f->window);
  HrForm *form = hr_window_get_plan_form (f->window);
  GtkWidget *name;

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  g_assert_true (gtk_widget_is_ancestor (button, gtk_window_get_titlebar (GTK_WINDOW (f->window))));
  g_assert_true (hr_form_get_item (form) == HR_ITEM (f->plan));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  name = hr_form_get_widget (form, "name");
  /* the popover maps when the display says so, later under load */
  gui_test_iterate_until (is_mapped, name);
  g_assert_true (gtk_widget_get_mapped (hr_form_get_widget (form, "start")));
  g_assert_true (gtk_widget_get_mapped (hr_form_get_widget (form, "months")));
  gtk_editable_set_text (GTK_EDITABLE (name), "Customer Success 2028");
  iterate_idle ();
  g_assert_cmpstr (hr_plan_get_name (f->plan), ==, "Customer Success 2028");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "Customer Success 2028"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

/* an export is named for the plan and what it shows */
static void
test_export_name (Fixture *f, gconstpointer data)
{
  g_autofree char *effort = hr_window_dup_export_name (f->window, HR_CHART_EFFORT, "pdf");
  g_autofree char *table = hr_window_dup_export_name (f->window, HR_CHART_EFFORT, "csv");
  g_autofree char *slashed = NULL;

  g_assert_cmpstr (effort, ==, "Acme Cloud — Customer Success 2027 — effort.pdf");
  g_assert_cmpstr (table, ==, "Acme Cloud — Customer Success 2027 — monthly table.csv");
  g_object_set (f->plan, "name", "EMEA/APAC", NULL);
  slashed = hr_window_dup_export_name (f->window, HR_CHART_SCENARIOS, "png");
  g_assert_cmpstr (slashed, ==, "EMEA-APAC — scenarios.png");
}

/* A role still in use is not removed; the list says what uses it */
static void
test_remove_role_in_use (Fixture *f, gconstpointer data)
{
  HrTeamPage *page = HR_TEAM_PAGE (hr_window_get_page (f->window, "team"));
  HrItemList *list = hr_team_page_get_list (page);
  GListModel *roles = hr_plan_get_roles (f->plan);
  guint n = g_list_model_get_n_items (roles);
  const char *message;

  /* the onboarding specialists deliver the kickoff and onboarding moments */
  hr_item_list_select (list, 1);
  hr_item_list_remove_selected (list);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n);
  message = hr_item_list_get_message (list);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Onboarding Specialists"));
  g_assert_nonnull (strstr (message, "Kickoff"));
  g_assert_false (hr_window_get_modified (f->window));

  /* the customer success managers deliver most moments: the first few are
   * named, then how many more */
  hr_item_list_select (list, 0);
  g_assert_null (hr_item_list_get_message (list));
  hr_item_list_remove_selected (list);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n);
  message = hr_item_list_get_message (list);
  g_assert_nonnull (strstr (message, "Welcome"));
  g_assert_nonnull (strstr (message, "more"));

  /* a role nothing uses goes, and comes back with undo */
  hr_item_list_add (list);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n + 1);
  hr_item_list_remove_selected (list);
  g_assert_null (hr_item_list_get_message (list));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n);

  /* a new role moved to the top is the work role: the tiers' reactive work,
   * which names no role, falls back to it; removing it would quietly move
   * that work to the customer success managers, so it is refused */
  hr_item_list_add (list);
  for (int i = 0; i < (int) n; i++)
    hr_item_list_move_selected (list, -1);
  g_assert_cmpstr (hr_role_get_name (hr_plan_get_work_role (f->plan)), ==, "New role");
  hr_item_list_remove_selected (list);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n + 1);
  message = hr_item_list_get_message (list);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Enterprise"));
  g_assert_nonnull (strstr (message, "would move to “Customer Success Managers”"));
  /* once the tiers name their role, it goes */
  for (guint i = 0; i < g_list_model_get_n_items (hr_plan_get_segments (f->plan)); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (hr_plan_get_segments (f->plan), i);
      g_object_set (segment, "reactive-role", "csm", NULL);
    }
  hr_item_list_remove_selected (list);
  g_assert_null (hr_item_list_get_message (list));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n);
  iterate_idle ();
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));
}

/* A moment or tier that a scenario changes is not removed: the list names
 * the scenarios, and the plan stays one that saves and opens again */
static void
test_remove_scenario_target (Fixture *f, gconstpointer data)
{
  HrJourneyPage *journey = HR_JOURNEY_PAGE (hr_window_get_page (f->window, "journey"));
  HrTiersPage *tiers = HR_TIERS_PAGE (hr_window_get_page (f->window, "tiers"));
  HrItemList *moments = hr_journey_page_get_list (journey);
  HrItemList *segments = hr_tiers_page_get_list (tiers);
  GListModel *moment_list = hr_plan_get_moments (f->plan);
  guint n = g_list_model_get_n_items (moment_list), target = G_MAXUINT;
  const char *message;

  /* the sample's "focus" scenario skips the business reviews of mid-market */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moment_list, i);
      if (g_str_equal (hr_moment_get_name (moment), "Business Review"))
        target = i;
    }
  g_assert_cmpuint (target, <, n);
  hr_item_list_select (moments, target);
  hr_item_list_remove_selected (moments);
  g_assert_cmpuint (g_list_model_get_n_items (moment_list), ==, n);
  message = hr_item_list_get_message (moments);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "“Business Review” can’t be removed"));
  g_assert_nonnull (strstr (message, "Focus"));

  hr_item_list_select (segments, 1);
  hr_item_list_remove_selected (segments);
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_segments (f->plan)), ==, 3);
  g_assert_nonnull (strstr (hr_item_list_get_message (segments), "“Mid-market” can’t be removed"));
  g_assert_false (hr_window_get_modified (f->window));
  g_assert_true (hr_plan_validate (f->plan, NULL));
}

/* A role field refuses a choice that would break the plan, and says why */
static void
test_refuse_role_choice (Fixture *f, gconstpointer data)
{
  HrForm *journey = hr_journey_page_get_form (hr_window_get_journey_page (f->window));
  HrTeamPage *team = HR_TEAM_PAGE (hr_window_get_page (f->window, "team"));
  HrForm *role_form = hr_team_page_get_form (team);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  g_autoptr(HrRole) csm = g_list_model_get_item (hr_plan_get_roles (f->plan), 0);
  g_autofree char *role = NULL;
  g_autofree char *manages = NULL;

  prep_field (f);  /* selects the first moment */
  /* the choices are "default", then the roles that serve customers: CS
   * Managers manage people and are not offered */
  {
    GListModel *choices = gtk_drop_down_get_model (GTK_DROP_DOWN (hr_form_get_widget (journey, "role")));
    g_autoptr(HrRole) manager = g_list_model_get_item (hr_plan_get_roles (f->plan), 2);
    g_autofree char *problem = hr_form_check_role_choice (f->plan, HR_ITEM (moment), "role", manager);

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), !=, "CS Managers");
    /* the refusal stays as the safety net */
    g_assert_nonnull (strstr (problem, "CS Managers"));
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (hr_form_get_widget (journey, "role"))), ==, 1);
  /* a role that serves customers is taken */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hr_form_get_widget (journey, "role")), 2);
  g_object_get (moment, "role", &role, NULL);
  g_assert_cmpstr (role, ==, "onboarding");
  g_assert_null (hr_form_get_error (journey, "role"));
  /* a role that stops managing is offered again */
  {
    g_autoptr(HrRole) manager = g_list_model_get_item (hr_plan_get_roles (f->plan), 2);
    GListModel *choices = gtk_drop_down_get_model (GTK_DROP_DOWN (hr_form_get_widget (journey, "role")));

    g_object_set (manager, "manages", NULL, NULL);
    iterate_idle ();
    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 4);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 3), ==, "CS Managers");
    g_object_set (manager, "manages", "csm", NULL);
    iterate_idle ();
    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
  }

  /* a role manages another one that serves customers: the customer
   * success managers are offered "nobody" and the onboarding specialists,
   * neither themselves nor the CS managers */
  hr_item_list_select (hr_team_page_get_list (team), 0);
  {
    GListModel *choices = gtk_drop_down_get_model (GTK_DROP_DOWN (hr_form_get_widget (role_form, "manages")));

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "Nobody: serves customers");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, "Onboarding Specialists");
  }
  /* they carry moments: they can't start managing */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hr_form_get_widget (role_form, "manages")), 1);
  g_object_get (csm, "manages", &manages, NULL);
  g_assert_null (manages);
  g_assert_nonnull (hr_form_get_error (role_form, "manages"));
  iterate_idle ();
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* Renames reach the grid's headers; a cohort edit keeps its cells */
static void
test_rows_follow_edits (Fixture *f, gconstpointer data)
{
  GtkWidget *grid = gui_test_find_widget (hr_window_get_page (f->window, "tiers"), HR_TYPE_TREATMENT_GRID);
  GtkWidget *cohorts = gui_test_find_widget (hr_window_get_page (f->window, "tiers"), HR_TYPE_COHORT_EDITOR);
  g_autoptr(HrSegment) segment = g_list_model_get_item (hr_plan_get_segments (f->plan), 0);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  GtkWidget *cell;
  GtkEditable *editable;
  const HrCohort *list;
  guint n;

  hr_undo_stack_set (hr_window_get_undo_stack (f->window), segment, "name", "Strategic");
  hr_undo_stack_set (hr_window_get_undo_stack (f->window), moment, "name", "Hello");
  /* the rows are built once the grid is shown, a few at a time */
  hr_treatment_grid_build_all (HR_TREATMENT_GRID (grid));
  g_assert_true (has_label (grid, "Strategic"));
  g_assert_true (has_label (grid, "Hello"));
  /* the moments' names stay in view while the tiers scroll sideways */
  g_assert_false (gtk_widget_is_ancestor (gui_test_find_matching (grid, gui_test_is_label, "Hello"),
                                          gui_test_find_matching (grid, gui_test_scrolls_sideways, NULL)));
  g_assert_nonnull (gui_test_find_matching (grid, gui_test_scrolls_sideways, NULL));

  /* the first tier is shown: edit its first cohort's accounts */
  cell = gui_test_find_widget (cohorts, HR_TYPE_NUMBER_ENTRY);
  g_assert_nonnull (cell);
  cell = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (cell));
  editable = hr_number_entry_get_editable (HR_NUMBER_ENTRY (cell));
  gtk_editable_set_text (editable, "33");
  g_signal_emit_by_name (editable, "activate");
  list = hr_segment_get_cohorts (segment, &n);
  g_assert_cmpfloat (list[0].count, ==, 33);
  /* the same cell is still there, in the grid */
  g_assert_true (gtk_widget_get_parent (cell) != NULL);
  g_assert_true (gtk_widget_is_ancestor (cell, cohorts));
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "33");
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
  list = hr_segment_get_cohorts (segment, &n);
  g_assert_cmpfloat (list[0].count, !=, 33);
  g_assert_true (gtk_widget_is_ancestor (cell, cohorts));
}

static void
test_save_reopen (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.headroom", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HrPlan) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;
  HrNumberEntry *field = prep_field (f);

  gui_test_type (hr_number_entry_get_editable (field), "12.5");
  gui_test_press_enter (hr_number_entry_get_editable (field));
  g_assert_true (hr_window_get_modified (f->window));
  g_assert_true (hr_window_save_to_file (f->window, file));
  g_assert_false (hr_window_get_modified (f->window));
  g_assert_true (g_file_equal (hr_window_get_file (f->window), file));

  reopened = hr_plan_load_file (file, NULL, &error);
  g_assert_no_error (error);
  saved = hr_plan_to_data (f->plan, NULL);
  again = hr_plan_to_data (reopened, NULL);
  g_assert_cmpstr (saved, ==, again);

  /* loading it into the window gives the same plan */
  g_assert_true (hr_window_load_file (f->window, file));
  g_assert_null (hr_window_get_error (f->window));
  {
    g_autofree char *loaded = hr_plan_to_data (hr_window_get_plan (f->window), NULL);
    g_assert_cmpstr (loaded, ==, saved);
  }
  hr_window_set_plan (f->window, f->plan, NULL);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_broken_file (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.headroom", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = hr_plan_to_data (f->plan, NULL);
  g_autofree char *after = NULL;
  const char *error;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"headroom-plan\", \"version\": 1,\n \"start\": \"2027-01\", \"months\": 500}", -1, NULL));
  g_assert_false (hr_window_load_file (f->window, file));
  error = hr_window_get_error (f->window);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "months"));
  g_assert_nonnull (strstr (error, "broken.headroom"));
  g_assert_true (hr_window_get_plan (f->window) == f->plan);
  after = hr_plan_to_data (f->plan, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (hr_window_get_file (f->window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_number_parse (void)
{
  double value;

  g_assert_true (hr_number_parse ("12.5", &value));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (hr_number_parse (" 1 000 ", &value));
  g_assert_cmpfloat (value, ==, 1000);
  g_assert_false (hr_number_parse ("12x", &value));
  g_assert_false (hr_number_parse ("", &value));
}

static gboolean
menu_lists (gpointer data)
{
  gpointer *args = data;
  GMenuModel *menu = args[0];

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_strcmp0 (label, args[1]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A plan saved in one window shows at once in another's recent menu */
static void
test_recent_live (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "elsewhere.headroom", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *other = hr_window_new (NULL, plan, NULL);
  gpointer args[] = { g_object_get_data (G_OBJECT (f->window), "hr-recent-menu"), "elsewhere.headroom" };

  g_assert_nonnull (args[0]);
  g_assert_false (menu_lists (args));
  g_assert_true (hr_window_save_to_file (other, file));
  iterate_until (menu_lists, args);
  gtk_window_destroy (GTK_WINDOW (other));
  g_unlink (path);
  g_rmdir (dir);
}

/* An edit computes the forecast once and nothing for the pages not shown;
 * showing a scenario computes one forecast and no comparison */
static void
test_recompute_counts (Fixture *f, gconstpointer data)
{
  HrDocument *document = hr_window_get_document (f->window);
  g_autoptr(HrMoment) moment = g_list_model_get_item (hr_plan_get_moments (f->plan), 0);
  guint before[HR_DOCUMENT_N_RESULTS];

  /* every page built and watching, then the chart shown */
  for (const char * const *page = (const char * const[]) { "scenarios", "compare", "hiring", "pressure",
                                                           "books", "journey", "chart", NULL }; *page; page++)
    {
      gui_test_show_page (f->window, *page, GTK_TYPE_WIDGET);
      gui_test_wait_results (f->window);
    }
  g_assert_true (hr_window_get_page_built (f->window, "compare"));
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    before[i] = hr_document_get_compute_count (document, i);

  /* two edits in one main-loop turn */
  hr_undo_stack_set (hr_window_get_undo_stack (f->window), moment, "prep", 7.5, NULL);
  hr_undo_stack_set (hr_window_get_undo_stack (f->window), moment, "prep", 8.5, NULL);
  gui_test_wait_results (f->window);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST), ==,
                    before[HR_DOCUMENT_FORECAST] + 1);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_COMPARISON), ==,
                    before[HR_DOCUMENT_COMPARISON]);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_SCENARIO_CHECKS), ==,
                    before[HR_DOCUMENT_SCENARIO_CHECKS]);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_HIRING), ==,
                    before[HR_DOCUMENT_HIRING]);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS), ==,
                    before[HR_DOCUMENT_BOOKS]);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_REBALANCE), ==, 0);
  /* the summary shows the forecast of the edit */
  {
    g_autofree char *expected = engine_required_end (f->plan);
    g_assert_cmpstr (hr_summary_panel_get_text (hr_window_get_summary (f->window), "required-end"), ==, expected);
  }

  /* showing a scenario: one forecast, no comparison */
  g_assert_true (hr_document_set_active_scenario_id (document, "fund"));
  gui_test_wait_results (f->window);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST), ==,
                    before[HR_DOCUMENT_FORECAST] + 2);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_COMPARISON), ==,
                    before[HR_DOCUMENT_COMPARISON]);
  g_assert_cmpstr (hr_summary_panel_get_text (hr_window_get_summary (f->window), "shown"), ==,
                   "Showing: Fund: two more CSMs in March");

  /* the comparison page shown again catches up, once, and so do the books */
  gui_test_show_page (f->window, "compare", GTK_TYPE_WIDGET);
  gui_test_wait_results (f->window);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_COMPARISON), ==,
                    before[HR_DOCUMENT_COMPARISON] + 1);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS), ==,
                    before[HR_DOCUMENT_BOOKS]);
  gui_test_show_page (f->window, "books", GTK_TYPE_WIDGET);
  gui_test_wait_results (f->window);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS), ==,
                    before[HR_DOCUMENT_BOOKS] + 1);
}

static void
frame_painted_cb (guint *frames)
{
  (*frames)++;
}

static gboolean
painted (gpointer data)
{
  return *(guint *) data > 0;
}

static char *
summary_values (HrSummaryPanel *summary)
{
  return g_strjoin ("|", hr_summary_panel_get_text (summary, "peak-load"),
                    hr_summary_panel_get_text (summary, "required-now"),
                    hr_summary_panel_get_text (summary, "required-end"),
                    hr_summary_panel_get_text (summary, "cost"),
                    hr_summary_panel_get_text (summary, "cost-share"), NULL);
}

/* A new forecast repaints the summary's values and lays nothing out, so
 * that typing does not measure the window again at every pause */
static void
test_summary_repaints_only (Fixture *f, gconstpointer data)
{
  HrSummaryPanel *summary = hr_window_get_summary (f->window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  g_autoptr(HrRole) csm = g_list_model_get_item (hr_plan_get_roles (f->plan), 0);
  g_autofree char *values = NULL, *detail = NULL, *expected = NULL;
  guint allocations, frames = 0;
  gulong handler;

  /* a window just shown is laid out a few times as it settles */
  do
    {
      allocations = hr_summary_panel_get_allocations (summary);
      gui_test_wait_results (f->window);
      gui_test_wait (200);
    }
  while (hr_summary_panel_get_allocations (summary) != allocations);
  values = summary_values (summary);
  detail = g_strdup (hr_summary_panel_get_text (summary, "status-detail"));
  g_assert_cmpuint (allocations, >, 0);
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (frame_painted_cb), &frames);
  /* the CSMs' cost from 135,000 to 140,000 a year: the team's cost and its
   * share of ARR change (still above the warning threshold); the months
   * over capacity (the status's sentence) and the hires do not */
  hr_undo_stack_set (hr_window_get_undo_stack (f->window), csm, "cost_per_year", 140000.0, NULL);
  gui_test_wait_results (f->window);
  iterate_until (painted, &frames);
  g_signal_handler_disconnect (clock, handler);

  expected = engine_required_end (f->plan);
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "required-end"), ==, expected);
  {
    g_autofree char *now = summary_values (summary);
    g_assert_cmpstr (now, !=, values);
  }
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "status-detail"), ==, detail);
  g_assert_cmpuint (hr_summary_panel_get_allocations (summary), ==, allocations);
}

/* Start-up builds the chart and the summary only */
static void
test_lazy_pages (Fixture *f, gconstpointer data)
{
  for (const char * const *page = (const char * const[]) { "journey", "tiers", "team", "scenarios", "compare",
                                                           "hiring", "pressure", NULL }; *page; page++)
    g_assert_false (hr_window_get_page_built (f->window, *page));
  g_assert_cmpuint (hr_document_get_compute_count (hr_window_get_document (f->window), HR_DOCUMENT_COMPARISON),
                    ==, 0);
  gui_test_show_page (f->window, "tiers", HR_TYPE_TIERS_PAGE);
  g_assert_true (hr_window_get_page_built (f->window, "tiers"));
  g_assert_false (hr_window_get_page_built (f->window, "team"));
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing an edited window asks first; Discard closes it, and nothing of
 * the window outlives it (the test runs with fatal warnings) */
static void
test_close_discard (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  gpointer alive = window;
  GtkWindow *dialog = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  /* a person visits every page first, so each is built and watching */
  for (const char * const *page = (const char * const[]) { "journey", "tiers", "team", "scenarios", "compare",
                                                           "hiring", "pressure", "chart", NULL }; *page; page++)
    gui_test_show_page (window, *page, GTK_TYPE_WIDGET);
  hr_undo_stack_set (hr_window_get_undo_stack (window), plan, "name", "Edited, then discarded", NULL);
  gui_test_wait_results (window);
  g_assert_true (hr_window_get_modified (window));

  gtk_window_close (GTK_WINDOW (window));
  gui_test_iterate_idle ();
  g_assert_nonnull (alive);
  {
    GList *toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (GTK_IS_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
        dialog = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  iterate_until (is_destroyed, &alive);
  gui_test_iterate_idle ();
  /* the edit was discarded with the window; the plan is only ours now */
  g_assert_cmpstr (hr_plan_get_name (plan), ==, "Edited, then discarded");
  g_assert_cmpuint (G_OBJECT (plan)->ref_count, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("headroom-data-XXXXXX", NULL);

  /* recent files go to a private list, not the user's */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  hr_application_load_style ();
  g_test_add_func ("/gui/number/parse", test_number_parse);
  g_test_add_func ("/gui/window/close-discard", test_close_discard);
  g_test_add ("/gui/window/recompute-counts", Fixture, NULL, fixture_set_up, test_recompute_counts, fixture_tear_down);
  g_test_add ("/gui/window/summary-repaints-only", Fixture, NULL, fixture_set_up, test_summary_repaints_only,
              fixture_tear_down);
  g_test_add ("/gui/window/lazy-pages", Fixture, NULL, fixture_set_up, test_lazy_pages, fixture_tear_down);
  g_test_add ("/gui/window/edit-recompute-undo", Fixture, NULL, fixture_set_up, test_edit_recompute_undo, fixture_tear_down);
  g_test_add ("/gui/window/refuse-value", Fixture, NULL, fixture_set_up, test_refuse_value, fixture_tear_down);
  g_test_add ("/gui/window/decimal-comma", Fixture, NULL, fixture_set_up, test_decimal_comma, fixture_tear_down);
  g_test_add ("/gui/window/list-undo", Fixture, NULL, fixture_set_up, test_list_undo, fixture_tear_down);
  g_test_add ("/gui/window/list-invalid-untouched", Fixture, NULL, fixture_set_up, test_list_invalid_untouched, fixture_tear_down);
  g_test_add ("/gui/window/all-roles", Fixture, NULL, fixture_set_up, test_all_roles, fixture_tear_down);
  g_test_add ("/gui/window/plan-settings", Fixture, NULL, fixture_set_up, test_plan_settings, fixture_tear_down);
  g_test_add ("/gui/window/export-name", Fixture, NULL, fixture_set_up, test_export_name, fixture_tear_down);
  g_test_add ("/gui/window/remove-role-in-use", Fixture, NULL, fixture_set_up, test_remove_role_in_use, fixture_tear_down);
  g_test_add ("/gui/window/remove-scenario-target", Fixture, NULL, fixture_set_up, test_remove_scenario_target, fixture_tear_down);
  g_test_add ("/gui/window/rows-follow-edits", Fixture, NULL, fixture_set_up, test_rows_follow_edits, fixture_tear_down);
  g_test_add ("/gui/window/recent-live", Fixture, NULL, fixture_set_up, test_recent_live, fixture_tear_down);
  g_test_add ("/gui/window/refuse-role-choice", Fixture, NULL, fixture_set_up, test_refuse_role_choice, fixture_tear_down);
  g_test_add ("/gui/window/save-reopen", Fixture, NULL, fixture_set_up, test_save_reopen, fixture_tear_down);
  g_test_add ("/gui/window/broken-file", Fixture, NULL, fixture_set_up, test_broken_file, fixture_tear_down);
  return g_test_run ();
}

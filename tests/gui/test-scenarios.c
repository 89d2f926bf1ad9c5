/* test-scenarios.c: scenarios built through the real controls, the
 * comparison table, the hiring plan and promotion */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <locale.h>

#include "hr-comparison-page.h"
#include "hr-comparison.h"
#include "hr-engine.h"
#include "hr-hiring-page.h"
#include "hr-scenario-switcher.h"
#include "hr-scenarios-page.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

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

static HrScenariosPage *
scenarios_page (Fixture *f)
{
  return HR_SCENARIOS_PAGE (gui_test_show_page (f->window, "scenarios", HR_TYPE_SCENARIOS_PAGE));
}

/* A new scenario from the baseline, through the list's add button */
static HrScenario *
new_scenario (Fixture *f, HrScenariosPage *page)
{
  hr_item_list_add (hr_scenarios_page_get_list (page));
  gui_test_iterate_idle ();
  return HR_SCENARIO (hr_item_list_get_selected (hr_scenarios_page_get_list (page)));
}

static guint
index_of (GListModel *list, const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (list, i);
      if (g_strcmp0 (hr_item_get_id (item), id) == 0)
        return i;
    }
  g_assert_not_reached ();
}

typedef struct {
  const char *name;
  const char *kind;        /* "kind-…" toggle */
  guint       action;      /* row of the "Change" drop-down */
  const char *moment;      /* moment to choose, or NULL */
  const char *tier;        /* tier check to tick ("all-tiers" for every tier), or NULL */
  double      percent;     /* typed into the percentage, or 0 */
  const char *op;          /* the spec entry expected */
  const char *target;
  const char *sentence;    /* hr_change_describe() of it */
} Case;

static const Case cases[] = {
  { "fund", "kind-fund", 0, NULL, NULL, 0, "add", "hires",
    "1 × Customer Success Managers start in January 2027" },
  { "focus", "kind-focus", 0, "business-review", "mid-market", 0, "set",
    "moments/business-review/tiers/mid-market/mode", "Mid-market: Business Review is skipped" },
  { "automate", "kind-automate", 0, "sharing-insights", "mid-market", 0, "set",
    "moments/sharing-insights/tiers/mid-market/mode", "Mid-market: Sharing Insights becomes digital" },
  { "automate-reactive", "kind-automate", 2, NULL, "all-tiers", 20, "scale",
    "segments/*/reactive_hours", "All tiers: reactive hours −20%" },
  { "redesign", "kind-redesign", 0, "renewal-prep", NULL, -40, "scale",
    "moments/renewal-prep/prep", "Renewal preparation: preparation −40%" },
  { "what-if", "kind-what-if", 0, NULL, "all-tiers", 30, "scale",
    "segments/*/new_per_month", "All tiers: new accounts per month +30%" },
};

static void
build_case (Fixture *f, HrScenariosPage *page, const Case *c)
{
  HrScenarioEditor *editor = hr_scenarios_page_get_editor (page);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hr_scenario_editor_get_widget (editor, c->kind)), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hr_scenario_editor_get_widget (editor, "action")), c->action);
  if (c->moment)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (hr_scenario_editor_get_widget (editor, "moment")),
                                index_of (hr_plan_get_moments (f->plan), c->moment));
  if (c->tier && g_str_equal (c->tier, "all-tiers"))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (hr_scenario_editor_get_widget (editor, "all_tiers")), TRUE);
  else if (c->tier)
    {
      g_autofree char *name = g_strconcat ("tier-", c->tier, NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (hr_scenario_editor_get_widget (editor, name)), TRUE);
    }
  if (c->percent != 0)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (hr_scenario_editor_get_widget (editor, "percent")), c->percent);
  g_signal_emit_by_name (hr_scenario_editor_get_widget (editor, "add"), "clicked");
  gui_test_iterate_idle ();
}

/* a scenario made here is named for headroom-cli by its name; the editor
 * refuses a change that is already there and a count of no one, and a new
 * kind starts from the default values */
static void
test_builder_rules (Fixture *f, gconstpointer data)
{
  HrScenariosPage *page = scenarios_page (f);
  HrScenario *scenario = new_scenario (f, page);
  HrScenarioEditor *editor = hr_scenarios_page_get_editor (page);
  GtkWidget *preview = hr_scenario_editor_get_widget (editor, "preview");
  GtkWidget *add = hr_scenario_editor_get_widget (editor, "add");
  GtkWidget *count = hr_scenario_editor_get_widget (editor, "count");
  GtkWidget *percent = hr_scenario_editor_get_widget (editor, "percent");

  g_assert_cmpstr (hr_scenarios_page_get_id_text (page), ==, "Id for headroom-cli: new-scenario");
  g_object_set (scenario, "name", "Fund two CSMs", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_item_get_id (HR_ITEM (scenario)), ==, "fund-two-csms");
  g_assert_cmpstr (hr_scenarios_page_get_id_text (page), ==, "Id for headroom-cli: fund-two-csms");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hr_scenario_editor_get_widget (editor, "kind-fund")), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hr_scenario_editor_get_widget (editor, "action")), 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), -2);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (count)), ==, -2);
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (preview)), "Hire at least one person"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), 0);
  g_assert_false (gtk_widget_get_sensitive (add));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), 2);
  g_assert_true (gtk_widget_get_sensitive (add));
  g_assert_true (hr_scenario_editor_apply (editor));
  gui_test_iterate_idle ();
  g_assert_cmpuint (json_array_get_length (hr_scenario_get_changes (scenario)), ==, 1);
  /* the same again */
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (preview)), "Already in the scenario: 2 × "));
  g_assert_false (hr_scenario_editor_apply (editor));
  g_assert_cmpuint (json_array_get_length (hr_scenario_get_changes (scenario)), ==, 1);

  /* a percentage typed for a redesign does not carry over */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hr_scenario_editor_get_widget (editor, "kind-redesign")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (percent), -40);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hr_scenario_editor_get_widget (editor, "kind-what-if")), TRUE);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (percent)), ==, 20);
}

/* each kind of change built with the controls stores the spec's entry,
 * reads back as a sentence, and the engine forecasts it */
static void
test_kinds (Fixture *f, gconstpointer data)
{
  HrScenariosPage *page = scenarios_page (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      HrScenario *scenario = new_scenario (f, page);
      JsonArray *changes;
      JsonObject *change;
      g_auto(GStrv) sentences = NULL;
      g_autoptr(HrForecast) forecast = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %s", c->name);
      build_case (f, page, c);
      changes = hr_scenario_get_changes (scenario);
      g_assert_cmpuint (json_array_get_length (changes), ==, 1);
      change = json_array_get_object_element (changes, 0);
      g_assert_cmpstr (json_object_get_string_member (change, "op"), ==, c->op);
      g_assert_cmpstr (json_object_get_string_member (change, "target"), ==, c->target);
      if (c->percent != 0)
        g_assert_cmpfloat_with_epsilon (json_object_get_double_member (change, "factor"),
                                        g_str_equal (c->name, "automate-reactive") ? 1 - c->percent / 100
                                                                                   : 1 + c->percent / 100, 1e-12);
      sentences = hr_scenarios_page_dup_sentences (page);
      g_assert_cmpstr (sentences[0], ==, c->sentence);
      forecast = hr_engine_forecast (f->plan, hr_item_get_id (HR_ITEM (scenario)), 0, &error);
      g_assert_no_error (error);
    }

  /* the new automate scenario forecasts like the same change written by
   * hand: less designed work for mid-market */
  {
    g_autoptr(HrForecast) base = hr_engine_forecast (f->plan, NULL, 0, NULL);
    g_autoptr(HrForecast) automate = hr_engine_forecast (f->plan, "new-scenario-3", 0, NULL);
    int mid = hr_forecast_find_segment (base, "mid-market");
    guint last = hr_forecast_get_n_months (base) - 1;

    g_assert_cmpfloat (hr_forecast_get_segment_series (automate, mid, HR_SEGMENT_DESIGNED)[last], <,
                       hr_forecast_get_segment_series (base, mid, HR_SEGMENT_DESIGNED)[last]);
  }

  /* one undo takes a change back */
  {
    HrScenario *last = HR_SCENARIO (hr_item_list_get_selected (hr_scenarios_page_get_list (page)));
    g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
    g_assert_cmpuint (json_array_get_length (hr_scenario_get_changes (last)), ==, 0);
  }
}

/* an automate scenario built with the controls appears in the comparison
 * table with the cells headroom-cli compare prints */
static void
test_comparison (Fixture *f, gconstpointer data)
{
  HrScenariosPage *page = scenarios_page (f);
  HrComparisonPage *table;
  g_autoptr(GPtrArray) expected = NULL;

  new_scenario (f, page);
  build_case (f, page, &cases[2]);
  build_case (f, page, &cases[3]);

  table = HR_COMPARISON_PAGE (gui_test_show_page (f->window, "compare", HR_TYPE_COMPARISON_PAGE));
  /* the comparison is computed on a worker: wait until it arrived */
  gui_test_wait_results (f->window);
  expected = hr_engine_compare (f->plan, NULL);
  g_assert_cmpuint (hr_comparison_page_get_n_columns (table), ==, 6);
  g_assert_cmpuint (hr_comparison_page_get_n_rows (table), ==, hr_comparison_count_rows (expected));
  for (guint r = 0; r < hr_comparison_count_rows (expected); r++)
    for (guint c = 0; c < expected->len; c++)
      {
        g_autofree char *cell = hr_comparison_dup_cell (expected, c, r);
        gboolean best;

        g_assert_cmpstr (hr_comparison_page_get_cell (table, c, r, &best), ==, cell);
        g_assert_cmpint (best, ==, hr_comparison_is_best (expected, c, r));
      }

  /* the row labels stay in view while the scenarios scroll sideways */
  {
    g_autofree char *first = hr_comparison_dup_row_label (expected, 0);
    GtkWidget *label = gui_test_find_matching (GTK_WIDGET (table), gui_test_is_label, first);
    GtkWidget *sideways = gui_test_find_matching (GTK_WIDGET (table), gui_test_scrolls_sideways, NULL);

    g_assert_nonnull (label);
    g_assert_nonnull (sideways);
    g_assert_false (gtk_widget_is_ancestor (label, sideways));
  }

  /* and each label sits level with its row of values, as a person reads
   * across: the header row above must be as tall on both sides */
  gui_test_iterate_idle ();
  for (guint r = 0; r < hr_comparison_count_rows (expected); r++)
    {
      g_autofree char *name = hr_comparison_dup_row_label (expected, r);
      g_autofree char *value = hr_comparison_dup_cell (expected, 0, r);
      GtkWidget *label = gui_test_find_matching (GTK_WIDGET (table), gui_test_is_label, name);
      GtkWidget *cell = gui_test_find_matching (GTK_WIDGET (table), gui_test_is_label, value);
      graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), at_label, at_cell;

      guint same = 0;

      /* a text found elsewhere in the table cannot be told apart: skip it */
      for (guint rr = 0; rr < hr_comparison_count_rows (expected); rr++)
        for (guint c = 0; c < expected->len; c++)
          {
            g_autofree char *other = hr_comparison_dup_cell (expected, c, rr);
            same += g_str_equal (other, value);
          }
      if (label == NULL || cell == NULL || same > 1 || hr_comparison_is_best (expected, 0, r))
        continue;
      g_assert_true (gtk_widget_compute_point (label, GTK_WIDGET (table), &origin, &at_label));
      g_assert_true (gtk_widget_compute_point (cell, GTK_WIDGET (table), &origin, &at_cell));
      if (fabs (at_label.y - at_cell.y) > 1)
        g_error ("row %u \"%s\" is at %g, its value \"%s\" at %g", r, name, at_label.y, value, at_cell.y);
    }
}

/* accepting every suggestion leaves the planner nothing to add in those
 * months; undo brings the suggestions back */
static void
test_accept (Fixture *f, gconstpointer data)
{
  HrHiringPage *hiring;
  guint before = hr_forecast_get_n_suggestions (hr_document_get_forecast (hr_window_get_document (f->window)));
  guint hires = g_list_model_get_n_items (hr_plan_get_hires (f->plan));
  g_autoptr(GArray) months = g_array_new (FALSE, FALSE, sizeof (guint));

  hiring = HR_HIRING_PAGE (gui_test_show_page (f->window, "hiring", HR_TYPE_HIRING_PAGE));
  g_assert_cmpuint (before, >, 0);
  g_assert_nonnull (strstr (hr_hiring_page_get_summary (hiring), "requisition"));
  for (guint i = 0; i < before; i++)
    g_array_append_val (months, hr_forecast_get_suggestion (hr_document_get_forecast (hr_window_get_document (f->window)), i)->month);

  hr_hiring_page_accept (hiring, -1);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_hires (f->plan)), ==, hires + before);
  for (guint i = 0; i < hr_forecast_get_n_suggestions (hr_document_get_forecast (hr_window_get_document (f->window))); i++)
    for (guint m = 0; m < months->len; m++)
      g_assert_cmpuint (hr_forecast_get_suggestion (hr_document_get_forecast (hr_window_get_document (f->window)), i)->month, !=,
                        g_array_index (months, guint, m));

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_hires (f->plan)), ==, hires);
  g_assert_cmpuint (hr_forecast_get_n_suggestions (hr_document_get_forecast (hr_window_get_document (f->window))), ==, before);
}

/* showing a scenario changes every chart's forecast; promoting it makes it
 * the baseline, and undo restores the plan */
static void
test_show_promote (Fixture *f, gconstpointer data)
{
  HrScenariosPage *page = scenarios_page (f);
  g_autofree char *original = hr_plan_to_data (f->plan, NULL);
  g_autofree char *after_undo = NULL;
  HrSummaryPanel *summary = hr_window_get_summary (f->window);
  guint n = g_list_model_get_n_items (hr_plan_get_scenarios (f->plan));

  hr_item_list_select (hr_scenarios_page_get_list (page), 0);   /* fund */
  hr_document_set_active_scenario_id (hr_window_get_document (f->window), "fund");
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_forecast_get_scenario_id (hr_document_get_forecast (hr_window_get_document (f->window))), ==, "fund");
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "peak-load"), ==, "96%");

  g_assert_true (hr_scenarios_page_promote (page));
  gui_test_iterate_idle ();
  g_assert_null (hr_document_get_active_scenario_id (hr_window_get_document (f->window)));
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_scenarios (f->plan)), ==, n - 1);
  g_assert_null (hr_plan_find_scenario (f->plan, "fund"));
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "peak-load"), ==, "96%");

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "undo", NULL);
  gui_test_iterate_idle ();
  after_undo = hr_plan_to_data (f->plan, NULL);
  g_assert_cmpstr (after_undo, ==, original);
}

/* the header bar's drop-down names the scenario shown and switches it;
 * the summary's heading follows */
static void
test_switcher (Fixture *f, gconstpointer data)
{
  HrScenarioSwitcher *switcher =
    HR_SCENARIO_SWITCHER (gui_test_find_widget (GTK_WIDGET (f->window), HR_TYPE_SCENARIO_SWITCHER));
  HrSummaryPanel *summary = hr_window_get_summary (f->window);
  g_autoptr(HrItem) fund = g_list_model_get_item (hr_plan_get_scenarios (f->plan), 0);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_object_get (fund, "name", &name, NULL);
  heading = g_strdup_printf ("Showing: %s", name);
  g_assert_cmpstr (hr_scenario_switcher_get_shown (switcher), ==, "Baseline");
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "shown"), ==, "Showing: Baseline");

  hr_scenario_switcher_select (switcher, 1);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_document_get_active_scenario_id (hr_window_get_document (f->window)), ==, hr_item_get_id (fund));
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "shown"), ==, heading);

  /* showing the baseline from the scenarios page moves the drop-down too */
  hr_document_set_active_scenario (hr_window_get_document (f->window), NULL);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_scenario_switcher_get_shown (switcher), ==, "Baseline");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add ("/gui/scenarios/kinds", Fixture, NULL, fixture_set_up, test_kinds, fixture_tear_down);
  g_test_add ("/gui/scenarios/comparison", Fixture, NULL, fixture_set_up, test_comparison, fixture_tear_down);
  g_test_add ("/gui/scenarios/builder-rules", Fixture, NULL, fixture_set_up, test_builder_rules, fixture_tear_down);
  g_test_add ("/gui/scenarios/accept", Fixture, NULL, fixture_set_up, test_accept, fixture_tear_down);
  g_test_add ("/gui/scenarios/switcher", Fixture, NULL, fixture_set_up, test_switcher, fixture_tear_down);
  g_test_add ("/gui/scenarios/show-promote", Fixture, NULL, fixture_set_up, test_show_promote, fixture_tear_down);
  return g_test_run ();
}

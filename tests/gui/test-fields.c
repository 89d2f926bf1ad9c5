/* test-fields.c: what people type into the real fields, and what the plan
 * holds and the window shows afterwards: a refused entry never stands,
 * limits are said in the field's units, one finished edit is one undo */
#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hr-application.h"
#include "hr-comparison-page.h"
#include "hr-journey-page.h"
#include "hr-number-entry.h"
#include "hr-team-page.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

typedef GuiFixture Fixture;

static gboolean
shows_error (gpointer data)
{
  return hr_number_entry_get_error (data) != NULL;
}

static gboolean
shows_no_error (gpointer data)
{
  return hr_number_entry_get_error (data) == NULL;
}

/* The number field of @property on page @page's form, its item selected */
static HrNumberEntry *
team_field (Fixture    *f,
            guint       role,
            const char *property)
{
  HrTeamPage *team = HR_TEAM_PAGE (gui_test_show_page (f->window, "team", HR_TYPE_TEAM_PAGE));

  hr_item_list_select (hr_team_page_get_list (team), role);
  gui_test_iterate_idle ();
  return HR_NUMBER_ENTRY (hr_form_get_widget (hr_team_page_get_form (team), property));
}

static HrNumberEntry *
moment_field (Fixture    *f,
              const char *moment_id,
              const char *property)
{
  HrJourneyPage *journey = HR_JOURNEY_PAGE (gui_test_show_page (f->window, "journey", HR_TYPE_JOURNEY_PAGE));
  GListModel *moments = hr_plan_get_moments (f->plan);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrItem) moment = g_list_model_get_item (moments, i);
      if (g_str_equal (hr_item_get_id (moment), moment_id))
        hr_item_list_select (hr_journey_page_get_list (journey), i);
    }
  gui_test_iterate_idle ();
  return HR_NUMBER_ENTRY (hr_form_get_widget (hr_journey_page_get_form (journey), property));
}

static double
role_number (Fixture    *f,
             guint       role,
             const char *property)
{
  g_autoptr(HrRole) item = g_list_model_get_item (hr_plan_get_roles (f->plan), role);
  double value;

  g_object_get (item, property, &value, NULL);
  return value;
}

/* for gui_test_find_matching(): a label that says "inf" or "nan" */
static gboolean
says_not_a_number (GtkWidget     *widget,
                   gconstpointer  data)
{
  static GRegex *words;

  if (words == NULL)
    words = g_regex_new ("\\b(inf|infinity|nan)\\b", G_REGEX_CASELESS, 0, NULL);
  if (GTK_IS_INSCRIPTION (widget))
    return g_regex_match (words, gtk_inscription_get_text (GTK_INSCRIPTION (widget)) ?: "", 0, NULL);
  return GTK_IS_LABEL (widget) && g_regex_match (words, gtk_label_get_text (GTK_LABEL (widget)), 0, NULL);
}

static void
assert_no_inf_or_nan (Fixture *f)
{
  /* what the plan shows: the summary and the chart (a field's message
   * quotes what was typed, "inf" included) */
  GtkWidget *label = gui_test_find_matching (GTK_WIDGET (hr_window_get_summary (f->window)), says_not_a_number, NULL);

  if (label)
    g_error ("a label says “%s”", GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label))
                                                       : gtk_inscription_get_text (GTK_INSCRIPTION (label)));
  g_assert_false (g_regex_match_simple ("\\b(inf|nan)\\b",
                                        hr_chart_view_get_description (hr_window_get_chart_view (f->window)),
                                        G_REGEX_CASELESS, 0));
}

/* Shrinkage 12%: "150" typed slowly passes "15", which the plan shows
 * after the pause; the whole "150" is refused, and the plan is back at 12%,
 * never at 15%. Leaving the field shows 12 again, and why. */
static void
test_shrinkage_150 (Fixture *f, gconstpointer data)
{
  HrNumberEntry *field = team_field (f, 0, "shrinkage");
  GtkEditable *editable = hr_number_entry_get_editable (field);
  HrUndoStack *undo = hr_window_get_undo_stack (f->window);

  g_assert_cmpfloat (role_number (f, 0, "shrinkage"), ==, 0.12);
  /* (no focus: other test windows on the display may take it, and a
   * field that loses the focus finishes its edit, as it should) */
  gui_test_type (editable, "15");
  gui_test_wait (700);
  /* while typing, the plan shows the pause's value */
  g_assert_cmpfloat_with_epsilon (role_number (f, 0, "shrinkage"), 0.15, 1e-12);
  {
    int position = 2;
    gtk_editable_insert_text (editable, "0", 1, &position);
  }
  gui_test_iterate_until (shows_error, field);
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "150");
  g_assert_cmpstr (hr_number_entry_get_message (field), ==, "Must be less than 100%");
  g_assert_cmpfloat (role_number (f, 0, "shrinkage"), ==, 0.12);

  gui_test_press_enter (editable);
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "12");
  g_assert_cmpstr (hr_number_entry_get_message (field), ==, "Kept 12%: must be less than 100%");
  g_assert_cmpfloat (role_number (f, 0, "shrinkage"), ==, 0.12);
  /* nothing to undo: the plan is as it was */
  g_assert_false (hr_undo_stack_get_can_undo (undo));
  g_assert_false (hr_window_get_modified (f->window));
}

/* A finished edit is one step to undo, however many pauses it had */
static void
test_one_edit_per_commit (Fixture *f, gconstpointer data)
{
  HrNumberEntry *field = team_field (f, 0, "headcount");
  GtkEditable *editable = hr_number_entry_get_editable (field);
  HrUndoStack *undo = hr_window_get_undo_stack (f->window);

  /* (no focus: other test windows on the display may take it, and a
   * field that loses the focus finishes its edit, as it should) */
  gui_test_type (editable, "1");
  gui_test_wait (700);
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 1);
  gui_test_type (editable, "12");
  gui_test_wait (700);
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 12);
  gui_test_type (editable, "125");
  gui_test_wait (1200);   /* longer than undo used to group keystrokes */
  gui_test_press_enter (editable);
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 125);
  g_assert_null (hr_number_entry_get_message (field));

  hr_undo_stack_undo (undo);
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 8);
  g_assert_false (hr_undo_stack_get_can_undo (undo));
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "8");
  hr_undo_stack_redo (undo);
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 125);
}

/* A value past the app's limits, as a file may hold it, shows as it is
 * and stays when the field is passed through without typing */
static void
test_file_value_kept (Fixture *f, gconstpointer data)
{
  HrNumberEntry *field = team_field (f, 0, "headcount");
  HrNumberEntry *cost = team_field (f, 0, "cost-per-year");
  g_autoptr(HrRole) role = g_list_model_get_item (hr_plan_get_roles (f->plan), 0);

  g_object_set (role, "headcount", 250000.0, NULL);
  gui_test_iterate_idle ();
  g_assert_cmpstr (gtk_editable_get_text (hr_number_entry_get_editable (field)), ==, "250000");
  gtk_widget_grab_focus (GTK_WIDGET (field));
  gui_test_press_enter (hr_number_entry_get_editable (field));
  gtk_widget_grab_focus (GTK_WIDGET (cost));
  gui_test_iterate_idle ();
  g_assert_null (hr_number_entry_get_message (field));
  g_assert_cmpfloat (role_number (f, 0, "headcount"), ==, 250000);
  g_assert_cmpstr (gtk_editable_get_text (hr_number_entry_get_editable (field)), ==, "250000");
}

typedef struct {
  const char *where;      /* "team" role 0, or a moment id, or "plan" */
  const char *property;
  const char *typed;
  const char *message;    /* under the field once left */
  const char *first;      /* typed and kept before, or NULL */
} Refusal;

/* Each typed text is refused when the field is left: the plan keeps its
 * value, the field shows it again with the reason in its units */
static const Refusal refusals[] = {
  /* 12% */
  { "team", "shrinkage", "150", "Kept 12%: must be less than 100%" },
  /* 8 people */
  { "team", "headcount", "99999999999", "Kept 8 people: must be at most 100,000 people" },
  { "team", "headcount", "-1", "Kept 8 people: must be at least 0 people" },
  /* 135,000 a year */
  { "team", "cost-per-year", "1e308", "Kept 135,000 USD: must be at most 10,000,000 USD a year" },
  { "team", "cost-per-year", "1e309", "Kept 135,000 USD: must be at most 10,000,000 USD a year" },
  { "team", "hours-per-month", "800", "Kept 160 h / month: must be at most 744 h a month" },
  { "team", "hours-per-month", "0", "Kept 160 h / month: must be more than 0 h a month" },
  { "team", "lead-time-months", "1.5", "Kept 3 months: must be a whole number" },
  /* the business review repeats every 3 months */
  { "business-review", "every", "1.5", "Kept 3 months: must be a whole number" },
  { "business-review", "exec", "1,5", "Kept 1 h: “1,5” is not a number" },
  { "business-review", "prep", "inf", "Kept 1 h: “inf” is not a number" },
  { "business-review", "prep", "2000", "Kept 1 h: must be at most 1,000 h" },
  { "business-review", "at", "700", "Kept 3 months in: must be at most 600 months" },
  /* no end: the last month can't come before the first, month 3 */
  { "business-review", "until", "1", "Kept “No end”: must not be before the first occurrence, month 3" },
  /* the plan's horizon is 24 months */
  { "plan", "months", "100000", "Kept 24 months: must be at most 120 months" },
  { "plan", "months", "0", "Kept 24 months: must be at least 1 month" },
  /* one of a unit says it in the singular */
  { "team", "headcount", "abc", "Kept 1 person: “abc” is not a number", "1" },
  { "team", "lead-time-months", "1.5", "Kept 1 month: must be a whole number", "1" },
  { "business-review", "at", "700", "Kept 1 month in: must be at most 600 months", "1" },
  { "plan", "months", "0", "Kept 1 month: must be at least 1 month", "1" },
};

static void
test_refusals (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      const Refusal *r = &refusals[i];
      g_autofree char *before_text = NULL;
      g_autofree char *summary_cost = NULL;
      HrNumberEntry *field;
      GtkEditable *editable;
      HrItem *item;
      gboolean modified;
      GValue before = G_VALUE_INIT, after = G_VALUE_INIT;

      if (g_str_equal (r->where, "team"))
        field = team_field (f, 0, r->property);
      else if (g_str_equal (r->where, "plan"))
        field = HR_NUMBER_ENTRY (hr_form_get_widget (hr_window_get_plan_form (f->window), r->property));
      else
        field = moment_field (f, r->where, r->property);
      g_test_message ("%s.%s: “%s”", r->where, r->property, r->typed);
      item = hr_form_get_item (HR_FORM (gtk_widget_get_ancestor (GTK_WIDGET (field), HR_TYPE_FORM)));
      editable = hr_number_entry_get_editable (field);
      if (r->first)
        {
          gui_test_type (editable, r->first);
          gui_test_press_enter (editable);
          gui_test_iterate_idle ();
          g_assert_null (hr_number_entry_get_message (field));
        }
      modified = hr_window_get_modified (f->window);
      before_text = g_strdup (gtk_editable_get_text (editable));
      summary_cost = g_strdup (hr_summary_panel_get_text (hr_window_get_summary (f->window), "cost"));
      g_value_init (&before, G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (item),
                                                                                      r->property)));
      g_value_init (&after, G_VALUE_TYPE (&before));
      g_object_get_property (G_OBJECT (item), r->property, &before);

      gui_test_type (editable, r->typed);
      gui_test_iterate_until (shows_error, field);
      gui_test_press_enter (editable);
      gui_test_iterate_idle ();

      g_object_get_property (G_OBJECT (item), r->property, &after);
      g_assert_cmpint (g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (item), r->property),
                                           &before, &after), ==, 0);
      g_assert_cmpstr (gtk_editable_get_text (editable), ==, before_text);
      g_assert_cmpstr (hr_number_entry_get_message (field), ==, r->message);
      g_assert_cmpstr (hr_summary_panel_get_text (hr_window_get_summary (f->window), "cost"), ==, summary_cost);
      g_assert_cmpint (hr_window_get_modified (f->window), ==, modified);
      assert_no_inf_or_nan (f);
      g_value_unset (&before);
      g_value_unset (&after);
    }
}

/* A German user types "1,5" hours: the plan takes 1.5, the field says
 * "1,5"; the integer field refuses "1,5" months in words */
static void
test_german_decimal (Fixture *f, gconstpointer data)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  HrNumberEntry *exec, *every;
  g_autoptr(HrMoment) review = NULL;
  double value;
  int months;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_fail_printf ("the de_DE.UTF-8 locale is missing: run build-aux/install-deps.sh");
      return;
    }
  exec = moment_field (f, "business-review", "exec");
  review = g_object_ref (HR_MOMENT (hr_form_get_item (HR_FORM (gtk_widget_get_ancestor (GTK_WIDGET (exec),
                                                                                         HR_TYPE_FORM)))));
  gui_test_type (hr_number_entry_get_editable (exec), "1,5");
  gui_test_iterate_until (shows_no_error, exec);
  gui_test_press_enter (hr_number_entry_get_editable (exec));
  g_object_get (review, "exec", &value, NULL);
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_cmpstr (gtk_editable_get_text (hr_number_entry_get_editable (exec)), ==, "1,5");
  g_assert_null (hr_number_entry_get_message (exec));

  every = moment_field (f, "business-review", "every");
  gui_test_type (hr_number_entry_get_editable (every), "1,5");
  gui_test_iterate_until (shows_error, every);
  gui_test_press_enter (hr_number_entry_get_editable (every));
  g_object_get (review, "every", &months, NULL);
  g_assert_cmpint (months, ==, 3);
  g_assert_cmpstr (hr_number_entry_get_message (every), ==, "Kept 3 months: must be a whole number");

  setlocale (LC_NUMERIC, saved);
}

/* Typed text fields follow the same rule: a currency of "24" is refused
 * in the Plan popover, where it is typed, and the comparison never blames
 * a scenario for it; "eur" is taken as EUR */
static void
test_currency (Fixture *f, gconstpointer data)
{
  HrForm *form = hr_window_get_plan_form (f->window);
  GtkEditable *currency = GTK_EDITABLE (hr_form_get_widget (form, "currency"));
  HrComparisonPage *compare;

  gtk_menu_button_popup (GTK_MENU_BUTTON (hr_window_get_plan_button (f->window)));
  gui_test_iterate_idle ();
  gui_test_type (currency, "24");
  gui_test_wait (700);
  g_assert_cmpstr (hr_form_get_error (form, "currency"),
                   ==, "Must be a three-letter ISO 4217 code, such as USD or EUR");
  g_assert_cmpstr (hr_plan_get_currency (f->plan), ==, "USD");
  gui_test_press_enter (currency);
  g_assert_cmpstr (gtk_editable_get_text (currency), ==, "USD");
  g_assert_cmpstr (hr_form_get_error (form, "currency"),
                   ==, "Kept USD: must be a three-letter ISO 4217 code, such as USD or EUR");
  g_assert_cmpstr (hr_plan_get_currency (f->plan), ==, "USD");
  g_assert_false (hr_window_get_modified (f->window));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (hr_window_get_plan_button (f->window)));

  compare = HR_COMPARISON_PAGE (gui_test_show_page (f->window, "compare", HR_TYPE_COMPARISON_PAGE));
  g_assert_cmpuint (hr_comparison_page_get_n_columns (compare), ==, 5);
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));

  gui_test_type (currency, "eur");
  gui_test_press_enter (currency);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_plan_get_currency (f->plan), ==, "EUR");
  g_assert_cmpstr (gtk_editable_get_text (currency), ==, "EUR");
  g_assert_nonnull (strstr (hr_summary_panel_get_text (hr_window_get_summary (f->window), "cost"), "EUR"));
  hr_undo_stack_undo (hr_window_get_undo_stack (f->window));
  g_assert_cmpstr (hr_plan_get_currency (f->plan), ==, "USD");
}

/* A list with a value past its limit is refused whole */
static void
test_list_limit (Fixture *f, gconstpointer data)
{
  HrTeamPage *team = HR_TEAM_PAGE (gui_test_show_page (f->window, "team", HR_TYPE_TEAM_PAGE));
  HrForm *form = hr_team_page_get_form (team);
  GtkEditable *ramp;
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;

  hr_item_list_select (hr_team_page_get_list (team), 0);
  gui_test_iterate_idle ();
  ramp = GTK_EDITABLE (hr_form_get_widget (form, "ramp"));
  g_object_get (hr_form_get_item (form), "ramp", &before, NULL);
  gui_test_type (ramp, "25; 150");
  gui_test_press_enter (ramp);
  g_assert_cmpstr (hr_form_get_error (form, "ramp"), ==, "Kept 25; 50; 75: value 2 must be at most 100%");
  g_assert_cmpstr (gtk_editable_get_text (ramp), ==, "25; 50; 75");
  g_object_get (hr_form_get_item (form), "ramp", &after, NULL);
  g_assert_true (g_variant_equal (before, after));
  g_assert_false (hr_window_get_modified (f->window));
}

/* "First month" of the plan: a month, within the years a plan may take,
 * never after a planned hire */
static void
test_month (Fixture *f, gconstpointer data)
{
  HrForm *form = hr_window_get_plan_form (f->window);
  GtkEditable *start = GTK_EDITABLE (hr_form_get_widget (form, "start"));
  const struct { const char *typed; const char *message; } cases[] = {
    { "2027-13", "Kept 2027-01: enter a month as YYYY-MM, e.g. 2027-04" },
    { "1990-01", "Kept 2027-01: must be between 2000-01 and 2100-12" },
    { "2101-01", "Kept 2027-01: must be between 2000-01 and 2100-12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gui_test_type (start, cases[i].typed);
      gui_test_press_enter (start);
      g_assert_cmpstr (hr_form_get_error (form, "start"), ==, cases[i].message);
      g_assert_cmpint (hr_plan_get_start (f->plan), ==, 2027 * 12);
    }
  /* a plan starting after the first day of a planned hire is refused */
  {
    g_autoptr(HrHire) hire = hr_hire_new ("csm", 2027 * 12 + 3, 1);
    hr_plan_insert_item (f->plan, HR_ITEM (hire), 0);
  }
    {
      gui_test_type (start, "2030-01");
      gui_test_press_enter (start);
      g_assert_nonnull (strstr (hr_form_get_error (form, "start"), "must not be after the first day of a planned hire"));
      g_assert_cmpint (hr_plan_get_start (f->plan), ==, 2027 * 12);
    }
  gui_test_type (start, "2027-02");
  gui_test_press_enter (start);
  g_assert_null (hr_form_get_error (form, "start"));
  g_assert_cmpint (hr_plan_get_start (f->plan), ==, 2027 * 12 + 1);
}

static void
test_limit_words (void)
{
  const struct { const char *kind, *property; double value; const char *message; } cases[] = {
    { "role", "headcount", 100001, "must be at most 100,000 people" },
    { "role", "headcount", 100000, NULL },
    { "hire", "count", 0, "must be more than 0 people" },
    { "role", "span", 1001, "must be at most 1,000 people" },
    { "role", "target-load", 1.6, "must be at most 150%" },
    { "segment", "growth", 0.3, "must be at most 25% a month" },
    { "segment", "growth", -1, "must be more than -100% a month" },
    { "segment", "churn", 1.01, "must be at most 100% a year" },
    { "segment", "new-per-month", 2e6, "must be at most 1,000,000 accounts" },
    { "segment", "complexity", 0, "must be more than 0×" },
    { "moment", "every", 121, "must be at most 120 months" },
    { "cohort", "tenure", 601, "must be at most 600 months" },
    { "treatment", "group-size", 0.5, "must be at least 1 account" },
    { "role", "cost-per-year", INFINITY, "must be at most 10,000,000 USD a year" },
  };
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = hr_form_check_limit (plan, cases[i].kind, cases[i].property, cases[i].value);
      g_assert_cmpstr (message, ==, cases[i].message);
    }
}

static void
test_number_parse_overflow (void)
{
  double value = 0;

  g_assert_true (hr_number_parse ("1e309", &value));
  g_assert_true (isinf (value) && value > 0);
  g_assert_true (hr_number_parse ("1e308", &value));
  g_assert_cmpfloat (value, ==, 1e308);
  g_assert_false (hr_number_parse ("inf", &value));
  g_assert_false (hr_number_parse ("nan", &value));
  g_assert_false (hr_number_parse ("0x10", &value));
  {
    g_autofree char *shown = hr_number_format (INFINITY, 2);
    g_assert_cmpstr (shown, ==, "–");
  }
}

int
main (int argc, char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/fields/limit-words", test_limit_words);
  g_test_add_func ("/fields/number-parse-overflow", test_number_parse_overflow);
  g_test_add ("/fields/shrinkage-150", Fixture, NULL, gui_test_fixture_set_up, test_shrinkage_150, gui_test_fixture_tear_down);
  g_test_add ("/fields/one-edit-per-commit", Fixture, NULL, gui_test_fixture_set_up, test_one_edit_per_commit, gui_test_fixture_tear_down);
  g_test_add ("/fields/file-value-kept", Fixture, NULL, gui_test_fixture_set_up, test_file_value_kept, gui_test_fixture_tear_down);
  g_test_add ("/fields/refusals", Fixture, NULL, gui_test_fixture_set_up, test_refusals, gui_test_fixture_tear_down);
  g_test_add ("/fields/german-decimal", Fixture, NULL, gui_test_fixture_set_up, test_german_decimal, gui_test_fixture_tear_down);
  g_test_add ("/fields/currency", Fixture, NULL, gui_test_fixture_set_up, test_currency, gui_test_fixture_tear_down);
  g_test_add ("/fields/list-limit", Fixture, NULL, gui_test_fixture_set_up, test_list_limit, gui_test_fixture_tear_down);
  g_test_add ("/fields/month", Fixture, NULL, gui_test_fixture_set_up, test_month, gui_test_fixture_tear_down);
  return g_test_run ();
}

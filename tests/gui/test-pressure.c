/* test-pressure.c: the pressure test page on the real window shows the
 * engine's numbers for the sample plan, marks the tiers over the cost
 * threshold, and re-flags them when the preference changes */
#include "config.h"

#include <gtk/gtk.h>

#include "hr-application.h"
#include "hr-engine.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-pressure-page.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

typedef struct {
  HrPlan         *plan;
  HrWindow       *window;
  HrPressurePage *page;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = hr_plan_new_sample ();
  f->window = gui_test_present_window (f->plan);
  f->page = HR_PRESSURE_PAGE (gui_test_show_page (f->window, "pressure", HR_TYPE_PRESSURE_PAGE));
  g_assert_nonnull (f->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GSettings *settings = hr_application_get_settings ();

  if (settings)
    g_settings_reset (settings, "cost-share-warning");
  gui_test_destroy_window (f->window);
  g_assert_finalize_object (f->plan);
}

/* every row as the engine computes it for @t, flags included */
static void
assert_rows (Fixture *f,
             guint    t,
             double   threshold)
{
  HrForecast *forecast = hr_document_get_forecast (hr_window_get_document (f->window));
  const char *currency = hr_forecast_get_currency (forecast);
  g_autoptr(GArray) tiers = hr_pressure_test (forecast, t, threshold);
  HrTierPressure team = hr_pressure_total (tiers, threshold);

  g_assert_cmpuint (hr_pressure_page_get_n_rows (f->page), ==, tiers->len + 1);
  g_array_append_val (tiers, team);
  for (guint i = 0; i < tiers->len; i++)
    {
      const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, i);
      g_autofree char *accounts = hr_format_number (p->accounts, 0);
      g_autofree char *arr = hr_format_money (p->arr, currency);
      g_autofree char *needed = hr_format_number (p->fte_ruled, 1);
      g_autofree char *granted = hr_format_number (p->fte_top_down, 1);
      g_autofree char *per_person = hr_format_number (p->accounts_per_fte, 0);
      g_autofree char *cost = hr_format_money (p->cost_to_serve, currency);
      g_autofree char *share = hr_format_percent (p->cost_share, 1);
      g_autofree char *reason = hr_pressure_describe_tier (forecast, p, threshold);

      g_test_message ("row %u", i);
      if (i + 1 < tiers->len)
        g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_TIER), ==,
                         hr_forecast_get_segment_name (forecast, i));
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_ACCOUNTS), ==, accounts);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_ARR), ==, arr);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_NEEDED), ==, needed);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_GRANTED), ==, granted);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_ACCOUNTS_PER_FTE), ==, per_person);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_COST), ==, cost);
      g_assert_cmpstr (hr_pressure_page_get_cell (f->page, i, HR_PRESSURE_COLUMN_SHARE), ==, share);
      g_assert_cmpstr (hr_pressure_page_get_reason (f->page, i), ==, reason);
      g_assert_cmpint (hr_pressure_page_get_flagged (f->page, i), ==, p->over_threshold);
    }
}

static void
set_threshold (Fixture *f,
               double   threshold)
{
  GSettings *settings = hr_application_get_settings ();

  /* through the preference when the schema is there, as the preferences
   * dialog does */
  if (settings)
    g_settings_set_double (settings, "cost-share-warning", threshold);
  else
    hr_pressure_page_set_threshold (f->page, threshold);
  gui_test_iterate_idle ();
  g_assert_cmpfloat (hr_pressure_page_get_threshold (f->page), ==, threshold);
}

/* the sample plan at its end: mid-market costs 21% of its ARR, above the
 * default 15%; the page says so in its summary and marks that row */
static void
test_numbers (Fixture *f, gconstpointer data)
{
  HrForecast *forecast = hr_document_get_forecast (hr_window_get_document (f->window));
  guint last = hr_forecast_get_n_months (forecast) - 1;
  int mid = hr_forecast_find_segment (forecast, "mid-market");
  g_autofree char *summary = hr_pressure_summary (forecast, last, 0.15);

  g_assert_cmpfloat (hr_pressure_page_get_threshold (f->page), ==, 0.15);
  assert_rows (f, last, 0.15);
  g_assert_true (hr_pressure_page_get_flagged (f->page, mid));
  g_assert_cmpstr (hr_pressure_page_get_summary (f->page), ==, summary);

  /* the first month, by the Now button's action */
  hr_pressure_page_set_month (f->page, 0);
  gui_test_iterate_idle ();
  assert_rows (f, 0, 0.15);
}

/* a higher threshold clears the flag, a lower one flags enterprise too */
static void
test_threshold (Fixture *f, gconstpointer data)
{
  HrForecast *forecast = hr_document_get_forecast (hr_window_get_document (f->window));
  guint last = hr_forecast_get_n_months (forecast) - 1;
  int mid = hr_forecast_find_segment (forecast, "mid-market");
  int enterprise = hr_forecast_find_segment (forecast, "enterprise");

  /* the build's schema is found: the page follows the preference */
  if (g_getenv ("GSETTINGS_SCHEMA_DIR"))
    g_assert_nonnull (hr_application_get_settings ());
  set_threshold (f, 0.25);
  assert_rows (f, last, 0.25);
  g_assert_false (hr_pressure_page_get_flagged (f->page, mid));

  set_threshold (f, 0.07);
  assert_rows (f, last, 0.07);
  g_assert_true (hr_pressure_page_get_flagged (f->page, mid));
  g_assert_true (hr_pressure_page_get_flagged (f->page, enterprise));
}

/* an edit of the plan shows at once: more mid-market accounts each month */
static void
test_follows_plan (Fixture *f, gconstpointer data)
{
  HrForecast *forecast;
  HrSegment *mid = hr_plan_find_segment (f->plan, "mid-market");

  g_assert_nonnull (mid);
  g_object_set (mid, "new-per-month", 9.0, NULL);
  gui_test_iterate_idle ();
  forecast = hr_document_get_forecast (hr_window_get_document (f->window));
  assert_rows (f, hr_forecast_get_n_months (forecast) - 1, 0.15);
}

/* the year and month drop-downs, in the order they are shown */
static void
find_pickers (GtkWidget    *root,
              GtkDropDown **pickers,
              guint        *n)
{
  if (GTK_IS_DROP_DOWN (root) && *n < 2)
    pickers[(*n)++] = GTK_DROP_DOWN (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    find_pickers (child, pickers, n);
}

/* a year and a month of it, never a list of every month: the sample plan
 * runs 2027-01 to 2028-12; the page opens at its end */
static void
test_month_picker (Fixture *f, gconstpointer data)
{
  GtkDropDown *pickers[2] = { NULL, NULL };
  guint n = 0;
  GListModel *years, *months;

  find_pickers (GTK_WIDGET (f->page), pickers, &n);
  g_assert_cmpuint (n, ==, 2);
  years = gtk_drop_down_get_model (pickers[0]);
  months = gtk_drop_down_get_model (pickers[1]);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 0), ==, "2027");
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 12);
  g_assert_cmpuint (gtk_drop_down_get_selected (pickers[0]), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (pickers[1]), ==, 11);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (months), 11), ==, "December");

  /* 2027: the same calendar month, December 2027, month 11 */
  gtk_drop_down_set_selected (pickers[0], 0);
  gui_test_iterate_idle ();
  g_assert_cmpint (hr_pressure_page_get_month (f->page), ==, 11);
  assert_rows (f, 11, 0.15);
  /* March 2027 */
  gtk_drop_down_set_selected (pickers[1], 2);
  gui_test_iterate_idle ();
  g_assert_cmpint (hr_pressure_page_get_month (f->page), ==, 2);
  /* the Now button's month shows in both */
  hr_pressure_page_set_month (f->page, 0);
  gui_test_iterate_idle ();
  g_assert_cmpuint (gtk_drop_down_get_selected (pickers[0]), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (pickers[1]), ==, 0);
  /* a horizon that ends in March 2028: 2028 lists three months */
  g_object_set (f->plan, "months", 15, NULL);
  gui_test_iterate_idle ();
  gtk_drop_down_set_selected (pickers[0], 1);
  gui_test_iterate_idle ();
  months = gtk_drop_down_get_model (pickers[1]);
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 3);
  /* January 2028 is month 12 */
  g_assert_cmpint (hr_pressure_page_get_month (f->page), ==, 12);
}

int
main (int    argc,
      char **argv)
{
  /* the compiled schema of the build, so the pages follow the settings */
  if (!gui_test_init_with_settings (&argc, &argv))
    return 0;
  g_test_add ("/gui/pressure/numbers", Fixture, NULL, fixture_set_up, test_numbers, fixture_tear_down);
  g_test_add ("/gui/pressure/threshold", Fixture, NULL, fixture_set_up, test_threshold, fixture_tear_down);
  g_test_add ("/gui/pressure/month-picker", Fixture, NULL, fixture_set_up, test_month_picker, fixture_tear_down);
  g_test_add ("/gui/pressure/follows-plan", Fixture, NULL, fixture_set_up, test_follows_plan, fixture_tear_down);
  return g_test_run ();
}

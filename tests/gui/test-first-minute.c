/* test-first-minute.c: a new user's first minute, through the real window:
 * a new plan, the first tier and moment, coverage, export */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hr-application.h"
#include "hr-choices.h"
#include "hr-tiers-page.h"
#include "hr-window.h"
#include "gui-test-helpers.h"

typedef GuiFixture Fixture;

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The widget with the keyboard focus is @widget or inside it */
static gboolean
has_focus_within (HrWindow  *window,
                  GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Ctrl+N: one role of customer success managers, a chart that forecasts,
 * no error anywhere, and the first step to take above the chart */
static void
test_new_plan (Fixture *f, gconstpointer data)
{
  GtkWidget *title = gui_test_find_matching (GTK_WIDGET (f->window), gui_test_is_label, "Start with your customers");
  GtkWidget *button = gui_test_find_matching (GTK_WIDGET (f->window), is_button_labelled, "Add a Tier");
  HrTiersPage *tiers;
  HrSummaryPanel *summary = hr_window_get_summary (f->window);
  g_autoptr(HrRole) role = NULL;
  GtkWidget *name;

  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_roles (f->plan)), ==, 1);
  role = g_list_model_get_item (hr_plan_get_roles (f->plan), 0);
  g_assert_cmpstr (hr_role_get_name (role), ==, "Customer Success Managers");
  g_assert_cmpuint (hr_plan_get_months (f->plan), ==, 24);
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));
  g_assert_null (hr_window_get_error (f->window));
  g_assert_false (hr_window_get_modified (f->window));
  /* the summary reads plain: a team of one, no month peaks */
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "effective-now"), ==, "1");
  g_assert_cmpstr (hr_summary_panel_get_text (summary, "peak-month"), ==, "—");
  g_assert_true (title && gtk_widget_is_drawable (title));
  g_assert_true (button && gtk_widget_is_drawable (button));

  /* the first step: a tier, its name ready to type */
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_segments (f->plan)), ==, 1);
  /* pages are built on their first visit: the button built this one */
  tiers = HR_TIERS_PAGE (hr_window_get_page (f->window, "tiers"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tiers)));
  name = hr_form_get_widget (hr_tiers_page_get_form (tiers), "name");
  g_assert_true (has_focus_within (f->window, name));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "New tier");
  gui_test_type (GTK_EDITABLE (name), "SMB");
  {
    g_autoptr(HrSegment) tier = g_list_model_get_item (hr_plan_get_segments (f->plan), 0);
    g_assert_cmpstr (hr_segment_get_name (tier), ==, "SMB");
  }

  /* then the journey */
  g_assert_nonnull (gui_test_find_matching (GTK_WIDGET (f->window), gui_test_is_label, "Design the journey"));
  button = gui_test_find_matching (GTK_WIDGET (f->window), is_button_labelled, "Add a Moment");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_moments (f->plan)), ==, 1);
  /* a plan with customers and a journey needs no first step */
  g_assert_false (gtk_widget_is_drawable (title));
  g_assert_null (hr_document_get_forecast_error (hr_window_get_document (f->window)));
}

/* Add tier with the form scrolled down: the new tier's name is in view,
 * focused and selected to type over */
static void
test_add_tier_focus (Fixture *f, gconstpointer data)
{
  HrTiersPage *tiers = HR_TIERS_PAGE (gui_test_show_page (f->window, "tiers", HR_TYPE_TIERS_PAGE));
  HrForm *form = hr_tiers_page_get_form (tiers);
  GtkWidget *name = hr_form_get_widget (form, "name");
  GtkWidget *scrolled = gtk_widget_get_ancestor (name, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  hr_item_list_select (hr_tiers_page_get_list (tiers), 0);
  gui_test_iterate_idle ();
  gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v));
  gui_test_iterate_idle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (v), >, 100);

  hr_item_list_add (hr_tiers_page_get_list (tiers));
  gui_test_iterate_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (hr_plan_get_segments (f->plan)), ==, 4);
  g_assert_true (hr_form_get_item (form) == hr_item_list_get_selected (hr_tiers_page_get_list (tiers)));
  /* (its text is selected too, to type over, while the window is the
   * active one: other windows of tests running at once may take that) */
  g_assert_true (has_focus_within (f->window, name));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "New tier");
  /* within what the scrolled window shows */
  g_assert_true (gtk_widget_compute_bounds (name, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled));
}

typedef struct {
  const char *moment;
  const char *mode;
  double      factor;
  double      group_size;
} Treatment;

static void
assert_treatments (HrPlan          *plan,
                   const char      *segment,
                   const Treatment *expected,
                   guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      HrMoment *moment = hr_plan_find_moment (plan, expected[i].moment);
      HrTreatment *treatment = hr_moment_get_treatment (moment, segment);
      g_autofree char *mode = NULL;

      if (treatment)
        g_object_get (treatment, "mode", &mode, NULL);
      g_test_message ("%s for %s", expected[i].moment, segment);
      g_assert_cmpstr (mode ? mode : "one_to_one", ==, expected[i].mode);
      if (g_str_equal (expected[i].mode, "one_to_one"))
        g_assert_cmpfloat (treatment ? hr_treatment_get_factor (treatment) : 1, ==, expected[i].factor);
      if (g_str_equal (expected[i].mode, "one_to_many"))
        g_assert_cmpfloat (hr_treatment_get_group_size (treatment), ==, expected[i].group_size);
    }
}

/* Coverage "Tech touch" on Mid-market: the usual tech-touch treatments
 * for the moments it had one-to-one; the two it has at half the hours
 * (set by hand) stay; one undo takes it all back */
static void
test_tech_touch (Fixture *f, gconstpointer data)
{
  HrTiersPage *tiers = HR_TIERS_PAGE (gui_test_show_page (f->window, "tiers", HR_TYPE_TIERS_PAGE));
  HrForm *form = hr_tiers_page_get_form (tiers);
  GtkDropDown *coverage = GTK_DROP_DOWN (hr_form_get_widget (form, "touch"));
  static const Treatment tech[] = {
    { "welcome", "digital" },
    { "kickoff", "one_to_many", 1, 20 },
    { "onboarding-session", "one_to_many", 1, 20 },
    { "first-value", "digital" },
    { "value-block", "one_to_many", 1, 20 },
    { "sharing-insights", "digital" },
    { "business-review", "one_to_one", 0.5 },   /* set by hand: stays */
    { "renewal-prep", "one_to_one", 0.5 },      /* set by hand: stays */
    { "health-check", "digital" },
  };
  static const Treatment before[] = {
    { "welcome", "one_to_one", 1 },
    { "kickoff", "one_to_one", 1 },
    { "value-block", "one_to_one", 1 },
    { "business-review", "one_to_one", 0.5 },
    { "health-check", "one_to_one", 1 },
  };
  g_autofree char *touch = NULL;

  hr_item_list_select (hr_tiers_page_get_list (tiers), 1);
  gui_test_iterate_idle ();
  g_assert_cmpstr (hr_segment_get_name (HR_SEGMENT (hr_form_get_item (form))), ==, "Mid-market");
  assert_treatments (f->plan, "mid-market", before, G_N_ELEMENTS (before));
  gtk_drop_down_set_selected (coverage, 2);
  gui_test_iterate_idle ();
  g_object_get (hr_form_get_item (form), "touch", &touch, NULL);
  g_assert_cmpstr (touch, ==, "tech");
  assert_treatments (f->plan, "mid-market", tech, G_N_ELEMENTS (tech));
  g_assert_cmpstr (hr_form_get_error (form, "touch"), ==,
                   "7 moments now reach this tier digitally, one-to-many or not at all. "
                   "2 moments set by hand stay as they were. See Service by tier; Ctrl+Z takes it back.");

  hr_undo_stack_undo (hr_window_get_undo_stack (f->window));
  gui_test_iterate_idle ();
  g_clear_pointer (&touch, g_free);
  g_object_get (hr_form_get_item (form), "touch", &touch, NULL);
  g_assert_cmpstr (touch, ==, "mid");
  assert_treatments (f->plan, "mid-market", before, G_N_ELEMENTS (before));
  g_assert_false (hr_window_get_modified (f->window));

  /* Scale is served as tech touch usually is: high touch makes it all one-to-one */
  hr_item_list_select (hr_tiers_page_get_list (tiers), 2);
  gui_test_iterate_idle ();
  gtk_drop_down_set_selected (coverage, 0);
  gui_test_iterate_idle ();
  {
    static const Treatment high[] = {
      { "welcome", "one_to_one", 1 }, { "kickoff", "one_to_one", 1 }, { "business-review", "one_to_one", 1 },
      { "renewal-prep", "one_to_one", 1 }, { "health-check", "one_to_one", 1 },
    };
    assert_treatments (f->plan, "scale", high, G_N_ELEMENTS (high));
    g_assert_cmpstr (hr_form_get_error (form, "touch"), ==,
                     "9 moments now reach this tier one-to-one. See Service by tier; Ctrl+Z takes it back.");
  }
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

/* The export's name follows the format chosen; the dialog remembers the
 * format and the folder, and the window says where the file went */
static void
test_export (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-export-XXXXXX", NULL);
  g_autofree char *chosen = g_build_filename (dir, "x.png", NULL);
  g_autofree char *written = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *doubled = g_build_filename (dir, "x.png.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autofree char *contents = NULL;
  GtkWidget *dialog = hr_window_show_export (f->window);
  GtkWidget *format = gui_test_find_matching (dialog, is_drop_down, NULL);
  static const struct { const char *path, *extension, *expected; } names[] = {
    { "/tmp/x.png", "pdf", "/tmp/x.pdf" },
    { "/tmp/x.pdf", "pdf", "/tmp/x.pdf" },
    { "/tmp/x.PDF", "pdf", "/tmp/x.PDF" },
    { "/tmp/x", "svg", "/tmp/x.svg" },
    { "/tmp/plan v1.final", "png", "/tmp/plan v1.final.png" },
    { "/tmp/table.csv", "png", "/tmp/table.png" },
    { "/tmp/effort.svg", "csv", "/tmp/effort.csv" },
    { "/tmp/.png", "pdf", "/tmp/.png.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = hr_window_export_path (names[i].path, names[i].extension);
      g_assert_cmpstr (path, ==, names[i].expected);
    }

  gui_test_iterate_idle ();
  g_assert_nonnull (format);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (format), 1);   /* PDF document */
  hr_window_export_dialog_finish (dialog, file);
  gui_test_iterate_idle ();
  g_assert_true (g_file_get_contents (written, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_false (g_file_test (chosen, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (doubled, G_FILE_TEST_EXISTS));
  g_assert_null (hr_window_get_error (f->window));
  g_assert_nonnull (hr_window_get_notice (f->window));
  g_assert_nonnull (strstr (hr_window_get_notice (f->window), "Exported “x.pdf” to "));
  g_assert_nonnull (strstr (hr_window_get_notice (f->window), dir));

  /* the next export starts where this one ended */
  folder = hr_window_dup_export_folder ();
  g_assert_true (folder && g_file_equal (folder, dir_file));
  dialog = hr_window_show_export (f->window);
  gui_test_iterate_idle ();
  format = gui_test_find_matching (dialog, is_drop_down, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (format)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_unlink (written);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add ("/first-minute/new-plan", Fixture, hr_window_new_plan, gui_test_fixture_set_up, test_new_plan, gui_test_fixture_tear_down);
  g_test_add ("/first-minute/add-tier-focus", Fixture, NULL, gui_test_fixture_set_up, test_add_tier_focus, gui_test_fixture_tear_down);
  g_test_add ("/first-minute/tech-touch", Fixture, NULL, gui_test_fixture_set_up, test_tech_touch, gui_test_fixture_tear_down);
  g_test_add ("/first-minute/export", Fixture, NULL, gui_test_fixture_set_up, test_export, gui_test_fixture_tear_down);
  return g_test_run ();
}

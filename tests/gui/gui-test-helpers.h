/* gui-test-helpers.h: the sample plan in a real window, for widget tests */
#pragma once

#include <gtk/gtk.h>
#include <locale.h>

#include "hr-application.h"
#include "hr-window.h"

/* Runs the main loop until it has been idle a while: recomputes and
 * redraws are done */
static inline void
gui_test_iterate_idle (void)
{
  for (int i = 0; i < 30; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Types @text into @editable a character at a time, as a person does
 * who selected what was there: one "changed" per key, in one main-loop
 * turn as from a fast typist */
static inline void
gui_test_type (GtkEditable *editable,
               const char  *text)
{
  gtk_editable_delete_text (editable, 0, -1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int position = g_utf8_strlen (gtk_editable_get_text (editable), -1);
      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
    }
}

/* Runs the main loop for @msec: longer than the pause after which a
 * field takes what was typed (under half a second), whatever the load */
static inline void
gui_test_wait (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Enter in a field */
static inline void
gui_test_press_enter (GtkEditable *editable)
{
  g_signal_emit_by_name (editable, "activate");
}

/* Runs the main loop until the window's document has no result on its
 * way (heavy results arrived) and nothing is left to do */
static inline void
gui_test_wait_results (HrWindow *window)
{
  HrDocument *document = hr_window_get_document (window);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gui_test_iterate_idle ();
  while (document && hr_document_is_busy (document))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  gui_test_iterate_idle ();
}

/* Closes @window once its document has finished its work, so that the
 * plan it shows can be finalized */
static inline void
gui_test_destroy_window (HrWindow *window)
{
  gui_test_wait_results (window);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate_idle ();
}

/* The first widget in @root's tree (depth first) that @match accepts */
static inline GtkWidget *
gui_test_find_matching (GtkWidget     *root,
                        gboolean     (*match) (GtkWidget *widget, gconstpointer data),
                        gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_matching (child, match, data);
      if (found)
        return found;
    }
  return NULL;
}

static inline gboolean
gui_test_is_type (GtkWidget     *widget,
                  gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* for gui_test_find_matching(): a label showing @text */
static inline gboolean
gui_test_is_label (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* for gui_test_find_matching(): a scrolled window that scrolls sideways
 * by its own scroll bar */
static inline gboolean
gui_test_scrolls_sideways (GtkWidget     *widget,
                           gconstpointer  data)
{
  GtkPolicyType h;

  if (!GTK_IS_SCROLLED_WINDOW (widget))
    return FALSE;
  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &h, NULL);
  return h == GTK_POLICY_AUTOMATIC || h == GTK_POLICY_ALWAYS;
}

/* The first widget of @type in @root's tree, or NULL */
static inline GtkWidget *
gui_test_find_widget (GtkWidget *root,
                      GType      type)
{
  return gui_test_find_matching (root, gui_test_is_type, GSIZE_TO_POINTER (type));
}

/* A window on @plan, shown and mapped within 5 s */
static inline HrWindow *
gui_test_present_window (HrPlan *plan)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  HrWindow *window = hr_window_new (NULL, plan, NULL);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  gui_test_iterate_idle ();
  return window;
}

/* Runs the main loop until @done says so, within 5 s */
static inline void
gui_test_iterate_until (gboolean (*done) (gpointer),
                        gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A plan in a real window, for g_test_add(): the sample plan, or the plan
 * that the test data (an HrPlan *(*) (void)) makes */
typedef struct {
  HrPlan   *plan;
  HrWindow *window;
} GuiFixture;

typedef HrPlan *(*GuiPlanFunc) (void);

static inline void
gui_test_fixture_set_up (GuiFixture    *f,
                         gconstpointer  data)
{
  f->plan = data ? ((GuiPlanFunc) data) () : hr_plan_new_sample ();
  f->window = gui_test_present_window (f->plan);
}

/* Closes the window; the plan must go with it */
static inline void
gui_test_fixture_tear_down (GuiFixture    *f,
                            gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_iterate_idle ();
  g_assert_finalize_object (f->plan);
}

/* Shows page @name of @window through its action and returns the page's
 * widget of @type */
static inline GtkWidget *
gui_test_show_page (HrWindow   *window,
                    const char *name,
                    GType       type)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string (name));
  gui_test_iterate_idle ();
  return gui_test_find_widget (GTK_WIDGET (window), type);
}

/* Starts a widget test that needs the preferences: the C locale, the
 * build's compiled settings schema (in-memory, by the test environment)
 * and a display. Without a display it prints TAP's skip and returns FALSE. */
static inline gboolean
gui_test_init_with_settings (int    *argc,
                             char ***argv)
{
  g_autofree char *schemas = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, NULL);
  schemas = g_test_build_filename (G_TEST_BUILT, "..", "data", NULL);
  if (g_file_test (schemas, G_FILE_TEST_IS_DIR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  return TRUE;
}

/* Starts a widget test of real windows: a private list of recent files,
 * the C locale, the app's style and a display. Without a display it
 * prints TAP's skip and returns FALSE. */
static inline gboolean
gui_test_init (int    *argc,
               char ***argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("headroom-data-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  hr_application_load_style ();
  return TRUE;
}

/* for gui_test_find_matching(): a button labelled @label */
static inline gboolean
gui_test_is_button_labelled (GtkWidget     *widget,
                             gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Presses the button whose label (with its mnemonic) is @label */
static inline void
gui_test_press (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button = gui_test_find_matching (root, gui_test_is_button_labelled, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate_idle ();
}

/* With HR_TEST_SCREENSHOTS=DIR, what the window shows, for a person to look at */
static inline void
gui_test_screenshot (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("HR_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int w, h;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

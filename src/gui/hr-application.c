/* hr-application.c: the Headroom application: one window per plan */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-application.h"
#include "hr-preferences.h"
#include "hr-recovery.h"

struct _HrApplication
{
  GtkApplication parent_instance;

  GPtrArray     *recovery;   /* plans left by an earlier run, until offered */
};

G_DEFINE_FINAL_TYPE (HrApplication, hr_application, GTK_TYPE_APPLICATION)

GSettings *
hr_application_get_settings (void)
{
  static GSettings *settings;
  static gsize checked;

  if (g_once_init_enter (&checked))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

      /* without the schema (an uninstalled run) the key file below keeps
       * the last plan, and preferences keep their defaults */
      if (schema && g_settings_schema_has_key (schema, "last-file")
          && g_settings_schema_has_key (schema, "chart-theme"))
        settings = g_settings_new (APP_ID);
      g_once_init_leave (&checked, 1);
    }
  return settings;
}

void
hr_application_apply_setting (gpointer    object,
                              const char *property,
                              const char *key,
                              gboolean    follow)
{
  GSettings *settings = hr_application_get_settings ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_if_fail (G_IS_OBJECT (object));

  if (settings == NULL)
    return;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return;
  g_settings_bind (settings, key, object, property, G_SETTINGS_BIND_GET);
  if (!follow)
    g_settings_unbind (object, property);
}

static GSettings *
app_settings (void)
{
  GSettings *settings = hr_application_get_settings ();
  return settings ? g_object_ref (settings) : NULL;
}

static char *
state_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "headroom", "state.ini", NULL);
}

GFile *
hr_application_dup_last_file (void)
{
  g_autoptr(GSettings) settings = app_settings ();
  g_autofree char *uri = NULL;

  if (settings)
    uri = g_settings_get_string (settings, "last-file");
  else
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autofree char *path = state_path ();
      if (g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, NULL))
        uri = g_key_file_get_string (keyfile, "state", "last-file", NULL);
    }
  if (uri == NULL || *uri == '\0')
    return NULL;
  return g_file_new_for_uri (uri);
}

void
hr_application_note_file (GFile *file)
{
  g_autoptr(GSettings) settings = app_settings ();
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (settings)
    g_settings_set_string (settings, "last-file", uri);
  else
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autofree char *path = state_path ();
      g_autofree char *dir = g_path_get_dirname (path);

      g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, NULL);
      g_key_file_set_string (keyfile, "state", "last-file", uri);
      g_mkdir_with_parents (dir, 0700);
      g_key_file_save_to_file (keyfile, path, NULL);
    }
}

void
hr_application_load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || gdk_display_get_default () == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/headroom/Headroom/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The first window asks about plans an earlier run left unsaved */
static void
offer_recovery (HrApplication *self,
                HrWindow      *window)
{
  if (self->recovery == NULL)
    return;
  hr_recovery_offer (window, g_steal_pointer (&self->recovery));
}

static HrWindow *
new_window (GtkApplication *application,
            HrPlan         *plan,
            GFile          *file)
{
  HrWindow *window = hr_window_new (application, plan, file);

  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (HR_APPLICATION (application), window);
  return window;
}

void
hr_application_open_file (GtkApplication *application,
                          HrWindow       *window,
                          GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;

  /* a table (a time log, a CRM export) is imported into the plan open */
  if (window == NULL && HR_IS_WINDOW (gtk_application_get_active_window (application)))
    {
      g_autofree char *name = g_file_get_basename (file);

      if (name && !g_str_has_suffix (name, ".headroom"))
        window = HR_WINDOW (gtk_application_get_active_window (application));
    }
  if (window && hr_window_import_table (window, file))
    return;
  plan = hr_plan_load_file (file, NULL, &error);
  if (plan == NULL)
    {
      if (window == NULL)
        {
          g_autoptr(HrPlan) sample = hr_plan_new_sample ();
          window = new_window (application, sample, NULL);
        }
      hr_window_show_error (window, error->message);
      return;
    }
  hr_application_note_file (file);
  if (window && !hr_window_get_modified (window))
    {
      hr_window_set_plan (window, plan, file);
      hr_window_show_error (window, NULL);
      hr_window_update_recent (window);
      return;
    }
  window = new_window (application, plan, file);
  hr_window_update_recent (window);
}

static void
hr_application_activate (GApplication *application)
{
  g_autoptr(GFile) last = hr_application_dup_last_file ();
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (active)
    {
      gtk_window_present (active);
      return;
    }
  if (last && (plan = hr_plan_load_file (last, NULL, &error)))
    {
      new_window (GTK_APPLICATION (application), plan, last);
      return;
    }
  g_clear_object (&plan);
  plan = hr_plan_new_sample ();
  {
    HrWindow *window = new_window (GTK_APPLICATION (application), plan, NULL);
    if (error && !g_error_matches (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO))
      hr_window_show_error (window, error->message);
  }
}

static void
hr_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    hr_application_open_file (GTK_APPLICATION (application), NULL, files[i]);
}

/* --- windows: size, recovery --- */

static void
hr_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  GSettings *settings = hr_application_get_settings ();
  g_autoptr(GVariant) width = settings ? g_settings_get_user_value (settings, "window-width") : NULL;

  GTK_APPLICATION_CLASS (hr_application_parent_class)->window_added (application, window);
  if (!HR_IS_WINDOW (window))
    return;
  /* the size the user left, else the window's own default */
  if (width)
    {
      gtk_window_set_default_size (window, g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (window);
    }
  hr_recovery_attach (HR_WINDOW (window));
}

static void
hr_application_window_removed (GtkApplication *application,
                               GtkWindow      *window)
{
  GSettings *settings = hr_application_get_settings ();
  HrRecovery *recovery = g_object_get_data (G_OBJECT (window), "hr-recovery");

  if (HR_IS_WINDOW (window) && settings)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (width > 0 && height > 0 && !gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }
  /* a clean close: the edits were saved or discarded */
  if (recovery)
    hr_recovery_finish (recovery);
  GTK_APPLICATION_CLASS (hr_application_parent_class)->window_removed (application, window);
}

/* --- app actions --- */

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  const char *developers[] = { _("The Headroom authors"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (data),
                         "program-name", _("Headroom"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Capacity planning for Customer Success teams"),
                         "website", "https://github.com/headroom-app/headroom",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: your names, one a line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_preferences_show (gtk_application_get_active_window (data));
}

/* For the recovery test: an edit through the undo stack, as the pages make.
 * Only there when HEADROOM_TEST_ACTIONS is set. */
static void
test_rename_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (data);

  if (HR_IS_WINDOW (window))
    hr_undo_stack_set (hr_window_get_undo_stack (HR_WINDOW (window)), hr_window_get_plan (HR_WINDOW (window)),
                       "name", g_variant_get_string (param, NULL), NULL);
}

/* closes the window as its close button does, unsaved question included */
static void
test_close_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (data);

  if (window)
    gtk_window_close (window);
}

static const GActionEntry app_entries[] = {
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static const GActionEntry test_entries[] = {
  { "test-rename", test_rename_activated, "s" },
  { "test-close", test_close_activated },
};

static void
hr_application_startup (GApplication *application)
{
  HrApplication *self = HR_APPLICATION (application);
  static const char *present_accels[] = { "F5", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };

  G_APPLICATION_CLASS (hr_application_parent_class)->startup (application);
  hr_application_load_style ();
  gtk_window_set_default_icon_name (APP_ID);
  /* before any window writes its own */
  self->recovery = hr_recovery_list ();
  if (self->recovery->len == 0)
    g_clear_pointer (&self->recovery, g_ptr_array_unref);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_entries, G_N_ELEMENTS (app_entries), application);
  if (g_getenv ("HEADROOM_TEST_ACTIONS"))
    g_action_map_add_action_entries (G_ACTION_MAP (application), test_entries, G_N_ELEMENTS (test_entries), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.present", present_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.print", print_accels);
}

static void
hr_application_dispose (GObject *object)
{
  HrApplication *self = HR_APPLICATION (object);

  g_clear_pointer (&self->recovery, g_ptr_array_unref);
  G_OBJECT_CLASS (hr_application_parent_class)->dispose (object);
}

static void
hr_application_class_init (HrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = hr_application_dispose;
  app_class->activate = hr_application_activate;
  app_class->open = hr_application_open;
  app_class->startup = hr_application_startup;
  gtk_app_class->window_added = hr_application_window_added;
  gtk_app_class->window_removed = hr_application_window_removed;
}

static void
hr_application_init (HrApplication *self)
{
}

HrApplication *
hr_application_new (void)
{
  return g_object_new (HR_TYPE_APPLICATION, "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN, NULL);
}

/* hr-application.c: the Headroom application: one window per plan */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-application.h"

struct _HrApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (HrApplication, hr_application, GTK_TYPE_APPLICATION)

/* GSettings when the schema is installed, else a small key file */
static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "last-file"))
    return NULL;
  return g_settings_new (APP_ID);
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

static HrWindow *
new_window (GtkApplication *application,
            HrPlan         *plan,
            GFile          *file)
{
  HrWindow *window = hr_window_new (application, plan, file);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
hr_application_open_file (GtkApplication *application,
                          HrWindow       *window,
                          GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);

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

static void
hr_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (hr_application_parent_class)->startup (application);
  hr_application_load_style ();
  gtk_window_set_default_icon_name (APP_ID);
}

static void
hr_application_class_init (HrApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = hr_application_activate;
  app_class->open = hr_application_open;
  app_class->startup = hr_application_startup;
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

/* hr-application.h: the Headroom application: one window per plan */
#pragma once

#include <gtk/gtk.h>

#include "hr-window.h"

G_BEGIN_DECLS

#define HR_TYPE_APPLICATION (hr_application_get_type ())
G_DECLARE_FINAL_TYPE (HrApplication, hr_application, HR, APPLICATION, GtkApplication)

HrApplication *hr_application_new        (void);
/* The app's settings, or NULL when the schema is not installed */
GSettings     *hr_application_get_settings (void);
/* Sets @property of @object from the setting @key; with @follow, keeps
 * following the setting while @object lives. Does nothing without the
 * settings or the key. */
void           hr_application_apply_setting (gpointer    object,
                                             const char *property,
                                             const char *key,
                                             gboolean    follow);
/* Opens @file in @window when it has no unsaved changes, else in a new
 * window; a file that fails to load leaves every plan as it was. */
void           hr_application_open_file  (GtkApplication *application,
                                          HrWindow       *window,
                                          GFile          *file);
/* Remembers @file as the last plan and in the recent files */
void           hr_application_note_file  (GFile *file);
/* The last plan opened or saved, or NULL */
GFile         *hr_application_dup_last_file (void);
/* Loads the app's CSS once per display */
void           hr_application_load_style (void);

G_END_DECLS

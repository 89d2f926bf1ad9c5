/* hr-preferences.h: the preferences window, and the chart theme they give */
#pragma once

#include <gtk/gtk.h>

#include "hr-chart.h"

G_BEGIN_DECLS

#define HR_TYPE_PREFERENCES_WINDOW (hr_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (HrPreferencesWindow, hr_preferences_window, HR, PREFERENCES_WINDOW, GtkWindow)

/* Shows the one preferences window over @parent */
void          hr_preferences_show            (GtkWindow *parent);

/* TRUE when the desktop asks for dark: GtkSettings' dark preference, a
 * dark theme name, or light text on @widget */
gboolean      hr_preferences_system_is_dark  (GtkWidget *widget);
/* The chart theme to draw on screen in @widget: print when chosen, dark when
 * chosen or when the desktop is dark, else light */
HrChartTheme  hr_preferences_get_chart_theme (GtkWidget *widget);

G_END_DECLS

/* hr-preferences.c: the preferences window, and the chart theme they give */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-accessible.h"
#include "hr-application.h"
#include "hr-form.h"
#include "hr-preferences.h"

struct _HrPreferencesWindow
{
  GtkWindow  parent_instance;

  GtkWidget *unavailable_label;
  GtkWidget *grid;
  GtkWidget *theme_dropdown;
  GtkWidget *currency_entry;
  GtkWidget *hours_spin;
  GtkWidget *cost_share_spin;
};

G_DEFINE_FINAL_TYPE (HrPreferencesWindow, hr_preferences_window, GTK_TYPE_WINDOW)

static const char * const theme_nicks[] = { "light", "dark", "print" };

/* chart-theme (a nick) <-> the drop-down's position */
static gboolean
theme_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (theme_nicks); i++)
    if (g_str_equal (nick, theme_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
theme_set_mapping (const GValue       *value,
                   const GVariantType *type,
                   gpointer            data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (theme_nicks) ? g_variant_new_string (theme_nicks[i]) : NULL;
}

/* cost-share-warning is a share (0.15); the field shows percent (15) */
static gboolean
percent_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  data)
{
  g_value_set_double (value, 100 * g_variant_get_double (variant));
  return TRUE;
}

static GVariant *
percent_set_mapping (const GValue       *value,
                     const GVariantType *type,
                     gpointer            data)
{
  return g_variant_new_double (CLAMP (g_value_get_double (value) / 100, 0, 1));
}

/* only well-formed codes reach the settings */
static void
currency_changed_cb (HrPreferencesWindow *self)
{
  GSettings *settings = hr_application_get_settings ();
  g_autofree char *message = NULL;
  g_autofree char *code = hr_form_read_currency (gtk_editable_get_text (GTK_EDITABLE (self->currency_entry)),
                                                 &message);
  gboolean valid = code != NULL;

  if (valid)
    gtk_widget_remove_css_class (self->currency_entry, "error");
  else
    gtk_widget_add_css_class (self->currency_entry, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->currency_entry), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE, -1);
  if (valid && settings)
    {
      g_autofree char *old = g_settings_get_string (settings, "currency");
      if (!g_str_equal (old, code))
        g_settings_set_string (settings, "currency", code);
    }
}

static void
hr_preferences_window_class_init (HrPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, unavailable_label);
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, currency_entry);
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, HrPreferencesWindow, cost_share_spin);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hr_preferences_window_init (HrPreferencesWindow *self)
{
  GSettings *settings = hr_application_get_settings ();

  gtk_widget_init_template (GTK_WIDGET (self));
  hr_drop_down_set_label (self->theme_dropdown, _("Chart theme"));
  if (settings == NULL)
    {
      gtk_widget_set_visible (self->unavailable_label, TRUE);
      gtk_widget_set_sensitive (self->grid, FALSE);
      return;
    }
  g_settings_bind_with_mapping (settings, "chart-theme", self->theme_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, theme_get_mapping, theme_set_mapping, NULL, NULL);
  g_settings_bind (settings, "hours-per-month",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->hours_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "cost-share-warning",
                                gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->cost_share_spin)), "value",
                                G_SETTINGS_BIND_DEFAULT, percent_get_mapping, percent_set_mapping, NULL, NULL);
  {
    g_autofree char *currency = g_settings_get_string (settings, "currency");
    gtk_editable_set_text (GTK_EDITABLE (self->currency_entry), currency);
  }
  g_signal_connect_swapped (self->currency_entry, "changed", G_CALLBACK (currency_changed_cb), self);
}

void
hr_preferences_show (GtkWindow *parent)
{
  static GtkWindow *window;

  if (window == NULL)
    {
      window = g_object_new (HR_TYPE_PREFERENCES_WINDOW, NULL);
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
      gtk_window_set_hide_on_close (window, FALSE);
    }
  if (parent)
    gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

gboolean
hr_preferences_system_is_dark (GtkWidget *widget)
{
  GtkSettings *settings = widget ? gtk_widget_get_settings (widget) : gtk_settings_get_default ();
  gboolean prefer_dark = FALSE;
  g_autofree char *theme = NULL;
  GdkRGBA color;

  if (settings)
    {
      g_object_get (settings, "gtk-application-prefer-dark-theme", &prefer_dark,
                    "gtk-theme-name", &theme, NULL);
      if (prefer_dark)
        return TRUE;
      if (theme)
        {
          g_autofree char *lower = g_ascii_strdown (theme, -1);
          if (strstr (lower, "dark") && !strstr (lower, "light"))
            return TRUE;
        }
    }
  if (widget == NULL)
    return FALSE;
  /* GTK_THEME=Adwaita:dark and high-contrast inverse show only here */
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif
  return luminance (&color) > 0.6;
}

HrChartTheme
hr_preferences_get_chart_theme (GtkWidget *widget)
{
  GSettings *settings = hr_application_get_settings ();
  HrChartTheme chosen = HR_CHART_THEME_LIGHT;

  if (settings)
    {
      g_autofree char *nick = g_settings_get_string (settings, "chart-theme");
      hr_chart_theme_from_string (nick, &chosen);
    }
  if (chosen == HR_CHART_THEME_PRINT)
    return chosen;
  return hr_preferences_system_is_dark (widget) ? HR_CHART_THEME_DARK : chosen;
}

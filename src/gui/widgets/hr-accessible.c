/* hr-accessible.c: the names a screen reader speaks, where GTK 4.8 gets
 * them wrong */
#include "config.h"

#include "hr-accessible.h"

static void
hide_empty_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      /* the text GTK shows with no selection, present even when hidden */
      if (GTK_IS_STACK (child))
        {
          GtkWidget *empty = gtk_stack_get_child_by_name (GTK_STACK (child), "empty");
          if (empty)
            gtk_accessible_update_state (GTK_ACCESSIBLE (empty), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
        }
      hide_empty_label (child);
    }
}

void
hr_drop_down_set_label (GtkWidget  *dropdown,
                        const char *label)
{
  GtkWidget *button = gtk_widget_get_first_child (dropdown);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* GTK 4.8 leaves the button that takes the focus unnamed, and speaks
   * the "(None)" of its hidden empty page before the value */
  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  hide_empty_label (dropdown);
}

void
hr_button_name_from_label (GtkWidget *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  /* GTK 4.8 names a mnemonic button by its raw label and then its text,
   * "_Copy Copy": the text alone says it */
  if (gtk_button_get_label (GTK_BUTTON (button)) && gtk_button_get_use_underline (GTK_BUTTON (button)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
button_label_changed_cb (GtkWidget *button)
{
  hr_button_name_from_label (button);
}

static gboolean
button_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  static GQuark watched;
  GObject *object = g_value_get_object (&values[0]);

  if (watched == 0)
    watched = g_quark_from_static_string ("hr-accessible-watched");
  if (GTK_IS_BUTTON (object) && g_object_get_qdata (object, watched) == NULL)
    {
      g_object_set_qdata (object, watched, GINT_TO_POINTER (TRUE));
      hr_button_name_from_label (GTK_WIDGET (object));
      /* GTK names the button again when its label or mnemonic changes */
      g_signal_connect (object, "notify::label", G_CALLBACK (button_label_changed_cb), NULL);
      g_signal_connect (object, "notify::use-underline", G_CALLBACK (button_label_changed_cb), NULL);
    }
  return TRUE;
}

void
hr_accessible_install (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, button_mapped_hook, NULL, NULL);
      g_once_init_leave (&installed, TRUE);
    }
}

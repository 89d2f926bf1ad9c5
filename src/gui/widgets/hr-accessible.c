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

void
hr_accessible_tidy (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    hr_button_name_from_label (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    hr_accessible_tidy (child);
}

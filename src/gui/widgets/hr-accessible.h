/* hr-accessible.h: the names a screen reader speaks, where GTK 4.8 gets
 * them wrong */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names @dropdown and the button inside it that takes the focus (GTK 4.8
 * leaves that one unnamed), and hides the "(None)" of its empty page,
 * which GTK 4.8 speaks before the value */
void hr_drop_down_set_label    (GtkWidget  *dropdown,
                                const char *label);
/* A mnemonic button is spoken by its text: GTK 4.8 says "_Copy Copy" */
void hr_button_name_from_label (GtkWidget  *button);
/* The same for every button of the process when it is first shown and
 * whenever its label changes: pages built on their first visit, dialogs
 * and popovers included. Call once GTK is initialised; later calls do
 * nothing. */
void hr_accessible_install     (void);

G_END_DECLS

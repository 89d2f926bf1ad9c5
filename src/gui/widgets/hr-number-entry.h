/* hr-number-entry.h: a number field that reads the user's locale, shows its
 * unit and explains a refused value inline */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HR_TYPE_NUMBER_ENTRY (hr_number_entry_get_type ())
G_DECLARE_FINAL_TYPE (HrNumberEntry, hr_number_entry, HR, NUMBER_ENTRY, GtkWidget)

/* Returns NULL when @value is acceptable, else a message */
typedef char *(*HrNumberCheckFunc) (double   value,
                                    gpointer user_data);

GtkWidget  *hr_number_entry_new          (void);

/* The value in model units (0.1 for "10 %"); NAN when empty */
double      hr_number_entry_get_value    (HrNumberEntry *self);
/* Shows @value without emitting "committed" */
void        hr_number_entry_set_value    (HrNumberEntry *self,
                                          double         value);
void        hr_number_entry_set_unit     (HrNumberEntry *self,
                                          const char    *unit);
/* shown = value × scale (100 for percentages) */
void        hr_number_entry_set_scale    (HrNumberEntry *self,
                                          double         scale);
void        hr_number_entry_set_digits   (HrNumberEntry *self,
                                          int            digits);
void        hr_number_entry_set_integer  (HrNumberEntry *self,
                                          gboolean       integer);
/* An empty field means "none"; @placeholder says what that means */
void        hr_number_entry_set_nullable (HrNumberEntry *self,
                                          const char    *placeholder);
void        hr_number_entry_set_check    (HrNumberEntry     *self,
                                          HrNumberCheckFunc  check,
                                          gpointer           user_data);
/* Gives the unit the width of the other units of @group, so that fields
 * of a form line up */
void        hr_number_entry_set_unit_size_group (HrNumberEntry *self,
                                                 GtkSizeGroup  *group);
/* The accessible name of the field */
void        hr_number_entry_set_label    (HrNumberEntry *self,
                                          const char    *label);
/* The inline message, or NULL */
const char *hr_number_entry_get_error    (HrNumberEntry *self);
GtkEditable *hr_number_entry_get_editable (HrNumberEntry *self);

/* Ctrl+Z and Ctrl+Shift+Z in @entry undo and redo the plan's edits (the
 * window's actions) rather than the text's own history: every keystroke
 * already reaches the plan */
void        hr_entry_use_window_undo     (GtkWidget  *entry);

/* Locale-aware conversions, shared with list fields */
gboolean    hr_number_parse              (const char *text,
                                          double     *value);
char       *hr_number_format             (double      value,
                                          int         digits);

G_END_DECLS

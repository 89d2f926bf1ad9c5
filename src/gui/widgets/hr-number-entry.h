/* hr-number-entry.h: a number field that reads the user's locale, shows its
 * unit and explains a refused value inline */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HR_TYPE_NUMBER_ENTRY (hr_number_entry_get_type ())
G_DECLARE_FINAL_TYPE (HrNumberEntry, hr_number_entry, HR, NUMBER_ENTRY, GtkWidget)

/* Returns NULL when @value is acceptable, else why not, as the end of a
 * sentence in the units the person sees: "must be at most 100,000 people" */
typedef char *(*HrNumberCheckFunc) (double   value,
                                    gpointer user_data);

/* @number (the value as shown, e.g. "1") with its unit in words, in the
 * form that @value takes: "1 person", "2 people"; NULL to use the unit */
typedef char *(*HrNumberDescribeFunc) (const char *number,
                                       double      value,
                                       gpointer    user_data);

GtkWidget  *hr_number_entry_new          (void);

/* The value the plan holds, in model units (0.1 for "10 %"); NAN when
 * empty. "committed" tells each change: after a pause in typing, on Enter,
 * when the field is left, and back to the kept value when the typed text
 * is refused; "finished" ends the edit. */
double      hr_number_entry_get_value    (HrNumberEntry *self);
/* Shows @value, the plan's, without emitting "committed" */
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
/* How the kept value is said in "Kept 1 person: …" */
void        hr_number_entry_set_describe (HrNumberEntry        *self,
                                          HrNumberDescribeFunc  describe,
                                          gpointer              user_data);
/* Gives the unit the width of the other units of @group, so that fields
 * of a form line up */
void        hr_number_entry_set_unit_size_group (HrNumberEntry *self,
                                                 GtkSizeGroup  *group);
/* The accessible name of the field */
void        hr_number_entry_set_label    (HrNumberEntry *self,
                                          const char    *label);
/* Why the text being typed is refused, or NULL */
const char *hr_number_entry_get_error    (HrNumberEntry *self);
/* The line under the field: the refusal, or once the field is left the
 * value kept and why ("Kept 10 %: must be less than 100 %"); or NULL */
const char *hr_number_entry_get_message  (HrNumberEntry *self);
GtkEditable *hr_number_entry_get_editable (HrNumberEntry *self);

/* Ctrl+Z and Ctrl+Shift+Z in @entry undo and redo the plan's edits (the
 * window's actions) rather than the text's own history: what is typed
 * already reaches the plan */
void        hr_entry_use_window_undo     (GtkWidget  *entry);

/* How far an edit of a typed field has come */
typedef enum {
  HR_EDIT_PAUSED,    /* the person stopped typing a moment */
  HR_EDIT_FINISHED,  /* Enter, the field was left, or its page went away */
} HrEditStep;

typedef void (*HrEditFunc) (GtkWidget  *entry,
                            HrEditStep  step,
                            gpointer    user_data);

/* Calls @func when typing into @entry pauses and when the edit ends: the
 * one place that says when a typed value reaches the plan */
void        hr_entry_watch_edits         (GtkWidget  *entry,
                                          HrEditFunc  func,
                                          gpointer    user_data);
/* TRUE between the first keystroke of an edit and its end */
gboolean    hr_entry_is_editing          (GtkWidget  *entry);
/* Shows the plan's @text in @entry: no edit, and drops one under way */
void        hr_entry_set_text_quietly    (GtkWidget  *entry,
                                          const char *text);
/* What the line under a typed field says */
typedef enum {
  HR_ENTRY_REFUSED,  /* why the text typed is refused: the field is marked invalid */
  HR_ENTRY_KEPT,     /* the field was left: the value kept, and why */
  HR_ENTRY_NOTE,     /* what an edit did besides, e.g. "7 moments now …" */
} HrEntryMessage;

/* Shows @message (NULL hides it) in @label, the line under @entry, as a
 * sentence; also what a screen reader says of @entry */
void        hr_entry_show_message        (GtkWidget      *entry,
                                          GtkWidget      *label,
                                          const char     *message,
                                          HrEntryMessage  kind);
/* "Must be …" from "must be …": a refusal shown on its own */
char       *hr_sentence_new              (const char *fragment);

/* Locale-aware conversions, shared with list fields. A number too large
 * for a double ("1e309") reads as ±infinity, for the field's limit to
 * refuse; words, "inf" and "nan" do not read. Formatting shows "–" for
 * what is not finite. */
gboolean    hr_number_parse              (const char *text,
                                          double     *value);
char       *hr_number_format             (double      value,
                                          int         digits);

G_END_DECLS

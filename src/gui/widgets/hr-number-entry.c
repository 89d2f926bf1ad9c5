/* hr-number-entry.c: a number field that reads the user's locale, shows its
 * unit and explains a refused value inline
 *
 * What a person types reaches the plan when the typing stops: after a short
 * pause (so that the chart answers at once), on Enter, or when the field is
 * left. A text that does not read, or that breaks the field's rule, never
 * stands in the plan: the plan goes back to the value of the last finished
 * edit, and leaving the field shows that value again with the reason. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "hr-format.h"
#include "hr-number-entry.h"

/* how long typing stops before the plan shows what was typed */
#define PAUSE_MSEC 450

struct _HrNumberEntry
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkWidget         *entry;
  GtkWidget         *unit_label;
  GtkWidget         *error_label;

  double             value;   /* what the plan holds: kept, or shown while typing */
  double             kept;    /* the value of the last finished edit */
  double             scale;
  int                digits;
  gboolean           integer;
  gboolean           nullable;
  HrNumberCheckFunc  check;
  gpointer           check_data;
  HrNumberDescribeFunc describe;
  gpointer           describe_data;
  char              *error;
};

enum {
  COMMITTED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HrNumberEntry, hr_number_entry, GTK_TYPE_WIDGET)

/* --- typed numbers --- */

gboolean
hr_number_parse (const char *text,
                 double     *value)
{
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  const char *thousands = lc->thousands_sep ? lc->thousands_sep : "";
  g_autoptr(GString) clean = g_string_new (NULL);
  char *end = NULL;
  double result;

  for (const char *p = text; *p; )
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x202F || c == 0x00A0)
        ;
      else if (g_str_has_prefix (p, point))
        {
          g_string_append_c (clean, '.');
          p += strlen (point);
          continue;
        }
      else if (*thousands && g_str_has_prefix (p, thousands))
        {
          const char *group = p + strlen (thousands);

          /* a separator between groups of three digits ("1.234,5" in
           * German) is dropped; anywhere else it can only be meant as a
           * decimal point ("2.5" typed by habit) */
          p = group;
          if (g_ascii_isdigit (group[0]) && g_ascii_isdigit (group[1]) && g_ascii_isdigit (group[2]) &&
              !g_ascii_isdigit (group[3]))
            continue;
          g_string_append_c (clean, '.');
          continue;
        }
      else if (c == 0x2212)  /* minus sign */
        g_string_append_c (clean, '-');
      /* digits, signs and an exponent; "inf", "nan" and hex are no numbers */
      else if (c < 0x80 && (g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
        g_string_append_c (clean, (char) c);
      else
        return FALSE;
      p = g_utf8_next_char (p);
    }
  if (clean->len == 0)
    return FALSE;
  result = g_ascii_strtod (clean->str, &end);
  if (end == clean->str || *end != '\0' || isnan (result))
    return FALSE;
  /* "1e309" is a number, only too large: ±infinity, which every field's
   * limit refuses in words */
  *value = result;
  return TRUE;
}

char *
hr_number_format (double value,
                  int    digits)
{
  g_autofree char *text = NULL;
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  char *dot;

  /* a value no field can take is never shown as "inf" or "nan" */
  if (!isfinite (value))
    return g_strdup ("–");
  text = g_strdup_printf ("%.*f", digits, value);
  dot = strstr (text, point);
  /* 12.50 → 12.5, 3.00 → 3 */
  if (dot && digits > 0)
    {
      char *last = text + strlen (text) - 1;
      while (last > dot && *last == '0')
        *last-- = '\0';
      if (last == dot + strlen (point) - 1)
        *dot = '\0';
    }
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");
  return g_steal_pointer (&text);
}

char *
hr_sentence_new (const char *fragment)
{
  GString *sentence;

  if (fragment == NULL || *fragment == '\0')
    return g_strdup (fragment);
  sentence = g_string_new (NULL);
  g_string_append_unichar (sentence, g_unichar_totitle (g_utf8_get_char (fragment)));
  g_string_append (sentence, g_utf8_next_char (fragment));
  return g_string_free (sentence, FALSE);
}

void
hr_entry_use_window_undo (GtkWidget *entry)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* the text's own undo would take the keys first: catch them on the way in */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                      gtk_named_action_new ("win.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.redo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.redo")));
  gtk_widget_add_controller (entry, shortcuts);
}

/* --- when an edit pauses and ends, for every typed field --- */

typedef struct {
  GtkWidget  *entry;
  HrEditFunc  func;
  gpointer    data;
  guint       pause_id;
  gboolean    editing;
  gboolean    quiet;
} EditWatch;

static EditWatch *
edit_watch (GtkWidget *entry)
{
  return g_object_get_data (G_OBJECT (entry), "hr-edit-watch");
}

static void
edit_watch_free (gpointer data)
{
  EditWatch *watch = data;

  g_clear_handle_id (&watch->pause_id, g_source_remove);
  g_free (watch);
}

static gboolean
edit_paused_cb (gpointer data)
{
  EditWatch *watch = data;

  watch->pause_id = 0;
  if (watch->editing)
    watch->func (watch->entry, HR_EDIT_PAUSED, watch->data);
  return G_SOURCE_REMOVE;
}

static void
edit_changed_cb (GtkEditable *editable,
                 EditWatch   *watch)
{
  if (watch->quiet)
    return;
  watch->editing = TRUE;
  g_clear_handle_id (&watch->pause_id, g_source_remove);
  watch->pause_id = g_timeout_add (PAUSE_MSEC, edit_paused_cb, watch);
}

static void
edit_finished_cb (EditWatch *watch)
{
  /* a field passed through without typing keeps what it shows, even a
   * value from a file that a new entry could not take */
  if (!watch->editing)
    return;
  g_clear_handle_id (&watch->pause_id, g_source_remove);
  watch->editing = FALSE;
  watch->func (watch->entry, HR_EDIT_FINISHED, watch->data);
}

static void
edit_unmapped_cb (EditWatch *watch)
{
  /* a page that goes away while its field is typed in ends the edit */
  edit_finished_cb (watch);
}

void
hr_entry_watch_edits (GtkWidget  *entry,
                      HrEditFunc  func,
                      gpointer    user_data)
{
  EditWatch *watch = g_new0 (EditWatch, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_return_if_fail (GTK_IS_EDITABLE (entry) && edit_watch (entry) == NULL);

  watch->entry = entry;
  watch->func = func;
  watch->data = user_data;
  g_object_set_data_full (G_OBJECT (entry), "hr-edit-watch", watch, edit_watch_free);
  g_signal_connect (entry, "changed", G_CALLBACK (edit_changed_cb), watch);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (edit_finished_cb), watch);
  g_signal_connect_swapped (entry, "unmap", G_CALLBACK (edit_unmapped_cb), watch);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (edit_finished_cb), watch);
  gtk_widget_add_controller (entry, focus);
}

gboolean
hr_entry_is_editing (GtkWidget *entry)
{
  EditWatch *watch = edit_watch (entry);

  return watch && watch->editing;
}

void
hr_entry_set_text_quietly (GtkWidget  *entry,
                           const char *text)
{
  EditWatch *watch = edit_watch (entry);

  /* the plan's own value: whatever was being typed is dropped */
  if (watch)
    {
      g_clear_handle_id (&watch->pause_id, g_source_remove);
      watch->editing = FALSE;
      watch->quiet = TRUE;
    }
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  if (watch)
    watch->quiet = FALSE;
}

/* --- the number field --- */

void
hr_entry_show_message (GtkWidget        *entry,
                       GtkWidget        *label,
                       const char       *message,
                       HrEntryMessage    kind)
{
  g_autofree char *sentence = hr_sentence_new (message);
  gboolean refused = message && kind == HR_ENTRY_REFUSED;

  gtk_label_set_text (GTK_LABEL (label), sentence ? sentence : "");
  gtk_widget_set_visible (label, message != NULL);
  /* a note says what an edit did besides: it is no error */
  if (kind == HR_ENTRY_NOTE)
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "error");
    }
  if (refused)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  if (message)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
show_message (HrNumberEntry  *self,
              const char     *message,
              HrEntryMessage  kind)
{
  g_free (self->error);
  self->error = message && kind == HR_ENTRY_REFUSED ? g_strdup (message) : NULL;
  hr_entry_show_message (self->entry, self->error_label, message, kind);
}

static gboolean
parse_text (HrNumberEntry *self,
            double        *value,
            char         **message)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *unit = gtk_label_get_text (GTK_LABEL (self->unit_label));
  double shown;

  /* accept the unit typed along ("12 h", "10 %") */
  if (unit && *unit && g_str_has_suffix (stripped, unit))
    {
      stripped[strlen (stripped) - strlen (unit)] = '\0';
      g_strstrip (stripped);
    }
  if (*stripped == '\0')
    {
      if (self->nullable)
        {
          *value = NAN;
          return TRUE;
        }
      *message = g_strdup (_("enter a number"));
      return FALSE;
    }
  if (!hr_number_parse (stripped, &shown))
    {
      *message = g_strdup_printf (_("“%s” is not a number"), stripped);
      return FALSE;
    }
  if (self->integer && isfinite (shown) && shown != floor (shown))
    {
      *message = g_strdup (_("must be a whole number"));
      return FALSE;
    }
  *value = shown / self->scale;
  if (self->integer && isfinite (*value))
    *value = round (*value);
  if (self->check && (*message = self->check (*value, self->check_data)))
    return FALSE;
  /* no check: a field still takes no infinity */
  if (!isfinite (*value) && !isnan (*value))
    {
      *message = g_strdup (_("this number is too large"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_value (double a,
            double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static char *
format_value (HrNumberEntry *self,
              double         value)
{
  if (isnan (value))
    return NULL;
  return hr_number_format (value * self->scale, self->integer ? 0 : self->digits);
}

static void
show_value (HrNumberEntry *self)
{
  g_autofree char *text = format_value (self, self->value);

  hr_entry_set_text_quietly (self->entry, text);
  show_message (self, NULL, HR_ENTRY_REFUSED);
}

/* The plan takes @value (while typing, or at the end of the edit) */
static void
give_value (HrNumberEntry *self,
            double         value)
{
  if (same_value (value, self->value))
    return;
  self->value = value;
  g_signal_emit (self, signals[COMMITTED], 0, value);
}

/* "Kept 10%", "Kept 135,000 USD": the value the plan keeps, grouped as
 * the limits are said, with no more decimals than it has */
static char *
describe_kept (HrNumberEntry *self)
{
  g_autofree char *number = NULL;
  const char *unit = gtk_label_get_text (GTK_LABEL (self->unit_label));

  if (!isnan (self->kept))
    {
      double shown = self->kept * self->scale;
      int digits = 0;

      while (digits < (self->integer ? 0 : self->digits) &&
             fabs (shown * pow (10, digits) - round (shown * pow (10, digits))) > 1e-9)
        digits++;
      number = hr_format_number (shown, digits);
    }
  if (number == NULL)
    {
      const char *none = gtk_entry_get_placeholder_text (GTK_ENTRY (self->entry));
      /* Translators: a field left without a value; %s says what that means, e.g. “No end” */
      return g_strdup_printf (_("“%s”"), none ? none : "");
    }
  if (self->describe)
    {
      char *text = self->describe (number, self->kept, self->describe_data);

      if (text)
        return text;
    }
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (unit, "%"))
    /* Translators: a percentage, e.g. "85%" */
    return g_strdup_printf (_("%s%%"), number);
  /* Translators: a number and its unit, e.g. "160 h / month" */
  return g_strdup_printf (_("%s %s"), number, unit);
}

static void
edit_cb (GtkWidget  *entry,
         HrEditStep  step,
         gpointer    data)
{
  HrNumberEntry *self = data;
  g_autofree char *message = NULL;
  double value;
  gboolean readable = parse_text (self, &value, &message);

  if (step == HR_EDIT_PAUSED)
    {
      /* the plan shows what was typed; a refused text leaves it as kept */
      show_message (self, message, HR_ENTRY_REFUSED);
      give_value (self, readable ? value : self->kept);
      return;
    }
  if (readable)
    {
      give_value (self, value);
      self->kept = value;
      /* tidy what was typed ("12,50" → "12,5") */
      show_value (self);
    }
  else
    {
      g_autofree char *kept = NULL;
      g_autofree char *note = NULL;

      give_value (self, self->kept);
      show_value (self);
      kept = describe_kept (self);
      /* Translators: under a field whose typed value was refused: the value
       * the plan keeps, then why, e.g. "Kept 10 %: must be less than 100 %" */
      note = g_strdup_printf (_("Kept %s: %s"), kept, message);
      show_message (self, note, HR_ENTRY_KEPT);
    }
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
hr_number_entry_dispose (GObject *object)
{
  HrNumberEntry *self = HR_NUMBER_ENTRY (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (hr_number_entry_parent_class)->dispose (object);
}

static void
hr_number_entry_finalize (GObject *object)
{
  g_free (HR_NUMBER_ENTRY (object)->error);
  G_OBJECT_CLASS (hr_number_entry_parent_class)->finalize (object);
}

static gboolean
hr_number_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (HR_NUMBER_ENTRY (widget)->entry);
}

static void
hr_number_entry_class_init (HrNumberEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_number_entry_dispose;
  object_class->finalize = hr_number_entry_finalize;
  widget_class->grab_focus = hr_number_entry_grab_focus;

  /* the plan takes this value: what was typed, after a pause or at the
   * end of the edit, or the kept value again when the text is refused */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  /* the edit is over (Enter, or the field was left): one step to undo */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrnumberentry");
}

static void
hr_number_entry_init (HrNumberEntry *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->scale = 1;
  self->digits = 2;
  self->value = self->kept = 0;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  gtk_entry_set_alignment (GTK_ENTRY (self->entry), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 8);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->entry), GTK_INPUT_PURPOSE_NUMBER);
  hr_entry_use_window_undo (self->entry);
  hr_entry_watch_edits (self->entry, edit_cb, self);

  self->unit_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->unit_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->unit_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (self->unit_label), 7);
  gtk_widget_set_visible (self->unit_label, FALSE);

  gtk_box_append (GTK_BOX (row), self->entry);
  gtk_box_append (GTK_BOX (row), self->unit_label);
  gtk_box_append (GTK_BOX (self->box), row);

  self->error_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_add_css_class (self->error_label, "caption");
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->error_label), 40);
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->error_label);
}

GtkWidget *
hr_number_entry_new (void)
{
  return g_object_new (HR_TYPE_NUMBER_ENTRY, NULL);
}

double
hr_number_entry_get_value (HrNumberEntry *self)
{
  g_return_val_if_fail (HR_IS_NUMBER_ENTRY (self), NAN);
  return self->value;
}

void
hr_number_entry_set_value (HrNumberEntry *self,
                           double         value)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));

  /* the plan answering what is being typed: leave the typing alone */
  if (hr_entry_is_editing (self->entry) && same_value (value, self->value))
    return;
  self->value = self->kept = value;
  show_value (self);
}

void
hr_number_entry_set_unit (HrNumberEntry *self,
                          const char    *unit)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  gtk_label_set_text (GTK_LABEL (self->unit_label), unit ? unit : "");
  gtk_widget_set_visible (self->unit_label, unit && *unit);
}

void
hr_number_entry_set_scale (HrNumberEntry *self,
                           double         scale)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  self->scale = scale > 0 ? scale : 1;
  show_value (self);
}

void
hr_number_entry_set_digits (HrNumberEntry *self,
                            int            digits)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  self->digits = CLAMP (digits, 0, 9);
  show_value (self);
}

void
hr_number_entry_set_integer (HrNumberEntry *self,
                             gboolean       integer)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  self->integer = !!integer;
  show_value (self);
}

void
hr_number_entry_set_nullable (HrNumberEntry *self,
                              const char    *placeholder)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  self->nullable = placeholder != NULL;
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), placeholder);
}

void
hr_number_entry_set_check (HrNumberEntry     *self,
                           HrNumberCheckFunc  check,
                           gpointer           user_data)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  self->check = check;
  self->check_data = user_data;
}

void
hr_number_entry_set_describe (HrNumberEntry        *self,
                              HrNumberDescribeFunc  describe,
                              gpointer              user_data)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));

  self->describe = describe;
  self->describe_data = user_data;
}

void
hr_number_entry_set_unit_size_group (HrNumberEntry *self,
                                     GtkSizeGroup  *group)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  gtk_size_group_add_widget (group, self->unit_label);
}

void
hr_number_entry_set_label (HrNumberEntry *self,
                           const char    *label)
{
  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

const char *
hr_number_entry_get_error (HrNumberEntry *self)
{
  g_return_val_if_fail (HR_IS_NUMBER_ENTRY (self), NULL);
  return self->error;
}

const char *
hr_number_entry_get_message (HrNumberEntry *self)
{
  g_return_val_if_fail (HR_IS_NUMBER_ENTRY (self), NULL);
  if (!gtk_widget_get_visible (self->error_label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->error_label));
}

GtkEditable *
hr_number_entry_get_editable (HrNumberEntry *self)
{
  g_return_val_if_fail (HR_IS_NUMBER_ENTRY (self), NULL);
  return GTK_EDITABLE (self->entry);
}

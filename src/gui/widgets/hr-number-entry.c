/* hr-number-entry.c: a number field that reads the user's locale, shows its
 * unit and explains a refused value inline */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "hr-number-entry.h"

struct _HrNumberEntry
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkWidget         *entry;
  GtkWidget         *unit_label;
  GtkWidget         *error_label;

  double             value;
  double             scale;
  int                digits;
  gboolean           integer;
  gboolean           nullable;
  gboolean           updating;
  HrNumberCheckFunc  check;
  gpointer           check_data;
  char              *error;
};

enum {
  COMMITTED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HrNumberEntry, hr_number_entry, GTK_TYPE_WIDGET)

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
      else
        g_string_append_unichar (clean, c);
      p = g_utf8_next_char (p);
    }
  if (clean->len == 0)
    return FALSE;
  result = g_ascii_strtod (clean->str, &end);
  if (end == clean->str || *end != '\0' || !isfinite (result))
    return FALSE;
  *value = result;
  return TRUE;
}

char *
hr_number_format (double value,
                  int    digits)
{
  char *text = g_strdup_printf ("%.*f", digits, value);
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  char *dot = strstr (text, point);

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
    {
      g_free (text);
      text = g_strdup ("0");
    }
  return text;
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

static void
set_error (HrNumberEntry *self,
           const char    *message)
{
  /* (a "kept" note may show without an error: clearing hides it too) */
  if (g_strcmp0 (self->error, message) == 0 &&
      (message != NULL || !gtk_widget_get_visible (self->error_label)))
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
  if (message)
    {
      gtk_widget_add_css_class (self->entry, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->entry, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
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
      *message = g_strdup (_("Enter a number"));
      return FALSE;
    }
  if (!hr_number_parse (stripped, &shown))
    {
      *message = g_strdup_printf (_("“%s” is not a number"), stripped);
      return FALSE;
    }
  if (self->integer && shown != floor (shown))
    {
      *message = g_strdup (_("Enter a whole number"));
      return FALSE;
    }
  *value = shown / self->scale;
  if (self->integer)
    *value = round (*value);
  if (self->check && (*message = self->check (*value, self->check_data)))
    return FALSE;
  return TRUE;
}

static void
entry_changed_cb (HrNumberEntry *self)
{
  g_autofree char *message = NULL;
  double value;

  if (self->updating)
    return;
  if (!parse_text (self, &value, &message))
    {
      set_error (self, message);
      return;
    }
  set_error (self, NULL);
  self->value = value;
  g_signal_emit (self, signals[COMMITTED], 0, value);
}

static void
show_value (HrNumberEntry *self)
{
  g_autofree char *text = NULL;

  if (!isnan (self->value))
    text = hr_number_format (self->value * self->scale, self->integer ? 0 : self->digits);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");
  self->updating = FALSE;
  set_error (self, NULL);
}

static void
finish (HrNumberEntry *self)
{
  double value;
  g_autofree char *message = NULL;

  /* tidy what was typed ("12,50" → "12,5") once the value is taken */
  if (parse_text (self, &value, &message))
    {
      if (value == self->value || (isnan (value) && isnan (self->value)))
        show_value (self);
    }
  else
    {
      /* a refused value is not left standing as if it counted: show the
       * value the plan keeps, and why the typed one was refused */
      g_autofree char *kept = NULL;

      show_value (self);
      kept = g_strdup_printf (_("Kept %s: %s"), gtk_editable_get_text (GTK_EDITABLE (self->entry)), message);
      /* the field holds a good value again: the note is not an error */
      gtk_label_set_text (GTK_LABEL (self->error_label), kept);
      gtk_widget_set_visible (self->error_label, TRUE);
    }
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
focus_left_cb (HrNumberEntry *self)
{
  finish (self);
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

  /* the user typed a valid value */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  /* the user pressed Enter or left the field */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrnumberentry");
}

static void
hr_number_entry_init (HrNumberEntry *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->scale = 1;
  self->digits = 2;
  self->value = 0;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  gtk_entry_set_alignment (GTK_ENTRY (self->entry), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 8);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->entry), GTK_INPUT_PURPOSE_NUMBER);
  hr_entry_use_window_undo (self->entry);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (finish), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (self->entry, focus);

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
  double typed;
  g_autofree char *message = NULL;

  g_return_if_fail (HR_IS_NUMBER_ENTRY (self));

  /* leave the text alone while the user is typing this very value */
  if (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)))) ||
      gtk_widget_is_focus (self->entry))
    {
      if (parse_text (self, &typed, &message) &&
          (typed == value || (isnan (typed) && isnan (value))))
        {
          self->value = value;
          return;
        }
    }
  self->value = value;
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

GtkEditable *
hr_number_entry_get_editable (HrNumberEntry *self)
{
  g_return_val_if_fail (HR_IS_NUMBER_ENTRY (self), NULL);
  return GTK_EDITABLE (self->entry);
}

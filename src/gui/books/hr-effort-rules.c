/* hr-effort-rules.c: the effort rules of the plan, built from the accounts'
 * attributes: "Health Score below 50: effort × 1.3" */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-effort-rules.h"
#include "hr-portfolio.h"

struct _HrEffortRules
{
  GtkWidget    parent_instance;

  GtkWidget   *outer;
  GtkWidget   *box;          /* the row that adds a rule */
  GtkWidget   *list;
  GtkWidget   *attribute;
  GtkWidget   *op;
  GtkWidget   *value;
  GtkWidget   *factor;
  GtkWidget   *label;
  GtkWidget   *message;
  GPtrArray   *attributes;   /* names offered */
  HrPlan      *plan;
  HrUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (HrEffortRules, hr_effort_rules, GTK_TYPE_WIDGET)

/* in the order of HrRuleOp */
static const char * const op_words[] = { N_("below"), N_("at most"), N_("above"), N_("at least"), N_("is"), N_("is not"), NULL };

char *
hr_effort_rule_dup_sentence (HrEffortRule *rule)
{
  JsonNode *value = hr_effort_rule_get_value (rule);
  g_autofree char *shown = json_node_get_value_type (value) == G_TYPE_STRING
                           ? g_strdup (json_node_get_string (value))
                           : g_strdup_printf ("%g", json_node_get_double (value));
  g_autofree char *factor = g_strdup_printf ("%g", hr_effort_rule_get_factor (rule));
  const char *label = hr_effort_rule_get_label (rule);

  if (label && *label)
    /* Translators: attribute, comparison, value, factor, then the rule's label */
    return g_strdup_printf (_("%s %s %s: effort × %s (%s)"), hr_effort_rule_get_attribute (rule),
                            _(op_words[hr_effort_rule_get_op (rule)]), shown, factor, label);
  /* Translators: attribute, comparison, value, factor: "Health Score below 50: effort × 1.3" */
  return g_strdup_printf (_("%s %s %s: effort × %s"), hr_effort_rule_get_attribute (rule),
                          _(op_words[hr_effort_rule_get_op (rule)]), shown, factor);
}

static void
remove_clicked_cb (GtkButton     *button,
                   HrEffortRules *self)
{
  HrItem *rule = g_object_get_data (G_OBJECT (button), "hr-rule");

  if (self->undo)
    hr_undo_stack_remove (self->undo, self->plan, rule);
  else
    hr_plan_remove_item (self->plan, rule);
}

static void
rebuild (HrEffortRules *self)
{
  GListModel *rules = self->plan ? hr_plan_get_effort_rules (self->plan) : NULL;
  GListModel *accounts = self->plan ? hr_plan_get_accounts (self->plan) : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  for (guint i = 0; rules && i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(HrEffortRule) rule = g_list_model_get_item (rules, i);
      g_autofree char *text = hr_effort_rule_dup_sentence (rule);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_tooltip_text (remove, _("Remove the rule"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove the rule"), -1);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data_full (G_OBJECT (remove), "hr-rule", g_object_ref (rule), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_widget_set_margin_start (row, 8);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  gtk_widget_set_visible (self->list, rules && g_list_model_get_n_items (rules) > 0);

  /* the attributes the accounts have, in the order they first appear */
  g_ptr_array_set_size (self->attributes, 0);
  for (guint j = 0; accounts && j < g_list_model_get_n_items (accounts); j++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, j);
      g_autoptr(GList) members = json_object_get_members (hr_account_get_attributes (account));

      for (GList *l = members; l; l = l->next)
        if (g_hash_table_add (seen, l->data))
          {
            g_ptr_array_add (self->attributes, g_strdup (l->data));
            gtk_string_list_append (names, l->data);
          }
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->attribute), G_LIST_MODEL (names));
  gtk_widget_set_sensitive (self->box, self->attributes->len > 0);
}

static void
add_clicked_cb (HrEffortRules *self)
{
  guint attribute = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->attribute));
  HrRuleOp op = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->op));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->value));
  double factor = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->factor));
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(HrEffortRule) rule = NULL;
  char *end;
  double number = g_ascii_strtod (text, &end);

  if (attribute == GTK_INVALID_LIST_POSITION || attribute >= self->attributes->len || *text == '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->message), _("Choose an attribute and type a value."));
      return;
    }
  if (*end == '\0' && isfinite (number))
    value = json_node_init_double (json_node_alloc (), number);
  else if (op == HR_RULE_EQUAL || op == HR_RULE_NOT_EQUAL)
    value = json_node_init_string (json_node_alloc (), text);
  else
    {
      gtk_label_set_text (GTK_LABEL (self->message), _("Text compares with “is” or “is not”; “below” and “above” need a number."));
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->message), "");
  rule = hr_effort_rule_new (self->attributes->pdata[attribute], op, value, factor,
                             gtk_editable_get_text (GTK_EDITABLE (self->label)));
  if (self->undo)
    hr_undo_stack_insert (self->undo, self->plan, HR_ITEM (rule),
                          g_list_model_get_n_items (hr_plan_get_effort_rules (self->plan)));
  else
    hr_plan_insert_item (self->plan, HR_ITEM (rule), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->value), "");
  gtk_editable_set_text (GTK_EDITABLE (self->label), "");
}

static void
hr_effort_rules_dispose (GObject *object)
{
  HrEffortRules *self = HR_EFFORT_RULES (object);

  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (hr_plan_get_effort_rules (self->plan), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_accounts (self->plan), self);
    }
  g_clear_pointer (&self->outer, gtk_widget_unparent);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->attributes, g_ptr_array_unref);
  G_OBJECT_CLASS (hr_effort_rules_parent_class)->dispose (object);
}

static void
hr_effort_rules_class_init (HrEffortRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hr_effort_rules_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
labelled (GtkWidget  *widget,
          const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return widget;
}

static void
hr_effort_rules_init (HrEffortRules *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Rule"));
  g_autoptr(GStrvBuilder) ops = g_strv_builder_new ();
  g_auto(GStrv) op_labels = NULL;

  self->attributes = g_ptr_array_new_with_free_func (g_free);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_box_append (GTK_BOX (outer), self->list);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->attribute = labelled (gtk_drop_down_new (NULL, NULL), _("Attribute"));
  for (guint i = 0; op_words[i]; i++)
    g_strv_builder_add (ops, _(op_words[i]));
  op_labels = g_strv_builder_end (ops);
  self->op = labelled (gtk_drop_down_new_from_strings ((const char * const *) op_labels), _("Comparison"));
  self->value = labelled (gtk_entry_new (), _("Value"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->value), _("50, or red"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->value), 8);
  self->factor = labelled (gtk_spin_button_new_with_range (0.05, 10, 0.05), _("Effort factor"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->factor), 1.3);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (self->factor), 2);
  self->label = labelled (gtk_entry_new (), _("Label"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->label), _("Label, e.g. at risk"));
  gtk_widget_set_hexpand (self->label, TRUE);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->attribute);
  gtk_box_append (GTK_BOX (self->box), self->op);
  gtk_box_append (GTK_BOX (self->box), self->value);
  gtk_box_append (GTK_BOX (self->box), gtk_label_new ("×"));
  gtk_box_append (GTK_BOX (self->box), self->factor);
  gtk_box_append (GTK_BOX (self->box), self->label);
  gtk_box_append (GTK_BOX (self->box), add);
  gtk_box_append (GTK_BOX (outer), self->box);
  self->message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_box_append (GTK_BOX (outer), self->message);
  self->outer = outer;
  gtk_widget_set_parent (outer, GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->box, FALSE);
}

void
hr_effort_rules_set_context (HrEffortRules *self,
                             HrPlan        *plan,
                             HrUndoStack   *undo)
{
  g_return_if_fail (HR_IS_EFFORT_RULES (self));

  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (hr_plan_get_effort_rules (self->plan), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_accounts (self->plan), self);
    }
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  if (plan)
    {
      g_signal_connect_object (hr_plan_get_effort_rules (plan), "items-changed", G_CALLBACK (rebuild), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (hr_plan_get_accounts (plan), "items-changed", G_CALLBACK (rebuild), self,
                               G_CONNECT_SWAPPED);
    }
  rebuild (self);
}

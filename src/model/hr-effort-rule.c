/* hr-effort-rule.c: how an account attribute raises or lowers its effort
 * (spec §5 rule) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrEffortRule, hr_effort_rule, HR_TYPE_ITEM)

static const char * const op_choices[] = { "<", "<=", ">", ">=", "==", "!=", NULL };

#define OFFSET(member) G_STRUCT_OFFSET (HrEffortRule, member)

static const HrField rule_fields[] = {
  { "attribute", HR_FIELD_STRING, HR_FIELD_REQUIRED, OFFSET (attribute) },
  { "op", HR_FIELD_ENUM, HR_FIELD_REQUIRED, OFFSET (op), 0, 0, HR_RULE_EQUAL, "==", op_choices },
  { "factor", HR_FIELD_NUMBER, HR_FIELD_REQUIRED | HR_FIELD_MIN_EXCLUSIVE, OFFSET (factor), 0, 0, 1 },
  { "label", HR_FIELD_STRING, 0, OFFSET (label), 0, 0, 0, "" },
};

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
hr_effort_rule_load_extra (HrItem      *item,
                           JsonObject  *object,
                           const char  *path,
                           GPtrArray   *warnings,
                           GError     **error)
{
  HrEffortRule *self = HR_EFFORT_RULE (item);
  JsonNode *value = json_object_get_member (object, "value");

  if (value == NULL)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, _("%s.value: is required"), path);
      return FALSE;
    }
  if (!is_number (value) && !is_string (value))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.value: must be a number or a string"), path);
      return FALSE;
    }
  if (is_string (value) && self->op != HR_RULE_EQUAL && self->op != HR_RULE_NOT_EQUAL)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.op: \"%s\" compares numbers; a text value takes \"==\" or \"!=\""),
                   path, op_choices[self->op]);
      return FALSE;
    }
  g_clear_pointer (&self->value, json_node_unref);
  self->value = json_node_copy (value);
  return TRUE;
}

static void
hr_effort_rule_save_extra (HrItem      *item,
                           JsonBuilder *builder)
{
  HrEffortRule *self = HR_EFFORT_RULE (item);

  json_builder_set_member_name (builder, "value");
  json_builder_add_value (builder, json_node_copy (self->value));
}

static gboolean
hr_effort_rule_is_extra_key (const char *key)
{
  return g_str_equal (key, "value");
}

static void
hr_effort_rule_finalize (GObject *object)
{
  HrEffortRule *self = HR_EFFORT_RULE (object);

  g_clear_pointer (&self->value, json_node_unref);

  G_OBJECT_CLASS (hr_effort_rule_parent_class)->finalize (object);
}

static void
hr_effort_rule_class_init (HrEffortRuleClass *klass)
{
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hr_effort_rule_finalize;
  item_class->load_extra = hr_effort_rule_load_extra;
  item_class->save_extra = hr_effort_rule_save_extra;
  item_class->is_extra_key = hr_effort_rule_is_extra_key;
  hr_item_class_install_fields (item_class, "rule", rule_fields, G_N_ELEMENTS (rule_fields));
}

static void
hr_effort_rule_init (HrEffortRule *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->value = json_node_init_int (json_node_alloc (), 0);
}

HrEffortRule *
hr_effort_rule_new (const char *attribute,
                    HrRuleOp    op,
                    JsonNode   *value,
                    double      factor,
                    const char *label)
{
  HrEffortRule *self = g_object_new (HR_TYPE_EFFORT_RULE, "attribute", attribute,
                                     "op", op_choices[op], "factor", factor, "label", label, NULL);

  g_return_val_if_fail (value != NULL, self);
  g_clear_pointer (&self->value, json_node_unref);
  self->value = json_node_copy (value);
  return self;
}

const char *hr_effort_rule_get_attribute (HrEffortRule *self) { return self->attribute; }
HrRuleOp hr_effort_rule_get_op (HrEffortRule *self) { return self->op; }
JsonNode *hr_effort_rule_get_value (HrEffortRule *self) { return self->value; }
double hr_effort_rule_get_factor (HrEffortRule *self) { return self->factor; }
const char *hr_effort_rule_get_label (HrEffortRule *self) { return self->label ? self->label : ""; }

const char *
hr_rule_op_to_string (HrRuleOp op)
{
  g_return_val_if_fail (op <= HR_RULE_NOT_EQUAL, "==");
  return op_choices[op];
}

gboolean
hr_effort_rule_applies (HrEffortRule *self,
                        JsonObject   *attributes)
{
  JsonNode *held = attributes ? json_object_get_member (attributes, self->attribute) : NULL;

  if (held == NULL)
    return FALSE;
  if (is_string (self->value))
    {
      gboolean equal;

      if (!is_string (held))
        return FALSE;
      equal = g_str_equal (json_node_get_string (held), json_node_get_string (self->value));
      return self->op == HR_RULE_EQUAL ? equal : self->op == HR_RULE_NOT_EQUAL ? !equal : FALSE;
    }
  if (!is_number (held))
    return FALSE;
  else
    {
      double a = json_node_get_double (held), v = json_node_get_double (self->value);

      switch ((HrRuleOp) self->op)
        {
        case HR_RULE_LESS: return a < v;
        case HR_RULE_AT_MOST: return a <= v;
        case HR_RULE_GREATER: return a > v;
        case HR_RULE_AT_LEAST: return a >= v;
        case HR_RULE_EQUAL: return a == v;
        case HR_RULE_NOT_EQUAL: return a != v;
        }
    }
  return FALSE;
}

/* hr-effort-rule.c: how an account attribute raises or lowers its effort
 * (spec §5 rule) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrEffortRule, hr_effort_rule, HR_TYPE_ITEM)

static const char * const op_choices[] = { "<", "<=", ">", ">=", "==", "!=", NULL };

#define OFFSET(member) G_STRUCT_OFFSET (HrEffortRuleData, member)

static const HrField rule_fields[] = {
  { "attribute", HR_FIELD_STRING, HR_FIELD_REQUIRED, OFFSET (attribute) },
  { "op", HR_FIELD_ENUM, HR_FIELD_REQUIRED, OFFSET (op), 0, 0, HR_RULE_EQUAL, "==", op_choices },
  { "factor", HR_FIELD_NUMBER, HR_FIELD_REQUIRED | HR_FIELD_MIN_EXCLUSIVE, OFFSET (factor), 0, 0, 1 },
  { "label", HR_FIELD_STRING, 0, OFFSET (label), 0, 0, 0, "" },
};

/* A rule's value and op, as spec §5 rule says they go together */
static gboolean
check_value (HrEffortRule  *self,
             JsonNode      *value,
             const char    *path,
             GError       **error)
{
  const char *problem = NULL;
  const char *field = "value";
  g_autofree char *op_problem = NULL;

  if (value == NULL)
    problem = _("is required: expected a number or a string");
  else if (!hr_node_is_number (value) && !hr_node_is_string (value))
    problem = _("must be a number or a string");
  else if (hr_node_is_string (value) && self->data.op != HR_RULE_EQUAL && self->data.op != HR_RULE_NOT_EQUAL)
    {
      field = "op";
      problem = op_problem = g_strdup_printf (_("\"%s\" compares numbers; a text value takes \"==\" or \"!=\""),
                                              op_choices[self->data.op]);
    }
  if (problem == NULL)
    return TRUE;
  if (path != NULL)
    {
      g_autofree char *message = hr_item_field_message (NULL, path, field, problem);
      g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
    }
  return FALSE;
}

static void
set_value (HrEffortRule *self,
           JsonNode     *value)
{
  g_clear_pointer (&self->value, json_node_unref);
  self->value = json_node_copy (value);
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

  if (!check_value (self, value, path, error))
    return FALSE;
  set_value (self, value);
  return TRUE;
}

/* A rule edited in memory: the same rule as a file's */
static gboolean
hr_effort_rule_check_extra (HrItem      *item,
                            const char  *path,
                            GError     **error)
{
  HrEffortRule *self = HR_EFFORT_RULE (item);

  return check_value (self, self->value, path, error);
}

static void
hr_effort_rule_copy_extra (HrItem *item,
                           HrItem *copy)
{
  set_value (HR_EFFORT_RULE (copy), HR_EFFORT_RULE (item)->value);
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
  item_class->copy_extra = hr_effort_rule_copy_extra;
  item_class->check_extra = hr_effort_rule_check_extra;
  hr_item_class_install_data_fields (item_class, "rule", rule_fields, G_N_ELEMENTS (rule_fields),
                                     G_STRUCT_OFFSET (HrEffortRule, data));
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
  set_value (self, value);
  return self;
}

const char *hr_effort_rule_get_attribute (HrEffortRule *self) { return self->data.attribute; }
HrRuleOp hr_effort_rule_get_op (HrEffortRule *self) { return self->data.op; }
JsonNode *hr_effort_rule_get_value (HrEffortRule *self) { return self->value; }
double hr_effort_rule_get_factor (HrEffortRule *self) { return self->data.factor; }
const char *hr_effort_rule_get_label (HrEffortRule *self) { return self->data.label ? self->data.label : ""; }

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
  JsonNode *held = attributes ? json_object_get_member (attributes, self->data.attribute) : NULL;

  if (held == NULL)
    return FALSE;
  if (hr_node_is_string (self->value))
    {
      gboolean equal;

      if (!hr_node_is_string (held))
        return FALSE;
      equal = g_str_equal (json_node_get_string (held), json_node_get_string (self->value));
      return self->data.op == HR_RULE_EQUAL ? equal : self->data.op == HR_RULE_NOT_EQUAL ? !equal : FALSE;
    }
  if (!hr_node_is_number (held))
    return FALSE;
  else
    {
      double a = json_node_get_double (held), v = json_node_get_double (self->value);

      switch ((HrRuleOp) self->data.op)
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

/* hr-account.c: a customer account, usually from a CRM (spec §5 account) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrAccount, hr_account, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrAccount, member)

static const HrField account_fields[] = {
  { "id", HR_FIELD_STRING, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "segment", HR_FIELD_REFERENCE, HR_FIELD_REQUIRED, OFFSET (segment) },
  { "owner", HR_FIELD_REFERENCE, HR_FIELD_NULLABLE, OFFSET (owner) },
  { "start", HR_FIELD_MONTH, HR_FIELD_REQUIRED, OFFSET (start), 0, 0, 2027 * 12 },
  { "arr", HR_FIELD_NUMBER, HR_FIELD_NULLABLE, OFFSET (arr), 0, 0, NAN },
  { "effort_factor", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (effort_factor), 0, 0, 1 },
  { "pinned", HR_FIELD_BOOLEAN, 0, OFFSET (pinned), 0, 0, FALSE },
};

static gboolean
hr_account_load_extra (HrItem      *item,
                       JsonObject  *object,
                       const char  *path,
                       GPtrArray   *warnings,
                       GError     **error)
{
  HrAccount *self = HR_ACCOUNT (item);
  JsonNode *node = json_object_get_member (object, "attributes");
  glong length = g_utf8_strlen (self->id, -1);
  g_autoptr(JsonObject) attributes = json_object_new ();

  if (length < 1 || length > HR_ACCOUNT_ID_MAX)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.id: must be 1 to %d characters, got %ld"), path, HR_ACCOUNT_ID_MAX, length);
      return FALSE;
    }
  if (node && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr(GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s.attributes: must be an object of names and values"), path);
          return FALSE;
        }
      members = json_object_get_members (json_node_get_object (node));
      for (GList *l = members; l; l = l->next)
        {
          JsonNode *value = json_object_get_member (json_node_get_object (node), l->data);
          GType type = JSON_NODE_HOLDS_VALUE (value) ? json_node_get_value_type (value) : G_TYPE_INVALID;

          if (type != G_TYPE_STRING && type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
            {
              g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                           _("%s.attributes.%s: must be a string or a number"), path, (char *) l->data);
              return FALSE;
            }
          json_object_set_member (attributes, l->data, json_node_copy (value));
        }
    }
  hr_account_set_attributes (self, attributes);
  return TRUE;
}

static void
hr_account_save_extra (HrItem      *item,
                       JsonBuilder *builder)
{
  HrAccount *self = HR_ACCOUNT (item);
  g_autoptr(GList) members = json_object_get_members (self->attributes);

  json_builder_set_member_name (builder, "attributes");
  json_builder_begin_object (builder);
  for (GList *l = members; l; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (self->attributes, l->data)));
    }
  json_builder_end_object (builder);
}

static gboolean
hr_account_is_extra_key (const char *key)
{
  return g_str_equal (key, "attributes");
}

static void
hr_account_finalize (GObject *object)
{
  HrAccount *self = HR_ACCOUNT (object);

  g_clear_pointer (&self->attributes, json_object_unref);

  G_OBJECT_CLASS (hr_account_parent_class)->finalize (object);
}

static void
hr_account_class_init (HrAccountClass *klass)
{
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hr_account_finalize;
  item_class->load_extra = hr_account_load_extra;
  item_class->save_extra = hr_account_save_extra;
  item_class->is_extra_key = hr_account_is_extra_key;
  hr_item_class_install_fields (item_class, "account",
                                account_fields, G_N_ELEMENTS (account_fields));
}

static void
hr_account_init (HrAccount *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->attributes = json_object_new ();
}

HrAccount *
hr_account_new (const char *id,
                const char *segment_id,
                int         start)
{
  HrAccount *self = g_object_new (HR_TYPE_ACCOUNT, "id", id, "segment", segment_id, NULL);

  self->start = start;
  return self;
}

const char *hr_account_get_id (HrAccount *self) { return self->id; }
const char *hr_account_get_segment (HrAccount *self) { return self->segment; }
const char *hr_account_get_owner (HrAccount *self) { return self->owner; }
int hr_account_get_start (HrAccount *self) { return self->start; }
double hr_account_get_arr (HrAccount *self) { return self->arr; }
double hr_account_get_effort_factor (HrAccount *self) { return self->effort_factor; }
gboolean hr_account_get_pinned (HrAccount *self) { return self->pinned; }
JsonObject *hr_account_get_attributes (HrAccount *self) { return self->attributes; }

const char *
hr_account_get_name (HrAccount *self)
{
  g_return_val_if_fail (HR_IS_ACCOUNT (self), NULL);
  return self->name && *self->name ? self->name : self->id;
}

void
hr_account_set_attributes (HrAccount  *self,
                           JsonObject *attributes)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = NULL;

  g_return_if_fail (HR_IS_ACCOUNT (self));

  /* values are strings and numbers: a node copy is a full copy */
  if (attributes)
    members = json_object_get_members (attributes);
  for (GList *l = members; l; l = l->next)
    json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (attributes, l->data)));
  g_clear_pointer (&self->attributes, json_object_unref);
  self->attributes = copy;
  hr_item_emit_changed (HR_ITEM (self));
}

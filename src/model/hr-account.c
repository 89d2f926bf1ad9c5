/* hr-account.c: a customer account, usually from a CRM (spec §5 account) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-json.h"
#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrAccount, hr_account, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrAccountData, member)

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

static const char *
account_name (HrAccount *self)
{
  return self->data.name && *self->data.name ? self->data.name : NULL;
}

static gboolean
fail_field (HrAccount   *self,
            const char  *path,
            const char  *field,
            const char  *problem,
            GError     **error)
{
  g_autofree char *message = hr_item_field_message (g_str_equal (field, "id") ? NULL : account_name (self),
                                                    path, field, problem);

  g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_attribute_value (JsonNode *value)
{
  return hr_node_is_string (value) || hr_node_is_number (value);
}

/* The rules a file's account follows beyond its field table: the CRM id's
 * length, attributes of strings and numbers */
static gboolean
check_account (HrAccount   *self,
               JsonObject  *attributes,
               const char  *path,
               GError     **error)
{
  glong length = self->data.id ? g_utf8_strlen (self->data.id, -1) : 0;
  g_autoptr(GList) members = NULL;

  if (length < 1 || length > HR_ACCOUNT_ID_MAX)
    {
      g_autofree char *problem = NULL;

      if (path == NULL)
        return FALSE;
      problem = g_strdup_printf (_("must be 1 to %d characters, got %ld"), HR_ACCOUNT_ID_MAX, length);
      return fail_field (self, path, "id", problem, error);
    }
  members = json_object_get_members (attributes);
  for (GList *l = members; l; l = l->next)
    if (!is_attribute_value (json_object_get_member (attributes, l->data)))
      {
        g_autofree char *field = NULL;

        if (path == NULL)
          return FALSE;
        field = g_strdup_printf ("attributes.%s", (char *) l->data);
        return fail_field (self, path, field, _("must be a string or a number"), error);
      }
  return TRUE;
}

static gboolean
hr_account_load_extra (HrItem      *item,
                       JsonObject  *object,
                       const char  *path,
                       GPtrArray   *warnings,
                       GError     **error)
{
  HrAccount *self = HR_ACCOUNT (item);
  JsonNode *node = json_object_get_member (object, "attributes");
  g_autoptr(JsonObject) empty = json_object_new ();
  JsonObject *attributes = empty;

  if (node && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_field (self, path, "attributes", _("must be an object of names and values"), error);
      attributes = json_node_get_object (node);
    }
  if (!check_account (self, attributes, path, error))
    return FALSE;
  hr_account_set_attributes (self, attributes);
  return TRUE;
}

/* Accounts edited in memory: the same rules as a file's */
static gboolean
hr_account_check_extra (HrItem      *item,
                        const char  *path,
                        GError     **error)
{
  HrAccount *self = HR_ACCOUNT (item);

  return check_account (self, self->attributes, path, error);
}

static void
hr_account_copy_extra (HrItem *item,
                       HrItem *copy)
{
  hr_account_set_attributes (HR_ACCOUNT (copy), HR_ACCOUNT (item)->attributes);
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
  item_class->copy_extra = hr_account_copy_extra;
  item_class->check_extra = hr_account_check_extra;
  hr_item_class_install_data_fields (item_class, "account",
                                     account_fields, G_N_ELEMENTS (account_fields),
                                     G_STRUCT_OFFSET (HrAccount, data));
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

  self->data.start = start;
  return self;
}

const char *hr_account_get_id (HrAccount *self) { return self->data.id; }
const char *hr_account_get_segment (HrAccount *self) { return self->data.segment; }
const char *hr_account_get_owner (HrAccount *self) { return self->data.owner; }
int hr_account_get_start (HrAccount *self) { return self->data.start; }
double hr_account_get_arr (HrAccount *self) { return self->data.arr; }
double hr_account_get_effort_factor (HrAccount *self) { return self->data.effort_factor; }
gboolean hr_account_get_pinned (HrAccount *self) { return self->data.pinned; }
JsonObject *hr_account_get_attributes (HrAccount *self) { return self->attributes; }

const char *
hr_account_get_name (HrAccount *self)
{
  g_return_val_if_fail (HR_IS_ACCOUNT (self), NULL);
  return self->data.name && *self->data.name ? self->data.name : self->data.id;
}

void
hr_account_set_attributes (HrAccount  *self,
                           JsonObject *attributes)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = NULL;

  g_return_if_fail (HR_IS_ACCOUNT (self));

  if (attributes)
    members = json_object_get_members (attributes);
  for (GList *l = members; l; l = l->next)
    json_object_set_member (copy, l->data, hr_json_node_copy_deep (json_object_get_member (attributes, l->data)));
  g_clear_pointer (&self->attributes, json_object_unref);
  self->attributes = copy;
  hr_item_emit_changed (HR_ITEM (self));
}

/* hr-item.c: field tables shared by every item of a plan */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-format.h"
#include "hr-item.h"
#include "hr-json.h"
#include "hr-plan-private.h"

typedef struct
{
  /* keys of the file that Headroom does not know, kept for saving */
  JsonObject *unknown;
  /* what a scenario set that the item could not store (hr-item-values.c) */
  HrItemValues values;
} HrItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HrItem, hr_item, G_TYPE_OBJECT)

static GQuark field_quark;

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
hr_item_emit_changed (HrItem *self)
{
  g_return_if_fail (HR_IS_ITEM (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
hr_id_is_valid (const char *id)
{
  gsize len;

  if (id == NULL || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  len = strlen (id);
  if (len > 63)
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!(g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-' || id[i] == '_'))
      return FALSE;
  return TRUE;
}

gboolean
hr_month_parse (const char *text,
                int        *absolute)
{
  int year, month;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = atoi (text);
  month = atoi (text + 5);
  if (year < 1900 || month < 1 || month > 12)
    return FALSE;
  *absolute = year * 12 + month - 1;
  return TRUE;
}

char *
hr_month_format (int absolute)
{
  return g_strdup_printf ("%04d-%02d", absolute / 12, absolute % 12 + 1);
}

const HrField *
hr_item_class_find_field (HrItemClass *klass,
                          const char  *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return &klass->fields[i];
  return NULL;
}

static void
set_default (HrItem        *self,
             const HrField *field)
{
  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      g_free (HR_ITEM_FIELD (self, field, char *));
      HR_ITEM_FIELD (self, field, char *) = g_strdup (field->default_string);
      break;
    case HR_FIELD_NUMBER:
      HR_ITEM_FIELD (self, field, double) = field->default_number;
      break;
    case HR_FIELD_INTEGER:
    case HR_FIELD_ENUM:
    case HR_FIELD_MONTH:
    case HR_FIELD_BOOLEAN:
      HR_ITEM_FIELD (self, field, int) = (int) field->default_number;
      break;
    case HR_FIELD_ID_LIST:
      g_clear_pointer (&HR_ITEM_FIELD (self, field, char **), g_strfreev);
      break;
    case HR_FIELD_NUMBER_LIST:
      g_clear_pointer (&HR_ITEM_FIELD (self, field, GArray *), g_array_unref);
      if (field->default_list)
        {
          GArray *list = g_array_sized_new (FALSE, FALSE, sizeof (double), field->default_list_len);
          g_array_append_vals (list, field->default_list, field->default_list_len);
          HR_ITEM_FIELD (self, field, GArray *) = list;
        }
      break;
    }
}

/* Stores a node that hr_field_check_node() accepted */
void
hr_item_store_node (HrItem        *self,
            const HrField *field,
            JsonNode      *node)
{
  gboolean null = JSON_NODE_HOLDS_NULL (node);

  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      g_free (HR_ITEM_FIELD (self, field, char *));
      HR_ITEM_FIELD (self, field, char *) = null ? NULL : g_strdup (json_node_get_string (node));
      break;
    case HR_FIELD_NUMBER:
      HR_ITEM_FIELD (self, field, double) = null ? NAN : json_node_get_double (node);
      break;
    case HR_FIELD_INTEGER:
      HR_ITEM_FIELD (self, field, int) = null ? -1 : (int) json_node_get_double (node);
      break;
    case HR_FIELD_ENUM:
      for (int i = 0; field->choices[i]; i++)
        if (g_str_equal (field->choices[i], json_node_get_string (node)))
          HR_ITEM_FIELD (self, field, int) = i;
      break;
    case HR_FIELD_MONTH:
      hr_month_parse (json_node_get_string (node), &HR_ITEM_FIELD (self, field, int));
      break;
    case HR_FIELD_BOOLEAN:
      HR_ITEM_FIELD (self, field, int) = json_node_get_boolean (node);
      break;
    case HR_FIELD_ID_LIST:
      {
        GStrvBuilder *ids = g_strv_builder_new ();
        JsonArray *array = null ? NULL : json_node_get_array (node);

        for (guint i = 0; array && i < json_array_get_length (array); i++)
          g_strv_builder_add (ids, json_array_get_string_element (array, i));
        g_clear_pointer (&HR_ITEM_FIELD (self, field, char **), g_strfreev);
        HR_ITEM_FIELD (self, field, char **) = null ? NULL : g_strv_builder_end (ids);
        g_strv_builder_unref (ids);
        break;
      }
    case HR_FIELD_NUMBER_LIST:
      {
        JsonArray *array = json_node_get_array (node);
        GArray *list = g_array_sized_new (FALSE, FALSE, sizeof (double), json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            double value = json_array_get_double_element (array, i);
            g_array_append_val (list, value);
          }
        g_clear_pointer (&HR_ITEM_FIELD (self, field, GArray *), g_array_unref);
        HR_ITEM_FIELD (self, field, GArray *) = list;
        break;
      }
    }
}

/* The fields of @object into @self, counting those it holds; with @path
 * NULL, only whether they are all valid, without a message */
static gboolean
load_fields (HrItem      *self,
             JsonObject  *object,
             const char  *path,
             guint       *n_known,
             GError     **error)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemPrivate *priv = hr_item_get_instance_private (self);

  *n_known = 0;
  g_clear_pointer (&priv->values.refused, json_object_unref);
  priv->values.missing = 0;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HrField *field = &klass->fields[i];
      JsonNode *node = json_object_get_member (object, field->name);

      if (node == NULL)
        {
          if (field->flags & HR_FIELD_REQUIRED)
            {
              if (path == NULL)
                return FALSE;
              /* Translators: %s says what the field holds, e.g. a month as "YYYY-MM" */
              g_autofree char *problem = g_strdup_printf (_("is required: expected %s"),
                                                          hr_field_describe_expected (field));
              g_autofree char *message = hr_item_field_message (hr_item_name_in_file (object), path,
                                                                field->name, problem);
              g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
              return FALSE;
            }
          set_default (self, field);
          continue;
        }
      else
        {
          g_autofree char *problem = hr_field_check_node (field, node);
          if (problem)
            {
              g_autofree char *message = NULL;

              if (path == NULL)
                return FALSE;
              message =
                hr_item_field_message (field->type == HR_FIELD_ID ? NULL : hr_item_name_in_file (object),
                                       path, field->name, problem);
              g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
              return FALSE;
            }
          hr_item_store_node (self, field, node);
          (*n_known)++;
        }
    }
  return TRUE;
}

gboolean
hr_item_load (HrItem      *self,
              JsonObject  *object,
              const char  *path,
              GPtrArray   *warnings,
              GError     **error)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemPrivate *priv = hr_item_get_instance_private (self);
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;
  guint n_known;

  if (!load_fields (self, object, path, &n_known, error))
    return FALSE;
  if (klass->load_extra && !klass->load_extra (self, object, path, warnings, error))
    return FALSE;

  g_clear_pointer (&priv->unknown, json_object_unref);
  /* every member a field: nothing unknown to look for */
  if (json_object_get_size (object) == n_known)
    return TRUE;
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      if (hr_item_class_find_field (klass, key) ||
          (klass->is_extra_key && klass->is_extra_key (key)))
        continue;
      hr_item_keep_unknown (self, key, value);
      if (warnings)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("%s%sunknown key \"%s\" is kept but not used"),
                                          path, *path ? ": " : "", key));
    }
  return TRUE;
}

gboolean
hr_item_load_quietly (HrItem     *self,
                      JsonObject *object)
{
  HrItemPrivate *priv = hr_item_get_instance_private (self);
  guint n_known;

  g_assert (HR_ITEM_GET_CLASS (self)->load_extra == NULL);

  if (!load_fields (self, object, NULL, &n_known, NULL) || json_object_get_size (object) != n_known)
    return FALSE;
  g_clear_pointer (&priv->unknown, json_object_unref);
  return TRUE;
}

static void
save_field (HrItem        *self,
            const HrField *field,
            JsonBuilder   *builder,
            const char    *work_role)
{
  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      {
        const char *value = HR_ITEM_FIELD (self, field, char *);
        /* a reference left to its default names the work role */
        if (value == NULL && field->type == HR_FIELD_REFERENCE && !(field->flags & HR_FIELD_NULLABLE))
          value = work_role;
        /* unset names and references take their default when read back */
        if (value == NULL && !(field->flags & HR_FIELD_NULLABLE))
          return;
        json_builder_set_member_name (builder, field->name);
        if (value)
          json_builder_add_string_value (builder, value);
        else
          json_builder_add_null_value (builder);
        break;
      }
    case HR_FIELD_NUMBER:
      {
        double value = HR_ITEM_FIELD (self, field, double);
        json_builder_set_member_name (builder, field->name);
        if (isnan (value))
          json_builder_add_null_value (builder);
        else
          json_builder_add_double_value (builder, value);
        break;
      }
    case HR_FIELD_INTEGER:
      {
        int value = HR_ITEM_FIELD (self, field, int);
        json_builder_set_member_name (builder, field->name);
        if (value < 0 && (field->flags & HR_FIELD_NULLABLE))
          json_builder_add_null_value (builder);
        else
          json_builder_add_int_value (builder, value);
        break;
      }
    case HR_FIELD_ENUM:
      json_builder_set_member_name (builder, field->name);
      json_builder_add_string_value (builder, field->choices[HR_ITEM_FIELD (self, field, int)]);
      break;
    case HR_FIELD_BOOLEAN:
      json_builder_set_member_name (builder, field->name);
      json_builder_add_boolean_value (builder, HR_ITEM_FIELD (self, field, int));
      break;
    case HR_FIELD_ID_LIST:
      {
        char **ids = HR_ITEM_FIELD (self, field, char **);

        json_builder_set_member_name (builder, field->name);
        if (ids == NULL)
          {
            json_builder_add_null_value (builder);
            break;
          }
        json_builder_begin_array (builder);
        for (guint i = 0; ids[i]; i++)
          json_builder_add_string_value (builder, ids[i]);
        json_builder_end_array (builder);
        break;
      }
    case HR_FIELD_MONTH:
      {
        g_autofree char *month = NULL;
        /* an optional month that was never set follows its default */
        if (HR_ITEM_FIELD (self, field, int) < 0)
          return;
        month = hr_month_format (HR_ITEM_FIELD (self, field, int));
        json_builder_set_member_name (builder, field->name);
        json_builder_add_string_value (builder, month);
        break;
      }
    case HR_FIELD_NUMBER_LIST:
      {
        GArray *list = HR_ITEM_FIELD (self, field, GArray *);
        if (list == NULL)
          return;
        json_builder_set_member_name (builder, field->name);
        json_builder_begin_array (builder);
        for (guint i = 0; i < list->len; i++)
          json_builder_add_double_value (builder, g_array_index (list, double, i));
        json_builder_end_array (builder);
        break;
      }
    }
}

void
hr_item_save (HrItem      *self,
              JsonBuilder *builder)
{
  hr_item_save_with_work_role (self, builder, NULL);
}

void
hr_item_save_with_work_role (HrItem      *self,
                             JsonBuilder *builder,
                             const char  *work_role)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemPrivate *priv = hr_item_get_instance_private (self);

  json_builder_begin_object (builder);
  for (guint i = 0; i < klass->n_fields; i++)
    save_field (self, &klass->fields[i], builder, work_role);
  if (klass->save_extra)
    klass->save_extra (self, builder);
  if (priv->unknown)
    {
      g_autoptr(GList) members = json_object_get_members (priv->unknown);
      for (GList *l = members; l; l = l->next)
        {
          json_builder_set_member_name (builder, l->data);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (priv->unknown, l->data)));
        }
    }
  json_builder_end_object (builder);
}

void
hr_item_copy_field (HrItem        *self,
                    HrItem        *copy,
                    const HrField *field)
{
  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      g_free (HR_ITEM_FIELD (copy, field, char *));
      HR_ITEM_FIELD (copy, field, char *) = g_strdup (HR_ITEM_FIELD (self, field, char *));
      break;
    case HR_FIELD_NUMBER:
      HR_ITEM_FIELD (copy, field, double) = HR_ITEM_FIELD (self, field, double);
      break;
    case HR_FIELD_INTEGER:
    case HR_FIELD_ENUM:
    case HR_FIELD_MONTH:
    case HR_FIELD_BOOLEAN:
      HR_ITEM_FIELD (copy, field, int) = HR_ITEM_FIELD (self, field, int);
      break;
    case HR_FIELD_ID_LIST:
      g_strfreev (HR_ITEM_FIELD (copy, field, char **));
      HR_ITEM_FIELD (copy, field, char **) = g_strdupv (HR_ITEM_FIELD (self, field, char **));
      break;
    case HR_FIELD_NUMBER_LIST:
      g_clear_pointer (&HR_ITEM_FIELD (copy, field, GArray *), g_array_unref);
      if (HR_ITEM_FIELD (self, field, GArray *))
        HR_ITEM_FIELD (copy, field, GArray *) = g_array_copy (HR_ITEM_FIELD (self, field, GArray *));
      break;
    }
}

static JsonObject *
copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;

  if (object == NULL)
    return NULL;
  node = json_node_init_object (json_node_alloc (), object);
  copy = hr_json_node_copy_deep (node);
  return json_node_dup_object (copy);
}

/* Extras of a class without copy_extra go through its own save and load */
static void
copy_extra_through_json (HrItem *self,
                         HrItem *copy)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  json_builder_begin_object (builder);
  klass->save_extra (self, builder);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  /* what an item saves, it loads: only a broken invariant fails here */
  if (!klass->load_extra (copy, json_node_get_object (node), "copy", NULL, &error))
    g_critical ("Cannot copy a %s: %s", klass->kind, error->message);
}

HrItem *
hr_item_copy (HrItem *self)
{
  HrItemClass *klass;
  HrItemPrivate *priv, *copy_priv;
  HrItem *copy;

  g_return_val_if_fail (HR_IS_ITEM (self), NULL);

  klass = HR_ITEM_GET_CLASS (self);
  priv = hr_item_get_instance_private (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  copy_priv = hr_item_get_instance_private (copy);
  for (guint i = 0; i < klass->n_fields; i++)
    hr_item_copy_field (self, copy, &klass->fields[i]);
  copy_priv->unknown = copy_object (priv->unknown);
  copy_priv->values.refused = copy_object (priv->values.refused);
  copy_priv->values.missing = priv->values.missing;
  if (klass->copy_extra)
    klass->copy_extra (self, copy);
  else if (klass->save_extra && klass->load_extra)
    copy_extra_through_json (self, copy);
  return copy;
}

void
hr_item_keep_unknown (HrItem     *self,
                      const char *key,
                      JsonNode   *node)
{
  HrItemPrivate *priv = hr_item_get_instance_private (self);

  if (priv->unknown == NULL)
    priv->unknown = json_object_new ();
  json_object_set_member (priv->unknown, key, hr_json_node_copy_deep (node));
}

HrItemValues *
hr_item_get_values (HrItem *self)
{
  HrItemPrivate *priv = hr_item_get_instance_private (self);

  return &priv->values;
}

const char *
hr_item_get_id (HrItem *self)
{
  const HrField *field = HR_ITEM_GET_CLASS (self)->id_field;

  return field ? HR_ITEM_FIELD (self, field, char *) : NULL;
}

char *
hr_item_dup_path (HrItem     *self,
                  const char *array,
                  guint       index)
{
  const char *id = hr_item_get_id (self);

  if (id && hr_id_is_valid (id))
    return g_strdup_printf ("%s[%s]", array, id);
  return g_strdup_printf ("%s[%u]", array, index);
}

/* --- GObject properties generated from the table --- */

static void
hr_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HrItem *self = HR_ITEM (object);
  const HrField *field = g_param_spec_get_qdata (pspec, field_quark);

  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      g_value_set_string (value, HR_ITEM_FIELD (self, field, char *));
      break;
    case HR_FIELD_NUMBER:
      g_value_set_double (value, HR_ITEM_FIELD (self, field, double));
      break;
    case HR_FIELD_INTEGER:
      g_value_set_int (value, HR_ITEM_FIELD (self, field, int));
      break;
    case HR_FIELD_ENUM:
      g_value_set_string (value, field->choices[HR_ITEM_FIELD (self, field, int)]);
      break;
    case HR_FIELD_MONTH:
      g_value_take_string (value, HR_ITEM_FIELD (self, field, int) < 0 ? NULL
                                  : hr_month_format (HR_ITEM_FIELD (self, field, int)));
      break;
    case HR_FIELD_BOOLEAN:
      g_value_set_boolean (value, HR_ITEM_FIELD (self, field, int));
      break;
    case HR_FIELD_ID_LIST:
      g_value_set_boxed (value, HR_ITEM_FIELD (self, field, char **));
      break;
    case HR_FIELD_NUMBER_LIST:
      {
        GArray *list = HR_ITEM_FIELD (self, field, GArray *);
        g_value_set_variant (value, list ? g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE,
                                                                      list->data, list->len,
                                                                      sizeof (double))
                                         : NULL);
        break;
      }
    }
}

static gboolean
set_field (HrItem        *self,
           const HrField *field,
           const GValue  *value)
{
  switch (field->type)
    {
    case HR_FIELD_STRING:
    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      {
        char **slot = &HR_ITEM_FIELD (self, field, char *);
        const char *text = g_value_get_string (value);
        if (g_strcmp0 (*slot, text) == 0)
          return FALSE;
        g_free (*slot);
        *slot = g_strdup (text);
        return TRUE;
      }
    case HR_FIELD_NUMBER:
      {
        double *slot = &HR_ITEM_FIELD (self, field, double);
        double new_value = g_value_get_double (value);
        if (*slot == new_value || (isnan (*slot) && isnan (new_value)))
          return FALSE;
        *slot = new_value;
        return TRUE;
      }
    case HR_FIELD_INTEGER:
      {
        int *slot = &HR_ITEM_FIELD (self, field, int);
        if (*slot == g_value_get_int (value))
          return FALSE;
        *slot = g_value_get_int (value);
        return TRUE;
      }
    case HR_FIELD_ENUM:
      {
        const char *text = g_value_get_string (value);
        int *slot = &HR_ITEM_FIELD (self, field, int);
        for (int i = 0; text && field->choices[i]; i++)
          if (g_str_equal (field->choices[i], text))
            {
              if (*slot == i)
                return FALSE;
              *slot = i;
              return TRUE;
            }
        g_warning ("%s.%s: \"%s\" is not a valid choice", G_OBJECT_TYPE_NAME (self),
                   field->name, text ? text : "(null)");
        return FALSE;
      }
    case HR_FIELD_ID_LIST:
      {
        char ***slot = &HR_ITEM_FIELD (self, field, char **);
        char **ids = g_value_get_boxed (value);

        if ((*slot == NULL && ids == NULL) ||
            (*slot && ids && g_strv_equal ((const char * const *) *slot, (const char * const *) ids)))
          return FALSE;
        g_strfreev (*slot);
        *slot = g_strdupv (ids);
        return TRUE;
      }
    case HR_FIELD_BOOLEAN:
      {
        int *slot = &HR_ITEM_FIELD (self, field, int);
        if (*slot == g_value_get_boolean (value))
          return FALSE;
        *slot = g_value_get_boolean (value);
        return TRUE;
      }
    case HR_FIELD_MONTH:
      {
        int month;
        if (g_value_get_string (value) == NULL && (field->flags & HR_FIELD_OPTIONAL))
          month = -1;
        else if (!hr_month_parse (g_value_get_string (value), &month))
          {
            g_warning ("%s.%s: not a month", G_OBJECT_TYPE_NAME (self), field->name);
            return FALSE;
          }
        if (HR_ITEM_FIELD (self, field, int) == month)
          return FALSE;
        HR_ITEM_FIELD (self, field, int) = month;
        return TRUE;
      }
    case HR_FIELD_NUMBER_LIST:
      {
        GVariant *variant = g_value_get_variant (value);
        GArray **slot = &HR_ITEM_FIELD (self, field, GArray *);
        GArray *list = NULL;

        if (variant)
          {
            gsize n;
            const double *values = g_variant_get_fixed_array (variant, &n, sizeof (double));
            list = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
            g_array_append_vals (list, values, n);
          }
        if ((*slot == NULL && list == NULL) ||
            (*slot && list && (*slot)->len == list->len &&
             memcmp ((*slot)->data, list->data, list->len * sizeof (double)) == 0))
          {
            g_clear_pointer (&list, g_array_unref);
            return FALSE;
          }
        g_clear_pointer (slot, g_array_unref);
        *slot = list;
        return TRUE;
      }
    }
  g_assert_not_reached ();
}

static void
hr_item_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  const HrField *field = g_param_spec_get_qdata (pspec, field_quark);

  if (set_field (HR_ITEM (object), field, value))
    g_object_notify_by_pspec (object, pspec);
}

static void
hr_item_finalize (GObject *object)
{
  HrItem *self = HR_ITEM (object);
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);
  HrItemPrivate *priv = hr_item_get_instance_private (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HrField *field = &klass->fields[i];
      if (field->type == HR_FIELD_STRING || field->type == HR_FIELD_ID ||
          field->type == HR_FIELD_REFERENCE)
        g_free (HR_ITEM_FIELD (self, field, char *));
      else if (field->type == HR_FIELD_NUMBER_LIST)
        g_clear_pointer (&HR_ITEM_FIELD (self, field, GArray *), g_array_unref);
      else if (field->type == HR_FIELD_ID_LIST)
        g_clear_pointer (&HR_ITEM_FIELD (self, field, char **), g_strfreev);
    }
  g_clear_pointer (&priv->unknown, json_object_unref);
  g_clear_pointer (&priv->values.refused, json_object_unref);

  G_OBJECT_CLASS (hr_item_parent_class)->finalize (object);
}

static void
hr_item_dispatch_properties_changed (GObject     *object,
                                     guint        n_pspecs,
                                     GParamSpec **pspecs)
{
  G_OBJECT_CLASS (hr_item_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  hr_item_emit_changed (HR_ITEM (object));
}

static void
hr_item_class_init (HrItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispatch_properties_changed = hr_item_dispatch_properties_changed;
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   G_STRUCT_OFFSET (HrItemClass, changed),
                                   NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  object_class->finalize = hr_item_finalize;
  field_quark = g_quark_from_static_string ("hr-item-field");
}

static void
hr_item_init (HrItem *self)
{
}

/* Each item starts with its defaults; subclasses call this from init */
void
hr_item_init_defaults (HrItem *self)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    set_default (self, &klass->fields[i]);
}

void
hr_item_class_install_fields (HrItemClass   *klass,
                              const char    *kind,
                              const HrField *fields,
                              guint          n_fields)
{
  hr_item_class_install_data_fields (klass, kind, fields, n_fields, 0);
}

void
hr_item_class_install_data_fields (HrItemClass   *klass,
                                   const char    *kind,
                                   const HrField *fields,
                                   guint          n_fields,
                                   gsize          data_offset)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_assert (n_fields <= 64);
  klass->data_offset = data_offset;
  klass->id_field = NULL;

  /* GObject does not inherit property accessors: each class sets them */
  object_class->get_property = hr_item_get_property;
  object_class->set_property = hr_item_set_property;
  klass->kind = kind;
  klass->fields = fields;
  klass->n_fields = n_fields;
  for (guint i = 0; i < n_fields; i++)
    {
      const HrBound *bound = hr_plan_find_bound (kind, fields[i].name);
      if (bound)
        hr_field_set_bound (&fields[i], bound);
    }

  for (guint i = 0; i < n_fields; i++)
    {
      const HrField *field = &fields[i];
      g_autofree char *name = g_strdelimit (g_strdup (field->name), "_", '-');
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY;
      GParamSpec *pspec = NULL;

      switch (field->type)
        {
        case HR_FIELD_STRING:
        case HR_FIELD_ID:
        case HR_FIELD_REFERENCE:
        case HR_FIELD_ENUM:
        case HR_FIELD_MONTH:
          pspec = g_param_spec_string (name, NULL, NULL, field->default_string, flags);
          break;
        case HR_FIELD_NUMBER:
          pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                       isnan (field->default_number) ? 0 : field->default_number,
                                       flags);
          break;
        case HR_FIELD_INTEGER:
          pspec = g_param_spec_int (name, NULL, NULL, -1, G_MAXINT,
                                    (int) field->default_number, flags);
          break;
        case HR_FIELD_NUMBER_LIST:
          pspec = g_param_spec_variant (name, NULL, NULL, G_VARIANT_TYPE ("ad"), NULL, flags);
          break;
        case HR_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (name, NULL, NULL, field->default_number != 0, flags);
          break;
        case HR_FIELD_ID_LIST:
          pspec = g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, flags);
          break;
        }
      if (g_str_equal (field->name, "id"))
        klass->id_field = field;
      g_param_spec_set_qdata (pspec, field_quark, (gpointer) field);
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

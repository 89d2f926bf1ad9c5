/* hr-moment.c: a service moment of the journey and how each tier receives
 * it (spec §2 moment and treatment) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-forecast.h"
#include "hr-plan-private.h"

G_DEFINE_FINAL_TYPE (HrTreatment, hr_treatment, HR_TYPE_ITEM)
G_DEFINE_FINAL_TYPE (HrMoment, hr_moment, HR_TYPE_ITEM)

static const char * const mode_choices[] = {
  "one_to_one", "one_to_many", "digital", "skip", NULL
};

static const char * const play_choices[] = {
  "purchase_welcome", "kickoff", "onboarding", "first_value", "value_blocks",
  "sharing_insights", "alignment_meeting", "renew_grow", "supporting", NULL
};

static const HrField treatment_fields[] = {
  { "mode", HR_FIELD_ENUM, 0, G_STRUCT_OFFSET (HrTreatmentData, mode), 0, 0, HR_MODE_ONE_TO_ONE,
    "one_to_one", mode_choices },
  { "factor", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, G_STRUCT_OFFSET (HrTreatmentData, factor), 0, 0, 1 },
  { "group_size", HR_FIELD_NUMBER, 0, G_STRUCT_OFFSET (HrTreatmentData, group_size), 1, 0, 10 },
};

#define OFFSET(member) G_STRUCT_OFFSET (HrMomentData, member)

static const HrField moment_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "play", HR_FIELD_ENUM, 0, OFFSET (play), 0, 0, HR_PLAY_SUPPORTING, "supporting", play_choices },
  { "role", HR_FIELD_REFERENCE, HR_FIELD_OPTIONAL, OFFSET (role) },
  { "at", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (at), 0, 1200, 0 },
  { "every", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (every), 0, 1200, 0 },
  { "until", HR_FIELD_INTEGER, HR_FIELD_NULLABLE | HR_FIELD_HAS_MAX, OFFSET (until), 0, 1200, -1 },
  { "prep", HR_FIELD_NUMBER, 0, OFFSET (prep), 0, 0, 0 },
  { "exec", HR_FIELD_NUMBER, 0, OFFSET (exec), 0, 0, 0 },
  { "follow", HR_FIELD_NUMBER, 0, OFFSET (follow), 0, 0, 0 },
};

/* --- treatment --- */

/* an edit of a treatment is an edit of its moment */
static void
hr_treatment_changed (HrItem *item)
{
  HrTreatment *self = HR_TREATMENT (item);

  if (self->moment)
    hr_item_emit_changed (HR_ITEM (self->moment));
}

static void
hr_treatment_class_init (HrTreatmentClass *klass)
{
  HR_ITEM_CLASS (klass)->changed = hr_treatment_changed;
  hr_item_class_install_data_fields (HR_ITEM_CLASS (klass), "treatment",
                                     treatment_fields, G_N_ELEMENTS (treatment_fields),
                                     G_STRUCT_OFFSET (HrTreatment, data));
}

static void
hr_treatment_init (HrTreatment *self)
{
  hr_item_init_defaults (HR_ITEM (self));
}

HrTreatment *
hr_treatment_new (void)
{
  return g_object_new (HR_TYPE_TREATMENT, NULL);
}

HrMode
hr_treatment_get_mode (HrTreatment *self)
{
  return self ? (HrMode) self->data.mode : HR_MODE_ONE_TO_ONE;
}

double
hr_treatment_get_factor (HrTreatment *self)
{
  return self ? self->data.factor : 1.0;
}

double
hr_treatment_get_group_size (HrTreatment *self)
{
  return self ? self->data.group_size : 10.0;
}

/* --- moment --- */

static void
add_treatment (HrMoment    *self,
               const char  *segment_id,
               HrTreatment *treatment)
{
  char *id = g_strdup (segment_id);

  g_ptr_array_add (self->tier_ids, id);
  g_ptr_array_add (self->treatments, treatment);
  g_hash_table_replace (self->by_segment, id, treatment);
  treatment->moment = self;
}

static void
clear_treatments (HrMoment *self)
{
  g_hash_table_remove_all (self->by_segment);
  for (guint i = 0; i < self->treatments->len; i++)
    HR_TREATMENT (self->treatments->pdata[i])->moment = NULL;
  g_ptr_array_set_size (self->tier_ids, 0);
  g_ptr_array_set_size (self->treatments, 0);
}

static gboolean
hr_moment_load_extra (HrItem      *item,
                      JsonObject  *object,
                      const char  *path,
                      GPtrArray   *warnings,
                      GError     **error)
{
  HrMoment *self = HR_MOMENT (item);
  JsonNode *node = json_object_get_member (object, "tiers");
  JsonObjectIter iter;
  const char *segment_id;
  JsonNode *value;

  clear_treatments (self);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.tiers: must be an object from segment id to treatment"), path);
      return FALSE;
    }
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &segment_id, &value))
    {
      g_autoptr(HrTreatment) treatment = hr_treatment_new ();
      g_autofree char *tier_path = NULL;

      /* a moment may treat each of many tiers: a path only for a message */
      if (JSON_NODE_HOLDS_OBJECT (value) &&
          hr_item_load_quietly (HR_ITEM (treatment), json_node_get_object (value)))
        {
          add_treatment (self, segment_id, g_steal_pointer (&treatment));
          continue;
        }
      tier_path = g_strdup_printf (_("%s.tiers[%s]"), path, segment_id);
      if (!JSON_NODE_HOLDS_OBJECT (value))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s: must be a treatment such as {\"mode\": \"one_to_many\", \"group_size\": 10}"),
                       tier_path);
          return FALSE;
        }
      if (!hr_item_load (HR_ITEM (treatment), json_node_get_object (value), tier_path, warnings, error))
        return FALSE;
      add_treatment (self, segment_id, g_steal_pointer (&treatment));
    }
  return TRUE;
}

static void
hr_moment_save_extra (HrItem      *item,
                      JsonBuilder *builder)
{
  HrMoment *self = HR_MOMENT (item);

  json_builder_set_member_name (builder, "tiers");
  json_builder_begin_object (builder);
  for (guint i = 0; i < self->tier_ids->len; i++)
    {
      json_builder_set_member_name (builder, self->tier_ids->pdata[i]);
      hr_item_save (self->treatments->pdata[i], builder);
    }
  json_builder_end_object (builder);
}

static void
hr_moment_copy_extra (HrItem *item,
                      HrItem *copy)
{
  HrMoment *self = HR_MOMENT (item);

  clear_treatments (HR_MOMENT (copy));
  for (guint i = 0; i < self->tier_ids->len; i++)
    add_treatment (HR_MOMENT (copy), self->tier_ids->pdata[i],
                   HR_TREATMENT (hr_item_copy (self->treatments->pdata[i])));
}

static gboolean
hr_moment_check_extra (HrItem      *item,
                       const char  *path,
                       GError     **error)
{
  HrMoment *self = HR_MOMENT (item);

  for (guint i = 0; i < self->tier_ids->len; i++)
    {
      g_autofree char *tier_path = NULL;
      gboolean whole = hr_item_get_refused (self->treatments->pdata[i], "") != NULL;

      if (!whole && hr_item_check (self->treatments->pdata[i], NULL, NULL))
        continue;
      if (path == NULL)
        return FALSE;
      tier_path = g_strdup_printf (_("%s.tiers[%s]"), path, (char *) self->tier_ids->pdata[i]);
      if (whole)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s: must be a treatment such as {\"mode\": \"one_to_many\", \"group_size\": 10}"),
                       tier_path);
          return FALSE;
        }
      if (!hr_item_check (self->treatments->pdata[i], tier_path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
hr_moment_is_extra_key (const char *key)
{
  return g_str_equal (key, "tiers");
}

static void
hr_moment_finalize (GObject *object)
{
  HrMoment *self = HR_MOMENT (object);

  clear_treatments (self);
  g_clear_pointer (&self->by_segment, g_hash_table_unref);
  g_clear_pointer (&self->treatments, g_ptr_array_unref);
  g_clear_pointer (&self->tier_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (hr_moment_parent_class)->finalize (object);
}

static void
hr_moment_class_init (HrMomentClass *klass)
{
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hr_moment_finalize;
  item_class->load_extra = hr_moment_load_extra;
  item_class->save_extra = hr_moment_save_extra;
  item_class->is_extra_key = hr_moment_is_extra_key;
  item_class->copy_extra = hr_moment_copy_extra;
  item_class->check_extra = hr_moment_check_extra;
  hr_item_class_install_data_fields (item_class, "moment",
                                     moment_fields, G_N_ELEMENTS (moment_fields),
                                     G_STRUCT_OFFSET (HrMoment, data));
}

static void
hr_moment_init (HrMoment *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->tier_ids = g_ptr_array_new_with_free_func (g_free);
  self->treatments = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_segment = g_hash_table_new (g_str_hash, g_str_equal);
}

HrMoment *
hr_moment_new (const char *id)
{
  return g_object_new (HR_TYPE_MOMENT, "id", id, NULL);
}

const char *
hr_moment_get_name (HrMoment *self)
{
  g_return_val_if_fail (HR_IS_MOMENT (self), NULL);

  return self->data.name && *self->data.name ? self->data.name : self->data.id;
}

gboolean
hr_moment_occurs_at (HrMoment *self,
                     int       tenure)
{
  g_return_val_if_fail (HR_IS_MOMENT (self), FALSE);

  return hr_moment_data_occurs_at (&self->data, tenure);
}

HrTreatment *
hr_moment_get_treatment (HrMoment   *self,
                         const char *segment_id)
{
  g_return_val_if_fail (HR_IS_MOMENT (self), NULL);

  return segment_id ? g_hash_table_lookup (self->by_segment, segment_id) : NULL;
}

HrTreatment *
hr_moment_ensure_treatment (HrMoment   *self,
                            const char *segment_id)
{
  HrTreatment *treatment = hr_moment_get_treatment (self, segment_id);

  if (treatment == NULL)
    {
      treatment = hr_treatment_new ();
      add_treatment (self, segment_id, treatment);
      hr_item_emit_changed (HR_ITEM (self));
    }
  return treatment;
}

void
hr_moment_remove_treatment (HrMoment   *self,
                            const char *segment_id)
{
  g_return_if_fail (HR_IS_MOMENT (self));

  if (!g_hash_table_remove (self->by_segment, segment_id))
    return;
  for (guint i = 0; i < self->tier_ids->len; i++)
    if (g_str_equal (self->tier_ids->pdata[i], segment_id))
      {
        HR_TREATMENT (self->treatments->pdata[i])->moment = NULL;
        g_ptr_array_remove_index (self->tier_ids, i);
        g_ptr_array_remove_index (self->treatments, i);
        hr_item_emit_changed (HR_ITEM (self));
        return;
      }
}

void
hr_moment_put_treatment (HrMoment    *self,
                         const char  *segment_id,
                         HrTreatment *treatment)
{
  for (guint i = 0; i < self->tier_ids->len; i++)
    if (g_str_equal (self->tier_ids->pdata[i], segment_id))
      {
        HR_TREATMENT (self->treatments->pdata[i])->moment = NULL;
        g_object_unref (self->treatments->pdata[i]);
        self->treatments->pdata[i] = treatment;
        g_hash_table_replace (self->by_segment, self->tier_ids->pdata[i], treatment);
        treatment->moment = self;
        return;
      }
  add_treatment (self, segment_id, treatment);
}

GPtrArray *
hr_moment_get_treated_segments (HrMoment *self)
{
  g_return_val_if_fail (HR_IS_MOMENT (self), NULL);

  return self->tier_ids;
}

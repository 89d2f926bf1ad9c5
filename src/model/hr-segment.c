/* hr-segment.c: a customer tier and its accounts (spec §2 segment) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-plan-private.h"

G_DEFINE_FINAL_TYPE (HrSegment, hr_segment, HR_TYPE_ITEM)

static const char * const touch_choices[] = { "high", "mid", "tech", NULL };
static const char * const churn_mode_choices[] = { "monthly", "renewal", NULL };

/* Tenures stay below this so that a file cannot ask for billions of cohorts */
#define MAX_TENURE 1200

#define OFFSET(member) G_STRUCT_OFFSET (HrSegmentData, member)

static const HrField segment_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "touch", HR_FIELD_ENUM, 0, OFFSET (touch), 0, 0, HR_TOUCH_MID, "mid", touch_choices },
  { "new_per_month", HR_FIELD_NUMBER, 0, OFFSET (new_per_month), 0, 0, 0 },
  { "growth", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (growth), -1, 0, 0 },
  { "new_by_month", HR_FIELD_NUMBER_LIST, HR_FIELD_OPTIONAL | HR_FIELD_NON_EMPTY, OFFSET (new_by_month), 0, 0, 0 },
  { "churn", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX, OFFSET (churn), 0, 1, 0 },
  { "churn_mode", HR_FIELD_ENUM, 0, OFFSET (churn_mode), 0, 0, HR_CHURN_MONTHLY, "monthly", churn_mode_choices },
  { "acv", HR_FIELD_NUMBER, 0, OFFSET (acv), 0, 0, 0 },
  { "expansion", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (expansion), -1, 0, 0 },
  { "reactive_hours", HR_FIELD_NUMBER, 0, OFFSET (reactive_hours), 0, 0, 0 },
  { "reactive_role", HR_FIELD_REFERENCE, HR_FIELD_OPTIONAL, OFFSET (reactive_role) },
  { "complexity", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (complexity), 0, 0, 1 },
};

static const HrField tenure_field = {
  "tenure", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, 0, 0, MAX_TENURE
};
static const HrField count_field = { "count", HR_FIELD_NUMBER, 0, 0, 0, 0 };

static gboolean
load_cohort_number (JsonObject  *object,
                    const char  *key,
                    const HrField *rule,
                    const char  *path,
                    double      *value,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *problem = NULL;

  if (node == NULL)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s.%s: is required"), path, key);
      return FALSE;
    }
  problem = hr_field_check_node (rule, node);
  if (problem)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   "%s.%s: %s", path, key, problem);
      return FALSE;
    }
  *value = json_node_get_double (node);
  return TRUE;
}

static const char * const cohort_keys[] = { "tenure", "tenure_from", "tenure_to", "count", NULL };

static gboolean
load_cohort (JsonNode    *node,
             const char  *path,
             HrCohort    *cohort,
             GPtrArray   *warnings,
             GError     **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  double from, to;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a cohort {\"tenure\": months, \"count\": n} "
                   "or {\"tenure_from\": a, \"tenure_to\": b, \"count\": n}"), path);
      return FALSE;
    }
  object = json_node_get_object (node);
  if (!load_cohort_number (object, "count", &count_field, path, &cohort->count, error))
    return FALSE;
  if (json_object_has_member (object, "tenure"))
    {
      if (!load_cohort_number (object, "tenure", &tenure_field, path, &from, error))
        return FALSE;
      to = from;
    }
  else if (json_object_has_member (object, "tenure_from") || json_object_has_member (object, "tenure_to"))
    {
      if (!load_cohort_number (object, "tenure_from", &tenure_field, path, &from, error) ||
          !load_cohort_number (object, "tenure_to", &tenure_field, path, &to, error))
        return FALSE;
      if (to < from)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       _("%s.tenure_to: must be at least tenure_from (%g), got %g"), path, from, to);
          return FALSE;
        }
    }
  else
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: needs \"tenure\" or \"tenure_from\" and \"tenure_to\""), path);
      return FALSE;
    }
  cohort->tenure_from = (int) from;
  cohort->tenure_to = (int) to;

  members = json_object_get_members (object);
  for (GList *l = members; l && warnings; l = l->next)
    if (!g_strv_contains (cohort_keys, l->data))
      g_ptr_array_add (warnings, g_strdup_printf (_("%s: unknown key \"%s\" is not used and will "
                                                  "not be saved"), path, (char *) l->data));
  return TRUE;
}

static gboolean
hr_segment_load_extra (HrItem      *item,
                       JsonObject  *object,
                       const char  *path,
                       GPtrArray   *warnings,
                       GError     **error)
{
  HrSegment *self = HR_SEGMENT (item);
  JsonNode *node = json_object_get_member (object, "accounts");
  g_autoptr(GArray) cohorts = g_array_new (FALSE, FALSE, sizeof (HrCohort));
  g_autofree char *accounts_path = g_strdup_printf (_("%s.accounts"), path);

  if (node == NULL)
    ;
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) != G_TYPE_STRING &&
           json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      /* a bare number: mature accounts with anniversaries spread over the year */
      HrCohort cohort = { 12, 23, json_node_get_double (node) };
      g_autofree char *problem = hr_field_check_node (&count_field, node);

      if (problem)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "%s: %s", accounts_path, problem);
          return FALSE;
        }
      g_array_append_val (cohorts, cohort);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *cohort_path = g_strdup_printf ("%s[%u]", accounts_path, i);
          HrCohort cohort;

          if (!load_cohort (json_array_get_element (array, i), cohort_path, &cohort, warnings, error))
            return FALSE;
          g_array_append_val (cohorts, cohort);
        }
    }
  else
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: must be a number of accounts or a list of cohorts"), accounts_path);
      return FALSE;
    }
  hr_segment_set_cohorts (self, (HrCohort *) cohorts->data, cohorts->len);
  return TRUE;
}

/* A single cohort of tenures 12..23 is written as the bare number */
static gboolean
saved_as_number (GArray *cohorts)
{
  return cohorts->len == 1 &&
         g_array_index (cohorts, HrCohort, 0).tenure_from == 12 &&
         g_array_index (cohorts, HrCohort, 0).tenure_to == 23;
}

static void
hr_segment_copy_extra (HrItem *item,
                       HrItem *copy)
{
  GArray *cohorts = HR_SEGMENT (item)->data.cohorts;

  g_array_set_size (HR_SEGMENT (copy)->data.cohorts, 0);
  g_array_append_vals (HR_SEGMENT (copy)->data.cohorts, cohorts->data, cohorts->len);
}

/* Counts changed in memory (a scenario's scale), named as the file has them */
static gboolean
hr_segment_check_extra (HrItem      *item,
                        const char  *path,
                        GError     **error)
{
  GArray *cohorts = HR_SEGMENT (item)->data.cohorts;

  for (guint i = 0; i < cohorts->len; i++)
    {
      g_autofree char *problem = hr_field_check_number (&count_field,
                                                        g_array_index (cohorts, HrCohort, i).count);
      if (problem == NULL)
        continue;
      if (saved_as_number (cohorts))
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                     "%s.accounts: %s", path, problem);
      else
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                     "%s.accounts[%u].count: %s", path, i, problem);
      return FALSE;
    }
  return TRUE;
}

static void
hr_segment_save_extra (HrItem      *item,
                       JsonBuilder *builder)
{
  HrSegment *self = HR_SEGMENT (item);

  GArray *cohorts = self->data.cohorts;

  json_builder_set_member_name (builder, "accounts");
  if (saved_as_number (cohorts))
    {
      json_builder_add_double_value (builder, g_array_index (cohorts, HrCohort, 0).count);
      return;
    }
  json_builder_begin_array (builder);
  for (guint i = 0; i < cohorts->len; i++)
    {
      HrCohort *cohort = &g_array_index (cohorts, HrCohort, i);

      json_builder_begin_object (builder);
      if (cohort->tenure_from == cohort->tenure_to)
        {
          json_builder_set_member_name (builder, "tenure");
          json_builder_add_int_value (builder, cohort->tenure_from);
        }
      else
        {
          json_builder_set_member_name (builder, "tenure_from");
          json_builder_add_int_value (builder, cohort->tenure_from);
          json_builder_set_member_name (builder, "tenure_to");
          json_builder_add_int_value (builder, cohort->tenure_to);
        }
      json_builder_set_member_name (builder, "count");
      json_builder_add_double_value (builder, cohort->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
hr_segment_is_extra_key (const char *key)
{
  return g_str_equal (key, "accounts");
}

static void
hr_segment_finalize (GObject *object)
{
  HrSegment *self = HR_SEGMENT (object);

  g_clear_pointer (&self->data.cohorts, g_array_unref);

  G_OBJECT_CLASS (hr_segment_parent_class)->finalize (object);
}

static void
hr_segment_class_init (HrSegmentClass *klass)
{
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hr_segment_finalize;
  item_class->load_extra = hr_segment_load_extra;
  item_class->save_extra = hr_segment_save_extra;
  item_class->is_extra_key = hr_segment_is_extra_key;
  item_class->copy_extra = hr_segment_copy_extra;
  item_class->check_extra = hr_segment_check_extra;
  hr_item_class_install_data_fields (item_class, "segment",
                                     segment_fields, G_N_ELEMENTS (segment_fields),
                                     G_STRUCT_OFFSET (HrSegment, data));
}

static void
hr_segment_init (HrSegment *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->data.cohorts = g_array_new (FALSE, FALSE, sizeof (HrCohort));
}

HrSegment *
hr_segment_new (const char *id)
{
  return g_object_new (HR_TYPE_SEGMENT, "id", id, NULL);
}

const char *
hr_segment_get_name (HrSegment *self)
{
  g_return_val_if_fail (HR_IS_SEGMENT (self), NULL);

  return self->data.name && *self->data.name ? self->data.name : self->data.id;
}

const HrCohort *
hr_segment_get_cohorts (HrSegment *self,
                        guint     *n_cohorts)
{
  g_return_val_if_fail (HR_IS_SEGMENT (self), NULL);

  *n_cohorts = self->data.cohorts->len;
  return (const HrCohort *) self->data.cohorts->data;
}

void
hr_segment_set_cohorts (HrSegment      *self,
                        const HrCohort *cohorts,
                        guint           n_cohorts)
{
  g_return_if_fail (HR_IS_SEGMENT (self));

  g_array_set_size (self->data.cohorts, 0);
  g_array_append_vals (self->data.cohorts, cohorts, n_cohorts);
  hr_item_emit_changed (HR_ITEM (self));
}

/* hr-engine-input.c: a plan read into the plain input of the engine */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hr-engine-input.h"
#include "hr-plan-private.h"

/* The input's strings, in one chunk that copies share */
typedef struct {
  GStringChunk *chunk;
} Names;

static void
names_clear (gpointer data)
{
  Names *names = data;

  g_string_chunk_free (names->chunk);
}

static char *
name (HrEngineInput *self,
      const char    *text)
{
  Names *names = self->names;

  return text ? g_string_chunk_insert_const (names->chunk, text) : NULL;
}

static GArray *
copy_list (GArray *list)
{
  return list ? g_array_copy (list) : NULL;
}

/* A role reference as an index; NULL is the work role */
static gboolean
resolve_role (HrPlan      *plan,
              const char  *path,
              const char  *field,
              const char  *role_id,
              guint       *out,
              GError     **error)
{
  HrRole *work_role = hr_plan_get_work_role (plan);
  int position = hr_plan_find_position (plan, HR_PLAN_ROLES,
                                        role_id ? role_id : work_role ? work_role->data.id : NULL);

  if (position < 0)
    return hr_plan_fail (error, _("%s.%s: no role with id \"%s\""), path, field,
                 role_id ? role_id : hr_plan_get_work_role_id (plan));
  *out = position;
  return TRUE;
}

static gboolean
read_roles (HrEngineInput  *self,
            HrPlan         *plan,
            GError        **error)
{
  GListModel *roles = hr_plan_get_roles (plan);

  for (guint r = 0; r < self->n_roles; r++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, r);
      HrRoleData *data = &self->roles[r];

      *data = role->data;
      data->id = name (self, role->data.id);
      data->name = name (self, role->data.name);
      data->manages = name (self, role->data.manages);
      /* never NULL in the input, whatever an edit in memory left */
      data->ramp = role->data.ramp ? g_array_copy (role->data.ramp)
                                   : g_array_new (FALSE, FALSE, sizeof (double));
      self->role_manages[r] = -1;
      if (data->manages)
        {
          g_autofree char *path = hr_item_dup_path (HR_ITEM (role), "roles", r);
          guint managed;

          if (!resolve_role (plan, path, "manages", data->manages, &managed, error))
            return FALSE;
          self->role_manages[r] = managed;
        }
    }
  return TRUE;
}

static gboolean
read_segments (HrEngineInput  *self,
               HrPlan         *plan,
               GError        **error)
{
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint g = 0; g < self->n_segments; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (segment), "segments", g);
      HrSegmentData *data = &self->segments[g];

      *data = segment->data;
      data->id = name (self, segment->data.id);
      data->name = name (self, segment->data.name);
      data->reactive_role = name (self, segment->data.reactive_role);
      data->new_by_month = copy_list (segment->data.new_by_month);
      data->cohorts = copy_list (segment->data.cohorts);
      if (!resolve_role (plan, path, "reactive_role", segment->data.reactive_role,
                         &self->reactive_role[g], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_moments (HrEngineInput  *self,
              HrPlan         *plan,
              GError        **error)
{
  GListModel *moments = hr_plan_get_moments (plan);
  guint G = self->n_segments;

  for (guint i = 0; i < self->n_moments * G; i++)
    self->treatments[i] = (HrTreatmentData) { HR_MODE_ONE_TO_ONE, 1, 10 };
  for (guint k = 0; k < self->n_moments; k++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, k);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (moment), "moments", k);
      HrMomentData *data = &self->moments[k];

      *data = moment->data;
      data->id = name (self, moment->data.id);
      data->name = name (self, moment->data.name);
      data->role = name (self, moment->data.role);
      if (!resolve_role (plan, path, "role", moment->data.role, &self->moment_role[k], error))
        return FALSE;
      /* one look-up per treatment the moment has */
      for (guint j = 0; j < moment->tier_ids->len; j++)
        {
          int g = hr_plan_find_position (plan, HR_PLAN_SEGMENTS, moment->tier_ids->pdata[j]);
          HrTreatment *treatment = moment->treatments->pdata[j];

          if (g >= 0)
            self->treatments[k * G + g] = treatment->data;
        }
    }
  return TRUE;
}

static gboolean
read_hires (HrEngineInput  *self,
            HrPlan         *plan,
            GError        **error)
{
  GListModel *hires = hr_plan_get_hires (plan);

  for (guint i = 0; i < self->n_hires; i++)
    {
      g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (hire), "hires", i);
      HrHireData *data = &self->hires[i];

      *data = hire->data;
      data->id = name (self, hire->data.id);
      data->role = name (self, hire->data.role);
      if (hire->data.role == NULL)
        return hr_plan_fail (error, _("%s.role: is required"), path);
      if (!resolve_role (plan, path, "role", hire->data.role, &self->hire_role[i], error))
        return FALSE;
    }
  return TRUE;
}

static HrEngineInput *
input_alloc (guint R,
             guint G,
             guint K,
             guint H)
{
  HrEngineInput *self = g_new0 (HrEngineInput, 1);

  self->n_roles = R;
  self->n_segments = G;
  self->n_moments = K;
  self->n_hires = H;
  self->roles = g_new0 (HrRoleData, R);
  self->segments = g_new0 (HrSegmentData, G);
  self->moments = g_new0 (HrMomentData, K);
  self->treatments = g_new0 (HrTreatmentData, (gsize) K * G);
  self->hires = g_new0 (HrHireData, H);
  self->role_manages = g_new0 (int, R);
  self->moment_role = g_new0 (guint, K);
  self->reactive_role = g_new0 (guint, G);
  self->hire_role = g_new0 (guint, H);
  return self;
}

HrEngineInput *
hr_engine_input_new (HrPlan  *plan,
                     GError **error)
{
  g_autoptr(HrEngineInput) self = NULL;
  Names *names;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  if (hr_plan_get_work_role (plan) == NULL)
    {
      hr_plan_fail (error, _("roles: expected at least one role that does the work"));
      return NULL;
    }
  self = input_alloc (g_list_model_get_n_items (hr_plan_get_roles (plan)),
                      g_list_model_get_n_items (hr_plan_get_segments (plan)),
                      g_list_model_get_n_items (hr_plan_get_moments (plan)),
                      g_list_model_get_n_items (hr_plan_get_hires (plan)));
  names = g_atomic_rc_box_new0 (Names);
  names->chunk = g_string_chunk_new (1024);
  self->names = names;
  self->start = hr_plan_get_start (plan);
  self->n_months = hr_plan_get_months (plan);
  self->plan_name = g_strdup (hr_plan_get_name (plan));
  self->currency = g_strdup (hr_plan_get_currency (plan));

  if (!read_roles (self, plan, error) || !read_segments (self, plan, error) ||
      !read_moments (self, plan, error) || !read_hires (self, plan, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* memcpy () may not be handed the NULL of an empty array, even for no bytes */
static inline void
copy_array (void *dest, const void *src, gsize n_bytes)
{
  if (n_bytes > 0)
    memcpy (dest, src, n_bytes);
}

HrEngineInput *
hr_engine_input_copy (const HrEngineInput *self)
{
  HrEngineInput *copy;
  guint R, G, K, H;

  g_return_val_if_fail (self != NULL, NULL);

  R = self->n_roles, G = self->n_segments, K = self->n_moments, H = self->n_hires;
  copy = input_alloc (R, G, K, H);
  copy->start = self->start;
  copy->n_months = self->n_months;
  copy->plan_name = g_strdup (self->plan_name);
  copy->currency = g_strdup (self->currency);
  copy->names = g_atomic_rc_box_acquire (self->names);
  copy_array (copy->roles, self->roles, R * sizeof *self->roles);
  copy_array (copy->segments, self->segments, G * sizeof *self->segments);
  copy_array (copy->moments, self->moments, K * sizeof *self->moments);
  copy_array (copy->treatments, self->treatments, (gsize) K * G * sizeof *self->treatments);
  copy_array (copy->hires, self->hires, H * sizeof *self->hires);
  copy_array (copy->role_manages, self->role_manages, R * sizeof (int));
  copy_array (copy->moment_role, self->moment_role, K * sizeof (guint));
  copy_array (copy->reactive_role, self->reactive_role, G * sizeof (guint));
  copy_array (copy->hire_role, self->hire_role, H * sizeof (guint));
  /* the lists are the copy's own, for samples to overwrite */
  for (guint r = 0; r < R; r++)
    copy->roles[r].ramp = copy_list (self->roles[r].ramp);
  for (guint g = 0; g < G; g++)
    {
      copy->segments[g].new_by_month = copy_list (self->segments[g].new_by_month);
      copy->segments[g].cohorts = copy_list (self->segments[g].cohorts);
    }
  return copy;
}

void
hr_engine_input_free (HrEngineInput *self)
{
  if (self == NULL)
    return;
  for (guint r = 0; r < self->n_roles; r++)
    g_clear_pointer (&self->roles[r].ramp, g_array_unref);
  for (guint g = 0; g < self->n_segments; g++)
    {
      g_clear_pointer (&self->segments[g].new_by_month, g_array_unref);
      g_clear_pointer (&self->segments[g].cohorts, g_array_unref);
    }
  g_free (self->roles);
  g_free (self->segments);
  g_free (self->moments);
  g_free (self->treatments);
  g_free (self->hires);
  g_free (self->role_manages);
  g_free (self->moment_role);
  g_free (self->reactive_role);
  g_free (self->hire_role);
  g_free (self->plan_name);
  g_free (self->currency);
  if (self->names)
    g_atomic_rc_box_release_full (self->names, names_clear);
  g_free (self);
}

gpointer
hr_engine_input_get_field (HrEngineInput       *self,
                           const HrTargetMatch *match)
{
  gpointer data;

  g_return_val_if_fail (self != NULL && match != NULL, NULL);

  switch (match->list)
    {
    case HR_TARGET_IN_ROLES:
      g_return_val_if_fail (match->index < self->n_roles, NULL);
      data = &self->roles[match->index];
      break;
    case HR_TARGET_IN_SEGMENTS:
      g_return_val_if_fail (match->index < self->n_segments, NULL);
      data = &self->segments[match->index];
      if (match->kind == HR_TARGET_ACCOUNTS)
        return &self->segments[match->index].cohorts;
      break;
    case HR_TARGET_IN_MOMENTS:
      g_return_val_if_fail (match->index < self->n_moments, NULL);
      data = &self->moments[match->index];
      break;
    case HR_TARGET_IN_TREATMENTS:
      g_return_val_if_fail (match->index < self->n_moments && match->segment < self->n_segments, NULL);
      data = &self->treatments[(gsize) match->index * self->n_segments + match->segment];
      break;
    case HR_TARGET_IN_HIRES:
      g_return_val_if_fail (match->index < self->n_hires, NULL);
      data = &self->hires[match->index];
      break;
    default:
      return NULL;
    }
  if (match->kind != HR_TARGET_FIELD)
    return NULL;
  return G_STRUCT_MEMBER_P (data, match->field->offset);
}

void
hr_engine_input_narrow_reuse (const HrEngineInput *self,
                              const HrTargetMatch *match,
                              guint8              *reuse)
{
  gsize offset = match->kind == HR_TARGET_FIELD ? match->field->offset : G_MAXSIZE;
  guint G = self->n_segments;

  switch (match->list)
    {
    case HR_TARGET_IN_ROLES:
    case HR_TARGET_IN_HIRES:
      /* read after the segments, by the roles alone */
      break;
    case HR_TARGET_IN_SEGMENTS:
      /* reactive hours leave the accounts and designed hours as they are,
       * complexity the accounts */
      if (offset == G_STRUCT_OFFSET (HrSegmentData, reactive_hours))
        reuse[match->index] = MIN (reuse[match->index], HR_SEGMENT_REUSE_HOURS);
      else if (offset == G_STRUCT_OFFSET (HrSegmentData, complexity))
        reuse[match->index] = MIN (reuse[match->index], HR_SEGMENT_REUSE_DUE);
      else
        reuse[match->index] = HR_SEGMENT_REUSE_NONE;
      break;
    case HR_TARGET_IN_MOMENTS:
      /* a moment's hours, in every segment it reaches */
      for (guint g = 0; g < G; g++)
        reuse[g] = MIN (reuse[g], HR_SEGMENT_REUSE_DUE);
      break;
    case HR_TARGET_IN_TREATMENTS:
      reuse[match->segment] = MIN (reuse[match->segment], HR_SEGMENT_REUSE_DUE);
      break;
    default:
      memset (reuse, HR_SEGMENT_REUSE_NONE, G);
      break;
    }
}

/* Adds hires to a copy the run has not started on (the planner's, for
 * HR_FORECAST_APPLY_HIRING) */
void
hr_engine_input_add_hires (HrEngineInput         *self,
                           const HrSuggestedHire *hires,
                           guint                  n_hires)
{
  guint H = self->n_hires;

  self->hires = g_renew (HrHireData, self->hires, H + n_hires);
  self->hire_role = g_renew (guint, self->hire_role, H + n_hires);
  for (guint i = 0; i < n_hires; i++)
    {
      self->hires[H + i] = (HrHireData) { NULL, self->roles[hires[i].role].id,
                                          self->start + (int) hires[i].month, hires[i].count };
      self->hire_role[H + i] = hires[i].role;
    }
  self->n_hires = H + n_hires;
}

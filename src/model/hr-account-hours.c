/* hr-account-hours.c: the hours of single accounts (spec §5.1) */
#include "config.h"

#include "hr-account-hours.h"
#include "hr-delivery.h"
#include "hr-engine-input.h"
#include "hr-portfolio-private.h"

struct _HrAccountHours
{
  /* the plan's plain data: roles, segments, moments and their treatments,
   * with references as indices; its own, shared with nothing */
  HrEngineInput *input;
  double        *direct_share;  /* [role]: 1 − indirect − unplanned */
  HrDelivery    *deliveries;    /* [segment][moment] */
  gboolean      *costs;         /* [segment][moment]: one-to-one or one-to-many with hours */
  GPtrArray     *rules;         /* HrEffortRule copies, owned here */
};

HrAccountHours *
hr_account_hours_new_checked (HrPlan  *plan,
                              GError **error)
{
  g_autoptr(HrEngineInput) input = NULL;
  GListModel *rules;
  HrAccountHours *self;
  guint R, G, K;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  input = hr_engine_input_new (plan, error);
  if (input == NULL)
    return NULL;
  R = input->n_roles, G = input->n_segments, K = input->n_moments;
  self = g_new0 (HrAccountHours, 1);
  self->direct_share = g_new0 (double, R + 1);
  self->deliveries = g_new0 (HrDelivery, (gsize) G * K + 1);
  self->costs = g_new0 (gboolean, (gsize) G * K + 1);
  self->rules = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < R; r++)
    self->direct_share[r] = 1 - input->roles[r].indirect - input->roles[r].unplanned;
  /* the same delivery of each moment to each segment as the forecast's */
  for (guint g = 0; g < G; g++)
    for (guint k = 0; k < K; k++)
      {
        gsize i = (gsize) g * K + k;

        self->costs[i] = hr_delivery_init (&self->deliveries[i], &input->moments[k], &input->segments[g],
                                           &input->treatments[(gsize) k * G + g]);
      }
  /* rules are few: copies keep them apart from edits of the plan */
  rules = hr_plan_get_effort_rules (plan);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(HrItem) rule = g_list_model_get_item (rules, i);
      g_ptr_array_add (self->rules, hr_item_copy (rule));
    }
  self->input = g_steal_pointer (&input);
  return self;
}

HrAccountHours *
hr_account_hours_new (HrPlan *plan)
{
  g_autoptr(GError) error = NULL;
  HrAccountHours *self = hr_account_hours_new_checked (plan, &error);

  if (self == NULL)
    g_critical ("The hours of accounts need a valid plan: %s", error->message);
  return self;
}

void
hr_account_hours_free (HrAccountHours *self)
{
  if (self == NULL)
    return;
  hr_engine_input_free (self->input);
  g_free (self->direct_share);
  g_free (self->deliveries);
  g_free (self->costs);
  g_ptr_array_unref (self->rules);
  g_free (self);
}

guint hr_account_hours_get_n_moments (HrAccountHours *self) { return self->input->n_moments; }
guint hr_account_hours_get_moment_role (HrAccountHours *self, guint k) { return self->input->moment_role[k]; }
guint hr_account_hours_get_reactive_role (HrAccountHours *self, guint g) { return self->input->reactive_role[g]; }

const char *
hr_account_hours_get_moment_name (HrAccountHours *self,
                                  guint           moment)
{
  const HrMomentData *data = &self->input->moments[moment];

  return data->name && *data->name ? data->name : data->id;
}

int
hr_account_hours_find_segment (HrAccountHours *self,
                               const char     *segment_id)
{
  for (guint g = 0; g < self->input->n_segments; g++)
    if (g_strcmp0 (self->input->segments[g].id, segment_id) == 0)
      return g;
  return -1;
}

int
hr_account_hours_find_role (HrAccountHours *self,
                            const char     *role_id)
{
  for (guint r = 0; r < self->input->n_roles; r++)
    if (g_strcmp0 (self->input->roles[r].id, role_id) == 0)
      return r;
  return -1;
}

double
hr_account_hours_multiplier (HrAccountHours *self,
                             HrAccount      *account,
                             GArray         *applied)
{
  double multiplier = hr_account_get_effort_factor (account);

  for (guint i = 0; i < self->rules->len; i++)
    {
      HrEffortRule *rule = g_ptr_array_index (self->rules, i);

      if (!hr_effort_rule_applies (rule, hr_account_get_attributes (account)))
        continue;
      multiplier *= hr_effort_rule_get_factor (rule);
      if (applied)
        g_array_append_val (applied, i);
    }
  return multiplier;
}

static inline gboolean
occurs (const HrMomentData *moment,
        int                 tenure)
{
  return tenure >= 0 && hr_moment_data_occurs_at (moment, tenure);
}

double
hr_account_hours_moment (HrAccountHours *self,
                         guint           segment,
                         guint           moment,
                         int             tenure,
                         double          multiplier)
{
  gsize i = (gsize) segment * self->input->n_moments + moment;

  if (!self->costs[i] || !occurs (&self->input->moments[moment], tenure))
    return 0;
  return hr_delivery_account_hours (&self->deliveries[i], multiplier);
}

gboolean
hr_account_hours_is_due (HrAccountHours *self,
                         guint           segment,
                         guint           moment,
                         int             tenure)
{
  HrMode mode = self->deliveries[(gsize) segment * self->input->n_moments + moment].mode;

  return (mode == HR_MODE_ONE_TO_ONE || mode == HR_MODE_ONE_TO_MANY) &&
         occurs (&self->input->moments[moment], tenure);
}

double
hr_account_hours_reactive (HrAccountHours *self,
                           guint           segment,
                           int             tenure,
                           double          multiplier)
{
  return tenure >= 0 ? self->input->segments[segment].reactive_hours * multiplier : 0;
}

double
hr_account_hours_workload (HrAccountHours *self,
                           guint           segment,
                           guint           role,
                           int             tenure,
                           double          multiplier)
{
  double hours = 0;

  if (tenure < 0)
    return 0;
  for (guint k = 0; k < self->input->n_moments; k++)
    if (self->input->moment_role[k] == role)
      hours += hr_account_hours_moment (self, segment, k, tenure, multiplier);
  if (self->input->reactive_role[segment] == role)
    hours += hr_account_hours_reactive (self, segment, tenure, multiplier);
  return hours / self->direct_share[role];
}

/* hr-account-hours.c: the hours of single accounts (spec §5.1) */
#include "config.h"

#include "hr-account-hours.h"
#include "hr-delivery.h"
#include "hr-portfolio-private.h"

typedef struct {
  char  *name;
  guint  role;
  int    at, every, until;
} Moment;

typedef struct {
  char   *id;
  double  reactive_hours;
  guint   reactive_role;
} Segment;

typedef struct {
  char     *attribute;
  HrRuleOp  op;
  JsonNode *value;
  double    factor;
} Rule;

struct _HrAccountHours
{
  guint       R, G, K;
  char      **role_ids;
  double     *direct_share;  /* [role]: 1 − indirect − unplanned */
  Segment    *segments;
  Moment     *moments;
  HrDelivery *deliveries;    /* [segment][moment] */
  gboolean   *costs;         /* [segment][moment]: one-to-one or one-to-many with hours */
  GPtrArray  *rules;         /* HrEffortRule copies, owned here */
};

static guint
role_index (HrPlan     *plan,
            const char *id)
{
  GListModel *roles = hr_plan_get_roles (plan);
  HrRole *role = id ? hr_plan_find_role (plan, id) : hr_plan_get_work_role (plan);

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr(HrRole) other = g_list_model_get_item (roles, r);
      if (other == role)
        return r;
    }
  g_return_val_if_reached (0);
}

HrAccountHours *
hr_account_hours_new (HrPlan *plan)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GListModel *segments = hr_plan_get_segments (plan);
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *rules = hr_plan_get_effort_rules (plan);
  HrAccountHours *self = g_new0 (HrAccountHours, 1);

  self->R = g_list_model_get_n_items (roles);
  self->G = g_list_model_get_n_items (segments);
  self->K = g_list_model_get_n_items (moments);
  self->role_ids = g_new0 (char *, self->R + 1);
  self->direct_share = g_new0 (double, self->R + 1);
  self->segments = g_new0 (Segment, self->G + 1);
  self->moments = g_new0 (Moment, self->K + 1);
  self->deliveries = g_new0 (HrDelivery, (gsize) self->G * self->K + 1);
  self->costs = g_new0 (gboolean, (gsize) self->G * self->K + 1);
  self->rules = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < self->R; r++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, r);
      self->role_ids[r] = g_strdup (role->id);
      self->direct_share[r] = 1 - role->indirect - role->unplanned;
    }
  for (guint k = 0; k < self->K; k++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, k);
      Moment *m = &self->moments[k];

      m->name = g_strdup (hr_moment_get_name (moment));
      m->role = role_index (plan, moment->role);
      m->at = moment->at;
      m->every = moment->every;
      m->until = moment->until;
    }
  for (guint g = 0; g < self->G; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);

      self->segments[g].id = g_strdup (segment->id);
      self->segments[g].reactive_hours = segment->reactive_hours;
      self->segments[g].reactive_role = role_index (plan, segment->reactive_role);
      for (guint k = 0; k < self->K; k++)
        {
          g_autoptr(HrMoment) moment = g_list_model_get_item (moments, k);
          gsize i = (gsize) g * self->K + k;

          self->costs[i] = hr_delivery_init (&self->deliveries[i], moment, segment);
        }
    }
  /* rules are few: copies keep them apart from edits of the plan */
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(HrItem) rule = g_list_model_get_item (rules, i);
      g_ptr_array_add (self->rules, hr_item_copy (rule));
    }
  return self;
}

void
hr_account_hours_free (HrAccountHours *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->role_ids);
  for (guint g = 0; g < self->G; g++)
    g_free (self->segments[g].id);
  for (guint k = 0; k < self->K; k++)
    g_free (self->moments[k].name);
  g_free (self->direct_share);
  g_free (self->segments);
  g_free (self->moments);
  g_free (self->deliveries);
  g_free (self->costs);
  g_ptr_array_unref (self->rules);
  g_free (self);
}

guint hr_account_hours_get_n_moments (HrAccountHours *self) { return self->K; }
const char *hr_account_hours_get_moment_name (HrAccountHours *self, guint k) { return self->moments[k].name; }
guint hr_account_hours_get_moment_role (HrAccountHours *self, guint k) { return self->moments[k].role; }
guint hr_account_hours_get_reactive_role (HrAccountHours *self, guint g) { return self->segments[g].reactive_role; }

int
hr_account_hours_find_segment (HrAccountHours *self,
                               const char     *segment_id)
{
  for (guint g = 0; g < self->G; g++)
    if (g_strcmp0 (self->segments[g].id, segment_id) == 0)
      return g;
  return -1;
}

int
hr_account_hours_find_role (HrAccountHours *self,
                            const char     *role_id)
{
  for (guint r = 0; r < self->R; r++)
    if (g_strcmp0 (self->role_ids[r], role_id) == 0)
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
occurs (const Moment *m,
        int           tenure)
{
  return tenure >= 0 && hr_occurs_at (m->at, m->every, m->until, tenure);
}

double
hr_account_hours_moment (HrAccountHours *self,
                         guint           segment,
                         guint           moment,
                         int             tenure,
                         double          multiplier)
{
  gsize i = (gsize) segment * self->K + moment;

  if (!self->costs[i] || !occurs (&self->moments[moment], tenure))
    return 0;
  return hr_delivery_account_hours (&self->deliveries[i], multiplier);
}

gboolean
hr_account_hours_is_due (HrAccountHours *self,
                         guint           segment,
                         guint           moment,
                         int             tenure)
{
  HrMode mode = self->deliveries[(gsize) segment * self->K + moment].mode;

  return (mode == HR_MODE_ONE_TO_ONE || mode == HR_MODE_ONE_TO_MANY) &&
         occurs (&self->moments[moment], tenure);
}

double
hr_account_hours_reactive (HrAccountHours *self,
                           guint           segment,
                           int             tenure,
                           double          multiplier)
{
  return tenure >= 0 ? self->segments[segment].reactive_hours * multiplier : 0;
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
  for (guint k = 0; k < self->K; k++)
    if (self->moments[k].role == role)
      hours += hr_account_hours_moment (self, segment, k, tenure, multiplier);
  if (self->segments[segment].reactive_role == role)
    hours += hr_account_hours_reactive (self, segment, tenure, multiplier);
  return hours / self->direct_share[role];
}

/* hr-engine.c: the computation of spec §3, from a plan to a forecast
 *
 * Accounts are kept per cohort in one array indexed so that a cohort's
 * slot never moves: slot j holds the accounts whose tenure in month t is
 * j - T + t. Moving to the next month only applies survival, and "how many
 * accounts are due for this moment" reads the tenures it occurs at, with a
 * strided suffix sum when a moment repeats without end. Cost stays linear
 * in months × segments × moments.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-delivery.h"
#include "hr-engine.h"
#include "hr-forecast-private.h"
#include "hr-plan-private.h"

/* Moments with at most this many occurrences in range are summed directly */
#define DIRECT_SUM_LIMIT 12

typedef struct {
  HrMoment *moment;
  guint     role;
  HrPlay    play;
  double    effort;      /* prep + exec + follow */
  int       at, every, until;
  guint     stride;      /* index of "every" among the plan's distinct ones */
  guint32   journey;     /* bit a: occurs at tenure a < HR_JOURNEY_MONTHS */
} MomentInfo;

typedef struct {
  HrForecast  *forecast;
  HrPlan      *plan;
  guint        T;
  guint        R, G, K;
  HrRole     **roles;
  HrSegment  **segments;
  MomentInfo  *moments;
  guint       *reactive_role; /* [segment] */
  guint        n_strides;     /* distinct non-zero "every" values */
  int         *strides;
  double      *hires_by_role; /* [role][month]: plan hires starting then */
} Engine;

static guint
role_index (Engine     *engine,
            const char *id)
{
  HrRole *role = id ? hr_plan_find_role (engine->plan, id) : hr_plan_get_work_role (engine->plan);

  for (guint r = 0; r < engine->R; r++)
    if (engine->roles[r] == role)
      return r;
  g_assert_not_reached ();
}

static void
engine_setup (Engine *engine,
              HrPlan *plan)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GListModel *segments = hr_plan_get_segments (plan);
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *hires = hr_plan_get_hires (plan);
  HrForecast *f;

  engine->plan = plan;
  engine->T = hr_plan_get_months (plan);
  engine->R = g_list_model_get_n_items (roles);
  engine->G = g_list_model_get_n_items (segments);
  engine->K = g_list_model_get_n_items (moments);
  engine->roles = g_new0 (HrRole *, engine->R);
  engine->segments = g_new0 (HrSegment *, engine->G);
  engine->moments = g_new0 (MomentInfo, engine->K);
  engine->reactive_role = g_new0 (guint, engine->G + 1);
  engine->strides = g_new0 (int, engine->K + 1);
  engine->hires_by_role = g_new0 (double, engine->R * engine->T);

  /* the lists hold the items for as long as the engine runs */
  for (guint r = 0; r < engine->R; r++)
    {
      engine->roles[r] = g_list_model_get_item (roles, r);
      g_object_unref (engine->roles[r]);
    }
  for (guint g = 0; g < engine->G; g++)
    {
      engine->segments[g] = g_list_model_get_item (segments, g);
      g_object_unref (engine->segments[g]);
      engine->reactive_role[g] = role_index (engine, engine->segments[g]->reactive_role);
    }
  for (guint k = 0; k < engine->K; k++)
    {
      MomentInfo *info = &engine->moments[k];
      HrMoment *moment = g_list_model_get_item (moments, k);

      g_object_unref (moment);
      info->moment = moment;
      info->role = role_index (engine, moment->role);
      info->play = moment->play;
      info->effort = moment->prep + moment->exec + moment->follow;
      info->at = moment->at;
      info->every = moment->every;
      info->until = moment->until;
      for (int a = 0; a < HR_JOURNEY_MONTHS; a++)
        if (hr_moment_occurs_at (moment, a))
          info->journey |= 1u << a;
      for (info->stride = 0; info->stride < engine->n_strides; info->stride++)
        if (engine->strides[info->stride] == info->every)
          break;
      if (info->every > 0 && info->stride == engine->n_strides)
        engine->strides[engine->n_strides++] = info->every;
    }

  f = engine->forecast = hr_forecast_new_sized (engine->T, engine->R, engine->G);
  f->plan_name = g_strdup (hr_plan_get_name (plan));
  f->currency = g_strdup (hr_plan_get_currency (plan));
  f->start = hr_plan_get_start (plan);

  for (guint i = 0; i < g_list_model_get_n_items (hires); i++)
    {
      g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
      HrSuggestedHire merged = { role_index (engine, hire->role), hire->month - f->start, 0, hire->count };
      gboolean found = FALSE;

      if (merged.month < engine->T)
        engine->hires_by_role[merged.role * engine->T + merged.month] += hire->count;
      merged.requisition = (int) merged.month - engine->roles[merged.role]->lead_time_months;
      for (guint j = 0; j < f->plan_hires->len && !found; j++)
        {
          HrSuggestedHire *other = &g_array_index (f->plan_hires, HrSuggestedHire, j);
          if (other->role == merged.role && other->month == merged.month)
            {
              other->count += merged.count;
              found = TRUE;
            }
        }
      if (!found)
        g_array_append_val (f->plan_hires, merged);
    }

  for (guint r = 0; r < engine->R; r++)
    {
      HrRole *role = engine->roles[r];
      HrRoleAssumptions *a = &f->assumptions[r];

      f->role_ids[r] = g_strdup (role->id);
      f->role_names[r] = g_strdup (hr_role_get_name (role));
      a->hours_per_month = role->hours_per_month;
      a->shrinkage = role->shrinkage;
      a->indirect = role->indirect;
      a->unplanned = role->unplanned;
      a->target_load = role->target_load;
      a->cost_per_year = role->cost_per_year;
      a->arr_per_fte = role->arr_per_fte;
      a->manages = role->manages ? (int) role_index (engine, role->manages) : -1;
      a->span = role->span;
      a->lead_time_months = role->lead_time_months;
      a->ramp_months = role->ramp->len;
      a->attrition = role->attrition;
    }
  for (guint g = 0; g < engine->G; g++)
    {
      static const char * const touch[] = { "high", "mid", "tech" };
      HrSegment *segment = engine->segments[g];

      f->segment_ids[g] = g_strdup (segment->id);
      f->segment_names[g] = g_strdup (hr_segment_get_name (segment));
      f->segment_touch[g] = g_strdup (touch[segment->touch]);
      f->segment_acv[g] = segment->acv;
      f->segment_reactive_role[g] = engine->reactive_role[g];
    }
}

static void
engine_clear (Engine *engine)
{
  g_free (engine->roles);
  g_free (engine->segments);
  g_free (engine->moments);
  g_free (engine->reactive_role);
  g_free (engine->strides);
  g_free (engine->hires_by_role);
}

static double
new_accounts (HrSegment *segment,
              guint      t)
{
  GArray *list = segment->new_by_month;

  if (list && list->len > 0)
    return g_array_index (list, double, MIN (t, list->len - 1));
  return segment->new_per_month * pow (1 + segment->growth, t);
}

/* Accounts at tenures at, at + every, … ≤ until among tenures 0..max_tenure;
 * by_tenure[a] is the count at tenure a. Long runs read a strided suffix
 * sum, built once per month for each distinct "every" of the plan. */
static double
accounts_due (const MomentInfo *info,
              const double     *by_tenure,
              int               max_tenure,
              double           *suffix,
              gboolean         *suffix_ready)
{
  int last, n, next;
  double due = 0;

  if (info->at > max_tenure)
    return 0;
  if (info->every == 0)
    return by_tenure[info->at];

  last = info->until >= 0 ? MIN (info->until, max_tenure) : max_tenure;
  if (last < info->at)
    return 0;
  n = (last - info->at) / info->every + 1;
  if (n <= DIRECT_SUM_LIMIT)
    {
      for (int a = info->at; a <= last; a += info->every)
        due += by_tenure[a];
      return due;
    }

  if (!*suffix_ready)
    {
      int e = info->every;
      int a = max_tenure;

      for (; a > max_tenure - e && a >= 0; a--)
        suffix[a] = by_tenure[a];
      for (; a >= 0; a--)
        suffix[a] = by_tenure[a] + suffix[a + e];
      *suffix_ready = TRUE;
    }
  next = info->at + n * info->every;
  return suffix[info->at] - (next <= max_tenure ? suffix[next] : 0);
}

/* A moment as one segment receives it, with its output rows */
typedef struct {
  const MomentInfo *info;
  HrDelivery        delivery;
  double           *by_play;      /* role × play row */
  double           *by_segment;   /* role × segment row */
} Delivery;

static guint
segment_deliveries (Engine   *engine,
                    guint     g,
                    Delivery *out)
{
  HrForecast *f = engine->forecast;
  HrSegment *segment = engine->segments[g];
  guint T = engine->T, n = 0;

  for (guint k = 0; k < engine->K; k++)
    {
      const MomentInfo *info = &engine->moments[k];
      Delivery *d = &out[n];

      if (!hr_delivery_init (&d->delivery, info->moment, segment))
        continue;
      d->info = info;
      d->by_play = f->role_play + ((gsize) info->role * HR_N_PLAYS + info->play) * T;
      d->by_segment = f->role_segment + ((gsize) info->role * engine->G + g) * T;
      n++;
    }
  return n;
}

static void
forecast_segment (Engine *engine,
                  guint   g)
{
  HrForecast *f = engine->forecast;
  HrSegment *segment = engine->segments[g];
  guint T = engine->T;
  int max_existing = 0;
  double *slots, *suffix, *arr_by_tenure, monthly_survival;
  gboolean *suffix_ready;
  double *accounts = hr_forecast_segment_metric (f, g, HR_SEGMENT_ACCOUNTS);
  double *won = hr_forecast_segment_metric (f, g, HR_SEGMENT_NEW);
  double *churned = hr_forecast_segment_metric (f, g, HR_SEGMENT_CHURNED);
  double *arr = hr_forecast_segment_metric (f, g, HR_SEGMENT_ARR);
  double *reactive = hr_forecast_segment_metric (f, g, HR_SEGMENT_REACTIVE);
  double *role_reactive = hr_forecast_role_metric (f, engine->reactive_role[g], HR_ROLE_REACTIVE);
  g_autofree Delivery *deliveries = g_new (Delivery, engine->K + 1);
  guint n_deliveries = segment_deliveries (engine, g, deliveries);
  gsize n_slots;

  for (guint i = 0; i < segment->cohorts->len; i++)
    max_existing = MAX (max_existing, g_array_index (segment->cohorts, HrCohort, i).tenure_to);

  /* slot j: tenure j - T + t in month t; new cohort of month t in slot T - t */
  n_slots = T + max_existing + 1;
  slots = g_new0 (double, n_slots);
  suffix = g_new0 (double, n_slots * MAX (engine->n_strides, 1));
  suffix_ready = g_new0 (gboolean, MAX (engine->n_strides, 1));
  arr_by_tenure = g_new0 (double, max_existing + T + 1);
  for (int a = 0; a <= max_existing + (int) T; a++)
    arr_by_tenure[a] = segment->acv * pow (1 + segment->expansion, a / 12);
  monthly_survival = pow (1 - segment->churn, 1.0 / 12);

  for (guint i = 0; i < segment->cohorts->len; i++)
    {
      const HrCohort *cohort = &g_array_index (segment->cohorts, HrCohort, i);
      double each = cohort->count / (cohort->tenure_to - cohort->tenure_from + 1);
      for (int tenure = cohort->tenure_from; tenure <= cohort->tenure_to; tenure++)
        slots[T + tenure] += each;
    }

  for (guint t = 0; t < T; t++)
    {
      gsize first = T - t;            /* the newest cohort */
      int max_tenure = max_existing + (int) t;
      const double *by_tenure = slots + first;   /* by_tenure[a], a = 0..max_tenure */
      double total = 0, total_arr = 0, lost = 0;

      memset (suffix_ready, 0, MAX (engine->n_strides, 1) * sizeof (gboolean));
      /* survive into month t, then count; slot first + a holds tenure a */
      if (t > 0 && segment->churn_mode == HR_CHURN_MONTHLY)
        {
          for (gsize j = first + 1; j < n_slots; j++)
            {
              double before = slots[j];
              slots[j] = before * monthly_survival;
              lost += before - slots[j];
            }
        }
      else if (t > 0)
        {
          /* only the cohorts reaching an anniversary (tenure 12, 24, …) */
          for (gsize j = first + 12; j < n_slots; j += 12)
            {
              double before = slots[j];
              slots[j] = before * (1 - segment->churn);
              lost += before - slots[j];
            }
        }
      for (gsize j = first + 1; j < n_slots; j++)
        {
          total += slots[j];
          total_arr += slots[j] * arr_by_tenure[j - first];
        }
      won[t] = new_accounts (segment, t);
      slots[first] += won[t];
      total += slots[first];
      total_arr += slots[first] * arr_by_tenure[0];
      churned[t] = lost;
      accounts[t] = total;
      arr[t] = total_arr;
      reactive[t] = total * segment->reactive_hours;
      role_reactive[t] += reactive[t];

      for (guint i = 0; i < n_deliveries; i++)
        {
          const Delivery *d = &deliveries[i];
          double due = accounts_due (d->info, by_tenure, max_tenure,
                                     suffix + (gsize) d->info->stride * n_slots,
                                     &suffix_ready[d->info->stride]);
          double hours = hr_delivery_due_hours (&d->delivery, due);

          d->by_play[t] += hours;
          d->by_segment[t] += hours;
        }
    }

  /* the journey: designed hours per account by tenure; a one-to-many
   * session counts as shared by a full group */
  for (guint i = 0; i < n_deliveries; i++)
    {
      const Delivery *d = &deliveries[i];
      const MomentInfo *info = d->info;
      double per_account = hr_delivery_account_hours (&d->delivery, 1);

      for (int a = 0; a < HR_JOURNEY_MONTHS; a++)
        if (info->journey & (1u << a))
          f->journey[((gsize) g * HR_N_PLAYS + info->play) * HR_JOURNEY_MONTHS + a] += per_account;
    }

  g_free (slots);
  g_free (suffix);
  g_free (suffix_ready);
  g_free (arr_by_tenure);
}

/* Designed hours by role, by segment and by play, from role × segment and
 * role × play, which the segment pass fills */
static void
sum_designed (Engine *engine)
{
  HrForecast *f = engine->forecast;
  guint T = engine->T;

  for (guint r = 0; r < engine->R; r++)
    {
      double *designed = hr_forecast_role_metric (f, r, HR_ROLE_DESIGNED);

      for (guint g = 0; g < engine->G; g++)
        {
          const double *row = f->role_segment + ((gsize) r * engine->G + g) * T;
          double *segment_designed = hr_forecast_segment_metric (f, g, HR_SEGMENT_DESIGNED);

          for (guint t = 0; t < T; t++)
            {
              designed[t] += row[t];
              segment_designed[t] += row[t];
            }
        }
      for (guint p = 0; p < HR_N_PLAYS; p++)
        {
          const double *row = f->role_play + ((gsize) r * HR_N_PLAYS + p) * T;
          for (guint t = 0; t < T; t++)
            f->play[(gsize) p * T + t] += row[t];
        }
    }
}

/* Headcount and ramp-weighted effective FTE from month-0 staff and hires */
void
hr_engine_staff (double        headcount,
                 double        attrition,
                 const GArray *ramp,
                 const double *hires,
                 guint         T,
                 double       *out_headcount,
                 double       *out_effective)
{
  double keep = pow (1 - attrition, 1.0 / 12);
  g_autofree double *stay = g_new (double, T);

  for (guint d = 0; d < T; d++)
    stay[d] = pow (keep, d);
  for (guint t = 0; t < T; t++)
    out_headcount[t] = out_effective[t] = headcount * stay[t];
  for (guint m = 0; m < T; m++)
    {
      if (hires[m] == 0)
        continue;
      for (guint t = m; t < T; t++)
        {
          double people = hires[m] * stay[t - m];
          double ramped = (t - m < ramp->len) ? g_array_index (ramp, double, t - m) : 1;

          out_headcount[t] += people;
          out_effective[t] += people * ramped;
        }
    }
}

static HrStatus
status_of (double load,
           double target_load)
{
  if (isnan (load) || load > 1 + 1e-9)
    return HR_STATUS_OVER;
  if (load > target_load + 1e-9)
    return HR_STATUS_STRETCHED;
  return HR_STATUS_OK;
}

static void
forecast_role (Engine *engine,
               guint   r)
{
  HrForecast *f = engine->forecast;
  HrRole *role = engine->roles[r];
  guint T = engine->T;
  double available = role->hours_per_month * (1 - role->shrinkage);
  double direct_share = 1 - role->indirect - role->unplanned;
  double *m[HR_N_ROLE_METRICS];
  const double *total_arr = f->totals + HR_TOTAL_ARR * T;

  for (guint i = 0; i < HR_N_ROLE_METRICS; i++)
    m[i] = hr_forecast_role_metric (f, r, i);

  hr_engine_staff (role->headcount, role->attrition, role->ramp,
                   engine->hires_by_role + (gsize) r * T, T,
                   m[HR_ROLE_HEADCOUNT], m[HR_ROLE_EFFECTIVE_FTE]);

  for (guint t = 0; t < T; t++)
    {
      double effective = m[HR_ROLE_EFFECTIVE_FTE][t];
      double load;

      m[HR_ROLE_CAPACITY][t] = effective * available;
      if (role->manages)
        {
          int managed = f->assumptions[r].manages;
          double required = hr_forecast_role_metric (f, managed, HR_ROLE_HEADCOUNT)[t] / role->span;

          m[HR_ROLE_REQUIRED_FTE][t] = required;
          load = effective > 0 ? required / effective : (required > 0 ? NAN : 0);
        }
      else
        {
          double workload = (m[HR_ROLE_DESIGNED][t] + m[HR_ROLE_REACTIVE][t]) / direct_share;

          m[HR_ROLE_WORKLOAD][t] = workload;
          m[HR_ROLE_INDIRECT][t] = workload * role->indirect;
          m[HR_ROLE_UNPLANNED][t] = workload * role->unplanned;
          m[HR_ROLE_REQUIRED_FTE][t] = workload / available;
          load = m[HR_ROLE_CAPACITY][t] > 0 ? workload / m[HR_ROLE_CAPACITY][t] : (workload > 0 ? NAN : 0);
        }
      m[HR_ROLE_LOAD][t] = load;
      m[HR_ROLE_GAP_FTE][t] = m[HR_ROLE_REQUIRED_FTE][t] - effective;
      m[HR_ROLE_TOPDOWN_FTE][t] = isnan (role->arr_per_fte) ? NAN : total_arr[t] / role->arr_per_fte;
      f->status[r * T + t] = status_of (load, role->target_load);
    }
}

static void
forecast_money (Engine *engine)
{
  HrForecast *f = engine->forecast;
  guint T = engine->T;
  double *cost = f->totals + HR_TOTAL_COST * T;
  double *arr = f->totals + HR_TOTAL_ARR * T;
  double *share = f->totals + HR_TOTAL_COST_SHARE * T;
  g_autofree double *rate = g_new0 (double, engine->R);

  /* cost of one hour of direct work, grossed up for the effort mix */
  for (guint r = 0; r < engine->R; r++)
    {
      HrRole *role = engine->roles[r];
      rate[r] = role->cost_per_year / (12 * role->hours_per_month) /
                ((1 - role->indirect - role->unplanned) * (1 - role->shrinkage));
    }

  for (guint t = 0; t < T; t++)
    {
      cost[t] = 0;
      for (guint r = 0; r < engine->R; r++)
        cost[t] += hr_forecast_role_metric (f, r, HR_ROLE_HEADCOUNT)[t] * engine->roles[r]->cost_per_year / 12;
      share[t] = arr[t] != 0 ? 12 * cost[t] / arr[t] : NAN;
    }

  for (guint g = 0; g < engine->G; g++)
    {
      double *cost_to_serve = hr_forecast_segment_metric (f, g, HR_SEGMENT_COST_TO_SERVE);
      const double *reactive = hr_forecast_segment_metric (f, g, HR_SEGMENT_REACTIVE);

      for (guint t = 0; t < T; t++)
        {
          double total = reactive[t] * rate[engine->reactive_role[g]];
          for (guint r = 0; r < engine->R; r++)
            total += f->role_segment[((gsize) r * engine->G + g) * T + t] * rate[r];
          cost_to_serve[t] = total;
        }
    }
}

static HrForecast *
forecast_plan (HrPlan *plan)
{
  Engine engine = { 0 };
  HrForecast *f;
  guint T;

  engine_setup (&engine, plan);
  f = engine.forecast;
  T = engine.T;

  for (guint g = 0; g < engine.G; g++)
    {
      const double *arr = hr_forecast_segment_metric (f, g, HR_SEGMENT_ARR);

      forecast_segment (&engine, g);
      for (guint t = 0; t < T; t++)
        f->totals[HR_TOTAL_ARR * T + t] += arr[t];
    }
  sum_designed (&engine);
  /* managers after the roles they manage */
  for (guint r = 0; r < engine.R; r++)
    if (!engine.roles[r]->manages)
      forecast_role (&engine, r);
  for (guint r = 0; r < engine.R; r++)
    if (engine.roles[r]->manages)
      forecast_role (&engine, r);
  forecast_money (&engine);

  engine_clear (&engine);
  return f;
}

static void
set_scenario (HrForecast *f,
              HrPlan     *plan,
              const char *scenario_id)
{
  HrScenario *scenario = scenario_id ? hr_plan_find_scenario (plan, scenario_id) : NULL;

  if (scenario == NULL)
    return;
  f->scenario_id = g_strdup (scenario_id);
  f->scenario_name = g_strdup (hr_scenario_get_name (scenario));
}

HrForecast *
hr_engine_forecast (HrPlan           *plan,
                    const char       *scenario_id,
                    HrForecastFlags   flags,
                    GError          **error)
{
  g_autoptr(HrPlan) applied = NULL;
  HrPlan *source = plan;
  HrForecast *f;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  if (scenario_id)
    {
      applied = hr_plan_apply_scenario (plan, scenario_id, error);
      if (applied == NULL)
        return NULL;
      source = applied;
    }
  if (hr_plan_get_work_role (source) == NULL)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("roles: expected at least one role that does the work"));
      return NULL;
    }

  f = forecast_plan (source);
  hr_planner_run (f, source);

  if (flags & HR_FORECAST_APPLY_HIRING)
    {
      g_autoptr(HrPlan) hired = hr_plan_copy (source);
      HrForecast *with_hires;

      if (hired == NULL)
        {
          g_object_unref (f);
          return hr_engine_forecast (plan, scenario_id, flags & ~HR_FORECAST_APPLY_HIRING, error);
        }
      for (guint i = 0; i < f->suggestions->len; i++)
        {
          const HrSuggestedHire *s = &g_array_index (f->suggestions, HrSuggestedHire, i);
          g_autoptr(HrHire) hire = hr_hire_new (f->role_ids[s->role], f->start + (int) s->month, s->count);
          g_list_store_append (G_LIST_STORE (hr_plan_get_hires (hired)), hire);
        }
      with_hires = forecast_plan (hired);
      /* report the hires that were added, and the months no hire could save */
      g_array_append_vals (with_hires->suggestions, f->suggestions->data, f->suggestions->len);
      memcpy (with_hires->late, f->late, (gsize) f->n_roles * f->n_months);
      memcpy (with_hires->need, f->need, (gsize) f->n_roles * f->n_months * sizeof (double));
      with_hires->hiring_applied = TRUE;
      g_object_unref (f);
      f = with_hires;
    }

  set_scenario (f, plan, scenario_id);
  hr_forecast_summarize (f);
  return f;
}

GPtrArray *
hr_engine_compare (HrPlan  *plan,
                   GError **error)
{
  g_autoptr(GPtrArray) forecasts = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  HrForecast *baseline = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, error);

  if (baseline == NULL)
    return NULL;
  g_ptr_array_add (forecasts, baseline);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      HrForecast *f = hr_engine_forecast (plan, hr_item_get_id (HR_ITEM (scenario)),
                                          HR_FORECAST_DEFAULT, error);
      if (f == NULL)
        return NULL;
      g_ptr_array_add (forecasts, f);
    }
  return g_steal_pointer (&forecasts);
}

/* hr-forecast.c: the immutable result of forecasting one plan */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hr-forecast-private.h"
#include "hr-format.h"

G_DEFINE_FINAL_TYPE (HrForecast, hr_forecast, G_TYPE_OBJECT)

static const char * const play_ids[HR_N_PLAYS] = {
  "purchase_welcome", "kickoff", "onboarding", "first_value", "value_blocks",
  "sharing_insights", "alignment_meeting", "renew_grow", "supporting",
};

static const char * const play_labels[HR_N_PLAYS] = {
  N_("Purchase & Welcome"), N_("Kickoff"), N_("Onboarding"), N_("First Value"),
  N_("Value Blocks"), N_("Sharing Insights"), N_("Alignment Meetings"),
  N_("Renew & Grow"), N_("Supporting"),
};

static const char * const role_metric_ids[HR_N_ROLE_METRICS] = {
  "designed", "reactive", "indirect", "unplanned", "workload", "required_fte",
  "headcount", "effective_fte", "capacity", "load", "gap_fte", "topdown_fte",
};

static const char * const segment_metric_ids[HR_N_SEGMENT_METRICS] = {
  "accounts", "new", "churned", "arr", "designed", "reactive", "cost_to_serve",
};

static const char * const status_ids[] = { "ok", "stretched", "over" };

const char *hr_play_to_string (HrPlay play) { return play_ids[play]; }
const char *hr_play_get_label (HrPlay play) { return g_dgettext (GETTEXT_PACKAGE, play_labels[play]); }
const char *hr_status_to_string (HrStatus status) { return status_ids[status]; }
const char *hr_role_metric_to_string (HrRoleMetric metric) { return role_metric_ids[metric]; }
const char *hr_segment_metric_to_string (HrSegmentMetric metric) { return segment_metric_ids[metric]; }

gboolean
hr_play_from_string (const char *str,
                     HrPlay     *play)
{
  for (guint i = 0; i < HR_N_PLAYS; i++)
    if (g_strcmp0 (play_ids[i], str) == 0)
      {
        *play = i;
        return TRUE;
      }
  return FALSE;
}

static void
hr_forecast_finalize (GObject *object)
{
  HrForecast *self = HR_FORECAST (object);

  g_free (self->plan_name);
  g_free (self->currency);
  g_free (self->scenario_id);
  g_free (self->scenario_name);
  g_strfreev (self->role_ids);
  g_strfreev (self->role_names);
  g_free (self->assumptions);
  g_free (self->role_metrics);
  g_free (self->status);
  g_free (self->late);
  g_free (self->need);
  g_free (self->team_need);
  g_free (self->role_play);
  g_free (self->role_segment);
  g_free (self->months_stretched);
  g_free (self->months_over);
  g_strfreev (self->segment_ids);
  g_strfreev (self->segment_names);
  g_strfreev (self->segment_touch);
  g_free (self->segment_acv);
  g_free (self->segment_reactive_role);
  g_free (self->segment_metrics);
  g_free (self->journey);
  g_free (self->play);
  g_free (self->totals);
  g_free (self->team);
  g_free (self->team_target);
  g_clear_pointer (&self->plan_hires, g_array_unref);
  g_clear_pointer (&self->suggestions, g_array_unref);

  G_OBJECT_CLASS (hr_forecast_parent_class)->finalize (object);
}

static void
hr_forecast_class_init (HrForecastClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hr_forecast_finalize;
}

static void
hr_forecast_init (HrForecast *self)
{
}

HrForecast *
hr_forecast_new_sized (guint n_months,
                       guint n_roles,
                       guint n_segments)
{
  HrForecast *self = g_object_new (HR_TYPE_FORECAST, NULL);
  gsize T = n_months;

  self->n_months = n_months;
  self->n_roles = n_roles;
  self->n_segments = n_segments;
  self->role_ids = g_new0 (char *, n_roles + 1);
  self->role_names = g_new0 (char *, n_roles + 1);
  self->assumptions = g_new0 (HrRoleAssumptions, n_roles);
  self->role_metrics = g_new0 (double, n_roles * HR_N_ROLE_METRICS * T);
  self->status = g_new0 (guint8, n_roles * T);
  self->late = g_new0 (guint8, n_roles * T);
  self->need = g_new0 (double, n_roles * T);
  self->team_need = g_new0 (double, T);
  self->role_play = g_new0 (double, n_roles * HR_N_PLAYS * T);
  self->role_segment = g_new0 (double, (gsize) n_roles * n_segments * T + 1);
  self->months_stretched = g_new0 (guint, n_roles);
  self->months_over = g_new0 (guint, n_roles);
  self->segment_ids = g_new0 (char *, n_segments + 1);
  self->segment_names = g_new0 (char *, n_segments + 1);
  self->segment_touch = g_new0 (char *, n_segments + 1);
  self->segment_acv = g_new0 (double, n_segments + 1);
  self->segment_reactive_role = g_new0 (guint, n_segments + 1);
  self->segment_metrics = g_new0 (double, n_segments * HR_N_SEGMENT_METRICS * T + 1);
  self->journey = g_new0 (double, n_segments * HR_N_PLAYS * HR_JOURNEY_MONTHS + 1);
  self->play = g_new0 (double, HR_N_PLAYS * T);
  self->totals = g_new0 (double, HR_N_TOTAL_METRICS * T);
  self->team = g_new0 (double, 2 * HR_N_ROLE_METRICS * T);
  self->team_target = g_new0 (double, T);
  self->plan_hires = g_array_new (FALSE, FALSE, sizeof (HrSuggestedHire));
  self->suggestions = g_array_new (FALSE, FALSE, sizeof (HrSuggestedHire));
  return self;
}

static void
sum_team (HrForecast *self)
{
  guint T = self->n_months;

  memset (self->team, 0, 2 * HR_N_ROLE_METRICS * T * sizeof (double));
  memset (self->team_target, 0, T * sizeof (double));
  memset (self->team_need, 0, T * sizeof (double));
  for (guint r = 0; r < self->n_roles; r++)
    {
      gboolean manager = self->assumptions[r].manages >= 0;

      for (guint m = 0; m < HR_N_ROLE_METRICS; m++)
        {
          const double *v = hr_forecast_role_metric (self, r, m);
          double *all = self->team + ((gsize) HR_N_ROLE_METRICS + m) * T;
          double *work = self->team + (gsize) m * T;

          for (guint t = 0; t < T; t++)
            {
              double value = isfinite (v[t]) ? v[t] : 0;
              all[t] += value;
              if (!manager)
                work[t] += value;
            }
        }
      for (guint t = 0; t < T; t++)
        self->team_need[t] += self->need[r * T + t];
      if (!manager)
        for (guint t = 0; t < T; t++)
          self->team_target[t] += hr_forecast_role_metric (self, r, HR_ROLE_CAPACITY)[t] *
                                  self->assumptions[r].target_load;
    }
  /* a load is a ratio: the team's is its workload over its capacity, not
   * the sum of its roles' loads */
  for (guint with = 0; with < 2; with++)
    {
      double *team = self->team + (gsize) with * HR_N_ROLE_METRICS * T;
      const double *workload = team + (gsize) HR_ROLE_WORKLOAD * T;
      const double *capacity = team + (gsize) HR_ROLE_CAPACITY * T;
      double *load = team + (gsize) HR_ROLE_LOAD * T;

      for (guint t = 0; t < T; t++)
        load[t] = capacity[t] > 0 ? workload[t] / capacity[t] : workload[t] > 0 ? NAN : 0;
    }
}

void
hr_forecast_summarize (HrForecast *self)
{
  HrSummary *summary = &self->summary;
  guint T = self->n_months;

  sum_team (self);
  memset (summary, 0, sizeof *summary);
  summary->peak_load = -1;
  summary->peak_role = -1;
  summary->peak_month = -1;

  for (guint r = 0; r < self->n_roles; r++)
    {
      const double *load = hr_forecast_role_metric (self, r, HR_ROLE_LOAD);

      self->months_stretched[r] = self->months_over[r] = 0;
      for (guint t = 0; t < T; t++)
        {
          HrStatus status = self->status[r * T + t];

          if (status == HR_STATUS_OVER)
            self->months_over[r]++;
          else if (status == HR_STATUS_STRETCHED)
            self->months_stretched[r]++;
          /* a month without capacity for its work outranks any number */
          if (isnan (summary->peak_load))
            continue;
          if (hr_load_above (load[t], summary->peak_load))
            {
              summary->peak_load = load[t];
              summary->peak_role = r;
              summary->peak_month = t;
            }
        }
      /* the whole team, managers included, as the headcount chart shows it */
      summary->required_fte_now += hr_forecast_role_metric (self, r, HR_ROLE_REQUIRED_FTE)[0];
      summary->effective_fte_now += hr_forecast_role_metric (self, r, HR_ROLE_EFFECTIVE_FTE)[0];
      summary->required_fte_end += hr_forecast_role_metric (self, r, HR_ROLE_REQUIRED_FTE)[T - 1];
      summary->effective_fte_end += hr_forecast_role_metric (self, r, HR_ROLE_EFFECTIVE_FTE)[T - 1];
    }
  if (summary->peak_role < 0)
    summary->peak_load = 0;

  for (guint t = 0; t < T; t++)
    {
      HrStatus worst = HR_STATUS_OK;

      for (guint r = 0; r < self->n_roles; r++)
        worst = MAX (worst, (HrStatus) self->status[r * T + t]);
      if (worst == HR_STATUS_OVER)
        summary->months_over++;
      else if (worst == HR_STATUS_STRETCHED)
        summary->months_stretched++;
      summary->total_cost += self->totals[HR_TOTAL_COST * T + t];
      summary->total_arr += self->totals[HR_TOTAL_ARR * T + t] / 12;
    }
  summary->cost_share = summary->total_arr > 0 ? summary->total_cost / summary->total_arr : NAN;

  /* what the plan costs once it has the people it needs: each suggested
   * hire from its start month, thinned by attrition like any hire */
  summary->total_cost_hired = summary->total_cost;
  for (guint i = 0; i < self->suggestions->len && !self->hiring_applied; i++)
    {
      const HrSuggestedHire *s = &g_array_index (self->suggestions, HrSuggestedHire, i);
      const HrRoleAssumptions *a = &self->assumptions[s->role];
      double keep = pow (1 - a->attrition, 1.0 / 12), stay = 1;

      for (guint t = s->month; t < T; t++, stay *= keep)
        summary->total_cost_hired += s->count * stay * a->cost_per_year / 12;
    }
  summary->cost_share_hired = summary->total_arr > 0 ? summary->total_cost_hired / summary->total_arr : NAN;
  for (guint i = 0; i < self->suggestions->len; i++)
    summary->hires_suggested += g_array_index (self->suggestions, HrSuggestedHire, i).count;
}

/* --- public accessors --- */

const char *hr_forecast_get_plan_name (HrForecast *self) { return self->plan_name; }
const char *hr_forecast_get_currency (HrForecast *self) { return self->currency; }
const char *hr_forecast_get_scenario_id (HrForecast *self) { return self->scenario_id; }
const char *hr_forecast_get_scenario_name (HrForecast *self) { return self->scenario_name; }
gboolean hr_forecast_get_hiring_applied (HrForecast *self) { return self->hiring_applied; }
guint hr_forecast_get_n_months (HrForecast *self) { return self->n_months; }
int hr_forecast_get_start_year (HrForecast *self) { return self->start / 12; }
int hr_forecast_get_start_month (HrForecast *self) { return self->start % 12 + 1; }
guint hr_forecast_get_n_roles (HrForecast *self) { return self->n_roles; }
guint hr_forecast_get_n_segments (HrForecast *self) { return self->n_segments; }
const HrSummary *hr_forecast_get_summary (HrForecast *self) { return &self->summary; }

char *
hr_forecast_dup_month_label (HrForecast *self,
                             guint       t)
{
  int month = self->start + (int) t;

  return g_strdup_printf ("%04d-%02d", month / 12, month % 12 + 1);
}

char *
hr_forecast_format_month (HrForecast *self,
                          int         t,
                          const char *format)
{
  return hr_format_month (self->start + t, format);
}

const char *
hr_forecast_get_role_id (HrForecast *self, guint role)
{
  g_return_val_if_fail (role < self->n_roles, NULL);
  return self->role_ids[role];
}

const char *
hr_forecast_get_role_name (HrForecast *self, guint role)
{
  g_return_val_if_fail (role < self->n_roles, NULL);
  return self->role_names[role];
}

int
hr_forecast_find_role (HrForecast *self, const char *id)
{
  for (guint r = 0; r < self->n_roles; r++)
    if (g_strcmp0 (self->role_ids[r], id) == 0)
      return r;
  return -1;
}

const HrRoleAssumptions *
hr_forecast_get_role_assumptions (HrForecast *self, guint role)
{
  g_return_val_if_fail (role < self->n_roles, NULL);
  return &self->assumptions[role];
}

const double *
hr_forecast_get_role_series (HrForecast *self, guint role, HrRoleMetric metric)
{
  g_return_val_if_fail (role < self->n_roles && metric < HR_N_ROLE_METRICS, NULL);
  return hr_forecast_role_metric (self, role, metric);
}

HrStatus
hr_forecast_get_role_status (HrForecast *self, guint role, guint t)
{
  g_return_val_if_fail (role < self->n_roles && t < self->n_months, HR_STATUS_OK);
  return self->status[role * self->n_months + t];
}

gboolean
hr_forecast_get_role_late (HrForecast *self, guint role, guint t)
{
  g_return_val_if_fail (role < self->n_roles && t < self->n_months, FALSE);
  return self->late[role * self->n_months + t];
}

guint
hr_forecast_get_role_months_stretched (HrForecast *self, guint role)
{
  g_return_val_if_fail (role < self->n_roles, 0);
  return self->months_stretched[role];
}

guint
hr_forecast_get_role_months_over (HrForecast *self, guint role)
{
  g_return_val_if_fail (role < self->n_roles, 0);
  return self->months_over[role];
}

const double *
hr_forecast_get_role_play_series (HrForecast *self, guint role, HrPlay play)
{
  g_return_val_if_fail (role < self->n_roles && play < HR_N_PLAYS, NULL);
  return self->role_play + ((gsize) role * HR_N_PLAYS + play) * self->n_months;
}

const double *
hr_forecast_get_role_segment_series (HrForecast *self, guint role, guint segment)
{
  g_return_val_if_fail (role < self->n_roles && segment < self->n_segments, NULL);
  return self->role_segment + ((gsize) role * self->n_segments + segment) * self->n_months;
}

const char *
hr_forecast_get_segment_id (HrForecast *self, guint segment)
{
  g_return_val_if_fail (segment < self->n_segments, NULL);
  return self->segment_ids[segment];
}

const char *
hr_forecast_get_segment_name (HrForecast *self, guint segment)
{
  g_return_val_if_fail (segment < self->n_segments, NULL);
  return self->segment_names[segment];
}

const char *
hr_forecast_get_segment_touch (HrForecast *self, guint segment)
{
  g_return_val_if_fail (segment < self->n_segments, NULL);
  return self->segment_touch[segment];
}

double
hr_forecast_get_segment_acv (HrForecast *self, guint segment)
{
  g_return_val_if_fail (segment < self->n_segments, 0);
  return self->segment_acv[segment];
}

int
hr_forecast_find_segment (HrForecast *self, const char *id)
{
  for (guint g = 0; g < self->n_segments; g++)
    if (g_strcmp0 (self->segment_ids[g], id) == 0)
      return g;
  return -1;
}

const double *
hr_forecast_get_segment_series (HrForecast *self, guint segment, HrSegmentMetric metric)
{
  g_return_val_if_fail (segment < self->n_segments && metric < HR_N_SEGMENT_METRICS, NULL);
  return hr_forecast_segment_metric (self, segment, metric);
}

const double *
hr_forecast_get_journey (HrForecast *self, guint segment, HrPlay play)
{
  g_return_val_if_fail (segment < self->n_segments && play < HR_N_PLAYS, NULL);
  return self->journey + ((gsize) segment * HR_N_PLAYS + play) * HR_JOURNEY_MONTHS;
}

const double *
hr_forecast_get_team_series (HrForecast *self, HrRoleMetric metric, gboolean with_managers)
{
  g_return_val_if_fail (metric < HR_N_ROLE_METRICS, NULL);
  return self->team + ((gsize) (with_managers ? HR_N_ROLE_METRICS : 0) + metric) * self->n_months;
}

const double *
hr_forecast_get_team_target_capacity (HrForecast *self)
{
  return self->team_target;
}

HrStatus
hr_forecast_get_team_status (HrForecast *self, guint t)
{
  const double *workload = hr_forecast_get_team_series (self, HR_ROLE_WORKLOAD, FALSE);
  const double *capacity = hr_forecast_get_team_series (self, HR_ROLE_CAPACITY, FALSE);

  g_return_val_if_fail (t < self->n_months, HR_STATUS_OK);
  if (workload[t] > 0 && workload[t] > capacity[t] * (1 + 1e-9))
    return HR_STATUS_OVER;
  if (workload[t] > self->team_target[t] * (1 + 1e-9))
    return HR_STATUS_STRETCHED;
  return HR_STATUS_OK;
}

const double *
hr_forecast_get_needed_series (HrForecast *self, int role)
{
  g_return_val_if_fail (role < (int) self->n_roles, NULL);
  return role < 0 ? self->team_need : self->need + (gsize) role * self->n_months;
}

gboolean
hr_forecast_get_team_late (HrForecast *self, guint t)
{
  g_return_val_if_fail (t < self->n_months, FALSE);
  for (guint r = 0; r < self->n_roles; r++)
    if (self->late[r * self->n_months + t])
      return TRUE;
  return FALSE;
}

const double *
hr_forecast_get_play_series (HrForecast *self, HrPlay play)
{
  g_return_val_if_fail (play < HR_N_PLAYS, NULL);
  return self->play + (gsize) play * self->n_months;
}

const double *
hr_forecast_get_total_series (HrForecast *self, HrTotalMetric metric)
{
  g_return_val_if_fail (metric < HR_N_TOTAL_METRICS, NULL);
  return self->totals + (gsize) metric * self->n_months;
}

guint hr_forecast_get_n_plan_hires (HrForecast *self) { return self->plan_hires->len; }
guint hr_forecast_get_n_suggestions (HrForecast *self) { return self->suggestions->len; }

const HrSuggestedHire *
hr_forecast_get_plan_hire (HrForecast *self, guint i)
{
  g_return_val_if_fail (i < self->plan_hires->len, NULL);
  return &g_array_index (self->plan_hires, HrSuggestedHire, i);
}

const HrSuggestedHire *
hr_forecast_get_suggestion (HrForecast *self, guint i)
{
  g_return_val_if_fail (i < self->suggestions->len, NULL);
  return &g_array_index (self->suggestions, HrSuggestedHire, i);
}

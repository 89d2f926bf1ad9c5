/* hr-forecast.h: the immutable result of forecasting one plan
 *
 * A forecast holds every number of spec §4 for one plan (the baseline or a
 * scenario applied to it). Series have one value per month; NAN stands for
 * the spec's null (no capacity, no ARR, no top-down rule).
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  HR_ROLE_DESIGNED,
  HR_ROLE_REACTIVE,
  HR_ROLE_INDIRECT,
  HR_ROLE_UNPLANNED,
  HR_ROLE_WORKLOAD,
  HR_ROLE_REQUIRED_FTE,
  HR_ROLE_HEADCOUNT,
  HR_ROLE_EFFECTIVE_FTE,
  HR_ROLE_CAPACITY,
  HR_ROLE_LOAD,
  HR_ROLE_GAP_FTE,
  HR_ROLE_TOPDOWN_FTE,
  HR_N_ROLE_METRICS
} HrRoleMetric;

typedef enum {
  HR_SEGMENT_ACCOUNTS,
  HR_SEGMENT_NEW,
  HR_SEGMENT_CHURNED,
  HR_SEGMENT_ARR,
  HR_SEGMENT_DESIGNED,
  HR_SEGMENT_REACTIVE,
  HR_SEGMENT_COST_TO_SERVE,
  HR_N_SEGMENT_METRICS
} HrSegmentMetric;

typedef enum {
  HR_TOTAL_COST,
  HR_TOTAL_ARR,
  HR_TOTAL_COST_SHARE,
  HR_N_TOTAL_METRICS
} HrTotalMetric;

typedef enum {
  HR_STATUS_OK,
  HR_STATUS_STRETCHED,
  HR_STATUS_OVER
} HrStatus;

typedef enum {
  HR_PLAY_PURCHASE_WELCOME,
  HR_PLAY_KICKOFF,
  HR_PLAY_ONBOARDING,
  HR_PLAY_FIRST_VALUE,
  HR_PLAY_VALUE_BLOCKS,
  HR_PLAY_SHARING_INSIGHTS,
  HR_PLAY_ALIGNMENT_MEETING,
  HR_PLAY_RENEW_GROW,
  HR_PLAY_SUPPORTING,
  HR_N_PLAYS
} HrPlay;

/* Tenure months covered by the journey profile (hours per account). */
#define HR_JOURNEY_MONTHS 24

/* One merged suggestion of the hiring planner (spec §3.5). */
typedef struct {
  guint  role;          /* role index */
  guint  month;         /* start month index */
  int    requisition;   /* month index the requisition opens; may be < 0 only
                           for plan hires, never for suggestions */
  double count;
} HrSuggestedHire;

/* Assumptions of one role that charts print in their footnote. */
typedef struct {
  double hours_per_month;
  double shrinkage;
  double indirect;
  double unplanned;
  double target_load;
  double cost_per_year;
  double arr_per_fte;   /* NAN when the role has no top-down rule */
  int    manages;       /* index of the managed role, or -1 */
  double span;
  guint  lead_time_months;
  guint  ramp_months;   /* months until a hire is fully productive */
  double attrition;
} HrRoleAssumptions;

typedef struct {
  double peak_load;            /* NAN when some month has no capacity */
  int    peak_role;            /* role index of the peak, -1 without roles */
  int    peak_month;           /* month index of the peak, -1 if none */
  guint  months_stretched;     /* months in which any role is stretched (not over) */
  guint  months_over;          /* months in which any role is over */
  double required_fte_now;     /* the whole team, managers included, month 0 */
  double effective_fte_now;
  double required_fte_end;     /* the whole team, managers included, last month */
  double effective_fte_end;
  double hires_suggested;      /* sum of the planner's counts */
  double total_cost;           /* over the horizon */
  double total_cost_hired;     /* the same with the planner's hires added */
  double total_arr;            /* sum of monthly ARR / 12: revenue over the horizon */
  double cost_share;           /* total cost / total revenue; NAN without ARR */
  double cost_share_hired;     /* the same with the planner's hires added */
} HrSummary;

#define HR_TYPE_FORECAST (hr_forecast_get_type ())
G_DECLARE_FINAL_TYPE (HrForecast, hr_forecast, HR, FORECAST, GObject)

const char    *hr_play_to_string             (HrPlay play);
gboolean       hr_play_from_string           (const char *str, HrPlay *play);
const char    *hr_play_get_label             (HrPlay play);
const char    *hr_status_to_string           (HrStatus status);
const char    *hr_role_metric_to_string      (HrRoleMetric metric);
const char    *hr_segment_metric_to_string   (HrSegmentMetric metric);

const char    *hr_forecast_get_plan_name     (HrForecast *self);
const char    *hr_forecast_get_currency      (HrForecast *self);
/* NULL for the baseline */
const char    *hr_forecast_get_scenario_id   (HrForecast *self);
const char    *hr_forecast_get_scenario_name (HrForecast *self);
/* TRUE when the planner's suggestions were added as hires */
gboolean       hr_forecast_get_hiring_applied (HrForecast *self);

guint          hr_forecast_get_n_months      (HrForecast *self);
int            hr_forecast_get_start_year    (HrForecast *self);
int            hr_forecast_get_start_month   (HrForecast *self);  /* 1..12 */
/* "YYYY-MM" of month index t, newly allocated */
char          *hr_forecast_dup_month_label   (HrForecast *self,
                                              guint       t);
/* Month index t for people, in the locale: format "%b %Y" gives "Mar 2027" */
char          *hr_forecast_format_month      (HrForecast *self,
                                              int         t,
                                              const char *format);

guint          hr_forecast_get_n_roles       (HrForecast *self);
const char    *hr_forecast_get_role_id       (HrForecast *self,
                                              guint       role);
const char    *hr_forecast_get_role_name     (HrForecast *self,
                                              guint       role);
int            hr_forecast_find_role         (HrForecast *self,
                                              const char *id);
const HrRoleAssumptions *
               hr_forecast_get_role_assumptions (HrForecast *self,
                                                 guint       role);
const double  *hr_forecast_get_role_series   (HrForecast   *self,
                                              guint         role,
                                              HrRoleMetric  metric);
HrStatus       hr_forecast_get_role_status   (HrForecast *self,
                                              guint       role,
                                              guint       t);
/* designed hours of a role by play and by segment */
const double  *hr_forecast_get_role_play_series    (HrForecast *self,
                                                    guint       role,
                                                    HrPlay      play);
const double  *hr_forecast_get_role_segment_series (HrForecast *self,
                                                    guint       role,
                                                    guint       segment);
guint          hr_forecast_get_role_months_stretched (HrForecast *self,
                                                      guint       role);
guint          hr_forecast_get_role_months_over      (HrForecast *self,
                                                      guint       role);
/* TRUE where the planner could not be on time (spec §3.5 "late") */
gboolean       hr_forecast_get_role_late     (HrForecast *self,
                                              guint       role,
                                              guint       t);

guint          hr_forecast_get_n_segments    (HrForecast *self);
const char    *hr_forecast_get_segment_id    (HrForecast *self,
                                              guint       segment);
const char    *hr_forecast_get_segment_name  (HrForecast *self,
                                              guint       segment);
const char    *hr_forecast_get_segment_touch (HrForecast *self,
                                              guint       segment);
double         hr_forecast_get_segment_acv   (HrForecast *self,
                                              guint       segment);
int            hr_forecast_find_segment      (HrForecast *self,
                                              const char *id);
const double  *hr_forecast_get_segment_series (HrForecast      *self,
                                               guint            segment,
                                               HrSegmentMetric  metric);
/* designed hours per account at tenure 0..HR_JOURNEY_MONTHS-1 */
const double  *hr_forecast_get_journey       (HrForecast *self,
                                              guint       segment,
                                              HrPlay      play);

/* The team: every role's series summed, managers included or not (NAN
 * months count as 0), except HR_ROLE_LOAD: the team's workload over its
 * capacity (NAN with work and no capacity). Designed hours by play and by segment of the team
 * are hr_forecast_get_play_series() and the segments' HR_SEGMENT_DESIGNED. */
const double  *hr_forecast_get_team_series   (HrForecast   *self,
                                              HrRoleMetric  metric,
                                              gboolean      with_managers);
/* Σ capacity × target load of the roles that do the work */
const double  *hr_forecast_get_team_target_capacity (HrForecast *self);
/* The team of work roles as one: OVER when its workload is above its
 * capacity, STRETCHED above its target capacity */
HrStatus       hr_forecast_get_team_status   (HrForecast *self,
                                              guint       t);
/* FTE needed at the target load, as the hiring planner hires to it
 * (required FTE / target load; for a manager, with the managed role's
 * suggested hires): of a role, or of the whole team with role -1 */
const double  *hr_forecast_get_needed_series (HrForecast *self,
                                              int         role);
/* TRUE when any role is late in month t */
gboolean       hr_forecast_get_team_late     (HrForecast *self,
                                              guint       t);

/* designed hours of all roles by play */
const double  *hr_forecast_get_play_series   (HrForecast *self,
                                              HrPlay      play);
const double  *hr_forecast_get_total_series  (HrForecast    *self,
                                              HrTotalMetric  metric);

/* Hires of the plan itself (after the scenario), merged by role and month */
guint          hr_forecast_get_n_plan_hires  (HrForecast *self);
const HrSuggestedHire *
               hr_forecast_get_plan_hire     (HrForecast *self,
                                              guint       i);
/* The planner's suggestions, merged by role and start month, sorted by
 * role then month. With hiring applied these are the hires that were added. */
guint          hr_forecast_get_n_suggestions (HrForecast *self);
const HrSuggestedHire *
               hr_forecast_get_suggestion    (HrForecast *self,
                                              guint       i);

const HrSummary *hr_forecast_get_summary     (HrForecast *self);

/* The text of `headroom-cli forecast --format json`, written as it goes;
 * what is not finite becomes null */
char          *hr_forecast_to_json_data      (HrForecast *self,
                                              gsize      *length);
/* The same as a tree */
JsonNode      *hr_forecast_to_json           (HrForecast *self);
/* One row per month with named columns, for spreadsheets */
char          *hr_forecast_to_csv            (HrForecast *self);

G_END_DECLS

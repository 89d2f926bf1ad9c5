/* hr-forecast-private.h: the forecast's storage, filled by the engine */
#pragma once

#include <math.h>

#include "hr-forecast.h"
#include "hr-json-writer.h"
#include "hr-plan.h"

G_BEGIN_DECLS

struct _HrForecast
{
  GObject            parent_instance;

  char              *plan_name;
  char              *currency;
  char              *scenario_id;
  char              *scenario_name;
  gboolean           hiring_applied;

  guint              n_months;
  int                start;            /* absolute month */
  guint              n_roles;
  guint              n_segments;

  char             **role_ids;
  char             **role_names;
  HrRoleAssumptions *assumptions;
  double            *role_metrics;     /* [role][metric][month] */
  guint8            *status;           /* [role][month] */
  guint8            *late;             /* [role][month] */
  double            *need;             /* [role][month]: what the planner hires to */
  double            *team_need;        /* [month] */
  double            *role_play;        /* [role][play][month] */
  double            *role_segment;     /* [role][segment][month] */
  guint             *months_stretched; /* [role] */
  guint             *months_over;      /* [role] */

  char             **segment_ids;
  char             **segment_names;
  char             **segment_touch;
  double            *segment_acv;
  guint             *segment_reactive_role;
  double            *segment_metrics;  /* [segment][metric][month] */
  double            *journey;          /* [segment][play][tenure] */

  double            *play;             /* [play][month] */
  double            *totals;           /* [metric][month] */

  double            *team;             /* [with managers][metric][month] */
  double            *team_target;      /* [month] */
  GArray            *plan_hires;       /* HrSuggestedHire */
  GArray            *suggestions;      /* HrSuggestedHire */
  HrSummary          summary;
};

HrForecast *hr_forecast_new_sized (guint n_months,
                                   guint n_roles,
                                   guint n_segments);

static inline double *
hr_forecast_role_metric (HrForecast   *self,
                         guint         role,
                         HrRoleMetric  metric)
{
  return self->role_metrics + ((gsize) role * HR_N_ROLE_METRICS + metric) * self->n_months;
}

static inline double *
hr_forecast_segment_metric (HrForecast      *self,
                            guint            segment,
                            HrSegmentMetric  metric)
{
  return self->segment_metrics + ((gsize) segment * HR_N_SEGMENT_METRICS + metric) * self->n_months;
}

typedef struct _HrEngineInput HrEngineInput;

/* The hiring planner of spec §3.5: fills suggestions and late months */
void hr_planner_run (HrForecast          *self,
                     const HrEngineInput *input);
/* The same with need(t) = @required(t) / target load for the roles that
 * do the work: [role][month], e.g. a percentile of required FTE (spec §6
 * "hiring at confidence"); managers are planned as ever */
void hr_planner_run_to (HrForecast          *self,
                        const HrEngineInput *input,
                        const double        *required);

/* Adds whole hires to an input (the planner's, to forecast with them) */
void hr_engine_input_add_hires (HrEngineInput         *self,
                                const HrSuggestedHire *hires,
                                guint                  n_hires);

/* Headcount and ramp-weighted effective FTE of one role (spec §3.3) */
void hr_engine_staff (double        headcount,
                      double        attrition,
                      const GArray *ramp,
                      const double *hires,
                      guint         T,
                      double       *out_headcount,
                      double       *out_effective);

/* TRUE when @load is a new peak over @peak: loads within 1e-9 of each
 * other are equal, so that the first month of a flat top stays the peak
 * whatever the rounding; a null load (work, no capacity) outranks any */
static inline gboolean
hr_load_above (double load,
               double peak)
{
  return isnan (load) || load > peak + 1e-9 * MAX (1.0, fabs (peak));
}

/* Per-role and whole-plan summary from the series */
void hr_forecast_summarize (HrForecast *self);

/* hr-forecast-export.c: the months each role is late in, as the JSON list
 * [{"role": ID, "month": "YYYY-MM"}, …] of the forecast and the hiring
 * plan */
void hr_forecast_write_late (HrForecast   *self,
                             HrJsonWriter *writer);
/* The planner's suggestions as the list "hiring_plan" of the forecast:
 * [{"role", "month", "requisition", "count"}, …] */
void hr_forecast_write_hiring_plan (HrForecast   *self,
                                    HrJsonWriter *writer);

G_END_DECLS

/* hr-engine-input.h: what the computation of spec §3 reads, in plain C
 *
 * The engine runs in two steps:
 *
 *  1. hr_engine_input_new() reads a plan (a baseline, or a scenario's plan
 *     from hr_plan_apply_scenario()) into an HrEngineInput: the roles,
 *     segments with their cohorts, moments, the treatment of every moment ×
 *     segment and the hires, with every id resolved to an index. It shares
 *     nothing with the plan and holds no GObject.
 *  2. hr_engine_input_run() computes every series of §3 from the input
 *     alone; hr_engine_input_forecast() adds the hiring planner and wraps
 *     the result in an HrForecast.
 *
 * Locating a field. The arrays hold the same plain structs that the plan's
 * items embed (hr-plan-data.h), and an item's field table (HrField) gives
 * offsets into those structs. So a field that hr_target_resolve() found in
 * the plan the input was made from is at the same offset in the input:
 * hr_engine_input_get_field() returns its address, a double, an int or a
 * GArray * of doubles as the field's type says. The uncertainty sampler
 * copies the input (hr_engine_input_copy(): a few arrays; names are
 * shared), overwrites numbers there and runs the copy.
 *
 * Threads. An input is plain memory: once made, any number of threads may
 * run it at once, and each may run its own copy. Building one reads the
 * plan and must happen on the thread that owns the plan; hr_plan_copy()
 * gives a worker a plan of its own.
 *
 * Derived numbers (effort = prep + exec + follow, survival, the ramp of a
 * hire) are worked out by the run, so overwriting a field is all a sample
 * needs. Whole numbers (timing, lead times, tenures) and references are
 * not for overwriting: the resolver refuses them for scale and ranges.
 */
#pragma once

#include "hr-engine.h"
#include "hr-plan-data.h"
#include "hr-plan.h"
#include "hr-target.h"

G_BEGIN_DECLS

typedef struct _HrEngineInput HrEngineInput;

struct _HrEngineInput
{
  int              start;           /* absolute month of month index 0 */
  guint            n_months;
  guint            n_roles;
  guint            n_segments;
  guint            n_moments;
  guint            n_hires;

  HrRoleData      *roles;           /* [role] */
  HrSegmentData   *segments;        /* [segment], cohorts included */
  HrMomentData    *moments;         /* [moment] */
  HrTreatmentData *treatments;      /* [moment × n_segments + segment]; the
                                       default where the plan has none */
  HrHireData      *hires;           /* [hire], the plan's own */

  /* references, as indices */
  int             *role_manages;    /* [role]: the managed role, or -1 */
  guint           *moment_role;     /* [moment]: who delivers it */
  guint           *reactive_role;   /* [segment]: who carries reactive work */
  guint           *hire_role;       /* [hire] */

  /*< private >*/
  char            *plan_name;
  char            *currency;
  gpointer         names;           /* the strings, shared by copies */
};

/* The input of @plan, or NULL with an error when a reference does not
 * resolve (a plan edited in memory may be half-way). The plan is not
 * otherwise checked: hr_plan_validate() does that. */
HrEngineInput  *hr_engine_input_new       (HrPlan               *plan,
                                           GError              **error);
/* A copy whose numbers and lists may be overwritten */
HrEngineInput  *hr_engine_input_copy      (const HrEngineInput  *self);
void            hr_engine_input_free      (HrEngineInput        *self);

/* Where the field @match names lives in @self: a double *, int * or
 * GArray ** per @match->field->type, or for HR_TARGET_ACCOUNTS the
 * segment's GArray ** of HrCohort. NULL for what the input does not hold
 * (the plan's own fields, names, whole items). @match comes from
 * hr_target_resolve() on the plan @self was made from. */
gpointer        hr_engine_input_get_field (HrEngineInput        *self,
                                           const HrTargetMatch  *match);

/* Every series the run fills, as plain arrays (no GObject) */
typedef struct {
  guint   n_months;
  guint   n_roles;
  guint   n_segments;
  double *role_metrics;     /* [role][HrRoleMetric][month] */
  guint8 *status;           /* [role][month], HrStatus */
  double *role_play;        /* [role][HrPlay][month]: designed hours */
  double *role_segment;     /* [role][segment][month]: designed hours */
  double *segment_metrics;  /* [segment][HrSegmentMetric][month] */
  double *journey;          /* [segment][HrPlay][tenure < HR_JOURNEY_MONTHS] */
  double *play;             /* [HrPlay][month] */
  double *totals;           /* [HrTotalMetric][month] */
  /* a sample's run: no journey, no money (cost, cost share, cost to
   * serve), no designed hours by play or by segment (all stay 0), for
   * what bands do not read */
  gboolean lean;

  /*< private >*/
  guint8  *reuse;        /* [segment]: HrSegmentReuse, or NULL */
  double  *kept_dues;    /* [segment][slot][month]: accounts due, kept */
  guint8  *kept_known;   /* [segment][slot]: kept_dues holds it */
  guint    n_slots;
  gboolean primed;       /* a run has filled what is kept */
} HrEngineSeries;

/* What changes between the runs of a lean series reaches in one segment,
 * when those runs are of copies of one input that differ only in some of
 * their numbers (a sampler's draws): a segment keeps what they cannot
 * change. */
typedef enum {
  HR_SEGMENT_REUSE_NONE,  /* its own numbers change: run it whole */
  HR_SEGMENT_REUSE_DUE,   /* what an occurrence costs (a moment's hours,
                           * a treatment, the tier's complexity), and its
                           * reactive hours: keep its accounts and
                           * accounts due */
  HR_SEGMENT_REUSE_HOURS, /* only its reactive hours per account: keep
                           * its accounts and designed hours */
  HR_SEGMENT_REUSE_ALL,   /* nothing it reads: keep all it gave */
} HrSegmentReuse;

/* Series sized for @input, for runs of it and of its copies */
HrEngineSeries *hr_engine_series_new      (const HrEngineInput  *input);
/* The same for samples: lean, see above */
HrEngineSeries *hr_engine_series_new_lean (const HrEngineInput  *input);
void            hr_engine_series_free     (HrEngineSeries       *series);
/* Lets the runs after the next one on @series keep, segment by segment,
 * what @reuse ([segment], HrSegmentReuse) says does not change; NULL
 * runs every segment whole again. Every output is the same to the last
 * bit as a run on a new series. */
void            hr_engine_series_set_reuse (HrEngineSeries      *series,
                                            const guint8        *reuse);

/* Narrows @reuse ([segment], HrSegmentReuse) to what a change of the
 * field @match names (as hr_engine_input_get_field() finds it) leaves
 * each segment of @self to keep */
void            hr_engine_input_narrow_reuse (const HrEngineInput *self,
                                              const HrTargetMatch *match,
                                              guint8              *reuse);

/* Spec §3.1–3.4 with the plan's own hires (no planner): overwrites every
 * array of @out. Pure: reads @self only (and what @out keeps, see
 * hr_engine_series_set_reuse()); safe from any thread. */
void            hr_engine_input_run       (const HrEngineInput  *self,
                                           HrEngineSeries       *out);

/* The run, the hiring planner (§3.5) and the summary, as an HrForecast;
 * with HR_FORECAST_APPLY_HIRING the planner's hires are added and run
 * again. Safe from any thread. */
HrForecast     *hr_engine_input_forecast  (const HrEngineInput  *self,
                                           HrForecastFlags       flags);
/* The same with the planner hiring to @required FTE ([role][month]) for
 * the roles without "manages" instead of their own (NULL: their own) */
HrForecast     *hr_engine_input_forecast_to (const HrEngineInput *self,
                                             HrForecastFlags      flags,
                                             const double        *required);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrEngineInput, hr_engine_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrEngineSeries, hr_engine_series_free)

G_END_DECLS

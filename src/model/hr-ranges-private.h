/* hr-ranges-private.h: the ranges of §6 resolved on one plan, as the
 * sampler draws them
 *
 * Each range resolves (hr_target_resolve(), as a scale target) to fields
 * of the plan it is drawn on; the plan's value of each field is kept, so
 * that a draw is written over the engine's input (or a plan's items) from
 * the plan's values again every time. Ranges keep their place in the file
 * (j of §6) whether they apply to this plan or are skipped.
 */
#pragma once

#include "hr-engine-input.h"
#include "hr-target.h"
#include "hr-uncertainty.h"

G_BEGIN_DECLS

typedef enum {
  HR_DRAW_NUMBER,    /* a decimal field */
  HR_DRAW_LIST,      /* new_by_month, ramp: each element (relative only) */
  HR_DRAW_COHORTS,   /* a segment's accounts: each cohort's count */
} HrDrawKind;

typedef struct {
  guint          range;     /* the range's index in the file, from 0 */
  HrTargetMatch  match;     /* resolved on the plan drawn from */
  HrDrawKind     kind;
  double         value;     /* the plan's number, or its cohorts' count */
  GArray        *values;    /* LIST: the plan's elements (double); COHORTS: HrCohort */
  double         mode;      /* absolute: this field's triangle mode */
  char          *path;      /* "segments[mid].churn", for messages and the drivers */
} HrDrawField;

typedef struct {
  char     *target;
  double    low;
  double    high;
  double    mode;       /* relative: the range's mode (1 by default) */
  gboolean  relative;
  char     *skipped;    /* why it is left out of this plan, or NULL */
  char     *label;      /* "Mid-market · Reactive hours per account, 1 to 2.5 h" */
  guint     first;      /* its fields: fields[first .. first + n_fields) */
  guint     n_fields;
} HrDrawRange;

typedef struct {
  guint        n_ranges;   /* d: every range of the file */
  HrDrawRange *ranges;
  GArray      *fields;     /* HrDrawField */
  GPtrArray   *warnings;   /* ranges left out of a scenario's plan */
} HrDraws;

/* The ranges of @uncertainty resolved on @plan. @scenario_name NULL: the
 * baseline, where any problem is an error naming the range; else a
 * scenario's plan, which leaves a range out with a warning instead. The
 * matches point into @plan, which must outlive the result. */
HrDraws  *hr_draws_new          (HrPlan             *plan,
                                 HrUncertainty      *uncertainty,
                                 const char         *scenario_name,
                                 GError            **error);
void      hr_draws_free         (HrDraws            *self);
/* Number of ranges that apply to the plan */
guint     hr_draws_count_active (const HrDraws      *self);

/* The draw of @range's @field for u in [0, 1) (§6's triangle) */
double    hr_draws_value        (const HrDraws      *self,
                                 const HrDrawField  *field,
                                 double              u);
/* Writes x (the drawn number, or factor) of @field at @address, the
 * field's place in an engine input (hr_engine_input_get_field()) or in
 * an item; from the plan's values each time */
void      hr_draws_write        (const HrDraws      *self,
                                 const HrDrawField  *field,
                                 gpointer            address,
                                 double              x);
/* The plan's own values back at @address */
void      hr_draws_restore      (const HrDraws      *self,
                                 const HrDrawField  *field,
                                 gpointer            address);
/* A plan that breaks a rule with every range at its low end (or high):
 * FALSE with the rule, naming the first range with which it breaks */
gboolean  hr_draws_check_corner (HrPlan             *plan,
                                 HrUncertainty      *uncertainty,
                                 const char         *scenario_name,
                                 gboolean            high,
                                 GError            **error);

/* hr-uncertainty.c: gives a scenario's plan @uncertainty without
 * following its edits */
void      hr_plan_share_uncertainty (HrPlan        *plan,
                                     HrUncertainty *uncertainty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrDraws, hr_draws_free)

G_END_DECLS

/* hr-uncertainty.h: ranges on a plan's assumptions (spec §6)
 *
 * A plan may hold an "uncertainty" object: how many plans to sample, the
 * confidence the hiring plan covers, and ranges on the leader's own
 * estimates ("kickoff prep between 1 and 3 hours"). Each range names its
 * field by a path, resolved as a scenario's scale target is
 * (hr-target.h). The bands computed from them are in hr-bands.h.
 */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

#define HR_UNCERTAINTY_MIN_SAMPLES        16
#define HR_UNCERTAINTY_MAX_SAMPLES        4096
#define HR_UNCERTAINTY_DEFAULT_SAMPLES    256
#define HR_UNCERTAINTY_MIN_CONFIDENCE     50
#define HR_UNCERTAINTY_MAX_CONFIDENCE     99
#define HR_UNCERTAINTY_DEFAULT_CONFIDENCE 90
/* Headroom's own bound: far more estimates than a leader is unsure of,
 * and each range costs two runs for the ranking of drivers */
#define HR_MAX_RANGES                     500

#define HR_TYPE_UNCERTAINTY (hr_uncertainty_get_type ())
#define HR_TYPE_RANGE       (hr_range_get_type ())
G_DECLARE_FINAL_TYPE (HrUncertainty, hr_uncertainty, HR, UNCERTAINTY, HrItem)
G_DECLARE_FINAL_TYPE (HrRange, hr_range, HR, RANGE, HrItem)

/* --- the plan's object --- */

/* The plan's uncertainty, or NULL when it has none */
HrUncertainty *hr_plan_get_uncertainty     (HrPlan        *plan);
/* Gives @plan this uncertainty (NULL: none), as one edit */
void           hr_plan_set_uncertainty     (HrPlan        *plan,
                                            HrUncertainty *uncertainty);
/* The plan's ranges, or NULL when it has none (no object, or no ranges) */
GListModel    *hr_plan_get_ranges          (HrPlan        *plan);

/* The refusals of §6, each naming the range by its 1-based position
 * ("uncertainty.ranges[2]: …"): low ≤ mode ≤ high, a target that matches
 * nothing in the plan or a whole-number field, two ranges on one field,
 * and a plan that breaks a rule with every range at its low end, or at
 * its high end. TRUE for a plan without ranges. */
gboolean       hr_plan_check_uncertainty   (HrPlan        *plan,
                                            GError       **error);

HrUncertainty *hr_uncertainty_new          (void);
guint          hr_uncertainty_get_samples  (HrUncertainty *self);
guint          hr_uncertainty_get_confidence (HrUncertainty *self);
/* HrRange in file order; a GListStore, edited in place */
GListModel    *hr_uncertainty_get_ranges   (HrUncertainty *self);
/* The range whose target is @target, and its position; NULL if none */
HrRange       *hr_uncertainty_find_range   (HrUncertainty *self,
                                            const char    *target,
                                            guint         *position);

/* --- one range --- */

/* @relative: the field is multiplied by the draw; else it becomes it */
HrRange       *hr_range_new                (const char    *target,
                                            double         low,
                                            double         high,
                                            gboolean       relative);
const char    *hr_range_get_target         (HrRange       *self);
double         hr_range_get_low            (HrRange       *self);
double         hr_range_get_high           (HrRange       *self);
/* NAN: the default, each field's own plan value (absolute) or 1 (relative) */
double         hr_range_get_mode           (HrRange       *self);
void           hr_range_set_mode           (HrRange       *self,
                                            double         mode);
gboolean       hr_range_get_relative       (HrRange       *self);
void           hr_range_set_relative       (HrRange       *self,
                                            gboolean       relative);

/* --- for hr-plan.c: the object as the plan's extra key --- */
gboolean       hr_plan_load_uncertainty    (HrPlan        *plan,
                                            JsonObject    *object,
                                            GPtrArray     *warnings,
                                            GError       **error);
void           hr_plan_save_uncertainty    (HrPlan        *plan,
                                            JsonBuilder   *builder);
/* A scenario's plan keeps the baseline's ranges that apply to it; the
 * others are left out, as its bands leave them out (hr-ranges.c) */
void           hr_plan_keep_applying_ranges (HrPlan        *applied,
                                             HrScenario    *scenario);
/* @copy gets a copy of @plan's; with @share, the same object */
void           hr_plan_copy_uncertainty    (HrPlan        *plan,
                                            HrPlan        *copy,
                                            gboolean       share);

G_END_DECLS

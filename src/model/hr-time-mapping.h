/* hr-time-mapping.h: how a time tracker's export maps onto the columns and
 * values of a time log, remembered per plan
 *
 * Which columns hold the date, the person, the account, the activity and
 * the hours; which plan person, account and activity each value stands
 * for; and the least occurrences calibration uses. Saved in the plan file
 * under the optional top-level key "calibration" (docs/plan-model-notes.md),
 * so that next month's export imports in one step. Values match ignoring
 * case and surrounding spaces.
 */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

typedef enum {
  HR_TIME_DATE,
  HR_TIME_PERSON,
  HR_TIME_ACCOUNT,
  HR_TIME_ACTIVITY,
  HR_TIME_HOURS,
  HR_TIME_N_FIELDS
} HrTimeField;

/* The default of spec §7 */
#define HR_CALIBRATION_MIN_OCCURRENCES 5

typedef struct _HrTimeMapping HrTimeMapping;

HrTimeMapping      *hr_time_mapping_new            (void);
HrTimeMapping      *hr_time_mapping_copy           (const HrTimeMapping *self);
void                hr_time_mapping_free           (HrTimeMapping       *self);
gboolean            hr_time_mapping_equal          (const HrTimeMapping *a,
                                                    const HrTimeMapping *b);

/* "date", "person", … as in the file and the canonical log */
const char         *hr_time_field_to_string        (HrTimeField          field);

/* The headers a field is read from (the person may be two: "First Name",
 * "Last Name", joined by a space); NULL when not remembered */
const char * const *hr_time_mapping_get_columns    (const HrTimeMapping *self,
                                                    HrTimeField          field);
void                hr_time_mapping_set_columns    (HrTimeMapping       *self,
                                                    HrTimeField          field,
                                                    const char * const  *headers);

/* Values of the person, account and activity fields. A target is a person
 * id, an account id, or a moment id or reactive, indirect, unplanned,
 * leave; NULL means "no account" for an account and "not counted" for an
 * activity. TRUE when @value is mapped, with its target in @target. */
gboolean            hr_time_mapping_lookup         (const HrTimeMapping *self,
                                                    HrTimeField          field,
                                                    const char          *value,
                                                    const char         **target);
void                hr_time_mapping_set_value      (HrTimeMapping       *self,
                                                    HrTimeField          field,
                                                    const char          *value,
                                                    const char          *target);
void                hr_time_mapping_unset_value    (HrTimeMapping       *self,
                                                    HrTimeField          field,
                                                    const char          *value);
guint               hr_time_mapping_get_n_values   (const HrTimeMapping *self,
                                                    HrTimeField          field);
/* In the order they were first mapped */
void                hr_time_mapping_get_value      (const HrTimeMapping *self,
                                                    HrTimeField          field,
                                                    guint                i,
                                                    const char         **value,
                                                    const char         **target);

/* 0 = not set: HR_CALIBRATION_MIN_OCCURRENCES */
guint               hr_time_mapping_get_min_occurrences (const HrTimeMapping *self);
void                hr_time_mapping_set_min_occurrences (HrTimeMapping       *self,
                                                         guint                min_occurrences);

/* The "calibration" object of a plan file; errors as the plan's, e.g.
 * "calibration.activities["Lunch"]: must be an id or null, got 3", with
 * @path ("calibration") first. Unknown keys are kept and added to
 * @warnings. */
HrTimeMapping      *hr_time_mapping_new_from_json  (JsonNode            *node,
                                                    const char          *path,
                                                    GPtrArray           *warnings,
                                                    GError             **error);
JsonNode           *hr_time_mapping_to_json        (const HrTimeMapping *self);

/* The plan's remembered mapping, or NULL (hr-plan.c); setting one is an
 * edit of the plan, saved with it */
const HrTimeMapping *hr_plan_get_time_mapping (HrPlan              *plan);
void                hr_plan_set_time_mapping  (HrPlan              *plan,
                                               const HrTimeMapping *mapping);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrTimeMapping, hr_time_mapping_free)

G_END_DECLS

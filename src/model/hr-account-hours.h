/* hr-account-hours.h: the designed and reactive hours of single accounts
 * (spec §5.1), shared by the books and calibration (spec §7)
 *
 * Built once from a valid plan, it reads the plan into the engine's plain
 * input (hr-engine-input.h) and keeps that and copies of the effort rules,
 * no reference to the plan, so a worker thread may use it while the plan
 * is edited. Each moment's delivery to each segment is the forecast's
 * (hr-delivery.h). Tenures are months since the account's start (tenure
 * 0); a negative tenure is a month before the account existed.
 */
#pragma once

#include "hr-portfolio.h"

G_BEGIN_DECLS

typedef struct _HrAccountHours HrAccountHours;

HrAccountHours *hr_account_hours_new            (HrPlan         *plan);
/* The same for a plan that may be half-way through an edit: NULL, with
 * the error, when a reference does not resolve */
HrAccountHours *hr_account_hours_new_checked    (HrPlan         *plan,
                                                 GError        **error);
void            hr_account_hours_free           (HrAccountHours *self);

guint           hr_account_hours_get_n_moments  (HrAccountHours *self);
const char     *hr_account_hours_get_moment_name (HrAccountHours *self,
                                                  guint           moment);
/* role index in plan order */
guint           hr_account_hours_get_moment_role (HrAccountHours *self,
                                                  guint           moment);
guint           hr_account_hours_get_reactive_role (HrAccountHours *self,
                                                    guint           segment);
/* index in plan order, or -1 */
int             hr_account_hours_find_segment   (HrAccountHours *self,
                                                 const char     *segment_id);
int             hr_account_hours_find_role      (HrAccountHours *self,
                                                 const char     *role_id);

/* The effort multiplier M: effort_factor × the factors of the rules that
 * apply; @applied, when not NULL, receives the indices (guint) of those
 * rules in plan order */
double          hr_account_hours_multiplier     (HrAccountHours *self,
                                                 HrAccount      *account,
                                                 GArray         *applied);

/* The hours h_jk of an account of @segment with multiplier M for @moment
 * at @tenure: 0 before it exists or when the moment does not occur then */
double          hr_account_hours_moment         (HrAccountHours *self,
                                                 guint           segment,
                                                 guint           moment,
                                                 int             tenure,
                                                 double          multiplier);
/* The moment occurs at @tenure and @segment receives it one-to-one or
 * one-to-many (calibration's "due") */
gboolean        hr_account_hours_is_due         (HrAccountHours *self,
                                                 guint           segment,
                                                 guint           moment,
                                                 int             tenure);
/* reactive_hours × M, in a month the account exists */
double          hr_account_hours_reactive       (HrAccountHours *self,
                                                 guint           segment,
                                                 int             tenure,
                                                 double          multiplier);
/* W_j: the account's hours of @role in one month (moments and reactive),
 * grossed up by 1 / (1 − indirect − unplanned) of that role */
double          hr_account_hours_workload       (HrAccountHours *self,
                                                 guint           segment,
                                                 guint           role,
                                                 int             tenure,
                                                 double          multiplier);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrAccountHours, hr_account_hours_free)

G_END_DECLS

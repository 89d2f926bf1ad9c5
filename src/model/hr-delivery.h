/* hr-delivery.h: how one segment receives one moment (spec §3.2 and §5.1)
 *
 * The one rule that the forecast (cohorts of accounts), the books and
 * calibration (single accounts) share: when a moment occurs, and what an
 * occurrence costs under each treatment.
 */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

typedef struct {
  HrMode mode;
  double per_due;      /* one_to_one: E × factor × complexity per account due */
  double per_session;  /* one_to_many: E × factor per session */
  double group_size;
} HrDelivery;

/* TRUE when a moment with this timing occurs at tenure month @tenure */
static inline gboolean
hr_occurs_at (int at,
              int every,
              int until,
              int tenure)
{
  if (tenure < at || (until >= 0 && tenure > until))
    return FALSE;
  return every == 0 ? tenure == at : (tenure - at) % every == 0;
}

/* Fills @self for @moment as @segment receives it; FALSE when it costs that
 * segment nothing (digital, skipped, or no hours) */
gboolean hr_delivery_init          (HrDelivery *self,
                                    HrMoment   *moment,
                                    HrSegment  *segment);

/* Hours of a month in which @due accounts of the segment reach the moment:
 * one_to_one per account, one_to_many per session of up to group_size */
double   hr_delivery_due_hours     (const HrDelivery *self,
                                    double            due);

/* One account's hours for one occurrence, with its effort multiplier M:
 * E × factor × complexity × M one-to-one, its share E × factor /
 * group_size of a session one-to-many (neither complexity nor M applies) */
double   hr_delivery_account_hours (const HrDelivery *self,
                                    double            multiplier);

G_END_DECLS

/* hr-delivery.h: how one segment receives one moment (spec §3.2 and §5.1)
 *
 * The one rule that the forecast (cohorts of accounts), the books and
 * calibration (single accounts) share: what an occurrence costs under each
 * treatment. When a moment occurs is hr_moment_data_occurs_at()
 * (hr-plan-data.h). Everything here reads the plain data that the items and
 * the engine's input hold, and is inline: the engine calls it per month.
 */
#pragma once

#include <math.h>

#include "hr-plan.h"
#include "hr-plan-data.h"

G_BEGIN_DECLS

typedef struct {
  HrMode mode;
  double per_due;      /* one_to_one: E × factor × complexity per account due */
  double per_session;  /* one_to_many: E × factor per session */
  double group_size;
} HrDelivery;

/* Fills @self for @moment as @segment receives it under @treatment; FALSE
 * when it costs that segment nothing (digital, skipped, or no hours) */
static inline gboolean
hr_delivery_init (HrDelivery            *self,
                  const HrMomentData    *moment,
                  const HrSegmentData   *segment,
                  const HrTreatmentData *treatment)
{
  double effort = moment->prep + moment->exec + moment->follow;

  self->mode = treatment->mode;
  self->group_size = treatment->group_size;
  /* digital and skipped moments cost nothing: their hours are 0 below
   * without a test of the mode for them */
  if (effort == 0 || treatment->mode == HR_MODE_DIGITAL || treatment->mode == HR_MODE_SKIP)
    {
      self->per_due = self->per_session = 0;
      return FALSE;
    }
  self->per_due = effort * treatment->factor * segment->complexity;
  self->per_session = effort * treatment->factor;
  return TRUE;
}

/* Hours of a month in which @due accounts of the segment reach the moment:
 * one_to_one per account, one_to_many per session of up to group_size
 * (the 1e-9 absorbs rounding in the sum of cohorts) */
static inline double
hr_delivery_due_hours (const HrDelivery *self,
                       double            due)
{
  if (self->mode == HR_MODE_ONE_TO_ONE)
    return due * self->per_due;
  return due > 1e-9 ? ceil (due / self->group_size - 1e-9) * self->per_session : 0;
}

/* One account's hours for one occurrence, with its effort multiplier M:
 * E × factor × complexity × M one-to-one, its share E × factor /
 * group_size of a session one-to-many (neither complexity nor M applies);
 * the forecast's journey counts a session as shared by a full group too */
static inline double
hr_delivery_account_hours (const HrDelivery *self,
                           double            multiplier)
{
  if (self->mode == HR_MODE_ONE_TO_ONE)
    return self->per_due * multiplier;
  return self->per_session / self->group_size;
}

G_END_DECLS

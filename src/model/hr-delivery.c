/* hr-delivery.c: how one segment receives one moment (spec §3.2, §5.1) */
#include "config.h"

#include <math.h>

#include "hr-delivery.h"
#include "hr-plan-private.h"

gboolean
hr_delivery_init (HrDelivery *self,
                  HrMoment   *moment,
                  HrSegment  *segment)
{
  HrTreatment *treatment = hr_moment_get_treatment (moment, segment->id);
  double effort = moment->prep + moment->exec + moment->follow;

  self->mode = hr_treatment_get_mode (treatment);
  self->per_due = effort * hr_treatment_get_factor (treatment) * segment->complexity;
  self->per_session = effort * hr_treatment_get_factor (treatment);
  self->group_size = hr_treatment_get_group_size (treatment);
  return effort != 0 && (self->mode == HR_MODE_ONE_TO_ONE || self->mode == HR_MODE_ONE_TO_MANY);
}

double
hr_delivery_due_hours (const HrDelivery *self,
                       double            due)
{
  switch (self->mode)
    {
    case HR_MODE_ONE_TO_ONE:
      return due * self->per_due;
    case HR_MODE_ONE_TO_MANY:
      /* the 1e-9 absorbs rounding in the sum of cohorts */
      return due > 1e-9 ? ceil (due / self->group_size - 1e-9) * self->per_session : 0;
    case HR_MODE_DIGITAL:
    case HR_MODE_SKIP:
      break;
    }
  return 0;
}

double
hr_delivery_account_hours (const HrDelivery *self,
                           double            multiplier)
{
  switch (self->mode)
    {
    case HR_MODE_ONE_TO_ONE:
      return self->per_due * multiplier;
    case HR_MODE_ONE_TO_MANY:
      return self->per_session / self->group_size;
    case HR_MODE_DIGITAL:
    case HR_MODE_SKIP:
      break;
    }
  return 0;
}

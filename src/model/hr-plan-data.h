/* hr-plan-data.h: the plain data of the items the engine reads
 *
 * Each of these structs sits inside its item (HrRole holds an HrRoleData,
 * …) and the item's field table (HrField) gives offsets into the struct,
 * not into the GObject. The engine's input (hr-engine-input.h) holds
 * arrays of the same structs, so one field table addresses a field in an
 * item and in the input alike: no GObject is needed to read or overwrite a
 * number of the input.
 *
 * Conventions are those of the field types (hr-item.h): NAN is a null
 * number, -1 a null whole number, NULL a null or defaulted string or list.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One cohort of existing accounts: count spread over tenures from..to */
typedef struct {
  int    tenure_from;
  int    tenure_to;
  double count;
} HrCohort;

typedef struct {
  char   *id;
  char   *name;
  double  headcount;
  double  hours_per_month;
  double  shrinkage;
  double  indirect;
  double  unplanned;
  double  cost_per_year;
  GArray *ramp;            /* double */
  double  attrition;
  int     lead_time_months;
  double  target_load;
  double  arr_per_fte;     /* NAN = null */
  char   *manages;         /* NULL = null */
  double  span;
} HrRoleData;

typedef enum { HR_TOUCH_HIGH, HR_TOUCH_MID, HR_TOUCH_TECH } HrTouch;
typedef enum { HR_CHURN_MONTHLY, HR_CHURN_RENEWAL } HrChurnMode;

typedef struct {
  char   *id;
  char   *name;
  int     touch;           /* HrTouch */
  double  new_per_month;
  double  growth;
  GArray *new_by_month;    /* double; NULL = none */
  double  churn;
  int     churn_mode;      /* HrChurnMode */
  double  acv;
  double  expansion;
  double  reactive_hours;
  char   *reactive_role;   /* NULL = the work role */
  double  complexity;
  GArray *cohorts;         /* HrCohort; "accounts" in the file, not in the field table */
} HrSegmentData;

typedef struct {
  char   *id;
  char   *name;
  int     play;            /* HrPlay */
  char   *role;            /* NULL = the work role */
  int     at;
  int     every;
  int     until;           /* -1 = null */
  double  prep;
  double  exec;
  double  follow;
} HrMomentData;

typedef struct {
  int     mode;            /* HrMode */
  double  factor;
  double  group_size;
} HrTreatmentData;

typedef struct {
  char   *id;              /* optional */
  char   *role;
  int     month;           /* absolute month, year * 12 + month - 1 */
  double  count;
} HrHireData;

/* TRUE when the moment happens at this tenure month (spec §3.2) */
static inline gboolean
hr_moment_data_occurs_at (const HrMomentData *moment,
                          int                 tenure)
{
  if (tenure < moment->at || (moment->until >= 0 && tenure > moment->until))
    return FALSE;
  return moment->every == 0 ? tenure == moment->at : (tenure - moment->at) % moment->every == 0;
}

G_END_DECLS

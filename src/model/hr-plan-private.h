/* hr-plan-private.h: the items' storage, shared inside the model library so
 * that the engine reads fields without a call per value */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

struct _HrRole
{
  HrItem  parent_instance;
  char   *id;
  char   *name;
  double  headcount;
  double  hours_per_month;
  double  shrinkage;
  double  indirect;
  double  unplanned;
  double  cost_per_year;
  GArray *ramp;
  double  attrition;
  int     lead_time_months;
  double  target_load;
  double  arr_per_fte;   /* NAN = null */
  char   *manages;       /* NULL = null */
  double  span;
};

typedef enum { HR_TOUCH_HIGH, HR_TOUCH_MID, HR_TOUCH_TECH } HrTouch;
typedef enum { HR_CHURN_MONTHLY, HR_CHURN_RENEWAL } HrChurnMode;

struct _HrSegment
{
  HrItem  parent_instance;
  char   *id;
  char   *name;
  int     touch;
  double  new_per_month;
  double  growth;
  GArray *new_by_month;  /* NULL = none */
  double  churn;
  int     churn_mode;
  double  acv;
  double  expansion;
  double  reactive_hours;
  char   *reactive_role; /* NULL = the work role */
  double  complexity;
  GArray *cohorts;       /* HrCohort */
};

struct _HrTreatment
{
  HrItem  parent_instance;
  int     mode;
  double  factor;
  double  group_size;
};

struct _HrMoment
{
  HrItem     parent_instance;
  char      *id;
  char      *name;
  int        play;
  char      *role;       /* NULL = the work role */
  int        at;
  int        every;
  int        until;      /* -1 = null */
  double     prep;
  double     exec;
  double     follow;
  GPtrArray *tier_ids;   /* segment ids, in order */
  GPtrArray *treatments; /* HrTreatment, parallel to tier_ids */
};

struct _HrHire
{
  HrItem  parent_instance;
  char   *id;            /* optional */
  char   *role;
  int     month;         /* absolute month */
  double  count;
};

struct _HrScenario
{
  HrItem     parent_instance;
  char      *id;
  char      *name;
  char      *description;
  JsonArray *changes;
  gboolean   id_from_name;  /* made by hr_scenario_new_named(): the id follows the name */
};

void       hr_item_init_defaults     (HrItem *self);

/* Items report edits to the plan that holds them through "notify"; the
 * plan connects to every item it holds. */
void       hr_plan_track_item        (HrPlan *self, HrItem *item);

/* Sets an HR_PLAN_ERROR_INVALID error with a message of @format and
 * returns FALSE, for the rules below */
gboolean   hr_plan_fail_invalid      (GError    **error,
                                      const char *format,
                                      ...) G_GNUC_PRINTF (2, 3);

/* Rules across fields and items (references, i + p < 1, until ≥ at, …) */
gboolean   hr_plan_check_rules       (HrPlan *self, GError **error);
/* @role_id, when not NULL, names a role that may carry work; else the
 * message is "PATH.FIELD: no role with id …" */
gboolean   hr_plan_check_work_role   (HrPlan      *plan,
                                      const char  *path,
                                      const char  *field,
                                      const char  *role_id,
                                      GError     **error);
HrPlan    *hr_plan_load_json         (JsonNode    *root,
                                      const char  *display_name,
                                      gboolean     with_scenarios,
                                      GPtrArray   *warnings,
                                      GError     **error);

/* Scenario changes on the plan's JSON (defaults filled in) */
gboolean   hr_scenario_apply_changes (JsonNode    *plan_json,
                                      JsonArray   *changes,
                                      const char  *scenario_path,
                                      GError     **error);

G_END_DECLS

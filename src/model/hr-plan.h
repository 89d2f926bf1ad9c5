/* hr-plan.h: a Headroom plan (spec §2) as GObjects */
#pragma once

#include <gio/gio.h>

#include "hr-item.h"
#include "hr-plan-data.h"

G_BEGIN_DECLS

#define HR_PLAN_FORMAT  "headroom-plan"
#define HR_PLAN_VERSION 1
#define HR_MAX_MONTHS   120
#define HR_MAX_DEPTH    64
#define HR_MAX_FILE_SIZE (64 << 20)

/* Headroom's own bounds beyond the spec, far beyond any CS plan, that keep
 * every result finite and the planner quick (docs/plan-model-notes.md) */
#define HR_MAX_ACCOUNTS  1e9    /* in a segment over the plan */
#define HR_MAX_PEOPLE    1e6    /* a role's headcount, one planned hire */
#define HR_MAX_HOURS     1e4    /* hours per occurrence or account and month */
#define HR_MAX_MONEY     1e10   /* ACV; cost per year is at most a tenth */
#define HR_MAX_SUGGESTED_HIRES 1e6  /* the planner's hires for one role */

#define HR_PLAN_ERROR (hr_plan_error_quark ())
typedef enum {
  HR_PLAN_ERROR_SYNTAX,     /* not JSON, too deep, not finite, empty */
  HR_PLAN_ERROR_INVALID,    /* parses but breaks a rule of the spec */
  HR_PLAN_ERROR_VERSION,    /* made by a newer Headroom */
  HR_PLAN_ERROR_NOT_FOUND,  /* an unknown scenario, role or segment id */
  HR_PLAN_ERROR_IO,         /* reading or writing the file failed */
} HrPlanError;
GQuark hr_plan_error_quark (void);

#define HR_TYPE_ROLE      (hr_role_get_type ())
#define HR_TYPE_SEGMENT   (hr_segment_get_type ())
#define HR_TYPE_MOMENT    (hr_moment_get_type ())
#define HR_TYPE_TREATMENT (hr_treatment_get_type ())
#define HR_TYPE_HIRE      (hr_hire_get_type ())
#define HR_TYPE_SCENARIO  (hr_scenario_get_type ())
#define HR_TYPE_PLAN      (hr_plan_get_type ())
G_DECLARE_FINAL_TYPE (HrRole, hr_role, HR, ROLE, HrItem)
G_DECLARE_FINAL_TYPE (HrSegment, hr_segment, HR, SEGMENT, HrItem)
G_DECLARE_FINAL_TYPE (HrMoment, hr_moment, HR, MOMENT, HrItem)
G_DECLARE_FINAL_TYPE (HrTreatment, hr_treatment, HR, TREATMENT, HrItem)
G_DECLARE_FINAL_TYPE (HrHire, hr_hire, HR, HIRE, HrItem)
G_DECLARE_FINAL_TYPE (HrScenario, hr_scenario, HR, SCENARIO, HrItem)
G_DECLARE_FINAL_TYPE (HrPlan, hr_plan, HR, PLAN, HrItem)

typedef enum {
  HR_MODE_ONE_TO_ONE,
  HR_MODE_ONE_TO_MANY,
  HR_MODE_DIGITAL,
  HR_MODE_SKIP,
} HrMode;

/* --- plan --- */
HrPlan      *hr_plan_new                 (void);
HrPlan      *hr_plan_new_sample          (void);
GBytes      *hr_plan_get_sample_bytes    (void);

/* Loading refuses the whole file on the first error; warnings (unknown
 * keys) are added to @warnings as strings when it is not NULL. */
HrPlan      *hr_plan_load_file           (GFile       *file,
                                          GPtrArray   *warnings,
                                          GError     **error);
HrPlan      *hr_plan_load_data           (const char  *data,
                                          gssize       length,
                                          const char  *display_name,
                                          GPtrArray   *warnings,
                                          GError     **error);
/* Writes atomically and keeps the previous file as FILE~; refuses (with
 * HR_PLAN_ERROR_INVALID) a plan that breaks a rule and would not open again */
gboolean     hr_plan_save_file           (HrPlan      *self,
                                          GFile       *file,
                                          GError     **error);
char        *hr_plan_to_data             (HrPlan      *self,
                                          gsize       *length);
JsonNode    *hr_plan_to_json             (HrPlan      *self);
/* A deep copy made from the items, sharing nothing with @self (a plan
 * that breaks a rule is copied as it is); once made it may be handed to a
 * worker thread, which then owns it. A plan is used by one thread at a
 * time. */
HrPlan      *hr_plan_copy                (HrPlan      *self);
/* Re-checks every rule, for plans edited in memory: the plan, then each
 * scenario once */
gboolean     hr_plan_validate            (HrPlan      *self,
                                          GError     **error);

const char  *hr_plan_get_name            (HrPlan *self);
int          hr_plan_get_start           (HrPlan *self);   /* absolute month */
guint        hr_plan_get_months          (HrPlan *self);
const char  *hr_plan_get_currency        (HrPlan *self);

GListModel  *hr_plan_get_roles           (HrPlan *self);
GListModel  *hr_plan_get_segments        (HrPlan *self);
GListModel  *hr_plan_get_moments         (HrPlan *self);
GListModel  *hr_plan_get_hires           (HrPlan *self);
GListModel  *hr_plan_get_scenarios       (HrPlan *self);

HrRole      *hr_plan_find_role           (HrPlan *self, const char *id);
HrSegment   *hr_plan_find_segment        (HrPlan *self, const char *id);
HrMoment    *hr_plan_find_moment         (HrPlan *self, const char *id);
HrScenario  *hr_plan_find_scenario       (HrPlan *self, const char *id);
/* The first role without "manages", or NULL */
HrRole      *hr_plan_get_work_role       (HrPlan *self);
/* The moments and tiers that name no role of their own, whose work falls
 * to the work role, in plan order (HrItem) */
GPtrArray   *hr_plan_list_work_role_users (HrPlan *self);
/* The role that would do that work were @role removed: the first role
 * without "manages" other than @role, or NULL (hr-plan-rules.c) */
HrRole      *hr_plan_get_work_role_without (HrPlan *self,
                                            HrRole *role);

/* The plan of a scenario: the baseline with its changes applied (on the
 * items, see hr-scenario-apply.c) and checked once. Errors name the
 * scenario and the change's position. The result holds the baseline's
 * items that the scenario leaves alone: read it, forecast it, copy it
 * with hr_plan_copy() to keep it, but do not edit it, and drop it when
 * the baseline changes. */
HrPlan      *hr_plan_apply_scenario      (HrPlan      *self,
                                          const char  *scenario_id,
                                          GError     **error);

/* The baseline with a scenario's changes made permanent; the scenario
 * itself is dropped and the other scenarios now apply on top of it. */
HrPlan      *hr_plan_promote_scenario    (HrPlan      *self,
                                          const char  *scenario_id,
                                          GError     **error);
/* Adds @item to the plan's list of its kind at @position (-1: the end),
 * removes it, or moves it within its list */
void         hr_plan_insert_item         (HrPlan *self, HrItem *item, int position);
void         hr_plan_remove_item         (HrPlan *self, HrItem *item);
void         hr_plan_move_item           (HrPlan *self, HrItem *item, guint position);

/* Makes @self hold what @other holds (fields and items; the items move),
 * as one edit: for undoing whole-plan changes and for promotion */
void         hr_plan_assign              (HrPlan      *self,
                                          HrPlan      *other);

/* Edits to the plan or any item in it emit the plan's "changed" at once.
 * What is computed from the plan is the document's (hr-document.h). */

/* --- role --- */
HrRole      *hr_role_new                 (const char *id);
const char  *hr_role_get_name            (HrRole *self);
gboolean     hr_role_is_manager          (HrRole *self);

/* --- segment --- */
HrSegment   *hr_segment_new              (const char *id);
const char  *hr_segment_get_name         (HrSegment *self);
const HrCohort *hr_segment_get_cohorts   (HrSegment *self, guint *n_cohorts);
void         hr_segment_set_cohorts      (HrSegment *self,
                                          const HrCohort *cohorts,
                                          guint n_cohorts);

/* --- moment --- */
HrMoment    *hr_moment_new               (const char *id);
const char  *hr_moment_get_name          (HrMoment *self);
/* TRUE when the moment happens at this tenure month (spec §3.2) */
gboolean     hr_moment_occurs_at         (HrMoment *self, int tenure);
/* NULL when the segment has no treatment (one-to-one, factor 1) */
HrTreatment *hr_moment_get_treatment     (HrMoment *self, const char *segment_id);
/* Adds a treatment for the segment if it has none */
HrTreatment *hr_moment_ensure_treatment  (HrMoment *self, const char *segment_id);
void         hr_moment_remove_treatment  (HrMoment *self, const char *segment_id);
/* segment ids with a treatment, in file order */
GPtrArray   *hr_moment_get_treated_segments (HrMoment *self);

/* --- treatment --- */
HrTreatment *hr_treatment_new            (void);
HrMode       hr_treatment_get_mode       (HrTreatment *self);
double       hr_treatment_get_factor     (HrTreatment *self);
double       hr_treatment_get_group_size (HrTreatment *self);

/* --- hire --- */
HrHire      *hr_hire_new                 (const char *role_id,
                                          int         month,
                                          double      count);

/* --- scenario --- */
HrScenario  *hr_scenario_new             (const char *id);
/* A new scenario of @plan (not yet added) named @name, with an id made from
 * the name ("Fund two CSMs" → "fund-two-csms", unique among the plan's
 * scenarios). While the scenario lives, renaming it renames its id; ids
 * read from a file never change. */
HrScenario  *hr_scenario_new_named       (HrPlan     *plan,
                                          const char *name);
/* The id hr_scenario_new_named() gives @name among @plan's scenarios,
 * @self's own id left aside (@self may be NULL) */
char        *hr_scenario_dup_id_for_name (HrPlan     *plan,
                                          HrScenario *self,
                                          const char *name);
const char  *hr_scenario_get_name        (HrScenario *self);
/* the spec's change objects, in order */
JsonArray   *hr_scenario_get_changes     (HrScenario *self);
void         hr_scenario_set_changes     (HrScenario *self, JsonArray *changes);

G_END_DECLS

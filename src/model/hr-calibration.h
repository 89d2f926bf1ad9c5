/* hr-calibration.h: the plan against the time actually logged (spec §7)
 *
 * Per moment, how often it was delivered when due and how long it really
 * took; per role, the effort mix logged; per tier, the reactive hours per
 * account; per month, logged against modelled designed hours; and the
 * calibrated scenario that puts the evidence into the plan.
 *
 * hr_calibration_compute() reads the plan once, at its start, and keeps
 * copies of what it needs (an account's hours come from HrAccountHours,
 * the books' own code path); give it a copy of the plan (hr_plan_copy())
 * to compute on a worker thread. The result never changes.
 */
#pragma once

#include "hr-plan.h"
#include "hr-time-log.h"

G_BEGIN_DECLS

/* The figures of one moment, over every account or one tier's. NAN is
 * the spec's null. */
typedef struct {
  guint  due;            /* pairs (account, month) the moment was due in */
  guint  due_accounts;   /* the accounts of those pairs */
  double due_designed;   /* Σ h_jk over those pairs */
  guint  delivered;      /* due and logged */
  guint  unscheduled;    /* logged, not due */
  guint  occurrences;    /* logged pairs */
  double delivery_rate;  /* delivered / due; NAN when nothing was due */
  double actual_mean;    /* of the logged pairs' hours; NAN without any */
  double actual_median;
  double designed_mean;  /* of h_jk over the logged pairs */
  double ratio;          /* Σ hours / Σ h_jk over the logged pairs with h_jk > 0 */
  /* what the ratio is made of: those pairs, their hours and designed hours */
  guint  scheduled;
  double scheduled_hours;
  double scheduled_designed;
  /* the spread of the logged pairs' hours: lowest, quartiles, highest */
  double low, lower_quartile, upper_quartile, high;
} HrMomentFigures;

typedef struct {
  char            *id;
  char            *name;
  guint            role;       /* index in plan order */
  HrMomentFigures  all;
  HrMomentFigures *segments;   /* one per segment, plan order */
} HrMomentCalibration;

typedef struct {
  char   *id;
  char   *name;
  guint   people;            /* people of the role with an entry */
  guint   person_months;
  double  paid;              /* Σ fte × H over the person-months */
  double  worked;            /* every hour logged but leave */
  double  leave;
  double  indirect;
  double  unplanned;
  double  indirect_share;    /* NAN when nothing was worked */
  double  unplanned_share;
  double  shrinkage;         /* leave / paid; NAN without a leave entry */
  double  plan_indirect;     /* the plan's own assumptions */
  double  plan_unplanned;
  double  plan_shrinkage;
} HrRoleCalibration;

typedef struct {
  char   *id;
  char   *name;
  int     touch;                 /* HrTouch */
  guint   accounts;              /* its accounts with a month in the period */
  guint   account_months;
  double  reactive_hours;        /* logged on its accounts */
  double  reactive_per_account;  /* per account and month; NAN without account-months */
  double  plan_reactive_hours;
} HrSegmentCalibration;

typedef struct {
  char   *id;
  char   *name;
  guint   segment;
  guint   months;                /* its months in the period, from its start */
  double  reactive_hours;
  double  hours;                 /* every hour logged on it, before its start too */
} HrAccountCalibration;

typedef struct {
  int     month;                 /* absolute */
  double  logged_designed;       /* hours of moment entries on known accounts */
  double  model_designed;        /* Σ h_jk of the moments due that month */
} HrCalibrationMonth;

#define HR_TYPE_CALIBRATION (hr_calibration_get_type ())
G_DECLARE_FINAL_TYPE (HrCalibration, hr_calibration, HR, CALIBRATION, GObject)

/* @min_occurrences: 0 for the default of 5. Fails (HR_PLAN_ERROR_INVALID)
 * only for a log without entries. */
HrCalibration              *hr_calibration_compute          (HrPlan        *plan,
                                                             HrTimeLog     *log,
                                                             guint          min_occurrences,
                                                             GError       **error);

HrTimeLog                  *hr_calibration_get_log          (HrCalibration *self);
guint                       hr_calibration_get_min_occurrences (HrCalibration *self);
/* The period: first and last month, absolute */
int                         hr_calibration_get_from         (HrCalibration *self);
int                         hr_calibration_get_to           (HrCalibration *self);
const char                 *hr_calibration_get_currency     (HrCalibration *self);

guint                       hr_calibration_get_n_moments    (HrCalibration *self);
const HrMomentCalibration  *hr_calibration_get_moment       (HrCalibration *self,
                                                             guint          moment);
guint                       hr_calibration_get_n_roles      (HrCalibration *self);
const HrRoleCalibration    *hr_calibration_get_role         (HrCalibration *self,
                                                             guint          role);
guint                       hr_calibration_get_n_segments   (HrCalibration *self);
const HrSegmentCalibration *hr_calibration_get_segment      (HrCalibration *self,
                                                             guint          segment);
/* The plan's accounts in file order */
guint                       hr_calibration_get_n_accounts   (HrCalibration *self);
const HrAccountCalibration *hr_calibration_get_account      (HrCalibration *self,
                                                             guint          account);
guint                       hr_calibration_get_n_months     (HrCalibration *self);
const HrCalibrationMonth   *hr_calibration_get_month        (HrCalibration *self,
                                                             guint          month);
/* The import's notes, then one per unknown id, activity no longer in the
 * plan and account with entries before its start, in line order */
GPtrArray                  *hr_calibration_get_warnings     (HrCalibration *self);

/* The designed hours of one occurrence as the verdicts, the chart and
 * the pack say them: over the logged pairs the ratio is made of; for a
 * moment not logged, over the pairs it was due in; NAN without either */
double                      hr_moment_figures_get_designed  (const HrMomentFigures *figures);

/* Fewer occurrences than min_occurrences: shown, not used */
gboolean                    hr_calibration_is_small         (HrCalibration         *self,
                                                             const HrMomentFigures *figures);

/* What a moment's figures say, for a page's label or a pack's table:
 * the delivery first (fewer than half of the due pairs delivered), then
 * the hours (10% or more off the design), a small sample saying nothing */
typedef enum {
  HR_MOMENT_QUIET,           /* neither due nor logged */
  HR_MOMENT_NOT_HAPPENING,   /* delivered for fewer than half of those due */
  HR_MOMENT_LONGER,          /* takes 10% or more longer than designed */
  HR_MOMENT_SHORTER,         /* takes 10% or more less */
  HR_MOMENT_AS_DESIGNED,
  HR_MOMENT_TOO_FEW,         /* fewer occurrences than min_occurrences */
  HR_MOMENT_UNDESIGNED,      /* logged only where the plan designs no hours */
} HrMomentVerdict;

HrMomentVerdict             hr_calibration_get_verdict      (HrCalibration         *self,
                                                             const HrMomentFigures *figures);
/* "Not happening", "Takes longer", … */
const char                 *hr_moment_verdict_get_label     (HrMomentVerdict        verdict);

/* The calibrated scenario (spec §7): its changes, in order, and the id
 * and name it gets among @plan's scenarios (the plan computed from when
 * @plan is NULL) */
JsonArray                  *hr_calibration_get_changes      (HrCalibration *self);
char                       *hr_calibration_dup_scenario_id  (HrCalibration *self,
                                                             HrPlan        *plan);
char                       *hr_calibration_dup_scenario_name (HrCalibration *self);
/* A new scenario for @plan (not yet added) */
HrScenario                 *hr_calibration_new_scenario     (HrCalibration *self,
                                                             HrPlan        *plan);

/* Hours as the calibration says them: at most two decimals, none that are
 * zero ("2", "6.5", "1.75"), whole hours from 1,000 on */
char                       *hr_calibration_format_hours     (double         hours);

/* hr-calibration-export.c: the layout of spec §8, and plain sentences
 * that the app and headroom-cli share */
/* The text as headroom-cli writes it, with the shortest digits that read
 * back exactly, and the same as a tree */
char                       *hr_calibration_to_json_data     (HrCalibration *self,
                                                             gsize         *length);
JsonNode                   *hr_calibration_to_json          (HrCalibration *self);
/* The calibrated scenario's changes in sentences, a moment's three scaled
 * hours as one ("Onboarding: its hours +49.6%"); @plan (may be NULL)
 * names the others' items */
GPtrArray                  *hr_calibration_dup_change_texts (HrCalibration *self,
                                                             HrPlan        *plan);
/* @plan (may be NULL) names the calibrated scenario's changes */
char                       *hr_calibration_to_text          (HrCalibration *self,
                                                             HrPlan        *plan);
/* "Alignment Meetings happened for 9 of 31 due accounts."; NULL when it
 * was never due nor logged. @segment: -1 for every tier. */
char                       *hr_calibration_dup_delivery_verdict (HrCalibration *self,
                                                                 guint          moment,
                                                                 int            segment);
/* "Kickoff takes 6.5 h, designed 4.5 h: 44% more, over 23 occurrences.";
 * NULL without occurrences */
char                       *hr_calibration_dup_hours_verdict (HrCalibration *self,
                                                              guint          moment,
                                                              int            segment);
/* "A small sample: 3 occurrences, fewer than 5; shown, not used."; NULL
 * when the sample is large enough or empty */
char                       *hr_calibration_dup_sample_note  (HrCalibration *self,
                                                             guint          moment,
                                                             int            segment);
/* "CSMs logged 50% indirect work (plan 15%), 6% unplanned (plan 5%) and
 * 3% leave (plan 10%)." */
char                       *hr_calibration_dup_mix_verdict  (HrCalibration *self,
                                                             guint          role);
/* One line per month of the period's logged against modelled hours */
char                       *hr_calibration_dup_headline     (HrCalibration *self);

G_END_DECLS

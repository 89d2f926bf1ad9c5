/* hr-hiring.h: the hiring plan in plain language, and the pressure test of
 * the bottom-up answer against the top-down rules */
#pragma once

#include "hr-forecast.h"

G_BEGIN_DECLS

/* A few sentences a leader can paste into an email, e.g. "Customer Success
 * Managers: open 2 requisitions by May 2027 so the hires are fully
 * productive by November 2027; until then the team runs at up to 96%
 * load." One paragraph per role the planner hires for; a plan that needs
 * nobody says so. */
char      *hr_hiring_summary      (HrForecast *forecast);
/* The text of `headroom-cli hiring --format json`, written as it goes */
char      *hr_hiring_to_json_data (HrForecast *forecast,
                                   gsize      *length);
/* The same as a tree */
JsonNode  *hr_hiring_to_json      (HrForecast *forecast);
/* The months a role is late in (spec §3.5) as ranges, "January 2027 –
 * March 2027, June 2027"; NULL when it is never late */
char      *hr_hiring_dup_late_months (HrForecast *forecast,
                                      guint       role);

/* Pressure test of one tier in one month (spec §3 numbers, per tier) */
typedef struct {
  guint   segment;
  double  accounts;
  double  arr;
  double  fte_bottom_up;     /* people the tier's designed + reactive work needs */
  double  fte_top_down;      /* ARR / arr_per_fte of the work roles with a rule; NAN without */
  double  accounts_per_fte;  /* accounts one person carries in this tier; NAN without work */
  double  arr_per_fte;       /* ARR one person carries in this tier; NAN without work */
  double  cost_to_serve;     /* per year */
  double  cost_share;        /* cost to serve / ARR; NAN without ARR */
  gboolean over_threshold;   /* cost share above the warning threshold */
  double  fte_ruled;         /* bottom-up people of the roles the ARR rule sizes
                                (all work roles without a rule) */
  double  fte_gap;           /* fte_ruled − fte_top_down: people the rule
                                does not grant; NAN without a rule */
  double  accounts_per_fte_rule; /* accounts per person the rule implies
                                    (accounts / fte_top_down); NAN without */
  double  arr_per_fte_rule;  /* ARR per person the rule implies; NAN without */
} HrTierPressure;

/* hr_pressure_total(): the segment of the team row */
#define HR_PRESSURE_TEAM G_MAXUINT

/* One entry per segment, for month @t; @threshold is the cost share of ARR
 * above which a tier is flagged (0.15 by default) */
GArray    *hr_pressure_test       (HrForecast *forecast,
                                   guint       t,
                                   double      threshold);
JsonNode  *hr_pressure_to_json    (HrForecast *forecast,
                                   guint       t,
                                   double      threshold);
/* The tiers of hr_pressure_test() added up into the team's row (segment
 * HR_PRESSURE_TEAM), ratios recomputed, flagged like a tier */
HrTierPressure hr_pressure_total  (GArray     *tiers,
                                   double      threshold);
/* Why a tier (or the team's row) is or is not flagged, in one sentence,
 * e.g. "Needs 1.4 more people than the ARR rule grants: serving it costs
 * 21% of its ARR, above the 15% threshold." */
char      *hr_pressure_describe_tier (HrForecast           *forecast,
                                      const HrTierPressure *pressure,
                                      double                threshold);
/* The pressure test of month @t in a few sentences: bottom-up against the
 * ARR rule, the tiers that cost more than the threshold, the team's cost
 * share of ARR */
char      *hr_pressure_summary    (HrForecast *forecast,
                                   guint       t,
                                   double      threshold);
/* Why the team's cost over the horizon is above @threshold as a share of
 * its ARR (HrSummary.cost_share), in one short sentence, e.g. "Above the
 * 15% warning threshold."; NULL when it is within. Costs without any ARR
 * are above every threshold. */
char      *hr_summary_describe_cost_share (HrForecast *forecast,
                                           double      threshold);
/* Whether the plan holds, from the worst of its months and its cost */
typedef enum {
  HR_PLAN_HOLDS,
  HR_PLAN_COSTLY,     /* capacity holds, but the cost share of ARR over the
                         whole plan is above the threshold: never "holds" */
  HR_PLAN_STRETCHED,
  HR_PLAN_OVER
} HrPlanStatus;

/* The summary's verdict with a short @title ("Over capacity") and one
 * sentence of @detail saying why, either may be NULL; @threshold is the
 * cost share of ARR above which a plan is costly */
HrPlanStatus hr_summary_status    (HrForecast *forecast,
                                   double      threshold,
                                   char      **title,
                                   char      **detail);
/* The role the ARR rule sizes when exactly one role has the rule (the one
 * to chart against its top-down line), else -1 */
int        hr_pressure_rule_role  (HrForecast *forecast);

G_END_DECLS

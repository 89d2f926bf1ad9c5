/* hr-change-builder.h: the spec's change entries for one trade-off a
 * person describes in the scenario editor (no GTK here) */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

typedef enum {
  A_HIRES, A_HEADCOUNT,
  A_SKIP, A_CADENCE,
  A_DIGITAL, A_ONE_TO_MANY, A_REACTIVE,
  A_HOURS, A_TIMING, A_TREATMENT, A_MOVE,
  A_GROWTH, A_CHURN, A_ACV, A_ATTRITION, A_LEAD_TIME,
} HrChangeAction;

typedef struct {
  HrChangeAction  action;
  const char     *role;      /* role id, or "*" */
  const char     *moment;    /* moment id */
  GPtrArray      *tiers;     /* segment ids, or one "*" */
  const char     *from;      /* segment ids for A_MOVE */
  const char     *to;
  int             month;     /* absolute month of a hire */
  double          count;     /* people, headcount or accounts a month */
  double          at;
  double          every;
  double          group;     /* accounts per one-to-many session */
  double          percent;   /* a fraction: 0.2 for 20% */
  double          factor;    /* effort factor of a treatment */
  double          months;    /* lead time */
  guint           part;      /* 0 prep, 1 exec, 2 follow, 3 all three */
  const char     *mode;      /* treatment mode */
} HrChangeRequest;

/* The changes, or NULL with *@message saying why (or NULL when nothing
 * would change) */
JsonArray *hr_change_request_build (HrPlan                *plan,
                                    const HrChangeRequest *request,
                                    char                 **message);

G_END_DECLS

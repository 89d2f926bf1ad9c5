/* hr-portfolio-private.h: the portfolio items' storage, shared inside the
 * model library so that the books read fields without a call per value */
#pragma once

#include "hr-plan-private.h"
#include "hr-portfolio.h"

G_BEGIN_DECLS

/* The plain data of the portfolio's items, addressed by their field
 * tables as hr-plan-data.h's are; the extras (an account's attributes, a
 * rule's value) stay in the item */
typedef struct {
  char   *id;
  char   *name;
  char   *role;          /* NULL = the work role */
  double  fte;
  char  **segments;      /* NULL = any */
  double  max_load;      /* NAN = the role's target load */
} HrPersonData;

typedef struct {
  char   *id;            /* the CRM's: 1..128 characters, any text */
  char   *name;
  char   *segment;
  char   *owner;         /* NULL = unassigned */
  int     start;         /* absolute month */
  double  arr;           /* NAN = from the segment's ACV */
  double  effort_factor;
  int     pinned;        /* gboolean */
} HrAccountData;

typedef struct {
  char   *attribute;
  int     op;            /* HrRuleOp */
  double  factor;
  char   *label;
} HrEffortRuleData;

typedef struct {
  char   *role;          /* NULL = the work role */
  int     month;         /* absolute; -1 = the plan's start */
  int     window;
  int     freeze_months;
  double  light_load;
  double  solve_seconds;
} HrPortfolioData;

struct _HrPerson
{
  HrItem       parent_instance;
  HrPersonData data;
};

struct _HrAccount
{
  HrItem        parent_instance;
  HrAccountData data;
  JsonObject   *attributes;   /* name → string or number */
};

struct _HrEffortRule
{
  HrItem           parent_instance;
  HrEffortRuleData data;
  JsonNode        *value;     /* a string or a number */
};

struct _HrPortfolio
{
  HrItem          parent_instance;
  HrPortfolioData data;
};

/* The rules of spec §5 across items: references, owners' role, rule types,
 * the portfolio month within the horizon (hr-portfolio-rules.c) */
gboolean hr_plan_check_portfolio_rules (HrPlan  *plan,
                                        GError **error);

G_END_DECLS

/* hr-portfolio-private.h: the portfolio items' storage, shared inside the
 * model library so that the books read fields without a call per value */
#pragma once

#include "hr-plan-private.h"
#include "hr-portfolio.h"

G_BEGIN_DECLS

struct _HrPerson
{
  HrItem  parent_instance;
  char   *id;
  char   *name;
  char   *role;        /* NULL = the work role */
  double  fte;
  char  **segments;    /* NULL = any */
  double  max_load;    /* NAN = the role's target load */
};

struct _HrAccount
{
  HrItem      parent_instance;
  char       *id;
  char       *name;
  char       *segment;
  char       *owner;   /* NULL = unassigned */
  int         start;   /* absolute month */
  double      arr;     /* NAN = from the segment's ACV */
  double      effort_factor;
  gboolean    pinned;
  JsonObject *attributes;
};

struct _HrEffortRule
{
  HrItem    parent_instance;
  char     *attribute;
  int       op;
  JsonNode *value;     /* a string or a number */
  double    factor;
  char     *label;
};

struct _HrPortfolio
{
  HrItem  parent_instance;
  char   *role;        /* NULL = the work role */
  int     month;       /* absolute; -1 = the plan's start */
  int     window;
  int     freeze_months;
  double  light_load;
  double  solve_seconds;
};

/* The rules of spec §5 across items: references, owners' role, rule types,
 * the portfolio month within the horizon (hr-portfolio-rules.c) */
gboolean hr_plan_check_portfolio_rules (HrPlan  *plan,
                                        GError **error);

/* "accounts[0015g00000XyZ12]", "effort_rules[2]": how messages name an
 * item of the portfolio lists; @index is 0-based */
char    *hr_portfolio_dup_item_path    (HrItem     *item,
                                        const char *array,
                                        guint       index);

G_END_DECLS

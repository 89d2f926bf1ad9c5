/* hr-portfolio.h: the team as it stands (spec §5): named people, the
 * accounts they own, the rules that raise or lower an account's effort, and
 * how books are measured */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

/* An account id is the CRM's: any text of 1..128 characters, case kept */
#define HR_ACCOUNT_ID_MAX 128

#define HR_TYPE_PERSON      (hr_person_get_type ())
#define HR_TYPE_ACCOUNT     (hr_account_get_type ())
#define HR_TYPE_EFFORT_RULE (hr_effort_rule_get_type ())
#define HR_TYPE_PORTFOLIO   (hr_portfolio_get_type ())
G_DECLARE_FINAL_TYPE (HrPerson, hr_person, HR, PERSON, HrItem)
G_DECLARE_FINAL_TYPE (HrAccount, hr_account, HR, ACCOUNT, HrItem)
G_DECLARE_FINAL_TYPE (HrEffortRule, hr_effort_rule, HR, EFFORT_RULE, HrItem)
G_DECLARE_FINAL_TYPE (HrPortfolio, hr_portfolio, HR, PORTFOLIO, HrItem)

typedef enum {
  HR_RULE_LESS,
  HR_RULE_AT_MOST,
  HR_RULE_GREATER,
  HR_RULE_AT_LEAST,
  HR_RULE_EQUAL,
  HR_RULE_NOT_EQUAL,
} HrRuleOp;

/* --- the plan's portfolio lists (hr-plan.c) --- */
GListModel   *hr_plan_get_people           (HrPlan *self);
GListModel   *hr_plan_get_accounts         (HrPlan *self);
GListModel   *hr_plan_get_effort_rules     (HrPlan *self);
HrPortfolio  *hr_plan_get_portfolio        (HrPlan *self);
HrPerson     *hr_plan_find_person          (HrPlan *self, const char *id);
HrAccount    *hr_plan_find_account         (HrPlan *self, const char *id);
/* The role whose books these are: portfolio.role, or the work role */
HrRole       *hr_plan_get_portfolio_role   (HrPlan *self);

/* --- person --- */
HrPerson     *hr_person_new                (const char *id);
const char   *hr_person_get_id             (HrPerson *self);
const char   *hr_person_get_name           (HrPerson *self);
/* NULL = the work role */
const char   *hr_person_get_role           (HrPerson *self);
double        hr_person_get_fte            (HrPerson *self);
/* NULL = any segment */
const char * const *hr_person_get_segments (HrPerson *self);
gboolean      hr_person_takes_segment      (HrPerson *self, const char *segment_id);
/* NAN = the role's target load */
double        hr_person_get_max_load       (HrPerson *self);

/* --- account --- */
HrAccount    *hr_account_new               (const char *id,
                                            const char *segment_id,
                                            int         start);
const char   *hr_account_get_id            (HrAccount *self);
const char   *hr_account_get_name          (HrAccount *self);
const char   *hr_account_get_segment       (HrAccount *self);
/* NULL = unassigned */
const char   *hr_account_get_owner         (HrAccount *self);
int           hr_account_get_start         (HrAccount *self);   /* absolute month */
/* NAN = derived from the segment's ACV */
double        hr_account_get_arr           (HrAccount *self);
double        hr_account_get_effort_factor (HrAccount *self);
gboolean      hr_account_get_pinned        (HrAccount *self);
/* name → string or number; never NULL */
JsonObject   *hr_account_get_attributes    (HrAccount *self);
void          hr_account_set_attributes    (HrAccount  *self,
                                            JsonObject *attributes);

/* --- effort rule --- */
HrEffortRule *hr_effort_rule_new           (const char *attribute,
                                            HrRuleOp    op,
                                            JsonNode   *value,
                                            double      factor,
                                            const char *label);
const char   *hr_effort_rule_get_attribute (HrEffortRule *self);
HrRuleOp      hr_effort_rule_get_op        (HrEffortRule *self);
/* a string or a number */
JsonNode     *hr_effort_rule_get_value     (HrEffortRule *self);
double        hr_effort_rule_get_factor    (HrEffortRule *self);
const char   *hr_effort_rule_get_label     (HrEffortRule *self);
/* "<", "<=", … as in the file */
const char   *hr_rule_op_to_string         (HrRuleOp op);
/* TRUE when the rule applies to @attributes (spec §5 rule) */
gboolean      hr_effort_rule_applies       (HrEffortRule *self,
                                            JsonObject   *attributes);

/* --- portfolio settings --- */
/* NULL = the work role */
const char   *hr_portfolio_get_role        (HrPortfolio *self);
/* -1 = the plan's start */
int           hr_portfolio_get_month       (HrPortfolio *self);
guint         hr_portfolio_get_window      (HrPortfolio *self);
guint         hr_portfolio_get_freeze_months (HrPortfolio *self);
double        hr_portfolio_get_light_load  (HrPortfolio *self);
double        hr_portfolio_get_solve_seconds (HrPortfolio *self);

G_END_DECLS

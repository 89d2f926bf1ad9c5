/* hr-effort-rules.h: the plan's effort rules, listed as sentences, and a
 * row that builds one from the accounts' attributes */
#pragma once

#include <gtk/gtk.h>

#include "hr-portfolio.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_EFFORT_RULES (hr_effort_rules_get_type ())
G_DECLARE_FINAL_TYPE (HrEffortRules, hr_effort_rules, HR, EFFORT_RULES, GtkWidget)

void  hr_effort_rules_set_context (HrEffortRules *self,
                                   HrPlan        *plan,
                                   HrUndoStack   *undo);
/* "Health Score below 50: effort × 1.3 (at risk)" */
char *hr_effort_rule_dup_sentence (HrEffortRule  *rule);

G_END_DECLS

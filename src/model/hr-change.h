/* hr-change.h: scenario changes as people say them, and building them */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

/* A plain sentence for one change of a scenario, with the plan's names:
 * "Mid-market: Sharing Insights becomes digital", "2 Customer Success
 * Managers start in May 2027", "New accounts +30% in all tiers". */
char       *hr_change_describe     (HrPlan     *plan,
                                    JsonObject *change);

/* Builders for the spec's change objects */
JsonObject *hr_change_new_set      (const char *target,
                                    JsonNode   *value);
JsonObject *hr_change_new_scale    (const char *target,
                                    double      factor);
JsonObject *hr_change_new_add      (const char *target,
                                    JsonNode   *value);
JsonObject *hr_change_new_remove   (const char *target);

/* The scenarios whose changes name @item (a role, segment, moment or
 * hire) by id: removing the item would break them (HrScenario) */
GPtrArray  *hr_plan_list_scenarios_using (HrPlan *plan,
                                          HrItem *item);

/* Why @item can't be removed because scenarios change it, in a sentence
 * naming them, or NULL when no scenario does */
char       *hr_plan_explain_scenario_users (HrPlan     *plan,
                                            HrItem     *item,
                                            const char *item_name);

/* Why @changes can't be added to @scenario because one of them is there
 * already, in a sentence naming it, or NULL when all are new */
char       *hr_scenario_explain_repeated (HrPlan     *plan,
                                          HrScenario *scenario,
                                          JsonArray  *changes);

/* Appends a change to a scenario (one undoable edit of its "changes") */
void        hr_scenario_append_change (HrScenario *scenario,
                                       JsonObject *change);

G_END_DECLS

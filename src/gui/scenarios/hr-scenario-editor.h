/* hr-scenario-editor.h: builds one scenario change at a time (fund, focus,
 * automate, redesign, what-if) and shows it as a sentence before it is
 * added */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

typedef enum {
  HR_CHANGE_KIND_FUND,
  HR_CHANGE_KIND_FOCUS,
  HR_CHANGE_KIND_AUTOMATE,
  HR_CHANGE_KIND_REDESIGN,
  HR_CHANGE_KIND_WHAT_IF,
  HR_N_CHANGE_KINDS
} HrChangeKind;

#define HR_TYPE_SCENARIO_EDITOR (hr_scenario_editor_get_type ())
G_DECLARE_FINAL_TYPE (HrScenarioEditor, hr_scenario_editor, HR, SCENARIO_EDITOR, GtkWidget)

GtkWidget *hr_scenario_editor_new          (void);
void       hr_scenario_editor_set_context  (HrScenarioEditor *self,
                                            HrPlan           *plan,
                                            HrUndoStack      *undo);
void       hr_scenario_editor_set_scenario (HrScenarioEditor *self,
                                            HrScenario       *scenario);
void       hr_scenario_editor_set_kind     (HrScenarioEditor *self,
                                            HrChangeKind      kind);
/* The changes the controls describe now (the preview), or NULL */
JsonArray *hr_scenario_editor_build        (HrScenarioEditor *self,
                                            char            **message);
/* Adds the previewed changes to the scenario, as one undoable edit;
 * FALSE (and the reason shown) when they make the scenario invalid */
gboolean   hr_scenario_editor_apply        (HrScenarioEditor *self);
/* A control by name ("kind-automate", "action", "moment", "role", "month",
 * "count", "tier-<id>", "all-tiers", "percent", "add", …), for tests */
GtkWidget *hr_scenario_editor_get_widget   (HrScenarioEditor *self,
                                            const char       *name);

/* Replaces a scenario's changes and records it on @undo */
void       hr_scenario_set_changes_undoable (HrUndoStack *undo,
                                             HrScenario  *scenario,
                                             JsonArray   *changes);

G_END_DECLS

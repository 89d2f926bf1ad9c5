/* hr-scenarios-page.h: the plan's scenarios: create, describe, reorder,
 * build their changes, show one in every chart, make one the baseline */
#pragma once

#include <gtk/gtk.h>

#include "hr-item-list.h"
#include "hr-document.h"
#include "hr-scenario-editor.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_SCENARIOS_PAGE (hr_scenarios_page_get_type ())
G_DECLARE_FINAL_TYPE (HrScenariosPage, hr_scenarios_page, HR, SCENARIOS_PAGE, GtkWidget)

void              hr_scenarios_page_set_context (HrScenariosPage *self,
                                                 HrDocument      *document,
                                                 HrUndoStack     *undo);
HrItemList       *hr_scenarios_page_get_list    (HrScenariosPage *self);
HrScenarioEditor *hr_scenarios_page_get_editor  (HrScenariosPage *self);
/* "Id for headroom-cli: fund-two-csms", for tests */
const char       *hr_scenarios_page_get_id_text (HrScenariosPage *self);
/* The sentences of the selected scenario's changes, as shown */
GStrv             hr_scenarios_page_dup_sentences (HrScenariosPage *self);
/* Makes the selected scenario the baseline, as one undoable edit */
gboolean          hr_scenarios_page_promote     (HrScenariosPage *self);

/* Makes @document's scenario @scenario_id its baseline (the other
 * scenarios kept on it), as one step on @undo; shows the baseline */
gboolean          hr_scenario_promote_undoable  (HrDocument      *document,
                                                 HrUndoStack     *undo,
                                                 const char      *scenario_id,
                                                 GError         **error);

G_END_DECLS

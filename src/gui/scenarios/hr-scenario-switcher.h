/* hr-scenario-switcher.h: which scenario every chart and number shows,
 * and a drop-down to switch it: the baseline or one of the scenarios */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

G_BEGIN_DECLS

#define HR_TYPE_SCENARIO_SWITCHER (hr_scenario_switcher_get_type ())
G_DECLARE_FINAL_TYPE (HrScenarioSwitcher, hr_scenario_switcher, HR, SCENARIO_SWITCHER, GtkWidget)

void        hr_scenario_switcher_set_document (HrScenarioSwitcher *self,
                                               HrDocument         *document);
/* The name shown, for tests */
const char *hr_scenario_switcher_get_shown (HrScenarioSwitcher *self);
/* Selects entry @index: 0 the baseline, then the scenarios in order */
void        hr_scenario_switcher_select   (HrScenarioSwitcher *self,
                                           guint               index);

G_END_DECLS

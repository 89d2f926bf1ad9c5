/* hr-summary-panel.h: the plan's vital numbers and whether it holds */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"

G_BEGIN_DECLS

#define HR_TYPE_SUMMARY_PANEL (hr_summary_panel_get_type ())
G_DECLARE_FINAL_TYPE (HrSummaryPanel, hr_summary_panel, HR, SUMMARY_PANEL, GtkWidget)

void        hr_summary_panel_set_plan    (HrSummaryPanel *self,
                                          HrPlan         *plan);
/* The text of a value by its key ("peak-load", "required-end", "status", "shown" (the scenario shown),
 * "cost-share", …), as shown; for tests */
const char *hr_summary_panel_get_text    (HrSummaryPanel *self,
                                          const char     *key);
/* "ok", "stretched" or "over" */
const char *hr_summary_panel_get_status  (HrSummaryPanel *self);


G_END_DECLS

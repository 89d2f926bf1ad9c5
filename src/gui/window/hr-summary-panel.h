/* hr-summary-panel.h: the plan's vital numbers and whether it holds */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

G_BEGIN_DECLS

#define HR_TYPE_SUMMARY_PANEL (hr_summary_panel_get_type ())
G_DECLARE_FINAL_TYPE (HrSummaryPanel, hr_summary_panel, HR, SUMMARY_PANEL, GtkWidget)

void        hr_summary_panel_set_document (HrSummaryPanel *self,
                                           HrDocument     *document);
/* The text of a value by its key ("peak-load", "required-end", "status",
 * "status-detail", "shown" (the scenario shown), "confidence" (the need at
 * confidence, NULL without bands),
 * "cost-share", …), as shown; for tests */
const char *hr_summary_panel_get_text    (HrSummaryPanel *self,
                                          const char     *key);
/* "ok", "stretched" or "over" */
const char *hr_summary_panel_get_status  (HrSummaryPanel *self);
/* The cost share of ARR above which the summary highlights it; follows
 * the cost-share-warning setting when the settings schema is installed */
double      hr_summary_panel_get_threshold (HrSummaryPanel *self);
void        hr_summary_panel_set_threshold (HrSummaryPanel *self,
                                            double          threshold);
/* For tests: why the cost share is highlighted, or NULL when it is not */
const char *hr_summary_panel_get_cost_share_warning (HrSummaryPanel *self);
/* For tests: how many suggested hires are listed, and the button that
 * opens the Hiring plan page for the rest (NULL when all are listed) */
guint       hr_summary_panel_get_n_hires_listed (HrSummaryPanel *self);
GtkWidget  *hr_summary_panel_get_more_hires     (HrSummaryPanel *self);
/* For tests: how many times the panel was laid out; a new forecast that
 * only changes its values lays nothing out */
guint       hr_summary_panel_get_allocations    (HrSummaryPanel *self);


G_END_DECLS

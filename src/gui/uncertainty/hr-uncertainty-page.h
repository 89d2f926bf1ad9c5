/* hr-uncertainty-page.h: every range on the plan's estimates with its
 * effect, ranked by how far each moves the peak need, the need at
 * confidence, and how the bands are sampled, with progress and Stop */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_UNCERTAINTY_PAGE (hr_uncertainty_page_get_type ())
G_DECLARE_FINAL_TYPE (HrUncertaintyPage, hr_uncertainty_page, HR, UNCERTAINTY_PAGE, GtkWidget)

void        hr_uncertainty_page_set_context (HrUncertaintyPage *self,
                                             HrDocument        *document,
                                             HrUndoStack       *undo);
/* "With 90% confidence the team requires …", or NULL without bands */
const char *hr_uncertainty_page_get_need    (HrUncertaintyPage *self);
/* What the page says of the sampling ("Sampling stopped. …"), for tests */
const char *hr_uncertainty_page_get_status  (HrUncertaintyPage *self);
/* The rows' names in the order shown, for tests */
GStrv       hr_uncertainty_page_dup_rows    (HrUncertaintyPage *self);

G_END_DECLS

/* hr-tiers-page.h: customer tiers and how each receives each moment */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

#include "hr-form.h"
#include "hr-item-list.h"

G_BEGIN_DECLS

#define HR_TYPE_TIERS_PAGE (hr_tiers_page_get_type ())
G_DECLARE_FINAL_TYPE (HrTiersPage, hr_tiers_page, HR, TIERS_PAGE, GtkWidget)

void        hr_tiers_page_set_context (HrTiersPage *self,
                                       HrDocument  *document,
                                       HrUndoStack *undo);
HrItemList *hr_tiers_page_get_list    (HrTiersPage *self);
HrForm     *hr_tiers_page_get_form    (HrTiersPage *self);

/* Sets how @segment_id receives @moment, undoably */
void        hr_treatment_edit         (HrUndoStack *undo,
                                       HrMoment    *moment,
                                       const char  *segment_id,
                                       const char  *mode,
                                       double       factor,
                                       double       group_size);

void        hr_treatment_remove       (HrUndoStack *undo,
                                       HrMoment    *moment,
                                       const char  *segment_id);

G_END_DECLS

/* hr-journey-page.h: the service moments of the journey */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

#include "hr-form.h"
#include "hr-item-list.h"

G_BEGIN_DECLS

#define HR_TYPE_JOURNEY_PAGE (hr_journey_page_get_type ())
G_DECLARE_FINAL_TYPE (HrJourneyPage, hr_journey_page, HR, JOURNEY_PAGE, GtkWidget)

void        hr_journey_page_set_context (HrJourneyPage *self,
                                         HrDocument    *document,
                                         HrUndoStack   *undo);
HrItemList *hr_journey_page_get_list    (HrJourneyPage *self);
HrForm     *hr_journey_page_get_form    (HrJourneyPage *self);

G_END_DECLS

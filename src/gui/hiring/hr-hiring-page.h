/* hr-hiring-page.h: the planner's suggested hires per role, late
 * requisitions, accepting suggestions into the plan, and the hiring plan
 * in words */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_HIRING_PAGE (hr_hiring_page_get_type ())
G_DECLARE_FINAL_TYPE (HrHiringPage, hr_hiring_page, HR, HIRING_PAGE, GtkWidget)

void        hr_hiring_page_set_context (HrHiringPage *self,
                                        HrDocument   *document,
                                        HrUndoStack  *undo);
/* Accepts suggestion @index of the shown forecast (-1: all of them) as
 * planned hires, one undoable edit; in a scenario shown in the charts they
 * become "add hires" changes of that scenario */
void        hr_hiring_page_accept      (HrHiringPage *self,
                                        int           index);
/* The hiring plan in words, as shown and copied */
const char *hr_hiring_page_get_summary (HrHiringPage *self);

G_END_DECLS

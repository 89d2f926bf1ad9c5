/* hr-team-page.h: roles, planned hires and the plan's horizon */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

#include "hr-form.h"
#include "hr-item-list.h"

G_BEGIN_DECLS

#define HR_TYPE_TEAM_PAGE (hr_team_page_get_type ())
G_DECLARE_FINAL_TYPE (HrTeamPage, hr_team_page, HR, TEAM_PAGE, GtkWidget)

void        hr_team_page_set_context (HrTeamPage  *self,
                                      HrDocument  *document,
                                      HrUndoStack *undo);
HrItemList *hr_team_page_get_list    (HrTeamPage  *self);
HrForm     *hr_team_page_get_form    (HrTeamPage  *self);

G_END_DECLS

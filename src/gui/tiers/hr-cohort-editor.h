/* hr-cohort-editor.h: a segment's accounts at the start, by tenure */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_COHORT_EDITOR (hr_cohort_editor_get_type ())
G_DECLARE_FINAL_TYPE (HrCohortEditor, hr_cohort_editor, HR, COHORT_EDITOR, GtkWidget)

GtkWidget *hr_cohort_editor_new         (void);
void       hr_cohort_editor_set_segment (HrCohortEditor *self,
                                         HrSegment      *segment,
                                         HrUndoStack    *undo);

G_END_DECLS

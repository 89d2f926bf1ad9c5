/* hr-treatment-grid.h: the tier × moment grid of treatments */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_TREATMENT_GRID (hr_treatment_grid_get_type ())
G_DECLARE_FINAL_TYPE (HrTreatmentGrid, hr_treatment_grid, HR, TREATMENT_GRID, GtkWidget)

GtkWidget *hr_treatment_grid_new         (void);
void       hr_treatment_grid_set_context (HrTreatmentGrid *self,
                                          HrPlan          *plan,
                                          HrUndoStack     *undo);

/* Builds every row now rather than a few at a time once shown; for tests */
void       hr_treatment_grid_build_all   (HrTreatmentGrid *self);

G_END_DECLS

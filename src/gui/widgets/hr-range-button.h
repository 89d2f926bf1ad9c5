/* hr-range-button.h: the "range" beside an estimate in a form
 *
 * A leader unsure of an estimate ("kickoff prep 1.5 h") says how far it
 * may be off: between two values, or a share below and above it. The
 * button beside the field shows the range ("between 1 and 3") and opens a
 * popover to add, change or remove it; each is one step to undo. The
 * range is the plan's (spec §6), its target the item's field, e.g.
 * "moments/kickoff/prep". */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"
#include "hr-uncertainty.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_RANGE_BUTTON (hr_range_button_get_type ())
G_DECLARE_FINAL_TYPE (HrRangeButton, hr_range_button, HR, RANGE_BUTTON, GtkWidget)

GtkWidget  *hr_range_button_new         (const char    *label,
                                         double         scale,
                                         const char    *unit,
                                         int            digits);
void        hr_range_button_set_context (HrRangeButton *self,
                                         HrPlan        *plan,
                                         HrUndoStack   *undo);
/* The field the range is on: @property of @item (NULL: none) */
void        hr_range_button_set_field   (HrRangeButton *self,
                                         HrItem        *item,
                                         const char    *property);
/* The plan's range on the field, or NULL */
HrRange    *hr_range_button_get_range   (HrRangeButton *self);
/* "between 1 and 3", "−20% to +30%", or "Range" without one */
const char *hr_range_button_get_text    (HrRangeButton *self);
/* The popover's widgets, for tests: "low", "high", "relative", "add", "remove" */
GtkWidget  *hr_range_button_get_part    (HrRangeButton *self,
                                         const char    *part);

/* "moments/kickoff/prep": the target of a range on @property of @item */
char       *hr_range_target_for         (HrItem        *item,
                                         const char    *property);

/* Adds @range at the end of @plan's ranges (giving the plan an
 * uncertainty object when it has none), and removes it: each one step */
void        hr_range_edit_add           (HrUndoStack   *undo,
                                         HrPlan        *plan,
                                         HrRange       *range);
void        hr_range_edit_remove        (HrUndoStack   *undo,
                                         HrPlan        *plan,
                                         HrRange       *range);

G_END_DECLS

/* hr-undo-stack.h: undoable edits of a plan's items and lists */
#pragma once

#include <gio/gio.h>

#include "hr-plan.h"

G_BEGIN_DECLS

#define HR_TYPE_UNDO_STACK (hr_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (HrUndoStack, hr_undo_stack, HR, UNDO_STACK, GObject)

/* A custom step: @apply is called with TRUE to redo, FALSE to undo */
typedef void (*HrUndoApplyFunc) (gpointer data,
                                 gboolean redo);

HrUndoStack *hr_undo_stack_new            (void);

gboolean     hr_undo_stack_get_can_undo   (HrUndoStack *self);
gboolean     hr_undo_stack_get_can_redo   (HrUndoStack *self);
/* TRUE when the state differs from the last hr_undo_stack_mark_saved() */
gboolean     hr_undo_stack_get_modified   (HrUndoStack *self);
void         hr_undo_stack_mark_saved     (HrUndoStack *self);
void         hr_undo_stack_clear          (HrUndoStack *self);

/* Sets @property of @object to @value and records the step. Consecutive
 * edits of the same object and property with no seal in between become one
 * step, and none when they end at the value they started from. */
void         hr_undo_stack_set_value      (HrUndoStack  *self,
                                           GObject      *object,
                                           const char   *property,
                                           const GValue *value);
void         hr_undo_stack_set            (HrUndoStack  *self,
                                           gpointer      object,
                                           const char   *property,
                                           ...);
/* Ends coalescing: the next edit is a step of its own */
void         hr_undo_stack_seal           (HrUndoStack *self);

/* Adds, removes or moves an item of @plan's lists (roles, tiers, moments,
 * hires, scenarios) through the model */
void         hr_undo_stack_insert         (HrUndoStack *self,
                                           HrPlan      *plan,
                                           HrItem      *item,
                                           guint        position);
void         hr_undo_stack_remove         (HrUndoStack *self,
                                           HrPlan      *plan,
                                           HrItem      *item);
void         hr_undo_stack_move           (HrUndoStack *self,
                                           HrPlan      *plan,
                                           HrItem      *item,
                                           guint        position);
/* Records a step already applied */
void         hr_undo_stack_push           (HrUndoStack     *self,
                                           HrUndoApplyFunc  apply,
                                           gpointer         data,
                                           GDestroyNotify   destroy);

/* Records a change of the whole @plan already applied (an import):
 * @before is a copy of the plan from before it, taken */
void         hr_undo_stack_push_plan      (HrUndoStack     *self,
                                           HrPlan          *plan,
                                           HrPlan          *before);

/* Steps between begin and end undo as one */
void         hr_undo_stack_begin_group    (HrUndoStack *self);
void         hr_undo_stack_end_group      (HrUndoStack *self);

void         hr_undo_stack_undo           (HrUndoStack *self);
void         hr_undo_stack_redo           (HrUndoStack *self);

G_END_DECLS

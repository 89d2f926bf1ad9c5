/* hr-rebalance-dialog.h: the proposed moves, the loads before and after
 * side by side; drop a move or pin an account and run again; apply the
 * moves as one undoable change. The rebalancing is the document's, of its
 * books under the scenario shown, searched for on a worker thread. */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"
#include "hr-rebalance.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_REBALANCE_DIALOG (hr_rebalance_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HrRebalanceDialog, hr_rebalance_dialog, HR, REBALANCE_DIALOG, GtkWindow)

HrRebalanceDialog *hr_rebalance_dialog_new        (GtkWindow   *parent,
                                                   HrDocument  *document,
                                                   HrUndoStack *undo);
/* Starts a search (again), keeping the moves dropped so far where they are;
 * emits "finished" when it is done */
void               hr_rebalance_dialog_run        (HrRebalanceDialog *self);
void               hr_rebalance_dialog_cancel     (HrRebalanceDialog *self);
gboolean           hr_rebalance_dialog_is_running (HrRebalanceDialog *self);
/* The last answer, or NULL */
HrRebalance       *hr_rebalance_dialog_get_result (HrRebalanceDialog *self);
/* Drops (or takes back) a move of the answer: it is not applied, and the
 * next run keeps that account where it is */
void               hr_rebalance_dialog_set_move_dropped (HrRebalanceDialog *self,
                                                         guint              move,
                                                         gboolean           dropped);
/* Makes the moves not dropped, as one undoable change, and closes */
void               hr_rebalance_dialog_apply      (HrRebalanceDialog *self);
const char        *hr_rebalance_dialog_get_verdict (HrRebalanceDialog *self);

G_END_DECLS

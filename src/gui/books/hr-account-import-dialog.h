/* hr-account-import-dialog.h: importing accounts from a CRM export through
 * the mapping dialog, as one undoable change */
#pragma once

#include <gtk/gtk.h>

#include "hr-undo-stack.h"

G_BEGIN_DECLS

/* The dialog for @file, or NULL with @error when the file cannot be read */
GtkWindow *hr_account_import_dialog_new (GtkWindow    *parent,
                                         HrPlan       *plan,
                                         HrUndoStack  *undo,
                                         GFile        *file,
                                         GError      **error);

G_END_DECLS

/* hr-activities-import-dialog.h: the journey's activity table from a
 * spreadsheet through the mapping dialog, as one undoable change */
#pragma once

#include <gtk/gtk.h>

#include "hr-undo-stack.h"

G_BEGIN_DECLS

/* The dialog for @file (CSV, or the first worksheet of an XLSX workbook),
 * or NULL with @error when the file cannot be read */
GtkWindow *hr_activities_import_dialog_new (GtkWindow    *parent,
                                            HrPlan       *plan,
                                            HrUndoStack  *undo,
                                            GFile        *file,
                                            GError      **error);

G_END_DECLS

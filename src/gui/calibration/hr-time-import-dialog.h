/* hr-time-import-dialog.h: a time tracker's export onto the time log,
 * through the mapping dialog */
#pragma once

#include <gtk/gtk.h>

#include "hr-time-import.h"

G_BEGIN_DECLS

/* Called once the log is read: the log and the mapping to remember */
typedef void (*HrTimeImportDone) (HrTimeLog     *log,
                                  HrTimeMapping *mapping,
                                  gpointer       data);

/* The mapping dialog of @import (which it takes): the columns, what each
 * activity, person and client stands for with the entries and hours each
 * covers, the values left unmapped and the rows that cannot be read.
 * Import calls @done; closing it calls nothing. */
GtkWindow *hr_time_import_dialog_new (GtkWindow        *parent,
                                      HrPlan           *plan,
                                      HrTimeImport     *import,
                                      HrTimeImportDone  done,
                                      gpointer          data,
                                      GDestroyNotify    data_free);

/* The mapping dialog's sections of values, in order */
enum {
  HR_TIME_SECTION_ACTIVITIES,
  HR_TIME_SECTION_PEOPLE,
  HR_TIME_SECTION_CLIENTS,
};

G_END_DECLS

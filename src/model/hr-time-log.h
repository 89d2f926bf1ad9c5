/* hr-time-log.h: the time a team logged, in the canonical columns of spec
 * §7 (date, person, account, activity, hours)
 *
 * A log is read whole or refused whole: from a canonical CSV file
 * (hr_time_log_read()), or from a time tracker's export through
 * HrTimeImport (hr-time-import.h). Once read it never changes, so it may
 * be shared with worker threads; it holds no reference to a plan.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The activities of spec §7 that are not moments */
#define HR_ACTIVITY_REACTIVE  "reactive"
#define HR_ACTIVITY_INDIRECT  "indirect"
#define HR_ACTIVITY_UNPLANNED "unplanned"
#define HR_ACTIVITY_LEAVE     "leave"

typedef struct {
  guint       line;      /* the line its record starts on in the file read */
  int         month;     /* absolute: year × 12 + month − 1 */
  guint8      day;
  const char *person;    /* never empty */
  const char *account;   /* NULL: work on no account */
  const char *activity;  /* a moment id, or one of HR_ACTIVITY_* */
  double      hours;
} HrTimeEntry;

typedef struct _HrTimeLog HrTimeLog;

/* A new, empty log named @display_name (the file it comes from) */
HrTimeLog         *hr_time_log_new              (const char        *display_name);
HrTimeLog         *hr_time_log_ref              (HrTimeLog         *self);
void               hr_time_log_unref            (HrTimeLog         *self);

/* While it is built: strings are copied */
void               hr_time_log_add              (HrTimeLog         *self,
                                                 guint              line,
                                                 int                month,
                                                 guint              day,
                                                 const char        *person,
                                                 const char        *account,
                                                 const char        *activity,
                                                 double             hours);
/* Notes of the import (values not mapped, and the like), shown with the
 * calibration's own warnings */
void               hr_time_log_add_warning      (HrTimeLog         *self,
                                                 const char        *warning);

const char        *hr_time_log_get_display_name (HrTimeLog         *self);
guint              hr_time_log_get_n_entries    (HrTimeLog         *self);
const HrTimeEntry *hr_time_log_get_entry        (HrTimeLog         *self,
                                                 guint              i);
/* Strings, in the order they were added */
GPtrArray         *hr_time_log_get_warnings     (HrTimeLog         *self);
/* The months of the earliest and the latest entry; FALSE when empty */
gboolean           hr_time_log_get_period       (HrTimeLog         *self,
                                                 int               *from,
                                                 int               *to);
double             hr_time_log_get_total_hours  (HrTimeLog         *self);

/* A canonical time log (spec §7). @activities: the moment ids it may name
 * besides reactive, indirect, unplanned and leave. Refused as
 * "FILE:LINE: column: what is wrong" (HR_CSV_ERROR_INVALID) or as the CSV
 * reader refuses a file; nothing of a refused file is kept. */
HrTimeLog         *hr_time_log_read             (const char        *data,
                                                 gsize              length,
                                                 const char        *display_name,
                                                 const char * const *moment_ids,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrTimeLog, hr_time_log_unref)

G_END_DECLS

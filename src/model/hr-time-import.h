/* hr-time-import.h: a time tracker's export, mapped onto a time log
 *
 * Reads what teams really export: Toggl Track's detailed report, Harvest's
 * time report, Clockify's detailed report, a CRM's activity export, a
 * spreadsheet, or Headroom's own canonical log (spec §7). It recognises
 * the export by its headers and proposes which columns hold the date,
 * the person, the account, the activity and the hours; which plan person
 * each user or e-mail is (by id, name or the e-mail's name); which account
 * each client is (by id or name); and what each distinct activity value
 * stands for (a moment, reactive, indirect, unplanned or leave work). A
 * mapping remembered in the plan wins over the proposal.
 *
 * The import is read on the main thread; it copies what it needs of the
 * plan and keeps no reference to it.
 */
#pragma once

#include "hr-csv.h"
#include "hr-plan.h"
#include "hr-time-log.h"
#include "hr-time-mapping.h"

G_BEGIN_DECLS

typedef enum {
  HR_TIME_FORMAT_HEADROOM,     /* date, person, account, activity, hours */
  HR_TIME_FORMAT_TOGGL,
  HR_TIME_FORMAT_HARVEST,
  HR_TIME_FORMAT_CLOCKIFY,
  HR_TIME_FORMAT_CRM,
  HR_TIME_FORMAT_SPREADSHEET,
} HrTimeFormat;

/* How one distinct value of the person, account or activity column maps */
typedef enum {
  HR_TIME_VALUE_UNMAPPED,      /* activity: not counted, and said so */
  HR_TIME_VALUE_PROPOSED,      /* matched by id or name, or guessed from words */
  HR_TIME_VALUE_REMEMBERED,    /* from the plan's mapping */
  HR_TIME_VALUE_CHOSEN,        /* set in this import */
} HrTimeValueState;

typedef struct {
  const char       *text;      /* as first seen, trimmed; "" for empty */
  guint             entries;
  double            hours;     /* of the rows whose hours read */
  const char       *target;    /* NULL: unmapped, no account, or not counted */
  HrTimeValueState  state;
} HrTimeValue;

typedef struct _HrTimeImport HrTimeImport;

/* @table is kept (its rows are read again when a column changes);
 * @remembered (may be NULL) is the plan's mapping */
HrTimeImport      *hr_time_import_new          (HrCsvTable          *table,
                                                HrPlan              *plan,
                                                const HrTimeMapping *remembered);
void               hr_time_import_free         (HrTimeImport        *self);

HrTimeFormat       hr_time_import_get_format   (HrTimeImport        *self);
/* "Toggl Track detailed report", … translated */
const char        *hr_time_format_get_name     (HrTimeFormat         format);
const char        *hr_time_import_get_display_name (HrTimeImport    *self);
guint              hr_time_import_get_n_rows   (HrTimeImport        *self);
const HrCsvRecord *hr_time_import_get_header   (HrTimeImport        *self);
const HrCsvTable  *hr_time_import_get_table    (HrTimeImport        *self);

/* The headers read for @field (NULL when none fits) */
const char * const *hr_time_import_get_columns (HrTimeImport        *self,
                                                HrTimeField          field);
void               hr_time_import_set_columns  (HrTimeImport        *self,
                                                HrTimeField          field,
                                                const char * const  *headers);

/* The distinct values of the person, account or activity column, the
 * most hours first */
guint              hr_time_import_get_n_values (HrTimeImport        *self,
                                                HrTimeField          field);
const HrTimeValue *hr_time_import_get_value    (HrTimeImport        *self,
                                                HrTimeField          field,
                                                guint                i);
/* Maps @value (as listed) to @target; for an activity NULL is "not
 * counted", for an account "no account" */
void               hr_time_import_set_target   (HrTimeImport        *self,
                                                HrTimeField          field,
                                                const char          *value,
                                                const char          *target);
/* Makes an activity value unmapped again */
void               hr_time_import_unset_target (HrTimeImport        *self,
                                                HrTimeField          field,
                                                const char          *value);
/* Activity values left unmapped, their entries and hours */
guint              hr_time_import_count_unmapped (HrTimeImport      *self,
                                                  guint             *entries,
                                                  double            *hours);

/* TRUE when nothing is left to ask: the columns are there and every
 * activity is mapped as the plan remembers it (or, in Headroom's own log,
 * is an activity): next month's export imports in one step */
gboolean           hr_time_import_is_settled   (HrTimeImport        *self);

/* The mapping as it stands, to remember in the plan */
HrTimeMapping     *hr_time_import_dup_mapping  (HrTimeImport        *self);

/* Reads every row into a log. Refused as "FILE:LINE: column: what is
 * wrong" for a date, duration or person that cannot be read, or a moment
 * without an account; in Headroom's own format also for an unknown
 * activity (spec §7). Unmapped activities of other exports are left out,
 * each with a warning in the log. */
HrTimeLog         *hr_time_import_run          (HrTimeImport        *self,
                                                GError             **error);

/* TRUE when @table has a column of dates and one of hours, as a time log
 * does and a table of accounts does not */
gboolean           hr_time_import_table_is_log (const HrCsvTable    *table);

/* Reads a whole file: an export or a canonical log, with the plan's
 * remembered mapping, @overrides on top (may be NULL), as the import
 * proposes it; for the command line and tests */
HrTimeLog         *hr_time_import_file         (GFile               *file,
                                                HrPlan              *plan,
                                                const HrTimeMapping *overrides,
                                                HrTimeMapping      **mapping_out,
                                                GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrTimeImport, hr_time_import_free)

G_END_DECLS

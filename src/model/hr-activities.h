/* hr-activities.h: the journey's activity table, one row per service
 * moment, out to a spreadsheet and back
 *
 * Columns: id, name, play, role, at, every, until, prep, exec, follow, then
 * one column per tier (headed by the tier's name) with its treatment:
 * "one_to_one", "one_to_one x1.5", "one_to_many 20" (groups of 20),
 * "one_to_many 20 x0.5", "digital" or "skip". CSV keeps every digit of the
 * hours; XLSX (libxlsxwriter) keeps 16 significant digits.
 *
 * Importing reads Headroom's own table or a leader's spreadsheet with its
 * own headers (matched by common names, or mapped "Header=field"), from
 * CSV or from a worksheet of an XLSX workbook, through one code path. The
 * header is the first row that names the moments (a title above it is left
 * out), carried on by the row below when that row only names columns
 * ("Prep | Exec | Follow" under "Hours" merged over them). Rows update
 * moments by id, else by name; new names add moments; moments the table
 * does not list are removed unless kept. Every problem is reported with its
 * line or cell, and nothing is applied unless all of the table is good.
 */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

/* The header, then one row per moment (each a NULL-terminated GStrv) */
GPtrArray *hr_activities_to_rows     (HrPlan      *plan);
char      *hr_activities_to_csv      (HrPlan      *plan);

typedef struct {
  HrPlan    *plan;       /* a copy of the plan with the table applied */
  GPtrArray *added;      /* one sentence per moment added */
  GPtrArray *changed;    /* one sentence per field changed */
  GPtrArray *removed;    /* one sentence per moment removed */
  GPtrArray *warnings;   /* columns not used, and the like */
} HrActivitiesImport;

/* @rows: the rows that hold a value (GStrv each), @lines: the line each
 * row starts on; @mapping: "Header=field" pairs for headers that are not
 * recognised (may be NULL). Fails with HR_PLAN_ERROR_INVALID, every
 * problem on its own line as "NAME:LINE: column “Prep”: …". */
HrActivitiesImport *hr_activities_import (HrPlan             *plan,
                                          GPtrArray          *rows,
                                          GArray             *lines,
                                          const char         *display_name,
                                          const char * const *mapping,
                                          gboolean            keep_missing,
                                          GError            **error);
/* The same for the rows of worksheet @sheet (hr_xlsx_read_rows()), @lines
 * their row numbers: problems name their cell, "NAME: Sheet1!C7: Prep: …" */
HrActivitiesImport *hr_activities_import_sheet (HrPlan             *plan,
                                                GPtrArray          *rows,
                                                GArray             *lines,
                                                const char         *display_name,
                                                const char         *sheet,
                                                const char * const *mapping,
                                                gboolean            keep_missing,
                                                GError            **error);
void       hr_activities_import_free (HrActivitiesImport *import);

/* What an import reads of @rows before it applies them, for a dialog that
 * shows it: the header (a title above left out, a second header row
 * merged in) and the index of the first row of data */
char     **hr_activities_find_header (HrPlan             *plan,
                                      GPtrArray          *rows,
                                      const char * const *mapping,
                                      guint              *first_data);
/* The fields a column can be read as: id, name, play, role, at, every,
 * until, prep, exec, follow, then the plan's tiers (by id), in that order;
 * a mapping's "Header=FIELD" takes one of them */
GStrv      hr_activities_dup_fields  (HrPlan             *plan);
/* The index in those fields that @header is read as, or -1 */
int        hr_activities_column_field (HrPlan             *plan,
                                       const char         *header,
                                       const char * const *mapping);

/* The records of CSV @data (hr-csv.h: RFC 4180, BOM, sniffed delimiter)
 * into @rows and @lines, the header first */
gboolean   hr_activities_read_csv    (const char  *data,
                                      gsize        length,
                                      const char  *display_name,
                                      GPtrArray  **rows,
                                      GArray     **lines,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrActivitiesImport, hr_activities_import_free)

G_END_DECLS

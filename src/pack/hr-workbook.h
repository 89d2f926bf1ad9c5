/* hr-workbook.h: the plan's numbers as an XLSX workbook for finance
 *
 * Real numbers with number, percent and currency formats, months as
 * dates, header rows frozen, and the monthly tables in long form (one row
 * per month and role, tier or play) so that they pivot. Every number is
 * the forecast's own double; libxlsxwriter writes 16 significant digits
 * and Excel keeps 15.
 *
 * Like the pack, the workbook is a list of sheets, each saying whether it
 * applies to a plan. Books, calibration and bands add one sheet each:
 * write a HrWorkbookSheet (hr-workbook-private.h) whose applies() is the
 * pack section's, beside the section in hr-pack-NAME.c, and add it to the
 * list in hr-workbook.c, before the Assumptions sheet.
 */
#pragma once

#include "hr-pack.h"

G_BEGIN_DECLS

gboolean hr_workbook_write (const HrPackInput *input,
                            const char        *path,
                            GError           **error);

/* The journey's activity table (hr-activities.h) as a one-sheet workbook */
gboolean hr_workbook_write_activities (HrPlan      *plan,
                                       const char  *path,
                                       GError     **error);

G_END_DECLS

/* hr-workbook-private.h: what the workbook's sheets share */
#pragma once

#include <xlsxwriter.h>

#include "hr-workbook.h"

G_BEGIN_DECLS

/* The formats every sheet uses */
typedef struct {
  lxw_workbook *workbook;
  lxw_format   *head;
  lxw_format   *text;
  lxw_format   *month;     /* a date shown as "Jan 2027" */
  lxw_format   *hours;
  lxw_format   *fte;
  lxw_format   *count;     /* accounts, hires */
  lxw_format   *percent;
  lxw_format   *money;     /* in the plan's currency */
  lxw_format   *number;    /* anything else, all its digits */
} HrWorkbook;

typedef struct {
  const char *name;        /* N_() marked: the sheet's tab */
  gboolean  (*applies) (const HrPackInput *input);
  void      (*write)   (const HrPackInput *input,
                        HrWorkbook        *book,
                        lxw_worksheet     *sheet);
} HrWorkbookSheet;

/* A header row at @row with column widths; freezes it and the first
 * @frozen_columns columns */
void hr_workbook_header     (HrWorkbook          *book,
                             lxw_worksheet       *sheet,
                             lxw_row_t            row,
                             const char * const  *titles,
                             const double        *widths,
                             guint                n,
                             lxw_col_t            frozen_columns);
/* NAN (the spec's null) leaves the cell empty */
void hr_workbook_number     (lxw_worksheet *sheet,
                             lxw_row_t      row,
                             lxw_col_t      col,
                             double         value,
                             lxw_format    *format);
/* Month index @t of @forecast as the date of its first day */
void hr_workbook_month      (HrWorkbook    *book,
                             lxw_worksheet *sheet,
                             lxw_row_t      row,
                             lxw_col_t      col,
                             HrForecast    *forecast,
                             int            t);
/* An absolute month (year × 12 + month − 1) as the date of its first day */
void hr_workbook_absolute_month (HrWorkbook    *book,
                                 lxw_worksheet *sheet,
                                 lxw_row_t      row,
                                 lxw_col_t      col,
                                 int            absolute);

/* hr-workbook-sheets.c */
extern const HrWorkbookSheet hr_workbook_hiring;
extern const HrWorkbookSheet hr_workbook_compare;
extern const HrWorkbookSheet hr_workbook_assumptions;
/* hr-pack-bands.c */
extern const HrWorkbookSheet hr_workbook_bands;
/* hr-pack-calibration.c */
extern const HrWorkbookSheet hr_workbook_calibration;

G_END_DECLS

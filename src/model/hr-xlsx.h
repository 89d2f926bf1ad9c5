/* hr-xlsx.h: the cells of one worksheet of an XLSX workbook, as records
 *
 * What a leader's spreadsheet holds, read as a person reads it in Excel:
 * shared and inline strings, numbers in as few digits as give back the
 * number the cell holds (0.3, and 0.30000000000000004 only where the cell
 * holds that), booleans as TRUE and FALSE, error values as their text (#N/A),
 * formulas as their last computed value, and dates, which the file keeps as
 * numbers, by their cell's number format: YYYY-MM-DD, YYYY-MM where the
 * format shows only the month and year, YYYY-MM-DD HH:MM or HH:MM for times.
 * A cell of a merged range reads as the range's first cell (a stage merged
 * down its moments gives every moment its stage).
 *
 * Every row that holds a value becomes one HrCsvRecord, as the CSV reader
 * gives them: its fields by column from A (a gap is an empty field) and
 * its line the row's number in the sheet, so an import has one code path
 * for CSV and XLSX, and its messages name the cell ("Sheet1!C7").
 *
 * The package is unzipped with libarchive and each part parsed with
 * GMarkup. Reading a workbook (hr-xlsx.c) comes with xlsx_dep, a library
 * of its own, so that what reads none does not load libarchive; naming a
 * cell comes with the model. Bounds: the file's size, each part's uncompressed size (checked
 * as it inflates, whatever the zip claims), Excel's rows, the columns an
 * import reads, and the cells kept in memory.
 */
#pragma once

#include "hr-csv.h"

G_BEGIN_DECLS

#define HR_XLSX_ERROR (hr_xlsx_error_quark ())

typedef enum {
  HR_XLSX_ERROR_IO,          /* the file could not be read */
  HR_XLSX_ERROR_TOO_LARGE,   /* over a bound: size, a part, rows, columns, cells */
  HR_XLSX_ERROR_FORMAT,      /* not an XLSX workbook (a broken zip, an .xls, .xlsb, .ods) */
  HR_XLSX_ERROR_SYNTAX,      /* a part that is not well-formed, a cell that cannot be */
  HR_XLSX_ERROR_NO_SHEET,    /* no such worksheet, or none at all */
  HR_XLSX_ERROR_EMPTY,       /* the worksheet holds no value */
} HrXlsxError;

/* The workbook file itself, as an import's CSV */
#define HR_XLSX_MAX_SIZE   HR_CSV_MAX_SIZE
/* One part of the package once inflated: a sheet of 100,000 rows of 30
 * columns is about 150 MB of XML */
#define HR_XLSX_MAX_PART   (256 * 1000 * 1000)
/* Parts in the package: a workbook has a few dozen */
#define HR_XLSX_MAX_PARTS  10000
/* Cells kept, gaps and shared strings included */
#define HR_XLSX_MAX_CELLS  (8 * 1000 * 1000)
/* Excel's own limit of rows */
#define HR_XLSX_MAX_ROWS   1048576

typedef struct {
  const char *sheet;      /* the worksheet's name; NULL: the first visible one */
  gsize       max_size;   /* bytes of the file; 0 is HR_XLSX_MAX_SIZE */
  gsize       max_part;   /* bytes of a part inflated; 0 is HR_XLSX_MAX_PART */
  gsize       max_cells;  /* 0 is HR_XLSX_MAX_CELLS */
} HrXlsxOptions;

typedef struct _HrXlsxSheet HrXlsxSheet;

GQuark              hr_xlsx_error_quark            (void);

/* Does @data start as a zip file does (an XLSX workbook is one)? */
gboolean            hr_xlsx_looks_like_workbook    (const char          *data,
                                                    gsize                length);

/* Reads one worksheet of the workbook @data; @display_name names the file
 * in messages ("activities.xlsx: Sheet1!C7: …") */
HrXlsxSheet        *hr_xlsx_sheet_read             (const char          *data,
                                                    gsize                length,
                                                    const char          *display_name,
                                                    const HrXlsxOptions *options,
                                                    GError             **error);
void                hr_xlsx_sheet_free             (HrXlsxSheet         *sheet);

const char         *hr_xlsx_sheet_get_display_name (const HrXlsxSheet   *sheet);
/* The worksheet's name as its tab shows it */
const char         *hr_xlsx_sheet_get_name         (const HrXlsxSheet   *sheet);
/* The rows holding a value, top to bottom; blank rows are left out */
guint               hr_xlsx_sheet_get_n_records    (const HrXlsxSheet   *sheet);
const HrCsvRecord  *hr_xlsx_sheet_get_record       (const HrXlsxSheet   *sheet,
                                                    guint                index);

/* The rows of the worksheet that hold a value (GStrv each) and their row
 * numbers, as hr_activities_import_sheet() takes them; @sheet_read, when
 * given, is set to the name of the worksheet read */
gboolean            hr_xlsx_read_rows              (const char          *data,
                                                    gsize                length,
                                                    const char          *display_name,
                                                    const HrXlsxOptions *options,
                                                    GPtrArray          **rows,
                                                    GArray             **lines,
                                                    char               **sheet_read,
                                                    GError             **error);

/* The names of the workbook's worksheets, in the order of their tabs */
char              **hr_xlsx_dup_sheet_names        (const char          *data,
                                                    gsize                length,
                                                    const char          *display_name,
                                                    GError             **error);

/* A cell as Excel names it: "Sheet1!AB12", "'Q3 plan'!C7"; @column from 0,
 * @row from 1; @sheet NULL gives the bare reference "AB12" */
char               *hr_xlsx_dup_cell_name          (const char          *sheet,
                                                    guint                column,
                                                    guint                row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrXlsxSheet, hr_xlsx_sheet_free)

G_END_DECLS

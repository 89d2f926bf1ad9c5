/* hr-xlsx-private.h: what the workbook reader and the sheet reader share */
#pragma once

#include "hr-xlsx.h"

G_BEGIN_DECLS

/* How a cell's number format shows its number */
typedef enum {
  HR_XLSX_SHOWN_NUMBER,
  HR_XLSX_SHOWN_DATE,        /* YYYY-MM-DD */
  HR_XLSX_SHOWN_MONTH,       /* YYYY-MM: a month and year, no day */
  HR_XLSX_SHOWN_DATE_TIME,   /* YYYY-MM-DD HH:MM */
  HR_XLSX_SHOWN_TIME,        /* HH:MM, hours past 24 for a duration */
} HrXlsxShown;

/* What the worksheet's cells are read against */
typedef struct {
  const char *display_name;
  const char *sheet_name;
  const char *part;        /* the sheet's part, for messages about its XML */
  GPtrArray  *strings;     /* the shared strings */
  GArray     *styles;      /* HrXlsxShown (guint8) of each cell format */
  gboolean    date1904;    /* dates count from 1904, as old Mac workbooks do */
  gsize       cells;       /* cells kept so far */
  gsize       max_cells;
} HrXlsxContext;

/* Parses the XML part @part with @parser; errors name the file and part */
gboolean     hr_xlsx_parse_part    (const char          *display_name,
                                    const char          *part,
                                    GBytes              *bytes,
                                    const GMarkupParser *parser,
                                    gpointer             user_data,
                                    GError             **error);
/* An element's or attribute's name without its namespace prefix */
const char  *hr_xlsx_local_name    (const char          *name);
/* The value of attribute @name (prefix ignored), or NULL */
const char  *hr_xlsx_attribute     (const char         **names,
                                    const char         **values,
                                    const char          *name);
/* Text with OOXML's escapes of control characters ("_x000D_") undone */
char        *hr_xlsx_unescape      (const char          *text);
/* How a number format shows its numbers: a built-in id, or a format code */
HrXlsxShown  hr_xlsx_shown_by_id   (guint                id);
HrXlsxShown  hr_xlsx_shown_by_code (const char          *code);
/* Counts @n more cells kept; FALSE with @error past the bound */
gboolean     hr_xlsx_count_cells   (HrXlsxContext       *context,
                                    gsize                n,
                                    GError             **error);

/* hr-xlsx-styles.c: how each cell format (a cell's s="3") shows its
 * number, HrXlsxShown as guint8, from the styles part (NULL: none) */
GArray      *hr_xlsx_parse_styles  (const char          *display_name,
                                    const char          *part,
                                    GBytes              *bytes,
                                    GError             **error);
/* The shared strings part (NULL: none) into @context */
gboolean     hr_xlsx_parse_strings (const char          *part,
                                    GBytes              *bytes,
                                    HrXlsxContext       *context,
                                    GError             **error);

/* hr-xlsx-sheet.c: the rows of a worksheet part that hold a value, as
 * HrCsvRecords ordered by row */
GPtrArray   *hr_xlsx_read_cells    (HrXlsxContext       *context,
                                    GBytes              *xml,
                                    GError             **error);
/* "AB12" to column 27 (from 0) and row 12; FALSE when it is no reference */
gboolean     hr_xlsx_parse_reference (const char        *text,
                                      guint             *column,
                                      guint             *row);

G_END_DECLS

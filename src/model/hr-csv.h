/* hr-csv.h: the one CSV reader of every import, and a writer for exports
 *
 * RFC 4180 with what spreadsheets and CRMs really write: UTF-8 with or
 * without a byte order mark; comma, semicolon or tab, sniffed from the
 * header line unless given; quoted fields holding delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR line ends. Lines that are blank
 * (or hold only delimiters) are skipped. Every record keeps the line it
 * starts on, so an import says "FILE:LINE: column: what is wrong".
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HR_CSV_ERROR (hr_csv_error_quark ())

typedef enum {
  HR_CSV_ERROR_IO,          /* the file could not be read */
  HR_CSV_ERROR_TOO_LARGE,   /* over max_size bytes, or too many columns */
  HR_CSV_ERROR_ENCODING,    /* not UTF-8, or a NUL byte */
  HR_CSV_ERROR_SYNTAX,      /* an unterminated quote, text after a closing quote */
  HR_CSV_ERROR_EMPTY,       /* no header line */
  HR_CSV_ERROR_INVALID,     /* the importer refused a value: hr_csv_set_error() */
} HrCsvError;

/* A default import is at most 64 MB: a CRM export of 100,000 accounts
 * with 30 columns is about 30 MB */
#define HR_CSV_MAX_SIZE   (64 * 1000 * 1000)
/* More columns than any sheet of accounts, time or activities has */
#define HR_CSV_MAX_FIELDS 4096

typedef struct {
  char  delimiter;   /* ',', ';' or '\t'; 0 sniffs it from the header line */
  gsize max_size;    /* bytes; 0 is HR_CSV_MAX_SIZE */
} HrCsvOptions;

/* One record: its fields (a NULL-terminated array of UTF-8 strings) and the
 * line of the file it starts on, 1-based */
typedef struct {
  guint   line;
  guint   n_fields;
  char  **fields;
} HrCsvRecord;

/* Called for each record after the header, in file order; return FALSE
 * and set @error to stop the import with that error */
typedef gboolean (*HrCsvRowFunc) (const HrCsvRecord *header,
                                  const HrCsvRecord *row,
                                  gpointer           user_data,
                                  GError           **error);

GQuark       hr_csv_error_quark           (void);

/* Streams the records of @data to @func; the header is the first
 * non-blank record. @display_name names the file in messages. */
gboolean     hr_csv_parse_rows            (const char          *data,
                                           gsize                length,
                                           const char          *display_name,
                                           const HrCsvOptions  *options,
                                           HrCsvRowFunc         func,
                                           gpointer             user_data,
                                           GError             **error);

typedef struct _HrCsvTable HrCsvTable;

/* The whole file as a header and rows; NULL with @error when it cannot be
 * read or has no header line */
HrCsvTable  *hr_csv_table_parse           (const char          *data,
                                           gsize                length,
                                           const char          *display_name,
                                           const HrCsvOptions  *options,
                                           GError             **error);
HrCsvTable  *hr_csv_table_read_file       (GFile               *file,
                                           const HrCsvOptions  *options,
                                           GError             **error);
/* A table of rows read otherwise (a worksheet): @header, then @rows from
 * index @first on, each on its line of @lines */
HrCsvTable  *hr_csv_table_new_for_rows    (const char          *display_name,
                                           char               **header,
                                           GPtrArray           *rows,
                                           GArray              *lines,
                                           guint                first);
void         hr_csv_table_free            (HrCsvTable          *table);

const char  *hr_csv_table_get_display_name (const HrCsvTable *table);
char         hr_csv_table_get_delimiter   (const HrCsvTable    *table);
const HrCsvRecord *hr_csv_table_get_header (const HrCsvTable   *table);
guint        hr_csv_table_get_n_rows      (const HrCsvTable    *table);
const HrCsvRecord *hr_csv_table_get_row   (const HrCsvTable    *table,
                                           guint                row);
/* The column whose header is @name, ignoring case and surrounding
 * spaces; -1 when there is none */
int          hr_csv_table_find_column     (const HrCsvTable    *table,
                                           const char          *name);
/* The field of @row in @column; "" where the row is short */
const char  *hr_csv_table_get_field       (const HrCsvTable    *table,
                                           guint                row,
                                           int                  column);

/* Appends a copy of @record's fields to @rows (GStrv each) and its line to
 * @lines (guint): the rows and lines an import such as
 * hr_activities_import() takes, from CSV or XLSX records alike */
void         hr_csv_record_append         (const HrCsvRecord   *record,
                                           GPtrArray           *rows,
                                           GArray              *lines);

/* Sets "NAME:LINE: COLUMN: message" (or "NAME:LINE: message" without a
 * column) as an HR_CSV_ERROR_INVALID error, for what an import refuses */
void         hr_csv_set_error             (GError             **error,
                                           const char          *display_name,
                                           guint                line,
                                           const char          *column,
                                           const char          *format,
                                           ...) G_GNUC_PRINTF (5, 6);

/* Writing: a field quoted when it holds the delimiter, a quote, a line
 * break or surrounding spaces, and a row ending in "\n" (a row of empty
 * fields starts with "" so that it is not read as a blank line) */
void         hr_csv_append_field          (GString             *out,
                                           const char          *field,
                                           char                 delimiter);
void         hr_csv_append_row            (GString             *out,
                                           const char * const  *fields,
                                           guint                n_fields,
                                           char                 delimiter);
/* A comma, then @value in its shortest digits that read back the same;
 * a value that is not finite is an empty cell, which spreadsheets read as
 * no value */
void         hr_csv_append_number         (GString             *out,
                                           double               value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrCsvTable, hr_csv_table_free)

G_END_DECLS

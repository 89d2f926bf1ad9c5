/* test-csv.c: the shared CSV reader and writer */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "hr-csv.h"

typedef struct {
  const char *name;
  const char *text;
  char        delimiter;   /* 0: sniffed */
  const char *records;     /* "LINE:field|field / LINE:…", the header first */
  char        sniffed;
} Reading;

/* Each expectation is the file read by hand: the line a record starts on,
 * then its fields */
static const Reading readings[] = {
  { "comma", "name,arr\nAcme,1000\nGlobex,2000\n", 0,
    "1:name|arr / 2:Acme|1000 / 3:Globex|2000", ',' },
  { "semicolon", "name;arr\nAcme;1000,5\n", 0,
    "1:name|arr / 2:Acme|1000,5", ';' },
  { "tab", "name\tarr\tnote\nAcme\t1000\ta, b\n", 0,
    "1:name|arr|note / 2:Acme|1000|a, b", '\t' },
  /* a comma only inside a quoted header name does not count */
  { "sniff-outside-quotes", "\"a,b\";c\n1;2\n", 0, "1:a,b|c / 2:1|2", ';' },
  { "given-delimiter", "a;b,c\n1;2,3\n", ',', "1:a;b|c / 2:1;2|3", ',' },
  { "bom", "\xEF\xBB\xBFname,arr\nAcme,1\n", 0, "1:name|arr / 2:Acme|1", ',' },
  { "crlf", "a,b\r\n1,2\r\n3,4\r\n", 0, "1:a|b / 2:1|2 / 3:3|4", ',' },
  { "cr", "a,b\r1,2\r3,4", 0, "1:a|b / 2:1|2 / 3:3|4", ',' },
  { "no-final-newline", "a,b\n1,2", 0, "1:a|b / 2:1|2", ',' },
  { "quoted-delimiter", "name,note\n\"Acme, Inc.\",x\n", 0, "1:name|note / 2:Acme, Inc.|x", ',' },
  { "doubled-quote", "name\n\"The \"\"Big\"\" One\"\n", 0, "1:name / 2:The \"Big\" One", ',' },
  /* a line break inside quotes: the record starts on line 2, the next on 4 */
  { "quoted-newline", "name,note\nAcme,\"line one\nline two\"\nGlobex,x\n", 0,
    "1:name|note / 2:Acme|line one\nline two / 4:Globex|x", ',' },
  { "quoted-crlf", "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n", 0, "1:a|b / 2:1|x\ny / 4:2|z", ',' },
  /* blank lines and lines of only delimiters are skipped, lines still counted */
  { "blank-lines", "\n\na,b\n\n1,2\n,\n\n3,4\n\n", 0, "3:a|b / 5:1|2 / 8:3|4", ',' },
  { "empty-fields", "a,b,c\n,2,\n", 0, "1:a|b|c / 2:|2|", ',' },
  { "quoted-empty", "a\n\"\"\n", 0, "1:a / 2:", ',' },
  { "short-and-long-rows", "a,b\n1\n1,2,3\n", 0, "1:a|b / 2:1 / 3:1|2|3", ',' },
  { "space-after-quote", "a,b\n\"x\" ,y\n", 0, "1:a|b / 2:x|y", ',' },
  { "unquoted-quote", "a\n5\" screen\n", 0, "1:a / 2:5\" screen", ',' },
  { "utf8", "Kunde;Stadt\nMüller GmbH;Köln\n", 0, "1:Kunde|Stadt / 2:Müller GmbH|Köln", ';' },
  { "header-only", "a,b\n", 0, "1:a|b", ',' },
};

typedef struct {
  const char *name;
  const char *text;
  gsize       max_size;
  int         code;
  const char *message;
} Refusal;

static const Refusal refusals[] = {
  { "empty", "", 0, HR_CSV_ERROR_EMPTY,
    "accounts.csv: the file is empty; expected a header line naming the columns" },
  { "blank", "\n\r\n,,\n", 0, HR_CSV_ERROR_EMPTY,
    "accounts.csv: the file is empty; expected a header line naming the columns" },
  /* the quote opens on line 3 and the file ends on line 4 */
  { "unterminated", "a,b\n1,2\n3,\"four\n", 0, HR_CSV_ERROR_SYNTAX,
    "accounts.csv:3: a quoted field has no closing quote; expected a closing \" before the end of the file" },
  { "after-quote", "a,b\n1,2\n\"x\"y,2\n", 0, HR_CSV_ERROR_SYNTAX,
    "accounts.csv:3: text after the closing quote of a field; expected a delimiter or the end of the line "
    "(a quote inside a quoted field is written \"\")" },
  /* 0xE9 is é in Latin-1, as an old Excel writes it, on line 2 */
  { "latin1", "name\nCaf\xE9\n", 0, HR_CSV_ERROR_ENCODING,
    "accounts.csv:2: invalid UTF-8 (byte 0xE9); expected UTF-8 text: export the sheet as “CSV UTF-8”" },
  { "too-large", "a,b\n1,2\n", 4, HR_CSV_ERROR_TOO_LARGE,
    "accounts.csv: the file has 8 bytes; an import has at most 4 bytes" },
};

static char *
describe (const HrCsvRecord *record)
{
  g_autofree char *fields = g_strjoinv ("|", record->fields);

  return g_strdup_printf ("%u:%s", record->line, fields);
}

static void
test_reading (gconstpointer data)
{
  const Reading *r = data;
  HrCsvOptions options = { .delimiter = r->delimiter };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = hr_csv_table_parse (r->text, strlen (r->text), "accounts.csv",
                                                    &options, &error);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autofree char *header = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (table);
  header = describe (hr_csv_table_get_header (table));
  g_string_append (got, header);
  for (guint i = 0; i < hr_csv_table_get_n_rows (table); i++)
    {
      g_autofree char *row = describe (hr_csv_table_get_row (table, i));
      g_string_append_printf (got, " / %s", row);
    }
  g_assert_cmpstr (got->str, ==, r->records);
  g_assert_cmpint (hr_csv_table_get_delimiter (table), ==, r->sniffed);
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *r = data;
  HrCsvOptions options = { .max_size = r->max_size };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = hr_csv_table_parse (r->text, strlen (r->text), "accounts.csv",
                                                    &options, &error);

  g_assert_null (table);
  g_assert_error (error, HR_CSV_ERROR, r->code);
  g_assert_cmpstr (error->message, ==, r->message);
}

static void
test_nul (void)
{
  static const char text[] = "a,b\n1,2\nx\0y\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = hr_csv_table_parse (text, sizeof text - 1, "t.csv", NULL, &error);

  g_assert_null (table);
  g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "t.csv:3: NUL byte; expected a text file of comma-separated values");
}

static void
test_too_many_columns (void)
{
  g_autoptr(GString) text = g_string_new ("a");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = NULL;

  for (int i = 0; i < HR_CSV_MAX_FIELDS; i++)
    g_string_append (text, ",a");
  table = hr_csv_table_parse (text->str, text->len, "t.csv", NULL, &error);
  g_assert_null (table);
  g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "t.csv:1: more than 4096 columns; expected at most 4096");
}

static void
test_columns (void)
{
  static const char text[] = "Account Name, ARR ,Owner\nAcme,1000\n";
  g_autoptr(HrCsvTable) table = hr_csv_table_parse (text, strlen (text), "t.csv", NULL, NULL);

  g_assert_cmpint (hr_csv_table_find_column (table, "arr"), ==, 1);
  g_assert_cmpint (hr_csv_table_find_column (table, "account name"), ==, 0);
  g_assert_cmpint (hr_csv_table_find_column (table, "segment"), ==, -1);
  g_assert_cmpstr (hr_csv_table_get_field (table, 0, 1), ==, "1000");
  /* the row is short: its missing owner is empty */
  g_assert_cmpstr (hr_csv_table_get_field (table, 0, 2), ==, "");
  g_assert_cmpstr (hr_csv_table_get_field (table, 0, -1), ==, "");
  g_assert_cmpstr (hr_csv_table_get_display_name (table), ==, "t.csv");
}

typedef struct {
  guint rows;
  guint stop_at;
} Counting;

static gboolean
count_row_cb (const HrCsvRecord *header,
              const HrCsvRecord *row,
              gpointer           user_data,
              GError           **error)
{
  Counting *counting = user_data;

  g_assert_cmpstr (header->fields[1], ==, "arr");
  counting->rows++;
  if (counting->rows == counting->stop_at)
    {
      hr_csv_set_error (error, "books.csv", row->line, header->fields[1],
                        "must be a number, got \"%s\"", row->fields[1]);
      return FALSE;
    }
  return TRUE;
}

/* The callback sees every row, and its error stops the reading */
static void
test_rows_callback (void)
{
  static const char text[] = "name,arr\nAcme,1\n\nGlobex,lots\nInitech,3\n";
  g_autoptr(GError) error = NULL;
  Counting all = { 0, 0 }, stopped = { 0, 2 };

  g_assert_true (hr_csv_parse_rows (text, strlen (text), "books.csv", NULL, count_row_cb, &all, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (all.rows, ==, 3);

  g_assert_false (hr_csv_parse_rows (text, strlen (text), "books.csv", NULL, count_row_cb, &stopped, &error));
  g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "books.csv:4: arr: must be a number, got \"lots\"");
  g_assert_cmpuint (stopped.rows, ==, 2);
}

static void
test_read_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "hr-test-csv-XXXXXX.csv", NULL);
  int fd = g_mkstemp (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/none.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = NULL;
  g_autoptr(HrCsvTable) none = NULL;
  HrCsvOptions small = { .max_size = 4 };

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "a;b\n1;2\n", 8), ==, 8);
  close (fd);
  table = hr_csv_table_read_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_csv_table_get_n_rows (table), ==, 1);
  g_assert_cmpstr (hr_csv_table_get_field (table, 0, 1), ==, "2");

  none = hr_csv_table_read_file (file, &small, &error);
  g_assert_null (none);
  g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_null (hr_csv_table_read_file (missing, NULL, &error));
  g_assert_error (error, HR_CSV_ERROR, HR_CSV_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/none.csv: "));
  g_unlink (path);
}

/* What the writer quotes, and that the reader reads it back */
static void
test_writer (void)
{
  const char *fields[] = { "plain", "a,b", "say \"hi\"", "two\nlines", " padded", "", "1.5" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) semicolons = g_string_new (NULL);
  g_autoptr(HrCsvTable) table = NULL;
  const HrCsvRecord *header;

  hr_csv_append_row (out, fields, G_N_ELEMENTS (fields), ',');
  g_assert_cmpstr (out->str, ==, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,1.5\n");

  hr_csv_append_row (semicolons, fields, 2, ';');
  g_assert_cmpstr (semicolons->str, ==, "plain;a,b\n");

  /* a row of empty fields stays a row; a leading byte order mark is text */
  g_string_truncate (semicolons, 0);
  hr_csv_append_row (semicolons, (const char *[]) { "", "" }, 2, ';');
  hr_csv_append_row (semicolons, (const char *[]) { "\xEF\xBB\xBFx" }, 1, ';');
  g_assert_cmpstr (semicolons->str, ==, "\"\";\n\"\xEF\xBB\xBFx\"\n");

  table = hr_csv_table_parse (out->str, out->len, "t.csv", NULL, NULL);
  header = hr_csv_table_get_header (table);
  g_assert_cmpuint (header->n_fields, ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (header->fields[i], ==, fields[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/read/%s", readings[i].name);
      g_test_add_data_func (path, &readings[i], test_reading);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/csv/refuse/nul", test_nul);
  g_test_add_func ("/csv/refuse/too-many-columns", test_too_many_columns);
  g_test_add_func ("/csv/columns", test_columns);
  g_test_add_func ("/csv/rows-callback", test_rows_callback);
  g_test_add_func ("/csv/read-file", test_read_file);
  g_test_add_func ("/csv/writer", test_writer);
  return g_test_run ();
}

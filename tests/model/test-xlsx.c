/* test-xlsx.c: the XLSX reader, on workbooks zipped here part by part so
 * that every case shows the XML it reads */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hr-xlsx-private.h"
#include "zip-writer.h"

/* --- building workbooks --- */

typedef struct {
  const char *name;
  const char *text;
} Part;

/* A zip file of @parts, NULL-named last */
static GBytes *
zip_parts (const Part *parts)
{
  ZipWriter zip = zip_writer_new (FALSE);

  for (guint i = 0; parts[i].name != NULL; i++)
    zip_writer_add (&zip, parts[i].name, parts[i].text, strlen (parts[i].text));
  return zip_writer_finish (&zip);
}

#define MAIN_NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char root_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

static const char workbook_rels[] =
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL_NS "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" REL_NS "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId4\" Type=\"" REL_NS "/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId5\" Type=\"" REL_NS "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "</Relationships>";

/* Date formats by id and by code: 14 a date, 22 a date and time, 20 a
 * time; 164 a month and year, 165 a day, 166 a month in words with a
 * locale tag, 167 a percentage */
static const char styles[] =
  "<styleSheet " MAIN_NS "><numFmts count=\"4\">"
  "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\"/>"
  "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/>"
  "<numFmt numFmtId=\"166\" formatCode=\"[$-409]mmmm\\ yyyy;@\"/>"
  "<numFmt numFmtId=\"167\" formatCode=\"0.0%\"/></numFmts>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"22\"/>"
  "<xf numFmtId=\"20\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/></cellXfs>"
  "</styleSheet>";

static const char strings[] =
  "<sst " MAIN_NS " count=\"4\" uniqueCount=\"4\">"
  "<si><t>Moment</t></si>"
  "<si><r><rPr><b/></rPr><t>Prep</t></r><r><t xml:space=\"preserve\"> hours</t></r>"
  "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
  "<si><t/></si>"
  "<si><t>line_x000A_break &amp; more</t></si>"
  "</sst>";

static char *
workbook_xml (gboolean date1904)
{
  return g_strdup_printf ("<workbook " MAIN_NS "><workbookPr%s/><sheets>"
                          "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                          "<sheet name=\"Q3 plan\" sheetId=\"2\" r:id=\"rId2\"/>"
                          "<sheet name=\"Chart1\" sheetId=\"3\" r:id=\"rId3\"/>"
                          "</sheets></workbook>",
                          date1904 ? " date1904=\"1\"" : "");
}

/* A workbook whose Sheet1 holds @data (the <sheetData> and what follows) */
static GBytes *
make_workbook (const char *data,
               gboolean    date1904)
{
  g_autofree char *workbook = workbook_xml (date1904);
  g_autofree char *sheet = g_strdup_printf ("<worksheet " MAIN_NS ">%s</worksheet>", data);
  const Part parts[] = {
    { "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
    { "_rels/.rels", root_rels },
    { "xl/workbook.xml", workbook },
    { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/styles.xml", styles },
    { "xl/sharedStrings.xml", strings },
    { "xl/worksheets/sheet1.xml", sheet },
    { "xl/worksheets/sheet2.xml", "<worksheet " MAIN_NS "><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\">"
                                  "<is><t>second</t></is></c></row></sheetData></worksheet>" },
    { NULL, NULL },
  };

  return zip_parts (parts);
}

/* "ROW:field|field / ROW:…" */
static char *
describe (const HrXlsxSheet *sheet)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < hr_xlsx_sheet_get_n_records (sheet); i++)
    {
      const HrCsvRecord *record = hr_xlsx_sheet_get_record (sheet, i);
      g_autofree char *fields = g_strjoinv ("|", record->fields);

      g_assert_cmpuint (record->n_fields, ==, g_strv_length (record->fields));
      g_string_append_printf (out, "%s%u:%s", i ? " / " : "", record->line, fields);
    }
  return g_string_free (out, FALSE);
}

/* --- readings --- */

typedef struct {
  const char *name;
  const char *data;
  gboolean    date1904;
  const char *records;
} Reading;

/* Each expectation is the sheet read by hand. Date serials count days
 * from 30 December 1899 (Excel's 1900 system, after its false 29 February
 * 1900): 46388 is 1 January 2027, 46461 is 15 March 2027. */
static const Reading readings[] = {
  { "shared-strings-and-gaps",
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"3\"><c r=\"B3\"><v>1.5</v></c><c r=\"C3\"><v>0.30000000000000004</v></c></row></sheetData>",
    FALSE, "1:Moment||Prep hours / 3:|1.5|0.30000000000000004" },
  { "inline-rich-text",
    "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>Kick</t></r><r><t>off</t></r>"
    "<rPh><t>x</t></rPh></is></c></row></sheetData>",
    FALSE, "2:|Kickoff" },
  { "booleans-errors-formulas",
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
    "<c r=\"C1\" t=\"e\"><v>#N/A</v></c><c r=\"D1\" t=\"str\"><f>A1&amp;B1</f><v>ab</v></c>"
    "<c r=\"E1\"><f>1+1</f><v>2</v></c><c r=\"F1\"><f>SUM(A1)</f></c></row></sheetData>",
    FALSE, "1:TRUE|FALSE|#N/A|ab|2" },
  { "numbers-as-excel-shows-them",
    "<sheetData><row r=\"1\"><c r=\"A1\"><v>-0</v></c><c r=\"B1\"><v>1E-3</v></c><c r=\"C1\"><v> 12 </v></c>"
    "<c r=\"D1\" s=\"7\"><v>0.125</v></c><c r=\"E1\"><v>0.29999999999999999</v></c>"
    "<c r=\"F1\"><v>2.0000000000000004</v></c></row></sheetData>",
    FALSE, "1:0|0.001|12|0.125|0.3|2.0000000000000004" },
  /* 46388.5 is noon; 0.75 is 18:00; 60 is Excel's 29 February 1900, 61
   * the first of March, 1 the first of January */
  { "dates-by-format",
    "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>46388</v></c><c r=\"B1\" s=\"2\"><v>46461</v></c>"
    "<c r=\"C1\" s=\"3\"><v>46388.5</v></c><c r=\"D1\" s=\"4\"><v>0.75</v></c>"
    "<c r=\"E1\" s=\"5\"><v>46461</v></c><c r=\"F1\" s=\"6\"><v>46461</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>60</v></c><c r=\"B2\" s=\"1\"><v>61</v></c><c r=\"C2\" s=\"1\"><v>1</v></c>"
    "<c r=\"D2\" s=\"1\"><v>-5</v></c><c r=\"E2\" s=\"99\"><v>46388</v></c></row></sheetData>",
    FALSE, "1:2027-01-01|2027-03|2027-01-01 12:00|18:00|2027-03-15|2027-03 / "
           "2:1900-02-29|1900-03-01|1900-01-01|-5|46388" },
  /* the 1904 system counts from 1 January 1904: day 0 is that day */
  { "dates-1904", "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>366</v></c></row>"
                  "</sheetData>",
    TRUE, "1:1904-01-01|1905-01-01" },
  { "iso-dates", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"d\"><v>2027-03-01T00:00:00</v></c>"
                 "<c r=\"B1\" t=\"d\"><v>2027-03-01T09:30:00</v></c></row></sheetData>",
    FALSE, "1:2027-03-01|2027-03-01 09:30" },
  /* what follows the T is not a time of day: the text as it stands, never
   * cut inside a character */
  { "iso-dates-odd-time", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"d\"><v>2027-03-01T09:3\xd0\xbd" "00</v></c>"
                          "<c r=\"B1\" t=\"d\"><v>2027-03-01Tnoon</v></c></row></sheetData>",
    FALSE, "1:2027-03-01T09:3\xd0\xbd" "00|2027-03-01Tnoon" },
  /* cells and rows without references follow the one before */
  { "no-references",
    "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t=\"s\"><v>0</v></c></row>"
    "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row></sheetData>",
    FALSE, "1:1|2 / 2:Moment / 5:||3|4" },
  { "namespace-prefixes",
    "<x:sheetData xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:row r=\"4\">"
    "<x:c r=\"A4\" t=\"s\"><x:v>0</x:v></x:c></x:row></x:sheetData>",
    FALSE, "4:Moment" },
  /* a row holding only an empty string is blank, and left out */
  { "blank-rows",
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c><c r=\"B1\"/></row><row r=\"2\"/>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c></row></sheetData>",
    FALSE, "3:line\nbreak & more" },
  /* a title merged across, a stage merged down over rows 2 to 4 (row 3
   * holds nothing and stays out); the merged-away cells' values give way */
  { "merged-cells",
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\"><v>9</v></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Onboarding</t></is></c></row>"
    "<row r=\"4\"><c r=\"A4\"><v>2</v></c></row></sheetData>"
    "<mergeCells count=\"3\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"B2:B4\"/><mergeCell ref=\"D9:XFD1048576\"/>"
    "</mergeCells>",
    FALSE, "1:Moment|Moment|Moment / 2:1|Onboarding / 4:2|Onboarding" },
  /* rows out of order are read in order */
  { "rows-out-of-order",
    "<sheetData><row r=\"7\"><c r=\"A7\"><v>7</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData>",
    FALSE, "2:2 / 7:7" },
};

static void
test_reading (gconstpointer data)
{
  const Reading *r = data;
  g_autoptr(GBytes) bytes = make_workbook (r->data, r->date1904);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrXlsxSheet) sheet = hr_xlsx_sheet_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                     "t.xlsx", NULL, &error);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = describe (sheet);
  g_assert_cmpstr (got, ==, r->records);
  g_assert_cmpstr (hr_xlsx_sheet_get_name (sheet), ==, "Sheet1");
  g_assert_cmpstr (hr_xlsx_sheet_get_display_name (sheet), ==, "t.xlsx");
}

static void
test_named_sheet (void)
{
  g_autoptr(GBytes) bytes = make_workbook ("<sheetData/>", FALSE);
  HrXlsxOptions options = { .sheet = "q3 PLAN" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrXlsxSheet) sheet = hr_xlsx_sheet_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                     "t.xlsx", &options, &error);
  g_auto(GStrv) names = hr_xlsx_dup_sheet_names (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "t.xlsx",
                                                 &error);
  g_autofree char *got = NULL;
  g_autofree char *list = NULL;

  g_assert_no_error (error);
  /* names match in any case; the part is found by an absolute target */
  g_assert_cmpstr (hr_xlsx_sheet_get_name (sheet), ==, "Q3 plan");
  got = describe (sheet);
  g_assert_cmpstr (got, ==, "2:|second");
  /* the chart sheet is no worksheet */
  list = g_strjoinv (",", names);
  g_assert_cmpstr (list, ==, "Sheet1,Q3 plan");
}

static void
test_cell_names (void)
{
  static const struct {
    const char *sheet;
    guint       column;
    guint       row;
    const char *name;
  } cases[] = {
    { NULL, 0, 1, "A1" }, { NULL, 25, 7, "Z7" }, { NULL, 26, 12, "AA12" }, { NULL, 27, 12, "AB12" },
    /* XFD, Excel's last column: 24·676 + 6·26 + 4 = 16384 */
    { NULL, 16383, 1048576, "XFD1048576" },
    { "Sheet1", 2, 7, "Sheet1!C7" }, { "Q3 plan", 2, 7, "'Q3 plan'!C7" }, { "Leader's", 0, 1, "'Leader''s'!A1" },
    { "2027", 0, 1, "'2027'!A1" }, { "Übersicht", 1, 2, "Übersicht!B2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = hr_xlsx_dup_cell_name (cases[i].sheet, cases[i].column, cases[i].row);
      guint column, row;
      const char *bare = strchr (cases[i].name, '!') ? strchr (cases[i].name, '!') + 1 : cases[i].name;

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_true (hr_xlsx_parse_reference (bare, &column, &row));
      g_assert_cmpuint (column, ==, cases[i].column);
      g_assert_cmpuint (row, ==, cases[i].row);
    }
}

/* --- refusals --- */

typedef enum {
  MAKE_SHEET,      /* @data is Sheet1's data */
  MAKE_RAW,        /* @data is the whole file */
  MAKE_PARTS,      /* @parts */
  MAKE_TRUNCATED,  /* the workbook of @data, cut inside its first part */
} Make;

typedef struct {
  const char   *name;
  Make          make;
  const char   *data;
  const Part   *parts;
  HrXlsxOptions options;
  int           code;
  const char   *message;   /* the whole message, or its start ending in "…" */
} Refusal;

static const Part no_workbook[] = { { "_rels/.rels", root_rels }, { "docProps/app.xml", "<Properties/>" }, { NULL } };
static const Part binary_workbook[] = { { "xl/workbook.bin", "\x83\x01" }, { NULL } };
static const Part open_document[] = { { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
                                      { "content.xml", "<office:document-content/>" }, { NULL } };

static const Refusal refusals[] = {
  { "not-a-zip", MAKE_RAW, "id,name\nkickoff,Kickoff\n", NULL, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: it is not a zip file, as every .xlsx is" },
  { "empty-file", MAKE_RAW, "", NULL, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: it is not a zip file, as every .xlsx is" },
  { "old-excel", MAKE_RAW, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of an OLE file", NULL, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: it is an Excel 97–2003 workbook (.xls) or one with a password; save it as "
    ".xlsx without a password, or as CSV" },
  { "truncated", MAKE_TRUNCATED, "<sheetData/>", NULL, {}, HR_XLSX_ERROR_FORMAT, "t.xlsx is not an XLSX workbook: …" },
  { "no-workbook", MAKE_PARTS, NULL, no_workbook, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: the zip file holds no workbook" },
  { "binary-workbook", MAKE_PARTS, NULL, binary_workbook, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: it is a binary workbook (.xlsb); save it as .xlsx or CSV" },
  { "open-document", MAKE_PARTS, NULL, open_document, {}, HR_XLSX_ERROR_FORMAT,
    "t.xlsx is not an XLSX workbook: it is an OpenDocument spreadsheet; save it as .xlsx or CSV" },
  { "no-such-sheet", MAKE_SHEET, "<sheetData/>", NULL, { .sheet = "Plan" }, HR_XLSX_ERROR_NO_SHEET,
    "t.xlsx: the workbook has no worksheet “Plan”; it has Sheet1, Q3 plan" },
  { "chart-sheet", MAKE_SHEET, "<sheetData/>", NULL, { .sheet = "Chart1" }, HR_XLSX_ERROR_NO_SHEET,
    "t.xlsx: “Chart1” is a chart or dialog sheet, not a worksheet of cells" },
  { "empty-sheet", MAKE_SHEET, "<sheetData><row r=\"1\"/></sheetData>", NULL, {}, HR_XLSX_ERROR_EMPTY,
    "t.xlsx: the worksheet “Sheet1” is empty; expected a header row naming the columns" },
  { "missing-string", MAKE_SHEET, "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row></sheetData>", NULL,
    {}, HR_XLSX_ERROR_SYNTAX, "t.xlsx: Sheet1!B2: shared string 7 is not in the workbook" },
  { "not-a-number", MAKE_SHEET, "<sheetData><row r=\"1\"><c r=\"A1\"><v>abc</v></c></row></sheetData>", NULL, {},
    HR_XLSX_ERROR_SYNTAX, "t.xlsx: Sheet1!A1: “abc” is not a number" },
  { "bad-reference", MAKE_SHEET, "<sheetData><row r=\"1\"><c r=\"1A\"><v>1</v></c></row></sheetData>", NULL, {},
    HR_XLSX_ERROR_SYNTAX, "t.xlsx: Sheet1: “1A” is not a cell reference" },
  { "row-past-excel", MAKE_SHEET, "<sheetData><row r=\"1048577\"><c><v>1</v></c></row></sheetData>", NULL, {},
    HR_XLSX_ERROR_SYNTAX, "t.xlsx: Sheet1: row “1048577” is not a row between 1 and 1048576" },
  /* column 4097 is FDO: 6·676 + 4·26 + 15 */
  { "too-many-columns", MAKE_SHEET, "<sheetData><row r=\"3\"><c r=\"FDO3\"><v>1</v></c></row></sheetData>", NULL, {},
    HR_XLSX_ERROR_TOO_LARGE, "t.xlsx: Sheet1!FDO3: an import reads at most 4096 columns" },
  { "too-many-cells", MAKE_SHEET, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"H1\"><v>1</v></c></row>"
    "</sheetData>", NULL, { .max_cells = 10 }, HR_XLSX_ERROR_TOO_LARGE,
    "t.xlsx: the workbook holds more than 10 cells; an import reads at most that many" },
  /* a merged range cannot make cells without end */
  { "merge-past-cells", MAKE_SHEET, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
    "<mergeCells><mergeCell ref=\"A1:XFD1\"/></mergeCells>", NULL, { .max_cells = 1000 }, HR_XLSX_ERROR_TOO_LARGE,
    "t.xlsx: the workbook holds more than 1,000 cells; an import reads at most that many" },
  { "damaged-xml", MAKE_SHEET, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>", NULL, {},
    HR_XLSX_ERROR_SYNTAX, "t.xlsx: xl/worksheets/sheet1.xml is damaged: …" },
  { "file-too-large", MAKE_SHEET, "<sheetData/>", NULL, { .max_size = 100 }, HR_XLSX_ERROR_TOO_LARGE,
    "t.xlsx is larger than 100 bytes; an import reads at most that much" },
};

static GBytes *
make_refused (const Refusal *r)
{
  g_autoptr(GBytes) whole = NULL;

  switch (r->make)
    {
    case MAKE_RAW:
      return g_bytes_new_static (r->data, strlen (r->data));
    case MAKE_PARTS:
      return zip_parts (r->parts);
    case MAKE_TRUNCATED:
      whole = make_workbook (r->data, FALSE);
      return g_bytes_new_from_bytes (whole, 0, 60);
    case MAKE_SHEET:
    default:
      return make_workbook (r->data, FALSE);
    }
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *r = data;
  g_autoptr(GBytes) bytes = make_refused (r);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrXlsxSheet) sheet = hr_xlsx_sheet_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                     "t.xlsx", &r->options, &error);

  g_assert_null (sheet);
  g_assert_error (error, HR_XLSX_ERROR, r->code);
  if (g_str_has_suffix (r->message, "…"))
    {
      g_autofree char *start = g_strndup (r->message, strlen (r->message) - strlen ("…"));

      if (!g_str_has_prefix (error->message, start))
        g_error ("expected “%s”, got “%s”", r->message, error->message);
    }
  else
    g_assert_cmpstr (error->message, ==, r->message);
}

/* A part that inflates past its bound is stopped, whatever its size in
 * the zip: 2 MB of one letter deflates to a few kilobytes */
static void
test_zip_bomb (void)
{
  gsize size = 2 * 1000 * 1000;
  g_autofree char *huge = g_malloc (size + 1);
  g_autoptr(GBytes) bytes = NULL;
  HrXlsxOptions options = { .max_part = 1000 * 1000 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrXlsxSheet) sheet = NULL;
  g_autofree char *workbook = workbook_xml (FALSE);
  Part parts[] = {
    { "_rels/.rels", root_rels }, { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/sharedStrings.xml", huge }, { NULL, NULL },
  };

  memset (huge, ' ', size);
  huge[size] = '\0';
  bytes = zip_parts (parts);
  g_assert_cmpuint (g_bytes_get_size (bytes), <, size / 100);
  sheet = hr_xlsx_sheet_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "t.xlsx", &options, &error);
  g_assert_null (sheet);
  g_assert_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "t.xlsx: xl/sharedStrings.xml inflates to more than 1.0\302\240MB; an import reads "
                                       "at most that much");
}

/* A workbook as openpyxl writes it (shared strings, styles with date
 * formats, merged ranges) read as a person reads it in Excel */
static const char openpyxl_script[] =
  "import datetime, sys\n"
  "import openpyxl\n"
  "wb = openpyxl.Workbook()\n"
  "ws = wb.active\n"
  "ws.title = 'Journey FY27'\n"
  "ws.append(['Customer journey FY27'])\n"
  "ws.merge_cells('A1:E1')\n"
  "ws.append([])\n"
  "ws.append(['Activity', 'Hours', None, 'Reviewed', 'Month'])\n"
  "ws.merge_cells('B3:C3')\n"
  "ws.append([None, 'Prep', 'Exec'])\n"
  "ws.merge_cells('A3:A4')\n"
  "ws.append(['Kickoff', 1.5, 0.1 + 0.2, datetime.date(2026, 11, 3), datetime.date(2027, 3, 1)])\n"
  "ws.append([])\n"
  "ws.append(['QBR', 1, 2, datetime.datetime(2027, 1, 1, 12, 0), datetime.date(2027, 4, 1)])\n"
  "for row in (5, 7):\n"
  "    ws.cell(row, 5).number_format = 'mmm yyyy'\n"
  "ws2 = wb.create_sheet('Notes')\n"
  "ws2['B2'] = True\n"
  "wb.save(sys.argv[1])\n";

static void
test_openpyxl (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-xlsx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "journey.xlsx", NULL);
  const char *argv[] = { "/usr/bin/python3", "-c", openpyxl_script, path, NULL };
  g_autofree char *data = NULL;
  g_autofree char *err = NULL;
  g_autoptr(HrXlsxSheet) sheet = NULL;
  g_autoptr(HrXlsxSheet) notes = NULL;
  g_autofree char *got = NULL;
  g_autofree char *got_notes = NULL;
  HrXlsxOptions options = { .sheet = "Notes" };
  gsize length;
  int status;

  g_assert_no_error (error);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("no python3 with openpyxl");
      g_rmdir (dir);
      return;
    }
  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  sheet = hr_xlsx_sheet_read (data, length, "journey.xlsx", NULL, &error);
  g_assert_no_error (error);
  got = describe (sheet);
  /* the title merged over A1:E1 fills its row; "Hours" over B3:C3 and
   * "Activity" down A3:A4; openpyxl writes 0.1 + 0.2 in 15 digits, 0.3;
   * E shows months */
  g_assert_cmpstr (got, ==, "1:Customer journey FY27|Customer journey FY27|Customer journey FY27|"
                            "Customer journey FY27|Customer journey FY27 / "
                            "3:Activity|Hours|Hours|Reviewed|Month / 4:Activity|Prep|Exec / "
                            "5:Kickoff|1.5|0.3|2026-11-03|2027-03 / "
                            "7:QBR|1|2|2027-01-01 12:00|2027-04");
  g_assert_cmpstr (hr_xlsx_sheet_get_name (sheet), ==, "Journey FY27");
  notes = hr_xlsx_sheet_read (data, length, "journey.xlsx", &options, &error);
  g_assert_no_error (error);
  got_notes = describe (notes);
  g_assert_cmpstr (got_notes, ==, "2:|TRUE");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xlsx/read/%s", readings[i].name);
      g_test_add_data_func (path, &readings[i], test_reading);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xlsx/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/xlsx/named-sheet", test_named_sheet);
  g_test_add_func ("/xlsx/cell-names", test_cell_names);
  g_test_add_func ("/xlsx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/xlsx/openpyxl", test_openpyxl);
  return g_test_run ();
}

/* fuzz-xlsx.c: the XLSX reader, and the activity table's import of what it
 * reads into the sample plan: a workbook that reads gives records in row
 * order within Excel's bounds; a refusal names the file; an import changes
 * nothing of the plan it imports into
 *
 * Mutating a zip file mostly breaks its deflated data, so an input that
 * starts with "X" is the XML itself: the parts of a workbook, separated by
 * SEPARATOR lines (the sheet, then the shared strings, the styles, the
 * workbook and its relationships; a part left out is a valid default),
 * zipped here uncompressed. Any other input is the file itself.
 */
#include "fuzz-common.h"

#include "hr-activities.h"
#include "hr-xlsx.h"
#include "zip-writer.h"

#define SEPARATOR "\n=====\n"
#define ROOT_RELS "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/>" \
                  "</Relationships>"

static const char *part_names[] = {
  "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
};

static const char *default_parts[] = {
  "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
  "<sst><si><t>name</t></si></sst>",
  "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
  "<workbook><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
  "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>",
};

/* The workbook of the parts in @text */
static GBytes *
zip_parts (const char *text,
           gsize       length)
{
  ZipWriter zip = zip_writer_new (TRUE);
  const char *end = text + length;

  zip_writer_add (&zip, "_rels/.rels", ROOT_RELS, strlen (ROOT_RELS));
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      const char *next = text != NULL ? g_strstr_len (text, end - text, SEPARATOR) : NULL;

      if (text == NULL)
        zip_writer_add (&zip, part_names[i], default_parts[i], strlen (default_parts[i]));
      else
        zip_writer_add (&zip, part_names[i], text, (next != NULL ? next : end) - text);
      text = next != NULL ? next + strlen (SEPARATOR) : NULL;
    }
  return zip_writer_finish (&zip);
}

static void
check_records (const HrXlsxSheet *sheet)
{
  guint previous = 0;

  g_assert (hr_xlsx_sheet_get_n_records (sheet) > 0);
  g_assert (hr_xlsx_sheet_get_name (sheet) != NULL);
  for (guint i = 0; i < hr_xlsx_sheet_get_n_records (sheet); i++)
    {
      const HrCsvRecord *record = hr_xlsx_sheet_get_record (sheet, i);
      gboolean any = FALSE;

      g_assert (record->line >= 1 && record->line <= HR_XLSX_MAX_ROWS && record->line >= previous);
      g_assert (record->n_fields > 0 && record->n_fields <= HR_CSV_MAX_FIELDS);
      g_assert (g_strv_length (record->fields) == record->n_fields);
      for (guint f = 0; f < record->n_fields; f++)
        {
          g_assert (g_utf8_validate (record->fields[f], -1, NULL));
          any |= record->fields[f][0] != '\0';
        }
      /* blank rows are left out */
      g_assert (any);
      previous = record->line;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HrPlan *sample;
  /* bounds low enough that a mutated input cannot take long */
  HrXlsxOptions options = { .max_part = 4 * 1000 * 1000, .max_cells = 200000 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrXlsxSheet) sheet = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(HrActivitiesImport) import = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *sheet_name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) zipped = NULL;

  fuzz_init ();
  if (sample == NULL)
    sample = hr_plan_new_sample ();
  if (size > 0 && data[0] == 'X')
    {
      zipped = zip_parts ((const char *) data + 1, size - 1);
      data = g_bytes_get_data (zipped, &size);
    }
  sheet = hr_xlsx_sheet_read ((const char *) data, size, "fuzz.xlsx", &options, &error);
  if (sheet == NULL)
    {
      g_assert (error->domain == HR_XLSX_ERROR);
      g_assert (g_str_has_prefix (error->message, "fuzz.xlsx"));
      return 0;
    }
  check_records (sheet);
  names = hr_xlsx_dup_sheet_names ((const char *) data, size, "fuzz.xlsx", NULL);
  g_assert (names != NULL && g_strv_contains ((const char * const *) names, hr_xlsx_sheet_get_name (sheet)));

  /* the sheet as the activity table, through the one import path */
  options = (HrXlsxOptions) { .sheet = hr_xlsx_sheet_get_name (sheet) };
  if (!hr_xlsx_read_rows ((const char *) data, size, "fuzz.xlsx", &options, &rows, &lines, &sheet_name, &error))
    /* the default bounds are higher: what read within the lower reads again */
    g_error ("a worksheet read once does not read again: %s", error->message);
  g_assert (rows->len == hr_xlsx_sheet_get_n_records (sheet) && g_str_equal (sheet_name, hr_xlsx_sheet_get_name (sheet)));
  before = hr_plan_to_data (sample, NULL);
  import = hr_activities_import_sheet (sample, rows, lines, "fuzz.xlsx", sheet_name, NULL, size % 2 == 0, &error);
  after = hr_plan_to_data (sample, NULL);
  g_assert (strcmp (before, after) == 0);
  if (import == NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.xlsx"));
      return 0;
    }
  if (!hr_plan_validate (import->plan, &error))
    g_error ("an imported worksheet makes an invalid plan: %s", error->message);
  return 0;
}

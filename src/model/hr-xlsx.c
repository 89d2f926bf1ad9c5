/* hr-xlsx.c: an XLSX workbook's package and its workbook part: which
 * worksheet to read, with the styles and shared strings of
 * hr-xlsx-styles.c and the cells of hr-xlsx-sheet.c
 *
 * The package is a zip file of XML parts: _rels/.rels names the workbook
 * part (xl/workbook.xml), which lists the sheets by relationship id; the
 * workbook's own relationships (xl/_rels/workbook.xml.rels) name each
 * sheet's part and the styles and shared strings parts.
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hr-xlsx-private.h"

/* The workbook's zip file */
typedef struct {
  const char *data;
  gsize       length;
  const char *display_name;
  gsize       max_part;
} Package;

struct _HrXlsxSheet
{
  char      *display_name;
  char      *name;
  GPtrArray *records;   /* HrCsvRecord */
};

/* --- the package --- */

gboolean
hr_xlsx_looks_like_workbook (const char *data,
                             gsize       length)
{
  return length >= 4 && memcmp (data, "PK\003\004", 4) == 0;
}

static gboolean
fail_format (GError    **error,
             const char *display_name,
             const char *reason)
{
  /* Translators: %s: the file, then why it cannot be read as a workbook */
  g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_FORMAT, _("%s is not an XLSX workbook: %s"), display_name, reason);
  return FALSE;
}

/* The part @name of the package, inflated; NULL without @error when there
 * is no such part, NULL with @error when the package cannot be read or the
 * part inflates past its bound */
static GBytes *
read_part (const Package  *package,
           const char     *name,
           GError        **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr(GByteArray) bytes = NULL;
  gboolean too_large = FALSE;
  guint parts = 0;
  int status;

  archive_read_support_format_zip (archive);
  status = archive_read_open_memory (archive, package->data, package->length);
  while (status == ARCHIVE_OK)
    {
      const char *path;
      char buffer[65536];
      la_ssize_t n = 0;

      status = archive_read_next_header (archive, &entry);
      if (status == ARCHIVE_WARN)
        status = ARCHIVE_OK;
      if (status != ARCHIVE_OK)
        break;
      if (++parts > HR_XLSX_MAX_PARTS)
        {
          g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_TOO_LARGE,
                       /* Translators: %s: the file, %u: a number of parts */
                       _("%s has more than %u parts, more than any workbook"), package->display_name,
                       HR_XLSX_MAX_PARTS);
          archive_read_free (archive);
          return NULL;
        }
      /* part names ignore case; a leading "/" is the package's root */
      path = archive_entry_pathname (entry);
      if (path == NULL || g_ascii_strcasecmp (path[0] == '/' ? path + 1 : path, name) != 0)
        continue;
      too_large = archive_entry_size_is_set (entry) && archive_entry_size (entry) > (la_int64_t) package->max_part;
      if (too_large)
        break;
      /* what the zip claims is not trusted: the inflated bytes are counted */
      bytes = g_byte_array_new ();
      while (!too_large && (n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          g_byte_array_append (bytes, (const guint8 *) buffer, n);
          too_large = bytes->len > package->max_part;
        }
      if (!too_large && n < 0)
        {
          /* Translators: %s: a part of the workbook, then libarchive's reason, in English */
          g_autofree char *reason = g_strdup_printf (_("%s cannot be unpacked (%s)"), name,
                                                     archive_error_string (archive));

          fail_format (error, package->display_name, reason);
          archive_read_free (archive);
          return NULL;
        }
      break;
    }
  if (status != ARCHIVE_OK && status != ARCHIVE_EOF)
    {
      const char *detail = archive_error_string (archive);
      /* Translators: %s: libarchive's reason, in English */
      g_autofree char *reason = g_strdup_printf (_("the zip file is damaged or cut short (%s)"),
                                                 detail != NULL ? detail : "?");

      fail_format (error, package->display_name, reason);
      archive_read_free (archive);
      return NULL;
    }
  archive_read_free (archive);
  if (too_large)
    {
      g_autofree char *limit = g_format_size (package->max_part);

      g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_TOO_LARGE,
                   /* Translators: %s: the file, a part of it, then a size, "256 MB" */
                   _("%s: %s inflates to more than %s; an import reads at most that much"), package->display_name,
                   name, limit);
      return NULL;
    }
  return bytes != NULL ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

/* @target of a relationship of the part in folder @base ("xl/"), as a
 * part name: "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" */
static char *
resolve_target (const char *base,
                const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1) : g_strconcat (base, target, NULL);
  g_auto(GStrv) segments = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (*segments[i] == '\0' || g_str_equal (segments[i], "."))
        continue;
      if (g_str_equal (segments[i], ".."))
        {
          if (kept->len > 0)
            g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, segments[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

/* --- relationships --- */

typedef struct {
  char *id;
  char *type;     /* the last word of its type: "worksheet", "styles" */
  char *target;   /* a part name */
} Relationship;

typedef struct {
  const char *base;
  GArray     *list;   /* Relationship */
} Relationships;

static void
relationship_clear (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
}

static void
relationship_start_cb (GMarkupParseContext  *markup,
                       const char           *element,
                       const char          **names,
                       const char          **values,
                       gpointer              user_data,
                       GError              **error)
{
  Relationships *rels = user_data;
  const char *id = hr_xlsx_attribute (names, values, "Id");
  const char *type = hr_xlsx_attribute (names, values, "Type");
  const char *target = hr_xlsx_attribute (names, values, "Target");
  const char *mode = hr_xlsx_attribute (names, values, "TargetMode");
  Relationship rel;

  if (!g_str_equal (hr_xlsx_local_name (element), "Relationship") || id == NULL || type == NULL || target == NULL
      || g_strcmp0 (mode, "External") == 0)
    return;
  rel.id = g_strdup (id);
  rel.type = g_strdup (strrchr (type, '/') ? strrchr (type, '/') + 1 : type);
  rel.target = resolve_target (rels->base, target);
  g_array_append_val (rels->list, rel);
}

/* The relationships of @part ("xl/workbook.xml": "xl/_rels/workbook.xml.rels") */
static GArray *
read_relationships (const Package *package,
                    const char    *part,
                    GError       **error)
{
  static const GMarkupParser parser = { relationship_start_cb, NULL, NULL, NULL, NULL };
  const char *slash = strrchr (part, '/');
  g_autofree char *base = slash ? g_strndup (part, slash - part + 1) : g_strdup ("");
  g_autofree char *name = g_strdup_printf ("%s_rels/%s.rels", base, slash ? slash + 1 : part);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = read_part (package, name, &local_error);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Relationship));
  Relationships rels = { base, list };

  g_array_set_clear_func (list, relationship_clear);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      g_array_unref (list);
      return NULL;
    }
  if (bytes != NULL && !hr_xlsx_parse_part (package->display_name, name, bytes, &parser, &rels, error))
    {
      g_array_unref (list);
      return NULL;
    }
  return list;
}

static const Relationship *
find_relationship (GArray     *rels,
                   const char *id,
                   const char *type)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = &g_array_index (rels, Relationship, i);

      if ((id == NULL || g_str_equal (rel->id, id)) && (type == NULL || g_str_equal (rel->type, type)))
        return rel;
    }
  return NULL;
}

/* --- the workbook --- */

typedef struct {
  char     *name;
  char     *id;        /* its relationship */
  gboolean  hidden;
} SheetEntry;

typedef struct {
  GArray   *sheets;    /* SheetEntry */
  gboolean  date1904;
} Workbook;

static void
sheet_entry_clear (gpointer data)
{
  SheetEntry *sheet = data;

  g_free (sheet->name);
  g_free (sheet->id);
}

static void
workbook_start_cb (GMarkupParseContext  *markup,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  Workbook *workbook = user_data;
  const char *name = hr_xlsx_local_name (element);

  if (g_str_equal (name, "workbookPr"))
    {
      const char *date1904 = hr_xlsx_attribute (names, values, "date1904");

      workbook->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
    }
  else if (g_str_equal (name, "sheet"))
    {
      const char *state = hr_xlsx_attribute (names, values, "state");
      SheetEntry sheet = {
        g_strdup (hr_xlsx_attribute (names, values, "name")),
        g_strdup (hr_xlsx_attribute (names, values, "id")),
        state != NULL && !g_str_equal (state, "visible"),
      };

      if (sheet.name == NULL || sheet.id == NULL)
        sheet_entry_clear (&sheet);
      else
        g_array_append_val (workbook->sheets, sheet);
    }
}

/* Why a zip that holds no workbook part is no XLSX workbook */
static void
fail_no_workbook (const Package *package,
                  GError       **error)
{
  g_autoptr(GBytes) binary = read_part (package, "xl/workbook.bin", NULL);
  g_autoptr(GBytes) content = binary ? NULL : read_part (package, "content.xml", NULL);

  if (binary != NULL)
    fail_format (error, package->display_name, _("it is a binary workbook (.xlsb); save it as .xlsx or CSV"));
  else if (content != NULL)
    fail_format (error, package->display_name, _("it is an OpenDocument spreadsheet; save it as .xlsx or CSV"));
  else
    fail_format (error, package->display_name, _("the zip file holds no workbook"));
}

/* The workbook part's name and its sheets */
static char *
read_workbook (const Package *package,
               Workbook      *workbook,
               GError       **error)
{
  static const GMarkupParser parser = { workbook_start_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GArray) root = read_relationships (package, "", error);
  const Relationship *office;
  g_autofree char *part = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  if (root == NULL)
    return NULL;
  office = find_relationship (root, NULL, "officeDocument");
  part = g_strdup (office != NULL ? office->target : "xl/workbook.xml");
  bytes = read_part (package, part, &local_error);
  if (bytes == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        fail_no_workbook (package, error);
      return NULL;
    }
  workbook->sheets = g_array_new (FALSE, FALSE, sizeof (SheetEntry));
  g_array_set_clear_func (workbook->sheets, sheet_entry_clear);
  if (!hr_xlsx_parse_part (package->display_name, part, bytes, &parser, workbook, error))
    return NULL;
  return g_steal_pointer (&part);
}

/* --- the sheet --- */

static gboolean
check_package (const Package *package,
               GError       **error)
{
  /* an OLE compound file: Excel 97–2003, or a workbook with a password */
  if (package->length >= 8 && memcmp (package->data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    return fail_format (error, package->display_name,
                        _("it is an Excel 97–2003 workbook (.xls) or one with a password; save it as .xlsx "
                          "without a password, or as CSV"));
  if (!hr_xlsx_looks_like_workbook (package->data, package->length))
    return fail_format (error, package->display_name, _("it is not a zip file, as every .xlsx is"));
  return TRUE;
}

/* The sheet named @wanted (any case), or the first visible worksheet */
static const SheetEntry *
choose_sheet (const Package *package,
              Workbook      *workbook,
              GArray        *rels,
              const char    *wanted,
              GError       **error)
{
  g_autofree char *folded = wanted ? g_utf8_casefold (wanted, -1) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const SheetEntry *first_hidden = NULL;

  for (guint i = 0; i < workbook->sheets->len; i++)
    {
      const SheetEntry *sheet = &g_array_index (workbook->sheets, SheetEntry, i);
      const Relationship *rel = find_relationship (rels, sheet->id, NULL);
      gboolean worksheet = rel != NULL && g_str_equal (rel->type, "worksheet");
      g_autofree char *name = g_utf8_casefold (sheet->name, -1);

      if (folded != NULL && g_str_equal (name, folded))
        {
          if (worksheet)
            return sheet;
          g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_NO_SHEET,
                       /* Translators: %s: the file, then a sheet's name */
                       _("%s: “%s” is a chart or dialog sheet, not a worksheet of cells"), package->display_name,
                       sheet->name);
          return NULL;
        }
      if (folded == NULL && worksheet && !sheet->hidden)
        return sheet;
      if (worksheet && first_hidden == NULL)
        first_hidden = sheet;
      if (worksheet)
        g_ptr_array_add (names, sheet->name);
    }
  /* a workbook of hidden sheets only: the first of them */
  if (folded == NULL && first_hidden != NULL)
    return first_hidden;
  if (folded == NULL || names->len == 0)
    {
      g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_NO_SHEET, _("%s: the workbook has no worksheet"),
                   package->display_name);
      return NULL;
    }
  g_ptr_array_add (names, NULL);
  {
    /* Translators: the separator of a list of sheet names */
    g_autofree char *list = g_strjoinv (_(", "), (char **) names->pdata);

    g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_NO_SHEET,
                 /* Translators: %s: the file, the sheet asked for, then the sheets it has */
                 _("%s: the workbook has no worksheet “%s”; it has %s"), package->display_name, wanted, list);
  }
  return NULL;
}

static void
workbook_clear (Workbook *workbook)
{
  g_clear_pointer (&workbook->sheets, g_array_unref);
}

HrXlsxSheet *
hr_xlsx_sheet_read (const char          *data,
                    gsize                length,
                    const char          *display_name,
                    const HrXlsxOptions *options,
                    GError             **error)
{
  Package package = { data, length, display_name,
                      options != NULL && options->max_part ? options->max_part : HR_XLSX_MAX_PART };
  gsize max_size = options != NULL && options->max_size ? options->max_size : HR_XLSX_MAX_SIZE;
  Workbook workbook = { NULL, FALSE };
  g_autofree char *workbook_part = NULL;
  g_autoptr(GArray) rels = NULL;
  g_autoptr(GArray) styles = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) local_error = NULL;
  const SheetEntry *sheet;
  const Relationship *rel;
  HrXlsxContext context = { display_name, NULL, NULL, strings, NULL, FALSE, 0,
                            options != NULL && options->max_cells ? options->max_cells : HR_XLSX_MAX_CELLS };
  HrXlsxSheet *result;
  GPtrArray *records;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length > max_size)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, HR_XLSX_ERROR, HR_XLSX_ERROR_TOO_LARGE, _("%s is larger than %s; an import reads at most that much"),
                   display_name, limit);
      return NULL;
    }
  if (!check_package (&package, error))
    return NULL;
  workbook_part = read_workbook (&package, &workbook, error);
  if (workbook_part == NULL || (rels = read_relationships (&package, workbook_part, error)) == NULL)
    {
      workbook_clear (&workbook);
      return NULL;
    }
  sheet = choose_sheet (&package, &workbook, rels, options ? options->sheet : NULL, error);
  if (sheet == NULL)
    {
      workbook_clear (&workbook);
      return NULL;
    }
  rel = find_relationship (rels, sheet->id, NULL);
  context.sheet_name = sheet->name;
  context.part = rel->target;
  context.date1904 = workbook.date1904;
  {
    const Relationship *styles_rel = find_relationship (rels, NULL, "styles");
    const Relationship *strings_rel = find_relationship (rels, NULL, "sharedStrings");

    const char *styles_part = styles_rel ? styles_rel->target : "xl/styles.xml";
    const char *strings_part = strings_rel ? strings_rel->target : "xl/sharedStrings.xml";
    g_autoptr(GBytes) styles_xml = read_part (&package, styles_part, &local_error);
    g_autoptr(GBytes) strings_xml = NULL;

    if (local_error == NULL)
      styles = hr_xlsx_parse_styles (display_name, styles_part, styles_xml, &local_error);
    if (local_error == NULL)
      strings_xml = read_part (&package, strings_part, &local_error);
    if (local_error == NULL)
      hr_xlsx_parse_strings (strings_part, strings_xml, &context, &local_error);
  }
  if (local_error == NULL)
    {
      context.styles = styles;
      xml = read_part (&package, rel->target, &local_error);
      if (xml == NULL && local_error == NULL)
        /* Translators: %s: the file, a sheet's name, then the part it should be in */
        g_set_error (&local_error, HR_XLSX_ERROR, HR_XLSX_ERROR_FORMAT, _("%s: the worksheet “%s” is missing (%s)"),
                     display_name, sheet->name, rel->target);
    }
  records = local_error == NULL ? hr_xlsx_read_cells (&context, xml, &local_error) : NULL;
  if (records != NULL && records->len == 0)
    {
      g_set_error (&local_error, HR_XLSX_ERROR, HR_XLSX_ERROR_EMPTY,
                   /* Translators: %s: the file, then a sheet's name */
                   _("%s: the worksheet “%s” is empty; expected a header row naming the columns"), display_name,
                   sheet->name);
      g_clear_pointer (&records, g_ptr_array_unref);
    }
  if (records == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      workbook_clear (&workbook);
      return NULL;
    }
  result = g_new0 (HrXlsxSheet, 1);
  result->display_name = g_strdup (display_name);
  result->name = g_strdup (sheet->name);
  result->records = records;
  workbook_clear (&workbook);
  return result;
}

void
hr_xlsx_sheet_free (HrXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->display_name);
  g_free (sheet->name);
  g_ptr_array_unref (sheet->records);
  g_free (sheet);
}

const char *
hr_xlsx_sheet_get_display_name (const HrXlsxSheet *sheet)
{
  return sheet->display_name;
}

const char *
hr_xlsx_sheet_get_name (const HrXlsxSheet *sheet)
{
  return sheet->name;
}

guint
hr_xlsx_sheet_get_n_records (const HrXlsxSheet *sheet)
{
  return sheet->records->len;
}

const HrCsvRecord *
hr_xlsx_sheet_get_record (const HrXlsxSheet *sheet,
                          guint              index)
{
  g_return_val_if_fail (index < sheet->records->len, NULL);
  return sheet->records->pdata[index];
}

char **
hr_xlsx_dup_sheet_names (const char  *data,
                         gsize        length,
                         const char  *display_name,
                         GError     **error)
{
  Package package = { data, length, display_name, HR_XLSX_MAX_PART };
  Workbook workbook = { NULL, FALSE };
  g_autofree char *part = NULL;
  g_autoptr(GArray) rels = NULL;
  GStrvBuilder *names;
  char **result;

  if (!check_package (&package, error))
    return NULL;
  part = read_workbook (&package, &workbook, error);
  if (part == NULL || (rels = read_relationships (&package, part, error)) == NULL)
    {
      workbook_clear (&workbook);
      return NULL;
    }
  names = g_strv_builder_new ();
  for (guint i = 0; i < workbook.sheets->len; i++)
    {
      const SheetEntry *sheet = &g_array_index (workbook.sheets, SheetEntry, i);
      const Relationship *rel = find_relationship (rels, sheet->id, "worksheet");

      if (rel != NULL)
        g_strv_builder_add (names, sheet->name);
    }
  result = g_strv_builder_end (names);
  g_strv_builder_unref (names);
  workbook_clear (&workbook);
  return result;
}

gboolean
hr_xlsx_read_rows (const char          *data,
                   gsize                length,
                   const char          *display_name,
                   const HrXlsxOptions *options,
                   GPtrArray          **rows_out,
                   GArray             **lines_out,
                   char               **sheet_out,
                   GError             **error)
{
  g_autoptr(HrXlsxSheet) sheet = hr_xlsx_sheet_read (data, length, display_name, options, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;

  if (sheet == NULL)
    return FALSE;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  lines = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint r = 0; r < sheet->records->len; r++)
    hr_csv_record_append (sheet->records->pdata[r], rows, lines);
  *rows_out = g_steal_pointer (&rows);
  *lines_out = g_steal_pointer (&lines);
  if (sheet_out != NULL)
    *sheet_out = g_strdup (sheet->name);
  return TRUE;
}

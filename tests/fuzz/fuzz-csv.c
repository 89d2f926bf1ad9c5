/* fuzz-csv.c: the shared CSV reader, with every delimiter, and the writer's
 * output read back to the same fields */
#include "fuzz-common.h"

static gboolean
round_trip_row_cb (const HrCsvRecord *header,
                   const HrCsvRecord *row,
                   gpointer           user_data,
                   GError           **error)
{
  GPtrArray *rows = user_data;

  g_ptr_array_add (rows, g_strdupv (row->fields));
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char delimiters[] = { 0, ',', ';', '\t' };
  /* the first byte picks the delimiter, the rest is the file */
  char delimiter = size > 0 ? delimiters[data[0] % G_N_ELEMENTS (delimiters)] : 0;
  HrCsvOptions options = { .delimiter = delimiter };
  g_autoptr(GError) error = NULL;
  g_autoptr(HrCsvTable) table = NULL;
  g_autoptr(HrCsvTable) back = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *text = size > 0 ? (const char *) data + 1 : "";
  gsize length = size > 0 ? size - 1 : 0;

  fuzz_init ();
  table = hr_csv_table_parse (text, length, "fuzz.csv", &options, &error);
  if (table == NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      /* the row callback refuses the same input */
      g_assert (!hr_csv_parse_rows (text, length, "fuzz.csv", &options, round_trip_row_cb, rows, NULL));
      return 0;
    }
  g_assert (hr_csv_table_get_header (table)->n_fields > 0);
  g_assert (hr_csv_parse_rows (text, length, "fuzz.csv", &options, round_trip_row_cb, rows, NULL));
  g_assert (rows->len == hr_csv_table_get_n_rows (table));

  /* what the writer writes reads back as the same fields, less blank rows */
  {
    const HrCsvRecord *header = hr_csv_table_get_header (table);
    char d = hr_csv_table_get_delimiter (table);

    hr_csv_append_row (out, (const char * const *) header->fields, header->n_fields, d);
    for (guint i = 0; i < hr_csv_table_get_n_rows (table); i++)
      {
        const HrCsvRecord *row = hr_csv_table_get_row (table, i);
        g_assert (row->line > header->line);
        hr_csv_append_row (out, (const char * const *) row->fields, row->n_fields, d);
      }
    options.delimiter = d;
    back = hr_csv_table_parse (out->str, out->len, "back.csv", &options, &error);
    g_assert (back != NULL);
    g_assert (hr_csv_table_get_n_rows (back) == hr_csv_table_get_n_rows (table));
    for (guint i = 0; i < hr_csv_table_get_n_rows (table); i++)
      {
        const HrCsvRecord *a = hr_csv_table_get_row (table, i);
        const HrCsvRecord *b = hr_csv_table_get_row (back, i);
        g_assert (a->n_fields == b->n_fields);
        for (guint j = 0; j < a->n_fields; j++)
          g_assert (strcmp (a->fields[j], b->fields[j]) == 0);
      }
  }
  return 0;
}

/* hr-activities-import-dialog.c: the journey's activity table from a
 * spreadsheet (Headroom's own export or a leader's), through the mapping
 * dialog */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-activities.h"
#include "hr-activities-import-dialog.h"
#include "hr-mapping-dialog.h"
#include "hr-xlsx.h"

typedef struct {
  HrMappingDialog *dialog;    /* not owned */
  HrPlan          *plan;
  HrUndoStack     *undo;
  char            *display_name;
  char            *sheet;     /* the worksheet read, or NULL for CSV */
  GPtrArray       *rows;
  GArray          *lines;
  char           **header;
  int             *automatic; /* the field each column is read as unmapped */
  int             *fields;    /* the field chosen for each column, -1: not used */
  gboolean         keep_missing;
  HrActivitiesImport *result; /* of the choices as they are, or NULL */
} Import;

/* the choices of the one value section: what happens to moments the table
 * leaves out */
enum { MISSING_REMOVE, MISSING_KEEP };

static void
import_free (gpointer data)
{
  Import *import = data;

  g_object_unref (import->plan);
  g_clear_object (&import->undo);
  g_free (import->display_name);
  g_free (import->sheet);
  g_ptr_array_unref (import->rows);
  g_array_unref (import->lines);
  g_strfreev (import->header);
  g_free (import->automatic);
  g_free (import->fields);
  g_clear_pointer (&import->result, hr_activities_import_free);
  g_free (import);
}

/* "Header=field" for each column chosen otherwise than it reads by itself */
static GStrv
dup_mapping (Import *import)
{
  g_auto(GStrv) fields = hr_activities_dup_fields (import->plan);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint c = 0; import->header[c]; c++)
    if (import->fields[c] != import->automatic[c] && *import->header[c] != '\0')
      {
        g_autofree char *pair = g_strdup_printf ("%s=%s", import->header[c],
                                                 import->fields[c] >= 0 ? fields[import->fields[c]] : "");
        g_strv_builder_add (builder, pair);
      }
  return g_strv_builder_end (builder);
}

static char *
dup_summary (HrActivitiesImport *result)
{
  guint n = result->added->len + result->changed->len + result->removed->len;
  GString *summary;

  if (n == 0)
    return g_strdup (_("The table matches the plan: nothing to change."));
  /* Translators: above the list of what an activity table adds, changes and removes */
  summary = g_string_new (NULL);
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "Importing makes %u change to the journey:",
                                                "Importing makes %u changes to the journey:", n),
                          n);
  for (guint i = 0; i < result->added->len; i++)
    g_string_append_printf (summary, "\n+ %s", (char *) result->added->pdata[i]);
  for (guint i = 0; i < result->changed->len; i++)
    g_string_append_printf (summary, "\n~ %s", (char *) result->changed->pdata[i]);
  for (guint i = 0; i < result->removed->len; i++)
    g_string_append_printf (summary, "\n− %s", (char *) result->removed->pdata[i]);
  return g_string_free (summary, FALSE);
}

/* Runs the import on a copy of the plan and shows what it would do */
static void
report (Import *import)
{
  g_auto(GStrv) mapping = dup_mapping (import);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;

  g_clear_pointer (&import->result, hr_activities_import_free);
  import->result = hr_activities_import_sheet (import->plan, import->rows, import->lines, import->display_name,
                                               import->sheet, (const char * const *) mapping, import->keep_missing,
                                               &error);
  if (import->result == NULL)
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      for (guint i = 0; lines[i]; i++)
        if (*lines[i] != '\0')
          g_ptr_array_add (problems, g_strdup (lines[i]));
      hr_mapping_dialog_set_report (import->dialog,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Nothing is imported while this problem is in the table:",
                                                 "Nothing is imported while these problems are in the table:",
                                                 problems->len),
                                    problems, FALSE);
      return;
    }
  summary = dup_summary (import->result);
  hr_mapping_dialog_set_report (import->dialog, summary, NULL,
                                import->result->added->len + import->result->changed->len
                                + import->result->removed->len > 0);
}

static void
column_changed_cb (HrMappingDialog *dialog,
                   guint            column,
                   guint            choice,
                   Import          *import)
{
  /* choice 0 is "Not used", then the fields in order */
  import->fields[column] = (int) choice - 1;
  report (import);
}

static void
value_changed_cb (HrMappingDialog *dialog,
                  guint            section,
                  guint            value,
                  guint            choice,
                  Import          *import)
{
  import->keep_missing = choice == MISSING_KEEP;
  report (import);
}

static void
accepted_cb (HrMappingDialog *dialog,
             Import          *import)
{
  g_autoptr(HrPlan) imported = NULL;
  HrPlan *before;

  if (import->result == NULL)
    return;
  /* the whole table is one step: the plan before and after it */
  before = hr_plan_copy (import->plan);
  imported = hr_plan_copy (import->result->plan);
  if (imported != NULL)
    hr_plan_assign (import->plan, imported);
  if (import->undo != NULL && before != NULL)
    hr_undo_stack_push_plan (import->undo, import->plan, before);
  else
    g_clear_object (&before);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The rows of @file: a worksheet of a workbook, else CSV */
static gboolean
read_rows (Import  *import,
           GFile   *file,
           GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *lower = NULL;
  gsize length;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return FALSE;
  lower = g_ascii_strdown (import->display_name, -1);
  if (hr_xlsx_looks_like_workbook (data, length) || g_str_has_suffix (lower, ".xlsx")
      || g_str_has_suffix (lower, ".xls"))
    {
      HrXlsxOptions options = { 0 };

      return hr_xlsx_read_rows (data, length, import->display_name, &options, &import->rows, &import->lines,
                                &import->sheet, error);
    }
  return hr_activities_read_csv (data, length, import->display_name, &import->rows, &import->lines, error);
}

GtkWindow *
hr_activities_import_dialog_new (GtkWindow    *parent,
                                 HrPlan       *plan,
                                 HrUndoStack  *undo,
                                 GFile        *file,
                                 GError      **error)
{
  g_autoptr(HrCsvTable) table = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *title = NULL;
  g_autofree char *base = g_file_get_basename (file);
  g_autofree guint *chosen = NULL;
  GListModel *segments = hr_plan_get_segments (plan);
  const char *missing_choices[] = { _("Remove them from the journey"), _("Keep them as they are"), NULL };
  const guint keep[] = { MISSING_REMOVE };
  guint first_data, n;
  Import *import;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  import = g_new0 (Import, 1);
  import->plan = g_object_ref (plan);
  import->undo = undo ? g_object_ref (undo) : NULL;
  /* problems name the file as people know it, without its folder */
  import->display_name = g_file_get_basename (file);
  if (!read_rows (import, file, error))
    {
      import_free (import);
      return NULL;
    }
  if (import->rows->len == 0)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, _("%s: the table is empty"), import->display_name);
      import_free (import);
      return NULL;
    }
  import->header = hr_activities_find_header (plan, import->rows, NULL, &first_data);
  n = g_strv_length (import->header);
  import->automatic = g_new0 (int, n + 1);
  import->fields = g_new0 (int, n + 1);
  chosen = g_new0 (guint, n + 1);
  for (guint c = 0; c < n; c++)
    {
      import->automatic[c] = import->fields[c] = hr_activities_column_field (plan, import->header[c], NULL);
      chosen[c] = import->fields[c] + 1;
    }

  /* Translators: the dialog's title; %s is the file's name */
  title = g_strdup_printf (_("Import the Activity Table from “%s”"), base);
  import->dialog = hr_mapping_dialog_new (parent, title, _("_Import"));
  g_object_set_data_full (G_OBJECT (import->dialog), "hr-import", import, import_free);

  /* in the order of hr_activities_dup_fields () */
  g_strv_builder_add (builder, _("Not used"));
  g_strv_builder_add (builder, _("Id"));
  g_strv_builder_add (builder, _("Moment"));
  g_strv_builder_add (builder, _("Play"));
  g_strv_builder_add (builder, _("Role"));
  g_strv_builder_add (builder, _("First month (at)"));
  g_strv_builder_add (builder, _("Repeats every (months)"));
  g_strv_builder_add (builder, _("Last month (until)"));
  g_strv_builder_add (builder, _("Prep hours"));
  g_strv_builder_add (builder, _("Exec hours"));
  g_strv_builder_add (builder, _("Follow-up hours"));
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      /* Translators: a column read as how tier %s receives each moment */
      g_autofree char *label = g_strdup_printf (_("Treatment for %s"), hr_segment_get_name (segment));

      g_strv_builder_add (builder, label);
    }
  choices = g_strv_builder_end (builder);
  table = hr_csv_table_new_for_rows (import->display_name, import->header, import->rows, import->lines, first_data);
  hr_mapping_dialog_set_table (import->dialog, table, (const char * const *) choices, chosen, 5);

  g_ptr_array_add (missing, (gpointer) _("Moments not in the table"));
  hr_mapping_dialog_add_values (import->dialog, _("What happens to moments the table leaves out"), missing,
                                missing_choices, keep);
  report (import);
  g_signal_connect (import->dialog, "column-changed", G_CALLBACK (column_changed_cb), import);
  g_signal_connect (import->dialog, "value-changed", G_CALLBACK (value_changed_cb), import);
  g_signal_connect (import->dialog, "accepted", G_CALLBACK (accepted_cb), import);
  return GTK_WINDOW (import->dialog);
}

/* hr-account-import-dialog.c: a CRM export into the plan, through the
 * mapping dialog */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-account-import.h"
#include "hr-account-import-dialog.h"
#include "hr-mapping-dialog.h"

typedef struct {
  HrMappingDialog *dialog;   /* not owned */
  HrPlan          *plan;
  HrUndoStack     *undo;
  HrAccountImport *import;
  GPtrArray       *owners;   /* the file's owner names */
  GPtrArray       *tiers;    /* the file's tier values */
  GPtrArray       *people;   /* person ids offered, after "new" and "none" */
  GPtrArray       *segments; /* segment ids offered, after "not imported" */
} Import;

/* the sections of value choices */
enum { SECTION_OWNERS, SECTION_TIERS };

static void
import_free (gpointer data)
{
  Import *import = data;

  g_object_unref (import->plan);
  g_clear_object (&import->undo);
  hr_account_import_free (import->import);
  g_clear_pointer (&import->owners, g_ptr_array_unref);
  g_clear_pointer (&import->tiers, g_ptr_array_unref);
  g_ptr_array_unref (import->people);
  g_ptr_array_unref (import->segments);
  g_free (import);
}

static void
report (Import *import)
{
  g_autofree char *missing = hr_account_import_dup_missing (import->import);
  g_autoptr(HrAccountImportResult) result = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  g_autofree char *name = g_path_get_basename (hr_csv_table_get_display_name (hr_account_import_get_table (import->import)));

  if (missing)
    {
      hr_mapping_dialog_set_report (import->dialog, missing, NULL, FALSE);
      return;
    }
  result = hr_account_import_run (import->import);
  for (guint i = 0; i < result->problems->len; i++)
    g_ptr_array_add (problems, hr_import_problem_to_string (&g_array_index (result->problems, HrImportProblem, i),
                                                            name));
  summary = hr_account_import_result_dup_summary (result);
  hr_mapping_dialog_set_report (import->dialog, summary, problems, result->accounts->len > 0);
}

static void
show_values (Import *import)
{
  GListModel *people = hr_plan_get_people (import->plan);
  GListModel *segments = hr_plan_get_segments (import->plan);
  g_autoptr(GStrvBuilder) owner_choices = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) tier_choices = g_strv_builder_new ();
  g_auto(GStrv) owners_offered = NULL;
  g_auto(GStrv) tiers_offered = NULL;
  g_autofree guint *chosen = NULL;

  g_clear_pointer (&import->owners, g_ptr_array_unref);
  g_clear_pointer (&import->tiers, g_ptr_array_unref);
  import->owners = hr_account_import_dup_owners (import->import);
  import->tiers = hr_account_import_dup_tiers (import->import);
  g_ptr_array_set_size (import->people, 0);
  g_ptr_array_set_size (import->segments, 0);
  g_strv_builder_add (owner_choices, _("A new person of that name"));
  g_strv_builder_add (owner_choices, _("No owner (unassigned)"));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (people, i);
      g_strv_builder_add (owner_choices, hr_person_get_name (person));
      g_ptr_array_add (import->people, g_strdup (hr_person_get_id (person)));
    }
  g_strv_builder_add (tier_choices, _("Not imported"));
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      g_strv_builder_add (tier_choices, hr_segment_get_name (segment));
      g_ptr_array_add (import->segments, g_strdup (hr_item_get_id (HR_ITEM (segment))));
    }
  owners_offered = g_strv_builder_end (owner_choices);
  tiers_offered = g_strv_builder_end (tier_choices);

  hr_mapping_dialog_clear_values (import->dialog);
  chosen = g_new0 (guint, MAX (import->owners->len, import->tiers->len) + 1);
  for (guint i = 0; i < import->owners->len; i++)
    {
      const char *person = hr_account_import_get_owner_person (import->import, import->owners->pdata[i]);

      chosen[i] = person == NULL ? 0 : *person == '\0' ? 1 : 0;
      for (guint p = 0; person && *person && p < import->people->len; p++)
        if (g_str_equal (import->people->pdata[p], person))
          chosen[i] = 2 + p;
    }
  hr_mapping_dialog_add_values (import->dialog, _("Owners: who each name in the file is"), import->owners,
                                (const char * const *) owners_offered, chosen);
  for (guint i = 0; i < import->tiers->len; i++)
    {
      const char *segment = hr_account_import_get_tier_segment (import->import, import->tiers->pdata[i]);

      chosen[i] = 0;
      for (guint g = 0; segment && g < import->segments->len; g++)
        if (g_str_equal (import->segments->pdata[g], segment))
          chosen[i] = 1 + g;
    }
  hr_mapping_dialog_add_values (import->dialog, _("Tiers: the plan's tier for each value in the file"),
                                import->tiers, (const char * const *) tiers_offered, chosen);
}

static void
column_changed_cb (HrMappingDialog *dialog,
                   guint            column,
                   guint            choice,
                   Import          *import)
{
  hr_account_import_set_column (import->import, column, choice);
  show_values (import);
  report (import);
}

static void
value_changed_cb (HrMappingDialog *dialog,
                  guint            section,
                  guint            value,
                  guint            choice,
                  Import          *import)
{
  if (section == SECTION_OWNERS)
    hr_account_import_set_owner_person (import->import, import->owners->pdata[value],
                                        choice == 0 ? NULL : choice == 1 ? "" : import->people->pdata[choice - 2]);
  else
    hr_account_import_set_tier_segment (import->import, import->tiers->pdata[value],
                                        choice == 0 ? NULL : import->segments->pdata[choice - 1]);
  report (import);
}

static void
accepted_cb (HrMappingDialog *dialog,
             Import          *import)
{
  g_autoptr(HrAccountImportResult) result = hr_account_import_run (import->import);
  HrPlan *before = import->undo ? hr_plan_copy (import->plan) : NULL;

  /* the whole import is one step: the plan before and after it */
  hr_account_import_apply (result, import->plan);
  if (before != NULL)
    hr_undo_stack_push_plan (import->undo, import->plan, before);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

GtkWindow *
hr_account_import_dialog_new (GtkWindow    *parent,
                              HrPlan       *plan,
                              HrUndoStack  *undo,
                              GFile        *file,
                              GError      **error)
{
  HrCsvTable *table = hr_csv_table_read_file (file, NULL, error);
  g_autofree char *title = NULL;
  g_autofree guint *chosen = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  Import *import;

  if (table == NULL)
    return NULL;
  import = g_new0 (Import, 1);
  import->plan = g_object_ref (plan);
  import->undo = undo ? g_object_ref (undo) : NULL;
  import->import = hr_account_import_new (plan, table);
  import->people = g_ptr_array_new_with_free_func (g_free);
  import->segments = g_ptr_array_new_with_free_func (g_free);
  {
    g_autofree char *base = g_file_get_basename (file);
    /* Translators: the dialog's title; %s is the file's name */
    title = g_strdup_printf (_("Import Accounts from “%s”"), base);
  }
  import->dialog = hr_mapping_dialog_new (parent, title, _("_Import"));
  g_object_set_data_full (G_OBJECT (import->dialog), "hr-import", import, import_free);

  for (guint i = 0; i < HR_N_ACCOUNT_COLUMNS; i++)
    g_strv_builder_add (builder, hr_account_column_get_label (i));
  choices = g_strv_builder_end (builder);
  chosen = g_new0 (guint, hr_account_import_get_n_columns (import->import) + 1);
  for (guint c = 0; c < hr_account_import_get_n_columns (import->import); c++)
    chosen[c] = hr_account_import_get_column (import->import, c);
  hr_mapping_dialog_set_table (import->dialog, table, (const char * const *) choices, chosen, 5);
  show_values (import);
  report (import);
  g_signal_connect (import->dialog, "column-changed", G_CALLBACK (column_changed_cb), import);
  g_signal_connect (import->dialog, "value-changed", G_CALLBACK (value_changed_cb), import);
  g_signal_connect (import->dialog, "accepted", G_CALLBACK (accepted_cb), import);
  return GTK_WINDOW (import->dialog);
}

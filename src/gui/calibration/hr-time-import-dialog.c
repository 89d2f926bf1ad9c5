/* hr-time-import-dialog.c: a time log import through the mapping dialog */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-calibration.h"
#include "hr-format.h"
#include "hr-mapping-dialog.h"
#include "hr-portfolio.h"
#include "hr-time-import-dialog.h"

typedef struct {
  HrMappingDialog  *dialog;        /* not owned */
  HrTimeImport     *import;
  HrTimeImportDone  done;
  gpointer          data;
  GDestroyNotify    data_free;
  /* what each section's choices stand for (NULL: unmapped), and its values */
  GPtrArray        *targets[3];
  GPtrArray        *values[3];
  int               section_of[3]; /* field - PERSON → section index, -1 when not shown */
  gboolean          updating;
} Import;

/* column choices, in order: not used, then each field of the log */
static const char *column_labels[] = {
  N_("Not used"), N_("Date"), N_("Person"), N_("Account (client)"), N_("Activity"), N_("Hours"),
};

static void
import_free (gpointer data)
{
  Import *import = data;

  hr_time_import_free (import->import);
  for (guint m = 0; m < 3; m++)
    {
      g_clear_pointer (&import->targets[m], g_ptr_array_unref);
      g_clear_pointer (&import->values[m], g_ptr_array_unref);
    }
  if (import->data_free)
    import->data_free (import->data);
  g_free (import);
}

static char *
value_detail (const HrTimeValue *value,
              gboolean           foreign)
{
  g_autofree char *hours = hr_calibration_format_hours (value->hours);
  g_autofree char *covers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry, %s h", "%u entries, %s h",
                                                          value->entries), value->entries, hours);

  if (foreign && value->state == HR_TIME_VALUE_PROPOSED && value->target)
    /* Translators: how many entries and hours a value covers, then that its mapping is a suggestion */
    return g_strdup_printf (_("%s · suggested"), covers);
  return g_steal_pointer (&covers);
}

/* Fills one section: the field's values (@all: every one, or those that
 * match nothing of the plan), their details and choices */
static void
add_section (Import             *import,
             HrTimeField         field,
             const char         *title,
             gboolean            all,
             GPtrArray          *targets,
             const char * const *choices)
{
  HrTimeImport *self = import->import;
  guint m = field - HR_TIME_PERSON;
  gboolean foreign = hr_time_import_get_format (self) != HR_TIME_FORMAT_HEADROOM;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) chosen = g_array_new (FALSE, TRUE, sizeof (guint));

  g_clear_pointer (&import->values[m], g_ptr_array_unref);
  g_clear_pointer (&import->targets[m], g_ptr_array_unref);
  import->values[m] = g_ptr_array_new_with_free_func (g_free);
  import->targets[m] = g_ptr_array_ref (targets);
  import->section_of[m] = -1;
  for (guint i = 0; i < hr_time_import_get_n_values (self, field); i++)
    {
      const HrTimeValue *value = hr_time_import_get_value (self, field, i);
      guint choice = 0;

      if (!all && (value->state == HR_TIME_VALUE_PROPOSED || *value->text == '\0'))
        continue;
      /* the first choice that stands for the value's target; "not
       * counted" and "no account" stand for NULL once mapped */
      for (guint c = 1; c < targets->len; c++)
        if (g_strcmp0 (targets->pdata[c], value->target) == 0 && value->state != HR_TIME_VALUE_UNMAPPED)
          {
            choice = c;
            break;
          }
      g_ptr_array_add (import->values[m], g_strdup (value->text));
      g_ptr_array_add (details, value_detail (value, foreign));
      g_array_append_val (chosen, choice);
    }
  if (import->values[m]->len == 0)
    return;
  {
    g_autoptr(GPtrArray) shown = g_ptr_array_new ();

    for (guint i = 0; i < import->values[m]->len; i++)
      g_ptr_array_add (shown, *(char *) import->values[m]->pdata[i] ? import->values[m]->pdata[i] : (gpointer) _("(empty)"));
    import->section_of[m] = hr_mapping_dialog_add_values_with_details (import->dialog, title, shown, details, choices,
                                                                       (const guint *) chosen->data);
  }
}

static char *
column_names (HrTimeImport *self,
              HrTimeField   field)
{
  const char * const *columns = hr_time_import_get_columns (self, field);

  return columns ? g_strjoinv (" + ", (char **) columns) : g_strdup ("");
}

/* What a section's choices stand for: a target each (NULL: unmapped,
 * not counted, no account) and its label */
typedef struct {
  GPtrArray *targets;
  GPtrArray *labels;
} Offer;

static void
offer_init (Offer *offer)
{
  offer->targets = g_ptr_array_new_with_free_func (g_free);
  offer->labels = g_ptr_array_new_with_free_func (g_free);
}

static void
offer_add (Offer      *offer,
           const char *target,
           char       *label)   /* taken */
{
  g_ptr_array_add (offer->targets, g_strdup (target));
  g_ptr_array_add (offer->labels, label);
}

/* Shows the section and lets the offer go */
static void
offer_show (Offer        *offer,
            Import       *import,
            HrTimeField   field,
            gboolean      all,
            char         *title)   /* taken */
{
  g_ptr_array_add (offer->labels, NULL);
  add_section (import, field, title, all, offer->targets, (const char * const *) offer->labels->pdata);
  g_ptr_array_unref (offer->targets);
  g_ptr_array_unref (offer->labels);
  g_free (title);
}

static void
show_values (Import  *import,
             HrPlan  *plan)
{
  HrTimeImport *self = import->import;
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *people = hr_plan_get_people (plan);
  GListModel *accounts = hr_plan_get_accounts (plan);
  g_autofree char *activity = column_names (self, HR_TIME_ACTIVITY);
  g_autofree char *person = column_names (self, HR_TIME_PERSON);
  g_autofree char *account = column_names (self, HR_TIME_ACCOUNT);
  static const struct { const char *id, *label; } kinds[] = {
    { HR_ACTIVITY_REACTIVE, N_("Reactive work on the account") },
    { HR_ACTIVITY_INDIRECT, N_("Indirect work: meetings, admin, enablement") },
    { HR_ACTIVITY_UNPLANNED, N_("Unplanned work: escalations") },
    { HR_ACTIVITY_LEAVE, N_("Leave: vacation, holidays, sickness") },
  };
  Offer offer;

  import->updating = TRUE;
  hr_mapping_dialog_clear_values (import->dialog);

  /* activities: every value, the heart of the mapping */
  offer_init (&offer);
  offer_add (&offer, NULL, g_strdup (_("Not mapped")));
  offer_add (&offer, NULL, g_strdup (_("Not counted")));
  for (guint k = 0; k < g_list_model_get_n_items (moments); k++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, k);
      offer_add (&offer, hr_item_get_id (HR_ITEM (moment)), g_strdup_printf (_("Moment: %s"), hr_moment_get_name (moment)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    offer_add (&offer, kinds[i].id, g_strdup (_(kinds[i].label)));
  /* Translators: %s names the column, e.g. "Task" */
  offer_show (&offer, import, HR_TIME_ACTIVITY, TRUE, g_strdup_printf (_("Activities: what each “%s” stands for"), activity));

  /* people: every value */
  offer_init (&offer);
  offer_add (&offer, NULL, g_strdup (_("Not in the plan")));
  for (guint p = 0; p < g_list_model_get_n_items (people); p++)
    {
      g_autoptr(HrPerson) item = g_list_model_get_item (people, p);
      offer_add (&offer, hr_person_get_id (item), g_strdup (hr_person_get_name (item)));
    }
  offer_show (&offer, import, HR_TIME_PERSON, TRUE, g_strdup_printf (_("People: who each “%s” is"), person));

  /* clients: only those that match no account by id or name */
  offer_init (&offer);
  offer_add (&offer, NULL, g_strdup (_("Not in the plan")));
  offer_add (&offer, NULL, g_strdup (_("No account")));
  for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
    {
      g_autoptr(HrAccount) item = g_list_model_get_item (accounts, j);
      offer_add (&offer, hr_account_get_id (item), g_strdup (hr_account_get_name (item)));
    }
  offer_show (&offer, import, HR_TIME_ACCOUNT, FALSE,
              g_strdup_printf (_("Clients: the “%s” values that match no account by id or name"), account));
  import->updating = FALSE;
}

static void
report (Import *import)
{
  HrTimeImport *self = import->import;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_import_run (self, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  guint unknown_people = 0, unknown_clients = 0;
  int from, to;

  if (log == NULL)
    {
      g_ptr_array_add (problems, g_strdup (error->message));
      hr_mapping_dialog_set_report (import->dialog, _("The file cannot be imported like this:"), problems, FALSE);
      return;
    }
  for (guint i = 0; i < hr_time_log_get_warnings (log)->len; i++)
    g_ptr_array_add (problems, g_strdup (hr_time_log_get_warnings (log)->pdata[i]));
  for (guint i = 0; i < hr_time_import_get_n_values (self, HR_TIME_PERSON); i++)
    unknown_people += hr_time_import_get_value (self, HR_TIME_PERSON, i)->state == HR_TIME_VALUE_UNMAPPED;
  for (guint i = 0; i < hr_time_import_get_n_values (self, HR_TIME_ACCOUNT); i++)
    unknown_clients += hr_time_import_get_value (self, HR_TIME_ACCOUNT, i)->state == HR_TIME_VALUE_UNMAPPED;
  if (unknown_people > 0)
    g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u person is not in the plan: their entries count for moments, not for any role.",
      "%u people are not in the plan: their entries count for moments, not for any role.", unknown_people),
      unknown_people));
  if (unknown_clients > 0)
    g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u client matches no account: its entries count for their person’s role only.",
      "%u clients match no account: their entries count for their person’s role only.", unknown_clients),
      unknown_clients));
  hr_time_log_get_period (log, &from, &to);
  {
    g_autofree char *first = hr_format_month (from, "%b %Y");
    g_autofree char *last = hr_format_month (to, "%b %Y");
    g_autofree char *hours = hr_calibration_format_hours (hr_time_log_get_total_hours (log));
    guint n = hr_time_log_get_n_entries (log);

    /* Translators: "412 entries, 690 h, from Oct 2026 to Dec 2026, are imported." */
    g_autofree char *count = hr_format_number (n, 0);

    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry, %s h, from %s to %s, is imported.",
                                            "%s entries, %s h, from %s to %s, are imported.", n),
                               count, hours, first, last);
  }
  hr_mapping_dialog_set_report (import->dialog, summary, problems, TRUE);
}

static HrPlan *
dialog_plan (Import *import)
{
  return g_object_get_data (G_OBJECT (import->dialog), "hr-plan");
}

/* The choice of column @column: a field, or not used. A field but the
 * person reads one column: the column it had goes back to not used. */
static void
column_changed_cb (HrMappingDialog *dialog,
                   guint            column,
                   guint            choice,
                   Import          *import)
{
  HrTimeImport *self = import->import;
  const char *header = hr_time_import_get_header (self)->fields[column];
  int displaced = -1;

  if (import->updating)
    return;
  for (HrTimeField f = 0; f < HR_TIME_N_FIELDS; f++)
    {
      const char * const *columns = hr_time_import_get_columns (self, f);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      gboolean had = FALSE;

      for (guint i = 0; columns && columns[i]; i++)
        {
          if (g_str_equal (columns[i], header))
            had = TRUE;
          else if ((int) f + 1 == (int) choice && f != HR_TIME_PERSON)
            displaced = hr_csv_table_find_column (hr_time_import_get_table (self), columns[i]);
          else
            g_strv_builder_add (kept, columns[i]);
        }
      if ((int) f + 1 == (int) choice)
        g_strv_builder_add (kept, header);
      else if (!had)
        continue;
      list = g_strv_builder_end (kept);
      hr_time_import_set_columns (self, f, (const char * const *) list);
    }
  show_values (import, dialog_plan (import));
  report (import);
  if (displaced >= 0)
    {
      import->updating = TRUE;
      hr_mapping_dialog_choose_column (dialog, displaced, 0);
      import->updating = FALSE;
    }
}

static void
value_changed_cb (HrMappingDialog *dialog,
                  guint            section,
                  guint            value,
                  guint            choice,
                  Import          *import)
{
  for (guint m = 0; m < 3; m++)
    {
      HrTimeField field = HR_TIME_PERSON + m;
      const char *text;

      if (import->section_of[m] != (int) section || import->updating)
        continue;
      text = import->values[m]->pdata[value];
      if (choice == 0)
        hr_time_import_unset_target (import->import, field, text);
      else
        hr_time_import_set_target (import->import, field, text, import->targets[m]->pdata[choice]);
    }
  report (import);
}

static void
accepted_cb (HrMappingDialog *dialog,
             Import          *import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrTimeLog) log = hr_time_import_run (import->import, &error);
  g_autoptr(HrTimeMapping) mapping = NULL;

  if (log == NULL)
    return;
  mapping = hr_time_import_dup_mapping (import->import);
  import->done (log, mapping, import->data);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

GtkWindow *
hr_time_import_dialog_new (GtkWindow        *parent,
                           HrPlan           *plan,
                           HrTimeImport     *time_import,
                           HrTimeImportDone  done,
                           gpointer          data,
                           GDestroyNotify    data_free)
{
  Import *import = g_new0 (Import, 1);
  const HrCsvRecord *header = hr_time_import_get_header (time_import);
  g_autofree guint *chosen = g_new0 (guint, header->n_fields + 1);
  g_autofree char *base = g_path_get_basename (hr_time_import_get_display_name (time_import));
  /* Translators: the dialog's title; the export's kind, then the file's name */
  g_autofree char *title = g_strdup_printf (_("Import Time Log: %s “%s”"),
                                            hr_time_format_get_name (hr_time_import_get_format (time_import)), base);
  g_auto(GStrv) choices = g_new0 (char *, G_N_ELEMENTS (column_labels) + 1);

  import->import = time_import;
  import->done = done;
  import->data = data;
  import->data_free = data_free;
  import->dialog = hr_mapping_dialog_new (parent, title, _("_Import"));
  g_object_set_data_full (G_OBJECT (import->dialog), "hr-import", import, import_free);
  g_object_set_data_full (G_OBJECT (import->dialog), "hr-plan", g_object_ref (plan), g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    choices[i] = g_strdup (_(column_labels[i]));
  for (guint c = 0; c < header->n_fields; c++)
    for (HrTimeField f = 0; f < HR_TIME_N_FIELDS; f++)
      {
        const char * const *columns = hr_time_import_get_columns (time_import, f);

        if (columns && g_strv_contains (columns, header->fields[c]))
          chosen[c] = f + 1;
      }
  hr_mapping_dialog_set_table (import->dialog, hr_time_import_get_table (time_import),
                               (const char * const *) choices, chosen, 4);
  show_values (import, plan);
  report (import);
  g_signal_connect (import->dialog, "column-changed", G_CALLBACK (column_changed_cb), import);
  g_signal_connect (import->dialog, "value-changed", G_CALLBACK (value_changed_cb), import);
  g_signal_connect (import->dialog, "accepted", G_CALLBACK (accepted_cb), import);
  return GTK_WINDOW (import->dialog);
}

/* hr-account-import-run.c: the rows of a CRM export as accounts, what a
 * re-import changes, and putting them in the plan */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hr-account-import-private.h"
#include "hr-import-values.h"
#include "hr-plan-private.h"
#include "hr-portfolio-private.h"

static void
clear_problem (gpointer data)
{
  HrImportProblem *problem = data;

  g_free (problem->column);
  g_free (problem->message);
}

void
hr_account_import_result_free (HrAccountImportResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->accounts);
  g_ptr_array_unref (result->people);
  g_array_unref (result->problems);
  g_ptr_array_unref (result->added);
  g_ptr_array_unref (result->removed);
  g_ptr_array_unref (result->owner_changed);
  g_ptr_array_unref (result->arr_changed);
  g_free (result);
}

static void
add_problem (HrAccountImportResult *result,
             guint                  line,
             const char            *column,
             char                  *message)
{
  HrImportProblem problem = { line, g_strdup (column), message };

  g_array_append_val (result->problems, problem);
}

char *
hr_import_problem_to_string (const HrImportProblem *problem,
                             const char            *display_name)
{
  if (problem->column)
    return g_strdup_printf ("%s:%u: %s: %s", display_name, problem->line, problem->column, problem->message);
  return g_strdup_printf ("%s:%u: %s", display_name, problem->line, problem->message);
}

/* A value that reads as a plain number is kept as one, so rules compare
 * it ("Health Score below 50") */
static JsonNode *
attribute_value (const char *text)
{
  char *end;
  double number = g_ascii_strtod (text, &end);

  /* "0015" is a code, not fifteen */
  if (*end == '\0' && end != text && isfinite (number) && !(text[0] == '0' && g_ascii_isdigit (text[1])))
    return json_node_init_double (json_node_alloc (), number);
  return json_node_init_string (json_node_alloc (), text);
}

static char *
unique_person_id (HrPlan     *plan,
                  GPtrArray  *people,
                  const char *name)
{
  g_autofree char *stem = hr_import_id_from_name (name);

  for (guint n = 1; ; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (stem) : g_strdup_printf ("%s-%u", stem, n);
      gboolean taken = hr_plan_find_person (plan, id) != NULL;

      for (guint i = 0; i < people->len && !taken; i++)
        taken = g_str_equal (hr_person_get_id (people->pdata[i]), id);
      if (!taken)
        return g_steal_pointer (&id);
    }
}

/* The person id for an owner name, creating the person once */
static const char *
owner_for (HrAccountImport       *self,
           HrAccountImportResult *result,
           GHashTable            *created,
           const char            *owner)
{
  const char *person = g_hash_table_lookup (self->owners, owner);
  HrPerson *added;

  if (*owner == '\0' || (person && *person == '\0'))
    return NULL;
  if (person)
    return person;
  if ((added = g_hash_table_lookup (created, owner)))
    return hr_person_get_id (added);
  {
    g_autofree char *id = unique_person_id (self->plan, result->people, owner);
    HrRole *role = hr_plan_get_portfolio_role (self->plan);

    added = hr_person_new (id);
    g_object_set (added, "name", owner, NULL);
    if (role != hr_plan_get_work_role (self->plan))
      g_object_set (added, "role", hr_item_get_id (HR_ITEM (role)), NULL);
    g_ptr_array_add (result->people, added);
    g_hash_table_insert (created, g_strdup (owner), added);
  }
  return hr_person_get_id (added);
}

static const char *
field (HrAccountImport *self,
       guint            row,
       int              column)
{
  return column >= 0 ? hr_csv_table_get_field (self->table, row, column) : "";
}

static HrDateOrder
date_order (HrAccountImport *self,
            int              column)
{
  guint n = hr_csv_table_get_n_rows (self->table);
  g_autofree const char **values = g_new0 (const char *, n + 1);

  for (guint r = 0; r < n; r++)
    values[r] = field (self, r, column);
  return hr_import_guess_date_order (values, n);
}

static gboolean
same_arr (double a,
          double b)
{
  return (isnan (a) && isnan (b)) || fabs (a - b) <= 1e-9 * MAX (1, fabs (b));
}

/* One row as an account, or a problem; the account is not yet compared */
static HrAccount *
read_row (HrAccountImport       *self,
          HrAccountImportResult *result,
          GHashTable            *created,
          guint                  r,
          const int             *at,
          HrDateOrder            start_order,
          HrDateOrder            renewal_order)
{
  const HrCsvRecord *header = hr_csv_table_get_header (self->table);
  const HrCsvRecord *row = hr_csv_table_get_row (self->table, r);
  g_autofree char *id = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_ID])));
  g_autofree char *name = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_NAME])));
  g_autofree char *tier = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_SEGMENT])));
  g_autofree char *owner = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_OWNER])));
  g_autofree char *start_text = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_START])));
  g_autofree char *renewal_text = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_RENEWAL])));
  g_autofree char *arr_text = g_strstrip (g_strdup (field (self, r, at[HR_ACCOUNT_COLUMN_ARR])));
  const char *segment = NULL;
  g_autoptr(JsonObject) attributes = json_object_new ();
  HrAccount *account;
  double arr = NAN;
  int start = -1;

#define HEADER(what) (header->fields[at[what]])
  if (*id == '\0')
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_ID), g_strdup (_("no account ID")));
      return NULL;
    }
  if (g_utf8_strlen (id, -1) > HR_ACCOUNT_ID_MAX)
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_ID),
                   g_strdup_printf (_("an account ID has at most %d characters"), HR_ACCOUNT_ID_MAX));
      return NULL;
    }
  if (*tier == '\0')
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_SEGMENT), g_strdup (_("no tier")));
      return NULL;
    }
  segment = g_hash_table_lookup (self->tiers, tier);
  if (segment == NULL)
    {
      /* Translators: a tier value of the file that no segment of the plan stands for */
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_SEGMENT),
                   g_strdup_printf (_("“%s” is not mapped to a tier of the plan"), tier));
      return NULL;
    }
  if (*start_text && !hr_import_parse_month (start_text, start_order, &start))
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_START),
                   g_strdup_printf (_("cannot read the date “%s”; expected e.g. 2026-03-15 or 03/15/2026"), start_text));
      return NULL;
    }
  if (start < 0 && *renewal_text)
    {
      int renewal;

      if (!hr_import_parse_month (renewal_text, renewal_order, &renewal))
        {
          add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_RENEWAL),
                       g_strdup_printf (_("cannot read the date “%s”; expected e.g. 2026-03-15 or 03/15/2026"),
                                        renewal_text));
          return NULL;
        }
      /* the term that renews then started a year before */
      start = renewal - 12;
    }
  if (start < 0)
    {
      add_problem (result, row->line, NULL, g_strdup (_("no date the customer started or renews")));
      return NULL;
    }
  if (*arr_text && (!hr_import_parse_number (arr_text, &arr) || arr < 0))
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_ARR),
                   g_strdup_printf (_("cannot read “%s” as an amount of at least 0"), arr_text));
      return NULL;
    }
  /* the plan's own bound on an account's ARR, so that what is imported opens */
  if (*arr_text && arr > hr_plan_find_bound ("account", "arr")->most)
    {
      add_problem (result, row->line, HEADER (HR_ACCOUNT_COLUMN_ARR),
                   g_strdup_printf (_("“%s” is beyond Headroom’s limit on an account’s ARR"), arr_text));
      return NULL;
    }
#undef HEADER

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *value = NULL;
      g_autofree char *key = NULL;

      if (self->columns[c] != HR_ACCOUNT_COLUMN_ATTRIBUTE)
        continue;
      value = g_strstrip (g_strdup (field (self, r, c)));
      key = g_strstrip (g_strdup (header->fields[c]));
      if (*value && *key)
        json_object_set_member (attributes, key, attribute_value (value));
    }

  account = hr_account_new (id, segment, start);
  g_object_set (account, "name", *name ? name : NULL, "owner", owner_for (self, result, created, owner), NULL);
  account->data.arr = arr;
  hr_account_set_attributes (account, attributes);
  return account;
}

HrAccountImportResult *
hr_account_import_run (HrAccountImport *self)
{
  HrAccountImportResult *result = g_new0 (HrAccountImportResult, 1);
  g_autoptr(GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *accounts = hr_plan_get_accounts (self->plan);
  int at[HR_N_ACCOUNT_COLUMNS];
  HrDateOrder start_order, renewal_order;

  result->accounts = g_ptr_array_new_with_free_func (g_object_unref);
  result->people = g_ptr_array_new_with_free_func (g_object_unref);
  result->problems = g_array_new (FALSE, TRUE, sizeof (HrImportProblem));
  g_array_set_clear_func (result->problems, clear_problem);
  result->added = g_ptr_array_new_with_free_func (g_free);
  result->removed = g_ptr_array_new_with_free_func (g_free);
  result->owner_changed = g_ptr_array_new_with_free_func (g_free);
  result->arr_changed = g_ptr_array_new_with_free_func (g_free);
  result->n_rows = hr_csv_table_get_n_rows (self->table);

  for (guint w = 0; w < HR_N_ACCOUNT_COLUMNS; w++)
    at[w] = hr_account_import_find_column (self, w);
  start_order = date_order (self, at[HR_ACCOUNT_COLUMN_START]);
  renewal_order = date_order (self, at[HR_ACCOUNT_COLUMN_RENEWAL]);
  for (guint r = 0; r < result->n_rows; r++)
    {
      HrAccount *account = read_row (self, result, created, r, at, start_order, renewal_order);
      const HrCsvRecord *row = hr_csv_table_get_row (self->table, r);
      gpointer first_line;
      HrAccount *before;

      if (account == NULL)
        continue;
      if (g_hash_table_lookup_extended (lines, account->data.id, NULL, &first_line))
        {
          add_problem (result, row->line, hr_csv_table_get_header (self->table)->fields[at[HR_ACCOUNT_COLUMN_ID]],
                       g_strdup_printf (_("the account ID “%s” is also on line %u"), account->data.id,
                                        GPOINTER_TO_UINT (first_line)));
          g_object_unref (account);
          continue;
        }
      g_hash_table_insert (lines, g_strdup (account->data.id), GUINT_TO_POINTER (row->line));
      before = hr_plan_find_account (self->plan, account->data.id);
      if (before == NULL)
        g_ptr_array_add (result->added, g_strdup (account->data.id));
      else
        {
          /* what only Headroom knows of the account stays */
          account->data.pinned = before->data.pinned;
          account->data.effort_factor = before->data.effort_factor;
          if (g_strcmp0 (before->data.owner, account->data.owner) != 0)
            g_ptr_array_add (result->owner_changed, g_strdup (account->data.id));
          if (!same_arr (before->data.arr, account->data.arr))
            g_ptr_array_add (result->arr_changed, g_strdup (account->data.id));
        }
      g_ptr_array_add (result->accounts, account);
    }

  for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, j);

      if (g_hash_table_contains (lines, account->data.id))
        continue;
      if (self->remove_missing)
        g_ptr_array_add (result->removed, g_strdup (account->data.id));
      else
        g_ptr_array_add (result->accounts, hr_item_copy (HR_ITEM (account)));
    }
  return result;
}

char *
hr_account_import_result_dup_summary (HrAccountImportResult *result)
{
  GString *out = g_string_new (NULL);
  guint n = result->accounts->len;

  /* Translators: the accounts the plan will hold after the import */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u account", "%u accounts", n), n);
  g_string_append (out, ": ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", result->added->len), result->added->len);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u removed", ", %u removed", result->removed->len),
                          result->removed->len);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u with a new owner", ", %u with a new owner",
                                            result->owner_changed->len), result->owner_changed->len);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u with new ARR", ", %u with new ARR",
                                            result->arr_changed->len), result->arr_changed->len);
  if (result->people->len > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u new person", ", %u new people",
                                              result->people->len), result->people->len);
  if (result->problems->len > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %u row is not imported.", "; %u rows are not imported.",
                                              result->problems->len), result->problems->len);
  else
    g_string_append (out, ".");
  return g_string_free (out, FALSE);
}

void
hr_account_import_apply (HrAccountImportResult *result,
                         HrPlan                *plan)
{
  GListStore *accounts = G_LIST_STORE (hr_plan_get_accounts (plan));
  GListStore *people = G_LIST_STORE (hr_plan_get_people (plan));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

  /* people first: the accounts name them */
  for (guint i = 0; i < result->people->len; i++)
    {
      g_autoptr(HrItem) person = hr_item_copy (result->people->pdata[i]);
      g_list_store_append (people, person);
    }
  /* copies: the result may be applied again (redo) */
  for (guint i = 0; i < result->accounts->len; i++)
    g_ptr_array_add (copies, hr_item_copy (result->accounts->pdata[i]));
  g_list_store_splice (accounts, 0, g_list_model_get_n_items (G_LIST_MODEL (accounts)),
                       copies->pdata, copies->len);
}

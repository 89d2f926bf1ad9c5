/* hr-account-import.c: accounts from a CRM export */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-account-import-private.h"
#include "hr-import-values.h"
#include "hr-portfolio-private.h"

static const char * const column_words[] = {
  "attribute", "skip", "id", "name", "segment", "owner", "start", "renewal", "arr",
};

/* Headers as Salesforce, HubSpot, Gainsight and spreadsheets write them,
 * normalized, the most telling first */
static const char * const id_headers[] = {
  "account id", "record id", "company id", "customer id", "crm id", "salesforce id", "sfdc id",
  "hubspot id", "gainsight id", "gsid", "account number", "id", NULL };
static const char * const name_headers[] = {
  "account name", "company name", "customer name", "company", "customer", "account", "organization",
  "organisation", "name", NULL };
static const char * const segment_headers[] = {
  "tier", "segment", "customer tier", "account tier", "customer segment", "cs tier", "cs segment",
  "service tier", "coverage model", "touch model", "touch", NULL };
static const char * const owner_headers[] = {
  "csm", "account owner", "company owner", "customer success manager", "cs owner", "csm name",
  "success manager", "assigned csm", "owner", "account manager", "hubspot owner", NULL };
static const char * const start_headers[] = {
  "customer since", "contract start date", "contract start", "start date", "subscription start date",
  "became a customer date", "start", "close date", "create date", "created date", NULL };
static const char * const renewal_headers[] = {
  "renewal date", "next renewal date", "renewal", "contract end date", "contract end",
  "subscription end date", NULL };
static const char * const arr_headers[] = {
  "arr", "annual recurring revenue", "current arr", "annual revenue", "annual contract value", "acv",
  "contract value", "amount", NULL };

static const char * const *
headers_of (HrAccountColumn what)
{
  switch (what)
    {
    case HR_ACCOUNT_COLUMN_ID: return id_headers;
    case HR_ACCOUNT_COLUMN_NAME: return name_headers;
    case HR_ACCOUNT_COLUMN_SEGMENT: return segment_headers;
    case HR_ACCOUNT_COLUMN_OWNER: return owner_headers;
    case HR_ACCOUNT_COLUMN_START: return start_headers;
    case HR_ACCOUNT_COLUMN_RENEWAL: return renewal_headers;
    case HR_ACCOUNT_COLUMN_ARR: return arr_headers;
    case HR_ACCOUNT_COLUMN_ATTRIBUTE:
    case HR_ACCOUNT_COLUMN_SKIP:
    case HR_N_ACCOUNT_COLUMNS:
      break;
    }
  return NULL;
}

const char *
hr_account_column_to_string (HrAccountColumn column)
{
  g_return_val_if_fail (column < HR_N_ACCOUNT_COLUMNS, "skip");
  return column_words[column];
}

gboolean
hr_account_column_from_string (const char      *text,
                               HrAccountColumn *column)
{
  for (guint i = 0; i < HR_N_ACCOUNT_COLUMNS; i++)
    if (g_strcmp0 (text, column_words[i]) == 0)
      {
        *column = i;
        return TRUE;
      }
  /* what people also call them */
  if (g_strcmp0 (text, "tier") == 0)
    *column = HR_ACCOUNT_COLUMN_SEGMENT;
  else if (g_strcmp0 (text, "csm") == 0)
    *column = HR_ACCOUNT_COLUMN_OWNER;
  else
    return FALSE;
  return TRUE;
}

const char *
hr_account_column_get_label (HrAccountColumn column)
{
  switch (column)
    {
    case HR_ACCOUNT_COLUMN_ATTRIBUTE: return _("Keep as attribute");
    case HR_ACCOUNT_COLUMN_SKIP: return _("Do not import");
    case HR_ACCOUNT_COLUMN_ID: return _("Account ID");
    case HR_ACCOUNT_COLUMN_NAME: return _("Account name");
    case HR_ACCOUNT_COLUMN_SEGMENT: return _("Tier");
    case HR_ACCOUNT_COLUMN_OWNER: return _("Owner");
    case HR_ACCOUNT_COLUMN_START: return _("Customer since");
    case HR_ACCOUNT_COLUMN_RENEWAL: return _("Renewal date");
    case HR_ACCOUNT_COLUMN_ARR: return _("ARR");
    case HR_N_ACCOUNT_COLUMNS:
      break;
    }
  g_return_val_if_reached ("");
}

/* --- guessing --- */

static void
guess_columns (HrAccountImport *self)
{
  const HrCsvRecord *header = hr_csv_table_get_header (self->table);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  static const HrAccountColumn order[] = {
    HR_ACCOUNT_COLUMN_ID, HR_ACCOUNT_COLUMN_SEGMENT, HR_ACCOUNT_COLUMN_OWNER, HR_ACCOUNT_COLUMN_ARR,
    HR_ACCOUNT_COLUMN_START, HR_ACCOUNT_COLUMN_RENEWAL, HR_ACCOUNT_COLUMN_NAME,
  };

  for (guint c = 0; c < self->n_columns; c++)
    g_ptr_array_add (names, hr_import_normalize_name (header->fields[c]));
  /* exact headers first, then headers that start with one ("ARR (USD)") */
  for (int prefix = 0; prefix < 2; prefix++)
    for (guint f = 0; f < G_N_ELEMENTS (order); f++)
      {
        const char * const *headers = headers_of (order[f]);
        int best = -1, best_rank = G_MAXINT;

        if (hr_account_import_find_column (self, order[f]) >= 0)
          continue;
        for (guint c = 0; c < self->n_columns; c++)
          {
            const char *name = names->pdata[c];

            if (self->columns[c] != HR_ACCOUNT_COLUMN_ATTRIBUTE)
              continue;
            for (int h = 0; headers[h] && h < best_rank; h++)
              {
                gsize len = strlen (headers[h]);
                gboolean match = prefix ? g_str_has_prefix (name, headers[h]) && name[len] == ' '
                                        : g_str_equal (name, headers[h]);
                if (match)
                  {
                    best = c;
                    best_rank = h;
                  }
              }
          }
        if (best >= 0)
          self->columns[best] = order[f];
      }
}

static char *
normalized (const char *text)
{
  return hr_import_normalize_name (text);
}

static const char *
guess_person (HrPlan     *plan,
              const char *owner)
{
  GListModel *people = hr_plan_get_people (plan);
  g_autofree char *wanted = normalized (owner);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (people, i);
      g_autofree char *id = normalized (person->data.id);
      g_autofree char *name = normalized (hr_person_get_name (person));

      if (g_str_equal (wanted, id) || g_str_equal (wanted, name))
        return person->data.id;
    }
  return NULL;
}

static const char *
guess_segment (HrPlan     *plan,
               const char *tier)
{
  GListModel *segments = hr_plan_get_segments (plan);
  g_autofree char *wanted = normalized (tier);
  static const char * const touches[] = { "high", "mid", "tech" };
  const char *by_touch = NULL;
  guint n_touch = 0;

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);
      g_autofree char *id = normalized (segment->data.id);
      g_autofree char *name = normalized (hr_segment_get_name (segment));
      g_autofree char *touch = g_strdup_printf ("%s touch", touches[segment->data.touch]);

      if (g_str_equal (wanted, id) || g_str_equal (wanted, name))
        return segment->data.id;
      /* "High Touch" names the one segment served that way */
      if (g_str_equal (wanted, touch) || g_str_equal (wanted, touches[segment->data.touch]))
        {
          by_touch = segment->data.id;
          n_touch++;
        }
    }
  return n_touch == 1 ? by_touch : NULL;
}

/* Distinct trimmed values of a column, in the order they first appear */
static GPtrArray *
column_values (HrAccountImport *self,
               int              column)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; column >= 0 && r < hr_csv_table_get_n_rows (self->table); r++)
    {
      char *value = g_strstrip (g_strdup (hr_csv_table_get_field (self->table, r, column)));

      if (*value == '\0' || !g_hash_table_add (seen, value))
        {
          if (*value == '\0')
            g_free (value);
          continue;
        }
      g_ptr_array_add (values, g_strdup (value));
    }
  return values;
}

static void
guess_values (HrAccountImport *self)
{
  g_autoptr(GPtrArray) owners = column_values (self, hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_OWNER));
  g_autoptr(GPtrArray) tiers = column_values (self, hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_SEGMENT));

  for (guint i = 0; i < owners->len; i++)
    if (!g_hash_table_contains (self->owners, owners->pdata[i]))
      g_hash_table_insert (self->owners, g_strdup (owners->pdata[i]),
                           g_strdup (guess_person (self->plan, owners->pdata[i])));
  for (guint i = 0; i < tiers->len; i++)
    if (!g_hash_table_contains (self->tiers, tiers->pdata[i]))
      g_hash_table_insert (self->tiers, g_strdup (tiers->pdata[i]),
                           g_strdup (guess_segment (self->plan, tiers->pdata[i])));
}

HrAccountImport *
hr_account_import_new (HrPlan     *plan,
                       HrCsvTable *table)
{
  HrAccountImport *self = g_new0 (HrAccountImport, 1);

  self->plan = g_object_ref (plan);
  self->table = table;
  self->n_columns = hr_csv_table_get_header (table)->n_fields;
  self->columns = g_new0 (HrAccountColumn, self->n_columns + 1);
  self->owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->remove_missing = TRUE;
  guess_columns (self);
  guess_values (self);
  return self;
}

void
hr_account_import_free (HrAccountImport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->plan);
  hr_csv_table_free (self->table);
  g_free (self->columns);
  g_hash_table_unref (self->owners);
  g_hash_table_unref (self->tiers);
  g_free (self);
}

HrCsvTable *hr_account_import_get_table (HrAccountImport *self) { return self->table; }
guint hr_account_import_get_n_columns (HrAccountImport *self) { return self->n_columns; }

const char *
hr_account_import_get_header (HrAccountImport *self,
                              guint            column)
{
  g_return_val_if_fail (column < self->n_columns, NULL);
  return hr_csv_table_get_header (self->table)->fields[column];
}

HrAccountColumn
hr_account_import_get_column (HrAccountImport *self,
                              guint            column)
{
  g_return_val_if_fail (column < self->n_columns, HR_ACCOUNT_COLUMN_SKIP);
  return self->columns[column];
}

void
hr_account_import_set_column (HrAccountImport *self,
                              guint            column,
                              HrAccountColumn  what)
{
  g_return_if_fail (column < self->n_columns && what < HR_N_ACCOUNT_COLUMNS);

  if (what != HR_ACCOUNT_COLUMN_ATTRIBUTE && what != HR_ACCOUNT_COLUMN_SKIP)
    for (guint c = 0; c < self->n_columns; c++)
      if (self->columns[c] == what)
        self->columns[c] = HR_ACCOUNT_COLUMN_ATTRIBUTE;
  self->columns[column] = what;
  guess_values (self);
}

int
hr_account_import_find_column (HrAccountImport *self,
                               HrAccountColumn  what)
{
  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c] == what)
      return c;
  return -1;
}

char *
hr_account_import_dup_missing (HrAccountImport *self)
{
  if (hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_ID) < 0)
    return g_strdup (_("No column holds the account ID."));
  if (hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_SEGMENT) < 0)
    return g_strdup (_("No column holds the tier."));
  if (hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_START) < 0 &&
      hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_RENEWAL) < 0)
    return g_strdup (_("No column holds when the customer started or renews."));
  return NULL;
}

GPtrArray *
hr_account_import_dup_owners (HrAccountImport *self)
{
  return column_values (self, hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_OWNER));
}

const char *
hr_account_import_get_owner_person (HrAccountImport *self,
                                    const char      *owner)
{
  return g_hash_table_lookup (self->owners, owner);
}

void
hr_account_import_set_owner_person (HrAccountImport *self,
                                    const char      *owner,
                                    const char      *person_id)
{
  g_hash_table_insert (self->owners, g_strdup (owner), g_strdup (person_id));
}

GPtrArray *
hr_account_import_dup_tiers (HrAccountImport *self)
{
  return column_values (self, hr_account_import_find_column (self, HR_ACCOUNT_COLUMN_SEGMENT));
}

const char *
hr_account_import_get_tier_segment (HrAccountImport *self,
                                    const char      *tier)
{
  return g_hash_table_lookup (self->tiers, tier);
}

void
hr_account_import_set_tier_segment (HrAccountImport *self,
                                    const char      *tier,
                                    const char      *segment_id)
{
  g_hash_table_insert (self->tiers, g_strdup (tier), g_strdup (segment_id));
}

void
hr_account_import_set_remove_missing (HrAccountImport *self,
                                      gboolean         remove)
{
  self->remove_missing = remove;
}

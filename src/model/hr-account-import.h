/* hr-account-import.h: accounts from a CRM export (Salesforce, HubSpot,
 * Gainsight, a spreadsheet) into the plan
 *
 * The import guesses which column holds what from the headers, keeps the
 * other columns as attributes, maps owner names to people and tier values
 * to segments; every choice can be changed before it runs. Running it
 * lists the rows it cannot use with their line numbers and what a
 * re-import changes; applying it puts the good rows in the plan at once.
 */
#pragma once

#include "hr-csv.h"
#include "hr-portfolio.h"

G_BEGIN_DECLS

typedef enum {
  HR_ACCOUNT_COLUMN_ATTRIBUTE,  /* kept as an attribute, for rules and display */
  HR_ACCOUNT_COLUMN_SKIP,       /* not imported */
  HR_ACCOUNT_COLUMN_ID,
  HR_ACCOUNT_COLUMN_NAME,
  HR_ACCOUNT_COLUMN_SEGMENT,
  HR_ACCOUNT_COLUMN_OWNER,
  HR_ACCOUNT_COLUMN_START,
  HR_ACCOUNT_COLUMN_RENEWAL,    /* the start follows: twelve months before */
  HR_ACCOUNT_COLUMN_ARR,
  HR_N_ACCOUNT_COLUMNS
} HrAccountColumn;

/* "id", "name", "segment", "owner", "start", "renewal", "arr",
 * "attribute", "skip": the words of headroom-cli import-accounts --map */
const char *hr_account_column_to_string   (HrAccountColumn column);
gboolean    hr_account_column_from_string (const char      *text,
                                           HrAccountColumn *column);
/* What a person reads in the mapping dialog: "Account ID", "Tier", … */
const char *hr_account_column_get_label   (HrAccountColumn column);

typedef struct {
  guint  line;      /* of the CSV file */
  char  *column;    /* the header, or NULL for the whole row */
  char  *message;
} HrImportProblem;

typedef struct {
  GPtrArray *accounts;       /* HrAccount, in file order, ready for the plan */
  GPtrArray *people;         /* HrPerson, for owners who are not in the plan yet */
  GArray    *problems;       /* HrImportProblem: rows that are not imported */
  guint      n_rows;
  /* a re-import, compared with the plan's accounts by id */
  GPtrArray *added;          /* account ids */
  GPtrArray *removed;
  GPtrArray *owner_changed;
  GPtrArray *arr_changed;
} HrAccountImportResult;

typedef struct _HrAccountImport HrAccountImport;

/* Guesses the mapping of @table's columns for @plan; takes @table */
HrAccountImport *hr_account_import_new          (HrPlan          *plan,
                                                 HrCsvTable      *table);
void             hr_account_import_free         (HrAccountImport *self);

HrCsvTable      *hr_account_import_get_table    (HrAccountImport *self);
guint            hr_account_import_get_n_columns (HrAccountImport *self);
const char      *hr_account_import_get_header   (HrAccountImport *self,
                                                 guint            column);
HrAccountColumn  hr_account_import_get_column   (HrAccountImport *self,
                                                 guint            column);
/* Id, name, tier, owner, start, renewal and ARR go in one column each:
 * giving one to @column takes it from the column that had it */
void             hr_account_import_set_column   (HrAccountImport *self,
                                                 guint            column,
                                                 HrAccountColumn  what);
/* The column that holds @what, or -1 */
int              hr_account_import_find_column  (HrAccountImport *self,
                                                 HrAccountColumn  what);
/* NULL when the mapping can run; else what is missing, e.g. "No column
 * holds the account ID." */
char            *hr_account_import_dup_missing  (HrAccountImport *self);

/* The owner names of the file, in the order they first appear */
GPtrArray       *hr_account_import_dup_owners   (HrAccountImport *self);
/* The person an owner name maps to: a person id of the plan, NULL for a
 * new person of that name, "" for no owner (unassigned) */
const char      *hr_account_import_get_owner_person (HrAccountImport *self,
                                                     const char      *owner);
void             hr_account_import_set_owner_person (HrAccountImport *self,
                                                     const char      *owner,
                                                     const char      *person_id);
/* The tier values of the file, in the order they first appear */
GPtrArray       *hr_account_import_dup_tiers    (HrAccountImport *self);
/* The segment id a tier value maps to; NULL: not mapped, its rows are
 * not imported */
const char      *hr_account_import_get_tier_segment (HrAccountImport *self,
                                                     const char      *tier);
void             hr_account_import_set_tier_segment (HrAccountImport *self,
                                                     const char      *tier,
                                                     const char      *segment_id);
/* Accounts that the plan has and the file does not are removed (TRUE, the
 * default: the export is the whole book) or kept */
void             hr_account_import_set_remove_missing (HrAccountImport *self,
                                                       gboolean         remove);

HrAccountImportResult *hr_account_import_run    (HrAccountImport *self);
void             hr_account_import_result_free  (HrAccountImportResult *result);
/* "312 accounts: 12 new, 3 removed, 5 with a new owner, 9 with new ARR,
 * 2 new people; 4 rows are not imported." */
char            *hr_account_import_result_dup_summary (HrAccountImportResult *result);
/* "accounts.csv:7: Tier: “Platinum” is not mapped to a tier" */
char            *hr_import_problem_to_string    (const HrImportProblem *problem,
                                                 const char            *display_name);
/* Puts the result's accounts and new people in @plan: accounts of the
 * same id are replaced (keeping what only Headroom knows of them: pinned,
 * effort factor), new ones follow in file order, removed ones go. */
void             hr_account_import_apply        (HrAccountImportResult *result,
                                                 HrPlan                *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrAccountImport, hr_account_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrAccountImportResult, hr_account_import_result_free)

G_END_DECLS

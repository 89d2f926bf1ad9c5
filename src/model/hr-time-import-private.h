/* hr-time-import-private.h: what the import's files share: its state, the
 * helpers of reading rows, and the proposer of values */
#pragma once

#include "hr-time-import.h"
#include "hr-time-values.h"

G_BEGIN_DECLS

typedef struct _HrTimeProposer HrTimeProposer;

/* The import's state, shared with hr-time-import-run.c */
struct _HrTimeImport
{
  HrCsvTable     *table;
  HrTimeFormat    format;
  char          **columns[HR_TIME_N_FIELDS];
  int             column_index[HR_TIME_N_FIELDS][3];   /* of columns[], -1 after the last */
  HrTimeMapping  *remembered;
  HrTimeMapping  *chosen;        /* this import's choices */
  HrTimeProposer *proposer;
  GPtrArray      *values[3];     /* HrTimeImportValue: person, account, activity */
  GHashTable     *value_index[3];
  GHashTable     *unmapped[3];   /* folded values the user left unmapped */
};

/* A distinct value: what the API shows, and the strings it points into */
typedef struct {
  HrTimeValue  value;     /* text and target point into the strings below */
  char        *text;
  char        *key;       /* folded */
  char        *target;
} HrTimeImportValue;

static inline int
hr_time_import_map_index (HrTimeField field)
{
  g_return_val_if_fail (field == HR_TIME_PERSON || field == HR_TIME_ACCOUNT || field == HR_TIME_ACTIVITY, 0);
  return field - HR_TIME_PERSON;
}

/* The value of @field in row @r: its columns' fields trimmed, joined by a
 * space */
char              *hr_time_import_row_value  (HrTimeImport *self,
                                              HrTimeField   field,
                                              guint         r);
/* The distinct value @text of @field counts as, or NULL */
HrTimeImportValue *hr_time_import_find_value (HrTimeImport *self,
                                              HrTimeField   field,
                                              const char   *text);
/* How bare numbers of the hours column read */
HrDurationUnit     hr_time_import_hours_unit (HrTimeImport *self);
gboolean           hr_time_import_has_header (HrTimeImport *self,
                                              const char   *header);
/* An import whose values @proposer (taken) proposes */
HrTimeImport      *hr_time_import_new_with   (HrCsvTable          *table,
                                              HrTimeProposer      *proposer,
                                              const HrTimeMapping *remembered);

/* Trimmed, casefolded and normalised: how values are compared */
char           *hr_time_fold                 (const char      *text);

/* What a value of the person, account or activity column stands for,
 * from copies of the plan's people, accounts and moments
 * (hr-time-propose.c) */
HrTimeProposer *hr_time_proposer_new         (HrPlan          *plan);
/* Knows moments only: for canonical logs read without a plan */
HrTimeProposer *hr_time_proposer_new_for_moments (const char * const *moment_ids);
void            hr_time_proposer_free        (HrTimeProposer  *self);
/* Exact: Headroom's own log, where values are ids (spec §7); only an
 * activity that is exactly a moment id or a kind of work is proposed */
void            hr_time_proposer_set_exact   (HrTimeProposer  *self,
                                              gboolean         exact);

/* The target proposed for @value, or NULL */
const char     *hr_time_proposer_propose     (HrTimeProposer  *self,
                                              HrTimeField      field,
                                              const char      *value);
/* TRUE when @target still names something of the plan (NULL is "no
 * account" and "not counted") */
gboolean        hr_time_proposer_is_target   (HrTimeProposer  *self,
                                              HrTimeField      field,
                                              const char      *target);
gboolean        hr_time_proposer_is_moment   (HrTimeProposer  *self,
                                              const char      *target);
const char     *hr_time_proposer_get_moment_name (HrTimeProposer *self,
                                                  const char     *id);
/* "a moment id (kickoff, checkin) or reactive, indirect, unplanned, leave" */
char           *hr_time_proposer_dup_activities (HrTimeProposer *self);

G_END_DECLS

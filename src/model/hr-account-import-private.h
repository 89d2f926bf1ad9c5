/* hr-account-import-private.h: the import's state, shared by the mapping
 * (hr-account-import.c) and the run (hr-account-import-run.c) */
#pragma once

#include "hr-account-import.h"

G_BEGIN_DECLS

struct _HrAccountImport
{
  HrPlan          *plan;
  HrCsvTable      *table;
  guint            n_columns;
  HrAccountColumn *columns;
  GHashTable      *owners;     /* owner name → person id; "" unassigned; NULL a new person */
  GHashTable      *tiers;      /* tier value → segment id; NULL not mapped */
  gboolean         remove_missing;
};

G_END_DECLS

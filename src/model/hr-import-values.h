/* hr-import-values.h: reading the values of foreign exports (CRM accounts,
 * time trackers, spreadsheets) as people typed them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HR_DATE_ORDER_UNKNOWN,   /* not yet seen: month first unless a day > 12 says otherwise */
  HR_DATE_ORDER_MONTH_FIRST,
  HR_DATE_ORDER_DAY_FIRST,
} HrDateOrder;

/* "2026-03-15", "2026-03", "2026-03-15T10:00:00Z", "2026/03/15",
 * "03/15/2026", "15/03/2026", "15.03.2026"; the month as an absolute month
 * (year × 12 + month − 1). Slashed dates follow @order; a day above 12
 * settles it. FALSE for anything else. */
gboolean hr_import_parse_month    (const char  *text,
                                   HrDateOrder  order,
                                   int         *absolute);
/* Which order slashed dates of a column follow: day first as soon as one
 * of @values has a first part above 12 */
HrDateOrder hr_import_guess_date_order (const char * const *values,
                                        guint               n_values);

/* "120000", "120,000", "$120,000.00", "120.000,50 €", "1 234,5": a
 * decimal number with a currency sign or grouping; FALSE for anything
 * else */
gboolean hr_import_parse_number   (const char  *text,
                                   double      *value);

/* A header as it compares: lowercase letters and digits, one space
 * between words ("Account_Owner " → "account owner") */
char    *hr_import_normalize_name (const char  *text);

/* An id from a name: "Dana Scully" → "dana-scully" */
char    *hr_import_id_from_name   (const char  *name);

G_END_DECLS

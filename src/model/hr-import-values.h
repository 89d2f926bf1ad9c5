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

typedef struct {
  int year;
  int month;   /* 1..12 */
  int day;     /* 1..31 */
} HrDay;

/* A day as exports write it: ISO (2026-03-15, with a time after it or
 * not), 2026/03/15, 20260315; three numbers with "/", "-" or "." (2- or
 * 4-digit years; dotted dates are day first, slashed and dashed ones
 * follow @order, month first unless it says day first); month names in
 * English or the locale's language (15 Mar 2026, Mar 15, 2026,
 * 15-Mar-2026). A real day of the years 1900..9999, else FALSE. */
gboolean hr_import_parse_date     (const char  *text,
                                   HrDateOrder  order,
                                   HrDay       *day);
/* The same forms and "2026-03", as an absolute month (year × 12 + month
 * − 1) */
gboolean hr_import_parse_month    (const char  *text,
                                   HrDateOrder  order,
                                   int         *absolute);
/* Which order the dates of a column follow: the way more of them only
 * make sense (a first part above 12 is a day), month first when that does
 * not tell */
HrDateOrder hr_import_guess_date_order (const char * const *values,
                                        guint               n_values);
/* The same, @fallback when it does not tell */
HrDateOrder hr_import_guess_date_order_or (const char * const *values,
                                           guint               n_values,
                                           HrDateOrder         fallback);
/* How the locale writes a date (its "%x"): day or month first */
HrDateOrder hr_import_date_order_for_locale (void);

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

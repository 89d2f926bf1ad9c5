/* hr-format.h: numbers, money, percentages and months for people, in the
 * user's locale */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "1,234.5" with the locale's grouping. Every function here gives "–" for
 * NAN and for an infinite value, never "inf" or "nan". */
char *hr_format_number  (double      value,
                         guint       decimals);
/* "12,000 USD", "3.4 M USD", "1.25 bn USD" */
char *hr_format_money   (double      value,
                         const char *currency);
/* "3,251,309 USD": every digit, for tables */
char *hr_format_money_exact (double      value,
                             const char *currency);
/* "85%" from 0.85 */
char *hr_format_percent (double      fraction,
                         guint       decimals);
/* A difference with its sign at @decimals: "+0.2", "−0.1", and "0.0"
 * for what rounds to zero, so the sign never contradicts the digits */
char *hr_format_signed  (double      value,
                         guint       decimals);
/* Every digit a value has, for messages that quote a number given:
 * "16.5", "1e+20", with the locale's decimal point and no grouping;
 * "infinity", "minus infinity" or "not a number" for what is not finite */
char *hr_format_exact   (double      value);
/* An absolute month (year × 12 + month − 1) with a strftime-like format,
 * e.g. "%B %Y" for "January 2027", in the locale's month names */
char *hr_format_month   (int         absolute_month,
                         const char *format);

G_END_DECLS

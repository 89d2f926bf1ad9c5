/* hr-time-values.h: dates and durations as time trackers, CRMs and
 * spreadsheets write them
 *
 * Dates: ISO (2026-11-03, with or without a time after it), day/month/year
 * or month/day/year with "/", "." or "-" (2- or 4-digit years), month
 * names in English or the locale's language (3 Nov 2026, Nov 3, 2026,
 * 03-Nov-2026), and 20261103. Durations: decimal hours with a point or a
 * comma (1.5, 1,5), h:mm and h:mm:ss (1:30, 01:30:00, 26:15:00), and
 * units (1h 30m, 90 min, 1.5 h). Nothing here depends on a plan.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which number comes first in a date of three numbers that does not
 * start with a 4-digit year */
typedef enum {
  HR_DATE_ORDER_UNKNOWN,   /* decide from the locale */
  HR_DATE_ORDER_DMY,
  HR_DATE_ORDER_MDY,
} HrDateOrder;

/* How to read a bare number of a duration column */
typedef enum {
  HR_DURATION_HOURS,
  HR_DURATION_MINUTES,
  HR_DURATION_SECONDS,
} HrDurationUnit;

typedef struct {
  int year;
  int month;   /* 1..12 */
  int day;     /* 1..31 */
} HrDay;

/* The locale's order, from how it writes a known date with "%x" */
HrDateOrder    hr_date_order_for_locale  (void);

/* The order that reads every one of @values (a column of dates): DMY when
 * a first number is over 12, MDY when a second one is; otherwise
 * @fallback, or DMY for dates written with dots (the German 03.11.2026),
 * or the locale's */
HrDateOrder    hr_date_order_detect      (const char * const *values,
                                          guint               n_values,
                                          HrDateOrder         fallback);

/* Strictly YYYY-MM-DD, a real day of years 1900..9999 */
gboolean       hr_day_parse_iso          (const char  *text,
                                          HrDay       *day);
/* Any of the forms above; @order for day/month/year numbers
 * (HR_DATE_ORDER_UNKNOWN: the locale's) */
gboolean       hr_day_parse              (const char  *text,
                                          HrDateOrder  order,
                                          HrDay       *day);
/* year × 12 + month − 1, as hr_month_parse() */
int            hr_day_get_month          (const HrDay *day);

/* Strictly a decimal number ≥ 0: digits, an optional point and digits */
gboolean       hr_hours_parse_decimal    (const char     *text,
                                          double         *hours);
/* Any of the forms above, @unit for a bare number; FALSE for negative,
 * empty or unreadable text */
gboolean       hr_hours_parse            (const char     *text,
                                          HrDurationUnit  unit,
                                          double         *hours);
/* The unit a duration column's header names: "Duration (minutes)",
 * "Minutes", "Call duration (seconds)"; hours otherwise */
HrDurationUnit hr_duration_unit_for_header (const char   *header);

G_END_DECLS

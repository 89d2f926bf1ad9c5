/* hr-time-values.h: the days and durations of time logs
 *
 * Days are read as every import reads them (hr-import-values.h); the
 * canonical log's strictly. Durations: decimal hours with a point or a
 * comma (1.5, 1,5: a time log's comma is a decimal one, not grouping),
 * h:mm and h:mm:ss (1:30, 01:30:00, 26:15:00), and units (1h 30m, 90 min,
 * 1.5 h). Nothing here depends on a plan.
 */
#pragma once

#include "hr-import-values.h"

G_BEGIN_DECLS

/* How to read a bare number of a duration column */
typedef enum {
  HR_DURATION_HOURS,
  HR_DURATION_MINUTES,
  HR_DURATION_SECONDS,
} HrDurationUnit;

/* Strictly YYYY-MM-DD, a real day of years 1900..9999 */
gboolean       hr_day_parse_iso          (const char  *text,
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

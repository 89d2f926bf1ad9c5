/* hr-comparison.h: the baseline and every scenario side by side */
#pragma once

#include "hr-forecast.h"

G_BEGIN_DECLS

/* forecasts: the baseline then each scenario (hr_engine_compare()) */
/* The text of `headroom-cli compare --format json`, written as it goes */
char       *hr_comparison_to_json_data  (GPtrArray  *forecasts,
                                         gsize      *length);
/* The same as a tree */
JsonNode   *hr_comparison_to_json       (GPtrArray  *forecasts);
char       *hr_comparison_to_text       (GPtrArray  *forecasts);

guint       hr_comparison_get_n_rows    (void);
const char *hr_comparison_get_row_label (guint       row);
/* The cell as shown in tables, formatted for the locale */
char       *hr_comparison_format_cell   (HrForecast *forecast,
                                         guint       row);

/* Every row of the comparison: the summary rows above, then one row per
 * tier of the baseline (cost to serve in the last month as a share of the
 * tier's ARR, i.e. of its accounts' ACV). The CLI's text prints these. */
guint       hr_comparison_count_rows    (GPtrArray  *forecasts);
char       *hr_comparison_dup_row_label (GPtrArray  *forecasts,
                                         guint       row);
char       *hr_comparison_dup_cell      (GPtrArray  *forecasts,
                                         guint       column,
                                         guint       row);
/* TRUE when @column holds the best value of @row (ties all marked). Rows
 * where neither direction is better in itself (peak month, effective FTE,
 * first requisition, cost without the suggested hires), rows where every
 * column is equal, and missing values have no best. Months stretched
 * compare the months over capacity first, then the months stretched: a
 * plan is not best for few stretched months when it is over instead. */
gboolean    hr_comparison_is_best       (GPtrArray  *forecasts,
                                         guint       column,
                                         guint       row);

G_END_DECLS

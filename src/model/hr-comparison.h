/* hr-comparison.h: the baseline and every scenario side by side */
#pragma once

#include "hr-forecast.h"

G_BEGIN_DECLS

/* forecasts: the baseline then each scenario (hr_engine_compare()) */
JsonNode   *hr_comparison_to_json       (GPtrArray  *forecasts);
char       *hr_comparison_to_text       (GPtrArray  *forecasts);

guint       hr_comparison_get_n_rows    (void);
const char *hr_comparison_get_row_label (guint       row);
/* The cell as shown in tables, formatted for the locale */
char       *hr_comparison_format_cell   (HrForecast *forecast,
                                         guint       row);

G_END_DECLS

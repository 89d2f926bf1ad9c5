/* hr-pressure-page.h: the pressure test: the people the work needs per tier
 * against the ARR-per-person rule, and what each tier costs to serve
 * against the warning threshold */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

G_BEGIN_DECLS

#define HR_TYPE_PRESSURE_PAGE (hr_pressure_page_get_type ())
G_DECLARE_FINAL_TYPE (HrPressurePage, hr_pressure_page, HR, PRESSURE_PAGE, GtkWidget)

/* The columns of the table, in order */
typedef enum {
  HR_PRESSURE_COLUMN_TIER,
  HR_PRESSURE_COLUMN_ACCOUNTS,
  HR_PRESSURE_COLUMN_ARR,
  HR_PRESSURE_COLUMN_NEEDED,
  HR_PRESSURE_COLUMN_GRANTED,
  HR_PRESSURE_COLUMN_GAP,
  HR_PRESSURE_COLUMN_ACCOUNTS_PER_FTE,
  HR_PRESSURE_COLUMN_ARR_PER_FTE,
  HR_PRESSURE_COLUMN_COST,
  HR_PRESSURE_COLUMN_SHARE,
  HR_PRESSURE_N_COLUMNS
} HrPressureColumn;

void        hr_pressure_page_set_document  (HrPressurePage *self,
                                            HrDocument     *document);
/* The cost share of ARR above which a tier is flagged; follows the
 * cost-share-warning setting when the settings schema is installed */
double      hr_pressure_page_get_threshold (HrPressurePage *self);
void        hr_pressure_page_set_threshold (HrPressurePage *self,
                                            double          threshold);
/* The month tested; -1 for the last month of the plan */
int         hr_pressure_page_get_month     (HrPressurePage *self);
void        hr_pressure_page_set_month     (HrPressurePage *self,
                                            int             month);

/* For tests: rows are the tiers in plan order, then the team. The text of
 * a cell as shown, whether its row is flagged, and the row's reason. */
guint       hr_pressure_page_get_n_rows    (HrPressurePage *self);
const char *hr_pressure_page_get_cell      (HrPressurePage  *self,
                                            guint            row,
                                            HrPressureColumn column);
gboolean    hr_pressure_page_get_flagged   (HrPressurePage *self,
                                            guint           row);
const char *hr_pressure_page_get_reason    (HrPressurePage *self,
                                            guint           row);
const char *hr_pressure_page_get_summary   (HrPressurePage *self);

G_END_DECLS

/* hr-comparison-page.h: the baseline and every scenario side by side, as
 * a table with each row's best value marked and as a chart */
#pragma once

#include <gtk/gtk.h>

#include "hr-document.h"

G_BEGIN_DECLS

#define HR_TYPE_COMPARISON_PAGE (hr_comparison_page_get_type ())
G_DECLARE_FINAL_TYPE (HrComparisonPage, hr_comparison_page, HR, COMPARISON_PAGE, GtkWidget)

void        hr_comparison_page_set_document (HrComparisonPage *self,
                                             HrDocument       *document);
/* The text of a cell as shown (column 0 is the baseline), and whether it
 * is marked best; for tests */
const char *hr_comparison_page_get_cell  (HrComparisonPage *self,
                                          guint             column,
                                          guint             row,
                                          gboolean         *best);
guint       hr_comparison_page_get_n_columns (HrComparisonPage *self);
guint       hr_comparison_page_get_n_rows    (HrComparisonPage *self);

G_END_DECLS

/* hr-calibration-rows.h: the widgets the Calibration page shows a
 * calibration with */
#pragma once

#include <gtk/gtk.h>

#include "hr-calibration.h"

G_BEGIN_DECLS

/* The most hours any moment's spread or design reaches: one scale for
 * every row's spread */
double     hr_calibration_rows_scale        (HrCalibration *calibration);

/* A moment's row: its name and label, the delivery and hours verdicts,
 * a small sample said to be small, the spread of the hours against the
 * design, and per tier on demand */
GtkWidget *hr_calibration_moment_row_new    (HrCalibration *calibration,
                                             guint          moment,
                                             double         scale);
/* "Not due and not logged in this period: Renewal, QBR."; NULL when every
 * moment was */
char      *hr_calibration_dup_quiet_moments (HrCalibration *calibration);

/* The effort mix per role, logged against the plan; and per tier the
 * reactive hours per account and month with the accounts that took most */
void       hr_calibration_fill_mix          (GtkGrid       *grid,
                                             HrCalibration *calibration);
void       hr_calibration_fill_reactive     (GtkGrid       *grid,
                                             HrCalibration *calibration);

void       hr_calibration_clear_grid        (GtkGrid       *grid);

G_END_DECLS

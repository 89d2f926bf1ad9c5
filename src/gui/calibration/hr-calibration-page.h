/* hr-calibration-page.h: the plan against the time the team logged, and
 * the calibrated scenario made from it */
#pragma once

#include <gtk/gtk.h>

#include "hr-calibration.h"
#include "hr-document.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_CALIBRATION_PAGE (hr_calibration_page_get_type ())
G_DECLARE_FINAL_TYPE (HrCalibrationPage, hr_calibration_page, HR, CALIBRATION_PAGE, GtkWidget)

void           hr_calibration_page_set_context     (HrCalibrationPage *self,
                                                    HrDocument        *document,
                                                    HrUndoStack       *undo);
/* Reads @file: at once when the mapping the plan remembers covers it (and
 * returns NULL), else through the mapping dialog, which it returns. A file
 * that cannot be read is said in the window and returns NULL. */
GtkWindow     *hr_calibration_page_import_file     (HrCalibrationPage *self,
                                                    GFile             *file);
/* The log the document holds against the plan; NULL before an import */
HrTimeLog     *hr_calibration_page_get_log         (HrCalibrationPage *self);
void           hr_calibration_page_set_log         (HrCalibrationPage *self,
                                                    HrTimeLog         *log);
/* The calibration shown: the document's latest ("notify::calibration"
 * when another is shown); NULL before */
HrCalibration *hr_calibration_page_get_calibration (HrCalibrationPage *self);
/* TRUE while the document computes a newer calibration, or while it
 * waits for the page to be shown */
gboolean       hr_calibration_page_is_busy         (HrCalibrationPage *self);
/* What "Create Calibrated Scenario" does: adds the scenario (one step to
 * undo) and returns it, or NULL without a calibration */
HrScenario    *hr_calibration_page_create_scenario (HrCalibrationPage *self);
/* What "Make It the Baseline" does: the scenario last created becomes the
 * baseline, one step to undo; FALSE when it is gone or cannot be */
gboolean       hr_calibration_page_make_baseline   (HrCalibrationPage *self);

G_END_DECLS

/* hr-window.h: one plan in a window */
#pragma once

#include <gtk/gtk.h>

#include "hr-calibration-page.h"
#include "hr-chart-view.h"
#include "hr-document.h"
#include "hr-journey-page.h"
#include "hr-plan.h"
#include "hr-summary-panel.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_WINDOW (hr_window_get_type ())
G_DECLARE_FINAL_TYPE (HrWindow, hr_window, HR, WINDOW, GtkApplicationWindow)

/* A window on a new document of @plan, read from @file (may be NULL) */
HrWindow       *hr_window_new              (GtkApplication *application,
                                            HrPlan         *plan,
                                            GFile          *file);
/* The document shown: the plan, its file and every result the window shows */
HrDocument     *hr_window_get_document     (HrWindow   *self);
void            hr_window_set_document     (HrWindow   *self,
                                            HrDocument *document);
/* The document's plan and file; set_plan shows a new document of @plan */
HrPlan         *hr_window_get_plan         (HrWindow *self);
void            hr_window_set_plan         (HrWindow *self,
                                            HrPlan   *plan,
                                            GFile    *file);
GFile          *hr_window_get_file         (HrWindow *self);
HrUndoStack    *hr_window_get_undo_stack   (HrWindow *self);
/* TRUE when the plan has changes not saved */
gboolean        hr_window_get_modified     (HrWindow *self);

/* Loads @file into this window; on failure shows the loader's message and
 * keeps the plan. Returns TRUE on success. */
gboolean        hr_window_load_file        (HrWindow *self,
                                            GFile    *file);
gboolean        hr_window_save_to_file     (HrWindow *self,
                                            GFile    *file);
void            hr_window_show_error       (HrWindow   *self,
                                            const char *message);
/* The message shown, or NULL */
const char     *hr_window_get_error        (HrWindow *self);

HrSummaryPanel *hr_window_get_summary      (HrWindow *self);
HrChartView    *hr_window_get_chart_view   (HrWindow *self);
HrJourneyPage  *hr_window_get_journey_page (HrWindow *self);
/* The page of the sidebar called @name ("journey", "tiers", "team",
 * "scenarios", "compare", "hiring", "pressure"), built now if it was not
 * shown yet; NULL for the chart page */
GtkWidget      *hr_window_get_page         (HrWindow   *self,
                                            const char *name);
/* Whether the page was built: pages are built on their first visit */
gboolean        hr_window_get_page_built   (HrWindow   *self,
                                            const char *name);
void            hr_window_show_page        (HrWindow   *self,
                                            const char *name);
HrCalibrationPage *hr_window_get_calibration_page (HrWindow *self);
/* A CSV dropped or opened: a time log goes to the Calibration page,
 * accounts to the Books page, each through its import. FALSE for a file
 * that is not a table (a plan) */
gboolean        hr_window_import_table     (HrWindow *self,
                                            GFile    *file);

/* The plan's name, first month and horizon, in the header bar's Plan
 * button */
HrForm         *hr_window_get_plan_form    (HrWindow *self);
GtkWidget      *hr_window_get_plan_button  (HrWindow *self);
/* hr-window-actions.c */
/* What Ctrl+N opens: one role of customer success managers, from next
 * month over two years, in the currency of the preferences */
HrPlan         *hr_window_new_plan         (void);
void            hr_window_install_actions  (HrWindow *self);
void            hr_window_update_recent    (HrWindow *self);
void            hr_window_choose_file      (HrWindow   *self,
                                            gboolean    save,
                                            const char *title,
                                            const char *suggested_name,
                                            const char *pattern_name,
                                            const char *pattern,   /* "*.png;*.pdf" */
                                            void      (*done) (HrWindow *self, GFile *file, gpointer data),
                                            gpointer    data);
/* The same, opening in @folder (NULL: the dialog's own choice) */
void            hr_window_choose_file_in   (HrWindow   *self,
                                            gboolean    save,
                                            const char *title,
                                            GFile      *folder,
                                            const char *suggested_name,
                                            const char *pattern_name,
                                            const char *pattern,
                                            void      (*done) (HrWindow *self, GFile *file, gpointer data),
                                            gpointer    data);
/* hr-window-export.c */
/* The export dialog, shown */
GtkWidget      *hr_window_show_export      (HrWindow *self);
/* What the export @dialog does when its file chooser answers @chosen:
 * writes the chosen export, remembers the choices, says where it went */
void            hr_window_export_dialog_finish (GtkWidget *dialog,
                                                GFile     *chosen);
/* hr-window-pack.c: the planning pack, the workbook, printing the pack */
void            hr_window_export_pack      (HrWindow *self);
void            hr_window_export_workbook  (HrWindow *self);
void            hr_window_print            (HrWindow *self);
/* The print operation of the pack, not yet run (for tests) */
GtkPrintOperation *hr_window_new_print_operation (HrWindow  *self,
                                                  GError   **error);
/* What an export is called by default, "Acme — effort.pdf": the plan's
 * name and what the file shows; @kind is ignored for the table (csv) */
char           *hr_window_dup_export_name  (HrWindow    *self,
                                            HrChartKind  kind,
                                            const char  *extension);
/* "Acme — planning pack.pdf": the plan's name, what the file holds */
char           *hr_window_dup_file_name    (HrWindow    *self,
                                            const char  *what,
                                            const char  *extension);
/* The path an export of @extension is written to when @path was chosen:
 * "x.png" as a PDF is "x.pdf" (an export's other extension is replaced),
 * "x.final" is "x.final.pdf", "x.PDF" stays */
char           *hr_window_export_path      (const char  *path,
                                            const char  *extension);
/* The folder the last export went to, or NULL */
GFile          *hr_window_dup_export_folder (void);
/* After an export to @file: remembers its folder and says where it went,
 * or shows @error */
void            hr_window_export_finished  (HrWindow     *self,
                                            GFile        *file,
                                            const GError *error);
/* A note above the pages that is no error ("Exported …"), or NULL */
void            hr_window_show_notice      (HrWindow   *self,
                                            const char *message);
const char     *hr_window_get_notice       (HrWindow   *self);

G_END_DECLS

/* hr-window-pack.c: the planning pack, the workbook and printing from the
 * window, through the same page renderer as headroom-cli pack */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-engine.h"
#include "hr-pack.h"
#include "hr-window.h"
#include "hr-workbook.h"

/* The pack of the plan as it is now, showing the scenario on screen */
static HrPackInput *
window_pack_input (HrWindow  *self,
                   GError   **error)
{
  HrDocument *document = hr_window_get_document (self);
  HrPackInput *input = hr_pack_input_new (hr_document_get_plan (document),
                                          hr_document_get_active_scenario_id (document), error);

  /* the model against execution, when a time log is held against the plan */
  if (input && hr_document_get_time_log (document))
    {
      hr_document_ensure (document, HR_DOCUMENT_CALIBRATION);
      if (hr_document_get_calibration (document))
        input->calibration = g_object_ref (hr_document_get_calibration (document));
    }
  return input;
}

/* The file chosen, with the extension of what is written ("x.png" as a
 * pack is "x.pdf") */
static char *
path_with_extension (GFile      *file,
                     const char *extension)
{
  g_autofree char *path = g_file_get_path (file);

  return hr_window_export_path (path, extension);
}

static void
pack_chosen (HrWindow *self,
             GFile    *file,
             gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPackInput) input = window_pack_input (self, &error);
  g_autofree char *path = path_with_extension (file, "pdf");
  g_autoptr(GFile) written = g_file_new_for_path (path);

  if (input)
    hr_pack_write_pdf (input, GPOINTER_TO_INT (data), path, &error);
  hr_window_export_finished (self, written, error);
}

void
hr_window_export_pack (HrWindow *self)
{
  g_autofree char *name = hr_window_dup_file_name (self, _("planning pack"), "pdf");
  g_autoptr(GFile) folder = hr_window_dup_export_folder ();
  /* Letter where the locale's paper is Letter, else A4 */
  GtkPaperSize *paper = gtk_paper_size_new (NULL);
  HrPaper choice = g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER) ? HR_PAPER_LETTER
                                                                                         : HR_PAPER_A4;

  gtk_paper_size_free (paper);
  hr_window_choose_file_in (self, TRUE, _("Export the Planning Pack"), folder, name, _("PDF documents"), "*.pdf",
                            pack_chosen, GINT_TO_POINTER (choice));
}

static void
workbook_chosen (HrWindow *self,
                 GFile    *file,
                 gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPackInput) input = window_pack_input (self, &error);
  g_autofree char *path = path_with_extension (file, "xlsx");
  g_autoptr(GFile) written = g_file_new_for_path (path);

  if (input)
    hr_workbook_write (input, path, &error);
  hr_window_export_finished (self, written, error);
}

void
hr_window_export_workbook (HrWindow *self)
{
  g_autofree char *name = hr_window_dup_file_name (self, _("workbook"), "xlsx");
  g_autoptr(GFile) folder = hr_window_dup_export_folder ();

  hr_window_choose_file_in (self, TRUE, _("Export the Workbook"), folder, name, _("Excel workbooks"), "*.xlsx",
                            workbook_chosen, NULL);
}

/* --- printing --- */

typedef struct {
  HrPackInput *input;
  HrPageDoc   *doc;
} Print;

static void
print_free (gpointer data)
{
  Print *print = data;

  g_clear_pointer (&print->doc, hr_page_doc_free);
  g_clear_pointer (&print->input, hr_pack_input_free);
  g_free (print);
}

/* The pages are laid out for the paper and orientation the dialog chose */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Print             *print)
{
  g_clear_pointer (&print->doc, hr_page_doc_free);
  print->doc = hr_pack_lay_out (print->input, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, hr_page_doc_get_n_pages (print->doc));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Print             *print)
{
  hr_page_doc_draw_page (print->doc, gtk_print_context_get_cairo_context (context), page);
}

GtkPrintOperation *
hr_window_new_print_operation (HrWindow  *self,
                               GError   **error)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  Print *print = g_new0 (Print, 1);
  const char *plan = hr_plan_get_name (hr_window_get_plan (self));
  g_autofree char *name = hr_window_dup_file_name (self, _("planning pack"), "pdf");
  g_autoptr(GFile) folder = hr_window_dup_export_folder ();

  print->input = window_pack_input (self, error);
  if (print->input == NULL)
    {
      print_free (print);
      return NULL;
    }
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* the pack's own margins, on the whole sheet, in points */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, plan && *plan ? plan : _("Untitled plan"));
  gtk_print_operation_set_export_filename (operation, name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "hr-print", print, print_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), print);
  return operation;
}

void
hr_window_print (HrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = hr_window_new_print_operation (self, &error);

  if (operation == NULL)
    {
      hr_window_show_error (self, error->message);
      return;
    }
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    hr_window_show_error (self, error->message);
}

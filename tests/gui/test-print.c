/* test-print.c: printing the planning pack through GtkPrintOperation to a
 * file gives the pack's own pages */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "gui-test-helpers.h"
#include "hr-pack.h"
#include "hr-window.h"

/* The pages of the PDF at @path, as pdfinfo counts them */
static guint
pdf_pages (const char *path)
{
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *line;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL,
                               &error));
  g_assert_no_error (error);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static void
test_print_to_file (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  HrWindow *window = gui_test_present_window (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = hr_window_new_print_operation (window, &error);
  /* a folder of its own: other test runs on the machine print too */
  g_autofree char *dir = g_dir_make_tmp ("hr-test-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hr-test-print.pdf", NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(HrPackInput) input = hr_pack_input_new (plan, NULL, &error);
  g_autoptr(HrPageDoc) pack = NULL;
  g_autofree char *data = NULL;
  gsize length;
  guint pages = 0;
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  g_assert_nonnull (operation);
  /* the dialog's choice: A4 landscape, as the pack */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF"));
  /* as many pages as the pack laid out at A4 landscape */
  pages = pdf_pages (path);
  pack = hr_pack_lay_out (input, 841.8898, 595.2756);
  g_assert_cmpuint (pages, ==, hr_page_doc_get_n_pages (pack));
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pack of a plan with books, from the window: the document's own
 * results, none computed again when they are up to date, and the books'
 * page among the pages */
static void
test_print_books_from_document (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", "books.headroom", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);
  HrWindow *window;
  HrDocument *document;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(HrPackInput) cli = NULL;
  g_autoptr(HrPageDoc) expected = NULL;
  guint pages;
  guint forecasts, comparisons, books;
  GtkPrintOperationResult result;
  g_autofree char *dir = g_dir_make_tmp ("hr-test-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "books.pdf", NULL);
  gboolean found = FALSE;

  g_assert_no_error (error);
  window = gui_test_present_window (plan);
  document = hr_window_get_document (window);
  hr_document_ensure (document, HR_DOCUMENT_FORECAST);
  hr_document_ensure (document, HR_DOCUMENT_COMPARISON);
  hr_document_ensure (document, HR_DOCUMENT_BOOKS);
  forecasts = hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST);
  comparisons = hr_document_get_compute_count (document, HR_DOCUMENT_COMPARISON);
  books = hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS);

  operation = hr_window_new_print_operation (window, &error);
  g_assert_no_error (error);
  /* up to date: the pack takes the document's results as they are */
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST), ==, forecasts);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_COMPARISON), ==, comparisons);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS), ==, books);

  gtk_print_operation_set_export_filename (operation, pdf);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  pages = pdf_pages (pdf);
  g_unlink (pdf);
  g_rmdir (dir);

  /* the pages of headroom-cli pack, the books' among them */
  cli = hr_pack_input_new (plan, NULL, &error);
  g_assert_no_error (error);
  expected = hr_pack_lay_out (cli, 841.8898, 595.2756);
  g_assert_cmpuint (pages, ==, hr_page_doc_get_n_pages (expected));
  for (guint p = 0; p < hr_page_doc_get_n_pages (expected); p++)
    found |= g_strcmp0 (hr_page_doc_get_page_title (expected, p), "Books of business") == 0;
  g_assert_true (found);

  /* an edit leaves the results out of date: the next pack computes them once */
  g_object_set (plan, "name", "Books, renamed", NULL);
  g_clear_object (&operation);
  operation = hr_window_new_print_operation (window, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_FORECAST), ==, forecasts + 1);
  g_assert_cmpuint (hr_document_get_compute_count (document, HR_DOCUMENT_BOOKS), ==, books + 1);
  g_clear_object (&operation);
  g_clear_pointer (&cli, hr_pack_input_free);
  gui_test_destroy_window (window);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("SOURCE_DATE_EPOCH", "1796083200", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return 0;
    }
  g_test_add_func ("/gui/print/to-file", test_print_to_file);
  g_test_add_func ("/gui/print/books-from-document", test_print_books_from_document);
  return g_test_run ();
}

/* test-print.c: printing the planning pack through GtkPrintOperation to a
 * file gives the pack's own pages */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "gui-test-helpers.h"
#include "hr-pack.h"
#include "hr-window.h"

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
  {
    g_autofree char *info = NULL;
    const char *argv[] = { "pdfinfo", path, NULL };
    const char *line;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL,
                                 &error));
    g_assert_no_error (error);
    line = strstr (info, "Pages:");
    g_assert_nonnull (line);
    pages = (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
  }
  pack = hr_pack_lay_out (input, 841.8898, 595.2756);
  g_assert_cmpuint (pages, ==, hr_page_doc_get_n_pages (pack));
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
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
  return g_test_run ();
}

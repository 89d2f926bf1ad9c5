/* hr-bench-pack.c: how long the planning pack and the workbook of a plan
 * take (not a test: timings go in docs/performance.md)
 *
 *   build/bench/hr-bench --plan > large.headroom
 *   build/bench/hr-bench-pack large.headroom 10
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "hr-bench-stats.h"
#include "hr-pack.h"
#include "hr-workbook.h"


int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) book = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *pdf = g_build_filename (g_get_tmp_dir (), "hr-bench-pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (g_get_tmp_dir (), "hr-bench-pack.xlsx", NULL);
  int runs = argc > 2 ? atoi (argv[2]) : 10;
  guint pages = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: hr-bench-pack PLAN [RUNS]\n");
      return 1;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  plan = hr_plan_load_file (file, NULL, &error);
  if (plan == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time (), t1, t2, t3;
      g_autoptr(HrPackInput) input = hr_pack_input_new (plan, NULL, &error);
      g_autoptr(HrPageDoc) doc = NULL;
      double ms;

      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      doc = hr_pack_lay_out (input, 841.8898, 595.2756);
      pages = hr_page_doc_get_n_pages (doc);
      ms = (g_get_monotonic_time () - t1) / 1000.0;
      g_array_append_val (layout, ms);
      hr_pack_write_pdf (input, HR_PAPER_A4, pdf, &error);
      g_assert_no_error (error);
      t2 = g_get_monotonic_time ();
      ms = (t2 - t0) / 1000.0 - (t2 - t1) / 1000.0 + (t2 - t1) / 1000.0 - layout->len * 0;
      ms = (t2 - t0) / 1000.0 - g_array_index (layout, double, layout->len - 1);
      g_array_append_val (whole, ms);
      hr_workbook_write (input, xlsx, &error);
      g_assert_no_error (error);
      t3 = g_get_monotonic_time ();
      ms = (t3 - t2) / 1000.0;
      g_array_append_val (book, ms);
    }
  printf ("pack: %u pages\n", pages);
  printf ("pack, forecast and comparison to PDF file: %.0f ms (median of %d)\n", hr_bench_median (whole), runs);
  printf ("  of which laying out the pages:           %.0f ms\n", hr_bench_median (layout));
  printf ("workbook (XLSX):                           %.0f ms\n", hr_bench_median (book));
  g_unlink (pdf);
  g_unlink (xlsx);
  return 0;
}

/* hr-bench-pack.c: how long the planning pack and the workbook of a plan
 * take (not a test: timings go in docs/performance.md)
 *
 *   build/bench/hr-bench --plan > large.headroom
 *   build/bench/hr-bench-pack large.headroom 10
 *
 * Each stage is timed on the wall clock and in CPU time of this process:
 * on a shared machine the wall clock also counts other people's work.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>

#include "hr-bench-stats.h"
#include "hr-pack.h"
#include "hr-workbook.h"

typedef enum {
  STAGE_INPUT,     /* forecast and comparison */
  STAGE_LAY_OUT,   /* every page laid out */
  STAGE_DRAW,      /* every page drawn to the PDF file */
  STAGE_WHOLE,     /* all three: what headroom-cli pack does after loading */
  STAGE_WORKBOOK,
  N_STAGES
} Stage;

static const char *stage_names[N_STAGES] = {
  "forecast and comparison",
  "laying out the pages",
  "drawing them to the PDF file",
  "the whole pack",
  "workbook (XLSX)",
};

typedef struct {
  double wall;
  double cpu;
} Clock;

static Clock
clock_now (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  return (Clock) { g_get_monotonic_time () / 1000.0, cpu.tv_sec * 1000.0 + cpu.tv_nsec / 1e6 };
}

static void
record (GArray **wall,
        GArray **cpu,
        Stage    stage,
        Clock    from,
        Clock    to)
{
  double w = to.wall - from.wall, c = to.cpu - from.cpu;

  g_array_append_val (wall[stage], w);
  g_array_append_val (cpu[stage], c);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  GArray *wall[N_STAGES], *cpu[N_STAGES];
  g_autofree char *pdf = g_build_filename (g_get_tmp_dir (), "hr-bench-pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (g_get_tmp_dir (), "hr-bench-pack.xlsx", NULL);
  int runs = argc > 2 ? atoi (argv[2]) : 10;
  guint pages = 0;

  if (argc < 2 || runs < 1)
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
  for (guint s = 0; s < N_STAGES; s++)
    {
      wall[s] = g_array_new (FALSE, FALSE, sizeof (double));
      cpu[s] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  for (int i = 0; i < runs; i++)
    {
      Clock t0 = clock_now (), t1, t2, t3, t4;
      g_autoptr(HrPackInput) input = hr_pack_input_new (plan, NULL, &error);
      g_autoptr(HrPageDoc) doc = NULL;
      double width, height;

      g_assert_no_error (error);
      t1 = clock_now ();
      hr_paper_get_size (HR_PAPER_A4, TRUE, &width, &height);
      doc = hr_pack_lay_out (input, width, height);
      pages = hr_page_doc_get_n_pages (doc);
      t2 = clock_now ();
      hr_page_doc_write_pdf (doc, pdf, "Benchmark", &error);
      g_assert_no_error (error);
      t3 = clock_now ();
      hr_workbook_write (input, xlsx, &error);
      g_assert_no_error (error);
      t4 = clock_now ();
      record (wall, cpu, STAGE_INPUT, t0, t1);
      record (wall, cpu, STAGE_LAY_OUT, t1, t2);
      record (wall, cpu, STAGE_DRAW, t2, t3);
      record (wall, cpu, STAGE_WHOLE, t0, t3);
      record (wall, cpu, STAGE_WORKBOOK, t3, t4);
    }
  printf ("pack: %u pages at A4, median of %d runs\n", pages, runs);
  printf ("%-32s %10s %10s\n", "", "wall", "CPU");
  for (guint s = 0; s < N_STAGES; s++)
    {
      printf ("%-32s %7.0f ms %7.0f ms\n", stage_names[s], hr_bench_median (wall[s]), hr_bench_median (cpu[s]));
      g_array_unref (wall[s]);
      g_array_unref (cpu[s]);
    }
  g_unlink (pdf);
  g_unlink (xlsx);
  return 0;
}

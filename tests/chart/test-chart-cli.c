/* test-chart-cli.c: headroom-cli chart, its files and exit codes
 *
 * Run with the path of headroom-cli as the first argument. */
#include "test-chart-helpers.h"

static const char *cli;

typedef struct {
  int   status;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* argv: the CLI's arguments after "chart", NULL-terminated */
static Run
run_chart (const char *first,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  va_list args;
  int wait;

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "chart");
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &run.err, &wait, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait));
  run.status = WEXITSTATUS (wait);
  return run;
}

static char *
plan_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, name, NULL);
}

static char *
out (const char *name)
{
  return output_path ("chart-cli-output", name);
}

static void
test_png (void)
{
  g_autofree char *team = plan_path ("conformance/team.headroom");
  g_autofree char *path = out ("effort.png");
  g_autofree char *small = out ("small.png");
  g_auto(Run) a = run_chart (team, "-o", path, NULL);
  g_auto(Run) b = run_chart (team, "--chart", "headcount", "--role", "csm", "--theme", "dark",
                             "--width", "800", "--height", "450", "--scale", "2", "-o", small, NULL);

  g_assert_cmpint (a.status, ==, 0);
  assert_png_size (path, 1920, 1080);   /* the default */
  g_assert_cmpint (b.status, ==, 0);
  assert_png_size (small, 1600, 900);
}

static void
assert_media_box (const char *path,
                  const char *box)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (find (data, length, box));
}

static void
test_pdf_svg (void)
{
  g_autofree char *tiers = plan_path ("conformance/tiers.headroom");
  g_autofree char *wide = out ("scenarios.pdf");
  g_autofree char *a4 = out ("journey-a4.pdf");
  g_autofree char *svg = out ("effort.svg");
  g_autofree char *again = out ("scenarios-again.pdf");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len, second_len;
  g_auto(Run) a = run_chart (tiers, "--chart", "scenarios", "--metric", "load", "-o", wide, NULL);
  g_auto(Run) b = run_chart (tiers, "--chart", "journey", "--segment", "mid", "--page", "a4", "-o", a4, NULL);
  g_auto(Run) c = run_chart (tiers, "--split", "segment", "--scenario", "growth", "--theme", "print", "-o", svg, NULL);
  g_auto(Run) d = run_chart (tiers, "--chart", "scenarios", "--metric", "load", "-o", again, NULL);
  g_autofree char *svg_data = NULL;

  g_assert_cmpint (a.status, ==, 0);
  assert_media_box (wide, "/MediaBox [ 0 0 960 540 ]");
  g_assert_cmpint (b.status, ==, 0);
  assert_media_box (a4, "/MediaBox [ 0 0 841.89 595.28 ]");
  g_assert_cmpint (c.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_data, NULL, NULL));
  g_assert_nonnull (strstr (svg_data, "<svg"));
  g_assert_nonnull (strstr (svg_data, "width=\"1920pt\""));

  /* the same input gives the same bytes */
  g_assert_cmpint (d.status, ==, 0);
  g_assert_true (g_file_get_contents (wide, &first, &first_len, NULL));
  g_assert_true (g_file_get_contents (again, &second, &second_len, NULL));
  g_assert_cmpmem (first, first_len, second, second_len);
}

/* --chart calibration --log LOG: the model against the time logged */
static void
test_calibration (void)
{
  g_autofree char *plan = plan_path ("conformance/calibrate.headroom");
  g_autofree char *log = plan_path ("conformance/calibrate.log.csv");
  g_autofree char *broken = plan_path ("model/time-logs/toggl-broken.csv");
  g_autofree char *png = out ("calibration.png");
  g_autofree char *pdf = out ("calibration.pdf");
  g_autofree char *path = out ("calibration-error.png");
  g_auto(Run) a = run_chart (plan, "--chart", "calibration", "--log", log, "-o", png, NULL);
  g_auto(Run) b = run_chart (plan, "--chart", "calibration", "--log", log, "--page", "a4", "-o", pdf, NULL);
  g_auto(Run) no_log = run_chart (plan, "--chart", "calibration", "-o", path, NULL);
  g_auto(Run) stray = run_chart (plan, "--log", log, "-o", path, NULL);
  g_auto(Run) refused = run_chart (plan, "--chart", "calibration", "--log", broken, "-o", path, NULL);

  g_assert_cmpint (a.status, ==, 0);
  assert_png_size (png, 1920, 1080);
  g_assert_cmpint (b.status, ==, 0);
  assert_media_box (pdf, "/MediaBox [ 0 0 841.89 595.28 ]");
  g_assert_cmpint (no_log.status, ==, 1);
  g_assert_nonnull (strstr (no_log.err, "--chart calibration needs --log LOG.csv"));
  g_assert_cmpint (stray.status, ==, 1);
  g_assert_nonnull (strstr (stray.err, "--log goes with --chart calibration"));
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "toggl-broken.csv:4: Duration:"));
}

static void
test_errors (void)
{
  g_autofree char *team = plan_path ("conformance/team.headroom");
  g_autofree char *broken = plan_path ("chart/invalid.headroom");
  g_autofree char *path = out ("error.png");
  g_autofree char *unwritable = out ("no-such-folder/chart.png");
  static const struct {
    const char *args[5];
    int status;
    const char *message;
  } cases[] = {
    { { "--chart", "pie", NULL }, 1, "unknown chart “pie”" },
    { { "--theme", "neon", NULL }, 1, "unknown theme “neon”" },
    { { "--split", "tier", NULL }, 1, "unknown split “tier”" },
    { { "--frobnicate", NULL }, 1, "Unknown option --frobnicate" },
    { { "--width", "5", NULL }, 1, "width and height must be between 16 and 16384, got 5 × 1080" },
    /* what is not finite is said in words, never "inf" or "nan" */
    { { "--width", "inf", NULL }, 1, "got infinity × 1080" },
    { { "--height", "nan", NULL }, 1, "got 1920 × not a number" },
    { { "--scale", "20", NULL }, 1, "scale must be between 0.1 and 8" },
    { { "--page", "a4", NULL }, 1, "--page applies to PDF files only" },
    { { "--role", "ghost", NULL }, 2, "no role “ghost” in this plan" },
    { { "--segment", "ghost", NULL }, 2, "no segment “ghost” in this plan" },
    { { "--scenario", "ghost", NULL }, 2, "ghost" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) r = run_chart (team, "-o", path, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);

      g_test_message ("%s: %d %s", cases[i].args[0], r.status, r.err);
      g_assert_cmpint (r.status, ==, cases[i].status);
      g_assert_nonnull (strstr (r.err, cases[i].message));
    }

  {
    g_auto(Run) gif = run_chart (team, "-o", "chart.gif", NULL);
    g_auto(Run) none = run_chart (team, NULL);
    g_auto(Run) invalid = run_chart (broken, "-o", path, NULL);
    g_auto(Run) denied = run_chart (team, "-o", unwritable, NULL);

    g_assert_cmpint (gif.status, ==, 1);
    g_assert_nonnull (strstr (gif.err, "use .png, .pdf or .svg"));
    g_assert_cmpint (none.status, ==, 1);
    g_assert_nonnull (strstr (none.err, "-o FILE"));
    g_assert_cmpint (invalid.status, ==, 2);
    g_assert_nonnull (strstr (invalid.err, "invalid.headroom"));
    g_assert_cmpint (denied.status, ==, 2);
    g_assert_nonnull (strstr (denied.err, "Could not write"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s HEADROOM-CLI\n", argv[0]);
      return 1;
    }
  cli = argv[1];

  g_test_add_func ("/chart/cli/png", test_png);
  g_test_add_func ("/chart/cli/pdf-svg", test_pdf_svg);
  g_test_add_func ("/chart/cli/errors", test_errors);
  g_test_add_func ("/chart/cli/calibration", test_calibration);

  return g_test_run ();
}

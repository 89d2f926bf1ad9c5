/* test-chart-export.c: PNG, PDF and SVG files of a chart */
#include "hr-chart-private.h"
#include "test-chart-helpers.h"

static char *
out_path (const char *name)
{
  return output_path ("chart-export-output", name);
}

static void
export (const char *plan,
        HrChartKind kind,
        const char *path,
        double      width,
        double      height,
        double      scale)
{
  g_autoptr(HrPlan) p = load_plan (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = hr_engine_compare (p, &error);
  HrChartOptions options;

  g_assert_no_error (error);
  hr_chart_options_init (&options);
  options.kind = kind;
  g_assert_true (hr_chart_export (path, width, height, scale, g_ptr_array_index (all, 0), all, &options, &error));
  g_assert_no_error (error);
}

static void
test_png_size (void)
{
  g_autofree char *path = out_path ("size.png");

  export ("conformance/team.headroom", HR_CHART_EFFORT, path, 800, 450, 2.0);
  assert_png_size (path, 1600, 900);
}

/* The PNG's colour type (IHDR byte 25): 2 for RGB, 6 for RGBA */
static int
png_color_type (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 26);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  return (guchar) data[25];
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) row)[x];
}

/* The file holds exactly the pixels drawn, as RGB: a chart is opaque */
static void
test_png_pixels (void)
{
  g_autofree char *path = out_path ("pixels.png");
  g_autoptr(HrPlan) plan = load_plan ("conformance/team.headroom");
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 360);
  cairo_surface_t *read;
  cairo_t *cr = cairo_create (drawn);
  HrChartOptions options;
  int differ = 0;

  hr_chart_options_init (&options);
  options.kind = HR_CHART_HEADCOUNT;
  hr_chart_draw (cr, 640, 360, all->pdata[0], all, &options);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);
  export ("conformance/team.headroom", HR_CHART_HEADCOUNT, path, 640, 360, 1.0);

  g_assert_cmpint (png_color_type (path), ==, 2);
  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < 360; y++)
    for (int x = 0; x < 640; x++)
      differ += (pixel_at (read, x, y) & 0xffffff) != (pixel_at (drawn, x, y) & 0xffffff);
  g_assert_cmpint (differ, ==, 0);
  cairo_surface_destroy (read);
  cairo_surface_destroy (drawn);
}

/* An image with see-through pixels keeps its alpha (RGBA); each channel
 * comes back premultiplied within one step of what was drawn */
static void
test_png_alpha (void)
{
  g_autofree char *path = out_path ("alpha.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 64);
  cairo_surface_t *read;
  cairo_t *cr = cairo_create (drawn);
  cairo_pattern_t *ramp = cairo_pattern_create_linear (0, 0, 256, 0);

  cairo_pattern_add_color_stop_rgba (ramp, 0, 0.9, 0.4, 0.1, 0.0);
  cairo_pattern_add_color_stop_rgba (ramp, 1, 0.1, 0.5, 0.8, 1.0);
  cairo_set_source (cr, ramp);
  cairo_paint (cr);
  cairo_pattern_destroy (ramp);
  cairo_destroy (cr);

  g_assert_true (hr_chart_write_png (drawn, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (png_color_type (path), ==, 6);
  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_format (read), ==, CAIRO_FORMAT_ARGB32);
  for (int y = 0; y < 64; y++)
    for (int x = 0; x < 256; x++)
      {
        guint32 a = pixel_at (drawn, x, y), b = pixel_at (read, x, y);

        g_assert_cmpuint (a >> 24, ==, b >> 24);
        for (int shift = 0; shift < 24; shift += 8)
          g_assert_cmpint (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)), <=, 1);
      }
  cairo_surface_destroy (read);
  cairo_surface_destroy (drawn);
}

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_pdf (void)
{
  g_autofree char *path = out_path ("page.pdf");
  g_autofree char *data = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  gsize length;
  guint pages = 0;

  export ("conformance/tiers.headroom", HR_CHART_EFFORT, path, 960, 540, 1.0);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-1.5"));
  /* one page of 960 × 540 points */
  for (const char *p = data; (p = find (p, length - (p - data), "/Type /Page")) != NULL; p += 11)
    pages += p[11] != 's';
  g_assert_cmpuint (pages, ==, 1);
  g_assert_nonnull (find (data, length, "/MediaBox [ 0 0 960 540 ]"));
  /* no date: cairo's own would be the moment of the export, and a fixed
   * one would be false; the creator says who made it */
  g_assert_null (find (data, length, "/CreationDate"));
  g_assert_null (find (data, length, "/ModDate"));
  g_assert_nonnull (find (data, length, "/Creator (Headroom)"));

  if (pdfinfo != NULL && pdftotext != NULL)
    {
      const char *info_argv[] = { "pdfinfo", path, NULL };
      const char *text_argv[] = { "pdftotext", path, "-", NULL };
      g_autofree char *info = run (info_argv);
      g_autofree char *text = run (text_argv);

      g_assert_nonnull (strstr (info, "Pages:           1"));
      g_assert_nonnull (strstr (info, "960 x 540 pts"));
      g_assert_nonnull (strstr (text, "Monthly effort"));
      g_assert_nonnull (strstr (text, "Tiers: every treatment"));
      g_assert_nonnull (strstr (text, "Hours per month"));
    }
  else
    g_test_message ("pdfinfo or pdftotext not installed: checked the file's structure only");
}

static void
check_xml_start (GMarkupParseContext  *context,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              data,
                 GError              **error)
{
  guint *n = data;

  if ((*n)++ == 0)
    g_assert_cmpstr (element, ==, "svg");
}

static void
test_svg (void)
{
  g_autofree char *path = out_path ("chart.svg");
  g_autofree char *data = NULL;
  gsize length;
  GMarkupParser parser = { check_xml_start, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  guint n_elements = 0;

  export ("conformance/team.headroom", HR_CHART_HEADCOUNT, path, 1280, 720, 1.0);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "<?xml"));
  /* the XML declaration is not an element for GMarkup */
  context = g_markup_parse_context_new (&parser, G_MARKUP_IGNORE_QUALIFIED, &n_elements, NULL);
  g_assert_true (g_markup_parse_context_parse (context, strchr (data, '\n') + 1, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_elements, >, 100);
  g_assert_nonnull (strstr (data, "width=\"1280pt\""));
}

/* Each export runs in a process of its own, as users run the CLI */
static void
test_deterministic (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = out_path (name);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len, second_len;

  if (g_test_subprocess ())
    {
      export ("conformance/team.headroom", HR_CHART_SCENARIOS, path, 960, 540, 1.0);
      return;
    }

  for (guint k = 0; k < 2; k++)
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_assert_true (g_file_get_contents (path, k == 0 ? &first : &second,
                                          k == 0 ? &first_len : &second_len, NULL));
    }
  g_assert_cmpmem (first, first_len, second, second_len);
}

static void
test_errors (void)
{
  g_autoptr(HrForecast) f = load_forecast ("conformance/basic.headroom");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("chart.gif");
  g_autofree char *missing = out_path ("no-such-folder/chart.png");
  HrChartOptions options;

  hr_chart_options_init (&options);
  g_assert_false (hr_chart_export (path, 800, 450, 1, f, NULL, &options, &error));
  g_assert_error (error, HR_CHART_ERROR, HR_CHART_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_false (hr_chart_export (missing, 800, 450, 1, f, NULL, &options, &error));
  g_assert_error (error, HR_CHART_ERROR, HR_CHART_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_false (hr_chart_export (path, 0, 450, 1, f, NULL, &options, &error));
  g_assert_error (error, HR_CHART_ERROR, HR_CHART_ERROR_FORMAT);
  g_clear_error (&error);

  g_clear_pointer (&path, g_free);
  path = out_path ("huge.png");
  g_assert_false (hr_chart_export (path, 10000, 450, 2, f, NULL, &options, &error));
  g_assert_error (error, HR_CHART_ERROR, HR_CHART_ERROR_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/export/png-size", test_png_size);
  g_test_add_func ("/chart/export/png-pixels", test_png_pixels);
  g_test_add_func ("/chart/export/png-alpha", test_png_alpha);
  g_test_add_func ("/chart/export/pdf", test_pdf);
  g_test_add_func ("/chart/export/svg", test_svg);
  g_test_add_data_func ("/chart/export/deterministic/png", "same.png", test_deterministic);
  g_test_add_data_func ("/chart/export/deterministic/pdf", "same.pdf", test_deterministic);
  g_test_add_data_func ("/chart/export/deterministic/svg", "same.svg", test_deterministic);
  g_test_add_func ("/chart/export/errors", test_errors);

  return g_test_run ();
}

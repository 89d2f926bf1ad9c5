/* test-chart-helpers.h: plans, forecasts and pixels for the chart tests */
#pragma once

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hr-chart.h"
#include "hr-engine.h"

/* A plan from the tests' source folder, e.g. "chart/over.headroom" */
static inline HrPlan *
load_plan (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static inline HrForecast *
load_forecast (const char *name)
{
  g_autoptr(HrPlan) plan = load_plan (name);
  g_autoptr(GError) error = NULL;
  HrForecast *forecast = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, &error);

  g_assert_no_error (error);
  return forecast;
}

static inline cairo_surface_t *
render (HrForecast           *forecast,
        GPtrArray            *scenarios,
        const HrChartOptions *options,
        int                   width,
        int                   height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  hr_chart_draw (cr, width, height, forecast, scenarios, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct {
  int r, g, b;
} Rgb;

static inline Rgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 v;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  v = *(const guint32 *) (data + iy * stride + ix * 4);
  return (Rgb) { (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff };
}

static inline int
rgb_distance (Rgb a,
              Rgb b)
{
  return abs (a.r - b.r) + abs (a.g - b.g) + abs (a.b - b.b);
}

static inline Rgb
rgb_from (double r,
          double g,
          double b)
{
  return (Rgb) { (int) round (r * 255), (int) round (g * 255), (int) round (b * 255) };
}

/* memmem() without _GNU_SOURCE: PDF streams hold NUL bytes */
static inline const char *
find (const char *data,
      gsize       length,
      const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* A file in the tests' build folder, under @folder */
static inline char *
output_path (const char *folder,
             const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, folder, NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static inline void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

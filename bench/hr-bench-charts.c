/* hr-bench-charts.c: chart exports, and the PNG settings they use */
#include "config.h"

#include <png.h>
#include <zlib.h>
#include <stdio.h>
#include <glib/gstdio.h>

#include "hr-bench.h"
#include "hr-chart-private.h"

typedef struct {
  Bench       *bench;
  HrChartKind  kind;
  const char  *path;
  GPtrArray   *scenarios;
} ChartBench;

static void
bench_chart (gpointer data)
{
  ChartBench *c = data;
  HrChartOptions options;
  g_autoptr(GError) error = NULL;

  hr_chart_options_init (&options);
  options.kind = c->kind;
  if (!hr_chart_export (c->path, 1920, 1080, 1, c->bench->forecast, c->scenarios, &options, &error))
    g_error ("%s", error->message);
}

void
report_charts (Bench *b,
               int    rounds)
{
  g_autofree char *dir = g_dir_make_tmp ("hr-bench-XXXXXX", NULL);
  g_autoptr(GPtrArray) scenarios = hr_engine_compare (b->plan, NULL);
  const char *formats[] = { "png", "pdf", "svg" };

  for (HrChartKind kind = 0; kind < HR_N_CHART_KINDS; kind++)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *file = g_strdup_printf ("%s.%s", hr_chart_kind_to_string (kind), formats[i]);
        g_autofree char *path = g_build_filename (dir, file, NULL);
        g_autofree char *name = g_strdup_printf ("export %s", file);
        ChartBench c = { b, kind, path, scenarios };

        report (name, bench_chart, &c, rounds);
        g_remove (path);
      }
  g_rmdir (dir);
}

typedef struct {
  cairo_surface_t *surface;
  int              level;
  int              strategy;
  int              filters;   /* -1: cairo_surface_write_to_png() */
  gsize            size;
} PngBench;

static cairo_status_t
count_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
bench_png (gpointer data)
{
  PngBench *p = data;
  g_autoptr(GBytes) bytes = NULL;

  p->size = 0;
  if (p->filters < 0)
    {
      cairo_surface_write_to_png_stream (p->surface, count_cb, &p->size);
      return;
    }
  bytes = hr_chart_encode_png (p->surface, p->level, p->strategy, p->filters, NULL);
  p->size = g_bytes_get_size (bytes);
}

void
report_png (Bench *b,
            int    rounds)
{
  const struct { const char *name; int level; int strategy; int filters; } settings[] = {
    { "cairo_surface_write_to_png", 6, Z_DEFAULT_STRATEGY, -1 },
    { "libpng's choice, level 6", 6, Z_DEFAULT_STRATEGY, 0 },
    { "no filter, level 6", 6, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE },
    { "up filter, level 6", 6, Z_DEFAULT_STRATEGY, PNG_FILTER_UP },
    { "no filter, level 3 (used)", 3, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE },
    { "up filter, level 3", 3, Z_DEFAULT_STRATEGY, PNG_FILTER_UP },
    { "no filter, level 1", 1, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE },
    { "no filter, level 9", 9, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE },
    { "sub filter, runs only", 6, Z_RLE, PNG_FILTER_SUB },
    { "up filter, runs only", 6, Z_RLE, PNG_FILTER_UP },
    { "sub or up, runs only", 6, Z_RLE, PNG_FILTER_SUB | PNG_FILTER_UP },
    { "paeth filter, runs only", 6, Z_RLE, PNG_FILTER_PAETH },
    { "sub filter, level 1", 1, Z_DEFAULT_STRATEGY, PNG_FILTER_SUB },
  };
  g_autoptr(GPtrArray) scenarios = hr_engine_compare (b->plan, NULL);

  printf ("PNG encoding of 1920×1080 charts (drawing not included): median CPU time and size\n");
  for (HrChartKind kind = 0; kind < HR_N_CHART_KINDS; kind++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
      cairo_t *cr = cairo_create (surface);
      HrChartOptions options;

      hr_chart_options_init (&options);
      options.kind = kind;
      hr_chart_draw (cr, 1920, 1080, b->forecast, scenarios, &options);
      cairo_destroy (cr);
      for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
        {
          PngBench p = { surface, settings[i].level, settings[i].strategy, settings[i].filters, 0 };
          double ms = measure (bench_png, &p, rounds, 0, NULL, NULL, NULL);

          printf ("  %-10s %-28s %8.1f ms %8zu kB\n", hr_chart_kind_to_string (kind),
                  settings[i].name, ms, p.size / 1000);
        }
      cairo_surface_destroy (surface);
    }
}

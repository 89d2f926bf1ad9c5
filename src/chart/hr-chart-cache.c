/* hr-chart-cache.c: a chart drawn again and again, as on screen
 *
 * The frame of a chart (background, title, subtitle, legend, grid, tick
 * labels, footnote) and the axes drawn over the plot change far less often
 * than its data: they are kept as images, drawn again only when what they
 * show changes, and only the plot is drawn for each new forecast. Patterns
 * are filled from small tiles instead of line by line, and the widths of
 * the texts laid out are kept. The three layers are put together in one
 * image, which is all the screen has to copy.
 *
 * The images are kept from frame to frame and drawn over while the chart
 * keeps its size and scale, rather than a few megabytes allocated, cleared
 * and freed again for each.
 */
#include <math.h>

#include "hr-chart-private.h"

struct _HrChartCache
{
  HrChartTiles    *tiles;
  GHashTable      *widths;  /* every text measured, by text and size */
  char            *key;     /* what the layers show */
  cairo_surface_t *frame;   /* under the plot, opaque */
  cairo_surface_t *over;    /* over the plot, transparent */
  cairo_surface_t *chart;   /* the three together, as last drawn */
  HrForecast      *forecast;  /* the plot's, and the comparison's */
  GPtrArray       *scenarios;
  guint            frame_draws;
  guint            plot_draws;
};

static void
append_string (GString    *key,
               const char *text)
{
  /* NULL and "" differ: an absent footnote is not an empty one */
  if (text == NULL)
    g_string_append (key, "\x01|");
  else
    g_string_append_printf (key, "%s|", text);
}

static void
append_color (GString            *key,
              const HrChartColor *color)
{
  g_string_append_printf (key, "%a %a %a %a ", color->r, color->g, color->b, color->a);
}

static void
append_rect (GString           *key,
             const HrChartRect *rect)
{
  g_string_append_printf (key, "%a %a %a %a|", rect->x, rect->y, rect->width, rect->height);
}

static void
append_strings (GString   *key,
                GPtrArray *strings)
{
  for (guint i = 0; strings && i < strings->len; i++)
    append_string (key, strings->pdata[i]);
  g_string_append_c (key, '#');
}

/* Everything the frame and the axes over the plot are drawn from: two
 * drawings with the same key draw the same layers */
static char *
dup_layers_key (HrChartRun *run,
                double      scale)
{
  const HrChartCtx *ctx = &run->ctx;
  const HrChartOptions *options = &ctx->options;
  const HrChartFigure *figure = &run->figure;
  const HrChartLayout *layout = &run->layout;
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%a %a %a %a|%d %d %d %d %d %d %d|", ctx->width, ctx->height, scale, ctx->text,
                          options->kind, options->role, options->segment, options->split, options->metric,
                          options->theme, options->untitled);
  append_string (key, options->font_family);
  append_string (key, figure->title);
  append_string (key, figure->subtitle);
  append_string (key, figure->footnote);
  append_string (key, figure->empty);
  append_string (key, figure->x_label);
  append_string (key, figure->y_label);
  for (guint i = 0; i < figure->legend->len; i++)
    {
      const HrChartLegendItem *item = &g_array_index (figure->legend, HrChartLegendItem, i);

      append_string (key, item->label);
      g_string_append_printf (key, "%d %d ", item->swatch, item->fill.pattern);
      append_color (key, &item->fill.color);
      append_color (key, &item->fill.ink);
      append_color (key, &item->stroke.color);
      g_string_append_printf (key, "%a %a %a %d %d|", item->stroke.width, item->stroke.dash, item->stroke.gap,
                              item->stroke.marker, item->stroke.hollow);
    }
  append_strings (key, figure->lane_labels);
  append_strings (key, figure->panel_titles);
  /* the x axis: its bands and their month labels */
  g_string_append_printf (key, "%u %d %d %u %u|", figure->n_bands, figure->x_axis, hr_chart_first_month (ctx->forecast),
                          layout->stride, figure->n_lanes);
  /* the y axis: its ticks and their labels */
  g_string_append_printf (key, "%a %a %a %u %a %d|", layout->ticks.min, layout->ticks.max, layout->ticks.step,
                          layout->ticks.n, layout->y_unit, figure->y_format);
  append_rect (key, &layout->plot);
  append_rect (key, &layout->side);
  append_rect (key, &layout->lanes);
  append_rect (key, &layout->top_lane);
  for (guint i = 0; i < layout->n_panels; i++)
    append_rect (key, &layout->panels[i]);
  return g_string_free (key, FALSE);
}

/* An image of the chart's size in device pixels: the one there, holding
 * what was drawn last, when it has that size already */
static void
layer_ensure (cairo_surface_t **layer,
              double            width,
              double            height,
              double            scale)
{
  int pixel_width = (int) ceil (width * scale), pixel_height = (int) ceil (height * scale);
  double x_scale, y_scale;

  if (*layer != NULL)
    {
      cairo_surface_get_device_scale (*layer, &x_scale, &y_scale);
      if (cairo_image_surface_get_width (*layer) == pixel_width &&
          cairo_image_surface_get_height (*layer) == pixel_height && x_scale == scale)
        return;
      cairo_surface_destroy (*layer);
    }
  *layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cairo_surface_set_device_scale (*layer, scale, scale);
}

typedef void (*LayerFunc) (HrChartRun *run);

static void
layer_draw (HrChartCache     *self,
            HrChartRun       *run,
            double            scale,
            cairo_surface_t **layer,
            LayerFunc         draw,
            gboolean          clear)
{
  cairo_t *target = run->ctx.cr;
  cairo_t *cr;

  layer_ensure (layer, run->ctx.width, run->ctx.height, scale);
  cr = cairo_create (*layer);
  /* what was drawn before would show through a transparent layer */
  if (clear)
    {
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
    }
  hr_chart_tiles_attach (self->tiles, cr);
  run->ctx.cr = cr;
  draw (run);
  run->ctx.cr = target;
  cairo_destroy (cr);
}

HrChartCache *
hr_chart_cache_new (void)
{
  HrChartCache *self = g_new0 (HrChartCache, 1);

  self->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

static void
cache_clear (HrChartCache *self)
{
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  g_clear_pointer (&self->over, cairo_surface_destroy);
  g_clear_pointer (&self->chart, cairo_surface_destroy);
  g_clear_object (&self->forecast);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
}

void
hr_chart_cache_free (HrChartCache *self)
{
  if (self == NULL)
    return;
  cache_clear (self);
  hr_chart_tiles_free (self->tiles);
  g_hash_table_unref (self->widths);
  g_free (self);
}

/* The chart: the frame, the plot of the forecast and the axes over it, in
 * one image, so that the screen copies one image rather than replaying
 * every bar. The frame replaces every pixel of the image last drawn.
 * GTK's render node keeps a cairo snapshot of that image, so cairo copies
 * it before it is drawn into again; a second image drawn in turn would not
 * spare the copy, as a snapshot stays attached until its image changes. */
static void
compose (HrChartCache *self,
         HrChartRun   *run,
         double        scale)
{
  cairo_t *cr;

  layer_ensure (&self->chart, run->ctx.width, run->ctx.height, scale);
  cr = cairo_create (self->chart);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, self->frame, 0, 0);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  hr_chart_tiles_attach (self->tiles, cr);
  run->ctx.cr = cr;
  hr_chart_run_draw_plot (run);
  /* the axes lie along the plots' bottom edge and below it */
  {
    const HrChartLayout *layout = &run->layout;
    double top = layout->plot.y + layout->plot.height;

    for (guint i = 0; i < layout->n_panels; i++)
      top = MIN (top, layout->panels[i].y + layout->panels[i].height);
    top -= 2 * run->ctx.line;
    cairo_rectangle (cr, 0, top, run->ctx.width, run->ctx.height - top);
    cairo_clip (cr);
  }
  cairo_set_source_surface (cr, self->over, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  self->plot_draws++;
}

void
hr_chart_cache_draw (HrChartCache         *self,
                     cairo_t              *cr,
                     double                width,
                     double                height,
                     double                scale,
                     HrForecast           *forecast,
                     GPtrArray            *scenario_forecasts,
                     const HrChartOptions *options)
{
  g_autofree char *key = NULL;
  gboolean new_frame;
  HrChartRun run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (HR_IS_FORECAST (forecast));
  g_return_if_fail (options != NULL);

  /* the books, calibration and drivers charts have layouts of their own, drawn whole */
  if (hr_chart_kind_has_own_layout (options->kind))
    {
      hr_chart_draw (cr, width, height, forecast, scenario_forecasts, options);
      return;
    }
  scale = MAX (scale, 1.0);
  if (self->tiles == NULL || hr_chart_tiles_get_scale (self->tiles) != scale)
    {
      hr_chart_tiles_free (self->tiles);
      self->tiles = hr_chart_tiles_new (scale);
      cache_clear (self);
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  hr_chart_run_begin (&run, NULL, width, height, forecast, scenario_forecasts, options, self->widths);
  key = dup_layers_key (&run, scale);
  new_frame = g_strcmp0 (key, self->key) != 0;
  if (new_frame)
    {
      /* the frame first paints its opaque background over every pixel */
      layer_draw (self, &run, scale, &self->frame, hr_chart_run_draw_frame, FALSE);
      layer_draw (self, &run, scale, &self->over, hr_chart_run_draw_over, TRUE);
      g_free (self->key);
      self->key = g_steal_pointer (&key);
      self->frame_draws++;
    }
  /* the plot only when its forecasts or the frame changed */
  if (new_frame || self->forecast != forecast || self->scenarios != scenario_forecasts)
    {
      compose (self, &run, scale);
      g_set_object (&self->forecast, forecast);
      g_clear_pointer (&self->scenarios, g_ptr_array_unref);
      self->scenarios = scenario_forecasts ? g_ptr_array_ref (scenario_forecasts) : NULL;
    }
  hr_chart_run_end (&run);

  cairo_set_source_surface (cr, self->chart, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

guint
hr_chart_cache_get_frame_draws (HrChartCache *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->frame_draws;
}

guint
hr_chart_cache_get_plot_draws (HrChartCache *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->plot_draws;
}

/* hr-chart.c: the frame every chart shares (title, subtitle, legend, axes,
 * footnote) and the public entry points */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

static const HrChartKindClass *kind_classes[HR_N_CHART_KINDS] = {
  [HR_CHART_EFFORT] = &hr_chart_effort_class,
  [HR_CHART_HEADCOUNT] = &hr_chart_headcount_class,
  [HR_CHART_JOURNEY] = &hr_chart_journey_class,
  [HR_CHART_SCENARIOS] = &hr_chart_scenarios_class,
};

/* Kinds with a layout of their own: no shared frame, axes or months */
static const HrChartOwnClass own_classes[HR_N_CHART_KINDS] = {
  [HR_CHART_BOOKS] = { hr_chart_books_paint, hr_chart_books_legend },
  [HR_CHART_CALIBRATION] = { hr_chart_calibration_paint, hr_chart_calibration_legend },
  [HR_CHART_DRIVERS] = { hr_chart_drivers_paint, hr_chart_drivers_legend },
};

gboolean
hr_chart_kind_has_own_layout (HrChartKind kind)
{
  return kind < HR_N_CHART_KINDS && own_classes[kind].paint != NULL;
}

static const char *kind_names[HR_N_CHART_KINDS] = {
  "effort", "headcount", "journey", "scenarios", "books", "calibration", "drivers",
};

static const char *theme_names[HR_N_CHART_THEMES] = {
  "light", "dark", "print",
};

G_DEFINE_QUARK (hr-chart-error-quark, hr_chart_error)

void
hr_chart_options_init (HrChartOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (HrChartOptions) {
    .kind = HR_CHART_EFFORT,
    .role = -1,
    .segment = -1,
    .split = HR_CHART_SPLIT_PLAY,
    .metric = HR_CHART_METRIC_FTE,
    .theme = HR_CHART_THEME_LIGHT,
  };
}

const char *
hr_chart_kind_to_string (HrChartKind kind)
{
  g_return_val_if_fail (kind < HR_N_CHART_KINDS, NULL);
  return kind_names[kind];
}

/* The index of @str in @names, or -1 */
static int
lookup (const char * const *names,
        guint               n_names,
        const char         *str)
{
  for (guint i = 0; str != NULL && i < n_names; i++)
    if (g_str_equal (str, names[i]))
      return (int) i;
  return -1;
}

gboolean
hr_chart_kind_from_string (const char  *str,
                           HrChartKind *kind)
{
  int i = lookup (kind_names, HR_N_CHART_KINDS, str);

  if (i >= 0)
    *kind = i;
  return i >= 0;
}

const char *
hr_chart_theme_to_string (HrChartTheme theme)
{
  g_return_val_if_fail (theme < HR_N_CHART_THEMES, NULL);
  return theme_names[theme];
}

gboolean
hr_chart_theme_from_string (const char   *str,
                            HrChartTheme *theme)
{
  int i = lookup (theme_names, HR_N_CHART_THEMES, str);

  if (i >= 0)
    *theme = i;
  return i >= 0;
}

gboolean
hr_chart_split_from_string (const char   *str,
                            HrChartSplit *split)
{
  if (g_strcmp0 (str, "play") == 0)
    *split = HR_CHART_SPLIT_PLAY;
  else if (g_strcmp0 (str, "segment") == 0)
    *split = HR_CHART_SPLIT_SEGMENT;
  else
    return FALSE;
  return TRUE;
}

/* --- context and figure --- */

static void
ctx_init (HrChartCtx           *ctx,
          cairo_t              *cr,
          double                width,
          double                height,
          HrForecast           *forecast,
          GPtrArray            *scenarios,
          const HrChartOptions *options)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *font_options = cairo_font_options_create ();

  *ctx = (HrChartCtx) { cr, MAX (width, 1.0), MAX (height, 1.0), forecast, scenarios, *options };
  if (ctx->options.kind >= HR_N_CHART_KINDS)
    ctx->options.kind = HR_CHART_EFFORT;
  if (ctx->options.theme >= HR_N_CHART_THEMES)
    ctx->options.theme = HR_CHART_THEME_LIGHT;
  if (ctx->options.role >= (int) hr_forecast_get_n_roles (forecast))
    ctx->options.role = -1;
  if (ctx->options.segment >= (int) hr_forecast_get_n_segments (forecast))
    ctx->options.segment = -1;
  ctx->palette = hr_chart_palette_get (ctx->options.theme);

  /* Metrics without hinting measure the same on every surface and scale */
  ctx->pango = pango_font_map_create_context (map);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ctx->pango, font_options);
  pango_cairo_context_set_resolution (ctx->pango, 72.0);
  cairo_font_options_destroy (font_options);

  ctx->font = pango_font_description_from_string (options->font_family != NULL
                                                  ? options->font_family : "Sans");
  /* readable from the back of a meeting room at 1920×1080, never tiny */
  ctx->text = options->text_size > 0.0
              ? options->text_size
              : MAX (9.0, MIN (ctx->width * 9.0 / 16.0, ctx->height) / 46.0);
  ctx->line = MAX (ctx->text * 0.14, 1.0);
}

static void
ctx_clear (HrChartCtx *ctx)
{
  g_clear_object (&ctx->pango);
  g_clear_pointer (&ctx->font, pango_font_description_free);
}

static void
legend_item_clear (gpointer data)
{
  HrChartLegendItem *item = data;

  g_free (item->label);
}

static void
figure_init (HrChartFigure *figure)
{
  *figure = (HrChartFigure) { 0 };
  figure->legend = g_array_new (FALSE, TRUE, sizeof (HrChartLegendItem));
  g_array_set_clear_func (figure->legend, legend_item_clear);
}

static void
figure_clear (HrChartFigure *figure)
{
  g_free (figure->title);
  g_free (figure->subtitle);
  g_free (figure->footnote);
  g_free (figure->empty);
  g_free (figure->x_label);
  g_free (figure->y_label);
  g_clear_pointer (&figure->legend, g_array_unref);
  g_clear_pointer (&figure->lane_labels, g_ptr_array_unref);
  g_clear_pointer (&figure->panel_titles, g_ptr_array_unref);
  if (figure->data_free != NULL)
    g_clear_pointer (&figure->data, figure->data_free);
}

/* What the chart kind has to show, and the legend only beside a plot */
static void
figure_prepare (HrChartCtx    *ctx,
                HrChartFigure *figure)
{
  figure_init (figure);
  /* a kind with a layout of its own (the books) has no figure */
  if (kind_classes[ctx->options.kind] != NULL)
    kind_classes[ctx->options.kind]->prepare (ctx, figure);
  if (figure->n_bands == 0 && figure->empty == NULL)
    figure->empty = g_strdup (_("Nothing to show"));
  if (figure->empty != NULL)
    g_array_set_size (figure->legend, 0);
}

/* --- drawing the frame --- */

static void
draw_legend_swatch (HrChartCtx              *ctx,
                    const HrChartLegendItem *item,
                    double                   x,
                    double                   y,
                    double                   size)
{
  cairo_t *cr = ctx->cr;

  switch (item->swatch)
    {
    case HR_CHART_SWATCH_FILL:
    case HR_CHART_SWATCH_SHADE:
      hr_chart_fill_rect (cr, &item->fill, x, y - size * 0.55, size * 1.1, size * 1.1, size * 0.35);
      break;
    case HR_CHART_SWATCH_LINE:
      cairo_save (cr);
      hr_chart_set_stroke (ctx, &item->stroke);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + size * 2.0, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      hr_chart_draw_marker (ctx, item->stroke.marker, item->stroke.hollow, &item->stroke.color,
                            x + size, y, size * 0.6);
      break;
    case HR_CHART_SWATCH_MARKER:
      hr_chart_draw_marker (ctx, item->stroke.marker, item->stroke.hollow, &item->stroke.color,
                            x + size * 0.55, y, size * 0.9);
      break;
    default:
      break;
    }
}

static void
draw_legend (HrChartCtx          *ctx,
             const HrChartFigure *figure,
             const HrChartChrome *chrome)
{
  double size = ctx->text * HR_CHART_LEGEND_SIZE;

  for (guint i = 0; i < chrome->legend_slots->len; i++)
    {
      const HrChartLegendSlot *slot = &g_array_index (chrome->legend_slots, HrChartLegendSlot, i);
      const HrChartLegendItem *item = &g_array_index (figure->legend, HrChartLegendItem, slot->item);
      double swatch = item->swatch == HR_CHART_SWATCH_LINE ? size * 2.0 : size * 1.1;
      double cy = slot->y + chrome->legend_row / 2.0;
      g_autoptr(PangoLayout) label = NULL;

      draw_legend_swatch (ctx, item, slot->x, cy, size);
      label = hr_chart_text_layout (ctx, item->label, size, FALSE,
                                    MAX (slot->width - swatch - size * 0.5, 1.0), 1);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_MIDDLE);
      hr_chart_text_draw (ctx, label, &ctx->palette->text, slot->x + swatch + size * 0.5, cy, 0.0, 0.5);
    }
  if (chrome->legend_hidden > 0)
    {
      g_autofree char *more = g_strdup_printf ("+%u", chrome->legend_hidden);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, more, size, FALSE, 0, 1);

      hr_chart_text_draw (ctx, label, &ctx->palette->muted, chrome->legend_more_x,
                          chrome->legend_more_y + chrome->legend_row / 2.0, 0.0, 0.5);
    }
}

static void
draw_y_axis (HrChartCtx          *ctx,
             const HrChartFigure *figure,
             const HrChartLayout *layout,
             const HrChartRect   *plot,
             gboolean             labels)
{
  cairo_t *cr = ctx->cr;
  double grid = MAX (ctx->line * 0.45, 1.0);

  for (guint i = 0; i < layout->ticks.n; i++)
    {
      double v = hr_chart_ticks_value (&layout->ticks, i);
      double y = hr_chart_value_y (layout, plot, v);

      cairo_save (cr);
      hr_chart_set_color (cr, &ctx->palette->grid);
      cairo_set_line_width (cr, grid);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      if (labels)
        {
          g_autofree char *text = hr_chart_dup_tick_label (figure, layout, v);
          g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, text, ctx->text * HR_CHART_TICK_SIZE, FALSE, 0, 1);

          hr_chart_text_draw (ctx, label, &ctx->palette->muted, plot->x - ctx->text * 0.5, y, 1.0, 0.5);
        }
    }
}

static void
draw_x_axis (HrChartCtx          *ctx,
             const HrChartFigure *figure,
             const HrChartLayout *layout,
             const HrChartRect   *plot)
{
  cairo_t *cr = ctx->cr;
  double base = plot->y + plot->height;
  double label_y = base + layout->lanes.height + ctx->text * 0.35;
  gboolean first = TRUE;
  double last_right = -G_MAXDOUBLE;

  cairo_save (cr);
  hr_chart_set_color (cr, &ctx->palette->axis);
  cairo_set_line_width (cr, MAX (ctx->line * 0.6, 1.0));
  cairo_move_to (cr, plot->x, base);
  cairo_line_to (cr, plot->x + plot->width, base);
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < figure->n_bands; i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) label = NULL;
      double bx, bw, w, cx;

      if (i != 0 && !hr_chart_band_label_shown (ctx, figure, layout, i))
        continue;
      hr_chart_band_get (plot->x, plot->width, figure->n_bands, i, &bx, &bw);
      text = hr_chart_dup_band_label (ctx, figure, layout, i, first);
      label = hr_chart_text_layout (ctx, text, ctx->text * HR_CHART_TICK_SIZE, FALSE, 0, 2);
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      hr_chart_text_extents (label, &w, NULL);
      cx = bx + bw / 2.0;
      cx = CLAMP (cx, plot->x + w / 2.0 - bw / 2.0, plot->x + plot->width - w / 2.0 + bw / 2.0);
      if (cx - w / 2.0 < last_right + ctx->text * 0.5)
        continue;
      if (i == 0 && !hr_chart_band_label_shown (ctx, figure, layout, i))
        {
          /* the first month is labelled too unless it crowds the next */
          guint next = 1;

          while (next < figure->n_bands && !hr_chart_band_label_shown (ctx, figure, layout, next))
            next++;
          if (next < figure->n_bands && next * bw < w + ctx->text * 0.8)
            continue;
        }
      first = FALSE;
      last_right = cx + w / 2.0;
      hr_chart_text_draw (ctx, label, &ctx->palette->muted, cx, label_y, 0.5, 0.0);
      cairo_save (cr);
      hr_chart_set_color (cr, &ctx->palette->axis);
      cairo_set_line_width (cr, MAX (ctx->line * 0.5, 1.0));
      cairo_move_to (cr, bx + bw / 2.0, base);
      cairo_line_to (cr, bx + bw / 2.0, base + ctx->text * 0.25);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_frame (HrChartCtx          *ctx,
            const HrChartFigure *figure,
            const HrChartLayout *layout,
            const HrChartChrome *chrome)
{
  const HrChartPalette *p = ctx->palette;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) foot = NULL;
  double w = chrome->content.width;

  hr_chart_set_color (ctx->cr, &p->background);
  cairo_paint (ctx->cr);

  if (!ctx->options.untitled)
    {
      title = hr_chart_text_layout (ctx, figure->title, ctx->text * HR_CHART_TITLE_SIZE, TRUE, w, 1);
      hr_chart_text_draw (ctx, title, &p->text, chrome->content.x, chrome->title_y, 0.0, 0.0);
      subtitle = hr_chart_text_layout (ctx, figure->subtitle, ctx->text * HR_CHART_SUBTITLE_SIZE, FALSE, w, 1);
      hr_chart_text_draw (ctx, subtitle, &p->muted, chrome->content.x, chrome->subtitle_y, 0.0, 0.0);
    }
  draw_legend (ctx, figure, chrome);
  if (figure->footnote != NULL && !ctx->options.untitled)
    {
      foot = hr_chart_text_layout (ctx, figure->footnote, ctx->text * HR_CHART_FOOT_SIZE, FALSE, w, 2);
      hr_chart_text_draw (ctx, foot, &p->muted, chrome->content.x, chrome->footnote_y, 0.0, 0.0);
    }
  if (figure->empty != NULL)
    return;

  if (figure->y_label != NULL)
    {
      g_autoptr(PangoLayout) label = NULL;
      double top = layout->plot.y, bottom = layout->plot.y + layout->plot.height, cy;

      if (layout->n_panels > 0)
        bottom = layout->panels[layout->n_panels - 1].y + layout->panels[layout->n_panels - 1].height;
      label = hr_chart_text_layout (ctx, figure->y_label, ctx->text * HR_CHART_TICK_SIZE, FALSE, bottom - top, 1);
      cy = (top + bottom) / 2.0;
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      cairo_save (ctx->cr);
      cairo_translate (ctx->cr, chrome->content.x, cy);
      cairo_rotate (ctx->cr, -G_PI / 2.0);
      hr_chart_text_draw (ctx, label, &p->muted, 0.0, 0.0, 0.5, 0.0);
      cairo_restore (ctx->cr);
    }
  if (figure->x_label != NULL)
    {
      double right = layout->n_panels > 0 ? chrome->content.x + chrome->content.width
                                          : layout->plot.x + layout->plot.width;
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, figure->x_label, ctx->text * HR_CHART_TICK_SIZE,
                                                           FALSE, right - layout->plot.x, 1);

      hr_chart_text_draw (ctx, label, &p->muted, (layout->plot.x + right) / 2.0,
                          chrome->x_label_y, 0.5, 0.0);
    }

  if (layout->n_panels > 0)
    {
      for (guint i = 0; i < layout->n_panels; i++)
        {
          const HrChartRect *panel = &layout->panels[i];
          g_autoptr(PangoLayout) name = hr_chart_text_layout (ctx, g_ptr_array_index (figure->panel_titles, i),
                                                              ctx->text * HR_CHART_LEGEND_SIZE, TRUE, panel->width, 1);

          /* long names that differ at their end stay apart */
          pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_MIDDLE);

          hr_chart_text_draw (ctx, name, &p->text, panel->x, panel->y - ctx->text * 0.3, 0.0, 1.0);
          draw_y_axis (ctx, figure, layout, panel, panel->x == layout->plot.x);
        }
    }
  else
    draw_y_axis (ctx, figure, layout, &layout->plot, TRUE);

  if (figure->lane_labels != NULL)
    for (guint i = 0; i < figure->lane_labels->len; i++)
      {
        g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, g_ptr_array_index (figure->lane_labels, i),
                                                             ctx->text * HR_CHART_TICK_SIZE, FALSE,
                                                             layout->plot.x - chrome->content.x, 1);
        double cy = layout->lanes.y + ctx->text * 1.6 * (i + 0.5);

        pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
        hr_chart_text_draw (ctx, label, &p->muted, layout->plot.x - ctx->text * 0.5, cy, 1.0, 0.5);
      }
}

static void
draw_axes_over (HrChartCtx          *ctx,
                const HrChartFigure *figure,
                const HrChartLayout *layout)
{
  if (layout->n_panels > 0)
    for (guint i = 0; i < layout->n_panels; i++)
      draw_x_axis (ctx, figure, layout, &layout->panels[i]);
  else
    draw_x_axis (ctx, figure, layout, &layout->plot);
}

/* --- one drawing, in layers --- */

void
hr_chart_run_begin (HrChartRun           *run,
                    cairo_t              *cr,
                    double                width,
                    double                height,
                    HrForecast           *forecast,
                    GPtrArray            *scenarios,
                    const HrChartOptions *options,
                    GHashTable           *widths)
{
  ctx_init (&run->ctx, cr, width, height, forecast, scenarios, options);
  run->ctx.widths = widths;
  figure_prepare (&run->ctx, &run->figure);
  hr_chart_layout_figure (&run->ctx, &run->figure, &run->layout, &run->chrome);
}

void
hr_chart_run_end (HrChartRun *run)
{
  hr_chart_layout_clear (&run->layout, &run->chrome);
  figure_clear (&run->figure);
  ctx_clear (&run->ctx);
}

void
hr_chart_run_draw_frame (HrChartRun *run)
{
  draw_frame (&run->ctx, &run->figure, &run->layout, &run->chrome);
  if (run->figure.empty != NULL)
    {
      HrChartRect area = run->layout.plot;

      /* the middle of the canvas, not of the room left for the axes */
      area.x = run->chrome.content.x;
      area.width = run->chrome.content.width;
      area.y = run->layout.top_lane.y;
      hr_chart_draw_message (&run->ctx, &area, run->figure.empty);
    }
}

void
hr_chart_run_draw_plot (HrChartRun *run)
{
  if (run->figure.empty == NULL)
    kind_classes[run->ctx.options.kind]->paint (&run->ctx, &run->figure, &run->layout);
}

void
hr_chart_run_draw_over (HrChartRun *run)
{
  if (run->figure.empty == NULL)
    draw_axes_over (&run->ctx, &run->figure, &run->layout);
}

/* --- public API --- */

void
hr_chart_draw (cairo_t              *cr,
               double                width,
               double                height,
               HrForecast           *forecast,
               GPtrArray            *scenario_forecasts,
               const HrChartOptions *options)
{
  HrChartRun run;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (HR_IS_FORECAST (forecast));
  g_return_if_fail (options != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (hr_chart_kind_has_own_layout (options->kind))
    {
      HrChartCtx ctx;

      /* a layout of its own: rows of people, or the model against execution */
      ctx_init (&ctx, cr, width, height, forecast, NULL, options);
      own_classes[options->kind].paint (&ctx);
      ctx_clear (&ctx);
      cairo_restore (cr);
      return;
    }
  hr_chart_run_begin (&run, cr, width, height, forecast, scenario_forecasts, options, NULL);
  hr_chart_run_draw_frame (&run);
  hr_chart_run_draw_plot (&run);
  hr_chart_run_draw_over (&run);
  hr_chart_run_end (&run);
  cairo_restore (cr);
}

gboolean
hr_chart_get_frame (double                width,
                    double                height,
                    HrForecast           *forecast,
                    GPtrArray            *scenario_forecasts,
                    const HrChartOptions *options,
                    HrChartFrame         *frame)
{
  HrChartRun run;
  gboolean ok;

  g_return_val_if_fail (HR_IS_FORECAST (forecast), FALSE);
  g_return_val_if_fail (options != NULL && frame != NULL, FALSE);

  if (hr_chart_kind_has_own_layout (options->kind))
    return FALSE;

  hr_chart_run_begin (&run, NULL, width, height, forecast, scenario_forecasts, options, NULL);
  *frame = (HrChartFrame) {
    run.layout.plot.x, run.layout.plot.y, run.layout.plot.width, run.layout.plot.height,
    run.figure.n_bands, run.layout.ticks.min, run.layout.ticks.max,
  };
  ok = run.figure.empty == NULL;
  hr_chart_run_end (&run);
  return ok;
}

int
hr_chart_hit_month (double                width,
                    double                height,
                    HrForecast           *forecast,
                    GPtrArray            *scenario_forecasts,
                    const HrChartOptions *options,
                    double                x,
                    double                y)
{
  HrChartRun run;
  int hit = -1;

  g_return_val_if_fail (HR_IS_FORECAST (forecast), -1);
  g_return_val_if_fail (options != NULL, -1);

  if (hr_chart_kind_has_own_layout (options->kind))
    return -1;

  hr_chart_run_begin (&run, NULL, width, height, forecast, scenario_forecasts, options, NULL);
  if (run.figure.empty == NULL)
    {
      guint n = MAX (run.layout.n_panels, 1);

      for (guint i = 0; i < n && hit < 0; i++)
        {
          const HrChartRect *r = run.layout.n_panels > 0 ? &run.layout.panels[i] : &run.layout.plot;
          /* the marker lanes above and below belong to the month too */
          double top = r->y - run.layout.top_lane.height;
          double bottom = r->y + r->height + run.layout.lanes.height;

          if (y >= top && y < bottom)
            hit = hr_chart_band_hit (r->x, r->width, run.figure.n_bands, x);
        }
    }
  hr_chart_run_end (&run);
  return hit;
}

GStrv
hr_chart_dup_legend (HrForecast           *forecast,
                     GPtrArray            *scenario_forecasts,
                     const HrChartOptions *options)
{
  HrChartCtx ctx;
  HrChartFigure figure;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HR_IS_FORECAST (forecast), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  ctx_init (&ctx, NULL, 1920, 1080, forecast, scenario_forecasts, options);
  if (hr_chart_kind_has_own_layout (options->kind))
    {
      g_autoptr(GArray) legend = own_classes[options->kind].legend (&ctx);

      for (guint i = 0; i < legend->len; i++)
        g_strv_builder_add (builder, g_array_index (legend, HrChartLegendItem, i).label);
      ctx_clear (&ctx);
      return g_strv_builder_end (builder);
    }
  figure_prepare (&ctx, &figure);
  for (guint i = 0; i < figure.legend->len; i++)
    g_strv_builder_add (builder, g_array_index (figure.legend, HrChartLegendItem, i).label);
  figure_clear (&figure);
  ctx_clear (&ctx);
  return g_strv_builder_end (builder);
}

double
hr_chart_screen_text_size (double width,
                           double height)
{
  return MAX (11.0, MIN (width * 9.0 / 16.0, height) / 46.0);
}

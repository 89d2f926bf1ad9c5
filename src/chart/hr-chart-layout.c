/* hr-chart-layout.c: where the frame of a chart goes: title, legend,
 * footnote, axes and plot, for any size; drawing nothing */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

char *
hr_chart_dup_tick_label (const HrChartFigure *figure,
                         const HrChartLayout *layout,
                         double               value)
{
  guint decimals;
  HrChartTicks scaled = layout->ticks;
  g_autofree char *number = NULL;

  if (figure->y_format == HR_CHART_Y_PERCENT)
    {
      scaled.step *= 100.0;
      return hr_format_percent (value, hr_chart_ticks_decimals (&scaled));
    }
  if (value == 0.0)
    return hr_format_number (0.0, 0);
  scaled.step /= layout->y_unit;
  decimals = hr_chart_ticks_decimals (&scaled);
  number = hr_format_number (value / layout->y_unit, decimals);
  if (layout->y_unit >= 1e9)
    /* Translators: an axis value in billions, e.g. "1.5 B" */
    return g_strdup_printf (_("%s B"), number);
  if (layout->y_unit >= 1e6)
    /* Translators: an axis value in millions, e.g. "2.5 M" */
    return g_strdup_printf (_("%s M"), number);
  return g_steal_pointer (&number);
}

static void
compute_ticks (HrChartCtx          *ctx,
               const HrChartFigure *figure,
               HrChartLayout       *layout,
               double               plot_height)
{
  guint max_ticks = (guint) CLAMP (plot_height / (ctx->text * 2.2), 2.0, 11.0);

  hr_chart_ticks_compute (0.0, figure->y_max, max_ticks, &layout->ticks);
  layout->y_unit = 1.0;
  if (figure->y_format == HR_CHART_Y_NUMBER)
    {
      if (layout->ticks.max >= 1e10)
        layout->y_unit = 1e9;
      else if (layout->ticks.max >= 1e6)
        layout->y_unit = 1e6;
    }
}

static double
measure_ticks (HrChartCtx          *ctx,
               const HrChartFigure *figure,
               const HrChartLayout *layout)
{
  double width = 0.0;

  for (guint i = 0; i < layout->ticks.n; i++)
    {
      g_autofree char *label = hr_chart_dup_tick_label (figure, layout, hr_chart_ticks_value (&layout->ticks, i));

      width = MAX (width, hr_chart_text_width (ctx, label, ctx->text * HR_CHART_TICK_SIZE, FALSE));
    }
  return width;
}

char *
hr_chart_dup_band_label (HrChartCtx          *ctx,
                         const HrChartFigure *figure,
                         const HrChartLayout *layout,
                         guint                i,
                         gboolean             first)
{
  if (figure->x_axis == HR_CHART_X_TENURE)
    return g_strdup_printf ("%u", i);

  if (layout->stride >= 12)
    return hr_chart_format_month (ctx->forecast, i, "%Y");
  {
    g_autofree char *month = hr_chart_format_month (ctx->forecast, i, "%b");
    int abs_month = hr_chart_first_month (ctx->forecast) + (int) i;

    if (first || abs_month % 12 == 0)
      {
        g_autofree char *year = hr_chart_format_month (ctx->forecast, i, "%Y");
        return g_strdup_printf ("%s\n%s", month, year);
      }
    return g_steal_pointer (&month);
  }
}

gboolean
hr_chart_band_label_shown (HrChartCtx          *ctx,
                           const HrChartFigure *figure,
                           const HrChartLayout *layout,
                           guint                i)
{
  int first = figure->x_axis == HR_CHART_X_MONTHS ? hr_chart_first_month (ctx->forecast) : 0;

  return hr_chart_label_shown (i, first, layout->stride, figure->x_axis == HR_CHART_X_MONTHS);
}

static void
compute_stride (HrChartCtx          *ctx,
                const HrChartFigure *figure,
                HrChartLayout       *layout)
{
  double size = ctx->text * HR_CHART_TICK_SIZE;
  double band = figure->n_bands > 0 ? layout->plot.width / figure->n_bands : layout->plot.width;
  double widest = 0.0;

  if (figure->x_axis == HR_CHART_X_TENURE)
    {
      g_autofree char *label = g_strdup_printf ("%u", MAX (figure->n_bands, 1) - 1);

      widest = hr_chart_text_width (ctx, label, size, FALSE);
      layout->stride = hr_chart_label_stride (band, widest, ctx->text * 0.6);
      return;
    }

  /* abbreviated month names of the locale, then years alone */
  for (guint m = 0; m < MIN (figure->n_bands, 12); m++)
    {
      g_autofree char *label = hr_chart_format_month (ctx->forecast, m, "%b");
      widest = MAX (widest, hr_chart_text_width (ctx, label, size, FALSE));
    }
  layout->stride = hr_chart_label_stride (band, widest, ctx->text * 0.8);
  if (layout->stride == 0 || layout->stride > 6)
    {
      g_autofree char *year = hr_chart_format_month (ctx->forecast, 0, "%Y");

      widest = hr_chart_text_width (ctx, year, size, FALSE);
      layout->stride = hr_chart_label_stride (band, widest, ctx->text * 0.8);
      if (layout->stride != 0 && layout->stride < 12)
        layout->stride = 12;
    }
}

static void
layout_legend (HrChartCtx          *ctx,
               const HrChartFigure *figure,
               HrChartChrome       *chrome,
               double               y)
{
  double size = ctx->text * HR_CHART_LEGEND_SIZE;
  double row = size * 1.7;
  double x = chrome->content.x;
  double right = chrome->content.x + chrome->content.width;
  double max_label = MAX (chrome->content.width * 0.45, ctx->text * 4.0);
  double more = hr_chart_text_width (ctx, "+000", size, FALSE) + ctx->text;
  guint max_rows = (guint) MAX (1.0, floor (ctx->height * 0.2 / row));
  guint rows = figure->legend->len > 0 ? 1 : 0;

  chrome->legend_row = row;
  for (guint i = 0; i < figure->legend->len; i++)
    {
      const HrChartLegendItem *item = &g_array_index (figure->legend, HrChartLegendItem, i);
      double swatch = item->swatch == HR_CHART_SWATCH_LINE ? size * 2.0 : size * 1.1;
      double w = swatch + size * 0.5
                 + MIN (hr_chart_text_width (ctx, item->label, size, FALSE), max_label);
      gboolean last_row = rows == max_rows;
      double need = w + (last_row && i + 1 < figure->legend->len ? more : 0.0);
      HrChartLegendSlot slot;

      if (x > chrome->content.x && x + need > right)
        {
          if (last_row)
            {
              chrome->legend_hidden = figure->legend->len - i;
              break;
            }
          rows++;
          x = chrome->content.x;
          y += row;
        }
      slot = (HrChartLegendSlot) { x, y, MIN (w, right - x), i };
      g_array_append_val (chrome->legend_slots, slot);
      x += w + ctx->text * 1.4;
    }
  chrome->legend_more_x = x;
  chrome->legend_more_y = y;
}

void
hr_chart_layout_figure (HrChartCtx          *ctx,
                        const HrChartFigure *figure,
                        HrChartLayout       *layout,
                        HrChartChrome       *chrome)
{
  double pad = ctx->text * 0.9;
  double top, bottom, left, right, line, x_labels;
  double tick_size = ctx->text * HR_CHART_TICK_SIZE;

  *layout = (HrChartLayout) { 0 };
  chrome->content = (HrChartRect) { pad, pad, ctx->width - 2 * pad, ctx->height - 2 * pad };
  chrome->legend_slots = g_array_new (FALSE, FALSE, sizeof (HrChartLegendSlot));
  chrome->legend_hidden = 0;

  /* title and subtitle */
  top = chrome->content.y;
  chrome->title_y = top;
  if (!ctx->options.untitled)
    top += ctx->text * HR_CHART_TITLE_SIZE * 1.3;
  chrome->subtitle_y = top;
  if (!ctx->options.untitled)
    top += ctx->text * HR_CHART_SUBTITLE_SIZE * 1.3 + ctx->text * 0.6;

  /* legend */
  layout_legend (ctx, figure, chrome, top);
  if (figure->legend->len > 0)
    top = chrome->legend_more_y + chrome->legend_row + ctx->text * 0.4;

  /* footnote: up to two lines at the bottom */
  {
    g_autoptr(PangoLayout) foot = hr_chart_text_layout (ctx, figure->footnote, ctx->text * HR_CHART_FOOT_SIZE,
                                                        FALSE, chrome->content.width, 2);
    double h;

    hr_chart_text_extents (foot, NULL, &h);
    bottom = chrome->content.y + chrome->content.height;
    if (figure->footnote != NULL && *figure->footnote != '\0' && !ctx->options.untitled)
      bottom -= h + ctx->text * 0.5;
    chrome->footnote_y = bottom + ctx->text * 0.5;
  }

  /* x axis: labels of one or two lines, then the axis title */
  line = tick_size * 1.25;
  if (figure->x_label != NULL)
    {
      bottom -= line;
      chrome->x_label_y = bottom;
    }
  x_labels = (figure->x_axis == HR_CHART_X_MONTHS ? 2 : 1) * line + ctx->text * 0.4;
  bottom -= x_labels;
  bottom -= figure->n_lanes * ctx->text * 1.6;

  /* y axis: the rotated title, then tick labels as wide as they need */
  left = chrome->content.x + ctx->text * 1.4;
  right = chrome->content.x + chrome->content.width;
  if (figure->side > 0.0)
    {
      double side = chrome->content.width * figure->side;

      layout->side = (HrChartRect) { right - side, top, side, bottom - top };
      right -= side + ctx->text * 2.0;
    }
  layout->top_lane = (HrChartRect) { left, top, right - left, figure->top_lane * ctx->text };
  top += figure->top_lane * ctx->text;

  if (figure->panel_titles != NULL && figure->panel_titles->len > 0)
    {
      guint n = figure->panel_titles->len, cols, rows;
      double title_h = ctx->text * HR_CHART_LEGEND_SIZE * 1.5;
      double gap_x = ctx->text * 1.6, gap_y = x_labels + title_h + ctx->text * 0.6;
      double pw, ph;

      top += title_h;
      compute_ticks (ctx, figure, layout, (bottom - top) / MAX (1.0, sqrt (n)));
      chrome->tick_width = measure_ticks (ctx, figure, layout);
      left += chrome->tick_width + ctx->text * 0.5;
      hr_chart_grid_shape (n, right - left, bottom - top, 1.6, &cols, &rows);
      ph = (bottom - top - gap_y * (rows - 1)) / rows;
      compute_ticks (ctx, figure, layout, ph);
      {
        /* the ticks at the panels' own height can be finer, and their
         * labels wider, than those of the first guess ("12.5" for "10"):
         * the panels make room, so no label reaches the axis title */
        double width = measure_ticks (ctx, figure, layout);

        if (width > chrome->tick_width)
          {
            left += width - chrome->tick_width;
            chrome->tick_width = width;
          }
      }
      pw = (right - left - gap_x * (cols - 1)) / cols;
      layout->n_panels = n;
      layout->panels = g_new0 (HrChartRect, n);
      for (guint i = 0; i < n; i++)
        layout->panels[i] = (HrChartRect) { left + (i % cols) * (pw + gap_x),
                                            top + (i / cols) * (ph + gap_y),
                                            MAX (pw, 1.0), MAX (ph, 1.0) };
      layout->plot = layout->panels[0];
    }
  else
    {
      compute_ticks (ctx, figure, layout, bottom - top);
      chrome->tick_width = measure_ticks (ctx, figure, layout);
      for (guint i = 0; figure->lane_labels != NULL && i < figure->lane_labels->len; i++)
        chrome->tick_width = MAX (chrome->tick_width,
                                  hr_chart_text_width (ctx, g_ptr_array_index (figure->lane_labels, i),
                                                       tick_size, FALSE) - ctx->text * 1.4);
      left += chrome->tick_width + ctx->text * 0.5;
      layout->plot = (HrChartRect) { left, top, MAX (right - left, 1.0), MAX (bottom - top, 1.0) };
      layout->top_lane.x = left;
      layout->top_lane.width = layout->plot.width;
    }
  layout->lanes = (HrChartRect) { layout->plot.x, layout->plot.y + layout->plot.height,
                                  layout->plot.width, figure->n_lanes * ctx->text * 1.6 };
  compute_stride (ctx, figure, layout);
}

void
hr_chart_layout_clear (HrChartLayout *layout,
                       HrChartChrome *chrome)
{
  g_clear_pointer (&layout->panels, g_free);
  g_clear_pointer (&chrome->legend_slots, g_array_unref);
}

/* hr-chart-own.c: the heading and legend of charts with a layout of their
 * own (books, calibration), drawn like the other charts' */
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

double
hr_chart_own_heading (HrChartCtx *ctx,
                      const char *title,
                      const char *subtitle,
                      double      x,
                      double      y,
                      double      width)
{
  g_autoptr(PangoLayout) title_layout = hr_chart_text_layout (ctx, title, ctx->text * HR_CHART_TITLE_SIZE, TRUE, width, 1);
  g_autoptr(PangoLayout) subtitle_layout = NULL;
  double h;

  hr_chart_text_draw (ctx, title_layout, &ctx->palette->text, x, y, 0.0, 0.0);
  hr_chart_text_extents (title_layout, NULL, &h);
  y += h + ctx->text * 0.2;
  if (subtitle == NULL)
    return y;
  subtitle_layout = hr_chart_text_layout (ctx, subtitle, ctx->text * HR_CHART_SUBTITLE_SIZE, FALSE, width, 1);
  hr_chart_text_draw (ctx, subtitle_layout, &ctx->palette->muted, x, y, 0.0, 0.0);
  hr_chart_text_extents (subtitle_layout, NULL, &h);
  return y + h;
}

double
hr_chart_own_legend (HrChartCtx *ctx,
                     GArray     *legend,
                     double      x,
                     double      y,
                     double      width)
{
  double size = ctx->text * HR_CHART_LEGEND_SIZE;
  double cy = y + size * 0.8, right = x + width;

  for (guint i = 0; i < legend->len; i++)
    {
      const HrChartLegendItem *item = &g_array_index (legend, HrChartLegendItem, i);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, item->label, size, FALSE, 0, 1);
      double w, swatch = item->swatch == HR_CHART_SWATCH_FILL ? size * 1.1 : size * 1.4;

      hr_chart_text_extents (label, &w, NULL);
      if (x + swatch + size * 0.5 + w > right)
        break;
      if (ctx->cr == NULL)
        ;
      else if (item->swatch == HR_CHART_SWATCH_LINE)
        {
          cairo_save (ctx->cr);
          hr_chart_set_stroke (ctx, &item->stroke);
          cairo_move_to (ctx->cr, x, cy);
          cairo_line_to (ctx->cr, x + swatch, cy);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);
        }
      else if (item->swatch == HR_CHART_SWATCH_MARKER)
        hr_chart_draw_marker (ctx, item->stroke.marker, item->stroke.hollow, &item->stroke.color,
                              x + swatch / 2, cy, size * 0.8);
      else
        hr_chart_fill_rect (ctx->cr, &item->fill, x, cy - size * 0.55, size * 1.1, size * 1.1, size * 0.35);
      hr_chart_text_draw (ctx, label, &ctx->palette->text, x + swatch + size * 0.5, cy, 0.0, 0.5);
      x += swatch + size * 0.5 + w + size * 1.6;
    }
  return size * 1.6;
}

void
hr_chart_own_clear_legend_item (gpointer data)
{
  g_free (((HrChartLegendItem *) data)->label);
}

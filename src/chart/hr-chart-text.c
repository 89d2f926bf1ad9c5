/* hr-chart-text.c: pango text and locale formatting for charts
 *
 * Layouts come from a pango context with hinting of metrics turned off, so
 * text measures the same on an image, a PDF or an SVG surface at any scale,
 * and the layout of a chart does not depend on where it is drawn.
 */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

PangoLayout *
hr_chart_text_layout (HrChartCtx *ctx,
                      const char *text,
                      double      size,
                      gboolean    bold,
                      double      max_width,
                      int         max_lines)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (ctx->font);

  pango_font_description_set_absolute_size (font, MAX (size, 1.0) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (max_width > 0.0)
    {
      /* rounded up: a layout exactly as wide as its text must not ellipsize */
      pango_layout_set_width (layout, (int) ceil (max_width * PANGO_SCALE) + 1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (max_lines > 1)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -max_lines);
        }
      else
        pango_layout_set_height (layout, -1);
    }
  return layout;
}

void
hr_chart_text_extents (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
hr_chart_text_width (HrChartCtx *ctx,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *key = NULL;
  double *known, width;

  /* the same labels, measured again for each drawing on screen */
  if (ctx->widths != NULL)
    {
      key = g_strdup_printf ("%a %d %s %s", size, bold, ctx->options.font_family ? ctx->options.font_family : "",
                             text ? text : "");
      if ((known = g_hash_table_lookup (ctx->widths, key)))
        return *known;
    }
  layout = hr_chart_text_layout (ctx, text, size, bold, 0, 1);
  hr_chart_text_extents (layout, &width, NULL);
  if (ctx->widths != NULL)
    g_hash_table_insert (ctx->widths, g_steal_pointer (&key), g_memdup2 (&width, sizeof width));
  return width;
}

void
hr_chart_text_draw (HrChartCtx         *ctx,
                    PangoLayout        *layout,
                    const HrChartColor *color,
                    double              x,
                    double              y,
                    double              xalign,
                    double              yalign)
{
  PangoRectangle logical;
  double w, h;

  if (ctx->cr == NULL)
    return;

  pango_layout_get_extents (layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  cairo_save (ctx->cr);
  hr_chart_set_color (ctx->cr, color);
  cairo_move_to (ctx->cr,
                 x - w * xalign - (double) logical.x / PANGO_SCALE,
                 y - h * yalign - (double) logical.y / PANGO_SCALE);
  pango_cairo_update_layout (ctx->cr, layout);
  pango_cairo_show_layout (ctx->cr, layout);
  cairo_restore (ctx->cr);
}

int
hr_chart_first_month (HrForecast *forecast)
{
  return hr_forecast_get_start_year (forecast) * 12
         + hr_forecast_get_start_month (forecast) - 1;
}

char *
hr_chart_format_month (HrForecast *forecast,
                       guint       t,
                       const char *format)
{
  /* the locale's month names */
  return hr_forecast_format_month (forecast, (int) t, format);
}

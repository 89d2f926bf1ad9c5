/* hr-chart-export.c: charts to PNG, PDF and SVG files
 *
 * Exports are the same, byte for byte, for the same input: the PDF carries
 * no creation or modification date, and nothing depends on the clock.
 */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef enum {
  FORMAT_PNG,
  FORMAT_PDF,
  FORMAT_SVG,
} Format;

/* The largest raster we write: 16384 pixels a side, as cairo allows */
#define MAX_PIXELS 16384.0

static gboolean
format_from_path (const char *path,
                  Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else
    return FALSE;
  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, HR_CHART_ERROR, HR_CHART_ERROR_WRITE,
               /* Translators: %s: a file name, then cairo's reason */
               _("Could not write %s: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

void
hr_chart_pdf_set_metadata (cairo_surface_t *surface,
                           const char      *title)
{
  g_return_if_fail (surface != NULL && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_PDF);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Headroom");
  /* cairo writes the moment of the export unless told otherwise; an empty
   * date (cairo 1.16 on) writes none, so that the same plan exported twice
   * gives the same bytes and no reader shows a made-up date */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, "");
}

static void
draw_scaled (cairo_surface_t      *surface,
             double                scale,
             double                width,
             double                height,
             HrForecast           *forecast,
             GPtrArray            *scenarios,
             const HrChartOptions *options)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  hr_chart_draw (cr, width, height, forecast, scenarios, options);
  cairo_destroy (cr);
}

gboolean
hr_chart_export (const char           *path,
                 double                width,
                 double                height,
                 double                scale,
                 HrForecast           *forecast,
                 GPtrArray            *scenario_forecasts,
                 const HrChartOptions *options,
                 GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  Format format;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (HR_IS_FORECAST (forecast), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_from_path (path, &format))
    {
      g_set_error (error, HR_CHART_ERROR, HR_CHART_ERROR_FORMAT,
                   _("Cannot tell the format of %s: use a name ending in .png, .pdf or .svg"),
                   path);
      return FALSE;
    }
  if (!(width >= 16.0 && height >= 16.0 && scale > 0.0)
      || !(round (width * scale) <= MAX_PIXELS && round (height * scale) <= MAX_PIXELS)
      || !(round (width * scale) >= 1.0 && round (height * scale) >= 1.0))
    {
      g_autofree char *w = hr_format_exact (width);
      g_autofree char *h = hr_format_exact (height);
      g_autofree char *s = hr_format_exact (scale);

      g_set_error (error, HR_CHART_ERROR, HR_CHART_ERROR_SIZE,
                   _("A chart must be at least 16 × 16 and at most %.0f pixels a side, "
                     "got %s × %s at scale %s"),
                   MAX_PIXELS, w, h, s);
      return FALSE;
    }

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) round (width * scale),
                                            (int) round (height * scale));
      draw_scaled (surface, scale, width, height, forecast, scenario_forecasts, options);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        {
          gboolean written = hr_chart_write_png (surface, path, error);
          cairo_surface_destroy (surface);
          return written;
        }
      cairo_surface_destroy (surface);
      return check_status (status, path, error);

    case FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
      hr_chart_pdf_set_metadata (surface, hr_forecast_get_plan_name (forecast));
      break;

    case FORMAT_SVG:
    default:
      surface = cairo_svg_surface_create (path, width, height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      break;
    }

  draw_scaled (surface, 1.0, width, height, forecast, scenario_forecasts, options);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}

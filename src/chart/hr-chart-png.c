/* hr-chart-png.c: a chart's pixels to a PNG file
 *
 * libpng directly rather than cairo_surface_write_to_png(), for two choices
 * cairo does not offer. No row filter: a chart is flat areas of colour and
 * text, which deflate finds as repeats on its own, while libpng's default
 * (trying all five filters on every row) costs as much time again as the
 * compression. zlib level 3: on 1920×1080 charts as large as cairo's files
 * in a quarter of the time, where level 6 is 15–25 % smaller but twice as
 * slow (docs/performance.md has the figures). Deflate's run-length
 * strategy after a sub or up filter was tried too: no faster, and files two
 * to three times as large. An opaque chart is written as RGB, a quarter
 * less to compress than RGBA.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <png.h>
#include <zlib.h>
#include <stdio.h>
#include <setjmp.h>
#include <string.h>

#include "hr-chart-private.h"

#define ZLIB_LEVEL 3
#define ZLIB_STRATEGY Z_DEFAULT_STRATEGY
#define ROW_FILTERS PNG_FILTER_NONE

typedef struct {
  GByteArray *bytes;
  char        message[256];
} PngWrite;

static void
write_cb (png_structp png,
          png_bytep   data,
          png_size_t  length)
{
  PngWrite *w = png_get_io_ptr (png);

  g_byte_array_append (w->bytes, data, length);
}

static void
flush_cb (png_structp png)
{
}

static void
error_cb (png_structp     png,
          png_const_charp message)
{
  PngWrite *w = png_get_error_ptr (png);

  g_strlcpy (w->message, message, sizeof w->message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
}

static gboolean
is_opaque (const guchar *data,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] < 0xff000000)
          return FALSE;
    }
  return TRUE;
}

/* One row of cairo's native-endian, premultiplied ARGB as PNG's RGB or
 * straight RGBA bytes */
static void
convert_row (const guint32 *pixels,
             int            width,
             gboolean       alpha,
             guchar        *out)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];
      guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (alpha && a != 0xff)
        {
          if (a == 0)
            r = g = b = 0;
          else
            {
              r = (r * 255 + a / 2) / a;
              g = (g * 255 + a / 2) / a;
              b = (b * 255 + a / 2) / a;
            }
        }
      *out++ = r;
      *out++ = g;
      *out++ = b;
      if (alpha)
        *out++ = a;
    }
}

/* Appends the PNG file's bytes to w->bytes; FALSE with libpng's reason in
 * w->message */
static gboolean
encode (cairo_surface_t *surface,
        int              level,
        int              strategy,
        int              filters,
        PngWrite        *w)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  gboolean alpha = !is_opaque (data, width, height, stride);
  png_structp png;
  png_infop info = NULL;
  /* volatile: kept across libpng's longjmp */
  guchar * volatile row = NULL;
  volatile gboolean ok = FALSE;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, w, error_cb, warning_cb);
  if (png == NULL)
    return FALSE;
  info = png_create_info_struct (png);
  if (info == NULL || setjmp (png_jmpbuf (png)))
    goto out;

  row = g_malloc ((gsize) width * 4);
  png_set_write_fn (png, w, write_cb, flush_cb);
  png_set_IHDR (png, info, width, height, 8, alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (filters)
    png_set_filter (png, PNG_FILTER_TYPE_BASE, filters);
  png_set_compression_level (png, level);
  png_set_compression_strategy (png, strategy);
  png_write_info (png, info);
  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (data + (gsize) y * stride), width, alpha, row);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  ok = TRUE;

out:
  png_destroy_write_struct (&png, info ? &info : NULL);
  g_free (row);
  return ok;
}

GBytes *
hr_chart_encode_png (cairo_surface_t  *surface,
                     int               level,
                     int               strategy,
                     int               filters,
                     GError          **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  PngWrite w = { NULL, "" };

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);
  g_return_val_if_fail (level >= 0 && level <= 9, NULL);

  cairo_surface_flush (surface);
  /* a chart compresses to about a tenth of its pixels */
  bytes = g_byte_array_sized_new (cairo_image_surface_get_width (surface)
                                  * cairo_image_surface_get_height (surface) / 8);
  w.bytes = bytes;
  if (!encode (surface, level, strategy, filters, &w))
    {
      g_set_error_literal (error, HR_CHART_ERROR, HR_CHART_ERROR_WRITE,
                           *w.message ? w.message : g_strerror (ENOMEM));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Writes @length bytes to @path; FALSE with errno set */
static gboolean
write_file (const char   *path,
            const guint8 *data,
            gsize         length)
{
  FILE *file = g_fopen (path, "wb");
  int saved;

  if (file == NULL)
    return FALSE;
  if (fwrite (data, 1, length, file) == length && fclose (file) == 0)
    return TRUE;
  saved = errno;
  g_remove (path);
  errno = saved;
  return FALSE;
}

gboolean
hr_chart_write_png (cairo_surface_t  *surface,
                    const char       *path,
                    GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = hr_chart_encode_png (surface, ZLIB_LEVEL, ZLIB_STRATEGY, ROW_FILTERS, &local_error);
  const char *reason = NULL;
  gsize length;
  const guint8 *data;

  if (bytes == NULL)
    reason = local_error->message;
  else
    {
      data = g_bytes_get_data (bytes, &length);
      if (!write_file (path, data, length))
        reason = g_strerror (errno);
    }
  if (reason == NULL)
    return TRUE;
  g_set_error (error, HR_CHART_ERROR, HR_CHART_ERROR_WRITE,
               /* Translators: %s: a file name, then the reason */
               _("Could not write %s: %s"), path, reason);
  return FALSE;
}

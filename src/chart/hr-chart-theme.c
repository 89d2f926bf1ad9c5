/* hr-chart-theme.c: colour-blind safe palettes that survive grey printing
 *
 * The series colours keep the hue order of Okabe–Ito and Paul Tol (blue,
 * orange, vermilion, yellow, teal, purple, sky, green, pink) but each is
 * placed at its own CIE lightness, 7 L* apart, so that they differ for every
 * kind of colour vision and still differ in grey. Neighbours in play order
 * are far apart in lightness, so adjacent parts of a stacked bar contrast.
 */
#include <math.h>

#include "hr-chart-theme.h"

#define RGB(r, g, b) { r, g, b, 1.0 }
#define RGBA(r, g, b, a) { r, g, b, a }

static const HrChartColor light_series[] = {
  RGB (0.030, 0.294, 0.438), /* L*30 */
  RGB (0.901, 0.642, 0.262), /* L*72 */
  RGB (0.734, 0.224, 0.225), /* L*44 */
  RGB (0.904, 0.855, 0.387), /* L*86 */
  RGB (0.006, 0.608, 0.622), /* L*58 */
  RGB (0.500, 0.218, 0.588), /* L*37 */
  RGB (0.167, 0.833, 0.997), /* L*79 */
  RGB (0.175, 0.545, 0.197), /* L*51 */
  RGB (0.991, 0.423, 0.627), /* L*65 */
};

/* The same hues 6–10 L* lighter, to stand out from a dark background */
static const HrChartColor dark_series[] = {
  RGB (0.047, 0.391, 0.576), /* L*40 */
  RGB (0.973, 0.706, 0.323), /* L*78 */
  RGB (0.831, 0.311, 0.297), /* L*52 */
  RGB (0.974, 0.922, 0.450), /* L*92 */
  RGB (0.077, 0.675, 0.690), /* L*64 */
  RGB (0.596, 0.308, 0.683), /* L*46 */
  RGB (0.527, 0.881, 0.999), /* L*85 */
  RGB (0.259, 0.619, 0.265), /* L*58 */
  RGB (1.000, 0.536, 0.688), /* L*71 */
};

static const HrChartPalette palettes[HR_N_CHART_THEMES] = {
  [HR_CHART_THEME_LIGHT] = {
    .background = RGB (1.0, 1.0, 1.0),
    .text = RGB (0.12, 0.13, 0.15),
    .muted = RGB (0.36, 0.38, 0.42),
    .grid = RGB (0.88, 0.89, 0.90),
    .axis = RGB (0.45, 0.47, 0.50),
    .capacity = RGB (0.10, 0.10, 0.12),
    .headcount = RGB (0.66, 0.68, 0.72),
    .target = RGB (0.30, 0.32, 0.36),
    .required = RGB (0.000, 0.447, 0.698),
    .topdown = RGB (0.60, 0.30, 0.55),
    .over = RGB (0.835, 0.180, 0.110),
    .late = RGBA (0.835, 0.180, 0.110, 0.12),
    .separator = RGB (1.0, 1.0, 1.0),
    .reactive = { RGB (0.74, 0.76, 0.80), RGB (0.42, 0.45, 0.50), HR_CHART_PATTERN_HATCH },
    .indirect = { RGB (0.86, 0.87, 0.89), RGB (0.55, 0.57, 0.61), HR_CHART_PATTERN_HORIZONTAL },
    .unplanned = { RGB (0.93, 0.84, 0.82), RGB (0.62, 0.42, 0.38), HR_CHART_PATTERN_CROSS },
    .series = light_series,
    .n_series = G_N_ELEMENTS (light_series),
  },
  [HR_CHART_THEME_DARK] = {
    .background = RGB (0.14, 0.14, 0.16),
    .text = RGB (0.94, 0.94, 0.95),
    .muted = RGB (0.70, 0.71, 0.74),
    .grid = RGB (0.25, 0.26, 0.28),
    .axis = RGB (0.55, 0.56, 0.60),
    .capacity = RGB (0.97, 0.97, 0.98),
    .headcount = RGB (0.48, 0.50, 0.55),
    .target = RGB (0.75, 0.76, 0.80),
    .required = RGB (0.34, 0.71, 0.91),
    .topdown = RGB (0.86, 0.60, 0.82),
    .over = RGB (1.000, 0.380, 0.300),
    .late = RGBA (1.000, 0.380, 0.300, 0.16),
    .separator = RGB (0.14, 0.14, 0.16),
    .reactive = { RGB (0.40, 0.42, 0.47), RGB (0.70, 0.72, 0.77), HR_CHART_PATTERN_HATCH },
    .indirect = { RGB (0.30, 0.31, 0.35), RGB (0.58, 0.60, 0.65), HR_CHART_PATTERN_HORIZONTAL },
    .unplanned = { RGB (0.42, 0.30, 0.29), RGB (0.85, 0.62, 0.58), HR_CHART_PATTERN_CROSS },
    .series = dark_series,
    .n_series = G_N_ELEMENTS (dark_series),
  },
  [HR_CHART_THEME_PRINT] = {
    .background = RGB (1.0, 1.0, 1.0),
    .text = RGB (0.0, 0.0, 0.0),
    .muted = RGB (0.25, 0.25, 0.25),
    .grid = RGB (0.82, 0.82, 0.82),
    .axis = RGB (0.0, 0.0, 0.0),
    .capacity = RGB (0.0, 0.0, 0.0),
    .headcount = RGB (0.62, 0.62, 0.62),
    .target = RGB (0.25, 0.25, 0.25),
    .required = RGB (0.000, 0.300, 0.500),
    .topdown = RGB (0.45, 0.20, 0.40),
    .over = RGB (0.70, 0.10, 0.05),
    .late = RGBA (0.0, 0.0, 0.0, 0.10),
    .separator = RGB (1.0, 1.0, 1.0),
    .reactive = { RGB (0.80, 0.80, 0.80), RGB (0.30, 0.30, 0.30), HR_CHART_PATTERN_HATCH },
    .indirect = { RGB (0.92, 0.92, 0.92), RGB (0.45, 0.45, 0.45), HR_CHART_PATTERN_HORIZONTAL },
    .unplanned = { RGB (0.96, 0.90, 0.88), RGB (0.35, 0.20, 0.18), HR_CHART_PATTERN_CROSS },
    .series = light_series,
    .n_series = G_N_ELEMENTS (light_series),
  },
};

const HrChartPalette *
hr_chart_palette_get (HrChartTheme theme)
{
  g_return_val_if_fail (theme < HR_N_CHART_THEMES, &palettes[0]);

  return &palettes[theme];
}

void
hr_chart_palette_series (const HrChartPalette *palette,
                         guint                 i,
                         HrChartFill          *fill)
{
  guint round = i / palette->n_series;

  fill->color = palette->series[i % palette->n_series];
  fill->pattern = round % HR_N_CHART_PATTERNS;
  /* pattern lines in the background colour read as a lighter texture on
   * the series colour, for every theme */
  fill->ink = palette->background;
}

static double
linearize (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
hr_chart_color_lightness (const HrChartColor *color)
{
  double y = 0.2126 * linearize (color->r)
           + 0.7152 * linearize (color->g)
           + 0.0722 * linearize (color->b);

  return y > 216.0 / 24389.0 ? 116.0 * cbrt (y) - 16.0 : y * 24389.0 / 27.0;
}

void
hr_chart_set_color (cairo_t            *cr,
                    const HrChartColor *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   width,
       double   height,
       double   spacing,
       int      direction)
{
  /* lines at 45°, anchored to the page so that neighbouring bars line up */
  double start = floor ((x - height) / spacing) * spacing;

  for (double u = start; u <= x + width; u += spacing)
    {
      if (direction > 0)
        {
          cairo_move_to (cr, u, y + height);
          cairo_line_to (cr, u + height, y);
        }
      else
        {
          cairo_move_to (cr, u, y);
          cairo_line_to (cr, u + height, y + height);
        }
    }
}

/* The lines of @pattern, @spacing apart, over the rectangle */
static void
pattern_lines (cairo_t        *cr,
               HrChartPattern  pattern,
               double          x,
               double          y,
               double          width,
               double          height,
               double          spacing)
{
  switch (pattern)
    {
    case HR_CHART_PATTERN_HATCH:
      hatch (cr, x, y, width, height, spacing, 1);
      break;
    case HR_CHART_PATTERN_BACKHATCH:
      hatch (cr, x, y, width, height, spacing, -1);
      break;
    case HR_CHART_PATTERN_CROSS:
      hatch (cr, x, y, width, height, spacing * 1.4, 1);
      hatch (cr, x, y, width, height, spacing * 1.4, -1);
      break;
    case HR_CHART_PATTERN_HORIZONTAL:
      for (double v = ceil (y / spacing) * spacing; v < y + height; v += spacing)
        {
          cairo_move_to (cr, x, v);
          cairo_line_to (cr, x + width, v);
        }
      break;
    case HR_CHART_PATTERN_SOLID:
    case HR_N_CHART_PATTERNS:
    default:
      break;
    }
}

/* --- patterns from a small tile, for drawing on screen --- */

static const cairo_user_data_key_t tiles_key;

typedef struct {
  HrChartFill      fill;
  double           spacing;
  cairo_pattern_t *pattern;
} Tile;

struct _HrChartTiles
{
  double  scale;    /* device pixels per user unit */
  GArray *tiles;    /* Tile: a chart has a few patterns */
};

static void
tile_clear (gpointer data)
{
  cairo_pattern_destroy (((Tile *) data)->pattern);
}

HrChartTiles *
hr_chart_tiles_new (double scale)
{
  HrChartTiles *tiles = g_new0 (HrChartTiles, 1);

  tiles->scale = MAX (scale, 1.0);
  tiles->tiles = g_array_new (FALSE, TRUE, sizeof (Tile));
  g_array_set_clear_func (tiles->tiles, tile_clear);
  return tiles;
}

void
hr_chart_tiles_free (HrChartTiles *tiles)
{
  if (tiles == NULL)
    return;
  g_array_unref (tiles->tiles);
  g_free (tiles);
}

double
hr_chart_tiles_get_scale (HrChartTiles *tiles)
{
  return tiles->scale;
}

void
hr_chart_tiles_attach (HrChartTiles *tiles,
                       cairo_t      *cr)
{
  cairo_set_user_data (cr, &tiles_key, tiles, NULL);
}

static gboolean
colors_equal (const HrChartColor *a,
              const HrChartColor *b)
{
  return a->r == b->r && a->g == b->g && a->b == b->b && a->a == b->a;
}

/* One period of the pattern, whole device pixels wide so that it repeats
 * without seams, anchored to the page as the lines are */
static cairo_pattern_t *
tile_pattern (HrChartTiles      *tiles,
              const HrChartFill *fill,
              double             spacing)
{
  double period = fill->pattern == HR_CHART_PATTERN_CROSS ? spacing * 1.4 : spacing;
  int pixels = MAX ((int) round (period * tiles->scale), 2);
  cairo_pattern_t *pattern;
  cairo_surface_t *surface;
  cairo_t *cr;
  double size;
  Tile tile = { *fill, spacing, NULL };

  for (guint i = 0; i < tiles->tiles->len; i++)
    {
      Tile *known = &g_array_index (tiles->tiles, Tile, i);
      if (known->spacing == spacing && known->fill.pattern == fill->pattern &&
          colors_equal (&known->fill.color, &fill->color) && colors_equal (&known->fill.ink, &fill->ink))
        return known->pattern;
    }
  size = pixels / tiles->scale;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cairo_surface_set_device_scale (surface, tiles->scale, tiles->scale);
  cr = cairo_create (surface);
  hr_chart_set_color (cr, &fill->color);
  cairo_paint (cr);
  /* the lines of one period and their neighbours', which reach into it */
  pattern_lines (cr, fill->pattern, -size, 0, size * 3, size,
                 fill->pattern == HR_CHART_PATTERN_CROSS ? size / 1.4 : size);
  if (fill->pattern == HR_CHART_PATTERN_HORIZONTAL)
    {
      /* the other half of the line on the top edge */
      cairo_move_to (cr, 0, size);
      cairo_line_to (cr, size, size);
    }
  hr_chart_set_color (cr, &fill->ink);
  cairo_set_line_width (cr, MAX (spacing / 4.0, 0.75));
  cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_FAST);
  tile.pattern = pattern;
  g_array_append_val (tiles->tiles, tile);
  return pattern;
}

void
hr_chart_fill_rects (cairo_t           *cr,
                     const HrChartFill *fill,
                     const double      *rects,
                     guint              n,
                     double             spacing)
{
  HrChartTiles *tiles = cairo_get_user_data (cr, &tiles_key);

  if (n == 0)
    return;
  /* one fill for all of them, where no lines are to be drawn one by one */
  if (fill->pattern == HR_CHART_PATTERN_SOLID || tiles != NULL)
    {
      for (guint i = 0; i < n; i++)
        if (rects[4 * i + 2] > 0.0 && rects[4 * i + 3] > 0.0)
          {
            double x0 = rects[4 * i], y0 = rects[4 * i + 1];
            double x1 = x0 + rects[4 * i + 2], y1 = y0 + rects[4 * i + 3];

            /* on screen, edges on whole pixels: crisp, and filled without
             * coverage to compute; neighbours round alike, so they meet */
            if (tiles != NULL)
              {
                double d = tiles->scale;
                x0 = round (x0 * d) / d;
                y0 = round (y0 * d) / d;
                x1 = MAX (round (x1 * d) / d, x0 + 1 / d);
                y1 = round (y1 * d) / d;
                if (y1 <= y0)
                  continue;
              }
            cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
          }
      if (fill->pattern == HR_CHART_PATTERN_SOLID)
        hr_chart_set_color (cr, &fill->color);
      else
        cairo_set_source (cr, tile_pattern (tiles, fill, MAX (spacing, 2.0)));
      cairo_fill (cr);
      return;
    }
  for (guint i = 0; i < n; i++)
    hr_chart_fill_rect (cr, fill, rects[4 * i], rects[4 * i + 1], rects[4 * i + 2], rects[4 * i + 3], spacing);
}

void
hr_chart_fill_rect (cairo_t           *cr,
                    const HrChartFill *fill,
                    double             x,
                    double             y,
                    double             width,
                    double             height,
                    double             spacing)
{
  HrChartTiles *tiles;

  if (!(width > 0.0) || !(height > 0.0))
    return;

  hr_chart_set_color (cr, &fill->color);
  cairo_rectangle (cr, x, y, width, height);
  if (fill->pattern == HR_CHART_PATTERN_SOLID)
    {
      cairo_fill (cr);
      return;
    }
  spacing = MAX (spacing, 2.0);
  /* on screen, one fill from a tile: stroking every line of every bar
   * costs more than the rest of the chart */
  tiles = cairo_get_user_data (cr, &tiles_key);
  if (tiles != NULL)
    {
      cairo_set_source (cr, tile_pattern (tiles, fill, spacing));
      cairo_fill (cr);
      return;
    }

  cairo_save (cr);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  pattern_lines (cr, fill->pattern, x, y, width, height, spacing);
  hr_chart_set_color (cr, &fill->ink);
  cairo_set_line_width (cr, MAX (spacing / 4.0, 0.75));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* hr-chart-theme.h: colours and fills of the three chart themes */
#pragma once

#include <cairo.h>

#include "hr-chart.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b, a;
} HrChartColor;

typedef enum {
  HR_CHART_PATTERN_SOLID,
  HR_CHART_PATTERN_HATCH,       /* lines rising to the right */
  HR_CHART_PATTERN_BACKHATCH,   /* lines falling to the right */
  HR_CHART_PATTERN_CROSS,       /* both */
  HR_CHART_PATTERN_HORIZONTAL,
  HR_N_CHART_PATTERNS
} HrChartPattern;

/* A fill: a colour, and for patterns the ink of their lines */
typedef struct {
  HrChartColor   color;
  HrChartColor   ink;
  HrChartPattern pattern;
} HrChartFill;

typedef struct {
  HrChartColor background;
  HrChartColor text;
  HrChartColor muted;       /* subtitles, footnotes, tick labels */
  HrChartColor grid;
  HrChartColor axis;
  HrChartColor capacity;    /* capacity line */
  HrChartColor headcount;   /* headcount: a wide, pale line */
  HrChartColor target;      /* target load, effective FTE */
  HrChartColor required;    /* required FTE */
  HrChartColor topdown;     /* top-down FTE */
  HrChartColor over;        /* over capacity markers */
  HrChartColor late;        /* shading of late months */
  HrChartColor separator;   /* between stacked bar parts */
  HrChartFill  reactive;
  HrChartFill  indirect;
  HrChartFill  unplanned;
  const HrChartColor *series;
  guint        n_series;
} HrChartPalette;

const HrChartPalette *hr_chart_palette_get      (HrChartTheme           theme);
/* The fill of the @i-th play, segment or scenario: the palette's colours in
 * order, then again with hatches, cross-hatches… so that 20 segments still
 * differ. */
void                  hr_chart_palette_series   (const HrChartPalette  *palette,
                                                 guint                  i,
                                                 HrChartFill           *fill);
/* CIE L* (0..100) of a colour: what is left when printed in grey */
double                hr_chart_color_lightness  (const HrChartColor    *color);

void                  hr_chart_set_color        (cairo_t               *cr,
                                                 const HrChartColor    *color);
/* Patterns drawn from small tiles rather than line by line, for a chart
 * drawn again and again on screen (files keep their lines). Attached to a
 * cairo_t, hr_chart_fill_rect() uses them; they hold the tiles drawn. */
typedef struct _HrChartTiles HrChartTiles;
HrChartTiles         *hr_chart_tiles_new        (double                 scale);
void                  hr_chart_tiles_free       (HrChartTiles          *tiles);
double                hr_chart_tiles_get_scale  (HrChartTiles          *tiles);
void                  hr_chart_tiles_attach     (HrChartTiles          *tiles,
                                                 cairo_t               *cr);

/* Fills the rectangle with @fill; pattern lines are spaced @spacing apart */
void                  hr_chart_fill_rect        (cairo_t               *cr,
                                                 const HrChartFill     *fill,
                                                 double                 x,
                                                 double                 y,
                                                 double                 width,
                                                 double                 height,
                                                 double                 spacing);

/* The same for @n rectangles (x, y, width, height each), drawn in one fill
 * where the fill allows */
void                  hr_chart_fill_rects       (cairo_t               *cr,
                                                 const HrChartFill     *fill,
                                                 const double          *rects,
                                                 guint                  n,
                                                 double                 spacing);

G_END_DECLS

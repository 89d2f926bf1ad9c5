/* hr-chart-private.h: what the chart kinds share inside the library */
#pragma once

#include <pango/pangocairo.h>

#include "hr-chart.h"
#include "hr-format.h"
#include "hr-chart-scale.h"
#include "hr-chart-theme.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} HrChartRect;

/* One drawing (or measuring, when cr is NULL) of a chart */
typedef struct {
  cairo_t              *cr;
  double                width;
  double                height;
  HrForecast           *forecast;
  GPtrArray            *scenarios;
  HrChartOptions        options;
  const HrChartPalette *palette;
  PangoContext         *pango;
  PangoFontDescription *font;
  double                text;    /* body text size */
  double                line;    /* width of a data line */
  GHashTable           *widths;  /* text measured before, kept by a cache; or NULL */
} HrChartCtx;

typedef enum {
  HR_CHART_SWATCH_FILL,
  HR_CHART_SWATCH_LINE,
  HR_CHART_SWATCH_MARKER,
  HR_CHART_SWATCH_SHADE,
} HrChartSwatch;

typedef enum {
  HR_CHART_MARKER_NONE,
  HR_CHART_MARKER_CIRCLE,
  HR_CHART_MARKER_SQUARE,
  HR_CHART_MARKER_TRIANGLE,      /* pointing up */
  HR_CHART_MARKER_DIAMOND,
  HR_CHART_MARKER_TRIANGLE_DOWN,
  HR_N_CHART_MARKERS
} HrChartMarker;

/* How a line or marker looks, in the legend and in the plot */
typedef struct {
  HrChartColor  color;
  double        width;     /* times ctx->line */
  double        dash;      /* dash length times ctx->line; 0: solid */
  double        gap;       /* gap length times ctx->line */
  HrChartMarker marker;
  gboolean      hollow;
} HrChartStroke;

typedef struct {
  char          *label;
  HrChartSwatch  swatch;
  HrChartFill    fill;
  HrChartStroke  stroke;
} HrChartLegendItem;

typedef enum {
  HR_CHART_X_MONTHS,     /* calendar months from the forecast's start */
  HR_CHART_X_TENURE,     /* tenure months 0, 1, 2… */
} HrChartXAxis;

typedef enum {
  HR_CHART_Y_NUMBER,
  HR_CHART_Y_PERCENT,
} HrChartYFormat;

/* What a chart kind asks of the common layout */
typedef struct {
  char           *title;
  char           *subtitle;
  char           *footnote;
  char           *empty;        /* message instead of a plot, or NULL */
  GArray         *legend;       /* HrChartLegendItem */
  HrChartXAxis    x_axis;
  guint           n_bands;
  char           *x_label;      /* may be NULL */
  char           *y_label;
  HrChartYFormat  y_format;
  double          y_max;        /* the largest value to show */
  double          top_lane;     /* space over the plot for markers, × text */
  guint           n_lanes;      /* marker lanes under the plot */
  GPtrArray      *lane_labels;
  GPtrArray      *panel_titles; /* small multiples; NULL: one plot */
  double          side;         /* share of the width for a side panel */
  gpointer        data;
  GDestroyNotify  data_free;
} HrChartFigure;

typedef struct {
  HrChartRect   plot;         /* the first (or only) panel */
  HrChartRect  *panels;
  guint         n_panels;
  HrChartRect   side;         /* side panel, width 0 without */
  HrChartRect   lanes;        /* marker lanes under the plot */
  HrChartRect   top_lane;
  HrChartTicks  ticks;
  double        y_unit;       /* tick labels are value / y_unit */
  guint         stride;       /* month label stride */
} HrChartLayout;

/* Sizes relative to the body text */
#define HR_CHART_TITLE_SIZE    1.45
#define HR_CHART_SUBTITLE_SIZE 0.95
#define HR_CHART_LEGEND_SIZE   0.9
#define HR_CHART_TICK_SIZE     0.85
#define HR_CHART_FOOT_SIZE     0.78

typedef struct {
  double x, y, width;
  guint  item;
} HrChartLegendSlot;

/* Where the frame's text goes, computed once per draw */
typedef struct {
  HrChartRect content;
  double      title_y;
  double      subtitle_y;
  GArray     *legend_slots;    /* HrChartLegendSlot */
  guint       legend_hidden;
  double      legend_more_x;
  double      legend_more_y;
  double      legend_row;
  double      footnote_y;
  double      x_label_y;
  double      tick_width;
} HrChartChrome;


typedef struct {
  void (*prepare) (HrChartCtx *ctx, HrChartFigure *figure);
  void (*paint)   (HrChartCtx *ctx, HrChartFigure *figure, const HrChartLayout *layout);
} HrChartKindClass;

extern const HrChartKindClass hr_chart_effort_class;
extern const HrChartKindClass hr_chart_headcount_class;
extern const HrChartKindClass hr_chart_journey_class;
extern const HrChartKindClass hr_chart_scenarios_class;

/* hr-chart-bands.c: the bands of options.bands that go with @forecast
 * (its scenario, its months), for @role (-1: the team); NULL when there
 * are none to draw */
typedef struct _HrChartBandsSeries HrChartBandsSeries;

HrChartBandsSeries *hr_chart_bands_series_new   (HrChartCtx               *ctx,
                                                 HrForecast               *forecast,
                                                 HrBandsMetric             metric,
                                                 int                       role,
                                                 const HrChartColor       *color);
void     hr_chart_bands_series_free       (HrChartBandsSeries       *self);
/* The top of the P90 band, 0 for NULL */
double   hr_chart_bands_series_max        (const HrChartBandsSeries *self);
/* The shaded range and the P50 line, in the legend; nothing for NULL */
void     hr_chart_bands_series_add_legend (const HrChartBandsSeries *self,
                                           HrChartFigure            *figure);
void     hr_chart_bands_series_paint      (HrChartCtx               *ctx,
                                           const HrChartLayout      *layout,
                                           const HrChartRect        *plot,
                                           const HrChartBandsSeries *self);

/* hr-chart-books.c: a layout of its own, one row per person */
void     hr_chart_books_paint        (HrChartCtx          *ctx);
GArray  *hr_chart_books_legend       (HrChartCtx          *ctx);
/* hr-chart-drivers.c: the ranges ranked by the spread of the peak need
 * each causes (a tornado), one row per range */
void     hr_chart_drivers_paint      (HrChartCtx          *ctx);
GArray  *hr_chart_drivers_legend     (HrChartCtx          *ctx);
/* hr-chart.c: one drawing of a chart, in layers: the frame (background,
 * text, legend, grid), the plot, and the axes over the plot */
typedef struct {
  HrChartCtx    ctx;
  HrChartFigure figure;
  HrChartLayout layout;
  HrChartChrome chrome;
} HrChartRun;

/* @widths (may be NULL) keeps the width of every text measured, for the
 * next drawing */
void     hr_chart_run_begin          (HrChartRun           *run,
                                      cairo_t              *cr,
                                      double                width,
                                      double                height,
                                      HrForecast           *forecast,
                                      GPtrArray            *scenarios,
                                      const HrChartOptions *options,
                                      GHashTable           *widths);
void     hr_chart_run_end            (HrChartRun           *run);
void     hr_chart_run_draw_frame     (HrChartRun           *run);
void     hr_chart_run_draw_plot      (HrChartRun           *run);
void     hr_chart_run_draw_over      (HrChartRun           *run);

/* Kinds with a layout of their own: they paint the whole canvas */
typedef struct {
  void    (*paint)  (HrChartCtx *ctx);
  GArray *(*legend) (HrChartCtx *ctx);
} HrChartOwnClass;
/* TRUE for those kinds (hr-chart.c) */
gboolean hr_chart_kind_has_own_layout (HrChartKind kind);

/* hr-chart-calibration.c: the model against execution */
void     hr_chart_calibration_paint  (HrChartCtx          *ctx);
GArray  *hr_chart_calibration_legend (HrChartCtx          *ctx);

/* hr-chart-own.c: the heading and the legend of those kinds. The heading
 * returns the y under it, the legend its height; @legend holds
 * HrChartLegendItem. */
double   hr_chart_own_heading        (HrChartCtx          *ctx,
                                      const char          *title,
                                      const char          *subtitle,
                                      double               x,
                                      double               y,
                                      double               width);
double   hr_chart_own_legend         (HrChartCtx          *ctx,
                                      GArray              *legend,
                                      double               x,
                                      double               y,
                                      double               width);
void     hr_chart_own_clear_legend_item (gpointer          data);

/* hr-chart-layout.c */
void     hr_chart_layout_figure      (HrChartCtx          *ctx,
                                      const HrChartFigure *figure,
                                      HrChartLayout       *layout,
                                      HrChartChrome       *chrome);
void     hr_chart_layout_clear       (HrChartLayout       *layout,
                                      HrChartChrome       *chrome);
char    *hr_chart_dup_tick_label     (const HrChartFigure *figure,
                                      const HrChartLayout *layout,
                                      double               value);
/* The label of band @i; @first: the first label drawn, which names its year */
char    *hr_chart_dup_band_label     (HrChartCtx          *ctx,
                                      const HrChartFigure *figure,
                                      const HrChartLayout *layout,
                                      guint                i,
                                      gboolean             first);
gboolean hr_chart_band_label_shown   (HrChartCtx          *ctx,
                                      const HrChartFigure *figure,
                                      const HrChartLayout *layout,
                                      guint                i);

/* hr-chart-figure.c */
void     hr_chart_figure_add_fill    (HrChartFigure       *figure,
                                      const char          *label,
                                      const HrChartFill   *fill);
void     hr_chart_figure_add_line    (HrChartFigure       *figure,
                                      const char          *label,
                                      HrChartSwatch        swatch,
                                      const HrChartStroke *stroke);
char    *hr_chart_dup_subtitle       (HrChartCtx          *ctx,
                                      const char          *detail);
char    *hr_chart_dup_assumptions    (HrChartCtx          *ctx,
                                      int                  role);
double   hr_chart_series_max         (const double        *values,
                                      guint                n);
/* The role's series, or for role -1 the sum over the work roles (those
 * without "manages"), into @out of n_months values. NAN counts as 0. */
void     hr_chart_role_sum           (HrForecast          *forecast,
                                      int                  role,
                                      HrRoleMetric         metric,
                                      gboolean             work_roles_only,
                                      double              *out);

/* hr-chart-text.c */
PangoLayout *hr_chart_text_layout    (HrChartCtx          *ctx,
                                      const char          *text,
                                      double               size,
                                      gboolean             bold,
                                      double               max_width,
                                      int                  max_lines);
void     hr_chart_text_extents       (PangoLayout         *layout,
                                      double              *width,
                                      double              *height);
/* Draws @layout so that its point (xalign, yalign) of 0..1 lands on (x, y) */
void     hr_chart_text_draw          (HrChartCtx          *ctx,
                                      PangoLayout         *layout,
                                      const HrChartColor  *color,
                                      double               x,
                                      double               y,
                                      double               xalign,
                                      double               yalign);
double   hr_chart_text_width         (HrChartCtx          *ctx,
                                      const char          *text,
                                      double               size,
                                      gboolean             bold);
/* strftime-style @format ("%b", "%Y", "%b %Y") of month index @t */
char    *hr_chart_format_month       (HrForecast          *forecast,
                                      guint                t,
                                      const char          *format);
int      hr_chart_first_month        (HrForecast          *forecast);

/* hr-chart-draw.c */
void     hr_chart_draw_marker        (HrChartCtx          *ctx,
                                      HrChartMarker        marker,
                                      gboolean             hollow,
                                      const HrChartColor  *color,
                                      double               x,
                                      double               y,
                                      double               size);
void     hr_chart_set_stroke         (HrChartCtx          *ctx,
                                      const HrChartStroke *stroke);
/* A line through the band centres, or steps across each band; NAN breaks it */
void     hr_chart_draw_series        (HrChartCtx          *ctx,
                                      const HrChartLayout *layout,
                                      const HrChartRect   *plot,
                                      const double        *values,
                                      guint                n,
                                      gboolean             steps,
                                      const HrChartStroke *stroke);
double   hr_chart_value_y            (const HrChartLayout *layout,
                                      const HrChartRect   *plot,
                                      double               value);
/* Stacked bars: each bar's @values[i] filled with @fills[i], bottom to
 * top; begin, add every bar, end draws them */
typedef struct {
  HrChartCtx   *ctx;
  guint         n_parts;
  HrChartFill  *fills;
  GArray      **parts;   /* HrChartRect, one array a part */
} HrChartStacks;

void     hr_chart_stacks_begin       (HrChartStacks       *stacks,
                                      HrChartCtx          *ctx,
                                      const HrChartFill   *fills,
                                      guint                n_parts);
void     hr_chart_stacks_add         (HrChartStacks       *stacks,
                                      const HrChartLayout *layout,
                                      const HrChartRect   *plot,
                                      double               x,
                                      double               width,
                                      const double        *values);
void     hr_chart_stacks_end         (HrChartStacks       *stacks);
void     hr_chart_draw_message       (HrChartCtx          *ctx,
                                      const HrChartRect   *rect,
                                      const char          *message);

/* Writes an ARGB32 image surface to @path as PNG (hr-chart-png.c): RGB
 * when every pixel is opaque, else RGBA; no time stamp, so the same pixels
 * give the same bytes */
gboolean hr_chart_write_png  (cairo_surface_t  *surface,
                              const char       *path,
                              GError          **error);
/* The same file's bytes at zlib @level (0–9) with the row filters
 * @filters (PNG_FILTER_* bits, 0 for libpng's own choice), for comparing
 * settings; hr_chart_write_png() uses level 3 and no filter */
GBytes  *hr_chart_encode_png (cairo_surface_t  *surface,
                              int               level,
                              int               filters,
                              GError          **error);

G_END_DECLS

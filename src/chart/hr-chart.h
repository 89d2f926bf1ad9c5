/* hr-chart.h: Headroom's charts, drawn with cairo and pango
 *
 * One function draws every chart kind onto any cairo_t at any size; the
 * app's widget and every export call it. Nothing here needs GTK.
 */
#pragma once

#include <cairo.h>

#include "hr-bands.h"
#include "hr-forecast.h"
#include "hr-calibration.h"
#include "hr-rebalance.h"

G_BEGIN_DECLS

typedef enum {
  HR_CHART_EFFORT,      /* monthly effort, stacked by play or segment */
  HR_CHART_HEADCOUNT,   /* required FTE against headcount and hires */
  HR_CHART_JOURNEY,     /* designed hours per account by tenure month */
  HR_CHART_SCENARIOS,   /* baseline and scenarios side by side */
  HR_CHART_BOOKS,       /* each person's book against their limit */
  HR_CHART_CALIBRATION, /* the model against execution: logged against designed hours */
  HR_CHART_DRIVERS,     /* the ranges ranked by how far each moves the peak need (bands) */
  HR_N_CHART_KINDS
} HrChartKind;

typedef enum {
  HR_CHART_THEME_LIGHT,
  HR_CHART_THEME_DARK,
  HR_CHART_THEME_PRINT,
  HR_N_CHART_THEMES
} HrChartTheme;

typedef enum {
  HR_CHART_SPLIT_PLAY,
  HR_CHART_SPLIT_SEGMENT,
} HrChartSplit;

typedef enum {
  HR_CHART_METRIC_FTE,    /* scenarios: required FTE */
  HR_CHART_METRIC_LOAD,   /* scenarios: load */
} HrChartMetric;

typedef struct {
  HrChartKind    kind;
  int            role;         /* role index, or -1 for all roles */
  int            segment;      /* journey: segment index, or -1 for all tiers */
  HrChartSplit   split;        /* effort: designed hours by play or segment */
  HrChartMetric  metric;       /* scenarios: what the lines show */
  HrChartTheme   theme;
  const char    *font_family;  /* NULL: "Sans", the system UI font */
  double         text_size;    /* body text in user units; 0: from the size */
  gboolean       untitled;     /* no title, subtitle or footnote: a report page
                                  around the chart says them */
  HrBooks       *books;        /* books: the books to draw */
  HrRebalance   *rebalance;    /* books: loads after these moves beside the ones before */
  HrBands       *bands;        /* effort, headcount, scenarios: P10–P90 bands of the
                                  forecast (or scenario) they were sampled for; NULL: none */
  gboolean       bands_stale;  /* the bands are of an older plan: drawn faded */
  HrCalibration *calibration;  /* calibration: the plan against a time log */
} HrChartOptions;

/* The plot area of a drawn chart, in the user units given to the draw. For
 * charts with several panels this is the first one. */
typedef struct {
  double x;
  double y;
  double width;
  double height;
  guint  n_bands;   /* months, tenure months or scenarios along x */
  double y_min;     /* value at the bottom of the plot */
  double y_max;     /* value at the top of the plot */
} HrChartFrame;

#define HR_CHART_ERROR (hr_chart_error_quark ())
typedef enum {
  HR_CHART_ERROR_FORMAT,   /* unknown file extension */
  HR_CHART_ERROR_SIZE,     /* size or scale out of range */
  HR_CHART_ERROR_WRITE,    /* cairo or the file system failed */
} HrChartError;
GQuark       hr_chart_error_quark       (void);

void         hr_chart_options_init      (HrChartOptions *options);

const char  *hr_chart_kind_to_string    (HrChartKind   kind);
gboolean     hr_chart_kind_from_string  (const char   *str,
                                         HrChartKind  *kind);
const char  *hr_chart_theme_to_string   (HrChartTheme  theme);
gboolean     hr_chart_theme_from_string (const char   *str,
                                         HrChartTheme *theme);
gboolean     hr_chart_split_from_string (const char   *str,
                                         HrChartSplit *split);

/* Draws onto @cr in user units 0..@width × 0..@height. @scenario_forecasts
 * is the baseline followed by each scenario (as hr_engine_compare() gives);
 * only the scenarios chart needs it, and NULL shows @forecast alone. */
/* Body text for a chart on screen at @width × @height pixels: as for
 * export, but never smaller than the window's own small print */
double       hr_chart_screen_text_size  (double                width,
                                         double                height);
void         hr_chart_draw              (cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options);

/* The plot area hr_chart_draw() uses at this size; FALSE when there is no
 * plot (an empty chart). */
gboolean     hr_chart_get_frame         (double                width,
                                         double                height,
                                         HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options,
                                         HrChartFrame         *frame);

/* The month (or tenure month) under the point (@x, @y), or -1. */
int          hr_chart_hit_month         (double                width,
                                         double                height,
                                         HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options,
                                         double                x,
                                         double                y);

/* The legend's labels, in order, as drawn. */
GStrv        hr_chart_dup_legend        (HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options);

/* A chart drawn again and again, as on screen. What stays the same from
 * one drawing to the next (the frame: background, title, legend, grid,
 * axes and their text) is kept as images of @scale device pixels per unit
 * and drawn again only when it changes; each drawing draws the plot of its
 * forecast over them, patterns filled from small tiles. What it draws is
 * what hr_chart_draw() draws; files are written with hr_chart_export(),
 * which keeps every pattern's lines. */
typedef struct _HrChartCache HrChartCache;

HrChartCache *hr_chart_cache_new        (void);
void         hr_chart_cache_free        (HrChartCache         *cache);
void         hr_chart_cache_draw        (HrChartCache         *cache,
                                         cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         double                scale,
                                         HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options);
/* How many times the frame, and the plot, were drawn, for tests */
guint        hr_chart_cache_get_frame_draws (HrChartCache     *cache);
guint        hr_chart_cache_get_plot_draws  (HrChartCache     *cache);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrChartCache, hr_chart_cache_free)

/* Writes the chart to @path; the extension chooses the format: .png (a
 * raster of @width × @height times @scale pixels), .pdf (one page of
 * @width × @height points) or .svg. The output is the same, byte for byte,
 * for the same input. */
/* Titles a PDF surface and leaves out its creation and modification
 * dates, which cairo would set to the moment of the export: every PDF
 * Headroom writes (charts, the planning pack) calls it, so that the same
 * plan gives the same bytes */
void         hr_chart_pdf_set_metadata  (cairo_surface_t      *surface,
                                         const char           *title);
gboolean     hr_chart_export            (const char           *path,
                                         double                width,
                                         double                height,
                                         double                scale,
                                         HrForecast           *forecast,
                                         GPtrArray            *scenario_forecasts,
                                         const HrChartOptions *options,
                                         GError              **error);

G_END_DECLS

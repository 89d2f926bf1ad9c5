/* hr-bench.h: what the benchmark's parts share */
#pragma once

#include "hr-engine.h"
#include "hr-engine-input.h"
#include "hr-plan.h"

G_BEGIN_DECLS

/* The large plan, loaded and forecast once */
typedef struct {
  char       *text;
  HrPlan        *plan;
  HrForecast    *forecast;
  HrEngineInput *input;
} Bench;

typedef void (*BenchFunc) (gpointer data);

/* The median CPU time of at least @min_runs runs of @func, in ms, and of
 * as many more as fit in @budget seconds; @min, @max and @runs may be NULL */
double measure       (BenchFunc  func,
                      gpointer   data,
                      int        min_runs,
                      double     budget,
                      double    *min,
                      double    *max,
                      int       *runs);
/* Prints @name's median, least and most over @rounds runs */
void   report        (const char *name,
                      BenchFunc   func,
                      gpointer    data,
                      int         rounds);

/* Process CPU time in µs */
gint64 hr_bench_cpu_time (void);

/* hr-bench-bands.c: bands of the large plan against single forecasts */
void   report_bands  (Bench      *bench,
                      int         rounds);

/* hr-bench-core.c: scenarios, copies, checking, the engine's input and run */
void   report_core   (Bench      *bench,
                      int         rounds);

#ifdef HR_BENCH_CHARTS
/* hr-bench-charts.c: each chart to PNG, PDF and SVG files at 1920×1080 */
void   report_charts (Bench      *bench,
                      int         rounds);
/* PNG settings compared on each chart: size and time of the encoding */
void   report_png    (Bench      *bench,
                      int         rounds);
#endif

G_END_DECLS

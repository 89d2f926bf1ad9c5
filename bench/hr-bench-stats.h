/* hr-bench-stats.h: the median of the benchmarks' timings */
#pragma once

#include <glib.h>

static inline int
hr_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Sorts @values (double) and returns the middle one, 0 without any */
static inline double
hr_bench_median (GArray *values)
{
  g_array_sort (values, hr_bench_compare_doubles);
  return values->len ? g_array_index (values, double, values->len / 2) : 0;
}

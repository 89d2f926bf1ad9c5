/* hr-bench-plan.h: the benchmark's generated plans */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint months;    /* horizon; 120 */
  guint tiers;     /* segments; 20 */
  guint moments;   /* 60 */
} HrBenchShape;

/* 120 months, 20 tiers, 60 moments: the large plan of docs/performance.md */
#define HR_BENCH_LARGE ((HrBenchShape) { 120, 20, 60 })

/* The text of a plan of @shape with 10 roles (two of them managers), 10
 * planned hires and 5 scenarios, every field in use. Deterministic, and
 * with numbers such as plans hold (headcount 53.9, shrinkage 0.087, ACV
 * 23458.2, growth 0.0173), not round ones, so writing the forecast's
 * numbers costs what it costs on a real plan. */
char *hr_bench_plan_text (HrBenchShape shape);

G_END_DECLS

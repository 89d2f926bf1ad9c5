/* hr-pack-private.h: what the pack's sections share */
#pragma once

#include "hr-pack.h"

G_BEGIN_DECLS

extern const HrPackSection hr_pack_cover;        /* hr-pack-cover.c */
extern const HrPackSection hr_pack_journey;      /* hr-pack-plan.c */
extern const HrPackSection hr_pack_effort;       /* hr-pack-plan.c */
extern const HrPackSection hr_pack_capacity;     /* hr-pack-plan.c */
extern const HrPackSection hr_pack_tradeoffs;    /* hr-pack-tradeoffs.c */
extern const HrPackSection hr_pack_pressure;     /* hr-pack-tradeoffs.c */
extern const HrPackSection hr_pack_bands;        /* hr-pack-bands.c */
extern const HrPackSection hr_pack_calibration;  /* hr-pack-calibration.c */
extern const HrPackSection hr_pack_assumptions;  /* hr-pack-assumptions.c */

/* The cover's list of the sections that follow and their first pages */
void     hr_pack_cover_add_contents (HrPageDoc  *doc,
                                     GPtrArray  *titles,
                                     GArray     *first_pages);

/* The month index of the earliest requisition the planner asks for, or -1 */
int      hr_pack_first_requisition  (HrForecast *forecast);
/* TRUE when some role is late in some month (spec §3.5) */
gboolean hr_pack_any_late           (HrForecast *forecast);

/* A chart of the pack: light theme, no title of its own, text sized for
 * the page */
void     hr_pack_chart_options      (HrChartOptions *options,
                                     HrChartKind     kind);
/* What a heading keeps below it for @table: all of a short table, the
 * first rows of a long one */
double   hr_pack_keep_for           (HrPageDoc   *doc,
                                     HrPageTable *table);
/* The height the page's chart takes: @share of the page's content, and
 * less when that keeps the @below points that follow it on its page (0:
 * no matter), but never less than @least points */
double   hr_pack_chart_height       (HrPageDoc   *doc,
                                     double       share,
                                     double       least,
                                     double       below);
/* The height a table laid out by hr_page_doc_add_table() takes, the gap
 * below it included; 0 for a table without rows */
double   hr_pack_table_height       (HrPageDoc   *doc,
                                     HrPageTable *table);

/* "From month 3, every 12 months": a moment's timing for people */
char      *hr_pack_dup_timing         (int          at,
                                       int          every,
                                       int          until);
/* "One to many, groups of 10": how a tier receives a moment */
char      *hr_pack_dup_treatment      (HrTreatment *treatment);
/* A benchmark the pack cites (hr-pack-benchmarks.c), its sentences in the
 * reader's language and its value formatted for the locale */
typedef struct {
  char *id;
  char *label;    /* "ARR one Customer Success Manager covers" */
  char *value;    /* "2.0 M USD" */
  char *use;      /* how Headroom uses it */
  char *source;   /* "Jason Lemkin, “…”, SaaStr, 2013"; NULL: Headroom's own default */
  char *says;     /* what the source says, or why it is Headroom's default */
  char *url;      /* the source's address, or NULL */
} HrPackBenchmark;

/* The benchmarks, from data/pack/benchmarks.xml in the library's resource,
 * in the order the file lists them */
GPtrArray *hr_pack_load_benchmarks      (GError                 **error);
/* The source and what it says, in one sentence for a reader */
char      *hr_pack_benchmark_dup_source (const HrPackBenchmark   *benchmark);

G_END_DECLS

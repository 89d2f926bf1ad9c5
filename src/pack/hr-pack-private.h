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
/* A heading within a page, kept with at least @keep points below it */
void     hr_pack_add_heading        (HrPageDoc  *doc,
                                     const char *text,
                                     double      keep);
/* What a heading keeps below it for @table: all of a short table, the
 * first rows of a long one */
double   hr_pack_keep_for           (HrPageDoc   *doc,
                                     HrPageTable *table);
/* The height the page's chart takes: @share of the page's content, at
 * least @least points */
double   hr_pack_chart_height       (HrPageDoc  *doc,
                                     double      share,
                                     double      least);

/* "From month 3, every 12 months": a moment's timing for people */
char      *hr_pack_dup_timing         (int          at,
                                       int          every,
                                       int          until);
/* "One to many, groups of 10": how a tier receives a moment */
char      *hr_pack_dup_treatment      (HrTreatment *treatment);
/* The benchmarks the pack cites, from the library's resource */
JsonArray *hr_pack_load_benchmarks    (GError     **error);

G_END_DECLS

/* hr-bands.h: P10/P50/P90 bands from ranges on the assumptions (spec §6)
 *
 * hr_bands_compute() samples the plan N times by the low-discrepancy
 * sequence of §6, forecasts each sampled plan with its own hires (no
 * planner), and keeps per month the percentiles of each role's workload,
 * required FTE and load, of the team's, and of accounts and ARR; the
 * share of samples over capacity; the ranges ranked by how far each moves
 * the peak need on its own; and the hiring planner run on the plan with
 * the need of each role at the confidence's percentile. The same plan
 * gives the same bands, bit for bit, on every machine and thread.
 *
 * An HrBands is immutable, safe to read from any thread.
 */
#pragma once

#include <gio/gio.h>

#include "hr-forecast.h"
#include "hr-plan.h"
#include "hr-uncertainty.h"

G_BEGIN_DECLS

typedef enum {
  HR_BAND_P10,
  HR_BAND_P50,
  HR_BAND_P90,
  HR_BAND_PC,          /* the percentile at the plan's confidence */
  HR_N_BANDS
} HrBand;

typedef enum {
  HR_BANDS_WORKLOAD,
  HR_BANDS_REQUIRED_FTE,
  HR_BANDS_LOAD,
  HR_N_BANDS_METRICS
} HrBandsMetric;

typedef enum {
  HR_BANDS_TEAM_WORKLOAD,      /* the roles that do the work */
  HR_BANDS_TEAM_REQUIRED_FTE,  /* the whole team, managers included */
  HR_BANDS_TEAM_LOAD,          /* the work roles' workload over their capacity */
  HR_BANDS_ACCOUNTS,
  HR_BANDS_ARR,
  HR_N_BANDS_TOTALS
} HrBandsTotal;

/* One range and how far it moves the peak need on its own */
typedef struct {
  guint       position;    /* in the file, from 1 */
  const char *target;
  const char *path;        /* the first field it matches, "roles[csm].shrinkage" */
  const char *label;       /* as a person names it, "Every role · Shrinkage, 5% to 20%" */
  guint       n_fields;    /* fields it matches in the plan sampled */
  double      low;
  double      high;
  gboolean    relative;
  /* the peak of the team's required FTE with this range at its low end,
   * and at its high end, every other estimate at its plan value */
  double      peak_low;
  double      peak_high;
  double      spread;      /* |peak_high − peak_low| */
} HrBandsDriver;

/* Called on the computing thread with the work done so far */
typedef void (*HrBandsProgressFunc) (guint    done,
                                     guint    total,
                                     gpointer data);

#define HR_TYPE_BANDS (hr_bands_get_type ())
G_DECLARE_FINAL_TYPE (HrBands, hr_bands, HR, BANDS, GObject)

/* The bands of @plan's baseline (@scenario_id NULL) or of a scenario's
 * plan, on two threads. Fails with HR_PLAN_ERROR_NOT_FOUND when the plan
 * has no ranges or no such scenario, with the rule a scenario's plan
 * breaks at a corner of the ranges, or with G_IO_ERROR_CANCELLED. Reads
 * @plan on the calling thread only: give a worker its own copy. */
HrBands      *hr_bands_compute          (HrPlan              *plan,
                                         const char          *scenario_id,
                                         GCancellable        *cancellable,
                                         HrBandsProgressFunc  progress,
                                         gpointer             progress_data,
                                         GError             **error);

guint         hr_bands_get_samples      (HrBands      *self);
guint         hr_bands_get_confidence   (HrBands      *self);
guint         hr_bands_get_n_months     (HrBands      *self);
guint         hr_bands_get_n_roles      (HrBands      *self);
/* NULL for the baseline */
const char   *hr_bands_get_scenario_id  (HrBands      *self);

/* n_months values; a null load is NAN */
const double *hr_bands_get_role_band    (HrBands       *self,
                                         guint          role,
                                         HrBandsMetric  metric,
                                         HrBand         band);
/* The share of samples in which the role is over capacity, per month */
const double *hr_bands_get_p_over       (HrBands       *self,
                                         guint          role);
const double *hr_bands_get_total_band   (HrBands       *self,
                                         HrBandsTotal   total,
                                         HrBand         band);
/* The band of role @role, or of the team for -1 (workload and load of the
 * work roles, required FTE of the whole team), as charts show them */
const double *hr_bands_get_band         (HrBands       *self,
                                         int            role,
                                         HrBandsMetric  metric,
                                         HrBand         band);

/* The plan sampled, unsampled: its forecast with the planner on the
 * averages (the plan's own values) */
HrForecast   *hr_bands_get_forecast     (HrBands      *self);
/* The same forecast with the planner hiring to the need at confidence */
HrForecast   *hr_bands_get_confident_forecast (HrBands *self);

/* Every range that applies, the one moving the peak need most first */
guint         hr_bands_get_n_drivers    (HrBands      *self);
const HrBandsDriver *hr_bands_get_driver (HrBands     *self,
                                         guint         i);
/* The peak of the team's required FTE with every estimate at its plan value */
double        hr_bands_get_peak_need    (HrBands      *self);
/* Ranges left out of a scenario's plan, in words */
const char * const *hr_bands_get_warnings (HrBands    *self);

/* "With 90% confidence the team requires 14.2 FTE by Dec 2028 (11.8 on the
 * average).": the team's required FTE in the last month at confidence,
 * and on the plan's own values */
char         *hr_bands_describe_need    (HrBands      *self);

/* §8: `headroom-cli bands --format json` */
char         *hr_bands_to_json_data     (HrBands      *self,
                                         gsize        *length);
/* One row a month: "ROLE workload p10", …, "ROLE p_over", "accounts p10", … */
char         *hr_bands_to_csv           (HrBands      *self);
/* For a person: the team at confidence, each role's bands, the drivers,
 * the hiring plans */
char         *hr_bands_to_text          (HrBands      *self);

/* --- the building blocks of §6, for tests --- */

/* The positive root of x^(d+1) = x + 1: 64 Newton steps from 2 */
double        hr_bands_phi              (guint         d);
/* u of sample @i (from 1) for a range with @alpha = φ^-j */
double        hr_bands_draw             (double        alpha,
                                         guint         i);
/* The triangular distribution (@a, @c, @b) at @u */
double        hr_bands_triangular       (double        u,
                                         double        a,
                                         double        c,
                                         double        b);
/* Sorts ascending, NAN above every number */
void          hr_bands_sort             (double       *values,
                                         guint         n);
/* The values at nearest ranks @ranks (from 1, at most HR_N_BANDS of them)
 * of @values, nulls above every number, into @out, as a sort would give
 * them but in a few passes; @values is reordered */
void          hr_bands_pick             (double       *values,
                                         guint         n,
                                         const guint  *ranks,
                                         guint         n_ranks,
                                         double       *out);
/* The nearest rank of percentile @p in @n values, from 1 */
guint         hr_bands_rank             (guint         p,
                                         guint         n);

G_END_DECLS

/* hr-bands.c: the sampler of spec §6 and the bands it gives
 *
 * The plan sampled is read once into the engine's plain input. Each of two
 * threads copies it, and for each of its samples writes the draws over the
 * plan's values in its copy and runs it, storing the numbers the bands
 * read in a matrix shared by sample index: where a sample ran does not
 * change where its numbers go, so the bands are the same whichever thread
 * ran what. A segment that no range reaches keeps from run to run what it
 * gave, and one reached only through what a moment costs keeps its
 * accounts due (hr_engine_series_set_reuse()). The percentiles are then
 * picked per series, again on two threads, each series on its own.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-bands-private.h"
#include "hr-engine-input.h"
#include "hr-forecast-private.h"
#include "hr-plan-private.h"
#include "hr-ranges-private.h"

/* Stored numbers of one pass at most, in doubles (256 MB): more roles
 * than fit are sampled again, a block of roles each time */
#define MAX_STORED ((gsize) 32 << 20)

G_DEFINE_FINAL_TYPE (HrBands, hr_bands, G_TYPE_OBJECT)

/* --- §6's building blocks --- */

double
hr_bands_phi (guint d)
{
  double x = 2;

  for (int step = 0; step < 64; step++)
    x = x - (pow (x, d + 1) - x - 1) / ((d + 1) * pow (x, d) - 1);
  return x;
}

double
hr_bands_draw (double alpha,
               guint  i)
{
  double x = 0.5 + i * alpha;

  return x - floor (x);
}

double
hr_bands_triangular (double u,
                     double a,
                     double c,
                     double b)
{
  if (a == b)
    return a;
  if (u < (c - a) / (b - a))
    return a + sqrt (u * (b - a) * (c - a));
  return b - sqrt ((1 - u) * (b - a) * (b - c));
}

guint
hr_bands_rank (guint p,
               guint n)
{
  /* ceil (p × n / 100) in whole numbers */
  return MAX (1, (p * n + 99) / 100);
}

static inline void
swap (double *v,
      gsize   i,
      gsize   j)
{
  double t = v[i];
  v[i] = v[j];
  v[j] = t;
}

/* Splits @v around the median of its first, middle and last values: below
 * it [0, lt), equal [lt, gt), above [gt, n) */
static void
partition (double *v,
           gsize   n,
           gsize  *lt_out,
           gsize  *gt_out)
{
  double a = v[0], b = v[n / 2], c = v[n - 1];
  double pivot = MAX (MIN (a, b), MIN (MAX (a, b), c));
  gsize lt = 0, gt;

  /* what is below the pivot to the front, then what equals it: two passes
   * that swap every time and branch on nothing, faster on samples than
   * one pass whose branches are guessed wrong half the time */
  for (gsize i = 0; i < n; i++)
    {
      double x = v[i];

      v[i] = v[lt];
      v[lt] = x;
      lt += x < pivot;
    }
  gt = lt;
  for (gsize i = lt; i < n; i++)
    {
      double x = v[i];

      v[i] = v[gt];
      v[gt] = x;
      gt += x == pivot;
    }
  *lt_out = lt;
  *gt_out = gt;
}

/* Numbers only: three-way quicksort, so that equal values end it */
static void
sort_numbers (double *v,
              gsize   n)
{
  while (n > 12)
    {
      gsize lt, gt;

      partition (v, n, &lt, &gt);
      /* the smaller side first, the larger in the loop */
      if (lt < n - gt)
        {
          sort_numbers (v, lt);
          v += gt;
          n -= gt;
        }
      else
        {
          sort_numbers (v + gt, n - gt);
          n = lt;
        }
    }
  for (gsize i = 1; i < n; i++)
    for (gsize j = i; j > 0 && v[j - 1] > v[j]; j--)
      swap (v, j - 1, j);
}

void
hr_bands_sort (double *values,
               guint   n)
{
  guint numbers = 0;

  /* nulls (NAN) after every number, in place */
  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]))
      swap (values, numbers++, i);
  for (guint i = numbers; i < n; i++)
    values[i] = NAN;
  sort_numbers (values, numbers);
}

/* Puts the values of ranks @ranks[0..n_ranks) (from 0, ascending) of the
 * numbers in @v where a sort would: a quickselect that follows every
 * rank at once, which costs a few passes over @v instead of a sort */
static void
select_numbers (double *v,
                gsize   n,
                gsize  *ranks,
                guint   n_ranks)
{
  while (n_ranks > 0 && n > 12)
    {
      gsize lt, gt;
      guint below = 0, above;

      partition (v, n, &lt, &gt);
      /* ranks in [lt, gt) hold the pivot already */
      while (below < n_ranks && ranks[below] < lt)
        below++;
      above = below;
      while (above < n_ranks && ranks[above] < gt)
        above++;
      if (below > 0)
        select_numbers (v, lt, ranks, below);
      for (guint k = above; k < n_ranks; k++)
        ranks[k] -= gt;
      v += gt;
      n -= gt;
      ranks += above;
      n_ranks -= above;
    }
  if (n_ranks > 0)
    sort_numbers (v, n);
}

void
hr_bands_pick (double      *v,
               guint        n,
               const guint *ranks,
               guint        n_ranks,
               double      *out)
{
  gsize wanted[HR_N_BANDS];
  guint order[HR_N_BANDS], n_wanted = 0, numbers = 0;

  g_return_if_fail (n_ranks <= HR_N_BANDS);
  for (guint i = 0; i < n; i++)
    if (!isnan (v[i]))
      swap (v, numbers++, i);
  /* the ranks among the numbers, ascending and once each */
  for (guint k = 0; k < n_ranks; k++)
    order[k] = k;
  for (guint k = 1; k < n_ranks; k++)
    for (guint m = k; m > 0 && ranks[order[m - 1]] > ranks[order[m]]; m--)
      {
        guint t = order[m];
        order[m] = order[m - 1];
        order[m - 1] = t;
      }
  for (guint k = 0; k < n_ranks; k++)
    {
      gsize rank = ranks[order[k]] - 1;
      if (rank < numbers && (n_wanted == 0 || wanted[n_wanted - 1] != rank))
        wanted[n_wanted++] = rank;
    }
  select_numbers (v, numbers, wanted, n_wanted);
  for (guint k = 0; k < n_ranks; k++)
    out[k] = ranks[k] - 1 < numbers ? v[ranks[k] - 1] : NAN;
}

/* --- sampling --- */

/* What both threads read, and the matrix they fill */
typedef struct {
  const HrEngineInput *base;
  const HrDraws       *draws;
  const double        *alpha;       /* [range]: φ^-j */
  const guint8        *reuse;       /* [segment]: what the draws do not reach */
  guint                N, T, R;
  guint                r0, r1;      /* the roles stored in this pass */
  gboolean             first_pass;  /* totals, p_over and drivers too */
  guint                n_series;
  double              *values;      /* [sample][series]: a sample's numbers side by side */
  double              *peaks;       /* [range][low, high] */
  guint               *over;        /* [half][role][month] */
  int                  done;        /* units of work, both threads */
  guint                total;
  guint                reported;
  GCancellable        *cancellable;
  HrBandsProgressFunc  progress;
  gpointer             progress_data;
} Job;

typedef struct {
  Job      *job;
  guint     half;
  guint     from, to;    /* samples [from, to), from 0 */
  gboolean  cancelled;
} Half;

/* Series: each stored role's metrics, then (first pass) the totals */
static inline gsize
role_series (const Job *job,
             guint      r,
             guint      metric,
             guint      t)
{
  return ((gsize) (r - job->r0) * HR_N_BANDS_METRICS + metric) * job->T + t;
}

static inline gsize
total_series (const Job *job,
              guint      total,
              guint      t)
{
  return ((gsize) (job->r1 - job->r0) * HR_N_BANDS_METRICS + total) * job->T + t;
}

static inline double
zero_if_null (double value)
{
  return isnan (value) ? 0 : value;
}

static void
write_sample (const Job *job,
              gpointer  *addresses,
              guint      i)
{
  const HrDraws *draws = job->draws;

  for (guint j = 0; j < draws->n_ranges; j++)
    {
      const HrDrawRange *range = &draws->ranges[j];
      double u;

      if (range->skipped)
        continue;
      u = hr_bands_draw (job->alpha[j], i);
      for (guint f = range->first; f < range->first + range->n_fields; f++)
        {
          const HrDrawField *field = &g_array_index (draws->fields, HrDrawField, f);
          hr_draws_write (draws, field, addresses[f], hr_draws_value (draws, field, u));
        }
    }
}

static inline const double *
series_of (const Job            *job,
           const HrEngineSeries *out,
           guint                 r,
           HrRoleMetric          metric)
{
  return out->role_metrics + ((gsize) r * HR_N_ROLE_METRICS + metric) * job->T;
}

/* The team's required FTE, managers included: what the drivers rank by */
static double
peak_need (const Job            *job,
           const HrEngineSeries *out)
{
  double peak = 0;

  for (guint t = 0; t < job->T; t++)
    {
      double need = 0;

      for (guint r = 0; r < job->R; r++)
        need += zero_if_null (series_of (job, out, r, HR_ROLE_REQUIRED_FTE)[t]);
      peak = MAX (peak, need);
    }
  return peak;
}

static void
store_sample (Job                  *job,
              const HrEngineSeries *out,
              guint                 half,
              guint                 s)
{
  guint T = job->T;
  double *v = job->values + (gsize) s * job->n_series;

  for (guint r = job->r0; r < job->r1; r++)
    {
      const double *workload = series_of (job, out, r, HR_ROLE_WORKLOAD);
      const double *required = series_of (job, out, r, HR_ROLE_REQUIRED_FTE);
      const double *load = series_of (job, out, r, HR_ROLE_LOAD);

      for (guint t = 0; t < T; t++)
        {
          v[role_series (job, r, HR_BANDS_WORKLOAD, t)] = workload[t];
          v[role_series (job, r, HR_BANDS_REQUIRED_FTE, t)] = required[t];
          v[role_series (job, r, HR_BANDS_LOAD, t)] = load[t];
        }
    }
  if (!job->first_pass)
    return;

  for (guint r = 0; r < job->R; r++)
    for (guint t = 0; t < T; t++)
      job->over[((gsize) half * job->R + r) * T + t] += out->status[(gsize) r * T + t] == HR_STATUS_OVER;
  for (guint t = 0; t < T; t++)
    {
      double work = 0, capacity = 0, required = 0, accounts = 0;

      for (guint r = 0; r < job->R; r++)
        {
          required += zero_if_null (series_of (job, out, r, HR_ROLE_REQUIRED_FTE)[t]);
          if (job->base->role_manages[r] >= 0)
            continue;
          work += zero_if_null (series_of (job, out, r, HR_ROLE_WORKLOAD)[t]);
          capacity += zero_if_null (series_of (job, out, r, HR_ROLE_CAPACITY)[t]);
        }
      for (guint g = 0; g < out->n_segments; g++)
        accounts += out->segment_metrics[((gsize) g * HR_N_SEGMENT_METRICS + HR_SEGMENT_ACCOUNTS) * T + t];
      v[total_series (job, HR_BANDS_TEAM_WORKLOAD, t)] = work;
      v[total_series (job, HR_BANDS_TEAM_REQUIRED_FTE, t)] = required;
      v[total_series (job, HR_BANDS_TEAM_LOAD, t)] =
        capacity > 0 ? work / capacity : (work > 0 ? NAN : 0);
      v[total_series (job, HR_BANDS_ACCOUNTS, t)] = accounts;
      v[total_series (job, HR_BANDS_ARR, t)] = out->totals[HR_TOTAL_ARR * T + t];
    }
}

/* One unit done; the first half tells how far both got */
static void
unit_done (Job  *job,
           Half *half)
{
  guint done = g_atomic_int_add (&job->done, 1) + 1;

  if (half->half == 0 && job->progress && done * 100 / job->total != job->reported)
    {
      job->reported = done * 100 / job->total;
      job->progress (done, job->total, job->progress_data);
    }
}

/* Every other range that applies, alone at its ends, for the drivers */
static void
run_drivers (Job            *job,
             Half           *half,
             HrEngineInput  *input,
             HrEngineSeries *out,
             gpointer       *addresses)
{
  const HrDraws *draws = job->draws;
  guint k = 0;

  for (guint f = 0; f < draws->fields->len; f++)
    hr_draws_restore (draws, &g_array_index (draws->fields, HrDrawField, f), addresses[f]);
  for (guint j = 0; j < draws->n_ranges; j++)
    {
      const HrDrawRange *range = &draws->ranges[j];

      if (range->skipped || k++ % 2 != half->half)
        continue;
      if (g_cancellable_is_cancelled (job->cancellable))
        {
          half->cancelled = TRUE;
          return;
        }
      for (guint side = 0; side < 2; side++)
        {
          for (guint f = range->first; f < range->first + range->n_fields; f++)
            hr_draws_write (draws, &g_array_index (draws->fields, HrDrawField, f), addresses[f],
                            side ? range->high : range->low);
          hr_engine_input_run (input, out);
          job->peaks[j * 2 + side] = peak_need (job, out);
        }
      for (guint f = range->first; f < range->first + range->n_fields; f++)
        hr_draws_restore (draws, &g_array_index (draws->fields, HrDrawField, f), addresses[f]);
      unit_done (job, half);
    }
}

static gpointer
half_run (gpointer data)
{
  Half *half = data;
  Job *job = half->job;
  const HrDraws *draws = job->draws;
  g_autoptr(HrEngineInput) input = hr_engine_input_copy (job->base);
  g_autoptr(HrEngineSeries) out = hr_engine_series_new_lean (input);
  g_autofree gpointer *addresses = g_new (gpointer, draws->fields->len + 1);

  hr_engine_series_set_reuse (out, job->reuse);
  for (guint f = 0; f < draws->fields->len; f++)
    addresses[f] = hr_engine_input_get_field (input, &g_array_index (draws->fields, HrDrawField, f).match);
  for (guint s = half->from; s < half->to; s++)
    {
      if (g_cancellable_is_cancelled (job->cancellable))
        {
          half->cancelled = TRUE;
          return NULL;
        }
      write_sample (job, addresses, s + 1);
      hr_engine_input_run (input, out);
      store_sample (job, out, half->half, s);
      unit_done (job, half);
    }
  if (job->first_pass)
    run_drivers (job, half, input, out, addresses);
  return NULL;
}

/* Runs both halves, the second on a thread of its own; FALSE if cancelled */
static gboolean
run_halves (Job *job)
{
  Half halves[2] = {
    { job, 0, 0, job->N / 2 },
    { job, 1, job->N / 2, job->N },
  };
  GThread *thread = g_thread_new ("headroom-bands", half_run, &halves[1]);

  half_run (&halves[0]);
  g_thread_join (thread);
  return !halves[0].cancelled && !halves[1].cancelled;
}

/* The percentiles of series [from, to) of the job into @bands */
typedef struct {
  Job          *job;
  gsize         from, to;
  const guint  *ranks;        /* [HR_N_BANDS], from 1 */
  double       *role_bands;   /* the result's */
  double       *totals;
} Pick;

/* Series side by side per sample: columns are gathered a cache line's
 * width at a time */
#define PICK_WIDTH 8

static gpointer
pick_run (gpointer data)
{
  Pick *pick = data;
  Job *job = pick->job;
  guint T = job->T, N = job->N, stored = (job->r1 - job->r0) * HR_N_BANDS_METRICS;
  g_autofree double *columns = g_new (double, (gsize) PICK_WIDTH * N);

  for (gsize first = pick->from; first < pick->to; first += PICK_WIDTH)
    {
      guint width = MIN (PICK_WIDTH, pick->to - first);

      for (guint s = 0; s < N; s++)
        {
          const double *row = job->values + (gsize) s * job->n_series + first;
          for (guint w = 0; w < width; w++)
            columns[(gsize) w * N + s] = row[w];
        }
      for (guint w = 0; w < width; w++)
        {
          gsize series = first + w;
          guint block = series / T, t = series % T;
          double picked[HR_N_BANDS], *out;

          hr_bands_pick (columns + (gsize) w * N, N, pick->ranks, HR_N_BANDS, picked);
          if (block < stored)
            out = pick->role_bands + ((gsize) job->r0 * HR_N_BANDS_METRICS + block) * HR_N_BANDS * T;
          else
            out = pick->totals + (gsize) (block - stored) * HR_N_BANDS * T;
          for (guint b = 0; b < HR_N_BANDS; b++)
            out[(gsize) b * T + t] = picked[b];
        }
    }
  return NULL;
}

static void
pick_bands (Job         *job,
            const guint *ranks,
            HrBands     *self)
{
  Pick picks[2] = {
    { job, 0, job->n_series / 2, ranks, self->role_bands, self->totals },
    { job, job->n_series / 2, job->n_series, ranks, self->role_bands, self->totals },
  };
  GThread *thread = g_thread_new ("headroom-bands", pick_run, &picks[1]);

  pick_run (&picks[0]);
  g_thread_join (thread);
}

static void
driver_clear (gpointer data)
{
  HrBandsDriver *driver = data;

  g_free ((char *) driver->target);
  g_free ((char *) driver->path);
  g_free ((char *) driver->label);
}

static int
compare_drivers (gconstpointer a,
                 gconstpointer b)
{
  const HrBandsDriver *x = a, *y = b;

  if (x->spread != y->spread)
    return x->spread > y->spread ? -1 : 1;
  return (int) x->position - (int) y->position;
}

static void
rank_drivers (HrBands       *self,
              const HrDraws *draws,
              const double  *peaks)
{
  self->drivers = g_array_new (FALSE, FALSE, sizeof (HrBandsDriver));
  g_array_set_clear_func (self->drivers, driver_clear);
  for (guint j = 0; j < draws->n_ranges; j++)
    {
      const HrDrawRange *range = &draws->ranges[j];
      HrBandsDriver driver;

      if (range->skipped)
        continue;
      driver = (HrBandsDriver) {
        j + 1, g_strdup (range->target),
        g_strdup (g_array_index (draws->fields, HrDrawField, range->first).path), g_strdup (range->label),
        range->n_fields,
        range->low, range->high, range->relative, peaks[j * 2], peaks[j * 2 + 1],
        fabs (peaks[j * 2 + 1] - peaks[j * 2]),
      };
      g_array_append_val (self->drivers, driver);
    }
  g_array_sort (self->drivers, compare_drivers);
}

/* What each segment of @input keeps from sample to sample: the fields
 * drawn are the same in every sample (and in every driver's run) */
static guint8 *
reuse_of (const HrDraws       *draws,
          const HrEngineInput *input)
{
  guint8 *reuse = g_new (guint8, input->n_segments + 1);

  memset (reuse, HR_SEGMENT_REUSE_ALL, input->n_segments + 1);
  for (guint f = 0; f < draws->fields->len; f++)
    hr_engine_input_narrow_reuse (input, &g_array_index (draws->fields, HrDrawField, f).match, reuse);
  return reuse;
}

/* Samples the plan of @input; FALSE with @error when cancelled */
static gboolean
sample (HrBands             *self,
        const HrEngineInput *input,
        const HrDraws       *draws,
        GCancellable        *cancellable,
        HrBandsProgressFunc  progress,
        gpointer             progress_data,
        GError             **error)
{
  guint N = self->samples, T = self->n_months, R = self->n_roles;
  double phi = hr_bands_phi (draws->n_ranges);
  guint ranks[HR_N_BANDS] = {
    hr_bands_rank (10, N), hr_bands_rank (50, N), hr_bands_rank (90, N), hr_bands_rank (self->confidence, N),
  };
  /* roles per pass: as many as the stored numbers allow, at least one */
  gsize per_role = (gsize) HR_N_BANDS_METRICS * T * N;
  gsize room = MAX_STORED > HR_N_BANDS_TOTALS * (gsize) T * N ? MAX_STORED - HR_N_BANDS_TOTALS * (gsize) T * N : 0;
  guint block = MAX (1, MIN (R, (guint) (room / per_role)));
  guint n_active = hr_draws_count_active (draws);
  guint passes = R > 0 ? (R + block - 1) / block : 1;
  g_autofree double *alpha = g_new (double, draws->n_ranges + 1);
  g_autofree double *peaks = g_new0 (double, 2 * draws->n_ranges + 1);
  g_autofree guint *over = g_new0 (guint, 2 * (gsize) R * T + 1);
  g_autofree guint8 *reuse = reuse_of (draws, input);
  Job job = {
    input, draws, alpha, reuse, N, T, R, 0, 0, TRUE, 0, NULL, peaks, over, 0,
    passes * N + n_active, 0, cancellable, progress, progress_data,
  };

  for (guint j = 0; j < draws->n_ranges; j++)
    alpha[j] = pow (phi, -(double) (j + 1));

  for (guint pass = 0; pass < passes; pass++)
    {
      job.r0 = pass * block;
      job.r1 = MIN (R, job.r0 + block);
      job.first_pass = pass == 0;
      job.n_series = ((gsize) (job.r1 - job.r0) * HR_N_BANDS_METRICS + (pass == 0 ? HR_N_BANDS_TOTALS : 0)) * T;
      job.values = g_new (double, (gsize) job.n_series * N + 1);
      if (!run_halves (&job))
        {
          g_free (job.values);
          return !g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      pick_bands (&job, ranks, self);
      g_clear_pointer (&job.values, g_free);
    }

  if (progress)
    progress (job.total, job.total, progress_data);
  for (gsize i = 0; i < (gsize) R * T; i++)
    self->p_over[i] = (double) (over[i] + over[(gsize) R * T + i]) / N;
  rank_drivers (self, draws, peaks);
  return TRUE;
}

static gpointer
forecast_on_averages (gpointer input)
{
  return hr_engine_input_forecast (input, HR_FORECAST_DEFAULT);
}

HrBands *
hr_bands_compute (HrPlan              *plan,
                  const char          *scenario_id,
                  GCancellable        *cancellable,
                  HrBandsProgressFunc  progress,
                  gpointer             progress_data,
                  GError             **error)
{
  HrUncertainty *uncertainty;
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(HrDraws) draws = NULL;
  g_autoptr(HrEngineInput) input = NULL;
  g_autoptr(HrBands) self = NULL;
  g_autofree double *required = NULL;
  const char *scenario_name = NULL;
  HrPlan *sampled = plan;
  GThread *thread;
  guint T, R;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  uncertainty = hr_plan_get_uncertainty (plan);
  if (hr_plan_get_ranges (plan) == NULL)
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND,
                   _("the plan has no ranges: give an estimate a range first, e.g. "
                     "\"uncertainty\": {\"ranges\": [{\"target\": \"roles/csm/shrinkage\", "
                     "\"low\": 0.08, \"high\": 0.15}]}"));
      return NULL;
    }
  if (scenario_id)
    {
      HrScenario *scenario;
      g_autofree char *path = NULL;
      g_autoptr(GError) rule = NULL;

      applied = hr_plan_apply_scenario (plan, scenario_id, error);
      if (applied == NULL)
        return NULL;
      scenario = hr_plan_find_scenario (plan, scenario_id);
      scenario_name = hr_scenario_get_name (scenario) && *hr_scenario_get_name (scenario)
                      ? hr_scenario_get_name (scenario) : scenario_id;
      sampled = applied;
      path = g_strdup_printf ("scenarios[%s]", scenario_id);
      /* the scenario's plan at the corners of the ranges, as the baseline's */
      if (!hr_draws_check_corner (applied, uncertainty, scenario_name, FALSE, &rule) ||
          !hr_draws_check_corner (applied, uncertainty, scenario_name, TRUE, &rule))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "%s: %s", path, rule->message);
          return NULL;
        }
    }
  draws = hr_draws_new (sampled, uncertainty, scenario_name, error);
  if (draws == NULL)
    return NULL;
  input = hr_engine_input_new (sampled, error);
  if (input == NULL)
    return NULL;

  self = g_object_new (HR_TYPE_BANDS, NULL);
  self->samples = hr_uncertainty_get_samples (uncertainty);
  self->confidence = hr_uncertainty_get_confidence (uncertainty);
  self->n_months = T = input->n_months;
  self->n_roles = R = input->n_roles;
  self->scenario_id = g_strdup (scenario_id);
  self->role_bands = g_new0 (double, (gsize) R * HR_N_BANDS_METRICS * HR_N_BANDS * T + 1);
  self->totals = g_new0 (double, (gsize) HR_N_BANDS_TOTALS * HR_N_BANDS * T);
  self->p_over = g_new0 (double, (gsize) R * T + 1);
  g_ptr_array_add (draws->warnings, NULL);
  self->warnings = g_strdupv ((char **) draws->warnings->pdata);

  if (!sample (self, input, draws, cancellable, progress, progress_data, error))
    return NULL;

  /* the planner on the plan's own values, and to the need at confidence,
   * one on a thread of its own */
  thread = g_thread_new ("headroom-bands", forecast_on_averages, input);
  required = g_new (double, (gsize) R * T + 1);
  for (guint r = 0; r < R; r++)
    memcpy (required + (gsize) r * T, hr_bands_get_role_band (self, r, HR_BANDS_REQUIRED_FTE, HR_BAND_PC),
            T * sizeof (double));
  self->confident = hr_engine_input_forecast_to (input, HR_FORECAST_DEFAULT, required);
  self->forecast = g_thread_join (thread);
  for (guint k = 0; k < 2; k++)
    {
      HrForecast *f = k ? self->confident : self->forecast;

      f->scenario_id = g_strdup (scenario_id);
      f->scenario_name = g_strdup (scenario_name);
    }
  self->peak_need = 0;
  for (guint t = 0; t < T; t++)
    self->peak_need = MAX (self->peak_need, hr_forecast_get_team_series (self->forecast, HR_ROLE_REQUIRED_FTE,
                                                                         TRUE)[t]);
  return g_steal_pointer (&self);
}

/* --- GObject --- */

static void
hr_bands_finalize (GObject *object)
{
  HrBands *self = HR_BANDS (object);

  g_free (self->scenario_id);
  g_free (self->role_bands);
  g_free (self->totals);
  g_free (self->p_over);
  g_clear_object (&self->forecast);
  g_clear_object (&self->confident);
  g_clear_pointer (&self->drivers, g_array_unref);
  g_strfreev (self->warnings);
  G_OBJECT_CLASS (hr_bands_parent_class)->finalize (object);
}

static void
hr_bands_class_init (HrBandsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hr_bands_finalize;
}

static void
hr_bands_init (HrBands *self)
{
}

/* --- accessors --- */

guint hr_bands_get_samples (HrBands *self) { return self->samples; }
guint hr_bands_get_confidence (HrBands *self) { return self->confidence; }
guint hr_bands_get_n_months (HrBands *self) { return self->n_months; }
guint hr_bands_get_n_roles (HrBands *self) { return self->n_roles; }
const char *hr_bands_get_scenario_id (HrBands *self) { return self->scenario_id; }
HrForecast *hr_bands_get_forecast (HrBands *self) { return self->forecast; }
HrForecast *hr_bands_get_confident_forecast (HrBands *self) { return self->confident; }
double hr_bands_get_peak_need (HrBands *self) { return self->peak_need; }
guint hr_bands_get_n_drivers (HrBands *self) { return self->drivers->len; }
const char * const *hr_bands_get_warnings (HrBands *self) { return (const char * const *) self->warnings; }

const HrBandsDriver *
hr_bands_get_driver (HrBands *self,
                     guint    i)
{
  g_return_val_if_fail (HR_IS_BANDS (self) && i < self->drivers->len, NULL);
  return &g_array_index (self->drivers, HrBandsDriver, i);
}

const double *
hr_bands_get_role_band (HrBands       *self,
                        guint          role,
                        HrBandsMetric  metric,
                        HrBand         band)
{
  g_return_val_if_fail (HR_IS_BANDS (self) && role < self->n_roles, NULL);
  g_return_val_if_fail (metric < HR_N_BANDS_METRICS && band < HR_N_BANDS, NULL);

  return self->role_bands + (((gsize) role * HR_N_BANDS_METRICS + metric) * HR_N_BANDS + band) * self->n_months;
}

const double *
hr_bands_get_p_over (HrBands *self,
                     guint    role)
{
  g_return_val_if_fail (HR_IS_BANDS (self) && role < self->n_roles, NULL);
  return self->p_over + (gsize) role * self->n_months;
}

const double *
hr_bands_get_total_band (HrBands      *self,
                         HrBandsTotal  total,
                         HrBand        band)
{
  g_return_val_if_fail (HR_IS_BANDS (self) && total < HR_N_BANDS_TOTALS && band < HR_N_BANDS, NULL);
  return self->totals + ((gsize) total * HR_N_BANDS + band) * self->n_months;
}

const double *
hr_bands_get_band (HrBands       *self,
                   int            role,
                   HrBandsMetric  metric,
                   HrBand         band)
{
  static const HrBandsTotal team[] = {
    [HR_BANDS_WORKLOAD] = HR_BANDS_TEAM_WORKLOAD,
    [HR_BANDS_REQUIRED_FTE] = HR_BANDS_TEAM_REQUIRED_FTE,
    [HR_BANDS_LOAD] = HR_BANDS_TEAM_LOAD,
  };

  g_return_val_if_fail (HR_IS_BANDS (self) && metric < HR_N_BANDS_METRICS, NULL);

  if (role < 0 || (guint) role >= self->n_roles)
    return hr_bands_get_total_band (self, team[metric], band);
  return hr_bands_get_role_band (self, role, metric, band);
}

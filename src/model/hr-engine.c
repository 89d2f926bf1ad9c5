/* hr-engine.c: the computation of spec §3, from the engine's input to a
 * forecast
 *
 * Everything is linear in months × segments × moments. Accounts are never
 * walked cohort by cohort: the count at tenure a in month t is read from
 * the cohort it belongs to (an existing one, or the one won in month
 * t − a) and the survival since, from a table of powers. Totals are
 * running sums in twelve classes of tenure mod 12, so anniversaries (renewal
 * churn, expansion) touch one class a month. "Accounts due for a moment"
 * reads the tenures it occurs at when there are few; a moment repeating
 * without end every e months (e dividing 12) reads the classes, less the
 * tenures before it starts; other long runs use a recurrence over the
 * period after which survival is the same for every cohort. A sampler's
 * series may keep segments its draws do not reach from run to run.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-delivery.h"
#include "hr-engine.h"
#include "hr-engine-input.h"
#include "hr-forecast-private.h"
#include "hr-plan-private.h"

/* Accounts due a series keeps at most, in doubles (64 MB) */
#define KEPT_DUES_MAX ((double) (8 << 20))

/* The residues of every period dividing 12: 1 + 2 + 3 + 4 + 6 + 12 */
#define N_CLASS_ROWS 28

/* One segment's accounts, read by tenure and month */
typedef struct {
  int           max_existing;   /* oldest tenure at month 0 */
  const double *existing;       /* [tenure 0..max_existing] at month 0 */
  const double *won;            /* [month] */
  gboolean      monthly;
  const double *spow;           /* monthly: survival^k, k ≤ months + max_existing */
  const double *fpow;           /* renewal: (1 − churn)^k per anniversary */
  const int    *years;          /* [tenure]: tenure / 12, anniversaries passed */
  const double *new_survival;   /* [tenure < months]: of a cohort won at tenure 0 */
  const double *by_residue;     /* [month][12]: accounts by tenure mod 12 */
  double       *class_sums;     /* [every dividing 12, residue][month], NAN until summed */
  double       *scratch;        /* [2 × month], for periodic_sum() */
} Accounts;

/* Accounts at tenure @a in month @t */
static inline double
accounts_at (const Accounts *c,
             int             a,
             int             t)
{
  double n = 0;

  if (a <= t)
    n = c->won[t - a] * c->new_survival[a];
  if (a >= t && a - t <= c->max_existing)
    n += c->existing[a - t] * (c->monthly ? c->spow[t] : c->fpow[c->years[a] - c->years[a - t]]);
  return n;
}

/* Adds @sign × accounts_at (c, @a, t) to due[t] in every month t, a run
 * of months at a time with no test per month: the months before @a hold
 * existing accounts only, those after it won ones only. Each month gets
 * the very sum accounts_at () gives, so the order of additions into
 * due[t] is the caller's. */
static void
add_tenure (const Accounts *c,
            int             a,
            guint           T,
            double          sign,
            double         *due)
{
  int last = MIN ((int) T, a);
  const double *won = c->won;
  double survived;

  if (c->monthly)
    for (int t = MAX (0, a - c->max_existing); t < last; t++)
      due[t] += sign * (c->existing[a - t] * c->spow[t]);
  else
    for (int t = MAX (0, a - c->max_existing); t < last; t++)
      due[t] += sign * (c->existing[a - t] * c->fpow[c->years[a] - c->years[a - t]]);
  if (a >= (int) T)
    return;
  due[a] += sign * accounts_at (c, a, a);
  /* × ±1 is exact, so the sign goes on the constant factor */
  survived = sign * c->new_survival[a];
  for (int t = a + 1; t < (int) T; t++)
    due[t] += won[t - a] * survived;
}

/* Σ of accounts at tenures a0, a0 + P, a0 + 2P, … in every month: after
 * P months every cohort has survived by the same @factor */
static void
periodic_sum (const Accounts *c,
              guint           T,
              int             a0,
              int             P,
              double          factor,
              double          sign,
              double         *due)
{
  double *sum = c->scratch, *first = c->scratch + T;
  int head = MIN (P, (int) T);

  /* accounts at a0 in every month, 0 where there are none */
  memset (first, 0, T * sizeof (double));
  add_tenure (c, a0, T, 1, first);
  for (int t = 0; t < head; t++)
    {
      double month = 0;

      for (int a = a0; a <= c->max_existing + t; a += P)
        month += accounts_at (c, a, t);
      sum[t] = month;
    }
  for (int t = head; t < (int) T; t++)
    sum[t] = first[t] + factor * sum[t - P];
  for (int t = 0; t < (int) T; t++)
    due[t] += sign * sum[t];
}

/* Σ of the accounts at tenures ≡ @first (mod @every) now, from a month's
 * twelve residues; inlined with @every constant, the sum is unrolled */
static inline double
class_sum (const double *residues,
           int           first,
           int           every)
{
  double sum = 0;

  /* first < every, so the class holds 12 / every residues */
  for (int j = 0; j < 12 / every; j++)
    sum += residues[first + j * every];
  return sum;
}

#define FILL_CLASS(EVERY) \
  for (guint t = 0; t < T; t++) \
    classes[t] = class_sum (c->by_residue + (gsize) t * 12, first, EVERY)

/* One row of class sums: every month's accounts at tenures ≡ @first
 * (mod @every), @every dividing 12 */
static void
fill_class (const Accounts *c,
            guint           T,
            int             first,
            int             every,
            double         *classes)
{
  switch (every)
    {
    case 1: FILL_CLASS (1); break;
    case 2: FILL_CLASS (2); break;
    case 3: FILL_CLASS (3); break;
    case 4: FILL_CLASS (4); break;
    case 6: FILL_CLASS (6); break;
    default: FILL_CLASS (12); break;
    }
}

#undef FILL_CLASS

static int
gcd (int a,
     int b)
{
  while (b)
    {
      int r = a % b;
      a = b;
      b = r;
    }
  return a;
}

/* Accounts due for a moment in every month (spec §3.2 "due"). Three
 * ways, by what each costs a month: reading every tenure it occurs at,
 * whole classes of tenure mod 12 less the tenures before it starts, or a
 * recurrence over the period P after which every cohort has survived
 * alike (P = every for monthly churn, whole years for renewal churn). */
static void
accounts_due (const Accounts     *c,
              const HrMomentData *moment,
              guint               T,
              double              churn,
              double             *due)
{
  int last_tenure = c->max_existing + (int) T - 1;
  int at = moment->at, every = moment->every;
  int last = moment->until >= 0 ? MIN (moment->until, last_tenure) : last_tenure;
  int n, P, direct_cost, periodic_cost, class_cost = G_MAXINT;

  memset (due, 0, T * sizeof (double));
  if (at > last)
    return;
  if (every == 0)
    {
      add_tenure (c, at, T, 1, due);
      return;
    }

  /* accounts_at() calls a month */
  n = (last - at) / every + 1;
  P = c->monthly ? every : every / gcd (every, 12) * 12;
  direct_cost = n;
  periodic_cost = (P / every) * (moment->until >= 0 ? 2 : 1) + 1;
  if (moment->until < 0 && 12 % every == 0)
    class_cost = at / every + 1;

  if (direct_cost <= periodic_cost && direct_cost <= class_cost)
    {
      for (int a = at; a <= last; a += every)
        add_tenure (c, a, T, 1, due);
      return;
    }

  if (class_cost < periodic_cost)
    {
      /* every tenure ≡ at (mod every): whole classes, shared by the
       * moments of the same period and residue, less the tenures before at */
      static const int first_row[13] = { 0, 0, 1, 3, 6, 0, 10, 0, 0, 0, 0, 0, 16 };
      double *classes = c->class_sums + (gsize) (first_row[every] + at % every) * T;

      if (isnan (classes[0]))
        fill_class (c, T, at % every, every, classes);
      memcpy (due, classes, T * sizeof (double));
      for (int a = at % every; a < at; a += every)
        add_tenure (c, a, T, -1, due);
      return;
    }

  {
    double factor = c->monthly ? pow (1 - churn, P / 12.0) : pow (1 - churn, P / 12);

    for (int a0 = at; a0 < at + P && a0 <= last; a0 += every)
      {
        periodic_sum (c, T, a0, P, factor, 1, due);
        if (moment->until >= 0)
          {
            int beyond = a0 + P * ((moment->until - a0) / P + 1);
            if (beyond <= last_tenure)
              periodic_sum (c, T, beyond, P, factor, -1, due);
          }
      }
  }
}

static double
new_accounts (const HrSegmentData *segment,
              guint                t)
{
  GArray *list = segment->new_by_month;

  if (list && list->len > 0)
    return g_array_index (list, double, MIN (t, list->len - 1));
  return segment->new_per_month * pow (1 + segment->growth, t);
}

static inline double *
role_metric (HrEngineSeries *out,
             guint           role,
             HrRoleMetric    metric)
{
  return out->role_metrics + ((gsize) role * HR_N_ROLE_METRICS + metric) * out->n_months;
}

static inline double *
segment_metric (HrEngineSeries  *out,
                guint            segment,
                HrSegmentMetric  metric)
{
  return out->segment_metrics + ((gsize) segment * HR_N_SEGMENT_METRICS + metric) * out->n_months;
}

static guint32
journey_bits (const HrMomentData *moment)
{
  guint32 bits = 0;

  for (int a = 0; a < HR_JOURNEY_MONTHS; a++)
    if (hr_moment_data_occurs_at (moment, a))
      bits |= 1u << a;
  return bits;
}

/* Accounts, churn, ARR and reactive hours (§3.1, §3.2), and the classes
 * that "due" reads */
static void
run_accounts (const HrEngineInput *input,
              guint                g,
              const Accounts      *c,
              double              *by_residue,
              HrEngineSeries      *out)
{
  const HrSegmentData *segment = &input->segments[g];
  guint T = input->n_months;
  double *accounts = segment_metric (out, g, HR_SEGMENT_ACCOUNTS);
  double *won = segment_metric (out, g, HR_SEGMENT_NEW);
  double *churned = segment_metric (out, g, HR_SEGMENT_CHURNED);
  double *arr = segment_metric (out, g, HR_SEGMENT_ARR);
  double *reactive = segment_metric (out, g, HR_SEGMENT_REACTIVE);
  double count[12] = { 0 }, value[12] = { 0 };
  double survival = pow (1 - segment->churn, 1.0 / 12), grow = 1 + segment->expansion;

  /* class of a cohort: its tenure at month 0, mod 12 */
  for (int a = 0; a <= c->max_existing; a++)
    {
      count[a % 12] += c->existing[a];
      value[a % 12] += c->existing[a] * segment->acv * pow (grow, a / 12);
    }
  for (guint t = 0; t < T; t++)
    {
      int birthday = (12 - (int) (t % 12)) % 12;   /* the class at tenure ≡ 0 now */
      double lost = 0, total = 0, total_arr = 0;

      if (t > 0)
        {
          if (c->monthly)
            for (int k = 0; k < 12; k++)
              {
                double before = count[k];
                count[k] *= survival;
                value[k] *= survival;
                lost += before - count[k];
              }
          else
            {
              double before = count[birthday];
              count[birthday] *= 1 - segment->churn;
              value[birthday] *= 1 - segment->churn;
              lost = before - count[birthday];
            }
          value[birthday] *= grow;
        }
      won[t] = c->won[t];
      count[birthday] += won[t];
      value[birthday] += won[t] * segment->acv;
      for (int k = 0; k < 12; k++)
        {
          total += count[k];
          total_arr += value[k];
        }
      /* class k holds the tenures ≡ k + t (mod 12) now */
      {
        double *residues = by_residue + (gsize) t * 12;
        int shift = t % 12;

        for (int k = 0; k < 12 - shift; k++)
          residues[k + shift] = count[k];
        for (int k = 12 - shift; k < 12; k++)
          residues[k + shift - 12] = count[k];
      }
      churned[t] = lost;
      accounts[t] = total;
      arr[t] = total_arr;
      reactive[t] = total * segment->reactive_hours;
    }
}

/* What every segment reads of each moment: when it happens in the first
 * two years (the journey), and its timing's slot, which moments of the
 * same timing share (their accounts due are the same) */
typedef struct {
  guint32 *journeys;  /* [moment] */
  guint   *slots;     /* [moment] */
  guint    n_slots;
} MomentTimings;

static void
moment_timings_init (MomentTimings       *self,
                     const HrEngineInput *input)
{
  g_autoptr(GHashTable) timings = g_hash_table_new (NULL, NULL);

  self->journeys = g_new (guint32, input->n_moments + 1);
  self->slots = g_new (guint, input->n_moments + 1);
  for (guint k = 0; k < input->n_moments; k++)
    {
      const HrMomentData *moment = &input->moments[k];
      /* at, every and until + 1 are each below 2048 */
      gsize timing = 1 + moment->at + ((gsize) moment->every << 11) + ((gsize) (moment->until + 1) << 22);
      gpointer slot;

      self->journeys[k] = journey_bits (moment);
      if (!g_hash_table_lookup_extended (timings, GSIZE_TO_POINTER (timing), NULL, &slot))
        {
          slot = GUINT_TO_POINTER (g_hash_table_size (timings));
          g_hash_table_insert (timings, GSIZE_TO_POINTER (timing), slot);
        }
      self->slots[k] = GPOINTER_TO_UINT (slot);
    }
  self->n_slots = g_hash_table_size (timings);
}

static void
moment_timings_clear (MomentTimings *self)
{
  g_clear_pointer (&self->journeys, g_free);
  g_clear_pointer (&self->slots, g_free);
}

/* The hours of @due accounts by month into a row of role × segment and,
 * unless NULL, of role × play, with @mode a constant where inlined so that
 * the months run without a test */
static inline void
add_hours_in_mode (HrMode            mode,
                   const HrDelivery *delivery,
                   const double     *due,
                   guint             T,
                   double           *by_segment,
                   double           *by_play)
{
  HrDelivery d = *delivery;

  d.mode = mode;
  if (by_play == NULL)
    for (guint t = 0; t < T; t++)
      by_segment[t] += hr_delivery_due_hours (&d, due[t]);
  else
    for (guint t = 0; t < T; t++)
      {
        double hours = hr_delivery_due_hours (&d, due[t]);

        by_segment[t] += hours;
        by_play[t] += hours;
      }
}

static void
add_hours (const HrDelivery *delivery,
           const double     *due,
           guint             T,
           double           *by_segment,
           double           *by_play)
{
  if (delivery->mode == HR_MODE_ONE_TO_ONE)
    add_hours_in_mode (HR_MODE_ONE_TO_ONE, delivery, due, T, by_segment, by_play);
  else
    add_hours_in_mode (HR_MODE_ONE_TO_MANY, delivery, due, T, by_segment, by_play);
}

/* The designed hours of segment @g's moments, each from the accounts due
 * for its timing: read from @dues where @known, else computed from @c.
 * With @every_due, the due of every moment the segment receives is
 * computed, even one that costs nothing now, to be kept for later runs
 * (which then pass no @c). */
static void
add_moment_hours (const HrEngineInput *input,
                  guint                g,
                  const MomentTimings *timings,
                  const Accounts      *c,
                  double              *dues,
                  guint8              *known,
                  gboolean             every_due,
                  HrEngineSeries      *out)
{
  const HrSegmentData *segment = &input->segments[g];
  guint T = input->n_months, G = input->n_segments;
  g_autofree HrDelivery *deliveries = g_new (HrDelivery, MAX (input->n_moments, 1));

  for (guint k = 0; k < input->n_moments; k++)
    {
      const HrMomentData *moment = &input->moments[k];
      const HrTreatmentData *treatment = &input->treatments[(gsize) k * G + g];
      guint r = input->moment_role[k];
      double *by_play = out->role_play + ((gsize) r * HR_N_PLAYS + moment->play) * T;
      double *by_segment = out->role_segment + ((gsize) r * G + g) * T;
      guint slot = timings->slots[k];
      double *due = dues + (gsize) slot * T, per_account;
      /* held in memory, the registers stay with the sums of accounts due */
      HrDelivery *delivery = &deliveries[k];
      gboolean costs = hr_delivery_init (delivery, moment, segment, treatment);

      if (!known[slot] &&
          (costs || (every_due && (treatment->mode == HR_MODE_ONE_TO_ONE ||
                                   treatment->mode == HR_MODE_ONE_TO_MANY))))
        {
          g_assert (c != NULL);
          accounts_due (c, moment, T, segment->churn, due);
          known[slot] = TRUE;
        }
      if (!costs)
        continue;
      add_hours (delivery, due, T, by_segment, out->lean ? NULL : by_play);

      /* the journey: designed hours per account by tenure, as the books
       * count an account's (M = 1) */
      per_account = hr_delivery_account_hours (delivery, 1);
      for (int a = 0; a < HR_JOURNEY_MONTHS && !out->lean; a++)
        if (timings->journeys[k] & (1u << a))
          out->journey[((gsize) g * HR_N_PLAYS + moment->play) * HR_JOURNEY_MONTHS + a] += per_account;
    }
}

static void
run_segment (const HrEngineInput *input,
             guint                g,
             const MomentTimings *timings,
             HrEngineSeries      *out)
{
  const HrSegmentData *segment = &input->segments[g];
  guint T = input->n_months;
  int max_existing = 0;
  gsize n_tenures;
  double survival;
  g_autofree double *existing = NULL, *won = NULL, *spow = NULL, *fpow = NULL, *new_survival = NULL;
  g_autofree int *years = NULL;
  g_autofree double *by_residue = NULL, *own_dues = NULL;
  g_autofree guint8 *own_known = NULL;
  double *dues;
  guint8 *known;
  g_autofree double *class_sums = NULL, *scratch = NULL;
  Accounts c;

  for (guint i = 0; i < segment->cohorts->len; i++)
    max_existing = MAX (max_existing, g_array_index (segment->cohorts, HrCohort, i).tenure_to);
  n_tenures = (gsize) max_existing + T + 1;
  existing = g_new0 (double, max_existing + 1);
  won = g_new (double, T);
  spow = g_new (double, n_tenures);
  fpow = g_new (double, n_tenures / 12 + 2);
  by_residue = g_new (double, (gsize) T * 12);
  /* moments with the same timing share their accounts due */
  dues = own_dues = g_new (double, (gsize) T * MAX (timings->n_slots, 1));
  known = own_known = g_new0 (guint8, timings->n_slots + 1);
  years = g_new (int, n_tenures);
  new_survival = g_new (double, T);

  for (guint i = 0; i < segment->cohorts->len; i++)
    {
      const HrCohort *cohort = &g_array_index (segment->cohorts, HrCohort, i);
      double each = cohort->count / (cohort->tenure_to - cohort->tenure_from + 1);

      for (int tenure = cohort->tenure_from; tenure <= cohort->tenure_to; tenure++)
        existing[tenure] += each;
    }
  for (guint t = 0; t < T; t++)
    won[t] = new_accounts (segment, t);
  spow[0] = fpow[0] = 1;
  survival = pow (1 - segment->churn, 1.0 / 12);
  for (gsize k = 1; k < n_tenures; k++)
    spow[k] = spow[k - 1] * survival;
  for (gsize k = 1; k < n_tenures / 12 + 2; k++)
    fpow[k] = fpow[k - 1] * (1 - segment->churn);
  for (gsize a = 0; a < n_tenures; a++)
    years[a] = a / 12;
  for (guint a = 0; a < T; a++)
    new_survival[a] = segment->churn_mode == HR_CHURN_MONTHLY ? spow[a] : fpow[years[a]];

  /* every period dividing 12 (1, 2, 3, 4, 6, 12) by residue, summed when read */
  class_sums = g_new (double, (gsize) N_CLASS_ROWS * T);
  for (gsize i = 0; i < N_CLASS_ROWS; i++)
    class_sums[i * T] = NAN;
  scratch = g_new (double, (gsize) 2 * T);
  c = (Accounts) { max_existing, existing, won, segment->churn_mode == HR_CHURN_MONTHLY,
                   spow, fpow, years, new_survival, by_residue, class_sums, scratch };
  run_accounts (input, g, &c, by_residue, out);
  if (out->reuse && out->reuse[g] == HR_SEGMENT_REUSE_DUE)
    {
      dues = out->kept_dues + (gsize) g * out->n_slots * T;
      known = out->kept_known + (gsize) g * out->n_slots;
    }
  add_moment_hours (input, g, timings, &c, dues, known, dues != own_dues, out);
}

/* Segment @g's accounts and designed hours, or what of them its reuse
 * does not keep (hr_engine_series_set_reuse()) */
static void
run_or_keep_segment (const HrEngineInput *input,
                     guint                g,
                     const MomentTimings *timings,
                     HrEngineSeries      *out)
{
  HrSegmentReuse reuse = out->reuse && out->primed ? out->reuse[g] : HR_SEGMENT_REUSE_NONE;
  gsize T = input->n_months, G = input->n_segments;

  if (reuse == HR_SEGMENT_REUSE_ALL)
    return;
  if (reuse != HR_SEGMENT_REUSE_NONE)
    {
      const double *accounts = segment_metric (out, g, HR_SEGMENT_ACCOUNTS);
      double *reactive = segment_metric (out, g, HR_SEGMENT_REACTIVE);

      /* as run_accounts() gives it, from the same total */
      for (gsize t = 0; t < T; t++)
        reactive[t] = accounts[t] * input->segments[g].reactive_hours;
      if (reuse == HR_SEGMENT_REUSE_HOURS)
        return;
    }
  /* a series that keeps segments clears each one's hours itself */
  if (out->reuse)
    for (guint r = 0; r < input->n_roles; r++)
      memset (out->role_segment + (r * G + g) * T, 0, T * sizeof (double));
  if (reuse == HR_SEGMENT_REUSE_DUE)
    add_moment_hours (input, g, timings, NULL, out->kept_dues + g * out->n_slots * T,
                      out->kept_known + g * out->n_slots, FALSE, out);
  else
    run_segment (input, g, timings, out);
}

/* Designed hours by role, by segment and by play, from role × segment and
 * role × play, which the segment pass fills */
static void
sum_designed (const HrEngineInput *input,
              HrEngineSeries      *out)
{
  guint T = input->n_months, G = input->n_segments;

  for (guint r = 0; r < input->n_roles; r++)
    {
      double *designed = role_metric (out, r, HR_ROLE_DESIGNED);

      for (guint g = 0; g < G; g++)
        {
          const double *row = out->role_segment + ((gsize) r * G + g) * T;
          double *segment_designed = segment_metric (out, g, HR_SEGMENT_DESIGNED);

          for (guint t = 0; t < T; t++)
            designed[t] += row[t];
          for (guint t = 0; t < T && !out->lean; t++)
            segment_designed[t] += row[t];
        }
      for (guint p = 0; p < HR_N_PLAYS && !out->lean; p++)
        {
          const double *row = out->role_play + ((gsize) r * HR_N_PLAYS + p) * T;
          for (guint t = 0; t < T; t++)
            out->play[(gsize) p * T + t] += row[t];
        }
    }
}

void
hr_engine_staff (double        headcount,
                 double        attrition,
                 const GArray *ramp,
                 const double *hires,
                 guint         T,
                 double       *out_headcount,
                 double       *out_effective)
{
  double keep = pow (1 - attrition, 1.0 / 12);
  guint len = ramp ? ramp->len : 0;
  g_autofree double *stay = g_new (double, MAX (len, 1));
  double people = headcount;

  for (guint d = 0; d < len; d++)
    stay[d] = pow (keep, d);
  /* running headcount; the hires still ramping take off what they lack */
  for (guint t = 0; t < T; t++)
    {
      double ramping = 0;

      people = (t > 0 ? people * keep : people) + hires[t];
      for (guint d = 0; d < len && d <= t; d++)
        if (hires[t - d] != 0)
          ramping += hires[t - d] * stay[d] * (1 - g_array_index (ramp, double, d));
      out_headcount[t] = people;
      out_effective[t] = people - ramping;
    }
}

static HrStatus
status_of (double load,
           double target_load)
{
  if (isnan (load) || load > 1 + 1e-9)
    return HR_STATUS_OVER;
  if (load > target_load + 1e-9)
    return HR_STATUS_STRETCHED;
  return HR_STATUS_OK;
}

static void
run_role (const HrEngineInput *input,
          guint                r,
          const double        *hires,
          HrEngineSeries      *out)
{
  const HrRoleData *role = &input->roles[r];
  guint T = input->n_months;
  double available = role->hours_per_month * (1 - role->shrinkage);
  double direct_share = 1 - role->indirect - role->unplanned;
  double *m[HR_N_ROLE_METRICS];
  const double *total_arr = out->totals + HR_TOTAL_ARR * T;

  for (guint i = 0; i < HR_N_ROLE_METRICS; i++)
    m[i] = role_metric (out, r, i);

  hr_engine_staff (role->headcount, role->attrition, role->ramp, hires + (gsize) r * T, T,
                   m[HR_ROLE_HEADCOUNT], m[HR_ROLE_EFFECTIVE_FTE]);

  for (guint t = 0; t < T; t++)
    {
      double effective = m[HR_ROLE_EFFECTIVE_FTE][t];
      double load;

      m[HR_ROLE_CAPACITY][t] = effective * available;
      if (input->role_manages[r] >= 0)
        {
          double required = role_metric (out, input->role_manages[r], HR_ROLE_HEADCOUNT)[t] / role->span;

          m[HR_ROLE_REQUIRED_FTE][t] = required;
          load = effective > 0 ? required / effective : (required > 0 ? NAN : 0);
        }
      else
        {
          double workload = (m[HR_ROLE_DESIGNED][t] + m[HR_ROLE_REACTIVE][t]) / direct_share;

          m[HR_ROLE_WORKLOAD][t] = workload;
          m[HR_ROLE_INDIRECT][t] = workload * role->indirect;
          m[HR_ROLE_UNPLANNED][t] = workload * role->unplanned;
          m[HR_ROLE_REQUIRED_FTE][t] = workload / available;
          load = m[HR_ROLE_CAPACITY][t] > 0 ? workload / m[HR_ROLE_CAPACITY][t] : (workload > 0 ? NAN : 0);
        }
      m[HR_ROLE_LOAD][t] = load;
      m[HR_ROLE_GAP_FTE][t] = m[HR_ROLE_REQUIRED_FTE][t] - effective;
      m[HR_ROLE_TOPDOWN_FTE][t] = isnan (role->arr_per_fte) ? NAN : total_arr[t] / role->arr_per_fte;
      out->status[r * T + t] = status_of (load, role->target_load);
    }
}

static void
run_money (const HrEngineInput *input,
           HrEngineSeries      *out)
{
  guint T = input->n_months, R = input->n_roles, G = input->n_segments;
  double *cost = out->totals + HR_TOTAL_COST * T;
  double *arr = out->totals + HR_TOTAL_ARR * T;
  double *share = out->totals + HR_TOTAL_COST_SHARE * T;
  g_autofree double *rate = g_new0 (double, R);

  /* cost of one hour of direct work, grossed up for the effort mix */
  for (guint r = 0; r < R; r++)
    {
      const HrRoleData *role = &input->roles[r];
      rate[r] = role->cost_per_year / (12 * role->hours_per_month) /
                ((1 - role->indirect - role->unplanned) * (1 - role->shrinkage));
    }

  for (guint t = 0; t < T; t++)
    {
      cost[t] = 0;
      for (guint r = 0; r < R; r++)
        cost[t] += role_metric (out, r, HR_ROLE_HEADCOUNT)[t] * input->roles[r].cost_per_year / 12;
      share[t] = arr[t] != 0 ? 12 * cost[t] / arr[t] : NAN;
    }

  for (guint g = 0; g < G; g++)
    {
      double *cost_to_serve = segment_metric (out, g, HR_SEGMENT_COST_TO_SERVE);
      const double *reactive = segment_metric (out, g, HR_SEGMENT_REACTIVE);

      for (guint t = 0; t < T; t++)
        {
          double total = reactive[t] * rate[input->reactive_role[g]];
          for (guint r = 0; r < R; r++)
            total += out->role_segment[((gsize) r * G + g) * T + t] * rate[r];
          cost_to_serve[t] = total;
        }
    }
}

static void
series_clear (HrEngineSeries *out)
{
  gsize T = out->n_months, R = out->n_roles, G = out->n_segments;

  memset (out->role_metrics, 0, R * HR_N_ROLE_METRICS * T * sizeof (double));
  memset (out->status, 0, R * T);
  if (out->reuse == NULL)
    memset (out->role_segment, 0, R * G * T * sizeof (double));
  /* a lean run writes no play, journey or designed hours by segment (they
   * stay 0 from the start), and sets every other segment series whole */
  if (!out->lean)
    {
      memset (out->segment_metrics, 0, G * HR_N_SEGMENT_METRICS * T * sizeof (double));
      memset (out->role_play, 0, R * HR_N_PLAYS * T * sizeof (double));
      memset (out->journey, 0, G * HR_N_PLAYS * HR_JOURNEY_MONTHS * sizeof (double));
      memset (out->play, 0, HR_N_PLAYS * T * sizeof (double));
    }
  memset (out->totals, 0, HR_N_TOTAL_METRICS * T * sizeof (double));
}

void
hr_engine_input_run (const HrEngineInput *self,
                     HrEngineSeries      *out)
{
  guint T, R;
  g_autofree double *hires = NULL;
  MomentTimings timings;

  g_return_if_fail (self != NULL && out != NULL);
  g_return_if_fail (out->n_months == self->n_months && out->n_roles == self->n_roles &&
                    out->n_segments == self->n_segments);

  T = self->n_months;
  R = self->n_roles;
  series_clear (out);
  moment_timings_init (&timings, self);
  if (out->reuse && !out->primed &&
      memchr (out->reuse, HR_SEGMENT_REUSE_DUE, self->n_segments) != NULL)
    {
      /* what the segments that keep their accounts due keep; past
       * KEPT_DUES_MAX, they run whole instead (the same numbers) */
      gsize G = self->n_segments;

      if ((double) G * timings.n_slots * T > KEPT_DUES_MAX)
        {
          for (gsize g = 0; g < G; g++)
            if (out->reuse[g] == HR_SEGMENT_REUSE_DUE)
              out->reuse[g] = HR_SEGMENT_REUSE_NONE;
        }
      else
        {
          out->n_slots = timings.n_slots;
          g_free (out->kept_dues);
          g_free (out->kept_known);
          out->kept_dues = g_new (double, G * timings.n_slots * T + 1);
          out->kept_known = g_new0 (guint8, G * timings.n_slots + 1);
        }
    }
  for (guint g = 0; g < self->n_segments; g++)
    {
      const double *arr = segment_metric (out, g, HR_SEGMENT_ARR);

      run_or_keep_segment (self, g, &timings, out);
      for (guint t = 0; t < T; t++)
        out->totals[HR_TOTAL_ARR * T + t] += arr[t];
    }
  moment_timings_clear (&timings);
  out->primed = out->reuse != NULL;
  /* reactive hours by role, tier after tier */
  for (guint g = 0; g < self->n_segments; g++)
    {
      const double *reactive = segment_metric (out, g, HR_SEGMENT_REACTIVE);
      double *role_reactive = role_metric (out, self->reactive_role[g], HR_ROLE_REACTIVE);

      for (guint t = 0; t < T; t++)
        role_reactive[t] += reactive[t];
    }
  sum_designed (self, out);

  /* the plan's hires by role and start month */
  hires = g_new0 (double, (gsize) R * T + 1);
  for (guint i = 0; i < self->n_hires; i++)
    {
      guint month = self->hires[i].month - self->start;
      if (month < T)
        hires[self->hire_role[i] * T + month] += self->hires[i].count;
    }
  /* managers after the roles they manage */
  for (guint r = 0; r < R; r++)
    if (self->role_manages[r] < 0)
      run_role (self, r, hires, out);
  for (guint r = 0; r < R; r++)
    if (self->role_manages[r] >= 0)
      run_role (self, r, hires, out);
  if (!out->lean)
    run_money (self, out);
}

HrEngineSeries *
hr_engine_series_new (const HrEngineInput *input)
{
  HrEngineSeries *self = g_new0 (HrEngineSeries, 1);
  gsize T = input->n_months, R = input->n_roles, G = input->n_segments;

  self->n_months = T;
  self->n_roles = R;
  self->n_segments = G;
  self->role_metrics = g_new0 (double, R * HR_N_ROLE_METRICS * T);
  self->status = g_new0 (guint8, R * T);
  self->role_play = g_new0 (double, R * HR_N_PLAYS * T);
  self->role_segment = g_new0 (double, R * G * T + 1);
  self->segment_metrics = g_new0 (double, G * HR_N_SEGMENT_METRICS * T + 1);
  self->journey = g_new0 (double, G * HR_N_PLAYS * HR_JOURNEY_MONTHS + 1);
  self->play = g_new0 (double, HR_N_PLAYS * T);
  self->totals = g_new0 (double, HR_N_TOTAL_METRICS * T);
  return self;
}

HrEngineSeries *
hr_engine_series_new_lean (const HrEngineInput *input)
{
  HrEngineSeries *self = hr_engine_series_new (input);

  self->lean = TRUE;
  return self;
}

void
hr_engine_series_set_reuse (HrEngineSeries *self,
                            const guint8   *reuse)
{
  g_return_if_fail (self != NULL && self->lean);

  g_clear_pointer (&self->reuse, g_free);
  g_clear_pointer (&self->kept_dues, g_free);
  g_clear_pointer (&self->kept_known, g_free);
  self->primed = FALSE;
  if (reuse)
    self->reuse = g_memdup2 (reuse, self->n_segments);
}

void
hr_engine_series_free (HrEngineSeries *self)
{
  if (self == NULL)
    return;
  g_free (self->reuse);
  g_free (self->kept_dues);
  g_free (self->kept_known);
  g_free (self->role_metrics);
  g_free (self->status);
  g_free (self->role_play);
  g_free (self->role_segment);
  g_free (self->segment_metrics);
  g_free (self->journey);
  g_free (self->play);
  g_free (self->totals);
  g_free (self);
}

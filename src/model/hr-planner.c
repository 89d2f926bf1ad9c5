/* hr-planner.c: the hiring planner of spec §3.5
 *
 * Whole hires, each starting len(ramp) months before the first month that
 * needs it so it is fully productive then, and never before its
 * requisition could have opened (month 0 + lead time).
 *
 * It finishes for any plan: hires are added in bulk, a month whose need is
 * beyond what one more hire changes in floating point stops, and a role
 * gets at most HR_MAX_SUGGESTED_HIRES; months still short are late.
 */
#include "config.h"

#include <math.h>

#include "hr-engine-input.h"
#include "hr-forecast-private.h"

typedef struct {
  double *headcount;   /* with plan hires and suggestions */
  double *effective;
} Staff;

static void
add_hires (Staff        *staff,
           const GArray *ramp,
           const double *stay,
           guint         T,
           guint         m,
           double        count)
{
  for (guint t = m; t < T; t++)
    {
      double people = count * stay[t - m];
      double ramped = (t - m < ramp->len) ? g_array_index (ramp, double, t - m) : 1;

      staff->headcount[t] += people;
      staff->effective[t] += people * ramped;
    }
}

static void
record (HrForecast *f,
        guint       role,
        guint       month,
        int         lead_time,
        double      count)
{
  HrSuggestedHire hire = { role, month, (int) month - lead_time, count };

  /* hires come role by role in month order: only the last can merge */
  if (f->suggestions->len > 0)
    {
      HrSuggestedHire *last = &g_array_index (f->suggestions, HrSuggestedHire, f->suggestions->len - 1);
      if (last->role == role && last->month == month)
        {
          last->count += count;
          return;
        }
    }
  g_array_append_val (f->suggestions, hire);
}

/* Adds hires starting in month m until month t's need is met, the cap is
 * reached or one more hire changes nothing; returns the hires added */
static double
hire_for_month (HrForecast       *f,
                const HrRoleData *role,
                guint             r,
                Staff            *staff,
                const double     *stay,
                const double     *need,
                guint             t,
                int               m,
                double            budget)
{
  double step = stay[role->ramp->len];
  double added = 0;

  /* one fully ramped hire adds stay[len] in month t: all but the last
   * few at once, so that huge needs stay fast, then one by one */
  for (guint round = 0; round < 64 && staff[r].effective[t] < need[t] - 1e-9 && added < budget; round++)
    {
      double short_by = need[t] - 1e-9 - staff[r].effective[t];
      double bulk = round == 0 ? floor (short_by / step) - 1 : 1;
      double before = staff[r].effective[t];

      if (!(bulk >= 1))
        bulk = 1;
      bulk = MIN (bulk, budget - added);
      add_hires (&staff[r], role->ramp, stay, f->n_months, m, bulk);
      record (f, r, m, role->lead_time_months, bulk);
      added += bulk;
      if (!(staff[r].effective[t] > before))
        break;
    }
  return added;
}

static void
plan_role (HrForecast       *f,
           const HrRoleData *role,
           guint             r,
           Staff            *staff,
           const double     *required_by_role)
{
  guint T = f->n_months;
  guint ramp_len = role->ramp->len;
  double keep = pow (1 - role->attrition, 1.0 / 12);
  g_autofree double *stay = g_new (double, T);
  g_autofree double *need = g_new (double, T);
  const double *required = required_by_role ? required_by_role + (gsize) r * T
                                            : hr_forecast_role_metric (f, r, HR_ROLE_REQUIRED_FTE);
  double suggested = 0;

  for (guint d = 0; d < T; d++)
    stay[d] = pow (keep, d);
  for (guint t = 0; t < T; t++)
    {
      if (f->assumptions[r].manages >= 0)
        need[t] = staff[f->assumptions[r].manages].headcount[t] / role->span / role->target_load;
      else
        need[t] = required[t] / role->target_load;
    }

  for (guint t = 0; t < T; t++)
    {
      int m = (int) t - (int) ramp_len;

      if (m < role->lead_time_months || !(staff[r].effective[t] < need[t] - 1e-9) ||
          suggested >= HR_MAX_SUGGESTED_HIRES)
        continue;
      suggested += hire_for_month (f, role, r, staff, stay, need, t, m,
                                   HR_MAX_SUGGESTED_HIRES - suggested);
    }

  for (guint t = 0; t < T; t++)
    {
      f->late[r * T + t] = staff[r].effective[t] < need[t] - 1e-9;
      f->need[r * T + t] = need[t];
    }
}

static gint
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const HrSuggestedHire *x = a, *y = b;

  if (x->role != y->role)
    return (int) x->role - (int) y->role;
  return (int) x->month - (int) y->month;
}

void
hr_planner_run (HrForecast          *f,
                const HrEngineInput *input)
{
  hr_planner_run_to (f, input, NULL);
}

void
hr_planner_run_to (HrForecast          *f,
                   const HrEngineInput *input,
                   const double        *required)
{
  guint R = f->n_roles, T = f->n_months;
  g_autofree Staff *staff = g_new0 (Staff, R);

  for (guint r = 0; r < R; r++)
    {
      staff[r].headcount = g_memdup2 (hr_forecast_role_metric (f, r, HR_ROLE_HEADCOUNT), T * sizeof (double));
      staff[r].effective = g_memdup2 (hr_forecast_role_metric (f, r, HR_ROLE_EFFECTIVE_FTE), T * sizeof (double));
    }
  /* roles that do the work first, then managers, each in file order */
  for (int pass = 0; pass < 2; pass++)
    for (guint r = 0; r < R; r++)
      if ((input->role_manages[r] >= 0) == (pass == 1))
        plan_role (f, &input->roles[r], r, staff, required);
  g_array_sort (f->suggestions, compare_suggestions);

  for (guint r = 0; r < R; r++)
    {
      g_free (staff[r].headcount);
      g_free (staff[r].effective);
    }
}

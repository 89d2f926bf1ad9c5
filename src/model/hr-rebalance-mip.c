/* hr-rebalance-mip.c: the rebalancing programme and its search in GLPK
 *
 * Columns: y[c,i], how many accounts of class c go to its i-th person
 * (integer; the owner is slot 0), then o[p] ≥ 0, person p's hours over the
 * limit, then z, the highest load. Rows: each class places all its
 * accounts; o[p] ≥ fixed[p] + Σ w[c] y[c,p] − limit[p]. Stage 1 minimises
 * Σ o; stage 2 bounds Σ o by that least + 1e-6, adds for each book the
 * fewest accounts it must shed, and minimises the transfers; stage 3 bounds
 * the transfers too and minimises z. Each stage starts from the previous
 * answer, and stops early when the LP bound proves that answer optimal.
 *
 * GLPK keeps its environment per thread (Debian's libglpk 5.0 is built
 * with _Thread_local), so searches may run on worker threads; each search
 * frees its thread's environment when it is done.
 */
#include "config.h"

#include <glpk.h>
#include <math.h>
#include <string.h>

#include "hr-rebalance-private.h"

#define OVER_TOLERANCE 1e-6
/* Above this many columns the last, best-effort stage stops at the local
 * search: GLPK's node LPs get too slow to stop within the time limit */
#define SPREAD_BRANCH_COLUMNS 10000
/* Above this many columns the search makes no cuts and branches by
 * Driebeck-Tomlin instead of pseudocosts */
#define CUT_COLUMNS 10000
/* The last stage's search stops after this many nodes (about half a
 * second on a 2-core machine), so that the same books give the same moves
 * however busy the machine; it stops at this time only on a slow one */
#define SPREAD_BRANCH_NODES 400
#define SPREAD_BRANCH_USEC (5 * G_USEC_PER_SEC)

typedef struct {
  HrRebalanceSearch *search;
  HrRebalanceStage   stage;
  double            *seed;        /* x[1..n] offered at the first node, or NULL */
  gboolean           seeded;
  gboolean           cancelled;
  gint64             last_progress;
  int                max_nodes;   /* the nodes the search may make, or 0 for any */
  int                nodes;       /* it has made */
} Callback;

typedef struct {
  HrRebalanceSearch *search;
  glp_prob          *lp;
  guint              n_y;
  guint              col_over;    /* first o[p] column */
  guint              col_z;
  guint              n_cols;
  gint64             lp_usec;     /* how long the last LP took: a node's LP may take as long */
} Programme;

static int
remaining_ms (HrRebalanceSearch *search)
{
  gint64 left = search->deadline - g_get_monotonic_time ();

  return left > 0 ? (int) MIN (left / 1000, G_MAXINT) : 0;
}

static void
search_callback (glp_tree *tree,
                 void     *info)
{
  Callback *cb = info;
  HrRebalanceSearch *search = cb->search;
  gint64 now = g_get_monotonic_time ();

  if (g_cancellable_is_cancelled (search->cancellable))
    {
      cb->cancelled = TRUE;
      glp_ios_terminate (tree);
      return;
    }
  if (now >= search->deadline)
    {
      glp_ios_terminate (tree);
      return;
    }
  {
    int active, current;

    glp_ios_tree_size (tree, &active, &current, &cb->nodes);
  }
  if (cb->max_nodes > 0 && cb->nodes >= cb->max_nodes)
    {
      glp_ios_terminate (tree);
      return;
    }
  if (glp_ios_reason (tree) == GLP_IHEUR && cb->seed && !cb->seeded)
    {
      cb->seeded = TRUE;
      glp_ios_heur_sol (tree, cb->seed);
    }
  if (search->progress && now - cb->last_progress > G_USEC_PER_SEC / 10)
    {
      cb->last_progress = now;
      search->progress (cb->stage, (now - search->started) / (double) G_USEC_PER_SEC, search->progress_data);
    }
}

static void
build (Programme         *prog,
       HrRebalanceSearch *search)
{
  HrRebalanceProblem *problem = search->problem;
  guint P = problem->P, C = search->classes->len;
  guint nnz = 2 * search->n_columns + P;
  g_autofree int *ia = g_new0 (int, nnz + 1);
  g_autofree int *ja = g_new0 (int, nnz + 1);
  g_autofree double *ar = g_new0 (double, nnz + 1);
  guint k = 0;

  prog->search = search;
  prog->n_y = search->n_columns;
  prog->col_over = prog->n_y + 1;
  prog->col_z = prog->n_y + P + 1;
  prog->n_cols = prog->col_z;
  prog->lp = glp_create_prob ();
  glp_set_obj_dir (prog->lp, GLP_MIN);
  glp_add_cols (prog->lp, prog->n_cols);
  glp_add_rows (prog->lp, C + P);

  for (guint c = 0; c < C; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);

      glp_set_row_bnds (prog->lp, c + 1, GLP_FX, class->n, class->n);
      for (guint i = 0; i < class->n_slots; i++)
        {
          int col = class->first + i + 1;
          int over_row = C + class->slots[i] + 1;

          glp_set_col_kind (prog->lp, col, GLP_IV);
          if (class->n == 1)
            glp_set_col_bnds (prog->lp, col, GLP_DB, 0, 1);
          else
            glp_set_col_bnds (prog->lp, col, GLP_DB, 0, class->n);
          k++, ia[k] = c + 1, ja[k] = col, ar[k] = 1;
          k++, ia[k] = over_row, ja[k] = col, ar[k] = class->workload;
        }
    }
  for (guint p = 0; p < P; p++)
    {
      glp_set_col_bnds (prog->lp, prog->col_over + p, GLP_LO, 0, 0);
      glp_set_row_bnds (prog->lp, C + p + 1, GLP_UP, 0, problem->limit_hours[p] - search->fixed[p]);
      k++, ia[k] = C + p + 1, ja[k] = prog->col_over + p, ar[k] = -1;
    }
  glp_set_col_bnds (prog->lp, prog->col_z, GLP_LO, 0, 0);
  glp_load_matrix (prog->lp, k, ia, ja, ar);
}

/* The columns' values for a solution in counts */
static double *
point_of (Programme *prog,
          const int *counts)
{
  HrRebalanceSearch *search = prog->search;
  HrRebalanceProblem *problem = search->problem;
  double *x = g_new0 (double, prog->n_cols + 1);
  g_autofree double *load = g_new0 (double, problem->P + 1);
  double highest = 0;

  memcpy (load, search->fixed, problem->P * sizeof (double));
  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      for (guint i = 0; i < class->n_slots; i++)
        {
          x[class->first + i + 1] = counts[class->first + i];
          load[class->slots[i]] += counts[class->first + i] * class->workload;
        }
    }
  for (guint p = 0; p < problem->P; p++)
    {
      x[prog->col_over + p] = MAX (0, load[p] - problem->limit_hours[p]);
      highest = MAX (highest, load[p] / problem->capacity[p]);
    }
  x[prog->col_z] = highest;
  return x;
}

static void
set_objective (Programme    *prog,
               const double *coefficients)
{
  for (guint col = 1; col <= prog->n_cols; col++)
    glp_set_obj_coef (prog->lp, col, coefficients[col]);
}

/* The LP relaxation; FALSE when it could not be solved in time */
static gboolean
relax (Programme *prog,
       double    *bound)
{
  glp_smcp smcp;

  gint64 started = g_get_monotonic_time ();

  glp_init_smcp (&smcp);
  smcp.msg_lev = GLP_MSG_OFF;
  smcp.tm_lim = remaining_ms (prog->search);
  if (smcp.tm_lim <= 0 || glp_simplex (prog->lp, &smcp) != 0 || glp_get_status (prog->lp) != GLP_OPT)
    {
      /* a broken warm start is retried from scratch once */
      glp_std_basis (prog->lp);
      smcp.tm_lim = remaining_ms (prog->search);
      if (smcp.tm_lim <= 0 || glp_simplex (prog->lp, &smcp) != 0 || glp_get_status (prog->lp) != GLP_OPT)
        return FALSE;
    }
  *bound = glp_get_obj_val (prog->lp);
  prog->lp_usec = g_get_monotonic_time () - started;
  return TRUE;
}

/* Branch and bound from @counts, of at most @max_nodes nodes (0: as many
 * as the time allows); updates @counts with what it found. Returns TRUE
 * when the search finished (optimal or proven nothing better);
 * @cancelled is set when it was stopped by the cancellable. */
static gboolean
branch (Programme        *prog,
        HrRebalanceStage  stage,
        int              *counts,
        double            gap,
        int               max_nodes,
        gboolean         *cancelled)
{
  g_autofree double *seed = point_of (prog, counts);
  Callback cb = { prog->search, stage, seed, .max_nodes = max_nodes };
  HrRebalanceSearch *search = prog->search;
  gint64 deadline = search->deadline;
  glp_iocp iocp;
  int status, ret;

  /* GLPK looks at the time between node LPs: stop early enough that the
   * last one still ends within the limit */
  search->deadline -= prog->lp_usec;
  glp_init_iocp (&iocp);
  iocp.msg_lev = GLP_MSG_OFF;
  iocp.presolve = GLP_OFF;           /* glp_ios_heur_sol needs the problem as built */
  /* pseudocosts start with a trial LP per candidate, minutes on a large
   * programme before the search looks at the time */
  iocp.br_tech = prog->n_y <= CUT_COLUMNS ? GLP_BR_PCH : GLP_BR_DTH;
  iocp.bt_tech = GLP_BT_BPH;           /* best projection: measured the fastest here */
  /* cuts pay on small programmes; on large ones GLPK spends minutes making
   * them without looking at the time limit */
  iocp.mir_cuts = prog->n_y <= CUT_COLUMNS ? GLP_ON : GLP_OFF;
  iocp.cov_cuts = prog->n_y <= CUT_COLUMNS ? GLP_ON : GLP_OFF;
  iocp.mip_gap = gap;
  iocp.cb_func = search_callback;
  iocp.cb_info = &cb;
  iocp.tm_lim = remaining_ms (prog->search);
  if (iocp.tm_lim <= 0)
    {
      search->deadline = deadline;
      return FALSE;
    }

  ret = glp_intopt (prog->lp, &iocp);
  g_debug ("rebalance: stage %d searched %d nodes", stage, cb.nodes);
  search->deadline = deadline;
  *cancelled = cb.cancelled;
  status = glp_mip_status (prog->lp);
  if (status == GLP_OPT || status == GLP_FEAS)
    for (guint col = 0; col < prog->n_y; col++)
      counts[col] = (int) lround (glp_mip_col_val (prog->lp, col + 1));
  return ret == 0 && status == GLP_OPT;
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
add_row (Programme    *prog,
         int           type,
         double        low,
         double        high,
         guint         n,
         const int    *cols,
         const double *values)
{
  int row = glp_add_rows (prog->lp, 1);
  g_autofree int *ind = g_new (int, n + 1);
  g_autofree double *val = g_new (double, n + 1);

  /* GLPK's arrays count from 1 */
  memcpy (ind + 1, cols, n * sizeof (int));
  memcpy (val + 1, values, n * sizeof (double));
  glp_set_row_bnds (prog->lp, row, type, low, high);
  glp_set_mat_row (prog->lp, row, n, ind, val);
}

/* Each book over its limit by more than the over-limit hours allowed must
 * shed at least as many of its own accounts as its largest ones that make
 * up the difference: Σ y[c, owner p] ≤ (its movable accounts) − k[p].
 * These transfers are distinct, so Σ k[p] bounds the transfers from below.
 * Adds the rows when @prog is not NULL; returns Σ k[p]. */
static guint
shedding_bound (HrRebalanceSearch *search,
                Programme         *prog,
                double             allowed_over)
{
  HrRebalanceProblem *problem = search->problem;
  g_autofree int *cols = g_new0 (int, search->classes->len + 1);
  g_autofree double *ones = g_new0 (double, search->classes->len + 1);
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  guint bound = 0;

  for (guint p = 0; p < problem->P; p++)
    {
      double total = search->fixed[p], excess, shed = 0;
      guint n = 0, owned = 0, k = 0;

      g_array_set_size (sizes, 0);
      for (guint c = 0; c < search->classes->len; c++)
        {
          const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);

          if (class->owner != (int) p)
            continue;
          total += class->n * class->workload;
          owned += class->n;
          cols[n] = class->first + 1;
          ones[n] = 1;
          n++;
          for (guint m = 0; m < class->n; m++)
            g_array_append_val (sizes, class->workload);
        }
      excess = total - problem->limit_hours[p] - allowed_over;
      if (n == 0 || excess <= 1e-9)
        continue;
      g_array_sort (sizes, compare_descending);
      while (k < sizes->len && shed < excess - 1e-9)
        shed += g_array_index (sizes, double, k++);
      bound += k;
      if (prog)
        add_row (prog, GLP_UP, 0, owned - k, n, cols, ones);
    }
  return bound;
}

/* Stage 1: the least over-limit hours */
static gboolean
least_over (Programme *prog,
            int       *counts,
            gboolean  *proven,
            gboolean  *cancelled)
{
  g_autofree double *objective = g_new0 (double, prog->n_cols + 1);
  double bound;

  HrRebalanceSearch *search = prog->search;
  HrRebalanceProblem *problem = search->problem;
  double total = 0, room = 0;

  /* every placed hour lands in some book: the books together are over by
   * at least what the workload exceeds the limits, and never by less than
   * nothing; an answer at that bound needs no LP to be proven */
  for (guint p = 0; p < problem->P; p++)
    {
      total += search->fixed[p];
      room += problem->limit_hours[p];
    }
  for (guint c = 0; c < search->classes->len; c++)
    total += g_array_index (search->classes, HrMoveClass, c).n * g_array_index (search->classes, HrMoveClass, c).workload;
  if (hr_rebalance_search_over (search, counts) <= MAX (0, total - room) + 1e-7)
    {
      *proven = TRUE;
      return TRUE;
    }
  for (guint p = 0; p < prog->search->problem->P; p++)
    objective[prog->col_over + p] = 1;
  set_objective (prog, objective);
  if (!relax (prog, &bound))
    return FALSE;
  g_debug ("rebalance: stage 1 bound %g h, greedy %g h", bound, hr_rebalance_search_over (prog->search, counts));
  if (hr_rebalance_search_over (prog->search, counts) <= bound + 1e-7)
    *proven = TRUE;
  else
    *proven = branch (prog, HR_REBALANCE_STAGE_OVER, counts, 0, 0, cancelled);
  return !*cancelled;
}

/* Stage 2: the fewest transfers within 1e-6 h of the least over-limit hours */
static gboolean
fewest_transfers (Programme *prog,
                  int       *counts,
                  double     least_over,
                  gboolean  *proven,
                  gboolean  *cancelled)
{
  HrRebalanceSearch *search = prog->search;
  guint P = search->problem->P;
  g_autofree double *objective = g_new0 (double, prog->n_cols + 1);
  g_autofree int *cols = g_new0 (int, P + 1);
  g_autofree double *ones = g_new0 (double, P + 1);
  double bound, owned = 0;

  for (guint p = 0; p < P; p++)
    {
      cols[p] = prog->col_over + p;
      ones[p] = 1;
    }
  add_row (prog, GLP_UP, 0, least_over + OVER_TOLERANCE, P, cols, ones);
  /* the books that must shed accounts bound the transfers from below */
  if (hr_rebalance_search_transfers (search, counts) <= shedding_bound (search, NULL, least_over + OVER_TOLERANCE))
    {
      *proven = TRUE;
      return TRUE;
    }
  shedding_bound (search, prog, least_over + OVER_TOLERANCE);
  /* transfers = Σ n[c] − Σ y[c, owner]: maximise what stays */
  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      if (class->owner >= 0)
        {
          objective[class->first + 1] = -1;
          owned += class->n;
        }
    }
  set_objective (prog, objective);
  if (!relax (prog, &bound))
    return FALSE;
  g_debug ("rebalance: stage 2 bound %g transfers, shedding bound %u, start %u", ceil (owned + bound - 1e-6),
           shedding_bound (search, NULL, least_over + OVER_TOLERANCE), hr_rebalance_search_transfers (search, counts));
  if (hr_rebalance_search_transfers (search, counts) <= ceil (owned + bound - 1e-6))
    *proven = TRUE;
  else
    {
      /* the same programme for other solvers, as docs/performance.md
       * compares them */
      if (g_getenv ("HR_REBALANCE_LP"))
        glp_set_prob_name (prog->lp, "rebalance"),
        glp_write_lp (prog->lp, NULL, g_getenv ("HR_REBALANCE_LP"));
      *proven = branch (prog, HR_REBALANCE_STAGE_TRANSFERS, counts, 0, 0, cancelled);
    }
  return !*cancelled;
}

/* Stage 3 starts by lowering the highest load with moves that cost no
 * transfer: an assigned account, or one already transferred, goes from the
 * fullest book to the one it leaves lowest, while that lowers the pair's
 * higher load and adds no hours over a limit. */
static void
lower_peak_locally (HrRebalanceSearch *search,
                    int               *counts)
{
  HrRebalanceProblem *problem = search->problem;
  guint P = problem->P;
  g_autofree double *load = g_new0 (double, P + 1);
  g_autofree gboolean *stuck = g_new0 (gboolean, P + 1);

  memcpy (load, search->fixed, P * sizeof (double));
  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      for (guint i = 0; i < class->n_slots; i++)
        load[class->slots[i]] += counts[class->first + i] * class->workload;
    }

  for (guint step = 0; step < 8 * problem->J + 16; step++)
    {
      int p = -1, best_class = -1;
      guint from = 0, to = 0;
      double best_peak;

      for (guint q = 0; q < P; q++)
        if (!stuck[q] && (p < 0 || load[q] / problem->capacity[q] > load[p] / problem->capacity[p]))
          p = q;
      if (p < 0 || g_cancellable_is_cancelled (search->cancellable) ||
          g_get_monotonic_time () >= search->deadline)
        break;
      best_peak = load[p] / problem->capacity[p] - 1e-12;
      for (guint c = 0; c < search->classes->len; c++)
        {
          const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
          double w = class->workload;
          int at = -1;

          for (guint i = class->owner >= 0 ? 1 : 0; i < class->n_slots; i++)
            if ((int) class->slots[i] == p && counts[class->first + i] > 0)
              at = i;
          if (at < 0)
            continue;
          for (guint i = class->owner >= 0 ? 1 : 0; i < class->n_slots; i++)
            {
              guint q = class->slots[i];
              double peak = MAX ((load[q] + w) / problem->capacity[q], (load[p] - w) / problem->capacity[p]);

              if ((int) i == at || load[q] + w > MAX (problem->limit_hours[q], load[q]) + 1e-9)
                continue;
              if (peak < best_peak)
                {
                  best_peak = peak;
                  best_class = c;
                  from = at;
                  to = i;
                }
            }
        }
      if (best_class < 0)
        {
          /* the fullest book cannot come down: the others may still */
          stuck[p] = TRUE;
          continue;
        }
      else
        {
          const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, best_class);

          counts[class->first + from]--;
          counts[class->first + to]++;
          load[class->slots[from]] -= class->workload;
          load[class->slots[to]] += class->workload;
          memset (stuck, 0, P * sizeof (gboolean));
        }
    }
}

/* Stage 3, best effort: the lowest highest load with no more transfers */
static gboolean
lowest_peak (Programme *prog,
             int       *counts,
             double     least_over,
             gboolean  *cancelled)
{
  HrRebalanceSearch *search = prog->search;
  HrRebalanceProblem *problem = search->problem;
  guint C = search->classes->len, P = problem->P;
  g_autofree double *objective = g_new0 (double, prog->n_cols + 1);
  g_autofree int *cols = g_new0 (int, MAX (C, search->n_columns) + 2);
  g_autofree double *values = g_new0 (double, MAX (C, search->n_columns) + 2);
  g_autofree int *best = g_memdup2 (counts, search->n_columns * sizeof (int));
  guint transfers = hr_rebalance_search_transfers (search, counts);
  double owned = 0, bound, peak;
  guint n = 0;

  for (guint c = 0; c < C; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      if (class->owner < 0)
        continue;
      cols[n] = class->first + 1;
      values[n++] = 1;
      owned += class->n;
    }
  if (n > 0)
    add_row (prog, GLP_LO, owned - transfers, 0, n, cols, values);
  for (guint p = 0; p < P; p++)
    {
      n = 0;
      for (guint c = 0; c < C; c++)
        {
          const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
          for (guint i = 0; i < class->n_slots; i++)
            if (class->slots[i] == p)
              {
                cols[n] = class->first + i + 1;
                values[n++] = class->workload;
              }
        }
      cols[n] = prog->col_z;
      values[n++] = -problem->capacity[p];
      add_row (prog, GLP_UP, 0, -search->fixed[p], n, cols, values);
    }
  objective[prog->col_z] = 1;
  set_objective (prog, objective);
  lower_peak_locally (search, counts);
  memcpy (best, counts, search->n_columns * sizeof (int));
  peak = hr_rebalance_search_max_load (search, counts);
  /* branching on a large programme would not stop in time */
  if (search->n_columns > SPREAD_BRANCH_COLUMNS)
    return TRUE;
  if (!relax (prog, &bound) || peak <= bound + 1e-9)
    return TRUE;
  g_debug ("rebalance: stage 3 relaxed at %.3f s, bound %g, peak %g", (g_get_monotonic_time () - search->started) / 1e6,
           bound, peak);
  /* best effort: a short search, not the rest of the time limit */
  search->deadline = MIN (search->deadline, g_get_monotonic_time () + SPREAD_BRANCH_USEC);
  branch (prog, HR_REBALANCE_STAGE_SPREAD, counts, 1e-4, SPREAD_BRANCH_NODES, cancelled);
  if (*cancelled)
    return FALSE;
  /* keep the answer only when it is no worse on the first two priorities */
  if (hr_rebalance_search_over (search, counts) > least_over + OVER_TOLERANCE ||
      hr_rebalance_search_transfers (search, counts) > transfers ||
      hr_rebalance_search_max_load (search, counts) >= peak)
    memcpy (counts, best, search->n_columns * sizeof (int));
  return TRUE;
}

gboolean
hr_rebalance_mip_solve (HrRebalanceSearch *search,
                        int               *counts,
                        gboolean          *proven)
{
  Programme prog = { 0 };
  gboolean over_proven = FALSE, transfers_proven = FALSE, cancelled = FALSE;
  g_autofree int *start = g_memdup2 (counts, (search->n_columns + 1) * sizeof (int));
  double least;

  *proven = FALSE;
  if (search->n_columns == 0)
    {
      *proven = TRUE;
      return TRUE;
    }
  glp_term_out (GLP_OFF);
  build (&prog, search);
  g_debug ("rebalance: %u classes, %u columns, built at %.3f s", search->classes->len, search->n_columns,
           (g_get_monotonic_time () - search->started) / 1e6);

  if (!least_over (&prog, counts, &over_proven, &cancelled))
    goto out;
  least = hr_rebalance_search_over (search, counts);
  g_debug ("rebalance: stage 1 %s at %.3f s, %g h over", over_proven ? "proven" : "open",
           (g_get_monotonic_time () - search->started) / 1e6, least);
  /* the greedy answer may be as good on over-limit hours with fewer transfers */
  if (hr_rebalance_search_over (search, start) <= least + OVER_TOLERANCE &&
      hr_rebalance_search_transfers (search, start) < hr_rebalance_search_transfers (search, counts))
    memcpy (counts, start, search->n_columns * sizeof (int));
  if (!fewest_transfers (&prog, counts, least, &transfers_proven, &cancelled))
    goto out;
  *proven = over_proven && transfers_proven;
  g_debug ("rebalance: stage 2 %s at %.3f s, %u transfers", transfers_proven ? "proven" : "open",
           (g_get_monotonic_time () - search->started) / 1e6, hr_rebalance_search_transfers (search, counts));
  lowest_peak (&prog, counts, least, &cancelled);

  g_debug ("rebalance: stage 3 at %.3f s, peak %g", (g_get_monotonic_time () - search->started) / 1e6,
           hr_rebalance_search_max_load (search, counts));
out:
  glp_delete_prob (prog.lp);
  glp_free_env ();
  return !cancelled;
}

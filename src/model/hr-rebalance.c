/* hr-rebalance.c: what may move where, the greedy first answer, and the
 * result of rebalancing (spec §5.2) */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-rebalance-private.h"

struct _HrRebalance
{
  GObject  parent_instance;

  HrBooks *books;
  GArray  *moves;        /* HrMove */
  int     *owner_after;  /* [J] */
  double  *load_before;  /* [P] */
  double  *load_after;   /* [P] */
  double   over_before;
  double   over_after;
  guint    transfers;
  guint    assignments;
  gboolean optimal;
  double   seconds;
};

G_DEFINE_FINAL_TYPE (HrRebalance, hr_rebalance, G_TYPE_OBJECT)

/* --- the problem --- */

HrRebalanceProblem *
hr_rebalance_problem_new (HrBooks *books)
{
  HrRebalanceProblem *self = g_new0 (HrRebalanceProblem, 1);

  g_return_val_if_fail (HR_IS_BOOKS (books), NULL);

  self->books = g_object_ref (books);
  self->P = hr_books_get_n_people (books);
  self->J = hr_books_get_n_accounts (books);
  for (guint j = 0; j < self->J; j++)
    self->G = MAX (self->G, hr_books_get_account (books, j)->segment + 1);
  self->capacity = g_new0 (double, self->P + 1);
  self->limit_hours = g_new0 (double, self->P + 1);
  self->workload = g_new0 (double, self->J + 1);
  self->owner = g_new0 (int, self->J + 1);
  self->segment = g_new0 (guint, self->J + 1);
  self->arr = g_new0 (double, self->J + 1);
  self->movable = g_new0 (guint8, self->J + 1);
  self->takes = g_new0 (guint8, (gsize) self->G * self->P + 1);

  for (guint p = 0; p < self->P; p++)
    {
      const HrBook *book = hr_books_get_person (books, p);
      self->capacity[p] = book->capacity;
      self->limit_hours[p] = book->limit * book->capacity;
    }
  for (guint g = 0; g < self->G; g++)
    for (guint p = 0; p < self->P; p++)
      self->takes[(gsize) g * self->P + p] = hr_books_person_takes (books, p, g);
  for (guint j = 0; j < self->J; j++)
    {
      const HrBookAccount *a = hr_books_get_account (books, j);

      self->workload[j] = a->workload;
      self->owner[j] = a->owner;
      self->segment[j] = a->segment;
      self->arr[j] = a->arr;
      /* a pinned account keeps its owner (or stays unassigned); a frozen
       * owned one keeps its owner */
      self->movable[j] = !a->pinned && !(a->frozen && a->owner >= 0);
    }
  return self;
}

void
hr_rebalance_problem_free (HrRebalanceProblem *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->books);
  g_free (self->capacity);
  g_free (self->limit_hours);
  g_free (self->workload);
  g_free (self->owner);
  g_free (self->segment);
  g_free (self->arr);
  g_free (self->movable);
  g_free (self->takes);
  g_free (self);
}

void
hr_rebalance_problem_keep (HrRebalanceProblem *self,
                           guint               account)
{
  g_return_if_fail (account < self->J);
  self->movable[account] = FALSE;
}

gboolean
hr_rebalance_problem_is_kept (HrRebalanceProblem *self,
                              guint               account)
{
  g_return_val_if_fail (account < self->J, FALSE);
  return !self->movable[account];
}

guint
hr_rebalance_problem_get_n_movable (HrRebalanceProblem *self)
{
  guint n = 0;

  for (guint j = 0; j < self->J; j++)
    n += self->movable[j];
  return n;
}

/* --- classes of alike accounts --- */

static gboolean
takes (HrRebalanceProblem *problem,
       guint               segment,
       guint               person)
{
  return problem->takes[(gsize) segment * problem->P + person];
}

static void
clear_class (gpointer data)
{
  HrMoveClass *c = data;

  g_free (c->members);
  g_free (c->slots);
}

typedef struct {
  HrRebalanceProblem *problem;
} SortContext;

/* Within a class, the smaller customers move first: the leader keeps the
 * largest relationships where they are */
static int
compare_members (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  HrRebalanceProblem *problem = data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (problem->arr[x] != problem->arr[y])
    return problem->arr[x] < problem->arr[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

static void
build_classes (HrRebalanceSearch *search)
{
  HrRebalanceProblem *problem = search->problem;
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  search->classes = g_array_new (FALSE, TRUE, sizeof (HrMoveClass));
  g_array_set_clear_func (search->classes, clear_class);
  search->fixed = g_new0 (double, problem->P + 1);

  for (guint j = 0; j < problem->J; j++)
    {
      g_autofree char *key = NULL;
      gpointer found;
      guint c;
      gboolean anyone = FALSE;

      if (problem->movable[j] && problem->owner[j] < 0)
        for (guint p = 0; p < problem->P && !anyone; p++)
          anyone = takes (problem, problem->segment[j], p);
      /* an unassigned account that no one may take stays unassigned */
      if (!problem->movable[j] || (problem->owner[j] < 0 && !anyone))
        {
          if (problem->owner[j] >= 0)
            search->fixed[problem->owner[j]] += problem->workload[j];
          continue;
        }
      /* the workload's bits: only exactly equal accounts are alike */
      key = g_strdup_printf ("%d/%u/%a", problem->owner[j], problem->segment[j], problem->workload[j]);
      if (g_hash_table_lookup_extended (index, key, NULL, &found))
        c = GPOINTER_TO_UINT (found);
      else
        {
          HrMoveClass class = { problem->owner[j], problem->segment[j], problem->workload[j] };

          c = search->classes->len;
          g_array_append_val (search->classes, class);
          g_ptr_array_add (members, g_array_new (FALSE, FALSE, sizeof (guint)));
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (c));
        }
      g_array_append_val ((GArray *) members->pdata[c], j);
    }

  search->n_columns = 0;
  for (guint c = 0; c < search->classes->len; c++)
    {
      HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      GArray *list = members->pdata[c];

      g_array_sort_with_data (list, compare_members, problem);
      class->n = list->len;
      class->members = g_memdup2 (list->data, list->len * sizeof (guint));
      class->slots = g_new0 (guint, problem->P + 1);
      if (class->owner >= 0)
        class->slots[class->n_slots++] = class->owner;
      for (guint p = 0; p < problem->P; p++)
        if ((int) p != class->owner && takes (problem, class->segment, p))
          class->slots[class->n_slots++] = p;
      class->first = search->n_columns;
      search->n_columns += class->n_slots;
    }
}

/* --- measures of a solution in counts --- */

static void
loads_of (HrRebalanceSearch *search,
          const int         *counts,
          double            *load)
{
  HrRebalanceProblem *problem = search->problem;

  memcpy (load, search->fixed, problem->P * sizeof (double));
  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      for (guint i = 0; i < class->n_slots; i++)
        load[class->slots[i]] += counts[class->first + i] * class->workload;
    }
}

double
hr_rebalance_search_over (HrRebalanceSearch *search,
                          const int         *counts)
{
  HrRebalanceProblem *problem = search->problem;
  g_autofree double *load = g_new (double, problem->P + 1);
  double over = 0;

  loads_of (search, counts, load);
  for (guint p = 0; p < problem->P; p++)
    over += MAX (0, load[p] - problem->limit_hours[p]);
  return over;
}

guint
hr_rebalance_search_transfers (HrRebalanceSearch *search,
                               const int         *counts)
{
  guint transfers = 0;

  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      if (class->owner >= 0)
        transfers += class->n - counts[class->first];
    }
  return transfers;
}

double
hr_rebalance_search_max_load (HrRebalanceSearch *search,
                              const int         *counts)
{
  HrRebalanceProblem *problem = search->problem;
  g_autofree double *load = g_new (double, problem->P + 1);
  double highest = 0;

  loads_of (search, counts, load);
  for (guint p = 0; p < problem->P; p++)
    highest = MAX (highest, load[p] / problem->capacity[p]);
  return highest;
}

/* --- the greedy first answer --- */

static double
over_of (double load,
         double limit)
{
  return MAX (0, load - limit);
}

/* Unassigned accounts, the largest first, go where there is most room;
 * then the fullest book sheds accounts: first ones that cost no transfer,
 * then one account that fits it under its limit into another book's room
 * (the smallest such), else the move that takes the most over-limit hours
 * off; last, moves that turn out not to help are taken back. */
static void
greedy (HrRebalanceSearch *search,
        int               *counts)
{
  HrRebalanceProblem *problem = search->problem;
  GArray *classes = search->classes;
  guint P = problem->P;
  g_autofree double *load = g_new0 (double, P + 1);
  g_autofree gboolean *exhausted = g_new0 (gboolean, P + 1);
  guint steps = 0;

  memset (counts, 0, search->n_columns * sizeof (int));
  for (guint c = 0; c < classes->len; c++)
    {
      HrMoveClass *class = &g_array_index (classes, HrMoveClass, c);
      if (class->owner >= 0)
        counts[class->first] = class->n;
    }
  loads_of (search, counts, load);

  /* assignments, the largest accounts first */
  for (;;)
    {
      int best_class = -1;

      for (guint c = 0; c < classes->len; c++)
        {
          HrMoveClass *class = &g_array_index (classes, HrMoveClass, c);
          guint placed = 0;

          if (class->owner >= 0)
            continue;
          for (guint i = 0; i < class->n_slots; i++)
            placed += counts[class->first + i];
          if (placed < class->n &&
              (best_class < 0 || class->workload > g_array_index (classes, HrMoveClass, best_class).workload))
            best_class = c;
        }
      if (best_class < 0)
        break;
      else
        {
          HrMoveClass *class = &g_array_index (classes, HrMoveClass, best_class);
          guint best = 0;

          for (guint i = 1; i < class->n_slots; i++)
            if (problem->limit_hours[class->slots[i]] - load[class->slots[i]] >
                problem->limit_hours[class->slots[best]] - load[class->slots[best]])
              best = i;
          counts[class->first + best]++;
          load[class->slots[best]] += class->workload;
        }
    }

  /* the fullest book sheds accounts while that helps */
  while (steps++ < 4 * problem->J + 16)
    {
      int p = -1, move_class = -1;
      guint move_from = 0, move_to = 0;
      double best_score = 0, excess;

      for (guint q = 0; q < P; q++)
        if (!exhausted[q] && load[q] - problem->limit_hours[q] > 1e-9 &&
            (p < 0 || load[q] - problem->limit_hours[q] > load[p] - problem->limit_hours[p]))
          p = q;
      if (p < 0)
        break;
      excess = load[p] - problem->limit_hours[p];

      for (guint c = 0; c < classes->len; c++)
        {
          HrMoveClass *class = &g_array_index (classes, HrMoveClass, c);
          double w = class->workload;
          int at = -1;

          for (guint i = 0; i < class->n_slots; i++)
            if ((int) class->slots[i] == p && counts[class->first + i] > 0)
              at = i;
          if (at < 0 || w <= 0)
            continue;
          for (guint i = 0; i < class->n_slots; i++)
            {
              guint q = class->slots[i];
              double room = problem->limit_hours[q] - load[q];
              double gain, score;
              gboolean costs;

              if ((int) i == at)
                continue;
              gain = over_of (load[p], problem->limit_hours[p]) - over_of (load[p] - w, problem->limit_hours[p]) +
                     over_of (load[q], problem->limit_hours[q]) - over_of (load[q] + w, problem->limit_hours[q]);
              if (gain <= 1e-9)
                continue;
              /* a transfer costs when it takes an account from its owner
               * to someone else; moving back to the owner saves one */
              costs = class->owner >= 0 && at == 0;
              if (w >= excess - 1e-9 && w <= room + 1e-9)
                score = 3e12 - (costs ? 1e12 : 0) - w;     /* fixes the book in one move */
              else
                score = (costs ? 1e9 : 2e9) + gain;
              if (score > best_score)
                {
                  best_score = score;
                  move_class = c;
                  move_from = at;
                  move_to = i;
                }
            }
        }
      if (move_class < 0)
        {
          exhausted[p] = TRUE;
          continue;
        }
      else
        {
          HrMoveClass *class = &g_array_index (classes, HrMoveClass, move_class);

          counts[class->first + move_from]--;
          counts[class->first + move_to]++;
          load[class->slots[move_from]] -= class->workload;
          load[class->slots[move_to]] += class->workload;
        }
    }

  /* take back transfers that do not lower the over-limit hours */
  for (guint c = 0; c < classes->len; c++)
    {
      HrMoveClass *class = &g_array_index (classes, HrMoveClass, c);

      if (class->owner < 0)
        continue;
      for (guint i = 1; i < class->n_slots; i++)
        while (counts[class->first + i] > 0)
          {
            guint q = class->slots[i], o = class->owner;
            double w = class->workload;
            double change = over_of (load[o] + w, problem->limit_hours[o]) - over_of (load[o], problem->limit_hours[o]) +
                            over_of (load[q] - w, problem->limit_hours[q]) - over_of (load[q], problem->limit_hours[q]);

            if (change > 1e-9)
              break;
            counts[class->first + i]--;
            counts[class->first]++;
            load[q] -= w;
            load[o] += w;
          }
    }
}

/* --- the result --- */

static void
hr_rebalance_finalize (GObject *object)
{
  HrRebalance *self = HR_REBALANCE (object);

  g_clear_object (&self->books);
  g_clear_pointer (&self->moves, g_array_unref);
  g_free (self->owner_after);
  g_free (self->load_before);
  g_free (self->load_after);

  G_OBJECT_CLASS (hr_rebalance_parent_class)->finalize (object);
}

static void
hr_rebalance_class_init (HrRebalanceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hr_rebalance_finalize;
}

static void
hr_rebalance_init (HrRebalance *self)
{
  self->moves = g_array_new (FALSE, FALSE, sizeof (HrMove));
}

static HrRebalance *
make_result (HrRebalanceSearch *search,
             const int         *counts)
{
  HrRebalanceProblem *problem = search->problem;
  HrRebalance *self = g_object_new (HR_TYPE_REBALANCE, NULL);
  guint P = problem->P, J = problem->J;

  self->books = g_object_ref (problem->books);
  self->owner_after = g_new0 (int, J + 1);
  self->load_before = g_new0 (double, P + 1);
  self->load_after = g_new0 (double, P + 1);
  memcpy (self->owner_after, problem->owner, J * sizeof (int));

  /* within a class the first members (the smallest customers) move */
  for (guint c = 0; c < search->classes->len; c++)
    {
      const HrMoveClass *class = &g_array_index (search->classes, HrMoveClass, c);
      guint next = 0;

      if (class->owner >= 0)
        {
          /* those that stay with their owner are the class's last ones */
          guint moving = class->n - counts[class->first];
          for (guint i = 1; i < class->n_slots; i++)
            for (int k = 0; k < counts[class->first + i]; k++)
              self->owner_after[class->members[next++]] = class->slots[i];
          g_assert (next == moving);
        }
      else
        for (guint i = 0; i < class->n_slots; i++)
          for (int k = 0; k < counts[class->first + i]; k++)
            self->owner_after[class->members[next++]] = class->slots[i];
    }

  for (guint j = 0; j < J; j++)
    {
      if (problem->owner[j] >= 0)
        self->load_before[problem->owner[j]] += problem->workload[j];
      if (self->owner_after[j] >= 0)
        self->load_after[self->owner_after[j]] += problem->workload[j];
      if (self->owner_after[j] != problem->owner[j])
        {
          HrMove move = { j, problem->owner[j], self->owner_after[j] };

          g_array_append_val (self->moves, move);
          if (move.from >= 0)
            self->transfers++;
          else
            self->assignments++;
        }
    }
  for (guint p = 0; p < P; p++)
    {
      self->over_before += over_of (self->load_before[p], problem->limit_hours[p]);
      self->over_after += over_of (self->load_after[p], problem->limit_hours[p]);
      self->load_before[p] /= problem->capacity[p];
      self->load_after[p] /= problem->capacity[p];
    }
  return self;
}

HrRebalance *
hr_rebalance_solve (HrRebalanceProblem  *problem,
                    double               seconds,
                    GCancellable        *cancellable,
                    HrRebalanceProgress  progress,
                    gpointer             progress_data,
                    GError             **error)
{
  HrRebalanceSearch search = { problem };
  g_autofree int *counts = NULL;
  gboolean proven = FALSE;
  HrRebalance *result;

  g_return_val_if_fail (problem != NULL, NULL);

  if (seconds <= 0)
    seconds = hr_books_get_solve_seconds (problem->books);
  search.started = g_get_monotonic_time ();
  search.deadline = search.started + (gint64) (seconds * G_USEC_PER_SEC);
  search.cancellable = cancellable;
  search.progress = progress;
  search.progress_data = progress_data;

  build_classes (&search);
  counts = g_new0 (int, search.n_columns + 1);
  greedy (&search, counts);
  if (!hr_rebalance_mip_solve (&search, counts, &proven) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      if (error && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      g_array_unref (search.classes);
      g_free (search.fixed);
      return NULL;
    }
  result = make_result (&search, counts);
  result->optimal = proven;
  result->seconds = (g_get_monotonic_time () - search.started) / (double) G_USEC_PER_SEC;
  g_array_unref (search.classes);
  g_free (search.fixed);
  return result;
}

typedef struct {
  HrRebalanceProblem *problem;
  double              seconds;
} SolveTask;

static void
solve_task_free (gpointer data)
{
  SolveTask *task = data;

  hr_rebalance_problem_free (task->problem);
  g_free (task);
}

static void
solve_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  SolveTask *solve = data;
  GError *error = NULL;
  HrRebalance *result = hr_rebalance_solve (solve->problem, solve->seconds, cancellable, NULL, NULL, &error);

  if (result)
    g_task_return_pointer (task, result, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
hr_rebalance_solve_async (HrRebalanceProblem  *problem,
                          double               seconds,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SolveTask *solve = g_new0 (SolveTask, 1);

  solve->problem = problem;
  solve->seconds = seconds;
  g_task_set_source_tag (task, hr_rebalance_solve_async);
  g_task_set_task_data (task, solve, solve_task_free);
  /* the answer of a cancelled search is never wanted */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, solve_thread);
}

HrRebalance *
hr_rebalance_solve_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

HrBooks *hr_rebalance_get_books (HrRebalance *self) { return self->books; }
guint hr_rebalance_get_n_moves (HrRebalance *self) { return self->moves->len; }
double hr_rebalance_get_over_before (HrRebalance *self) { return self->over_before; }
double hr_rebalance_get_over_after (HrRebalance *self) { return self->over_after; }
guint hr_rebalance_get_transfers (HrRebalance *self) { return self->transfers; }
guint hr_rebalance_get_assignments (HrRebalance *self) { return self->assignments; }
gboolean hr_rebalance_get_optimal (HrRebalance *self) { return self->optimal; }
double hr_rebalance_get_seconds (HrRebalance *self) { return self->seconds; }
double hr_rebalance_get_load_before (HrRebalance *self, guint p) { return self->load_before[p]; }
double hr_rebalance_get_load_after (HrRebalance *self, guint p) { return self->load_after[p]; }
int hr_rebalance_get_owner_after (HrRebalance *self, guint j) { return self->owner_after[j]; }

const HrMove *
hr_rebalance_get_move (HrRebalance *self,
                       guint        move)
{
  g_return_val_if_fail (move < self->moves->len, NULL);
  return &g_array_index (self->moves, HrMove, move);
}

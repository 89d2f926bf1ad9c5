/* hr-rebalance.h: rebalancing the books with the fewest transfers (spec
 * §5.2), a mixed-integer programme solved by GLPK
 *
 * Lexicographic: the least over-limit hours, then the fewest transfers
 * among the assignments within 1e-6 hours of that, then (best effort) the
 * lowest highest load. A greedy first answer seeds the search; the time
 * limit bounds the whole search, which says whether its answer is proven
 * optimal for the first two priorities.
 */
#pragma once

#include <gio/gio.h>

#include "hr-books.h"

G_BEGIN_DECLS

typedef struct _HrRebalanceProblem HrRebalanceProblem;

typedef struct {
  guint account;   /* index among the books' accounts */
  int   from;      /* person index; -1 = unassigned (an assignment) */
  guint to;
} HrMove;

typedef enum {
  HR_REBALANCE_STAGE_OVER,       /* the least over-limit hours */
  HR_REBALANCE_STAGE_TRANSFERS,  /* the fewest transfers */
  HR_REBALANCE_STAGE_SPREAD,     /* the lowest highest load */
} HrRebalanceStage;

/* Called from the thread that solves, now and then */
typedef void (*HrRebalanceProgress) (HrRebalanceStage stage,
                                     double           elapsed,
                                     gpointer         data);

#define HR_TYPE_REBALANCE (hr_rebalance_get_type ())
G_DECLARE_FINAL_TYPE (HrRebalance, hr_rebalance, HR, REBALANCE, GObject)

/* What may move where, copied from @books: it holds no reference to a plan
 * and may be solved on any thread */
HrRebalanceProblem *hr_rebalance_problem_new   (HrBooks            *books);
void                hr_rebalance_problem_free  (HrRebalanceProblem *self);
/* The account stays where it is (a move the leader dropped) */
void                hr_rebalance_problem_keep  (HrRebalanceProblem *self,
                                                guint               account);
gboolean            hr_rebalance_problem_is_kept (HrRebalanceProblem *self,
                                                  guint               account);
/* The number of accounts that may move, and of the variables the
 * programme has for them once identical accounts are grouped */
guint               hr_rebalance_problem_get_n_movable (HrRebalanceProblem *self);

/* Solves within @seconds (the books' solve_seconds when ≤ 0). Fails only
 * with G_IO_ERROR_CANCELLED. */
HrRebalance        *hr_rebalance_solve         (HrRebalanceProblem  *problem,
                                                double               seconds,
                                                GCancellable        *cancellable,
                                                HrRebalanceProgress  progress,
                                                gpointer             progress_data,
                                                GError             **error);
/* The same on a worker thread; the problem is taken */
void                hr_rebalance_solve_async   (HrRebalanceProblem  *problem,
                                                double               seconds,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
HrRebalance        *hr_rebalance_solve_finish  (GAsyncResult        *result,
                                                GError             **error);

HrBooks            *hr_rebalance_get_books     (HrRebalance *self);
guint               hr_rebalance_get_n_moves   (HrRebalance *self);
const HrMove       *hr_rebalance_get_move      (HrRebalance *self,
                                                guint        move);
double              hr_rebalance_get_over_before (HrRebalance *self);
double              hr_rebalance_get_over_after  (HrRebalance *self);
guint               hr_rebalance_get_transfers   (HrRebalance *self);
guint               hr_rebalance_get_assignments (HrRebalance *self);
/* The answer is proven optimal for the over-limit hours and transfers */
gboolean            hr_rebalance_get_optimal     (HrRebalance *self);
/* How long the search took, in seconds */
double              hr_rebalance_get_seconds     (HrRebalance *self);
/* Load of each person's book before and after the moves */
double              hr_rebalance_get_load_before (HrRebalance *self,
                                                  guint        person);
double              hr_rebalance_get_load_after  (HrRebalance *self,
                                                  guint        person);
/* The person an account has after the moves; -1 = unassigned */
int                 hr_rebalance_get_owner_after (HrRebalance *self,
                                                  guint        account);

/* hr-rebalance-export.c */
/* The JSON text, through the streaming writer; hr_rebalance_to_json()
 * reads it back as a tree */
char               *hr_rebalance_to_json_data  (HrRebalance *self,
                                                gsize       *length);
JsonNode           *hr_rebalance_to_json       (HrRebalance *self);
/* "Proven optimal: …" or "Best found in 10 s: …" */
char               *hr_rebalance_dup_verdict   (HrRebalance *self);
/* "Move Initech (25.0 h a month) from Alex Kim to Bea Novak: Alex Kim
 * 93% → 70%, Bea Novak 37% → 66%." */
char               *hr_rebalance_dup_move_text (HrRebalance *self,
                                                guint        move);
char               *hr_rebalance_to_text       (HrRebalance *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrRebalanceProblem, hr_rebalance_problem_free)

G_END_DECLS

/* hr-rebalance-private.h: the programme shared by the greedy start
 * (hr-rebalance.c) and the GLPK search (hr-rebalance-mip.c) */
#pragma once

#include "hr-rebalance.h"

G_BEGIN_DECLS

struct _HrRebalanceProblem
{
  HrBooks *books;
  guint    P, J, G;
  double  *capacity;     /* [P] hours */
  double  *limit_hours;  /* [P] limit × capacity */
  double  *workload;     /* [J] */
  int     *owner;        /* [J] -1 = unassigned */
  guint   *segment;      /* [J] */
  double  *arr;          /* [J] */
  guint8  *movable;      /* [J] not pinned, not frozen and owned, not kept */
  guint8  *takes;        /* [G][P] the person may take the segment */
};

/* Accounts that are alike for the programme: same owner, same segment
 * (so the same people may take them) and the same workload. One integer
 * variable per class and person counts how many go there, which removes
 * the symmetry of identical accounts from the search. */
typedef struct {
  int     owner;        /* -1 = unassigned */
  guint   segment;
  double  workload;
  guint   n;            /* accounts */
  guint  *members;      /* account indices, the ones to move first first */
  guint   first;        /* its first column */
  guint   n_slots;      /* people it may go to (the owner first when owned) */
  guint  *slots;        /* person indices */
} HrMoveClass;

typedef struct {
  HrRebalanceProblem  *problem;
  GArray              *classes;     /* HrMoveClass */
  guint                n_columns;   /* Σ n_slots */
  double              *fixed;       /* [P] workload that cannot move */
  gint64               deadline;    /* monotonic µs */
  gint64               started;
  GCancellable        *cancellable;
  HrRebalanceProgress  progress;
  gpointer             progress_data;
} HrRebalanceSearch;

/* Counts per column: how many accounts of the column's class go to its
 * person */
double   hr_rebalance_search_over      (HrRebalanceSearch *search,
                                        const int         *counts);
guint    hr_rebalance_search_transfers (HrRebalanceSearch *search,
                                        const int         *counts);
double   hr_rebalance_search_max_load  (HrRebalanceSearch *search,
                                        const int         *counts);

/* Improves @counts (feasible, from the greedy start) for the three
 * priorities in turn within the deadline. Sets @proven when the over-limit
 * hours and the transfers are proven optimal. FALSE when cancelled. */
gboolean hr_rebalance_mip_solve        (HrRebalanceSearch *search,
                                        int               *counts,
                                        gboolean          *proven);

G_END_DECLS

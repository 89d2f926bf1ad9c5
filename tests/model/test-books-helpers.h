/* test-books-helpers.h: every rule of spec §5.2, checked from a
 * rebalancing's moves */
#pragma once

#include <math.h>

#include "hr-rebalance.h"

static inline void
assert_rebalance_feasible (HrBooks     *books,
                           HrRebalance *result)
{
  guint J = hr_books_get_n_accounts (books), P = hr_books_get_n_people (books);
  g_autofree double *load = g_new0 (double, P + 1);
  guint transfers = 0, assignments = 0;
  double over = 0;

  for (guint j = 0; j < J; j++)
    {
      const HrBookAccount *a = hr_books_get_account (books, j);
      int after = hr_rebalance_get_owner_after (result, j);
      gboolean anyone = FALSE;

      for (guint p = 0; p < P; p++)
        anyone = anyone || hr_books_person_takes (books, p, a->segment);
      if (a->pinned || (a->frozen && a->owner >= 0))
        g_assert_cmpint (after, ==, a->owner);
      else if (a->owner < 0 && anyone)
        g_assert_cmpint (after, >=, 0);
      if (after >= 0 && after != a->owner)
        g_assert_true (hr_books_person_takes (books, after, a->segment));
      if (after >= 0)
        load[after] += a->workload;
      if (a->owner >= 0 && after != a->owner)
        transfers++;
      if (a->owner < 0 && after >= 0)
        assignments++;
    }
  for (guint p = 0; p < P; p++)
    {
      const HrBook *book = hr_books_get_person (books, p);
      over += MAX (0, load[p] - book->limit * book->capacity);
      g_assert_cmpfloat_with_epsilon (hr_rebalance_get_load_after (result, p), load[p] / book->capacity, 1e-9);
    }
  g_assert_cmpuint (transfers, ==, hr_rebalance_get_transfers (result));
  g_assert_cmpuint (assignments, ==, hr_rebalance_get_assignments (result));
  g_assert_cmpfloat_with_epsilon (over, hr_rebalance_get_over_after (result), 1e-6);
}

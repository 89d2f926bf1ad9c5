/* fuzz-rebalance.c: rebalancing small books that the input describes
 * (people with their FTE, limit and tiers; accounts with their tier,
 * owner, start, effort and pins; some moves dropped), within a hundredth
 * of a second: every rule of spec §5.2 holds for the answer, the books
 * end no further over their limits than before unless an unassigned
 * account must be given an owner, and an answer said to be optimal is the
 * optimum that trying every assignment finds */
#include "fuzz-common.h"

#include "hr-rebalance.h"

#define MAX_PEOPLE   4
#define MAX_ACCOUNTS 8

/* The input, read a byte at a time; zeros once it ends */
typedef struct {
  const uint8_t *data;
  size_t         size;
  size_t         at;
} Bytes;

static guint
next_byte (Bytes *b)
{
  return b->at < b->size ? b->data[b->at++] : 0;
}

/* The bytes are read in this order (arguments to one call are not) */
static char *
plan_from_bytes (Bytes *b)
{
  static const char * const fte[] = { "1", "0.8", "0.5" };
  static const char * const limit[] = { "null", "0.3", "0.6", "0.85", "1.2" };
  static const char * const segments[] = { "null", "[\"big\"]", "[\"small\"]", "[]" };
  static const char * const factor[] = { "1", "0.5", "2", "3", "5" };
  GString *s = g_string_new (NULL);
  guint P = 1 + next_byte (b) % MAX_PEOPLE;
  guint J = next_byte (b) % (MAX_ACCOUNTS + 1);
  guint window = 1 + next_byte (b) % 3;
  guint freeze = next_byte (b) % 3;

  g_string_append_printf (s,
    "{\"format\": \"headroom-plan\", \"version\": 1, \"start\": \"2027-01\", \"months\": 6,"
    " \"roles\": [{\"id\": \"csm\", \"headcount\": %u, \"hours_per_month\": 40, \"shrinkage\": 0, \"indirect\": 0,"
    " \"unplanned\": 0}],"
    " \"segments\": [{\"id\": \"big\", \"reactive_hours\": 6, \"acv\": 50000},"
    "                {\"id\": \"small\", \"reactive_hours\": 2, \"acv\": 9000}],"
    " \"moments\": [{\"id\": \"review\", \"at\": 2, \"every\": 3, \"exec\": 3,"
    "               \"tiers\": {\"small\": {\"mode\": \"one_to_many\", \"group_size\": 4}}}],"
    " \"portfolio\": {\"window\": %u, \"freeze_months\": %u, \"solve_seconds\": 0.01},"
    " \"people\": [", P, window, freeze);
  for (guint p = 0; p < P; p++)
    {
      const char *its_fte = fte[next_byte (b) % G_N_ELEMENTS (fte)];
      const char *its_limit = limit[next_byte (b) % G_N_ELEMENTS (limit)];
      const char *its_segments = segments[next_byte (b) % G_N_ELEMENTS (segments)];

      g_string_append_printf (s, "%s{\"id\": \"p%u\", \"fte\": %s, \"max_load\": %s, \"segments\": %s}",
                              p ? ", " : "", p, its_fte, its_limit, its_segments);
    }
  g_string_append (s, "], \"accounts\": [");
  for (guint j = 0; j < J; j++)
    {
      guint owner = next_byte (b) % (P + 1);
      guint start = next_byte (b) % 36;
      const char *segment = next_byte (b) % 2 ? "big" : "small";
      const char *its_factor = factor[next_byte (b) % G_N_ELEMENTS (factor)];
      gboolean pinned = next_byte (b) % 6 == 0;
      guint arr = 1000 * (next_byte (b) % 50);
      g_autofree char *owner_text = owner == P ? g_strdup ("null") : g_strdup_printf ("\"p%u\"", owner);

      g_string_append_printf (s, "%s{\"id\": \"A%u\", \"segment\": \"%s\", \"owner\": %s, \"start\": \"%04u-%02u\","
                              " \"effort_factor\": %s, \"pinned\": %s, \"arr\": %u}",
                              j ? ", " : "", j, segment, owner_text, 2024 + start / 12, start % 12 + 1,
                              its_factor, pinned ? "true" : "false", arr);
    }
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

typedef struct {
  HrBooks  *books;
  gboolean *kept;
  guint     J, P;
  int      *owner;      /* the assignment being tried */
  double    best_over;
  guint     best_transfers;
} Search;

static double
over_hours (Search *s,
            guint  *transfers)
{
  double load[MAX_PEOPLE] = { 0 }, over = 0;

  *transfers = 0;
  for (guint j = 0; j < s->J; j++)
    {
      const HrBookAccount *a = hr_books_get_account (s->books, j);

      if (s->owner[j] >= 0)
        load[s->owner[j]] += a->workload;
      *transfers += a->owner >= 0 && s->owner[j] != a->owner;
    }
  for (guint p = 0; p < s->P; p++)
    {
      const HrBook *book = hr_books_get_person (s->books, p);
      over += MAX (0, load[p] - book->limit * book->capacity);
    }
  return over;
}

/* Every assignment §5.2 allows: the least over-limit hours, then the
 * fewest transfers among those within 1e-6 h of it (two passes) */
static void
try_all (Search   *s,
         guint     j,
         gboolean  count_transfers)
{
  const HrBookAccount *a;
  gboolean fixed, anyone = FALSE;

  if (j == s->J)
    {
      guint transfers;
      double over = over_hours (s, &transfers);

      if (!count_transfers)
        s->best_over = MIN (s->best_over, over);
      else if (over <= s->best_over + 1e-6)
        s->best_transfers = MIN (s->best_transfers, transfers);
      return;
    }
  a = hr_books_get_account (s->books, j);
  fixed = a->pinned || (a->frozen && a->owner >= 0) || s->kept[j];
  for (guint p = 0; p < s->P && !fixed; p++)
    anyone = anyone || hr_books_person_takes (s->books, p, a->segment);
  /* staying is a choice for an owned account, and for one nobody may take */
  if (fixed || a->owner >= 0 || !anyone)
    {
      s->owner[j] = a->owner;
      try_all (s, j + 1, count_transfers);
    }
  for (guint p = 0; p < s->P && !fixed; p++)
    if ((int) p != a->owner && hr_books_person_takes (s->books, p, a->segment))
      {
        s->owner[j] = p;
        try_all (s, j + 1, count_transfers);
      }
}

static void
check_answer (HrBooks     *books,
              gboolean    *kept,
              HrRebalance *result)
{
  guint J = hr_books_get_n_accounts (books), P = hr_books_get_n_people (books);
  int owner[MAX_ACCOUNTS];
  Search search = { books, kept, J, P, owner, INFINITY, G_MAXUINT };
  guint transfers = 0, assignments = 0;
  gboolean must_assign = FALSE;

  for (guint j = 0; j < J; j++)
    {
      const HrBookAccount *a = hr_books_get_account (books, j);
      int after = hr_rebalance_get_owner_after (result, j);
      gboolean anyone = FALSE;

      for (guint p = 0; p < P; p++)
        anyone = anyone || hr_books_person_takes (books, p, a->segment);
      if (a->pinned || (a->frozen && a->owner >= 0) || kept[j])
        g_assert (after == a->owner);
      else if (a->owner < 0 && anyone)
        {
          g_assert (after >= 0);
          must_assign = TRUE;
        }
      if (after >= 0 && after != a->owner)
        g_assert (hr_books_person_takes (books, after, a->segment));
      transfers += a->owner >= 0 && after != a->owner;
      assignments += a->owner < 0 && after >= 0;
      owner[j] = after;
    }
  g_assert (transfers == hr_rebalance_get_transfers (result));
  g_assert (assignments == hr_rebalance_get_assignments (result));
  g_assert (transfers + assignments == hr_rebalance_get_n_moves (result));
  {
    guint counted;
    double over = over_hours (&search, &counted);

    if (fabs (over - hr_rebalance_get_over_after (result)) > 1e-6)
      g_error ("over-limit hours after: %g reported, %g counted", hr_rebalance_get_over_after (result), over);
  }
  /* staying put is an answer unless an unassigned account must be given
   * an owner, whose hours no book carried before */
  if (!must_assign && hr_rebalance_get_over_after (result) > hr_rebalance_get_over_before (result) + 1e-6)
    g_error ("rebalancing left %g h over the limits, %g before", hr_rebalance_get_over_after (result),
             hr_rebalance_get_over_before (result));
  if (!hr_rebalance_get_optimal (result))
    return;
  try_all (&search, 0, FALSE);
  try_all (&search, 0, TRUE);
  if (hr_rebalance_get_over_after (result) > search.best_over + 2e-6)
    g_error ("\"optimal\" with %g h over the limits; %g h is possible",
             hr_rebalance_get_over_after (result), search.best_over);
  if (hr_rebalance_get_transfers (result) != search.best_transfers)
    g_error ("\"optimal\" with %u transfers; %u are enough", hr_rebalance_get_transfers (result),
             search.best_transfers);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  Bytes bytes = { data, size, 0 };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrBooks) books = NULL;
  g_autoptr(HrRebalanceProblem) problem = NULL;
  g_autoptr(HrRebalance) result = NULL;
  g_autofree char *summary = NULL;
  gboolean kept[MAX_ACCOUNTS] = { FALSE };
  char *json;
  gsize length;

  fuzz_init ();
  text = plan_from_bytes (&bytes);
  plan = hr_plan_load_data (text, -1, "books.headroom", NULL, &error);
  if (plan == NULL)
    g_error ("a generated plan is refused: %s\n%s", error->message, text);
  books = hr_books_compute (plan, NULL, &error);
  g_assert (books != NULL);
  problem = hr_rebalance_problem_new (books);
  /* the leader drops some moves: those accounts stay */
  for (guint j = 0, mask = next_byte (&bytes); j < hr_books_get_n_accounts (books); j++)
    if (mask & (1u << j))
      {
        hr_rebalance_problem_keep (problem, j);
        kept[j] = TRUE;
      }
  result = hr_rebalance_solve (problem, 0, NULL, NULL, NULL, &error);
  g_assert (result != NULL);
  check_answer (books, kept, result);

  json = hr_rebalance_to_json_data (result, &length);
  fuzz_check_json_data (json, length);
  summary = hr_rebalance_to_text (result);
  fuzz_check_text (summary);
  return 0;
}

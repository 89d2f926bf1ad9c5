/* hr-bench-books.c: times the books and rebalancing on generated teams of
 * realistic shape (300 accounts / 12 people, 5,000 / 50). Not a test: run
 * `build/bench/hr-bench-books` and write the figures down in
 * docs/performance.md; `--plan ACCOUNTS PEOPLE` prints a generated plan. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hr-books.h"
#include "hr-plan.h"
#include "hr-rebalance.h"

/* A small deterministic generator, so every run measures the same plan */
static guint32 seed_state;

char *hr_bench_books_plan (guint n_accounts, guint n_people, guint32 seed, double busy);

static double
next_random (void)
{
  seed_state = seed_state * 1664525u + 1013904223u;
  return (seed_state >> 8) / (double) (1u << 24);
}

static const char *first_names[] = {
  "Alex", "Bea", "Cam", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Max", "Nia",
  "Oli", "Pia", "Quin", "Rui", "Sam", "Tia", "Uma", "Vic", "Wes", "Xia", "Yan", "Zoe",
};

/* A plan whose team is unevenly loaded (@busy 0.85: the team as a whole at
 * about 75% of capacity; 1: at about 88%, where few moves are easy): a few books over their limit, a
 * few light, some specialists, pinned and unassigned accounts, rules on
 * health and tickets */
char *
hr_bench_books_plan (guint   n_accounts,
                     guint   n_people,
                     guint32 seed,
                     double  busy)
{
  GString *s = g_string_new (NULL);
  g_autofree double *weight = g_new0 (double, n_people);
  double total_weight = 0;
  /* hours per person so that the team as a whole runs at about 75% */
  double reactive_scale = busy * (n_people / 12.0) / (n_accounts / 300.0);
  /* more accounts per person: each costs less, as in a tech-touch book */

  seed_state = seed;
  g_string_append_printf (s,
    "{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Books benchmark: %u accounts, %u people\",\n"
    " \"start\": \"2027-01\", \"months\": 12,\n"
    " \"roles\": [{\"id\": \"csm\", \"name\": \"Customer Success Managers\", \"headcount\": %u, \"hours_per_month\": 150,"
    " \"shrinkage\": 0.12, \"indirect\": 0.15, \"unplanned\": 0.05},\n"
    "           {\"id\": \"onboarding\", \"headcount\": 2}],\n"
    " \"segments\": [{\"id\": \"enterprise\", \"name\": \"Enterprise\", \"touch\": \"high\", \"acv\": 150000, \"expansion\": 0.08,"
    " \"reactive_hours\": %.4f, \"complexity\": %.4f},\n"
    "              {\"id\": \"mid-market\", \"name\": \"Mid-market\", \"touch\": \"mid\", \"acv\": 40000, \"reactive_hours\": %.4f,"
    " \"complexity\": %.4f},\n"
    "              {\"id\": \"scale\", \"name\": \"Scale\", \"touch\": \"tech\", \"acv\": 9000, \"reactive_hours\": %.4f,"
    " \"complexity\": %.4f}],\n"
    " \"moments\": [{\"id\": \"welcome\", \"play\": \"purchase_welcome\", \"role\": \"onboarding\", \"at\": 0, \"prep\": 1, \"exec\": 1},\n"
    "             {\"id\": \"kickoff\", \"play\": \"kickoff\", \"at\": 0, \"prep\": 3, \"exec\": 2, \"follow\": 1,"
    " \"tiers\": {\"scale\": {\"mode\": \"one_to_many\", \"group_size\": 12}}},\n"
    "             {\"id\": \"onboarding\", \"play\": \"onboarding\", \"at\": 1, \"every\": 1, \"until\": 3, \"prep\": 1, \"exec\": 2, \"follow\": 1,"
    " \"tiers\": {\"scale\": {\"mode\": \"digital\"}}},\n"
    "             {\"id\": \"value-review\", \"play\": \"value_blocks\", \"at\": 3, \"every\": 3, \"prep\": 3, \"exec\": 1.5, \"follow\": 1,"
    " \"tiers\": {\"mid-market\": {\"factor\": 0.6}, \"scale\": {\"mode\": \"skip\"}}},\n"
    "             {\"id\": \"alignment\", \"play\": \"alignment_meeting\", \"at\": 6, \"every\": 6, \"prep\": 4, \"exec\": 2, \"follow\": 2,"
    " \"tiers\": {\"mid-market\": {\"mode\": \"one_to_many\", \"group_size\": 5}, \"scale\": {\"mode\": \"skip\"}}},\n"
    "             {\"id\": \"renewal\", \"play\": \"renew_grow\", \"at\": 11, \"every\": 12, \"prep\": 5, \"exec\": 2, \"follow\": 2,"
    " \"tiers\": {\"scale\": {\"mode\": \"one_to_many\", \"group_size\": 20}}}],\n",
    n_accounts, n_people, n_people, 5.0 * reactive_scale, 1.3 * reactive_scale, 2.2 * reactive_scale,
    reactive_scale, 0.55 * reactive_scale, reactive_scale);

  g_string_append (s, " \"people\": [");
  for (guint p = 0; p < n_people; p++)
    {
      double fte = p % 7 == 3 ? 0.8 : p % 11 == 5 ? 0.6 : 1;
      const char *segments = p % 5 == 2 ? "[\"scale\", \"mid-market\"]" : p % 9 == 4 ? "[\"enterprise\"]" : "null";

      /* some people carry far more than others */
      weight[p] = fte * (0.6 + next_random () * 0.8);
      total_weight += weight[p];
      g_string_append_printf (s, "%s\n  {\"id\": \"p%u\", \"name\": \"%s %c.\", \"fte\": %g, \"segments\": %s%s}",
                              p ? "," : "", p, first_names[p % G_N_ELEMENTS (first_names)],
                              'A' + (int) (p / G_N_ELEMENTS (first_names)) % 26, fte, segments,
                              p % 8 == 6 ? ", \"max_load\": 0.8" : "");
    }
  g_string_append (s, "],\n \"accounts\": [");
  for (guint j = 0; j < n_accounts; j++)
    {
      double u = next_random ();
      const char *segment = u < 0.1 ? "enterprise" : u < 0.4 ? "mid-market" : "scale";
      int start = 2027 * 12 - 1 - (int) (next_random () * 48);   /* up to four years back */
      double pick = next_random () * total_weight;
      int owner = -1;

      for (guint p = 0; p < n_people && owner < 0; p++)
        {
          pick -= weight[p];
          if (pick <= 0)
            owner = p;
        }
      if (owner < 0)
        owner = n_people - 1;
      /* an owner who does not take the segment: draw again */
      for (guint tries = 0; tries < 64; tries++)
        {
          gboolean takes = !(owner % 5 == 2 && g_str_equal (segment, "enterprise")) &&
                           !(owner % 9 == 4 && !g_str_equal (segment, "enterprise"));
          if (takes)
            break;
          owner = (int) (next_random () * n_people);
        }
      g_string_append_printf (s, "%s\n  {\"id\": \"0015g%08uXA\", \"name\": \"Customer %u\", \"segment\": \"%s\", "
                              "\"start\": \"%04d-%02d\"",
                              j ? "," : "", j, j, segment, start / 12, start % 12 + 1);
      if (next_random () < 0.03)
        g_string_append (s, ", \"owner\": null");
      else
        g_string_append_printf (s, ", \"owner\": \"p%d\"", owner);
      if (next_random () < 0.05)
        g_string_append (s, ", \"pinned\": true");
      g_string_append_printf (s, ", \"attributes\": {\"health\": %d, \"tickets\": %d}}",
                              (int) (next_random () * 100), (int) (next_random () * 16));
    }
  g_string_append (s, "],\n \"effort_rules\": [{\"attribute\": \"health\", \"op\": \"<\", \"value\": 40, \"factor\": 1.3, \"label\": \"at risk\"},\n"
                      "                  {\"attribute\": \"tickets\", \"op\": \">=\", \"value\": 12, \"factor\": 1.2, \"label\": \"many tickets\"}],\n"
                      " \"portfolio\": {\"month\": \"2027-01\", \"window\": 3, \"freeze_months\": 2, \"solve_seconds\": 10}\n}\n");
  return g_string_free (s, FALSE);
}

static double busy = 0.85;

static HrPlan *
load (guint accounts,
      guint people,
      guint32 seed)
{
  g_autofree char *text = hr_bench_books_plan (accounts, people, seed, busy);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_data (text, -1, "bench.headroom", NULL, &error);

  if (plan == NULL)
    g_error ("%s", error->message);
  return plan;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
time_books (guint accounts,
            guint people,
            guint runs)
{
  g_autoptr(HrPlan) plan = load (accounts, people, 1);
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, NULL);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  printf ("books, %u accounts / %u people: median %.2f ms over %u runs\n", accounts, people, times[runs / 2], runs);
}

static void
time_rebalance (guint accounts,
                guint people,
                guint32 seed,
                double seconds)
{
  g_autoptr(HrPlan) plan = load (accounts, people, seed);
  g_autoptr(HrBooks) books = hr_books_compute (plan, NULL, NULL);
  g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
  g_autoptr(HrRebalance) result = NULL;
  g_autofree char *headline = hr_books_dup_headline (books);

  result = hr_rebalance_solve (problem, seconds, NULL, NULL, NULL, NULL);
  printf ("rebalance %u / %u (seed %u, limit %.0f s): %.3f s, %s; over %.2f → %.4f h, %u transfers, %u assignments; "
          "%u movable; %s\n",
          accounts, people, seed, seconds, hr_rebalance_get_seconds (result),
          hr_rebalance_get_optimal (result) ? "proven optimal" : "best found",
          hr_rebalance_get_over_before (result), hr_rebalance_get_over_after (result),
          hr_rebalance_get_transfers (result), hr_rebalance_get_assignments (result),
          hr_rebalance_problem_get_n_movable (problem), headline);
}

int
main (int    argc,
      char **argv)
{
  if (argc >= 4 && g_str_equal (argv[1], "--plan"))
    {
      /* --plan ACCOUNTS PEOPLE [BUSY [SEED]] */
      g_autofree char *text = hr_bench_books_plan (atoi (argv[2]), atoi (argv[3]), argc > 5 ? atoi (argv[5]) : 1,
                                                   argc > 4 ? g_ascii_strtod (argv[4], NULL) : busy);
      fputs (text, stdout);
      return 0;
    }
  if (argc >= 2 && g_str_equal (argv[1], "--rebalance"))
    {
      /* --rebalance ACCOUNTS PEOPLE SEED SECONDS [BUSY] */
      if (argc > 6)
        busy = g_ascii_strtod (argv[6], NULL);
      time_rebalance (atoi (argv[2]), atoi (argv[3]), atoi (argv[4]), g_ascii_strtod (argv[5], NULL));
      return 0;
    }
  time_books (5000, 50, 21);
  for (guint32 seed = 1; seed <= 5; seed++)
    time_rebalance (300, 12, seed, 10);
  for (guint32 seed = 1; seed <= 3; seed++)
    time_rebalance (5000, 50, seed, 10);
  return 0;
}

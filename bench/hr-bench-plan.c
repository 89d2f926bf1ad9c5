/* hr-bench-plan.c: the benchmark's generated plans
 *
 * Each number is picked from a plausible range by a Weyl sequence over the
 * item's index and the field, then rounded to the places such a number has
 * in a real plan: deterministic, with no two neighbours alike and no round
 * numbers that would make writing the outputs look cheap.
 */
#include "config.h"

#include <math.h>

#include "hr-bench-plan.h"
#include "hr-json.h"

static const char * const plays[] = {
  "purchase_welcome", "kickoff", "onboarding", "first_value", "value_blocks",
  "sharing_insights", "alignment_meeting", "renew_grow", "supporting",
};
static const char * const modes[] = { "one_to_one", "one_to_many", "digital", "skip" };

#define N_ROLES 10
#define N_WORK_ROLES 8
#define N_HIRES 10
#define N_SCENARIOS 5

/* A number in [lo, hi] with @places decimals, for field @field of item @item */
static double
pick (guint  item,
      guint  field,
      double lo,
      double hi,
      int    places)
{
  double u = fmod ((item + 1) * 0.6180339887498949 + (field + 1) * 0.7548776662466927, 1.0);
  double scale = pow (10, places);

  return round ((lo + u * (hi - lo)) * scale) / scale;
}

static void
number (GString    *s,
        const char *name,
        double      value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  hr_json_format_number (text, sizeof text, value);
  g_string_append_printf (s, ", \"%s\": %s", name, text);
}

static void
append_roles (GString *s)
{
  g_string_append (s, ", \"roles\": [");
  for (guint r = 0; r < N_ROLES; r++)
    {
      if (r < N_WORK_ROLES)
        {
          g_string_append_printf (s, "%s{\"id\": \"role%u\"", r ? ", " : "", r);
          number (s, "headcount", pick (r, 0, 36, 84, 1));
          number (s, "hours_per_month", pick (r, 1, 148, 168, 1));
          number (s, "shrinkage", pick (r, 2, 0.08, 0.14, 3));
          number (s, "indirect", pick (r, 3, 0.12, 0.18, 3));
          number (s, "unplanned", pick (r, 4, 0.03, 0.07, 3));
          number (s, "cost_per_year", pick (r, 5, 86000, 142000, 2));
          g_string_append (s, ", \"ramp\": [");
          for (guint m = 0; m < 3; m++)
            {
              char text[G_ASCII_DTOSTR_BUF_SIZE];

              hr_json_format_number (text, sizeof text, pick (r, 6 + m, 0.2 + 0.25 * m, 0.35 + 0.25 * m, 2));
              g_string_append_printf (s, "%s%s", m ? ", " : "", text);
            }
          g_string_append (s, "]");
          number (s, "attrition", pick (r, 9, 0.06, 0.16, 3));
          g_string_append_printf (s, ", \"lead_time_months\": %u", 1 + r % 4);
          number (s, "target_load", pick (r, 10, 0.8, 0.9, 2));
          number (s, "arr_per_fte", pick (r, 11, 1.6e6, 2.4e6, 1));
        }
      else
        {
          g_string_append_printf (s, ", {\"id\": \"lead%u\", \"manages\": \"role%u\"", r, r - N_WORK_ROLES);
          number (s, "headcount", pick (r, 14, 4, 9, 0));
          number (s, "span", pick (r, 12, 6.5, 8, 1));
          number (s, "cost_per_year", pick (r, 13, 165000, 195000, 2));
        }
      g_string_append (s, "}");
    }
  g_string_append (s, "]");
}

static void
append_segments (GString      *s,
                 HrBenchShape  shape)
{
  g_string_append (s, ", \"segments\": [");
  for (guint g = 0; g < shape.tiers; g++)
    {
      g_string_append_printf (s, "%s{\"id\": \"seg%u\", \"accounts\": [{\"tenure_from\": 0, \"tenure_to\": 35",
                              g ? ", " : "", g);
      number (s, "count", pick (g, 0, 80 + 20 * (g % 20), 140 + 20 * (g % 20), 0));
      g_string_append (s, "}]");
      number (s, "new_per_month", pick (g, 1, 2, 6.5, 2));
      number (s, "growth", pick (g, 2, 0.004, 0.022, 4));
      number (s, "churn", pick (g, 3, 0.05, 0.24, 3));
      g_string_append_printf (s, ", \"churn_mode\": \"%s\"", g % 2 ? "renewal" : "monthly");
      number (s, "acv", pick (g, 4, 4000 + 4000 * (g % 20), 8000 + 4000 * (g % 20), 1));
      number (s, "expansion", pick (g, 5, 0.02, 0.09, 3));
      number (s, "reactive_hours", pick (g, 6, 0.15, 0.6, 2));
      g_string_append_printf (s, ", \"reactive_role\": \"role%u\"", g % N_WORK_ROLES);
      number (s, "complexity", pick (g, 7, 0.9, 1.4, 2));
      g_string_append (s, "}");
    }
  g_string_append (s, "]");
}

/* Once and every 1, 2, 3, 6 and 12 months, every play and treatment; every
 * third tier has a treatment of its own */
static void
append_moments (GString      *s,
                HrBenchShape  shape)
{
  g_string_append (s, ", \"moments\": [");
  for (guint k = 0; k < shape.moments; k++)
    {
      int every = (int[]) { 0, 1, 2, 3, 6, 12 }[k % 6];
      double weight;

      g_string_append_printf (s, "%s{\"id\": \"m%u\", \"play\": \"%s\", \"role\": \"role%u\", \"at\": %u,"
                              " \"every\": %d, \"until\": %s",
                              k ? ", " : "", k, plays[k % 9], k % N_WORK_ROLES, k % 7, every,
                              k % 4 == 0 ? "23" : "null");
      /* a monthly touch is shorter than a yearly review */
      weight = (double[]) { 0.5, 0.05, 0.1, 0.15, 0.3, 0.5 }[k % 6];
      number (s, "prep", pick (k, 0, 0.5 * weight, 2.5 * weight, 2));
      number (s, "exec", pick (k, 1, 0.75 * weight, 3 * weight, 2));
      number (s, "follow", pick (k, 2, 0.25 * weight, 1.5 * weight, 2));
      g_string_append (s, ", \"tiers\": {");
      for (guint g = 0; g < shape.tiers; g += 3)
        {
          g_string_append_printf (s, "%s\"seg%u\": {\"mode\": \"%s\"", g ? ", " : "", g, modes[(k + g) % 4]);
          number (s, "factor", pick (k * shape.tiers + g, 3, 0.8, 1.6, 2));
          g_string_append_printf (s, ", \"group_size\": %u}", 5 + (k + g) % 8);
        }
      g_string_append (s, "}}");
    }
  g_string_append (s, "]");
}

static void
append_hires_and_scenarios (GString *s)
{
  g_string_append (s, ", \"hires\": [");
  for (guint h = 0; h < N_HIRES; h++)
    g_string_append_printf (s, "%s{\"role\": \"role%u\", \"month\": \"20%02u-%02u\", \"count\": %u}",
                            h ? ", " : "", h % N_WORK_ROLES, 27 + h / 12, h % 12 + 1, 1 + h % 2);
  g_string_append (s, "], \"scenarios\": [");
  for (guint c = 0; c < N_SCENARIOS; c++)
    {
      char factor[G_ASCII_DTOSTR_BUF_SIZE];

      hr_json_format_number (factor, sizeof factor, pick (c, 0, 1.05, 1.3, 3));
      g_string_append_printf (s, "%s{\"id\": \"sc%u\", \"changes\": ["
                              "{\"op\": \"scale\", \"target\": \"segments/*/new_per_month\", \"factor\": %s},"
                              "{\"op\": \"set\", \"target\": \"moments/m%u/tiers/*/mode\", \"value\": \"digital\"},"
                              "{\"op\": \"add\", \"target\": \"hires\", \"value\": {\"role\": \"role0\", \"month\": \"2028-01\", \"count\": 2}}]}",
                              c ? ", " : "", c, factor, c + 1);
    }
  g_string_append (s, "]");
}

char *
hr_bench_plan_text (HrBenchShape shape)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Benchmark\","
                          " \"start\": \"2027-01\", \"months\": %u", shape.months);
  append_roles (s);
  append_segments (s, shape);
  append_moments (s, shape);
  append_hires_and_scenarios (s);
  g_string_append (s, "}\n");
  return g_string_free (s, FALSE);
}

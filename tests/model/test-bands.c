/* test-bands.c: the sampler of spec §6 and its bands: the sequence, the
 * triangle, nearest ranks with nulls, the conformance examples, bands
 * against forecasts of each sampled plan, determinism on threads */
#include <math.h>

#include "hr-bands.h"
#include "hr-uncertainty.h"
#include "test-helpers.h"

static HrPlan *
load_conformance (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HrPlan *plan = hr_plan_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static HrBands *
compute (HrPlan     *plan,
         const char *scenario)
{
  g_autoptr(GError) error = NULL;
  HrBands *bands = hr_bands_compute (plan, scenario, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bands);
  return bands;
}

/* --- the building blocks --- */

static void
test_phi (void)
{
  /* the positive roots of x² = x + 1 (the golden ratio), x³ = x + 1 (the
   * plastic number) and x⁴ = x + 1, to 30 digits by mpmath */
  static const struct { guint d; double phi; } cases[] = {
    { 1, 1.61803398874989484820458683437 },
    { 2, 1.32471795724474602596090885448 },
    { 3, 1.22074408460575947536168534911 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double phi = hr_bands_phi (cases[i].d);

      g_assert_cmpfloat_with_epsilon (phi, cases[i].phi, 1e-15);
      /* it is the root: φ^(d+1) − φ − 1 = 0 */
      g_assert_cmpfloat_with_epsilon (pow (phi, cases[i].d + 1) - phi - 1, 0, 1e-14);
    }
}

static void
test_draw (void)
{
  double alpha = 1 / hr_bands_phi (1);   /* 0.6180339887498949 */

  /* u = frac(0.5 + i α): 1.118…, 1.736…, 2.354… */
  g_assert_cmpfloat_with_epsilon (hr_bands_draw (alpha, 1), 0.1180339887498949, 1e-15);
  g_assert_cmpfloat_with_epsilon (hr_bands_draw (alpha, 2), 0.7360679774997898, 1e-15);
  g_assert_cmpfloat_with_epsilon (hr_bands_draw (alpha, 3), 0.3541019662496847, 1e-15);
  for (guint i = 1; i <= 4096; i++)
    {
      double u = hr_bands_draw (alpha, i);
      g_assert_true (u >= 0 && u < 1);
    }
}

static void
test_triangular (void)
{
  /* (a, c, b) = (1, 1.5, 3): F = 0.25 */
  static const struct { double u, a, c, b, x; const char *why; } cases[] = {
    { 0, 1, 1.5, 3, 1, "u = 0 is the low end" },
    { 0.25, 1, 1.5, 3, 1.5, "u = F is the mode" },
    { 0.1, 1, 1.5, 3, 1 + 0.31622776601683794, "a + sqrt(0.1 × 2 × 0.5) = 1 + sqrt(0.1)" },
    { 0.5, 1, 1.5, 3, 3 - 1.2247448713915890, "b − sqrt(0.5 × 2 × 1.5) = 3 − sqrt(1.5)" },
    { 0.999999, 1, 1.5, 3, 3 - 0.0017320508075688772, "b − sqrt(1e-6 × 3), near the high end" },
    { 0.3, 2, 2, 2, 2, "a = b is a" },
    { 0.3, 0, 0, 1, 1 - sqrt (0.7), "the mode at the low end: b − sqrt(0.7 × 1 × 1)" },
    { 0.3, 0, 1, 1, sqrt (0.3), "the mode at the high end: a + sqrt(0.3)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double x = hr_bands_triangular (cases[i].u, cases[i].a, cases[i].c, cases[i].b);

      if (fabs (x - cases[i].x) > 1e-12)
        g_error ("%s: got %.17g, expected %.17g", cases[i].why, x, cases[i].x);
    }
}

static void
test_rank (void)
{
  /* max(1, ceil(p × N / 100)) */
  static const struct { guint p, n, rank; } cases[] = {
    { 10, 32, 4 },     /* 3.2 → 4 */
    { 50, 32, 16 },    /* exactly 16 */
    { 90, 32, 29 },    /* 28.8 → 29 */
    { 80, 32, 26 },    /* 25.6 → 26 */
    { 10, 16, 2 },     /* 1.6 → 2 */
    { 10, 5, 1 },      /* 0.5 → 1 */
    { 1, 16, 1 },      /* 0.16 → 1, never 0 */
    { 99, 4096, 4056 },/* 4055.04 → 4056 */
    { 50, 256, 128 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (hr_bands_rank (cases[i].p, cases[i].n), ==, cases[i].rank);
}

static void
test_sort_nulls (void)
{
  double v[] = { 3, NAN, -1, 2, NAN, 2, 0 };
  const double sorted[] = { -1, 0, 2, 2, 3 };

  hr_bands_sort (v, G_N_ELEMENTS (v));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpfloat (v[i], ==, sorted[i]);
  /* nulls sort above every number */
  g_assert_true (isnan (v[5]) && isnan (v[6]));
}

static void
test_pick (void)
{
  GRand *rand = g_rand_new_with_seed (42);

  /* the selection gives what a sort gives, nulls above every number, for
   * many sizes, ties and nulls */
  for (guint round = 0; round < 300; round++)
    {
      guint n = 1 + g_rand_int_range (rand, 0, 600);
      g_autofree double *v = g_new (double, n);
      g_autofree double *sorted = g_new (double, n);
      guint ranks[HR_N_BANDS] = {
        hr_bands_rank (10, n), hr_bands_rank (50, n), hr_bands_rank (90, n),
        hr_bands_rank (50 + g_rand_int_range (rand, 0, 50), n),
      };
      double picked[HR_N_BANDS];

      for (guint i = 0; i < n; i++)
        {
          int kind = g_rand_int_range (rand, 0, 10);
          /* a few nulls, many ties */
          v[i] = kind == 0 && round % 3 == 0 ? NAN : kind < 5 ? g_rand_int_range (rand, 0, 8) : g_rand_double (rand);
          sorted[i] = v[i];
        }
      hr_bands_sort (sorted, n);
      hr_bands_pick (v, n, ranks, HR_N_BANDS, picked);
      for (guint b = 0; b < HR_N_BANDS; b++)
        {
          double expected = sorted[ranks[b] - 1];
          g_assert_true ((isnan (expected) && isnan (picked[b])) || expected == picked[b]);
        }
    }
  g_rand_free (rand);

  {
    /* a null at the rank is reported as null: P90 of 10 values, 2 null */
    double v[] = { 1, 2, NAN, 3, 4, 5, 6, 7, NAN, 8 };
    guint ranks[] = { 9, 8 };
    double out[2];

    hr_bands_pick (v, 10, ranks, 2, out);
    g_assert_true (isnan (out[0]));
    g_assert_cmpfloat (out[1], ==, 8);
  }
}

/* --- the conformance examples --- */

static void
compare_nodes (JsonNode   *actual,
               JsonNode   *expected,
               const char *path)
{
  if (JSON_NODE_HOLDS_OBJECT (expected))
    {
      JsonObject *e = json_node_get_object (expected);
      g_autoptr(GList) members = json_object_get_members (e);

      g_assert_true (JSON_NODE_HOLDS_OBJECT (actual));
      for (GList *l = members; l; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, (char *) l->data);
          JsonNode *a = json_object_get_member (json_node_get_object (actual), l->data);

          if (a == NULL)
            g_error ("%s: missing", sub);
          compare_nodes (a, json_object_get_member (e, l->data), sub);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (expected))
    {
      JsonArray *e = json_node_get_array (expected), *a = json_node_get_array (actual);

      g_assert_true (JSON_NODE_HOLDS_ARRAY (actual));
      if (json_array_get_length (a) != json_array_get_length (e))
        g_error ("%s: %u items, expected %u", path, json_array_get_length (a), json_array_get_length (e));
      for (guint i = 0; i < json_array_get_length (e); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
          compare_nodes (json_array_get_element (a, i), json_array_get_element (e, i), sub);
        }
    }
  else if (JSON_NODE_HOLDS_NULL (expected))
    {
      if (!JSON_NODE_HOLDS_NULL (actual))
        g_error ("%s: expected null", path);
    }
  else if (json_node_get_value_type (expected) == G_TYPE_STRING)
    g_assert_cmpstr (json_node_get_string (actual), ==, json_node_get_string (expected));
  else
    {
      double a = json_node_get_double (actual), e = json_node_get_double (expected);

      if (JSON_NODE_HOLDS_NULL (actual) || fabs (a - e) > 1e-9 * MAX (1.0, fabs (e)))
        g_error ("%s: %.17g, expected %.17g", path, a, e);
    }
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* hiring_plan in any order: compared sorted by role and month */
static void
sort_hires (JsonObject *root)
{
  JsonArray *hires = json_object_get_array_member (root, "hiring_plan");
  g_autoptr(GPtrArray) keyed = g_ptr_array_new_with_free_func (g_free);
  JsonArray *sorted = json_array_new ();

  for (guint i = 0; i < json_array_get_length (hires); i++)
    {
      JsonObject *h = json_array_get_object_element (hires, i);
      g_ptr_array_add (keyed, g_strdup_printf ("%s %s %u", json_object_get_string_member (h, "role"),
                                               json_object_get_string_member (h, "month"), i));
    }
  g_ptr_array_sort (keyed, compare_keys);
  for (guint i = 0; i < keyed->len; i++)
    {
      const char *key = keyed->pdata[i];
      guint index = atoi (strrchr (key, ' ') + 1);
      json_array_add_element (sorted, json_node_copy (json_array_get_element (hires, index)));
    }
  json_object_set_array_member (root, "hiring_plan", sorted);
}

static void
test_conformance (gconstpointer data)
{
  const char *scenario = data;
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(HrBands) bands = compute (plan, scenario);
  g_autofree char *expected_name = g_strdup_printf ("bands%s%s.expected.json", scenario ? "." : "",
                                                    scenario ? scenario : "");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "conformance", expected_name, NULL);
  g_autofree char *text = hr_bands_to_json_data (bands, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) expected = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *e;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (expected, expected_path, &error);
  g_assert_no_error (error);
  e = json_node_get_object (json_parser_get_root (expected));
  sort_hires (e);
  sort_hires (json_node_get_object (json_parser_get_root (parser)));
  /* samples, confidence and months exactly; p_over too, being counts */
  g_assert_cmpint (json_object_get_int_member (e, "samples"), ==, hr_bands_get_samples (bands));
  compare_nodes (json_parser_get_root (parser), json_parser_get_root (expected), "bands");
  for (guint r = 0; r < hr_bands_get_n_roles (bands); r++)
    for (guint t = 0; t < hr_bands_get_n_months (bands); t++)
      {
        double share = hr_bands_get_p_over (bands, r)[t] * hr_bands_get_samples (bands);
        g_assert_cmpfloat (share, ==, round (share));
      }
}

/* --- bands against forecasts of each sampled plan --- */

/* What the sampler must give for bands.headroom, the slow way: each
 * sampled plan made as GObjects and forecast as §3 says */
static void
test_against_forecasts (void)
{
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(HrBands) bands = compute (plan, NULL);
  guint N = 32, T = 6;
  double phi = hr_bands_phi (3);
  g_autofree double *workload = g_new (double, N * T);
  g_autofree double *load = g_new (double, N * T);
  g_autofree double *accounts = g_new (double, N * T);
  guint over[6] = { 0 };

  for (guint i = 1; i <= N; i++)
    {
      g_autoptr(HrPlan) sampled = hr_plan_copy (plan);
      HrSegment *mid = hr_plan_find_segment (sampled, "mid");
      HrRole *csm = hr_plan_find_role (sampled, "csm");
      double u1 = hr_bands_draw (pow (phi, -1), i);
      double u2 = hr_bands_draw (pow (phi, -2), i);
      double u3 = hr_bands_draw (pow (phi, -3), i);
      /* reactive_hours 1..2.5 around its plan value 1.5; new_by_month
       * × 0.5..1.5 around 1; shrinkage 0.05..0.2 around 0.1 */
      double reactive = hr_bands_triangular (u1, 1, 1.5, 2.5);
      double factor = hr_bands_triangular (u2, 0.5, 1, 1.5);
      double shrinkage = hr_bands_triangular (u3, 0.05, 0.1, 0.2);
      double months[] = { 4 * factor, 5 * factor, 6 * factor };
      g_autoptr(GVariant) list = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, months, 3,
                                                                                sizeof (double)));
      g_autoptr(HrForecast) f = NULL;

      g_object_set (mid, "reactive-hours", reactive, "new-by-month", list, NULL);
      g_object_set (csm, "shrinkage", shrinkage, NULL);
      f = hr_engine_forecast (sampled, NULL, 0, NULL);
      for (guint t = 0; t < T; t++)
        {
          workload[t * N + i - 1] = role_at (f, "csm", HR_ROLE_WORKLOAD, t);
          load[t * N + i - 1] = role_at (f, "csm", HR_ROLE_LOAD, t);
          accounts[t * N + i - 1] = segment_at (f, "mid", HR_SEGMENT_ACCOUNTS, t);
          over[t] += hr_forecast_get_role_status (f, 0, t) == HR_STATUS_OVER;
        }
    }
  for (guint t = 0; t < T; t++)
    {
      hr_bands_sort (workload + t * N, N);
      hr_bands_sort (load + t * N, N);
      hr_bands_sort (accounts + t * N, N);
      /* P10 is rank 4, P50 16, P90 29, P80 (the confidence) 26 */
      assert_near (hr_bands_get_role_band (bands, 0, HR_BANDS_WORKLOAD, HR_BAND_P10)[t], workload[t * N + 3]);
      assert_near (hr_bands_get_role_band (bands, 0, HR_BANDS_WORKLOAD, HR_BAND_P90)[t], workload[t * N + 28]);
      assert_near (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, HR_BAND_P50)[t], load[t * N + 15]);
      assert_near (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, HR_BAND_PC)[t], load[t * N + 25]);
      assert_near (hr_bands_get_total_band (bands, HR_BANDS_ACCOUNTS, HR_BAND_P50)[t], accounts[t * N + 15]);
      g_assert_cmpfloat (hr_bands_get_p_over (bands, 0)[t], ==, over[t] / (double) N);
    }
}

/* Ranges at zero width are the plan itself: every band is the forecast */
static void
test_zero_width (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 4,"
    " 'roles': [{'id': 'csm', 'headcount': 2}],"
    " 'segments': [{'id': 's', 'accounts': 50, 'new_per_month': 3, 'churn': 0.1, 'reactive_hours': 2}],"
    " 'moments': [{'id': 'k', 'at': 0, 'prep': 3}],"
    " 'uncertainty': {'samples': 16, 'ranges': ["
    "   {'target': 'segments/s/reactive_hours', 'low': 2, 'high': 2},"
    "   {'target': 'moments/k/prep', 'low': 1, 'high': 1, 'relative': true}]}}");
  g_autoptr(HrBands) bands = compute (plan, NULL);
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, 0, NULL);

  for (guint t = 0; t < 4; t++)
    for (guint b = 0; b < HR_N_BANDS; b++)
      {
        g_assert_cmpfloat (hr_bands_get_role_band (bands, 0, HR_BANDS_WORKLOAD, b)[t], ==,
                           role_at (f, "csm", HR_ROLE_WORKLOAD, t));
        g_assert_cmpfloat (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, b)[t], ==,
                           role_at (f, "csm", HR_ROLE_LOAD, t));
        g_assert_cmpfloat (hr_bands_get_total_band (bands, HR_BANDS_ARR, b)[t], ==,
                           hr_forecast_get_total_series (f, HR_TOTAL_ARR)[t]);
      }
  /* at confidence the planner hires as on the averages */
  g_assert_cmpuint (hr_forecast_get_n_suggestions (hr_bands_get_confident_forecast (bands)), ==,
                    hr_forecast_get_n_suggestions (f));
  /* a range that moves nothing has no spread */
  g_assert_cmpuint (hr_bands_get_n_drivers (bands), ==, 2);
  g_assert_cmpfloat (hr_bands_get_driver (bands, 0)->spread, ==, 0);
}

/* --- null loads --- */

static void
test_null_load (void)
{
  /* nobody at month 0 until a hire: load is null (work, no capacity) in
   * every sample in months 0 and 1, a number from month 2 */
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
    " 'roles': [{'id': 'csm', 'headcount': 0, 'ramp': []}],"
    " 'segments': [{'id': 's', 'accounts': 40, 'reactive_hours': 1}],"
    " 'hires': [{'role': 'csm', 'month': '2027-03'}],"
    " 'uncertainty': {'samples': 16, 'ranges': [{'target': 'segments/s/reactive_hours', 'low': 0.5, 'high': 2}]}}");
  g_autoptr(HrBands) bands = compute (plan, NULL);

  for (guint b = 0; b < HR_N_BANDS; b++)
    {
      g_assert_true (isnan (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, b)[0]));
      g_assert_true (isnan (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, b)[1]));
      g_assert_false (isnan (hr_bands_get_role_band (bands, 0, HR_BANDS_LOAD, b)[2]));
    }
  g_assert_cmpfloat (hr_bands_get_p_over (bands, 0)[0], ==, 1);
}

/* --- the same bands, bit for bit --- */

typedef struct {
  char *text;
  char *scenario;
} Run;

static gpointer
run_thread (gpointer data)
{
  Run *run = data;
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(HrBands) bands = compute (plan, run->scenario);

  run->text = hr_bands_to_json_data (bands, NULL);
  return NULL;
}

static void
test_deterministic (void)
{
  Run runs[4] = { { NULL, NULL }, { NULL, NULL }, { NULL, "no-reviews" }, { NULL, "no-reviews" } };
  GThread *threads[2];
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(HrBands) once = compute (plan, NULL);
  g_autoptr(HrBands) twice = compute (plan, NULL);
  g_autofree char *first = hr_bands_to_json_data (once, NULL);
  g_autofree char *second = hr_bands_to_json_data (twice, NULL);

  /* twice on this thread */
  g_assert_cmpstr (first, ==, second);
  /* on two threads at once, each sampling on two threads of its own */
  threads[0] = g_thread_new ("one", run_thread, &runs[0]);
  threads[1] = g_thread_new ("two", run_thread, &runs[2]);
  run_thread (&runs[1]);
  run_thread (&runs[3]);
  g_thread_join (threads[0]);
  g_thread_join (threads[1]);
  g_assert_cmpstr (runs[0].text, ==, first);
  g_assert_cmpstr (runs[1].text, ==, first);
  g_assert_cmpstr (runs[2].text, ==, runs[3].text);
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    g_free (runs[i].text);
  g_assert_finalize_object (g_steal_pointer (&once));
}

/* --- cancelling, progress --- */

static void
count_progress (guint    done,
                guint    total,
                gpointer data)
{
  guint *last = data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, *last);
  *last = done;
}

static void
test_progress_cancel (void)
{
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) bands = NULL;
  guint last = 0;

  bands = hr_bands_compute (plan, NULL, NULL, count_progress, &last, &error);
  g_assert_no_error (error);
  /* 32 samples and 3 drivers, the last reported */
  g_assert_cmpuint (last, ==, 35);

  g_cancellable_cancel (cancellable);
  g_clear_object (&bands);
  bands = hr_bands_compute (plan, NULL, cancellable, NULL, NULL, &error);
  g_assert_null (bands);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_no_ranges (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01'}");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrBands) bands = hr_bands_compute (plan, NULL, NULL, NULL, NULL, &error);

  g_assert_null (bands);
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND);
}

/* --- drivers and hiring at confidence --- */

static void
test_drivers (void)
{
  g_autoptr(HrPlan) plan = load_conformance ("bands.headroom");
  g_autoptr(HrBands) bands = compute (plan, NULL);
  HrForecast *average = hr_bands_get_forecast (bands);
  HrForecast *confident = hr_bands_get_confident_forecast (bands);
  double hired_average = hr_forecast_get_summary (average)->hires_suggested;
  double hired_confident = hr_forecast_get_summary (confident)->hires_suggested;

  /* reactive hours move the need most: 120+ accounts × 1 to 2.5 h */
  g_assert_cmpuint (hr_bands_get_n_drivers (bands), ==, 3);
  g_assert_cmpuint (hr_bands_get_driver (bands, 0)->position, ==, 1);
  g_assert_cmpstr (hr_bands_get_driver (bands, 0)->path, ==, "segments[mid].reactive_hours");
  for (guint i = 0; i + 1 < 3; i++)
    g_assert_cmpfloat (hr_bands_get_driver (bands, i)->spread, >=, hr_bands_get_driver (bands, i + 1)->spread);
  /* the low end of each range needs less than its high end */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (hr_bands_get_driver (bands, i)->peak_low, <, hr_bands_get_driver (bands, i)->peak_high);
  g_assert_cmpfloat (hr_bands_get_peak_need (bands), >, hr_bands_get_driver (bands, 0)->peak_low);
  g_assert_cmpfloat (hr_bands_get_peak_need (bands), <, hr_bands_get_driver (bands, 0)->peak_high);

  /* at 80% confidence the planner hires at least as many: one more CSM
   * (bands.expected.json) than on the plan's own values */
  g_assert_cmpfloat (hired_confident, ==, hired_average + 1);
  {
    g_autofree char *need = hr_bands_describe_need (bands);
    g_assert_nonnull (strstr (need, "80%"));
    g_assert_nonnull (strstr (need, "Jun 2027"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bands/sequence/phi", test_phi);
  g_test_add_func ("/bands/sequence/draw", test_draw);
  g_test_add_func ("/bands/triangular", test_triangular);
  g_test_add_func ("/bands/rank", test_rank);
  g_test_add_func ("/bands/sort/nulls", test_sort_nulls);
  g_test_add_func ("/bands/pick", test_pick);
  g_test_add_data_func ("/bands/conformance/baseline", NULL, test_conformance);
  g_test_add_data_func ("/bands/conformance/no-reviews", "no-reviews", test_conformance);
  g_test_add_func ("/bands/against-forecasts", test_against_forecasts);
  g_test_add_func ("/bands/zero-width", test_zero_width);
  g_test_add_func ("/bands/null-load", test_null_load);
  g_test_add_func ("/bands/deterministic", test_deterministic);
  g_test_add_func ("/bands/progress-cancel", test_progress_cancel);
  g_test_add_func ("/bands/no-ranges", test_no_ranges);
  g_test_add_func ("/bands/drivers", test_drivers);
  return g_test_run ();
}

/* test-forecast-export.c: the forecast, comparison and hiring plan as JSON
 * and CSV: the layout of hr_json_to_string(), null (JSON) or an empty cell
 * (CSV) for every number that is not finite, never a bare inf or nan */
#include <math.h>
#include <string.h>

#include "hr-comparison.h"
#include "hr-forecast-private.h"
#include "hr-hiring.h"
#include "hr-json.h"
#include "test-helpers.h"

/* Nobody on the team: every load is null (spec §3: W / capacity with no
 * capacity), and the cost share of a plan without ARR too */
#define NO_CAPACITY \
  "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3," \
  " 'roles': [{'id': 'csm', 'headcount': 0}]," \
  " 'segments': [{'id': 'core', 'accounts': 50, 'new_per_month': 3, 'reactive_hours': 1}]," \
  " 'moments': [{'id': 'kickoff', 'play': 'kickoff', 'at': 0, 'prep': 2, 'exec': 2, 'follow': 1}]," \
  " 'scenarios': [{'id': 'more', 'changes': [{'op': 'scale', 'target': 'segments/*/new_per_month', 'factor': 1.5}]}]}"

/* The words outside strings are only true, false and null */
static void
assert_no_bare_words (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        {
          for (p++; *p && *p != '"'; p++)
            if (*p == '\\' && p[1])
              p++;
        }
      else if (g_ascii_isalpha (*p) && (p == text || !g_ascii_isalnum (p[-1])))
        {
          const char *end = p;
          g_autofree char *word = NULL;

          while (g_ascii_isalpha (*end))
            end++;
          word = g_strndup (p, end - p);
          /* "e" of an exponent follows a digit and is skipped above */
          if (!g_str_equal (word, "true") && !g_str_equal (word, "false") && !g_str_equal (word, "null"))
            g_error ("bare \"%s\" in JSON at offset %ld", word, (long) (p - text));
          p = end - 1;
        }
    }
}

/* Cells of CSV are numbers, words and ids; none spells inf or nan */
static void
assert_no_inf_nan_cells (const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  for (guint i = 1; lines[i]; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

      for (guint c = 0; cells[c]; c++)
        {
          g_autofree char *lower = g_ascii_strdown (cells[c], -1);
          g_assert_null (strstr (lower, "inf"));
          g_assert_null (strstr (lower, "nan"));
        }
    }
}

static void
test_no_capacity (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (NO_CAPACITY);
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, 0, NULL);
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  g_autofree char *json = hr_forecast_to_json_data (f, NULL);
  g_autofree char *compare = hr_comparison_to_json_data (all, NULL);
  g_autofree char *hiring = hr_hiring_to_json_data (f, NULL);
  g_autofree char *csv = hr_forecast_to_csv (f);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  JsonObject *csm;

  assert_no_bare_words (json);
  assert_no_bare_words (compare);
  assert_no_bare_words (hiring);
  assert_no_inf_nan_cells (csv);

  g_assert_nonnull (root);
  csm = json_object_get_object_member (json_object_get_object_member (json_node_get_object (root), "roles"), "csm");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (json_object_get_array_member (csm, "load"), 0)));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (csm, "status"), 0), ==, "over");
}

/* A value that is not finite, wherever the engine left one, is null in
 * JSON and an empty cell in CSV */
static void
test_not_finite (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (NO_CAPACITY);
  g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, 0, NULL);
  double *designed = (double *) hr_forecast_get_role_series (f, 0, HR_ROLE_DESIGNED);
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) cells = NULL;
  JsonArray *series;

  designed[0] = INFINITY;
  designed[1] = -INFINITY;
  designed[2] = NAN;
  f->summary.total_cost = INFINITY;
  json = hr_forecast_to_json_data (f, NULL);
  csv = hr_forecast_to_csv (f);
  assert_no_bare_words (json);
  assert_no_inf_nan_cells (csv);

  root = json_from_string (json, NULL);
  series = json_object_get_array_member (
    json_object_get_object_member (json_object_get_object_member (json_node_get_object (root), "roles"), "csm"),
    "designed");
  for (guint t = 0; t < 3; t++)
    g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (series, t)));
  g_assert_true (json_object_get_null_member (
    json_object_get_object_member (json_node_get_object (root), "summary"), "total_cost"));

  /* "csm designed" is the second column */
  lines = g_strsplit (csv, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "month,csm designed,"));
  cells = g_strsplit (lines[1], ",", -1);
  g_assert_cmpstr (cells[0], ==, "2027-01");
  g_assert_cmpstr (cells[1], ==, "");
}

/* Written as it goes, the text is laid out as hr_json_to_string() lays out
 * its tree */
static void
test_layout (void)
{
  const char *names[] = { "basic", "tiers", "team" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file_name = g_strconcat (names[i], ".headroom", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", file_name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, NULL);
      g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, 0, NULL);
      g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
      struct { char *streamed; JsonNode *tree; } outputs[] = {
        { hr_forecast_to_json_data (f, NULL), hr_forecast_to_json (f) },
        { hr_comparison_to_json_data (all, NULL), hr_comparison_to_json (all) },
        { hr_hiring_to_json_data (f, NULL), hr_hiring_to_json (f) },
      };

      for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
        {
          g_autofree char *relaid = hr_json_to_string (outputs[o].tree, NULL);

          g_assert_cmpstr (outputs[o].streamed, ==, relaid);
          assert_no_bare_words (outputs[o].streamed);
          g_free (outputs[o].streamed);
          json_node_unref (outputs[o].tree);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/forecast-export/no-capacity", test_no_capacity);
  g_test_add_func ("/forecast-export/not-finite", test_not_finite);
  g_test_add_func ("/forecast-export/layout", test_layout);
  return g_test_run ();
}

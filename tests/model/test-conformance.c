/* test-conformance.c: the spec's worked plans give exactly their
 * expected forecasts (1e-9 relative; statuses, hires and late exactly) */
#include <math.h>

#include "hr-calibration.h"
#include "hr-time-import.h"
#include "test-books-helpers.h"
#include "test-helpers.h"

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
      JsonArray *e = json_node_get_array (expected);
      JsonArray *a = json_node_get_array (actual);

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
    {
      if (g_strcmp0 (json_node_get_string (actual), json_node_get_string (expected)) != 0)
        g_error ("%s: \"%s\", expected \"%s\"", path, json_node_get_string (actual), json_node_get_string (expected));
    }
  else
    {
      double a = json_node_get_double (actual), e = json_node_get_double (expected);

      if (JSON_NODE_HOLDS_NULL (actual) || fabs (a - e) > 1e-9 * MAX (1.0, fabs (e)))
        g_error ("%s: %.17g, expected %.17g", path, a, e);
    }
}

/* hiring_plan may come in any order: compare it sorted */
static int
compare_hires (gconstpointer a,
               gconstpointer b)
{
  JsonObject *x = json_node_get_object ((JsonNode *) a);
  JsonObject *y = json_node_get_object ((JsonNode *) b);
  int by_role = g_strcmp0 (json_object_get_string_member (x, "role"), json_object_get_string_member (y, "role"));

  return by_role ? by_role : g_strcmp0 (json_object_get_string_member (x, "month"),
                                        json_object_get_string_member (y, "month"));
}

static void
normalize_hires (JsonObject *root)
{
  JsonArray *hires = json_object_get_array_member (root, "hiring_plan");
  GList *list = json_array_get_elements (hires);
  JsonArray *sorted = json_array_new ();

  list = g_list_sort (list, compare_hires);
  for (GList *l = list; l; l = l->next)
    json_array_add_element (sorted, json_node_copy (l->data));
  g_list_free (list);
  json_object_set_array_member (root, "hiring_plan", sorted);
}

static void
test_expected (gconstpointer data)
{
  const char *name = data;   /* e.g. "tiers.focus" */
  g_auto(GStrv) parts = g_strsplit (name, ".", 2);
  g_autofree char *plan_name = g_strconcat (parts[0], ".headroom", NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected.json", NULL);
  g_autofree char *plan_file = g_test_build_filename (G_TEST_DIST, "conformance", plan_name, NULL);
  g_autofree char *expected_file = g_test_build_filename (G_TEST_DIST, "conformance", expected_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (plan_file);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);
  g_autoptr(HrForecast) forecast = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) actual = NULL;
  const char *scenario = parts[1] && !g_str_equal (parts[1], "hired") ? parts[1] : NULL;
  HrForecastFlags flags = parts[1] && g_str_equal (parts[1], "hired") ? HR_FORECAST_APPLY_HIRING : 0;
  JsonObject *expected;

  g_assert_no_error (error);
  forecast = hr_engine_forecast (plan, scenario, flags, &error);
  g_assert_no_error (error);
  actual = hr_forecast_to_json (forecast);

  json_parser_load_from_file (parser, expected_file, &error);
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));
  json_object_remove_member (expected, "summary");
  normalize_hires (expected);
  normalize_hires (json_node_get_object (actual));
  compare_nodes (actual, json_parser_get_root (parser), name);
}

static JsonNode *
read_expected (const char *name)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "conformance", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, file, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static HrBooks *
books_of (const char  *plan_name,
          HrPlan     **plan_out)
{
  g_autofree char *plan_file = g_test_build_filename (G_TEST_DIST, "conformance", plan_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (plan_file);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);
  HrBooks *books;

  g_assert_no_error (error);
  books = hr_books_compute (plan, NULL, &error);
  g_assert_no_error (error);
  if (plan_out)
    *plan_out = g_steal_pointer (&plan);
  return books;
}

/* spec §8 books: every number to 1e-9, counts, statuses and frozen exactly */
static void
test_books (void)
{
  g_autoptr(HrBooks) books = books_of ("books.headroom", NULL);
  g_autoptr(JsonNode) actual = hr_books_to_json (books);
  g_autoptr(JsonNode) expected = read_expected ("books.expected.json");

  compare_nodes (actual, expected, "books");
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* spec §8 rebalance: the over-limit hours to 1e-6, transfers and
 * assignments exactly, and every rule of §5.2 from the moves */
static void
test_rebalance (void)
{
  g_autoptr(HrBooks) books = books_of ("books.headroom", NULL);
  g_autoptr(JsonNode) expected = read_expected ("books.rebalance.expected.json");
  JsonObject *e = json_node_get_object (expected);
  g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrRebalance) result = hr_rebalance_solve (problem, 0, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hr_rebalance_get_over_before (result),
                                  json_object_get_double_member (e, "over_hours_before"), 1e-6);
  g_assert_cmpfloat_with_epsilon (hr_rebalance_get_over_after (result),
                                  json_object_get_double_member (e, "over_hours_after"), 1e-6);
  g_assert_cmpuint (hr_rebalance_get_transfers (result), ==, json_object_get_int_member (e, "transfers"));
  g_assert_cmpuint (hr_rebalance_get_assignments (result), ==, json_object_get_int_member (e, "assignments"));
  g_assert_true (hr_rebalance_get_optimal (result) == json_object_get_boolean_member (e, "optimal"));
  assert_rebalance_feasible (books, result);
  for (guint p = 0; p < hr_books_get_n_people (books); p++)
    g_assert_cmpfloat_with_epsilon (hr_rebalance_get_load_before (result, p), hr_books_get_person (books, p)->load, 1e-12);

  g_clear_pointer (&problem, hr_rebalance_problem_free);
  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&books));
}

/* spec §8 calibrate: every number to 1e-9; counts, the period, the number
 * of warnings and the scenario's id, name and changes (in order) exactly */
static void
test_calibrate (void)
{
  g_autofree char *plan_file = g_test_build_filename (G_TEST_DIST, "conformance", "calibrate.headroom", NULL);
  g_autofree char *log_file = g_test_build_filename (G_TEST_DIST, "conformance", "calibrate.log.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (plan_file);
  g_autoptr(GFile) log_path = g_file_new_for_path (log_file);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(HrCalibration) calibration = NULL;
  g_autoptr(JsonNode) actual = NULL;
  g_autoptr(JsonNode) expected = read_expected ("calibrate.expected.json");
  JsonObject *a, *e;

  g_assert_no_error (error);
  log = hr_time_import_file (log_path, plan, NULL, NULL, &error);
  g_assert_no_error (error);
  calibration = hr_calibration_compute (plan, log, 0, &error);
  g_assert_no_error (error);
  actual = hr_calibration_to_json (calibration);
  a = json_node_get_object (actual);
  e = json_node_get_object (expected);

  /* the wording of warnings is the implementation's: their number is not */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (a, "warnings")), ==,
                    json_array_get_length (json_object_get_array_member (e, "warnings")));
  json_object_remove_member (a, "warnings");
  json_object_remove_member (e, "warnings");
  compare_nodes (actual, expected, "calibrate");
  g_assert_finalize_object (g_steal_pointer (&calibration));
}

int
main (int    argc,
      char **argv)
{
  static const char *names[] = {
    "basic", "basic.hired", "tiers", "tiers.automate", "tiers.focus", "tiers.growth",
    "tiers.hired", "team", "team.fund", "team.hired",
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_strdup_printf ("/conformance/%s", names[i]);
      g_test_add_data_func (path, names[i], test_expected);
    }
  g_test_add_func ("/conformance/books", test_books);
  g_test_add_func ("/conformance/books.rebalance", test_rebalance);
  g_test_add_func ("/conformance/calibrate", test_calibrate);
  return g_test_run ();
}

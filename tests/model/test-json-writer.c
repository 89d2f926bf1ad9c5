/* test-json-writer.c: JSON written straight to text, in Headroom's layout
 * (two-space indentation; arrays of scalars and objects of at most four
 * scalars on one line), and never a bare inf or nan */
#include <math.h>
#include <string.h>

#include "hr-json.h"
#include "hr-json-writer.h"

typedef struct {
  const char *name;
  const char *json;       /* single quotes stand for double quotes */
  const char *expected;   /* hr_json_to_string() of it, the same quoting */
} LayoutCase;

static const LayoutCase layouts[] = {
  { "scalar", "12", "12\n" },
  { "empty-object", "{}", "{}\n" },
  { "empty-array", "[]", "[]\n" },
  /* four scalars fit on a line… */
  { "four-members", "{'a': 1, 'b': 'x', 'c': null, 'd': true}",
    "{'a': 1, 'b': 'x', 'c': null, 'd': true}\n" },
  /* …a fifth breaks the object into lines */
  { "five-members", "{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}",
    "{\n  'a': 1,\n  'b': 2,\n  'c': 3,\n  'd': 4,\n  'e': 5\n}\n" },
  /* an array of scalars stays on one line at any length */
  { "series", "[1, 2.5, null, 'x', false, 0.30000000000000004, 1e+21]",
    "[1, 2.5, null, 'x', false, 0.30000000000000004, 1e+21]\n" },
  /* a container inside breaks its parent into lines, not itself */
  { "object-with-series", "{'a': 1, 'b': [1, 2]}",
    "{\n  'a': 1,\n  'b': [1, 2]\n}\n" },
  { "list-of-objects", "[{'role': 'csm', 'count': 1}, {'role': 'tam', 'count': 2}]",
    "[\n  {'role': 'csm', 'count': 1},\n  {'role': 'tam', 'count': 2}\n]\n" },
  /* scalars written on one line are laid out again when a container follows */
  { "mixed-array", "[1, 'two', [3], 4]",
    "[\n  1,\n  'two',\n  [3],\n  4\n]\n" },
  { "nested", "{'a': {'b': {'c': [[], {}]}}}",
    "{\n  'a': {\n    'b': {\n      'c': [\n        [],\n        {}\n      ]\n    }\n  }\n}\n" },
  { "empty-inside", "{'list': [], 'more': {}}",
    "{\n  'list': [],\n  'more': {}\n}\n" },
  /* a member name with the separators in it is no trouble */
  { "names-with-commas", "{'a, b': 1, 'c': [1], 'd, e': 'f, g'}",
    "{\n  'a, b': 1,\n  'c': [1],\n  'd, e': 'f, g'\n}\n" },
};

static char *
quoted (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

static void
test_layout (gconstpointer data)
{
  const LayoutCase *c = data;
  g_autofree char *json = quoted (c->json);
  g_autofree char *expected = quoted (c->expected);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  gsize length;
  g_autofree char *text = NULL;

  g_assert_nonnull (node);
  text = hr_json_to_string (node, &length);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
}

static void
test_strings (void)
{
  g_autoptr(HrJsonWriter) writer = hr_json_writer_new ();
  g_autofree char *text = NULL;

  hr_json_writer_begin_array (writer);
  hr_json_writer_string (writer, "say \"hi\"\\ now");
  hr_json_writer_string (writer, "line\nbreak\ttab\rreturn");
  hr_json_writer_string (writer, "\x01 bell");
  hr_json_writer_string (writer, "Café – 5 €");
  hr_json_writer_string (writer, NULL);
  hr_json_writer_string (writer, "");
  hr_json_writer_end_array (writer);
  text = hr_json_writer_free_to_text (g_steal_pointer (&writer), NULL);

  g_assert_cmpstr (text, ==,
                   "[\"say \\\"hi\\\"\\\\ now\", \"line\\nbreak\\ttab\\rreturn\", \"\\u0001 bell\", "
                   "\"Café – 5 €\", null, \"\"]\n");
}

/* JSON has no inf or nan: a number that is not finite is null, and -0 is 0
 * as before */
static void
test_numbers (void)
{
  g_autoptr(HrJsonWriter) writer = hr_json_writer_new ();
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) back = NULL;

  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "values");
  hr_json_writer_begin_array (writer);
  hr_json_writer_number (writer, NAN);
  hr_json_writer_number (writer, INFINITY);
  hr_json_writer_number (writer, -INFINITY);
  hr_json_writer_number (writer, -0.0);
  hr_json_writer_number (writer, 0.087);
  hr_json_writer_number (writer, 48250.5);
  hr_json_writer_number (writer, 1e-7);
  hr_json_writer_end_array (writer);
  hr_json_writer_member (writer, "count");
  hr_json_writer_integer (writer, -42);
  hr_json_writer_member (writer, "month");
  hr_json_writer_month (writer, 2027 * 12 + 2);
  hr_json_writer_end_object (writer);
  text = hr_json_writer_free_to_text (g_steal_pointer (&writer), NULL);

  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"values\": [null, null, null, 0, 0.087, 48250.5, 1e-07],\n"
                   "  \"count\": -42,\n"
                   "  \"month\": \"2027-03\"\n"
                   "}\n");
  back = json_from_string (text, NULL);
  g_assert_nonnull (back);
}

/* hr_json_format_number, the writer's numbers, for the fields of a plan */
static void
test_format_number (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 1.35, "1.35" }, { 0.0137, "0.0137" }, { 120000, "120000" }, { -0.0, "0" },
    { NAN, "null" }, { INFINITY, "null" }, { -INFINITY, "null" },
    { 1e15, "1e+15" }, { 1.0 / 3.0, "0.3333333333333333" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      hr_json_format_number (buffer, sizeof buffer, cases[i].value);
      g_assert_cmpstr (buffer, ==, cases[i].text);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-writer/layout/%s", layouts[i].name);
      g_test_add_data_func (path, &layouts[i], test_layout);
    }
  g_test_add_func ("/json-writer/strings", test_strings);
  g_test_add_func ("/json-writer/numbers", test_numbers);
  g_test_add_func ("/json-writer/format-number", test_format_number);
  return g_test_run ();
}

/* test-format.c: numbers, money and percentages for people, in the C
 * locale (grouping by "," as an English reader expects); a value that is
 * not finite reads "–" and never "inf" or "nan", in the formatters and in
 * the texts built from them */
#include <locale.h>
#include <math.h>

#include "hr-comparison.h"
#include "hr-format.h"
#include "hr-forecast-private.h"
#include "hr-hiring.h"
#include "test-helpers.h"

typedef char *(*NumberFormat) (double value, guint decimals);
typedef char *(*MoneyFormat) (double value, const char *currency);

typedef struct {
  const char *name;
  double      value;
  guint       decimals;
  const char *expected;
} NumberCase;

static const NumberCase numbers[] = {
  { "grouped", 3251309, 0, "3,251,309" },
  { "decimals", 1234.5, 1, "1,234.5" },
  { "negative", -1234567.891, 2, "-1,234,567.89" },
  { "rounded", 0.875, 2, "0.88" },
  /* what rounds to zero has no sign: "0.0", not "-0.0" */
  { "no-minus-zero", -0.04, 1, "0.0" },
  { "nan", NAN, 1, "–" },
  { "infinite", INFINITY, 0, "–" },
  { "minus-infinite", -INFINITY, 2, "–" },
};

static const NumberCase percents[] = {
  { "whole", 0.85, 0, "85%" },
  { "tenth", 0.1234, 1, "12.3%" },
  { "over", 1.5, 0, "150%" },
  /* a load of billions of percent: past 10,000% the digits say nothing */
  { "beyond", 3e9, 0, "over 10,000%" },
  { "beyond-negative", -250, 1, "below −10,000%" },
  { "nan", NAN, 0, "–" },
  { "infinite", INFINITY, 1, "–" },
};

/* + and − as wide as each other, and no sign on what shows as zero */
static const NumberCase signeds[] = {
  { "up", 0.2, 1, "+0.2" },
  { "down", -0.1, 1, "−0.1" },
  { "zero", 0.04, 1, "0.0" },
  { "nan", NAN, 1, "–" },
  { "infinite", INFINITY, 1, "–" },
  { "minus-infinite", -INFINITY, 0, "–" },
};

typedef struct {
  const char *name;
  double      value;
  const char *expected;
  const char *exact;   /* hr_format_money_exact() */
} MoneyCase;

static const MoneyCase monies[] = {
  { "thousands", 12000, "12,000 USD", "12,000 USD" },
  /* millions with one decimal below 100 M, billions with two */
  { "millions", 3.4e6, "3.4 M USD", "3,400,000 USD" },
  { "hundreds-of-millions", 2.5e8, "250 M USD", "250,000,000 USD" },
  { "billions", 1.25e9, "1.25 bn USD", "1,250,000,000 USD" },
  { "nan", NAN, "–", "–" },
  { "infinite", INFINITY, "–", "–" },
  { "minus-infinite", -INFINITY, "–", "–" },
};

static void
check_numbers (const NumberCase *cases,
               guint             n,
               NumberFormat      format)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = format (cases[i].value, cases[i].decimals);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_error ("%s: \"%s\", expected \"%s\"", cases[i].name, text, cases[i].expected);
    }
}

static void
test_number (void)
{
  check_numbers (numbers, G_N_ELEMENTS (numbers), hr_format_number);
}

static void
test_percent (void)
{
  check_numbers (percents, G_N_ELEMENTS (percents), hr_format_percent);
}

static void
test_signed (void)
{
  check_numbers (signeds, G_N_ELEMENTS (signeds), hr_format_signed);
}

static void
test_money (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (monies); i++)
    {
      g_autofree char *text = hr_format_money (monies[i].value, "USD");
      g_autofree char *exact = hr_format_money_exact (monies[i].value, "USD");

      g_assert_cmpstr (text, ==, monies[i].expected);
      g_assert_cmpstr (exact, ==, monies[i].exact);
    }
}

/* A number quoted back in a message: all its digits, words for the rest */
static void
test_exact (void)
{
  const struct { double value; const char *expected; } cases[] = {
    { 16.5, "16.5" }, { 1080, "1080" }, { 1e20, "1e+20" }, { -0.0, "0" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { INFINITY, "infinity" }, { -INFINITY, "minus infinity" }, { NAN, "not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hr_format_exact (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* No word of @text is inf, nan or infinity, whatever the case */
static void
assert_no_inf_nan (const char *what,
                   const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[^a-z]+", lower, 0, 0);

  for (guint i = 0; words[i]; i++)
    if (g_str_equal (words[i], "inf") || g_str_equal (words[i], "nan") || g_str_equal (words[i], "infinity"))
      g_error ("%s says \"%s\": %s", what, words[i], text);
}

/* Nobody on the team, no ARR, and the summary's figures forced to infinity
 * and NAN as an engine bug might leave them: the texts people read still
 * show none of it */
static void
test_texts (void)
{
  g_autoptr(HrPlan) plan = plan_from_text (
    "{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', 'months': 3,"
    " 'roles': [{'id': 'csm', 'headcount': 0, 'arr_per_fte': 1000000}],"
    " 'segments': [{'id': 'core', 'accounts': 50, 'new_per_month': 3, 'reactive_hours': 1, 'acv': 0}],"
    " 'moments': [{'id': 'kickoff', 'play': 'kickoff', 'at': 0, 'prep': 2, 'exec': 2, 'follow': 1}],"
    " 'scenarios': [{'id': 'more', 'changes': [{'op': 'scale', 'target': 'segments/*/new_per_month', 'factor': 1.5}]}]}");
  g_autoptr(GPtrArray) all = hr_engine_compare (plan, NULL);
  HrForecast *f = all->pdata[0];
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  f->summary.peak_load = INFINITY;
  f->summary.required_fte_end = INFINITY;
  f->summary.effective_fte_end = NAN;
  f->summary.total_cost = INFINITY;
  f->summary.total_cost_hired = -INFINITY;
  f->summary.cost_share = INFINITY;
  f->summary.cost_share_hired = NAN;
  hr_summary_status (f, 0.15, &title, &detail);

  struct { const char *what; char *text; } texts[] = {
    { "hiring summary", hr_hiring_summary (f) },
    { "pressure summary", hr_pressure_summary (f, 2, 0.15) },
    { "cost share", hr_summary_describe_cost_share (f, 0.15) },
    { "status", g_strdup (title) },
    { "status detail", g_strdup (detail) },
    { "comparison", hr_comparison_to_text (all) },
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (texts[i].text)
        assert_no_inf_nan (texts[i].what, texts[i].text);
      g_free (texts[i].text);
    }
  for (guint row = 0; row < hr_comparison_count_rows (all); row++)
    for (guint column = 0; column < all->len; column++)
      {
        g_autofree char *cell = hr_comparison_dup_cell (all, column, row);
        assert_no_inf_nan ("comparison cell", cell);
      }
}

int
main (int    argc,
      char **argv)
{
  /* the tests run under LC_ALL=C.UTF-8 */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number", test_number);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/signed", test_signed);
  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/exact", test_exact);
  g_test_add_func ("/format/texts", test_texts);
  return g_test_run ();
}

/* test-dtoa.c: hr_dtoa_shortest against its definition, the fewest digits
 * that read back as the same double, checked by strtod on millions of bit
 * patterns and against a printf/strtod search for the shortest digits.
 *
 * Random values come from g_test_rand_*: a failure prints the seed, and
 * `test-dtoa --seed=SEED` repeats the run. `-m slow` checks ten times as
 * many values. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hr-dtoa.h"

static double
from_bits (guint64 bits)
{
  double value;

  memcpy (&value, &bits, sizeof value);
  return value;
}

static guint64
to_bits (double value)
{
  guint64 bits;

  memcpy (&bits, &value, sizeof bits);
  return bits;
}

static guint64
random_bits (void)
{
  return ((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ();
}

/* A number such as a plan holds (1.35, 0.087, 48250.5): up to 8 digits,
 * up to 6 of them after the point, read by strtod as a file would be */
static double
random_short_decimal (void)
{
  char text[32];

  g_snprintf (text, sizeof text, "%s%de-%d", g_test_rand_bit () ? "-" : "",
              g_test_rand_int_range (0, 100000000), g_test_rand_int_range (0, 7));
  return g_ascii_strtod (text, NULL);
}

/* A number such as a forecast computes: sums, products and powers of plan
 * numbers, so digits run to the last place */
static double
random_computed (void)
{
  double a = random_short_decimal (), b = random_short_decimal ();

  switch (g_test_rand_int_range (0, 4))
    {
    case 0: return a * b;
    case 1: return a + b / 12.0;
    case 2: return a * pow (1.0 + fabs (b) / 1e8, g_test_rand_int_range (1, 120));
    default: return b != 0 ? a / b : a;
    }
}

static double
random_value (void)
{
  double value;

  switch (g_test_rand_int_range (0, 4))
    {
    case 0: value = random_short_decimal (); break;
    case 1: value = random_computed (); break;
    case 2: value = (double) (random_bits () >> g_test_rand_int_range (0, 64)); break;
    default:
      do
        value = from_bits (random_bits ());
      while (!isfinite (value));
    }
  return value;
}

/* The significant digits (no leading or trailing zeros) and the exponent of
 * the first of them, from "1.25e+03", "0.0125", "-120" … */
static void
significant (const char *text,
             char       *digits,
             int        *exponent)
{
  const char *p = text + (*text == '-');
  int point = -1, n = 0, first = -1, position = 0;

  for (; *p && *p != 'e'; p++)
    {
      if (*p == '.')
        {
          point = position;
          continue;
        }
      if (first < 0 && *p == '0')
        {
          position++;
          continue;
        }
      if (first < 0)
        first = position;
      digits[n++] = *p;
      position++;
    }
  while (n > 1 && digits[n - 1] == '0')
    n--;
  digits[n] = '\0';
  if (point < 0)
    point = position;
  *exponent = (first < 0 ? 0 : point - first - 1) + (*p == 'e' ? atoi (p + 1) : 0);
  if (n == 0)
    strcpy (digits, "0");
}

/* The definition, by trial: the correctly rounded P-digit text for P = 1,
 * 2, … 17 until one reads back as @value */
static int
shortest_by_search (double  value,
                    char   *text,
                    gsize   size)
{
  for (int precision = 1; precision <= 17; precision++)
    {
      g_snprintf (text, size, "%.*e", precision - 1, value);
      if (to_bits (g_ascii_strtod (text, NULL)) == to_bits (value))
        return precision;
    }
  g_assert_not_reached ();
}

/* Headroom's writer before hr_dtoa: %.0f for whole numbers, else %.15g,
 * %.16g, %.17g, the first that reads back */
static void
previous_writer (double  value,
                 char   *buffer,
                 gsize   size)
{
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buffer, size, "%.0f", value);
      return;
    }
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, size, precision == 15 ? "%.15g" : precision == 16 ? "%.16g" : "%.17g",
                       value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
}

/* The text reads back as exactly @value, bit for bit, and is no longer
 * than the definition's; returns the text's significant digits */
static int
check_round_trip (double  value,
                  char   *text)
{
  char digits[32];
  int exponent;
  gsize length = hr_dtoa_shortest (value, text);
  char *end;
  double back = g_ascii_strtod (text, &end);

  if (to_bits (back) != to_bits (value) || *end != '\0' || length != strlen (text))
    g_error ("%.17g (bits %016" G_GINT64_MODIFIER "x) was written as \"%s\", which reads back as %.17g",
             value, to_bits (value), text, back);
  significant (text, digits, &exponent);
  return (int) strlen (digits);
}

typedef struct {
  double      value;
  const char *expected;
} Case;

static void
test_cases (void)
{
  /* each text is what "%.15g" prints when that reads back (it does for
   * every number of up to 15 digits), else the shortest digits laid out
   * the same way */
  static const Case cases[] = {
    { 0.0, "0" },
    { -0.0, "-0" },
    { 1.0, "1" },
    { -1.0, "-1" },
    { 0.1, "0.1" },
    { 1.35, "1.35" },
    { 0.087, "0.087" },
    { 48250.5, "48250.5" },
    { 0.0137, "0.0137" },
    { 120000.0, "120000" },
    { 2e6, "2000000" },
    { 0.25, "0.25" },
    { 1.0 / 3.0, "0.3333333333333333" },          /* 16 digits: %.16g */
    { 2.0 / 3.0, "0.6666666666666666" },
    { 0.1 + 0.2, "0.30000000000000004" },         /* 17 digits: %.17g */
    { 100.0 / 3.0, "33.333333333333336" },
    { 123456789012345.0, "123456789012345" },     /* 15 digits, fixed */
    { 1e14, "100000000000000" },
    { 1e15, "1e+15" },                             /* X = 15 ≥ P = 15 */
    { 1e15 + 1, "1000000000000001" },              /* 16 digits: P = 16 */
    { 1.5e15, "1.5e+15" },
    { 9007199254740992.0, "9007199254740992" },    /* 2^53 */
    { 9007199254740994.0, "9007199254740994" },    /* 2^53 + 2 */
    { 9007199254740991.0, "9007199254740991" },    /* 2^53 − 1 */
    { 1e16, "1e+16" },
    { 1e21, "1e+21" },
    { 1e22, "1e+22" },
    { 1e23, "1e+23" },                             /* not exact: 99999999999999991611392 */
    { 0.0001, "0.0001" },                          /* X = −4: still fixed */
    { 0.00001, "1e-05" },
    { 1.5e-5, "1.5e-05" },
    { 1e-100, "1e-100" },
    { 1e100, "1e+100" },
    { DBL_MAX, "1.7976931348623157e+308" },
    { -DBL_MAX, "-1.7976931348623157e+308" },
    { DBL_MIN, "2.2250738585072014e-308" },        /* smallest normal */
    { 2.2250738585072009e-308, "2.225073858507201e-308" }, /* largest subnormal */
    { 4.9406564584124654e-324, "5e-324" },         /* smallest subnormal */
    { 9.8813129168249309e-324, "1e-323" },
    { 1.4821969375237396e-323, "1.5e-323" },
    { 5.551115123125783e-17, "5.551115123125783e-17" }, /* 2^−54 */
    { 1.7976931348623155e+308, "1.7976931348623155e+308" },
    { 0.1 * 3, "0.30000000000000004" },
    { 1e-7, "1e-07" },
    { 123e18, "1.23e+20" },
    { 299792458.0, "299792458" },
    { 2.5, "2.5" },
    { 4.35, "4.35" },
    { 1.0000000000000002, "1.0000000000000002" },  /* 1 + 2^−52 */
    { 0.9999999999999999, "0.9999999999999999" },  /* 1 − 2^−53 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char text[HR_DTOA_BUFFER_SIZE];

      check_round_trip (cases[i].value, text);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_non_finite (void)
{
  const double values[] = { INFINITY, -INFINITY, NAN, -NAN };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char text[HR_DTOA_BUFFER_SIZE] = "x";

      g_assert_cmpuint (hr_dtoa_shortest (values[i], text), ==, 0);
      g_assert_cmpstr (text, ==, "");
    }
}

/* Every power of ten a double can come near is one digit, and the normal
 * ones print as %.15g prints them */
static void
test_powers_of_ten (void)
{
  for (int e = -323; e <= 308; e++)
    {
      char text[HR_DTOA_BUFFER_SIZE], source[16], printed[64];
      double value;

      g_snprintf (source, sizeof source, "1e%d", e);
      value = g_ascii_strtod (source, NULL);
      g_assert_cmpint (check_round_trip (value, text), ==, 1);
      if (value >= DBL_MIN)
        {
          g_ascii_formatd (printed, sizeof printed, "%.15g", value);
          g_assert_cmpstr (text, ==, printed);
        }
    }
}

/* Around the edges of the format: each power of two (where the interval
 * below is half as wide), 2^53, the subnormals, the largest numbers */
static void
test_neighbours (void)
{
  const double anchors[] = {
    DBL_MIN, DBL_MAX, 4.9406564584124654e-324, 2.2250738585072009e-308,
    9007199254740992.0, 1e15, 1e16, 1e22, 1e23, 1.0, 0.1, 1e-5, 1e-4,
  };
  int shorter = 0;

  for (int e = -1074; e <= 1023; e++)
    for (int side = -2; side <= 2; side++)
      {
        double value = ldexp (1.0, e);
        char text[HR_DTOA_BUFFER_SIZE], reference[40];

        for (int k = 0; k < ABS (side); k++)
          value = nextafter (value, side < 0 ? 0.0 : INFINITY);
        if (!isfinite (value))
          continue;
        for (int sign = 0; sign < 2; sign++, value = -value)
          {
            int ours = check_round_trip (value, text);
            int definition = shortest_by_search (value, reference, sizeof reference);

            g_assert_cmpint (ours, <=, definition);
            shorter += ours < definition;
          }
      }
  for (guint i = 0; i < G_N_ELEMENTS (anchors); i++)
    {
      double value = anchors[i];

      for (int k = 0; k < 50; k++)
        value = nextafter (value, 0.0);
      for (int k = 0; k < 100; k++, value = nextafter (value, INFINITY))
        {
          char text[HR_DTOA_BUFFER_SIZE], reference[40];

          if (!isfinite (value))
            break;
          g_assert_cmpint (check_round_trip (value, text), <=,
                           shortest_by_search (value, reference, sizeof reference));
        }
    }
  /* the search tries only the nearest P-digit number; at a power of two the
   * narrow side can hold a shorter one the search misses */
  g_test_message ("%d powers of two and neighbours have fewer digits than the search finds", shorter);
}

static int
n_values (int quick)
{
  return g_test_slow () ? quick * 10 : quick;
}

/* Millions of random bit patterns: every finite double read back exactly */
static void
test_random_bits (void)
{
  int n = n_values (2000000), checked = 0;

  for (int i = 0; i < n; i++)
    {
      double value = from_bits (random_bits ());
      char text[HR_DTOA_BUFFER_SIZE];

      if (!isfinite (value))
        continue;
      check_round_trip (value, text);
      checked++;
    }
  g_test_message ("%d random bit patterns read back exactly", checked);
}

/* The same digits as the printf/strtod search for the shortest, on a large
 * sample of numbers of every kind; fewer only where the search misses */
static void
test_against_search (void)
{
  int n = n_values (100000), shorter = 0;

  for (int i = 0; i < n; i++)
    {
      double value = random_value ();
      char text[HR_DTOA_BUFFER_SIZE], reference[40], ours[32], theirs[32];
      int our_exponent, their_exponent;
      int length = check_round_trip (value, text);
      int definition = shortest_by_search (value, reference, sizeof reference);

      g_assert_cmpint (length, <=, definition);
      if (length < definition)
        {
          shorter++;
          continue;
        }
      significant (text, ours, &our_exponent);
      significant (reference, theirs, &their_exponent);
      if (!g_str_equal (ours, theirs) || our_exponent != their_exponent)
        g_error ("%.17g: \"%s\" where the search found \"%s\"", value, text, reference);
    }
  g_test_message ("%d of %d numbers have fewer digits than the search finds", shorter, n);
}

/* Where the previous writer's text was already shortest, the bytes are the
 * same: plan files and outputs do not change for nothing */
static void
test_against_previous_writer (void)
{
  int n = n_values (200000), improved = 0;

  for (int i = 0; i < n; i++)
    {
      double value = random_value ();
      char text[HR_DTOA_BUFFER_SIZE], before[G_ASCII_DTOSTR_BUF_SIZE], digits[32];
      int exponent, length;

      if (value == 0)
        continue;   /* the JSON writer prints -0 as 0, as before */
      length = check_round_trip (value, text);
      previous_writer (value, before, sizeof before);
      significant (before, digits, &exponent);
      if ((int) strlen (digits) > length)
        improved++;
      else if (!g_str_equal (text, before))
        g_error ("%.17g: \"%s\" where the previous writer wrote \"%s\"", value, text, before);
    }
  g_test_message ("%d of %d numbers are shorter than the previous writer wrote them", improved, n);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dtoa/cases", test_cases);
  g_test_add_func ("/dtoa/non-finite", test_non_finite);
  g_test_add_func ("/dtoa/powers-of-ten", test_powers_of_ten);
  g_test_add_func ("/dtoa/neighbours", test_neighbours);
  g_test_add_func ("/dtoa/random-bits", test_random_bits);
  g_test_add_func ("/dtoa/against-search", test_against_search);
  g_test_add_func ("/dtoa/against-previous-writer", test_against_previous_writer);
  return g_test_run ();
}

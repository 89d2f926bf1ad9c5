/* hr-format.c: numbers, money, percentages and months for people */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hr-dtoa.h"
#include "hr-format.h"

/* What stands for a number there is none of (NAN) or that is not finite:
 * people never read "inf" or "nan" */
#define NO_NUMBER "–"

/* Groups the whole part of a printed number by threes with @separator.
 * Done here rather than with printf's "'" flag, which Windows lacks. */
static char *
group_thousands (const char *text,
                 const char *point,
                 const char *separator)
{
  const char *digits = text + (text[0] == '-');
  const char *end = strstr (digits, point);
  gsize n_int = end ? (gsize) (end - digits) : strlen (digits);
  GString *out = g_string_new (text[0] == '-' ? "-" : "");

  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  if (end)
    g_string_append (out, end);
  return g_string_free (out, FALSE);
}

char *
hr_format_number (double value,
                  guint  decimals)
{
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  const char *separator = lc->thousands_sep ? lc->thousands_sep : "";
  g_autofree char *text = NULL;

  if (!isfinite (value))
    return g_strdup (NO_NUMBER);
  if (fabs (value) < 0.5 * pow (10.0, -(double) decimals))
    value = 0.0;   /* no "-0" */
  text = g_strdup_printf ("%.*f", (int) decimals, value);
  /* the C and POSIX locales group nothing; an English reader still
   * expects "3,251,309" */
  if (*separator == '\0' && g_str_equal (point, "."))
    separator = ",";
  return group_thousands (text, point, separator);
}

char *
hr_format_money (double      value,
                 const char *currency)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup (NO_NUMBER);
  if (fabs (value) >= 1e9)
    {
      number = hr_format_number (value / 1e9, 2);
      /* Translators: money in billions, e.g. "1.25 bn USD" */
      return g_strdup_printf (_("%s bn %s"), number, currency);
    }
  if (fabs (value) >= 1e6)
    {
      number = hr_format_number (value / 1e6, fabs (value) >= 1e8 ? 0 : 1);
      /* Translators: money in millions, e.g. "3.4 M USD" */
      return g_strdup_printf (_("%s M %s"), number, currency);
    }
  number = hr_format_number (value, 0);
  /* Translators: an amount of money, e.g. "12,000 USD" */
  return g_strdup_printf (_("%s %s"), number, currency);
}

char *
hr_format_money_exact (double      value,
                       const char *currency)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup (NO_NUMBER);
  number = hr_format_number (value, 0);
  return g_strdup_printf (_("%s %s"), number, currency);
}

char *
hr_format_percent (double fraction,
                   guint  decimals)
{
  g_autofree char *number = NULL;

  if (!isfinite (fraction))
    return g_strdup (NO_NUMBER);
  /* a load of a few hours' capacity can be billions of percent: past
   * 10,000% the digits say nothing more */
  if (fabs (fraction) > 100)
    {
      number = hr_format_number (10000, 0);
      /* Translators: a percentage beyond what is worth printing, e.g. "over 10,000%" */
      return fraction > 0 ? g_strdup_printf (_("over %s%%"), number)
                          : g_strdup_printf (_("below −%s%%"), number);
    }
  number = hr_format_number (fraction * 100.0, decimals);
  /* Translators: a percentage, e.g. "85%" */
  return g_strdup_printf (_("%s%%"), number);
}

char *
hr_format_signed (double value,
                  guint  decimals)
{
  g_autofree char *number = NULL;
  double unit = pow (10, -(double) decimals);

  if (!isfinite (value))
    return g_strdup (NO_NUMBER);
  number = hr_format_number (fabs (value), decimals);
  if (value >= unit / 2)
    return g_strdup_printf ("+%s", number);
  if (value <= -unit / 2)
    /* a minus sign, as wide as the plus */
    return g_strdup_printf ("−%s", number);
  return hr_format_number (0, decimals);
}

char *
hr_format_exact (double value)
{
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point && *lc->decimal_point ? lc->decimal_point : ".";
  char digits[HR_DTOA_BUFFER_SIZE];
  char *dot;

  if (isnan (value))
    return g_strdup (_("not a number"));
  if (isinf (value))
    return g_strdup (value > 0 ? _("infinity") : _("minus infinity"));
  hr_dtoa_shortest (value == 0 ? 0 : value, digits);
  dot = strchr (digits, '.');
  if (dot == NULL)
    return g_strdup (digits);
  *dot = '\0';
  return g_strconcat (digits, point, dot + 1, NULL);
}

char *
hr_format_month (int         absolute_month,
                 const char *format)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (absolute_month / 12, absolute_month % 12 + 1,
                                                   1, 0, 0, 0);

  if (date == NULL)
    return g_strdup ("?");
  return g_date_time_format (date, format);
}

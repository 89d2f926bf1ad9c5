/* hr-format.c: numbers, money, percentages and months for people */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-format.h"

char *
hr_format_number (double value,
                  guint  decimals)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value) < 0.5 * pow (10.0, -(double) decimals))
    value = 0.0;   /* no "-0" */
  /* %' groups thousands as the locale says */
  return g_strdup_printf ("%'.*f", (int) decimals, value);
}

char *
hr_format_money (double      value,
                 const char *currency)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
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
  g_autofree char *number = hr_format_number (value, 0);

  if (isnan (value))
    return g_strdup ("–");
  return g_strdup_printf (_("%s %s"), number, currency);
}

char *
hr_format_percent (double fraction,
                   guint  decimals)
{
  g_autofree char *number = NULL;

  if (isnan (fraction))
    return g_strdup ("–");
  number = hr_format_number (fraction * 100.0, decimals);
  /* Translators: a percentage, e.g. "85%" */
  return g_strdup_printf (_("%s%%"), number);
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

/* hr-time-values.c: dates and durations of imported time logs */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-time-values.h"

/* --- dates --- */

gboolean
hr_day_parse_iso (const char *text,
                  HrDay      *day)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return hr_import_parse_date (text, HR_DATE_ORDER_MONTH_FIRST, day);
}

int
hr_day_get_month (const HrDay *day)
{
  return day->year * 12 + day->month - 1;
}

/* --- durations --- */

/* Digits with at most one decimal point or comma; a point and commas
 * together are grouping and a decimal point ("1,234.5") */
static gboolean
parse_decimal (const char *text,
               gsize       length,
               double     *value)
{
  g_autofree char *copy = g_strndup (text, length);
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *point = strrchr (copy, '.');
  const char *comma = strrchr (copy, ',');
  const char *decimal = point ? point : comma;
  gboolean digits = FALSE;
  char *end = NULL;

  if (point && comma && comma > point)
    return FALSE;
  /* grouping commas stand before groups of three digits */
  for (const char *p = point && comma ? strchr (copy, ',') : NULL; p && p < point; p = strchr (p + 1, ','))
    if (p == copy || strspn (p + 1, "0123456789") != 3)
      return FALSE;
  if (point == NULL && comma && strchr (copy, ',') != comma)
    return FALSE;
  for (const char *p = copy; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          digits = TRUE;
          g_string_append_c (clean, *p);
        }
      else if (p == decimal)
        g_string_append_c (clean, '.');
      else if (*p == ',' && point != NULL)
        continue;
      else
        return FALSE;
    }
  if (!digits)
    return FALSE;
  *value = g_ascii_strtod (clean->str, &end);
  return *end == '\0' && isfinite (*value);
}

gboolean
hr_hours_parse_decimal (const char *text,
                        double     *hours)
{
  gboolean digits = FALSE, point = FALSE;
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }
  if (!digits)
    return FALSE;
  *hours = g_ascii_strtod (text, &end);
  return *end == '\0' && isfinite (*hours) && *hours >= 0;
}

/* h:mm or h:mm:ss, hours of any size; seconds may have a fraction */
static gboolean
parse_clock (const char *text,
             double     *hours)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint n = g_strv_length (parts);
  double seconds = 0;

  if (n < 2 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      double value;
      char *end = NULL;

      if (*parts[i] == '\0' || !g_ascii_isdigit (*parts[i]))
        return FALSE;
      for (const char *p = parts[i]; *p; p++)
        if (!g_ascii_isdigit (*p) && !(i == 2 && *p == '.'))
          return FALSE;
      value = g_ascii_strtod (parts[i], &end);
      if (*end != '\0' || !isfinite (value) || (i > 0 && value >= 60))
        return FALSE;
      seconds = seconds * 60 + value;
    }
  if (n == 2)
    seconds *= 60;
  *hours = seconds / 3600;
  return isfinite (*hours);
}

static double
unit_seconds (const char *unit,
              gsize       length)
{
  static const struct { const char *word; double seconds; } units[] = {
    { "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 }, { "hours", 3600 },
    { "std", 3600 }, { "stunde", 3600 }, { "stunden", 3600 },
    { "m", 60 }, { "min", 60 }, { "mins", 60 }, { "minute", 60 }, { "minutes", 60 }, { "minuten", 60 },
    { "s", 1 }, { "sec", 1 }, { "secs", 1 }, { "second", 1 }, { "seconds", 1 }, { "sek", 1 },
  };
  g_autofree char *copy = g_strndup (unit, length);
  g_autofree char *word = hr_import_normalize_name (copy);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (word, units[i].word))
      return units[i].seconds;
  return 0;
}

/* "1h 30m", "90 min", "1.5 h", "1h30" */
static gboolean
parse_units (const char *text,
             double     *hours)
{
  const char *p = text;
  double seconds = 0, last_unit = 0;
  gboolean any = FALSE;

  while (*p)
    {
      const char *start;
      double value, unit;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
        p++;
      if (p == start || !parse_decimal (start, p - start, &value))
        return FALSE;
      while (*p == ' ')
        p++;
      start = p;
      while (g_ascii_isalpha (*p) || *p == '.')
        p++;
      if (p == start)
        {
          /* "1h30": minutes after hours */
          if (last_unit != 3600 || *p != '\0')
            return FALSE;
          unit = 60;
        }
      else if ((unit = unit_seconds (start, p - start)) == 0)
        return FALSE;
      seconds += value * unit;
      last_unit = unit;
      any = TRUE;
    }
  if (!any)
    return FALSE;
  *hours = seconds / 3600;
  return isfinite (*hours);
}

gboolean
hr_hours_parse (const char     *text,
                HrDurationUnit  unit,
                double         *hours)
{
  g_autofree char *copy = NULL;
  double value;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0' || *copy == '-')
    return FALSE;
  if (strchr (copy, ':'))
    return parse_clock (copy, hours);
  for (const char *p = copy; *p; p++)
    if (g_ascii_isalpha (*p))
      return parse_units (copy, hours);
  if (!parse_decimal (copy, strlen (copy), &value))
    return FALSE;
  *hours = unit == HR_DURATION_MINUTES ? value / 60 : unit == HR_DURATION_SECONDS ? value / 3600 : value;
  return TRUE;
}

HrDurationUnit
hr_duration_unit_for_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header ? header : "", -1);

  if (strstr (folded, "minute") || strstr (folded, "(min") || g_str_equal (folded, "min") ||
      g_str_equal (folded, "mins"))
    return HR_DURATION_MINUTES;
  if (strstr (folded, "second") || strstr (folded, "(sec") || strstr (folded, "(s)"))
    return HR_DURATION_SECONDS;
  return HR_DURATION_HOURS;
}

/* hr-time-values.c: dates and durations of imported time logs */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-time-values.h"

/* --- month names --- */

typedef struct {
  char *name;   /* casefolded, without a trailing dot */
  int   month;
} MonthName;

static const char * const english_months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static char *
fold_word (const char *word,
           gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (word, length);
  gsize n = strlen (folded);

  while (n > 0 && folded[n - 1] == '.')
    folded[--n] = '\0';
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

static void
add_month_name (GArray     *names,
                const char *name,
                int         month)
{
  MonthName entry = { fold_word (name, -1), month };

  if (*entry.name == '\0')
    {
      g_free (entry.name);
      return;
    }
  g_array_append_val (names, entry);
}

/* English full and short names, then the locale's (%B and %b), built
 * once: the app sets its locale before it reads a file */
static GArray *
month_names (void)
{
  static gsize once = 0;
  static GArray *names = NULL;

  if (g_once_init_enter (&once))
    {
      GArray *list = g_array_new (FALSE, FALSE, sizeof (MonthName));

      for (int m = 1; m <= 12; m++)
        {
          g_autofree char *short_name = g_strndup (english_months[m - 1], 3);
          g_autoptr(GDateTime) date = g_date_time_new_utc (2026, m, 15, 12, 0, 0);
          g_autofree char *full = g_date_time_format (date, "%B");
          g_autofree char *abbreviated = g_date_time_format (date, "%b");

          add_month_name (list, english_months[m - 1], m);
          add_month_name (list, short_name, m);
          if (full)
            add_month_name (list, full, m);
          if (abbreviated)
            add_month_name (list, abbreviated, m);
        }
      add_month_name (list, "sept", 9);
      names = list;
      g_once_init_leave (&once, 1);
    }
  return names;
}

static int
month_from_name (const char *word,
                 gssize      length)
{
  g_autofree char *folded = fold_word (word, length);
  GArray *names = month_names ();

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_array_index (names, MonthName, i).name, folded))
      return g_array_index (names, MonthName, i).month;
  return 0;
}

/* --- dates --- */

typedef struct {
  gboolean is_number;
  int      value;     /* a number, or the month of a month name */
  int      digits;
  char     separator; /* the separator before it: '/', '.', '-', ' ' or 0 */
} Token;

/* Up to three tokens of a date; a time or zone after them is left aside.
 * FALSE for characters no date is written with. */
static gboolean
tokenize_date (const char *text,
               Token      *tokens,
               guint      *n_tokens)
{
  const char *p = text;
  guint n = 0;

  while (*p == ' ' || *p == '\t')
    p++;
  while (*p && n < 3)
    {
      char separator = 0;
      Token *token = &tokens[n];

      while (*p && strchr (" ,/.-\t", *p))
        {
          if (separator == 0 || separator == ' ' || separator == ',')
            separator = *p == '\t' ? ' ' : *p;
          p++;
        }
      if (*p == '\0')
        break;
      token->separator = n == 0 ? 0 : separator;
      if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          gint64 value = 0;

          while (g_ascii_isdigit (*p) && p - start < 9)
            value = value * 10 + (*p++ - '0');
          if (g_ascii_isdigit (*p) || *p == ':')
            return FALSE;
          token->is_number = TRUE;
          token->value = (int) value;
          token->digits = p - start;
        }
      else
        {
          const char *start = p;

          while (*p && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (p == start)
            return FALSE;
          token->is_number = FALSE;
          token->value = month_from_name (start, p - start);
          token->digits = 0;
          if (token->value == 0)
            return FALSE;
          if (*p == '.')
            p++;
        }
      n++;
      if (n == 1 && tokens[0].is_number && tokens[0].digits == 8)
        break;
    }
  /* what follows the date is a time: "T09:30:00Z", " 9:15 AM" */
  if (*p && *p != ' ' && *p != '\t' && *p != 'T')
    return FALSE;
  *n_tokens = n;
  return TRUE;
}

static gboolean
make_day (int    year,
          int    month,
          int    day,
          HrDay *out)
{
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  out->year = year;
  out->month = month;
  out->day = day;
  return TRUE;
}

static int
full_year (const Token *token)
{
  /* "26" is 2026: time logs are of this century */
  return token->digits <= 2 ? 2000 + token->value : token->value;
}

gboolean
hr_day_parse_iso (const char *text,
                  HrDay      *day)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return make_day (atoi (text), atoi (text + 5), atoi (text + 8), day);
}

gboolean
hr_day_parse (const char  *text,
              HrDateOrder  order,
              HrDay       *day)
{
  Token t[3] = { 0 };
  guint n = 0;

  if (text == NULL || !tokenize_date (text, t, &n))
    return FALSE;
  if (n == 1 && t[0].is_number && t[0].digits == 8)
    return make_day (t[0].value / 10000, t[0].value / 100 % 100, t[0].value % 100, day);
  if (n != 3)
    return FALSE;
  if (t[0].is_number && t[1].is_number && t[2].is_number)
    {
      if (t[0].digits == 4)
        return make_day (t[0].value, t[1].value, t[2].value, day);
      if (t[2].digits != 4 && t[2].digits != 2)
        return FALSE;
      if (order == HR_DATE_ORDER_UNKNOWN)
        order = hr_date_order_for_locale ();
      if (order == HR_DATE_ORDER_MDY)
        return make_day (full_year (&t[2]), t[0].value, t[1].value, day);
      return make_day (full_year (&t[2]), t[1].value, t[0].value, day);
    }
  /* a month name, a day and a year: "Nov 3, 2026", "3 Nov 2026", "2026-Nov-03" */
  if (!t[0].is_number && t[1].is_number && t[2].is_number)
    return (t[2].digits == 4 || t[2].digits == 2) && make_day (full_year (&t[2]), t[0].value, t[1].value, day);
  if (t[0].is_number && !t[1].is_number && t[2].is_number)
    {
      if (t[0].digits == 4)
        return make_day (t[0].value, t[1].value, t[2].value, day);
      return (t[2].digits == 4 || t[2].digits == 2) && make_day (full_year (&t[2]), t[1].value, t[0].value, day);
    }
  return FALSE;
}

int
hr_day_get_month (const HrDay *day)
{
  return day->year * 12 + day->month - 1;
}

HrDateOrder
hr_date_order_for_locale (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  g_autofree char *text = g_date_time_format (date, "%x");
  const char *day, *month;

  if (text == NULL)
    return HR_DATE_ORDER_DMY;
  day = strstr (text, "23");
  month = strstr (text, "11");
  if (day && month && month < day)
    return HR_DATE_ORDER_MDY;
  return HR_DATE_ORDER_DMY;
}

HrDateOrder
hr_date_order_detect (const char * const *values,
                      guint               n_values,
                      HrDateOrder         fallback)
{
  gboolean day_first = FALSE, month_first = FALSE, dots = FALSE;

  for (guint i = 0; i < n_values; i++)
    {
      Token t[3] = { 0 };
      guint n = 0;

      if (values[i] == NULL || !tokenize_date (values[i], t, &n) || n != 3 ||
          !t[0].is_number || !t[1].is_number || !t[2].is_number || t[0].digits == 4)
        continue;
      day_first |= t[0].value > 12 && t[1].value <= 12;
      month_first |= t[1].value > 12 && t[0].value <= 12;
      dots |= t[1].separator == '.';
    }
  if (day_first && !month_first)
    return HR_DATE_ORDER_DMY;
  if (month_first && !day_first)
    return HR_DATE_ORDER_MDY;
  if (fallback != HR_DATE_ORDER_UNKNOWN)
    return fallback;
  if (dots)
    return HR_DATE_ORDER_DMY;
  return hr_date_order_for_locale ();
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
  g_autofree char *word = fold_word (unit, length);

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

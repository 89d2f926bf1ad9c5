/* hr-import-values.c: the values of foreign exports */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hr-import-values.h"

/* --- dates --- */

typedef struct {
  char *name;   /* as hr_import_normalize_name() gives it */
  int   month;
} MonthName;

static const char * const english_months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static void
add_month_name (GArray     *names,
                const char *name,
                int         month)
{
  MonthName entry = { hr_import_normalize_name (name), month };

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
  g_autofree char *copy = g_strndup (word, length);
  g_autofree char *folded = hr_import_normalize_name (copy);
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
hr_import_parse_date (const char  *text,
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
      /* dots are day first (15.03.2026), as no one writes them otherwise */
      if (order != HR_DATE_ORDER_DAY_FIRST && t[1].separator != '.')
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

gboolean
hr_import_parse_month (const char  *text,
                       HrDateOrder  order,
                       int         *absolute)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  HrDay day;

  /* a month alone: "2026-03", "2026/03" */
  if (strlen (trimmed) >= 6 && strlen (trimmed) <= 7 && strspn (trimmed, "0123456789") == 4 &&
      (trimmed[4] == '-' || trimmed[4] == '/') && strspn (trimmed + 5, "0123456789") == strlen (trimmed + 5))
    {
      int year = atoi (trimmed), month = atoi (trimmed + 5);

      if (year < 1900 || month < 1 || month > 12)
        return FALSE;
      *absolute = year * 12 + month - 1;
      return TRUE;
    }
  if (!hr_import_parse_date (trimmed, order, &day))
    return FALSE;
  *absolute = day.year * 12 + day.month - 1;
  return TRUE;
}

HrDateOrder
hr_import_date_order_for_locale (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  g_autofree char *text = g_date_time_format (date, "%x");
  const char *day, *month;

  if (text == NULL)
    return HR_DATE_ORDER_DAY_FIRST;
  day = strstr (text, "23");
  month = strstr (text, "11");
  if (day && month && month < day)
    return HR_DATE_ORDER_MONTH_FIRST;
  return HR_DATE_ORDER_DAY_FIRST;
}

HrDateOrder
hr_import_guess_date_order_or (const char * const *values,
                               guint               n_values,
                               HrDateOrder         fallback)
{
  guint day_first = 0, month_first = 0;

  /* only dates that read one way and not the other say which it is */
  for (guint i = 0; i < n_values; i++)
    {
      Token t[3] = { 0 };
      guint n = 0;

      if (values[i] == NULL || !tokenize_date (values[i], t, &n) || n != 3 ||
          !t[0].is_number || !t[1].is_number || !t[2].is_number || t[0].digits == 4)
        continue;
      if (t[0].value > 12 && t[0].value <= 31 && t[1].value >= 1 && t[1].value <= 12)
        day_first++;
      else if (t[1].value > 12 && t[1].value <= 31 && t[0].value >= 1 && t[0].value <= 12)
        month_first++;
    }
  if (day_first > month_first)
    return HR_DATE_ORDER_DAY_FIRST;
  if (month_first > day_first)
    return HR_DATE_ORDER_MONTH_FIRST;
  return fallback;
}

HrDateOrder
hr_import_guess_date_order (const char * const *values,
                            guint               n_values)
{
  return hr_import_guess_date_order_or (values, n_values, HR_DATE_ORDER_MONTH_FIRST);
}

gboolean
hr_import_parse_number (const char *text,
                        double     *value)
{
  g_autoptr(GString) kept = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean negative = FALSE;
  char *comma, *dot, decimal = 0, *end;
  double result;

  if (text == NULL)
    return FALSE;
  /* digits, separators and a leading sign stay; currency signs and codes,
   * spaces (no-break ones too) and apostrophes (Swiss grouping) go */
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= '0' && c <= '9') || c == ',' || c == '.')
        g_string_append_c (kept, (char) c);
      else if (c == '-' && kept->len == 0)
        negative = TRUE;
      else if (!(g_unichar_isalpha (c) || g_unichar_isspace (c) || c == 0xA0 || c == 0x202F ||
                 g_unichar_type (c) == G_UNICODE_CURRENCY_SYMBOL || c == '\'' || c == 0x2019))
        return FALSE;
    }
  if (strpbrk (kept->str, "0123456789") == NULL)
    return FALSE;
  comma = strrchr (kept->str, ',');
  dot = strrchr (kept->str, '.');
  if (comma && dot)
    /* "1,234.5" and "1.234,5": the later mark is the decimal one */
    decimal = comma > dot ? ',' : '.';
  else if (comma || dot)
    {
      char mark = comma ? ',' : '.';
      const char *last = comma ? comma : dot;
      guint count = 0;

      for (const char *p = kept->str; *p; p++)
        count += *p == mark;
      /* "120,000" and "1.234.567" group thousands; "0,75" and "12.5" are
       * decimals */
      if (count == 1 && !(strlen (last + 1) == 3 && last > kept->str && !g_str_has_prefix (kept->str, "0")))
        decimal = mark;
    }
  for (const char *p = kept->str; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (plain, *p);
    else if (*p == decimal)
      g_string_append_c (plain, '.');
  result = g_ascii_strtod (plain->str, &end);
  if (*end != '\0' || plain->len == 0 || !isfinite (result))
    return FALSE;
  *value = negative ? -result : result;
  return TRUE;
}

char *
hr_import_normalize_name (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
hr_import_id_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", NULL);
  GString *id = g_string_new (NULL);

  for (const char *c = ascii; *c; c++)
    {
      if (g_ascii_isalnum (*c))
        g_string_append_c (id, g_ascii_tolower (*c));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len > 60)
    g_string_truncate (id, 60);
  if (id->len == 0)
    g_string_append (id, "person");
  return g_string_free (id, FALSE);
}

/* hr-import-values.c: the values of foreign exports */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hr-import-values.h"

static gboolean
valid (int year, int month, int day)
{
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* Up to three runs of digits split by one kind of separator */
static guint
split_digits (const char *text,
              int         parts[3],
              guint       lengths[3],
              char       *separator)
{
  guint n = 0;
  const char *p = text;

  *separator = 0;
  while (*p && n < 3)
    {
      const char *start = p;
      long value;

      if (!g_ascii_isdigit (*p))
        return 0;
      value = strtol (p, (char **) &p, 10);
      parts[n] = (int) MIN (value, G_MAXINT);
      lengths[n] = p - start;
      n++;
      if (*p == '\0' || *p == 'T' || *p == ' ')
        break;
      if (*separator == 0)
        *separator = *p;
      else if (*p != *separator)
        return 0;
      p++;
    }
  return n;
}

gboolean
hr_import_parse_month (const char  *text,
                       HrDateOrder  order,
                       int         *absolute)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int parts[3] = { 0 };
  guint lengths[3] = { 0 };
  char separator;
  guint n = split_digits (trimmed, parts, lengths, &separator);
  int year, month, day = 1;

  if (n == 2 && lengths[0] == 4 && (separator == '-' || separator == '/'))
    year = parts[0], month = parts[1];
  else if (n == 3 && lengths[0] == 4)
    year = parts[0], month = parts[1], day = parts[2];
  else if (n == 3 && lengths[2] == 4 && separator == '.')
    day = parts[0], month = parts[1], year = parts[2];
  else if (n == 3 && lengths[2] == 4 && (separator == '/' || separator == '-'))
    {
      gboolean day_first = order == HR_DATE_ORDER_DAY_FIRST;
      year = parts[2];
      month = day_first ? parts[1] : parts[0];
      day = day_first ? parts[0] : parts[1];
    }
  else
    return FALSE;
  if (!valid (year, month, day))
    return FALSE;
  *absolute = year * 12 + month - 1;
  return TRUE;
}

HrDateOrder
hr_import_guess_date_order (const char * const *values,
                            guint               n_values)
{
  guint day_first = 0, month_first = 0;

  /* only dates that read one way and not the other say which it is */
  for (guint i = 0; i < n_values; i++)
    {
      int parts[3];
      guint lengths[3];
      char separator;

      if (values[i] == NULL || split_digits (values[i], parts, lengths, &separator) != 3 || lengths[2] != 4 ||
          (separator != '/' && separator != '-'))
        continue;
      if (parts[0] > 12 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12)
        day_first++;
      else if (parts[1] > 12 && parts[1] <= 31 && parts[0] >= 1 && parts[0] <= 12)
        month_first++;
    }
  return day_first > month_first ? HR_DATE_ORDER_DAY_FIRST : HR_DATE_ORDER_MONTH_FIRST;
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

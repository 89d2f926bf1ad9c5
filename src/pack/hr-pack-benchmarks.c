/* hr-pack-benchmarks.c: the benchmarks the pack and the workbook cite,
 * read from data/pack/benchmarks.xml (compiled into the library)
 *
 * The file is data: a source is corrected there, never in the code. Its
 * sentences are translated through gettext, which finds them with the ITS
 * rules in po/its; its values are numbers, formatted here for the locale.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-format.h"
#include "hr-pack-private.h"

#define BENCHMARKS_RESOURCE "/io/github/headroom/Headroom/pack/benchmarks.xml"

typedef struct {
  GPtrArray       *benchmarks;
  HrPackBenchmark *current;
  GString         *text;
  char            *author;
  char            *title;
  char            *publisher;
  char            *year;
} Reader;

static void
benchmark_free (gpointer data)
{
  HrPackBenchmark *b = data;

  g_free (b->id);
  g_free (b->label);
  g_free (b->value);
  g_free (b->use);
  g_free (b->source);
  g_free (b->says);
  g_free (b->url);
  g_free (b);
}

/* Runs of white space as one space, as xgettext reads the sentence */
static char *
normalize (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      {
        if (out->len)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }
  return g_string_free (out, FALSE);
}

static double
number_attribute (const char **names,
                  const char **values,
                  const char  *name)
{
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], name))
      return g_ascii_strtod (values[i], NULL);
  return NAN;
}

/* "85%", "10%–15%", "2.0 M USD" */
static char *
format_value (const char **names,
              const char **values,
              GError     **error)
{
  const char *kind = NULL, *currency = "USD";
  double amount = number_attribute (names, values, "amount");
  double from = number_attribute (names, values, "from");
  double to = number_attribute (names, values, "to");

  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], "kind"))
      kind = values[i];
    else if (g_str_equal (names[i], "currency"))
      currency = values[i];
  if (g_strcmp0 (kind, "money") == 0 && !isnan (amount))
    return hr_format_money (amount, currency);
  if (g_strcmp0 (kind, "percent") == 0 && !isnan (amount))
    return hr_format_percent (amount, 0);
  if (g_strcmp0 (kind, "percent") == 0 && !isnan (from) && !isnan (to))
    {
      g_autofree char *low = hr_format_percent (from, 0);
      g_autofree char *high = hr_format_percent (to, 0);

      /* Translators: a range of two values, "10%–15%" */
      return g_strdup_printf (_("%s–%s"), low, high);
    }
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "<value> needs kind=\"percent\" or \"money\" and an amount, or from and to");
  return NULL;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Reader *r = user_data;

  g_string_truncate (r->text, 0);
  if (g_str_equal (element, "benchmark"))
    {
      r->current = g_new0 (HrPackBenchmark, 1);
      for (guint i = 0; names[i]; i++)
        if (g_str_equal (names[i], "id"))
          r->current->id = g_strdup (values[i]);
      g_ptr_array_add (r->benchmarks, r->current);
    }
  else if (g_str_equal (element, "value") && r->current != NULL)
    r->current->value = format_value (names, values, error);
}

/* "Jason Lemkin, “Title”, SaaStr, 2013" */
static char *
dup_citation (Reader *r)
{
  GString *out = g_string_new (r->author);

  if (r->title != NULL)
    {
      if (out->len)
        /* Translators: the separator of the parts of a citation */
        g_string_append (out, _(", "));
      /* Translators: a cited title, in quotes */
      g_string_append_printf (out, _("“%s”"), r->title);
    }
  if (r->publisher != NULL)
    g_string_append_printf (out, "%s%s", out->len ? _(", ") : "", r->publisher);
  if (r->year != NULL)
    g_string_append_printf (out, "%s%s", out->len ? _(", ") : "", r->year);
  return g_string_free (out, FALSE);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Reader *r = user_data;
  HrPackBenchmark *b = r->current;
  g_autofree char *text = normalize (r->text->str);
  char **field = NULL;
  gboolean translated = FALSE;

  g_string_truncate (r->text, 0);
  if (b == NULL)
    return;
  if (g_str_equal (element, "label"))
    field = &b->label, translated = TRUE;
  else if (g_str_equal (element, "use"))
    field = &b->use, translated = TRUE;
  else if (g_str_equal (element, "says") || g_str_equal (element, "default"))
    field = &b->says, translated = TRUE;
  else if (g_str_equal (element, "url"))
    field = &b->url;
  else if (g_str_equal (element, "author"))
    field = &r->author;
  else if (g_str_equal (element, "title"))
    field = &r->title;
  else if (g_str_equal (element, "publisher"))
    field = &r->publisher;
  else if (g_str_equal (element, "year"))
    field = &r->year;
  else if (g_str_equal (element, "source"))
    {
      b->source = dup_citation (r);
      g_clear_pointer (&r->author, g_free);
      g_clear_pointer (&r->title, g_free);
      g_clear_pointer (&r->publisher, g_free);
      g_clear_pointer (&r->year, g_free);
    }
  else if (g_str_equal (element, "benchmark"))
    {
      if (b->id == NULL || b->label == NULL || b->value == NULL || b->use == NULL || b->says == NULL)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                     "benchmark “%s” needs an id, <label>, <value>, <use>, and a <source> that <says> or a "
                     "<default>", b->id ? b->id : "?");
      r->current = NULL;
    }
  if (field != NULL)
    {
      g_free (*field);
      *field = translated ? g_strdup (g_dgettext (GETTEXT_PACKAGE, text)) : g_steal_pointer (&text);
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *r = user_data;

  g_string_append_len (r->text, text, length);
}

GPtrArray *
hr_pack_load_benchmarks (GError **error)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (BENCHMARKS_RESOURCE, 0, error);
  g_autoptr(GPtrArray) benchmarks = g_ptr_array_new_with_free_func (benchmark_free);
  g_autoptr(GString) text = g_string_new (NULL);
  Reader r = { benchmarks, NULL, text, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize length;
  const char *data;
  gboolean ok;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  context = g_markup_parse_context_new (&parser, 0, &r, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error) && g_markup_parse_context_end_parse (context, error);
  g_free (r.author);
  g_free (r.title);
  g_free (r.publisher);
  g_free (r.year);
  if (!ok)
    {
      g_prefix_error (error, "%s: ", BENCHMARKS_RESOURCE);
      return NULL;
    }
  return g_steal_pointer (&benchmarks);
}

char *
hr_pack_benchmark_dup_source (const HrPackBenchmark *b)
{
  if (b->source == NULL)
    /* Translators: a benchmark without a cited source; %s says why */
    return g_strdup_printf (_("Headroom’s default: %s"), b->says);
  /* Translators: a cited source, then what it says: "Jason Lemkin, “The $2
   * Million…”, SaaStr, 2013: Hire one Customer Success Manager…" */
  return g_strdup_printf (_("%s: %s"), b->source, b->says);
}

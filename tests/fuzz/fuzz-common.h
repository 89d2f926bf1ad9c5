/* fuzz-common.h: what every fuzz target shares
 *
 * Each target defines LLVMFuzzerTestOneInput(). Built with clang and
 * -fsanitize=fuzzer it is a libFuzzer target; built with replay.c it
 * replays a corpus under any compiler, as a test of the normal suite.
 * Every GLib warning or critical aborts, so a fuzzer reports it as a crash.
 */
#pragma once

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hr-csv.h"
#include "hr-json.h"
#include "hr-plan.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* abort(), not GLib's breakpoint trap: libFuzzer keeps the input then */
static void
fuzz_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  /* the solvers' progress only when asked for, as GLib's own handler does */
  if ((level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) && g_getenv ("G_MESSAGES_DEBUG") == NULL)
    return;
  fprintf (stderr, "%s: %s\n", domain ? domain : "fuzz", message);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FLAG_FATAL))
    abort ();
}

static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_log_set_default_handler (fuzz_log_handler, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}

/* A plan from the input, or NULL when it is refused (as it should be) */
static inline HrPlan *
fuzz_load_plan (const uint8_t *data,
                size_t         size)
{
  g_autoptr(GError) error = NULL;
  HrPlan *plan;

  fuzz_init ();
  plan = hr_plan_load_data ((const char *) data, size, "fuzz.headroom", NULL, &error);
  if (plan == NULL)
    {
      /* a refusal is a message in the spec's forms, never empty */
      g_assert (error != NULL && error->message[0] != '\0');
      g_assert (g_str_has_prefix (error->message, "fuzz.headroom"));
    }
  return plan;
}

/* Output a person or a program reads has no inf, nan or absurd figure */
static inline void
fuzz_check_text (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      gsize digits = 0;

      if (*p == '-' && strncmp (p, "-2147483648", 11) == 0)
        g_error ("an overflowed int in: %s", text);
      while (g_ascii_isdigit (p[digits]) || (digits > 0 && p[digits] == ',' && g_ascii_isdigit (p[digits + 1])))
        digits++;
      if (digits > 0 && p[digits] == '%' && digits > 12)
        g_error ("a percentage of more than 12 digits in: %s", text);
      p += digits ? digits - 1 : 0;
    }
}

/* JSON output reads back as JSON: no bare inf or nan */
static inline void
fuzz_check_json (JsonNode *root)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) back = NULL;
  gsize length;
  g_autofree char *text = hr_json_to_string (root, &length);

  back = hr_json_parse (text, length, "output", 1000, &error);
  if (back == NULL)
    g_error ("JSON output does not read back: %s", error->message);
}

/* JSON text as the command line writes it: one JSON value, finite
 * numbers; takes @text */
static inline void
fuzz_check_json_data (char  *text,
                      gsize  length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) back = hr_json_parse (text, length, "output", 1000, &error);

  if (back == NULL)
    g_error ("JSON text does not read back: %s", error->message);
  g_free (text);
}

static gboolean
fuzz_check_csv_row (const HrCsvRecord *header,
                    const HrCsvRecord *row,
                    gpointer           user_data,
                    GError           **error)
{
  if (row->n_fields != header->n_fields)
    g_error ("CSV line %u has %u fields, the header %u", row->line, row->n_fields, header->n_fields);
  for (guint i = 1; i < row->n_fields; i++)
    {
      char *end;
      double value;

      if (row->fields[i][0] == '\0')
        continue;
      /* a number is finite; words such as a status pass */
      value = g_ascii_strtod (row->fields[i], &end);
      if (*end == '\0' && !isfinite (value))
        g_error ("CSV line %u column %u is not a finite number: %s", row->line, i, row->fields[i]);
    }
  return TRUE;
}

/* CSV output: every number after the month column finite */
static inline void
fuzz_check_csv (const char *text)
{
  g_autoptr(GError) error = NULL;
  HrCsvOptions options = { .delimiter = ',' };

  if (!hr_csv_parse_rows (text, strlen (text), "output.csv", &options, fuzz_check_csv_row, NULL, &error))
    g_error ("CSV output does not read back: %s", error->message);
}

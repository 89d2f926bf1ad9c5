/* hr-bands-export.c: the bands as JSON (spec §8), CSV and plain words */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-bands-private.h"
#include "hr-csv.h"
#include "hr-format.h"
#include "hr-forecast-private.h"
#include "hr-json.h"
#include "hr-json-writer.h"

static const char * const band_names[HR_N_BANDS] = { "p10", "p50", "p90", "pc" };
static const char * const metric_names[HR_N_BANDS_METRICS] = { "workload", "required_fte", "load" };
static const char * const total_names[HR_N_BANDS_TOTALS] = {
  "workload", "required_fte", "load", "accounts", "arr",
};

static void
write_array (HrJsonWriter *writer,
             const double *values,
             guint         n)
{
  hr_json_writer_begin_array (writer);
  for (guint t = 0; t < n; t++)
    hr_json_writer_number (writer, values[t]);
  hr_json_writer_end_array (writer);
}

/* {"p10": [...], "p50": [...], "p90": [...], "pc": [...]} of a role's
 * metric, or with @role -1 of a total */
static void
write_bands (HrJsonWriter *writer,
             HrBands      *self,
             int           role,
             guint         which)
{
  hr_json_writer_begin_object (writer);
  for (guint b = 0; b < HR_N_BANDS; b++)
    {
      hr_json_writer_member (writer, band_names[b]);
      write_array (writer, role >= 0 ? hr_bands_get_role_band (self, role, which, b)
                                     : hr_bands_get_total_band (self, which, b),
                   self->n_months);
    }
  hr_json_writer_end_object (writer);
}

char *
hr_bands_to_json_data (HrBands *self,
                       gsize   *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  HrForecast *f;

  g_return_val_if_fail (HR_IS_BANDS (self), NULL);

  f = self->forecast;
  writer = hr_json_writer_new ();
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "samples");
  hr_json_writer_integer (writer, self->samples);
  hr_json_writer_member (writer, "confidence");
  hr_json_writer_integer (writer, self->confidence);
  hr_json_writer_member (writer, "months");
  hr_json_writer_begin_array (writer);
  for (guint t = 0; t < self->n_months; t++)
    hr_json_writer_month (writer, f->start + t);
  hr_json_writer_end_array (writer);

  hr_json_writer_member (writer, "roles");
  hr_json_writer_begin_object (writer);
  for (guint r = 0; r < self->n_roles; r++)
    {
      hr_json_writer_member (writer, f->role_ids[r]);
      hr_json_writer_begin_object (writer);
      for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
        {
          hr_json_writer_member (writer, metric_names[m]);
          write_bands (writer, self, r, m);
        }
      hr_json_writer_member (writer, "p_over");
      write_array (writer, hr_bands_get_p_over (self, r), self->n_months);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "totals");
  hr_json_writer_begin_object (writer);
  for (guint k = HR_BANDS_ACCOUNTS; k < HR_N_BANDS_TOTALS; k++)
    {
      hr_json_writer_member (writer, total_names[k]);
      write_bands (writer, self, -1, k);
    }
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "hiring_plan");
  hr_forecast_write_hiring_plan (self->confident, writer);

  /* Headroom's own, after the keys of §8 */
  hr_json_writer_member (writer, "scenario");
  hr_json_writer_string (writer, self->scenario_id);
  hr_json_writer_member (writer, "team");
  hr_json_writer_begin_object (writer);
  for (guint k = HR_BANDS_TEAM_WORKLOAD; k <= HR_BANDS_TEAM_LOAD; k++)
    {
      hr_json_writer_member (writer, total_names[k]);
      write_bands (writer, self, -1, k);
    }
  hr_json_writer_end_object (writer);
  hr_json_writer_member (writer, "late");
  hr_forecast_write_late (self->confident, writer);
  hr_json_writer_member (writer, "hiring_plan_average");
  hr_forecast_write_hiring_plan (self->forecast, writer);
  hr_json_writer_member (writer, "peak_need");
  hr_json_writer_number (writer, self->peak_need);
  hr_json_writer_member (writer, "drivers");
  hr_json_writer_begin_array (writer);
  for (guint i = 0; i < self->drivers->len; i++)
    {
      const HrBandsDriver *d = &g_array_index (self->drivers, HrBandsDriver, i);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "range");
      hr_json_writer_integer (writer, d->position);
      hr_json_writer_member (writer, "target");
      hr_json_writer_string (writer, d->target);
      hr_json_writer_member (writer, "peak_low");
      hr_json_writer_number (writer, d->peak_low);
      hr_json_writer_member (writer, "peak_high");
      hr_json_writer_number (writer, d->peak_high);
      hr_json_writer_member (writer, "spread");
      hr_json_writer_number (writer, d->spread);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
  hr_json_writer_member (writer, "warnings");
  hr_json_writer_begin_array (writer);
  for (guint i = 0; self->warnings[i]; i++)
    hr_json_writer_string (writer, self->warnings[i]);
  hr_json_writer_end_array (writer);
  hr_json_writer_end_object (writer);

  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

static void
csv_header (GString    *out,
            const char *first,
            const char *second,
            const char *band)
{
  g_autofree char *name = band ? g_strdup_printf ("%s %s %s", first, second, band)
                               : g_strdup_printf ("%s %s", first, second);

  g_string_append_c (out, ',');
  hr_csv_append_field (out, name, ',');
}

char *
hr_bands_to_csv (HrBands *self)
{
  GString *out;
  HrForecast *f;
  guint T;

  g_return_val_if_fail (HR_IS_BANDS (self), NULL);

  f = self->forecast;
  T = self->n_months;
  out = g_string_new ("month");
  for (guint r = 0; r < self->n_roles; r++)
    {
      for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
        for (guint b = 0; b < HR_N_BANDS; b++)
          csv_header (out, f->role_ids[r], metric_names[m], band_names[b]);
      csv_header (out, f->role_ids[r], "p_over", NULL);
    }
  for (guint k = 0; k < HR_N_BANDS_TOTALS; k++)
    for (guint b = 0; b < HR_N_BANDS; b++)
      csv_header (out, k <= HR_BANDS_TEAM_LOAD ? "team" : "total", total_names[k], band_names[b]);
  g_string_append_c (out, '\n');

  for (guint t = 0; t < T; t++)
    {
      g_string_append_printf (out, "%04d-%02d", (f->start + t) / 12, (f->start + t) % 12 + 1);
      for (guint r = 0; r < self->n_roles; r++)
        {
          for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
            for (guint b = 0; b < HR_N_BANDS; b++)
              hr_csv_append_number (out, hr_bands_get_role_band (self, r, m, b)[t]);
          hr_csv_append_number (out, hr_bands_get_p_over (self, r)[t]);
        }
      for (guint k = 0; k < HR_N_BANDS_TOTALS; k++)
        for (guint b = 0; b < HR_N_BANDS; b++)
          hr_csv_append_number (out, hr_bands_get_total_band (self, k, b)[t]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* --- in words --- */

char *
hr_bands_describe_need (HrBands *self)
{
  HrForecast *f;
  guint last;
  g_autofree char *month = NULL;
  g_autofree char *confident = NULL;
  g_autofree char *average = NULL;

  g_return_val_if_fail (HR_IS_BANDS (self), NULL);

  f = self->forecast;
  last = self->n_months - 1;
  month = hr_forecast_format_month (f, last, "%b %Y");
  confident = hr_format_number (hr_bands_get_total_band (self, HR_BANDS_TEAM_REQUIRED_FTE, HR_BAND_PC)[last], 1);
  average = hr_format_number (hr_forecast_get_team_series (f, HR_ROLE_REQUIRED_FTE, TRUE)[last], 1);
  /* Translators: "With 90% confidence the team requires 14.2 FTE by Dec 2028 (11.8 on the average).":
   * required FTE, the work at full load, as the summary's "Team FTE required" */
  return g_strdup_printf (_("With %u%% confidence the team requires %s FTE by %s (%s on the average)."),
                          self->confidence, confident, month, average);
}

/* One row of a role's table, its columns padded by characters, not bytes */
static void
append_row (GString           *out,
            const char * const *cells)
{
  static const guint widths[] = { 9, 26, 26, 16 };

  g_string_append (out, " ");
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      glong length = g_utf8_strlen (cells[i], -1);

      g_string_append_printf (out, " %s", cells[i]);
      for (glong pad = length; pad < (glong) widths[i] + 1; pad++)
        g_string_append_c (out, ' ');
    }
  g_string_append_printf (out, "%s\n", cells[G_N_ELEMENTS (widths)]);
}

static void
append_hires (GString    *out,
              HrForecast *f)
{
  if (f->suggestions->len == 0)
    {
      g_string_append_printf (out, "  %s\n", _("no hires"));
      return;
    }
  for (guint i = 0; i < f->suggestions->len; i++)
    {
      const HrSuggestedHire *h = &g_array_index (f->suggestions, HrSuggestedHire, i);
      g_autofree char *count = hr_format_number (h->count, 0);
      g_autofree char *start = hr_forecast_format_month (f, h->month, "%b %Y");
      g_autofree char *requisition = hr_forecast_format_month (f, h->requisition, "%b %Y");

      /* Translators: "2 × CSMs start Aug 2027, open the requisition by May 2027" */
      g_string_append_printf (out, _("  %s × %s start %s, open the requisition by %s\n"),
                              count, f->role_names[h->role], start, requisition);
    }
}

char *
hr_bands_to_text (HrBands *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *need = NULL;
  HrForecast *f;

  g_return_val_if_fail (HR_IS_BANDS (self), NULL);

  f = self->forecast;
  need = hr_bands_describe_need (self);
  g_string_append_printf (out, "%s — %s\n", *f->plan_name ? f->plan_name : _("Untitled plan"),
                          f->scenario_name ? f->scenario_name : _("Baseline"));
  /* Translators: "256 samples; P80 is the percentile at the plan's confidence" */
  g_string_append_printf (out, _("%u samples; P%u is the percentile at the plan’s confidence\n\n"),
                          self->samples, self->confidence);
  g_string_append_printf (out, "%s\n", need);

  for (guint r = 0; r < self->n_roles; r++)
    {
      const double *p_over = hr_bands_get_p_over (self, r);

      /* Translators: a column head; P%u is the percentile at the plan's confidence */
      g_autofree char *load_head = g_strdup_printf (_("load P50 · P%u"), self->confidence);
      const char *head[] = {
        _("month"), _("required FTE P10/P50/P90"), _("workload h P10/P50/P90"), load_head,
        _("chance over capacity"),
      };

      g_string_append_printf (out, "\n%s\n", f->role_names[r]);
      append_row (out, head);
      for (guint t = 0; t < self->n_months; t++)
        {
          g_autofree char *month = hr_forecast_format_month (f, t, "%b %Y");
          g_autofree char *fte = NULL, *work = NULL, *load = NULL, *over = NULL;
          char *parts[3][3] = { { NULL } };

          for (guint b = 0; b < 3; b++)
            {
              parts[0][b] = hr_format_number (hr_bands_get_role_band (self, r, HR_BANDS_REQUIRED_FTE, b)[t], 1);
              parts[1][b] = hr_format_number (hr_bands_get_role_band (self, r, HR_BANDS_WORKLOAD, b)[t], 0);
            }
          parts[2][0] = hr_format_percent (hr_bands_get_role_band (self, r, HR_BANDS_LOAD, HR_BAND_P50)[t], 0);
          parts[2][1] = hr_format_percent (hr_bands_get_role_band (self, r, HR_BANDS_LOAD, HR_BAND_PC)[t], 0);
          fte = g_strdup_printf ("%s / %s / %s", parts[0][0], parts[0][1], parts[0][2]);
          work = g_strdup_printf ("%s / %s / %s", parts[1][0], parts[1][1], parts[1][2]);
          load = g_strdup_printf ("%s · %s", parts[2][0], parts[2][1]);
          over = hr_format_percent (p_over[t], 0);
          append_row (out, (const char *[]) { month, fte, work, load, over });
          for (guint i = 0; i < 3; i++)
            for (guint b = 0; b < 3; b++)
              g_clear_pointer (&parts[i][b], g_free);
        }
    }

  if (self->drivers->len > 0)
    {
      g_autofree char *peak = hr_format_number (self->peak_need, 1);

      /* Translators: %s: the team's peak required FTE on the plan's own values */
      g_string_append_printf (out, _("\nWhat moves the peak need (%s FTE on the plan’s values) most\n"), peak);
      for (guint i = 0; i < self->drivers->len; i++)
        {
          const HrBandsDriver *d = &g_array_index (self->drivers, HrBandsDriver, i);
          g_autofree char *low = hr_format_number (d->peak_low, 1);
          g_autofree char *high = hr_format_number (d->peak_high, 1);
          g_autofree char *spread = hr_format_number (d->spread, 1);

          /* Translators: "1. CSM · Shrinkage, 5% to 20%: 3.9 to 4.6 FTE at its low and high end (0.7)" */
          g_string_append_printf (out, _("  %u. %s: %s to %s FTE at its low and high end (%s)\n"),
                                  i + 1, d->label, low, high, spread);
        }
    }
  g_string_append_printf (out, "\n%s\n", _("Hiring on the averages"));
  append_hires (out, self->forecast);
  /* Translators: %u is a percentage, e.g. "Hiring at 90% confidence" */
  g_string_append_printf (out, _("Hiring at %u%% confidence\n"), self->confidence);
  append_hires (out, self->confident);
  for (guint i = 0; self->warnings[i]; i++)
    g_string_append_printf (out, "\n%s", self->warnings[i]);
  if (self->warnings[0])
    g_string_append_c (out, '\n');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

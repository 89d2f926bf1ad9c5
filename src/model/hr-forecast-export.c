/* hr-forecast-export.c: the forecast as JSON (the layout of spec §4 and the
 * conformance files) and as CSV for spreadsheets */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-forecast-private.h"
#include "hr-csv.h"
#include "hr-json.h"
#include "hr-json-writer.h"

void
hr_forecast_write_late (HrForecast   *self,
                        HrJsonWriter *writer)
{
  guint T = self->n_months;

  hr_json_writer_begin_array (writer);
  for (guint r = 0; r < self->n_roles; r++)
    for (guint t = 0; t < T; t++)
      if (self->late[r * T + t])
        {
          hr_json_writer_begin_object (writer);
          hr_json_writer_member (writer, "role");
          hr_json_writer_string (writer, self->role_ids[r]);
          hr_json_writer_member (writer, "month");
          hr_json_writer_month (writer, self->start + t);
          hr_json_writer_end_object (writer);
        }
  hr_json_writer_end_array (writer);
}

static void
write_series (HrJsonWriter *writer,
              const char   *name,
              const double *values,
              guint         n)
{
  hr_json_writer_member (writer, name);
  hr_json_writer_begin_array (writer);
  for (guint t = 0; t < n; t++)
    hr_json_writer_number (writer, values[t]);
  hr_json_writer_end_array (writer);
}

static void
write_hires (HrJsonWriter *writer,
             HrForecast   *self,
             GArray       *hires)
{
  hr_json_writer_begin_array (writer);
  for (guint i = 0; i < hires->len; i++)
    {
      const HrSuggestedHire *hire = &g_array_index (hires, HrSuggestedHire, i);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "role");
      hr_json_writer_string (writer, self->role_ids[hire->role]);
      hr_json_writer_member (writer, "month");
      hr_json_writer_month (writer, self->start + hire->month);
      hr_json_writer_member (writer, "requisition");
      hr_json_writer_month (writer, self->start + hire->requisition);
      hr_json_writer_member (writer, "count");
      hr_json_writer_number (writer, hire->count);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
}

void
hr_forecast_write_hiring_plan (HrForecast   *self,
                               HrJsonWriter *writer)
{
  write_hires (writer, self, self->suggestions);
}

static void
write_summary (HrJsonWriter *writer,
               HrForecast   *self)
{
  const HrSummary *s = &self->summary;
  guint T = self->n_months;
  const struct { const char *name; double value; } totals[] = {
    { "required_fte_now", s->required_fte_now }, { "effective_fte_now", s->effective_fte_now },
    { "required_fte_end", s->required_fte_end }, { "effective_fte_end", s->effective_fte_end },
    { "hires_suggested", s->hires_suggested }, { "total_cost", s->total_cost },
    { "total_cost_hired", s->total_cost_hired }, { "total_revenue", s->total_arr },
    { "cost_share", s->cost_share }, { "cost_share_hired", s->cost_share_hired },
  };

  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "peak_load");
  hr_json_writer_number (writer, s->peak_load);
  hr_json_writer_member (writer, "peak_role");
  hr_json_writer_string (writer, s->peak_role >= 0 ? self->role_ids[s->peak_role] : NULL);
  hr_json_writer_member (writer, "peak_month");
  if (s->peak_month >= 0)
    hr_json_writer_month (writer, self->start + s->peak_month);
  else
    hr_json_writer_null (writer);
  hr_json_writer_member (writer, "months_stretched");
  hr_json_writer_integer (writer, s->months_stretched);
  hr_json_writer_member (writer, "months_over");
  hr_json_writer_integer (writer, s->months_over);
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      hr_json_writer_member (writer, totals[i].name);
      hr_json_writer_number (writer, totals[i].value);
    }

  hr_json_writer_member (writer, "roles");
  hr_json_writer_begin_object (writer);
  for (guint r = 0; r < self->n_roles; r++)
    {
      const double *load = hr_forecast_role_metric (self, r, HR_ROLE_LOAD);
      int peak = -1;

      for (guint t = 0; t < T && (peak < 0 || !isnan (load[peak])); t++)
        if (peak < 0 || hr_load_above (load[t], load[peak]))
          peak = t;
      hr_json_writer_member (writer, self->role_ids[r]);
      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "peak_load");
      hr_json_writer_number (writer, load[peak]);
      hr_json_writer_member (writer, "peak_month");
      hr_json_writer_month (writer, self->start + peak);
      hr_json_writer_member (writer, "months_stretched");
      hr_json_writer_integer (writer, self->months_stretched[r]);
      hr_json_writer_member (writer, "months_over");
      hr_json_writer_integer (writer, self->months_over[r]);
      hr_json_writer_member (writer, "required_fte_end");
      hr_json_writer_number (writer, hr_forecast_role_metric (self, r, HR_ROLE_REQUIRED_FTE)[T - 1]);
      hr_json_writer_member (writer, "effective_fte_end");
      hr_json_writer_number (writer, hr_forecast_role_metric (self, r, HR_ROLE_EFFECTIVE_FTE)[T - 1]);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_object (writer);
  hr_json_writer_end_object (writer);
}

char *
hr_forecast_to_json_data (HrForecast *self,
                          gsize      *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  guint T;

  g_return_val_if_fail (HR_IS_FORECAST (self), NULL);

  writer = hr_json_writer_new ();
  T = self->n_months;
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "scenario");
  hr_json_writer_string (writer, self->scenario_id);

  hr_json_writer_member (writer, "months");
  hr_json_writer_begin_array (writer);
  for (guint t = 0; t < T; t++)
    hr_json_writer_month (writer, self->start + t);
  hr_json_writer_end_array (writer);

  hr_json_writer_member (writer, "roles");
  hr_json_writer_begin_object (writer);
  for (guint r = 0; r < self->n_roles; r++)
    {
      hr_json_writer_member (writer, self->role_ids[r]);
      hr_json_writer_begin_object (writer);
      for (guint m = 0; m < HR_N_ROLE_METRICS; m++)
        {
          if (m == HR_ROLE_TOPDOWN_FTE)
            {
              hr_json_writer_member (writer, "status");
              hr_json_writer_begin_array (writer);
              for (guint t = 0; t < T; t++)
                hr_json_writer_string (writer, hr_status_to_string (self->status[r * T + t]));
              hr_json_writer_end_array (writer);
            }
          write_series (writer, hr_role_metric_to_string (m), hr_forecast_role_metric (self, r, m), T);
        }
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "segments");
  hr_json_writer_begin_object (writer);
  for (guint g = 0; g < self->n_segments; g++)
    {
      hr_json_writer_member (writer, self->segment_ids[g]);
      hr_json_writer_begin_object (writer);
      for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
        write_series (writer, hr_segment_metric_to_string (m), hr_forecast_segment_metric (self, g, m), T);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "plays");
  hr_json_writer_begin_object (writer);
  for (guint p = 0; p < HR_N_PLAYS; p++)
    write_series (writer, hr_play_to_string (p), self->play + (gsize) p * T, T);
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "totals");
  hr_json_writer_begin_object (writer);
  write_series (writer, "cost", self->totals + HR_TOTAL_COST * T, T);
  write_series (writer, "arr", self->totals + HR_TOTAL_ARR * T, T);
  write_series (writer, "cost_share", self->totals + HR_TOTAL_COST_SHARE * T, T);
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "summary");
  write_summary (writer, self);

  hr_json_writer_member (writer, "hiring_plan");
  hr_forecast_write_hiring_plan (self, writer);

  hr_json_writer_member (writer, "late");
  hr_forecast_write_late (self, writer);
  hr_json_writer_end_object (writer);

  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

JsonNode *
hr_forecast_to_json (HrForecast *self)
{
  g_return_val_if_fail (HR_IS_FORECAST (self), NULL);

  return hr_json_from_text (hr_forecast_to_json_data (self, NULL));
}

/* One row per month; columns named "ROLE designed", "SEGMENT accounts",
 * "play PLAY", "cost", … so a spreadsheet reads them as they are. */
char *
hr_forecast_to_csv (HrForecast *self)
{
  GString *out = g_string_new ("month");
  guint T = self->n_months;

  for (guint r = 0; r < self->n_roles; r++)
    for (guint m = 0; m <= HR_N_ROLE_METRICS; m++)
      {
        g_autofree char *name = g_strdup_printf ("%s %s", self->role_ids[r],
                                                 m == HR_N_ROLE_METRICS ? "status" : hr_role_metric_to_string (m));
        g_string_append_c (out, ',');
        hr_csv_append_field (out, name, ',');
      }
  for (guint g = 0; g < self->n_segments; g++)
    for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
      {
        g_autofree char *name = g_strdup_printf ("%s %s", self->segment_ids[g], hr_segment_metric_to_string (m));
        g_string_append_c (out, ',');
        hr_csv_append_field (out, name, ',');
      }
  for (guint p = 0; p < HR_N_PLAYS; p++)
    g_string_append_printf (out, ",play %s", hr_play_to_string (p));
  g_string_append (out, ",cost,arr,cost_share\n");

  for (guint t = 0; t < T; t++)
    {
      g_string_append_printf (out, "%04d-%02d", (self->start + t) / 12, (self->start + t) % 12 + 1);
      for (guint r = 0; r < self->n_roles; r++)
        {
          for (guint m = 0; m < HR_N_ROLE_METRICS; m++)
            hr_csv_append_number (out, hr_forecast_role_metric (self, r, m)[t]);
          g_string_append_printf (out, ",%s", hr_status_to_string (self->status[r * T + t]));
        }
      for (guint g = 0; g < self->n_segments; g++)
        for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
          hr_csv_append_number (out, hr_forecast_segment_metric (self, g, m)[t]);
      for (guint p = 0; p < HR_N_PLAYS; p++)
        hr_csv_append_number (out, self->play[(gsize) p * T + t]);
      for (guint m = 0; m < HR_N_TOTAL_METRICS; m++)
        hr_csv_append_number (out, self->totals[(gsize) m * T + t]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

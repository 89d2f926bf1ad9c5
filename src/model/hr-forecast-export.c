/* hr-forecast-export.c: the forecast as JSON (the layout of spec §4 and the
 * conformance files) and as CSV for spreadsheets */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-forecast-private.h"
#include "hr-csv.h"
#include "hr-json.h"

static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_series (JsonBuilder  *builder,
            const char   *name,
            const double *values,
            guint         n)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint t = 0; t < n; t++)
    add_number (builder, values[t]);
  json_builder_end_array (builder);
}

static void
add_month (JsonBuilder *builder,
           HrForecast  *self,
           int          t)
{
  g_autofree char *label = g_strdup_printf ("%04d-%02d", (self->start + t) / 12, (self->start + t) % 12 + 1);
  json_builder_add_string_value (builder, label);
}

static void
add_hires (JsonBuilder *builder,
           HrForecast  *self,
           GArray      *hires)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < hires->len; i++)
    {
      const HrSuggestedHire *hire = &g_array_index (hires, HrSuggestedHire, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, self->role_ids[hire->role]);
      json_builder_set_member_name (builder, "month");
      add_month (builder, self, hire->month);
      json_builder_set_member_name (builder, "requisition");
      add_month (builder, self, hire->requisition);
      json_builder_set_member_name (builder, "count");
      json_builder_add_double_value (builder, hire->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_summary (JsonBuilder *builder,
             HrForecast  *self)
{
  const HrSummary *s = &self->summary;
  guint T = self->n_months;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "peak_load");
  add_number (builder, s->peak_load);
  json_builder_set_member_name (builder, "peak_role");
  if (s->peak_role >= 0)
    json_builder_add_string_value (builder, self->role_ids[s->peak_role]);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "peak_month");
  if (s->peak_month >= 0)
    add_month (builder, self, s->peak_month);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "months_stretched");
  json_builder_add_int_value (builder, s->months_stretched);
  json_builder_set_member_name (builder, "months_over");
  json_builder_add_int_value (builder, s->months_over);
  json_builder_set_member_name (builder, "required_fte_now");
  add_number (builder, s->required_fte_now);
  json_builder_set_member_name (builder, "effective_fte_now");
  add_number (builder, s->effective_fte_now);
  json_builder_set_member_name (builder, "required_fte_end");
  add_number (builder, s->required_fte_end);
  json_builder_set_member_name (builder, "effective_fte_end");
  add_number (builder, s->effective_fte_end);
  json_builder_set_member_name (builder, "hires_suggested");
  add_number (builder, s->hires_suggested);
  json_builder_set_member_name (builder, "total_cost");
  add_number (builder, s->total_cost);
  json_builder_set_member_name (builder, "total_cost_hired");
  add_number (builder, s->total_cost_hired);
  json_builder_set_member_name (builder, "total_revenue");
  add_number (builder, s->total_arr);
  json_builder_set_member_name (builder, "cost_share");
  add_number (builder, s->cost_share);
  json_builder_set_member_name (builder, "cost_share_hired");
  add_number (builder, s->cost_share_hired);

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_object (builder);
  for (guint r = 0; r < self->n_roles; r++)
    {
      const double *load = hr_forecast_role_metric (self, r, HR_ROLE_LOAD);
      int peak = -1;

      for (guint t = 0; t < T && (peak < 0 || !isnan (load[peak])); t++)
        if (peak < 0 || isnan (load[t]) || load[t] > load[peak])
          peak = t;
      json_builder_set_member_name (builder, self->role_ids[r]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "peak_load");
      add_number (builder, load[peak]);
      json_builder_set_member_name (builder, "peak_month");
      add_month (builder, self, peak);
      json_builder_set_member_name (builder, "months_stretched");
      json_builder_add_int_value (builder, self->months_stretched[r]);
      json_builder_set_member_name (builder, "months_over");
      json_builder_add_int_value (builder, self->months_over[r]);
      json_builder_set_member_name (builder, "required_fte_end");
      add_number (builder, hr_forecast_role_metric (self, r, HR_ROLE_REQUIRED_FTE)[T - 1]);
      json_builder_set_member_name (builder, "effective_fte_end");
      add_number (builder, hr_forecast_role_metric (self, r, HR_ROLE_EFFECTIVE_FTE)[T - 1]);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

JsonNode *
hr_forecast_to_json (HrForecast *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint T = self->n_months;

  g_return_val_if_fail (HR_IS_FORECAST (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scenario");
  if (self->scenario_id)
    json_builder_add_string_value (builder, self->scenario_id);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "months");
  json_builder_begin_array (builder);
  for (guint t = 0; t < T; t++)
    add_month (builder, self, t);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_object (builder);
  for (guint r = 0; r < self->n_roles; r++)
    {
      json_builder_set_member_name (builder, self->role_ids[r]);
      json_builder_begin_object (builder);
      for (guint m = 0; m < HR_N_ROLE_METRICS; m++)
        {
          if (m == HR_ROLE_TOPDOWN_FTE)
            {
              json_builder_set_member_name (builder, "status");
              json_builder_begin_array (builder);
              for (guint t = 0; t < T; t++)
                json_builder_add_string_value (builder, hr_status_to_string (self->status[r * T + t]));
              json_builder_end_array (builder);
            }
          add_series (builder, hr_role_metric_to_string (m), hr_forecast_role_metric (self, r, m), T);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "segments");
  json_builder_begin_object (builder);
  for (guint g = 0; g < self->n_segments; g++)
    {
      json_builder_set_member_name (builder, self->segment_ids[g]);
      json_builder_begin_object (builder);
      for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
        add_series (builder, hr_segment_metric_to_string (m), hr_forecast_segment_metric (self, g, m), T);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "plays");
  json_builder_begin_object (builder);
  for (guint p = 0; p < HR_N_PLAYS; p++)
    add_series (builder, hr_play_to_string (p), self->play + (gsize) p * T, T);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  add_series (builder, "cost", self->totals + HR_TOTAL_COST * T, T);
  add_series (builder, "arr", self->totals + HR_TOTAL_ARR * T, T);
  add_series (builder, "cost_share", self->totals + HR_TOTAL_COST_SHARE * T, T);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "summary");
  add_summary (builder, self);

  json_builder_set_member_name (builder, "hiring_plan");
  add_hires (builder, self, self->suggestions);

  json_builder_set_member_name (builder, "late");
  json_builder_begin_array (builder);
  for (guint r = 0; r < self->n_roles; r++)
    for (guint t = 0; t < T; t++)
      if (self->late[r * T + t])
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "role");
          json_builder_add_string_value (builder, self->role_ids[r]);
          json_builder_set_member_name (builder, "month");
          add_month (builder, self, t);
          json_builder_end_object (builder);
        }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
csv_number (GString *out,
            double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ',');
  if (isnan (value))
    return;
  hr_json_format_number (buffer, sizeof buffer, value);
  g_string_append (out, buffer);
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
            csv_number (out, hr_forecast_role_metric (self, r, m)[t]);
          g_string_append_printf (out, ",%s", hr_status_to_string (self->status[r * T + t]));
        }
      for (guint g = 0; g < self->n_segments; g++)
        for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
          csv_number (out, hr_forecast_segment_metric (self, g, m)[t]);
      for (guint p = 0; p < HR_N_PLAYS; p++)
        csv_number (out, self->play[(gsize) p * T + t]);
      for (guint m = 0; m < HR_N_TOTAL_METRICS; m++)
        csv_number (out, self->totals[(gsize) m * T + t]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* hr-comparison.c: the baseline and every scenario side by side */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-comparison.h"
#include "hr-format.h"
#include "hr-json.h"

typedef struct {
  const char *key;
  const char *label;
} Row;

static const Row rows[] = {
  { "peak_load", N_("Peak load") },
  { "peak_month", N_("Peak month") },
  { "months_stretched", N_("Months stretched") },
  { "months_over", N_("Months over capacity") },
  { "required_fte_end", N_("Required FTE at end") },
  { "effective_fte_end", N_("Effective FTE at end") },
  { "hires_suggested", N_("Hires suggested") },
  { "total_cost", N_("Total cost") },
  { "cost_share", N_("Cost share of ARR") },
};

static char *
peak_month (HrForecast *forecast)
{
  const HrSummary *s = hr_forecast_get_summary (forecast);

  return s->peak_month >= 0 ? hr_forecast_dup_month_label (forecast, s->peak_month) : NULL;
}

JsonNode *
hr_comparison_to_json (GPtrArray *forecasts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < forecasts->len; i++)
    {
      HrForecast *f = forecasts->pdata[i];
      const HrSummary *s = hr_forecast_get_summary (f);
      g_autofree char *month = peak_month (f);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scenario");
      if (hr_forecast_get_scenario_id (f))
        json_builder_add_string_value (builder, hr_forecast_get_scenario_id (f));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, hr_forecast_get_scenario_id (f)
                                              ? hr_forecast_get_scenario_name (f) : "Baseline");
#define NUMBER(key, value) \
      json_builder_set_member_name (builder, key); \
      if (isnan (value)) json_builder_add_null_value (builder); \
      else json_builder_add_double_value (builder, value);
      NUMBER ("peak_load", s->peak_load);
      json_builder_set_member_name (builder, "peak_month");
      if (month)
        json_builder_add_string_value (builder, month);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "peak_role");
      if (s->peak_role >= 0)
        json_builder_add_string_value (builder, hr_forecast_get_role_id (f, s->peak_role));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "months_stretched");
      json_builder_add_int_value (builder, s->months_stretched);
      json_builder_set_member_name (builder, "months_over");
      json_builder_add_int_value (builder, s->months_over);
      NUMBER ("required_fte_end", s->required_fte_end);
      NUMBER ("effective_fte_end", s->effective_fte_end);
      NUMBER ("hires_suggested", s->hires_suggested);
      NUMBER ("total_cost", s->total_cost);
      NUMBER ("cost_share", s->cost_share);
#undef NUMBER
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

char *
hr_comparison_format_cell (HrForecast *f,
                           guint       row)
{
  const HrSummary *s = hr_forecast_get_summary (f);

  switch (row)
    {
    case 0:
      return isnan (s->peak_load) ? g_strdup (_("no capacity")) : hr_format_percent (s->peak_load, 0);
    case 1:
      if (s->peak_month < 0)
        return g_strdup ("–");
      return hr_format_month (hr_forecast_get_start_year (f) * 12 + hr_forecast_get_start_month (f) - 1 +
                              s->peak_month, "%b %Y");
    case 2: return g_strdup_printf ("%u", s->months_stretched);
    case 3: return g_strdup_printf ("%u", s->months_over);
    case 4: return hr_format_number (s->required_fte_end, 1);
    case 5: return hr_format_number (s->effective_fte_end, 1);
    case 6: return hr_format_number (s->hires_suggested, 0);
    case 7: return hr_format_money_exact (s->total_cost, hr_forecast_get_currency (f));
    case 8: return hr_format_percent (s->cost_share, 1);
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
hr_comparison_get_n_rows (void)
{
  return G_N_ELEMENTS (rows);
}

const char *
hr_comparison_get_row_label (guint row)
{
  g_return_val_if_fail (row < G_N_ELEMENTS (rows), NULL);
  return _(rows[row].label);
}

char *
hr_comparison_to_text (GPtrArray *forecasts)
{
  GString *out = g_string_new (NULL);
  const int label_width = 24, column_width = 18;

  g_string_append_printf (out, "%-*s", label_width, "");
  for (guint i = 0; i < forecasts->len; i++)
    {
      HrForecast *f = forecasts->pdata[i];
      const char *name = hr_forecast_get_scenario_id (f) ? hr_forecast_get_scenario_id (f) : _("baseline");
      g_string_append_printf (out, " %*s", column_width, name);
    }
  g_string_append_c (out, '\n');
  for (guint row = 0; row < G_N_ELEMENTS (rows); row++)
    {
      const char *label = _(rows[row].label);
      g_string_append (out, label);
      for (int pad = g_utf8_strlen (label, -1); pad < label_width; pad++)
        g_string_append_c (out, ' ');
      for (guint i = 0; i < forecasts->len; i++)
        {
          g_autofree char *cell = hr_comparison_format_cell (forecasts->pdata[i], row);
          g_string_append_c (out, ' ');
          for (int pad = g_utf8_strlen (cell, -1); pad < column_width; pad++)
            g_string_append_c (out, ' ');
          g_string_append (out, cell);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* hr-comparison.c: the baseline and every scenario side by side */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-comparison.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-json.h"
#include "hr-json-writer.h"
#include "hr-plan.h"

/* Which way a row is better, for marking the best column */
typedef enum {
  BETTER_NONE,
  BETTER_LOWER,
  BETTER_HIGHER,
} Better;

typedef struct {
  const char *key;
  const char *label;
  Better      better;
} Row;

/* A row is marked only where its direction really makes a plan better
 * (docs/plan-model-notes.md, "Best values in the comparison") */
static const Row rows[] = {
  { "peak_load", N_("Peak load of any role"), BETTER_LOWER },
  { "peak_month", N_("Peak month"), BETTER_NONE },
  /* fewer months stretched is better only with no more months over: the
   * row compares the months over capacity first, then those stretched */
  { "months_stretched", N_("Months stretched"), BETTER_LOWER },
  { "months_over", N_("Months over capacity"), BETTER_LOWER },
  { "required_fte_end", N_("Required FTE at end (whole team)"), BETTER_LOWER },
  { "effective_fte_end", N_("Effective FTE at end (whole team)"), BETTER_NONE },
  { "hires_suggested", N_("Hires suggested"), BETTER_LOWER },
  /* later is not better in itself: a plan needing no hire shows a dash,
   * and the hires row already counts them */
  { "first_requisition", N_("First requisition opens"), BETTER_NONE },
  /* a plan short of people looks cheap: only the rows that price in the
   * suggested hires compare cost */
  { "total_cost", N_("Team cost over the whole plan"), BETTER_NONE },
  { "total_cost_hired", N_("Team cost with the suggested hires"), BETTER_LOWER },
  { "cost_share", N_("Cost share of ARR over the whole plan"), BETTER_NONE },
  { "cost_share_hired", N_("Cost share with the suggested hires"), BETTER_LOWER },
};
#define N_SUMMARY_ROWS G_N_ELEMENTS (rows)

static char *
peak_month (HrForecast *forecast)
{
  const HrSummary *s = hr_forecast_get_summary (forecast);

  return s->peak_month >= 0 ? hr_forecast_dup_month_label (forecast, s->peak_month) : NULL;
}

/* The month index of the earliest requisition the planner suggests, or -1 */
static int
first_requisition (HrForecast *forecast)
{
  int first = -1;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (forecast); i++)
    {
      const HrSuggestedHire *hire = hr_forecast_get_suggestion (forecast, i);
      if (first < 0 || hire->requisition < first)
        first = hire->requisition;
    }
  return first;
}

/* The pressure test of the last month, whose cost shares the tier rows show */
static GArray *
last_month_pressure (HrForecast *forecast)
{
  return hr_pressure_test (forecast, hr_forecast_get_n_months (forecast) - 1, 0.15);
}

/* Cost to serve of the baseline's tier @tier in @forecast, as a share of the
 * tier's ARR (its accounts' ACV), from @forecast's last_month_pressure();
 * NAN without the tier or without ARR */
static double
tier_cost_share (GPtrArray  *forecasts,
                 HrForecast *forecast,
                 GArray     *pressure,
                 guint       tier)
{
  const char *id = hr_forecast_get_segment_id (forecasts->pdata[0], tier);
  int segment = hr_forecast_find_segment (forecast, id);

  return segment >= 0 ? g_array_index (pressure, HrTierPressure, segment).cost_share : NAN;
}

char *
hr_comparison_to_json_data (GPtrArray *forecasts,
                            gsize     *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  HrForecast *baseline;

  g_return_val_if_fail (forecasts != NULL && forecasts->len > 0, NULL);

  writer = hr_json_writer_new ();
  baseline = forecasts->pdata[0];
  hr_json_writer_begin_array (writer);
  for (guint i = 0; i < forecasts->len; i++)
    {
      HrForecast *f = forecasts->pdata[i];
      const HrSummary *s = hr_forecast_get_summary (f);
      const char *id = hr_forecast_get_scenario_id (f);
      g_autofree char *month = peak_month (f);
      g_autofree char *requisition = first_requisition (f) >= 0
                                     ? hr_forecast_dup_month_label (f, first_requisition (f)) : NULL;
      g_autoptr(GArray) pressure = last_month_pressure (f);
      const struct { const char *name; double value; } costs[] = {
        { "total_cost", s->total_cost }, { "total_cost_hired", s->total_cost_hired },
        { "cost_share", s->cost_share }, { "cost_share_hired", s->cost_share_hired },
      };

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "scenario");
      hr_json_writer_string (writer, id);
      hr_json_writer_member (writer, "name");
      hr_json_writer_string (writer, id ? hr_forecast_get_scenario_name (f) : "Baseline");
      hr_json_writer_member (writer, "peak_load");
      hr_json_writer_number (writer, s->peak_load);
      hr_json_writer_member (writer, "peak_month");
      hr_json_writer_string (writer, month);
      hr_json_writer_member (writer, "peak_role");
      hr_json_writer_string (writer, s->peak_role >= 0 ? hr_forecast_get_role_id (f, s->peak_role) : NULL);
      hr_json_writer_member (writer, "months_stretched");
      hr_json_writer_integer (writer, s->months_stretched);
      hr_json_writer_member (writer, "months_over");
      hr_json_writer_integer (writer, s->months_over);
      hr_json_writer_member (writer, "required_fte_end");
      hr_json_writer_number (writer, s->required_fte_end);
      hr_json_writer_member (writer, "effective_fte_end");
      hr_json_writer_number (writer, s->effective_fte_end);
      hr_json_writer_member (writer, "hires_suggested");
      hr_json_writer_number (writer, s->hires_suggested);
      hr_json_writer_member (writer, "first_requisition");
      hr_json_writer_string (writer, requisition);
      for (guint c = 0; c < G_N_ELEMENTS (costs); c++)
        {
          hr_json_writer_member (writer, costs[c].name);
          hr_json_writer_number (writer, costs[c].value);
        }
      /* the baseline's tiers, whichever a scenario keeps */
      hr_json_writer_member (writer, "tier_cost_share");
      hr_json_writer_begin_object (writer);
      for (guint g = 0; g < hr_forecast_get_n_segments (baseline); g++)
        {
          hr_json_writer_member (writer, hr_forecast_get_segment_id (baseline, g));
          hr_json_writer_number (writer, tier_cost_share (forecasts, f, pressure, g));
        }
      hr_json_writer_end_object (writer);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

JsonNode *
hr_comparison_to_json (GPtrArray *forecasts)
{
  return hr_json_from_text (hr_comparison_to_json_data (forecasts, NULL));
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
      return hr_forecast_format_month (f, s->peak_month, "%b %Y");
    case 2: return g_strdup_printf ("%u", s->months_stretched);
    case 3: return g_strdup_printf ("%u", s->months_over);
    case 4: return hr_format_number (s->required_fte_end, 1);
    case 5: return hr_format_number (s->effective_fte_end, 1);
    case 6: return hr_format_number (s->hires_suggested, 0);
    case 7:
      if (first_requisition (f) < 0)
        return g_strdup ("–");
      return hr_forecast_format_month (f, first_requisition (f), "%b %Y");
    case 8: return hr_format_money_exact (s->total_cost, hr_forecast_get_currency (f));
    case 9: return hr_format_money_exact (s->total_cost_hired, hr_forecast_get_currency (f));
    case 10: return hr_format_percent (s->cost_share, 1);
    case 11: return hr_format_percent (s->cost_share_hired, 1);
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

/* The value a row compares, or NAN where it does not compare or is
 * missing: a missing value (a dash, "no capacity", "no ARR") is never best */
static double
row_value (GPtrArray *forecasts,
           guint      column,
           guint      row)
{
  HrForecast *f = forecasts->pdata[column];
  const HrSummary *s = hr_forecast_get_summary (f);
  double value;

  if (row >= N_SUMMARY_ROWS)
    {
      g_autoptr(GArray) pressure = last_month_pressure (f);
      value = tier_cost_share (forecasts, f, pressure, row - N_SUMMARY_ROWS);
    }
  else
    switch (row)
      {
      case 0: value = s->peak_load; break;
      /* a month over capacity weighs more than any number stretched */
      case 2: value = (double) s->months_over * (HR_MAX_MONTHS + 1) + s->months_stretched; break;
      case 3: value = s->months_over; break;
      case 4: value = s->required_fte_end; break;
      case 6: value = s->hires_suggested; break;
      case 9: value = s->total_cost_hired; break;
      case 11: value = s->cost_share_hired; break;
      default: value = NAN; break;
      }
  return isfinite (value) ? value : NAN;
}

guint
hr_comparison_count_rows (GPtrArray *forecasts)
{
  g_return_val_if_fail (forecasts != NULL && forecasts->len > 0, N_SUMMARY_ROWS);
  return N_SUMMARY_ROWS + hr_forecast_get_n_segments (forecasts->pdata[0]);
}

char *
hr_comparison_dup_row_label (GPtrArray *forecasts,
                             guint      row)
{
  g_return_val_if_fail (forecasts != NULL && forecasts->len > 0, NULL);
  if (row < N_SUMMARY_ROWS)
    return g_strdup (_(rows[row].label));
  /* Translators: a row of the comparison, e.g. "Enterprise: cost to serve / ACV" */
  return g_strdup_printf (_("%s: cost to serve / ACV"),
                          hr_forecast_get_segment_name (forecasts->pdata[0], row - N_SUMMARY_ROWS));
}

char *
hr_comparison_dup_cell (GPtrArray *forecasts,
                        guint      column,
                        guint      row)
{
  g_return_val_if_fail (forecasts != NULL && column < forecasts->len, NULL);
  if (row < N_SUMMARY_ROWS)
    return hr_comparison_format_cell (forecasts->pdata[column], row);
  return hr_format_percent (row_value (forecasts, column, row), 1);
}

gboolean
hr_comparison_is_best (GPtrArray *forecasts,
                       guint      column,
                       guint      row)
{
  Better better;
  double best = NAN, value;
  gboolean all_equal = TRUE;

  g_return_val_if_fail (forecasts != NULL && column < forecasts->len, FALSE);
  better = row < N_SUMMARY_ROWS ? rows[row].better : BETTER_LOWER;
  if (better == BETTER_NONE || forecasts->len < 2)
    return FALSE;
  for (guint i = 0; i < forecasts->len; i++)
    {
      double v = row_value (forecasts, i, row);

      if (isnan (v))
        continue;
      if (!isnan (best) && fabs (v - best) > 1e-9 * MAX (1, fabs (best)))
        all_equal = FALSE;
      if (isnan (best) || (better == BETTER_LOWER ? v < best : v > best))
        best = v;
    }
  value = row_value (forecasts, column, row);
  if (all_equal || isnan (value))
    return FALSE;
  return fabs (value - best) <= 1e-9 * MAX (1, fabs (best));
}

char *
hr_comparison_to_text (GPtrArray *forecasts)
{
  GString *out = g_string_new (NULL);
  const int column_width = 18;
  guint n_rows = hr_comparison_count_rows (forecasts);
  int label_width = 24;

  for (guint row = 0; row < n_rows; row++)
    {
      g_autofree char *label = hr_comparison_dup_row_label (forecasts, row);
      label_width = MAX (label_width, (int) g_utf8_strlen (label, -1) + 1);
    }

  g_string_append_printf (out, "%-*s", label_width, "");
  for (guint i = 0; i < forecasts->len; i++)
    {
      HrForecast *f = forecasts->pdata[i];
      const char *name = hr_forecast_get_scenario_id (f) ? hr_forecast_get_scenario_id (f) : _("baseline");
      g_string_append_printf (out, " %*s", column_width, name);
    }
  g_string_append_c (out, '\n');
  for (guint row = 0; row < n_rows; row++)
    {
      g_autofree char *label = hr_comparison_dup_row_label (forecasts, row);
      g_string_append (out, label);
      for (int pad = g_utf8_strlen (label, -1); pad < label_width; pad++)
        g_string_append_c (out, ' ');
      for (guint i = 0; i < forecasts->len; i++)
        {
          g_autofree char *cell = hr_comparison_dup_cell (forecasts, i, row);
          g_string_append_c (out, ' ');
          for (int pad = g_utf8_strlen (cell, -1); pad < column_width; pad++)
            g_string_append_c (out, ' ');
          g_string_append (out, cell);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* hr-pack-tradeoffs.c: the pack's pages on the choices: the trade-off
 * scenarios side by side, and the pressure test against the top-down rules */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-comparison.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-pack-private.h"

/* --- the trade-offs --- */

static const char *
column_name (HrForecast *f)
{
  if (hr_forecast_get_scenario_id (f) == NULL)
    return _("Baseline");
  return hr_forecast_get_scenario_name (f) && *hr_forecast_get_scenario_name (f)
         ? hr_forecast_get_scenario_name (f) : hr_forecast_get_scenario_id (f);
}

static HrPageTable *
comparison_table (GPtrArray *compare)
{
  guint n_rows = hr_comparison_count_rows (compare);
  HrPageTable *table = hr_page_table_new (compare->len + 1, 1);
  g_autofree const char **cells = g_new0 (const char *, compare->len + 1);

  hr_page_table_set_column (table, 0, NULL, HR_ALIGN_START, TRUE);
  for (guint i = 0; i < compare->len; i++)
    hr_page_table_set_column (table, i + 1, column_name (compare->pdata[i]), HR_ALIGN_END, FALSE);
  for (guint row = 0; row < n_rows; row++)
    {
      g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
      guint index;

      g_ptr_array_add (owned, hr_comparison_dup_row_label (compare, row));
      cells[0] = owned->pdata[0];
      for (guint i = 0; i < compare->len; i++)
        {
          g_ptr_array_add (owned, hr_comparison_dup_cell (compare, i, row));
          cells[i + 1] = owned->pdata[i + 1];
        }
      index = hr_page_table_add_row (table, cells);
      for (guint i = 0; i < compare->len; i++)
        if (hr_comparison_is_best (compare, i, row))
          hr_page_table_set_cell_flags (table, index, i + 1, HR_CELL_BEST);
    }
  return table;
}

static HrPageTable *
scenarios_table (const HrPackInput *input)
{
  GListModel *scenarios = hr_plan_get_scenarios (input->plan);
  HrPageTable *table = hr_page_table_new (3, 1);

  hr_page_table_set_column (table, 0, _("Scenario"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("What it changes"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 2, _("Id for headroom-cli"), HR_ALIGN_START, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      g_autofree char *description = NULL;
      const char *cells[3];

      g_object_get (scenario, "description", &description, NULL);
      cells[0] = hr_scenario_get_name (scenario);
      cells[1] = description != NULL && *description != '\0' ? description : "–";
      cells[2] = hr_item_get_id (HR_ITEM (scenario));
      hr_page_table_add_row (table, cells);
    }
  return table;
}

static gboolean
tradeoffs_applies (const HrPackInput *input)
{
  return input->compare->len > 1;
}

static void
tradeoffs_lay_out (const HrPackInput *input,
                   HrPageDoc         *doc)
{
  HrChartOptions options;
  g_autoptr(HrPageTable) comparison = comparison_table (input->compare);
  g_autoptr(HrPageTable) scenarios = scenarios_table (input);

  const char *note = _("Green cells hold the best value of their row. Costs are over the whole plan; “with the "
                        "suggested hires” prices in the hires each plan needs.");
  double below;

  hr_page_doc_begin_page (doc, _("The trade-offs"));
  /* a shorter chart when that keeps the comparison whole on its page */
  below = hr_page_doc_heading_height (doc) + hr_page_doc_paragraph_height (doc, HR_TEXT_NOTE, note)
          + hr_pack_table_height (doc, comparison);
  hr_pack_chart_options (&options, HR_CHART_SCENARIOS);
  hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.48, 200.0, below), input->compare->pdata[0],
                         input->compare, &options);
  hr_page_doc_add_heading (doc, _("The baseline and every scenario side by side"), 60.0);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, note);
  hr_page_doc_add_table (doc, comparison);
  hr_page_doc_add_heading (doc, _("The scenarios"), hr_pack_keep_for (doc, scenarios));
  hr_page_doc_add_table (doc, scenarios);
}

const HrPackSection hr_pack_tradeoffs = {
  "tradeoffs", N_("The trade-offs"), tradeoffs_applies, tradeoffs_lay_out
};

/* --- the pressure test --- */

static void
add_pressure_row (HrPageTable          *table,
                  HrForecast           *f,
                  const char           *name,
                  const HrTierPressure *p,
                  double                acv,
                  gboolean              total)
{
  const char *currency = hr_forecast_get_currency (f);
  g_autofree char *accounts = hr_format_number (p->accounts, 0);
  g_autofree char *arr = hr_format_money (p->arr, currency);
  g_autofree char *need = hr_format_number (p->fte_ruled, 1);
  g_autofree char *grant = hr_format_number (p->fte_top_down, 1);
  g_autofree char *gap = hr_format_signed (p->fte_gap, 1);
  g_autofree char *cost = hr_format_money (p->cost_to_serve, currency);
  g_autofree char *share = hr_format_percent (p->cost_share, 1);
  g_autofree char *per_account = hr_format_money (p->accounts > 0 ? p->cost_to_serve / p->accounts : NAN, currency);
  g_autofree char *acv_text = hr_format_money (acv, currency);
  const char *cells[] = { name, accounts, arr, need, grant, gap, cost, share, per_account, acv_text };
  guint row = hr_page_table_add_row (table, cells);

  if (total)
    hr_page_table_set_row_flags (table, row, HR_CELL_BOLD);
  if (p->over_threshold)
    hr_page_table_set_cell_flags (table, row, 7, HR_CELL_WARN);
  if (!isnan (p->fte_gap) && p->fte_gap >= 0.05)
    hr_page_table_set_cell_flags (table, row, 5, HR_CELL_WARN);
}

static gboolean
pressure_applies (const HrPackInput *input)
{
  return hr_forecast_get_n_segments (input->forecast) > 0;
}

static void
pressure_lay_out (const HrPackInput *input,
                  HrPageDoc         *doc)
{
  HrForecast *f = input->forecast;
  guint last = hr_forecast_get_n_months (f) - 1;
  g_autoptr(GArray) tiers = hr_pressure_test (f, last, input->threshold);
  HrTierPressure team = hr_pressure_total (tiers, input->threshold);
  g_autofree char *summary = hr_pressure_summary (f, last, input->threshold);
  g_auto(GStrv) paragraphs = g_strsplit (summary, "\n", -1);
  g_autofree char *month = hr_forecast_format_month (f, last, "%B %Y");
  g_autofree char *heading = g_strdup_printf (_("Each tier in %s"), month);
  g_autoptr(HrPageTable) table = hr_page_table_new (10, 1);
  g_autoptr(HrPageTable) readings = hr_page_table_new (2, 1);
  g_autofree char *limit = hr_format_percent (input->threshold, 0);
  g_autofree char *note = NULL;

  hr_page_doc_begin_page (doc, _("Pressure test"));
  for (guint i = 0; paragraphs[i]; i++)
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, paragraphs[i]);

  hr_page_table_set_column (table, 0, _("Tier"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Accounts"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, _("ARR"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("People the work needs"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 4, _("People the ARR rule grants"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 5, _("Gap to the rule"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 6, _("Cost to serve a year"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 7, _("Cost to serve / ARR"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 8, _("Per account a year"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 9, _("ACV"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (readings, 0, _("Tier"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (readings, 1, _("What it says"), HR_ALIGN_START, TRUE);
  for (guint i = 0; i < tiers->len; i++)
    {
      const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, i);
      const char *name = hr_forecast_get_segment_name (f, p->segment);
      g_autofree char *reading = hr_pressure_describe_tier (f, p, input->threshold);
      const char *cells[] = { name, reading };

      add_pressure_row (table, f, name, p, hr_forecast_get_segment_acv (f, p->segment), FALSE);
      hr_page_table_add_row (readings, cells);
    }
  add_pressure_row (table, f, _("Whole team"), &team, NAN, TRUE);

  hr_page_doc_add_heading (doc, heading, hr_pack_keep_for (doc, table) + 30.0);
  /* Translators: under the pressure test's table; %s is the threshold, "15%" */
  note = g_strdup_printf (_("People are the work roles’ bottom-up FTE for the tier’s designed and reactive work; "
                            "the ARR rule is one person per its ARR per FTE. Cost to serve counts customer work "
                            "only; shaded cells are above the %s threshold or short of the rule. ACV is at the "
                            "start of a contract."),
                          limit);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, note);
  hr_page_doc_add_table (doc, table);
  hr_page_doc_add_heading (doc, _("What each tier says"), hr_pack_keep_for (doc, readings));
  hr_page_doc_add_table (doc, readings);
}

const HrPackSection hr_pack_pressure = {
  "pressure", N_("Pressure test"), pressure_applies, pressure_lay_out
};

/* hr-workbook-sheets.c: the workbook's hiring plan, comparison and
 * assumptions */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-hiring.h"
#include "hr-pack-private.h"
#include "hr-workbook-private.h"

static gboolean
always (const HrPackInput *input)
{
  return TRUE;
}

/* --- Hiring plan --- */

static void
write_hiring (const HrPackInput *input,
              HrWorkbook        *book,
              lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  const char *titles[] = {
    _("Role id"), _("Role"), _("Open the requisition"), _("First day"), _("Fully productive"), _("Hires"),
  };
  const double widths[] = { 12, 26, 14, 12, 14, 8 };
  const char *late_titles[] = { _("Role id"), _("Role"), _("Late month: no requisition opened now can cover it") };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 0);
  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++, row++)
    {
      const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);

      worksheet_write_string (sheet, row, 0, hr_forecast_get_role_id (f, s->role), book->text);
      worksheet_write_string (sheet, row, 1, hr_forecast_get_role_name (f, s->role), book->text);
      hr_workbook_month (book, sheet, row, 2, f, s->requisition);
      hr_workbook_month (book, sheet, row, 3, f, s->month);
      hr_workbook_month (book, sheet, row, 4, f, s->month + hr_forecast_get_role_assumptions (f, s->role)->ramp_months);
      hr_workbook_number (sheet, row, 5, s->count, book->count);
    }

  /* the late months below, one per row */
  row += 2;
  for (guint c = 0; c < G_N_ELEMENTS (late_titles); c++)
    worksheet_write_string (sheet, row, c, late_titles[c], book->head);
  row++;
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    for (guint t = 0; t < hr_forecast_get_n_months (f); t++)
      if (hr_forecast_get_role_late (f, r, t))
        {
          worksheet_write_string (sheet, row, 0, hr_forecast_get_role_id (f, r), book->text);
          worksheet_write_string (sheet, row, 1, hr_forecast_get_role_name (f, r), book->text);
          hr_workbook_month (book, sheet, row++, 2, f, t);
        }
}

const HrWorkbookSheet hr_workbook_hiring = { N_("Hiring plan"), always, write_hiring };

/* --- Compare --- */

static void
write_compare (const HrPackInput *input,
               HrWorkbook        *book,
               lxw_worksheet     *sheet)
{
  HrForecast *baseline = input->compare->pdata[0];
  guint n_tiers = hr_forecast_get_n_segments (baseline);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  static const char *heads[] = {
    N_("Scenario id"), N_("Scenario"), N_("Peak load of any role"), N_("Peak month"), N_("Peak role"),
    N_("Months stretched"), N_("Months over capacity"), N_("Required FTE at end (whole team)"),
    N_("Effective FTE at end (whole team)"), N_("Hires suggested"), N_("First requisition opens"),
    N_("Team cost over the whole plan"), N_("Team cost with the suggested hires"),
    N_("Cost share of ARR over the whole plan"), N_("Cost share with the suggested hires"),
  };
  static const double head_widths[] = { 14, 30, 11, 11, 12, 10, 10, 12, 12, 10, 12, 15, 15, 12, 12 };

  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    {
      g_ptr_array_add (titles, g_strdup (_(heads[c])));
      g_array_append_val (widths, head_widths[c]);
    }
  for (guint g = 0; g < n_tiers; g++)
    {
      double width = 14;

      /* Translators: a column of the workbook's comparison, "Enterprise: cost to serve / ACV" */
      g_ptr_array_add (titles, g_strdup_printf (_("%s: cost to serve / ACV"), hr_forecast_get_segment_name (baseline, g)));
      g_array_append_val (widths, width);
    }
  hr_workbook_header (book, sheet, 0, (const char * const *) titles->pdata, (const double *) widths->data,
                      titles->len, 2);

  for (guint i = 0; i < input->compare->len; i++)
    {
      HrForecast *f = input->compare->pdata[i];
      const HrSummary *s = hr_forecast_get_summary (f);
      lxw_row_t row = i + 1;
      int first = hr_pack_first_requisition (f);
      guint last = hr_forecast_get_n_months (f) - 1;
      g_autoptr(GArray) pressure = hr_pressure_test (f, last, input->threshold);

      if (hr_forecast_get_scenario_id (f) != NULL)
        {
          worksheet_write_string (sheet, row, 0, hr_forecast_get_scenario_id (f), book->text);
          worksheet_write_string (sheet, row, 1, hr_forecast_get_scenario_name (f), book->text);
        }
      else
        worksheet_write_string (sheet, row, 1, _("Baseline"), book->text);
      hr_workbook_number (sheet, row, 2, s->peak_load, book->percent);
      if (s->peak_month >= 0)
        hr_workbook_month (book, sheet, row, 3, f, s->peak_month);
      if (s->peak_role >= 0)
        worksheet_write_string (sheet, row, 4, hr_forecast_get_role_id (f, s->peak_role), book->text);
      hr_workbook_number (sheet, row, 5, s->months_stretched, book->count);
      hr_workbook_number (sheet, row, 6, s->months_over, book->count);
      hr_workbook_number (sheet, row, 7, s->required_fte_end, book->fte);
      hr_workbook_number (sheet, row, 8, s->effective_fte_end, book->fte);
      hr_workbook_number (sheet, row, 9, s->hires_suggested, book->count);
      if (first >= 0)
        hr_workbook_month (book, sheet, row, 10, f, first);
      hr_workbook_number (sheet, row, 11, s->total_cost, book->money);
      hr_workbook_number (sheet, row, 12, s->total_cost_hired, book->money);
      hr_workbook_number (sheet, row, 13, s->cost_share, book->percent);
      hr_workbook_number (sheet, row, 14, s->cost_share_hired, book->percent);
      for (guint g = 0; g < n_tiers; g++)
        {
          int tier = hr_forecast_find_segment (f, hr_forecast_get_segment_id (baseline, g));

          if (tier >= 0)
            hr_workbook_number (sheet, row, 15 + g, g_array_index (pressure, HrTierPressure, tier).cost_share,
                                book->percent);
        }
    }
}

const HrWorkbookSheet hr_workbook_compare = { N_("Compare"), always, write_compare };

/* --- Assumptions --- */

static void
write_assumptions (const HrPackInput *input,
                   HrWorkbook        *book,
                   lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  const char *titles[] = {
    _("Role id"), _("Role"), _("Paid hours a month"), _("Shrinkage"), _("Indirect"), _("Unplanned"),
    _("Target load"), _("Months of ramp"), _("Attrition a year"), _("Lead time (months)"), _("Cost a year"),
    _("ARR per person rule"), _("Manages"), _("Span of control"),
  };
  const double widths[] = { 12, 26, 10, 10, 10, 10, 10, 10, 10, 10, 14, 14, 12, 10 };
  const char *tier_titles[] = {
    _("Tier id"), _("Tier"), _("Touch"), _("ACV"), _("Complexity"),
  };
  const char *benchmark_titles[] = {
    _("Benchmark"), _("Value"), _("How Headroom uses it"), _("Source and what it says"), _("Address"),
  };
  g_autoptr(GPtrArray) benchmarks = hr_pack_load_benchmarks (NULL);
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 2);
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++, row++)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, r);

      worksheet_write_string (sheet, row, 0, hr_forecast_get_role_id (f, r), book->text);
      worksheet_write_string (sheet, row, 1, hr_forecast_get_role_name (f, r), book->text);
      hr_workbook_number (sheet, row, 2, a->hours_per_month, book->number);
      hr_workbook_number (sheet, row, 3, a->shrinkage, book->percent);
      hr_workbook_number (sheet, row, 4, a->indirect, book->percent);
      hr_workbook_number (sheet, row, 5, a->unplanned, book->percent);
      hr_workbook_number (sheet, row, 6, a->target_load, book->percent);
      hr_workbook_number (sheet, row, 7, a->ramp_months, book->count);
      hr_workbook_number (sheet, row, 8, a->attrition, book->percent);
      hr_workbook_number (sheet, row, 9, a->lead_time_months, book->count);
      hr_workbook_number (sheet, row, 10, a->cost_per_year, book->money);
      hr_workbook_number (sheet, row, 11, a->arr_per_fte, book->money);
      if (a->manages >= 0)
        {
          worksheet_write_string (sheet, row, 12, hr_forecast_get_role_id (f, a->manages), book->text);
          hr_workbook_number (sheet, row, 13, a->span, book->number);
        }
    }

  row++;
  for (guint c = 0; c < G_N_ELEMENTS (tier_titles); c++)
    worksheet_write_string (sheet, row, c, tier_titles[c], book->head);
  row++;
  for (guint g = 0; g < hr_forecast_get_n_segments (f); g++, row++)
    {
      worksheet_write_string (sheet, row, 0, hr_forecast_get_segment_id (f, g), book->text);
      worksheet_write_string (sheet, row, 1, hr_forecast_get_segment_name (f, g), book->text);
      worksheet_write_string (sheet, row, 2, hr_forecast_get_segment_touch (f, g), book->text);
      hr_workbook_number (sheet, row, 3, hr_forecast_get_segment_acv (f, g), book->money);
    }

  row++;
  worksheet_write_string (sheet, row, 0, _("Cost share threshold"), book->text);
  hr_workbook_number (sheet, row++, 3, input->threshold, book->percent);
  row++;
  for (guint c = 0; c < G_N_ELEMENTS (benchmark_titles); c++)
    worksheet_write_string (sheet, row, c, benchmark_titles[c], book->head);
  row++;
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++, row++)
    {
      const HrPackBenchmark *b = benchmarks->pdata[i];
      g_autofree char *source = hr_pack_benchmark_dup_source (b);

      worksheet_write_string (sheet, row, 0, b->label, book->text);
      worksheet_write_string (sheet, row, 1, b->value, book->text);
      worksheet_write_string (sheet, row, 2, b->use, book->text);
      worksheet_write_string (sheet, row, 3, source, book->text);
      if (b->url != NULL)
        worksheet_write_url (sheet, row, 4, b->url, NULL);
    }
}

const HrWorkbookSheet hr_workbook_assumptions = { N_("Assumptions"), always, write_assumptions };

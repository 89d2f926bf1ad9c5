/* hr-workbook.c: the workbook, its formats, and the monthly sheets */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-activities.h"
#include "hr-format.h"
#include "hr-workbook-private.h"

/* --- cells --- */

void
hr_workbook_number (lxw_worksheet *sheet,
                    lxw_row_t      row,
                    lxw_col_t      col,
                    double         value,
                    lxw_format    *format)
{
  if (isnan (value) || isinf (value))
    worksheet_write_blank (sheet, row, col, format);
  else
    worksheet_write_number (sheet, row, col, value, format);
}

void
hr_workbook_month (HrWorkbook    *book,
                   lxw_worksheet *sheet,
                   lxw_row_t      row,
                   lxw_col_t      col,
                   HrForecast    *forecast,
                   int            t)
{
  int absolute = hr_forecast_get_start_year (forecast) * 12 + hr_forecast_get_start_month (forecast) - 1 + t;

  hr_workbook_absolute_month (book, sheet, row, col, absolute);
}

void
hr_workbook_absolute_month (HrWorkbook    *book,
                            lxw_worksheet *sheet,
                            lxw_row_t      row,
                            lxw_col_t      col,
                            int            absolute)
{
  lxw_datetime date = { absolute / 12, absolute % 12 + 1, 1, 0, 0, 0 };

  worksheet_write_datetime (sheet, row, col, &date, book->month);
}

void
hr_workbook_header (HrWorkbook          *book,
                    lxw_worksheet       *sheet,
                    lxw_row_t            row,
                    const char * const  *titles,
                    const double        *widths,
                    guint                n,
                    lxw_col_t            frozen_columns)
{
  for (guint c = 0; c < n; c++)
    {
      worksheet_write_string (sheet, row, c, titles[c], book->head);
      worksheet_set_column (sheet, c, c, widths[c], NULL);
    }
  worksheet_set_row (sheet, row, 30, NULL);
  worksheet_freeze_panes (sheet, row + 1, frozen_columns);
}

static lxw_format *
add_format (lxw_workbook *workbook,
            const char   *number_format)
{
  lxw_format *format = workbook_add_format (workbook);

  if (number_format != NULL)
    format_set_num_format (format, number_format);
  return format;
}

static void
book_init (HrWorkbook   *book,
           lxw_workbook *workbook,
           const char   *currency)
{
  /* the currency code as text after the number, as the app shows money */
  g_autofree char *money = g_strdup_printf ("#,##0 \"%s\"", currency);

  book->workbook = workbook;
  book->head = workbook_add_format (workbook);
  format_set_bold (book->head);
  format_set_text_wrap (book->head);
  format_set_align (book->head, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom (book->head, LXW_BORDER_THIN);
  format_set_bg_color (book->head, 0xE9ECF0);
  book->text = add_format (workbook, NULL);
  book->month = add_format (workbook, "mmm yyyy");
  book->hours = add_format (workbook, "#,##0.0");
  book->fte = add_format (workbook, "#,##0.00");
  book->count = add_format (workbook, "#,##0.##");
  book->percent = add_format (workbook, "0.0%");
  book->money = add_format (workbook, money);
  book->number = add_format (workbook, "General");
}

/* --- Summary --- */

static void
summary_pair (HrWorkbook    *book,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              const char    *label,
              double         value,
              lxw_format    *format)
{
  worksheet_write_string (sheet, row, 0, label, book->text);
  hr_workbook_number (sheet, row, 1, value, format);
}

static gboolean
always (const HrPackInput *input)
{
  return TRUE;
}

static void
write_summary (const HrPackInput *input,
               HrWorkbook        *book,
               lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  const HrSummary *s = hr_forecast_get_summary (f);
  guint n = hr_forecast_get_n_months (f);
  const char *name = hr_plan_get_name (input->plan);
  g_autofree char *headline = hr_pack_dup_headline (f);
  const char *titles[] = {
    _("Month"), _("Workload (hours)"), _("Capacity (hours)"), _("Capacity at target load (hours)"),
    _("Required FTE"), _("FTE needed at target load"), _("Effective FTE"), _("Cost"), _("ARR"),
    _("Cost share of ARR"),
  };
  const double widths[] = { 38, 14, 14, 16, 12, 14, 12, 14, 14, 12 };
  const double *series[] = {
    hr_forecast_get_team_series (f, HR_ROLE_WORKLOAD, FALSE),
    hr_forecast_get_team_series (f, HR_ROLE_CAPACITY, FALSE),
    hr_forecast_get_team_target_capacity (f),
    hr_forecast_get_team_series (f, HR_ROLE_REQUIRED_FTE, TRUE),
    hr_forecast_get_needed_series (f, -1),
    hr_forecast_get_team_series (f, HR_ROLE_EFFECTIVE_FTE, TRUE),
    hr_forecast_get_total_series (f, HR_TOTAL_COST),
    hr_forecast_get_total_series (f, HR_TOTAL_ARR),
    hr_forecast_get_total_series (f, HR_TOTAL_COST_SHARE),
  };
  lxw_format *formats[] = {
    book->hours, book->hours, book->hours, book->fte, book->fte, book->fte, book->money, book->money, book->percent,
  };
  lxw_row_t top = 20, row = 0;
  lxw_chart *chart;
  static const char *chart_series[] = { N_("Workload (hours)"), N_("Capacity (hours)"),
                                        N_("Capacity at target load (hours)") };

  worksheet_write_string (sheet, row, 0, name != NULL && *name != '\0' ? name : _("Untitled plan"), book->head);
  worksheet_write_string (sheet, row++, 1, headline, book->text);
  worksheet_write_string (sheet, row, 0, _("Scenario"), book->text);
  worksheet_write_string (sheet, row++, 1, hr_forecast_get_scenario_id (f) ? hr_forecast_get_scenario_name (f)
                                                                          : _("Baseline"), book->text);
  worksheet_write_string (sheet, row, 0, _("First month"), book->text);
  hr_workbook_month (book, sheet, row++, 1, f, 0);
  summary_pair (book, sheet, row++, _("Months"), n, book->count);
  summary_pair (book, sheet, row++, _("Peak load of any role"), s->peak_load, book->percent);
  worksheet_write_string (sheet, row, 0, _("Peak month"), book->text);
  if (s->peak_month >= 0)
    hr_workbook_month (book, sheet, row, 1, f, s->peak_month);
  row++;
  summary_pair (book, sheet, row++, _("Months stretched"), s->months_stretched, book->count);
  summary_pair (book, sheet, row++, _("Months over capacity"), s->months_over, book->count);
  summary_pair (book, sheet, row++, _("Required FTE in the first month (whole team)"), s->required_fte_now, book->fte);
  summary_pair (book, sheet, row++, _("Effective FTE in the first month (whole team)"), s->effective_fte_now,
                book->fte);
  summary_pair (book, sheet, row++, _("Required FTE in the last month (whole team)"), s->required_fte_end, book->fte);
  summary_pair (book, sheet, row++, _("Effective FTE in the last month (whole team)"), s->effective_fte_end,
                book->fte);
  summary_pair (book, sheet, row++, _("Hires suggested"), s->hires_suggested, book->count);
  summary_pair (book, sheet, row++, _("Team cost over the whole plan"), s->total_cost, book->money);
  summary_pair (book, sheet, row++, _("Team cost with the suggested hires"), s->total_cost_hired, book->money);
  summary_pair (book, sheet, row++, _("Revenue over the whole plan (ARR / 12 a month)"), s->total_arr, book->money);
  summary_pair (book, sheet, row++, _("Cost share of ARR over the whole plan"), s->cost_share, book->percent);
  summary_pair (book, sheet, row++, _("Cost share with the suggested hires"), s->cost_share_hired, book->percent);
  g_assert (row < top);

  hr_workbook_header (book, sheet, top, titles, widths, G_N_ELEMENTS (titles), 1);
  for (guint t = 0; t < n; t++)
    {
      hr_workbook_month (book, sheet, top + 1 + t, 0, f, t);
      for (guint c = 0; c < G_N_ELEMENTS (series); c++)
        hr_workbook_number (sheet, top + 1 + t, c + 1, series[c][t], formats[c]);
    }

  /* workload against capacity, drawn by Excel from the table */
  chart = workbook_add_chart (book->workbook, LXW_CHART_LINE);
  for (guint c = 0; c < G_N_ELEMENTS (chart_series); c++)
    {
      lxw_chart_series *line = chart_add_series (chart, NULL, NULL);
      const char *sheet_name = _("Summary");

      chart_series_set_categories (line, sheet_name, top + 1, 0, top + n, 0);
      chart_series_set_values (line, sheet_name, top + 1, c + 1, top + n, c + 1);
      chart_series_set_name (line, _(chart_series[c]));
    }
  chart_title_set_name (chart, _("Workload against capacity, work roles"));
  chart_axis_set_name (chart->y_axis, _("Hours a month"));
  chart_axis_set_num_format (chart->x_axis, "mmm yyyy");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  worksheet_insert_chart (sheet, 0, 3, chart);
}

static const HrWorkbookSheet summary_sheet = { N_("Summary"), always, write_summary };

/* --- Roles, tiers and plays by month --- */

static void
write_roles (const HrPackInput *input,
             HrWorkbook        *book,
             lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  guint n = hr_forecast_get_n_months (f);
  const char *titles[] = {
    _("Month"), _("Role id"), _("Role"), _("Designed hours"), _("Reactive hours"), _("Indirect hours"),
    _("Unplanned hours"), _("Workload hours"), _("Required FTE"), _("Headcount"), _("Effective FTE"),
    _("Capacity hours"), _("Load"), _("Gap FTE"), _("Top-down FTE"), _("Status"),
  };
  const double widths[] = { 11, 12, 26, 11, 11, 11, 11, 11, 11, 11, 11, 11, 9, 9, 11, 10 };
  static const HrRoleMetric metrics[] = {
    HR_ROLE_DESIGNED, HR_ROLE_REACTIVE, HR_ROLE_INDIRECT, HR_ROLE_UNPLANNED, HR_ROLE_WORKLOAD,
    HR_ROLE_REQUIRED_FTE, HR_ROLE_HEADCOUNT, HR_ROLE_EFFECTIVE_FTE, HR_ROLE_CAPACITY, HR_ROLE_LOAD,
    HR_ROLE_GAP_FTE, HR_ROLE_TOPDOWN_FTE,
  };
  lxw_format *formats[] = {
    book->hours, book->hours, book->hours, book->hours, book->hours, book->fte, book->fte, book->fte,
    book->hours, book->percent, book->fte, book->fte,
  };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 1);
  for (guint t = 0; t < n; t++)
    for (guint r = 0; r < hr_forecast_get_n_roles (f); r++, row++)
      {
        hr_workbook_month (book, sheet, row, 0, f, t);
        worksheet_write_string (sheet, row, 1, hr_forecast_get_role_id (f, r), book->text);
        worksheet_write_string (sheet, row, 2, hr_forecast_get_role_name (f, r), book->text);
        for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
          hr_workbook_number (sheet, row, 3 + m, hr_forecast_get_role_series (f, r, metrics[m])[t], formats[m]);
        worksheet_write_string (sheet, row, 15, hr_status_to_string (hr_forecast_get_role_status (f, r, t)),
                                book->text);
      }
  worksheet_autofilter (sheet, 0, 0, row - 1, G_N_ELEMENTS (titles) - 1);
}

static const HrWorkbookSheet roles_sheet = { N_("Roles by month"), always, write_roles };

static void
write_tiers (const HrPackInput *input,
             HrWorkbook        *book,
             lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  guint n = hr_forecast_get_n_months (f);
  const char *titles[] = {
    _("Month"), _("Tier id"), _("Tier"), _("Accounts"), _("New accounts"), _("Churned accounts"), _("ARR"),
    _("Designed hours"), _("Reactive hours"), _("Cost to serve"),
  };
  const double widths[] = { 11, 14, 22, 11, 11, 11, 15, 11, 11, 14 };
  lxw_format *formats[HR_N_SEGMENT_METRICS] = {
    book->count, book->count, book->count, book->money, book->hours, book->hours, book->money,
  };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 1);
  for (guint t = 0; t < n; t++)
    for (guint g = 0; g < hr_forecast_get_n_segments (f); g++, row++)
      {
        hr_workbook_month (book, sheet, row, 0, f, t);
        worksheet_write_string (sheet, row, 1, hr_forecast_get_segment_id (f, g), book->text);
        worksheet_write_string (sheet, row, 2, hr_forecast_get_segment_name (f, g), book->text);
        for (guint m = 0; m < HR_N_SEGMENT_METRICS; m++)
          hr_workbook_number (sheet, row, 3 + m, hr_forecast_get_segment_series (f, g, m)[t], formats[m]);
      }
  if (row > 1)
    worksheet_autofilter (sheet, 0, 0, row - 1, G_N_ELEMENTS (titles) - 1);
}

static const HrWorkbookSheet tiers_sheet = { N_("Tiers by month"), always, write_tiers };

static void
write_plays (const HrPackInput *input,
             HrWorkbook        *book,
             lxw_worksheet     *sheet)
{
  HrForecast *f = input->forecast;
  guint n = hr_forecast_get_n_months (f);
  const char *titles[] = { _("Month"), _("Play id"), _("Play"), _("Designed hours") };
  const double widths[] = { 11, 20, 24, 14 };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 1);
  for (guint t = 0; t < n; t++)
    for (guint p = 0; p < HR_N_PLAYS; p++, row++)
      {
        hr_workbook_month (book, sheet, row, 0, f, t);
        worksheet_write_string (sheet, row, 1, hr_play_to_string (p), book->text);
        worksheet_write_string (sheet, row, 2, hr_play_get_label (p), book->text);
        hr_workbook_number (sheet, row, 3, hr_forecast_get_play_series (f, p)[t], book->hours);
      }
  worksheet_autofilter (sheet, 0, 0, row - 1, G_N_ELEMENTS (titles) - 1);
}

static const HrWorkbookSheet plays_sheet = { N_("Plays by month"), always, write_plays };

/* The workbook's order; sheets that do not apply to a plan are left out */
static const HrWorkbookSheet * const sheets[] = {
  &summary_sheet,
  &roles_sheet,
  &tiers_sheet,
  &plays_sheet,
  &hr_workbook_hiring,
  &hr_workbook_compare,
  &hr_workbook_bands,
  &hr_workbook_calibration,
  /* books of business come here */
  &hr_workbook_assumptions,
  NULL
};

gboolean
hr_workbook_write (const HrPackInput *input,
                   const char        *path,
                   GError           **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE };
  g_autoptr(GDateTime) date = hr_pack_get_date ();
  lxw_doc_properties properties = { 0 };
  g_autofree char *title = NULL;
  const char *name = hr_plan_get_name (input->plan);
  HrWorkbook book;
  lxw_workbook *workbook;
  lxw_error status;

  g_return_val_if_fail (input != NULL && path != NULL, FALSE);

  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s"), path);
      return FALSE;
    }
  /* Translators: the workbook's title in its properties */
  title = g_strdup_printf (_("%s — workbook"), name != NULL && *name != '\0' ? name : _("Untitled plan"));
  properties.title = title;
  properties.author = (char *) "Headroom";
  /* the pack's date, so that the same plan gives the same file */
  properties.created = (time_t) g_date_time_to_unix (date);
  workbook_set_properties (workbook, &properties);
  book_init (&book, workbook, hr_forecast_get_currency (input->forecast));
  for (guint i = 0; sheets[i] != NULL; i++)
    if (sheets[i]->applies (input))
      sheets[i]->write (input, &book, workbook_add_worksheet (workbook, _(sheets[i]->name)));

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s: a file name, then libxlsxwriter's reason */
                   _("Could not write %s: %s"), path, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
hr_workbook_write_activities (HrPlan      *plan,
                              const char  *path,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = hr_activities_to_rows (plan);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *head, *number;
  lxw_error status;

  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s"), path);
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, _("Activities"));
  head = workbook_add_format (workbook);
  format_set_bold (head);
  format_set_bg_color (head, 0xE9ECF0);
  number = workbook_add_format (workbook);
  format_set_num_format (number, "General");
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      for (guint c = 0; row[c]; c++)
        {
          char *end = NULL;
          double value = g_ascii_strtod (row[c], &end);

          /* timing and hours as numbers, the rest as text */
          if (r > 0 && c >= 4 && c <= 9 && *row[c] != '\0' && end != NULL && *end == '\0')
            worksheet_write_number (sheet, r, c, value, number);
          else
            worksheet_write_string (sheet, r, c, row[c], r == 0 ? head : NULL);
        }
    }
  worksheet_set_column (sheet, 0, 1, 22, NULL);
  worksheet_set_column (sheet, 2, 3, 16, NULL);
  worksheet_set_column (sheet, 4, 9, 8, NULL);
  worksheet_set_column (sheet, 10, 10 + g_list_model_get_n_items (hr_plan_get_segments (plan)), 20, NULL);
  worksheet_freeze_panes (sheet, 1, 2);
  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

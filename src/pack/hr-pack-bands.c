/* hr-pack-bands.c: the uncertainty of the plan in the pack and the
 * workbook, when the plan has ranges on its estimates (spec §6): the need
 * at confidence in a sentence, the headcount chart with its bands, the
 * drivers of the peak need, and the bands' numbers as a sheet */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-format.h"
#include "hr-pack-private.h"
#include "hr-workbook-private.h"

static gboolean
bands_applies (const HrPackInput *input)
{
  return input->bands != NULL;
}

/* "At 90% confidence the hiring plan asks for 5 hires, 2 more than on the averages." */
static char *
dup_hires_sentence (HrBands *bands)
{
  double average = hr_forecast_get_summary (hr_bands_get_forecast (bands))->hires_suggested;
  double confident = hr_forecast_get_summary (hr_bands_get_confident_forecast (bands))->hires_suggested;
  guint extra = confident > average ? (guint) (confident - average + 0.5) : 0;
  g_autofree char *count = hr_format_number (confident, 0);
  g_autofree char *more = NULL;

  if (extra == 0)
    /* Translators: the confidence, then the hires */
    return g_strdup_printf (_("At %u%% confidence the hiring plan asks for %s hires, as many as on the averages."),
                            hr_bands_get_confidence (bands), count);
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more", extra), extra);
  /* Translators: the confidence, the hires, then "2 more" */
  return g_strdup_printf (_("At %u%% confidence the hiring plan asks for %s hires, %s than on the averages."),
                          hr_bands_get_confidence (bands), count, more);
}

static void
bands_lay_out (const HrPackInput *input,
               HrPageDoc         *doc)
{
  HrBands *bands = input->bands;
  HrChartOptions options;
  g_autofree char *need = hr_bands_describe_need (bands);
  g_autofree char *hires = dup_hires_sentence (bands);
  /* Translators: the number of sampled plans */
  g_autofree char *how = g_strdup_printf (_("Each estimate with a range is drawn %u times from a triangle between "
                                            "its low and high end, peaked at its plan value, by a fixed sequence: "
                                            "the same plan gives the same bands on every machine. The shaded band "
                                            "holds the middle 80%% of the sampled plans."),
                                          hr_bands_get_samples (bands));
  double below = hr_page_doc_paragraph_height (doc, HR_TEXT_NOTE, how);

  hr_page_doc_begin_page (doc, _("Uncertainty"));
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, need);
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, hires);
  hr_pack_chart_options (&options, HR_CHART_HEADCOUNT);
  options.bands = bands;
  hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.45, 160.0, below), input->forecast, NULL, &options);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, how);
  if (hr_bands_get_n_drivers (bands) > 0)
    {
      double rows = MIN (hr_bands_get_n_drivers (bands), 12);

      hr_page_doc_add_heading (doc, _("What moves the need most"), 120.0);
      hr_pack_chart_options (&options, HR_CHART_DRIVERS);
      options.bands = bands;
      hr_page_doc_add_chart (doc, MIN (60.0 + rows * 28.0, hr_page_doc_get_room (doc)), input->forecast, NULL,
                             &options);
    }
}

const HrPackSection hr_pack_bands = {
  "bands", N_("Uncertainty"), bands_applies, bands_lay_out
};

/* --- the workbook's sheet --- */

static void
write_bands (const HrPackInput *input,
             HrWorkbook        *book,
             lxw_worksheet     *sheet)
{
  HrBands *bands = input->bands;
  HrForecast *f = hr_bands_get_forecast (bands);
  guint n = hr_bands_get_n_months (bands), c = hr_bands_get_confidence (bands);
  g_autofree char *pc_workload = g_strdup_printf (_("Workload hours P%u"), c);
  g_autofree char *pc_fte = g_strdup_printf (_("Required FTE P%u"), c);
  g_autofree char *pc_load = g_strdup_printf (_("Load P%u"), c);
  const char *titles[] = {
    _("Month"), _("Role id"), _("Role"),
    _("Workload hours P10"), _("Workload hours P50"), _("Workload hours P90"), pc_workload,
    _("Required FTE P10"), _("Required FTE P50"), _("Required FTE P90"), pc_fte,
    _("Load P10"), _("Load P50"), _("Load P90"), pc_load, _("Chance over capacity"),
  };
  const double widths[] = { 11, 12, 22, 12, 12, 12, 12, 11, 11, 11, 11, 9, 9, 9, 9, 12 };
  lxw_format *formats[HR_N_BANDS_METRICS] = { book->hours, book->fte, book->percent };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 1);
  for (guint t = 0; t < n; t++)
    for (guint r = 0; r < hr_bands_get_n_roles (bands); r++, row++)
      {
        hr_workbook_month (book, sheet, row, 0, f, t);
        worksheet_write_string (sheet, row, 1, hr_forecast_get_role_id (f, r), book->text);
        worksheet_write_string (sheet, row, 2, hr_forecast_get_role_name (f, r), book->text);
        for (guint m = 0; m < HR_N_BANDS_METRICS; m++)
          for (guint b = 0; b < HR_N_BANDS; b++)
            hr_workbook_number (sheet, row, 3 + m * HR_N_BANDS + b, hr_bands_get_role_band (bands, r, m, b)[t],
                                formats[m]);
        hr_workbook_number (sheet, row, 15, hr_bands_get_p_over (bands, r)[t], book->percent);
      }
  worksheet_autofilter (sheet, 0, 0, row - 1, G_N_ELEMENTS (titles) - 1);
}

const HrWorkbookSheet hr_workbook_bands = { N_("Bands"), bands_applies, write_bands };

/* hr-pack-calibration.c: the pack's pages and the workbook's sheet on the
 * model against execution, when a time log was held against the plan */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-calibration.h"
#include "hr-format.h"
#include "hr-pack-private.h"
#include "hr-workbook-private.h"

static gboolean
calibration_applies (const HrPackInput *input)
{
  return input->calibration != NULL;
}

static HrPageTable *
moments_table (HrCalibration *c)
{
  HrPageTable *table = hr_page_table_new (8, 1);

  hr_page_table_set_column (table, 0, _("Moment"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Due"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, _("Delivered"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("Logged when not due"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 4, _("Hours it took"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 5, _("Hours designed"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 6, _("Against the design"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 7, _("What it says"), HR_ALIGN_START, TRUE);
  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    {
      const HrMomentCalibration *m = hr_calibration_get_moment (c, k);
      const HrMomentFigures *f = &m->all;
      HrMomentVerdict verdict = hr_calibration_get_verdict (c, f);
      g_autofree char *due = g_strdup_printf ("%u", f->due);
      g_autofree char *rate = hr_format_percent (f->delivery_rate, 0);
      g_autofree char *delivered = f->due > 0 ? g_strdup_printf ("%u (%s)", f->delivered, rate) : g_strdup ("–");
      g_autofree char *unscheduled = g_strdup_printf ("%u", f->unscheduled);
      g_autofree char *took = f->scheduled > 0 ? hr_calibration_format_hours (f->scheduled_hours / f->scheduled)
                                               : hr_calibration_format_hours (f->actual_mean);
      g_autofree char *designed = hr_calibration_format_hours (hr_moment_figures_get_designed (f));
      g_autofree char *change = isnan (f->ratio) ? g_strdup ("–") : hr_format_signed ((f->ratio - 1) * 100, 0);
      g_autofree char *against = isnan (f->ratio) ? g_strdup ("–")
                                 /* Translators: a change in percent and the occurrences it is made of */
                                 : g_strdup_printf (_("%s%% over %u"), change, f->scheduled);
      const char *cells[] = { m->name, due, delivered, unscheduled, f->occurrences ? took : "–", designed, against,
                              hr_moment_verdict_get_label (verdict) };
      guint row;

      if (verdict == HR_MOMENT_QUIET)
        continue;
      row = hr_page_table_add_row (table, cells);
      if (verdict == HR_MOMENT_NOT_HAPPENING)
        hr_page_table_set_cell_flags (table, row, 2, HR_CELL_WARN);
      if (verdict == HR_MOMENT_LONGER)
        hr_page_table_set_cell_flags (table, row, 6, HR_CELL_WARN);
      if (verdict == HR_MOMENT_TOO_FEW)
        hr_page_table_set_row_flags (table, row, HR_CELL_MUTED);
    }
  return table;
}

static char *
share_text (double logged,
            double plan)
{
  g_autofree char *value = hr_format_percent (logged, 0);
  g_autofree char *planned = hr_format_percent (plan, 0);

  /* Translators: a share logged, then the plan's assumption */
  return g_strdup_printf (_("%s (plan %s)"), isnan (logged) ? "–" : value, planned);
}

static HrPageTable *
mix_table (HrCalibration *c)
{
  HrPageTable *table = hr_page_table_new (5, 1);

  hr_page_table_set_column (table, 0, _("Role"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Indirect work"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, _("Unplanned work"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("Leave"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 4, _("Hours worked"), HR_ALIGN_END, FALSE);
  for (guint r = 0; r < hr_calibration_get_n_roles (c); r++)
    {
      const HrRoleCalibration *role = hr_calibration_get_role (c, r);
      g_autofree char *indirect = share_text (role->indirect_share, role->plan_indirect);
      g_autofree char *unplanned = share_text (role->unplanned_share, role->plan_unplanned);
      g_autofree char *leave = share_text (role->shrinkage, role->plan_shrinkage);
      g_autofree char *worked = hr_calibration_format_hours (role->worked);
      const char *cells[] = { role->name, indirect, unplanned, leave, worked };

      if (role->person_months > 0)
        hr_page_table_add_row (table, cells);
    }
  return table;
}

static HrPageTable *
reactive_table (HrCalibration *c)
{
  HrPageTable *table = hr_page_table_new (4, 1);

  hr_page_table_set_column (table, 0, _("Tier"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Logged per account and month"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, _("Plan"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("Account-months"), HR_ALIGN_END, FALSE);
  for (guint g = 0; g < hr_calibration_get_n_segments (c); g++)
    {
      const HrSegmentCalibration *s = hr_calibration_get_segment (c, g);
      g_autofree char *logged_h = hr_calibration_format_hours (s->reactive_per_account);
      g_autofree char *plan_h = hr_calibration_format_hours (s->plan_reactive_hours);
      g_autofree char *logged = g_strdup_printf (_("%s h"), logged_h);
      g_autofree char *plan = g_strdup_printf (_("%s h"), plan_h);
      g_autofree char *months = hr_format_number (s->account_months, 0);
      const char *cells[] = { s->name, logged, plan, months };

      if (s->account_months > 0)
        hr_page_table_add_row (table, cells);
    }
  return table;
}

/* A warning of the log as the pack says it: the file by its name, not the
 * folder it was read from on the leader's machine */
static const char *
warning_text (const char *warning,
              const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  gsize n = strlen (path);

  if (n > 0 && g_str_has_prefix (warning, path) && warning[n] == ':' && strlen (name) <= n)
    return warning + n - strlen (name);
  return warning;
}

static void
calibration_lay_out (const HrPackInput *input,
                     HrPageDoc         *doc)
{
  HrCalibration *c = input->calibration;
  JsonArray *changes = hr_calibration_get_changes (c);
  GPtrArray *warnings = hr_calibration_get_warnings (c);
  g_autofree char *headline = hr_calibration_dup_headline (c);
  g_autofree char *name = hr_calibration_dup_scenario_name (c);
  g_autoptr(HrPageTable) moments = moments_table (c);
  g_autoptr(HrPageTable) mix = mix_table (c);
  g_autoptr(HrPageTable) reactive = reactive_table (c);
  HrChartOptions options;

  hr_page_doc_begin_page (doc, _("Calibration against logged time"));
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, headline);
  hr_pack_chart_options (&options, HR_CHART_CALIBRATION);
  options.calibration = c;
  /* a shorter chart when that keeps the moments' first rows on its page */
  hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.5, 200.0, hr_page_doc_heading_height (doc) +
                                                                     hr_pack_keep_for (doc, moments)),
                         input->forecast, NULL, &options);

  hr_page_doc_add_heading (doc, _("Each moment: delivered when due, and the hours it took"), hr_pack_keep_for (doc, moments));
  {
    /* Translators: under the moments' table; %u is the least occurrences used */
    g_autofree char *note = g_strdup_printf (_("Due and delivered count accounts in months; hours are per "
                                               "occurrence, over the occurrences with designed hours. Pale rows "
                                               "have fewer than %u occurrences: shown, not used."),
                                             hr_calibration_get_min_occurrences (c));
    hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, note);
  }
  hr_page_doc_add_table (doc, moments);
  if (hr_page_table_get_n_rows (mix) > 0)
    {
      hr_page_doc_add_heading (doc, _("The effort mix logged"), hr_pack_keep_for (doc, mix));
      hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE,
                                 _("Indirect and unplanned work as shares of the hours worked; leave as a share of "
                                   "the hours paid in the months each person logged time."));
      hr_page_doc_add_table (doc, mix);
    }
  if (hr_page_table_get_n_rows (reactive) > 0)
    {
      hr_page_doc_add_heading (doc, _("Reactive work"), hr_pack_keep_for (doc, reactive));
      hr_page_doc_add_table (doc, reactive);
    }

  /* Translators: %s is the calibrated scenario's name */
  {
    g_autofree char *heading = g_strdup_printf (_("The scenario “%s”"), name);
    hr_page_doc_add_heading (doc, heading, 60.0);
  }
  if (json_array_get_length (changes) == 0)
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, _("Nothing in the log has enough occurrences to change the plan."));
  {
    g_autoptr(GPtrArray) texts = hr_calibration_dup_change_texts (c, input->plan);

    for (guint i = 0; i < texts->len; i++)
      hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, texts->pdata[i]);
  }
  if (warnings->len > 0)
    {
      hr_page_doc_add_heading (doc, _("What the log could not tell"), 40.0);
      for (guint i = 0; i < MIN (warnings->len, 12); i++)
        hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE,
                                   warning_text (warnings->pdata[i],
                                                 hr_time_log_get_display_name (hr_calibration_get_log (c))));
      if (warnings->len > 12)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more warning",
                                                                "and %u more warnings", warnings->len - 12),
                                                   warnings->len - 12);
          hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, more);
        }
    }
}

const HrPackSection hr_pack_calibration = {
  "calibration", N_("Calibration against logged time"), calibration_applies, calibration_lay_out
};

/* --- the workbook's sheet --- */

/* A table's header row below the sheet's first (which alone is frozen) */
static void
sheet_heads (HrWorkbook    *book,
             lxw_worksheet *sheet,
             lxw_row_t      row,
             const char   **titles,
             guint          n)
{
  for (guint c = 0; c < n; c++)
    worksheet_write_string (sheet, row, c, titles[c], book->head);
}

static void
sheet_moment_row (HrCalibration         *c,
                  HrWorkbook            *book,
                  lxw_worksheet         *sheet,
                  lxw_row_t              row,
                  const HrMomentCalibration *m,
                  const HrSegmentCalibration *segment,
                  const HrMomentFigures *f)
{
  HrMomentVerdict verdict = hr_calibration_get_verdict (c, f);
  const char *used = !isnan (f->ratio) && !hr_calibration_is_small (c, f) ? _("Yes")
                     : hr_calibration_is_small (c, f) && f->occurrences > 0 ? _("No: a small sample") : _("No");

  worksheet_write_string (sheet, row, 0, m->id, book->text);
  worksheet_write_string (sheet, row, 1, m->name, book->text);
  worksheet_write_string (sheet, row, 2, segment ? segment->id : "", book->text);
  worksheet_write_string (sheet, row, 3, segment ? segment->name : _("Every tier"), book->text);
  hr_workbook_number (sheet, row, 4, f->due, book->count);
  hr_workbook_number (sheet, row, 5, f->delivered, book->count);
  hr_workbook_number (sheet, row, 6, f->delivery_rate, book->percent);
  hr_workbook_number (sheet, row, 7, f->unscheduled, book->count);
  hr_workbook_number (sheet, row, 8, f->occurrences, book->count);
  hr_workbook_number (sheet, row, 9, f->actual_mean, book->hours);
  hr_workbook_number (sheet, row, 10, f->actual_median, book->hours);
  hr_workbook_number (sheet, row, 11, f->designed_mean, book->hours);
  hr_workbook_number (sheet, row, 12, f->ratio, book->number);
  worksheet_write_string (sheet, row, 13, segment ? "" : used, book->text);
  worksheet_write_string (sheet, row, 14, verdict == HR_MOMENT_QUIET ? "" : hr_moment_verdict_get_label (verdict),
                          book->text);
}

static void
write_calibration (const HrPackInput *input,
                   HrWorkbook        *book,
                   lxw_worksheet     *sheet)
{
  HrCalibration *c = input->calibration;
  const char *moment_titles[] = {
    _("Moment id"), _("Moment"), _("Tier id"), _("Tier"), _("Due (account-months)"), _("Delivered"),
    _("Delivery rate"), _("Logged when not due"), _("Occurrences"), _("Actual mean hours"),
    _("Actual median hours"), _("Designed mean hours"), _("Actual / designed"), _("Used in the calibrated scenario"),
    _("Verdict"),
  };
  const double widths[] = { 16, 24, 14, 18, 12, 11, 11, 11, 11, 11, 11, 11, 11, 16, 18 };
  const char *role_titles[] = {
    _("Role id"), _("Role"), _("Person-months"), _("Hours paid"), _("Hours worked"), _("Leave hours"),
    _("Indirect share"), _("Plan: indirect"), _("Unplanned share"), _("Plan: unplanned"), _("Shrinkage"),
    _("Plan: shrinkage"),
  };
  const char *segment_titles[] = {
    _("Tier id"), _("Tier"), _("Account-months"), _("Reactive hours"), _("Reactive hours per account and month"),
    _("Plan: reactive hours per account and month"),
  };
  const char *month_titles[] = { _("Month"), _("Designed hours logged"), _("Designed hours modelled") };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, moment_titles, widths, G_N_ELEMENTS (moment_titles), 2);
  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    {
      const HrMomentCalibration *m = hr_calibration_get_moment (c, k);

      sheet_moment_row (c, book, sheet, row++, m, NULL, &m->all);
      for (guint g = 0; g < hr_calibration_get_n_segments (c); g++)
        if (m->segments[g].due > 0 || m->segments[g].occurrences > 0)
          sheet_moment_row (c, book, sheet, row++, m, hr_calibration_get_segment (c, g), &m->segments[g]);
    }
  worksheet_autofilter (sheet, 0, 0, row - 1, G_N_ELEMENTS (moment_titles) - 1);

  row++;
  sheet_heads (book, sheet, row++, role_titles, G_N_ELEMENTS (role_titles));
  for (guint r = 0; r < hr_calibration_get_n_roles (c); r++, row++)
    {
      const HrRoleCalibration *role = hr_calibration_get_role (c, r);

      worksheet_write_string (sheet, row, 0, role->id, book->text);
      worksheet_write_string (sheet, row, 1, role->name, book->text);
      hr_workbook_number (sheet, row, 2, role->person_months, book->count);
      hr_workbook_number (sheet, row, 3, role->paid, book->hours);
      hr_workbook_number (sheet, row, 4, role->worked, book->hours);
      hr_workbook_number (sheet, row, 5, role->leave, book->hours);
      hr_workbook_number (sheet, row, 6, role->indirect_share, book->percent);
      hr_workbook_number (sheet, row, 7, role->plan_indirect, book->percent);
      hr_workbook_number (sheet, row, 8, role->unplanned_share, book->percent);
      hr_workbook_number (sheet, row, 9, role->plan_unplanned, book->percent);
      hr_workbook_number (sheet, row, 10, role->shrinkage, book->percent);
      hr_workbook_number (sheet, row, 11, role->plan_shrinkage, book->percent);
    }

  row++;
  sheet_heads (book, sheet, row++, segment_titles, G_N_ELEMENTS (segment_titles));
  for (guint g = 0; g < hr_calibration_get_n_segments (c); g++, row++)
    {
      const HrSegmentCalibration *s = hr_calibration_get_segment (c, g);

      worksheet_write_string (sheet, row, 0, s->id, book->text);
      worksheet_write_string (sheet, row, 1, s->name, book->text);
      hr_workbook_number (sheet, row, 2, s->account_months, book->count);
      hr_workbook_number (sheet, row, 3, s->reactive_hours, book->hours);
      hr_workbook_number (sheet, row, 4, s->reactive_per_account, book->hours);
      hr_workbook_number (sheet, row, 5, s->plan_reactive_hours, book->hours);
    }

  row++;
  sheet_heads (book, sheet, row++, month_titles, G_N_ELEMENTS (month_titles));
  for (guint t = 0; t < hr_calibration_get_n_months (c); t++, row++)
    {
      const HrCalibrationMonth *month = hr_calibration_get_month (c, t);

      hr_workbook_absolute_month (book, sheet, row, 0, month->month);
      hr_workbook_number (sheet, row, 1, month->logged_designed, book->hours);
      hr_workbook_number (sheet, row, 2, month->model_designed, book->hours);
    }
}

const HrWorkbookSheet hr_workbook_calibration = { N_("Calibration"), calibration_applies, write_calibration };

/* hr-pack-plan.c: the pack's pages on the plan itself: the journey
 * designed, the effort it takes, capacity and the gap */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-pack-private.h"

/* --- the journey designed --- */

char *
hr_pack_dup_timing (int at,
                    int every,
                    int until)
{
  if (every <= 0)
    /* Translators: when a moment happens, in months of the customer's tenure */
    return g_strdup_printf (_("Once, in month %d"), at);
  if (until >= 0)
    /* Translators: "Months 2–11, every 3 months" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Months %d–%d, every month", "Months %d–%d, every %d months",
                                         every),
                            at, until, every);
  /* Translators: "From month 3, every 12 months" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From month %d, every month", "From month %d, every %d months",
                                       every),
                          at, every);
}

char *
hr_pack_dup_treatment (HrTreatment *treatment)
{
  HrMode mode = hr_treatment_get_mode (treatment);
  double factor = hr_treatment_get_factor (treatment);
  g_autofree char *times = hr_format_number (factor, factor == round (factor) ? 0 : 2);
  g_autofree char *group = hr_format_number (hr_treatment_get_group_size (treatment), 0);

  switch (mode)
    {
    case HR_MODE_ONE_TO_MANY:
      if (fabs (factor - 1.0) > 1e-9)
        /* Translators: a treatment: one-to-many sessions of up to N accounts, hours × factor */
        return g_strdup_printf (_("One to many, groups of %s, × %s"), group, times);
      return g_strdup_printf (_("One to many, groups of %s"), group);
    case HR_MODE_DIGITAL:
      return g_strdup (_("Digital"));
    case HR_MODE_SKIP:
      return g_strdup (_("Skipped"));
    case HR_MODE_ONE_TO_ONE:
    default:
      if (fabs (factor - 1.0) > 1e-9)
        /* Translators: a one-to-one treatment whose hours are multiplied, "One to one × 1.5" */
        return g_strdup_printf (_("One to one × %s"), times);
      return g_strdup (_("One to one"));
    }
}

static const char *
role_name (HrForecast *f,
           const char *role_id)
{
  int r = role_id != NULL ? hr_forecast_find_role (f, role_id) : -1;

  if (r < 0)
    for (guint i = 0; i < hr_forecast_get_n_roles (f) && r < 0; i++)
      if (hr_forecast_get_role_assumptions (f, i)->manages < 0)
        r = i;
  return r >= 0 ? hr_forecast_get_role_name (f, r) : "";
}

static HrPageTable *
moments_table (const HrPackInput *input)
{
  GListModel *moments = hr_plan_get_moments (input->shown_plan);
  GListModel *segments = hr_plan_get_segments (input->shown_plan);
  guint n_segments = g_list_model_get_n_items (segments);
  guint n_columns = 8 + n_segments;
  HrPageTable *table = hr_page_table_new (n_columns, 1);
  g_autofree const char **cells = g_new0 (const char *, n_columns);

  hr_page_table_set_column (table, 0, _("Moment"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Play"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 2, _("Role"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 3, _("When (tenure month)"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 4, _("Prep h"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 5, _("Exec h"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 6, _("Follow h"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 7, _("Total h"), HR_ALIGN_END, FALSE);
  for (guint g = 0; g < n_segments; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      hr_page_table_set_column (table, 8 + g, hr_segment_get_name (segment), HR_ALIGN_START, TRUE);
    }

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *role = NULL, *play_id = NULL;
      HrPlay play = HR_PLAY_SUPPORTING;
      int at, every, until;
      double prep, exec, follow;
      g_autofree char *timing = NULL, *p = NULL, *e = NULL, *fo = NULL, *total = NULL;
      g_autoptr(GPtrArray) treatments = g_ptr_array_new_with_free_func (g_free);

      g_object_get (moment, "play", &play_id, "role", &role, "at", &at, "every", &every, "until", &until,
                    "prep", &prep, "exec", &exec, "follow", &follow, NULL);
      hr_play_from_string (play_id, &play);
      timing = hr_pack_dup_timing (at, every, until);
      p = hr_format_number (prep, 2);
      e = hr_format_number (exec, 2);
      fo = hr_format_number (follow, 2);
      total = hr_format_number (prep + exec + follow, 2);
      cells[0] = hr_moment_get_name (moment);
      cells[1] = hr_play_get_label (play);
      cells[2] = role_name (input->forecast, role);
      cells[3] = timing;
      cells[4] = p;
      cells[5] = e;
      cells[6] = fo;
      cells[7] = total;
      for (guint g = 0; g < n_segments; g++)
        {
          g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
          HrTreatment *treatment = hr_moment_get_treatment (moment, hr_item_get_id (HR_ITEM (segment)));

          g_ptr_array_add (treatments, hr_pack_dup_treatment (treatment));
          cells[8 + g] = treatments->pdata[g];
        }
      hr_page_table_add_row (table, cells);
    }
  return table;
}

static gboolean
journey_applies (const HrPackInput *input)
{
  return TRUE;
}

static void
journey_lay_out (const HrPackInput *input,
                 HrPageDoc         *doc)
{
  HrChartOptions options;
  g_autoptr(HrPageTable) table = moments_table (input);
  double below;

  hr_page_doc_begin_page (doc, _("The journey designed"));
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY,
                             _("Designed hours one account of each tier takes through its first two years: "
                               "preparation, execution and follow-through of every service moment, as each tier "
                               "receives it."));
  /* a shorter chart when that keeps the moments on its page */
  below = hr_page_doc_heading_height (doc) + hr_pack_table_height (doc, table);
  hr_pack_chart_options (&options, HR_CHART_JOURNEY);
  hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.5, 160.0, below), input->forecast, NULL, &options);
  hr_page_doc_add_heading (doc, _("Service moments and how each tier receives them"), 40.0);
  if (hr_page_table_get_n_rows (table) == 0)
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, _("The journey has no service moments yet."));
  else
    hr_page_doc_add_table (doc, table);
}

const HrPackSection hr_pack_journey = {
  "journey", N_("The journey designed"), journey_applies, journey_lay_out
};

/* --- the effort it takes --- */

static double
sum_series (const double *values,
            guint         n)
{
  double sum = 0.0;

  for (guint t = 0; t < n; t++)
    if (!isnan (values[t]))
      sum += values[t];
  return sum;
}

static gboolean
effort_applies (const HrPackInput *input)
{
  return TRUE;
}

static void
effort_lay_out (const HrPackInput *input,
                HrPageDoc         *doc)
{
  static const struct {
    HrRoleMetric metric;
    const char  *label;
  } kinds[] = {
    { HR_ROLE_DESIGNED, N_("Designed: the journey’s service moments") },
    { HR_ROLE_REACTIVE, N_("Reactive: unplanned customer work") },
    { HR_ROLE_INDIRECT, N_("Indirect: meetings, enablement, admin") },
    { HR_ROLE_UNPLANNED, N_("Unplanned: escalations and surprises") },
  };
  HrForecast *f = input->forecast;
  guint n = hr_forecast_get_n_months (f);
  const double *workload = hr_forecast_get_team_series (f, HR_ROLE_WORKLOAD, FALSE);
  double total = sum_series (workload, n);
  double last_total = workload[n - 1];
  g_autofree char *first_month = hr_forecast_format_month (f, 0, "%b %Y");
  g_autofree char *last_month = hr_forecast_format_month (f, n - 1, "%b %Y");
  g_autofree char *head_first = g_strdup_printf (_("Hours in %s"), first_month);
  g_autofree char *head_last = g_strdup_printf (_("Hours in %s"), last_month);
  g_autofree char *head_share = g_strdup_printf (_("Share in %s"), last_month);
  g_autoptr(HrPageTable) mix = hr_page_table_new (6, 1);
  g_autoptr(HrPageTable) plays = hr_page_table_new (3, 1);
  HrChartOptions options;
  double shares[G_N_ELEMENTS (kinds)];
  g_autofree char *s0 = NULL, *s1 = NULL, *s2 = NULL, *s3 = NULL, *sentence = NULL;
  double designed_total = 0.0;

  hr_page_doc_begin_page (doc, _("The effort it takes"));

  hr_page_table_set_column (mix, 0, _("Kind of work"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (mix, 1, _("Hours over the plan"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (mix, 2, _("Share"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (mix, 3, head_first, HR_ALIGN_END, FALSE);
  hr_page_table_set_column (mix, 4, head_last, HR_ALIGN_END, FALSE);
  hr_page_table_set_column (mix, 5, head_share, HR_ALIGN_END, FALSE);
  for (guint k = 0; k <= G_N_ELEMENTS (kinds); k++)
    {
      gboolean sum = k == G_N_ELEMENTS (kinds);
      const double *series = sum ? workload : hr_forecast_get_team_series (f, kinds[k].metric, FALSE);
      double hours = sum_series (series, n);
      g_autofree char *c1 = hr_format_number (hours, 0);
      g_autofree char *c2 = hr_format_percent (total > 0 ? hours / total : NAN, 1);
      g_autofree char *c3 = hr_format_number (series[0], 0);
      g_autofree char *c4 = hr_format_number (series[n - 1], 0);
      g_autofree char *c5 = hr_format_percent (last_total > 0 ? series[n - 1] / last_total : NAN, 1);
      const char *cells[] = { sum ? _("Workload, all of it") : _(kinds[k].label), c1, c2, c3, c4, c5 };
      guint row = hr_page_table_add_row (mix, cells);

      if (sum)
        hr_page_table_set_row_flags (mix, row, HR_CELL_BOLD);
      else
        shares[k] = total > 0 ? hours / total : NAN;
    }

  s0 = hr_format_percent (shares[0], 0);
  s1 = hr_format_percent (shares[1], 0);
  s2 = hr_format_percent (shares[2], 0);
  s3 = hr_format_percent (shares[3], 0);
  /* Translators: the effort mix in one sentence, shares of the team's workload */
  sentence = g_strdup_printf (_("The journey’s service moments are %s of the team’s workload over the plan; "
                                "reactive customer work is %s, internal work %s and unplanned work %s. "
                                "Time off comes on top: capacity counts worked hours only."),
                              s0, s1, s2, s3);
  for (guint p = 0; p < HR_N_PLAYS; p++)
    designed_total += sum_series (hr_forecast_get_play_series (f, p), n);
  hr_page_table_set_column (plays, 0, _("Play"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (plays, 1, _("Designed hours over the plan"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (plays, 2, _("Share of designed hours"), HR_ALIGN_END, FALSE);
  for (guint p = 0; p < HR_N_PLAYS; p++)
    {
      double hours = sum_series (hr_forecast_get_play_series (f, p), n);
      g_autofree char *c1 = hr_format_number (hours, 0);
      g_autofree char *c2 = hr_format_percent (designed_total > 0 ? hours / designed_total : NAN, 1);
      const char *cells[] = { hr_play_get_label (p), c1, c2 };

      if (hours > 0)
        hr_page_table_add_row (plays, cells);
    }

  /* the chart, then the mix and the plays side by side below it, all on
   * the page when a shorter chart makes room */
  {
    HrPageTable *tables[] = { mix, plays };
    const char *headings[] = { _("The effort mix of the work roles"), _("Designed hours by play") };
    guint n_tables = hr_page_table_get_n_rows (plays) > 0 ? 2 : 1;
    double below = hr_page_doc_paragraph_height (doc, HR_TEXT_BODY, sentence)
                   + hr_page_doc_measure_tables_across (doc, tables, n_tables);

    hr_pack_chart_options (&options, HR_CHART_EFFORT);
    hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.55, 200.0, below), f, NULL, &options);
    hr_page_doc_ensure_room (doc, below);
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, sentence);
    hr_page_doc_add_tables_across (doc, tables, headings, n_tables);
  }
}

const HrPackSection hr_pack_effort = {
  "effort", N_("The effort it takes"), effort_applies, effort_lay_out
};

/* --- capacity and the gap --- */

static HrPageTable *
hires_table (HrForecast *f)
{
  HrPageTable *table = hr_page_table_new (5, 1);

  hr_page_table_set_column (table, 0, _("Role"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Open the requisition by"), HR_ALIGN_START, FALSE);
  hr_page_table_set_column (table, 2, _("First day"), HR_ALIGN_START, FALSE);
  hr_page_table_set_column (table, 3, _("Fully productive"), HR_ALIGN_START, FALSE);
  hr_page_table_set_column (table, 4, _("Hires"), HR_ALIGN_END, FALSE);
  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *s = hr_forecast_get_suggestion (f, i);
      guint ramp = hr_forecast_get_role_assumptions (f, s->role)->ramp_months;
      g_autofree char *open = hr_forecast_format_month (f, s->requisition, "%B %Y");
      g_autofree char *start = hr_forecast_format_month (f, s->month, "%B %Y");
      g_autofree char *ready = hr_forecast_format_month (f, s->month + ramp, "%B %Y");
      g_autofree char *count = hr_format_number (s->count, 0);
      const char *cells[] = { hr_forecast_get_role_name (f, s->role), open, start, ready, count };

      hr_page_table_add_row (table, cells);
    }
  return table;
}

static HrPageTable *
roles_table (HrForecast *f)
{
  guint last = hr_forecast_get_n_months (f) - 1;
  g_autofree char *month = hr_forecast_format_month (f, last, "%b %Y");
  g_autofree char *needed_head = g_strdup_printf (_("FTE needed in %s"), month);
  g_autofree char *have_head = g_strdup_printf (_("Effective FTE in %s"), month);
  HrPageTable *table = hr_page_table_new (7, 1);

  hr_page_table_set_column (table, 0, _("Role"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, needed_head, HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, have_head, HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("Gap"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 4, _("Peak load"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 5, _("Months over capacity"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 6, _("Months no hire can cover"), HR_ALIGN_START, TRUE);
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    {
      const double *load = hr_forecast_get_role_series (f, r, HR_ROLE_LOAD);
      double need = hr_forecast_get_needed_series (f, r)[last];
      double have = hr_forecast_get_role_series (f, r, HR_ROLE_EFFECTIVE_FTE)[last];
      double peak = 0.0;
      g_autofree char *c1 = hr_format_number (need, 1);
      g_autofree char *c2 = hr_format_number (have, 1);
      g_autofree char *c3 = hr_format_signed (need - have, 1);
      g_autofree char *c4 = NULL, *c5 = NULL, *late = hr_hiring_dup_late_months (f, r);
      const char *cells[7];
      guint row;

      for (guint t = 0; t <= last; t++)
        peak = isnan (load[t]) || isnan (peak) ? NAN : MAX (peak, load[t]);
      c4 = isnan (peak) ? g_strdup (_("no capacity")) : hr_format_percent (peak, 0);
      c5 = hr_format_number (hr_forecast_get_role_months_over (f, r), 0);
      cells[0] = hr_forecast_get_role_name (f, r);
      cells[1] = c1;
      cells[2] = c2;
      cells[3] = c3;
      cells[4] = c4;
      cells[5] = c5;
      cells[6] = late != NULL ? late : _("none");
      row = hr_page_table_add_row (table, cells);
      if (hr_forecast_get_role_months_over (f, r) > 0)
        hr_page_table_set_cell_flags (table, row, 5, HR_CELL_WARN);
      if (late != NULL)
        hr_page_table_set_cell_flags (table, row, 6, HR_CELL_WARN);
    }
  return table;
}

static gboolean
capacity_applies (const HrPackInput *input)
{
  return TRUE;
}

static void
capacity_lay_out (const HrPackInput *input,
                  HrPageDoc         *doc)
{
  HrForecast *f = input->forecast;
  HrChartOptions options;
  g_autofree char *summary = hr_hiring_summary (f);
  g_auto(GStrv) paragraphs = g_strsplit (summary, "\n\n", -1);
  g_autoptr(HrPageTable) hires = hires_table (f);
  g_autoptr(HrPageTable) roles = roles_table (f);
  const char *note = _("FTE needed is the workload at each role’s target load, the number the hiring plan hires "
                        "to; effective FTE counts the team as planned, after attrition, with new hires weighted by "
                        "their ramp.");
  double below = 2 * hr_page_doc_heading_height (doc) + hr_pack_table_height (doc, hires)
                 + hr_page_doc_paragraph_height (doc, HR_TEXT_NOTE, note) + hr_pack_table_height (doc, roles);

  for (guint i = 0; paragraphs[i]; i++)
    below += hr_page_doc_paragraph_height (doc, HR_TEXT_BODY, paragraphs[i]);
  hr_page_doc_begin_page (doc, _("Capacity and the gap"));
  hr_pack_chart_options (&options, HR_CHART_HEADCOUNT);
  hr_page_doc_add_chart (doc, hr_pack_chart_height (doc, 0.5, 160.0, below), f, NULL, &options);
  hr_page_doc_add_heading (doc, _("The hiring plan"), 40.0);
  for (guint i = 0; paragraphs[i]; i++)
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, paragraphs[i]);
  if (hr_page_table_get_n_rows (hires) > 0)
    hr_page_doc_add_table (doc, hires);
  hr_page_doc_add_heading (doc, _("Need against the team, by role"), hr_pack_keep_for (doc, roles) + 30.0);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, note);
  hr_page_doc_add_table (doc, roles);
}

const HrPackSection hr_pack_capacity = {
  "capacity", N_("Capacity and the gap"), capacity_applies, capacity_lay_out
};

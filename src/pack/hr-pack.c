/* hr-pack.c: the planning pack: its input, its sections in order, the
 * cover's headline, and the PDF */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "hr-format.h"
#include "hr-page-private.h"
#include "hr-pack-private.h"

/* The pack's order; sections that do not apply to a plan are left out */
static const HrPackSection * const sections[] = {
  &hr_pack_cover,
  &hr_pack_journey,
  &hr_pack_effort,
  &hr_pack_capacity,
  &hr_pack_tradeoffs,
  &hr_pack_pressure,
  &hr_pack_bands,
  &hr_pack_calibration,
  /* books of business come here */
  &hr_pack_assumptions,
  NULL
};

const HrPackSection * const *
hr_pack_get_sections (void)
{
  return sections;
}

GDateTime *
hr_pack_get_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  if (epoch != NULL && *epoch != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (end != NULL && *end == '\0' && seconds >= 0)
        {
          GDateTime *date = g_date_time_new_from_unix_utc (seconds);
          if (date != NULL)
            return date;
        }
    }
  now = g_date_time_new_now_utc ();
  /* the day, not the second: a pack made again today is the same */
  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), 0, 0, 0);
}

static HrPackInput *
input_new (HrPlan      *plan,
           HrPlan      *shown_plan,
           HrForecast  *forecast,
           GPtrArray   *compare)
{
  HrPackInput *input = g_new0 (HrPackInput, 1);
  g_autoptr(GDateTime) date = hr_pack_get_date ();

  input->plan = g_object_ref (plan);
  input->shown_plan = shown_plan;
  input->forecast = forecast;
  input->compare = compare;
  input->threshold = 0.15;
  /* Translators: the pack's date on its cover, a g_date_time_format()
   * format: "2 December 2026" */
  input->date = g_date_time_format (date, _("%-d %B %Y"));
  return input;
}

HrPackInput *
hr_pack_input_new (HrPlan      *plan,
                   const char  *scenario_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) compare = NULL;
  g_autoptr(HrForecast) forecast = NULL;
  g_autoptr(HrPlan) shown = NULL;
  HrPackInput *input;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  compare = hr_engine_compare (plan, error);
  if (compare == NULL)
    return NULL;
  forecast = hr_engine_forecast (plan, scenario_id, HR_FORECAST_DEFAULT, error);
  if (forecast == NULL)
    return NULL;
  shown = scenario_id ? hr_plan_apply_scenario (plan, scenario_id, error) : g_object_ref (plan);
  if (shown == NULL)
    return NULL;
  input = input_new (plan, g_steal_pointer (&shown), g_steal_pointer (&forecast), g_steal_pointer (&compare));
  /* a scenario whose plan cannot be sampled has its pack without bands */
  if (hr_plan_get_ranges (plan) != NULL)
    input->bands = hr_bands_compute (plan, scenario_id, NULL, NULL, NULL, NULL);
  return input;
}

HrPackInput *
hr_pack_input_new_for_results (HrPlan      *plan,
                               HrForecast  *forecast,
                               GPtrArray   *compare,
                               GError     **error)
{
  const char *scenario_id;
  HrPlan *shown;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HR_IS_FORECAST (forecast), NULL);
  g_return_val_if_fail (compare != NULL && compare->len > 0, NULL);

  scenario_id = hr_forecast_get_scenario_id (forecast);
  shown = scenario_id ? hr_plan_apply_scenario (plan, scenario_id, error) : g_object_ref (plan);
  if (shown == NULL)
    return NULL;
  return input_new (plan, shown, g_object_ref (forecast), g_ptr_array_ref (compare));
}

void
hr_pack_input_free (HrPackInput *input)
{
  if (input == NULL)
    return;
  g_clear_object (&input->plan);
  g_clear_object (&input->shown_plan);
  g_clear_object (&input->forecast);
  g_clear_pointer (&input->compare, g_ptr_array_unref);
  g_clear_object (&input->bands);
  g_clear_object (&input->calibration);
  g_free (input->date);
  g_free (input);
}

void
hr_pack_input_set_bands (HrPackInput *input,
                         HrBands     *bands)
{
  g_return_if_fail (input != NULL);
  g_return_if_fail (bands == NULL || HR_IS_BANDS (bands));

  g_set_object (&input->bands, bands);
}

/* --- the headline --- */

/* The month the whole team needs the most people at the target load, the
 * later one of equals; -1 when no month needs anyone */
static int
peak_need_month (HrForecast *f,
                 double     *need)
{
  const double *needed = hr_forecast_get_needed_series (f, -1);
  int month = -1;

  *need = 0.0;
  for (guint t = 0; t < hr_forecast_get_n_months (f); t++)
    if (!isnan (needed[t]) && needed[t] > 0 && needed[t] >= *need - 1e-9)
      {
        *need = needed[t];
        month = t;
      }
  return month;
}

int
hr_pack_first_requisition (HrForecast *f)
{
  int first = -1;

  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *hire = hr_forecast_get_suggestion (f, i);
      if (first < 0 || hire->requisition < first)
        first = hire->requisition;
    }
  return first;
}

gboolean
hr_pack_any_late (HrForecast *f)
{
  for (guint t = 0; t < hr_forecast_get_n_months (f); t++)
    if (hr_forecast_get_team_late (f, t))
      return TRUE;
  return FALSE;
}

char *
hr_pack_dup_headline (HrForecast *f)
{
  double need;
  int month = peak_need_month (f, &need);
  int hires = (int) round (hr_forecast_get_summary (f)->hires_suggested);
  int first = hr_pack_first_requisition (f);
  g_autofree char *need_text = NULL, *have_text = NULL, *by = NULL, *open_by = NULL, *hires_text = NULL;
  double have;

  g_return_val_if_fail (HR_IS_FORECAST (f), NULL);

  if (month < 0)
    return g_strdup (_("The plan has no customer work to deliver yet, so it needs nobody."));

  have = hr_forecast_get_team_series (f, HR_ROLE_EFFECTIVE_FTE, TRUE)[month];
  need_text = hr_format_number (need, 1);
  have_text = hr_format_number (have, 1);
  by = hr_forecast_format_month (f, month, "%B %Y");
  if (hires > 0 && first >= 0)
    {
      open_by = hr_forecast_format_month (f, first, "%B %Y");
      hires_text = hr_format_number (hires, 0);
      /* Translators: the pack's headline, one sentence: FTE needed at the
       * target load, the month, the team's effective FTE then, the
       * number of requisitions and the month the first must open.
       * "Delivering the designed journey needs 12.0 FTE by December 2028;
       * the team will have 10.5; open 4 requisitions, the first by May 2027." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Delivering the designed journey needs %s FTE by %s; the team will have "
                                           "%s; open %s requisition by %s.",
                                           "Delivering the designed journey needs %s FTE by %s; the team will have "
                                           "%s; open %s requisitions, the first by %s.",
                                           hires),
                              need_text, by, have_text, hires_text, open_by);
    }
  if (hr_pack_any_late (f))
    /* Translators: the pack's headline when hiring cannot be in time:
     * "Delivering the designed journey needs 12.0 FTE by March 2027; the
     * team will have 10.5, and no requisition opened now closes the gap in time." */
    return g_strdup_printf (_("Delivering the designed journey needs %s FTE by %s; the team will have %s, and no "
                              "requisition opened now closes the gap in time."),
                            need_text, by, have_text);
  /* Translators: the pack's headline when nobody needs hiring:
   * "Delivering the designed journey needs 9.5 FTE by December 2028; the
   * team will have 10.5, enough without a new requisition." */
  return g_strdup_printf (_("Delivering the designed journey needs %s FTE by %s; the team will have %s, enough "
                            "without a new requisition."),
                          need_text, by, have_text);
}

/* --- laying out and writing --- */

HrPageDoc *
hr_pack_lay_out (const HrPackInput *input,
                 double             width,
                 double             height)
{
  const char *name;
  HrPageDoc *doc;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (input != NULL, NULL);

  name = hr_plan_get_name (input->plan);
  doc = hr_page_doc_new (width, height, name != NULL && *name != '\0' ? name : _("Untitled plan"));
  for (guint i = 0; sections[i] != NULL; i++)
    {
      guint start = hr_page_doc_get_n_pages (doc);

      if (!sections[i]->applies (input))
        continue;
      sections[i]->lay_out (input, doc);
      if (sections[i] != &hr_pack_cover && hr_page_doc_get_n_pages (doc) > start)
        {
          g_ptr_array_add (titles, (gpointer) _(sections[i]->title));
          g_array_append_val (starts, start);
        }
    }
  hr_pack_cover_add_contents (doc, titles, starts);
  hr_page_doc_finish (doc);
  return doc;
}

gboolean
hr_pack_write_pdf (const HrPackInput *input,
                   HrPaper            paper,
                   const char        *path,
                   GError           **error)
{
  double width, height;
  g_autoptr(HrPageDoc) doc = NULL;
  g_autofree char *title = NULL;
  const char *name = hr_plan_get_name (input->plan);

  hr_paper_get_size (paper, TRUE, &width, &height);
  doc = hr_pack_lay_out (input, width, height);
  /* Translators: the pack's title in its PDF properties, "Acme Cloud — planning pack" */
  title = g_strdup_printf (_("%s — planning pack"), name != NULL && *name != '\0' ? name : _("Untitled plan"));
  return hr_page_doc_write_pdf (doc, path, title, error);
}

/* --- what the sections share --- */

void
hr_pack_chart_options (HrChartOptions *options,
                       HrChartKind     kind)
{
  hr_chart_options_init (options);
  options->kind = kind;
  options->theme = HR_CHART_THEME_LIGHT;
  options->untitled = TRUE;
  /* a little under the page's body text, as a figure's labels are */
  options->text_size = 8.5;
}

double
hr_pack_keep_for (HrPageDoc   *doc,
                  HrPageTable *table)
{
  double height = hr_page_doc_measure_table (doc, table);

  /* a short table stays whole under its heading; a long one splits */
  return height <= hr_page_doc_get_content (doc).height * 0.4 ? height : 60.0;
}

double
hr_pack_chart_height (HrPageDoc *doc,
                      double     share,
                      double     least,
                      double     below)
{
  HrPageRect content = hr_page_doc_get_content (doc);
  double room = hr_page_doc_get_room (doc);
  double height = MIN (MAX (content.height * share, least), room);
  /* the chart's gap below it, and a point of slack for rounding */
  double left = room - 6.0 - 1.0 - below;

  if (below > 0 && left < height && left >= least)
    return left;
  return height;
}

double
hr_pack_table_height (HrPageDoc   *doc,
                      HrPageTable *table)
{
  return hr_page_table_get_n_rows (table) > 0 ? hr_page_doc_measure_table (doc, table) + 8.0 : 0.0;
}

/* hr-pack-assumptions.c: the pack's last pages: every assumption the
 * numbers rest on, and the benchmarks it cites with their sources
 * (hr-pack-benchmarks.c: data, corrected there, never in the code)
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-format.h"
#include "hr-pack-private.h"

static char *
dup_ramp (HrRole *role)
{
  g_autoptr(GVariant) ramp = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gsize n = 0;
  const double *values;

  g_object_get (role, "ramp", &ramp, NULL);
  values = ramp ? g_variant_get_fixed_array (ramp, &n, sizeof (double)) : NULL;
  if (n == 0)
    return g_strdup (_("none"));
  for (gsize i = 0; i < n; i++)
    g_ptr_array_add (parts, hr_format_percent (values[i], 0));
  g_ptr_array_add (parts, NULL);
  /* the productivity of a hire's first, second… month */
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static HrPageTable *
roles_table (const HrPackInput *input)
{
  HrForecast *f = input->forecast;
  const char *currency = hr_forecast_get_currency (f);
  HrPageTable *table = hr_page_table_new (12, 1);
  static const char *heads[] = {
    N_("Role"), N_("Paid hours a month"), N_("Shrinkage"), N_("Indirect"), N_("Unplanned"), N_("Target load"),
    N_("Ramp of a hire"), N_("Attrition a year"), N_("Lead time"), N_("Cost a year"), N_("ARR per person rule"),
    N_("Span of control"),
  };

  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    hr_page_table_set_column (table, c, _(heads[c]), c == 0 || c == 6 ? HR_ALIGN_START : HR_ALIGN_END,
                              c == 0 || c == 6);
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, r);
      HrRole *role = hr_plan_find_role (input->shown_plan, hr_forecast_get_role_id (f, r));
      g_autofree char *hours = hr_format_number (a->hours_per_month, 0);
      g_autofree char *shrinkage = hr_format_percent (a->shrinkage, 0);
      g_autofree char *indirect = a->manages >= 0 ? g_strdup ("–") : hr_format_percent (a->indirect, 0);
      g_autofree char *unplanned = a->manages >= 0 ? g_strdup ("–") : hr_format_percent (a->unplanned, 0);
      g_autofree char *target = hr_format_percent (a->target_load, 0);
      g_autofree char *ramp = role ? dup_ramp (role) : g_strdup ("–");
      g_autofree char *attrition = hr_format_percent (a->attrition, 0);
      g_autofree char *lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months",
                                                            a->lead_time_months),
                                               a->lead_time_months);
      g_autofree char *cost = hr_format_money_exact (a->cost_per_year, currency);
      g_autofree char *rule = isnan (a->arr_per_fte) ? g_strdup ("–") : hr_format_money (a->arr_per_fte, currency);
      g_autofree char *span = NULL;
      const char *cells[12];

      if (a->manages >= 0)
        {
          g_autofree char *people = hr_format_number (a->span, 1);
          /* Translators: a manager's span of control, "7.0 Customer Success Managers" */
          span = g_strdup_printf (_("%s %s"), people, hr_forecast_get_role_name (f, a->manages));
        }
      cells[0] = hr_forecast_get_role_name (f, r);
      cells[1] = hours;
      cells[2] = shrinkage;
      cells[3] = indirect;
      cells[4] = unplanned;
      cells[5] = target;
      cells[6] = ramp;
      cells[7] = attrition;
      cells[8] = lead;
      cells[9] = cost;
      cells[10] = rule;
      cells[11] = span != NULL ? span : "–";
      hr_page_table_add_row (table, cells);
    }
  return table;
}

static char *
dup_churn (double      churn,
           const char *mode)
{
  g_autofree char *share = hr_format_percent (churn, 0);

  if (churn <= 0)
    return g_strdup (_("none"));
  if (g_strcmp0 (mode, "renewal") == 0)
    /* Translators: churn of a tier, lost only at each renewal: "12% at renewal" */
    return g_strdup_printf (_("%s at renewal"), share);
  /* Translators: churn of a tier spread over the year: "20% over the year" */
  return g_strdup_printf (_("%s over the year"), share);
}

static HrPageTable *
tiers_table (const HrPackInput *input)
{
  HrForecast *f = input->forecast;
  GListModel *segments = hr_plan_get_segments (input->shown_plan);
  const char *currency = hr_forecast_get_currency (f);
  HrPageTable *table = hr_page_table_new (9, 1);
  static const char *heads[] = {
    N_("Tier"), N_("Accounts at the start"), N_("New a month"), N_("Growth of new a month"), N_("Churn a year"),
    N_("ACV"), N_("Expansion a year"), N_("Reactive hours an account a month"), N_("Complexity"),
  };

  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    hr_page_table_set_column (table, c, _(heads[c]), c == 0 || c == 4 ? HR_ALIGN_START : HR_ALIGN_END,
                              c == 0 || c == 4);
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      int index = hr_forecast_find_segment (f, hr_item_get_id (HR_ITEM (segment)));
      double new_per_month, growth, churn, acv, expansion, reactive, complexity;
      g_autofree char *churn_mode = NULL;
      g_autoptr(GVariant) by_month = NULL;
      g_autofree char *accounts = NULL, *c2 = NULL, *c3 = NULL, *c4 = NULL, *c5 = NULL, *c6 = NULL, *c7 = NULL,
                      *c8 = NULL;
      const char *cells[9];

      g_object_get (segment, "new-per-month", &new_per_month, "growth", &growth, "churn", &churn,
                    "churn-mode", &churn_mode, "acv", &acv, "expansion", &expansion,
                    "reactive-hours", &reactive, "complexity", &complexity, "new-by-month", &by_month, NULL);
      accounts = index >= 0 ? hr_format_number (hr_forecast_get_segment_series (f, index, HR_SEGMENT_ACCOUNTS)[0], 0)
                            : g_strdup ("–");
      c2 = by_month != NULL ? g_strdup (_("by month")) : hr_format_number (new_per_month, 1);
      c3 = by_month != NULL ? g_strdup ("–") : hr_format_percent (growth, 1);
      c4 = dup_churn (churn, churn_mode);
      c5 = hr_format_money_exact (acv, currency);
      c6 = hr_format_percent (expansion, 0);
      c7 = hr_format_number (reactive, 2);
      c8 = hr_format_number (complexity, 2);
      cells[0] = hr_segment_get_name (segment);
      cells[1] = accounts;
      cells[2] = c2;
      cells[3] = c3;
      cells[4] = c4;
      cells[5] = c5;
      cells[6] = c6;
      cells[7] = c7;
      cells[8] = c8;
      hr_page_table_add_row (table, cells);
    }
  return table;
}

/* One benchmark as a block: its value and what it is on the left, how
 * Headroom uses it and its source on the right */
#define BENCHMARK_GAP 16.0

static void
add_benchmark (HrPageDoc             *doc,
               const HrPackBenchmark *b)
{
  HrPageRect content = hr_page_doc_get_content (doc);
  double left = MIN (content.width * 0.28, 220.0);
  double right = content.width - left - BENCHMARK_GAP;
  g_autofree char *source = hr_pack_benchmark_dup_source (b);
  double value_h = hr_page_doc_line_height (doc, HR_TEXT_HEADING);
  double label_h = hr_page_doc_measure (doc, HR_TEXT_BODY, left, b->label);
  double use_h = hr_page_doc_measure (doc, HR_TEXT_BODY, right, b->use);
  double source_h = hr_page_doc_measure (doc, HR_TEXT_NOTE, right, source);
  double url_h = b->url ? hr_page_doc_measure (doc, HR_TEXT_NOTE, right, b->url) : 0.0;
  double height = MAX (value_h + 2.0 + label_h, use_h + 4.0 + source_h + (b->url ? 1.0 + url_h : 0.0)) + 12.0;
  HrPageRect block, box, rule;
  double y;

  hr_page_doc_ensure_room (doc, height);
  block = hr_page_doc_take (doc, height);
  rule = (HrPageRect) { block.x, block.y, block.width, 0.5 };
  hr_page_doc_add_fill (doc, &rule, HR_INK_RULE);
  y = block.y + 6.0;
  box = (HrPageRect) { block.x, y, left, value_h };
  hr_page_doc_add_text_ink (doc, &box, HR_TEXT_HEADING, HR_FIT_SHRINK, HR_ALIGN_START, HR_INK_ACCENT, b->value);
  box = (HrPageRect) { block.x, y + value_h + 2.0, left, label_h };
  hr_page_doc_add_text (doc, &box, HR_TEXT_BODY, HR_FIT_WRAP, HR_ALIGN_START, b->label);
  box = (HrPageRect) { block.x + left + BENCHMARK_GAP, y, right, use_h };
  hr_page_doc_add_text (doc, &box, HR_TEXT_BODY, HR_FIT_WRAP, HR_ALIGN_START, b->use);
  box.y += use_h + 4.0;
  box.height = source_h;
  hr_page_doc_add_text (doc, &box, HR_TEXT_NOTE, HR_FIT_WRAP, HR_ALIGN_START, source);
  if (b->url != NULL)
    {
      box.y += source_h + 1.0;
      box.height = url_h;
      hr_page_doc_add_text (doc, &box, HR_TEXT_NOTE, HR_FIT_WRAP, HR_ALIGN_START, b->url);
    }
}

static gboolean
assumptions_applies (const HrPackInput *input)
{
  return TRUE;
}

static void
assumptions_lay_out (const HrPackInput *input,
                     HrPageDoc         *doc)
{
  g_autoptr(HrPageTable) roles = roles_table (input);
  g_autoptr(HrPageTable) tiers = tiers_table (input);
  g_autoptr(GPtrArray) benchmarks = hr_pack_load_benchmarks (NULL);
  g_autofree char *limit = hr_format_percent (input->threshold, 0);
  g_autofree char *rules = NULL;

  hr_page_doc_begin_page (doc, _("Assumptions and sources"));
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY,
                             _("Every number in this pack is computed from the assumptions below, month by month: "
                               "designed hours of each service moment as each tier receives it, reactive work per "
                               "account, then internal and unplanned work on top, against the hours people have "
                               "after time off."));
  hr_page_doc_add_heading (doc, _("The team"), hr_pack_keep_for (doc, roles));
  hr_page_doc_add_table (doc, roles);
  hr_page_doc_add_heading (doc, _("The tiers"), hr_pack_keep_for (doc, tiers));
  if (hr_page_table_get_n_rows (tiers) > 0)
    hr_page_doc_add_table (doc, tiers);
  else
    hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, _("The plan has no tiers yet."));
  hr_page_doc_add_heading (doc, _("Thresholds"), 40.0);
  /* Translators: the thresholds the pack's verdicts use; %s is "15%" */
  rules = g_strdup_printf (_("A role is over capacity when its workload is above its capacity, and stretched above "
                             "its target load. A tier is flagged when its customer work costs more than %s of its "
                             "ARR. The hiring plan times each hire to be fully productive in the first month that "
                             "needs it, given the role’s lead time and ramp; a month no requisition opened now can "
                             "cover is called late."),
                           limit);
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, rules);
  hr_page_doc_add_heading (doc, _("Benchmarks and their sources"), 60.0);
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    add_benchmark (doc, benchmarks->pdata[i]);
}

const HrPackSection hr_pack_assumptions = {
  "assumptions", N_("Assumptions and sources"), assumptions_applies, assumptions_lay_out
};

/* hr-hiring.c: the hiring plan in plain language, and the pressure test */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-forecast-private.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-json.h"
#include "hr-json-writer.h"

/* Month ranges such as "January–March 2027" for the late months of a role */
char *
hr_hiring_dup_late_months (HrForecast *f,
                           guint       r)
{
  GString *out = g_string_new (NULL);
  guint T = f->n_months;

  for (guint t = 0; t < T; t++)
    {
      guint end = t;
      g_autofree char *from = NULL, *to = NULL;

      if (!f->late[r * T + t])
        continue;
      while (end + 1 < T && f->late[r * T + end + 1])
        end++;
      from = hr_format_month (f->start + t, "%B %Y");
      to = hr_format_month (f->start + end, "%B %Y");
      if (out->len)
        g_string_append (out, ", ");
      if (end == t)
        g_string_append (out, from);
      else
        /* Translators: a range of months, e.g. "January 2027 – March 2027" */
        g_string_append_printf (out, _("%s – %s"), from, to);
      t = end;
    }
  return g_string_free (out, out->len == 0);
}

static double
peak_load_before (HrForecast *f,
                  guint       r,
                  guint       month)
{
  const double *load = hr_forecast_role_metric (f, r, HR_ROLE_LOAD);
  double peak = 0;

  for (guint t = 0; t < MIN (month, f->n_months); t++)
    peak = isnan (load[t]) || isnan (peak) ? NAN : MAX (peak, load[t]);
  return peak;
}

static void
describe_role (HrForecast *f,
               guint       r,
               GString    *out)
{
  const HrRoleAssumptions *a = &f->assumptions[r];
  g_autofree char *late = hr_hiring_dup_late_months (f, r);
  guint first = G_MAXUINT;
  double first_count = 0;

  for (guint i = 0; i < f->suggestions->len; i++)
    {
      const HrSuggestedHire *s = &g_array_index (f->suggestions, HrSuggestedHire, i);
      if (s->role != r)
        continue;
      if ((guint) s->requisition < first)
        {
          first = s->requisition;
          first_count = 0;
        }
      if ((guint) s->requisition == first)
        first_count += s->count;
    }
  if (first == G_MAXUINT && late == NULL)
    return;

  if (out->len)
    g_string_append (out, "\n\n");
  g_string_append_printf (out, "%s: ", f->role_names[r]);

  if (first != G_MAXUINT)
    {
      guint start = first + a->lead_time_months;
      guint productive = start + a->ramp_months;
      g_autofree char *open_by = hr_format_month (f->start + first, "%B %Y");
      g_autofree char *ready_by = hr_format_month (f->start + productive, "%B %Y");
      double peak = peak_load_before (f, r, productive);
      g_autofree char *peak_text = hr_format_percent (peak, 0);
      /* a double: the planner suggests at most HR_MAX_SUGGESTED_HIRES */
      double count = round (first_count);
      g_autofree char *count_text = hr_format_number (count, 0);

      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "open %s requisition by %s so the hire is fully productive by %s",
                                           "open %s requisitions by %s so the hires are fully productive by %s",
                                           (gulong) MIN (count, 1e9)),
                              count_text, open_by, ready_by);
      if (productive == 0)
        g_string_append_c (out, '.');
      else if (isnan (peak))
        g_string_append (out, _("; until then some months have work but nobody to do it."));
      else if (peak > 100)
        g_string_append_printf (out, _("; until then the work is far beyond the team, at %s load."), peak_text);
      else
        g_string_append_printf (out, _("; until then the team runs at up to %s load."), peak_text);

      g_autoptr(GString) later = g_string_new (NULL);
      for (guint i = 0; i < f->suggestions->len; i++)
        {
          const HrSuggestedHire *s = &g_array_index (f->suggestions, HrSuggestedHire, i);
          g_autofree char *by = NULL;
          g_autofree char *count_text = NULL;

          if (s->role != r || (guint) s->requisition == first)
            continue;
          by = hr_format_month (f->start + s->requisition, "%B %Y");
          if (later->len)
            g_string_append (later, ", ");
          count_text = hr_format_number (s->count, 0);
          /* Translators: a requisition month and how many to open, e.g. "October 2027 (2)" */
          g_string_append_printf (later, _("%s (%s)"), by, count_text);
        }
      if (later->len)
        {
          g_string_append_c (out, ' ');
          /* Translators: the list is of months with counts, e.g. "October 2027 (1), March 2028 (2)" */
          g_string_append_printf (out, _("Later requisitions: %s."), later->str);
        }
    }
  if (late)
    {
      /* one space after the sentence before, none after the role's name */
      if (first != G_MAXUINT)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, _("No requisition opened now can cover %s: plan overtime, "
                                     "contractors or a lighter journey for that time."), late);
    }
}

char *
hr_hiring_summary (HrForecast *forecast)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (HR_IS_FORECAST (forecast), NULL);

  for (guint r = 0; r < forecast->n_roles; r++)
    describe_role (forecast, r, out);
  if (out->len == 0)
    g_string_append (out, _("No hires needed: every role stays within its target load "
                            "for the whole horizon."));
  return g_string_free (out, FALSE);
}

char *
hr_hiring_to_json_data (HrForecast *f,
                        gsize      *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HR_IS_FORECAST (f), NULL);

  writer = hr_json_writer_new ();
  summary = hr_hiring_summary (f);
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "scenario");
  hr_json_writer_string (writer, f->scenario_id);
  hr_json_writer_member (writer, "summary");
  hr_json_writer_string (writer, summary);
  hr_json_writer_member (writer, "hires");
  hr_json_writer_begin_array (writer);
  for (guint i = 0; i < f->suggestions->len; i++)
    {
      const HrSuggestedHire *s = &g_array_index (f->suggestions, HrSuggestedHire, i);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "role");
      hr_json_writer_string (writer, f->role_ids[s->role]);
      hr_json_writer_member (writer, "requisition");
      hr_json_writer_month (writer, f->start + s->requisition);
      hr_json_writer_member (writer, "month");
      hr_json_writer_month (writer, f->start + s->month);
      hr_json_writer_member (writer, "productive");
      hr_json_writer_month (writer, f->start + s->month + f->assumptions[s->role].ramp_months);
      hr_json_writer_member (writer, "count");
      hr_json_writer_number (writer, s->count);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
  hr_json_writer_member (writer, "late");
  hr_forecast_write_late (f, writer);
  hr_json_writer_end_object (writer);
  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

JsonNode *
hr_hiring_to_json (HrForecast *f)
{
  return hr_json_from_text (hr_hiring_to_json_data (f, NULL));
}

/* --- pressure test --- */

/* Hours of direct work that one person of role r covers in a month */
static double
direct_hours_per_person (HrForecast *f,
                         guint       r)
{
  const HrRoleAssumptions *a = &f->assumptions[r];
  return a->hours_per_month * (1 - a->shrinkage) * (1 - a->indirect - a->unplanned);
}

/* @part per @whole: NAN without a whole, or where a whole of a few
 * hours' rounding noise would make it overflow */
static double
ratio (double part,
       double whole)
{
  double value = whole > 0 ? part / whole : NAN;

  return isfinite (value) ? value : NAN;
}

GArray *
hr_pressure_test (HrForecast *f,
                  guint       t,
                  double      threshold)
{
  GArray *tiers = g_array_sized_new (FALSE, TRUE, sizeof (HrTierPressure), f->n_segments);
  guint T = f->n_months;
  gboolean any_rule = FALSE;

  g_return_val_if_fail (t < T, tiers);

  for (guint r = 0; r < f->n_roles; r++)
    any_rule |= f->assumptions[r].manages < 0 && !isnan (f->assumptions[r].arr_per_fte);

  for (guint g = 0; g < f->n_segments; g++)
    {
      HrTierPressure p = { g };
      double reactive = hr_forecast_segment_metric (f, g, HR_SEGMENT_REACTIVE)[t];
      guint reactive_role = f->segment_reactive_role[g];
      double ruled_fte = 0;

      p.accounts = hr_forecast_segment_metric (f, g, HR_SEGMENT_ACCOUNTS)[t];
      p.arr = hr_forecast_segment_metric (f, g, HR_SEGMENT_ARR)[t];
      p.fte_top_down = any_rule ? 0 : NAN;
      for (guint r = 0; r < f->n_roles; r++)
        {
          const HrRoleAssumptions *a = &f->assumptions[r];
          double hours, fte;

          if (a->manages >= 0)
            continue;
          hours = f->role_segment[((gsize) r * f->n_segments + g) * T + t] +
                  (r == reactive_role ? reactive : 0);
          fte = hours / direct_hours_per_person (f, r);
          p.fte_bottom_up += fte;
          if (!isnan (a->arr_per_fte))
            {
              ruled_fte += fte;
              p.fte_top_down += p.arr / a->arr_per_fte;
            }
        }
      /* per person of the roles the ARR rule sizes (all, without a rule) */
      if (!any_rule)
        ruled_fte = p.fte_bottom_up;
      p.accounts_per_fte = ratio (p.accounts, ruled_fte);
      p.arr_per_fte = ratio (p.arr, ruled_fte);
      p.fte_ruled = ruled_fte;
      p.fte_gap = ruled_fte - p.fte_top_down;
      p.accounts_per_fte_rule = ratio (p.accounts, p.fte_top_down);
      p.arr_per_fte_rule = ratio (p.arr, p.fte_top_down);
      p.cost_to_serve = 12 * hr_forecast_segment_metric (f, g, HR_SEGMENT_COST_TO_SERVE)[t];
      p.cost_share = ratio (p.cost_to_serve, p.arr);
      p.over_threshold = !isnan (p.cost_share) ? p.cost_share > threshold
                                               : p.cost_to_serve > 0;
      g_array_append_val (tiers, p);
    }
  return tiers;
}

JsonNode *
hr_pressure_to_json (HrForecast *f,
                     guint       t,
                     double      threshold)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) tiers = hr_pressure_test (f, t, threshold);

  json_builder_begin_array (builder);
  for (guint i = 0; i < tiers->len; i++)
    {
      const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, i);
      const struct { const char *name; double value; } numbers[] = {
        { "accounts", p->accounts }, { "arr", p->arr },
        { "fte_bottom_up", p->fte_bottom_up }, { "fte_top_down", p->fte_top_down },
        { "accounts_per_fte", p->accounts_per_fte }, { "arr_per_fte", p->arr_per_fte },
        { "cost_to_serve", p->cost_to_serve }, { "cost_share", p->cost_share },
      };

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "segment");
      json_builder_add_string_value (builder, f->segment_ids[p->segment]);
      for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
        {
          json_builder_set_member_name (builder, numbers[n].name);
          if (isnan (numbers[n].value))
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, numbers[n].value);
        }
      json_builder_set_member_name (builder, "over_threshold");
      json_builder_add_boolean_value (builder, p->over_threshold);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

HrTierPressure
hr_pressure_total (GArray *tiers,
                   double  threshold)
{
  HrTierPressure total = { HR_PRESSURE_TEAM };

  g_return_val_if_fail (tiers != NULL, total);

  for (guint i = 0; i < tiers->len; i++)
    {
      const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, i);

      total.accounts += p->accounts;
      total.arr += p->arr;
      total.fte_bottom_up += p->fte_bottom_up;
      total.fte_ruled += p->fte_ruled;
      total.fte_top_down = i == 0 ? p->fte_top_down : total.fte_top_down + p->fte_top_down;
      total.cost_to_serve += p->cost_to_serve;
    }
  total.accounts_per_fte = ratio (total.accounts, total.fte_ruled);
  total.arr_per_fte = ratio (total.arr, total.fte_ruled);
  total.fte_gap = total.fte_ruled - total.fte_top_down;
  total.accounts_per_fte_rule = ratio (total.accounts, total.fte_top_down);
  total.arr_per_fte_rule = ratio (total.arr, total.fte_top_down);
  total.cost_share = ratio (total.cost_to_serve, total.arr);
  total.over_threshold = !isnan (total.cost_share) ? total.cost_share > threshold
                                                   : total.cost_to_serve > 0;
  if (tiers->len == 0)
    total.fte_top_down = total.fte_gap = NAN;
  return total;
}

/* a gap under a tenth of a person reads as none at one decimal */
#define GAP_NOTICED 0.05

char *
hr_pressure_describe_tier (HrForecast           *f,
                           const HrTierPressure *p,
                           double                threshold)
{
  g_autofree char *share = hr_format_percent (p->cost_share, 1);
  g_autofree char *limit = hr_format_percent (threshold, 0);
  g_autofree char *gap = hr_format_number (fabs (p->fte_gap), 1);
  g_autofree char *cost = hr_format_money (p->cost_to_serve, f->currency);

  g_return_val_if_fail (HR_IS_FORECAST (f), NULL);

  if (p->accounts <= 0 && p->cost_to_serve <= 0)
    return g_strdup (_("No accounts and no work in this month."));
  if (isnan (p->cost_share))
    /* Translators: "Customer work for it costs 12,000 USD a year and it brings no ARR." */
    return g_strdup_printf (_("Customer work for it costs %s a year and it brings no ARR."), cost);
  if (p->over_threshold)
    {
      if (p->fte_gap >= GAP_NOTICED)
        /* Translators: a flagged tier; cost to serve counts customer work
         * only. "Needs 1.4 more people than the ARR rule grants: customer
         * work costs 21.0% of its ARR, above the 15% threshold." */
        return g_strdup_printf (_("Needs %s more people than the ARR rule grants: customer work costs %s of its ARR, "
                                  "above the %s threshold."), gap, share, limit);
      /* Translators: a flagged tier; "Customer work costs 21.0% of its ARR, above the 15% threshold." */
      return g_strdup_printf (_("Customer work costs %s of its ARR, above the %s threshold."), share, limit);
    }
  if (p->fte_gap >= GAP_NOTICED)
    /* Translators: "Needs 0.6 more people than the ARR rule grants, but
     * customer work costs 9.0% of its ARR, within the 15% threshold." */
    return g_strdup_printf (_("Needs %s more people than the ARR rule grants, but customer work costs %s of its ARR, "
                              "within the %s threshold."), gap, share, limit);
  if (p->fte_gap <= -GAP_NOTICED)
    /* Translators: "The ARR rule grants 2.1 more people than the work needs; customer work costs 6.0% of its ARR." */
    return g_strdup_printf (_("The ARR rule grants %s more people than the work needs; customer work costs %s of its "
                              "ARR."), gap, share);
  if (!isnan (p->fte_gap))
    /* Translators: "The work fits the ARR rule; customer work costs 8.0% of its ARR." */
    return g_strdup_printf (_("The work fits the ARR rule; customer work costs %s of its ARR."), share);
  /* Translators: no role has an ARR rule; "Customer work costs 8.0% of its ARR, within the 15% threshold." */
  return g_strdup_printf (_("Customer work costs %s of its ARR, within the %s threshold."), share, limit);
}

char *
hr_summary_describe_cost_share (HrForecast *f,
                                double      threshold)
{
  const HrSummary *s;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (HR_IS_FORECAST (f), NULL);

  s = hr_forecast_get_summary (f);
  if (isnan (s->cost_share))
    {
      g_autofree char *cost = NULL;
      if (s->total_cost <= 0)
        return NULL;
      cost = hr_format_money (s->total_cost, f->currency);
      /* Translators: the summary's cost share when the plan has no ARR;
       * "The team costs 1,200,000 USD and the plan brings no ARR." */
      return g_strdup_printf (_("The team costs %s and the plan brings no ARR."), cost);
    }
  if (s->cost_share <= threshold)
    return NULL;
  limit = hr_format_percent (threshold, 0);
  /* Translators: why the summary's cost share of ARR is highlighted;
   * "Above the 15% warning threshold." */
  return g_strdup_printf (_("Above the %s warning threshold."), limit);
}

HrPlanStatus
hr_summary_status (HrForecast *f,
                   double      threshold,
                   char      **title,
                   char      **detail)
{
  const HrSummary *s;
  HrPlanStatus status;
  char *why;

  g_return_val_if_fail (HR_IS_FORECAST (f), HR_PLAN_HOLDS);

  s = hr_forecast_get_summary (f);
  if (s->months_over > 0)
    {
      status = HR_PLAN_OVER;
      why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Work exceeds capacity in %u month.",
                                          "Work exceeds capacity in %u months.", s->months_over),
                             s->months_over);
    }
  else if (s->months_stretched > 0)
    {
      status = HR_PLAN_STRETCHED;
      why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Above target load in %u month.",
                                          "Above target load in %u months.", s->months_stretched),
                             s->months_stretched);
    }
  else if (isnan (s->cost_share) ? s->total_cost > 0 : s->cost_share > threshold)
    {
      g_autofree char *share = hr_format_percent (s->cost_share, 1);
      g_autofree char *limit = hr_format_percent (threshold, 0);

      status = HR_PLAN_COSTLY;
      if (isnan (s->cost_share))
        why = g_strdup (_("Every role stays below its target load, but the plan brings no ARR to pay for the team."));
      else
        /* Translators: the summary's status when capacity holds but the cost
         * does not; "Every role stays below its target load, but the team
         * costs 17.5% of ARR over the whole plan, above the 15% warning threshold." */
        why = g_strdup_printf (_("Every role stays below its target load, but the team costs %s of ARR over the "
                                 "whole plan, above the %s warning threshold."), share, limit);
    }
  else
    {
      status = HR_PLAN_HOLDS;
      why = g_strdup (_("Every role stays below its target load."));
    }
  if (title)
    switch (status)
      {
      case HR_PLAN_OVER: *title = g_strdup (_("Over capacity")); break;
      case HR_PLAN_STRETCHED: *title = g_strdup (_("Stretched")); break;
      /* Translators: the summary's status: enough people, too costly */
      case HR_PLAN_COSTLY: *title = g_strdup (_("Holds, but costly")); break;
      case HR_PLAN_HOLDS: *title = g_strdup (_("The plan holds")); break;
      default: g_assert_not_reached ();
      }
  if (detail)
    *detail = why;
  else
    g_free (why);
  return status;
}

int
hr_pressure_rule_role (HrForecast *f)
{
  int found = -1;

  g_return_val_if_fail (HR_IS_FORECAST (f), -1);

  for (guint r = 0; r < f->n_roles; r++)
    if (f->assumptions[r].manages < 0 && !isnan (f->assumptions[r].arr_per_fte))
      {
        if (found >= 0)
          return -1;
        found = r;
      }
  return found;
}

char *
hr_pressure_summary (HrForecast *f,
                     guint       t,
                     double      threshold)
{
  g_autoptr(GArray) tiers = NULL;
  g_autoptr(GPtrArray) flagged = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  HrTierPressure team;
  g_autofree char *month = NULL, *need = NULL, *grant = NULL, *gap = NULL, *limit = NULL;
  int rule_role;
  double team_share;

  g_return_val_if_fail (HR_IS_FORECAST (f), NULL);
  g_return_val_if_fail (t < f->n_months, NULL);

  tiers = hr_pressure_test (f, t, threshold);
  team = hr_pressure_total (tiers, threshold);
  rule_role = hr_pressure_rule_role (f);
  month = hr_format_month (f->start + t, "%B %Y");
  need = hr_format_number (team.fte_ruled, 1);
  grant = hr_format_number (team.fte_top_down, 1);
  gap = hr_format_number (fabs (team.fte_gap), 1);
  limit = hr_format_percent (threshold, 0);

  if (isnan (team.fte_top_down))
    /* Translators: "In December 2028 the work needs 14.2 people. No role has …" */
    g_string_append_printf (out, _("In %s the work needs %s people. No role has an ARR-per-person rule, "
                                   "so there is no top-down number to test it against."), month, need);
  else
    {
      g_autofree char *who = rule_role >= 0 ? g_strdup (f->role_names[rule_role])
                                            : g_strdup (_("people in the roles with an ARR rule"));
      /* the rule against the work, not against the team: the team may
       * have hired past both */
      if (team.fte_gap >= GAP_NOTICED)
        /* Translators: "In December 2028 the work needs 14.2 Customer Success
         * Managers; the ARR-per-person rule grants 12.1, which falls 2.1
         * short of the work." */
        g_string_append_printf (out, _("In %s the work needs %s %s; the ARR-per-person rule grants %s, "
                                       "which falls %s short of the work."),
                                month, need, who, grant, gap);
      else if (team.fte_gap <= -GAP_NOTICED)
        /* Translators: "In December 2028 the work needs 10.2 Customer Success
         * Managers; the ARR-per-person rule grants 12.1, 1.9 more than the work needs." */
        g_string_append_printf (out, _("In %s the work needs %s %s; the ARR-per-person rule grants %s, "
                                       "%s more than the work needs."),
                                month, need, who, grant, gap);
      else
        g_string_append_printf (out, _("In %s the work needs %s %s, as many as the ARR-per-person rule grants."),
                                month, need, who);
    }

  for (guint i = 0; i < tiers->len; i++)
    {
      const HrTierPressure *p = &g_array_index (tiers, HrTierPressure, i);
      if (p->over_threshold)
        g_ptr_array_add (flagged, f->segment_names[p->segment]);
    }
  g_string_append_c (out, '\n');
  if (flagged->len == 0)
    /* Translators: "Customer work costs less than 15% of its ARR in every tier." */
    g_string_append_printf (out, _("Customer work costs less than %s of its ARR in every tier."), limit);
  else if (flagged->len > 4)
    /* a long list of names reads worse than the count; the rows say which */
    /* Translators: "In 19 of the 20 tiers customer work costs more than 15% of their ARR: …" */
    g_string_append_printf (out, _("In %u of the %u tiers customer work costs more than %s of their ARR: the journeys "
                                   "designed for them cost more than their economics support, the signal to redesign "
                                   "them."),
                            flagged->len, tiers->len, limit);
  else
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (flagged, NULL);
      /* Translators: the separator of a list of tier names */
      names = g_strjoinv (_(", "), (char **) flagged->pdata);
      /* Translators: "Customer work for Mid-market, Scale costs more than
       * 15% of their ARR: the journeys designed for them cost more than
       * their economics support, the signal to redesign them." */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Customer work for %s costs more than %s of its ARR: the journey "
                                                "designed for it costs more than its economics support, the signal to "
                                                "redesign it.",
                                                "Customer work for %s costs more than %s of their ARR: the journeys "
                                                "designed for them cost more than their economics support, the signal "
                                                "to redesign them.",
                                                flagged->len - 1),
                              names, limit);
    }

  team_share = f->totals[HR_TOTAL_COST_SHARE * f->n_months + t];
  if (!isnan (team_share))
    {
      g_autofree char *share = hr_format_percent (team_share, 1);
      g_string_append_c (out, '\n');
      /* one month of the whole team, managers and internal work included;
       * the summary's share is over the whole plan, the tiers' customer
       * work only */
      if (team_share > threshold)
        /* Translators: "In December 2028 the whole team costs 17.2% of that
         * month's ARR, above the 15% warning threshold." */
        g_string_append_printf (out, _("In %s the whole team costs %s of that month’s ARR, above the %s warning "
                                       "threshold."), month, share, limit);
      else
        g_string_append_printf (out, _("In %s the whole team costs %s of that month’s ARR, within the %s warning "
                                       "threshold."), month, share, limit);
    }
  return g_string_free (out, FALSE);
}

/* hr-calibration-export.c: calibration as JSON (spec §8) and as the
 * sentences the app and headroom-cli say */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-calibration.h"
#include "hr-change.h"
#include "hr-format.h"
#include "hr-json.h"
#include "hr-json-writer.h"

/* --- JSON --- */

static void
write_number (HrJsonWriter *w,
              const char   *name,
              double        value)
{
  hr_json_writer_member (w, name);
  hr_json_writer_number (w, value);   /* NAN: null */
}

static void
write_integer (HrJsonWriter *w,
               const char   *name,
               gint64        value)
{
  hr_json_writer_member (w, name);
  hr_json_writer_integer (w, value);
}

static void
write_string (HrJsonWriter *w,
              const char   *name,
              const char   *value)
{
  hr_json_writer_member (w, name);
  hr_json_writer_string (w, value);
}

static void
write_figures (HrJsonWriter          *w,
               const HrMomentFigures *f)
{
  write_integer (w, "due", f->due);
  write_integer (w, "delivered", f->delivered);
  write_integer (w, "unscheduled", f->unscheduled);
  write_number (w, "delivery_rate", f->delivery_rate);
  write_integer (w, "occurrences", f->occurrences);
  write_number (w, "actual_mean", f->actual_mean);
  write_number (w, "actual_median", f->actual_median);
  write_number (w, "designed_mean", f->designed_mean);
  write_number (w, "ratio", f->ratio);
}

/* The scenario as the plan file writes one */
static void
write_scenario (HrJsonWriter  *w,
                HrCalibration *self)
{
  g_autoptr(HrScenario) scenario = hr_calibration_new_scenario (self, NULL);
  JsonArray *changes = hr_calibration_get_changes (self);
  g_autofree char *description = NULL;

  g_object_get (scenario, "description", &description, NULL);
  hr_json_writer_begin_object (w);
  write_string (w, "id", hr_item_get_id (HR_ITEM (scenario)));
  write_string (w, "name", hr_scenario_get_name (scenario));
  write_string (w, "description", description);
  hr_json_writer_member (w, "changes");
  hr_json_writer_begin_array (w);
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const char *op = json_object_get_string_member (change, "op");
      const char *key = g_str_equal (op, "scale") ? "factor" : "value";

      hr_json_writer_begin_object (w);
      write_string (w, "op", op);
      write_string (w, "target", json_object_get_string_member (change, "target"));
      write_number (w, key, json_object_get_double_member (change, key));
      hr_json_writer_end_object (w);
    }
  hr_json_writer_end_array (w);
  hr_json_writer_end_object (w);
}

char *
hr_calibration_to_json_data (HrCalibration *self,
                             gsize         *length)
{
  HrJsonWriter *w = hr_json_writer_new ();
  GPtrArray *warnings = hr_calibration_get_warnings (self);
  HrTimeLog *log = hr_calibration_get_log (self);

  hr_json_writer_begin_object (w);
  hr_json_writer_member (w, "from");
  hr_json_writer_month (w, hr_calibration_get_from (self));
  hr_json_writer_member (w, "to");
  hr_json_writer_month (w, hr_calibration_get_to (self));

  hr_json_writer_member (w, "moments");
  hr_json_writer_begin_array (w);
  for (guint k = 0; k < hr_calibration_get_n_moments (self); k++)
    {
      const HrMomentCalibration *moment = hr_calibration_get_moment (self, k);

      hr_json_writer_begin_object (w);
      write_string (w, "id", moment->id);
      write_figures (w, &moment->all);
      hr_json_writer_member (w, "segments");
      hr_json_writer_begin_object (w);
      for (guint g = 0; g < hr_calibration_get_n_segments (self); g++)
        {
          hr_json_writer_member (w, hr_calibration_get_segment (self, g)->id);
          hr_json_writer_begin_object (w);
          write_figures (w, &moment->segments[g]);
          hr_json_writer_end_object (w);
        }
      hr_json_writer_end_object (w);
      hr_json_writer_end_object (w);
    }
  hr_json_writer_end_array (w);

  hr_json_writer_member (w, "roles");
  hr_json_writer_begin_array (w);
  for (guint r = 0; r < hr_calibration_get_n_roles (self); r++)
    {
      const HrRoleCalibration *role = hr_calibration_get_role (self, r);

      hr_json_writer_begin_object (w);
      write_string (w, "id", role->id);
      write_number (w, "worked", role->worked);
      write_number (w, "indirect_share", role->indirect_share);
      write_number (w, "unplanned_share", role->unplanned_share);
      write_number (w, "shrinkage", role->shrinkage);
      hr_json_writer_end_object (w);
    }
  hr_json_writer_end_array (w);

  hr_json_writer_member (w, "segments");
  hr_json_writer_begin_array (w);
  for (guint g = 0; g < hr_calibration_get_n_segments (self); g++)
    {
      const HrSegmentCalibration *segment = hr_calibration_get_segment (self, g);

      hr_json_writer_begin_object (w);
      write_string (w, "id", segment->id);
      write_integer (w, "account_months", segment->account_months);
      write_number (w, "reactive_per_account", segment->reactive_per_account);
      hr_json_writer_end_object (w);
    }
  hr_json_writer_end_array (w);

  hr_json_writer_member (w, "months");
  hr_json_writer_begin_array (w);
  for (guint t = 0; t < hr_calibration_get_n_months (self); t++)
    {
      const HrCalibrationMonth *month = hr_calibration_get_month (self, t);

      hr_json_writer_begin_object (w);
      hr_json_writer_member (w, "month");
      hr_json_writer_month (w, month->month);
      write_number (w, "logged_designed", month->logged_designed);
      write_number (w, "model_designed", month->model_designed);
      hr_json_writer_end_object (w);
    }
  hr_json_writer_end_array (w);

  hr_json_writer_member (w, "warnings");
  hr_json_writer_begin_array (w);
  for (guint i = 0; i < warnings->len; i++)
    hr_json_writer_string (w, warnings->pdata[i]);
  hr_json_writer_end_array (w);

  hr_json_writer_member (w, "scenario");
  write_scenario (w, self);

  write_integer (w, "min_occurrences", hr_calibration_get_min_occurrences (self));
  write_integer (w, "entries", hr_time_log_get_n_entries (log));
  write_number (w, "hours", hr_time_log_get_total_hours (log));
  hr_json_writer_end_object (w);
  return hr_json_writer_free_to_text (w, length);
}

JsonNode *
hr_calibration_to_json (HrCalibration *self)
{
  return hr_json_from_text (hr_calibration_to_json_data (self, NULL));
}

/* --- verdicts --- */

double
hr_moment_figures_get_designed (const HrMomentFigures *f)
{
  if (f->scheduled > 0)
    return f->scheduled_designed / f->scheduled;
  if (f->occurrences == 0 && f->due > 0)
    return f->due_designed / f->due;
  return NAN;
}

HrMomentVerdict
hr_calibration_get_verdict (HrCalibration         *self,
                            const HrMomentFigures *f)
{
  if (f->due == 0 && f->occurrences == 0)
    return HR_MOMENT_QUIET;
  if (f->due > 0 && f->delivery_rate < 0.5)
    return HR_MOMENT_NOT_HAPPENING;
  if (hr_calibration_is_small (self, f))
    return HR_MOMENT_TOO_FEW;
  if (isnan (f->ratio))
    return HR_MOMENT_UNDESIGNED;
  if (f->ratio >= 1.1 - 1e-9)
    return HR_MOMENT_LONGER;
  if (f->ratio <= 0.9 + 1e-9)
    return HR_MOMENT_SHORTER;
  return HR_MOMENT_AS_DESIGNED;
}

const char *
hr_moment_verdict_get_label (HrMomentVerdict verdict)
{
  switch (verdict)
    {
    case HR_MOMENT_NOT_HAPPENING: return _("Not happening");
    case HR_MOMENT_LONGER: return _("Takes longer");
    case HR_MOMENT_SHORTER: return _("Takes less");
    case HR_MOMENT_AS_DESIGNED: return _("As designed");
    case HR_MOMENT_TOO_FEW: return _("Too few to tell");
    case HR_MOMENT_UNDESIGNED: return _("Not designed");
    case HR_MOMENT_QUIET: default: return _("Not due");
    }
}

/* --- sentences --- */

static const HrMomentFigures *
figures_of (HrCalibration *self,
            guint          moment,
            int            segment)
{
  const HrMomentCalibration *m = hr_calibration_get_moment (self, moment);

  g_return_val_if_fail (segment < (int) hr_calibration_get_n_segments (self), &m->all);
  return segment < 0 ? &m->all : &m->segments[segment];
}

char *
hr_calibration_dup_delivery_verdict (HrCalibration *self,
                                     guint          moment,
                                     int            segment)
{
  const HrMomentFigures *f = figures_of (self, moment, segment);
  const char *name = hr_calibration_get_moment (self, moment)->name;
  g_autofree char *rate = hr_format_percent (f->delivery_rate, 0);
  g_autofree char *delivered = NULL;
  g_autofree char *extra = NULL;

  if (f->due == 0 && f->unscheduled == 0)
    return NULL;
  if (f->due == 0)
    /* Translators: a moment logged although the plan designs it for none of these accounts in this period */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s was not due in this period but was logged %u time.",
                                         "%s was not due in this period but was logged %u times.", f->unscheduled),
                            name, f->unscheduled);
  if (f->due_accounts == f->due)
    /* Translators: "Alignment Meetings happened for 9 of 31 due accounts (29%)." */
    delivered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s happened for %u of %u due account (%s).",
                                              "%s happened for %u of %u due accounts (%s).", f->due),
                                 name, f->delivered, f->due, rate);
  else
    /* Translators: "Check-in happened 8 of the 9 times it was due (89%)." */
    delivered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s happened %u of the %u time it was due (%s).",
                                              "%s happened %u of the %u times it was due (%s).", f->due),
                                 name, f->delivered, f->due, rate);
  if (f->delivery_rate < 0.5)
    extra = g_strdup (_("Fewer than half: a question of design or enablement before one of capacity."));
  else if (f->unscheduled > 0)
    extra = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "It was also logged %u time when it was not due.",
                                          "It was also logged %u times when it was not due.", f->unscheduled),
                             f->unscheduled);
  return extra ? g_strdup_printf ("%s %s", delivered, extra) : g_steal_pointer (&delivered);
}

char *
hr_calibration_dup_hours_verdict (HrCalibration *self,
                                  guint          moment,
                                  int            segment)
{
  const HrMomentFigures *f = figures_of (self, moment, segment);
  const char *name = hr_calibration_get_moment (self, moment)->name;
  g_autofree char *actual = NULL;
  g_autofree char *designed = NULL;
  g_autofree char *difference = NULL;

  if (f->occurrences == 0)
    return NULL;
  if (f->scheduled == 0)
    {
      actual = hr_calibration_format_hours (f->actual_mean);
      /* Translators: a moment logged only where the plan gives it no hours */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s took %s h where the plan designs no hours for it.",
                                           "%s took %s h on average where the plan designs no hours for it.",
                                           f->occurrences),
                              name, actual);
    }
  actual = hr_calibration_format_hours (f->scheduled_hours / f->scheduled);
  designed = hr_calibration_format_hours (f->scheduled_designed / f->scheduled);
  difference = hr_format_percent (fabs (f->ratio - 1), 0);
  if (fabs (f->ratio - 1) < 0.005)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s takes %s h, as designed, over %u occurrence.",
                                         "%s takes %s h, as designed, over %u occurrences.", f->scheduled),
                            name, actual, f->scheduled);
  if (f->ratio > 1)
    /* Translators: "Kickoff takes 6.5 h, designed 4.5 h: 44% more, over 23 occurrences." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s takes %s h, designed %s h: %s more, over %u occurrence.",
                                         "%s takes %s h, designed %s h: %s more, over %u occurrences.", f->scheduled),
                            name, actual, designed, difference, f->scheduled);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s takes %s h, designed %s h: %s less, over %u occurrence.",
                                       "%s takes %s h, designed %s h: %s less, over %u occurrences.", f->scheduled),
                          name, actual, designed, difference, f->scheduled);
}

char *
hr_calibration_dup_sample_note (HrCalibration *self,
                                guint          moment,
                                int            segment)
{
  const HrMomentFigures *f = figures_of (self, moment, segment);
  guint least = hr_calibration_get_min_occurrences (self);

  if (f->occurrences == 0 || !hr_calibration_is_small (self, f))
    return NULL;
  /* Translators: %u occurrences, then the least calibration uses */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A small sample: %u occurrence, fewer than %u; shown, not used.",
                                       "A small sample: %u occurrences, fewer than %u; shown, not used.",
                                       f->occurrences),
                          f->occurrences, least);
}

char *
hr_calibration_dup_mix_verdict (HrCalibration *self,
                                guint          role)
{
  const HrRoleCalibration *r = hr_calibration_get_role (self, role);
  g_autofree char *indirect = hr_format_percent (r->indirect_share, 0);
  g_autofree char *unplanned = hr_format_percent (r->unplanned_share, 0);
  g_autofree char *shrinkage = hr_format_percent (r->shrinkage, 0);
  g_autofree char *plan_indirect = hr_format_percent (r->plan_indirect, 0);
  g_autofree char *plan_unplanned = hr_format_percent (r->plan_unplanned, 0);
  g_autofree char *plan_shrinkage = hr_format_percent (r->plan_shrinkage, 0);

  if (r->person_months == 0)
    /* Translators: %s is a role's name */
    return g_strdup_printf (_("No one of %s logged time in this period."), r->name);
  if (r->worked <= 0)
    return g_strdup_printf (_("%s logged only leave: %s of paid hours (plan %s)."), r->name, shrinkage, plan_shrinkage);
  if (isnan (r->shrinkage))
    /* Translators: a role's logged effort mix against the plan's assumptions */
    return g_strdup_printf (_("%s logged %s of worked hours as indirect work (plan %s) and %s as unplanned (plan %s); "
                              "no leave was logged (plan %s of paid hours)."),
                            r->name, indirect, plan_indirect, unplanned, plan_unplanned, plan_shrinkage);
  return g_strdup_printf (_("%s logged %s of worked hours as indirect work (plan %s) and %s as unplanned (plan %s); "
                            "leave was %s of paid hours (plan %s)."),
                          r->name, indirect, plan_indirect, unplanned, plan_unplanned, shrinkage, plan_shrinkage);
}

char *
hr_calibration_dup_headline (HrCalibration *self)
{
  HrTimeLog *log = hr_calibration_get_log (self);
  g_autofree char *file = g_path_get_basename (hr_time_log_get_display_name (log));
  g_autofree char *from = hr_format_month (hr_calibration_get_from (self), "%b %Y");
  g_autofree char *to = hr_format_month (hr_calibration_get_to (self), "%b %Y");
  g_autofree char *total = hr_calibration_format_hours (hr_time_log_get_total_hours (log));
  guint n = hr_time_log_get_n_entries (log);

  /* Translators: "team.csv: 1,204 entries, 2,310.5 h, Oct 2026 – Dec 2026" */
  g_autofree char *count = hr_format_number (n, 0);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s entry, %s h, %s – %s", "%s: %s entries, %s h, %s – %s", n),
                          file, count, total, from, to);
}

GPtrArray *
hr_calibration_dup_change_texts (HrCalibration *self,
                                 HrPlan        *plan)
{
  JsonArray *changes = hr_calibration_get_changes (self);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const char *target = json_object_get_string_member (change, "target");

      /* a moment's prep, exec and follow scale as one: its hours */
      if (g_str_equal (json_object_get_string_member (change, "op"), "scale") && g_str_has_suffix (target, "/prep") &&
          i + 2 < json_array_get_length (changes))
        {
          g_autofree char *id = g_strndup (target + strlen ("moments/"), strlen (target) - strlen ("moments/") - 5);
          double factor = json_object_get_double_member (change, "factor");
          g_autofree char *percent = hr_format_signed ((factor - 1) * 100, 1);
          const char *name = id;

          for (guint k = 0; k < hr_calibration_get_n_moments (self); k++)
            if (g_str_equal (hr_calibration_get_moment (self, k)->id, id))
              name = hr_calibration_get_moment (self, k)->name;
          /* Translators: a moment's name, then a change in percent, e.g. "Onboarding: its hours +49.6%" */
          g_ptr_array_add (texts, g_strdup_printf (_("%s: its hours %s%%"), name, percent));
          i += 2;
          continue;
        }
      g_ptr_array_add (texts, plan ? hr_change_describe (plan, change) : g_strdup (target));
    }
  return texts;
}

char *
hr_calibration_to_text (HrCalibration *self,
                        HrPlan        *plan)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *headline = hr_calibration_dup_headline (self);
  GPtrArray *warnings = hr_calibration_get_warnings (self);
  g_autofree char *id = hr_calibration_dup_scenario_id (self, plan);
  g_autofree char *name = hr_calibration_dup_scenario_name (self);
  JsonArray *changes = hr_calibration_get_changes (self);

  g_string_append_printf (out, "%s\n\n%s\n", headline, _("Moments"));
  for (guint k = 0; k < hr_calibration_get_n_moments (self); k++)
    {
      g_autofree char *delivery = hr_calibration_dup_delivery_verdict (self, k, -1);
      g_autofree char *hours = hr_calibration_dup_hours_verdict (self, k, -1);
      g_autofree char *sample = hr_calibration_dup_sample_note (self, k, -1);

      if (delivery == NULL && hours == NULL)
        {
          g_string_append_printf (out, "  %s\n", hr_calibration_get_moment (self, k)->name);
          g_string_append_printf (out, "    %s\n", _("Not due and not logged in this period."));
          continue;
        }
      g_string_append_printf (out, "  %s\n", hr_calibration_get_moment (self, k)->name);
      if (delivery)
        g_string_append_printf (out, "    %s\n", delivery);
      if (hours)
        g_string_append_printf (out, "    %s\n", hours);
      if (sample)
        g_string_append_printf (out, "    %s\n", sample);
    }

  g_string_append_printf (out, "\n%s\n", _("Effort mix"));
  for (guint r = 0; r < hr_calibration_get_n_roles (self); r++)
    {
      g_autofree char *mix = hr_calibration_dup_mix_verdict (self, r);
      g_string_append_printf (out, "  %s\n", mix);
    }

  g_string_append_printf (out, "\n%s\n", _("Reactive hours per account and month"));
  for (guint g = 0; g < hr_calibration_get_n_segments (self); g++)
    {
      const HrSegmentCalibration *s = hr_calibration_get_segment (self, g);
      g_autofree char *logged = hr_calibration_format_hours (s->reactive_per_account);
      g_autofree char *planned = hr_calibration_format_hours (s->plan_reactive_hours);

      /* Translators: a tier's reactive hours per account and month, logged and planned, over N account-months */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "  %s: %s h logged, plan %s h, over %u account-month\n",
                                                "  %s: %s h logged, plan %s h, over %u account-months\n",
                                                s->account_months),
                              s->name, logged, planned, s->account_months);
    }

  g_string_append_printf (out, "\n%s\n", _("Designed hours by month, logged and modelled"));
  for (guint t = 0; t < hr_calibration_get_n_months (self); t++)
    {
      const HrCalibrationMonth *m = hr_calibration_get_month (self, t);
      g_autofree char *month = hr_format_month (m->month, "%b %Y");
      g_autofree char *logged = hr_calibration_format_hours (m->logged_designed);
      g_autofree char *model = hr_calibration_format_hours (m->model_designed);

      /* Translators: a month, its logged and its modelled designed hours */
      g_string_append_printf (out, _("  %s: %s h logged, %s h modelled\n"), month, logged, model);
    }

  if (warnings->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Warnings"));
      for (guint i = 0; i < warnings->len; i++)
        g_string_append_printf (out, "  %s\n", (char *) warnings->pdata[i]);
    }

  /* Translators: the calibrated scenario's id and name */
  g_string_append_printf (out, "\n%s\n", _("Calibrated scenario"));
  g_string_append_printf (out, "  %s (%s)\n", name, id);
  if (json_array_get_length (changes) == 0)
    g_string_append_printf (out, "    %s\n", _("No changes: nothing in the log has enough occurrences."));
  {
    g_autoptr(GPtrArray) texts = hr_calibration_dup_change_texts (self, plan);

    for (guint i = 0; i < texts->len; i++)
      g_string_append_printf (out, "    %s\n", (char *) texts->pdata[i]);
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

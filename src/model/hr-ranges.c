/* hr-ranges.c: the ranges of §6 resolved on a plan, the refusals, and
 * draws written over a plan's values */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-bands.h"
#include "hr-format.h"
#include "hr-plan-private.h"
#include "hr-ranges-private.h"

static void
field_clear (gpointer data)
{
  HrDrawField *field = data;

  g_clear_pointer (&field->values, g_array_unref);
  g_clear_pointer (&field->path, g_free);
}

void
hr_draws_free (HrDraws *self)
{
  if (self == NULL)
    return;
  for (guint j = 0; j < self->n_ranges; j++)
    {
      g_free (self->ranges[j].target);
      g_free (self->ranges[j].skipped);
      g_free (self->ranges[j].label);
    }
  g_free (self->ranges);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_free (self);
}

guint
hr_draws_count_active (const HrDraws *self)
{
  guint n = 0;

  for (guint j = 0; j < self->n_ranges; j++)
    n += self->ranges[j].skipped == NULL;
  return n;
}

static char *
number (double value)
{
  return hr_format_exact (value);
}

/* "segments[mid].churn", "moments[kickoff].tiers[scale].factor" */
static char *
match_path (HrPlan              *plan,
            const HrTargetMatch *match)
{
  const char *field = match->kind == HR_TARGET_ACCOUNTS ? "accounts" : match->field->name;
  g_autofree char *item = NULL;

  switch (match->list)
    {
    case HR_TARGET_IN_PLAN:
      return g_strdup (field);
    case HR_TARGET_IN_TREATMENTS:
      {
        g_autoptr(HrSegment) segment = g_list_model_get_item (hr_plan_get_segments (plan), match->segment);

        item = hr_item_dup_path (HR_ITEM (match->moment), "moments", match->index);
        return g_strdup_printf ("%s.tiers[%s].%s", item, segment->data.id, field);
      }
    default:
      item = hr_item_dup_path (match->item, hr_target_list_name (match->list), match->index);
      return g_strdup_printf ("%s.%s", item, field);
    }
}

/* The field's place in the plan's items; an absent treatment is added */
static gpointer
item_address (HrPlan            *plan,
              const HrDrawField *field)
{
  const HrTargetMatch *match = &field->match;
  HrItem *item = match->item;

  if (match->kind == HR_TARGET_ACCOUNTS)
    return &HR_SEGMENT (item)->data.cohorts;
  if (item == NULL)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (hr_plan_get_segments (plan), match->segment);
      item = HR_ITEM (hr_moment_ensure_treatment (match->moment, segment->data.id));
    }
  return hr_item_field_address (item, match->field);
}

/* The plan's value of a matched field */
static void
read_value (HrPlan      *plan,
            HrDrawField *field)
{
  const HrTargetMatch *match = &field->match;

  if (match->kind == HR_TARGET_ACCOUNTS)
    {
      GArray *cohorts = HR_SEGMENT (match->item)->data.cohorts;

      field->kind = HR_DRAW_COHORTS;
      field->values = g_array_copy (cohorts);
      field->value = 0;
      for (guint i = 0; i < cohorts->len; i++)
        field->value += g_array_index (cohorts, HrCohort, i).count;
    }
  else if (match->field->type == HR_FIELD_NUMBER_LIST)
    {
      field->kind = HR_DRAW_LIST;
      field->values = g_array_copy (HR_ITEM_FIELD (match->item, match->field, GArray *));
    }
  else
    {
      field->kind = HR_DRAW_NUMBER;
      /* a segment without a treatment has the default one */
      field->value = match->item ? HR_ITEM_FIELD (match->item, match->field, double)
                                 : match->field->default_number;
    }
}

/* What a range cannot target, before nulls are left out */
static gboolean
check_kinds (GArray      *matches,
             const char  *target,
             GError     **error)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const HrTargetMatch *match = &g_array_index (matches, HrTargetMatch, i);

      if (match->kind == HR_TARGET_ACCOUNTS)
        continue;
      if (match->kind != HR_TARGET_FIELD)
        return hr_plan_fail (error, _("target \"%s\": a range needs a field such as roles/csm/shrinkage"),
                             target);
      if (match->field->type == HR_FIELD_INTEGER)
        return hr_plan_fail (error, _("target \"%s\": \"%s\" is a whole-number field; a range needs a decimal "
                                      "field such as hours, a share or a rate"),
                             target, match->field->name);
      if (match->field->type != HR_FIELD_NUMBER && match->field->type != HR_FIELD_NUMBER_LIST)
        return hr_plan_fail (error, _("target \"%s\": \"%s\" is not a number; a range needs a decimal "
                                      "field such as hours, a share or a rate"),
                             target, match->field->name);
    }
  return TRUE;
}

/* The range's own numbers: low ≤ mode ≤ high */
static gboolean
check_numbers (HrDrawRange  *range,
               double        mode,
               GError      **error)
{
  g_autofree char *low = number (range->low);
  g_autofree char *high = number (range->high);

  if (!(range->low <= range->high))
    return hr_plan_fail (error, _("low must not be above high, got %s to %s"), low, high);
  if (!isnan (mode) && !(range->low <= mode && mode <= range->high))
    {
      g_autofree char *got = number (mode);
      return hr_plan_fail (error, _("mode must be between low and high (%s to %s), got %s"), low, high, got);
    }
  if (range->relative && isnan (mode) && !(range->low <= 1 && 1 <= range->high))
    return hr_plan_fail (error, _("a relative range without a mode must include 1, the plan’s own value; "
                                  "got %s to %s"), low, high);
  return TRUE;
}

/* Resolves one range into @self->fields; @seen: field → the range that has it */
static gboolean
resolve_range (HrDraws        *self,
               HrPlan         *plan,
               HrRange        *item,
               guint           j,
               GHashTable     *seen,
               GError        **error)
{
  HrDrawRange *range = &self->ranges[j];
  double mode = hr_range_get_mode (item);
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) matches = NULL;

  if (!check_numbers (range, mode, error))
    return FALSE;
  range->mode = range->relative && isnan (mode) ? 1 : mode;

  /* every field first, to say what a range cannot take; then without nulls */
  all = hr_target_resolve (plan, range->target, HR_TARGET_ABSENT, error);
  if (all == NULL || !check_kinds (all, range->target, error))
    return FALSE;
  matches = hr_target_resolve (plan, range->target, HR_TARGET_ABSENT | HR_TARGET_SCALE, error);
  if (matches == NULL)
    return FALSE;
  if (matches->len == 0)
    return hr_plan_fail (error, _("target \"%s\" matches nothing: every field it names is empty (null)"),
                         range->target);

  for (guint i = 0; i < matches->len; i++)
    {
      HrDrawField field = { j, g_array_index (matches, HrTargetMatch, i) };
      gpointer other;

      read_value (plan, &field);
      field.path = match_path (plan, &field.match);
      field.mode = isnan (range->mode) ? field.value : range->mode;
      g_array_append_val (self->fields, field);
      range->n_fields++;

      if (field.kind == HR_DRAW_LIST && !range->relative)
        return hr_plan_fail (error, _("%s takes relative ranges only: add \"relative\": true and give "
                                      "factors such as 0.8 to 1.2"), field.path);
      if (!range->relative && isnan (range->mode) && !(range->low <= field.value && field.value <= range->high))
        {
          g_autofree char *value = number (field.value);
          g_autofree char *low = number (range->low);
          g_autofree char *high = number (range->high);
          return hr_plan_fail (error, _("%s is %s in the plan, outside %s to %s: widen the range or give "
                                        "a mode"), field.path, value, low, high);
        }
      if (g_hash_table_lookup_extended (seen, field.path, NULL, &other))
        return hr_plan_fail (error, _("%s has a range already, uncertainty.ranges[%u]; a field takes one "
                                      "range"), field.path, GPOINTER_TO_UINT (other) + 1);
    }
  for (guint i = range->first; i < range->first + range->n_fields; i++)
    g_hash_table_insert (seen, g_strdup (g_array_index (self->fields, HrDrawField, i).path),
                         GUINT_TO_POINTER (j));
  return TRUE;
}

HrDraws *
hr_draws_new (HrPlan         *plan,
              HrUncertainty  *uncertainty,
              const char     *scenario_name,
              GError        **error)
{
  GListModel *ranges = hr_uncertainty_get_ranges (uncertainty);
  g_autoptr(HrDraws) self = g_new0 (HrDraws, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->n_ranges = g_list_model_get_n_items (ranges);
  self->ranges = g_new0 (HrDrawRange, self->n_ranges);
  self->fields = g_array_new (FALSE, TRUE, sizeof (HrDrawField));
  g_array_set_clear_func (self->fields, field_clear);
  self->warnings = g_ptr_array_new_with_free_func (g_free);

  for (guint j = 0; j < self->n_ranges; j++)
    {
      g_autoptr(HrRange) item = g_list_model_get_item (ranges, j);
      HrDrawRange *range = &self->ranges[j];
      g_autoptr(GError) problem = NULL;
      g_autofree char *path = g_strdup_printf ("uncertainty.ranges[%u]", j + 1);

      /* a range edited in memory may lack its target */
      if (!hr_item_check (HR_ITEM (item), path, error))
        return NULL;
      *range = (HrDrawRange) {
        g_strdup (hr_range_get_target (item)), hr_range_get_low (item), hr_range_get_high (item),
        NAN, hr_range_get_relative (item), NULL, NULL, self->fields->len, 0,
      };
      range->label = hr_target_describe_range (plan, range->target, range->low, range->high, range->relative);
      if (resolve_range (self, plan, item, j, seen, &problem))
        continue;
      if (scenario_name == NULL)
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "uncertainty.ranges[%u]: %s",
                       j + 1, problem->message);
          return NULL;
        }
      /* a scenario may remove what a range is on: it is left out there */
      g_array_set_size (self->fields, range->first);
      range->n_fields = 0;
      range->skipped = g_strdup (problem->message);
      g_ptr_array_add (self->warnings,
                       /* Translators: a range's position, a scenario's name, then why */
                       g_strdup_printf (_("uncertainty.ranges[%u] is left out of the scenario “%s”: %s"),
                                        j + 1, scenario_name, problem->message));
    }
  return g_steal_pointer (&self);
}

/* --- draws --- */

double
hr_draws_value (const HrDraws     *self,
                const HrDrawField *field,
                double             u)
{
  const HrDrawRange *range = &self->ranges[field->range];

  return hr_bands_triangular (u, range->low, range->relative ? range->mode : field->mode, range->high);
}

void
hr_draws_write (const HrDraws     *self,
                const HrDrawField *field,
                gpointer           address,
                double             x)
{
  gboolean relative = self->ranges[field->range].relative;

  switch (field->kind)
    {
    case HR_DRAW_NUMBER:
      *(double *) address = relative ? field->value * x : x;
      break;
    case HR_DRAW_LIST:
      {
        GArray *list = *(GArray **) address;

        g_array_set_size (list, field->values->len);
        for (guint i = 0; i < list->len; i++)
          g_array_index (list, double, i) = g_array_index (field->values, double, i) * x;
        break;
      }
    case HR_DRAW_COHORTS:
      {
        GArray *cohorts = *(GArray **) address;
        double factor = relative ? x : field->value > 0 ? x / field->value : 0;

        g_array_set_size (cohorts, field->values->len);
        for (guint i = 0; i < cohorts->len; i++)
          {
            HrCohort cohort = g_array_index (field->values, HrCohort, i);
            cohort.count *= factor;
            g_array_index (cohorts, HrCohort, i) = cohort;
          }
        /* "accounts between 0 and 50" where the plan has none: mature
         * accounts, as a bare number in the file means */
        if (!relative && field->value <= 0)
          {
            HrCohort mature = { 12, 23, x };
            g_array_set_size (cohorts, 0);
            g_array_append_val (cohorts, mature);
          }
        break;
      }
    }
}

void
hr_draws_restore (const HrDraws     *self,
                  const HrDrawField *field,
                  gpointer           address)
{
  switch (field->kind)
    {
    case HR_DRAW_NUMBER:
      *(double *) address = field->value;
      break;
    case HR_DRAW_LIST:
    case HR_DRAW_COHORTS:
      {
        GArray *list = *(GArray **) address;

        g_array_set_size (list, field->values->len);
        if (list->len > 0)
          memcpy (list->data, field->values->data, (gsize) list->len * g_array_get_element_size (list));
        break;
      }
    }
}

/* --- the corners --- */

static void
write_corner (HrPlan        *plan,
              const HrDraws *draws,
              guint          j,
              gboolean       high)
{
  const HrDrawRange *range = &draws->ranges[j];

  for (guint i = range->first; i < range->first + range->n_fields; i++)
    {
      const HrDrawField *field = &g_array_index (draws->fields, HrDrawField, i);
      hr_draws_write (draws, field, item_address (plan, field), high ? range->high : range->low);
    }
}

gboolean
hr_draws_check_corner (HrPlan         *plan,
                       HrUncertainty  *uncertainty,
                       const char     *scenario_name,
                       gboolean        high,
                       GError        **error)
{
  /* a copy that shares nothing with the plan, to write the corner into */
  g_autoptr(HrPlan) copy = hr_plan_copy (plan);
  g_autoptr(HrDraws) draws = hr_draws_new (copy, uncertainty, scenario_name, error);
  g_autoptr(HrPlan) steps = NULL;
  g_autoptr(HrDraws) step_draws = NULL;
  g_autoptr(GError) rule = NULL;
  g_autoptr(GError) whole = NULL;

  if (draws == NULL)
    return FALSE;
  for (guint j = 0; j < draws->n_ranges; j++)
    write_corner (copy, draws, j, high);
  if (hr_plan_check (copy, &whole))
    return TRUE;

  /* name the first range with which the plan breaks the rule */
  steps = hr_plan_copy (plan);
  step_draws = hr_draws_new (steps, uncertainty, scenario_name, NULL);
  for (guint j = 0; j < step_draws->n_ranges; j++)
    {
      if (step_draws->ranges[j].skipped)
        continue;
      write_corner (steps, step_draws, j, high);
      g_clear_error (&rule);
      if (!hr_plan_check (steps, &rule))
        {
          g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                       high ? _("uncertainty.ranges[%u]: with every range at its high end, %s")
                            : _("uncertainty.ranges[%u]: with every range at its low end, %s"),
                       j + 1, rule->message);
          return FALSE;
        }
    }
  /* not reached: the last step is the whole corner */
  g_propagate_error (error, g_steal_pointer (&whole));
  return FALSE;
}

gboolean
hr_plan_check_uncertainty (HrPlan  *plan,
                           GError **error)
{
  HrUncertainty *uncertainty;
  g_autoptr(HrDraws) draws = NULL;

  g_return_val_if_fail (HR_IS_PLAN (plan), FALSE);

  uncertainty = hr_plan_get_uncertainty (plan);
  if (uncertainty == NULL)
    return TRUE;
  if (!hr_item_check (HR_ITEM (uncertainty), "uncertainty", error))
    return FALSE;
  if (g_list_model_get_n_items (hr_uncertainty_get_ranges (uncertainty)) > HR_MAX_RANGES)
    return hr_plan_fail (error, _("uncertainty.ranges: has %u ranges; Headroom takes at most %d"),
                         g_list_model_get_n_items (hr_uncertainty_get_ranges (uncertainty)), HR_MAX_RANGES);
  draws = hr_draws_new (plan, uncertainty, NULL, error);
  return draws != NULL &&
         hr_draws_check_corner (plan, uncertainty, NULL, FALSE, error) &&
         hr_draws_check_corner (plan, uncertainty, NULL, TRUE, error);
}

void
hr_plan_keep_applying_ranges (HrPlan     *applied,
                              HrScenario *scenario)
{
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (applied);
  const char *name = hr_scenario_get_name (scenario);
  g_autoptr(HrDraws) draws = NULL;
  g_autoptr(HrItem) kept = NULL;
  GListStore *ranges;

  if (hr_plan_get_ranges (applied) == NULL)
    return;
  draws = hr_draws_new (applied, uncertainty, name && *name ? name : hr_item_get_id (HR_ITEM (scenario)), NULL);
  if (draws == NULL || hr_draws_count_active (draws) == draws->n_ranges)
    return;
  kept = hr_item_copy (HR_ITEM (uncertainty));
  ranges = G_LIST_STORE (hr_uncertainty_get_ranges (HR_UNCERTAINTY (kept)));
  for (guint j = draws->n_ranges; j > 0; j--)
    if (draws->ranges[j - 1].skipped)
      g_list_store_remove (ranges, j - 1);
  hr_plan_share_uncertainty (applied, HR_UNCERTAINTY (kept));
}

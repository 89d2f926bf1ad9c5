/* hr-target.c: what a path such as "roles/csm/headcount" names in a plan */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-plan-private.h"
#include "hr-target.h"

static const struct {
  const char   *name;
  HrTargetList  list;
  HrPlanList    plan_list;
} lists[] = {
  { "roles", HR_TARGET_IN_ROLES, HR_PLAN_ROLES },
  { "segments", HR_TARGET_IN_SEGMENTS, HR_PLAN_SEGMENTS },
  { "moments", HR_TARGET_IN_MOMENTS, HR_PLAN_MOMENTS },
  { "hires", HR_TARGET_IN_HIRES, HR_PLAN_HIRES },
};

typedef struct {
  HrPlan        *plan;
  HrTargetFlags  flags;
  GArray        *matches;
} Resolve;

GType
hr_target_list_item_type (HrTargetList list)
{
  switch (list)
    {
    case HR_TARGET_IN_PLAN:
      return HR_TYPE_PLAN;
    case HR_TARGET_IN_ROLES:
      return HR_TYPE_ROLE;
    case HR_TARGET_IN_SEGMENTS:
      return HR_TYPE_SEGMENT;
    case HR_TARGET_IN_MOMENTS:
      return HR_TYPE_MOMENT;
    case HR_TARGET_IN_TREATMENTS:
      return HR_TYPE_TREATMENT;
    case HR_TARGET_IN_HIRES:
      return HR_TYPE_HIRE;
    }
  g_return_val_if_reached (G_TYPE_INVALID);
}

const char *
hr_target_list_name (HrTargetList list)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i].list == list)
      return lists[i].name;
  return list == HR_TARGET_IN_TREATMENTS ? "tiers" : "";
}

static HrItemClass *
class_of (GType type)
{
  /* the plan's item classes live for the whole run */
  return HR_ITEM_CLASS (g_type_class_peek (type) ? g_type_class_peek (type) : g_type_class_ref (type));
}

static gboolean
is_field (HrItemClass *klass,
          const char  *name)
{
  return hr_item_class_find_field (klass, name) != NULL ||
         (klass->is_extra_key && klass->is_extra_key (name));
}

static void
add_match (Resolve             *r,
           const HrTargetMatch *match)
{
  g_array_append_vals (r->matches, match, 1);
}

static gboolean
resolve_tiers (Resolve     *r,
               HrMoment    *moment,
               guint        index,
               char       **steps,
               GError     **error)
{
  GListModel *segments = hr_plan_get_segments (r->plan);
  HrItemClass *treatment_class = class_of (HR_TYPE_TREATMENT);
  const HrField *field = NULL;
  guint from = 0, to = g_list_model_get_n_items (segments);

  if (steps[0] == NULL)
    {
      add_match (r, &(HrTargetMatch) { HR_TARGET_TIERS, HR_TARGET_IN_MOMENTS, index, 0, HR_ITEM (moment) });
      return TRUE;
    }
  if (steps[1] && steps[2])
    return hr_plan_fail (error, _("a treatment has no field \"%s/%s\""), steps[1], steps[2]);
  if (steps[1] && !(field = hr_item_class_find_field (treatment_class, steps[1])))
    return hr_plan_fail (error, _("a treatment has no field \"%s\"; expected mode, factor or group_size"), steps[1]);

  if (!g_str_equal (steps[0], "*"))
    {
      int position = hr_plan_find_position (r->plan, HR_PLAN_SEGMENTS, steps[0]);

      if (position < 0)
        return hr_plan_fail (error, _("no segment with id \"%s\""), steps[0]);
      from = position;
      to = position + 1;
    }
  else if (to == 0)
    return hr_plan_fail (error, _("%s is empty, so \"*\" matches nothing"), "segments");

  for (guint g = from; g < to; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      HrTreatment *treatment = hr_moment_get_treatment (moment, segment->data.id);
      HrTargetMatch match = { field ? HR_TARGET_FIELD : HR_TARGET_TREATMENT, HR_TARGET_IN_TREATMENTS,
                              index, g, HR_ITEM (treatment), moment, field };

      if (treatment == NULL && !(r->flags & HR_TARGET_ABSENT))
        continue;
      add_match (r, &match);
    }
  return TRUE;
}

static gboolean
resolve_in_item (Resolve       *r,
                 HrTargetList   list,
                 guint          index,
                 HrItem        *item,
                 char         **steps,
                 GError       **error)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (item);
  const HrField *field;

  if (HR_IS_MOMENT (item) && g_str_equal (steps[0], "tiers"))
    return resolve_tiers (r, HR_MOMENT (item), index, steps + 1, error);
  if (!is_field (klass, steps[0]))
    return hr_plan_fail (error, _("a %s has no field \"%s\""), klass->kind, steps[0]);
  if (steps[1] != NULL)
    return hr_plan_fail (error, _("\"%s\" has no parts to step into"), steps[0]);
  field = hr_item_class_find_field (klass, steps[0]);
  if (field)
    add_match (r, &(HrTargetMatch) { HR_TARGET_FIELD, list, index, 0, item, NULL, field });
  else
    /* the one extra left: a segment's accounts */
    add_match (r, &(HrTargetMatch) { HR_TARGET_ACCOUNTS, list, index, 0, item });
  return TRUE;
}

static gboolean
resolve_list (Resolve     *r,
              guint        l,
              char       **steps,
              GError     **error)
{
  GListModel *items = hr_plan_get_list (r->plan, lists[l].plan_list);
  guint from = 0, to = g_list_model_get_n_items (items);

  if (steps[1] == NULL)
    {
      add_match (r, &(HrTargetMatch) { HR_TARGET_LIST, lists[l].list });
      return TRUE;
    }
  if (!g_str_equal (steps[1], "*"))
    {
      int position = hr_plan_find_position (r->plan, lists[l].plan_list, steps[1]);

      if (position < 0)
        return hr_plan_fail (error, _("%s has no item with id \"%s\""), steps[0], steps[1]);
      from = position;
      to = position + 1;
    }
  else if (to == 0)
    return hr_plan_fail (error, _("%s is empty, so \"*\" matches nothing"), steps[0]);

  for (guint i = from; i < to; i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (items, i);

      if (steps[2] == NULL)
        add_match (r, &(HrTargetMatch) { HR_TARGET_ITEM, lists[l].list, i, 0, item });
      else if (!resolve_in_item (r, lists[l].list, i, item, steps + 2, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
resolve_steps (Resolve  *r,
               char    **steps,
               GError  **error)
{
  HrItemClass *plan_class = HR_ITEM_GET_CLASS (r->plan);
  const HrField *field;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (g_str_equal (steps[0], lists[l].name))
      return resolve_list (r, l, steps, error);

  if (g_str_equal (steps[0], "scenarios") || g_str_equal (steps[0], "format") ||
      g_str_equal (steps[0], "version"))
    return hr_plan_fail (error, _("\"%s\" cannot be changed by a scenario"), steps[0]);
  if (!(field = hr_item_class_find_field (plan_class, steps[0])))
    return hr_plan_fail (error, _("a plan has no field \"%s\"; expected roles, segments, moments, hires "
                 "or a field such as months"), steps[0]);
  if (steps[1] != NULL)
    return hr_plan_fail (error, _("\"%s\" has no parts to step into"), steps[0]);
  add_match (r, &(HrTargetMatch) { HR_TARGET_FIELD, HR_TARGET_IN_PLAN, 0, 0, HR_ITEM (r->plan), NULL, field });
  return TRUE;
}

/* What "scale" can multiply: decimals, number lists and accounts */
static gboolean
keep_scalable (const HrTargetMatch  *match,
               gboolean             *keep,
               GError              **error)
{
  *keep = TRUE;
  switch (match->kind)
    {
    case HR_TARGET_FIELD:
      if (match->field->type == HR_FIELD_INTEGER)
        return hr_plan_fail (error, _("\"%s\" is a whole-number field and cannot be scaled; use set"),
                     match->field->name);
      if ((match->field->type != HR_FIELD_NUMBER && match->field->type != HR_FIELD_NUMBER_LIST) ||
          (match->item && hr_item_get_refused (match->item, match->field->name) &&
           !hr_item_field_is_null (match->item, match->field)))
        return hr_plan_fail (error, _("\"%s\" is not a number and cannot be scaled"), match->field->name);
      *keep = match->item == NULL || !hr_item_field_is_null (match->item, match->field);
      return TRUE;
    case HR_TARGET_ACCOUNTS:
      if (hr_item_get_refused (match->item, "accounts"))
        return hr_plan_fail (error, _("\"%s\" is not a number and cannot be scaled"), "accounts");
      return TRUE;
    case HR_TARGET_TIERS:
      return hr_plan_fail (error, _("\"%s\" is not a number and cannot be scaled"), "tiers");
    case HR_TARGET_TREATMENT:
      return hr_plan_fail (error, _("a whole treatment cannot be scaled"));
    case HR_TARGET_ITEM:
    case HR_TARGET_LIST:
      return hr_plan_fail (error, _("\"%s\" needs a field such as roles/csm/headcount"), "scale");
    }
  g_assert_not_reached ();
}

GArray *
hr_target_resolve (HrPlan         *plan,
                   const char     *path,
                   HrTargetFlags   flags,
                   GError        **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (HrTargetMatch));
  g_auto(GStrv) steps = NULL;
  g_autoptr(GError) local_error = NULL;
  Resolve r = { plan, flags, matches };

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  steps = g_strsplit (path, "/", -1);
  for (guint i = 0; steps[i]; i++)
    if (*steps[i] == '\0')
      {
        g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                     _("target \"%s\": has an empty step"), path);
        return NULL;
      }
  if (steps[0] == NULL || !resolve_steps (&r, steps, &local_error))
    {
      if (local_error == NULL)
        hr_plan_fail (&local_error, _("has an empty step"));
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "target \"%s\": ", path);
      return NULL;
    }

  if (flags & HR_TARGET_SCALE)
    for (guint i = 0; i < matches->len; )
      {
        gboolean keep;

        if (!keep_scalable (&g_array_index (matches, HrTargetMatch, i), &keep, &local_error))
          {
            g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "target \"%s\": ", path);
            return NULL;
          }
        if (keep)
          i++;
        else
          g_array_remove_index (matches, i);
      }
  return g_steal_pointer (&matches);
}

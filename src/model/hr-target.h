/* hr-target.h: what a path such as "roles/csm/headcount" names in a plan
 *
 * One resolver serves every place that names fields by path: scenario
 * changes (spec §2 scenario) and the uncertainty ranges (§6, "resolved
 * like a scenario's scale target"). A path is "/"-separated steps from the
 * top of the plan, naming array items by id and fields by name; "*" matches
 * every item, and under "tiers" every segment of the plan.
 *
 * The resolver only reads the plan. Matches point into it and stay valid
 * until the plan changes. A match's @list and @index locate it in the
 * engine's input as well (hr_engine_input_get_field()).
 */
#pragma once

#include "hr-plan.h"

G_BEGIN_DECLS

typedef enum {
  HR_TARGET_FIELD,       /* a field of the field table: item + field */
  HR_TARGET_ACCOUNTS,    /* a segment's "accounts" (its cohorts) */
  HR_TARGET_TIERS,       /* a moment's "tiers" as a whole */
  HR_TARGET_TREATMENT,   /* a whole treatment, moments/M/tiers/S */
  HR_TARGET_ITEM,        /* a whole item, roles/csm */
  HR_TARGET_LIST,        /* a whole list, roles */
} HrTargetKind;

typedef enum {
  HR_TARGET_IN_PLAN,        /* the plan's own fields: months, name, … */
  HR_TARGET_IN_ROLES,
  HR_TARGET_IN_SEGMENTS,
  HR_TARGET_IN_MOMENTS,
  HR_TARGET_IN_TREATMENTS,  /* index: the moment, segment: the segment */
  HR_TARGET_IN_HIRES,
} HrTargetList;

typedef enum {
  HR_TARGET_DEFAULT = 0,
  /* a step into tiers also matches a segment without a treatment, as the
   * default treatment (one_to_one, factor 1) that it stands for: @item is
   * NULL; without this flag such segments are left out */
  HR_TARGET_ABSENT  = 1 << 0,
  /* as "scale" matches: decimal fields, number lists (new_by_month, ramp)
   * and accounts; a null field is left out; a whole-number field or any
   * other kind of field is an error */
  HR_TARGET_SCALE   = 1 << 1,
} HrTargetFlags;

typedef struct {
  HrTargetKind   kind;
  HrTargetList   list;
  /* position of the item in its list of the plan (for treatments, of the
   * moment); unused for the plan's own fields and whole lists */
  guint          index;
  /* HR_TARGET_IN_TREATMENTS: position of the segment in the plan */
  guint          segment;
  /* the role, segment, moment, hire, treatment or plan the field belongs
   * to, or the whole item; NULL for an absent treatment and a whole list */
  HrItem        *item;
  /* HR_TARGET_IN_TREATMENTS: the moment */
  HrMoment      *moment;
  /* HR_TARGET_FIELD: the field in @item's class */
  const HrField *field;
} HrTargetMatch;

/* The matches of @path in @plan, in plan order (HrTargetMatch), or NULL
 * with an error "target "PATH": what does not exist", e.g. `target
 * "roles/am/headcount": roles has no item with id "am"`. With
 * HR_TARGET_SCALE the array may be empty: every field matched was null. */
GArray        *hr_target_resolve        (HrPlan        *plan,
                                         const char    *path,
                                         HrTargetFlags  flags,
                                         GError       **error);

/* The class of the items a list holds (HR_TYPE_ROLE, …), and its name in
 * paths ("roles"); HR_TARGET_IN_PLAN gives the plan's */
GType          hr_target_list_item_type (HrTargetList   list);
const char    *hr_target_list_name      (HrTargetList   list);

/* A target as a person names it: "Mid-market · Reactive hours per
 * account", "Every role · Shrinkage"; an id not in @plan by the id, a
 * field without a name by the field, a path of another shape as given */
char          *hr_target_describe        (HrPlan        *plan,
                                          const char    *target);
/* A range's ends in the field's unit, for the locale: "1 to 2.5 h",
 * "5% to 20%", "× 0.5 to 1.5" for a relative range */
char          *hr_target_describe_bounds (const char    *target,
                                          double         low,
                                          double         high,
                                          gboolean       relative);
/* Both: "Mid-market · Reactive hours per account, 1 to 2.5 h" */
char          *hr_target_describe_range  (HrPlan        *plan,
                                          const char    *target,
                                          double         low,
                                          double         high,
                                          gboolean       relative);

G_END_DECLS

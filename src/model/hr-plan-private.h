/* hr-plan-private.h: the items' storage, shared inside the model library so
 * that the engine reads fields without a call per value */
#pragma once

#include "hr-plan.h"
#include "hr-plan-data.h"
#include "hr-json.h"

G_BEGIN_DECLS

struct _HrRole
{
  HrItem     parent_instance;
  HrRoleData data;
};

struct _HrSegment
{
  HrItem        parent_instance;
  HrSegmentData data;
};

struct _HrTreatment
{
  HrItem          parent_instance;
  HrTreatmentData data;
  HrMoment       *moment;       /* the moment holding it (no reference) */
};

struct _HrMoment
{
  HrItem       parent_instance;
  HrMomentData data;
  GPtrArray   *tier_ids;     /* segment ids, in order */
  GPtrArray   *treatments;   /* HrTreatment, parallel to tier_ids */
  GHashTable  *by_segment;   /* segment id → HrTreatment */
};

struct _HrHire
{
  HrItem     parent_instance;
  HrHireData data;
};

struct _HrScenario
{
  HrItem     parent_instance;
  char      *id;
  char      *name;
  char      *description;
  JsonArray *changes;
  gboolean   id_from_name;  /* made by hr_scenario_new_named(): the id follows the name */
};

static inline gboolean
hr_node_is_number (JsonNode *node)
{
  return node && JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static inline gboolean
hr_node_is_string (JsonNode *node)
{
  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

void       hr_item_init_defaults     (HrItem *self);
/* Copies one field's value from @self into @copy, an item of its class */
void       hr_item_copy_field        (HrItem        *self,
                                      HrItem        *copy,
                                      const HrField *field);

/* Saves @self; a reference left to its default (a moment's role, a
 * segment's reactive role) is written as @work_role when it is not NULL */
void       hr_item_save_with_work_role (HrItem      *self,
                                        JsonBuilder *builder,
                                        const char  *work_role);

/* --- values set by scenarios (hr-item-values.c) ---
 * A scenario may leave a field broken on its way (only its end result must
 * be valid): a value of the right kind is stored as it is and checked by
 * hr_item_check(); a value the field cannot hold is kept aside as
 * "refused" until a later change replaces it. */
typedef struct {
  JsonObject *refused;   /* field or extra key → the value, "" the item's */
  guint64     missing;   /* required fields (by index) an "add" left out */
} HrItemValues;

HrItemValues *hr_item_get_values     (HrItem        *self);
/* Keeps a key Headroom does not know, to save it again */
void       hr_item_keep_unknown      (HrItem        *self,
                                      const char    *key,
                                      JsonNode      *node);
/* Stores a value hr_field_check_node() accepts, or one of the right kind */
void       hr_item_store_node        (HrItem        *self,
                                      const HrField *field,
                                      JsonNode      *node);
void       hr_item_set_field_node    (HrItem        *self,
                                      const HrField *field,
                                      JsonNode      *node);
/* Loads an extra key ("accounts", "tiers"); FALSE (and kept aside) when it
 * would not load from a file */
gboolean   hr_item_set_extra_node    (HrItem        *self,
                                      const char    *key,
                                      JsonNode      *node);
JsonNode  *hr_item_get_refused       (HrItem        *self,
                                      const char    *key);
/* null as "scale" sees it: a null number or list, a refused null */
gboolean   hr_item_field_is_null     (HrItem        *self,
                                      const HrField *field);
/* The fields and extras of @object, as "add" reads its value: nothing is
 * refused on the way, hr_item_check() says what is wrong */
void       hr_item_load_lenient      (HrItem        *self,
                                      JsonObject    *object);
/* hr_item_load() without a path, for an item class without extras: FALSE,
 * with nothing said, when @object has a problem or a key Headroom does
 * not know; then hr_item_load() with a path says what. Most items load
 * cleanly, and their path is only printed for a message. */
gboolean   hr_item_load_quietly      (HrItem        *self,
                                      JsonObject    *object);
/* Every field and extra against its rules, with the messages loading
 * gives: "PATH.churn: must be between 0 and 1, got 1.4". With @path NULL,
 * only whether it is valid, without making a message. */
gboolean   hr_item_check             (HrItem        *self,
                                      const char    *path,
                                      GError       **error);

/* Items report edits to the plan that holds them through "notify"; the
 * plan connects to every item it holds. */
void       hr_plan_track_item        (HrPlan *self, HrItem *item);

/* Puts @treatment (taking it) as the segment's, in the place of the one it
 * had or at the end */
void       hr_moment_put_treatment   (HrMoment    *self,
                                      const char  *segment_id,
                                      HrTreatment *treatment);
/* Keeps @node aside as a refused value of @key ("" for the item as a
 * whole); NULL forgets it */
void       hr_item_set_refused       (HrItem      *self,
                                      const char  *key,
                                      JsonNode    *node);

/* The plan's lists, in file order */
typedef enum {
  HR_PLAN_ROLES,
  HR_PLAN_SEGMENTS,
  HR_PLAN_MOMENTS,
  HR_PLAN_HIRES,
  HR_PLAN_SCENARIOS,
  /* the portfolio's (spec §5), saved only when not empty */
  HR_PLAN_PEOPLE,
  HR_PLAN_ACCOUNTS,
  HR_PLAN_EFFORT_RULES,
  HR_PLAN_N_LISTS
} HrPlanList;

/* "roles", …, "effort_rules": the list's key in the file */
const char *hr_plan_list_name        (HrPlanList  which);
/* How messages name an item of a list: "segments[mid-market]",
 * "hires[2]"; the portfolio's lists name an account by its CRM id and
 * count items without an id from 1 (spec §5), "effort_rules[2]" */
char       *hr_plan_list_dup_path    (HrPlanList  which,
                                      HrItem     *item,
                                      guint       index);

GListModel *hr_plan_get_list         (HrPlan     *self,
                                      HrPlanList  which);
/* Position of the item with @id in a list, or -1. The ids are kept in a
 * table that the first look-up after a change builds; items changed
 * without notification (a scenario's plan) call hr_plan_forget_ids(). A
 * plan is read by one thread at a time. */
int        hr_plan_find_position     (HrPlan     *self,
                                      HrPlanList  which,
                                      const char *id);
void       hr_plan_forget_ids        (HrPlan     *self,
                                      HrPlanList  which);
/* The first role without "manages", whatever the plan's work role is */
HrRole    *hr_plan_get_first_work_role (HrPlan *self);

/* A scenario's plan before its changes: the same fields and items as
 * @self (shared, not copied), no scenarios, and the baseline's work role
 * as the meaning of every reference left to its default. It does not
 * follow edits of the items it holds. */
HrPlan    *hr_plan_new_detached      (HrPlan     *self);
void       hr_plan_replace_item      (HrPlan     *self,
                                      HrPlanList  which,
                                      guint       position,
                                      HrItem     *item);
/* The role id that null references mean in a scenario's plan, or NULL:
 * the first role without "manages" (a baseline) */
const char *hr_plan_get_work_role_id (HrPlan     *self);
void       hr_plan_set_work_role_id  (HrPlan     *self,
                                      const char *role_id);

/* Sets an HR_PLAN_ERROR_INVALID error with the message; FALSE */
gboolean   hr_plan_fail              (GError    **error,
                                      const char *format,
                                      ...) G_GNUC_PRINTF (2, 3);
/* "ARRAY[i].id: "x" is used twice; …" for the first id used twice */
gboolean   hr_plan_check_unique      (GListModel  *list,
                                      const char  *array,
                                      GError     **error);

/* Every field, item and rule of the plan, once, with the messages of
 * loading; scenarios are left to hr_plan_apply_scenario() */
gboolean   hr_plan_check             (HrPlan *self, GError **error);
/* The same with the fields of the items in @changed only: a scenario's
 * plan, whose other items are the baseline's. The rules span every item,
 * unless @baseline, the plan it was made from, passed hr_plan_check():
 * then only the rules that read what differs from it are checked again. */
gboolean   hr_plan_check_changed     (HrPlan      *self,
                                      HrPlan      *baseline,
                                      GHashTable  *changed,
                                      GError     **error);
/* Headroom's own bound on a field, beyond the spec's rule: values above
 * @most or below @least are refused, and positive values below @floor
 * ("0 or at least"); docs/plan-model-notes.md says why */
typedef struct {
  const char *kind;      /* the item class's kind: "role", "segment", … */
  const char *field;
  double      floor;     /* 0: none */
  double      most;      /* HUGE_VAL: none */
  double      least;     /* -HUGE_VAL: none */
} HrBound;

const HrBound *hr_plan_find_bound    (const char *kind,
                                      const char *field);

/* hr-field-check.c: a field's bound for its checks; the item's name in the
 * file (NULL: none), and what a missing field must hold */
void        hr_field_set_bound         (const HrField *field,
                                        const HrBound *bound);
const char *hr_item_name_in_file       (JsonObject    *object);
const char *hr_field_describe_expected (const HrField *field);

/* Rules across fields and items (references, i + p < 1, until ≥ at, …) */
gboolean   hr_plan_check_rules       (HrPlan *self, GError **error);
/* A reference of @item's @field to a role that carries work: it exists
 * and has no "manages"; NULL is the work role */
gboolean   hr_plan_check_work_role   (HrPlan      *plan,
                                      gpointer     item,
                                      const char  *path,
                                      const char  *field,
                                      const char  *role_id,
                                      GError     **error);
/* The message of a rule @item's @field breaks, named as loading names it:
 * "Business review’s role: … (moments[qbr].role)", or "PATH.FIELD: …" for
 * an item without a name; @field may be NULL */
gboolean   hr_plan_fail_item         (GError     **error,
                                      gpointer     item,
                                      const char  *path,
                                      const char  *field,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (5, 6);
/* hr_plan_apply_scenario() on a baseline that has just passed
 * hr_plan_check(): the same plan or error, sooner */
HrPlan    *hr_plan_apply_scenario_to_valid (HrPlan      *self,
                                            const char  *scenario_id,
                                            GError     **error);
/* The plan @root holds, checked as loading checks a file; @deferred, if
 * not NULL, builds the items of its lists (hr_json_parse_deferred()) */
HrPlan    *hr_plan_load_json         (JsonNode    *root,
                                      HrJsonDeferred *deferred,
                                      const char  *display_name,
                                      gboolean     with_scenarios,
                                      GPtrArray   *warnings,
                                      GError     **error);

/* Makes the references of a scenario's plan that are left to their
 * default name the baseline's work role, where the plan's own first work
 * role is another: for a plan that becomes a baseline */
void       hr_plan_fill_work_role    (HrPlan      *applied);

G_END_DECLS

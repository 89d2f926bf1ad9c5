/* hr-undo-stack.c: undoable edits of a plan's items and lists */
#include "config.h"

#include <gobject/gvaluecollector.h>

#include "hr-undo-stack.h"

typedef enum {
  STEP_PROPERTY,
  STEP_INSERT,
  STEP_REMOVE,
  STEP_MOVE,
  STEP_CUSTOM,
  STEP_GROUP,
} StepKind;

typedef struct _Step Step;
struct _Step
{
  StepKind         kind;
  GObject         *object;     /* property: the object; lists: the item */
  char            *property;
  GValue           old_value;
  GValue           new_value;
  HrPlan          *plan;       /* lists */
  guint            position;   /* where the item is when the step is undone */
  guint            position2;  /* move: where it goes */
  HrUndoApplyFunc  apply;
  gpointer         data;
  GDestroyNotify   destroy;
  GPtrArray       *children;   /* group */
};

struct _HrUndoStack
{
  GObject    parent_instance;

  GPtrArray *steps;     /* Step, oldest first */
  guint      position;  /* steps[0..position) are done */
  int        saved;     /* position at the last save, -1 if lost */
  gboolean   sealed;
  guint      group_depth;
  Step      *group;
  gboolean   applying;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HrUndoStack, hr_undo_stack, G_TYPE_OBJECT)

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->object);
  g_free (step->property);
  if (G_IS_VALUE (&step->old_value))
    g_value_unset (&step->old_value);
  if (G_IS_VALUE (&step->new_value))
    g_value_unset (&step->new_value);
  g_clear_object (&step->plan);
  if (step->destroy)
    step->destroy (step->data);
  g_clear_pointer (&step->children, g_ptr_array_unref);
  g_free (step);
}

static void
step_apply (Step     *step,
            gboolean  redo)
{
  switch (step->kind)
    {
    case STEP_PROPERTY:
      g_object_set_property (step->object, step->property,
                             redo ? &step->new_value : &step->old_value);
      break;
    case STEP_INSERT:
    case STEP_REMOVE:
      if ((step->kind == STEP_INSERT) == redo)
        hr_plan_insert_item (step->plan, HR_ITEM (step->object), step->position);
      else
        hr_plan_remove_item (step->plan, HR_ITEM (step->object));
      break;
    case STEP_MOVE:
      hr_plan_move_item (step->plan, HR_ITEM (step->object), redo ? step->position2 : step->position);
      break;
    case STEP_CUSTOM:
      step->apply (step->data, redo);
      break;
    case STEP_GROUP:
      if (redo)
        for (guint i = 0; i < step->children->len; i++)
          step_apply (g_ptr_array_index (step->children, i), TRUE);
      else
        for (guint i = step->children->len; i > 0; i--)
          step_apply (g_ptr_array_index (step->children, i - 1), FALSE);
      break;
    }
}

static void
notify_state (HrUndoStack *self,
              gboolean     was_undo,
              gboolean     was_redo,
              gboolean     was_modified)
{
  if (was_undo != hr_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (was_redo != hr_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != hr_undo_stack_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
push_step (HrUndoStack *self,
           Step        *step)
{
  gboolean can_undo = hr_undo_stack_get_can_undo (self);
  gboolean can_redo = hr_undo_stack_get_can_redo (self);
  gboolean modified = hr_undo_stack_get_modified (self);

  if (self->group)
    {
      g_ptr_array_add (self->group->children, step);
      return;
    }
  /* a new edit drops what could be redone */
  if (self->position < self->steps->len)
    {
      if (self->saved > (int) self->position)
        self->saved = -1;
      g_ptr_array_set_size (self->steps, self->position);
    }
  g_ptr_array_add (self->steps, step);
  self->position = self->steps->len;
  notify_state (self, can_undo, can_redo, modified);
}

static Step *
step_new (StepKind kind)
{
  Step *step = g_new0 (Step, 1);

  step->kind = kind;
  return step;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_VARIANT (a))
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);
      if (va == NULL || vb == NULL)
        return va == vb;
      return g_variant_equal (va, vb);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
hr_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HrUndoStack *self = HR_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hr_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hr_undo_stack_get_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, hr_undo_stack_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_undo_stack_finalize (GObject *object)
{
  HrUndoStack *self = HR_UNDO_STACK (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);

  G_OBJECT_CLASS (hr_undo_stack_parent_class)->finalize (object);
}

static void
hr_undo_stack_class_init (HrUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hr_undo_stack_get_property;
  object_class->finalize = hr_undo_stack_finalize;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hr_undo_stack_init (HrUndoStack *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

HrUndoStack *
hr_undo_stack_new (void)
{
  return g_object_new (HR_TYPE_UNDO_STACK, NULL);
}

gboolean
hr_undo_stack_get_can_undo (HrUndoStack *self)
{
  g_return_val_if_fail (HR_IS_UNDO_STACK (self), FALSE);
  return self->position > 0;
}

gboolean
hr_undo_stack_get_can_redo (HrUndoStack *self)
{
  g_return_val_if_fail (HR_IS_UNDO_STACK (self), FALSE);
  return self->position < self->steps->len;
}

gboolean
hr_undo_stack_get_modified (HrUndoStack *self)
{
  g_return_val_if_fail (HR_IS_UNDO_STACK (self), FALSE);
  return self->saved != (int) self->position;
}

void
hr_undo_stack_mark_saved (HrUndoStack *self)
{
  gboolean modified = hr_undo_stack_get_modified (self);

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  self->saved = self->position;
  self->sealed = TRUE;
  notify_state (self, hr_undo_stack_get_can_undo (self),
                hr_undo_stack_get_can_redo (self), modified);
}

void
hr_undo_stack_clear (HrUndoStack *self)
{
  gboolean can_undo = hr_undo_stack_get_can_undo (self);
  gboolean can_redo = hr_undo_stack_get_can_redo (self);
  gboolean modified = hr_undo_stack_get_modified (self);

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->saved = 0;
  notify_state (self, can_undo, can_redo, modified);
}

void
hr_undo_stack_seal (HrUndoStack *self)
{
  g_return_if_fail (HR_IS_UNDO_STACK (self));
  self->sealed = TRUE;
}

void
hr_undo_stack_set_value (HrUndoStack  *self,
                         GObject      *object,
                         const char   *property,
                         const GValue *value)
{
  GParamSpec *pspec;
  GValue old_value = G_VALUE_INIT;
  Step *top;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (G_IS_OBJECT (object));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (object, property, &old_value);
  if (values_equal (pspec, &old_value, value))
    {
      g_value_unset (&old_value);
      return;
    }
  g_object_set_property (object, property, value);

  top = self->group == NULL && self->position > 0 && self->position == self->steps->len
        ? g_ptr_array_index (self->steps, self->position - 1) : NULL;
  /* one field's edit is one step until it is sealed (the field is left),
   * however long the person pauses while typing */
  if (top && !self->sealed && top->kind == STEP_PROPERTY && top->object == object &&
      g_str_equal (top->property, property) && self->saved != (int) self->position)
    {
      g_value_unset (&old_value);
      /* typed and taken back: no edit at all */
      if (values_equal (pspec, &top->old_value, value))
        {
          gboolean can_redo = hr_undo_stack_get_can_redo (self);
          gboolean modified = hr_undo_stack_get_modified (self);

          g_ptr_array_set_size (self->steps, --self->position);
          notify_state (self, TRUE, can_redo, modified);
          return;
        }
      g_value_unset (&top->new_value);
      g_value_init (&top->new_value, pspec->value_type);
      g_value_copy (value, &top->new_value);
      return;
    }

  {
    Step *step = step_new (STEP_PROPERTY);
    step->object = g_object_ref (object);
    step->property = g_strdup (property);
    step->old_value = old_value;
    g_value_init (&step->new_value, pspec->value_type);
    g_value_copy (value, &step->new_value);
    self->sealed = FALSE;
    push_step (self, step);
  }
}

void
hr_undo_stack_set (HrUndoStack *self,
                   gpointer     object,
                   const char  *property,
                   ...)
{
  GParamSpec *pspec;
  GValue value = G_VALUE_INIT;
  g_autofree char *error = NULL;
  va_list args;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  va_start (args, property);
  G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
  va_end (args);
  if (error)
    {
      g_critical ("%s: %s", G_STRFUNC, error);
      return;
    }
  hr_undo_stack_set_value (self, object, property, &value);
  g_value_unset (&value);
}

/* The position of @item in its list of @plan */
static guint
item_position (HrPlan *plan,
               HrItem *item)
{
  GListModel *lists[] = { hr_plan_get_roles (plan), hr_plan_get_segments (plan),
                          hr_plan_get_moments (plan), hr_plan_get_hires (plan),
                          hr_plan_get_scenarios (plan) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) other = g_list_model_get_item (lists[l], i);
        if (other == (GObject *) item)
          return i;
      }
  return G_MAXUINT;
}

static void
push_list_step (HrUndoStack *self,
                StepKind     kind,
                HrPlan      *plan,
                HrItem      *item,
                guint        position,
                guint        position2)
{
  Step *step = step_new (kind);

  step->plan = g_object_ref (plan);
  step->object = g_object_ref (G_OBJECT (item));
  step->position = position;
  step->position2 = position2;
  step_apply (step, TRUE);
  self->sealed = TRUE;
  push_step (self, step);
}

void
hr_undo_stack_insert (HrUndoStack *self,
                      HrPlan      *plan,
                      HrItem      *item,
                      guint        position)
{
  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (HR_IS_PLAN (plan) && HR_IS_ITEM (item));
  push_list_step (self, STEP_INSERT, plan, item, position, 0);
}

void
hr_undo_stack_remove (HrUndoStack *self,
                      HrPlan      *plan,
                      HrItem      *item)
{
  guint position;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (HR_IS_PLAN (plan) && HR_IS_ITEM (item));
  position = item_position (plan, item);
  g_return_if_fail (position != G_MAXUINT);
  push_list_step (self, STEP_REMOVE, plan, item, position, 0);
}

void
hr_undo_stack_move (HrUndoStack *self,
                    HrPlan      *plan,
                    HrItem      *item,
                    guint        position)
{
  guint from;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (HR_IS_PLAN (plan) && HR_IS_ITEM (item));
  from = item_position (plan, item);
  g_return_if_fail (from != G_MAXUINT);
  if (from == position)
    return;
  push_list_step (self, STEP_MOVE, plan, item, from, position);
}

void
hr_undo_stack_push (HrUndoStack     *self,
                    HrUndoApplyFunc  apply,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  Step *step = step_new (STEP_CUSTOM);

  step->apply = apply;
  step->data = data;
  step->destroy = destroy;
  self->sealed = TRUE;
  push_step (self, step);
}

/* A change of the whole plan: the plan before and after it */
typedef struct {
  HrPlan *plan;
  HrPlan *before;
  HrPlan *after;
} PlanStep;

static void
plan_step_apply (gpointer data,
                 gboolean redo)
{
  PlanStep *step = data;
  /* assign moves the items: give it a copy and keep ours */
  g_autoptr(HrPlan) copy = hr_plan_copy (redo ? step->after : step->before);

  if (copy)
    hr_plan_assign (step->plan, copy);
}

static void
plan_step_free (gpointer data)
{
  PlanStep *step = data;

  g_object_unref (step->plan);
  g_clear_object (&step->before);
  g_clear_object (&step->after);
  g_free (step);
}

void
hr_undo_stack_push_plan (HrUndoStack *self,
                         HrPlan      *plan,
                         HrPlan      *before)
{
  PlanStep *step;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (HR_IS_PLAN (plan) && HR_IS_PLAN (before));

  step = g_new0 (PlanStep, 1);
  step->plan = g_object_ref (plan);
  step->before = before;
  step->after = hr_plan_copy (plan);
  if (step->after == NULL)
    {
      plan_step_free (step);
      return;
    }
  hr_undo_stack_push (self, plan_step_apply, step, plan_step_free);
}

void
hr_undo_stack_begin_group (HrUndoStack *self)
{
  g_return_if_fail (HR_IS_UNDO_STACK (self));
  if (self->group_depth++ == 0)
    {
      self->group = step_new (STEP_GROUP);
      self->group->children = g_ptr_array_new_with_free_func (step_free);
    }
}

void
hr_undo_stack_end_group (HrUndoStack *self)
{
  Step *group;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);
  if (--self->group_depth > 0)
    return;
  group = g_steal_pointer (&self->group);
  self->sealed = TRUE;
  if (group->children->len == 0)
    step_free (group);
  else
    push_step (self, group);
}

void
hr_undo_stack_undo (HrUndoStack *self)
{
  gboolean can_redo, modified;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  if (self->position == 0 || self->group)
    return;
  can_redo = hr_undo_stack_get_can_redo (self);
  modified = hr_undo_stack_get_modified (self);
  self->position--;
  step_apply (g_ptr_array_index (self->steps, self->position), FALSE);
  self->sealed = TRUE;
  notify_state (self, TRUE, can_redo, modified);
}

void
hr_undo_stack_redo (HrUndoStack *self)
{
  gboolean can_undo, modified;

  g_return_if_fail (HR_IS_UNDO_STACK (self));
  if (self->position >= self->steps->len || self->group)
    return;
  can_undo = hr_undo_stack_get_can_undo (self);
  modified = hr_undo_stack_get_modified (self);
  step_apply (g_ptr_array_index (self->steps, self->position), TRUE);
  self->position++;
  self->sealed = TRUE;
  notify_state (self, can_undo, TRUE, modified);
}

/* hr-uncertainty.c: the plan's "uncertainty" object and its ranges (spec §6)
 *
 * Both are items with field tables, so they load, save, copy and report
 * edits as every item of the plan does. A range's "mode" (absent: the
 * default) and "relative" are kept beside the table, as extras with
 * properties of their own. The plan keeps its uncertainty as object data,
 * saved after its lists.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-plan-private.h"
#include "hr-uncertainty.h"

struct _HrUncertainty
{
  HrItem      parent_instance;
  int         samples;
  int         confidence;
  GListStore *ranges;
};

struct _HrRange
{
  HrItem    parent_instance;
  char     *target;
  double    low;
  double    high;
  double    mode;       /* NAN: the default */
  gboolean  relative;
};

G_DEFINE_FINAL_TYPE (HrUncertainty, hr_uncertainty, HR_TYPE_ITEM)
G_DEFINE_FINAL_TYPE (HrRange, hr_range, HR_TYPE_ITEM)

static const HrField uncertainty_fields[] = {
  { "samples", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, G_STRUCT_OFFSET (HrUncertainty, samples),
    HR_UNCERTAINTY_MIN_SAMPLES, HR_UNCERTAINTY_MAX_SAMPLES, HR_UNCERTAINTY_DEFAULT_SAMPLES },
  { "confidence", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, G_STRUCT_OFFSET (HrUncertainty, confidence),
    HR_UNCERTAINTY_MIN_CONFIDENCE, HR_UNCERTAINTY_MAX_CONFIDENCE, HR_UNCERTAINTY_DEFAULT_CONFIDENCE },
};

/* low and high take any finite number: what the field allows is checked
 * with every range at its low end and at its high end */
static const HrField range_fields[] = {
  { "target", HR_FIELD_STRING, HR_FIELD_REQUIRED, G_STRUCT_OFFSET (HrRange, target) },
  { "low", HR_FIELD_NUMBER, HR_FIELD_REQUIRED, G_STRUCT_OFFSET (HrRange, low), -G_MAXDOUBLE },
  { "high", HR_FIELD_NUMBER, HR_FIELD_REQUIRED, G_STRUCT_OFFSET (HrRange, high), -G_MAXDOUBLE },
};

enum {
  PROP_RANGE_MODE = 100,
  PROP_RANGE_RELATIVE,
};

static GParamSpec *range_mode_pspec;
static GParamSpec *range_relative_pspec;
/* the item's own accessors, for the fields of the table */
static void (*item_get_property) (GObject *, guint, GValue *, GParamSpec *);
static void (*item_set_property) (GObject *, guint, const GValue *, GParamSpec *);

/* --- a range --- */

static gboolean
hr_range_is_extra_key (const char *key)
{
  return g_str_equal (key, "mode") || g_str_equal (key, "relative");
}

static gboolean
hr_range_load_extra (HrItem      *item,
                     JsonObject  *object,
                     const char  *path,
                     GPtrArray   *warnings,
                     GError     **error)
{
  HrRange *self = HR_RANGE (item);
  JsonNode *mode = json_object_get_member (object, "mode");
  JsonNode *relative = json_object_get_member (object, "relative");

  self->mode = NAN;
  self->relative = FALSE;
  if (mode && !JSON_NODE_HOLDS_NULL (mode))
    {
      if (!hr_node_is_number (mode))
        return hr_plan_fail (error, _("%s.mode: must be a number between low and high"), path);
      self->mode = json_node_get_double (mode);
    }
  if (relative)
    {
      if (!JSON_NODE_HOLDS_VALUE (relative) || json_node_get_value_type (relative) != G_TYPE_BOOLEAN)
        return hr_plan_fail (error, _("%s.relative: must be true or false"), path);
      self->relative = json_node_get_boolean (relative);
    }
  return TRUE;
}

static void
hr_range_save_extra (HrItem      *item,
                     JsonBuilder *builder)
{
  HrRange *self = HR_RANGE (item);

  if (!isnan (self->mode))
    {
      json_builder_set_member_name (builder, "mode");
      json_builder_add_double_value (builder, self->mode);
    }
  json_builder_set_member_name (builder, "relative");
  json_builder_add_boolean_value (builder, self->relative);
}

static void
hr_range_copy_extra (HrItem *item,
                     HrItem *copy)
{
  HR_RANGE (copy)->mode = HR_RANGE (item)->mode;
  HR_RANGE (copy)->relative = HR_RANGE (item)->relative;
}

static void
hr_range_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HrRange *self = HR_RANGE (object);

  if (prop_id == PROP_RANGE_MODE)
    g_value_set_double (value, self->mode);
  else if (prop_id == PROP_RANGE_RELATIVE)
    g_value_set_boolean (value, self->relative);
  else
    item_get_property (object, prop_id, value, pspec);
}

static void
hr_range_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HrRange *self = HR_RANGE (object);

  if (prop_id == PROP_RANGE_MODE)
    hr_range_set_mode (self, g_value_get_double (value));
  else if (prop_id == PROP_RANGE_RELATIVE)
    hr_range_set_relative (self, g_value_get_boolean (value));
  else
    item_set_property (object, prop_id, value, pspec);
}

static void
hr_range_class_init (HrRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  hr_item_class_install_fields (item_class, "range", range_fields, G_N_ELEMENTS (range_fields));
  item_class->load_extra = hr_range_load_extra;
  item_class->save_extra = hr_range_save_extra;
  item_class->copy_extra = hr_range_copy_extra;
  item_class->is_extra_key = hr_range_is_extra_key;
  item_get_property = object_class->get_property;
  item_set_property = object_class->set_property;
  object_class->get_property = hr_range_get_property;
  object_class->set_property = hr_range_set_property;
  /* NAN is the default mode */
  range_mode_pspec = g_param_spec_double ("mode", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  range_relative_pspec = g_param_spec_boolean ("relative", NULL, NULL, FALSE,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_RANGE_MODE, range_mode_pspec);
  g_object_class_install_property (object_class, PROP_RANGE_RELATIVE, range_relative_pspec);
}

static void
hr_range_init (HrRange *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->mode = NAN;
}

HrRange *
hr_range_new (const char *target,
              double      low,
              double      high,
              gboolean    relative)
{
  HrRange *self = g_object_new (HR_TYPE_RANGE, "target", target, "low", low, "high", high, NULL);

  self->relative = relative;
  return self;
}

const char *
hr_range_get_target (HrRange *self)
{
  g_return_val_if_fail (HR_IS_RANGE (self), NULL);
  return self->target;
}

double
hr_range_get_low (HrRange *self)
{
  g_return_val_if_fail (HR_IS_RANGE (self), NAN);
  return self->low;
}

double
hr_range_get_high (HrRange *self)
{
  g_return_val_if_fail (HR_IS_RANGE (self), NAN);
  return self->high;
}

double
hr_range_get_mode (HrRange *self)
{
  g_return_val_if_fail (HR_IS_RANGE (self), NAN);
  return self->mode;
}

void
hr_range_set_mode (HrRange *self,
                   double   mode)
{
  g_return_if_fail (HR_IS_RANGE (self));

  if (self->mode == mode || (isnan (self->mode) && isnan (mode)))
    return;
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), range_mode_pspec);
}

gboolean
hr_range_get_relative (HrRange *self)
{
  g_return_val_if_fail (HR_IS_RANGE (self), FALSE);
  return self->relative;
}

void
hr_range_set_relative (HrRange  *self,
                       gboolean  relative)
{
  g_return_if_fail (HR_IS_RANGE (self));

  relative = !!relative;
  if (self->relative == relative)
    return;
  self->relative = relative;
  g_object_notify_by_pspec (G_OBJECT (self), range_relative_pspec);
}

/* --- the uncertainty object --- */

static void
range_changed_cb (HrUncertainty *self)
{
  hr_item_emit_changed (HR_ITEM (self));
}

static void
ranges_changed_cb (HrUncertainty *self,
                   guint          position,
                   guint          removed,
                   guint          added,
                   GListModel    *ranges)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HrItem) range = g_list_model_get_item (ranges, i);

      g_signal_handlers_disconnect_by_func (range, range_changed_cb, self);
      g_signal_connect_object (range, "changed", G_CALLBACK (range_changed_cb), self, G_CONNECT_SWAPPED);
    }
  hr_item_emit_changed (HR_ITEM (self));
}

static gboolean
hr_uncertainty_is_extra_key (const char *key)
{
  return g_str_equal (key, "ranges");
}

static gboolean
hr_uncertainty_load_extra (HrItem      *item,
                           JsonObject  *object,
                           const char  *path,
                           GPtrArray   *warnings,
                           GError     **error)
{
  HrUncertainty *self = HR_UNCERTAINTY (item);
  JsonNode *node = json_object_get_member (object, "ranges");
  g_autoptr(GPtrArray) ranges = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *elements;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return hr_plan_fail (error, _("%s.ranges: must be a list of ranges in [ ], such as "
                                  "[{\"target\": \"roles/csm/shrinkage\", \"low\": 0.05, \"high\": 0.2}]"),
                         path);
  elements = node ? json_node_get_array (node) : NULL;
  if (elements && json_array_get_length (elements) > HR_MAX_RANGES)
    return hr_plan_fail (error, _("%s.ranges: has %u ranges; Headroom takes at most %d"), path,
                         json_array_get_length (elements), HR_MAX_RANGES);
  for (guint i = 0; elements && i < json_array_get_length (elements); i++)
    {
      JsonNode *element = json_array_get_element (elements, i);
      /* ranges have no id: named by their 1-based position */
      g_autofree char *range_path = g_strdup_printf ("%s.ranges[%u]", path, i + 1);
      g_autoptr(HrItem) range = g_object_new (HR_TYPE_RANGE, NULL);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return hr_plan_fail (error, _("%s: must be an object with \"target\", \"low\" and \"high\""),
                             range_path);
      if (!hr_item_load (range, json_node_get_object (element), range_path, warnings, error))
        return FALSE;
      g_ptr_array_add (ranges, g_steal_pointer (&range));
    }
  g_list_store_splice (self->ranges, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ranges)),
                       ranges->pdata, ranges->len);
  return TRUE;
}

static void
hr_uncertainty_save_extra (HrItem      *item,
                           JsonBuilder *builder)
{
  HrUncertainty *self = HR_UNCERTAINTY (item);
  GListModel *ranges = G_LIST_MODEL (self->ranges);

  json_builder_set_member_name (builder, "ranges");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(HrItem) range = g_list_model_get_item (ranges, i);
      hr_item_save (range, builder);
    }
  json_builder_end_array (builder);
}

static void
hr_uncertainty_copy_extra (HrItem *item,
                           HrItem *copy)
{
  GListModel *ranges = G_LIST_MODEL (HR_UNCERTAINTY (item)->ranges);
  guint n = g_list_model_get_n_items (ranges);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrItem) range = g_list_model_get_item (ranges, i);
      g_ptr_array_add (copies, hr_item_copy (range));
    }
  g_list_store_splice (HR_UNCERTAINTY (copy)->ranges, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (HR_UNCERTAINTY (copy)->ranges)),
                       copies->pdata, copies->len);
}

static void
hr_uncertainty_finalize (GObject *object)
{
  HrUncertainty *self = HR_UNCERTAINTY (object);

  g_clear_object (&self->ranges);
  G_OBJECT_CLASS (hr_uncertainty_parent_class)->finalize (object);
}

static void
hr_uncertainty_class_init (HrUncertaintyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HrItemClass *item_class = HR_ITEM_CLASS (klass);

  object_class->finalize = hr_uncertainty_finalize;
  hr_item_class_install_fields (item_class, "uncertainty", uncertainty_fields,
                                G_N_ELEMENTS (uncertainty_fields));
  item_class->load_extra = hr_uncertainty_load_extra;
  item_class->save_extra = hr_uncertainty_save_extra;
  item_class->copy_extra = hr_uncertainty_copy_extra;
  item_class->is_extra_key = hr_uncertainty_is_extra_key;
}

static void
hr_uncertainty_init (HrUncertainty *self)
{
  hr_item_init_defaults (HR_ITEM (self));
  self->ranges = g_list_store_new (HR_TYPE_RANGE);
  g_signal_connect_object (self->ranges, "items-changed", G_CALLBACK (ranges_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

HrUncertainty *
hr_uncertainty_new (void)
{
  return g_object_new (HR_TYPE_UNCERTAINTY, NULL);
}

guint
hr_uncertainty_get_samples (HrUncertainty *self)
{
  g_return_val_if_fail (HR_IS_UNCERTAINTY (self), 0);
  return CLAMP (self->samples, HR_UNCERTAINTY_MIN_SAMPLES, HR_UNCERTAINTY_MAX_SAMPLES);
}

guint
hr_uncertainty_get_confidence (HrUncertainty *self)
{
  g_return_val_if_fail (HR_IS_UNCERTAINTY (self), 0);
  return CLAMP (self->confidence, HR_UNCERTAINTY_MIN_CONFIDENCE, HR_UNCERTAINTY_MAX_CONFIDENCE);
}

GListModel *
hr_uncertainty_get_ranges (HrUncertainty *self)
{
  g_return_val_if_fail (HR_IS_UNCERTAINTY (self), NULL);
  return G_LIST_MODEL (self->ranges);
}

HrRange *
hr_uncertainty_find_range (HrUncertainty *self,
                           const char    *target,
                           guint         *position)
{
  GListModel *ranges;

  g_return_val_if_fail (HR_IS_UNCERTAINTY (self), NULL);

  ranges = G_LIST_MODEL (self->ranges);
  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(HrRange) range = g_list_model_get_item (ranges, i);

      if (g_strcmp0 (range->target, target) == 0)
        {
          if (position)
            *position = i;
          return range;   /* the list holds it */
        }
    }
  return NULL;
}

/* --- the plan's extra key --- */

static GQuark
uncertainty_quark (void)
{
  return g_quark_from_static_string ("hr-plan-uncertainty");
}

static void
uncertainty_changed_cb (HrPlan *plan)
{
  hr_item_emit_changed (HR_ITEM (plan));
}

/* @track: the plan reports the object's edits as its own */
static void
put_uncertainty (HrPlan        *plan,
                 HrUncertainty *uncertainty,
                 gboolean       track)
{
  HrUncertainty *old = hr_plan_get_uncertainty (plan);

  if (old == uncertainty)
    return;
  if (old)
    g_signal_handlers_disconnect_by_func (old, uncertainty_changed_cb, plan);
  g_object_set_qdata_full (G_OBJECT (plan), uncertainty_quark (),
                           uncertainty ? g_object_ref (uncertainty) : NULL, g_object_unref);
  if (uncertainty && track)
    g_signal_connect_object (uncertainty, "changed", G_CALLBACK (uncertainty_changed_cb),
                             plan, G_CONNECT_SWAPPED);
}

HrUncertainty *
hr_plan_get_uncertainty (HrPlan *plan)
{
  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  return g_object_get_qdata (G_OBJECT (plan), uncertainty_quark ());
}

void
hr_plan_set_uncertainty (HrPlan        *plan,
                         HrUncertainty *uncertainty)
{
  g_return_if_fail (HR_IS_PLAN (plan));
  g_return_if_fail (uncertainty == NULL || HR_IS_UNCERTAINTY (uncertainty));

  if (hr_plan_get_uncertainty (plan) == uncertainty)
    return;
  put_uncertainty (plan, uncertainty, TRUE);
  hr_item_emit_changed (HR_ITEM (plan));
}

GListModel *
hr_plan_get_ranges (HrPlan *plan)
{
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);

  if (uncertainty == NULL || g_list_model_get_n_items (G_LIST_MODEL (uncertainty->ranges)) == 0)
    return NULL;
  return G_LIST_MODEL (uncertainty->ranges);
}

gboolean
hr_plan_load_uncertainty (HrPlan      *plan,
                          JsonObject  *object,
                          GPtrArray   *warnings,
                          GError     **error)
{
  JsonNode *node = json_object_get_member (object, "uncertainty");
  g_autoptr(HrUncertainty) uncertainty = NULL;

  if (node == NULL)
    {
      put_uncertainty (plan, NULL, TRUE);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return hr_plan_fail (error, _("uncertainty: must be an object such as {\"samples\": 256, \"ranges\": [ … ]}"));
  uncertainty = hr_uncertainty_new ();
  if (!hr_item_load (HR_ITEM (uncertainty), json_node_get_object (node), "uncertainty", warnings, error))
    return FALSE;
  put_uncertainty (plan, uncertainty, TRUE);
  return TRUE;
}

void
hr_plan_save_uncertainty (HrPlan      *plan,
                          JsonBuilder *builder)
{
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);

  if (uncertainty == NULL)
    return;
  json_builder_set_member_name (builder, "uncertainty");
  hr_item_save (HR_ITEM (uncertainty), builder);
}

/* For hr-ranges.c: a scenario's plan reads its own and follows no edit */
void
hr_plan_share_uncertainty (HrPlan        *plan,
                           HrUncertainty *uncertainty)
{
  put_uncertainty (plan, uncertainty, FALSE);
}

void
hr_plan_copy_uncertainty (HrPlan   *plan,
                          HrPlan   *copy,
                          gboolean  share)
{
  HrUncertainty *uncertainty = hr_plan_get_uncertainty (plan);
  g_autoptr(HrItem) own = NULL;

  if (uncertainty == NULL || share)
    {
      /* a scenario's plan reads the baseline's and follows no edit */
      put_uncertainty (copy, uncertainty, FALSE);
      return;
    }
  own = hr_item_copy (HR_ITEM (uncertainty));
  put_uncertainty (copy, HR_UNCERTAINTY (own), TRUE);
}

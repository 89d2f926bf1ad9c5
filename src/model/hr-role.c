/* hr-role.c: who delivers the work (spec §2 role) */
#include "config.h"

#include <math.h>

#include "hr-plan-private.h"

G_DEFINE_FINAL_TYPE (HrRole, hr_role, HR_TYPE_ITEM)

static const double default_ramp[] = { 0.25, 0.5, 0.75 };

#define OFFSET(member) G_STRUCT_OFFSET (HrRoleData, member)

static const HrField role_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "headcount", HR_FIELD_NUMBER, 0, OFFSET (headcount), 0, 0, 0 },
  { "hours_per_month", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (hours_per_month), 0, 0, 160 },
  { "shrinkage", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX | HR_FIELD_MAX_EXCLUSIVE, OFFSET (shrinkage), 0, 1, 0.10 },
  { "indirect", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX | HR_FIELD_MAX_EXCLUSIVE, OFFSET (indirect), 0, 1, 0.15 },
  { "unplanned", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX | HR_FIELD_MAX_EXCLUSIVE, OFFSET (unplanned), 0, 1, 0.05 },
  { "cost_per_year", HR_FIELD_NUMBER, 0, OFFSET (cost_per_year), 0, 0, 0 },
  { "ramp", HR_FIELD_NUMBER_LIST, HR_FIELD_HAS_MAX, OFFSET (ramp), 0, 1, 0, NULL, NULL,
    default_ramp, G_N_ELEMENTS (default_ramp) },
  { "attrition", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX | HR_FIELD_MAX_EXCLUSIVE, OFFSET (attrition), 0, 1, 0 },
  { "lead_time_months", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (lead_time_months), 0, 1200, 3 },
  { "target_load", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE | HR_FIELD_HAS_MAX, OFFSET (target_load), 0, 1.5, 0.85 },
  { "arr_per_fte", HR_FIELD_NUMBER, HR_FIELD_NULLABLE | HR_FIELD_MIN_EXCLUSIVE, OFFSET (arr_per_fte), 0, 0, NAN },
  { "manages", HR_FIELD_REFERENCE, HR_FIELD_NULLABLE, OFFSET (manages) },
  { "span", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (span), 0, 0, 7 },
};

static void
hr_role_class_init (HrRoleClass *klass)
{
  hr_item_class_install_data_fields (HR_ITEM_CLASS (klass), "role",
                                     role_fields, G_N_ELEMENTS (role_fields),
                                     G_STRUCT_OFFSET (HrRole, data));
}

static void
hr_role_init (HrRole *self)
{
  hr_item_init_defaults (HR_ITEM (self));
}

HrRole *
hr_role_new (const char *id)
{
  return g_object_new (HR_TYPE_ROLE, "id", id, NULL);
}

const char *
hr_role_get_name (HrRole *self)
{
  g_return_val_if_fail (HR_IS_ROLE (self), NULL);

  return self->data.name && *self->data.name ? self->data.name : self->data.id;
}

gboolean
hr_role_is_manager (HrRole *self)
{
  g_return_val_if_fail (HR_IS_ROLE (self), FALSE);

  return self->data.manages != NULL;
}

/* hr-hire.c: a planned hire (spec §2 hire) */
#include "config.h"

#include "hr-plan-private.h"

G_DEFINE_FINAL_TYPE (HrHire, hr_hire, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrHireData, member)

static const HrField hire_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_OPTIONAL, OFFSET (id) },
  { "role", HR_FIELD_REFERENCE, HR_FIELD_REQUIRED, OFFSET (role) },
  { "month", HR_FIELD_MONTH, HR_FIELD_REQUIRED, OFFSET (month), 0, 0, 2027 * 12 },
  { "count", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (count), 0, 0, 1 },
};

static void
hr_hire_class_init (HrHireClass *klass)
{
  hr_item_class_install_data_fields (HR_ITEM_CLASS (klass), "hire",
                                     hire_fields, G_N_ELEMENTS (hire_fields),
                                     G_STRUCT_OFFSET (HrHire, data));
}

static void
hr_hire_init (HrHire *self)
{
  hr_item_init_defaults (HR_ITEM (self));
}

HrHire *
hr_hire_new (const char *role_id,
             int         month,
             double      count)
{
  HrHire *self = g_object_new (HR_TYPE_HIRE, "role", role_id, "count", count, NULL);

  self->data.month = month;
  return self;
}

/* hr-person.c: a named member of the team (spec §5 person) */
#include "config.h"

#include <math.h>

#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrPerson, hr_person, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrPersonData, member)

static const HrField person_fields[] = {
  { "id", HR_FIELD_ID, HR_FIELD_REQUIRED, OFFSET (id) },
  { "name", HR_FIELD_STRING, 0, OFFSET (name) },
  { "role", HR_FIELD_REFERENCE, HR_FIELD_OPTIONAL, OFFSET (role) },
  { "fte", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE | HR_FIELD_HAS_MAX, OFFSET (fte), 0, 1, 1 },
  { "segments", HR_FIELD_ID_LIST, HR_FIELD_NULLABLE, OFFSET (segments) },
  { "max_load", HR_FIELD_NUMBER, HR_FIELD_NULLABLE | HR_FIELD_MIN_EXCLUSIVE | HR_FIELD_HAS_MAX,
    OFFSET (max_load), 0, 1.5, NAN },
};

static void
hr_person_class_init (HrPersonClass *klass)
{
  hr_item_class_install_data_fields (HR_ITEM_CLASS (klass), "person",
                                     person_fields, G_N_ELEMENTS (person_fields),
                                     G_STRUCT_OFFSET (HrPerson, data));
}

static void
hr_person_init (HrPerson *self)
{
  hr_item_init_defaults (HR_ITEM (self));
}

HrPerson *
hr_person_new (const char *id)
{
  return g_object_new (HR_TYPE_PERSON, "id", id, NULL);
}

const char *
hr_person_get_id (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), NULL);
  return self->data.id;
}

const char *
hr_person_get_name (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), NULL);
  return self->data.name && *self->data.name ? self->data.name : self->data.id;
}

const char *
hr_person_get_role (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), NULL);
  return self->data.role;
}

double
hr_person_get_fte (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), 0);
  return self->data.fte;
}

const char * const *
hr_person_get_segments (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), NULL);
  return (const char * const *) self->data.segments;
}

gboolean
hr_person_takes_segment (HrPerson   *self,
                         const char *segment_id)
{
  g_return_val_if_fail (HR_IS_PERSON (self), FALSE);
  return self->data.segments == NULL || g_strv_contains ((const char * const *) self->data.segments, segment_id);
}

double
hr_person_get_max_load (HrPerson *self)
{
  g_return_val_if_fail (HR_IS_PERSON (self), NAN);
  return self->data.max_load;
}

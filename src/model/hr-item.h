/* hr-item.h: base class of the plan's items (role, segment, moment, hire,
 * treatment, scenario)
 *
 * Each item class describes its fields once, in a table of HrField. The
 * table installs the GObject properties, and serves loading, validation,
 * saving and scenario changes, so that every surface applies the same rules.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  HR_FIELD_STRING,        /* char *           */
  HR_FIELD_ID,            /* char *, ^[a-z0-9][a-z0-9_-]{0,62}$ */
  HR_FIELD_NUMBER,        /* double; NAN = null where nullable */
  HR_FIELD_INTEGER,       /* int; -1 = null where nullable */
  HR_FIELD_ENUM,          /* int index into choices */
  HR_FIELD_REFERENCE,     /* char *, id of a role; NULL = null / default */
  HR_FIELD_MONTH,         /* int, absolute month (year * 12 + month - 1); -1 = unset where optional */
  HR_FIELD_NUMBER_LIST,   /* GArray of double; NULL = absent */
  HR_FIELD_BOOLEAN,       /* gboolean */
  HR_FIELD_ID_LIST,       /* GStrv of ids; NULL = null where nullable */
} HrFieldType;

typedef enum {
  HR_FIELD_REQUIRED       = 1 << 0,
  HR_FIELD_NULLABLE       = 1 << 1,
  HR_FIELD_MIN_EXCLUSIVE  = 1 << 2,
  HR_FIELD_MAX_EXCLUSIVE  = 1 << 3,
  HR_FIELD_HAS_MAX        = 1 << 4,
  HR_FIELD_NON_EMPTY      = 1 << 5,   /* number lists */
  HR_FIELD_OPTIONAL       = 1 << 6,   /* may be absent; saved only when set */
} HrFieldFlags;

typedef struct {
  const char          *name;
  HrFieldType          type;
  HrFieldFlags         flags;
  gsize                offset;
  double               min;          /* numbers and list elements */
  double               max;
  double               default_number;
  const char          *default_string;
  const char * const  *choices;      /* HR_FIELD_ENUM, NULL-terminated */
  const double        *default_list;
  guint                default_list_len;
} HrField;

#define HR_TYPE_ITEM (hr_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (HrItem, hr_item, HR, ITEM, GObject)

struct _HrItemClass
{
  GObjectClass parent_class;

  /* "role", "segment", …: the key used in paths and messages */
  const char    *kind;
  const HrField *fields;
  guint          n_fields;
  /* where the struct the fields' offsets refer to sits in the instance
   * (0: the instance itself); see hr-plan-data.h */
  gsize          data_offset;
  const HrField *id_field;

  /* Fields that do not fit the table (cohorts, treatments, changes) */
  gboolean (*load_extra) (HrItem      *self,
                          JsonObject  *object,
                          const char  *path,
                          GPtrArray   *warnings,
                          GError     **error);
  void     (*save_extra) (HrItem      *self,
                          JsonBuilder *builder);
  gboolean (*is_extra_key) (const char *key);
  /* Copies the extras into @copy, a new item of the same class. Without
   * it, hr_item_copy() copies them through save_extra and load_extra. */
  void     (*copy_extra)   (HrItem      *self,
                            HrItem      *copy);
  /* Checks the extras as loading would, for items changed in memory */
  gboolean (*check_extra)  (HrItem      *self,
                            const char  *path,
                            GError     **error);

  /* signal: something in the item changed (a property or an extra) */
  void     (*changed)      (HrItem *self);
};

void           hr_item_class_install_fields (HrItemClass   *klass,
                                             const char    *kind,
                                             const HrField *fields,
                                             guint          n_fields);
/* The same for fields whose offsets are into a data struct at
 * @data_offset in the instance */
void           hr_item_class_install_data_fields (HrItemClass   *klass,
                                                  const char    *kind,
                                                  const HrField *fields,
                                                  guint          n_fields,
                                                  gsize          data_offset);
const HrField *hr_item_class_find_field     (HrItemClass   *klass,
                                             const char    *name);

const char    *hr_item_get_id               (HrItem *self);
/* "segments[mid-market]" or "hires[2]" for messages */
char          *hr_item_dup_path             (HrItem     *self,
                                             const char *array,
                                             guint       index);

/* "CSMs’ headcount" or "Kickoff’s hours per month": a field of a named
 * item, as messages name it for a person */
char          *hr_item_label_field          (const char *name,
                                             const char *field);
/* The message of a field that breaks a rule: "CSMs’ headcount must be a
 * number, got "six" (roles[csm].headcount)" when @name is given, else
 * "roles[0].headcount: must be a number, got "six"" */
char          *hr_item_field_message        (const char *name,
                                             const char *path,
                                             const char *field,
                                             const char *problem);

void           hr_item_emit_changed         (HrItem     *self);

gboolean       hr_item_load                 (HrItem      *self,
                                             JsonObject  *object,
                                             const char  *path,
                                             GPtrArray   *warnings,
                                             GError     **error);
void           hr_item_save                 (HrItem      *self,
                                             JsonBuilder *builder);
/* A new item with the same fields, extras and unknown keys, sharing
 * nothing with @self */
HrItem        *hr_item_copy                 (HrItem      *self);

/* Checks one JSON value against a field's rules: NULL when it is valid, else
 * a message such as "must be between 0 and 1, got 1.4". */
char          *hr_field_check_node          (const HrField *field,
                                             JsonNode      *node);
/* The same rule for a number typed into a form */
char          *hr_field_check_number        (const HrField *field,
                                             double         value);
/* The same rule, the limits and the value said as the person sees them:
 * shrinkage 1.2 with scale 100 and unit "%" is "must be at least 0% and
 * less than 100%, got 120%" */
char          *hr_field_check_shown         (const HrField *field,
                                             double         value,
                                             double         scale,
                                             const char    *unit);

/* Raw access for the engine and the validators */
static inline gpointer
hr_item_field_address (gpointer       self,
                       const HrField *field)
{
  HrItemClass *klass = (HrItemClass *) ((GTypeInstance *) self)->g_class;

  return G_STRUCT_MEMBER_P (self, klass->data_offset + field->offset);
}
#define HR_ITEM_FIELD(self, field, type) \
  (*(type *) hr_item_field_address ((self), (field)))

gboolean       hr_month_parse               (const char *text,
                                             int        *absolute);
char          *hr_month_format              (int         absolute);
gboolean       hr_id_is_valid               (const char *id);

G_END_DECLS

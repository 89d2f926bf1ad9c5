/* hr-form.h: a grid of labelled fields that edits one plan item through
 * the undo stack
 *
 * Names reach the plan as they are typed. Numbers, months, lists and the
 * currency reach it when typing pauses, on Enter and when the field is
 * left; a text that is refused never stands: the plan keeps the value of
 * the last finished edit, and the field says so and why. One finished edit
 * is one step to undo. */
#pragma once

#include <gtk/gtk.h>

#include "hr-plan.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

typedef enum {
  HR_FORM_HEADING,   /* a section title, no property */
  HR_FORM_TEXT,      /* string property */
  HR_FORM_NUMBER,    /* double property */
  HR_FORM_PERCENT,   /* double property shown × 100 with "%" */
  HR_FORM_INTEGER,   /* int property */
  HR_FORM_CHOICE,    /* enum (string) property */
  HR_FORM_ROLE,      /* role reference; NULL = none_label */
  HR_FORM_LIST,      /* number list ("ad"), typed as "1; 2; 3" */
  HR_FORM_PERCENT_LIST,
  HR_FORM_MONTH,     /* "YYYY-MM" */
  HR_FORM_CURRENCY,  /* ISO 4217 code */
} HrFormKind;

typedef struct {
  const char          *property;      /* "hours-per-month" */
  const char          *label;         /* N_() */
  HrFormKind           kind;
  const char          *unit;          /* N_(); "¤" is the plan's currency */
  const char          *none_label;    /* N_(): nullable placeholder or default role */
  const char          *tooltip;       /* N_() */
  const char * const  *choices;       /* CHOICE: values */
  const char * const  *choice_labels; /* CHOICE: N_() labels */
  int                  digits;
  gboolean             ranged;        /* NUMBER, PERCENT: an estimate a range may go on */
} HrFormField;

#define HR_TYPE_FORM (hr_form_get_type ())
G_DECLARE_FINAL_TYPE (HrForm, hr_form, HR, FORM, GtkWidget)

GtkWidget *hr_form_new            (const HrFormField *fields,
                                   guint              n_fields);
void       hr_form_set_context    (HrForm      *self,
                                   HrPlan      *plan,
                                   HrUndoStack *undo);
void       hr_form_set_item       (HrForm  *self,
                                   HrItem  *item);
HrItem    *hr_form_get_item       (HrForm  *self);
/* Gives the first field the focus, in view, its text selected */
void       hr_form_focus_first    (HrForm     *self);
/* The range button beside @property's field (HrRangeButton), or NULL */
GtkWidget *hr_form_get_range_button (HrForm     *self,
                                     const char *property);
/* The editing widget of @property, for tests and focus */
GtkWidget *hr_form_get_widget     (HrForm     *self,
                                   const char *property);

/* Shows @note under @property's field (a choice, role or text field)
 * until the next edit or item; NULL hides it */
void       hr_form_show_note      (HrForm     *self,
                                   const char *property,
                                   const char *note);
/* The inline message under @property's field, or NULL */
const char *hr_form_get_error     (HrForm     *self,
                                   const char *property);

/* The rules of the fields (hr-form-rules.c) */

/* Why @item's role field @property can't take @role, or NULL */
char      *hr_form_check_role_choice (HrPlan     *plan,
                                      HrItem     *item,
                                      const char *property,
                                      HrRole     *role);
/* Whether @item's role field @property offers @role at all: moments and
 * reactive work list only the roles that serve customers */
gboolean   hr_form_role_is_listed    (HrItem     *item,
                                      const char *property,
                                      HrRole     *role);
/* Why @value can't go into @item's number field @property, or NULL: its
 * limit in the app and the rules across fields, said as the end of a
 * sentence in the units the person sees ("must be at most 100,000 people") */
char      *hr_form_check_number      (HrPlan     *plan,
                                      HrItem     *item,
                                      const char *property,
                                      double      value);
/* The limit alone, for fields that are no item's property: @kind is an
 * item's kind ("role"), or "cohort" (tenure, count) or "treatment" (factor,
 * group-size); NULL when @value is within it or @property has none */
char      *hr_form_check_limit       (HrPlan     *plan,
                                      const char *kind,
                                      const char *property,
                                      double      value);
/* "1 person", "2.5 people" */
char      *hr_form_format_people     (double      value);
/* @number, shown already, with a field's @unit (untranslated, as in
 * HrFormField) in the form @value takes: "1 person", "1 month in"; NULL
 * for a unit that stays the same ("h", "%") */
char      *hr_form_describe_number   (const char *unit,
                                      const char *number,
                                      double      value);
/* Why @text is not a month @item may take in @plan, or NULL */
char      *hr_form_check_month       (HrPlan     *plan,
                                      HrItem     *item,
                                      const char *text);
/* The ISO 4217 code typed as @text ("eur" is "EUR"), or NULL and why not */
char      *hr_form_read_currency     (const char  *text,
                                      char       **message);
/* A list of numbers as typed ("25; 50; 75", shown × @scale) and back;
 * parsing sets @message and returns NULL when a value breaks the limit of
 * @item's @property */
char      *hr_form_format_list       (GVariant *variant,
                                      double    scale);
GVariant  *hr_form_parse_list        (HrPlan      *plan,
                                      HrItem      *item,
                                      const char  *property,
                                      const char  *text,
                                      double       scale,
                                      char       **message);

/* A left-aligned label that wraps, with @css_class (may be NULL): the
 * text of pages built in code */
GtkWidget *hr_wrapped_label_new   (const char *text,
                                   const char *css_class);
/* Label and help shared by hand-made fields */
GtkWidget *hr_form_label_new      (const char *text,
                                   const char *tooltip);

G_END_DECLS

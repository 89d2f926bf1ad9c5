/* hr-choices.h: the spec's enum values and their labels, shared by pages */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const char * const hr_play_choices[];
extern const char * const hr_play_choice_labels[];
extern const char * const hr_touch_choices[];
extern const char * const hr_touch_choice_labels[];
extern const char * const hr_churn_mode_choices[];
extern const char * const hr_churn_mode_choice_labels[];
extern const char * const hr_mode_choices[];
extern const char * const hr_mode_choice_labels[];

/* The label of @value among @choices, translated, or @value */
const char *hr_choice_get_label (const char * const *choices,
                                 const char * const *labels,
                                 const char         *value);

G_END_DECLS

/* hr-choices.c: the spec's enum values and their labels, shared by pages */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-choices.h"

const char * const hr_play_choices[] = {
  "purchase_welcome", "kickoff", "onboarding", "first_value", "value_blocks",
  "sharing_insights", "alignment_meeting", "renew_grow", "supporting", NULL
};
const char * const hr_play_choice_labels[] = {
  N_("Purchase & Welcome"), N_("Kickoff"), N_("Onboarding"), N_("First Value"),
  N_("Value Blocks"), N_("Sharing Insights"), N_("Alignment Meetings"),
  N_("Renew & Grow"), N_("Supporting"), NULL
};
const char * const hr_touch_choices[] = { "high", "mid", "tech", NULL };
const char * const hr_touch_choice_labels[] = {
  N_("High touch"), N_("Mid touch"), N_("Tech touch"), NULL
};
const char * const hr_churn_mode_choices[] = { "monthly", "renewal", NULL };
const char * const hr_churn_mode_choice_labels[] = {
  N_("Spread over the year"), N_("At each renewal"), NULL
};
const char * const hr_mode_choices[] = { "one_to_one", "one_to_many", "digital", "skip", NULL };
const char * const hr_mode_choice_labels[] = {
  N_("One-to-one"), N_("One-to-many"), N_("Digital"), N_("Skip"), NULL
};

const char *
hr_choice_get_label (const char * const *choices,
                     const char * const *labels,
                     const char         *value)
{
  for (guint i = 0; choices[i]; i++)
    if (g_strcmp0 (choices[i], value) == 0)
      return _(labels[i]);
  return value;
}

/* hr-presentation.h: the charts full screen, in large type, to present */
#pragma once

#include <gtk/gtk.h>

#include "hr-window.h"

G_BEGIN_DECLS

#define HR_TYPE_PRESENTATION (hr_presentation_get_type ())
G_DECLARE_FINAL_TYPE (HrPresentation, hr_presentation, HR, PRESENTATION, GtkWindow)

/* Shows @window's current chart full screen. Left and Right step through
 * the charts, Up and Down through the baseline and scenarios, Escape
 * leaves. */
HrPresentation *hr_presentation_show      (HrWindow *window);

/* The chart and scenario shown, for tests */
HrChartKind     hr_presentation_get_kind  (HrPresentation *self);
/* -1 for the baseline, else the scenario's position in the plan */
int             hr_presentation_get_scenario (HrPresentation *self);
HrChartView    *hr_presentation_get_view  (HrPresentation *self);
/* Steps as the arrow keys do: @charts along the charts, @scenarios along
 * the baseline and scenarios */
void            hr_presentation_step      (HrPresentation *self,
                                           int             charts,
                                           int             scenarios);

G_END_DECLS

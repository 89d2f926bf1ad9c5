/* hr-chart-view.h: a chart of the document's forecast (and for the
 * scenarios chart, its comparison), drawn by hr_chart_draw() */
#pragma once

#include <gtk/gtk.h>

#include "hr-chart.h"
#include "hr-document.h"

G_BEGIN_DECLS

#define HR_TYPE_CHART_VIEW (hr_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (HrChartView, hr_chart_view, HR, CHART_VIEW, GtkWidget)

GtkWidget  *hr_chart_view_new          (void);
void        hr_chart_view_set_document (HrChartView *self,
                                        HrDocument  *document);
HrDocument *hr_chart_view_get_document (HrChartView *self);
void        hr_chart_view_set_kind     (HrChartView *self,
                                        HrChartKind  kind);
void        hr_chart_view_set_role     (HrChartView *self,
                                        int          role);
void        hr_chart_view_set_split    (HrChartView *self,
                                        HrChartSplit split);
/* Fixes the theme; until then the view follows the preferences and the
 * desktop's dark style */
void        hr_chart_view_set_theme    (HrChartView *self,
                                        HrChartTheme theme);
/* Large type for presenting: the text grows with the chart's height */
void        hr_chart_view_set_large_type (HrChartView *self,
                                          gboolean     large_type);
/* The P10–P90 bands of the document, on the effort, headcount and
 * scenarios charts of a plan with ranges: drawn faded while newer ones
 * are sampled, named in the tooltips and the description */
void        hr_chart_view_set_show_bands (HrChartView *self,
                                          gboolean     show_bands);
gboolean    hr_chart_view_get_show_bands (HrChartView *self);
/* While @hold, the bands last drawn are drawn again, faded, and no new
 * ones are asked for: sampling stopped by the person */
void        hr_chart_view_hold_bands     (HrChartView *self,
                                          gboolean     hold);
const HrChartOptions *hr_chart_view_get_options (HrChartView *self);
/* What the chart shows, in words: its accessible description */
const char *hr_chart_view_get_description (HrChartView *self);
/* The forecast drawn: its scenario names the chart's subtitle */
HrForecast *hr_chart_view_get_forecast (HrChartView *self);
/* How many times the chart was drawn, for tests */
guint       hr_chart_view_get_draw_count (HrChartView *self);
/* The text shown for the month under the pointer, for tests */
char       *hr_chart_view_dup_month_text (HrChartView *self,
                                          int          month);

G_END_DECLS

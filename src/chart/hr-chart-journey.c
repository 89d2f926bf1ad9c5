/* hr-chart-journey.c: designed hours per account by tenure month, stacked
 * by play, one panel per tier: the shape of the first years */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  GArray *segments;       /* guint segment indices, one per panel */
  guint   plays[HR_N_PLAYS];
  guint   n_plays;        /* plays present in any shown tier */
} JourneyData;

static void
journey_data_free (gpointer data)
{
  JourneyData *d = data;

  g_array_unref (d->segments);
  g_free (d);
}

static void
journey_prepare (HrChartCtx    *ctx,
                 HrChartFigure *figure)
{
  HrForecast *f = ctx->forecast;
  guint n_segments = hr_forecast_get_n_segments (f);
  JourneyData *d = g_new0 (JourneyData, 1);
  double top = 0.0;

  d->segments = g_array_new (FALSE, FALSE, sizeof (guint));
  figure->data = d;
  figure->data_free = journey_data_free;
  figure->panel_titles = g_ptr_array_new_with_free_func (g_free);

  for (guint g = 0; g < n_segments; g++)
    if (ctx->options.segment < 0 || (guint) ctx->options.segment == g)
      {
        g_array_append_val (d->segments, g);
        g_ptr_array_add (figure->panel_titles, g_strdup (hr_forecast_get_segment_name (f, g)));
      }

  for (guint play = 0; play < HR_N_PLAYS; play++)
    {
      gboolean present = FALSE;

      for (guint i = 0; i < d->segments->len; i++)
        {
          const double *v = hr_forecast_get_journey (f, g_array_index (d->segments, guint, i), play);

          present |= hr_chart_series_max (v, HR_JOURNEY_MONTHS) > 0.0;
        }
      if (present)
        {
          HrChartFill fill;

          hr_chart_palette_series (ctx->palette, play, &fill);
          hr_chart_figure_add_fill (figure, hr_play_get_label (play), &fill);
          d->plays[d->n_plays++] = play;
        }
    }

  for (guint i = 0; i < d->segments->len; i++)
    for (guint a = 0; a < HR_JOURNEY_MONTHS; a++)
      {
        double sum = 0.0;

        for (guint k = 0; k < d->n_plays; k++)
          {
            double v = hr_forecast_get_journey (f, g_array_index (d->segments, guint, i), d->plays[k])[a];
            sum += isfinite (v) ? v : 0.0;
          }
        top = MAX (top, sum);
      }

  figure->title = g_strdup (_("Journey"));
  figure->subtitle = hr_chart_dup_subtitle (ctx, ctx->options.segment >= 0
                                                 ? hr_forecast_get_segment_name (f, ctx->options.segment)
                                                 : _("Designed hours per account"));
  figure->footnote = g_strdup (_("Designed hours of one account in each month of its contract, before "
                                 "reactive, indirect and unplanned work; one-to-many sessions are shared "
                                 "by their group, digital and skipped moments take no hours."));
  figure->x_axis = HR_CHART_X_TENURE;
  figure->x_label = g_strdup (_("Tenure month (0 = the month the account is won)"));
  figure->y_label = g_strdup (_("Hours per account"));
  figure->y_format = HR_CHART_Y_NUMBER;
  figure->y_max = top;
  if (d->segments->len == 0)
    figure->empty = g_strdup (_("This plan has no customer tiers yet"));
  else
    figure->n_bands = HR_JOURNEY_MONTHS;
}

static void
journey_paint (HrChartCtx          *ctx,
               HrChartFigure       *figure,
               const HrChartLayout *layout)
{
  JourneyData *d = figure->data;

  for (guint i = 0; i < d->segments->len && i < layout->n_panels; i++)
    {
      const HrChartRect *plot = &layout->panels[i];
      guint g = g_array_index (d->segments, guint, i);
      HrChartFill fills[HR_N_PLAYS];
      HrChartStacks stacks;

      for (guint k = 0; k < d->n_plays; k++)
        hr_chart_palette_series (ctx->palette, d->plays[k], &fills[k]);
      hr_chart_stacks_begin (&stacks, ctx, fills, d->n_plays);
      for (guint a = 0; a < HR_JOURNEY_MONTHS; a++)
        {
          double values[HR_N_PLAYS];
          double bx, bw;

          for (guint k = 0; k < d->n_plays; k++)
            values[k] = hr_forecast_get_journey (ctx->forecast, g, d->plays[k])[a];
          hr_chart_bar_get (plot->x, plot->width, HR_JOURNEY_MONTHS, a, 0.75, 1.0, 0.0, &bx, &bw);
          hr_chart_stacks_add (&stacks, layout, plot, bx, bw, values);
        }
      hr_chart_stacks_end (&stacks);
    }
}

const HrChartKindClass hr_chart_journey_class = {
  journey_prepare,
  journey_paint,
};

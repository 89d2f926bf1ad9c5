/* hr-chart-effort.c: the headline chart: one stacked bar of hours per month
 * (designed by play or segment, then reactive, indirect and unplanned),
 * with the team's capacity and its target load level as lines */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  HrChartFill fill;
  double     *values;     /* n_months */
} Part;

typedef struct {
  guint    n;
  GArray  *parts;         /* Part, bottom to top */
  double  *capacity;
  double  *target;
  double  *workload;
  gboolean *over;
  HrChartBandsSeries *bands;  /* workload, P10–P90; NULL without */
} EffortData;

static void
part_clear (gpointer data)
{
  Part *part = data;

  g_free (part->values);
}

static void
effort_data_free (gpointer data)
{
  EffortData *d = data;

  g_array_unref (d->parts);
  g_free (d->capacity);
  g_free (d->target);
  g_free (d->workload);
  g_free (d->over);
  hr_chart_bands_series_free (d->bands);
  g_free (d);
}

static gboolean
add_part (EffortData        *d,
          const HrChartFill *fill,
          double            *values)
{
  Part part = { *fill, values };

  if (hr_chart_series_max (values, d->n) <= 0.0)
    {
      g_free (values);
      return FALSE;
    }
  g_array_append_val (d->parts, part);
  return TRUE;
}

/* Designed hours of one play or segment for the role, or for the team */
static double *
designed_part (HrForecast *f,
               int         role,
               guint       item,
               gboolean    by_segment)
{
  guint n = hr_forecast_get_n_months (f);
  const double *v;

  if (role >= 0)
    v = by_segment ? hr_forecast_get_role_segment_series (f, role, item)
                   : hr_forecast_get_role_play_series (f, role, item);
  else
    v = by_segment ? hr_forecast_get_segment_series (f, item, HR_SEGMENT_DESIGNED)
                   : hr_forecast_get_play_series (f, item);
  return g_memdup2 (v, n * sizeof (double));
}

static void
effort_prepare (HrChartCtx    *ctx,
                HrChartFigure *figure)
{
  HrForecast *f = ctx->forecast;
  const HrChartPalette *p = ctx->palette;
  int role = ctx->options.role;
  guint n = hr_forecast_get_n_months (f);
  EffortData *d = g_new0 (EffortData, 1);
  double top = 0.0;
  gboolean any_over = FALSE;
  const char *detail;
  HrChartStroke capacity = { p->capacity, 1.3, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  HrChartStroke target = { p->target, 1.0, 3.0, 2.0, HR_CHART_MARKER_NONE, FALSE };
  HrChartStroke over = { p->over, 1, 0, 0, HR_CHART_MARKER_TRIANGLE_DOWN, FALSE };
  g_autofree char *subtitle_detail = NULL;
  struct { HrRoleMetric metric; const HrChartFill *fill; const char *label; } rest[] = {
    { HR_ROLE_REACTIVE, &p->reactive, _("Reactive direct") },
    { HR_ROLE_INDIRECT, &p->indirect, _("Indirect") },
    { HR_ROLE_UNPLANNED, &p->unplanned, _("Unplanned") },
  };

  d->n = n;
  d->parts = g_array_new (FALSE, FALSE, sizeof (Part));
  g_array_set_clear_func (d->parts, part_clear);
  figure->data = d;
  figure->data_free = effort_data_free;

  /* designed hours: only the plays or segments that have any */
  if (ctx->options.split == HR_CHART_SPLIT_SEGMENT)
    for (guint g = 0; g < hr_forecast_get_n_segments (f); g++)
      {
        HrChartFill fill;

        hr_chart_palette_series (p, g, &fill);
        if (add_part (d, &fill, designed_part (f, role, g, TRUE)))
          hr_chart_figure_add_fill (figure, hr_forecast_get_segment_name (f, g), &fill);
      }
  else
    for (guint play = 0; play < HR_N_PLAYS; play++)
      {
        HrChartFill fill;

        /* a play keeps its colour whichever plays are present */
        hr_chart_palette_series (p, play, &fill);
        if (add_part (d, &fill, designed_part (f, role, play, FALSE)))
          hr_chart_figure_add_fill (figure, hr_play_get_label (play), &fill);
      }

  for (guint i = 0; i < G_N_ELEMENTS (rest); i++)
    {
      double *values = g_new (double, n);

      hr_chart_role_sum (f, role, rest[i].metric, TRUE, values);
      if (add_part (d, rest[i].fill, values))
        hr_chart_figure_add_fill (figure, rest[i].label, rest[i].fill);
    }

  d->capacity = g_new0 (double, n);
  d->target = g_new0 (double, n);
  d->workload = g_new0 (double, n);
  d->over = g_new0 (gboolean, n);
  hr_chart_role_sum (f, role, HR_ROLE_CAPACITY, TRUE, d->capacity);
  hr_chart_role_sum (f, role, HR_ROLE_WORKLOAD, TRUE, d->workload);
  if (role < 0 || hr_forecast_get_role_assumptions (f, role)->manages < 0)
    {
      /* a light grey over the bars, that leaves their fills readable */
      HrChartColor ink = ctx->palette->text;

      ink.a *= 0.6;
      d->bands = hr_chart_bands_series_new (ctx, f, HR_BANDS_WORKLOAD, role, &ink);
    }
  top = MAX (top, hr_chart_bands_series_max (d->bands));
  for (guint t = 0; t < n; t++)
    d->target[t] = role >= 0 ? d->capacity[t] * hr_forecast_get_role_assumptions (f, role)->target_load
                             : hr_forecast_get_team_target_capacity (f)[t];

  for (guint t = 0; t < n; t++)
    {
      double stack = 0.0;

      for (guint i = 0; i < d->parts->len; i++)
        stack += g_array_index (d->parts, Part, i).values[t];
      top = MAX (top, MAX (stack, d->capacity[t]));
      /* over: load > 1, or work without any capacity (load null) */
      d->over[t] = (role >= 0 ? hr_forecast_get_role_status (f, role, t)
                              : hr_forecast_get_team_status (f, t)) == HR_STATUS_OVER;
      any_over |= d->over[t];
    }

  if (role >= 0 && hr_forecast_get_role_assumptions (f, role)->manages >= 0)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, role);
      g_autofree char *span = hr_format_number (a->span, a->span == floor (a->span) ? 0 : 1);

      /* Translators: a manager role, the span, the managed role */
      figure->empty = g_strdup_printf (_("%s do no customer work: they are sized by span of control, "
                                         "one for every %s %s. Their load is on the Headcount chart."),
                                       hr_forecast_get_role_name (f, role), span,
                                       hr_forecast_get_role_name (f, a->manages));
    }
  else if (d->parts->len == 0 && hr_chart_series_max (d->capacity, n) <= 0.0)
    figure->empty = g_strdup (_("No work and no capacity yet: add segments and moments, "
                                "or people to the team"));
  hr_chart_figure_add_line (figure, _("Capacity"), HR_CHART_SWATCH_LINE, &capacity);
  hr_chart_figure_add_line (figure, _("Target load"), HR_CHART_SWATCH_LINE, &target);
  if (any_over)
    hr_chart_figure_add_line (figure, _("Over capacity"), HR_CHART_SWATCH_MARKER, &over);
  hr_chart_bands_series_add_legend (d->bands, figure);

  if (role >= 0)
    detail = hr_forecast_get_role_name (f, role);
  else
    detail = _("All roles");
  if (ctx->options.split == HR_CHART_SPLIT_SEGMENT)
    /* Translators: subtitle detail, e.g. "CSM, designed hours by segment" */
    subtitle_detail = g_strdup_printf (_("%s, designed hours by segment"), detail);
  else
    /* Translators: subtitle detail, e.g. "CSM, designed hours by play" */
    subtitle_detail = g_strdup_printf (_("%s, designed hours by play"), detail);

  figure->title = g_strdup (_("Monthly effort"));
  figure->subtitle = hr_chart_dup_subtitle (ctx, subtitle_detail);
  figure->footnote = hr_chart_dup_assumptions (ctx, role);
  figure->x_axis = HR_CHART_X_MONTHS;
  figure->n_bands = n;
  figure->y_label = g_strdup (_("Hours per month"));
  figure->y_format = HR_CHART_Y_NUMBER;
  figure->y_max = top;
  figure->top_lane = 1.2;
}

static void
effort_paint (HrChartCtx          *ctx,
              HrChartFigure       *figure,
              const HrChartLayout *layout)
{
  EffortData *d = figure->data;
  const HrChartRect *plot = &layout->plot;
  HrChartStroke capacity = { ctx->palette->capacity, 1.3, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  HrChartStroke target = { ctx->palette->target, 1.0, 3.0, 2.0, HR_CHART_MARKER_NONE, FALSE };
  double *values = g_new (double, MAX (d->parts->len, 1));
  HrChartFill *fills = g_new (HrChartFill, MAX (d->parts->len, 1));
  HrChartStacks stacks;

  for (guint i = 0; i < d->parts->len; i++)
    fills[i] = g_array_index (d->parts, Part, i).fill;
  hr_chart_stacks_begin (&stacks, ctx, fills, d->parts->len);
  for (guint t = 0; t < d->n; t++)
    {
      double bx, bw;

      for (guint i = 0; i < d->parts->len; i++)
        values[i] = g_array_index (d->parts, Part, i).values[t];
      hr_chart_bar_get (plot->x, plot->width, d->n, t, 0.72, 1.0, ctx->text * 4.0, &bx, &bw);
      hr_chart_stacks_add (&stacks, layout, plot, bx, bw, values);
      if (d->over[t])
        {
          double bandx, bandw;

          hr_chart_band_get (plot->x, plot->width, d->n, t, &bandx, &bandw);
          hr_chart_draw_marker (ctx, HR_CHART_MARKER_TRIANGLE_DOWN, FALSE, &ctx->palette->over,
                                bandx + bandw / 2.0,
                                layout->top_lane.y + layout->top_lane.height / 2.0,
                                MIN (ctx->text * 0.8, MAX (bandw * 0.9, 3.0)));
        }
    }
  hr_chart_stacks_end (&stacks);

  g_free (values);
  g_free (fills);
  /* the range of the workload over the bars of the plan's values */
  hr_chart_bands_series_paint (ctx, layout, plot, d->bands);
  hr_chart_draw_series (ctx, layout, plot, d->target, d->n, TRUE, &target);
  hr_chart_draw_series (ctx, layout, plot, d->capacity, d->n, TRUE, &capacity);
}

const HrChartKindClass hr_chart_effort_class = {
  effort_prepare,
  effort_paint,
};

/* hr-chart-scenarios.c: required FTE (or load) of the baseline and each
 * scenario over time, and a compact comparison of their cost and cost
 * share of ARR */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  guint    n_months;
  guint    n_lines;
  double **values;        /* n_lines × n_months */
  double  *cost;
  double  *share;
  char   **names;
  HrChartBandsSeries *bands;  /* of the line the bands were sampled for */
} ScenariosData;

static const HrChartMarker markers[] = {
  HR_CHART_MARKER_SQUARE, HR_CHART_MARKER_TRIANGLE, HR_CHART_MARKER_DIAMOND,
  HR_CHART_MARKER_TRIANGLE_DOWN, HR_CHART_MARKER_CIRCLE,
};

/* Dashes (on, off) per scenario, so lines differ without colour too */
static const double dashes[][2] = {
  { 5, 2 }, { 1.2, 1.8 }, { 7, 2.5 }, { 3, 3 }, { 0, 0 },
};

/* Series colours for scenario lines: mid lightness first, away from the
 * baseline's near-black and from the background */
static const guint colors[] = { 2, 4, 5, 1, 7, 8, 0, 6, 3 };

static void
scenarios_data_free (gpointer data)
{
  ScenariosData *d = data;

  for (guint i = 0; i < d->n_lines; i++)
    g_free (d->values[i]);
  g_free (d->values);
  g_free (d->cost);
  g_free (d->share);
  g_strfreev (d->names);
  hr_chart_bands_series_free (d->bands);
  g_free (d);
}

static void
line_stroke (HrChartCtx    *ctx,
             guint          i,
             HrChartStroke *stroke)
{
  if (i == 0)
    {
      *stroke = (HrChartStroke) { ctx->palette->capacity, 1.8, 0, 0, HR_CHART_MARKER_CIRCLE, FALSE };
      return;
    }
  *stroke = (HrChartStroke) {
    ctx->palette->series[colors[(i - 1) % G_N_ELEMENTS (colors)] % ctx->palette->n_series],
    1.4,
    dashes[(i - 1) % G_N_ELEMENTS (dashes)][0],
    dashes[(i - 1) % G_N_ELEMENTS (dashes)][1],
    markers[(i - 1) % G_N_ELEMENTS (markers)],
    i > G_N_ELEMENTS (markers),
  };
}

static void
fill_values (HrChartCtx *ctx,
             HrForecast *f,
             double     *out,
             guint       n)
{
  guint months = MIN (n, hr_forecast_get_n_months (f));
  int role = ctx->options.role;
  g_autofree double *work = g_new0 (double, months + 1);
  g_autofree double *cap = g_new0 (double, months + 1);

  for (guint t = 0; t < n; t++)
    out[t] = NAN;
  if (role >= (int) hr_forecast_get_n_roles (f))
    return;

  if (ctx->options.metric == HR_CHART_METRIC_FTE)
    {
      hr_chart_role_sum (f, role, HR_ROLE_REQUIRED_FTE, FALSE, work);
      memcpy (out, work, months * sizeof (double));
      return;
    }
  if (role >= 0)
    {
      memcpy (out, hr_forecast_get_role_series (f, role, HR_ROLE_LOAD), months * sizeof (double));
      return;
    }
  /* the team's load: work over capacity of the work roles */
  hr_chart_role_sum (f, -1, HR_ROLE_WORKLOAD, TRUE, work);
  hr_chart_role_sum (f, -1, HR_ROLE_CAPACITY, TRUE, cap);
  for (guint t = 0; t < months; t++)
    out[t] = cap[t] > 0.0 ? work[t] / cap[t] : (work[t] > 0.0 ? NAN : 0.0);
}

static void
scenarios_prepare (HrChartCtx    *ctx,
                   HrChartFigure *figure)
{
  HrForecast *base = ctx->forecast;
  ScenariosData *d = g_new0 (ScenariosData, 1);
  GPtrArray *list = ctx->scenarios;
  gboolean fte = ctx->options.metric == HR_CHART_METRIC_FTE;
  int role = ctx->options.role;
  double top = 0.0;
  g_autofree char *assumptions = NULL;
  GString *subtitle;

  figure->data = d;
  figure->data_free = scenarios_data_free;
  d->n_lines = list != NULL && list->len > 0 ? list->len : 1;
  d->n_months = hr_forecast_get_n_months (base);
  d->values = g_new0 (double *, d->n_lines);
  d->cost = g_new0 (double, d->n_lines);
  d->share = g_new0 (double, d->n_lines);
  d->names = g_new0 (char *, d->n_lines + 1);

  for (guint i = 0; i < d->n_lines; i++)
    {
      HrForecast *f = list != NULL && list->len > 0 ? g_ptr_array_index (list, i) : base;
      const HrSummary *summary = hr_forecast_get_summary (f);
      const char *name = hr_forecast_get_scenario_name (f);
      HrChartStroke stroke;

      if (hr_forecast_get_scenario_id (f) == NULL)
        name = _("Baseline");
      else if (name == NULL || *name == '\0')
        name = hr_forecast_get_scenario_id (f);
      d->names[i] = g_strdup (name);
      d->values[i] = g_new (double, MAX (d->n_months, 1));
      fill_values (ctx, f, d->values[i], d->n_months);
      d->cost[i] = summary->total_cost;
      d->share[i] = summary->cost_share;
      top = MAX (top, hr_chart_series_max (d->values[i], d->n_months));
      line_stroke (ctx, i, &stroke);
      hr_chart_figure_add_line (figure, name, HR_CHART_SWATCH_LINE, &stroke);
      if (d->bands == NULL)
        d->bands = hr_chart_bands_series_new (ctx, f, fte ? HR_BANDS_REQUIRED_FTE : HR_BANDS_LOAD, role, &stroke.color);
    }
  top = MAX (top, hr_chart_bands_series_max (d->bands));
  hr_chart_bands_series_add_legend (d->bands, figure);
  if (!fte)
    top = MAX (top, 1.0);

  subtitle = g_string_new (hr_forecast_get_plan_name (base));
  if (subtitle->len == 0)
    g_string_append (subtitle, _("Untitled plan"));
  g_string_append (subtitle, " · ");
  g_string_append (subtitle, role >= 0 ? hr_forecast_get_role_name (base, role) : _("All roles"));
  g_string_append (subtitle, " · ");
  g_string_append (subtitle, fte ? _("required FTE") : _("load"));
  figure->title = g_strdup (_("Scenarios"));
  figure->subtitle = g_string_free (subtitle, FALSE);
  assumptions = hr_chart_dup_assumptions (ctx, role);
  /* Translators: footnote of the scenarios chart; %s: the role assumptions */
  figure->footnote = g_strdup_printf (_("Baseline: %s. Cost is headcount times cost per year over the "
                                        "horizon; its share is of the revenue over the horizon."),
                                      assumptions);
  figure->x_axis = HR_CHART_X_MONTHS;
  figure->n_bands = d->n_months;
  figure->y_label = g_strdup (fte ? _("Required FTE") : _("Load (workload ÷ capacity)"));
  figure->y_format = fte ? HR_CHART_Y_NUMBER : HR_CHART_Y_PERCENT;
  figure->y_max = top;
  figure->side = 0.3;
}

static void
draw_bars (HrChartCtx        *ctx,
           ScenariosData     *d,
           const HrChartRect *area,
           const char        *heading,
           const double      *values,
           gboolean           percent,
           const char        *currency)
{
  g_autoptr(PangoLayout) head = hr_chart_text_layout (ctx, heading, ctx->text * 0.9, TRUE, area->width, 1);
  double head_h, row, name_size, bar_h, value_w = 0.0, max = 0.0, y, name_w = 0.0;
  g_auto(GStrv) labels = g_new0 (char *, d->n_lines + 1);
  gboolean one_line;

  hr_chart_text_extents (head, NULL, &head_h);
  hr_chart_text_draw (ctx, head, &ctx->palette->text, area->x, area->y, 0.0, 0.0);
  row = MIN (ctx->text * 2.6, (area->height - head_h * 1.3) / MAX (d->n_lines, 1));
  name_size = MIN (ctx->text * 0.78, row * 0.36);
  bar_h = MAX (row * 0.32, 1.0);
  /* many scenarios in little height: name, bar and value on one line,
   * rather than names too small to read */
  one_line = name_size < ctx->text * 0.7;
  if (one_line)
    {
      name_size = MIN (ctx->text * 0.78, MAX (row * 0.8, ctx->text * 0.6));
      bar_h = MAX (MIN (row * 0.6, name_size * 0.8), 1.0);
      name_w = area->width * 0.38;
    }

  for (guint i = 0; i < d->n_lines; i++)
    {
      labels[i] = percent ? hr_format_percent (values[i], 1)
                          : hr_format_money (values[i], currency);
      if (isnan (values[i]))
        {
          g_free (labels[i]);
          labels[i] = g_strdup (_("no ARR"));
        }
      value_w = MAX (value_w, hr_chart_text_width (ctx, labels[i], name_size, FALSE));
      if (isfinite (values[i]))
        max = MAX (max, values[i]);
    }

  y = area->y + head_h * 1.3;
  for (guint i = 0; i < d->n_lines; i++)
    {
      HrChartStroke stroke;
      HrChartFill fill = { { 0 } };
      g_autoptr(PangoLayout) name = hr_chart_text_layout (ctx, d->names[i], name_size, FALSE,
                                                          one_line ? name_w - ctx->text * 0.3 : area->width, 1);
      g_autoptr(PangoLayout) value = hr_chart_text_layout (ctx, labels[i], name_size, FALSE, 0, 1);
      double avail = MAX (area->width - name_w - value_w - ctx->text * 0.5, 1.0);
      double w = max > 0.0 && isfinite (values[i]) ? avail * MAX (values[i], 0.0) / max : 0.0;
      double bar_x = area->x + name_w;
      double bar_y = one_line ? y + (row - bar_h) / 2.0 : y + name_size * 1.3;

      line_stroke (ctx, i, &stroke);
      fill.color = stroke.color;
      if (one_line)
        hr_chart_text_draw (ctx, name, &ctx->palette->muted, area->x, y + row / 2.0, 0.0, 0.5);
      else
        hr_chart_text_draw (ctx, name, &ctx->palette->muted, area->x, y, 0.0, 0.0);
      hr_chart_fill_rect (ctx->cr, &fill, bar_x, bar_y, w, bar_h, MIN (4.0, bar_h / 2.0));
      hr_chart_text_draw (ctx, value, &ctx->palette->text, bar_x + w + ctx->text * 0.35,
                          bar_y + bar_h / 2.0, 0.0, 0.5);
      y += row;
    }
}

static void
scenarios_paint (HrChartCtx          *ctx,
                 HrChartFigure       *figure,
                 const HrChartLayout *layout)
{
  ScenariosData *d = figure->data;
  const char *currency = hr_forecast_get_currency (ctx->forecast);
  HrChartRect top = layout->side, bottom = layout->side;

  if (ctx->options.metric == HR_CHART_METRIC_LOAD)
    {
      /* full load, for reference */
      double y = hr_chart_value_y (layout, &layout->plot, 1.0);

      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, &ctx->palette->over);
      cairo_set_line_width (ctx->cr, ctx->line * 0.8);
      cairo_move_to (ctx->cr, layout->plot.x, y);
      cairo_line_to (ctx->cr, layout->plot.x + layout->plot.width, y);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
    }
  hr_chart_bands_series_paint (ctx, layout, &layout->plot, d->bands);
  for (guint i = d->n_lines; i-- > 0;)
    {
      HrChartStroke stroke;

      line_stroke (ctx, i, &stroke);
      hr_chart_draw_series (ctx, layout, &layout->plot, d->values[i], d->n_months, FALSE, &stroke);
    }

  top.height = layout->side.height / 2.0 - ctx->text * 0.5;
  bottom.y = top.y + layout->side.height / 2.0 + ctx->text * 0.5;
  bottom.height = top.height;
  draw_bars (ctx, d, &top, _("Cost over the horizon"), d->cost, FALSE, currency);
  draw_bars (ctx, d, &bottom, _("Cost share of ARR"), d->share, TRUE, currency);
}

const HrChartKindClass hr_chart_scenarios_class = {
  scenarios_prepare,
  scenarios_paint,
};

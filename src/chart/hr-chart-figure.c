/* hr-chart-figure.c: pieces every chart kind uses: legend items, subtitles,
 * footnotes, sums over roles, markers and lines */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

void
hr_chart_figure_add_fill (HrChartFigure     *figure,
                          const char        *label,
                          const HrChartFill *fill)
{
  HrChartLegendItem item = { g_strdup (label), HR_CHART_SWATCH_FILL, *fill, { { 0 } } };

  g_array_append_val (figure->legend, item);
}

void
hr_chart_figure_add_line (HrChartFigure       *figure,
                          const char          *label,
                          HrChartSwatch        swatch,
                          const HrChartStroke *stroke)
{
  HrChartLegendItem item = { g_strdup (label), swatch, { { 0 } }, *stroke };

  if (swatch == HR_CHART_SWATCH_SHADE)
    item.fill.color = stroke->color;
  g_array_append_val (figure->legend, item);
}

char *
hr_chart_dup_subtitle (HrChartCtx *ctx,
                       const char *detail)
{
  const char *plan = hr_forecast_get_plan_name (ctx->forecast);
  const char *scenario = hr_forecast_get_scenario_name (ctx->forecast);
  GString *s = g_string_new (NULL);

  if (plan == NULL || *plan == '\0')
    plan = _("Untitled plan");
  if (hr_forecast_get_scenario_id (ctx->forecast) == NULL)
    scenario = _("Baseline");
  else if (scenario == NULL || *scenario == '\0')
    scenario = hr_forecast_get_scenario_id (ctx->forecast);

  /* facts listed side by side, not a sentence */
  g_string_append (s, plan);
  g_string_append (s, " · ");
  g_string_append (s, scenario);
  if (hr_forecast_get_hiring_applied (ctx->forecast))
    {
      g_string_append (s, " · ");
      g_string_append (s, _("with suggested hires"));
    }
  if (detail != NULL)
    {
      g_string_append (s, " · ");
      g_string_append (s, detail);
    }
  return g_string_free (s, FALSE);
}

static char *
dup_role_assumptions (const HrRoleAssumptions *a)
{
  g_autofree char *hours = hr_format_number (a->hours_per_month, 0);
  g_autofree char *shrinkage = hr_format_percent (a->shrinkage, 0);
  g_autofree char *indirect = hr_format_percent (a->indirect, 0);
  g_autofree char *unplanned = hr_format_percent (a->unplanned, 0);
  g_autofree char *target = hr_format_percent (a->target_load, 0);

  /* Translators: a role's assumptions in a chart's footnote */
  return g_strdup_printf (_("%s paid hours per person a month, shrinkage %s, "
                            "indirect %s, unplanned %s, target load %s"),
                          hours, shrinkage, indirect, unplanned, target);
}

static gboolean
same_assumptions (const HrRoleAssumptions *a,
                  const HrRoleAssumptions *b)
{
  return a->hours_per_month == b->hours_per_month
         && a->shrinkage == b->shrinkage
         && a->indirect == b->indirect
         && a->unplanned == b->unplanned
         && a->target_load == b->target_load;
}

char *
hr_chart_dup_assumptions (HrChartCtx *ctx,
                          int         role)
{
  HrForecast *f = ctx->forecast;
  guint n_roles = hr_forecast_get_n_roles (f);
  const HrRoleAssumptions *first = NULL;
  gboolean all_same = TRUE;
  GString *s;

  if (n_roles == 0)
    return g_strdup ("");
  if (role >= 0)
    return dup_role_assumptions (hr_forecast_get_role_assumptions (f, role));

  for (guint r = 0; r < n_roles; r++)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, r);

      if (first == NULL)
        first = a;
      else if (!same_assumptions (first, a))
        all_same = FALSE;
    }
  if (all_same)
    return dup_role_assumptions (first);

  /* roles that share their assumptions are named together */
  s = g_string_new (NULL);
  for (guint r = 0; r < n_roles; r++)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, r);
      g_autofree char *text = NULL;
      g_autoptr(GString) names = g_string_new (NULL);
      gboolean seen = FALSE;

      for (guint q = 0; q < r && !seen; q++)
        seen = same_assumptions (a, hr_forecast_get_role_assumptions (f, q));
      if (seen)
        continue;
      for (guint q = r; q < n_roles; q++)
        if (same_assumptions (a, hr_forecast_get_role_assumptions (f, q)))
          {
            if (names->len > 0)
              g_string_append (names, ", ");
            g_string_append (names, hr_forecast_get_role_name (f, q));
          }
      text = dup_role_assumptions (a);
      if (s->len > 0)
        g_string_append (s, "; ");
      /* Translators: role names and their assumptions */
      g_string_append_printf (s, _("%s: %s"), names->str, text);
    }
  return g_string_free (s, FALSE);
}

double
hr_chart_series_max (const double *values,
                     guint         n)
{
  double max = 0.0;

  for (guint i = 0; values != NULL && i < n; i++)
    if (isfinite (values[i]) && values[i] > max)
      max = values[i];
  return max;
}

void
hr_chart_role_sum (HrForecast   *forecast,
                   int           role,
                   HrRoleMetric  metric,
                   gboolean      work_roles_only,
                   double       *out)
{
  guint n = hr_forecast_get_n_months (forecast);
  const double *v = role >= 0 ? hr_forecast_get_role_series (forecast, role, metric)
                              : hr_forecast_get_team_series (forecast, metric, !work_roles_only);

  for (guint t = 0; t < n; t++)
    out[t] = isfinite (v[t]) ? v[t] : 0.0;
}

void
hr_chart_set_stroke (HrChartCtx          *ctx,
                     const HrChartStroke *stroke)
{
  double width = ctx->line * (stroke->width > 0.0 ? stroke->width : 1.0);

  hr_chart_set_color (ctx->cr, &stroke->color);
  cairo_set_line_width (ctx->cr, width);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (ctx->cr, stroke->dash > 0.0 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  if (stroke->dash > 0.0)
    {
      double dashes[2] = { stroke->dash * ctx->line,
                           (stroke->gap > 0.0 ? stroke->gap : stroke->dash) * ctx->line };

      cairo_set_dash (ctx->cr, dashes, 2, 0.0);
    }
  else
    cairo_set_dash (ctx->cr, NULL, 0, 0.0);
}

void
hr_chart_draw_marker (HrChartCtx         *ctx,
                      HrChartMarker       marker,
                      gboolean            hollow,
                      const HrChartColor *color,
                      double              x,
                      double              y,
                      double              size)
{
  cairo_t *cr = ctx->cr;
  double r = size / 2.0;

  if (cr == NULL || marker == HR_CHART_MARKER_NONE)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
  cairo_new_path (cr);
  switch (marker)
    {
    case HR_CHART_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0.0, 2.0 * G_PI);
      break;
    case HR_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case HR_CHART_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y + r * 0.8);
      cairo_line_to (cr, x - r, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case HR_CHART_MARKER_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r);
      cairo_line_to (cr, x + r, y - r * 0.8);
      cairo_line_to (cr, x - r, y - r * 0.8);
      cairo_close_path (cr);
      break;
    case HR_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case HR_CHART_MARKER_NONE:
    case HR_N_CHART_MARKERS:
    default:
      break;
    }
  if (hollow)
    {
      hr_chart_set_color (cr, &ctx->palette->background);
      cairo_fill_preserve (cr);
      hr_chart_set_color (cr, color);
      cairo_set_line_width (cr, MAX (size / 6.0, 1.0));
      cairo_stroke (cr);
    }
  else
    {
      hr_chart_set_color (cr, color);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

double
hr_chart_value_y (const HrChartLayout *layout,
                  const HrChartRect   *plot,
                  double               value)
{
  return hr_chart_scale_y (plot->y, plot->height,
                           layout->ticks.min, layout->ticks.max, value);
}

void
hr_chart_draw_series (HrChartCtx          *ctx,
                      const HrChartLayout *layout,
                      const HrChartRect   *plot,
                      const double        *values,
                      guint                n,
                      gboolean             steps,
                      const HrChartStroke *stroke)
{
  cairo_t *cr = ctx->cr;
  gboolean open = FALSE;
  double marker_size = ctx->text * 0.55;
  double bx, bw;

  if (cr == NULL || values == NULL || n == 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint t = 0; t < n; t++)
    {
      double y = hr_chart_value_y (layout, plot, values[t]);

      hr_chart_band_get (plot->x, plot->width, n, t, &bx, &bw);
      if (isnan (y))
        {
          open = FALSE;
          continue;
        }
      if (steps)
        {
          if (open)
            cairo_line_to (cr, bx, y);
          else
            cairo_move_to (cr, bx, y);
          cairo_line_to (cr, bx + bw, y);
        }
      else if (n == 1)
        {
          /* one month: a short level line across the band */
          cairo_move_to (cr, bx + bw * 0.1, y);
          cairo_line_to (cr, bx + bw * 0.9, y);
        }
      else if (open)
        cairo_line_to (cr, bx + bw / 2.0, y);
      else
        cairo_move_to (cr, bx + bw / 2.0, y);
      open = TRUE;
    }
  hr_chart_set_stroke (ctx, stroke);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* markers only where they stay apart */
  hr_chart_band_get (plot->x, plot->width, n, 0, &bx, &bw);
  if (stroke->marker != HR_CHART_MARKER_NONE && bw >= marker_size * 1.6)
    for (guint t = 0; t < n; t++)
      {
        double y = hr_chart_value_y (layout, plot, values[t]);

        hr_chart_band_get (plot->x, plot->width, n, t, &bx, &bw);
        if (!isnan (y))
          hr_chart_draw_marker (ctx, stroke->marker, stroke->hollow, &stroke->color,
                                bx + bw / 2.0, y, marker_size);
      }
}

void
hr_chart_draw_message (HrChartCtx        *ctx,
                       const HrChartRect *rect,
                       const char        *message)
{
  g_autoptr(PangoLayout) layout = NULL;

  layout = hr_chart_text_layout (ctx, message, ctx->text * 1.1, FALSE,
                                 MAX (rect->width * 0.9, 1.0), 3);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  hr_chart_text_draw (ctx, layout, &ctx->palette->muted,
                      rect->x + rect->width / 2.0, rect->y + rect->height / 2.0, 0.5, 0.5);
}

void
hr_chart_stacks_begin (HrChartStacks     *stacks,
                       HrChartCtx        *ctx,
                       const HrChartFill *fills,
                       guint              n_parts)
{
  *stacks = (HrChartStacks) { ctx, n_parts };
  stacks->fills = g_memdup2 (fills, sizeof (HrChartFill) * MAX (n_parts, 1));
  stacks->parts = g_new0 (GArray *, n_parts + 1);
  /* the last one holds the lines between parts */
  for (guint i = 0; i <= n_parts; i++)
    stacks->parts[i] = g_array_new (FALSE, FALSE, sizeof (HrChartRect));
}

void
hr_chart_stacks_add (HrChartStacks       *stacks,
                     const HrChartLayout *layout,
                     const HrChartRect   *plot,
                     double               x,
                     double               width,
                     const double        *values)
{
  double sep = MAX (stacks->ctx->line * 0.35, 0.75);
  double base = 0.0;

  for (guint i = 0; i < stacks->n_parts; i++)
    {
      double y0, y1;

      if (!(values[i] > 0.0))
        continue;
      y0 = hr_chart_value_y (layout, plot, base);
      y1 = hr_chart_value_y (layout, plot, base + values[i]);
      g_array_append_val (stacks->parts[i], ((HrChartRect) { x, y1, width, y0 - y1 }));
      /* a thin line between parts, where the bar is large enough */
      if (base > 0.0 && width >= 4.0 && y0 - y1 >= sep * 2.0)
        g_array_append_val (stacks->parts[stacks->n_parts], ((HrChartRect) { x, y0 - sep / 2.0, width, sep }));
      base += values[i];
    }
}

/* Part by part across every bar, bottom to top, which paints what bar by
 * bar would: the parts of a bar do not overlap, and the lines between
 * them come last. One fill per part instead of one per piece. */
void
hr_chart_stacks_end (HrChartStacks *stacks)
{
  double hatch = MAX (stacks->ctx->text * 0.4, 3.0);
  cairo_t *cr = stacks->ctx->cr;

  for (guint i = 0; i <= stacks->n_parts; i++)
    {
      GArray *rects = stacks->parts[i];

      if (i == stacks->n_parts && rects->len > 0)
        {
          hr_chart_set_color (cr, &stacks->ctx->palette->separator);
          for (guint r = 0; r < rects->len; r++)
            {
              const HrChartRect *rect = &g_array_index (rects, HrChartRect, r);
              cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
            }
          cairo_fill (cr);
        }
      else if (i < stacks->n_parts)
        hr_chart_fill_rects (cr, &stacks->fills[i], (const double *) rects->data, rects->len, hatch);
      g_array_unref (rects);
    }
  g_free (stacks->parts);
  g_free (stacks->fills);
}

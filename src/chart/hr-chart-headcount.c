/* hr-chart-headcount.c: required FTE against headcount and ramp-weighted
 * effective FTE, with planned and suggested hires, late months and the
 * top-down FTE rule */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  guint     n;
  double   *required;
  double   *needed;       /* at the target load: what the planner hires to */
  double   *headcount;
  double   *effective;
  double   *topdown;      /* NULL without a top-down rule */
  gboolean *late;
  GArray   *hires;        /* HrSuggestedHire of the shown roles */
  GArray   *suggestions;
  GArray   *hire_rows;    /* guint: the lane row of each hire */
  GArray   *suggestion_rows;
  guint     n_hire_rows;
  guint     n_suggestion_rows;
  HrChartBandsSeries *bands;  /* required FTE, P10–P90; NULL without */
} HeadcountData;

/* Rows of a lane at most (four requisitions open at once fit apart);
 * more hires than fit may overlap */
#define MAX_ROWS 4

static void
headcount_data_free (gpointer data)
{
  HeadcountData *d = data;

  g_free (d->required);
  g_free (d->needed);
  g_free (d->headcount);
  g_free (d->effective);
  g_free (d->topdown);
  g_free (d->late);
  g_array_unref (d->hires);
  g_array_unref (d->suggestions);
  g_array_unref (d->hire_rows);
  g_array_unref (d->suggestion_rows);
  hr_chart_bands_series_free (d->bands);
  g_free (d);
}

/* the need at target load: the required line's colour, thin and dotted */
static HrChartStroke
needed_stroke (const HrChartPalette *p)
{
  return (HrChartStroke) { p->required, 1.0, 1.5, 2.5, HR_CHART_MARKER_NONE, FALSE };
}

static void
strokes (const HrChartPalette *p,
         HrChartStroke        *required,
         HrChartStroke        *headcount,
         HrChartStroke        *effective,
         HrChartStroke        *topdown,
         HrChartStroke        *hire,
         HrChartStroke        *suggested)
{
  *required = (HrChartStroke) { p->required, 1.6, 0, 0, HR_CHART_MARKER_CIRCLE, FALSE };
  /* headcount wide and pale, effective FTE thin and dashed on top of it,
   * so both show where they are the same */
  *headcount = (HrChartStroke) { p->headcount, 2.6, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  *effective = (HrChartStroke) { p->capacity, 1.1, 4.0, 2.0, HR_CHART_MARKER_NONE, FALSE };
  *topdown = (HrChartStroke) { p->topdown, 1.2, 1.0, 2.0, HR_CHART_MARKER_NONE, FALSE };
  *hire = (HrChartStroke) { p->capacity, 1, 0, 0, HR_CHART_MARKER_TRIANGLE, FALSE };
  *suggested = (HrChartStroke) { p->required, 1, 0, 0, HR_CHART_MARKER_DIAMOND, TRUE };
}

/* Puts each hire on the first row where its requisition span (and the
 * label after its marker) does not overlap another; returns the rows used */
static guint
assign_rows (GArray *hires,
             GArray *rows)
{
  int ends[MAX_ROWS];
  guint used = 1;

  for (guint r = 0; r < MAX_ROWS; r++)
    ends[r] = G_MININT;
  g_array_set_size (rows, hires->len);
  for (guint i = 0; i < hires->len; i++)
    {
      const HrSuggestedHire *h = &g_array_index (hires, HrSuggestedHire, i);
      int start = MIN (h->requisition, (int) h->month);
      guint row = 0;

      while (row + 1 < MAX_ROWS && ends[row] >= start)
        row++;
      /* a full lane: the row that frees first */
      if (ends[row] >= start)
        for (guint r = 0; r < MAX_ROWS; r++)
          if (ends[r] < ends[row])
            row = r;
      ends[row] = (int) h->month + 2;
      g_array_index (rows, guint, i) = row;
      used = MAX (used, row + 1);
    }
  return used;
}

static int
compare_hires (gconstpointer a,
               gconstpointer b)
{
  const HrSuggestedHire *x = a, *y = b;
  int xs = MIN (x->requisition, (int) x->month), ys = MIN (y->requisition, (int) y->month);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (x->month != y->month)
    return x->month < y->month ? -1 : 1;
  return x->role < y->role ? -1 : x->role > y->role;
}

static gboolean
role_shown (HrChartCtx *ctx,
            guint       role)
{
  return ctx->options.role < 0 || (guint) ctx->options.role == role;
}

static void
headcount_prepare (HrChartCtx    *ctx,
                   HrChartFigure *figure)
{
  HrForecast *f = ctx->forecast;
  int role = ctx->options.role;
  guint n = hr_forecast_get_n_months (f);
  HeadcountData *d = g_new0 (HeadcountData, 1);
  HrChartStroke required, headcount, effective, topdown, hire, suggested;
  HrChartStroke late = { ctx->palette->late, 1, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  gboolean any_late = FALSE;
  double top = 0.0;
  g_autofree char *lead = NULL;
  g_autofree char *assumptions = NULL;

  strokes (ctx->palette, &required, &headcount, &effective, &topdown, &hire, &suggested);
  d->n = n;
  d->required = g_new0 (double, n);
  d->headcount = g_new0 (double, n);
  d->effective = g_new0 (double, n);
  d->late = g_new0 (gboolean, n);
  d->hires = g_array_new (FALSE, FALSE, sizeof (HrSuggestedHire));
  d->suggestions = g_array_new (FALSE, FALSE, sizeof (HrSuggestedHire));
  d->hire_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  d->suggestion_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  figure->data = d;
  figure->data_free = headcount_data_free;

  /* all roles: the whole team, managers included */
  hr_chart_role_sum (f, role, HR_ROLE_REQUIRED_FTE, FALSE, d->required);
  d->needed = g_memdup2 (hr_forecast_get_needed_series (f, role), n * sizeof (double));
  hr_chart_role_sum (f, role, HR_ROLE_HEADCOUNT, FALSE, d->headcount);
  d->bands = hr_chart_bands_series_new (ctx, f, HR_BANDS_REQUIRED_FTE, role, &ctx->palette->required);
  hr_chart_role_sum (f, role, HR_ROLE_EFFECTIVE_FTE, FALSE, d->effective);
  /* the top-down line only where a shown role has an ARR rule */
  for (guint r = 0; r < hr_forecast_get_n_roles (f); r++)
    if (role_shown (ctx, r) && !isnan (hr_forecast_get_role_assumptions (f, r)->arr_per_fte)
        && d->topdown == NULL)
      {
        d->topdown = g_new0 (double, n);
        hr_chart_role_sum (f, role, HR_ROLE_TOPDOWN_FTE, FALSE, d->topdown);
      }
  for (guint t = 0; t < n; t++)
    d->late[t] = role >= 0 ? hr_forecast_get_role_late (f, role, t) : hr_forecast_get_team_late (f, t);
  for (guint i = 0; i < hr_forecast_get_n_plan_hires (f); i++)
    {
      const HrSuggestedHire *h = hr_forecast_get_plan_hire (f, i);

      if (role_shown (ctx, h->role) && h->month < n)
        g_array_append_val (d->hires, *h);
    }
  for (guint i = 0; i < hr_forecast_get_n_suggestions (f); i++)
    {
      const HrSuggestedHire *h = hr_forecast_get_suggestion (f, i);

      if (role_shown (ctx, h->role) && h->month < n)
        g_array_append_val (d->suggestions, *h);
    }

  g_array_sort (d->hires, compare_hires);
  g_array_sort (d->suggestions, compare_hires);
  d->n_hire_rows = assign_rows (d->hires, d->hire_rows);
  d->n_suggestion_rows = assign_rows (d->suggestions, d->suggestion_rows);

  for (guint t = 0; t < n; t++)
    {
      top = MAX (top, MAX (d->required[t], MAX (d->headcount[t], d->effective[t])));
      top = MAX (top, d->needed[t]);
      if (d->topdown != NULL)
        top = MAX (top, d->topdown[t]);
      any_late |= d->late[t];
    }
  top = MAX (top, hr_chart_bands_series_max (d->bands));

  hr_chart_figure_add_line (figure, _("Required FTE"), HR_CHART_SWATCH_LINE, &required);
  hr_chart_bands_series_add_legend (d->bands, figure);
  {
    HrChartStroke needed = needed_stroke (ctx->palette);
    hr_chart_figure_add_line (figure, _("Needed at target load"), HR_CHART_SWATCH_LINE, &needed);
  }
  hr_chart_figure_add_line (figure, _("Headcount"), HR_CHART_SWATCH_LINE, &headcount);
  hr_chart_figure_add_line (figure, _("Effective FTE (ramp-weighted)"), HR_CHART_SWATCH_LINE, &effective);
  if (d->topdown != NULL)
    hr_chart_figure_add_line (figure, _("Top-down FTE (ARR per FTE)"), HR_CHART_SWATCH_LINE, &topdown);
  if (d->hires->len > 0)
    hr_chart_figure_add_line (figure, _("Planned hire"), HR_CHART_SWATCH_MARKER, &hire);
  if (d->suggestions->len > 0)
    hr_chart_figure_add_line (figure, _("Suggested hire"), HR_CHART_SWATCH_MARKER, &suggested);
  if (any_late)
    hr_chart_figure_add_line (figure, _("Late: hires cannot ramp in time"), HR_CHART_SWATCH_SHADE, &late);

  figure->title = g_strdup (_("Headcount"));
  figure->subtitle = hr_chart_dup_subtitle (ctx, role >= 0 ? hr_forecast_get_role_name (f, role)
                                                           : _("All roles"));
  assumptions = hr_chart_dup_assumptions (ctx, role);
  if (role >= 0)
    {
      const HrRoleAssumptions *a = hr_forecast_get_role_assumptions (f, role);

      /* Translators: footnote; %u is the months from requisition to start */
      lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "lead time %u month",
                                           "lead time %u months", a->lead_time_months),
                              a->lead_time_months);
      figure->footnote = g_strdup_printf ("%s, %s", assumptions, lead);
    }
  else
    figure->footnote = g_steal_pointer (&assumptions);
  figure->x_axis = HR_CHART_X_MONTHS;
  figure->n_bands = n;
  figure->y_label = g_strdup (_("FTE"));
  figure->y_format = HR_CHART_Y_NUMBER;
  figure->y_max = top;
  /* no lanes at all when nobody is hired */
  figure->n_lanes = d->hires->len + d->suggestions->len > 0 ? d->n_hire_rows + d->n_suggestion_rows : 0;
  figure->lane_labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < figure->n_lanes; i++)
    g_ptr_array_add (figure->lane_labels,
                     g_strdup (i == 0 ? _("Hires") : i == d->n_hire_rows ? _("Suggested") : ""));
}

static void
draw_hires (HrChartCtx          *ctx,
            const HrChartLayout *layout,
            GArray              *hires,
            GArray              *rows,
            guint                n,
            guint                lane,
            const HrChartStroke *stroke)
{
  cairo_t *cr = ctx->cr;
  const HrChartRect *plot = &layout->plot;
  double lane_h = ctx->text * 1.6;
  double size;
  double bx, bw;

  hr_chart_band_get (plot->x, plot->width, n, 0, &bx, &bw);
  /* markers of neighbouring months touch rather than overlap */
  size = MAX (MIN (ctx->text * 0.75, bw * 0.95), 3.0);
  for (guint i = 0; i < hires->len; i++)
    {
      const HrSuggestedHire *h = &g_array_index (hires, HrSuggestedHire, i);
      guint row = g_array_index (rows, guint, i);
      double x = plot->x + bw * (h->month + 0.5);
      double req = plot->x + bw * (CLAMP (h->requisition, 0, (int) n) + 0.5);
      double cy = layout->lanes.y + lane_h * (lane + row + 0.5);
      double room = G_MAXDOUBLE;

      /* the requisition: a thin bar from its month to the start */
      if (h->requisition < (int) h->month)
        {
          cairo_save (cr);
          hr_chart_set_color (cr, &stroke->color);
          cairo_set_line_width (cr, MAX (ctx->line * 0.6, 1.0));
          cairo_move_to (cr, req, cy);
          cairo_line_to (cr, x, cy);
          cairo_stroke (cr);
          if (h->requisition >= 0)
            {
              cairo_move_to (cr, req, cy - size * 0.4);
              cairo_line_to (cr, req, cy + size * 0.4);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
        }
      hr_chart_draw_marker (ctx, stroke->marker, stroke->hollow, &stroke->color, x, cy, size);
      /* the count, where it ends before the next mark on its row */
      for (guint j = i + 1; j < hires->len; j++)
        if (g_array_index (rows, guint, j) == row)
          {
            const HrSuggestedHire *next = &g_array_index (hires, HrSuggestedHire, j);
            int first = CLAMP (MIN (next->requisition, (int) next->month), 0, (int) n);

            room = plot->x + bw * (first + 0.5) - size * 0.5 - (x + size * 0.7);
            break;
          }
      {
        g_autofree char *count = hr_format_number (h->count, fabs (h->count - round (h->count)) > 1e-9 ? 1 : 0);
        g_autofree char *text = g_strdup_printf ("+%s", count);
        g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, text, ctx->text * 0.7, TRUE, 0, 1);
        double width;

        hr_chart_text_extents (label, &width, NULL);
        if (width <= room)
          hr_chart_text_draw (ctx, label, &stroke->color, x + size * 0.7, cy, 0.0, 0.5);
      }
    }
}

static void
headcount_paint (HrChartCtx          *ctx,
                 HrChartFigure       *figure,
                 const HrChartLayout *layout)
{
  HeadcountData *d = figure->data;
  const HrChartRect *plot = &layout->plot;
  HrChartStroke required, headcount, effective, topdown, hire, suggested;

  strokes (ctx->palette, &required, &headcount, &effective, &topdown, &hire, &suggested);

  /* late months first, behind everything */
  for (guint t = 0; t < d->n; t++)
    if (d->late[t])
      {
        double bx, bw;

        hr_chart_band_get (plot->x, plot->width, d->n, t, &bx, &bw);
        hr_chart_set_color (ctx->cr, &ctx->palette->late);
        cairo_rectangle (ctx->cr, bx, plot->y, bw, plot->height);
        cairo_fill (ctx->cr);
      }

  /* the range of the need behind the lines that show the plan's values */
  hr_chart_bands_series_paint (ctx, layout, plot, d->bands);
  if (d->topdown != NULL)
    hr_chart_draw_series (ctx, layout, plot, d->topdown, d->n, FALSE, &topdown);
  hr_chart_draw_series (ctx, layout, plot, d->headcount, d->n, TRUE, &headcount);
  hr_chart_draw_series (ctx, layout, plot, d->effective, d->n, TRUE, &effective);
  {
    HrChartStroke needed = needed_stroke (ctx->palette);
    hr_chart_draw_series (ctx, layout, plot, d->needed, d->n, FALSE, &needed);
  }
  hr_chart_draw_series (ctx, layout, plot, d->required, d->n, FALSE, &required);

  draw_hires (ctx, layout, d->hires, d->hire_rows, d->n, 0, &hire);
  draw_hires (ctx, layout, d->suggestions, d->suggestion_rows, d->n, d->n_hire_rows, &suggested);
}

const HrChartKindClass hr_chart_headcount_class = {
  headcount_prepare,
  headcount_paint,
};

/* hr-chart-books.c: each person's book against their limit, one row per
 * person (names stay readable for fifty people and in a narrow window),
 * and with a rebalancing the loads before and after side by side */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "hr-chart-private.h"

typedef struct {
  double name_width;   /* the names' column */
  double row;          /* height of one person's row */
  double label;        /* size of the names and values */
  HrChartRect plot;
  HrChartTicks ticks;
} BooksLayout;

static void
fill_of (HrChartCtx   *ctx,
         HrBookStatus  status,
         gboolean      before,
         HrChartFill  *fill)
{
  hr_chart_palette_series (ctx->palette, 0, fill);
  if (status == HR_BOOK_OVER)
    fill->color = ctx->palette->over;
  if (status == HR_BOOK_LIGHT)
    fill->color.a = 0.45;
  if (before)
    {
      /* before: the same colour, hatched and paler, so grey print tells them apart */
      fill->ink = fill->color;
      fill->color.a = 0.18;
      fill->pattern = HR_CHART_PATTERN_HATCH;
    }
}

static void
add_legend (HrChartCtx *ctx,
            GArray     *legend,
            gboolean    with_after)
{
  HrChartLegendItem item = { 0 };

  if (with_after)
    {
      item.label = g_strdup (_("Before"));
      item.swatch = HR_CHART_SWATCH_FILL;
      fill_of (ctx, HR_BOOK_OK, TRUE, &item.fill);
      g_array_append_val (legend, item);
      item.label = g_strdup (_("After rebalancing"));
      fill_of (ctx, HR_BOOK_OK, FALSE, &item.fill);
      g_array_append_val (legend, item);
    }
  else
    {
      item.label = g_strdup (_("Within the limit"));
      item.swatch = HR_CHART_SWATCH_FILL;
      fill_of (ctx, HR_BOOK_OK, FALSE, &item.fill);
      g_array_append_val (legend, item);
      item.label = g_strdup (C_("book", "Light"));
      fill_of (ctx, HR_BOOK_LIGHT, FALSE, &item.fill);
      g_array_append_val (legend, item);
    }
  item.label = g_strdup (_("Over the limit"));
  fill_of (ctx, HR_BOOK_OVER, FALSE, &item.fill);
  g_array_append_val (legend, item);
  item = (HrChartLegendItem) { g_strdup (_("Limit")), HR_CHART_SWATCH_LINE };
  item.stroke = (HrChartStroke) { ctx->palette->text, 1.3, 0, 0, HR_CHART_MARKER_NONE, FALSE };
  g_array_append_val (legend, item);
}

static void
clear_legend_item (gpointer data)
{
  g_free (((HrChartLegendItem *) data)->label);
}

GArray *
hr_chart_books_legend (HrChartCtx *ctx)
{
  GArray *legend = g_array_new (FALSE, TRUE, sizeof (HrChartLegendItem));

  g_array_set_clear_func (legend, clear_legend_item);
  if (ctx->options.books != NULL && hr_books_get_n_people (ctx->options.books) > 0)
    add_legend (ctx, legend, ctx->options.rebalance != NULL);
  return legend;
}

static double
load_x (const BooksLayout *l,
        double             load)
{
  return l->plot.x + l->plot.width * (CLAMP (load, 0, l->ticks.max) - l->ticks.min) / (l->ticks.max - l->ticks.min);
}

static double
draw_heading (HrChartCtx *ctx,
              double      x,
              double      y,
              double      width)
{
  HrBooks *books = ctx->options.books;
  HrRebalance *result = ctx->options.rebalance;
  g_autofree char *month = hr_format_month (hr_books_get_month (books), "%B %Y");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) subtitle_layout = NULL;
  const char *plan = hr_forecast_get_plan_name (ctx->forecast);
  double h;

  /* Translators: the chart's title; %s is the plan's name */
  title = plan && *plan ? g_strdup_printf (_("Books of business — %s"), plan) : g_strdup (_("Books of business"));
  if (result)
    {
      guint transfers = hr_rebalance_get_transfers (result), assignments = hr_rebalance_get_assignments (result);
      g_autofree char *moved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transfer", "%u transfers", transfers),
                                                transfers);
      g_autofree char *given = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assignment", "%u assignments",
                                                             assignments), assignments);

      /* Translators: month, then "3 transfers", then "2 assignments" */
      subtitle = g_strdup_printf (_("%s: load of each book before and after rebalancing (%s, %s)"),
                                  month, moved, given);
    }
  else
    /* Translators: month, then the months averaged */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: load of each book against its limit, %u month",
                                             "%s: load of each book against its limit, averaged over %u months",
                                             hr_books_get_window (books)),
                                month, hr_books_get_window (books));
  title_layout = hr_chart_text_layout (ctx, title, ctx->text * HR_CHART_TITLE_SIZE, TRUE, width, 1);
  hr_chart_text_draw (ctx, title_layout, &ctx->palette->text, x, y, 0.0, 0.0);
  hr_chart_text_extents (title_layout, NULL, &h);
  y += h + ctx->text * 0.2;
  subtitle_layout = hr_chart_text_layout (ctx, subtitle, ctx->text * HR_CHART_SUBTITLE_SIZE, FALSE, width, 1);
  hr_chart_text_draw (ctx, subtitle_layout, &ctx->palette->muted, x, y, 0.0, 0.0);
  hr_chart_text_extents (subtitle_layout, NULL, &h);
  return y + h;
}

/* The legend in one row, left to right; returns its height */
static double
draw_legend_row (HrChartCtx *ctx,
                 double      x,
                 double      y,
                 double      width)
{
  g_autoptr(GArray) legend = hr_chart_books_legend (ctx);
  double size = ctx->text * HR_CHART_LEGEND_SIZE;
  double cy = y + size * 0.8;

  for (guint i = 0; i < legend->len; i++)
    {
      const HrChartLegendItem *item = &g_array_index (legend, HrChartLegendItem, i);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, item->label, size, FALSE, 0, 1);
      double w, swatch = item->swatch == HR_CHART_SWATCH_LINE ? size * 0.3 : size * 1.1;

      hr_chart_text_extents (label, &w, NULL);
      if (x + swatch + size * 0.5 + w > ctx->width)
        break;
      if (item->swatch == HR_CHART_SWATCH_LINE)
        {
          cairo_save (ctx->cr);
          hr_chart_set_stroke (ctx, &item->stroke);
          cairo_move_to (ctx->cr, x + swatch / 2, cy - size * 0.6);
          cairo_line_to (ctx->cr, x + swatch / 2, cy + size * 0.6);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);
        }
      else
        hr_chart_fill_rect (ctx->cr, &item->fill, x, cy - size * 0.55, size * 1.1, size * 1.1, size * 0.35);
      hr_chart_text_draw (ctx, label, &ctx->palette->text, x + swatch + size * 0.5, cy, 0.0, 0.5);
      x += swatch + size * 0.5 + w + size * 1.6;
    }
  (void) width;
  return size * 1.6;
}

static void
layout_rows (HrChartCtx  *ctx,
             BooksLayout *l,
             double       top,
             double       bottom,
             double       left,
             double       right)
{
  HrBooks *books = ctx->options.books;
  HrRebalance *result = ctx->options.rebalance;
  guint n = hr_books_get_n_people (books);
  double highest = 1.0, widest = 0;

  l->row = (bottom - top - ctx->text * 1.8) / n;
  /* names as large as the rows allow, up to the tick labels' size */
  l->label = MIN (ctx->text * HR_CHART_TICK_SIZE, l->row * (result ? 0.42 : 0.6));
  for (guint p = 0; p < n; p++)
    {
      const HrBook *book = hr_books_get_person (books, p);

      highest = MAX (highest, MAX (book->load, book->limit));
      if (result)
        highest = MAX (highest, hr_rebalance_get_load_after (result, p));
      widest = MAX (widest, hr_chart_text_width (ctx, book->name, l->label, FALSE));
    }
  /* room after the bar for its value */
  hr_chart_ticks_compute (0, highest > 1.0 ? highest * 1.02 : 1.0, 6, &l->ticks);
  l->name_width = MIN (widest + ctx->text * 0.6, (right - left) * 0.3);
  l->plot = (HrChartRect) { left + l->name_width, top, right - left - l->name_width - ctx->text * 4.5,
                            bottom - top - ctx->text * 1.8 };
}

static void
draw_axis (HrChartCtx        *ctx,
           const BooksLayout *l)
{
  double grid = MAX (ctx->line * 0.45, 1.0);

  for (guint i = 0; i < l->ticks.n; i++)
    {
      double v = hr_chart_ticks_value (&l->ticks, i);
      double x = load_x (l, v);
      g_autofree char *text = hr_format_percent (v, 0);
      g_autoptr(PangoLayout) label = hr_chart_text_layout (ctx, text, ctx->text * HR_CHART_TICK_SIZE, FALSE, 0, 1);

      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, v == 0 ? &ctx->palette->axis : &ctx->palette->grid);
      cairo_set_line_width (ctx->cr, v == 0 ? MAX (ctx->line * 0.6, 1.0) : grid);
      cairo_move_to (ctx->cr, x, l->plot.y);
      cairo_line_to (ctx->cr, x, l->plot.y + l->plot.height);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
      hr_chart_text_draw (ctx, label, &ctx->palette->muted, x, l->plot.y + l->plot.height + ctx->text * 0.35, 0.5, 0.0);
    }
}

static void
draw_bar (HrChartCtx        *ctx,
          const BooksLayout *l,
          double             y,
          double             height,
          double             load,
          HrBookStatus       status,
          gboolean           before)
{
  HrChartFill fill;
  double x0 = load_x (l, 0), x1 = load_x (l, load);

  fill_of (ctx, status, before, &fill);
  hr_chart_fill_rect (ctx->cr, &fill, x0, y, MAX (x1 - x0, 0), height, ctx->text * 0.35);
  if (before)
    {
      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, &fill.ink);
      cairo_set_line_width (ctx->cr, MAX (ctx->line * 0.5, 1.0));
      cairo_rectangle (ctx->cr, x0, y, MAX (x1 - x0, 0), height);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
    }
}

static void
draw_rows (HrChartCtx        *ctx,
           const BooksLayout *l)
{
  HrBooks *books = ctx->options.books;
  HrRebalance *result = ctx->options.rebalance;

  for (guint p = 0; p < hr_books_get_n_people (books); p++)
    {
      const HrBook *book = hr_books_get_person (books, p);
      double top = l->plot.y + p * l->row, cy = top + l->row / 2;
      double after = result ? hr_rebalance_get_load_after (result, p) : book->load;
      g_autoptr(PangoLayout) name = hr_chart_text_layout (ctx, book->name, l->label, FALSE, l->name_width - ctx->text * 0.6, 1);
      g_autofree char *value = NULL;
      g_autoptr(PangoLayout) value_layout = NULL;
      double limit_x = load_x (l, book->limit);

      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      hr_chart_text_draw (ctx, name, &ctx->palette->text, l->plot.x - ctx->text * 0.5, cy, 1.0, 0.5);
      if (result)
        {
          double bar = MIN (l->row * 0.34, ctx->text * 1.3);

          draw_bar (ctx, l, cy - bar - l->row * 0.02, bar, book->load, book->status, TRUE);
          draw_bar (ctx, l, cy + l->row * 0.02, bar, after, hr_books_status_for (books, p, after), FALSE);
          {
            g_autofree char *from = hr_format_percent (book->load, 0);
            g_autofree char *to = hr_format_percent (after, 0);
            /* Translators: a book's load before → after rebalancing */
            value = g_strdup_printf (_("%s → %s"), from, to);
          }
        }
      else
        {
          double bar = MIN (l->row * 0.62, ctx->text * 2.2);

          draw_bar (ctx, l, cy - bar / 2, bar, book->load, book->status, FALSE);
          value = hr_format_percent (book->load, 0);
        }
      /* the limit crosses the row */
      cairo_save (ctx->cr);
      hr_chart_set_color (ctx->cr, &ctx->palette->text);
      cairo_set_line_width (ctx->cr, MAX (ctx->line * 1.3, 1.5));
      cairo_move_to (ctx->cr, limit_x, top + l->row * 0.1);
      cairo_line_to (ctx->cr, limit_x, top + l->row * 0.9);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);

      value_layout = hr_chart_text_layout (ctx, value, l->label, after > book->limit + 1e-9 || book->status == HR_BOOK_OVER, 0, 1);
      {
        double w, vx = load_x (l, MAX (after, book->load)) + ctx->text * 0.4;

        /* the value right after the bar, unless the limit mark would cross it */
        hr_chart_text_extents (value_layout, &w, NULL);
        if (vx - ctx->text * 0.3 <= limit_x && limit_x <= vx + w + ctx->text * 0.2)
          vx = limit_x + ctx->text * 0.4;
        hr_chart_text_draw (ctx, value_layout, &ctx->palette->text, vx, cy, 0.0, 0.5);
      }
    }
}

static char *
dup_footnote (HrBooks     *books,
              HrRebalance *result)
{
  g_autofree char *limit = g_strdup (_("The mark on each row is that person's limit."));
  guint n = 0;
  double hours = 0;

  /* the accounts without an owner in the books drawn: after the moves, if any */
  for (guint j = 0; j < hr_books_get_n_accounts (books); j++)
    if ((result ? hr_rebalance_get_owner_after (result, j) : hr_books_get_account (books, j)->owner) < 0)
      {
        n++;
        hours += hr_books_get_account (books, j)->workload;
      }
  if (n == 0)
    return g_steal_pointer (&limit);
  {
    g_autofree char *shown = hr_format_number (hours, 0);
    /* Translators: the limit sentence, then unassigned accounts and their hours a month */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %u account is unassigned (%s h a month).",
                                         "%s %u accounts are unassigned (%s h a month).", n),
                            limit, n, shown);
  }
}

void
hr_chart_books_paint (HrChartCtx *ctx)
{
  HrBooks *books = ctx->options.books;
  double pad = ctx->text * 1.2;
  double x = pad, width = ctx->width - 2 * pad, y = pad, foot_h = 0;
  g_autofree char *footnote = NULL;
  g_autoptr(PangoLayout) foot = NULL;
  BooksLayout layout = { 0 };

  hr_chart_set_color (ctx->cr, &ctx->palette->background);
  cairo_paint (ctx->cr);
  if (books == NULL || hr_books_get_n_people (books) == 0)
    {
      HrChartRect all = { 0, 0, ctx->width, ctx->height };
      hr_chart_draw_message (ctx, &all, _("No books yet: add people and their accounts, or import them from your CRM"));
      return;
    }
  if (!ctx->options.untitled)
    y = draw_heading (ctx, x, y, width) + ctx->text * 0.6;
  y += draw_legend_row (ctx, x, y, width) + ctx->text * 0.6;
  if (!ctx->options.untitled)
    {
      footnote = dup_footnote (books, ctx->options.rebalance);
      foot = hr_chart_text_layout (ctx, footnote, ctx->text * HR_CHART_FOOT_SIZE, FALSE, width, 2);
      hr_chart_text_extents (foot, NULL, &foot_h);
      hr_chart_text_draw (ctx, foot, &ctx->palette->muted, x, ctx->height - pad - foot_h, 0.0, 0.0);
      foot_h += ctx->text * 0.6;
    }
  layout_rows (ctx, &layout, y, ctx->height - pad - foot_h, x, x + width);
  if (layout.row <= 0 || layout.plot.width <= 0)
    return;
  draw_axis (ctx, &layout);
  draw_rows (ctx, &layout);
}

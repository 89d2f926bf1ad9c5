/* hr-page.c: the pages of a report, laid out as a list and drawn on demand
 *
 * Text is measured with a pango context whose metrics are not hinted, as
 * the charts' are, so a page measures the same on a PDF surface, a printer
 * or the screen, and the boxes checked here are the boxes drawn.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>
#include <glib/gi18n-lib.h>

#include "hr-chart.h"
#include "hr-page-private.h"

static const struct {
  double   size;
  double   min_size;    /* the smallest a text of this style shrinks to */
  gboolean bold;
  HrInk    ink;
} styles[HR_N_TEXT_STYLES] = {
  [HR_TEXT_COVER_TITLE] = { 30.0, 16.0, TRUE, HR_INK_TEXT },
  [HR_TEXT_HEADLINE] = { 17.0, 11.0, FALSE, HR_INK_ACCENT },
  [HR_TEXT_TITLE] = { 19.0, 12.0, TRUE, HR_INK_TEXT },
  [HR_TEXT_HEADING] = { 12.0, 9.0, TRUE, HR_INK_TEXT },
  [HR_TEXT_BODY] = { 10.0, 8.0, FALSE, HR_INK_TEXT },
  [HR_TEXT_NOTE] = { 8.0, 6.5, FALSE, HR_INK_MUTED },
  [HR_TEXT_FIGURE] = { 22.0, 11.0, TRUE, HR_INK_ACCENT },
  [HR_TEXT_CELL] = { 8.5, 6.0, FALSE, HR_INK_TEXT },
  [HR_TEXT_CELL_STRONG] = { 8.5, 6.0, TRUE, HR_INK_TEXT },
  [HR_TEXT_HEAD_CELL] = { 8.0, 6.0, TRUE, HR_INK_MUTED },
  [HR_TEXT_FOOTER] = { 7.5, 6.0, FALSE, HR_INK_MUTED },
};

static const double inks[HR_N_INKS][3] = {
  [HR_INK_TEXT] = { 0.12, 0.13, 0.15 },
  [HR_INK_MUTED] = { 0.36, 0.38, 0.42 },
  [HR_INK_ACCENT] = { 0.030, 0.294, 0.438 },
  [HR_INK_RULE] = { 0.78, 0.80, 0.83 },
  [HR_INK_STRIPE] = { 0.962, 0.967, 0.975 },
  [HR_INK_HEAD] = { 0.915, 0.925, 0.94 },
  [HR_INK_BEST] = { 0.83, 0.92, 0.84 },
  [HR_INK_WARN] = { 0.99, 0.87, 0.83 },
  [HR_INK_PANEL] = { 0.945, 0.955, 0.97 },
};

static const char *paper_names[HR_N_PAPERS] = { "a4", "letter" };

/* Margins in points: about 15 mm at the sides, room for the footer below */
#define MARGIN_SIDE    42.0
#define MARGIN_TOP     34.0
#define MARGIN_BOTTOM  26.0
#define FOOTER_HEIGHT  16.0
#define FOOTER_GAP      8.0
#define TITLE_GAP      10.0
/* tolerance of the box check: a hundredth of a point */
#define SLACK           0.01

void
hr_paper_get_size (HrPaper   paper,
                   gboolean  landscape,
                   double   *width,
                   double   *height)
{
  /* ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in */
  double w = paper == HR_PAPER_LETTER ? 612.0 : 595.2756;
  double h = paper == HR_PAPER_LETTER ? 792.0 : 841.8898;

  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

const char *
hr_paper_to_string (HrPaper paper)
{
  g_return_val_if_fail (paper < HR_N_PAPERS, NULL);
  return paper_names[paper];
}

gboolean
hr_paper_from_string (const char *str,
                      HrPaper    *paper)
{
  for (guint i = 0; str != NULL && i < HR_N_PAPERS; i++)
    if (g_ascii_strcasecmp (str, paper_names[i]) == 0)
      {
        *paper = i;
        return TRUE;
      }
  return FALSE;
}

/* --- items and pages --- */

static void
item_free (gpointer data)
{
  HrPageItem *item = data;

  g_free (item->text);
  g_clear_object (&item->forecast);
  g_clear_pointer (&item->scenarios, g_ptr_array_unref);
  g_free (item);
}

static void
page_free (gpointer data)
{
  HrPageSheet *page = data;

  g_free (page->title);
  g_free (page->base_title);
  g_ptr_array_unref (page->items);
  g_free (page);
}

HrPageDoc *
hr_page_doc_new (double      width,
                 double      height,
                 const char *footer)
{
  HrPageDoc *doc = g_new0 (HrPageDoc, 1);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  doc->width = MAX (width, 144.0);
  doc->height = MAX (height, 144.0);
  doc->footer = g_strdup (footer != NULL ? footer : "");
  doc->pages = g_ptr_array_new_with_free_func (page_free);
  doc->content = (HrPageRect) { MARGIN_SIDE, MARGIN_TOP, doc->width - 2 * MARGIN_SIDE,
                                doc->height - MARGIN_TOP - MARGIN_BOTTOM - FOOTER_HEIGHT - FOOTER_GAP };

  /* unhinted metrics: the same measure on every surface and scale */
  doc->pango = pango_font_map_create_context (map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (doc->pango, options);
  pango_cairo_context_set_resolution (doc->pango, 72.0);
  cairo_font_options_destroy (options);
  doc->font = pango_font_description_from_string ("Sans");
  hr_page_shapes_init (doc);
  return doc;
}

void
hr_page_doc_free (HrPageDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->pages);
  g_free (doc->footer);
  hr_page_shapes_clear (doc);
  g_object_unref (doc->pango);
  pango_font_description_free (doc->font);
  g_free (doc);
}

double
hr_page_doc_get_width (HrPageDoc *doc)
{
  return doc->width;
}

double
hr_page_doc_get_height (HrPageDoc *doc)
{
  return doc->height;
}

HrPageRect
hr_page_doc_get_content (HrPageDoc *doc)
{
  return doc->content;
}

guint
hr_page_doc_get_n_pages (HrPageDoc *doc)
{
  return doc->pages->len;
}

const char *
hr_page_doc_get_page_title (HrPageDoc *doc,
                            guint      page)
{
  g_return_val_if_fail (page < doc->pages->len, NULL);
  return ((HrPageSheet *) doc->pages->pdata[page])->title;
}

static HrPageSheet *
current_page (HrPageDoc *doc)
{
  if (doc->pages->len == 0)
    hr_page_doc_begin_page (doc, NULL);
  return doc->pages->pdata[MIN (doc->current, doc->pages->len - 1)];
}

void
hr_page_doc_set_page (HrPageDoc *doc,
                      guint      page)
{
  g_return_if_fail (page < doc->pages->len);
  doc->current = page;
}

/* --- text --- */

/* Does @item's text fit its box at its size, whole? */
static gboolean
item_fits (HrPageDoc  *doc,
           HrPageItem *item,
           double     *height)
{
  const HrPageShape *shape = hr_page_shape (doc, item);
  double h = (double) shape->logical.height / PANGO_SCALE;

  if (height)
    *height = h;
  return !shape->ellipsized && h <= item->box.height + SLACK;
}

static double
add_text_on (HrPageDoc        *doc,
             HrPageSheet      *page,
             const HrPageRect *box,
             HrTextStyle       style,
             HrFit             fit,
             HrAlign           align,
             HrInk             ink,
             const char       *text)
{
  HrPageItem *item;
  double height = 0.0;

  g_return_val_if_fail (style < HR_N_TEXT_STYLES, 0.0);
  if (text == NULL || *text == '\0')
    return 0.0;

  item = g_new0 (HrPageItem, 1);
  item->kind = HR_PAGE_ITEM_TEXT;
  item->box = *box;
  item->box.width = MAX (item->box.width, 1.0);
  item->box.height = MAX (item->box.height, 1.0);
  item->style = style;
  item->ink = ink;
  item->bold = styles[style].bold;
  item->align = align;
  item->wrap = fit == HR_FIT_WRAP;
  /* one line texts hold no line breaks */
  item->text = item->wrap ? g_strdup (text) : g_strdelimit (g_strdup (text), "\n", ' ');
  item->size = styles[style].size;

  /* shrink by half points until it fits, down to the style's smallest
   * size; what still does not fit is ellipsized there */
  if (fit == HR_FIT_SHRINK && !item_fits (doc, item, &height))
    {
      /* one line scales with its size: start from the size that should fit */
      double natural = hr_page_text_width (doc, style, item->text);

      if (natural > item->box.width)
        item->size = MAX (floor (item->size * item->box.width / natural * 2.0) / 2.0, styles[style].min_size);
    }
  if (fit != HR_FIT_ELLIPSIZE)
    while (!item_fits (doc, item, &height) && item->size - 0.5 >= styles[style].min_size - 1e-9)
      item->size -= 0.5;
  item_fits (doc, item, &height);
  g_ptr_array_add (page->items, item);
  return MIN (height, item->box.height);
}

double
hr_page_doc_add_text_ink (HrPageDoc        *doc,
                          const HrPageRect *box,
                          HrTextStyle       style,
                          HrFit             fit,
                          HrAlign           align,
                          HrInk             ink,
                          const char       *text)
{
  return add_text_on (doc, current_page (doc), box, style, fit, align, ink, text);
}

double
hr_page_doc_add_text (HrPageDoc        *doc,
                      const HrPageRect *box,
                      HrTextStyle       style,
                      HrFit             fit,
                      HrAlign           align,
                      const char       *text)
{
  return hr_page_doc_add_text_ink (doc, box, style, fit, align, styles[style].ink, text);
}

double
hr_page_doc_measure (HrPageDoc   *doc,
                     HrTextStyle  style,
                     double       width,
                     const char  *text)
{
  HrPageItem item = {
    .kind = HR_PAGE_ITEM_TEXT, .box = { 0, 0, MAX (width, 1.0), G_MAXINT / PANGO_SCALE / 2 },
    .text = (char *) (text != NULL ? text : ""), .style = style, .size = styles[style].size,
    .bold = styles[style].bold, .wrap = TRUE,
  };

  return (double) hr_page_shape (doc, &item)->logical.height / PANGO_SCALE;
}

double
hr_page_doc_line_height (HrPageDoc   *doc,
                         HrTextStyle  style)
{
  g_return_val_if_fail (style < HR_N_TEXT_STYLES, 0.0);
  if (doc->line_heights[style] <= 0)
    doc->line_heights[style] = hr_page_doc_measure (doc, style, 1000.0, "Ag");
  return doc->line_heights[style];
}

double
hr_page_text_width (HrPageDoc   *doc,
                    HrTextStyle  style,
                    const char  *text)
{
  HrPageItem item = {
    .kind = HR_PAGE_ITEM_TEXT, .text = (char *) (text != NULL ? text : ""), .style = style,
    .size = styles[style].size, .bold = styles[style].bold,
  };

  return (double) hr_page_shape (doc, &item)->logical.width / PANGO_SCALE;
}

static void
add_fill_on (HrPageSheet      *page,
             const HrPageRect *box,
             HrInk             ink)
{
  HrPageItem *item = g_new0 (HrPageItem, 1);

  item->kind = HR_PAGE_ITEM_FILL;
  item->box = *box;
  item->ink = ink;
  g_ptr_array_add (page->items, item);
}

void
hr_page_doc_add_fill (HrPageDoc        *doc,
                      const HrPageRect *box,
                      HrInk             ink)
{
  add_fill_on (current_page (doc), box, ink);
}

/* --- flow --- */

static void
begin_page (HrPageDoc  *doc,
            const char *title,
            const char *base_title)
{
  HrPageSheet *page = g_new0 (HrPageSheet, 1);

  page->items = g_ptr_array_new_with_free_func (item_free);
  page->title = g_strdup (title);
  page->base_title = g_strdup (base_title);
  g_ptr_array_add (doc->pages, page);
  doc->current = doc->pages->len - 1;
  doc->y = doc->content.y;
  if (title != NULL)
    {
      HrPageRect box = { doc->content.x, doc->y, doc->content.width,
                         hr_page_doc_line_height (doc, HR_TEXT_TITLE) };
      HrPageRect rule;
      double h = hr_page_doc_add_text (doc, &box, HR_TEXT_TITLE, HR_FIT_SHRINK, HR_ALIGN_START, title);

      doc->y += h + 4.0;
      rule = (HrPageRect) { doc->content.x, doc->y, doc->content.width, 0.75 };
      hr_page_doc_add_fill (doc, &rule, HR_INK_ACCENT);
      doc->y += TITLE_GAP;
    }
  page->body_top = doc->y;
}

void
hr_page_doc_begin_page (HrPageDoc  *doc,
                        const char *title)
{
  g_return_if_fail (!doc->finished);
  begin_page (doc, title, title);
}

double
hr_page_doc_get_room (HrPageDoc *doc)
{
  current_page (doc);
  return doc->content.y + doc->content.height - doc->y;
}

/* A new page that carries on the current one's section */
static void
continue_page (HrPageDoc *doc)
{
  HrPageSheet *page = current_page (doc);
  g_autofree char *title = NULL;

  if (page->base_title != NULL)
    /* Translators: the title of a page that carries on the one before,
     * e.g. "The journey designed (continued)" */
    title = g_strdup_printf (_("%s (continued)"), page->base_title);
  begin_page (doc, title, page->base_title);
}

void
hr_page_doc_ensure_room (HrPageDoc *doc,
                         double     height)
{
  HrPageSheet *page = current_page (doc);

  if (height > hr_page_doc_get_room (doc) + SLACK && doc->y > page->body_top + SLACK)
    continue_page (doc);
}

HrPageRect
hr_page_doc_take (HrPageDoc *doc,
                  double     height)
{
  HrPageRect box;

  /* a page with nothing below its title yet keeps what is too tall */
  hr_page_doc_ensure_room (doc, height);
  height = MIN (height, hr_page_doc_get_room (doc));
  box = (HrPageRect) { doc->content.x, doc->y, doc->content.width, MAX (height, 0.0) };
  doc->y += box.height;
  return box;
}

void
hr_page_doc_skip (HrPageDoc *doc,
                  double     height)
{
  current_page (doc);
  doc->y = MIN (doc->y + height, doc->content.y + doc->content.height);
}

void
hr_page_doc_add_paragraph (HrPageDoc   *doc,
                           HrTextStyle  style,
                           const char  *text)
{
  double height;
  HrPageRect box;

  if (text == NULL || *text == '\0')
    return;
  height = hr_page_doc_measure (doc, style, doc->content.width, text);
  box = hr_page_doc_take (doc, height);
  hr_page_doc_add_text (doc, &box, style, HR_FIT_WRAP, HR_ALIGN_START, text);
  hr_page_doc_skip (doc, hr_page_doc_line_height (doc, style) * 0.5);
}

#define HEADING_GAP 5.0

double
hr_page_doc_heading_height (HrPageDoc *doc)
{
  return hr_page_doc_line_height (doc, HR_TEXT_HEADING) + HEADING_GAP;
}

void
hr_page_doc_add_heading (HrPageDoc  *doc,
                         const char *text,
                         double      keep)
{
  double line = hr_page_doc_line_height (doc, HR_TEXT_HEADING);
  HrPageRect box;

  hr_page_doc_ensure_room (doc, line + HEADING_GAP + 1.0 + keep);
  box = hr_page_doc_take (doc, line);
  hr_page_doc_add_text (doc, &box, HR_TEXT_HEADING, HR_FIT_SHRINK, HR_ALIGN_START, text);
  hr_page_doc_skip (doc, HEADING_GAP);
}

double
hr_page_doc_paragraph_height (HrPageDoc   *doc,
                              HrTextStyle  style,
                              const char  *text)
{
  if (text == NULL || *text == '\0')
    return 0.0;
  return hr_page_doc_measure (doc, style, doc->content.width, text) + hr_page_doc_line_height (doc, style) * 0.5;
}

void
hr_page_doc_add_chart (HrPageDoc            *doc,
                       double                height,
                       HrForecast           *forecast,
                       GPtrArray            *scenario_forecasts,
                       const HrChartOptions *options)
{
  HrPageItem *item = g_new0 (HrPageItem, 1);

  item->kind = HR_PAGE_ITEM_CHART;
  item->box = hr_page_doc_take (doc, height);
  item->forecast = g_object_ref (forecast);
  item->scenarios = scenario_forecasts ? g_ptr_array_ref (scenario_forecasts) : NULL;
  item->options = *options;
  item->options.font_family = NULL;
  g_ptr_array_add (current_page (doc)->items, item);
  hr_page_doc_skip (doc, 6.0);
}

void
hr_page_doc_finish (HrPageDoc *doc)
{
  guint n = doc->pages->len;
  double line = hr_page_doc_line_height (doc, HR_TEXT_FOOTER);
  double top = doc->height - MARGIN_BOTTOM - FOOTER_HEIGHT;

  g_return_if_fail (!doc->finished);
  for (guint i = 0; i < n; i++)
    {
      HrPageSheet *page = doc->pages->pdata[i];
      /* Translators: the page number in a report's footer, "Page 2 of 9" */
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), i + 1, n);
      double number_width = hr_page_text_width (doc, HR_TEXT_FOOTER, number) + 1.0;
      HrPageRect rule = { MARGIN_SIDE, top, doc->width - 2 * MARGIN_SIDE, 0.5 };
      HrPageRect right = { doc->width - MARGIN_SIDE - number_width, top + 4.0, number_width, line };
      HrPageRect left = { MARGIN_SIDE, top + 4.0, doc->width - 2 * MARGIN_SIDE - number_width - 24.0, line };

      add_fill_on (page, &rule, HR_INK_RULE);
      add_text_on (doc, page, &left, HR_TEXT_FOOTER, HR_FIT_ELLIPSIZE, HR_ALIGN_START, HR_INK_MUTED, doc->footer);
      add_text_on (doc, page, &right, HR_TEXT_FOOTER, HR_FIT_SHRINK, HR_ALIGN_END, HR_INK_MUTED, number);
    }
  doc->finished = TRUE;
}

/* --- drawing --- */

static void
set_ink (cairo_t *cr,
         HrInk    ink)
{
  cairo_set_source_rgb (cr, inks[ink][0], inks[ink][1], inks[ink][2]);
}

void
hr_page_doc_draw_page (HrPageDoc *doc,
                       cairo_t   *cr,
                       guint      page_index)
{
  HrPageSheet *page;

  g_return_if_fail (page_index < doc->pages->len);
  page = doc->pages->pdata[page_index];

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, doc->width, doc->height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hr_page_shapes_update_context (doc, cr);
  for (guint i = 0; i < page->items->len; i++)
    {
      HrPageItem *item = page->items->pdata[i];

      switch (item->kind)
        {
        case HR_PAGE_ITEM_FILL:
          set_ink (cr, item->ink);
          cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
          cairo_fill (cr);
          break;
        case HR_PAGE_ITEM_CHART:
          cairo_save (cr);
          cairo_translate (cr, item->box.x, item->box.y);
          hr_chart_draw (cr, item->box.width, item->box.height, item->forecast, item->scenarios, &item->options);
          cairo_restore (cr);
          break;
        case HR_PAGE_ITEM_TEXT:
        default:
          cairo_save (cr);
          set_ink (cr, item->ink);
          cairo_move_to (cr, item->box.x, item->box.y);
          pango_cairo_show_layout (cr, hr_page_shape (doc, item)->layout);
          cairo_restore (cr);
          break;
        }
    }
  cairo_restore (cr);
}

gboolean
hr_page_doc_write_pdf (HrPageDoc   *doc,
                       const char  *path,
                       const char  *title,
                       GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (doc->finished, FALSE);

  surface = cairo_pdf_surface_create (path, doc->width, doc->height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  /* the title, and no date: the same plan gives the same bytes */
  hr_chart_pdf_set_metadata (surface, title != NULL ? title : doc->footer);
  cr = cairo_create (surface);
  for (guint i = 0; i < doc->pages->len; i++)
    {
      hr_page_doc_draw_page (doc, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s: a file name, then cairo's reason */
                   _("Could not write %s: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* --- checking --- */

char *
hr_page_doc_check_boxes (HrPageDoc *doc,
                         guint     *n_ellipsized)
{
  GString *out = g_string_new (NULL);
  guint shortened = 0;

  for (guint p = 0; p < doc->pages->len; p++)
    {
      HrPageSheet *page = doc->pages->pdata[p];

      for (guint i = 0; i < page->items->len; i++)
        {
          HrPageItem *item = page->items->pdata[i];
          g_autoptr(PangoLayout) layout = NULL;
          const HrPageShape *shape;
          PangoRectangle logical;
          double left, top, right, bottom;
          gboolean footer = item->style == HR_TEXT_FOOTER;
          double page_left = MARGIN_SIDE, page_right = doc->width - MARGIN_SIDE;
          double page_top = footer ? doc->content.y : MARGIN_TOP;
          double page_bottom = footer ? doc->height - MARGIN_BOTTOM : doc->content.y + doc->content.height;

          if (item->kind == HR_PAGE_ITEM_CHART)
            {
              if (item->box.x < page_left - SLACK || item->box.x + item->box.width > page_right + SLACK
                  || item->box.y < page_top - SLACK || item->box.y + item->box.height > page_bottom + SLACK)
                g_string_append_printf (out, "page %u: a chart leaves the page's margins\n", p + 1);
              continue;
            }
          if (item->kind != HR_PAGE_ITEM_TEXT)
            continue;
          /* a layout of its own, and the shape drawn must agree with it */
          layout = hr_page_make_layout (doc, item);
          pango_layout_get_extents (layout, NULL, &logical);
          shape = hr_page_shape (doc, item);
          if (memcmp (&logical, &shape->logical, sizeof logical) != 0
              || pango_layout_is_ellipsized (layout) != shape->ellipsized)
            g_string_append_printf (out, "page %u: “%s” is drawn from another shape than its own\n", p + 1,
                                    item->text);
          left = item->box.x + (double) logical.x / PANGO_SCALE;
          top = item->box.y + (double) logical.y / PANGO_SCALE;
          right = left + (double) logical.width / PANGO_SCALE;
          bottom = top + (double) logical.height / PANGO_SCALE;
          if (shape->ellipsized)
            shortened++;
          if (left < item->box.x - SLACK || right > item->box.x + item->box.width + SLACK)
            g_string_append_printf (out, "page %u: “%s” is %.2f pt wider than its box\n", p + 1, item->text,
                                    MAX (item->box.x - left, right - item->box.x - item->box.width));
          if (top < item->box.y - SLACK || bottom > item->box.y + item->box.height + SLACK)
            g_string_append_printf (out, "page %u: “%s” is %.2f pt taller than its box\n", p + 1, item->text,
                                    MAX (item->box.y - top, bottom - item->box.y - item->box.height));
          if (item->box.x < page_left - SLACK || item->box.x + item->box.width > page_right + SLACK
              || item->box.y < page_top - SLACK || item->box.y + item->box.height > page_bottom + SLACK)
            g_string_append_printf (out, "page %u: the box of “%s” leaves the page's margins\n", p + 1, item->text);
        }
    }
  if (n_ellipsized)
    *n_ellipsized = shortened;
  return g_string_free (out, out->len == 0);
}

char *
hr_page_doc_dup_page_text (HrPageDoc *doc,
                           guint      page_index)
{
  GString *out = g_string_new (NULL);
  HrPageSheet *page;

  g_return_val_if_fail (page_index < doc->pages->len, NULL);
  page = doc->pages->pdata[page_index];
  for (guint i = 0; i < page->items->len; i++)
    {
      HrPageItem *item = page->items->pdata[i];

      if (item->kind == HR_PAGE_ITEM_TEXT)
        {
          g_string_append (out, item->text);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

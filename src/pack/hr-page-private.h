/* hr-page-private.h: the page list inside the pack library */
#pragma once

#include <pango/pangocairo.h>

#include "hr-page.h"

G_BEGIN_DECLS

typedef enum {
  HR_PAGE_ITEM_TEXT,
  HR_PAGE_ITEM_FILL,
  HR_PAGE_ITEM_CHART,
} HrPageItemKind;

/* One thing drawn on a page: text as fitted when laid out (its final size
 * and whether it wraps), so that drawing and checking make the same layout */
typedef struct {
  HrPageItemKind  kind;
  HrPageRect      box;
  HrInk           ink;
  char           *text;
  HrTextStyle     style;
  double          size;
  gboolean        bold;
  gboolean        wrap;
  HrAlign         align;
  HrForecast     *forecast;
  GPtrArray      *scenarios;
  HrChartOptions  options;
} HrPageItem;

typedef struct {
  char      *title;
  char      *base_title;   /* the section's title, without "continued" */
  GPtrArray *items;        /* HrPageItem */
  double     body_top;     /* the cursor below the title */
} HrPageSheet;

struct _HrPageDoc
{
  double                width;
  double                height;
  char                 *footer;
  HrPageRect            content;
  GPtrArray            *pages;   /* HrPageSheet */
  double                y;       /* the cursor on the last page */
  guint                 current; /* the page items go to: the last one,
                                    unless hr_page_doc_set_page() said another */
  gboolean              finished;
  PangoContext         *pango;
  PangoFontDescription *font;
  double                line_heights[HR_N_TEXT_STYLES];  /* 0 until measured */
  GHashTable           *shapes;         /* hr-page-text.c */
  guint                 shapes_serial;  /* the context's serial they were shaped at */
  cairo_font_options_t *drawn_options;  /* what the context was last updated to */
  cairo_matrix_t        drawn_matrix;
};

/* A text shaped for its box: the layout drawn, and what fitting and
 * checking read of it */
typedef struct {
  PangoLayout    *layout;
  PangoRectangle  logical;
  gboolean        ellipsized;
} HrPageShape;

/* hr-page-text.c */
void               hr_page_shapes_init   (HrPageDoc        *doc);
void               hr_page_shapes_clear  (HrPageDoc        *doc);
/* Gives the context @cr's matrix and font options before a page is drawn */
void               hr_page_shapes_update_context (HrPageDoc *doc,
                                                  cairo_t   *cr);
/* A new layout of @item's text in its font and box */
PangoLayout       *hr_page_make_layout   (HrPageDoc        *doc,
                                          const HrPageItem *item);
/* The same, shaped once per document for every equal text, font and box;
 * owned by @doc, valid until the next call */
const HrPageShape *hr_page_shape         (HrPageDoc        *doc,
                                          const HrPageItem *item);
/* The natural width of one line of @text in @style */
double       hr_page_text_width   (HrPageDoc        *doc,
                                   HrTextStyle       style,
                                   const char       *text);

G_END_DECLS

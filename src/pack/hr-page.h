/* hr-page.h: pages of a report: paper and margins, a running footer with
 * page numbers, text boxes measured with pango so that text never leaves its
 * box, tables that split across pages with their header repeated, and charts
 * drawn into boxes by hr_chart_draw(). cairo + pango only.
 *
 * Laying out builds the whole document as a list of pages without drawing
 * anything, so the number of pages is known before the first is drawn (a
 * print operation asks for it first). Each page is then drawn onto any
 * cairo_t: a PDF surface, or a GtkPrintContext's. The same document draws
 * the same pages everywhere.
 */
#pragma once

#include <cairo.h>

#include "hr-chart.h"

G_BEGIN_DECLS

typedef enum {
  HR_PAPER_A4,
  HR_PAPER_LETTER,
  HR_N_PAPERS
} HrPaper;

typedef enum {
  HR_TEXT_COVER_TITLE,   /* the plan's name on the cover */
  HR_TEXT_HEADLINE,      /* the cover's one sentence */
  HR_TEXT_TITLE,         /* a page's title */
  HR_TEXT_HEADING,       /* a heading within a page */
  HR_TEXT_BODY,
  HR_TEXT_NOTE,          /* small print under a table or chart */
  HR_TEXT_FIGURE,        /* a key number on the cover */
  HR_TEXT_CELL,
  HR_TEXT_CELL_STRONG,   /* a total, or the best value of a row */
  HR_TEXT_HEAD_CELL,
  HR_TEXT_FOOTER,
  HR_N_TEXT_STYLES
} HrTextStyle;

/* What a text does when it does not fit its box at its style's size */
typedef enum {
  HR_FIT_WRAP,       /* wraps to as many lines as the box holds; the last
                        line is ellipsized */
  HR_FIT_SHRINK,     /* one line, shrunk down to the style's smallest size,
                        then ellipsized */
  HR_FIT_ELLIPSIZE,  /* one line, ellipsized at its end */
} HrFit;

typedef enum {
  HR_ALIGN_START,
  HR_ALIGN_CENTER,
  HR_ALIGN_END,
} HrAlign;

typedef enum {
  HR_INK_TEXT,
  HR_INK_MUTED,
  HR_INK_ACCENT,     /* headline, key figures */
  HR_INK_RULE,       /* table rules */
  HR_INK_STRIPE,     /* every other table row */
  HR_INK_HEAD,       /* a table's header row */
  HR_INK_BEST,       /* the best value of a comparison */
  HR_INK_WARN,       /* above a threshold */
  HR_INK_PANEL,      /* a box behind key figures */
  HR_N_INKS
} HrInk;

typedef struct {
  double x, y, width, height;
} HrPageRect;

typedef struct _HrPageDoc HrPageDoc;

/* Landscape (or portrait) size of @paper in points */
void         hr_paper_get_size            (HrPaper      paper,
                                           gboolean     landscape,
                                           double      *width,
                                           double      *height);
const char  *hr_paper_to_string           (HrPaper      paper);
gboolean     hr_paper_from_string         (const char  *str,
                                           HrPaper     *paper);

/* A document of pages @width × @height points; @footer names the document
 * in every page's footer (the plan's name) */
HrPageDoc   *hr_page_doc_new              (double       width,
                                           double       height,
                                           const char  *footer);
void         hr_page_doc_free             (HrPageDoc   *doc);

double       hr_page_doc_get_width        (HrPageDoc   *doc);
double       hr_page_doc_get_height       (HrPageDoc   *doc);
/* The area inside the margins and above the footer */
HrPageRect   hr_page_doc_get_content      (HrPageDoc   *doc);
guint        hr_page_doc_get_n_pages      (HrPageDoc   *doc);
/* The title each page was begun with, as drawn ("… (continued)" included) */
const char  *hr_page_doc_get_page_title   (HrPageDoc   *doc,
                                           guint        page);

/* --- laying out: a cursor moves down the current page --- */

/* Starts a new page headed @title (NULL: no heading, e.g. the cover) */
void         hr_page_doc_begin_page       (HrPageDoc   *doc,
                                           const char  *title);
/* Height left on the current page below the cursor */
double       hr_page_doc_get_room         (HrPageDoc   *doc);
/* The next @height points of the current page at full content width,
 * continuing on a new page (titled as this one, "continued") when less is
 * left; the cursor moves past it */
HrPageRect   hr_page_doc_take             (HrPageDoc   *doc,
                                           double       height);
void         hr_page_doc_skip             (HrPageDoc   *doc,
                                           double       height);
/* Carries on to a new page when less than @height is left, unless nothing
 * is below the current page's title yet */
void         hr_page_doc_ensure_room      (HrPageDoc   *doc,
                                           double       height);

/* Makes @page the one texts and fills are added to (the cursor stays on
 * the last page): for what is known only later, such as the contents */
void         hr_page_doc_set_page         (HrPageDoc   *doc,
                                           guint        page);

/* A paragraph at full width, wrapped; starts a new page when it does not fit */
void         hr_page_doc_add_paragraph    (HrPageDoc   *doc,
                                           HrTextStyle  style,
                                           const char  *text);
/* The same paragraph's height with the gap below it (measuring only) */
double       hr_page_doc_paragraph_height (HrPageDoc   *doc,
                                           HrTextStyle  style,
                                           const char  *text);
/* A heading within a page, kept with at least @keep points below it */
void         hr_page_doc_add_heading      (HrPageDoc   *doc,
                                           const char  *text,
                                           double       keep);
/* A heading's height with the gap below it (measuring only) */
double       hr_page_doc_heading_height   (HrPageDoc   *doc);
/* A chart of @height drawn by hr_chart_draw() at full width */
void         hr_page_doc_add_chart        (HrPageDoc            *doc,
                                           double                height,
                                           HrForecast           *forecast,
                                           GPtrArray            *scenario_forecasts,
                                           const HrChartOptions *options);

/* Text in a box of the current page, fitted by @fit; returns the height
 * the text takes (at most the box's) */
double       hr_page_doc_add_text         (HrPageDoc        *doc,
                                           const HrPageRect *box,
                                           HrTextStyle       style,
                                           HrFit             fit,
                                           HrAlign           align,
                                           const char       *text);
/* The same, in another ink than the style's */
double       hr_page_doc_add_text_ink     (HrPageDoc        *doc,
                                           const HrPageRect *box,
                                           HrTextStyle       style,
                                           HrFit             fit,
                                           HrAlign           align,
                                           HrInk             ink,
                                           const char       *text);
void         hr_page_doc_add_fill         (HrPageDoc        *doc,
                                           const HrPageRect *box,
                                           HrInk             ink);
/* The height @text takes wrapped at @width in @style (measuring only) */
double       hr_page_doc_measure          (HrPageDoc   *doc,
                                           HrTextStyle  style,
                                           double       width,
                                           const char  *text);
/* One line of @style */
double       hr_page_doc_line_height      (HrPageDoc   *doc,
                                           HrTextStyle  style);

/* Adds the footers ("Page 2 of 9") once every page is laid out */
void         hr_page_doc_finish           (HrPageDoc   *doc);

/* --- drawing --- */

/* Draws page @page with its top left corner at the origin of @cr, in
 * points */
void         hr_page_doc_draw_page        (HrPageDoc   *doc,
                                           cairo_t     *cr,
                                           guint        page);
/* Writes every page to a PDF file: fixed metadata, the same bytes for the
 * same document */
gboolean     hr_page_doc_write_pdf        (HrPageDoc   *doc,
                                           const char  *path,
                                           const char  *title,
                                           GError     **error);

/* --- checking --- */

/* Measures every text box again with a pango layout of its own, and says
 * which text reaches outside its box or the page's margins, or is drawn
 * from a shared layout that measures otherwise, one line each ("page 3:
 * "Mid-market: cost…" is 4.2 pt wider than its box"); NULL when none does.
 * @n_ellipsized, when given, counts the texts that were shortened. */
char        *hr_page_doc_check_boxes      (HrPageDoc   *doc,
                                           guint       *n_ellipsized);
/* Every text of page @page, in the order laid out, one per line */
char        *hr_page_doc_dup_page_text    (HrPageDoc   *doc,
                                           guint        page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrPageDoc, hr_page_doc_free)

/* --- tables (hr-page-table.c) --- */

typedef struct _HrPageTable HrPageTable;

typedef enum {
  HR_CELL_PLAIN = 0,
  HR_CELL_BOLD  = 1 << 0,
  HR_CELL_BEST  = 1 << 1,   /* tinted and bold: the best of its row */
  HR_CELL_WARN  = 1 << 2,   /* tinted: above a threshold */
  HR_CELL_MUTED = 1 << 3,
} HrCellFlags;

/* A table of @n_columns; the first @n_keys columns name the row and are
 * repeated when the others need more than the page's width and the table
 * is cut into groups of columns */
HrPageTable *hr_page_table_new            (guint         n_columns,
                                           guint         n_keys);
void         hr_page_table_free           (HrPageTable  *table);
/* A column's header and alignment; @wrap lets its cells take several lines
 * (names, sentences); other cells shrink to one line (numbers) */
void         hr_page_table_set_column     (HrPageTable  *table,
                                           guint         column,
                                           const char   *title,
                                           HrAlign       align,
                                           gboolean      wrap);
/* Appends a row of n_columns cells (copied); returns its index */
guint        hr_page_table_add_row        (HrPageTable  *table,
                                           const char * const *cells);
void         hr_page_table_set_row_flags  (HrPageTable  *table,
                                           guint         row,
                                           HrCellFlags   flags);
void         hr_page_table_set_cell_flags (HrPageTable  *table,
                                           guint         row,
                                           guint         column,
                                           HrCellFlags   flags);
guint        hr_page_table_get_n_rows     (HrPageTable  *table);
/* The height the whole table takes laid out at the page's width */
double       hr_page_doc_measure_table    (HrPageDoc    *doc,
                                           HrPageTable  *table);
/* Lays the table out at the cursor, continuing on new pages with the
 * header row repeated */
void         hr_page_doc_add_table        (HrPageDoc    *doc,
                                           HrPageTable  *table);

/* Lays @n tables out side by side at the cursor, each under its heading,
 * when they fit across the page whole; else one below the other */
void         hr_page_doc_add_tables_across (HrPageDoc          *doc,
                                            HrPageTable       **tables,
                                            const char * const *headings,
                                            guint               n);
/* The height they take, the gap below included (measuring only) */
double       hr_page_doc_measure_tables_across (HrPageDoc    *doc,
                                                HrPageTable **tables,
                                                guint         n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrPageTable, hr_page_table_free)

G_END_DECLS

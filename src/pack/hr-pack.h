/* hr-pack.h: the planning pack, one PDF for the budget meeting
 *
 * The pack is a list of sections. Each section says whether it applies to
 * a plan and lays out its pages; a section that does not apply is left out
 * whole, never shown empty. The same pages are written to PDF, printed,
 * and previewed.
 *
 * Adding a section (books of business, calibration, uncertainty bands):
 *
 *  1. Put the result the section shows into HrPackInput (a field that is
 *     NULL when the plan has no such feature), and fill it where the input
 *     is made: hr_pack_input_new() for headroom-cli, or from the app's
 *     document through hr_pack_input_new_for_results() and a setter.
 *  2. Write the section in its own file, src/pack/hr-pack-NAME.c:
 *
 *       static gboolean
 *       books_applies (const HrPackInput *input)
 *       {
 *         return input->books != NULL;
 *       }
 *
 *       static void
 *       books_lay_out (const HrPackInput *input, HrPageDoc *doc)
 *       {
 *         hr_page_doc_begin_page (doc, _("Books of business"));
 *         hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, …);
 *         hr_page_doc_add_table (doc, table);   // splits across pages
 *       }
 *
 *       const HrPackSection hr_pack_books = {
 *         "books", N_("Books of business"), books_applies, books_lay_out
 *       };
 *
 *  3. Declare it in hr-pack-private.h and add it to the list in hr-pack.c
 *     (its place in the pack: after the pressure test, before the
 *     assumptions), and the file to src/pack/meson.build and POTFILES.in.
 *
 * The workbook (hr-workbook.h) takes sheets the same way.
 */
#pragma once

#include "hr-bands.h"
#include "hr-calibration.h"
#include "hr-engine.h"
#include "hr-page.h"
#include "hr-plan.h"

G_BEGIN_DECLS

/* Everything the pack's pages show, computed before any page is laid out */
typedef struct {
  HrPlan     *plan;          /* the plan as loaded: the baseline and its scenarios */
  HrPlan     *shown_plan;    /* the plan of the scenario shown (the baseline's own) */
  HrForecast *forecast;      /* the forecast of the scenario shown */
  GPtrArray  *compare;       /* the baseline followed by every scenario */
  double      threshold;     /* cost share of ARR above which a tier is flagged */
  char       *date;          /* the date the pack is dated, for people */
  /* results of the features the pack shows when the plan has them; NULL
   * when it has not (books, calibration and bands go here) */
  HrBands    *bands;         /* of the scenario shown; NULL without ranges */
  HrCalibration *calibration; /* the plan against a time log (a reference) */
} HrPackInput;

typedef struct {
  const char *id;
  const char *title;        /* N_() marked, for the contents */
  gboolean  (*applies)  (const HrPackInput *input);
  void      (*lay_out)  (const HrPackInput *input,
                         HrPageDoc         *doc);
} HrPackSection;

/* Forecasts @plan (or its scenario) and every scenario */
HrPackInput *hr_pack_input_new              (HrPlan       *plan,
                                             const char   *scenario_id,
                                             GError      **error);
/* From results computed elsewhere (the app's document): @forecast is the
 * scenario shown, @compare the baseline and every scenario */
HrPackInput *hr_pack_input_new_for_results  (HrPlan       *plan,
                                             HrForecast   *forecast,
                                             GPtrArray    *compare,
                                             GError      **error);
void         hr_pack_input_free             (HrPackInput  *input);
/* The bands of the scenario shown (the app's document has them), or NULL */
void         hr_pack_input_set_bands        (HrPackInput  *input,
                                             HrBands      *bands);

/* The pack's pages at @width × @height points */
HrPageDoc   *hr_pack_lay_out                (const HrPackInput *input,
                                             double             width,
                                             double             height);
gboolean     hr_pack_write_pdf              (const HrPackInput *input,
                                             HrPaper            paper,
                                             const char        *path,
                                             GError           **error);

/* The cover's headline in one sentence, e.g. "Delivering the designed
 * journey needs 12.0 FTE by December 2028; the team will have 10.5; open
 * 4 requisitions, the first by May 2027." */
char        *hr_pack_dup_headline           (HrForecast   *forecast);
/* The date a pack made now carries: SOURCE_DATE_EPOCH when set (for
 * reproducible output), else today, in UTC */
GDateTime   *hr_pack_get_date               (void);

/* The sections in the pack's order (NULL-terminated) */
const HrPackSection * const *hr_pack_get_sections (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrPackInput, hr_pack_input_free)

G_END_DECLS

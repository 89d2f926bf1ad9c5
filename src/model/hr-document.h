/* hr-document.h: one open plan and every result derived from it
 *
 * A document owns the plan, the file it came from, the scenario shown and
 * every result computed from them: the forecast of the scenario shown,
 * its hiring plan in words, the comparison of the baseline and every
 * scenario, and whether each scenario applies. Data flows one way: the
 * plan reports edits, the document computes, views read its results. The
 * plan never calls the engine, and views never compute.
 *
 * Each result is computed lazily, once per burst of edits: an edit only
 * marks the results out of date; an idle that runs before GTK paints the
 * next frame (priority HR_DOCUMENT_PRIORITY) notifies each result once,
 * and the result is computed when a view asks for it. Results nobody asks
 * for (pages not shown) are never computed. Light results are computed on
 * the main thread when asked for; heavy ones on a worker thread (GTask)
 * from a deep copy of the plan made on the main thread, with a
 * GCancellable that the next edit cancels. Until a heavy result arrives
 * its getter returns the previous value, and hr_document_is_stale() says
 * so; its property is notified again when the new value arrives, on the
 * main thread.
 *
 * Adding a result (books, bands, calibration, rebalancing) takes four
 * steps, each a copy of the comparison's or the forecast's:
 *
 *  1. a value in HrDocumentResult below, before HR_DOCUMENT_N_RESULTS;
 *  2. in hr-document.c, an entry in result_classes[]: the property's name,
 *     whether it follows the scenario shown, how to free its value, and
 *     either compute() (light: runs on the main thread, may read the
 *     document and other results) or, for a heavy result, prepare() (main
 *     thread: returns the worker's input, e.g. hr_plan_copy ()) and run()
 *     with free_input (worker: reads only its input, checks the
 *     cancellable, returns the value or an error), or run_progress() for
 *     a result that also says how far it is ("progress" signal);
 *  3. a getter here that returns result_get (self, HR_DOCUMENT_…) cast to
 *     its type;
 *  4. views connect to "notify::<name>" and call the getter only while
 *     they are shown (a hidden view remembers it is out of date and asks
 *     when it is mapped).
 *
 * The document has no GTK: the app, tests and other front ends use it.
 */
#pragma once

#include <gio/gio.h>

#include "hr-bands.h"
#include "hr-books.h"
#include "hr-calibration.h"
#include "hr-forecast.h"
#include "hr-plan.h"
#include "hr-rebalance.h"
#include "hr-time-log.h"

G_BEGIN_DECLS

/* Before GTK's layout and paint (GDK_PRIORITY_REDRAW, HIGH_IDLE + 20), so
 * that the frame after an edit shows its results */
#define HR_DOCUMENT_PRIORITY (G_PRIORITY_HIGH_IDLE + 10)

typedef enum {
  HR_DOCUMENT_FORECAST,         /* "forecast": HrForecast of the scenario shown */
  HR_DOCUMENT_HIRING,           /* "hiring": its hiring plan in words */
  HR_DOCUMENT_COMPARISON,       /* "comparison": baseline and every scenario (heavy) */
  HR_DOCUMENT_SCENARIO_CHECKS,  /* "scenario-checks": whether each scenario applies (heavy) */
  HR_DOCUMENT_BOOKS,            /* "books": HrBooks under the scenario shown */
  HR_DOCUMENT_REBALANCE,        /* "rebalance": HrRebalance of those books (heavy) */
  HR_DOCUMENT_CALIBRATION,      /* "calibration": the baseline against the time log held (heavy) */
  HR_DOCUMENT_BANDS,            /* "bands": HrBands of the scenario shown (heavy, with progress) */
  HR_DOCUMENT_N_RESULTS
} HrDocumentResult;

#define HR_TYPE_DOCUMENT (hr_document_get_type ())
G_DECLARE_FINAL_TYPE (HrDocument, hr_document, HR, DOCUMENT, GObject)

HrDocument   *hr_document_new                  (HrPlan     *plan,
                                                GFile      *file);

HrPlan       *hr_document_get_plan             (HrDocument *self);
GFile        *hr_document_get_file             (HrDocument *self);
void          hr_document_set_file             (HrDocument *self,
                                                GFile      *file);
/* The plan's name, else the file's name, else "Untitled plan" */
const char   *hr_document_get_title            (HrDocument *self);

/* The scenario every chart and number shows; NULL for the baseline. It
 * follows renames; a scenario removed from the plan leaves the baseline
 * shown. */
HrScenario   *hr_document_get_active_scenario  (HrDocument *self);
void          hr_document_set_active_scenario  (HrDocument *self,
                                                HrScenario *scenario);
const char   *hr_document_get_active_scenario_id (HrDocument *self);
/* FALSE, leaving the scenario shown as it is, when @id names none */
gboolean      hr_document_set_active_scenario_id (HrDocument *self,
                                                  const char *id);

/* --- results --- */

/* The forecast of the scenario shown. While that scenario does not apply
 * this is the baseline's, and hr_document_get_forecast_error() says why;
 * NULL only when the baseline itself cannot be forecast. */
HrForecast   *hr_document_get_forecast         (HrDocument *self);
const GError *hr_document_get_forecast_error   (HrDocument *self);
/* hr_hiring_summary() of the forecast; NULL without a forecast */
const char   *hr_document_get_hiring           (HrDocument *self);
/* The baseline followed by each scenario (as hr_engine_compare() gives),
 * the latest that arrived: NULL until the first does, or when some
 * scenario cannot be forecast (hr_document_get_error() says why) */
GPtrArray    *hr_document_get_comparison       (HrDocument *self);
/* Whether @scenario applies to the plan: NULL when it does, else why not.
 * @checked (may be NULL) is FALSE until the first check arrived. */
const GError *hr_document_get_scenario_error   (HrDocument *self,
                                                HrScenario *scenario,
                                                gboolean   *checked);

/* The books under the scenario shown. While that scenario does not apply
 * these are the baseline's, and hr_document_get_error() says why; NULL
 * only when the baseline's cannot be computed. */
HrBooks      *hr_document_get_books            (HrDocument *self);
/* The rebalancing of those books with the accounts kept below staying
 * where they are, the latest that arrived: NULL until the first does.
 * It is searched for on a worker thread, within the portfolio's
 * solve_seconds, only when asked for. */
HrRebalance  *hr_document_get_rebalance        (HrDocument *self);
/* Accounts (by id) the next rebalancing keeps where they are, as a leader
 * who dropped their moves asks; NULL for none. A different set leaves the
 * rebalancing out of date. */
void          hr_document_set_rebalance_kept   (HrDocument         *self,
                                                const char * const *account_ids);
/* The time log held against the plan: the team's data, not the plan's
 * (it is not saved with it). Setting one makes the calibration out of
 * date; NULL lets it go. */
HrTimeLog    *hr_document_get_time_log         (HrDocument *self);
void          hr_document_set_time_log         (HrDocument *self,
                                                HrTimeLog  *log);
/* The baseline against that log (spec §7), with the fewest occurrences
 * the plan remembers; the latest that arrived, NULL without a log */
HrCalibration *hr_document_get_calibration     (HrDocument *self);

/* The P10/P50/P90 bands of the scenario shown (spec §6), the latest that
 * arrived: NULL until the first does, when the plan has no ranges (the
 * error is HR_PLAN_ERROR_NOT_FOUND), or when the scenario's plan cannot be
 * sampled (hr_document_get_error (self, HR_DOCUMENT_BANDS) says why).
 * Sampled on a worker thread (itself on two threads) from a copy of the
 * plan; after an edit the previous bands stay, hr_document_is_stale()
 * says so (draw them faded), "progress::bands" says how far the new ones
 * are, and "notify::bands" says when they arrive. */
HrBands      *hr_document_get_bands            (HrDocument *self);

/* The error of the last computation of @result, or NULL */
const GError *hr_document_get_error            (HrDocument       *self,
                                                HrDocumentResult  result);
/* Computes @result now if it is out of date, a heavy one too, on the
 * calling (main) thread: for exports, which must show the plan as it is */
void          hr_document_ensure               (HrDocument       *self,
                                                HrDocumentResult  result);
/* TRUE while @result's value is of an older state of the plan (a heavy
 * result being computed, or nobody asked since the edit) */
gboolean      hr_document_is_stale             (HrDocument       *self,
                                                HrDocumentResult  result);
/* How many values of @result were computed (of a heavy one: arrived; a
 * cancelled one does not count), for tests */
guint         hr_document_get_compute_count    (HrDocument       *self,
                                                HrDocumentResult  result);
/* TRUE while a worker computes @result */
gboolean      hr_document_is_pending           (HrDocument       *self,
                                                HrDocumentResult  result);
/* Stops the worker computing @result, if any: the result stays out of
 * date, with its previous value, until it is asked for again */
void          hr_document_cancel               (HrDocument       *self,
                                                HrDocumentResult  result);
/* The share done of the worker computing @result, 0 to 1; 0 when none
 * runs or the result does not say (only the bands do). The "progress"
 * signal, detailed by the result's name, tells of each change. */
double        hr_document_get_progress         (HrDocument       *self,
                                                HrDocumentResult  result);
/* TRUE while a worker runs, one whose result is no longer wanted too; for
 * tests, which wait for it before the document can be finalized */
gboolean      hr_document_is_busy              (HrDocument       *self);

G_END_DECLS

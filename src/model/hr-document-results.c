/* hr-document-results.c: how each of the document's results is computed,
 * on the main thread or on a worker from an input taken there */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-bands.h"
#include "hr-document-private.h"
#include "hr-engine.h"
#include "hr-hiring.h"
#include "hr-time-mapping.h"

/* --- the results --- */

static gpointer
compute_forecast (HrDocument  *self,
                  GError     **error)
{
  const char *id = hr_document_get_active_scenario_id (self);
  Result *previous = &self->results[HR_DOCUMENT_FORECAST];
  HrForecast *forecast = hr_engine_forecast (self->plan, id, HR_FORECAST_DEFAULT, error);

  /* keep showing the baseline while a scenario is broken, and the last
   * forecast while the plan itself cannot be forecast */
  if (forecast == NULL && id != NULL)
    forecast = hr_engine_forecast (self->plan, NULL, HR_FORECAST_DEFAULT, NULL);
  if (forecast == NULL && previous->value != NULL)
    forecast = g_object_ref (previous->value);
  return forecast;
}

static gpointer
compute_hiring (HrDocument  *self,
                GError     **error)
{
  HrForecast *forecast = hr_document_result_get (self, HR_DOCUMENT_FORECAST);

  return forecast ? hr_hiring_summary (forecast) : NULL;
}

/* What a worker may read: a copy of the plan nobody else holds */
static gpointer
prepare_plan_copy (HrDocument  *self,
                   GError     **error)
{
  HrPlan *copy = hr_plan_copy (self->plan);

  /* only a plan in the middle of an edit that breaks a rule has no copy */
  if (copy == NULL)
    hr_plan_validate (self->plan, error);
  return copy;
}

static gpointer
run_comparison (gpointer       input,
                GCancellable  *cancellable,
                GError       **error)
{
  HrPlan *plan = input;
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  g_autoptr(GPtrArray) forecasts = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = -1; i < (int) g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = i >= 0 ? g_list_model_get_item (scenarios, i) : NULL;
      HrForecast *forecast;

      /* a newer edit wants another comparison: stop between forecasts */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      forecast = hr_engine_forecast (plan, scenario ? hr_item_get_id (HR_ITEM (scenario)) : NULL,
                                     HR_FORECAST_DEFAULT, error);
      if (forecast == NULL)
        return NULL;
      g_ptr_array_add (forecasts, forecast);
    }
  return g_steal_pointer (&forecasts);
}

static void
error_free_nullable (gpointer error)
{
  if (error)
    g_error_free (error);
}

/* scenario id → the error that keeps it from applying, or NULL */
static gpointer
run_scenario_checks (gpointer       input,
                     GCancellable  *cancellable,
                     GError       **error)
{
  HrPlan *plan = input;
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  g_autoptr(GHashTable) checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, error_free_nullable);

  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (scenarios, i);
      const char *id = hr_item_get_id (HR_ITEM (scenario));
      g_autoptr(GError) problem = NULL;
      g_autoptr(HrPlan) applied = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      applied = hr_plan_apply_scenario (plan, id, &problem);
      g_hash_table_insert (checks, g_strdup (id), g_steal_pointer (&problem));
    }
  return g_steal_pointer (&checks);
}

static gpointer
compute_books (HrDocument  *self,
               GError     **error)
{
  const char *id = hr_document_get_active_scenario_id (self);
  HrBooks *books = hr_books_compute (self->plan, id, error);

  /* as the forecast: the baseline's while a scenario is broken */
  if (books == NULL && id != NULL)
    books = hr_books_compute (self->plan, NULL, NULL);
  return books;
}

/* The worker's problem: the books' accounts and people, copied */
static gpointer
prepare_rebalance (HrDocument  *self,
                   GError     **error)
{
  HrBooks *books = hr_document_result_get (self, HR_DOCUMENT_BOOKS);
  const GError *books_error = self->results[HR_DOCUMENT_BOOKS].error;
  HrRebalanceProblem *problem;

  if (books == NULL || (books_error && hr_document_get_active_scenario_id (self)))
    {
      g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                           books_error ? books_error->message : _("The books cannot be computed"));
      return NULL;
    }
  problem = hr_rebalance_problem_new (books);
  for (guint i = 0; self->kept && self->kept[i]; i++)
    {
      int account = hr_books_find_account (books, self->kept[i]);
      if (account >= 0)
        hr_rebalance_problem_keep (problem, account);
    }
  return problem;
}

static gpointer
run_rebalance (gpointer       input,
               GCancellable  *cancellable,
               GError       **error)
{
  return hr_rebalance_solve (input, 0, cancellable, NULL, NULL, error);
}

/* The calibration's input: a copy of the plan and the log, both the
 * worker's alone (a log never changes) */
typedef struct {
  HrPlan    *plan;
  HrTimeLog *log;
  guint      min_occurrences;
} CalibrationInput;

static void
calibration_input_free (gpointer data)
{
  CalibrationInput *input = data;

  g_clear_object (&input->plan);
  hr_time_log_unref (input->log);
  g_free (input);
}

static gpointer
prepare_calibration (HrDocument  *self,
                     GError     **error)
{
  CalibrationInput *input;
  HrPlan *copy;

  if (self->time_log == NULL)
    return NULL;   /* no log: no calibration, and nothing wrong */
  if ((copy = prepare_plan_copy (self, error)) == NULL)
    return NULL;
  input = g_new0 (CalibrationInput, 1);
  input->plan = copy;
  input->log = hr_time_log_ref (self->time_log);
  input->min_occurrences = hr_time_mapping_get_min_occurrences (hr_plan_get_time_mapping (self->plan));
  return input;
}

static gpointer
run_calibration (gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  CalibrationInput *input = data;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return hr_calibration_compute (input->plan, input->log, input->min_occurrences, error);
}

/* The bands' worker: its own copy of the plan, and the scenario shown */
typedef struct {
  HrPlan *plan;
  char   *scenario_id;
} BandsInput;

static void
bands_input_free (gpointer data)
{
  BandsInput *input = data;

  g_object_unref (input->plan);
  g_free (input->scenario_id);
  g_free (input);
}

static gpointer
prepare_bands (HrDocument  *self,
               GError     **error)
{
  BandsInput *input;
  HrPlan *copy;

  /* no worker for a plan without ranges: there are no bands */
  if (hr_plan_get_ranges (self->plan) == NULL)
    {
      g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_NOT_FOUND, _("The plan has no ranges"));
      return NULL;
    }
  copy = prepare_plan_copy (self, error);
  if (copy == NULL)
    return NULL;
  input = g_new0 (BandsInput, 1);
  input->plan = copy;
  input->scenario_id = g_strdup (hr_document_get_active_scenario_id (self));
  return input;
}

static gpointer
run_bands (gpointer          data,
           GCancellable     *cancellable,
           WorkProgressFunc  progress,
           gpointer          progress_data,
           GError          **error)
{
  BandsInput *input = data;

  return hr_bands_compute (input->plan, input->scenario_id, cancellable, progress, progress_data, error);
}

const ResultClass hr_document_result_classes[HR_DOCUMENT_N_RESULTS] = {
  [HR_DOCUMENT_FORECAST] = {
    .name = "forecast", .follows_active = TRUE, .free_value = g_object_unref,
    .compute = compute_forecast,
  },
  [HR_DOCUMENT_HIRING] = {
    .name = "hiring", .follows_active = TRUE, .free_value = g_free,
    .compute = compute_hiring,
  },
  [HR_DOCUMENT_COMPARISON] = {
    .name = "comparison", .free_value = (GDestroyNotify) g_ptr_array_unref,
    .prepare = prepare_plan_copy, .run = run_comparison, .free_input = g_object_unref,
  },
  [HR_DOCUMENT_SCENARIO_CHECKS] = {
    .name = "scenario-checks", .free_value = (GDestroyNotify) g_hash_table_unref,
    .prepare = prepare_plan_copy, .run = run_scenario_checks, .free_input = g_object_unref,
  },
  [HR_DOCUMENT_BOOKS] = {
    .name = "books", .follows_active = TRUE, .free_value = g_object_unref,
    .compute = compute_books,
  },
  [HR_DOCUMENT_REBALANCE] = {
    .name = "rebalance", .follows_active = TRUE, .free_value = g_object_unref,
    .prepare = prepare_rebalance, .run = run_rebalance,
    .free_input = (GDestroyNotify) hr_rebalance_problem_free,
  },
  [HR_DOCUMENT_CALIBRATION] = {
    .name = "calibration", .free_value = g_object_unref,
    .prepare = prepare_calibration, .run = run_calibration, .free_input = calibration_input_free,
  },
  [HR_DOCUMENT_BANDS] = {
    .name = "bands", .follows_active = TRUE, .free_value = g_object_unref,
    .prepare = prepare_bands, .run_progress = run_bands, .free_input = bands_input_free,
  },
};

/* hr-document.c: one open plan and every result derived from it */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-bands.h"
#include "hr-document-private.h"
#include "hr-engine.h"
#include "hr-hiring.h"
#include "hr-time-mapping.h"

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_TITLE,
  PROP_ACTIVE_SCENARIO,
  PROP_RESULTS,   /* one property per result, in HrDocumentResult order */
  N_PROPS = PROP_RESULTS + HR_DOCUMENT_N_RESULTS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HrDocument, hr_document, G_TYPE_OBJECT)

/* --- computing --- */

static gboolean
result_is_of (HrDocument       *self,
              HrDocumentResult  which,
              guint64           plan_serial,
              guint64           active_serial)
{
  return plan_serial == self->plan_serial &&
         (!hr_document_result_classes[which].follows_active || active_serial == self->active_serial);
}

static void
result_store (HrDocument       *self,
              HrDocumentResult  which,
              gpointer          value,
              GError           *error,
              guint64           plan_serial,
              guint64           active_serial)
{
  Result *result = &self->results[which];
  gpointer old = result->value;

  result->value = value;
  if (old != NULL)
    hr_document_result_classes[which].free_value (old);
  g_clear_error (&result->error);
  result->error = error;
  result->plan_serial = plan_serial;
  result->active_serial = active_serial;
  result->count++;
}

/* --- progress --- */

static Progress *
progress_ref (Progress *progress)
{
  g_atomic_ref_count_inc (&progress->ref);
  return progress;
}

static void
progress_unref (gpointer data)
{
  Progress *progress = data;

  if (g_atomic_ref_count_dec (&progress->ref))
    {
      g_main_context_unref (progress->context);
      g_free (progress);
    }
}

/* On the main thread: tells of the latest counts, if the work is still
 * wanted and they changed */
static void
progress_emit (Progress *progress)
{
  HrDocument *self = progress->document;
  guint total = g_atomic_int_get (&progress->total);
  double fraction = total ? (double) g_atomic_int_get (&progress->done) / total : 0;

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (self == NULL || fraction == progress->emitted)
    return;
  progress->emitted = fraction;
  g_signal_emit (self, signals[SIGNAL_PROGRESS], g_quark_from_static_string (hr_document_result_classes[progress->which].name),
                 progress->which, fraction);
}

static gboolean
progress_update_cb (gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->queued, 0);
  progress_emit (progress);
  return G_SOURCE_REMOVE;
}

/* On the worker: keeps the counts and queues an update unless one is on
 * its way already, which then reads them */
static void
progress_report (guint    done,
                 guint    total,
                 gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->done, done);
  g_atomic_int_set (&progress->total, total);
  if (g_atomic_int_compare_and_exchange (&progress->queued, 0, 1))
    g_main_context_invoke_full (progress->context, HR_DOCUMENT_PRIORITY, progress_update_cb,
                                progress_ref (progress), progress_unref);
}

/* The work @result's progress is of is no longer wanted */
static void
progress_drop (Result *result)
{
  if (result->progress == NULL)
    return;
  result->progress->document = NULL;
  g_clear_pointer (&result->progress, progress_unref);
}

/* A task holds no reference to the document: the last reference to a
 * task may go on its worker thread, and the document must end on the main
 * thread */
typedef struct {
  GWeakRef         document;
  HrDocumentResult which;
  guint64          plan_serial;
  guint64          active_serial;
  gpointer         input;
  Progress        *progress;
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_weak_ref_clear (&work->document);
  if (work->input != NULL)
    hr_document_result_classes[work->which].free_input (work->input);
  g_clear_pointer (&work->progress, progress_unref);
  g_free (work);
}

static void
work_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Work *work = data;
  const ResultClass *klass = &hr_document_result_classes[work->which];
  GError *error = NULL;
  gpointer value;

  if (klass->run_progress)
    value = klass->run_progress (work->input, cancellable, progress_report, work->progress, &error);
  else
    value = klass->run (work->input, cancellable, &error);
  if (value == NULL && error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, value, klass->free_value);
}

/* On the main thread: the worker's value arrives */
static void
work_done_cb (GObject      *source,
              GAsyncResult *async,
              gpointer      data)
{
  GTask *task = G_TASK (async);
  Work *work = g_task_get_task_data (task);
  g_autoptr(HrDocument) self = g_weak_ref_get (&work->document);
  Result *result;
  GError *error = NULL;
  gpointer value;

  if (self == NULL)
    return;
  self->n_running--;
  result = &self->results[work->which];
  /* superseded by a newer edit, or the document is closing */
  if (g_task_get_cancellable (task) != result->cancellable || self->plan == NULL)
    return;
  g_clear_object (&result->cancellable);
  result->pending_plan = result->pending_active = 0;
  value = g_task_propagate_pointer (task, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      progress_drop (result);
      g_error_free (error);
      return;
    }
  /* the last counts, which may arrive after the value */
  if (result->progress)
    progress_emit (result->progress);
  progress_drop (result);
  result_store (self, work->which, value, error, work->plan_serial, work->active_serial);
  if (result_is_of (self, work->which, work->plan_serial, work->active_serial))
    {
      result->notified_plan = work->plan_serial;
      result->notified_active = work->active_serial;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS + work->which]);
    }
}

static void
cancel_result (HrDocument       *self,
               HrDocumentResult  which)
{
  Result *result = &self->results[which];

  if (result->cancellable == NULL)
    return;
  g_cancellable_cancel (result->cancellable);
  g_clear_object (&result->cancellable);
  progress_drop (result);
  result->pending_plan = result->pending_active = 0;
}

/* Out of date whatever the plan: of another question now */
static void
forget_result (HrDocument       *self,
               HrDocumentResult  which)
{
  cancel_result (self, which);
  self->results[which].plan_serial = self->results[which].active_serial = 0;
}

static void
result_start (HrDocument       *self,
              HrDocumentResult  which)
{
  const ResultClass *klass = &hr_document_result_classes[which];
  Result *result = &self->results[which];
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Work *work;
  gpointer input;

  cancel_result (self, which);
  input = klass->prepare (self, &error);
  if (input == NULL)
    {
      result_store (self, which, NULL, error, self->plan_serial, self->active_serial);
      return;
    }
  work = g_new0 (Work, 1);
  g_weak_ref_init (&work->document, self);
  work->which = which;
  work->plan_serial = self->plan_serial;
  work->active_serial = self->active_serial;
  work->input = input;
  result->pending_plan = work->plan_serial;
  result->pending_active = work->active_serial;
  result->cancellable = g_cancellable_new ();
  if (klass->run_progress)
    {
      result->progress = g_new0 (Progress, 1);
      g_atomic_ref_count_init (&result->progress->ref);
      result->progress->document = self;
      result->progress->which = which;
      result->progress->context = g_main_context_ref_thread_default ();
      work->progress = progress_ref (result->progress);
    }
  task = g_task_new (NULL, result->cancellable, work_done_cb, NULL);
  g_task_set_source_tag (task, result_start);
  g_task_set_name (task, klass->name);
  g_task_set_task_data (task, work, work_free);
  self->n_running++;
  g_task_run_in_thread (task, work_thread);
}

/* The current value of @which, computed if it is light and out of date;
 * a heavy one out of date starts on a worker and the old value stays */
gpointer
hr_document_result_get (HrDocument       *self,
            HrDocumentResult  which)
{
  const ResultClass *klass = &hr_document_result_classes[which];
  Result *result = &self->results[which];

  if (self->plan == NULL || result_is_of (self, which, result->plan_serial, result->active_serial))
    return result->value;
  if (klass->compute != NULL)
    {
      GError *error = NULL;
      gpointer value = klass->compute (self, &error);

      result_store (self, which, value, error, self->plan_serial, self->active_serial);
    }
  else if (!result_is_of (self, which, result->pending_plan, result->pending_active))
    result_start (self, which);
  return result->value;
}

/* --- out of date --- */

/* Once per burst of edits, before the next frame: each result out of date
 * since views were last told is notified once */
static gboolean
notify_idle_cb (gpointer data)
{
  HrDocument *self = data;

  self->notify_source = 0;
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    {
      Result *result = &self->results[i];

      if (result_is_of (self, i, result->notified_plan, result->notified_active))
        continue;
      result->notified_plan = self->plan_serial;
      result->notified_active = self->active_serial;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS + i]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return G_SOURCE_REMOVE;
}

static void
queue_notify (HrDocument *self)
{
  if (self->notify_source == 0)
    {
      self->notify_source = g_idle_add_full (HR_DOCUMENT_PRIORITY, notify_idle_cb, self, NULL);
      g_source_set_name_by_id (self->notify_source, "[headroom] document results");
    }
}

static void
cancel_work (HrDocument *self,
             gboolean    all)
{
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    if (all || hr_document_result_classes[i].follows_active)
      cancel_result (self, i);
}

static void
update_title (HrDocument *self)
{
  const char *name = self->plan ? hr_plan_get_name (self->plan) : NULL;
  g_autofree char *title = NULL;

  if (name && *name)
    title = g_strdup (name);
  else if (self->file)
    title = g_file_get_basename (self->file);
  else
    title = g_strdup (_("Untitled plan"));
  if (g_strcmp0 (title, self->title) == 0)
    return;
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
plan_changed_cb (HrDocument *self)
{
  self->plan_serial++;
  /* what is being computed is of a plan that is no more */
  cancel_work (self, TRUE);
  queue_notify (self);
}

static void
scenarios_changed_cb (HrDocument *self)
{
  guint position;

  /* the scenario shown was removed: the baseline is shown */
  if (self->active &&
      !g_list_store_find (G_LIST_STORE (hr_plan_get_scenarios (self->plan)), self->active, &position))
    hr_document_set_active_scenario (self, NULL);
}

/* --- GObject --- */

static void
hr_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HrDocument *self = HR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ACTIVE_SCENARIO:
      g_value_set_object (value, self->active);
      break;
    default:
      if (prop_id >= PROP_RESULTS && prop_id < N_PROPS)
        g_value_set_pointer (value, hr_document_result_get (self, prop_id - PROP_RESULTS));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HrDocument *self = HR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_FILE:
      hr_document_set_file (self, g_value_get_object (value));
      break;
    case PROP_ACTIVE_SCENARIO:
      hr_document_set_active_scenario (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_document_constructed (GObject *object)
{
  HrDocument *self = HR_DOCUMENT (object);

  G_OBJECT_CLASS (hr_document_parent_class)->constructed (object);
  if (self->plan == NULL)
    self->plan = hr_plan_new ();
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hr_plan_get_scenarios (self->plan), "items-changed",
                           G_CALLBACK (scenarios_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
}

static void
hr_document_dispose (GObject *object)
{
  HrDocument *self = HR_DOCUMENT (object);

  cancel_work (self, TRUE);
  g_clear_handle_id (&self->notify_source, g_source_remove);
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    {
      Result *result = &self->results[i];

      if (result->value)
        g_clear_pointer (&result->value, hr_document_result_classes[i].free_value);
      g_clear_error (&result->error);
    }
  g_clear_object (&self->active);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_pointer (&self->kept, g_strfreev);
  g_clear_pointer (&self->time_log, hr_time_log_unref);
  G_OBJECT_CLASS (hr_document_parent_class)->dispose (object);
}

static void
hr_document_finalize (GObject *object)
{
  HrDocument *self = HR_DOCUMENT (object);

  g_free (self->title);
  G_OBJECT_CLASS (hr_document_parent_class)->finalize (object);
}

static void
hr_document_class_init (HrDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hr_document_get_property;
  object_class->set_property = hr_document_set_property;
  object_class->constructed = hr_document_constructed;
  object_class->dispose = hr_document_dispose;
  object_class->finalize = hr_document_finalize;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HR_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVE_SCENARIO] =
    g_param_spec_object ("active-scenario", NULL, NULL, HR_TYPE_SCENARIO,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* notified once per burst of edits that leaves the result out of date,
   * and when a heavy result arrives; read them with their getters */
  for (guint i = 0; i < HR_DOCUMENT_N_RESULTS; i++)
    properties[PROP_RESULTS + i] =
      g_param_spec_pointer (hr_document_result_classes[i].name, NULL, NULL,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HrDocument::progress:
   * @result: the HrDocumentResult a worker computes
   * @fraction: the share of its work done, 0 to 1
   *
   * On the main thread, while a worker computes a result that says how
   * far it is (the bands); the detail is the result's name, e.g.
   * "progress::bands". A cancelled or superseded worker says no more.
   */
  signals[SIGNAL_PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_DOUBLE);
}

static void
hr_document_init (HrDocument *self)
{
  self->plan_serial = 1;
  self->active_serial = 1;
}

/* --- public API --- */

HrDocument *
hr_document_new (HrPlan *plan,
                 GFile  *file)
{
  g_return_val_if_fail (plan == NULL || HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (HR_TYPE_DOCUMENT, "plan", plan, "file", file, NULL);
}

HrPlan *
hr_document_get_plan (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
hr_document_get_file (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
hr_document_set_file (HrDocument *self,
                      GFile      *file)
{
  g_return_if_fail (HR_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    {
      g_set_object (&self->file, file);
      return;
    }
  g_set_object (&self->file, file);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

const char *
hr_document_get_title (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->title;
}

HrScenario *
hr_document_get_active_scenario (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->active;
}

void
hr_document_set_active_scenario (HrDocument *self,
                                 HrScenario *scenario)
{
  g_return_if_fail (HR_IS_DOCUMENT (self));
  g_return_if_fail (scenario == NULL || HR_IS_SCENARIO (scenario));

  if (self->active == scenario)
    return;
  g_set_object (&self->active, scenario);
  self->active_serial++;
  cancel_work (self, FALSE);
  queue_notify (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SCENARIO]);
}

const char *
hr_document_get_active_scenario_id (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->active ? hr_item_get_id (HR_ITEM (self->active)) : NULL;
}

gboolean
hr_document_set_active_scenario_id (HrDocument *self,
                                    const char *id)
{
  HrScenario *scenario = NULL;

  g_return_val_if_fail (HR_IS_DOCUMENT (self), FALSE);

  if (id != NULL && (scenario = hr_plan_find_scenario (self->plan, id)) == NULL)
    return FALSE;
  hr_document_set_active_scenario (self, scenario);
  return TRUE;
}

HrForecast *
hr_document_get_forecast (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_FORECAST);
}

const GError *
hr_document_get_forecast_error (HrDocument *self)
{
  return hr_document_get_error (self, HR_DOCUMENT_FORECAST);
}

const char *
hr_document_get_hiring (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_HIRING);
}

GPtrArray *
hr_document_get_comparison (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_COMPARISON);
}

const GError *
hr_document_get_scenario_error (HrDocument *self,
                                HrScenario *scenario,
                                gboolean   *checked)
{
  GHashTable *checks;
  gpointer error = NULL;
  gboolean found;

  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (HR_IS_SCENARIO (scenario), NULL);

  checks = hr_document_result_get (self, HR_DOCUMENT_SCENARIO_CHECKS);
  found = checks && g_hash_table_lookup_extended (checks, hr_item_get_id (HR_ITEM (scenario)), NULL, &error);
  if (checked)
    *checked = found;
  return error;
}

HrBooks *
hr_document_get_books (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_BOOKS);
}

HrRebalance *
hr_document_get_rebalance (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_REBALANCE);
}

static gboolean
same_ids (const char * const *a,
          const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || !a[0]) && (b == NULL || !b[0]);
  return g_strv_equal (a, b);
}

void
hr_document_set_rebalance_kept (HrDocument         *self,
                                const char * const *account_ids)
{
  g_return_if_fail (HR_IS_DOCUMENT (self));

  if (same_ids ((const char * const *) self->kept, account_ids))
    return;
  g_strfreev (self->kept);
  self->kept = g_strdupv ((char **) account_ids);
  forget_result (self, HR_DOCUMENT_REBALANCE);
}

const GError *
hr_document_get_error (HrDocument       *self,
                       HrDocumentResult  result)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (result < HR_DOCUMENT_N_RESULTS, NULL);

  hr_document_result_get (self, result);
  return self->results[result].error;
}

void
hr_document_ensure (HrDocument       *self,
                    HrDocumentResult  result)
{
  const ResultClass *klass;
  Result *state;
  GError *error = NULL;
  gpointer input, value = NULL;

  g_return_if_fail (HR_IS_DOCUMENT (self));
  g_return_if_fail (result < HR_DOCUMENT_N_RESULTS);

  klass = &hr_document_result_classes[result];
  state = &self->results[result];
  if (klass->compute != NULL || !hr_document_is_stale (self, result))
    {
      hr_document_result_get (self, result);
      return;
    }
  cancel_result (self, result);
  input = klass->prepare (self, &error);
  if (input != NULL)
    {
      value = klass->run_progress ? klass->run_progress (input, NULL, NULL, NULL, &error)
                                  : klass->run (input, NULL, &error);
      klass->free_input (input);
    }
  result_store (self, result, value, error, self->plan_serial, self->active_serial);
  state->notified_plan = self->plan_serial;
  state->notified_active = self->active_serial;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS + result]);
}

gboolean
hr_document_is_stale (HrDocument       *self,
                      HrDocumentResult  result)
{
  Result *state;

  g_return_val_if_fail (HR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (result < HR_DOCUMENT_N_RESULTS, FALSE);

  state = &self->results[result];
  return !result_is_of (self, result, state->plan_serial, state->active_serial);
}

guint
hr_document_get_compute_count (HrDocument       *self,
                               HrDocumentResult  result)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (result < HR_DOCUMENT_N_RESULTS, 0);

  return self->results[result].count;
}

gboolean
hr_document_is_pending (HrDocument       *self,
                        HrDocumentResult  result)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (result < HR_DOCUMENT_N_RESULTS, FALSE);

  return self->results[result].cancellable != NULL;
}

void
hr_document_cancel (HrDocument       *self,
                    HrDocumentResult  result)
{
  g_return_if_fail (HR_IS_DOCUMENT (self));
  g_return_if_fail (result < HR_DOCUMENT_N_RESULTS);

  cancel_result (self, result);
}

HrBands *
hr_document_get_bands (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_BANDS);
}

double
hr_document_get_progress (HrDocument       *self,
                          HrDocumentResult  result)
{
  Progress *progress;
  guint total;

  g_return_val_if_fail (HR_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (result < HR_DOCUMENT_N_RESULTS, 0);

  progress = self->results[result].progress;
  if (progress == NULL || (total = g_atomic_int_get (&progress->total)) == 0)
    return 0;
  return CLAMP ((double) g_atomic_int_get (&progress->done) / total, 0.0, 1.0);
}

gboolean
hr_document_is_busy (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), FALSE);

  return self->n_running > 0;
}

HrTimeLog *
hr_document_get_time_log (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return self->time_log;
}

void
hr_document_set_time_log (HrDocument *self,
                          HrTimeLog  *log)
{
  g_return_if_fail (HR_IS_DOCUMENT (self));

  if (log == self->time_log)
    return;
  if (log)
    hr_time_log_ref (log);
  g_clear_pointer (&self->time_log, hr_time_log_unref);
  self->time_log = log;
  /* the calibration, and it alone, is of another log now: views are told */
  forget_result (self, HR_DOCUMENT_CALIBRATION);
  self->results[HR_DOCUMENT_CALIBRATION].notified_plan = 0;
  queue_notify (self);
}

HrCalibration *
hr_document_get_calibration (HrDocument *self)
{
  g_return_val_if_fail (HR_IS_DOCUMENT (self), NULL);
  return hr_document_result_get (self, HR_DOCUMENT_CALIBRATION);
}

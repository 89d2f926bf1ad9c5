/* hr-document-private.h: the document's state, shared by the document and
 * the classes of its results */
#pragma once

#include "hr-document.h"

G_BEGIN_DECLS

/* How far a worker is, told by the worker as (done, total) */
typedef void (*WorkProgressFunc) (guint done, guint total, gpointer data);

/* One derived result: what it is, and how it is computed */
typedef struct {
  const char     *name;             /* the property views watch */
  gboolean        follows_active;   /* out of date when the scenario shown changes */
  GDestroyNotify  free_value;
  /* a light result: on the main thread; may return a value and set an error */
  gpointer      (*compute)    (HrDocument *self, GError **error);
  /* a heavy result: its input taken on the main thread, then run on a
   * worker thread from that input alone */
  gpointer      (*prepare)    (HrDocument *self, GError **error);
  gpointer      (*run)        (gpointer input, GCancellable *cancellable, GError **error);
  /* instead of run (), for a result that says how far it is */
  gpointer      (*run_progress) (gpointer input, GCancellable *cancellable,
                                 WorkProgressFunc progress, gpointer progress_data, GError **error);
  GDestroyNotify  free_input;
} ResultClass;

/* A worker's progress, shared by the worker and the main thread: the
 * worker writes the counts and queues one update at a time to the main
 * context; the document, there, reads them and clears @document when the
 * work is no longer wanted */
typedef struct {
  gatomicrefcount   ref;
  HrDocument       *document;   /* main thread only */
  HrDocumentResult  which;
  GMainContext     *context;
  gint              done;       /* atomic */
  gint              total;      /* atomic */
  gint              queued;     /* atomic: an update is on its way */
  double            emitted;    /* main thread: the share last told of */
} Progress;

/* The state of a result: the value, and the state of the plan it is of */
typedef struct {
  gpointer      value;
  GError       *error;
  guint64       plan_serial;      /* 0: never computed */
  guint64       active_serial;
  guint64       notified_plan;    /* the state views were last told of */
  guint64       notified_active;
  guint64       pending_plan;     /* heavy: the state being computed, 0: none */
  guint64       pending_active;
  GCancellable *cancellable;
  Progress     *progress;         /* heavy, while a worker runs */
  guint         count;
} Result;

struct _HrDocument
{
  GObject     parent_instance;

  HrPlan     *plan;
  GFile      *file;
  char       *title;
  HrScenario *active;
  HrTimeLog  *time_log;

  /* every edit of the plan, and every change of the scenario shown, is a
   * new state; results remember the state they were computed from */
  guint64     plan_serial;
  guint64     active_serial;
  guint       notify_source;
  guint       n_running;     /* worker tasks, cancelled ones too */
  char      **kept;          /* accounts the rebalancing keeps where they are */
  Result      results[HR_DOCUMENT_N_RESULTS];
};

/* hr-document-results.c: how each result is computed */
extern const ResultClass hr_document_result_classes[HR_DOCUMENT_N_RESULTS];

/* The current value of @which, computed if it is light and out of date;
 * a heavy one out of date starts on a worker and the old value stays */
gpointer hr_document_result_get (HrDocument       *self,
                                 HrDocumentResult  which);

G_END_DECLS

/* hr-rebalance-dialog.c: rebalancing the books
 *
 * The dialog asks the document for the rebalancing of its books (a heavy
 * result, searched for on a worker thread) and shows the answer when it
 * arrives; dropping moves and running again asks the document for the
 * rebalancing with those accounts kept where they are.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-chart.h"
#include "hr-format.h"
#include "hr-portfolio.h"
#include "hr-rebalance-dialog.h"

struct _HrRebalanceDialog
{
  GtkWindow     parent_instance;

  GtkWidget    *verdict;
  GtkWidget    *status;
  GtkWidget    *spinner;
  GtkWidget    *cancel_button;
  GtkWidget    *moves_list;
  GtkWidget    *chart;
  GtkWidget    *run_button;
  GtkWidget    *apply_button;

  HrDocument   *document;
  HrUndoStack  *undo;
  HrRebalance  *result;        /* the answer shown */
  GPtrArray    *kept;          /* ids of the accounts the leader keeps where they are */
  gboolean     *dropped;       /* [move] of the result */
  gboolean      waiting;       /* asked the document, no answer yet */
  gint64        started;
  guint         tick;
};

G_DEFINE_FINAL_TYPE (HrRebalanceDialog, hr_rebalance_dialog, GTK_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  HrRebalanceDialog *self = data;
  HrForecast *forecast = hr_document_get_forecast (self->document);
  HrChartOptions options;

  hr_chart_options_init (&options);
  options.kind = HR_CHART_BOOKS;
  /* the answer's books: its moves are of those */
  options.books = self->result ? hr_rebalance_get_books (self->result) : hr_document_get_books (self->document);
  options.rebalance = self->result;
  options.text_size = hr_chart_screen_text_size (width, height);
  options.untitled = TRUE;
  if (forecast != NULL && options.books != NULL)
    hr_chart_draw (cr, width, height, forecast, NULL, &options);
}

static guint
n_applied (HrRebalanceDialog *self)
{
  guint n = 0;

  for (guint i = 0; self->result && i < hr_rebalance_get_n_moves (self->result); i++)
    n += !self->dropped[i];
  return n;
}

static void
update_buttons (HrRebalanceDialog *self)
{
  gboolean running = self->waiting;
  guint n = n_applied (self);
  gboolean any_dropped = self->result && n < hr_rebalance_get_n_moves (self->result);
  g_autofree char *apply = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Apply %u Move", "_Apply %u Moves", n), n);

  gtk_button_set_label (GTK_BUTTON (self->apply_button), apply);
  /* moves of an older plan are not made */
  gtk_widget_set_sensitive (self->apply_button, !running && n > 0 &&
                            !hr_document_is_stale (self->document, HR_DOCUMENT_REBALANCE));
  gtk_widget_set_sensitive (self->run_button, !running && any_dropped);
  gtk_widget_set_visible (self->cancel_button, running);
  gtk_widget_set_visible (self->spinner, running);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), running);
}

static void
move_toggled_cb (GtkCheckButton    *check,
                 HrRebalanceDialog *self)
{
  guint move = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "hr-move"));

  hr_rebalance_dialog_set_move_dropped (self, move, !gtk_check_button_get_active (check));
}

static void
show_result (HrRebalanceDialog *self)
{
  GtkWidget *child;
  g_autofree char *verdict = hr_rebalance_dup_verdict (self->result);
  g_autofree char *before = hr_format_number (hr_rebalance_get_over_before (self->result), 1);
  g_autofree char *after = hr_format_number (hr_rebalance_get_over_after (self->result), 1);
  g_autofree char *status = NULL;

  gtk_label_set_text (GTK_LABEL (self->verdict), verdict);
  /* Translators: hours a month over the limits before → after the moves */
  status = g_strdup_printf (_("Hours over the limits: %s → %s a month. Untick a move to drop it, then run again."),
                            before, after);
  gtk_label_set_text (GTK_LABEL (self->status), status);
  while ((child = gtk_widget_get_first_child (self->moves_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->moves_list), child);
  g_free (self->dropped);
  self->dropped = g_new0 (gboolean, hr_rebalance_get_n_moves (self->result) + 1);
  for (guint i = 0; i < hr_rebalance_get_n_moves (self->result); i++)
    {
      g_autofree char *text = hr_rebalance_dup_move_text (self->result, i);
      GtkWidget *check = gtk_check_button_new_with_label (text);
      GtkWidget *label = gtk_widget_get_last_child (check);

      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
        }
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_margin_top (check, 4);
      gtk_widget_set_margin_bottom (check, 4);
      gtk_widget_set_margin_start (check, 6);
      g_object_set_data (G_OBJECT (check), "hr-move", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (move_toggled_cb), self);
      gtk_list_box_append (GTK_LIST_BOX (self->moves_list), check);
    }
  if (hr_rebalance_get_n_moves (self->result) == 0)
    gtk_list_box_append (GTK_LIST_BOX (self->moves_list), gtk_label_new (_("No moves")));
  gtk_widget_queue_draw (self->chart);
}

static gboolean
tick_cb (gpointer data)
{
  HrRebalanceDialog *self = data;
  g_autofree char *seconds = hr_format_number ((g_get_monotonic_time () - self->started) / 1e6, 1);
  g_autofree char *text = g_strdup_printf (_("Searching for the fewest transfers… %s s"), seconds);

  gtk_label_set_text (GTK_LABEL (self->status), text);
  return G_SOURCE_CONTINUE;
}

static void
stop_waiting (HrRebalanceDialog *self)
{
  self->waiting = FALSE;
  g_clear_handle_id (&self->tick, g_source_remove);
  update_buttons (self);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* The document's answer, when it is of the plan as it is */
static void
take_answer (HrRebalanceDialog *self)
{
  HrRebalance *result = hr_document_get_rebalance (self->document);
  const GError *error = hr_document_get_error (self->document, HR_DOCUMENT_REBALANCE);

  if (hr_document_is_stale (self->document, HR_DOCUMENT_REBALANCE))
    return;
  if (result && error == NULL)
    {
      g_set_object (&self->result, result);
      show_result (self);
    }
  else if (error)
    gtk_label_set_text (GTK_LABEL (self->status), error->message);
  stop_waiting (self);
}

/* Once per burst of edits, and when an answer arrives */
static void
rebalance_notified_cb (HrRebalanceDialog *self)
{
  /* the plan changed under the answer shown: search again */
  if (!self->waiting && self->result && hr_document_is_stale (self->document, HR_DOCUMENT_REBALANCE) &&
      !hr_document_is_pending (self->document, HR_DOCUMENT_REBALANCE))
    {
      hr_rebalance_dialog_run (self);
      return;
    }
  if (self->waiting)
    take_answer (self);
}

void
hr_rebalance_dialog_run (HrRebalanceDialog *self)
{
  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (self->waiting)
    return;
  /* the moves dropped so far stay where they are */
  for (guint i = 0; self->result && i < hr_rebalance_get_n_moves (self->result); i++)
    if (self->dropped[i])
      {
        HrBooks *books = hr_rebalance_get_books (self->result);
        const char *id = hr_books_get_account (books, hr_rebalance_get_move (self->result, i)->account)->id;

        if (!g_ptr_array_find_with_equal_func (self->kept, id, g_str_equal, NULL))
          g_ptr_array_add (self->kept, g_strdup (id));
      }
  hr_document_set_rebalance_kept (self->document, (const char * const *) self->kept->pdata);
  self->waiting = TRUE;
  self->started = g_get_monotonic_time ();
  g_clear_handle_id (&self->tick, g_source_remove);
  self->tick = g_timeout_add (100, tick_cb, self);
  tick_cb (self);
  update_buttons (self);
  /* starts the search, or gives the answer it has for this question */
  hr_document_get_rebalance (self->document);
  take_answer (self);
}

void
hr_rebalance_dialog_cancel (HrRebalanceDialog *self)
{
  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (!self->waiting)
    return;
  hr_document_cancel (self->document, HR_DOCUMENT_REBALANCE);
  gtk_label_set_text (GTK_LABEL (self->status), _("Stopped. Run again to search once more."));
  stop_waiting (self);
}

gboolean
hr_rebalance_dialog_is_running (HrRebalanceDialog *self)
{
  return self->waiting;
}

HrRebalance *
hr_rebalance_dialog_get_result (HrRebalanceDialog *self)
{
  return self->result;
}

const char *
hr_rebalance_dialog_get_verdict (HrRebalanceDialog *self)
{
  return gtk_label_get_text (GTK_LABEL (self->verdict));
}

void
hr_rebalance_dialog_set_move_dropped (HrRebalanceDialog *self,
                                      guint              move,
                                      gboolean           dropped)
{
  GtkWidget *row;

  g_return_if_fail (self->result && move < hr_rebalance_get_n_moves (self->result));
  self->dropped[move] = dropped;
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->moves_list), move));
  if (row && GTK_IS_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))))
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      if (gtk_check_button_get_active (check) == dropped)
        gtk_check_button_set_active (check, !dropped);
    }
  update_buttons (self);
}

void
hr_rebalance_dialog_apply (HrRebalanceDialog *self)
{
  HrPlan *plan = hr_document_get_plan (self->document);
  HrBooks *books;

  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (self->result == NULL || self->waiting || hr_document_is_stale (self->document, HR_DOCUMENT_REBALANCE))
    return;
  books = hr_rebalance_get_books (self->result);
  if (self->undo)
    hr_undo_stack_begin_group (self->undo);
  for (guint i = 0; i < hr_rebalance_get_n_moves (self->result); i++)
    {
      const HrMove *move = hr_rebalance_get_move (self->result, i);
      HrAccount *account = hr_plan_find_account (plan, hr_books_get_account (books, move->account)->id);
      const char *owner = hr_books_get_person (books, move->to)->id;

      if (self->dropped[i] || account == NULL)
        continue;
      if (self->undo)
        hr_undo_stack_set (self->undo, account, "owner", owner, NULL);
      else
        g_object_set (account, "owner", owner, NULL);
    }
  if (self->undo)
    {
      hr_undo_stack_end_group (self->undo);
      hr_undo_stack_seal (self->undo);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_clicked_cb (HrRebalanceDialog *self)
{
  hr_rebalance_dialog_apply (self);
}

static void
run_clicked_cb (HrRebalanceDialog *self)
{
  hr_rebalance_dialog_run (self);
}

static void
stop_clicked_cb (HrRebalanceDialog *self)
{
  hr_rebalance_dialog_cancel (self);
}

static void
close_clicked_cb (HrRebalanceDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
hr_rebalance_dialog_close_request (GtkWindow *window)
{
  hr_rebalance_dialog_cancel (HR_REBALANCE_DIALOG (window));
  return GTK_WINDOW_CLASS (hr_rebalance_dialog_parent_class)->close_request (window);
}

static void
hr_rebalance_dialog_dispose (GObject *object)
{
  HrRebalanceDialog *self = HR_REBALANCE_DIALOG (object);

  if (self->document)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      /* nobody else asks for it: no search left running */
      if (self->waiting)
        hr_document_cancel (self->document, HR_DOCUMENT_REBALANCE);
      hr_document_set_rebalance_kept (self->document, NULL);
    }
  g_clear_handle_id (&self->tick, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_REBALANCE_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->undo);
  g_clear_object (&self->result);
  g_clear_pointer (&self->kept, g_ptr_array_unref);
  g_clear_pointer (&self->dropped, g_free);
  G_OBJECT_CLASS (hr_rebalance_dialog_parent_class)->dispose (object);
}

static void
hr_rebalance_dialog_class_init (HrRebalanceDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hr_rebalance_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = hr_rebalance_dialog_close_request;
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-rebalance-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, verdict);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, status);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, moves_list);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, chart);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, run_button);
  gtk_widget_class_bind_template_child (widget_class, HrRebalanceDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, run_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
}

static void
hr_rebalance_dialog_init (HrRebalanceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kept = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  update_buttons (self);
}

HrRebalanceDialog *
hr_rebalance_dialog_new (GtkWindow   *parent,
                         HrDocument  *document,
                         HrUndoStack *undo)
{
  HrRebalanceDialog *self;

  g_return_val_if_fail (HR_IS_DOCUMENT (document), NULL);

  self = g_object_new (HR_TYPE_REBALANCE_DIALOG, "transient-for", parent, "modal", parent != NULL, NULL);
  self->document = g_object_ref (document);
  self->undo = undo ? g_object_ref (undo) : NULL;
  /* a new question: nothing kept yet */
  hr_document_set_rebalance_kept (document, NULL);
  g_signal_connect_object (document, "notify::rebalance", G_CALLBACK (rebalance_notified_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}

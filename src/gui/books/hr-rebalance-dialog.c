/* hr-rebalance-dialog.c: rebalancing the books */
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
  HrPlan       *plan;
  HrUndoStack  *undo;
  HrBooks      *books;
  HrRebalance  *result;
  GCancellable *cancellable;
  GHashTable   *kept;          /* account indices the leader keeps where they are */
  gboolean     *dropped;       /* [move] of the result */
  gint64        started;
  guint         tick;
  gboolean      closed;        /* disposed: a late answer is not shown */
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
  HrForecast *forecast = self->document ? hr_document_get_forecast (self->document) : NULL;
  HrChartOptions options;

  if (forecast == NULL)
    return;
  hr_chart_options_init (&options);
  options.kind = HR_CHART_BOOKS;
  options.books = self->books;
  options.rebalance = self->result;
  options.text_size = hr_chart_screen_text_size (width, height);
  options.untitled = TRUE;
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
  gboolean running = self->cancellable != NULL;
  guint n = n_applied (self);
  gboolean any_dropped = self->result && n < hr_rebalance_get_n_moves (self->result);
  g_autofree char *apply = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Apply %u Move", "_Apply %u Moves", n), n);

  gtk_button_set_label (GTK_BUTTON (self->apply_button), apply);
  gtk_widget_set_sensitive (self->apply_button, !running && n > 0);
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
solved_cb (GObject      *source,
           GAsyncResult *res,
           gpointer      data)
{
  g_autoptr(HrRebalanceDialog) self = data;
  g_autoptr(GError) error = NULL;
  HrRebalance *result = hr_rebalance_solve_finish (res, &error);

  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_object (&self->cancellable);
  if (self->closed)
    {
      g_clear_object (&result);
      return;
    }
  if (result)
    {
      g_clear_object (&self->result);
      self->result = result;
      show_result (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_label_set_text (GTK_LABEL (self->status), error->message);
  else
    gtk_label_set_text (GTK_LABEL (self->status), _("Stopped. Run again to search once more."));
  update_buttons (self);
  g_signal_emit (self, signals[FINISHED], 0);
}

void
hr_rebalance_dialog_run (HrRebalanceDialog *self)
{
  HrRebalanceProblem *problem;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (self->cancellable)
    return;
  /* the moves dropped so far stay where they are */
  for (guint i = 0; self->result && i < hr_rebalance_get_n_moves (self->result); i++)
    if (self->dropped[i])
      g_hash_table_add (self->kept, GUINT_TO_POINTER (hr_rebalance_get_move (self->result, i)->account + 1));
  problem = hr_rebalance_problem_new (self->books);
  g_hash_table_iter_init (&iter, self->kept);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    hr_rebalance_problem_keep (problem, GPOINTER_TO_UINT (key) - 1);
  self->cancellable = g_cancellable_new ();
  self->started = g_get_monotonic_time ();
  self->tick = g_timeout_add (100, tick_cb, self);
  tick_cb (self);
  update_buttons (self);
  hr_rebalance_solve_async (problem, 0, self->cancellable, solved_cb, g_object_ref (self));
}

void
hr_rebalance_dialog_cancel (HrRebalanceDialog *self)
{
  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
}

gboolean
hr_rebalance_dialog_is_running (HrRebalanceDialog *self)
{
  return self->cancellable != NULL;
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
  GListModel *accounts = hr_plan_get_accounts (self->plan);

  g_return_if_fail (HR_IS_REBALANCE_DIALOG (self));
  if (self->result == NULL || self->cancellable)
    return;
  if (self->undo)
    hr_undo_stack_begin_group (self->undo);
  for (guint i = 0; i < hr_rebalance_get_n_moves (self->result); i++)
    {
      const HrMove *move = hr_rebalance_get_move (self->result, i);
      g_autoptr(HrAccount) account = NULL;
      const char *owner = hr_books_get_person (self->books, move->to)->id;

      if (self->dropped[i] || move->account >= g_list_model_get_n_items (accounts))
        continue;
      account = g_list_model_get_item (accounts, move->account);
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

  self->closed = TRUE;
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_object (&self->plan);
  g_clear_object (&self->document);
  g_clear_object (&self->undo);
  g_clear_object (&self->books);
  g_clear_object (&self->result);
  g_clear_pointer (&self->kept, g_hash_table_unref);
  g_clear_pointer (&self->dropped, g_free);
  G_OBJECT_CLASS (hr_rebalance_dialog_parent_class)->dispose (object);
}

static void
hr_rebalance_dialog_class_init (HrRebalanceDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hr_rebalance_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = hr_rebalance_dialog_close_request;
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hr_rebalance_dialog_init (HrRebalanceDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *progress = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *close = gtk_button_new_with_mnemonic (_("_Close"));

  self->kept = g_hash_table_new (NULL, NULL);
  gtk_window_set_title (GTK_WINDOW (self), _("Rebalance the Books"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 640);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 14);
  gtk_widget_set_margin_bottom (box, 14);

  self->verdict = gtk_label_new (_("Searching…"));
  gtk_label_set_xalign (GTK_LABEL (self->verdict), 0);
  gtk_label_set_wrap (GTK_LABEL (self->verdict), TRUE);
  gtk_widget_add_css_class (self->verdict, "heading");
  gtk_box_append (GTK_BOX (box), self->verdict);
  self->spinner = gtk_spinner_new ();
  self->status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_widget_set_hexpand (self->status, TRUE);
  gtk_widget_add_css_class (self->status, "dim-label");
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Stop"));
  gtk_widget_set_tooltip_text (self->cancel_button, _("Stop the search"));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (hr_rebalance_dialog_cancel), self);
  gtk_box_append (GTK_BOX (progress), self->spinner);
  gtk_box_append (GTK_BOX (progress), self->status);
  gtk_box_append (GTK_BOX (progress), self->cancel_button);
  gtk_box_append (GTK_BOX (box), progress);

  self->moves_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->moves_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->moves_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->moves_list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Moves"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->moves_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, 340, -1);
  self->chart = gtk_drawing_area_new ();
  gtk_widget_set_size_request (self->chart, 360, 240);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Loads before and after the moves"), -1);
  gtk_paned_set_start_child (GTK_PANED (paned), scroller);
  gtk_paned_set_end_child (GTK_PANED (paned), self->chart);
  gtk_paned_set_position (GTK_PANED (paned), 480);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  self->run_button = gtk_button_new_with_mnemonic (_("_Run Again"));
  gtk_widget_set_tooltip_text (self->run_button, _("Search again with the dropped moves kept where they are"));
  g_signal_connect_swapped (self->run_button, "clicked", G_CALLBACK (hr_rebalance_dialog_run), self);
  self->apply_button = gtk_button_new_with_mnemonic (_("_Apply Moves"));
  gtk_widget_add_css_class (self->apply_button, "suggested-action");
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (apply_clicked_cb), self);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (close_clicked_cb), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), close);
  gtk_box_append (GTK_BOX (buttons), self->run_button);
  gtk_box_append (GTK_BOX (buttons), self->apply_button);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (self), box);
  update_buttons (self);
}

HrRebalanceDialog *
hr_rebalance_dialog_new (GtkWindow   *parent,
                         HrDocument  *document,
                         HrUndoStack *undo,
                         HrBooks     *books)
{
  HrRebalanceDialog *self = g_object_new (HR_TYPE_REBALANCE_DIALOG, "transient-for", parent,
                                          "modal", parent != NULL, NULL);

  self->document = g_object_ref (document);
  self->plan = g_object_ref (hr_document_get_plan (document));
  self->undo = undo ? g_object_ref (undo) : NULL;
  self->books = g_object_ref (books);
  return self;
}

/* hr-recovery.c: unsaved edits kept on disk until the window closes cleanly */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hr-recovery.h"

#define GROUP "recovery"

struct _HrRecovery
{
  GObject   parent_instance;

  HrWindow *window;     /* not owned: the window owns us */
  HrPlan   *plan;       /* the plan watched */
  char     *id;
  GFile    *data;       /* the recovery file, once written */
  GFile    *info;
  guint     timeout_id;
  gint64    first_unwritten;  /* monotonic µs of the oldest edit not on disk; 0: none */
};

G_DEFINE_FINAL_TYPE (HrRecovery, hr_recovery, G_TYPE_OBJECT)

char *
hr_recovery_dup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "headroom", "recovery", NULL);
}

guint
hr_recovery_get_delay (void)
{
  return 2;
}

guint
hr_recovery_get_max_delay (void)
{
  return 5;
}

void
hr_recovery_entry_free (HrRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->name);
  g_clear_object (&entry->file);
  g_clear_pointer (&entry->edited, g_date_time_unref);
  g_clear_object (&entry->data);
  g_clear_object (&entry->info);
  g_free (entry);
}

static void
remove_files (HrRecovery *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->first_unwritten = 0;
  /* the key file first: a plan without it is never offered */
  if (self->info)
    g_file_delete (self->info, NULL, NULL);
  if (self->data)
    g_file_delete (self->data, NULL, NULL);
  g_clear_object (&self->info);
  g_clear_object (&self->data);
}

gboolean
hr_recovery_write_now (HrRecovery *self,
                       GError    **error)
{
  g_autofree char *dir = hr_recovery_dup_dir ();
  g_autofree char *data_name = g_strconcat (self->id, ".headroom", NULL);
  g_autofree char *info_name = g_strconcat (self->id, ".ini", NULL);
  g_autofree char *data_path = g_build_filename (dir, data_name, NULL);
  g_autofree char *info_path = g_build_filename (dir, info_name, NULL);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *data = NULL;
  g_autofree char *info = NULL;
  GFile *file;
  gsize length;

  g_return_val_if_fail (HR_IS_RECOVERY (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->first_unwritten = 0;
  if (self->window == NULL || self->plan == NULL || !hr_window_get_modified (self->window))
    {
      remove_files (self);
      return TRUE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "%s: %s", dir, g_strerror (errno));
      return FALSE;
    }
  data = hr_plan_to_data (self->plan, &length);
  if (!g_file_set_contents (data_path, data, length, error))
    return FALSE;
  g_set_object (&self->data, g_file_new_for_path (data_path));
  g_object_unref (self->data);

  file = hr_window_get_file (self->window);
  g_key_file_set_string (keyfile, GROUP, "name", hr_plan_get_name (self->plan) ? hr_plan_get_name (self->plan) : "");
  if (file)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (keyfile, GROUP, "file", uri);
    }
  g_key_file_set_int64 (keyfile, GROUP, "edited", g_date_time_to_unix (now));
  info = g_key_file_to_data (keyfile, &length, NULL);
  if (!g_file_set_contents (info_path, info, length, error))
    return FALSE;
  g_set_object (&self->info, g_file_new_for_path (info_path));
  g_object_unref (self->info);
  return TRUE;
}

static gboolean
autosave_cb (gpointer data)
{
  HrRecovery *self = data;
  g_autoptr(GError) error = NULL;

  self->timeout_id = 0;
  if (!hr_recovery_write_now (self, &error))
    g_warning ("Cannot write the recovery file: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* A write once the edits pause, but never later than the maximum delay
 * after the first edit not yet on disk, however steadily the user types */
static void
plan_changed_cb (HrRecovery *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 quiet = now + hr_recovery_get_delay () * G_USEC_PER_SEC;
  gint64 latest;

  if (self->first_unwritten == 0)
    self->first_unwritten = now;
  latest = self->first_unwritten + hr_recovery_get_max_delay () * G_USEC_PER_SEC;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (MAX (0, MIN (quiet, latest) - now) / 1000, autosave_cb, self);
}

static void
modified_changed_cb (HrRecovery *self)
{
  /* saved, or undone back to what is on disk */
  if (self->window && !hr_window_get_modified (self->window))
    remove_files (self);
}

static void
window_plan_changed_cb (HrRecovery *self)
{
  HrPlan *plan = self->window ? hr_window_get_plan (self->window) : NULL;

  if (plan == self->plan)
    return;
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  /* another plan in the window: whatever was kept is of the old one */
  remove_files (self);
}

static void
hr_recovery_dispose (GObject *object)
{
  HrRecovery *self = HR_RECOVERY (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (hr_recovery_parent_class)->dispose (object);
}

static void
hr_recovery_finalize (GObject *object)
{
  HrRecovery *self = HR_RECOVERY (object);

  g_clear_object (&self->data);
  g_clear_object (&self->info);
  g_free (self->id);
  G_OBJECT_CLASS (hr_recovery_parent_class)->finalize (object);
}

static void
hr_recovery_class_init (HrRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hr_recovery_dispose;
  object_class->finalize = hr_recovery_finalize;
}

static void
hr_recovery_init (HrRecovery *self)
{
  static guint counter;

  /* unique within the session: the app runs once per session */
  self->id = g_strdup_printf ("%" G_GINT64_FORMAT "-%u", g_get_real_time (), ++counter);
}

HrRecovery *
hr_recovery_attach (HrWindow *window)
{
  HrRecovery *self;

  g_return_val_if_fail (HR_IS_WINDOW (window), NULL);

  self = g_object_new (HR_TYPE_RECOVERY, NULL);
  self->window = window;
  g_object_set_data_full (G_OBJECT (window), "hr-recovery", self, g_object_unref);
  g_signal_connect_object (window, "notify::plan", G_CALLBACK (window_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hr_window_get_undo_stack (window), "notify::modified",
                           G_CALLBACK (modified_changed_cb), self, G_CONNECT_SWAPPED);
  window_plan_changed_cb (self);
  return self;
}

void
hr_recovery_finish (HrRecovery *self)
{
  g_return_if_fail (HR_IS_RECOVERY (self));

  remove_files (self);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  self->window = NULL;
}

GFile *
hr_recovery_get_file (HrRecovery *self)
{
  g_return_val_if_fail (HR_IS_RECOVERY (self), NULL);
  return self->info ? self->data : NULL;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const HrRecoveryEntry *x = *(HrRecoveryEntry **) a;
  const HrRecoveryEntry *y = *(HrRecoveryEntry **) b;

  return g_date_time_compare (x->edited, y->edited);
}

GPtrArray *
hr_recovery_list (void)
{
  g_autofree char *dir = hr_recovery_dup_dir ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) hr_recovery_entry_free);
  const char *name;

  while (listing && (name = g_dir_read_name (listing)))
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autofree char *info_path = g_build_filename (dir, name, NULL);
      g_autofree char *id = NULL;
      g_autofree char *data_name = NULL;
      g_autofree char *data_path = NULL;
      g_autofree char *uri = NULL;
      HrRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".ini") || !g_key_file_load_from_file (keyfile, info_path, G_KEY_FILE_NONE, NULL))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".ini"));
      data_name = g_strconcat (id, ".headroom", NULL);
      data_path = g_build_filename (dir, data_name, NULL);
      if (!g_file_test (data_path, G_FILE_TEST_IS_REGULAR))
        continue;
      entry = g_new0 (HrRecoveryEntry, 1);
      entry->id = g_steal_pointer (&id);
      entry->name = g_key_file_get_string (keyfile, GROUP, "name", NULL);
      uri = g_key_file_get_string (keyfile, GROUP, "file", NULL);
      if (uri && *uri)
        entry->file = g_file_new_for_uri (uri);
      entry->edited = g_date_time_new_from_unix_utc (g_key_file_get_int64 (keyfile, GROUP, "edited", NULL));
      if (entry->edited == NULL)
        entry->edited = g_date_time_new_now_utc ();
      entry->data = g_file_new_for_path (data_path);
      entry->info = g_file_new_for_path (info_path);
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

void
hr_recovery_entry_delete (HrRecoveryEntry *entry)
{
  g_return_if_fail (entry != NULL);
  g_file_delete (entry->info, NULL, NULL);
  g_file_delete (entry->data, NULL, NULL);
}

/* The recovery as an undo step: undo shows the file, redo the edits */
typedef struct {
  HrPlan *plan;
  HrPlan *before;
  HrPlan *after;
} Restore;

static void
restore_free (gpointer data)
{
  Restore *restore = data;

  g_object_unref (restore->plan);
  g_clear_object (&restore->before);
  g_object_unref (restore->after);
  g_free (restore);
}

static void
restore_apply (gpointer data,
               gboolean redo)
{
  Restore *restore = data;
  HrPlan *source = redo ? restore->after : restore->before;
  g_autoptr(HrPlan) copy = NULL;

  if (source)
    copy = hr_plan_copy (source);
  else
    {
      /* before the recovery of a plan never saved: a new, empty plan */
      copy = hr_plan_new ();
      g_object_set (copy, "name", hr_plan_get_name (restore->after), NULL);
    }
  if (copy)
    hr_plan_assign (restore->plan, copy);
}

HrWindow *
hr_recovery_entry_restore (HrRecoveryEntry *entry,
                           GtkApplication  *application,
                           HrWindow        *window,
                           GError         **error)
{
  g_autoptr(HrPlan) recovered = hr_plan_load_file (entry->data, NULL, error);
  g_autoptr(HrPlan) plan = NULL;
  Restore *restore;

  if (recovered == NULL)
    return NULL;
  if (entry->file)
    plan = hr_plan_load_file (entry->file, NULL, NULL);
  if (plan == NULL)
    {
      /* never saved, or the file has gone: Undo gives an empty plan */
      plan = hr_plan_new ();
      g_object_set (plan, "name", hr_plan_get_name (recovered), NULL);
    }
  if (window && !hr_window_get_modified (window))
    hr_window_set_plan (window, plan, entry->file);
  else
    {
      window = hr_window_new (application, plan, entry->file);
      gtk_window_present (GTK_WINDOW (window));
    }

  restore = g_new0 (Restore, 1);
  restore->plan = g_object_ref (plan);
  /* NULL when the plan is empty (never saved): nothing to copy */
  restore->before = entry->file ? hr_plan_copy (plan) : NULL;
  restore->after = g_steal_pointer (&recovered);
  restore_apply (restore, TRUE);
  hr_undo_stack_push (hr_window_get_undo_stack (window), restore_apply, restore, restore_free);
  hr_recovery_entry_delete (entry);
  return window;
}

/* --- the question at start --- */

typedef struct {
  HrWindow  *parent;
  GPtrArray *entries;
} Offer;

static void
offer_free (gpointer data)
{
  Offer *offer = data;

  g_object_unref (offer->parent);
  g_ptr_array_unref (offer->entries);
  g_free (offer);
}

static void
discard_clicked_cb (GtkWidget *button,
                    GtkWindow *dialog)
{
  Offer *offer = g_object_get_data (G_OBJECT (dialog), "hr-offer");

  for (guint i = 0; i < offer->entries->len; i++)
    hr_recovery_entry_delete (g_ptr_array_index (offer->entries, i));
  gtk_window_destroy (dialog);
}

static void
recover_clicked_cb (GtkWidget *button,
                    GtkWindow *dialog)
{
  Offer *offer = g_object_get_data (G_OBJECT (dialog), "hr-offer");
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (offer->parent));
  HrWindow *target = offer->parent;

  for (guint i = 0; i < offer->entries->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!hr_recovery_entry_restore (g_ptr_array_index (offer->entries, i), application, target, &error))
        hr_window_show_error (offer->parent, error->message);
      /* one plan per window: the others open beside it */
      target = NULL;
    }
  gtk_window_destroy (dialog);
}

static char *
describe_entry (HrRecoveryEntry *entry)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->edited);
  /* Translators: when unsaved changes were made, as in "2027-03-04 14:32";
   * a g_date_time_format() format */
  g_autofree char *when = g_date_time_format (local, _("%Y-%m-%d %H:%M"));
  const char *name = entry->name && *entry->name ? entry->name : _("Untitled plan");

  /* Translators: a plan with unsaved changes, and when they were made */
  return g_strdup_printf (_("“%s”, changed %s"), name, when);
}

void
hr_recovery_offer (HrWindow  *parent,
                   GPtrArray *entries)
{
  GtkWidget *dialog, *box, *label, *buttons, *button;
  Offer *offer;

  g_return_if_fail (HR_IS_WINDOW (parent));
  if (entries->len == 0)
    {
      g_ptr_array_unref (entries);
      return;
    }
  offer = g_new0 (Offer, 1);
  offer->parent = g_object_ref (parent);
  offer->entries = entries;

  dialog = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("Recover Unsaved Changes"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (parent));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  g_object_set_data_full (G_OBJECT (dialog), "hr-offer", offer, offer_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_window_set_child (GTK_WINDOW (dialog), box);

  label = gtk_label_new (g_dngettext (GETTEXT_PACKAGE, "Headroom closed before this plan was saved",
                                      "Headroom closed before these plans were saved", entries->len));
  gtk_widget_add_css_class (label, "title-4");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  for (guint i = 0; i < entries->len; i++)
    {
      HrRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *text = describe_entry (entry);

      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      if (entry->file)
        {
          g_autofree char *where = g_file_get_parse_name (entry->file);
          label = gtk_label_new (where);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (box), label);
        }
    }
  label = gtk_label_new (_("Recover the changes to keep working on them, or discard them for good."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (box), buttons);
  button = gtk_button_new_with_label (_("Discard"));
  gtk_widget_add_css_class (button, "destructive-action");
  g_signal_connect (button, "clicked", G_CALLBACK (discard_clicked_cb), dialog);
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_label (_("Recover"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (recover_clicked_cb), dialog);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), button);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (button);
}

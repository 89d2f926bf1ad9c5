/* hr-window-actions.c: the window's documents: new, open, save, recent,
 * undo and redo */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-application.h"
#include "hr-presentation.h"
#include "hr-window.h"

typedef struct {
  HrWindow  *window;
  void     (*done) (HrWindow *self, GFile *file, gpointer data);
  gpointer   data;
} Choice;

#if GTK_CHECK_VERSION (4, 10, 0)
static void
dialog_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Choice *choice = user_data;
  g_autoptr(GFile) file = NULL;
  gboolean save = GPOINTER_TO_INT (g_object_get_data (source, "hr-save"));

  if (save)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file)
    choice->done (choice->window, file, choice->data);
  g_object_unref (choice->window);
  g_free (choice);
}
#else
static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  Choice *choice = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file)
        choice->done (choice->window, file, choice->data);
    }
  g_object_unref (choice->window);
  g_free (choice);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}
#endif

void
hr_window_choose_file (HrWindow   *self,
                       gboolean    save,
                       const char *title,
                       const char *suggested_name,
                       const char *pattern_name,
                       const char *pattern,
                       void      (*done) (HrWindow *self, GFile *file, gpointer data),
                       gpointer    data)
{
  hr_window_choose_file_in (self, save, title, NULL, suggested_name, pattern_name, pattern, done, data);
}

void
hr_window_choose_file_in (HrWindow   *self,
                          gboolean    save,
                          const char *title,
                          GFile      *folder,
                          const char *suggested_name,
                          const char *pattern_name,
                          const char *pattern,
                          void      (*done) (HrWindow *self, GFile *file, gpointer data),
                          gpointer    data)
{
  Choice *choice = g_new0 (Choice, 1);
  GtkFileFilter *filter = gtk_file_filter_new ();

  choice->window = g_object_ref (self);
  choice->done = done;
  choice->data = data;
  gtk_file_filter_set_name (filter, pattern_name);
  /* "*.png;*.pdf;*.svg": every kind the dialog may overwrite is listed,
   * whatever the case of its extension */
  {
    g_auto(GStrv) patterns = g_strsplit (pattern, ";", -1);

    for (guint i = 0; patterns[i]; i++)
      if (g_str_has_prefix (patterns[i], "*."))
        gtk_file_filter_add_suffix (filter, patterns[i] + 2);
      else
        gtk_file_filter_add_pattern (filter, patterns[i]);
  }

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    g_list_store_append (filters, filter);
    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_set_default_filter (dialog, filter);
    g_object_set_data (G_OBJECT (dialog), "hr-save", GINT_TO_POINTER (save));
    if (folder)
      gtk_file_dialog_set_initial_folder (dialog, folder);
    if (save)
      {
        gtk_file_dialog_set_initial_name (dialog, suggested_name);
        gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, choice);
      }
    else
      gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, choice);
    g_object_unref (filter);
  }
#else
  {
    GtkFileChooserNative *native =
      gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                   save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                   save ? _("_Save") : _("_Open"), _("_Cancel"));
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    if (folder)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    if (save && suggested_name)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    g_signal_connect (native, "response", G_CALLBACK (native_response_cb), choice);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
    g_object_unref (filter);
  }
#endif
}

static void
open_done (HrWindow *self,
           GFile    *file,
           gpointer  data)
{
  hr_application_open_file (gtk_window_get_application (GTK_WINDOW (self)), self, file);
}

static void
save_done (HrWindow *self,
           GFile    *file,
           gpointer  data)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) target = NULL;

  /* add the extension the filter promised */
  if (!g_str_has_suffix (name, ".headroom"))
    {
      g_autofree char *with = g_strconcat (name, ".headroom", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      target = parent ? g_file_get_child (parent, with) : g_object_ref (file);
    }
  else
    target = g_object_ref (file);
  hr_window_save_to_file (self, target);
}

static char *
suggested_name (HrWindow *self)
{
  const char *name = hr_plan_get_name (hr_window_get_plan (self));
  g_autofree char *clean = NULL;

  if (hr_window_get_file (self))
    return g_file_get_basename (hr_window_get_file (self));
  if (name == NULL || *name == '\0')
    return g_strdup (_("plan.headroom"));
  clean = g_strdelimit (g_strdup (name), "/\\:*?\"<>|", '-');
  return g_strconcat (clean, ".headroom", NULL);
}

HrPlan *
hr_window_new_plan (void)
{
  HrPlan *plan = hr_plan_new ();
  g_autoptr(HrRole) role = hr_role_new ("csm");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next = g_date_time_add_months (now, 1);
  g_autofree char *start = g_date_time_format (next, "%Y-%m");

  /* a plan that forecasts from the first moment: a team of one customer
   * success manager from next month on, over two years */
  g_object_set (plan, "name", _("New plan"), "start", start, "months", 24, NULL);
  /* the currency the preferences give new plans */
  hr_application_apply_setting (plan, "currency", "currency", FALSE);
  g_object_set (role, "name", _("Customer Success Managers"), "headcount", 1.0, NULL);
  hr_application_apply_setting (role, "hours-per-month", "hours-per-month", FALSE);
  hr_plan_insert_item (plan, HR_ITEM (role), 0);
  return plan;
}

static void
new_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  HrWindow *self = data;
  g_autoptr(HrPlan) plan = hr_window_new_plan ();
  HrWindow *window;

  window = hr_window_new (gtk_window_get_application (GTK_WINDOW (self)), plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_choose_file (data, FALSE, _("Open Plan"), NULL, _("Headroom plans"), "*.headroom",
                         open_done, NULL);
}

static void
open_recent_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_done (data, file, NULL);
}

static void
save_as_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  g_autofree char *name = suggested_name (data);

  hr_window_choose_file (data, TRUE, _("Save Plan"), name, _("Headroom plans"), "*.headroom",
                         save_done, NULL);
}

static void
save_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  HrWindow *self = data;

  if (hr_window_get_file (self))
    hr_window_save_to_file (self, hr_window_get_file (self));
  else
    save_as_activated (action, param, data);
}

static void
undo_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_undo_stack_undo (hr_window_get_undo_stack (data));
}

static void
redo_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_undo_stack_redo (hr_window_get_undo_stack (data));
}

static void
export_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_show_export (data);
}

static void
export_pack_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_export_pack (data);
}

static void
export_workbook_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_export_workbook (data);
}

static void
export_activities_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_export_activities (data);
}

static void
import_activities_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_import_activities (data);
}

static void
print_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_print (data);
}

/* shows a page of the sidebar by name: for people's shortcuts and tests */
static void
show_page_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_window_show_page (data, g_variant_get_string (param, NULL));
}

static void
present_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  hr_presentation_show (data);
}

static const GActionEntry entries[] = {
  { "show-page", show_page_activated, "s" },
  { "new", new_activated },
  { "open", open_activated },
  { "open-recent", open_recent_activated, "s" },
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "undo", undo_activated },
  { "redo", redo_activated },
  { "export", export_activated },
  { "export-pack", export_pack_activated },
  { "export-workbook", export_workbook_activated },
  { "export-activities", export_activities_activated },
  { "import-activities", import_activities_activated },
  { "print", print_activated },
  { "present", present_activated },
};

void
hr_window_update_recent (HrWindow *self)
{
  GMenu *menu = g_object_get_data (G_OBJECT (self), "hr-recent-menu");
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  if (menu == NULL)
    {
      g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
      return;
    }
  g_menu_remove_all (menu);
  for (GList *l = items; l && n < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (!g_str_has_suffix (uri, ".headroom"))
        continue;
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
        g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uri));
        g_menu_append_item (menu, item);
      }
      n++;
    }
  if (n == 0)
    g_menu_append (menu, _("No recent plans"), "win.no-recent");
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
undo_state_cb (HrUndoStack *undo,
               GParamSpec  *pspec,
               HrWindow    *self)
{
  GAction *undo_action = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");
  GAction *redo_action = g_action_map_lookup_action (G_ACTION_MAP (self), "redo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo_action), hr_undo_stack_get_can_undo (undo));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (redo_action), hr_undo_stack_get_can_redo (undo));
}

void
hr_window_install_actions (HrWindow *self)
{

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect_object (hr_window_get_undo_stack (self), "notify::can-undo", G_CALLBACK (undo_state_cb), self, 0);
  g_signal_connect_object (hr_window_get_undo_stack (self), "notify::can-redo", G_CALLBACK (undo_state_cb), self, 0);
  undo_state_cb (hr_window_get_undo_stack (self), NULL, self);
  /* live: a plan opened or saved in any window, or any program, shows here */
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (hr_window_update_recent), self, G_CONNECT_SWAPPED);
  hr_window_update_recent (self);
}

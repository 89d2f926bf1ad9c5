/* hr-item-list.c: a reorderable list of plan items with add, duplicate and
 * remove, every change undoable */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-form.h"
#include "hr-item-list.h"

struct _HrItemList
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkWidget          *list_view;
  GtkWidget          *message;
  GtkWidget          *remove_button;
  GtkWidget          *duplicate_button;
  GtkWidget          *up_button;
  GtkWidget          *down_button;
  GtkSingleSelection *selection;
  HrPlan             *plan;
  GListModel         *store;
  HrUndoStack        *undo;
  HrItemListNewFunc   make_new;
  HrItemListTextFunc  text;
  gpointer            user_data;
  HrItemListCheckFunc remove_check;
  gpointer            remove_check_data;
  GtkWidget          *form;   /* edits the selection; a new item's first field takes the focus */
};

enum {
  PROP_0,
  PROP_SELECTED_ITEM,
  N_PROPS
};

enum {
  REMOVING,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HrItemList, hr_item_list, GTK_TYPE_WIDGET)

char *
hr_item_unique_id (GListModel *siblings,
                   const char *base)
{
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);
      gboolean used = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (siblings) && !used; i++)
        {
          g_autoptr(HrItem) item = g_list_model_get_item (siblings, i);
          used = g_strcmp0 (hr_item_get_id (item), id) == 0;
        }
      if (!used)
        return g_steal_pointer (&id);
    }
}

HrItem *
hr_item_duplicate (HrItem     *item,
                   GListModel *siblings)
{
  g_autoptr(HrItem) copy = hr_item_copy (item);
  GParamSpec *name_pspec;

  if (hr_item_get_id (item))
    {
      g_autofree char *base = g_strdup_printf ("%s-copy", hr_item_get_id (item));
      g_autofree char *id = hr_item_unique_id (siblings, base);
      g_object_set (copy, "id", id, NULL);
    }
  name_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "name");
  if (name_pspec)
    {
      g_autofree char *name = NULL;
      g_autofree char *new_name = NULL;
      g_object_get (item, "name", &name, NULL);
      /* Translators: the name of a duplicated moment, tier or role */
      new_name = g_strdup_printf (_("%s (copy)"), name && *name ? name : hr_item_get_id (item));
      g_object_set (copy, "name", new_name, NULL);
    }
  return g_steal_pointer (&copy);
}

static void
update_buttons (HrItemList *self)
{
  guint n = self->store ? g_list_model_get_n_items (self->store) : 0;
  guint position = hr_item_list_get_position (self);
  gboolean selected = position != GTK_INVALID_LIST_POSITION && position < n;

  gtk_widget_set_sensitive (self->remove_button, selected);
  gtk_widget_set_sensitive (self->duplicate_button, selected);
  gtk_widget_set_sensitive (self->up_button, selected && position > 0);
  gtk_widget_set_sensitive (self->down_button, selected && position + 1 < n);
}

static void
selection_changed_cb (HrItemList *self)
{
  update_buttons (self);
  hr_item_list_show_message (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* --- rows --- */

static void
row_refresh (GtkListItem *list_item)
{
  HrItemList *self = g_object_get_data (G_OBJECT (list_item), "hr-list");
  HrItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *title_text = NULL;
  g_autofree char *subtitle_text = NULL;

  if (item == NULL || self->text == NULL)
    return;
  title_text = self->text (item, FALSE, self->user_data);
  subtitle_text = self->text (item, TRUE, self->user_data);
  gtk_label_set_text (GTK_LABEL (title), title_text);
  gtk_label_set_text (GTK_LABEL (subtitle), subtitle_text ? subtitle_text : "");
  gtk_widget_set_visible (subtitle, subtitle_text && *subtitle_text);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT, gtk_list_item_get_position (list_item));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  HrItemList *self = g_object_get_data (G_OBJECT (list_item), "hr-list");
  guint from = g_value_get_uint (value);
  guint to = gtk_list_item_get_position (list_item);
  g_autoptr(HrItem) item = NULL;

  if (from == to || self->undo == NULL)
    return FALSE;
  item = g_list_model_get_item (self->store, from);
  hr_undo_stack_move (self->undo, self->plan, item, to);
  hr_item_list_select (self, to);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          HrItemList               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
  g_object_set_data (G_OBJECT (list_item), "hr-list", self);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (target));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         HrItemList               *self)
{
  HrItem *item = gtk_list_item_get_item (list_item);
  gulong id = g_signal_connect_swapped (item, "changed", G_CALLBACK (row_refresh), list_item);

  g_object_set_data (G_OBJECT (list_item), "hr-handler", GSIZE_TO_POINTER (id));
  row_refresh (list_item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           HrItemList               *self)
{
  HrItem *item = gtk_list_item_get_item (list_item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "hr-handler"));

  if (item && id)
    g_signal_handler_disconnect (item, id);
  g_object_set_data (G_OBJECT (list_item), "hr-handler", NULL);
}

/* --- actions --- */

static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  hr_item_list_move_selected (HR_ITEM_LIST (widget), g_variant_get_int32 (args));
  return TRUE;
}

static gboolean
remove_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  hr_item_list_remove_selected (HR_ITEM_LIST (widget));
  return TRUE;
}

static void
move_up_cb (HrItemList *self)
{
  hr_item_list_move_selected (self, -1);
}

static void
move_down_cb (HrItemList *self)
{
  hr_item_list_move_selected (self, 1);
}

static GtkWidget *
tool_button (const char *icon,
             const char *label,
             GCallback   callback,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
hr_item_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, hr_item_list_get_selected (HR_ITEM_LIST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_item_list_dispose (GObject *object)
{
  HrItemList *self = HR_ITEM_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  g_clear_weak_pointer (&self->form);
  G_OBJECT_CLASS (hr_item_list_parent_class)->dispose (object);
}

static void
hr_item_list_class_init (HrItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hr_item_list_get_property;
  object_class->dispose = hr_item_list_dispose;

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, HR_TYPE_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* emitted inside the removal's undo group, before the item goes */
  signals[REMOVING] = g_signal_new ("removing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, HR_TYPE_ITEM);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_shortcut_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_shortcut_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, remove_shortcut_cb, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hritemlist");
}

static void
hr_item_list_init (HrItemList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (update_buttons), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->message);
}

GtkWidget *
hr_item_list_new (const char *add_label,
                  const char *duplicate_label,
                  const char *remove_label)
{
  HrItemList *self = g_object_new (HR_TYPE_ITEM_LIST, NULL);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *add = gtk_button_new_with_label (add_label);

  gtk_widget_add_css_class (toolbar, "linked");
  gtk_widget_set_tooltip_text (add, add_label);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (hr_item_list_add), self);
  gtk_widget_set_hexpand (add, TRUE);
  self->duplicate_button = tool_button ("edit-copy-symbolic", duplicate_label,
                                        G_CALLBACK (hr_item_list_duplicate_selected), self);
  self->remove_button = tool_button ("list-remove-symbolic", remove_label,
                                     G_CALLBACK (hr_item_list_remove_selected), self);
  self->up_button = tool_button ("go-up-symbolic", _("Move up (Alt+Up)"), G_CALLBACK (move_up_cb), self);
  self->down_button = tool_button ("go-down-symbolic", _("Move down (Alt+Down)"), G_CALLBACK (move_down_cb), self);
  gtk_box_append (GTK_BOX (toolbar), add);
  gtk_box_append (GTK_BOX (toolbar), self->duplicate_button);
  gtk_box_append (GTK_BOX (toolbar), self->up_button);
  gtk_box_append (GTK_BOX (toolbar), self->down_button);
  gtk_box_append (GTK_BOX (toolbar), self->remove_button);
  gtk_box_append (GTK_BOX (self->box), toolbar);
  update_buttons (self);
  return GTK_WIDGET (self);
}

void
hr_item_list_set_model (HrItemList         *self,
                        HrPlan             *plan,
                        GListModel         *store,
                        HrUndoStack        *undo,
                        HrItemListNewFunc   make_new,
                        HrItemListTextFunc  text,
                        gpointer            user_data)
{
  g_return_if_fail (HR_IS_ITEM_LIST (self));

  self->make_new = make_new;
  self->text = text;
  self->user_data = user_data;
  g_set_object (&self->undo, undo);
  g_set_object (&self->plan, plan);
  g_set_object (&self->store, store);
  gtk_single_selection_set_model (self->selection, store);
  update_buttons (self);
}

void
hr_item_list_set_remove_check (HrItemList          *self,
                               HrItemListCheckFunc  check,
                               gpointer             user_data)
{
  g_return_if_fail (HR_IS_ITEM_LIST (self));
  self->remove_check = check;
  self->remove_check_data = user_data;
}

void
hr_item_list_set_form (HrItemList *self,
                       HrForm     *form)
{
  g_return_if_fail (HR_IS_ITEM_LIST (self));
  g_set_weak_pointer (&self->form, GTK_WIDGET (form));
}

HrItem *
hr_item_list_get_selected (HrItemList *self)
{
  g_return_val_if_fail (HR_IS_ITEM_LIST (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

guint
hr_item_list_get_position (HrItemList *self)
{
  g_return_val_if_fail (HR_IS_ITEM_LIST (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

void
hr_item_list_select (HrItemList *self,
                     guint       position)
{
  g_return_if_fail (HR_IS_ITEM_LIST (self));
  gtk_single_selection_set_selected (self->selection, position);
}

void
hr_item_list_move_selected (HrItemList *self,
                            int         delta)
{
  guint position = hr_item_list_get_position (self);
  guint n = self->store ? g_list_model_get_n_items (self->store) : 0;
  int to;

  if (position == GTK_INVALID_LIST_POSITION || self->undo == NULL)
    return;
  to = (int) position + delta;
  if (to < 0 || to >= (int) n)
    return;
  hr_undo_stack_move (self->undo, self->plan, hr_item_list_get_selected (self), to);
  hr_item_list_select (self, to);
}

static void
insert_item (HrItemList *self,
             HrItem     *item)
{
  guint position = hr_item_list_get_position (self);
  guint n = g_list_model_get_n_items (self->store);

  position = position == GTK_INVALID_LIST_POSITION || position >= n ? n : position + 1;
  hr_undo_stack_insert (self->undo, self->plan, item, position);
  hr_item_list_select (self, position);
  /* the new row in view, and its name ready to be typed over */
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  if (self->form)
    hr_form_focus_first (HR_FORM (self->form));
}

void
hr_item_list_add (HrItemList *self)
{
  g_autoptr(HrItem) item = NULL;

  g_return_if_fail (HR_IS_ITEM_LIST (self));
  if (self->make_new == NULL || self->undo == NULL)
    return;
  item = self->make_new (self, self->user_data);
  if (item)
    insert_item (self, item);
}

void
hr_item_list_duplicate_selected (HrItemList *self)
{
  HrItem *selected = hr_item_list_get_selected (self);
  g_autoptr(HrItem) copy = NULL;

  if (selected == NULL || self->undo == NULL)
    return;
  copy = hr_item_duplicate (selected, self->store);
  if (copy)
    insert_item (self, copy);
}

void
hr_item_list_remove_selected (HrItemList *self)
{
  guint position = hr_item_list_get_position (self);
  HrItem *item = hr_item_list_get_selected (self);
  g_autofree char *refusal = NULL;
  guint n;

  if (item == NULL || self->undo == NULL)
    return;
  if (self->remove_check && (refusal = self->remove_check (item, self->remove_check_data)))
    {
      hr_item_list_show_message (self, refusal);
      return;
    }
  hr_undo_stack_begin_group (self->undo);
  g_signal_emit (self, signals[REMOVING], 0, item);
  hr_undo_stack_remove (self->undo, self->plan, item);
  hr_undo_stack_end_group (self->undo);
  n = g_list_model_get_n_items (self->store);
  if (n > 0)
    hr_item_list_select (self, MIN (position, n - 1));
}

void
hr_item_list_show_message (HrItemList *self,
                           const char *message)
{
  g_return_if_fail (HR_IS_ITEM_LIST (self));
  gtk_label_set_text (GTK_LABEL (self->message), message ? message : "");
  gtk_widget_set_visible (self->message, message != NULL);
  /* a screen reader hears it with the button that was refused */
  if (message)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->remove_button),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
hr_item_list_get_message (HrItemList *self)
{
  g_return_val_if_fail (HR_IS_ITEM_LIST (self), NULL);
  if (!gtk_widget_get_visible (self->message))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->message));
}

void
hr_item_list_watch_items (GListModel *list,
                          guint       position,
                          guint       added,
                          const char *signal,
                          GCallback   callback,
                          gpointer    object)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_signal_handlers_disconnect_by_func (item, callback, object);
      g_signal_connect_object (item, signal, callback, object, G_CONNECT_SWAPPED);
    }
}

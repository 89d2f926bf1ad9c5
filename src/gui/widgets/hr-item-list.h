/* hr-item-list.h: a reorderable list of plan items with add, duplicate and
 * remove, every change undoable */
#pragma once

#include <gtk/gtk.h>

#include "hr-form.h"
#include "hr-plan.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_ITEM_LIST (hr_item_list_get_type ())
G_DECLARE_FINAL_TYPE (HrItemList, hr_item_list, HR, ITEM_LIST, GtkWidget)

/* A new item to add after the selection; the list makes its id unique */
typedef HrItem *(*HrItemListNewFunc)   (HrItemList *list,
                                        gpointer    user_data);
/* Title and subtitle of a row */
typedef char   *(*HrItemListTextFunc)  (HrItem     *item,
                                        gboolean    subtitle,
                                        gpointer    user_data);

/* Why @item can't be removed, or NULL when it can */
typedef char   *(*HrItemListCheckFunc) (HrItem     *item,
                                        gpointer    user_data);

/* @noun: "moment", used in the buttons' accessible names */
GtkWidget  *hr_item_list_new            (const char         *add_label,
                                         const char         *duplicate_label,
                                         const char         *remove_label);
/* @store is one of @plan's lists; edits go through the plan */
void        hr_item_list_set_model      (HrItemList         *self,
                                         HrPlan             *plan,
                                         GListModel         *store,
                                         HrUndoStack        *undo,
                                         HrItemListNewFunc   make_new,
                                         HrItemListTextFunc  text,
                                         gpointer            user_data);
/* Asked before a removal; a refusal is shown under the list */
void        hr_item_list_set_remove_check (HrItemList          *self,
                                           HrItemListCheckFunc  check,
                                           gpointer             user_data);
/* The form that edits the selected item: an added item's first field
 * (its name) takes the focus, scrolled into view */
void        hr_item_list_set_form       (HrItemList          *self,
                                         HrForm              *form);
HrItem     *hr_item_list_get_selected   (HrItemList         *self);
guint       hr_item_list_get_position   (HrItemList         *self);
void        hr_item_list_select         (HrItemList         *self,
                                         guint               position);
/* Moves the selected row by @delta (−1 up, +1 down) */
void        hr_item_list_move_selected  (HrItemList         *self,
                                         int                 delta);
void        hr_item_list_duplicate_selected (HrItemList     *self);
void        hr_item_list_add            (HrItemList         *self);
void        hr_item_list_remove_selected (HrItemList        *self);
/* Shows why an edit was refused, under the list */
void        hr_item_list_show_message   (HrItemList         *self,
                                         const char         *message);
/* The message shown, or NULL */
const char *hr_item_list_get_message    (HrItemList         *self);

/* A copy of @item (treatments and cohorts included) with a new id */
HrItem     *hr_item_duplicate           (HrItem             *item,
                                         GListModel         *siblings);
char       *hr_item_unique_id           (GListModel         *siblings,
                                         const char         *base);

/* Connects @callback (swapped, as g_signal_connect_object() does for
 * @object) to @signal of the items @list added at @position, once each:
 * for an "items-changed" handler that follows every item of a list */
void        hr_item_list_watch_items    (GListModel         *list,
                                         guint               position,
                                         guint               added,
                                         const char         *signal,
                                         GCallback           callback,
                                         gpointer            object);

G_END_DECLS

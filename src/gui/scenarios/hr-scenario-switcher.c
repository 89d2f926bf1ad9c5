/* hr-scenario-switcher.c: the scenario shown in every chart, as a
 * drop-down in the header bar that also switches it */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-accessible.h"
#include "hr-item-list.h"
#include "hr-scenario-switcher.h"

struct _HrScenarioSwitcher
{
  GtkWidget  parent_instance;

  GtkWidget *dropdown;

  HrDocument *document;
  gboolean    updating;
};

G_DEFINE_FINAL_TYPE (HrScenarioSwitcher, hr_scenario_switcher, GTK_TYPE_WIDGET)

/* The entry of the scenario shown */
static void
update_selected (HrScenarioSwitcher *self)
{
  HrScenario *active = self->document ? hr_document_get_active_scenario (self->document) : NULL;
  GListModel *names = gtk_drop_down_get_model (GTK_DROP_DOWN (self->dropdown));
  guint selected = 0;

  if (active)
    {
      GListModel *scenarios = hr_plan_get_scenarios (hr_document_get_plan (self->document));
      guint position;

      if (g_list_store_find (G_LIST_STORE (scenarios), active, &position))
        selected = position + 1;
    }
  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), selected);
  self->updating = FALSE;
  if (names && selected < g_list_model_get_n_items (names))
    gtk_widget_set_tooltip_text (self->dropdown, gtk_string_list_get_string (GTK_STRING_LIST (names), selected));
}

/* The baseline and every scenario by name */
static void
update (HrScenarioSwitcher *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("Baseline"));
  if (self->document)
    {
      GListModel *scenarios = hr_plan_get_scenarios (hr_document_get_plan (self->document));

      for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
        {
          g_autoptr(HrItem) scenario = g_list_model_get_item (scenarios, i);
          g_autofree char *name = NULL;

          g_object_get (scenario, "name", &name, NULL);
          gtk_string_list_append (names, name && *name ? name : hr_item_get_id (scenario));
        }
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->dropdown), G_LIST_MODEL (names));
  self->updating = FALSE;
  update_selected (self);
}

static void
selected_cb (HrScenarioSwitcher *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown));
  g_autoptr(HrItem) scenario = NULL;

  if (self->updating || self->document == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    scenario = g_list_model_get_item (hr_plan_get_scenarios (hr_document_get_plan (self->document)), selected - 1);
  hr_document_set_active_scenario (self->document, HR_SCENARIO (scenario));
}

static void
hr_scenario_switcher_dispose (GObject *object)
{
  HrScenarioSwitcher *self = HR_SCENARIO_SWITCHER (object);

  hr_scenario_switcher_set_document (self, NULL);
  g_clear_pointer (&self->dropdown, gtk_widget_unparent);
  G_OBJECT_CLASS (hr_scenario_switcher_parent_class)->dispose (object);
}

static void
hr_scenario_switcher_class_init (HrScenarioSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_scenario_switcher_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_scenario_switcher_init (HrScenarioSwitcher *self)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->dropdown = gtk_drop_down_new (NULL, expression);
  gtk_widget_set_parent (self->dropdown, GTK_WIDGET (self));
  hr_drop_down_set_label (self->dropdown, _("Scenario shown in the charts and numbers"));
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self);
  update (self);
}

static void
scenario_renamed_cb (HrScenarioSwitcher *self,
                     GParamSpec         *pspec,
                     HrItem             *scenario)
{
  update (self);
}

/* Every scenario's name in the list, and the one shown */
static void
scenarios_changed_cb (HrScenarioSwitcher *self,
                      guint               position,
                      guint               removed,
                      guint               added,
                      GListModel         *scenarios)
{
  hr_item_list_watch_items (scenarios, position, added, "notify::name", G_CALLBACK (scenario_renamed_cb), self);
  update (self);
}

void
hr_scenario_switcher_set_document (HrScenarioSwitcher *self,
                                   HrDocument         *document)
{
  g_return_if_fail (HR_IS_SCENARIO_SWITCHER (self));

  if (self->document)
    {
      GListModel *scenarios = hr_plan_get_scenarios (hr_document_get_plan (self->document));

      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (scenarios, self);
      for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
        {
          g_autoptr(HrItem) scenario = g_list_model_get_item (scenarios, i);
          g_signal_handlers_disconnect_by_data (scenario, self);
        }
    }
  g_set_object (&self->document, document);
  if (document)
    {
      GListModel *scenarios = hr_plan_get_scenarios (hr_document_get_plan (document));

      /* not the names: the drop-down may be in the middle of choosing */
      g_signal_connect_object (document, "notify::active-scenario", G_CALLBACK (update_selected), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (scenarios, "items-changed", G_CALLBACK (scenarios_changed_cb), self,
                               G_CONNECT_SWAPPED);
      scenarios_changed_cb (self, 0, 0, g_list_model_get_n_items (scenarios), scenarios);
    }
  else if (self->dropdown)
    update (self);
}

const char *
hr_scenario_switcher_get_shown (HrScenarioSwitcher *self)
{
  GtkStringObject *item;

  g_return_val_if_fail (HR_IS_SCENARIO_SWITCHER (self), NULL);
  item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (self->dropdown));
  return item ? gtk_string_object_get_string (item) : NULL;
}

void
hr_scenario_switcher_select (HrScenarioSwitcher *self,
                             guint               index)
{
  g_return_if_fail (HR_IS_SCENARIO_SWITCHER (self));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), index);
}

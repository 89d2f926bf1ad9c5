/* hr-scenario-switcher.c: the scenario shown in every chart, as a
 * drop-down in the header bar that also switches it */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-accessible.h"
#include "hr-scenario-switcher.h"

struct _HrScenarioSwitcher
{
  GtkWidget  parent_instance;

  GtkWidget *dropdown;

  HrPlan    *plan;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (HrScenarioSwitcher, hr_scenario_switcher, GTK_TYPE_WIDGET)

static void
update (HrScenarioSwitcher *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *active = self->plan ? hr_plan_get_active_scenario (self->plan) : NULL;
  guint selected = 0;

  gtk_string_list_append (names, _("Baseline"));
  if (self->plan)
    {
      GListModel *scenarios = hr_plan_get_scenarios (self->plan);

      for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
        {
          g_autoptr(HrItem) scenario = g_list_model_get_item (scenarios, i);
          g_autofree char *name = NULL;

          g_object_get (scenario, "name", &name, NULL);
          gtk_string_list_append (names, name && *name ? name : hr_item_get_id (scenario));
          if (g_strcmp0 (active, hr_item_get_id (scenario)) == 0)
            selected = i + 1;
        }
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->dropdown), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), selected);
  self->updating = FALSE;
  gtk_widget_set_tooltip_text (self->dropdown, gtk_string_list_get_string (names, selected));
}

static void
selected_cb (HrScenarioSwitcher *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown));
  g_autoptr(HrItem) scenario = NULL;

  if (self->updating || self->plan == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    scenario = g_list_model_get_item (hr_plan_get_scenarios (self->plan), selected - 1);
  hr_plan_set_active_scenario (self->plan, scenario ? hr_item_get_id (scenario) : NULL);
}

static void
hr_scenario_switcher_dispose (GObject *object)
{
  HrScenarioSwitcher *self = HR_SCENARIO_SWITCHER (object);

  hr_scenario_switcher_set_plan (self, NULL);
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

void
hr_scenario_switcher_set_plan (HrScenarioSwitcher *self,
                               HrPlan             *plan)
{
  g_return_if_fail (HR_IS_SCENARIO_SWITCHER (self));

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  /* renames, new scenarios and the active one all end in a recompute */
  if (plan)
    g_signal_connect_swapped (plan, "recomputed", G_CALLBACK (update), self);
  if (self->dropdown)
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

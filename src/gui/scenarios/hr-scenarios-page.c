/* hr-scenarios-page.c: the plan's scenarios: create, describe, reorder,
 * build their changes, show one in every chart, make one the baseline */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-change.h"
#include "hr-form.h"
#include "hr-scenarios-page.h"

struct _HrScenariosPage
{
  GtkWidget    parent_instance;

  GtkWidget   *paned;
  GtkWidget   *list_box;
  GtkWidget   *detail_box;
  GtkWidget   *empty_label;
  GtkWidget   *actions_box;
  GtkWidget   *show_button;
  GtkWidget   *promote_button;
  GtkWidget   *error_label;
  GtkWidget   *changes_heading;
  GtkWidget   *changes_list;
  GtkWidget   *editor_heading;
  GtkWidget   *editor;

  GtkWidget   *list;
  GtkWidget   *form;
  GtkWidget   *id_label;   /* the id headroom-cli --scenario takes */
  HrDocument  *document;
  HrPlan      *plan;       /* the document's */
  HrUndoStack *undo;
  HrScenario  *scenario;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (HrScenariosPage, hr_scenarios_page, GTK_TYPE_WIDGET)

static const HrFormField scenario_fields[] = {
  { "name", N_("Name"), HR_FORM_TEXT, NULL, NULL, N_("How the scenario appears in the comparison and the charts") },
  { "description", N_("Description"), HR_FORM_TEXT, NULL, NULL, N_("Why this scenario, in a sentence, for the meeting") },
};

typedef struct {
  HrDocument *document;
  HrPlan     *before;
  HrPlan     *after;
} PromoteStep;

static void
promote_step_apply (gpointer data,
                    gboolean redo)
{
  PromoteStep *step = data;

  /* the very items of before or after, not copies: the steps around this
   * one on the stack hold them, and must find them in the plan again */
  hr_document_set_active_scenario (step->document, NULL);
  hr_plan_assign (hr_document_get_plan (step->document), redo ? step->after : step->before);
}

static void
promote_step_free (gpointer data)
{
  PromoteStep *step = data;

  g_object_unref (step->document);
  g_object_unref (step->before);
  g_object_unref (step->after);
  g_free (step);
}

static void
remove_change_clicked_cb (GtkButton       *button,
                          HrScenariosPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hr-index"));
  JsonArray *old = hr_scenario_get_changes (self->scenario);
  g_autoptr(JsonArray) changes = json_array_new ();

  for (guint i = 0; i < json_array_get_length (old); i++)
    if (i != index)
      json_array_add_element (changes, json_node_copy (json_array_get_element (old, i)));
  hr_scenario_set_changes_undoable (self->undo, self->scenario, changes);
}

static void
update_changes (HrScenariosPage *self)
{
  GtkWidget *child;
  JsonArray *changes;
  guint n;

  while ((child = gtk_widget_get_first_child (self->changes_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->changes_list), child);
  if (self->scenario == NULL)
    return;
  changes = hr_scenario_get_changes (self->scenario);
  n = json_array_get_length (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = hr_change_describe (self->plan, json_array_get_object_element (changes, i));
      g_autofree char *remove_name = g_strdup_printf (_("Remove change: %s"), sentence);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (sentence);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_margin_start (row, 12);
      gtk_widget_set_margin_end (row, 6);
      gtk_widget_set_margin_top (row, 6);
      gtk_widget_set_margin_bottom (row, 6);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove this change"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      g_object_set_data (G_OBJECT (remove), "hr-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_change_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->changes_list), row);
    }
  if (n == 0)
    {
      GtkWidget *label = gtk_label_new (_("No changes yet: this scenario is the baseline. Add one below."));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (self->changes_list), label);
    }
}

static void
update_shown (HrScenariosPage *self)
{
  HrScenario *active = self->document ? hr_document_get_active_scenario (self->document) : NULL;

  self->updating = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->show_button),
                                self->scenario && self->scenario == active);
  self->updating = FALSE;
}

/* Whether the scenario applies, from the document's checks (on a worker);
 * only while the page is shown. Until the first check arrives the button
 * stays as it was. */
static void
update_state (HrScenariosPage *self)
{
  const GError *error = NULL;
  gboolean checked = FALSE;

  update_shown (self);
  if (self->scenario == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  error = hr_document_get_scenario_error (self->document, self->scenario, &checked);
  if (!checked)
    return;
  gtk_widget_set_visible (self->error_label, error != NULL);
  gtk_label_set_text (GTK_LABEL (self->error_label), error ? error->message : "");
  gtk_widget_set_sensitive (self->promote_button, error == NULL);
}

static void
hr_scenarios_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hr_scenarios_page_parent_class)->map (widget);
  update_state (HR_SCENARIOS_PAGE (widget));
}

static void
update_id (HrScenariosPage *self)
{
  g_autofree char *text = NULL;

  if (self->scenario == NULL)
    return;
  /* Translators: the scenario's id, to type after headroom-cli --scenario */
  text = g_strdup_printf (_("Id for headroom-cli: %s"), hr_item_get_id (HR_ITEM (self->scenario)));
  gtk_label_set_text (GTK_LABEL (self->id_label), text);
}

static void
scenario_changed_cb (HrScenariosPage *self)
{
  update_id (self);
  update_changes (self);
  update_shown (self);
}

static void
selected_cb (HrScenariosPage *self)
{
  HrItem *item = hr_item_list_get_selected (HR_ITEM_LIST (self->list));
  gboolean has = item != NULL;

  if (self->scenario)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);
  g_clear_object (&self->scenario);
  if (item)
    self->scenario = g_object_ref (HR_SCENARIO (item));
  if (self->scenario)
    g_signal_connect_swapped (self->scenario, "changed", G_CALLBACK (scenario_changed_cb), self);
  hr_form_set_item (HR_FORM (self->form), item);
  hr_scenario_editor_set_scenario (HR_SCENARIO_EDITOR (self->editor), self->scenario);
  gtk_widget_set_visible (self->empty_label, !has);
  gtk_widget_set_visible (self->actions_box, has);
  gtk_widget_set_visible (self->form, has);
  gtk_widget_set_visible (self->id_label, has);
  update_id (self);
  gtk_widget_set_visible (self->changes_heading, has);
  gtk_widget_set_visible (self->changes_list, has);
  gtk_widget_set_visible (self->editor_heading, has);
  gtk_widget_set_visible (self->editor, has);
  update_changes (self);
  if (self->document)
    update_state (self);
}

static void
show_toggled_cb (HrScenariosPage *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->show_button));

  if (self->updating || self->document == NULL || self->scenario == NULL)
    return;
  hr_document_set_active_scenario (self->document, active ? self->scenario : NULL);
}

static void
promote_clicked_cb (HrScenariosPage *self)
{
  hr_scenarios_page_promote (self);
}

static HrItem *
new_scenario_cb (HrItemList *list,
                 gpointer    data)
{
  HrScenariosPage *self = data;
  /* its id follows its name until saved and opened again */
  return HR_ITEM (hr_scenario_new_named (self->plan, _("New scenario")));
}

static char *
scenario_text_cb (HrItem   *item,
                  gboolean  subtitle,
                  gpointer  data)
{
  HrScenariosPage *self = data;
  guint n = json_array_get_length (hr_scenario_get_changes (HR_SCENARIO (item)));
  gboolean shown = item == (gpointer) hr_document_get_active_scenario (self->document);
  g_autofree char *count = NULL;

  if (!subtitle)
    return g_strdup (hr_scenario_get_name (HR_SCENARIO (item)));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  if (shown)
    /* Translators: "3 changes · shown in the charts" */
    return g_strdup_printf (_("%s · shown in the charts"), count);
  return g_steal_pointer (&count);
}

static void
hr_scenarios_page_dispose (GObject *object)
{
  HrScenariosPage *self = HR_SCENARIOS_PAGE (object);

  if (self->scenario)
    g_signal_handlers_disconnect_by_func (self->scenario, scenario_changed_cb, self);
  g_clear_object (&self->scenario);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_SCENARIOS_PAGE);
  G_OBJECT_CLASS (hr_scenarios_page_parent_class)->dispose (object);
}

static void
hr_scenarios_page_class_init (HrScenariosPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_scenarios_page_dispose;
  widget_class->map = hr_scenarios_page_map;
  g_type_ensure (HR_TYPE_SCENARIO_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-scenarios-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, show_button);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, promote_button);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, changes_heading);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, editor_heading);
  gtk_widget_class_bind_template_child (widget_class, HrScenariosPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, show_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, promote_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_scenarios_page_init (HrScenariosPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list = hr_item_list_new (_("Add scenario"), _("Duplicate scenario"), _("Remove scenario"));
  gtk_widget_set_vexpand (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenarios"), -1);
  gtk_box_append (GTK_BOX (self->list_box), self->list);
  g_signal_connect_swapped (self->list, "notify::selected-item", G_CALLBACK (selected_cb), self);

  self->form = hr_form_new (scenario_fields, G_N_ELEMENTS (scenario_fields));
  hr_item_list_set_form (HR_ITEM_LIST (self->list), HR_FORM (self->form));
  gtk_box_insert_child_after (GTK_BOX (self->detail_box), self->form, self->empty_label);
  /* read-only, selectable to copy: it follows the name of a scenario made
   * here, and stays as it is in the file otherwise */
  self->id_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->id_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->id_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (self->id_label), TRUE);
  gtk_widget_add_css_class (self->id_label, "dim-label");
  gtk_widget_set_tooltip_text (self->id_label, _("headroom-cli compare, forecast, hiring and chart take it after "
                                                 "--scenario"));
  gtk_widget_set_visible (self->id_label, FALSE);
  gtk_box_insert_child_after (GTK_BOX (self->detail_box), self->id_label, self->form);
}

const char *
hr_scenarios_page_get_id_text (HrScenariosPage *self)
{
  g_return_val_if_fail (HR_IS_SCENARIOS_PAGE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->id_label));
}

void
hr_scenarios_page_set_context (HrScenariosPage *self,
                               HrDocument      *document,
                               HrUndoStack     *undo)
{
  HrPlan *plan = document ? hr_document_get_plan (document) : NULL;

  g_return_if_fail (HR_IS_SCENARIOS_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  if (document)
    {
      g_signal_connect_object (document, "notify::scenario-checks", G_CALLBACK (update_state), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::active-scenario", G_CALLBACK (update_shown), self,
                               G_CONNECT_SWAPPED);
    }
  hr_form_set_context (HR_FORM (self->form), plan, undo);
  hr_scenario_editor_set_context (HR_SCENARIO_EDITOR (self->editor), plan, undo);
  hr_item_list_set_model (HR_ITEM_LIST (self->list), plan, plan ? hr_plan_get_scenarios (plan) : NULL,
                          undo, new_scenario_cb, scenario_text_cb, self);
  selected_cb (self);
}

HrItemList *
hr_scenarios_page_get_list (HrScenariosPage *self)
{
  return HR_ITEM_LIST (self->list);
}

HrScenarioEditor *
hr_scenarios_page_get_editor (HrScenariosPage *self)
{
  return HR_SCENARIO_EDITOR (self->editor);
}

GStrv
hr_scenarios_page_dup_sentences (HrScenariosPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *changes = self->scenario ? hr_scenario_get_changes (self->scenario) : NULL;

  for (guint i = 0; changes && i < json_array_get_length (changes); i++)
    {
      g_autofree char *sentence = hr_change_describe (self->plan, json_array_get_object_element (changes, i));
      g_strv_builder_add (builder, sentence);
    }
  return g_strv_builder_end (builder);
}

gboolean
hr_scenario_promote_undoable (HrDocument   *document,
                              HrUndoStack  *undo,
                              const char   *scenario_id,
                              GError      **error)
{
  HrPlan *plan = hr_document_get_plan (document);
  g_autoptr(HrPlan) promoted = hr_plan_promote_scenario (plan, scenario_id, error);
  PromoteStep *step;

  if (promoted == NULL)
    return FALSE;
  step = g_new0 (PromoteStep, 1);
  step->document = g_object_ref (document);
  /* a plan sharing the items the plan holds now, and the promoted one's */
  step->before = hr_plan_new ();
  hr_plan_assign (step->before, plan);
  step->after = g_object_ref (promoted);
  hr_document_set_active_scenario (document, NULL);
  hr_plan_assign (plan, promoted);
  if (undo)
    hr_undo_stack_push (undo, promote_step_apply, step, promote_step_free);
  else
    promote_step_free (step);
  return TRUE;
}

gboolean
hr_scenarios_page_promote (HrScenariosPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HR_IS_SCENARIOS_PAGE (self), FALSE);
  if (self->scenario == NULL)
    return FALSE;
  if (!hr_scenario_promote_undoable (self->document, self->undo, hr_item_get_id (HR_ITEM (self->scenario)), &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return FALSE;
    }
  return TRUE;
}

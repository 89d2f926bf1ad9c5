/* hr-window.c: one plan in a window */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-accessible.h"
#include "hr-application.h"
#include "hr-books-page.h"
#include "hr-calibration-page.h"
#include "hr-time-import.h"
#include "hr-comparison-page.h"
#include "hr-hiring-page.h"
#include "hr-pressure-page.h"
#include "hr-scenario-switcher.h"
#include "hr-scenarios-page.h"
#include "hr-team-page.h"
#include "hr-tiers-page.h"
#include "hr-uncertainty-page.h"
#include "hr-window.h"

struct _HrWindow
{
  GtkApplicationWindow parent_instance;

  GtkWidget   *error_revealer;
  GtkWidget   *error_label;
  GtkWidget   *stack;
  GtkWidget   *effort_toggle;
  GtkWidget   *headcount_toggle;
  GtkWidget   *role_dropdown;
  GtkWidget   *split_label;
  GtkWidget   *split_dropdown;
  GtkWidget   *bands_toggle;
  GtkWidget   *chart_view;
  GtkWidget   *first_step;
  GtkWidget   *first_step_title;
  GtkWidget   *first_step_text;
  GtkWidget   *first_step_button;
  GtkWidget   *pages[10];      /* built on their first visit, see page_infos */
  GtkWidget   *plan_button;
  GtkWidget   *plan_popover;
  GtkWidget   *plan_form;     /* name, first month, horizon: in the header bar */
  GtkWidget   *scenario_switcher;
  GtkWidget   *summary_panel;
  GMenu       *recent_menu;

  HrDocument  *document;
  HrUndoStack *undo;
  gboolean     updating_roles;
  gboolean     close_confirmed;
  gboolean     notice;        /* the banner says something that is no error */
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PLAN,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* the plan itself, edited from the header bar's Plan button */
static const HrFormField plan_fields[] = {
  { NULL, N_("Plan"), HR_FORM_HEADING },
  { "name", N_("Plan name"), HR_FORM_TEXT },
  { "start", N_("First month"), HR_FORM_MONTH, N_("Year and month, e.g. 2027-01") },
  { "months", N_("Horizon"), HR_FORM_INTEGER, N_("months") },
  { "currency", N_("Currency"), HR_FORM_CURRENCY, N_("ISO code, e.g. USD or EUR; for display only") },
};

G_DEFINE_FINAL_TYPE (HrWindow, hr_window, GTK_TYPE_APPLICATION_WINDOW)

/* The pages of the sidebar other than the chart. Each is built the first
 * time it is shown (or asked for), so that start-up builds the chart and
 * the summary only, and a page never built computes nothing. */
static void
set_journey (HrWindow  *self,
            GtkWidget *page)
{
  hr_journey_page_set_context (HR_JOURNEY_PAGE (page), self->document, self->undo);
}
static void
set_tiers (HrWindow  *self,
          GtkWidget *page)
{
  hr_tiers_page_set_context (HR_TIERS_PAGE (page), self->document, self->undo);
}
static void
set_team (HrWindow  *self,
         GtkWidget *page)
{
  hr_team_page_set_context (HR_TEAM_PAGE (page), self->document, self->undo);
}
static void
set_scenarios (HrWindow  *self,
              GtkWidget *page)
{
  hr_scenarios_page_set_context (HR_SCENARIOS_PAGE (page), self->document, self->undo);
}
static void
set_compare (HrWindow  *self,
            GtkWidget *page)
{
  hr_comparison_page_set_document (HR_COMPARISON_PAGE (page), self->document);
}
static void
set_hiring (HrWindow  *self,
           GtkWidget *page)
{
  hr_hiring_page_set_context (HR_HIRING_PAGE (page), self->document, self->undo);
}
static void
set_pressure (HrWindow  *self,
             GtkWidget *page)
{
  hr_pressure_page_set_document (HR_PRESSURE_PAGE (page), self->document);
}

static void
set_books (HrWindow  *self,
           GtkWidget *page)
{
  hr_books_page_set_context (HR_BOOKS_PAGE (page), self->document, self->undo);
}

static void
set_uncertainty (HrWindow  *self,
                 GtkWidget *page)
{
  hr_uncertainty_page_set_context (HR_UNCERTAINTY_PAGE (page), self->document, self->undo);
}

static void
set_calibration (HrWindow  *self,
                 GtkWidget *page)
{
  hr_calibration_page_set_context (HR_CALIBRATION_PAGE (page), self->document, self->undo);
}

static const struct {
  const char *name;
  GType     (*get_type)    (void);
  void      (*set_context) (HrWindow *self, GtkWidget *page);
} page_infos[] = {
  { "journey", hr_journey_page_get_type, set_journey },
  { "tiers", hr_tiers_page_get_type, set_tiers },
  { "team", hr_team_page_get_type, set_team },
  { "scenarios", hr_scenarios_page_get_type, set_scenarios },
  { "compare", hr_comparison_page_get_type, set_compare },
  { "hiring", hr_hiring_page_get_type, set_hiring },
  { "pressure", hr_pressure_page_get_type, set_pressure },
  { "books", hr_books_page_get_type, set_books },
  { "uncertainty", hr_uncertainty_page_get_type, set_uncertainty },
  { "calibration", hr_calibration_page_get_type, set_calibration },
};

G_STATIC_ASSERT (G_N_ELEMENTS (page_infos) == G_N_ELEMENTS (((HrWindow *) NULL)->pages));

/* The page called @name, built now if it was not yet; NULL for the chart */
static GtkWidget *
ensure_page (HrWindow   *self,
             const char *name)
{
  for (guint i = 0; name && i < G_N_ELEMENTS (page_infos); i++)
    if (g_str_equal (name, page_infos[i].name))
      {
        if (self->pages[i] == NULL)
          {
            GtkWidget *slot = gtk_stack_get_child_by_name (GTK_STACK (self->stack), name);

            self->pages[i] = g_object_new (page_infos[i].get_type (), "hexpand", TRUE, "vexpand", TRUE, NULL);
            page_infos[i].set_context (self, self->pages[i]);
            gtk_box_append (GTK_BOX (slot), self->pages[i]);
          }
        return self->pages[i];
      }
  return NULL;
}

static void
visible_page_changed_cb (HrWindow *self)
{
  ensure_page (self, gtk_stack_get_visible_child_name (GTK_STACK (self->stack)));
}

static void
update_title (HrWindow *self)
{
  const char *display = self->document ? hr_document_get_title (self->document) : _("Untitled plan");
  g_autofree char *title = NULL;

  if (hr_window_get_modified (self))
    /* Translators: the window title of a plan with unsaved changes */
    title = g_strdup_printf (_("• %s — Headroom"), display);
  else
    title = g_strdup_printf (_("%s — Headroom"), display);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_roles (HrWindow *self)
{
  GListModel *roles;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->role_dropdown));

  if (self->document == NULL)
    return;
  roles = hr_plan_get_roles (hr_window_get_plan (self));
  /* the chart's role −1, as headroom-cli charts by default */
  gtk_string_list_append (names, _("All roles"));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      gtk_string_list_append (names, hr_role_get_name (role));
    }
  self->updating_roles = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->role_dropdown), G_LIST_MODEL (names));
  /* the first role until another is chosen */
  if (selected == GTK_INVALID_LIST_POSITION || selected > g_list_model_get_n_items (roles))
    selected = g_list_model_get_n_items (roles) > 0 ? 1 : 0;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->role_dropdown), selected);
  self->updating_roles = FALSE;
}

static void
chart_options_changed_cb (HrWindow *self)
{
  HrChartView *view = HR_CHART_VIEW (self->chart_view);
  guint role = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->role_dropdown));
  gboolean effort = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->effort_toggle));

  if (self->updating_roles)
    return;
  hr_chart_view_set_kind (view, effort ? HR_CHART_EFFORT : HR_CHART_HEADCOUNT);
  /* "All roles" comes first */
  hr_chart_view_set_role (view, role == GTK_INVALID_LIST_POSITION ? 0 : (int) role - 1);
  hr_chart_view_set_split (view, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->split_dropdown)) == 1
                                 ? HR_CHART_SPLIT_SEGMENT : HR_CHART_SPLIT_PLAY);
  gtk_widget_set_visible (self->split_label, effort);
  gtk_widget_set_visible (self->split_dropdown, effort);
  hr_chart_view_set_show_bands (view, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->bands_toggle)));
}

/* The bands' switch shows once the plan has a range */
static void
update_bands_toggle (HrWindow *self)
{
  HrPlan *plan = hr_window_get_plan (self);

  gtk_widget_set_visible (self->bands_toggle, plan && hr_plan_get_ranges (plan) != NULL);
}

static void
chart_kind_toggled_cb (HrWindow *self)
{
  chart_options_changed_cb (self);
}

static void
dismiss_error_cb (HrWindow *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
}

/* A plan without customers, or without a journey, says what to do first
 * above its (empty) chart */
static void
update_first_step (HrWindow *self)
{
  HrPlan *plan = hr_window_get_plan (self);
  gboolean tiers = plan && g_list_model_get_n_items (hr_plan_get_segments (plan)) > 0;
  gboolean moments = plan && g_list_model_get_n_items (hr_plan_get_moments (plan)) > 0;

  gtk_widget_set_visible (self->first_step, plan && (!tiers || !moments));
  if (!tiers)
    {
      gtk_label_set_text (GTK_LABEL (self->first_step_title), _("Start with your customers"));
      gtk_label_set_text (GTK_LABEL (self->first_step_text),
                          _("Headroom forecasts the work your customers bring to the team. Add a tier of customers: "
                            "how many accounts it has, how many it wins each month and what they pay."));
      gtk_button_set_label (GTK_BUTTON (self->first_step_button), _("Add a Tier"));
    }
  else if (!moments)
    {
      gtk_label_set_text (GTK_LABEL (self->first_step_title), _("Design the journey"));
      gtk_label_set_text (GTK_LABEL (self->first_step_text),
                          _("Add the service moments every customer receives, such as a kickoff or a business "
                            "review, with the hours each one takes."));
      gtk_button_set_label (GTK_BUTTON (self->first_step_button), _("Add a Moment"));
    }
}

static void
first_step_clicked_cb (HrWindow *self)
{
  gboolean tiers = g_list_model_get_n_items (hr_plan_get_segments (hr_window_get_plan (self))) > 0;

  /* the page, and the new item's name ready to type */
  hr_window_show_page (self, tiers ? "journey" : "tiers");
  hr_item_list_add (tiers ? hr_journey_page_get_list (HR_JOURNEY_PAGE (hr_window_get_page (self, "journey")))
                          : hr_tiers_page_get_list (HR_TIERS_PAGE (hr_window_get_page (self, "tiers"))));
}

static void
save_before_close_done (HrWindow *self,
                        GFile    *file,
                        gpointer  data)
{
  if (file && hr_window_save_to_file (self, file))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
close_response_cb (GtkDialog *dialog,
                   int        response,
                   HrWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_REJECT)
    {
      self->close_confirmed = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (response == GTK_RESPONSE_ACCEPT)
    {
      if (hr_window_get_file (self))
        {
          if (hr_window_save_to_file (self, hr_window_get_file (self)))
            gtk_window_destroy (GTK_WINDOW (self));
        }
      else
        hr_window_choose_file (self, TRUE, _("Save Plan"), _("plan.headroom"), _("Headroom plans"),
                               "*.headroom", save_before_close_done, NULL);
    }
}

static gboolean
hr_window_close_request (GtkWindow *window)
{
  HrWindow *self = HR_WINDOW (window);
  GtkWidget *dialog;

  if (self->close_confirmed || !hr_window_get_modified (self))
    return GTK_WINDOW_CLASS (hr_window_parent_class)->close_request (window);

  /* GtkAlertDialog would do on 4.10+, but this dialog works on both */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s” before closing?"),
                                   hr_document_get_title (self->document));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Changes that are not saved will be lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_REJECT, _("_Save"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  /* the dialog lets go of its parent only when it is finalized, after
   * the response that may destroy the window: it keeps the window alive
   * until then, so nothing of the dialog outlives the window */
  g_object_set_data_full (G_OBJECT (dialog), "hr-window", g_object_ref (self), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         HrWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l; l = l->next)
    if (!hr_window_import_table (self, l->data))
      hr_application_open_file (GTK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                self, l->data);
  return files != NULL;
}

static void
hr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HrWindow *self = HR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PLAN:
      g_value_set_object (value, hr_window_get_plan (self));
      break;
    case PROP_FILE:
      g_value_set_object (value, hr_window_get_file (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HrWindow *self = HR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hr_window_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_window_dispose (GObject *object)
{
  HrWindow *self = HR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->undo);
  G_OBJECT_CLASS (hr_window_parent_class)->dispose (object);
}

static void
hr_window_class_init (HrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* the names a screen reader speaks, in every window and dialog */
  hr_accessible_install ();

  object_class->get_property = hr_window_get_property;
  object_class->set_property = hr_window_set_property;
  object_class->dispose = hr_window_dispose;
  window_class->close_request = hr_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, HR_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* the document's, notified when the window shows another document */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HR_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HR_TYPE_CHART_VIEW);
  g_type_ensure (HR_TYPE_SCENARIO_SWITCHER);
  g_type_ensure (HR_TYPE_SUMMARY_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HrWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, effort_toggle);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, headcount_toggle);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, split_label);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, split_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, bands_toggle);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, first_step);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, first_step_title);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, first_step_text);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, first_step_button);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, plan_popover);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, scenario_switcher);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, summary_panel);
  gtk_widget_class_bind_template_child (widget_class, HrWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, chart_kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_step_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}

static void
hr_window_init (HrWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_set_data (G_OBJECT (self), "hr-recent-menu", self->recent_menu);
  self->plan_form = hr_form_new (plan_fields, G_N_ELEMENTS (plan_fields));
  gtk_widget_set_size_request (self->plan_form, 380, -1);
  gtk_popover_set_child (GTK_POPOVER (self->plan_popover), self->plan_form);
  hr_drop_down_set_label (self->role_dropdown, _("Role shown"));
  hr_drop_down_set_label (self->split_dropdown, _("Split effort by"));
  self->undo = hr_undo_stack_new ();
  g_signal_connect_object (self->undo, "notify::modified", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  hr_window_install_actions (self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  update_title (self);
}

HrWindow *
hr_window_new (GtkApplication *application,
               HrPlan         *plan,
               GFile          *file)
{
  g_autoptr(HrDocument) document = hr_document_new (plan, file);

  return g_object_new (HR_TYPE_WINDOW, "application", application, "document", document, NULL);
}

HrDocument *
hr_window_get_document (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return self->document;
}

HrPlan *
hr_window_get_plan (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return self->document ? hr_document_get_plan (self->document) : NULL;
}

GFile *
hr_window_get_file (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return self->document ? hr_document_get_file (self->document) : NULL;
}

HrUndoStack *
hr_window_get_undo_stack (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return self->undo;
}

gboolean
hr_window_get_modified (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), FALSE);
  return self->undo && hr_undo_stack_get_modified (self->undo);
}

void
hr_window_set_plan (HrWindow *self,
                    HrPlan   *plan,
                    GFile    *file)
{
  g_autoptr(HrDocument) document = NULL;

  g_return_if_fail (HR_IS_WINDOW (self));

  if (plan)
    document = hr_document_new (plan, file);
  hr_window_set_document (self, document);
}

void
hr_window_set_document (HrWindow   *self,
                        HrDocument *document)
{
  HrPlan *plan;

  g_return_if_fail (HR_IS_WINDOW (self));
  g_return_if_fail (document == NULL || HR_IS_DOCUMENT (document));

  if (self->document)
    {
      HrPlan *old = hr_window_get_plan (self);

      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (old, self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_roles (old), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_segments (old), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_moments (old), self);
    }
  g_set_object (&self->document, document);
  plan = hr_window_get_plan (self);
  hr_undo_stack_clear (self->undo);
  if (document)
    {
      g_signal_connect_object (document, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "changed", G_CALLBACK (update_bands_toggle), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (hr_plan_get_roles (plan), "items-changed", G_CALLBACK (update_roles), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (hr_plan_get_segments (plan), "items-changed", G_CALLBACK (update_first_step), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (hr_plan_get_moments (plan), "items-changed", G_CALLBACK (update_first_step), self,
                               G_CONNECT_SWAPPED);
    }
  hr_chart_view_set_document (HR_CHART_VIEW (self->chart_view), document);
  hr_summary_panel_set_document (HR_SUMMARY_PANEL (self->summary_panel), document);
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    if (self->pages[i])
      page_infos[i].set_context (self, self->pages[i]);
  hr_form_set_context (HR_FORM (self->plan_form), plan, self->undo);
  hr_form_set_item (HR_FORM (self->plan_form), plan ? HR_ITEM (plan) : NULL);
  hr_scenario_switcher_set_document (HR_SCENARIO_SWITCHER (self->scenario_switcher), document);
  update_roles (self);
  update_first_step (self);
  update_bands_toggle (self);
  chart_options_changed_cb (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

gboolean
hr_window_load_file (HrWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, &error);

  if (plan == NULL)
    {
      hr_window_show_error (self, error->message);
      return FALSE;
    }
  dismiss_error_cb (self);
  hr_window_set_plan (self, plan, file);
  hr_application_note_file (file);
  return TRUE;
}

gboolean
hr_window_save_to_file (HrWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!hr_plan_save_file (hr_window_get_plan (self), file, &error) &&
      g_error_matches (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID))
    {
      /* Translators: the rule the plan breaks follows on the next line */
      g_autofree char *message = g_strdup_printf (_("The plan was not saved because it would not open again. "
                                                    "Undo the last change or correct it:\n%s"),
                                                  error->message);
      hr_window_show_error (self, message);
      return FALSE;
    }
  if (error)
    {
      /* Translators: what happened to the file follows on the next line */
      g_autofree char *message = g_strdup_printf (_("The plan was not saved. Your changes are still here: use Save As to keep them somewhere else.\n%s"),
                                                  error->message);
      hr_window_show_error (self, message);
      return FALSE;
    }
  hr_document_set_file (self->document, file);
  hr_undo_stack_mark_saved (self->undo);
  hr_application_note_file (file);
  hr_window_update_recent (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  return TRUE;
}

static void
show_banner (HrWindow   *self,
             const char *message,
             gboolean    notice)
{
  GtkWidget *banner = gtk_revealer_get_child (GTK_REVEALER (self->error_revealer));

  if (message == NULL)
    {
      dismiss_error_cb (self);
      return;
    }
  self->notice = notice;
  gtk_widget_remove_css_class (banner, notice ? "hr-error-banner" : "hr-info-banner");
  gtk_widget_add_css_class (banner, notice ? "hr-info-banner" : "hr-error-banner");
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  message, -1);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
}

void
hr_window_show_error (HrWindow   *self,
                      const char *message)
{
  g_return_if_fail (HR_IS_WINDOW (self));
  show_banner (self, message, FALSE);
}

void
hr_window_show_notice (HrWindow   *self,
                       const char *message)
{
  g_return_if_fail (HR_IS_WINDOW (self));
  show_banner (self, message, TRUE);
}

const char *
hr_window_get_error (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->error_revealer)) || self->notice)
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->error_label));
}

const char *
hr_window_get_notice (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->error_revealer)) || !self->notice)
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->error_label));
}

HrSummaryPanel *
hr_window_get_summary (HrWindow *self)
{
  return HR_SUMMARY_PANEL (self->summary_panel);
}

HrChartView *
hr_window_get_chart_view (HrWindow *self)
{
  return HR_CHART_VIEW (self->chart_view);
}

HrJourneyPage *
hr_window_get_journey_page (HrWindow *self)
{
  return HR_JOURNEY_PAGE (hr_window_get_page (self, "journey"));
}

GtkWidget *
hr_window_get_page (HrWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return ensure_page (self, name);
}

gboolean
hr_window_get_page_built (HrWindow   *self,
                          const char *name)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    if (g_str_equal (name, page_infos[i].name))
      return self->pages[i] != NULL;
  return FALSE;
}

HrCalibrationPage *
hr_window_get_calibration_page (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);
  return HR_CALIBRATION_PAGE (ensure_page (self, "calibration"));
}

gboolean
hr_window_import_table (HrWindow *self,
                        GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name ? name : "", -1);
  g_autoptr(HrCsvTable) table = NULL;

  if (!g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".tsv") && !g_str_has_suffix (lower, ".txt"))
    return FALSE;
  /* a table with dates and hours is a time log; other tables are accounts */
  table = hr_csv_table_read_file (file, NULL, NULL);
  if (table && hr_time_import_table_is_log (table))
    {
      hr_window_show_page (self, "calibration");
      hr_calibration_page_import_file (HR_CALIBRATION_PAGE (ensure_page (self, "calibration")), file);
    }
  else
    {
      hr_window_show_page (self, "books");
      hr_books_page_import_file (HR_BOOKS_PAGE (ensure_page (self, "books")), file);
    }
  return TRUE;
}

void
hr_window_show_page (HrWindow   *self,
                     const char *name)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), name);
}

HrForm *
hr_window_get_plan_form (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);

  return HR_FORM (self->plan_form);
}

GtkWidget *
hr_window_get_plan_button (HrWindow *self)
{
  g_return_val_if_fail (HR_IS_WINDOW (self), NULL);

  return self->plan_button;
}

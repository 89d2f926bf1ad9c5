/* hr-presentation.c: the charts full screen, in large type, to present */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-presentation.h"

struct _HrPresentation
{
  GtkWindow    parent_instance;

  GtkWidget   *view;
  GtkWidget   *caption;
  HrPlan      *plan;       /* the window's plan */
  HrDocument  *shown;      /* the window's plan with a scenario of its own
                              shown, so the window keeps its own */
  HrChartKind  kind;
  int          scenario;   /* -1: the baseline */
};

G_DEFINE_FINAL_TYPE (HrPresentation, hr_presentation, GTK_TYPE_WINDOW)

static const char *
kind_title (HrChartKind kind)
{
  switch (kind)
    {
    case HR_CHART_EFFORT:
      return _("Monthly effort");
    case HR_CHART_HEADCOUNT:
      return _("Headcount");
    case HR_CHART_JOURNEY:
      return _("Journey");
    case HR_CHART_SCENARIOS:
    default:
      return _("Scenarios");
    }
}

static guint
n_scenarios (HrPresentation *self)
{
  return self->plan ? g_list_model_get_n_items (hr_plan_get_scenarios (self->plan)) : 0;
}

static void
update (HrPresentation *self)
{
  HrChartView *view = HR_CHART_VIEW (self->view);
  g_autofree char *scenario_name = NULL;
  g_autofree char *caption = NULL;
  const GError *error = NULL;

  if (self->scenario >= (int) n_scenarios (self))
    self->scenario = -1;
  if (self->scenario >= 0 && self->kind != HR_CHART_SCENARIOS)
    {
      g_autoptr(HrScenario) scenario = g_list_model_get_item (hr_plan_get_scenarios (self->plan), self->scenario);

      /* its forecast (and the chart's subtitle) names the scenario */
      hr_document_set_active_scenario (self->shown, scenario);
      error = hr_document_get_forecast_error (self->shown);
      scenario_name = g_strdup (hr_scenario_get_name (scenario));
    }
  else
    hr_document_set_active_scenario (self->shown, NULL);
  hr_chart_view_set_kind (view, self->kind);

  if (self->kind == HR_CHART_SCENARIOS)
    caption = g_strdup (kind_title (self->kind));
  else if (error)
    /* Translators: a chart's title, and why a scenario cannot be shown */
    caption = g_strdup_printf (_("%s — %s"), kind_title (self->kind), error->message);
  else
    /* Translators: a chart's title, and the baseline or a scenario's name */
    caption = g_strdup_printf (_("%s — %s"), kind_title (self->kind),
                               scenario_name ? scenario_name : _("Baseline"));
  gtk_label_set_text (GTK_LABEL (self->caption), caption);
  gtk_window_set_title (GTK_WINDOW (self), caption);
}

void
hr_presentation_step (HrPresentation *self,
                      int             charts,
                      int             scenarios)
{
  int n_kinds = HR_CHART_BOOKS;   /* the forecast's charts; the books chart is on its page */
  int n_states = n_scenarios (self) + 1;

  g_return_if_fail (HR_IS_PRESENTATION (self));
  self->kind = ((int) self->kind + charts % n_kinds + n_kinds) % n_kinds;
  self->scenario = ((self->scenario + 1 + scenarios % n_states + n_states) % n_states) - 1;
  update (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HrPresentation        *self)
{
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
      hr_presentation_step (self, 1, 0);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Page_Up:
    case GDK_KEY_BackSpace:
      hr_presentation_step (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down:
      hr_presentation_step (self, 0, 1);
      return TRUE;
    case GDK_KEY_Up:
      hr_presentation_step (self, 0, -1);
      return TRUE;
    case GDK_KEY_Escape:
    case GDK_KEY_F5:
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    default:
      return FALSE;
    }
}

/* an edit in the window: the scenario may no longer apply, or again */
static void
forecast_changed_cb (HrPresentation *self)
{
  if (self->scenario >= 0)
    update (self);
}

static void
hr_presentation_dispose (GObject *object)
{
  HrPresentation *self = HR_PRESENTATION (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->shown);
  G_OBJECT_CLASS (hr_presentation_parent_class)->dispose (object);
}

static void
hr_presentation_class_init (HrPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_presentation_dispose;
  gtk_widget_class_set_css_name (widget_class, "hrpresentation");
}

static void
hr_presentation_init (HrPresentation *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hint;
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->scenario = -1;
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  self->view = hr_chart_view_new ();
  hr_chart_view_set_large_type (HR_CHART_VIEW (self->view), TRUE);
  gtk_widget_set_vexpand (self->view, TRUE);
  gtk_box_append (GTK_BOX (box), self->view);

  self->caption = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->caption, "hr-presentation-caption");
  gtk_label_set_ellipsize (GTK_LABEL (self->caption), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), self->caption);
  hint = gtk_label_new (_("← → chart  ·  ↑ ↓ scenario  ·  Esc leaves"));
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "hr-presentation-hint");
  gtk_box_append (GTK_BOX (box), hint);
  gtk_window_set_child (GTK_WINDOW (self), box);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

HrPresentation *
hr_presentation_show (HrWindow *window)
{
  HrPresentation *self;
  const HrChartOptions *options;
  GListModel *monitors;

  g_return_val_if_fail (HR_IS_WINDOW (window), NULL);

  self = g_object_new (HR_TYPE_PRESENTATION, NULL);
  self->plan = g_object_ref (hr_window_get_plan (window));
  self->shown = hr_document_new (self->plan, NULL);
  g_signal_connect_object (self->shown, "notify::forecast", G_CALLBACK (forecast_changed_cb), self,
                           G_CONNECT_SWAPPED);
  hr_chart_view_set_document (HR_CHART_VIEW (self->view), self->shown);
  options = hr_chart_view_get_options (hr_window_get_chart_view (window));
  self->kind = options->kind;
  hr_chart_view_set_role (HR_CHART_VIEW (self->view), options->role);
  hr_chart_view_set_split (HR_CHART_VIEW (self->view), options->split);
  {
    HrScenario *active = hr_document_get_active_scenario (hr_window_get_document (window));
    guint position;

    if (active && g_list_store_find (G_LIST_STORE (hr_plan_get_scenarios (self->plan)), active, &position))
      self->scenario = position;
  }
  update (self);

  gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (window));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  /* the monitor's size, for window managers that do not make it full screen */
  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  if (g_list_model_get_n_items (monitors) > 0)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
      GdkRectangle geometry;
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
    }
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

HrChartKind
hr_presentation_get_kind (HrPresentation *self)
{
  g_return_val_if_fail (HR_IS_PRESENTATION (self), HR_CHART_EFFORT);
  return self->kind;
}

int
hr_presentation_get_scenario (HrPresentation *self)
{
  g_return_val_if_fail (HR_IS_PRESENTATION (self), -1);
  return self->scenario;
}

HrChartView *
hr_presentation_get_view (HrPresentation *self)
{
  g_return_val_if_fail (HR_IS_PRESENTATION (self), NULL);
  return HR_CHART_VIEW (self->view);
}

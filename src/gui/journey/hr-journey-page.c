/* hr-journey-page.c: the service moments of the journey */
#include "config.h"

#include "hr-change.h"

#include <glib/gi18n.h>

#include "hr-choices.h"
#include "hr-format.h"
#include "hr-journey-page.h"

#define TIMELINE_MONTHS 36

struct _HrJourneyPage
{
  GtkWidget    parent_instance;

  GtkWidget   *paned;
  GtkWidget   *list_box;
  GtkWidget   *detail_box;
  GtkWidget   *timeline;
  GtkWidget   *timeline_caption;

  GtkWidget   *list;
  GtkWidget   *form;
  HrPlan      *plan;
  HrUndoStack *undo;
  HrMoment    *moment;
};

G_DEFINE_FINAL_TYPE (HrJourneyPage, hr_journey_page, GTK_TYPE_WIDGET)

static const HrFormField moment_fields[] = {
  { NULL, N_("Moment"), HR_FORM_HEADING },
  { "name", N_("Name"), HR_FORM_TEXT },
  { "play", N_("Play"), HR_FORM_CHOICE, NULL, NULL,
    N_("The stage of the journey this moment belongs to; charts group effort by play"),
    hr_play_choices, hr_play_choice_labels },
  { "role", N_("Delivered by"), HR_FORM_ROLE, NULL, N_("The work role (default)") },
  { NULL, N_("Timing, in months since the account was won"), HR_FORM_HEADING },
  { "at", N_("First occurrence"), HR_FORM_INTEGER, N_("months in"), NULL,
    N_("Tenure month of the first occurrence; 0 is the month the account is won") },
  { "every", N_("Repeats every"), HR_FORM_INTEGER, N_("months"), NULL,
    N_("Months between occurrences; 0 means it happens once") },
  { "until", N_("Last possible month"), HR_FORM_INTEGER, N_("months in"), N_("No end"),
    N_("The last tenure month it can happen in; leave empty for no end") },
  { NULL, N_("Hours per occurrence, per account"), HR_FORM_HEADING },
  { "prep", N_("Preparation"), HR_FORM_NUMBER, N_("h"), .ranged = TRUE },
  { "exec", N_("Execution"), HR_FORM_NUMBER, N_("h"), .ranged = TRUE },
  { "follow", N_("Follow-through"), HR_FORM_NUMBER, N_("h"), .ranged = TRUE },
};

static void
timeline_draw_cb (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        data)
{
  HrJourneyPage *self = data;
  double cell = (width - 1) / (double) TIMELINE_MONTHS;
  GdkRGBA fg;
  PangoLayout *layout;

  if (self->moment == NULL)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);

  for (int a = 0; a < TIMELINE_MONTHS; a++)
    {
      double x = a * cell;
      if (hr_moment_occurs_at (self->moment, a))
        {
          cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
          cairo_rectangle (cr, x + 1, 4, cell - 2, height - 30);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
          cairo_rectangle (cr, x + 1, 4, cell - 2, height - 30);
          cairo_fill (cr);
        }
      if (a % 6 == 0)
        {
          g_autofree char *text = g_strdup_printf ("%d", a);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
          pango_layout_set_text (layout, text, -1);
          cairo_move_to (cr, x + 1, height - 22);
          pango_cairo_show_layout (cr, layout);
        }
    }
  g_object_unref (layout);
}

static void
moment_changed_cb (HrJourneyPage *self)
{
  double prep = 0, exec = 0, follow = 0;
  g_autofree char *total = NULL;
  g_autofree char *caption = NULL;

  gtk_widget_queue_draw (self->timeline);
  if (self->moment == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->timeline_caption), "");
      return;
    }
  g_object_get (self->moment, "prep", &prep, "exec", &exec, "follow", &follow, NULL);
  total = hr_format_number (prep + exec + follow, 1);
  /* Translators: %s is a number of hours; the timeline shows 36 months */
  caption = g_strdup_printf (_("Tenure months 0 to 35; each highlighted month costs %s h per account "
                               "(preparation, execution and follow-through), before a tier’s factor."),
                             total);
  gtk_label_set_text (GTK_LABEL (self->timeline_caption), caption);
}

static void
selected_cb (HrJourneyPage *self)
{
  HrItem *item = hr_item_list_get_selected (HR_ITEM_LIST (self->list));

  if (self->moment)
    g_signal_handlers_disconnect_by_func (self->moment, moment_changed_cb, self);
  g_clear_object (&self->moment);
  if (item)
    self->moment = g_object_ref (HR_MOMENT (item));
  if (self->moment)
    g_signal_connect_swapped (self->moment, "changed", G_CALLBACK (moment_changed_cb), self);
  hr_form_set_item (HR_FORM (self->form), item);
  moment_changed_cb (self);
}

static HrItem *
new_moment_cb (HrItemList *list,
               gpointer    data)
{
  HrJourneyPage *self = data;
  g_autofree char *id = hr_item_unique_id (hr_plan_get_moments (self->plan), "moment");
  HrMoment *moment = hr_moment_new (id);

  g_object_set (moment, "name", _("New moment"), "exec", 1.0, NULL);
  return HR_ITEM (moment);
}

static char *
moment_text_cb (HrItem   *item,
                gboolean  subtitle,
                gpointer  data)
{
  g_autofree char *play = NULL;
  g_autofree char *hours = NULL;
  double prep, exec, follow;
  int at, every;

  if (!subtitle)
    return g_strdup (hr_moment_get_name (HR_MOMENT (item)));
  g_object_get (item, "play", &play, "prep", &prep, "exec", &exec, "follow", &follow,
                "at", &at, "every", &every, NULL);
  hours = hr_format_number (prep + exec + follow, 1);
  if (every > 0)
    /* Translators: play · from month · every n months · hours */
    return g_strdup_printf (_("%s · from month %d, every %d · %s h"),
                            hr_choice_get_label (hr_play_choices, hr_play_choice_labels, play),
                            at, every, hours);
  /* Translators: play · month · hours */
  return g_strdup_printf (_("%s · month %d · %s h"),
                          hr_choice_get_label (hr_play_choices, hr_play_choice_labels, play),
                          at, hours);
}

static void
hr_journey_page_dispose (GObject *object)
{
  HrJourneyPage *self = HR_JOURNEY_PAGE (object);

  if (self->moment)
    g_signal_handlers_disconnect_by_func (self->moment, moment_changed_cb, self);
  g_clear_object (&self->moment);
  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_JOURNEY_PAGE);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (hr_journey_page_parent_class)->dispose (object);
}

static void
hr_journey_page_class_init (HrJourneyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_journey_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-journey-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrJourneyPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HrJourneyPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HrJourneyPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, HrJourneyPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, HrJourneyPage, timeline_caption);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_journey_page_init (HrJourneyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list = hr_item_list_new (_("Add moment"), _("Duplicate moment"), _("Remove moment"));
  gtk_widget_set_vexpand (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Service moments"), -1);
  gtk_box_append (GTK_BOX (self->list_box), self->list);
  g_signal_connect_swapped (self->list, "notify::selected-item", G_CALLBACK (selected_cb), self);

  self->form = hr_form_new (moment_fields, G_N_ELEMENTS (moment_fields));
  hr_item_list_set_form (HR_ITEM_LIST (self->list), HR_FORM (self->form));
  gtk_box_prepend (GTK_BOX (self->detail_box), self->form);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->timeline), timeline_draw_cb, self, NULL);
}

/* A moment that a scenario changes can't go: the scenario would break */
static char *
moment_remove_check_cb (HrItem   *item,
                        gpointer  data)
{
  HrPlan *plan = data;

  return hr_plan_explain_scenario_users (plan, item, hr_moment_get_name (HR_MOMENT (item)));
}

void
hr_journey_page_set_context (HrJourneyPage *self,
                             HrDocument    *document,
                             HrUndoStack   *undo)
{
  HrPlan *plan = document ? hr_document_get_plan (document) : NULL;

  g_return_if_fail (HR_IS_JOURNEY_PAGE (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  hr_form_set_context (HR_FORM (self->form), plan, undo);
  hr_item_list_set_model (HR_ITEM_LIST (self->list), plan, plan ? hr_plan_get_moments (plan) : NULL,
                          undo, new_moment_cb, moment_text_cb, self);
  hr_item_list_set_remove_check (HR_ITEM_LIST (self->list), moment_remove_check_cb, plan);
  selected_cb (self);
}

HrItemList *
hr_journey_page_get_list (HrJourneyPage *self)
{
  return HR_ITEM_LIST (self->list);
}

HrForm *
hr_journey_page_get_form (HrJourneyPage *self)
{
  return HR_FORM (self->form);
}

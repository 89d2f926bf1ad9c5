/* hr-tiers-page.c: customer tiers and how each receives each moment */
#include "config.h"

#include "hr-change.h"

#include <glib/gi18n.h>

#include "hr-choices.h"
#include "hr-format.h"
#include "hr-cohort-editor.h"
#include "hr-tiers-page.h"
#include "hr-treatment-grid.h"

struct _HrTiersPage
{
  GtkWidget    parent_instance;

  GtkWidget   *stack;
  GtkWidget   *tiers_list_box;
  GtkWidget   *tiers_detail_box;
  GtkWidget   *grid_box;

  GtkWidget   *list;
  GtkWidget   *form;
  GtkWidget   *cohorts;
  GtkWidget   *grid;
  HrPlan      *plan;
  HrUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (HrTiersPage, hr_tiers_page, GTK_TYPE_WIDGET)

static const HrFormField segment_fields[] = {
  { NULL, N_("Tier"), HR_FORM_HEADING },
  { "name", N_("Name"), HR_FORM_TEXT },
  { "touch", N_("Coverage"), HR_FORM_CHOICE, NULL, NULL,
    N_("How the tier is served. Choosing one sets the usual treatment of each moment for the tier in "
       "Service by tier: high and mid touch one-to-one, tech touch digital, one-to-many or skipped"),
    hr_touch_choices, hr_touch_choice_labels },
  { "complexity", N_("Complexity"), HR_FORM_NUMBER, N_("×"), NULL,
    N_("Multiplies one-to-one effort in this tier") },
  { NULL, N_("Revenue"), HR_FORM_HEADING },
  { "acv", N_("Annual contract value"), HR_FORM_NUMBER, "¤", NULL, N_("Of one account in its first year") },
  { "expansion", N_("Expansion at each anniversary"), HR_FORM_PERCENT },
  { NULL, N_("Reactive work"), HR_FORM_HEADING },
  { "reactive-hours", N_("Reactive hours per account"), HR_FORM_NUMBER, N_("h / month"), NULL,
    N_("Unplanned but direct customer work per account each month"), .ranged = TRUE },
  { "reactive-role", N_("Carried by"), HR_FORM_ROLE, NULL, N_("The work role (default)") },
  { NULL, N_("New accounts"), HR_FORM_HEADING },
  { "new-per-month", N_("New accounts in the first month"), HR_FORM_NUMBER, N_("accounts") },
  { "growth", N_("Monthly growth of new accounts"), HR_FORM_PERCENT, N_("% / month"), .ranged = TRUE },
  { "new-by-month", N_("Or: new accounts month by month"), HR_FORM_LIST,
    N_("Separate months with “;”. The last value repeats. When set, it replaces the two fields above."),
    N_("Not set") },
  { NULL, N_("Churn"), HR_FORM_HEADING },
  { "churn", N_("Accounts lost per year"), HR_FORM_PERCENT, N_("% / year"), .ranged = TRUE },
  { "churn-mode", N_("When accounts leave"), HR_FORM_CHOICE, NULL, NULL, NULL,
    hr_churn_mode_choices, hr_churn_mode_choice_labels },
};

static void
selected_cb (HrTiersPage *self)
{
  HrItem *item = hr_item_list_get_selected (HR_ITEM_LIST (self->list));

  hr_form_set_item (HR_FORM (self->form), item);
  hr_cohort_editor_set_segment (HR_COHORT_EDITOR (self->cohorts), item ? HR_SEGMENT (item) : NULL,
                                self->undo);
}

/* Treatments of a removed tier go with it, in the same undo step */
static void
removing_cb (HrTiersPage *self,
             HrItem      *segment)
{
  GListModel *moments = hr_plan_get_moments (self->plan);
  const char *id = hr_item_get_id (segment);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      hr_treatment_remove (self->undo, moment, id);
    }
}

/* --- coverage: how a tier of each touch usually receives each play --- */

/* A one-to-many session of a tech-touch tier serves this many accounts */
#define TECH_GROUP_SIZE 20

static const struct { const char *play; HrMode mode; } tech_touch[] = {
  { "purchase_welcome", HR_MODE_DIGITAL },
  { "kickoff", HR_MODE_ONE_TO_MANY },
  { "onboarding", HR_MODE_ONE_TO_MANY },
  { "first_value", HR_MODE_DIGITAL },
  { "value_blocks", HR_MODE_ONE_TO_MANY },
  { "sharing_insights", HR_MODE_DIGITAL },
  { "alignment_meeting", HR_MODE_SKIP },
  { "renew_grow", HR_MODE_DIGITAL },
  { "supporting", HR_MODE_DIGITAL },
};

/* High and mid touch receive every moment one-to-one; tech touch as above */
static HrMode
usual_mode (const char *touch,
            const char *play)
{
  if (g_strcmp0 (touch, "tech") == 0)
    for (guint i = 0; i < G_N_ELEMENTS (tech_touch); i++)
      if (g_strcmp0 (tech_touch[i].play, play) == 0)
        return tech_touch[i].mode;
  return HR_MODE_ONE_TO_ONE;
}

/* Whether @moment reaches @segment_id as the coverage @touch usually has it */
static gboolean
is_usual (HrMoment   *moment,
          const char *segment_id,
          const char *touch,
          const char *play)
{
  HrTreatment *treatment = hr_moment_get_treatment (moment, segment_id);
  HrMode mode = treatment ? hr_treatment_get_mode (treatment) : HR_MODE_ONE_TO_ONE;
  HrMode usual = usual_mode (touch, play);

  if (mode != usual)
    return FALSE;
  if (mode == HR_MODE_ONE_TO_ONE)
    return treatment == NULL || hr_treatment_get_factor (treatment) == 1;
  if (mode == HR_MODE_ONE_TO_MANY)
    return hr_treatment_get_group_size (treatment) == TECH_GROUP_SIZE;
  return TRUE;
}

/* A new coverage gives the tier that coverage's usual treatments, in the
 * same undo step; treatments the person set themselves stay */
static void
form_edited_cb (HrTiersPage *self,
                const char  *property,
                const char  *previous)
{
  HrSegment *segment = HR_SEGMENT (hr_form_get_item (HR_FORM (self->form)));
  GListModel *moments = hr_plan_get_moments (self->plan);
  const char *id = hr_item_get_id (HR_ITEM (segment));
  g_autofree char *touch = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  guint changed = 0, kept = 0;

  if (!g_str_equal (property, "touch"))
    return;
  g_object_get (segment, "touch", &touch, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *play = NULL;
      HrMode mode;

      g_object_get (moment, "play", &play, NULL);
      mode = usual_mode (touch, play);
      if (is_usual (moment, id, touch, play))
        continue;
      if (!is_usual (moment, id, previous, play))
        {
          kept++;
          continue;
        }
      hr_treatment_edit (self->undo, moment, id, hr_mode_choices[mode], 1, TECH_GROUP_SIZE);
      changed++;
    }
  if (changed > 0)
    g_string_append_printf (note, g_strcmp0 (touch, "tech") == 0
                            ? g_dngettext (GETTEXT_PACKAGE,
                                           "%u moment now reaches this tier digitally, one-to-many or not at all.",
                                           "%u moments now reach this tier digitally, one-to-many or not at all.",
                                           changed)
                            : g_dngettext (GETTEXT_PACKAGE,
                                           "%u moment now reaches this tier one-to-one.",
                                           "%u moments now reach this tier one-to-one.", changed),
                            changed);
  if (kept > 0)
    {
      if (note->len)
        g_string_append_c (note, ' ');
      g_string_append_printf (note, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u moment set by hand stays as it was.",
                                                 "%u moments set by hand stay as they were.", kept),
                              kept);
    }
  if (note->len)
    {
      g_string_append_c (note, ' ');
      g_string_append (note, changed > 0 ? _("See Service by tier; Ctrl+Z takes it back.")
                                         : _("See Service by tier."));
    }
  hr_form_show_note (HR_FORM (self->form), "touch", note->len ? note->str : NULL);
}

static HrItem *
new_segment_cb (HrItemList *list,
                gpointer    data)
{
  HrTiersPage *self = data;
  g_autofree char *id = hr_item_unique_id (hr_plan_get_segments (self->plan), "tier");
  HrSegment *segment = hr_segment_new (id);

  g_object_set (segment, "name", _("New tier"), NULL);
  return HR_ITEM (segment);
}

static char *
segment_text_cb (HrItem   *item,
                 gboolean  subtitle,
                 gpointer  data)
{
  g_autofree char *touch = NULL;
  g_autofree char *number = NULL;
  guint n = 0;
  const HrCohort *cohorts;
  double accounts = 0;

  if (!subtitle)
    return g_strdup (hr_segment_get_name (HR_SEGMENT (item)));
  g_object_get (item, "touch", &touch, NULL);
  cohorts = hr_segment_get_cohorts (HR_SEGMENT (item), &n);
  for (guint i = 0; i < n; i++)
    accounts += cohorts[i].count;
  number = hr_format_number (accounts, 0);
  /* Translators: coverage · accounts at the start */
  return g_strdup_printf (_("%s · %s accounts at start"),
                          hr_choice_get_label (hr_touch_choices, hr_touch_choice_labels, touch), number);
}

static void
hr_tiers_page_dispose (GObject *object)
{
  HrTiersPage *self = HR_TIERS_PAGE (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_TIERS_PAGE);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (hr_tiers_page_parent_class)->dispose (object);
}

static void
hr_tiers_page_class_init (HrTiersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_tiers_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-tiers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrTiersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HrTiersPage, tiers_list_box);
  gtk_widget_class_bind_template_child (widget_class, HrTiersPage, tiers_detail_box);
  gtk_widget_class_bind_template_child (widget_class, HrTiersPage, grid_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_tiers_page_init (HrTiersPage *self)
{
  GtkWidget *heading;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->list = hr_item_list_new (_("Add tier"), _("Duplicate tier"), _("Remove tier"));
  gtk_widget_set_vexpand (self->list, TRUE);
  gtk_box_append (GTK_BOX (self->tiers_list_box), self->list);
  g_signal_connect_swapped (self->list, "notify::selected-item", G_CALLBACK (selected_cb), self);
  g_signal_connect_swapped (self->list, "removing", G_CALLBACK (removing_cb), self);

  /* the tier and its money, then its accounts over time, in one column
   * so that it fits beside the list and the summary */
  self->form = hr_form_new (segment_fields, G_N_ELEMENTS (segment_fields));
  hr_item_list_set_form (HR_ITEM_LIST (self->list), HR_FORM (self->form));
  g_signal_connect_swapped (self->form, "edited", G_CALLBACK (form_edited_cb), self);
  gtk_box_append (GTK_BOX (self->tiers_detail_box), self->form);

  heading = gtk_label_new (_("Accounts at the start"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (self->tiers_detail_box), heading);
  self->cohorts = hr_cohort_editor_new ();
  gtk_widget_set_halign (self->cohorts, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->tiers_detail_box), self->cohorts);

  self->grid = hr_treatment_grid_new ();
  gtk_box_append (GTK_BOX (self->grid_box), self->grid);
}

/* A segment that a scenario changes can't go: the scenario would break */
static char *
segment_remove_check_cb (HrItem   *item,
                         gpointer  data)
{
  HrPlan *plan = data;

  return hr_plan_explain_scenario_users (plan, item, hr_segment_get_name (HR_SEGMENT (item)));
}

void
hr_tiers_page_set_context (HrTiersPage *self,
                           HrDocument  *document,
                           HrUndoStack *undo)
{
  HrPlan *plan = document ? hr_document_get_plan (document) : NULL;

  g_return_if_fail (HR_IS_TIERS_PAGE (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  hr_form_set_context (HR_FORM (self->form), plan, undo);
  hr_item_list_set_model (HR_ITEM_LIST (self->list), plan, plan ? hr_plan_get_segments (plan) : NULL,
                          undo, new_segment_cb, segment_text_cb, self);
  hr_item_list_set_remove_check (HR_ITEM_LIST (self->list), segment_remove_check_cb, plan);
  hr_treatment_grid_set_context (HR_TREATMENT_GRID (self->grid), plan, undo);
  selected_cb (self);
}

HrItemList *
hr_tiers_page_get_list (HrTiersPage *self)
{
  return HR_ITEM_LIST (self->list);
}

HrForm *
hr_tiers_page_get_form (HrTiersPage *self)
{
  return HR_FORM (self->form);
}

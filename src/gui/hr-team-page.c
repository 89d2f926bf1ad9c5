/* hr-team-page.c: roles, planned hires and the plan's horizon */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-number-entry.h"
#include "hr-team-page.h"

struct _HrTeamPage
{
  GtkWidget    parent_instance;

  GtkWidget   *stack;
  GtkWidget   *roles_list_box;
  GtkWidget   *roles_detail_box;
  GtkWidget   *hires_list_box;
  GtkWidget   *hires_detail_box;
  GtkWidget   *plan_box;

  GtkWidget   *role_list;
  GtkWidget   *role_form;
  GtkWidget   *hire_list;
  GtkWidget   *hire_form;
  GtkWidget   *plan_form;
  HrPlan      *plan;
  HrUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (HrTeamPage, hr_team_page, GTK_TYPE_WIDGET)

static const HrFormField role_fields[] = {
  { NULL, N_("Role"), HR_FORM_HEADING },
  { "name", N_("Name"), HR_FORM_TEXT },
  { "headcount", N_("Headcount at the start"), HR_FORM_NUMBER, N_("people"), NULL,
    N_("People in the role in the first month, fully ramped") },
  { "cost-per-year", N_("Cost per person"), HR_FORM_NUMBER, "¤", NULL,
    N_("Fully loaded cost of one person per year") },
  { NULL, N_("Time"), HR_FORM_HEADING },
  { "hours-per-month", N_("Paid hours"), HR_FORM_NUMBER, N_("h / month") },
  { "shrinkage", N_("Shrinkage"), HR_FORM_PERCENT, NULL, NULL,
    N_("Share of paid hours not worked: leave, holidays, sickness") },
  { "indirect", N_("Indirect work"), HR_FORM_PERCENT, NULL, NULL,
    N_("Share of worked hours on internal work: meetings, enablement, admin") },
  { "unplanned", N_("Unplanned work"), HR_FORM_PERCENT, NULL, NULL,
    N_("Share of worked hours on escalations and urgent surprises") },
  { "target-load", N_("Target load"), HR_FORM_PERCENT, NULL, NULL,
    N_("Above this load the role is stretched and the planner hires") },
  { NULL, N_("Hiring"), HR_FORM_HEADING },
  { "ramp", N_("Ramp of a new hire"), HR_FORM_PERCENT_LIST,
    N_("Productivity in the 1st, 2nd, … month, in %, separated by “;”; 100 % after"), N_("Fully productive at once") },
  { "attrition", N_("Attrition"), HR_FORM_PERCENT, N_("% / year") },
  { "lead-time-months", N_("Requisition lead time"), HR_FORM_INTEGER, N_("months"), NULL,
    N_("Months from opening a requisition to the hire’s first day") },
  { NULL, N_("Sizing rules"), HR_FORM_HEADING },
  { "arr-per-fte", N_("ARR per person"), HR_FORM_NUMBER, "¤", N_("No top-down rule"),
    N_("Top-down rule: one person per this much ARR; leave empty for none") },
  { "manages", N_("Manages"), HR_FORM_ROLE, NULL, N_("Nobody: serves customers"),
    N_("A managing role is sized by its span of control over another role") },
  { "span", N_("Span of control"), HR_FORM_NUMBER, N_("people each"), NULL,
    N_("People of the managed role per person of this role") },
};

static const HrFormField hire_fields[] = {
  { NULL, N_("Planned hire"), HR_FORM_HEADING },
  { "role", N_("Role"), HR_FORM_ROLE, NULL, N_("Choose a role") },
  { "month", N_("First day"), HR_FORM_MONTH, N_("Year and month, e.g. 2027-04") },
  { "count", N_("People"), HR_FORM_NUMBER, N_("people") },
};

static const HrFormField plan_fields[] = {
  { NULL, N_("Plan"), HR_FORM_HEADING },
  { "name", N_("Plan name"), HR_FORM_TEXT },
  { "start", N_("First month"), HR_FORM_MONTH, N_("Year and month, e.g. 2027-01") },
  { "months", N_("Horizon"), HR_FORM_INTEGER, N_("months") },
  { "currency", N_("Currency"), HR_FORM_TEXT, N_("ISO code, e.g. USD or EUR; for display only") },
};

static void
role_selected_cb (HrTeamPage *self)
{
  HrItem *item = hr_item_list_get_selected (HR_ITEM_LIST (self->role_list));

  hr_form_set_item (HR_FORM (self->role_form), item);
}

static void
hire_selected_cb (HrTeamPage *self)
{
  hr_form_set_item (HR_FORM (self->hire_form), hr_item_list_get_selected (HR_ITEM_LIST (self->hire_list)));
}

static HrItem *
new_role_cb (HrItemList *list,
             gpointer    data)
{
  HrTeamPage *self = data;
  g_autofree char *id = hr_item_unique_id (hr_plan_get_roles (self->plan), "role");
  HrRole *role = hr_role_new (id);

  g_object_set (role, "name", _("New role"), NULL);
  return HR_ITEM (role);
}

static HrItem *
new_hire_cb (HrItemList *list,
             gpointer    data)
{
  HrTeamPage *self = data;
  HrRole *role = hr_plan_get_work_role (self->plan);

  return HR_ITEM (hr_hire_new (role ? hr_item_get_id (HR_ITEM (role)) : NULL,
                               hr_plan_get_start (self->plan), 1));
}

static char *
role_text_cb (HrItem   *item,
              gboolean  subtitle,
              gpointer  data)
{
  double headcount;
  g_autofree char *number = NULL;

  if (!subtitle)
    return g_strdup (hr_role_get_name (HR_ROLE (item)));
  g_object_get (item, "headcount", &headcount, NULL);
  number = hr_number_format (headcount, 1);
  if (hr_role_is_manager (HR_ROLE (item)))
    return g_strdup_printf (_("%s people · manages"), number);
  return g_strdup_printf (_("%s people"), number);
}

static char *
hire_text_cb (HrItem   *item,
              gboolean  subtitle,
              gpointer  data)
{
  HrTeamPage *self = data;
  g_autofree char *role_id = NULL;
  g_autofree char *month = NULL;
  g_autofree char *count = NULL;
  double n;
  HrRole *role;

  g_object_get (item, "role", &role_id, "month", &month, "count", &n, NULL);
  if (subtitle)
    return g_strdup_printf (_("First day %s"), month);
  role = role_id ? hr_plan_find_role (self->plan, role_id) : NULL;
  count = hr_number_format (n, 1);
  return g_strdup_printf ("%s × %s", count, role ? hr_role_get_name (role) : _("no role"));
}

static void
hr_team_page_dispose (GObject *object)
{
  HrTeamPage *self = HR_TEAM_PAGE (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_TEAM_PAGE);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (hr_team_page_parent_class)->dispose (object);
}

static void
hr_team_page_class_init (HrTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_team_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, roles_list_box);
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, roles_detail_box);
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, hires_list_box);
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, hires_detail_box);
  gtk_widget_class_bind_template_child (widget_class, HrTeamPage, plan_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_team_page_init (HrTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->role_list = hr_item_list_new (_("Add role"), _("Duplicate role"), _("Remove role"));
  gtk_widget_set_vexpand (self->role_list, TRUE);
  gtk_box_append (GTK_BOX (self->roles_list_box), self->role_list);
  g_signal_connect_swapped (self->role_list, "notify::selected-item", G_CALLBACK (role_selected_cb), self);
  self->role_form = hr_form_new (role_fields, G_N_ELEMENTS (role_fields));
  gtk_box_append (GTK_BOX (self->roles_detail_box), self->role_form);

  self->hire_list = hr_item_list_new (_("Add hire"), _("Duplicate hire"), _("Remove hire"));
  gtk_widget_set_vexpand (self->hire_list, TRUE);
  gtk_box_append (GTK_BOX (self->hires_list_box), self->hire_list);
  g_signal_connect_swapped (self->hire_list, "notify::selected-item", G_CALLBACK (hire_selected_cb), self);
  self->hire_form = hr_form_new (hire_fields, G_N_ELEMENTS (hire_fields));
  gtk_widget_set_halign (self->hire_form, GTK_ALIGN_START);
  gtk_widget_set_size_request (self->hire_form, 360, -1);
  gtk_box_append (GTK_BOX (self->hires_detail_box), self->hire_form);

  self->plan_form = hr_form_new (plan_fields, G_N_ELEMENTS (plan_fields));
  gtk_box_append (GTK_BOX (self->plan_box), self->plan_form);
}

void
hr_team_page_set_context (HrTeamPage  *self,
                          HrPlan      *plan,
                          HrUndoStack *undo)
{
  g_return_if_fail (HR_IS_TEAM_PAGE (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  hr_form_set_context (HR_FORM (self->role_form), plan, undo);
  hr_form_set_context (HR_FORM (self->hire_form), plan, undo);
  hr_form_set_context (HR_FORM (self->plan_form), plan, undo);
  hr_item_list_set_model (HR_ITEM_LIST (self->role_list), plan, plan ? hr_plan_get_roles (plan) : NULL,
                          undo, new_role_cb, role_text_cb, self);
  hr_item_list_set_model (HR_ITEM_LIST (self->hire_list), plan, plan ? hr_plan_get_hires (plan) : NULL,
                          undo, new_hire_cb, hire_text_cb, self);
  hr_form_set_item (HR_FORM (self->plan_form), plan ? HR_ITEM (plan) : NULL);
  role_selected_cb (self);
  hire_selected_cb (self);
}

HrItemList *
hr_team_page_get_list (HrTeamPage *self)
{
  return HR_ITEM_LIST (self->role_list);
}

HrForm *
hr_team_page_get_form (HrTeamPage *self)
{
  return HR_FORM (self->role_form);
}

/* hr-team-page.c: roles, planned hires and the plan's horizon */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-application.h"
#include "hr-number-entry.h"
#include "hr-team-page.h"

#include "hr-change.h"

struct _HrTeamPage
{
  GtkWidget    parent_instance;

  GtkWidget   *stack;
  GtkWidget   *roles_list_box;
  GtkWidget   *roles_detail_box;
  GtkWidget   *hires_list_box;
  GtkWidget   *hires_detail_box;

  GtkWidget   *role_list;
  GtkWidget   *role_form;
  GtkWidget   *hire_list;
  GtkWidget   *hire_form;
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
    N_("Share of paid hours not worked: leave, holidays, sickness"), .ranged = TRUE },
  { "indirect", N_("Indirect work"), HR_FORM_PERCENT, NULL, NULL,
    N_("Share of worked hours on internal work: meetings, enablement, admin"), .ranged = TRUE },
  { "unplanned", N_("Unplanned work"), HR_FORM_PERCENT, NULL, NULL,
    N_("Share of worked hours on escalations and urgent surprises"), .ranged = TRUE },
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
  /* the working hours the preferences give new roles */
  hr_application_apply_setting (role, "hours-per-month", "hours-per-month", FALSE);
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

/* Adds @format with the @name_property of each item of @list whose
 * @property is @id */
static void
add_uses (GPtrArray  *uses,
          GListModel *list,
          const char *property,
          const char *id,
          const char *format,
          const char *name_property)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;
      g_autofree char *name = NULL;

      g_object_get (item, property, &value, name_property, &name, NULL);
      if (g_strcmp0 (value, id) == 0)
        g_ptr_array_add (uses, g_strdup_printf (format, name));
    }
}

/* "a; b; c; d; and 3 more" */
static char *
join_uses (GPtrArray *uses)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (uses->len, 4); i++)
    {
      if (i > 0)
        /* Translators: between the items of a list of uses */
        g_string_append (text, _("; "));
      g_string_append (text, g_ptr_array_index (uses, i));
    }
  if (uses->len > 4)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                            uses->len - 4), uses->len - 4);
      g_string_append_printf (text, _("; "));
      g_string_append (text, more);
    }
  return g_string_free (text, FALSE);
}

/* The moments and tiers without a role of their own fall back to the work
 * role: removing it would quietly move their work to the next role */
static char *
check_work_role_users (HrTeamPage *self,
                       HrRole     *role)
{
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *text = NULL;
  HrRole *next;

  if (hr_plan_get_work_role (self->plan) != role)
    return NULL;
  next = hr_plan_get_work_role_without (self->plan, role);
  users = hr_plan_list_work_role_users (self->plan);
  if (next == NULL || users->len == 0)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < users->len; i++)
    {
      HrItem *item = users->pdata[i];
      if (HR_IS_MOMENT (item))
        g_ptr_array_add (names, g_strdup_printf (_("the moment “%s”"), hr_moment_get_name (HR_MOMENT (item))));
      else
        g_ptr_array_add (names, g_strdup_printf (_("the reactive work of the tier “%s”"),
                                                 hr_segment_get_name (HR_SEGMENT (item))));
    }
  text = join_uses (names);
  /* Translators: the role removed, what falls back to it, the role that would take over */
  return g_strdup_printf (_("“%s” can’t be removed: the work without a role of its own falls back to it (%s), and "
                            "would move to “%s”. Choose a role for that work on the Journey or Tiers page first."),
                          hr_role_get_name (role), text, hr_role_get_name (next));
}

/* What still refers to a role, in words: removing it would break the plan */
static char *
role_remove_check_cb (HrItem   *item,
                      gpointer  data)
{
  HrTeamPage *self = data;
  const char *id = hr_item_get_id (item);
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func (g_free);
  GListModel *list;
  HrRole *work_role = hr_plan_get_work_role (self->plan);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autofree char *text = NULL;

  add_uses (uses, hr_plan_get_moments (self->plan), "role", id, _("the moment “%s”"), "name");
  add_uses (uses, hr_plan_get_segments (self->plan), "reactive-role", id,
            _("the reactive work of the tier “%s”"), "name");
  add_uses (uses, hr_plan_get_roles (self->plan), "manages", id, _("the role “%s”, which manages it"), "name");
  add_uses (uses, hr_plan_get_hires (self->plan), "role", id, _("the planned hire of %s"), "month");
  scenarios = hr_plan_list_scenarios_using (self->plan, item);
  for (guint i = 0; i < scenarios->len; i++)
    g_ptr_array_add (uses, g_strdup_printf (_("the scenario “%s”"), hr_scenario_get_name (scenarios->pdata[i])));

  if (work_role == HR_ROLE (item))
    {
      gboolean another = FALSE;
      list = hr_plan_get_roles (self->plan);
      for (guint i = 0; i < g_list_model_get_n_items (list) && !another; i++)
        {
          g_autoptr(HrRole) role = g_list_model_get_item (list, i);
          another = role != work_role && !hr_role_is_manager (role);
        }
      if (!another)
        return g_strdup_printf (_("“%s” can’t be removed: it is the only role that serves customers."),
                                hr_role_get_name (HR_ROLE (item)));
    }
  if (uses->len == 0)
    return check_work_role_users (self, HR_ROLE (item));
  text = join_uses (uses);
  return g_strdup_printf (_("“%s” can’t be removed while it is in use. Choose another role first for: %s."),
                          hr_role_get_name (HR_ROLE (item)), text);
}

static char *
role_text_cb (HrItem   *item,
              gboolean  subtitle,
              gpointer  data)
{
  HrTeamPage *self = data;
  double headcount;
  g_autofree char *people = NULL;
  g_autofree char *managed_id = NULL;
  HrRole *managed;

  if (!subtitle)
    return g_strdup (hr_role_get_name (HR_ROLE (item)));
  g_object_get (item, "headcount", &headcount, "manages", &managed_id, NULL);
  people = hr_form_format_people (round (headcount * 10) / 10);
  managed = managed_id && self->plan ? hr_plan_find_role (self->plan, managed_id) : NULL;
  if (managed)
    /* Translators: a managing role in the list, its people then the role
     * it manages: "2 people · manages Customer Success Managers" */
    return g_strdup_printf (_("%s · manages %s"), people, hr_role_get_name (managed));
  return g_steal_pointer (&people);
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
  hr_item_list_set_remove_check (HR_ITEM_LIST (self->role_list), role_remove_check_cb, self);
  self->role_form = hr_form_new (role_fields, G_N_ELEMENTS (role_fields));
  hr_item_list_set_form (HR_ITEM_LIST (self->role_list), HR_FORM (self->role_form));
  gtk_box_append (GTK_BOX (self->roles_detail_box), self->role_form);

  self->hire_list = hr_item_list_new (_("Add hire"), _("Duplicate hire"), _("Remove hire"));
  gtk_widget_set_vexpand (self->hire_list, TRUE);
  gtk_box_append (GTK_BOX (self->hires_list_box), self->hire_list);
  g_signal_connect_swapped (self->hire_list, "notify::selected-item", G_CALLBACK (hire_selected_cb), self);
  self->hire_form = hr_form_new (hire_fields, G_N_ELEMENTS (hire_fields));
  hr_item_list_set_form (HR_ITEM_LIST (self->hire_list), HR_FORM (self->hire_form));
  gtk_widget_set_halign (self->hire_form, GTK_ALIGN_START);
  gtk_widget_set_size_request (self->hire_form, 360, -1);
  gtk_box_append (GTK_BOX (self->hires_detail_box), self->hire_form);

}

void
hr_team_page_set_context (HrTeamPage  *self,
                          HrDocument  *document,
                          HrUndoStack *undo)
{
  HrPlan *plan = document ? hr_document_get_plan (document) : NULL;

  g_return_if_fail (HR_IS_TEAM_PAGE (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  hr_form_set_context (HR_FORM (self->role_form), plan, undo);
  hr_form_set_context (HR_FORM (self->hire_form), plan, undo);
  hr_item_list_set_model (HR_ITEM_LIST (self->role_list), plan, plan ? hr_plan_get_roles (plan) : NULL,
                          undo, new_role_cb, role_text_cb, self);
  hr_item_list_set_model (HR_ITEM_LIST (self->hire_list), plan, plan ? hr_plan_get_hires (plan) : NULL,
                          undo, new_hire_cb, hire_text_cb, self);
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

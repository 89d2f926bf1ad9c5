/* hr-scenario-editor.c: builds one scenario change at a time and shows it
 * as a sentence before it is added */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-accessible.h"
#include "hr-change.h"
#include "hr-change-builder.h"
#include "hr-choices.h"
#include "hr-format.h"
#include "hr-scenario-editor.h"

/* The inputs an action asks for */
typedef enum {
  P_ROLE     = 1 << 0,
  P_ROLE_ALL = 1 << 1,
  P_MOMENT   = 1 << 2,
  P_MONTH    = 1 << 3,
  P_FROM     = 1 << 4,
  P_TO       = 1 << 5,
  P_COUNT    = 1 << 6,
  P_TIERS    = 1 << 7,
  P_MODE     = 1 << 8,
  P_FACTOR   = 1 << 9,
  P_GROUP    = 1 << 10,
  P_AT       = 1 << 11,
  P_EVERY    = 1 << 12,
  P_PART     = 1 << 13,
  P_PERCENT  = 1 << 14,
  P_MONTHS   = 1 << 15,
  N_PARAMS   = 16
} Param;


typedef struct {
  HrChangeKind  kind;
  HrChangeAction id;
  const char   *label;
  guint         params;
  const char   *percent_label;  /* what the percentage means */
} Action;

static const Action actions[] = {
  { HR_CHANGE_KIND_FUND, A_HIRES, N_("Add hires"), P_ROLE | P_MONTH | P_COUNT },
  { HR_CHANGE_KIND_FUND, A_HEADCOUNT, N_("Change a role’s headcount"), P_ROLE | P_COUNT },
  { HR_CHANGE_KIND_FOCUS, A_SKIP, N_("Skip a moment for some tiers"), P_MOMENT | P_TIERS },
  { HR_CHANGE_KIND_FOCUS, A_CADENCE, N_("Lower a moment’s cadence"), P_MOMENT | P_EVERY },
  { HR_CHANGE_KIND_AUTOMATE, A_DIGITAL, N_("Make a moment digital"), P_MOMENT | P_TIERS },
  { HR_CHANGE_KIND_AUTOMATE, A_ONE_TO_MANY, N_("Deliver a moment one-to-many"), P_MOMENT | P_TIERS | P_GROUP },
  { HR_CHANGE_KIND_AUTOMATE, A_REACTIVE, N_("Cut reactive hours"), P_TIERS | P_PERCENT, N_("Cut by") },
  { HR_CHANGE_KIND_REDESIGN, A_HOURS, N_("Change a moment’s hours"), P_MOMENT | P_PART | P_PERCENT, N_("Change by") },
  { HR_CHANGE_KIND_REDESIGN, A_TIMING, N_("Change a moment’s timing"), P_MOMENT | P_AT | P_EVERY },
  { HR_CHANGE_KIND_REDESIGN, A_TREATMENT, N_("Change how tiers receive a moment"), P_MOMENT | P_TIERS | P_MODE | P_FACTOR | P_GROUP },
  { HR_CHANGE_KIND_REDESIGN, A_MOVE, N_("Move new accounts between tiers"), P_FROM | P_TO | P_COUNT },
  { HR_CHANGE_KIND_WHAT_IF, A_GROWTH, N_("New accounts"), P_TIERS | P_PERCENT, N_("Change by") },
  { HR_CHANGE_KIND_WHAT_IF, A_CHURN, N_("Churn"), P_TIERS | P_PERCENT, N_("Change by") },
  { HR_CHANGE_KIND_WHAT_IF, A_ACV, N_("ACV"), P_TIERS | P_PERCENT, N_("Change by") },
  { HR_CHANGE_KIND_WHAT_IF, A_ATTRITION, N_("Attrition"), P_ROLE_ALL | P_PERCENT, N_("Change by") },
  { HR_CHANGE_KIND_WHAT_IF, A_LEAD_TIME, N_("Requisition lead time"), P_ROLE_ALL | P_MONTHS },
};

static const char * const kind_labels[] = { N_("Fund"), N_("Focus"), N_("Automate"), N_("Redesign"), N_("What if") };
static const char * const kind_names[] = { "fund", "focus", "automate", "redesign", "what-if" };
static const char * const kind_help[] = {
  N_("Add people: hires in a given month, or a different headcount."),
  N_("Do less: skip a moment for some tiers, or hold it less often."),
  N_("Serve at scale: digital or one-to-many delivery, less reactive work."),
  N_("Change the journey: hours, timing and how each tier is served."),
  N_("Test the plan: more or fewer new accounts, churn, ACV, attrition, lead time."),
};
static const char * const part_labels[] = { N_("Preparation"), N_("Execution"), N_("Follow-through"), N_("All three"), NULL };

struct _HrScenarioEditor
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkWidget   *kinds[HR_N_CHANGE_KINDS];
  GtkWidget   *kind_help;
  GtkWidget   *action;
  GtkWidget   *grid;
  GtkWidget   *rows[N_PARAMS][2];
  GtkWidget   *role, *role_all, *month, *count, *moment, *tiers_box, *all_tiers;
  GtkWidget   *from, *to, *at, *every, *group, *percent, *part, *mode, *factor, *months;
  GtkWidget   *preview;
  GtkWidget   *add;
  GPtrArray   *tier_checks;
  GPtrArray   *action_map;     /* indexes into actions[] of the current kind */

  HrPlan      *plan;
  HrUndoStack *undo;
  HrScenario  *scenario;
  HrChangeKind kind;
  gboolean     building;
};

G_DEFINE_FINAL_TYPE (HrScenarioEditor, hr_scenario_editor, GTK_TYPE_WIDGET)

typedef struct {
  HrScenario *scenario;
  JsonArray  *before;
  JsonArray  *after;
} ChangesStep;

static void
changes_step_apply (gpointer data,
                    gboolean redo)
{
  ChangesStep *step = data;

  hr_scenario_set_changes (step->scenario, redo ? step->after : step->before);
}

static void
changes_step_free (gpointer data)
{
  ChangesStep *step = data;

  g_object_unref (step->scenario);
  json_array_unref (step->before);
  json_array_unref (step->after);
  g_free (step);
}

void
hr_scenario_set_changes_undoable (HrUndoStack *undo,
                                  HrScenario  *scenario,
                                  JsonArray   *changes)
{
  ChangesStep *step = g_new0 (ChangesStep, 1);

  step->scenario = g_object_ref (scenario);
  /* set_changes replaces the array, so the old one stays as it is */
  step->before = json_array_ref (hr_scenario_get_changes (scenario));
  hr_scenario_set_changes (scenario, changes);
  step->after = json_array_ref (hr_scenario_get_changes (scenario));
  if (undo)
    hr_undo_stack_push (undo, changes_step_apply, step, changes_step_free);
  else
    changes_step_free (step);
}

static const Action *
current_action (HrScenarioEditor *self)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->action));

  if (self->action_map == NULL || i >= self->action_map->len)
    return NULL;
  return &actions[GPOINTER_TO_UINT (self->action_map->pdata[i])];
}

/* --- reading the controls --- */

static gpointer
list_item (GListModel *list,
           guint       i)
{
  return list && i < g_list_model_get_n_items (list) ? g_list_model_get_item (list, i) : NULL;
}

static char *
selected_id (GtkWidget  *dropdown,
             GListModel *list,
             int         offset)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  g_autoptr(HrItem) item = NULL;

  if (i == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (offset && i == 0)
    return g_strdup ("*");
  item = list_item (list, i - offset);
  return item ? g_strdup (hr_item_get_id (item)) : NULL;
}

/* "*" when every tier is chosen, else the chosen ids */
static GPtrArray *
chosen_tiers (HrScenarioEditor *self)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *segments = hr_plan_get_segments (self->plan);

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->all_tiers)))
    {
      g_ptr_array_add (ids, g_strdup ("*"));
      return ids;
    }
  for (guint i = 0; i < self->tier_checks->len; i++)
    if (gtk_check_button_get_active (self->tier_checks->pdata[i]))
      {
        g_autoptr(HrItem) item = list_item (segments, i);
        if (item)
          g_ptr_array_add (ids, g_strdup (hr_item_get_id (item)));
      }
  return ids;
}

static double
spin (GtkWidget *w)
{
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (w));
}

JsonArray *
hr_scenario_editor_build (HrScenarioEditor  *self,
                          char             **message)
{
  const Action *action = current_action (self);
  g_autoptr(GPtrArray) tiers = NULL;
  g_autofree char *role = NULL;
  g_autofree char *moment = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *repeated = NULL;
  g_autoptr(JsonArray) changes = NULL;
  HrChangeRequest request = { 0 };

  g_return_val_if_fail (HR_IS_SCENARIO_EDITOR (self), NULL);
  if (message)
    *message = NULL;
  if (action == NULL || self->plan == NULL)
    return NULL;

  tiers = chosen_tiers (self);
  role = selected_id ((action->params & P_ROLE_ALL) ? self->role_all : self->role,
                      hr_plan_get_roles (self->plan), (action->params & P_ROLE_ALL) ? 1 : 0);
  moment = selected_id (self->moment, hr_plan_get_moments (self->plan), 0);
  from = selected_id (self->from, hr_plan_get_segments (self->plan), 0);
  to = selected_id (self->to, hr_plan_get_segments (self->plan), 0);

  if ((action->params & P_TIERS) && tiers->len == 0)
    {
      if (message)
        *message = g_strdup (_("Choose at least one tier."));
      return NULL;
    }
  if ((action->params & P_MOMENT) && moment == NULL)
    {
      if (message)
        *message = g_strdup (_("The plan has no moments yet."));
      return NULL;
    }
  request.action = action->id;
  request.role = role;
  request.moment = moment;
  request.tiers = tiers;
  request.from = from;
  request.to = to;
  request.month = hr_plan_get_start (self->plan) + gtk_drop_down_get_selected (GTK_DROP_DOWN (self->month));
  request.count = spin (self->count);
  request.at = spin (self->at);
  request.every = spin (self->every);
  request.group = spin (self->group);
  request.percent = spin (self->percent) / 100;
  request.factor = spin (self->factor);
  request.months = spin (self->months);
  request.part = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->part));
  request.mode = action->id == A_ONE_TO_MANY ? "one_to_many"
                 : hr_mode_choices[gtk_drop_down_get_selected (GTK_DROP_DOWN (self->mode))];
  changes = hr_change_request_build (self->plan, &request, message);
  /* the same change twice would count it twice */
  if (changes && self->scenario && (repeated = hr_scenario_explain_repeated (self->plan, self->scenario, changes)))
    {
      if (message)
        *message = g_steal_pointer (&repeated);
      return NULL;
    }
  return g_steal_pointer (&changes);
}

static void
update_preview (HrScenarioEditor *self)
{
  g_autofree char *message = NULL;
  g_autoptr(JsonArray) changes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->building)
    return;
  changes = hr_scenario_editor_build (self, &message);
  for (guint i = 0; changes && i < json_array_get_length (changes); i++)
    {
      g_autofree char *sentence = hr_change_describe (self->plan, json_array_get_object_element (changes, i));
      g_string_append_printf (text, "%s%s", i ? "\n" : "", sentence);
    }
  if (message)
    g_string_assign (text, message);
  gtk_label_set_text (GTK_LABEL (self->preview), text->str);
  gtk_widget_set_sensitive (self->add, changes != NULL && self->scenario != NULL);
}

/* --- the controls --- */

static guint
param_index (guint bit)
{
  guint p = 0;

  while ((1u << p) != bit)
    p++;
  return p;
}

static void
update_rows (HrScenarioEditor *self)
{
  const Action *action = current_action (self);
  guint params = action ? action->params : 0;

  for (guint p = 0; p < N_PARAMS; p++)
    for (guint c = 0; c < 2; c++)
      if (self->rows[p][c])
        gtk_widget_set_visible (self->rows[p][c], (params & (1u << p)) != 0);
  if (action && action->percent_label)
    gtk_label_set_text (GTK_LABEL (self->rows[param_index (P_PERCENT)][0]), _(action->percent_label));
  /* a new count's meaning */
  if (action)
    gtk_label_set_text (GTK_LABEL (self->rows[param_index (P_COUNT)][0]),
                        action->id == A_HIRES ? _("People") :
                        action->id == A_HEADCOUNT ? _("New headcount") : _("Accounts a month"));
  /* group size only matters one-to-many */
  if (action && action->id == A_TREATMENT)
    for (guint c = 0; c < 2; c++)
      gtk_widget_set_visible (self->rows[param_index (P_GROUP)][c],
                              gtk_drop_down_get_selected (GTK_DROP_DOWN (self->mode)) == 1);
  update_preview (self);
}

/* Shows the moment's current timing, so a change starts from it */
static void
moment_selected_cb (HrScenarioEditor *self)
{
  g_autofree char *id = NULL;
  HrMoment *moment;

  if (self->plan == NULL)
    return;
  id = selected_id (self->moment, hr_plan_get_moments (self->plan), 0);
  moment = id ? hr_plan_find_moment (self->plan, id) : NULL;
  if (moment)
    {
      int at, every;

      g_object_get (moment, "at", &at, "every", &every, NULL);
      self->building = TRUE;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->at), at);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->every), every);
      self->building = FALSE;
    }
  update_preview (self);
}

static void
fill_actions (HrScenarioEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->action_map, g_ptr_array_unref);
  self->action_map = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (actions[i].kind == self->kind)
      {
        g_ptr_array_add (self->action_map, GUINT_TO_POINTER (i));
        gtk_string_list_append (names, _(actions[i].label));
      }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->action), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->action), 0);
  gtk_label_set_text (GTK_LABEL (self->kind_help), _(kind_help[self->kind]));
  update_rows (self);
}

static void
kind_toggled_cb (GtkToggleButton  *button,
                 HrScenarioEditor *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint k = 0; k < HR_N_CHANGE_KINDS; k++)
    if (self->kinds[k] == GTK_WIDGET (button))
      self->kind = k;
  /* each kind starts from the defaults: a percentage typed for a redesign
   * means nothing for new accounts */
  self->building = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->count), 1);
  /* a redesign usually takes hours out; the others start at +/−20 % */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->percent), self->kind == HR_CHANGE_KIND_REDESIGN ? -20 : 20);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->factor), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->group), 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->months), 3);
  self->building = FALSE;
  fill_actions (self);
}

static void
all_tiers_toggled_cb (HrScenarioEditor *self)
{
  gboolean all = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->all_tiers));

  for (guint i = 0; i < self->tier_checks->len; i++)
    gtk_widget_set_sensitive (self->tier_checks->pdata[i], !all);
  update_preview (self);
}

static void
set_names (GtkWidget  *dropdown,
           GListModel *items,
           const char *first)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  if (first)
    gtk_string_list_append (names, first);
  for (guint i = 0; items && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;
      g_object_get (item, "name", &name, NULL);
      gtk_string_list_append (names, name && *name ? name : hr_item_get_id (HR_ITEM (item)));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (names));
  if (selected != GTK_INVALID_LIST_POSITION && selected < g_list_model_get_n_items (G_LIST_MODEL (names)))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
}

/* Lists follow the plan: roles, moments, tiers and the horizon's months */
static void
plan_lists_changed_cb (HrScenarioEditor *self)
{
  GListModel *segments;
  GtkWidget *child;
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  guint month = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->month));

  if (self->plan == NULL)
    return;
  self->building = TRUE;
  set_names (self->role, hr_plan_get_roles (self->plan), NULL);
  set_names (self->role_all, hr_plan_get_roles (self->plan), _("All roles"));
  set_names (self->moment, hr_plan_get_moments (self->plan), NULL);
  set_names (self->from, hr_plan_get_segments (self->plan), NULL);
  set_names (self->to, hr_plan_get_segments (self->plan), NULL);
  for (guint t = 0; t < hr_plan_get_months (self->plan); t++)
    {
      g_autofree char *label = hr_format_month (hr_plan_get_start (self->plan) + t, "%B %Y");
      gtk_string_list_append (months, label);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->month), G_LIST_MODEL (months));
  if (month != GTK_INVALID_LIST_POSITION && month < hr_plan_get_months (self->plan))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->month), month);

  /* one check per tier after "All tiers" */
  while ((child = gtk_widget_get_last_child (self->tiers_box)) && child != self->all_tiers)
    gtk_box_remove (GTK_BOX (self->tiers_box), child);
  g_ptr_array_set_size (self->tier_checks, 0);
  segments = hr_plan_get_segments (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);
      GtkWidget *check = gtk_check_button_new_with_label (hr_segment_get_name (segment));

      gtk_widget_set_name (check, hr_item_get_id (HR_ITEM (segment)));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_preview), self);
      gtk_box_append (GTK_BOX (self->tiers_box), check);
      g_ptr_array_add (self->tier_checks, check);
    }
  self->building = FALSE;
  all_tiers_toggled_cb (self);
  moment_selected_cb (self);
}

static GtkWidget *
add_row (HrScenarioEditor *self,
         guint             param_bit,
         const char       *label,
         GtkWidget        *widget)
{
  guint p = param_index (param_bit);
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_halign (widget, GTK_ALIGN_START);
  if (GTK_IS_DROP_DOWN (widget))
    hr_drop_down_set_label (widget, label);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_grid_attach (GTK_GRID (self->grid), title, 0, p, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), widget, 1, p, 1, 1);
  self->rows[p][0] = title;
  self->rows[p][1] = widget;
  if (GTK_IS_DROP_DOWN (widget))
    g_signal_connect_swapped (widget, "notify::selected", G_CALLBACK (update_preview), self);
  else if (GTK_IS_SPIN_BUTTON (widget))
    g_signal_connect_swapped (widget, "value-changed", G_CALLBACK (update_preview), self);
  return widget;
}

static GtkWidget *
spin_new (double min,
          double max,
          double step,
          guint  digits,
          double value)
{
  GtkWidget *w = gtk_spin_button_new_with_range (min, max, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (w), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (w), value);
  gtk_editable_set_width_chars (GTK_EDITABLE (w), 6);
  return w;
}

static GtkWidget *
choices_new (const char * const *labels)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i]; i++)
    gtk_string_list_append (names, _(labels[i]));
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
}

static void
build_controls (HrScenarioEditor *self)
{
  GtkWidget *kinds = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *action_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *action_label = gtk_label_new (_("Change"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (kinds, "linked");
  for (guint k = 0; k < HR_N_CHANGE_KINDS; k++)
    {
      self->kinds[k] = gtk_toggle_button_new_with_label (_(kind_labels[k]));
      gtk_widget_set_tooltip_text (self->kinds[k], _(kind_help[k]));
      if (k > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->kinds[k]), GTK_TOGGLE_BUTTON (self->kinds[0]));
      g_signal_connect (self->kinds[k], "toggled", G_CALLBACK (kind_toggled_cb), self);
      gtk_box_append (GTK_BOX (kinds), self->kinds[k]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (kinds), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of change"), -1);
  gtk_box_append (GTK_BOX (self->box), kinds);

  self->kind_help = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->kind_help), 0);
  gtk_label_set_wrap (GTK_LABEL (self->kind_help), TRUE);
  gtk_widget_add_css_class (self->kind_help, "dim-label");
  gtk_box_append (GTK_BOX (self->box), self->kind_help);

  self->action = gtk_drop_down_new (NULL, NULL);
  hr_drop_down_set_label (self->action, _("Change"));
  g_signal_connect_swapped (self->action, "notify::selected", G_CALLBACK (update_rows), self);
  gtk_widget_add_css_class (action_label, "dim-label");
  gtk_box_append (GTK_BOX (action_row), action_label);
  gtk_box_append (GTK_BOX (action_row), self->action);
  gtk_box_append (GTK_BOX (self->box), action_row);

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_box_append (GTK_BOX (self->box), self->grid);

  self->role = add_row (self, P_ROLE, _("Role"), gtk_drop_down_new (NULL, NULL));
  self->role_all = add_row (self, P_ROLE_ALL, _("Roles"), gtk_drop_down_new (NULL, NULL));
  self->moment = add_row (self, P_MOMENT, _("Moment"), gtk_drop_down_new (NULL, NULL));
  g_signal_connect_swapped (self->moment, "notify::selected", G_CALLBACK (moment_selected_cb), self);
  self->month = add_row (self, P_MONTH, _("First day in"), gtk_drop_down_new (NULL, NULL));
  /* below 0 allowed, so what was typed is refused with a reason rather
   * than silently made 0 */
  self->count = add_row (self, P_COUNT, _("People"), spin_new (-10000, 10000, 1, 1, 1));
  self->from = add_row (self, P_FROM, _("From tier"), gtk_drop_down_new (NULL, NULL));
  self->to = add_row (self, P_TO, _("To tier"), gtk_drop_down_new (NULL, NULL));
  self->at = add_row (self, P_AT, _("First in tenure month"), spin_new (0, 240, 1, 0, 0));
  self->every = add_row (self, P_EVERY, _("Every (months, 0 = once)"), spin_new (0, 120, 1, 0, 0));
  self->mode = add_row (self, P_MODE, _("Delivered"), choices_new (hr_mode_choice_labels));
  g_signal_connect_swapped (self->mode, "notify::selected", G_CALLBACK (update_rows), self);
  self->factor = add_row (self, P_FACTOR, _("Effort factor"), spin_new (0.05, 10, 0.05, 2, 1));
  self->group = add_row (self, P_GROUP, _("Accounts per session"), spin_new (1, 1000, 1, 0, 10));
  self->part = add_row (self, P_PART, _("Hours of"), choices_new (part_labels));
  {
    GtkWidget *with_unit = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    self->percent = spin_new (-100, 1000, 5, 0, 20);
    g_signal_connect_swapped (self->percent, "value-changed", G_CALLBACK (update_preview), self);
    gtk_box_append (GTK_BOX (with_unit), self->percent);
    gtk_box_append (GTK_BOX (with_unit), gtk_label_new ("%"));
    add_row (self, P_PERCENT, _("Change by"), with_unit);
  }
  self->months = add_row (self, P_MONTHS, _("Lead time (months)"), spin_new (0, 36, 1, 0, 3));

  /* one tier a line: any number of tiers fits, in any language */
  self->tiers_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->all_tiers = gtk_check_button_new_with_label (_("All tiers"));
  gtk_widget_set_name (self->all_tiers, "all-tiers");
  g_signal_connect_swapped (self->all_tiers, "toggled", G_CALLBACK (all_tiers_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->tiers_box), self->all_tiers);
  add_row (self, P_TIERS, _("Tiers"), self->tiers_box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->percent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Percentage"), -1);

  self->preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->preview), 0);
  gtk_label_set_wrap (GTK_LABEL (self->preview), TRUE);
  gtk_widget_add_css_class (self->preview, "hr-change-preview");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Change preview"), -1);
  gtk_box_append (GTK_BOX (self->box), self->preview);

  self->add = gtk_button_new_with_mnemonic (_("_Add to Scenario"));
  gtk_widget_add_css_class (self->add, "suggested-action");
  g_signal_connect_swapped (self->add, "clicked", G_CALLBACK (hr_scenario_editor_apply), self);
  gtk_box_append (GTK_BOX (buttons), self->add);
  gtk_box_append (GTK_BOX (self->box), buttons);
}

static void
hr_scenario_editor_dispose (GObject *object)
{
  HrScenarioEditor *self = HR_SCENARIO_EDITOR (object);

  hr_scenario_editor_set_context (self, NULL, NULL);
  g_clear_object (&self->scenario);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->tier_checks, g_ptr_array_unref);
  g_clear_pointer (&self->action_map, g_ptr_array_unref);
  G_OBJECT_CLASS (hr_scenario_editor_parent_class)->dispose (object);
}

static void
hr_scenario_editor_class_init (HrScenarioEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_scenario_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hrscenarioeditor");
}

static void
hr_scenario_editor_init (HrScenarioEditor *self)
{
  self->tier_checks = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  build_controls (self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->kinds[0]), TRUE);
}

GtkWidget *
hr_scenario_editor_new (void)
{
  return g_object_new (HR_TYPE_SCENARIO_EDITOR, NULL);
}

void
hr_scenario_editor_set_context (HrScenarioEditor *self,
                                HrPlan           *plan,
                                HrUndoStack      *undo)
{
  g_return_if_fail (HR_IS_SCENARIO_EDITOR (self));

  if (self->plan)
    {
      g_signal_handlers_disconnect_by_data (hr_plan_get_roles (self->plan), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_moments (self->plan), self);
      g_signal_handlers_disconnect_by_data (hr_plan_get_segments (self->plan), self);
      g_signal_handlers_disconnect_by_data (self->plan, self);
    }
  g_set_object (&self->plan, plan);
  g_set_object (&self->undo, undo);
  if (plan == NULL)
    return;
  g_signal_connect_swapped (hr_plan_get_roles (plan), "items-changed", G_CALLBACK (plan_lists_changed_cb), self);
  g_signal_connect_swapped (hr_plan_get_moments (plan), "items-changed", G_CALLBACK (plan_lists_changed_cb), self);
  g_signal_connect_swapped (hr_plan_get_segments (plan), "items-changed", G_CALLBACK (plan_lists_changed_cb), self);
  g_signal_connect_swapped (plan, "notify::start", G_CALLBACK (plan_lists_changed_cb), self);
  g_signal_connect_swapped (plan, "notify::months", G_CALLBACK (plan_lists_changed_cb), self);
  plan_lists_changed_cb (self);
}

void
hr_scenario_editor_set_scenario (HrScenarioEditor *self,
                                 HrScenario       *scenario)
{
  g_return_if_fail (HR_IS_SCENARIO_EDITOR (self));

  if (self->scenario)
    g_signal_handlers_disconnect_by_func (self->scenario, update_preview, self);
  g_set_object (&self->scenario, scenario);
  /* a change added (or undone) may be the one previewed */
  if (scenario)
    g_signal_connect_object (scenario, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  update_preview (self);
}

void
hr_scenario_editor_set_kind (HrScenarioEditor *self,
                             HrChangeKind      kind)
{
  g_return_if_fail (kind < HR_N_CHANGE_KINDS);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->kinds[kind]), TRUE);
}

gboolean
hr_scenario_editor_apply (HrScenarioEditor *self)
{
  g_autofree char *message = NULL;
  g_autoptr(JsonArray) changes = hr_scenario_editor_build (self, &message);
  g_autoptr(JsonArray) all = json_array_new ();
  g_autoptr(HrPlan) applied = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *old;

  if (changes == NULL || self->scenario == NULL)
    return FALSE;
  old = hr_scenario_get_changes (self->scenario);
  for (guint i = 0; i < json_array_get_length (old); i++)
    json_array_add_element (all, json_node_copy (json_array_get_element (old, i)));
  for (guint i = 0; i < json_array_get_length (changes); i++)
    json_array_add_element (all, json_node_copy (json_array_get_element (changes, i)));

  /* try it on a copy first, so a refused change never reaches the plan */
  {
    g_autoptr(HrPlan) copy = hr_plan_copy (self->plan);
    HrScenario *twin = hr_plan_find_scenario (copy, hr_item_get_id (HR_ITEM (self->scenario)));

    hr_scenario_set_changes (twin, all);
    applied = hr_plan_apply_scenario (copy, hr_item_get_id (HR_ITEM (self->scenario)), &error);
  }
  if (applied == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->preview), error->message);
      return FALSE;
    }
  hr_scenario_set_changes_undoable (self->undo, self->scenario, all);
  return TRUE;
}

GtkWidget *
hr_scenario_editor_get_widget (HrScenarioEditor *self,
                               const char       *name)
{
  g_return_val_if_fail (HR_IS_SCENARIO_EDITOR (self), NULL);

  for (guint k = 0; k < HR_N_CHANGE_KINDS; k++)
    if (g_str_has_prefix (name, "kind-") && g_str_equal (name + 5, kind_names[k]))
      return self->kinds[k];
  if (g_str_has_prefix (name, "tier-"))
    for (guint i = 0; i < self->tier_checks->len; i++)
      if (g_str_equal (gtk_widget_get_name (self->tier_checks->pdata[i]), name + 5))
        return self->tier_checks->pdata[i];
#define W(n) if (g_str_equal (name, #n)) return self->n;
  W (action) W (role) W (role_all) W (month) W (count) W (moment) W (from) W (to) W (at) W (every)
  W (group) W (percent) W (part) W (mode) W (factor) W (months) W (preview) W (add) W (all_tiers)
#undef W
  return NULL;
}

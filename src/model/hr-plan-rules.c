/* hr-plan-rules.c: the rules of spec §2 that span fields and items */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-format.h"
#include "hr-json.h"

#include "hr-plan-private.h"

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, "");
  g_free ((*error)->message);
  (*error)->message = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

/* The item's own name, when it has one, for messages */
static const char *
item_name (gpointer item)
{
  const HrField *field = hr_item_class_find_field (HR_ITEM_GET_CLASS (item), "name");
  const char *name = field ? HR_ITEM_FIELD (item, field, char *) : NULL;

  return name && *name ? name : NULL;
}

/* "CSMs’ manages: no role with id … (roles[lead].manages)"; @field may be NULL */
static gboolean
fail_item (GError    **error,
           gpointer    item,
           const char *path,
           const char *field,
           const char *format,
           ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail_item (GError    **error,
           gpointer    item,
           const char *path,
           const char *field,
           const char *format,
           ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  {
    g_autofree char *message = hr_item_field_message (item_name (item), path, field, problem);
    return fail (error, "%s", message);
  }
}

static char *
role_choices (HrPlan   *plan,
              gboolean  workers_only)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      if (workers_only && role->manages)
        continue;
      g_string_append_printf (out, "%s\"%s\"", out->len ? ", " : "", role->id);
    }
  return g_string_free (out, FALSE);
}

/* A role that carries moments or reactive work: exists, not a manager */
static gboolean
check_work_role (HrPlan      *plan,
                 gpointer     item,
                 const char  *path,
                 const char  *field,
                 const char  *role_id,
                 GError     **error)
{
  HrRole *role;
  g_autofree char *choices = NULL;

  if (role_id == NULL)
    return TRUE;
  role = hr_plan_find_role (plan, role_id);
  choices = role_choices (plan, TRUE);
  if (role == NULL)
    return fail_item (error, item, path, field, _("no role with id \"%s\"; expected one of %s"),
                      role_id, choices);
  if (role->manages)
    return fail_item (error, item, path, field, _("\"%s\" is sized by span of control and carries "
                      "no work; expected one of %s"), role_id, choices);
  return TRUE;
}

static gboolean
check_roles (HrPlan  *plan,
             GError **error)
{
  GListModel *roles = hr_plan_get_roles (plan);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (role), "roles", i);

      if (role->indirect + role->unplanned >= 1)
        return fail_item (error, role, path, NULL, _("indirect + unplanned must be below 1, got %g + %g"),
                          role->indirect, role->unplanned);
      if (role->manages)
        {
          HrRole *managed = hr_plan_find_role (plan, role->manages);
          g_autofree char *choices = role_choices (plan, TRUE);

          if (managed == NULL)
            return fail_item (error, role, path, "manages", _("no role with id \"%s\"; expected one of %s"),
                              role->manages, choices);
          if (managed->manages)
            return fail_item (error, role, path, "manages", _("\"%s\" is itself sized by span of "
                              "control; expected one of %s"), role->manages, choices);
        }
    }
  if (hr_plan_get_work_role (plan) == NULL)
    return fail (error, _("roles: every role has \"manages\"; expected at least one role that does the work"));
  return TRUE;
}

static gboolean
check_segments (HrPlan  *plan,
                GError **error)
{
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (segment), "segments", i);

      if (!check_work_role (plan, segment, path, "reactive_role", segment->reactive_role, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_moments (HrPlan  *plan,
               GError **error)
{
  GListModel *moments = hr_plan_get_moments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (moment), "moments", i);

      if (!check_work_role (plan, moment, path, "role", moment->role, error))
        return FALSE;
      if (moment->until >= 0 && moment->until < moment->at)
        return fail_item (error, moment, path, "until", _("must be at least \"at\" (%d) or null, got %d"),
                          moment->at, moment->until);
      for (guint j = 0; j < moment->tier_ids->len; j++)
        {
          const char *segment_id = moment->tier_ids->pdata[j];

          if (hr_plan_find_segment (plan, segment_id) == NULL)
            return fail_item (error, moment, path, "tiers", _("no segment with id \"%s\"; expected a "
                              "segment of the plan"), segment_id);
        }
    }
  return TRUE;
}

static gboolean
check_hires (HrPlan  *plan,
             GError **error)
{
  GListModel *hires = hr_plan_get_hires (plan);

  for (guint i = 0; i < g_list_model_get_n_items (hires); i++)
    {
      g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
      g_autofree char *path = hr_item_dup_path (HR_ITEM (hire), "hires", i);

      if (hr_plan_find_role (plan, hire->role) == NULL)
        {
          g_autofree char *choices = role_choices (plan, FALSE);
          return fail (error, _("%s.role: no role with id \"%s\"; expected one of %s"),
                       path, hire->role, choices);
        }
      if (hire->month < hr_plan_get_start (plan))
        {
          g_autofree char *start = hr_month_format (hr_plan_get_start (plan));
          g_autofree char *month = hr_month_format (hire->month);
          return fail (error, _("%s.month: must be %s (the plan's start) or later, got \"%s\""),
                       path, start, month);
        }
    }
  return TRUE;
}

/* --- Headroom's own bounds, beyond the spec ---
 *
 * They keep every number the engine computes finite and the planner
 * quick for any plan, and sit far beyond what a CS plan reaches; the
 * reasoning is in docs/plan-model-notes.md. A floor ("0 or at least")
 * keeps a divisor or a product from vanishing into rounding noise. */

typedef struct {
  const char *kind;
  const char *field;
  double      floor;     /* a positive value below this is refused; 0: none */
  double      most;      /* HUGE_VAL: none */
  double      least;     /* any value below this is refused; -HUGE_VAL: none */
} Bound;

static const Bound bounds[] = {
  { "role", "headcount", 1e-6, HR_MAX_PEOPLE, -HUGE_VAL },
  { "role", "hours_per_month", 0, 744, 1 },
  { "role", "shrinkage", 0, 0.95, -HUGE_VAL },
  { "role", "cost_per_year", 0, HR_MAX_MONEY / 10, -HUGE_VAL },
  { "role", "ramp", 0.001, HUGE_VAL, -HUGE_VAL },
  { "role", "target_load", 0, HUGE_VAL, 0.05 },
  { "role", "arr_per_fte", 0, HR_MAX_MONEY * 100, 1 },
  { "role", "span", 0, 10000, 0.1 },
  { "segment", "new_per_month", 1e-6, HR_MAX_ACCOUNTS, -HUGE_VAL },
  { "segment", "new_by_month", 1e-6, HR_MAX_ACCOUNTS, -HUGE_VAL },
  { "segment", "growth", 0, 10, -0.5 },
  { "segment", "acv", 1e-6, HR_MAX_MONEY, -HUGE_VAL },
  { "segment", "expansion", 0, 10, -0.5 },
  { "segment", "reactive_hours", 0, HR_MAX_HOURS, -HUGE_VAL },
  { "segment", "complexity", 0, 1000, -HUGE_VAL },
  { "moment", "prep", 0, HR_MAX_HOURS, -HUGE_VAL },
  { "moment", "exec", 0, HR_MAX_HOURS, -HUGE_VAL },
  { "moment", "follow", 0, HR_MAX_HOURS, -HUGE_VAL },
  { "treatment", "factor", 0, 1000, -HUGE_VAL },
  { "hire", "count", 1e-6, HR_MAX_PEOPLE, -HUGE_VAL },
};

/* 744, 10,000,000,000 or 0.000001: no exponent, no trailing zeros */
static char *
format_bound (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (fabs (value) >= 1 || value == 0)
    return hr_format_number (value, 0);
  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  for (end = buffer + strlen (buffer) - 1; *end == '0'; end--)
    *end = '\0';
  return g_strdup (buffer);
}

static char *
bound_problem (const Bound *bound,
               double       value)
{
  g_autofree char *got = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  hr_json_format_number (buffer, sizeof buffer, value);
  got = g_strdup (buffer);
  if (value > bound->most)
    {
      g_autofree char *most = format_bound (bound->most);
      /* Translators: a limit of the app beyond the file format's own rules */
      return g_strdup_printf (_("must be at most %s, got %s: Headroom’s limit, far beyond any real plan"),
                              most, got);
    }
  if (value < bound->least)
    {
      g_autofree char *least = format_bound (bound->least);
      return g_strdup_printf (_("must be at least %s, got %s: Headroom’s limit, far beyond any real plan"),
                              least, got);
    }
  if (value > 0 && value < bound->floor)
    {
      g_autofree char *floor_text = format_bound (bound->floor);
      return g_strdup_printf (_("must be 0 or at least %s, got %s: Headroom’s limit, far beyond any real plan"),
                              floor_text, got);
    }
  return NULL;
}

/* The first value of @item's fields that breaks a bound */
static gboolean
check_item_bounds (gpointer     item,
                   const char  *path,
                   GError     **error)
{
  HrItemClass *klass = HR_ITEM_GET_CLASS (item);

  for (guint b = 0; b < G_N_ELEMENTS (bounds); b++)
    {
      const HrField *field;
      g_autofree char *problem = NULL;

      if (!g_str_equal (bounds[b].kind, klass->kind) ||
          !(field = hr_item_class_find_field (klass, bounds[b].field)))
        continue;
      if (field->type == HR_FIELD_NUMBER)
        {
          double value = HR_ITEM_FIELD (item, field, double);
          if (!isnan (value))
            problem = bound_problem (&bounds[b], value);
        }
      else if (field->type == HR_FIELD_NUMBER_LIST && HR_ITEM_FIELD (item, field, GArray *))
        {
          GArray *list = HR_ITEM_FIELD (item, field, GArray *);
          for (guint i = 0; i < list->len && problem == NULL; i++)
            {
              g_autofree char *element = bound_problem (&bounds[b], g_array_index (list, double, i));
              if (element)
                /* Translators: e.g. "element 2 must be at most 1000000, got …" */
                problem = g_strdup_printf (_("element %u %s"), i + 1, element);
            }
        }
      if (problem)
        return fail_item (error, item, path, bounds[b].field, "%s", problem);
    }
  return TRUE;
}

/* Accounts at month 0 plus every account won over the horizon: more than
 * any month can hold, whatever the churn */
static gboolean
check_accounts_bound (HrPlan     *plan,
                      HrSegment  *segment,
                      const char *path,
                      GError    **error)
{
  guint n_cohorts, T = hr_plan_get_months (plan);
  const HrCohort *cohorts = hr_segment_get_cohorts (segment, &n_cohorts);
  double total = 0;

  for (guint i = 0; i < n_cohorts; i++)
    {
      if (cohorts[i].count > 0 && cohorts[i].count < 1e-6)
        return fail_item (error, segment, path, "accounts",
                          _("must be 0 or at least 0.000001 accounts in a cohort, got %g: "
                            "Headroom’s limit, far beyond any real plan"), cohorts[i].count);
      total += cohorts[i].count;
    }
  for (guint t = 0; t < T; t++)
    {
      if (segment->new_by_month && segment->new_by_month->len > 0)
        total += g_array_index (segment->new_by_month, double,
                                MIN (t, segment->new_by_month->len - 1));
      else
        total += segment->new_per_month * pow (1 + segment->growth, t);
    }
  if (!(total <= HR_MAX_ACCOUNTS))
    {
      g_autofree char *most = hr_format_number (HR_MAX_ACCOUNTS, 0);
      g_autofree char *got = total < 1e15 ? hr_format_number (total, 0) : g_strdup_printf ("%.3g", total);
      return fail_item (error, segment, path, NULL,
                        _("the accounts at the start and those won over the plan add up to %s; "
                          "Headroom plans at most %s accounts in a segment, far beyond any real "
                          "plan: lower the accounts, new_per_month or growth"),
                        isfinite (total) ? got : "∞", most);
    }
  return TRUE;
}

static gboolean
check_bounds (HrPlan  *plan,
              GError **error)
{
  GListModel *lists[] = { hr_plan_get_roles (plan), hr_plan_get_segments (plan),
                          hr_plan_get_moments (plan), hr_plan_get_hires (plan) };
  const char *names[] = { "roles", "segments", "moments", "hires" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(HrItem) item = g_list_model_get_item (lists[l], i);
        g_autofree char *path = hr_item_dup_path (item, names[l], i);

        if (!check_item_bounds (item, path, error))
          return FALSE;
        if (HR_IS_ROLE (item) && HR_ROLE (item)->indirect + HR_ROLE (item)->unplanned > 0.95)
          return fail_item (error, item, path, NULL,
                            _("indirect + unplanned must be at most 0.95, got %g + %g: "
                              "Headroom’s limit, far beyond any real plan"),
                            HR_ROLE (item)->indirect, HR_ROLE (item)->unplanned);
        if (HR_IS_SEGMENT (item) && !check_accounts_bound (plan, HR_SEGMENT (item), path, error))
          return FALSE;
        if (HR_IS_MOMENT (item))
          {
            HrMoment *moment = HR_MOMENT (item);
            for (guint j = 0; j < moment->treatments->len; j++)
              {
                g_autofree char *tier = g_strdup_printf ("%s.tiers[%s]", path,
                                                         (char *) moment->tier_ids->pdata[j]);
                if (!check_item_bounds (moment->treatments->pdata[j], tier, error))
                  return FALSE;
              }
          }
      }
  return TRUE;
}

gboolean
hr_plan_check_rules (HrPlan  *plan,
                     GError **error)
{
  const char *currency = hr_plan_get_currency (plan);

  if (currency == NULL || strlen (currency) != 3 ||
      !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) || !g_ascii_isupper (currency[2]))
    return fail (error, _("currency: must be an ISO 4217 code such as \"USD\" or \"EUR\", got \"%s\""),
                 currency ? currency : "");

  return check_roles (plan, error) &&
         check_segments (plan, error) &&
         check_moments (plan, error) &&
         check_hires (plan, error) &&
         check_bounds (plan, error);
}

GPtrArray *
hr_plan_list_work_role_users (HrPlan *self)
{
  GListModel *lists[] = { hr_plan_get_moments (self), hr_plan_get_segments (self) };
  const char *properties[] = { "role", "reactive-role" };
  GPtrArray *users = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HR_IS_PLAN (self), users);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *role = NULL;

        g_object_get (item, properties[l], &role, NULL);
        if (role == NULL || *role == '\0')
          g_ptr_array_add (users, g_steal_pointer (&item));
      }
  return users;
}

HrRole *
hr_plan_get_work_role_without (HrPlan *self,
                               HrRole *role)
{
  GListModel *roles;

  g_return_val_if_fail (HR_IS_PLAN (self), NULL);

  roles = hr_plan_get_roles (self);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) other = g_list_model_get_item (roles, i);
      if (other != role && !hr_role_is_manager (other))
        return other;   /* the plan holds it */
    }
  return NULL;
}

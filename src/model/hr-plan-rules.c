/* hr-plan-rules.c: the rules of spec §2 that span fields and items */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hr-format.h"

#include "hr-portfolio-private.h"

gboolean
hr_plan_fail (GError    **error,
              const char *format,
              ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, message);
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

gboolean
hr_plan_fail_item (GError    **error,
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
  /* a rule's problem is not always a "must be": after a colon, it reads */
  if (item_name (item) && field)
    {
      g_autofree char *label = hr_item_label_field (item_name (item), field);
      /* Translators: a field of a named item, what is wrong, then where in the file, e.g.
       * "Business review’s role: no role with id "am"; … (moments[qbr].role)" */
      return hr_plan_fail (error, _("%s: %s (%s.%s)"), label, problem, path, field);
    }
  {
    g_autofree char *message = hr_item_field_message (item_name (item), path, field, problem);
    return hr_plan_fail (error, "%s", message);
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
      if (workers_only && role->data.manages)
        continue;
      g_string_append_printf (out, "%s\"%s\"", out->len ? ", " : "", role->data.id);
    }
  return g_string_free (out, FALSE);
}

/* What a scenario's plan kept of a baseline that passed every rule: a
 * rule that reads only what was kept holds again and is not checked */
typedef struct
{
  GHashTable *changed;                 /* the plan's own items; the others are the baseline's */
  gboolean    ids[HR_PLAN_N_LISTS];    /* each list has the baseline's ids, in order */
  gboolean    role_refs;               /* and the roles their "manages" */
  gboolean    start;
  gboolean    months;
} Kept;

/* A baseline's item, whose rules read only what was kept */
static gboolean
is_kept (const Kept *kept,
         gpointer    item)
{
  return kept && !g_hash_table_contains (kept->changed, item);
}

static gboolean
same_ids (GListModel *list,
          GListModel *before)
{
  guint n = g_list_model_get_n_items (list);

  if (n != g_list_model_get_n_items (before))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (list, i);
      g_autoptr(HrItem) was = g_list_model_get_item (before, i);

      if (item != was && g_strcmp0 (hr_item_get_id (item), hr_item_get_id (was)) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_managers (GListModel *roles,
               GListModel *before)
{
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      g_autoptr(HrRole) was = g_list_model_get_item (before, i);

      if (g_strcmp0 (role->data.manages, was->data.manages) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
find_kept (Kept       *kept,
           HrPlan     *plan,
           HrPlan     *baseline,
           GHashTable *changed)
{
  kept->changed = changed;
  for (HrPlanList l = HR_PLAN_ROLES; l < HR_PLAN_N_LISTS; l++)
    kept->ids[l] = same_ids (hr_plan_get_list (plan, l), hr_plan_get_list (baseline, l));
  kept->role_refs = kept->ids[HR_PLAN_ROLES] &&
                    same_managers (hr_plan_get_roles (plan), hr_plan_get_roles (baseline));
  kept->start = hr_plan_get_start (plan) == hr_plan_get_start (baseline);
  kept->months = hr_plan_get_months (plan) == hr_plan_get_months (baseline);
}

/* Whether the role exists and is not a manager; NULL is the work role,
 * which a scenario may have changed */
static gboolean
carries_work (HrPlan     *plan,
              const char *role_id)
{
  HrRole *role;

  if (role_id == NULL)
    role_id = hr_plan_get_work_role_id (plan);
  if (role_id == NULL)
    return TRUE;
  role = hr_plan_find_role (plan, role_id);
  return role && !role->data.manages;
}

/* A role that carries moments or reactive work: exists, not a manager */
gboolean
hr_plan_check_work_role (HrPlan      *plan,
                         gpointer     item,
                         const char  *path,
                         const char  *field,
                         const char  *role_id,
                         GError     **error)
{
  HrRole *role;
  g_autofree char *choices = NULL;

  if (carries_work (plan, role_id))
    return TRUE;
  if (role_id == NULL)
    role_id = hr_plan_get_work_role_id (plan);
  role = hr_plan_find_role (plan, role_id);
  choices = role_choices (plan, TRUE);
  if (role == NULL)
    return hr_plan_fail_item (error, item, path, field, _("no role with id \"%s\"; expected one of %s"),
                      role_id, choices);
  if (role->data.manages)
    return hr_plan_fail_item (error, item, path, field, _("\"%s\" is sized by span of control and carries "
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
      HrRole *managed = role->data.manages ? hr_plan_find_role (plan, role->data.manages) : NULL;
      gboolean shares_fit = !(role->data.indirect + role->data.unplanned >= 1);
      gboolean manages_fits = role->data.manages == NULL || (managed && !managed->data.manages);
      g_autofree char *path = NULL;
      g_autofree char *choices = NULL;

      if (shares_fit && manages_fits)
        continue;
      /* a path only for the message */
      path = hr_item_dup_path (HR_ITEM (role), "roles", i);
      if (!shares_fit)
        return hr_plan_fail_item (error, role, path, NULL, _("indirect + unplanned must be below 1, got %g + %g"),
                          role->data.indirect, role->data.unplanned);
      choices = role_choices (plan, TRUE);
      if (managed == NULL)
        return hr_plan_fail_item (error, role, path, "manages", _("no role with id \"%s\"; expected one of %s"),
                          role->data.manages, choices);
      return hr_plan_fail_item (error, role, path, "manages", _("\"%s\" is itself sized by span of "
                        "control; expected one of %s"), role->data.manages, choices);
    }
  if (hr_plan_get_first_work_role (plan) == NULL)
    return hr_plan_fail (error, _("roles: every role has \"manages\"; expected at least one role that does the work"));
  return TRUE;
}

static gboolean
check_segments (HrPlan      *plan,
                const Kept  *kept,
                GError     **error)
{
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);
      g_autofree char *path = NULL;

      if ((is_kept (kept, segment) && kept->role_refs) || carries_work (plan, segment->data.reactive_role))
        continue;
      path = hr_item_dup_path (HR_ITEM (segment), "segments", i);
      return hr_plan_check_work_role (plan, segment, path, "reactive_role", segment->data.reactive_role, error);
    }
  return TRUE;
}

static const char *
unknown_tier (HrPlan   *plan,
              HrMoment *moment)
{
  for (guint j = 0; j < moment->tier_ids->len; j++)
    if (hr_plan_find_position (plan, HR_PLAN_SEGMENTS, moment->tier_ids->pdata[j]) < 0)
      return moment->tier_ids->pdata[j];
  return NULL;
}

static gboolean
check_moments (HrPlan      *plan,
               const Kept  *kept,
               GError     **error)
{
  GListModel *moments = hr_plan_get_moments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      gboolean until_fits = moment->data.until < 0 || moment->data.until >= moment->data.at;
      g_autofree char *path = NULL;
      const char *segment_id;

      if (is_kept (kept, moment) && kept->role_refs && kept->ids[HR_PLAN_SEGMENTS])
        continue;
      if (carries_work (plan, moment->data.role) && until_fits && !unknown_tier (plan, moment))
        continue;
      /* a path only for the message */
      path = hr_item_dup_path (HR_ITEM (moment), "moments", i);
      if (!hr_plan_check_work_role (plan, moment, path, "role", moment->data.role, error))
        return FALSE;
      if (!until_fits)
        return hr_plan_fail_item (error, moment, path, "until", _("must be at least \"at\" (%d) or null, got %d"),
                          moment->data.at, moment->data.until);
      segment_id = unknown_tier (plan, moment);
      return hr_plan_fail_item (error, moment, path, "tiers", _("no segment with id \"%s\"; expected a "
                        "segment of the plan"), segment_id);
    }
  return TRUE;
}

static gboolean
check_hires (HrPlan      *plan,
             const Kept  *kept,
             GError     **error)
{
  GListModel *hires = hr_plan_get_hires (plan);

  for (guint i = 0; i < g_list_model_get_n_items (hires); i++)
    {
      g_autoptr(HrHire) hire = g_list_model_get_item (hires, i);
      g_autofree char *path = NULL;

      if ((is_kept (kept, hire) && kept->ids[HR_PLAN_ROLES] && kept->start) ||
          (hr_plan_find_role (plan, hire->data.role) && hire->data.month >= hr_plan_get_start (plan)))
        continue;
      path = hr_item_dup_path (HR_ITEM (hire), "hires", i);
      if (hr_plan_find_role (plan, hire->data.role) == NULL)
        {
          g_autofree char *choices = role_choices (plan, FALSE);
          return hr_plan_fail (error, _("%s.role: no role with id \"%s\"; expected one of %s"),
                       path, hire->data.role, choices);
        }
      if (hire->data.month < hr_plan_get_start (plan))
        {
          g_autofree char *start = hr_month_format (hr_plan_get_start (plan));
          g_autofree char *month = hr_month_format (hire->data.month);
          return hr_plan_fail (error, _("%s.month: must be %s (the plan's start) or later, got \"%s\""),
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

static const HrBound bounds[] = {
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
  { "person", "fte", 0, HUGE_VAL, 0.01 },
  { "person", "max_load", 0, HUGE_VAL, 0.05 },
  { "account", "arr", 0, HR_MAX_MONEY, -HUGE_VAL },
  { "account", "effort_factor", 0, 100, 0.01 },
  { "rule", "factor", 0, 100, 0.01 },
  { "portfolio", "solve_seconds", 0, 3600, 0.01 },
};

const HrBound *
hr_plan_find_bound (const char *kind,
                    const char *field)
{
  for (guint b = 0; kind && b < G_N_ELEMENTS (bounds); b++)
    if (g_str_equal (bounds[b].kind, kind) && g_str_equal (bounds[b].field, field))
      return &bounds[b];
  return NULL;
}

/* Accounts at month 0 plus every account won over the horizon: more than
 * any month can hold, whatever the churn */
static gboolean
check_accounts_bound (HrPlan     *plan,
                      HrSegment  *segment,
                      guint       index,
                      GError    **error)
{
  guint n_cohorts, T = hr_plan_get_months (plan);
  const HrCohort *cohorts = hr_segment_get_cohorts (segment, &n_cohorts);
  double total = 0, grown = 1;
  g_autofree char *path = NULL;

  for (guint i = 0; i < n_cohorts; i++)
    {
      if (cohorts[i].count > 0 && cohorts[i].count < 1e-6)
        {
          path = hr_item_dup_path (HR_ITEM (segment), "segments", index);
          return hr_plan_fail_item (error, segment, path, "accounts",
                            _("must be 0 or at least 0.000001 accounts in a cohort, got %g: "
                            "Headroom’s limit, far beyond any real plan"), cohorts[i].count);
        }
      total += cohorts[i].count;
    }
  for (guint t = 0; t < T; t++)
    {
      GArray *by_month = segment->data.new_by_month;

      if (by_month && by_month->len > 0)
        total += g_array_index (by_month, double, MIN (t, by_month->len - 1));
      else
        {
          /* a bound: the running product is as good as pow () here */
          total += segment->data.new_per_month * grown;
          grown *= 1 + segment->data.growth;
        }
    }
  if (!(total <= HR_MAX_ACCOUNTS))
    {
      g_autofree char *most = hr_format_number (HR_MAX_ACCOUNTS, 0);
      g_autofree char *got = total < 1e15 ? hr_format_number (total, 0) : g_strdup_printf ("%.3g", total);

      path = hr_item_dup_path (HR_ITEM (segment), "segments", index);
      return hr_plan_fail_item (error, segment, path, NULL,
                        _("the accounts at the start and those won over the plan add up to %s; "
                          "Headroom plans at most %s accounts in a segment, far beyond any real "
                          "plan: lower the accounts, new_per_month or growth"),
                        isfinite (total) ? got : "∞", most);
    }
  return TRUE;
}

/* The bounds across fields; each field's own is checked with its value */
static gboolean
check_bounds (HrPlan      *plan,
              const Kept  *kept,
              GError     **error)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GListModel *segments = hr_plan_get_segments (plan);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, i);
      g_autofree char *path = NULL;

      if (is_kept (kept, role) || !(role->data.indirect + role->data.unplanned > 0.95 + 1e-9))
        continue;
      path = hr_item_dup_path (HR_ITEM (role), "roles", i);
      return hr_plan_fail_item (error, role, path, NULL,
                        _("indirect + unplanned must be at most 0.95, got %g + %g: "
                          "Headroom’s limit, far beyond any real plan"),
                        role->data.indirect, role->data.unplanned);
    }
  for (guint i = 0; i < g_list_model_get_n_items (segments); i++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, i);

      if (!(is_kept (kept, segment) && kept->months) && !check_accounts_bound (plan, segment, i, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hr_plan_check_unique (GListModel  *list,
              const char  *array,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HrItem) item = g_list_model_get_item (list, i);
      const char *id = hr_item_get_id (item);

      if (id && !g_hash_table_add (seen, (char *) id))
        return hr_plan_fail (error, _("%s[%u].id: \"%s\" is used twice; ids must be unique within %s"),
                     array, i, id, array);
    }
  return TRUE;
}

static gboolean
check_rules (HrPlan      *plan,
             const Kept  *kept,
             GError     **error)
{
  const char *currency = hr_plan_get_currency (plan);

  if (currency == NULL || strlen (currency) != 3 ||
      !g_ascii_isupper (currency[0]) || !g_ascii_isupper (currency[1]) || !g_ascii_isupper (currency[2]))
    return hr_plan_fail (error, _("currency: must be an ISO 4217 code such as \"USD\" or \"EUR\", got \"%s\""),
                 currency ? currency : "");

  /* the portfolio's rules read roles, segment ids and the horizon */
  return check_roles (plan, error) &&
         check_segments (plan, kept, error) &&
         check_moments (plan, kept, error) &&
         check_hires (plan, kept, error) &&
         check_bounds (plan, kept, error) &&
         ((kept && kept->role_refs && kept->ids[HR_PLAN_SEGMENTS] && kept->start && kept->months) ||
          hr_plan_check_portfolio_rules (plan, error));
}

gboolean
hr_plan_check_rules (HrPlan  *plan,
                     GError **error)
{
  return check_rules (plan, NULL, error);
}

gboolean
hr_plan_check (HrPlan  *plan,
               GError **error)
{
  return hr_plan_check_changed (plan, NULL, NULL, error);
}

gboolean
hr_plan_check_changed (HrPlan      *plan,
                       HrPlan      *baseline,
                       GHashTable  *changed,
                       GError     **error)
{
  Kept kept;

  if (baseline)
    find_kept (&kept, plan, baseline, changed);
  if (!hr_item_check (HR_ITEM (plan), "", error))
    return FALSE;
  /* in the order loading meets them, so the same error comes first */
  for (HrPlanList l = HR_PLAN_ROLES; l < HR_PLAN_N_LISTS; l++)
    {
      GListModel *list = hr_plan_get_list (plan, l);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(HrItem) item = g_list_model_get_item (list, i);
          g_autofree char *path = NULL;

          if ((changed && !g_hash_table_contains (changed, item)) || hr_item_check (item, NULL, NULL))
            continue;
          path = hr_plan_list_dup_path (l, item, i);
          if (!hr_item_check (item, path, error))
            return FALSE;
        }
      if (l == HR_PLAN_ROLES && g_list_model_get_n_items (list) == 0)
        return hr_plan_fail (error, _("roles: must have at least one role, got []"));
      if (!(baseline && kept.ids[l]) && !hr_plan_check_unique (list, hr_plan_list_name (l), error))
        return FALSE;
    }
  if (!hr_item_check (HR_ITEM (hr_plan_get_portfolio (plan)), "portfolio", error))
    return FALSE;
  return check_rules (plan, baseline ? &kept : NULL, error);
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

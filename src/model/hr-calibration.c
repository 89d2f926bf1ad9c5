/* hr-calibration.c: the plan against the time logged (spec §7)
 *
 * Pairs (account, month) are walked twice: every pair of the period for
 * what was due and what the model designs, and the logged pairs (moment
 * entries merged by account, month and moment) for what was delivered and
 * how long it took. An account's hours come from HrAccountHours, as the
 * books' do.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>

#include "hr-account-hours.h"
#include "hr-calibration.h"
#include "hr-format.h"
#include "hr-json.h"
#include "hr-portfolio-private.h"
#include "hr-time-mapping.h"

/* what an entry's activity is, besides a moment index ≥ 0 */
enum {
  KIND_REACTIVE = -1,
  KIND_INDIRECT = -2,
  KIND_UNPLANNED = -3,
  KIND_LEAVE = -4,
  KIND_UNKNOWN = -5,
};

typedef struct {
  guint  role;
  double fte;
} Person;

typedef struct {
  guint  segment;
  int    start;        /* absolute */
  double multiplier;   /* M */
} Account;

/* one moment entry on a known account in a month it exists */
typedef struct {
  guint  moment;
  guint  account;
  int    month;
  double hours;
} Logged;

/* what a warning is about, counted until the end */
typedef struct {
  guint   line;         /* of its first entry */
  int     kind;         /* WARN_* */
  char   *id;
  guint   entries;
  double  hours;
  int     start;        /* before-start: the account's start */
} Warning;

enum { WARN_PERSON, WARN_ACCOUNT, WARN_BEFORE_START, WARN_ACTIVITY };

struct _HrCalibration
{
  GObject               parent_instance;

  HrTimeLog            *log;
  guint                 min_occurrences;
  int                   from, to;
  char                 *currency;
  char                **scenario_ids;   /* the plan's, when computed */

  guint                 K, R, G;
  double               *role_hours;     /* [role]: H, paid hours a month */
  HrMomentCalibration  *moments;
  HrRoleCalibration    *roles;
  HrSegmentCalibration *segments;
  GArray               *accounts;       /* HrAccountCalibration */
  GArray               *months;         /* HrCalibrationMonth */
  GPtrArray            *warnings;
  JsonArray            *changes;
};

G_DEFINE_FINAL_TYPE (HrCalibration, hr_calibration, G_TYPE_OBJECT)

static void
clear_account (gpointer data)
{
  HrAccountCalibration *account = data;

  g_free (account->id);
  g_free (account->name);
}

static void
hr_calibration_finalize (GObject *object)
{
  HrCalibration *self = HR_CALIBRATION (object);

  g_clear_pointer (&self->log, hr_time_log_unref);
  g_free (self->currency);
  g_strfreev (self->scenario_ids);
  for (guint k = 0; k < self->K; k++)
    {
      g_free (self->moments[k].id);
      g_free (self->moments[k].name);
      g_free (self->moments[k].segments);
    }
  for (guint r = 0; r < self->R; r++)
    {
      g_free (self->roles[r].id);
      g_free (self->roles[r].name);
    }
  for (guint g = 0; g < self->G; g++)
    {
      g_free (self->segments[g].id);
      g_free (self->segments[g].name);
    }
  g_free (self->moments);
  g_free (self->role_hours);
  g_free (self->roles);
  g_free (self->segments);
  g_array_unref (self->accounts);
  g_array_unref (self->months);
  g_ptr_array_unref (self->warnings);
  g_clear_pointer (&self->changes, json_array_unref);

  G_OBJECT_CLASS (hr_calibration_parent_class)->finalize (object);
}

static void
hr_calibration_class_init (HrCalibrationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hr_calibration_finalize;
}

static void
hr_calibration_init (HrCalibration *self)
{
  self->accounts = g_array_new (FALSE, TRUE, sizeof (HrAccountCalibration));
  g_array_set_clear_func (self->accounts, clear_account);
  self->months = g_array_new (FALSE, TRUE, sizeof (HrCalibrationMonth));
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

/* --- figures --- */

/* Sums of one moment, overall or in one tier, while the pairs are read */
typedef struct {
  guint   due, due_accounts, delivered, unscheduled, scheduled;
  double  due_designed;
  int     last_account;   /* the account last counted in due_accounts */
  double  hours, designed, scheduled_hours, scheduled_designed;
  GArray *actuals;   /* double: each logged pair's hours */
} Sums;

static double
quantile (const double *sorted,
          guint         n,
          double        q)
{
  double position = q * (n - 1);
  guint below = (guint) floor (position);
  double fraction = position - below;

  if (below + 1 >= n)
    return sorted[n - 1];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
finish_figures (HrMomentFigures *out,
                Sums            *sums)
{
  guint n = sums->actuals->len;
  double *sorted = (double *) sums->actuals->data;

  out->due = sums->due;
  out->due_accounts = sums->due_accounts;
  out->due_designed = sums->due_designed;
  out->delivered = sums->delivered;
  out->unscheduled = sums->unscheduled;
  out->occurrences = n;
  out->delivery_rate = sums->due > 0 ? (double) sums->delivered / sums->due : NAN;
  out->scheduled = sums->scheduled;
  out->scheduled_hours = sums->scheduled_hours;
  out->scheduled_designed = sums->scheduled_designed;
  out->ratio = sums->scheduled > 0 ? sums->scheduled_hours / sums->scheduled_designed : NAN;
  if (n == 0)
    {
      out->actual_mean = out->actual_median = out->designed_mean = NAN;
      out->low = out->lower_quartile = out->upper_quartile = out->high = NAN;
      return;
    }
  g_array_sort (sums->actuals, compare_doubles);
  out->actual_mean = sums->hours / n;
  out->designed_mean = sums->designed / n;
  /* the median of an even count is the mean of the middle two */
  out->actual_median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  out->low = sorted[0];
  out->high = sorted[n - 1];
  out->lower_quartile = quantile (sorted, n, 0.25);
  out->upper_quartile = quantile (sorted, n, 0.75);
}

static void
add_logged_pair (Sums     *sums,
                 gboolean  due,
                 double    hours,
                 double    designed)
{
  if (due)
    sums->delivered++;
  else
    sums->unscheduled++;
  sums->hours += hours;
  sums->designed += designed;
  if (designed > 0)
    {
      sums->scheduled++;
      sums->scheduled_hours += hours;
      sums->scheduled_designed += designed;
    }
  g_array_append_val (sums->actuals, hours);
}

static void
count_due (Sums   *sums,
           guint   account,
           double  designed)
{
  sums->due++;
  sums->due_designed += designed;
  if (sums->last_account != (int) account)
    {
      sums->due_accounts++;
      sums->last_account = account;
    }
}

static int
compare_logged (gconstpointer a,
                gconstpointer b)
{
  const Logged *x = a, *y = b;

  if (x->moment != y->moment)
    return x->moment < y->moment ? -1 : 1;
  if (x->account != y->account)
    return x->account < y->account ? -1 : 1;
  return (x->month > y->month) - (x->month < y->month);
}

/* --- warnings --- */

static void
warning_free (gpointer data)
{
  Warning *warning = data;

  g_free (warning->id);
  g_free (warning);
}

static void
note (GHashTable *warnings,
      int         kind,
      const char *id,
      guint       line,
      double      hours,
      int         start)
{
  g_autofree char *key = g_strdup_printf ("%d:%s", kind, id);
  Warning *warning = g_hash_table_lookup (warnings, key);

  if (warning == NULL)
    {
      warning = g_new0 (Warning, 1);
      warning->kind = kind;
      warning->id = g_strdup (id);
      warning->line = line;
      warning->start = start;
      g_hash_table_insert (warnings, g_steal_pointer (&key), warning);
    }
  warning->entries++;
  warning->hours += hours;
  warning->line = MIN (warning->line, line);
}

static char *
warning_text (const Warning *w,
              const char    *file)
{
  g_autofree char *hours = hr_calibration_format_hours (w->hours);

  switch (w->kind)
    {
    case WARN_PERSON:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        "%s:%u: unknown person “%s” (%u entry, %s h): counted for moments, not for any role",
        "%s:%u: unknown person “%s” (%u entries, %s h): counted for moments, not for any role", w->entries),
        file, w->line, w->id, w->entries, hours);
    case WARN_ACCOUNT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        "%s:%u: unknown account “%s” (%u entry, %s h): counted for its person’s role, not for moments or tiers",
        "%s:%u: unknown account “%s” (%u entries, %s h): counted for its person’s role, not for moments or tiers",
        w->entries), file, w->line, w->id, w->entries, hours);
    case WARN_BEFORE_START:
      {
        g_autofree char *start = hr_month_format (w->start);
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
          "%s:%u: %u entry (%s h) on account “%s” before its start in %s: counted for roles only",
          "%s:%u: %u entries (%s h) on account “%s” before its start in %s: counted for roles only", w->entries),
          file, w->line, w->entries, hours, w->id, start);
      }
    case WARN_ACTIVITY:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        "%s:%u: activity “%s” is no moment of the plan (%u entry, %s h): not counted",
        "%s:%u: activity “%s” is no moment of the plan (%u entries, %s h): not counted", w->entries),
        file, w->line, w->id, w->entries, hours);
    }
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const Warning *x = *(Warning **) a, *y = *(Warning **) b;

  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return x->kind - y->kind;
}

static void
add_warnings (HrCalibration *self,
              GHashTable    *warnings)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer warning;
  GPtrArray *notes = hr_time_log_get_warnings (self->log);

  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (self->warnings, g_strdup (notes->pdata[i]));
  g_hash_table_iter_init (&iter, warnings);
  while (g_hash_table_iter_next (&iter, NULL, &warning))
    g_ptr_array_add (list, warning);
  g_ptr_array_sort (list, compare_warnings);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (self->warnings, warning_text (list->pdata[i], hr_time_log_get_display_name (self->log)));
}

/* --- the calibrated scenario (spec §7) --- */

static void
add_change (JsonArray  *changes,
            const char *op,
            const char *target,
            double      number)
{
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "op", op);
  json_object_set_string_member (change, "target", target);
  json_object_set_double_member (change, g_str_equal (op, "scale") ? "factor" : "value", number);
  json_array_add_object_element (changes, change);
}

static void
build_changes (HrCalibration *self,
               gboolean       any_reactive)
{
  static const char * const parts[] = { "prep", "exec", "follow" };

  self->changes = json_array_new ();
  for (guint k = 0; k < self->K; k++)
    {
      const HrMomentFigures *all = &self->moments[k].all;

      if (all->occurrences < self->min_occurrences || isnan (all->ratio))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          g_autofree char *target = g_strdup_printf ("moments/%s/%s", self->moments[k].id, parts[i]);
          add_change (self->changes, "scale", target, all->ratio);
        }
    }
  for (guint r = 0; r < self->R; r++)
    {
      const HrRoleCalibration *role = &self->roles[r];

      if (role->worked > 0 && role->indirect_share + role->unplanned_share < 1)
        {
          g_autofree char *indirect = g_strdup_printf ("roles/%s/indirect", role->id);
          g_autofree char *unplanned = g_strdup_printf ("roles/%s/unplanned", role->id);

          add_change (self->changes, "set", indirect, role->indirect_share);
          add_change (self->changes, "set", unplanned, role->unplanned_share);
        }
      if (!isnan (role->shrinkage) && role->shrinkage < 1)
        {
          g_autofree char *shrinkage = g_strdup_printf ("roles/%s/shrinkage", role->id);
          add_change (self->changes, "set", shrinkage, role->shrinkage);
        }
    }
  if (!any_reactive)
    return;
  for (guint g = 0; g < self->G; g++)
    if (self->segments[g].account_months > 0)
      {
        g_autofree char *target = g_strdup_printf ("segments/%s/reactive_hours", self->segments[g].id);
        add_change (self->changes, "set", target, self->segments[g].reactive_per_account);
      }
}

/* --- the computation --- */

static int
activity_kind (GHashTable *moment_index,
               const char *activity)
{
  gpointer k;

  if (g_hash_table_lookup_extended (moment_index, activity, NULL, &k))
    return GPOINTER_TO_INT (k);
  if (g_str_equal (activity, HR_ACTIVITY_REACTIVE))
    return KIND_REACTIVE;
  if (g_str_equal (activity, HR_ACTIVITY_INDIRECT))
    return KIND_INDIRECT;
  if (g_str_equal (activity, HR_ACTIVITY_UNPLANNED))
    return KIND_UNPLANNED;
  if (g_str_equal (activity, HR_ACTIVITY_LEAVE))
    return KIND_LEAVE;
  return KIND_UNKNOWN;
}

static void
copy_plan (HrCalibration  *self,
           HrPlan         *plan,
           HrAccountHours *hours,
           GHashTable     *moment_index,
           GHashTable     *person_index,
           GArray         *people,
           GHashTable     *account_index,
           GArray         *accounts)
{
  GListModel *roles = hr_plan_get_roles (plan);
  GListModel *segments = hr_plan_get_segments (plan);
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *plan_people = hr_plan_get_people (plan);
  GListModel *plan_accounts = hr_plan_get_accounts (plan);
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  self->currency = g_strdup (hr_plan_get_currency (plan));
  self->R = g_list_model_get_n_items (roles);
  self->G = g_list_model_get_n_items (segments);
  self->K = g_list_model_get_n_items (moments);
  self->roles = g_new0 (HrRoleCalibration, self->R + 1);
  self->role_hours = g_new0 (double, self->R + 1);
  self->segments = g_new0 (HrSegmentCalibration, self->G + 1);
  self->moments = g_new0 (HrMomentCalibration, self->K + 1);

  for (guint r = 0; r < self->R; r++)
    {
      g_autoptr(HrRole) role = g_list_model_get_item (roles, r);

      self->roles[r].id = g_strdup (role->data.id);
      self->roles[r].name = g_strdup (hr_role_get_name (role));
      self->roles[r].plan_indirect = role->data.indirect;
      self->roles[r].plan_unplanned = role->data.unplanned;
      self->roles[r].plan_shrinkage = role->data.shrinkage;
      self->role_hours[r] = role->data.hours_per_month;
    }
  for (guint g = 0; g < self->G; g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);

      self->segments[g].id = g_strdup (segment->data.id);
      self->segments[g].name = g_strdup (hr_segment_get_name (segment));
      self->segments[g].touch = segment->data.touch;
      self->segments[g].plan_reactive_hours = segment->data.reactive_hours;
    }
  for (guint k = 0; k < self->K; k++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, k);

      self->moments[k].id = g_strdup (moment->data.id);
      self->moments[k].name = g_strdup (hr_moment_get_name (moment));
      self->moments[k].role = hr_account_hours_get_moment_role (hours, k);
      self->moments[k].segments = g_new0 (HrMomentFigures, self->G + 1);
      g_hash_table_insert (moment_index, self->moments[k].id, GINT_TO_POINTER (k));
    }
  for (guint p = 0; p < g_list_model_get_n_items (plan_people); p++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (plan_people, p);
      const char *role_id = person->data.role ? person->data.role : hr_item_get_id (HR_ITEM (hr_plan_get_work_role (plan)));
      Person copy = { hr_account_hours_find_role (hours, role_id), person->data.fte };

      g_array_append_val (people, copy);
      g_hash_table_insert (person_index, g_strdup (person->data.id), GUINT_TO_POINTER (p));
    }
  for (guint j = 0; j < g_list_model_get_n_items (plan_accounts); j++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (plan_accounts, j);
      Account copy = {
        hr_account_hours_find_segment (hours, account->data.segment),
        account->data.start,
        hr_account_hours_multiplier (hours, account, NULL),
      };
      HrAccountCalibration shown = {
        g_strdup (account->data.id), g_strdup (hr_account_get_name (account)), copy.segment,
      };

      g_array_append_val (accounts, copy);
      g_array_append_val (self->accounts, shown);
      g_hash_table_insert (account_index, g_strdup (account->data.id), GUINT_TO_POINTER (j));
    }
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(HrItem) scenario = g_list_model_get_item (scenarios, i);
      g_strv_builder_add (ids, hr_item_get_id (scenario));
    }
  self->scenario_ids = g_strv_builder_end (ids);
}

HrCalibration *
hr_calibration_compute (HrPlan     *plan,
                        HrTimeLog  *log,
                        guint       min_occurrences,
                        GError    **error)
{
  g_autoptr(HrCalibration) self = NULL;
  g_autoptr(HrAccountHours) hours = NULL;
  g_autoptr(GHashTable) moment_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) person_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) account_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) warnings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, warning_free);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (Person));
  g_autoptr(GArray) accounts = g_array_new (FALSE, FALSE, sizeof (Account));
  g_autoptr(GArray) logged = g_array_new (FALSE, FALSE, sizeof (Logged));
  g_autofree guint8 *worked_in = NULL;    /* [person × month]: has an entry */
  g_autofree gboolean *has_leave = NULL;  /* [role] */
  g_autofree guint *people_seen = NULL;   /* [role] */
  Sums *sums;                             /* [moment × (1 + G)]: overall, then per tier */
  gboolean any_reactive = FALSE;
  guint P, N;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (log != NULL, NULL);

  if (!hr_time_log_get_period (log, NULL, NULL))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID, _("%s: the time log has no entries"),
                   hr_time_log_get_display_name (log));
      return NULL;
    }
  self = g_object_new (HR_TYPE_CALIBRATION, NULL);
  self->log = hr_time_log_ref (log);
  self->min_occurrences = min_occurrences > 0 ? min_occurrences : HR_CALIBRATION_MIN_OCCURRENCES;
  hr_time_log_get_period (log, &self->from, &self->to);
  P = self->to - self->from + 1;
  hours = hr_account_hours_new (plan);
  copy_plan (self, plan, hours, moment_index, person_index, people, account_index, accounts);
  N = people->len;
  worked_in = g_new0 (guint8, (gsize) N * P + 1);
  has_leave = g_new0 (gboolean, self->R + 1);
  people_seen = g_new0 (guint, self->R + 1);

  /* the entries: roles, reactive work, logged designed hours, moment pairs */
  g_array_set_size (self->months, P);
  for (guint t = 0; t < P; t++)
    g_array_index (self->months, HrCalibrationMonth, t).month = self->from + t;
  for (guint i = 0; i < hr_time_log_get_n_entries (log); i++)
    {
      const HrTimeEntry *e = hr_time_log_get_entry (log, i);
      int kind = activity_kind (moment_index, e->activity);
      gpointer p = NULL, j = NULL;
      gboolean known_person = g_hash_table_lookup_extended (person_index, e->person, NULL, &p);
      gboolean known_account = e->account && g_hash_table_lookup_extended (account_index, e->account, NULL, &j);
      const Account *account = known_account ? &g_array_index (accounts, Account, GPOINTER_TO_UINT (j)) : NULL;
      gboolean exists = account && e->month >= account->start;
      guint t = e->month - self->from;

      if (kind == KIND_UNKNOWN)
        {
          note (warnings, WARN_ACTIVITY, e->activity, e->line, e->hours, 0);
          continue;
        }
      any_reactive |= kind == KIND_REACTIVE;
      if (!known_person)
        note (warnings, WARN_PERSON, e->person, e->line, e->hours, 0);
      if (e->account && !known_account)
        note (warnings, WARN_ACCOUNT, e->account, e->line, e->hours, 0);
      if (account && !exists)
        note (warnings, WARN_BEFORE_START, e->account, e->line, e->hours, account->start);
      if (account)
        g_array_index (self->accounts, HrAccountCalibration, GPOINTER_TO_UINT (j)).hours += e->hours;

      if (known_person)
        {
          guint n = GPOINTER_TO_UINT (p);
          const Person *person = &g_array_index (people, Person, n);
          HrRoleCalibration *role = &self->roles[person->role];

          if (!worked_in[(gsize) n * P + t])
            {
              worked_in[(gsize) n * P + t] = TRUE;
              role->person_months++;
            }
          if (kind == KIND_LEAVE)
            {
              role->leave += e->hours;
              has_leave[person->role] = TRUE;
            }
          else
            role->worked += e->hours;
          if (kind == KIND_INDIRECT)
            role->indirect += e->hours;
          if (kind == KIND_UNPLANNED)
            role->unplanned += e->hours;
        }
      if (!exists)
        continue;
      if (kind == KIND_REACTIVE)
        {
          self->segments[account->segment].reactive_hours += e->hours;
          g_array_index (self->accounts, HrAccountCalibration, GPOINTER_TO_UINT (j)).reactive_hours += e->hours;
        }
      if (kind >= 0)
        {
          Logged entry = { kind, GPOINTER_TO_UINT (j), e->month, e->hours };

          g_array_append_val (logged, entry);
          g_array_index (self->months, HrCalibrationMonth, t).logged_designed += e->hours;
        }
    }

  /* paid hours of each person-month, by role */
  for (guint n = 0; n < N; n++)
    {
      const Person *person = &g_array_index (people, Person, n);
      gboolean seen = FALSE;

      for (guint t = 0; t < P; t++)
        if (worked_in[(gsize) n * P + t])
          {
            self->roles[person->role].paid += person->fte * self->role_hours[person->role];
            seen = TRUE;
          }
      people_seen[person->role] += seen;
    }
  for (guint r = 0; r < self->R; r++)
    {
      HrRoleCalibration *role = &self->roles[r];

      role->people = people_seen[r];
      role->indirect_share = role->worked > 0 ? role->indirect / role->worked : NAN;
      role->unplanned_share = role->worked > 0 ? role->unplanned / role->worked : NAN;
      role->shrinkage = has_leave[r] && role->paid > 0 ? role->leave / role->paid : NAN;
    }

  /* every pair of the period: what was due, what the model designs */
  sums = g_new0 (Sums, (gsize) self->K * (self->G + 1) + 1);
  for (guint i = 0; i < self->K * (self->G + 1); i++)
    {
      sums[i].actuals = g_array_new (FALSE, FALSE, sizeof (double));
      sums[i].last_account = -1;
    }
  for (guint j = 0; j < accounts->len; j++)
    {
      const Account *account = &g_array_index (accounts, Account, j);
      HrAccountCalibration *shown = &g_array_index (self->accounts, HrAccountCalibration, j);

      for (guint t = 0; t < P; t++)
        {
          int tenure = (int) (self->from + t) - account->start;

          if (tenure < 0)
            continue;
          shown->months++;
          self->segments[account->segment].account_months++;
          for (guint k = 0; k < self->K; k++)
            if (hr_account_hours_is_due (hours, account->segment, k, tenure))
              {
                double designed = hr_account_hours_moment (hours, account->segment, k, tenure, account->multiplier);

                count_due (&sums[k * (self->G + 1)], j, designed);
                count_due (&sums[k * (self->G + 1) + 1 + account->segment], j, designed);
                g_array_index (self->months, HrCalibrationMonth, t).model_designed += designed;
              }
        }
      if (shown->months > 0)
        self->segments[account->segment].accounts++;
    }
  for (guint g = 0; g < self->G; g++)
    {
      HrSegmentCalibration *segment = &self->segments[g];
      segment->reactive_per_account = segment->account_months > 0
                                    ? segment->reactive_hours / segment->account_months : NAN;
    }

  /* the logged pairs: entries of one moment, account and month are one */
  g_array_sort (logged, compare_logged);
  for (guint i = 0; i < logged->len;)
    {
      const Logged *first = &g_array_index (logged, Logged, i);
      const Account *account = &g_array_index (accounts, Account, first->account);
      int tenure = first->month - account->start;
      gboolean due = hr_account_hours_is_due (hours, account->segment, first->moment, tenure);
      double designed = hr_account_hours_moment (hours, account->segment, first->moment, tenure, account->multiplier);
      double pair_hours = 0;
      guint next = i;

      while (next < logged->len && compare_logged (first, &g_array_index (logged, Logged, next)) == 0)
        pair_hours += g_array_index (logged, Logged, next++).hours;
      add_logged_pair (&sums[first->moment * (self->G + 1)], due, pair_hours, designed);
      add_logged_pair (&sums[first->moment * (self->G + 1) + 1 + account->segment], due, pair_hours, designed);
      i = next;
    }
  for (guint k = 0; k < self->K; k++)
    {
      finish_figures (&self->moments[k].all, &sums[k * (self->G + 1)]);
      for (guint g = 0; g < self->G; g++)
        finish_figures (&self->moments[k].segments[g], &sums[k * (self->G + 1) + 1 + g]);
    }
  for (guint i = 0; i < self->K * (self->G + 1); i++)
    g_array_unref (sums[i].actuals);
  g_free (sums);

  add_warnings (self, warnings);
  build_changes (self, any_reactive);
  return g_steal_pointer (&self);
}

/* --- getters --- */

char *
hr_calibration_format_hours (double hours)
{
  guint decimals = 0;

  if (!isfinite (hours) || fabs (hours) >= 1000)
    return hr_format_number (hours, 0);
  /* two decimals at most, then none that are zero: 2, 2.5, 1.75 */
  hours = round (hours * 100) / 100;
  while (decimals < 2 && fabs (hours * pow (10, decimals) - round (hours * pow (10, decimals))) > 1e-6)
    decimals++;
  return hr_format_number (hours, decimals);
}

HrTimeLog *hr_calibration_get_log (HrCalibration *self) { return self->log; }
guint hr_calibration_get_min_occurrences (HrCalibration *self) { return self->min_occurrences; }
int hr_calibration_get_from (HrCalibration *self) { return self->from; }
int hr_calibration_get_to (HrCalibration *self) { return self->to; }
const char *hr_calibration_get_currency (HrCalibration *self) { return self->currency; }
guint hr_calibration_get_n_moments (HrCalibration *self) { return self->K; }
guint hr_calibration_get_n_roles (HrCalibration *self) { return self->R; }
guint hr_calibration_get_n_segments (HrCalibration *self) { return self->G; }
guint hr_calibration_get_n_accounts (HrCalibration *self) { return self->accounts->len; }
guint hr_calibration_get_n_months (HrCalibration *self) { return self->months->len; }
GPtrArray *hr_calibration_get_warnings (HrCalibration *self) { return self->warnings; }
JsonArray *hr_calibration_get_changes (HrCalibration *self) { return self->changes; }

const HrMomentCalibration *
hr_calibration_get_moment (HrCalibration *self,
                           guint          moment)
{
  g_return_val_if_fail (moment < self->K, NULL);
  return &self->moments[moment];
}

const HrRoleCalibration *
hr_calibration_get_role (HrCalibration *self,
                         guint          role)
{
  g_return_val_if_fail (role < self->R, NULL);
  return &self->roles[role];
}

const HrSegmentCalibration *
hr_calibration_get_segment (HrCalibration *self,
                            guint          segment)
{
  g_return_val_if_fail (segment < self->G, NULL);
  return &self->segments[segment];
}

const HrAccountCalibration *
hr_calibration_get_account (HrCalibration *self,
                            guint          account)
{
  g_return_val_if_fail (account < self->accounts->len, NULL);
  return &g_array_index (self->accounts, HrAccountCalibration, account);
}

const HrCalibrationMonth *
hr_calibration_get_month (HrCalibration *self,
                          guint          month)
{
  g_return_val_if_fail (month < self->months->len, NULL);
  return &g_array_index (self->months, HrCalibrationMonth, month);
}

gboolean
hr_calibration_is_small (HrCalibration         *self,
                         const HrMomentFigures *figures)
{
  return figures->occurrences < self->min_occurrences;
}

/* --- the scenario --- */

static gboolean
id_taken (const char * const *ids,
          HrPlan             *plan,
          const char         *id)
{
  return plan ? hr_plan_find_scenario (plan, id) != NULL : g_strv_contains (ids, id);
}

char *
hr_calibration_dup_scenario_id (HrCalibration *self,
                                HrPlan        *plan)
{
  const char * const *ids = (const char * const *) self->scenario_ids;

  if (!id_taken (ids, plan, "calibrated"))
    return g_strdup ("calibrated");
  for (guint n = 2;; n++)
    {
      g_autofree char *id = g_strdup_printf ("calibrated-%u", n);

      if (!id_taken (ids, plan, id))
        return g_steal_pointer (&id);
    }
}

char *
hr_calibration_dup_scenario_name (HrCalibration *self)
{
  g_autofree char *from = hr_month_format (self->from);
  g_autofree char *to = hr_month_format (self->to);

  /* Translators: the calibrated scenario's name; the months are YYYY-MM */
  return g_strdup_printf (_("Calibrated from time log %s – %s"), from, to);
}

HrScenario *
hr_calibration_new_scenario (HrCalibration *self,
                             HrPlan        *plan)
{
  g_autofree char *id = hr_calibration_dup_scenario_id (self, plan);
  g_autofree char *name = hr_calibration_dup_scenario_name (self);
  g_autofree char *file = g_path_get_basename (hr_time_log_get_display_name (self->log));
  guint n = hr_time_log_get_n_entries (self->log);
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    "Moment hours, effort mix and reactive hours as the team logged them: %u entry of %s.",
    "Moment hours, effort mix and reactive hours as the team logged them: %u entries of %s.", n), n, file);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) copy = NULL;
  HrScenario *scenario = hr_scenario_new (id);

  /* json-glib copies arrays shallowly: the scenario gets changes of its own */
  json_node_set_array (node, self->changes);
  copy = hr_json_from_text (hr_json_to_string (node, NULL));
  g_object_set (scenario, "name", name, "description", description, NULL);
  hr_scenario_set_changes (scenario, json_node_get_array (copy));
  return scenario;
}

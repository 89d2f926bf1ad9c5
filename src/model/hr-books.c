/* hr-books.c: books of business (spec §5.1)
 *
 * Each account's workload comes from hr-account-hours.c, the same moment
 * occurrence and treatment rules as the forecast (hr-delivery.h); a book is
 * the sum over the accounts a person owns, averaged over the window.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-books.h"
#include "hr-json.h"
#include "hr-portfolio-private.h"

struct _HrBooks
{
  GObject         parent_instance;

  char           *role_id;
  char           *role_name;
  char           *currency;
  guint           role;         /* index in plan order */
  int             plan_start;   /* absolute */
  int             month;        /* absolute: t_p */
  guint           window;       /* L′ */
  double          light_load;
  double          solve_seconds;
  double          spread;

  GArray         *people;       /* HrBook */
  HrBook          unassigned;
  GArray         *accounts;     /* HrBookAccount */
  char          **segment_ids;
  char          **segment_names;
  HrAccountHours *hours;
  GPtrArray      *rule_texts;   /* "at risk × 1.2", per rule */
  GArray         *rules_first;  /* [account + 1]: where its rules start in rules_applied */
  GArray         *rules_applied;
};

G_DEFINE_FINAL_TYPE (HrBooks, hr_books, G_TYPE_OBJECT)

static void
clear_book (gpointer data)
{
  HrBook *book = data;

  g_free (book->id);
  g_free (book->name);
  g_strfreev (book->segments);
}

static void
clear_account (gpointer data)
{
  HrBookAccount *account = data;

  g_free (account->id);
  g_free (account->name);
}

static void
hr_books_finalize (GObject *object)
{
  HrBooks *self = HR_BOOKS (object);

  g_free (self->role_id);
  g_free (self->role_name);
  g_free (self->currency);
  g_array_unref (self->people);
  clear_book (&self->unassigned);
  g_array_unref (self->accounts);
  g_strfreev (self->segment_ids);
  g_strfreev (self->segment_names);
  g_clear_pointer (&self->hours, hr_account_hours_free);
  g_ptr_array_unref (self->rule_texts);
  g_array_unref (self->rules_first);
  g_array_unref (self->rules_applied);

  G_OBJECT_CLASS (hr_books_parent_class)->finalize (object);
}

static void
hr_books_class_init (HrBooksClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hr_books_finalize;
}

static void
hr_books_init (HrBooks *self)
{
  self->people = g_array_new (FALSE, TRUE, sizeof (HrBook));
  g_array_set_clear_func (self->people, clear_book);
  self->accounts = g_array_new (FALSE, TRUE, sizeof (HrBookAccount));
  g_array_set_clear_func (self->accounts, clear_account);
  self->rule_texts = g_ptr_array_new_with_free_func (g_free);
  self->rules_first = g_array_new (FALSE, TRUE, sizeof (guint));
  self->rules_applied = g_array_new (FALSE, TRUE, sizeof (guint));
}

/* "at risk × 1.2", or "health == red × 1.2" for a rule without a label */
static char *
rule_text (HrEffortRule *rule)
{
  g_autofree char *factor = g_strdup_printf ("%g", hr_effort_rule_get_factor (rule));
  const char *label = hr_effort_rule_get_label (rule);
  JsonNode *value = hr_effort_rule_get_value (rule);
  g_autofree char *shown = NULL;

  if (label && *label)
    /* Translators: an effort rule's label and its factor, e.g. "at risk × 1.2" */
    return g_strdup_printf (_("%s × %s"), label, factor);
  if (json_node_get_value_type (value) == G_TYPE_STRING)
    shown = g_strdup (json_node_get_string (value));
  else
    shown = g_strdup_printf ("%g", json_node_get_double (value));
  /* Translators: an effort rule's condition and its factor, e.g. "tickets >= 10 × 1.25" */
  return g_strdup_printf (_("%s %s %s × %s"), hr_effort_rule_get_attribute (rule),
                          hr_rule_op_to_string (hr_effort_rule_get_op (rule)), shown, factor);
}

static double
derived_arr (HrSegment *segment,
             int        tenure)
{
  return segment->data.acv * pow (1 + segment->data.expansion, MAX (tenure, 0) / 12);
}

/* The first month t ≥ t_p at which the tenure is a positive multiple of 12 */
static int
next_renewal (int month,
              int start)
{
  int tenure = month - start;

  if (tenure <= 0)
    return start + 12;
  return month + (12 - tenure % 12) % 12;
}

HrBookStatus
hr_books_status_for (HrBooks *self,
                     guint    person,
                     double   load)
{
  const HrBook *book = &g_array_index (self->people, HrBook, person);

  if (load > book->limit + 1e-9)
    return HR_BOOK_OVER;
  if (load < self->light_load - 1e-9)
    return HR_BOOK_LIGHT;
  return HR_BOOK_OK;
}

double
hr_books_load_for (HrBooks *self,
                   guint    person,
                   double   workload)
{
  return workload / g_array_index (self->people, HrBook, person).capacity;
}

static void
add_people (HrBooks *self,
            HrPlan  *plan,
            HrRole  *role)
{
  GListModel *people = hr_plan_get_people (plan);
  HrRole *work_role = hr_plan_get_work_role (plan);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (people, i);
      HrRole *person_role = person->data.role ? hr_plan_find_role (plan, person->data.role) : work_role;
      HrBook book = { 0 };

      if (person_role != role)
        continue;
      book.id = g_strdup (person->data.id);
      book.name = g_strdup (hr_person_get_name (person));
      book.fte = person->data.fte;
      book.segments = g_strdupv (person->data.segments);
      book.capacity = person->data.fte * role->data.hours_per_month * (1 - role->data.shrinkage);
      book.limit = isnan (person->data.max_load) ? role->data.target_load : person->data.max_load;
      g_array_append_val (self->people, book);
    }
}

static void
add_accounts (HrBooks *self,
              HrPlan  *plan,
              int      freeze_months)
{
  GListModel *accounts = hr_plan_get_accounts (plan);
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) applied = g_array_new (FALSE, FALSE, sizeof (guint));
  int t_p = self->month - self->plan_start;
  guint zero = 0;

  for (guint p = 0; p < self->people->len; p++)
    g_hash_table_insert (people, g_array_index (self->people, HrBook, p).id, GUINT_TO_POINTER (p + 1));
  g_array_append_val (self->rules_first, zero);

  for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, j);
      HrSegment *segment = hr_plan_find_segment (plan, account->data.segment);
      HrBookAccount a = { 0 };
      int start = account->data.start - self->plan_start;   /* s_j */
      double sum = 0;
      HrBook *book;

      a.id = g_strdup (account->data.id);
      a.name = g_strdup (hr_account_get_name (account));
      a.segment = hr_account_hours_find_segment (self->hours, account->data.segment);
      a.owner = account->data.owner ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (people, account->data.owner)) - 1 : -1;
      a.tenure = t_p - start;
      g_array_set_size (applied, 0);
      a.multiplier = hr_account_hours_multiplier (self->hours, account, applied);
      g_array_append_vals (self->rules_applied, applied->data, applied->len);
      g_array_append_val (self->rules_first, self->rules_applied->len);
      for (guint w = 0; w < self->window; w++)
        sum += hr_account_hours_workload (self->hours, a.segment, self->role, a.tenure + (int) w, a.multiplier);
      a.workload = sum / self->window;
      a.arr = isnan (account->data.arr) ? derived_arr (segment, a.tenure) : account->data.arr;
      a.renewal = next_renewal (self->month, account->data.start);
      a.frozen = a.renewal <= self->month + freeze_months - 1;
      a.pinned = account->data.pinned;

      book = a.owner >= 0 ? &g_array_index (self->people, HrBook, a.owner) : &self->unassigned;
      book->n_accounts++;
      book->arr += a.arr;
      book->workload += a.workload;
      g_array_append_val (self->accounts, a);
    }
}

static HrBooks *
compute (HrPlan *plan)
{
  HrBooks *self = g_object_new (HR_TYPE_BOOKS, NULL);
  HrPortfolio *portfolio = hr_plan_get_portfolio (plan);
  HrRole *role = hr_plan_get_portfolio_role (plan);
  GListModel *segments = hr_plan_get_segments (plan);
  GListModel *rules = hr_plan_get_effort_rules (plan);
  int months = hr_plan_get_months (plan);
  double lowest = INFINITY, highest = -INFINITY;

  self->role_id = g_strdup (role->data.id);
  self->role_name = g_strdup (hr_role_get_name (role));
  self->currency = g_strdup (hr_plan_get_currency (plan));
  self->plan_start = hr_plan_get_start (plan);
  self->month = portfolio->data.month >= 0 ? portfolio->data.month : self->plan_start;
  self->window = MIN (portfolio->data.window, months - (self->month - self->plan_start));
  self->light_load = portfolio->data.light_load;
  self->solve_seconds = portfolio->data.solve_seconds;
  self->hours = hr_account_hours_new (plan);
  self->role = hr_account_hours_find_role (self->hours, role->data.id);
  self->segment_ids = g_new0 (char *, g_list_model_get_n_items (segments) + 1);
  self->segment_names = g_new0 (char *, g_list_model_get_n_items (segments) + 1);
  for (guint g = 0; g < g_list_model_get_n_items (segments); g++)
    {
      g_autoptr(HrSegment) segment = g_list_model_get_item (segments, g);
      self->segment_ids[g] = g_strdup (segment->data.id);
      self->segment_names[g] = g_strdup (hr_segment_get_name (segment));
    }
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(HrEffortRule) rule = g_list_model_get_item (rules, i);
      g_ptr_array_add (self->rule_texts, rule_text (rule));
    }

  add_people (self, plan, role);
  add_accounts (self, plan, portfolio->data.freeze_months);

  for (guint p = 0; p < self->people->len; p++)
    {
      HrBook *book = &g_array_index (self->people, HrBook, p);

      book->load = book->workload / book->capacity;
      book->status = hr_books_status_for (self, p, book->load);
      book->over_hours = MAX (0, book->workload - book->limit * book->capacity);
      lowest = MIN (lowest, book->load);
      highest = MAX (highest, book->load);
    }
  self->spread = self->people->len > 0 ? highest - lowest : NAN;
  self->unassigned.load = NAN;
  self->unassigned.capacity = 0;
  return self;
}

HrBooks *
hr_books_compute (HrPlan      *plan,
                  const char  *scenario_id,
                  GError     **error)
{
  g_autoptr(HrPlan) applied = NULL;

  g_return_val_if_fail (HR_IS_PLAN (plan), NULL);

  if (scenario_id == NULL)
    return compute (plan);
  applied = hr_plan_apply_scenario (plan, scenario_id, error);
  return applied ? compute (applied) : NULL;
}

const char *hr_books_get_role_id (HrBooks *self) { return self->role_id; }
const char *hr_books_get_role_name (HrBooks *self) { return self->role_name; }
const char *hr_books_get_currency (HrBooks *self) { return self->currency; }
int hr_books_get_month (HrBooks *self) { return self->month; }
guint hr_books_get_window (HrBooks *self) { return self->window; }
double hr_books_get_light_load (HrBooks *self) { return self->light_load; }
double hr_books_get_solve_seconds (HrBooks *self) { return self->solve_seconds; }
double hr_books_get_spread (HrBooks *self) { return self->spread; }
guint hr_books_get_n_people (HrBooks *self) { return self->people->len; }
const HrBook *hr_books_get_unassigned (HrBooks *self) { return &self->unassigned; }
guint hr_books_get_n_accounts (HrBooks *self) { return self->accounts->len; }
const char *hr_books_get_segment_id (HrBooks *self, guint g) { return self->segment_ids[g]; }
const char *hr_books_get_segment_name (HrBooks *self, guint g) { return self->segment_names[g]; }

const HrBook *
hr_books_get_person (HrBooks *self,
                     guint    person)
{
  g_return_val_if_fail (person < self->people->len, NULL);
  return &g_array_index (self->people, HrBook, person);
}

const HrBookAccount *
hr_books_get_account (HrBooks *self,
                      guint    account)
{
  g_return_val_if_fail (account < self->accounts->len, NULL);
  return &g_array_index (self->accounts, HrBookAccount, account);
}

guint
hr_books_count_over (HrBooks *self)
{
  guint n = 0;

  for (guint p = 0; p < self->people->len; p++)
    n += g_array_index (self->people, HrBook, p).status == HR_BOOK_OVER;
  return n;
}

int
hr_books_find_person (HrBooks    *self,
                      const char *id)
{
  for (guint p = 0; p < self->people->len; p++)
    if (g_strcmp0 (g_array_index (self->people, HrBook, p).id, id) == 0)
      return p;
  return -1;
}

int
hr_books_find_account (HrBooks    *self,
                       const char *id)
{
  for (guint j = 0; j < self->accounts->len; j++)
    if (g_strcmp0 (g_array_index (self->accounts, HrBookAccount, j).id, id) == 0)
      return j;
  return -1;
}

gboolean
hr_books_person_takes (HrBooks *self,
                       guint    person,
                       guint    segment)
{
  const HrBook *book = hr_books_get_person (self, person);

  return book->segments == NULL ||
         g_strv_contains ((const char * const *) book->segments, self->segment_ids[segment]);
}

GArray *
hr_books_dup_effort_parts (HrBooks *self,
                           guint    account)
{
  const HrBookAccount *a = hr_books_get_account (self, account);
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (HrEffortPart));
  HrAccountHours *hours = self->hours;
  int role = self->role;
  double share = 0;

  for (guint k = 0; k < hr_account_hours_get_n_moments (hours); k++)
    {
      HrEffortPart part = { hr_account_hours_get_moment_name (hours, k), 0 };

      if ((int) hr_account_hours_get_moment_role (hours, k) != role)
        continue;
      for (guint w = 0; w < self->window; w++)
        part.hours += hr_account_hours_moment (hours, a->segment, k, a->tenure + (int) w, a->multiplier);
      if (part.hours > 0)
        {
          part.hours /= self->window;
          share += part.hours;
          g_array_append_val (parts, part);
        }
    }
  if ((int) hr_account_hours_get_reactive_role (hours, a->segment) == role)
    {
      HrEffortPart part = { NULL, 0 };

      for (guint w = 0; w < self->window; w++)
        part.hours += hr_account_hours_reactive (hours, a->segment, a->tenure + (int) w, a->multiplier);
      part.hours /= self->window;
      share += part.hours;
      if (part.hours > 0)
        g_array_append_val (parts, part);
    }
  /* gross each part up as the workload is: their sum is the account's workload */
  for (guint i = 0; i < parts->len && share > 0; i++)
    g_array_index (parts, HrEffortPart, i).hours *= a->workload / share;
  return parts;
}

GPtrArray *
hr_books_dup_rules_applied (HrBooks *self,
                            guint    account)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  guint first = g_array_index (self->rules_first, guint, account);
  guint end = g_array_index (self->rules_first, guint, account + 1);

  for (guint i = first; i < end; i++)
    g_ptr_array_add (texts, g_strdup (g_ptr_array_index (self->rule_texts,
                                                         g_array_index (self->rules_applied, guint, i))));
  return texts;
}

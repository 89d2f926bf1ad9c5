/* test-scenario-property.c: scenarios on random plans (seeded, so every
 * failure can be replayed with its seed)
 *
 * For each seed a random valid plan and a random scenario of every kind of
 * change (set, scale, add, remove; wildcards; treatments; add then change;
 * rename then change; remove then refer) are made, and each change is
 * also made by hand, through the items' properties, on a copy of the
 * baseline. Then:
 *  - applying the scenario twice gives the same plan;
 *  - the scenario's plan, saved and read back, is the same plan;
 *  - the scenario's forecast is the forecast of the baseline edited by hand;
 *  - a scenario that refers to what an earlier change removed is refused,
 *    naming that change;
 *  - the forecast computed on another thread from a copy is the same;
 *  - checking again only what the changes touched (as loading does) gives
 *    the plan or the message that checking everything gives.
 */
#include <math.h>
#include <string.h>

#include "hr-forecast.h"
#include "hr-json.h"
#include "hr-plan-private.h"
#include "test-helpers.h"

#define N_SEEDS 300

static guint n_refused, n_changes_total;

typedef struct {
  GRand   *rand;
  HrPlan  *hand;       /* the baseline, edited by hand as the changes say */
  GString *changes;    /* the changes, as JSON */
  guint    n_changes;
  guint    n_added;
  char    *refused;    /* the message expected when the scenario must be refused */
} Gen;

static int
pick (Gen *gen,
      int  n)
{
  return g_rand_int_range (gen->rand, 0, n);
}

static gboolean
chance (Gen    *gen,
        double  p)
{
  return g_rand_double (gen->rand) < p;
}

static double
pick_number (Gen          *gen,
             const double *values,
             guint         n)
{
  return values[pick (gen, n)];
}

static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

/* --- the baseline --- */

static char *
random_plan (Gen *gen)
{
  static const char * const modes[] = { "one_to_one", "one_to_many", "digital", "skip" };
  static const double counts[] = { 0, 1, 2.5, 12, 40 };
  GString *s = g_string_new ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01',");
  int n_roles = 1 + pick (gen, 3), n_segments = 1 + pick (gen, 4), n_moments = 1 + pick (gen, 6);
  int months = (int[]) { 1, 6, 13, 24, 60 }[pick (gen, 5)];

  g_string_append_printf (s, " 'months': %d, 'roles': [", months);
  for (int r = 0; r < n_roles; r++)
    g_string_append_printf (s, "%s{'id': 'r%d', 'headcount': %d, 'attrition': %s, 'cost_per_year': 90000%s}",
                            r ? ", " : "", r, pick (gen, 6), chance (gen, 0.5) ? "0.2" : "0",
                            chance (gen, 0.3) ? ", 'arr_per_fte': 1000000" : "");
  if (chance (gen, 0.5))
    g_string_append (s, ", {'id': 'lead', 'manages': 'r0', 'headcount': 1, 'span': 4}");
  g_string_append (s, "], 'segments': [");
  for (int g = 0; g < n_segments; g++)
    {
      g_string_append_printf (s, "%s{'id': 's%d', 'churn': %s, 'churn_mode': '%s', 'acv': 12000,"
                              " 'expansion': 0.1, 'reactive_hours': 0.5, ", g ? ", " : "", g,
                              chance (gen, 0.5) ? "0.2" : "0", chance (gen, 0.5) ? "renewal" : "monthly");
      if (chance (gen, 0.5))
        g_string_append_printf (s, "'accounts': [{'tenure_from': %d, 'tenure_to': %d, 'count': 30},"
                                " {'tenure': 2, 'count': %g}], ", pick (gen, 5), 5 + pick (gen, 30),
                                pick_number (gen, counts, G_N_ELEMENTS (counts)));
      else
        g_string_append_printf (s, "'accounts': %g, ", pick_number (gen, counts, G_N_ELEMENTS (counts)));
      if (chance (gen, 0.3))
        g_string_append (s, "'new_by_month': [1, 2, 0.5]}");
      else
        g_string_append_printf (s, "'new_per_month': %d}", pick (gen, 4));
    }
  g_string_append (s, "], 'moments': [");
  for (int k = 0; k < n_moments; k++)
    {
      int at = pick (gen, 14), every = (int[]) { 0, 1, 2, 3, 5, 6, 12 }[pick (gen, 7)];

      g_string_append_printf (s, "%s{'id': 'm%d', 'at': %d, 'every': %d, 'prep': 0.5, 'exec': %d", k ? ", " : "",
                              k, at, every, 1 + pick (gen, 3));
      if (chance (gen, 0.3))
        g_string_append_printf (s, ", 'until': %d", at + pick (gen, 30));
      if (chance (gen, 0.4))
        g_string_append_printf (s, ", 'role': 'r%d'", pick (gen, n_roles));
      g_string_append (s, ", 'tiers': {");
      for (int g = 0, first = 1; g < n_segments; g++)
        if (chance (gen, 0.4))
          {
            g_string_append_printf (s, "%s's%d': {'mode': '%s', 'group_size': %d}", first ? "" : ", ", g,
                                    modes[pick (gen, 4)], 1 + pick (gen, 8));
            first = 0;
          }
      g_string_append (s, "}}");
    }
  g_string_append (s, "], 'hires': [");
  for (int h = 0, n = pick (gen, 4); h < n; h++)
    g_string_append_printf (s, "%s{'id': 'h%d', 'role': 'r%d', 'month': '2027-%02d', 'count': 2}",
                            h ? ", " : "", h, pick (gen, n_roles), 1 + pick (gen, MIN (months, 12)));
  g_string_append (s, "]");
  return g_string_free (s, FALSE);
}

/* --- the items of the hand-edited plan --- */

static HrItem *
item_at (GListModel *list,
         guint       i)
{
  HrItem *item = g_list_model_get_item (list, i);

  g_object_unref (item); /* the list keeps it */
  return item;
}

static const char *
random_id (Gen        *gen,
           GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  return n ? hr_item_get_id (item_at (list, pick (gen, n))) : NULL;
}

static char *
property (const char *field)
{
  return g_strdelimit (g_strdup (field), "_", '-');
}

static double
get_number (gpointer    item,
            const char *field)
{
  g_autofree char *name = property (field);
  double value;

  g_object_get (item, name, &value, NULL);
  return value;
}

static void
set_number (gpointer    item,
            const char *field,
            double      value)
{
  g_autofree char *name = property (field);

  g_object_set (item, name, value, NULL);
}

static void
scale_list (gpointer    item,
            const char *field,
            double      factor)
{
  g_autofree char *name = property (field);
  g_autoptr(GVariant) variant = NULL;
  g_autofree double *values = NULL;
  const double *old;
  gsize n;

  g_object_get (item, name, &variant, NULL);
  if (variant == NULL)
    return;
  old = g_variant_get_fixed_array (variant, &n, sizeof (double));
  values = g_new (double, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    values[i] = old[i] * factor;
  g_object_set (item, name, g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, values, n, sizeof (double)), NULL);
}

/* the items a step names: one by id, or every one for "*" */
static GPtrArray *
matching (GListModel *list,
          const char *step)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (g_str_equal (step, "*") || g_strcmp0 (hr_item_get_id (item_at (list, i)), step) == 0)
      g_ptr_array_add (items, item_at (list, i));
  return items;
}

static void
add_change (Gen        *gen,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
add_change (Gen        *gen,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  if (gen->n_changes++)
    g_string_append (gen->changes, ", ");
  g_string_append_vprintf (gen->changes, format, args);
  va_end (args);
}

/* --- changes, each made in the scenario and by hand --- */

static void
change_role_number (Gen *gen)
{
  static const char * const fields[] = { "headcount", "cost_per_year", "target_load", "shrinkage" };
  static const double values[][3] = { { 0, 3, 7.5 }, { 0, 50000, 120000 }, { 0.5, 0.9, 1.2 }, { 0, 0.05, 0.3 } };
  GListModel *roles = hr_plan_get_roles (gen->hand);
  int f = pick (gen, G_N_ELEMENTS (fields));
  const char *step = chance (gen, 0.3) ? "*" : random_id (gen, roles);
  g_autoptr(GPtrArray) items = matching (roles, step);
  gboolean scale = chance (gen, 0.5) && f < 2;
  double value = values[f][pick (gen, 3)], factor = (double[]) { 0.5, 1.5, 2 }[pick (gen, 3)];
  g_autofree char *text = number_text (scale ? factor : value);

  add_change (gen, "{'op': '%s', 'target': 'roles/%s/%s', '%s': %s}", scale ? "scale" : "set", step,
              fields[f], scale ? "factor" : "value", text);
  for (guint i = 0; i < items->len; i++)
    set_number (items->pdata[i], fields[f], scale ? get_number (items->pdata[i], fields[f]) * factor : value);
}

/* scale leaves null fields alone: arr_per_fte of roles without one */
static void
change_role_lists (Gen *gen)
{
  GListModel *roles = hr_plan_get_roles (gen->hand);

  if (chance (gen, 0.5))
    {
      add_change (gen, "{'op': 'scale', 'target': 'roles/*/arr_per_fte', 'factor': 1.5}");
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        if (!isnan (get_number (item_at (roles, i), "arr_per_fte")))
          set_number (item_at (roles, i), "arr_per_fte", get_number (item_at (roles, i), "arr_per_fte") * 1.5);
    }
  else
    {
      add_change (gen, "{'op': 'scale', 'target': 'roles/*/ramp', 'factor': 0.5}");
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        scale_list (item_at (roles, i), "ramp", 0.5);
    }
}

static void
change_segment (Gen *gen)
{
  static const char * const fields[] = { "new_per_month", "acv", "reactive_hours", "churn", "complexity",
                                         "new_by_month", "accounts" };
  GListModel *segments = hr_plan_get_segments (gen->hand);
  int f = pick (gen, G_N_ELEMENTS (fields));
  const char *step = chance (gen, 0.4) ? "*" : random_id (gen, segments);
  g_autoptr(GPtrArray) items = NULL;
  double factor = f == 3 ? 0.5 : (double[]) { 0.5, 1.5, 2 }[pick (gen, 3)];
  g_autofree char *text = number_text (factor);

  if (step == NULL)
    return;
  items = matching (segments, step);
  add_change (gen, "{'op': 'scale', 'target': 'segments/%s/%s', 'factor': %s}", step, fields[f], text);
  for (guint i = 0; i < items->len; i++)
    {
      HrSegment *segment = items->pdata[i];

      if (g_str_equal (fields[f], "accounts"))
        {
          guint n;
          const HrCohort *old = hr_segment_get_cohorts (segment, &n);
          g_autofree HrCohort *cohorts = g_memdup2 (old, MAX (n, 1) * sizeof (HrCohort));

          for (guint c = 0; c < n; c++)
            cohorts[c].count *= factor;
          hr_segment_set_cohorts (segment, cohorts, n);
        }
      else if (g_str_equal (fields[f], "new_by_month"))
        scale_list (segment, "new_by_month", factor);
      else
        set_number (segment, fields[f], get_number (segment, fields[f]) * factor);
    }
}

static void
set_treatment_field (HrTreatment *treatment,
                     const char  *field,
                     const char  *mode,
                     double       number)
{
  if (mode)
    g_object_set (treatment, "mode", mode, NULL);
  else
    set_number (treatment, field, number);
}

/* a field of the treatments a moment/tier pair names (creating them) */
static void
change_treatment (Gen *gen)
{
  static const char * const modes[] = { "one_to_one", "one_to_many", "digital", "skip" };
  GListModel *moments = hr_plan_get_moments (gen->hand);
  GListModel *segments = hr_plan_get_segments (gen->hand);
  const char *moment_step = chance (gen, 0.4) ? "*" : random_id (gen, moments);
  const char *segment_step = chance (gen, 0.4) ? "*" : random_id (gen, segments);
  g_autoptr(GPtrArray) ms = NULL, ss = NULL;
  int kind = pick (gen, 4);
  const char *mode = kind == 0 ? modes[pick (gen, 4)] : NULL;
  const char *field = (const char *[]) { "mode", "factor", "group_size", "factor" }[kind];
  double number = (double[]) { 0, 1.5, 4, 2 }[kind];
  gboolean scale = kind == 3;

  if (moment_step == NULL || segment_step == NULL)
    return;
  ms = matching (moments, moment_step);
  ss = matching (segments, segment_step);
  if (mode)
    add_change (gen, "{'op': 'set', 'target': 'moments/%s/tiers/%s/mode', 'value': '%s'}",
                moment_step, segment_step, mode);
  else
    add_change (gen, "{'op': '%s', 'target': 'moments/%s/tiers/%s/%s', '%s': %g}", scale ? "scale" : "set",
                moment_step, segment_step, field, scale ? "factor" : "value", number);
  for (guint i = 0; i < ms->len; i++)
    for (guint j = 0; j < ss->len; j++)
      {
        HrTreatment *treatment = hr_moment_ensure_treatment (ms->pdata[i], hr_item_get_id (ss->pdata[j]));

        set_treatment_field (treatment, field, mode,
                             scale ? hr_treatment_get_factor (treatment) * number : number);
      }
}

/* a whole treatment set, or removed */
static void
change_whole_treatment (Gen *gen)
{
  GListModel *moments = hr_plan_get_moments (gen->hand);
  GListModel *segments = hr_plan_get_segments (gen->hand);
  const char *moment_id = random_id (gen, moments);
  const char *segment_id = random_id (gen, segments);
  HrMoment *moment;

  if (moment_id == NULL || segment_id == NULL)
    return;
  moment = hr_plan_find_moment (gen->hand, moment_id);
  if (chance (gen, 0.5))
    {
      HrTreatment *treatment;

      add_change (gen, "{'op': 'set', 'target': 'moments/%s/tiers/%s', 'value': {'mode': 'one_to_many', 'factor': 2}}",
                  moment_id, segment_id);
      treatment = hr_moment_ensure_treatment (moment, segment_id);
      g_object_set (treatment, "mode", "one_to_many", "factor", 2.0, "group-size", 10.0, NULL);
    }
  else
    {
      add_change (gen, "{'op': 'remove', 'target': 'moments/%s/tiers/%s'}", moment_id, segment_id);
      hr_moment_remove_treatment (moment, segment_id);
    }
}

/* an added item, then a change to it */
static void
change_add (Gen *gen)
{
  GListModel *moments = hr_plan_get_moments (gen->hand);
  GListModel *segments = hr_plan_get_segments (gen->hand);
  g_autofree char *id = g_strdup_printf ("new%u", gen->n_added++);
  int kind = pick (gen, 3);

  if (kind == 0)
    {
      g_autoptr(HrSegment) segment = hr_segment_new (id);
      HrCohort cohort = { 12, 23, 20 };
      const char *moment_id = random_id (gen, moments);

      add_change (gen, "{'op': 'add', 'target': 'segments', 'value': {'id': '%s', 'accounts': 20,"
                  " 'new_per_month': 2, 'expansion': 0.5}}", id);
      g_object_set (segment, "new-per-month", 2.0, "expansion", 0.5, NULL);
      hr_segment_set_cohorts (segment, &cohort, 1);
      hr_plan_insert_item (gen->hand, HR_ITEM (segment), -1);
      /* the added segment's value scaled once, and a treatment for it */
      add_change (gen, "{'op': 'scale', 'target': 'segments/%s/expansion', 'factor': 0.8}", id);
      set_number (segment, "expansion", 0.5 * 0.8);
      if (moment_id)
        {
          add_change (gen, "{'op': 'set', 'target': 'moments/%s/tiers/%s/mode', 'value': 'one_to_many'}",
                      moment_id, id);
          g_object_set (hr_moment_ensure_treatment (hr_plan_find_moment (gen->hand, moment_id), id),
                        "mode", "one_to_many", NULL);
        }
    }
  else if (kind == 1)
    {
      g_autoptr(HrMoment) moment = hr_moment_new (id);
      const char *segment_id = random_id (gen, segments);
      g_autofree char *renamed = g_strdup_printf ("%s-b", id);

      add_change (gen, "{'op': 'add', 'target': 'moments', 'value': {'id': '%s', 'at': 1, 'every': 2,"
                  " 'exec': 3%s%s%s}}", id, segment_id ? ", 'tiers': {'" : "", segment_id ? segment_id : "",
                  segment_id ? "': {'factor': 2}}" : "");
      g_object_set (moment, "at", 1, "every", 2, "exec", 3.0, NULL);
      if (segment_id)
        g_object_set (hr_moment_ensure_treatment (moment, segment_id), "factor", 2.0, NULL);
      hr_plan_insert_item (gen->hand, HR_ITEM (moment), -1);
      /* renamed, then changed under its new id */
      add_change (gen, "{'op': 'set', 'target': 'moments/%s/id', 'value': '%s'}", id, renamed);
      add_change (gen, "{'op': 'scale', 'target': 'moments/%s/exec', 'factor': 1.5}", renamed);
      g_object_set (moment, "id", renamed, "exec", 4.5, NULL);
    }
  else
    {
      GListModel *roles = hr_plan_get_roles (gen->hand);
      const char *role_id = hr_item_get_id (item_at (roles, 0));
      int month = hr_plan_get_start (gen->hand) + pick (gen, hr_plan_get_months (gen->hand));
      g_autofree char *text = hr_month_format (month);
      g_autoptr(HrHire) hire = hr_hire_new (role_id, month, 3);

      add_change (gen, "{'op': 'add', 'target': 'hires', 'value': {'role': '%s', 'month': '%s', 'count': 3}}",
                  role_id, text);
      hr_plan_insert_item (gen->hand, HR_ITEM (hire), -1);
    }
}

/* a removed item, and sometimes a change that still refers to it */
static void
change_remove (Gen *gen)
{
  GListModel *lists[] = { hr_plan_get_moments (gen->hand), hr_plan_get_hires (gen->hand) };
  const char *names[] = { "moments", "hires" };
  int l = pick (gen, 2);
  const char *id = random_id (gen, lists[l]);
  HrItem *item;

  if (id == NULL)
    return;
  item = l == 0 ? HR_ITEM (hr_plan_find_moment (gen->hand, id)) : NULL;
  for (guint i = 0; item == NULL && i < g_list_model_get_n_items (lists[l]); i++)
    if (g_strcmp0 (hr_item_get_id (item_at (lists[l], i)), id) == 0)
      item = item_at (lists[l], i);
  add_change (gen, "{'op': 'remove', 'target': '%s/%s'}", names[l], id);
  if (chance (gen, 0.15))
    {
      guint position = gen->n_changes;

      add_change (gen, "{'op': 'set', 'target': '%s/%s/count', 'value': 1}", names[l], id);
      gen->refused = g_strdup_printf ("scenarios[p].changes[%u]: target \"%s/%s/count\": %s has no item "
                                      "with id \"%s\"", position + 1, names[l], id, names[l], id);
    }
  hr_plan_remove_item (gen->hand, item);
}

static void
change_months (Gen *gen)
{
  guint months = 1 + pick (gen, hr_plan_get_months (gen->hand));

  add_change (gen, "{'op': 'set', 'target': 'months', 'value': %u}", months);
  g_object_set (gen->hand, "months", months, NULL);
}

static char *
random_scenario (Gen *gen)
{
  void (*kinds[]) (Gen *) = { change_role_number, change_role_lists, change_segment, change_treatment,
                              change_whole_treatment, change_add, change_remove, change_months };

  for (int i = 0, n = 1 + pick (gen, 6); i < n && gen->refused == NULL; i++)
    kinds[pick (gen, G_N_ELEMENTS (kinds))] (gen);
  return g_strdup (gen->changes->str);
}

/* --- the properties --- */

static char *
forecast_json (HrForecast *forecast)
{
  g_autoptr(JsonNode) node = hr_forecast_to_json (forecast);

  /* the same numbers whichever plan they come from */
  json_object_set_null_member (json_node_get_object (node), "scenario");
  return json_to_string (node, FALSE);
}

typedef struct {
  HrPlan     *plan;
  const char *scenario;
} ThreadData;

static gpointer
forecast_thread (gpointer data)
{
  ThreadData *d = data;
  g_autoptr(HrForecast) forecast = hr_engine_forecast (d->plan, d->scenario, 0, NULL);

  return forecast ? forecast_json (forecast) : NULL;
}

/* The scenario applied to the plan of @json (its baseline checked, its
 * scenario not), checking everything and checking what changed */
static void
check_same_as_checking_all (guint32     seed,
                            const char *json)
{
  g_autoptr(JsonNode) root = hr_json_parse (json, strlen (json), "seed", HR_MAX_DEPTH, NULL);
  g_autoptr(HrPlan) plan = hr_plan_load_json (root, NULL, "seed", FALSE, NULL, NULL);
  g_autoptr(GError) all_error = NULL, changed_error = NULL;
  g_autoptr(HrPlan) all = hr_plan_apply_scenario (plan, "p", &all_error);
  g_autoptr(HrPlan) changed = hr_plan_apply_scenario_to_valid (plan, "p", &changed_error);
  g_autofree char *all_text = all ? hr_plan_to_data (all, NULL) : NULL;
  g_autofree char *changed_text = changed ? hr_plan_to_data (changed, NULL) : NULL;

  if (g_strcmp0 (all_error ? all_error->message : NULL, changed_error ? changed_error->message : NULL) != 0 ||
      g_strcmp0 (all_text, changed_text) != 0)
    g_error ("seed %u: checking what changed says \"%s\", checking all \"%s\"\n%s", seed,
             changed_error ? changed_error->message : "valid", all_error ? all_error->message : "valid", json);
}

static void
check_seed (guint32 seed)
{
  Gen gen = { g_rand_new_with_seed (seed), NULL, g_string_new (NULL) };
  g_autofree char *baseline = random_plan (&gen);
  g_autofree char *baseline_text = g_strconcat (baseline, "}", NULL);
  g_autoptr(HrPlan) base = plan_from_text (baseline_text);
  g_autofree char *changes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrPlan) once = NULL, twice = NULL, reloaded = NULL;
  g_autoptr(HrForecast) scenario = NULL, by_hand = NULL;
  g_autofree char *once_text = NULL, *twice_text = NULL, *reloaded_text = NULL;
  g_autofree char *scenario_text = NULL, *by_hand_text = NULL;

  gen.hand = hr_plan_copy (base);
  changes = random_scenario (&gen);
  text = g_strdup_printf ("%s, 'scenarios': [{'id': 'p', 'changes': [%s]}]}", baseline, changes);
  json = g_strdelimit (g_strdup (text), "'", '"');
  plan = hr_plan_load_data (json, -1, "seed", NULL, &error);

  n_changes_total += gen.n_changes;
  check_same_as_checking_all (seed, json);
  if (gen.refused)
    {
      n_refused++;
      g_autofree char *expected = g_strconcat ("seed: ", gen.refused, NULL);

      g_assert_null (plan);
      g_assert_cmpstr (error->message, ==, expected);
      goto out;
    }
  if (plan == NULL)
    g_error ("seed %u: %s\n%s", seed, error->message, json);

  /* applying twice gives the same plan */
  once = hr_plan_apply_scenario (plan, "p", &error);
  g_assert_no_error (error);
  twice = hr_plan_apply_scenario (plan, "p", &error);
  g_assert_no_error (error);
  once_text = hr_plan_to_data (once, NULL);
  twice_text = hr_plan_to_data (twice, NULL);
  g_assert_cmpstr (once_text, ==, twice_text);

  /* saved and read back, it is the same plan */
  reloaded = hr_plan_load_data (once_text, -1, "applied", NULL, &error);
  g_assert_no_error (error);
  reloaded_text = hr_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (reloaded_text, ==, once_text);

  /* its forecast is that of the baseline edited by hand */
  g_assert_true (hr_plan_validate (gen.hand, NULL));
  scenario = hr_engine_forecast (plan, "p", 0, &error);
  g_assert_no_error (error);
  by_hand = hr_engine_forecast (gen.hand, NULL, 0, &error);
  g_assert_no_error (error);
  scenario_text = forecast_json (scenario);
  by_hand_text = forecast_json (by_hand);
  if (g_strcmp0 (scenario_text, by_hand_text) != 0)
    g_error ("seed %u: the scenario's forecast differs from the plan edited by hand\n%s", seed, json);

  /* the same forecast from a copy on another thread */
  if (seed % 10 == 0)
    {
      g_autoptr(HrPlan) copy = hr_plan_copy (plan);
      ThreadData data = { copy, "p" };
      GThread *thread = g_thread_new ("forecast", forecast_thread, &data);
      g_autofree char *threaded = g_thread_join (thread);
      g_autoptr(HrForecast) again = hr_engine_forecast (plan, "p", 0, NULL);
      g_autofree char *again_text = forecast_json (again);

      g_assert_cmpstr (threaded, ==, again_text);
    }

out:
  g_clear_object (&gen.hand);
  g_string_free (gen.changes, TRUE);
  g_free (gen.refused);
  g_rand_free (gen.rand);
}

static void
test_random_scenarios (void)
{
  for (guint32 seed = 1; seed <= N_SEEDS; seed++)
    check_seed (seed);
  g_test_message ("%u seeds, %u changes, %u scenarios refused as expected", N_SEEDS, n_changes_total, n_refused);
  g_assert_cmpuint (n_refused, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scenario-property/random", test_random_scenarios);
  return g_test_run ();
}

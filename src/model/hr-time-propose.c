/* hr-time-propose.c: what a person, client or activity value of a time
 * tracker's export most likely stands for
 *
 * People match by id, name, the name's parts or an e-mail address's name
 * ("ines.sato@acme.com" is Ines Sato); accounts by id or name; activities
 * by a moment's id or name, a moment's name within the value ("Kickoff
 * call" is Kickoff), then by words that say the kind of work ("Vacation"
 * is leave, "Support ticket" reactive). A key two people or accounts share
 * proposes neither.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hr-portfolio.h"
#include "hr-time-import-private.h"

/* a key two items share: it proposes neither */
#define AMBIGUOUS ""

typedef struct {
  char      *id;
  char      *name;
  GPtrArray *words;   /* of its name, normalised */
} Moment;

struct _HrTimeProposer
{
  gboolean    exact;
  GHashTable *people;     /* folded key → id, or AMBIGUOUS */
  GHashTable *person_ids; /* id set */
  GHashTable *accounts;   /* folded key → id, or AMBIGUOUS */
  GHashTable *account_ids;
  GPtrArray  *moments;    /* Moment, plan order */
  GHashTable *moment_keys; /* folded id or name → Moment */
  GPtrArray  *phrases;    /* [i]: the words of a phrase of kind_words, flattened */
  GArray     *phrase_kinds;
};

static const char * const kinds[] = {
  HR_ACTIVITY_REACTIVE, HR_ACTIVITY_INDIRECT, HR_ACTIVITY_UNPLANNED, HR_ACTIVITY_LEAVE, NULL
};

/* Words and phrases that say the kind of work, in English and German */
static const struct {
  const char *kind;
  const char *phrases[40];
} kind_words[] = {
  { HR_ACTIVITY_LEAVE, { "leave", "vacation", "holiday", "pto", "sick", "sickness", "time off", "day off",
                         "out of office", "ooo", "absence", "absent", "parental", "bank holiday", "urlaub",
                         "krank", "krankheit", "feiertag", "abwesenheit", NULL } },
  { HR_ACTIVITY_UNPLANNED, { "escalation", "escalated", "incident", "urgent", "firefighting", "fire drill",
                             "outage", "emergency", "hotfix", "critical issue", "eskalation", "notfall", NULL } },
  { HR_ACTIVITY_REACTIVE, { "support", "ticket", "ad hoc", "adhoc", "reactive", "request", "question",
                            "troubleshooting", "how to", "inquiry", "customer email", "anfrage", NULL } },
  { HR_ACTIVITY_INDIRECT, { "internal", "admin", "administration", "team meeting", "meeting", "training",
                            "enablement", "1 1", "one on one", "planning", "reporting", "hiring",
                            "interview", "learning", "all hand", "standup", "stand up", "sync", "intern",
                            "besprechung", "schulung", "verwaltung", "weiterbildung", NULL } },
};

char *
hr_time_fold (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *folded = NULL;

  /* most values are ASCII: lower case is their fold, and nothing composes */
  for (const char *p = trimmed;; p++)
    if (*p == '\0')
      return g_ascii_strdown (trimmed, -1);
    else if ((guchar) *p >= 0x80)
      break;
  folded = g_utf8_casefold (trimmed, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

/* Lower-case words of letters and digits, a plural "s" dropped, so that
 * "Alignment Meetings" and "alignment meeting" read the same */
static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = hr_time_fold (text);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          if (word->len > 3 && word->str[word->len - 1] == 's' && word->str[word->len - 2] != 's')
            g_string_truncate (word, word->len - 1);
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
}

/* TRUE when @phrase's words appear one after another in @words */
static gboolean
has_phrase (GPtrArray *words,
            GPtrArray *phrase)
{
  if (phrase->len == 0)
    return FALSE;
  for (guint i = 0; i + phrase->len <= words->len; i++)
    {
      guint j = 0;

      while (j < phrase->len && g_str_equal (words->pdata[i + j], phrase->pdata[j]))
        j++;
      if (j == phrase->len)
        return TRUE;
    }
  return FALSE;
}

/* TRUE when every word of @phrase is among @words, in any order */
static gboolean
has_all_words (GPtrArray *words,
               GPtrArray *phrase)
{
  if (phrase->len == 0)
    return FALSE;
  for (guint j = 0; j < phrase->len; j++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < words->len && !found; i++)
        found = g_str_equal (words->pdata[i], phrase->pdata[j]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
add_key (GHashTable *keys,
         const char *key,
         const char *id,
         gboolean    strong)
{
  g_autofree char *folded = hr_time_fold (key);
  const char *old;

  if (*folded == '\0')
    return;
  old = g_hash_table_lookup (keys, folded);
  if (old == NULL)
    g_hash_table_insert (keys, g_steal_pointer (&folded), g_strdup (id));
  else if (strong && !g_str_equal (old, id))
    g_hash_table_insert (keys, g_steal_pointer (&folded), g_strdup (AMBIGUOUS));
  else if (!strong && !g_str_equal (old, id))
    g_hash_table_insert (keys, g_steal_pointer (&folded), g_strdup (AMBIGUOUS));
}

/* A person is found by id and name ("Ines Sato"), by the ways e-mail
 * addresses write a name (ines.sato, ines_sato, inessato, isato), and by
 * the first name alone when no one else has it */
static void
add_person_keys (HrTimeProposer *self,
                 HrPerson       *person,
                 GHashTable     *weak)
{
  const char *id = hr_person_get_id (person);
  g_autofree char *name = hr_time_fold (hr_person_get_name (person));
  g_auto(GStrv) parts = g_strsplit (name, " ", -1);
  const char *separators[] = { ".", "_", "-", "" };

  g_hash_table_add (self->person_ids, g_strdup (id));
  add_key (self->people, id, id, TRUE);
  add_key (self->people, name, id, TRUE);
  if (g_strv_length (parts) < 2)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_autofree char *joined = g_strjoinv (separators[i], parts);
      add_key (self->people, joined, id, TRUE);
    }
  {
    g_autofree char *initial = g_utf8_substring (parts[0], 0, 1);
    g_autofree char *short_name = g_strconcat (initial, parts[g_strv_length (parts) - 1], NULL);

    add_key (weak, short_name, id, FALSE);
    add_key (weak, parts[0], id, FALSE);
  }
}

static void
moment_free (gpointer data)
{
  Moment *moment = data;

  g_free (moment->id);
  g_free (moment->name);
  g_ptr_array_unref (moment->words);
  g_free (moment);
}

static HrTimeProposer *
proposer_new (void)
{
  HrTimeProposer *self = g_new0 (HrTimeProposer, 1);

  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->account_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->moments = g_ptr_array_new_with_free_func (moment_free);
  self->moment_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->phrase_kinds = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < G_N_ELEMENTS (kind_words); k++)
    for (guint i = 0; kind_words[k].phrases[i]; i++)
      {
        g_ptr_array_add (self->phrases, split_words (kind_words[k].phrases[i]));
        g_array_append_val (self->phrase_kinds, k);
      }
  return self;
}

static void
add_moment (HrTimeProposer *self,
            const char     *id,
            const char     *name)
{
  Moment *moment = g_new0 (Moment, 1);

  moment->id = g_strdup (id);
  moment->name = g_strdup (name ? name : id);
  moment->words = split_words (moment->name);
  g_ptr_array_add (self->moments, moment);
  char *name_key = hr_time_fold (moment->name);

  g_hash_table_insert (self->moment_keys, hr_time_fold (id), moment);
  if (!g_hash_table_contains (self->moment_keys, name_key))
    g_hash_table_insert (self->moment_keys, name_key, moment);
  else
    g_free (name_key);
}

HrTimeProposer *
hr_time_proposer_new_for_moments (const char * const *moment_ids)
{
  HrTimeProposer *self = proposer_new ();

  for (guint i = 0; moment_ids && moment_ids[i]; i++)
    add_moment (self, moment_ids[i], NULL);
  return self;
}

HrTimeProposer *
hr_time_proposer_new (HrPlan *plan)
{
  HrTimeProposer *self = proposer_new ();
  GListModel *people = hr_plan_get_people (plan);
  GListModel *accounts = hr_plan_get_accounts (plan);
  GListModel *moments = hr_plan_get_moments (plan);
  g_autoptr(GHashTable) weak = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, id;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HrPerson) person = g_list_model_get_item (people, i);
      add_person_keys (self, person, weak);
    }
  /* first names and initials only where no full key says otherwise */
  g_hash_table_iter_init (&iter, weak);
  while (g_hash_table_iter_next (&iter, &key, &id))
    if (!g_hash_table_contains (self->people, key))
      g_hash_table_insert (self->people, g_strdup (key), g_strdup (id));

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, i);
      const char *account_id = hr_account_get_id (account);

      g_hash_table_add (self->account_ids, g_strdup (account_id));
      add_key (self->accounts, account_id, account_id, TRUE);
    }
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(HrAccount) account = g_list_model_get_item (accounts, i);
      g_autofree char *name = hr_time_fold (hr_account_get_name (account));
      const char *old = g_hash_table_lookup (self->accounts, name);

      /* an id wins over another account's name */
      if (old == NULL || !g_hash_table_contains (self->account_ids, old) ||
          g_str_equal (old, hr_account_get_id (account)))
        add_key (self->accounts, name, hr_account_get_id (account), TRUE);
    }
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(HrMoment) moment = g_list_model_get_item (moments, i);
      add_moment (self, hr_item_get_id (HR_ITEM (moment)), hr_moment_get_name (moment));
    }
  return self;
}

void
hr_time_proposer_free (HrTimeProposer *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->people);
  g_hash_table_unref (self->person_ids);
  g_hash_table_unref (self->accounts);
  g_hash_table_unref (self->account_ids);
  g_hash_table_unref (self->moment_keys);
  g_ptr_array_unref (self->moments);
  g_ptr_array_unref (self->phrases);
  g_array_unref (self->phrase_kinds);
  g_free (self);
}

void
hr_time_proposer_set_exact (HrTimeProposer *self,
                            gboolean        exact)
{
  self->exact = exact;
}

static const char *
lookup (GHashTable *keys,
        const char *key)
{
  const char *id = g_hash_table_lookup (keys, key);

  return id && *id ? id : NULL;
}

static const char *
propose_person (HrTimeProposer *self,
                const char     *folded)
{
  const char *id = lookup (self->people, folded);
  const char *at = strchr (folded, '@');

  if (id || at == NULL)
    return id;
  {
    g_autofree char *local = g_strndup (folded, at - folded);
    g_autofree char *spaced = g_strdelimit (g_strdup (local), "._-+", ' ');

    if ((id = lookup (self->people, local)) == NULL)
      id = lookup (self->people, spaced);
    return id;
  }
}

static const char *
propose_kind (HrTimeProposer *self,
              GPtrArray      *words)
{
  for (guint i = 0; i < self->phrases->len; i++)
    if (has_phrase (words, g_ptr_array_index (self->phrases, i)))
      return kind_words[g_array_index (self->phrase_kinds, guint, i)].kind;
  return NULL;
}

static const char *
propose_activity (HrTimeProposer *self,
                  const char     *value,
                  const char     *folded)
{
  Moment *moment = g_hash_table_lookup (self->moment_keys, folded);
  g_autoptr(GPtrArray) words = NULL;
  Moment *best = NULL;

  if (moment)
    return moment->id;
  for (guint k = 0; kinds[k]; k++)
    if (g_str_equal (folded, kinds[k]))
      return kinds[k];
  /* the moment whose name says the most of the value: "Kickoff call" */
  words = split_words (value);
  for (guint i = 0; i < self->moments->len; i++)
    {
      Moment *m = g_ptr_array_index (self->moments, i);

      if (has_all_words (words, m->words) && (best == NULL || m->words->len > best->words->len))
        best = m;
    }
  if (best)
    return best->id;
  return propose_kind (self, words);
}

const char *
hr_time_proposer_propose (HrTimeProposer *self,
                          HrTimeField     field,
                          const char     *value)
{
  g_autofree char *folded = NULL;

  if (value == NULL)
    return NULL;
  if (self->exact)
    {
      /* ids as they are: only the activity is checked here */
      if (field != HR_TIME_ACTIVITY)
        return NULL;
      /* a moment first, as the calibration reads it */
      for (guint i = 0; i < self->moments->len; i++)
        if (g_str_equal (((Moment *) g_ptr_array_index (self->moments, i))->id, value))
          return ((Moment *) g_ptr_array_index (self->moments, i))->id;
      for (guint k = 0; kinds[k]; k++)
        if (g_str_equal (value, kinds[k]))
          return kinds[k];
      return NULL;
    }
  folded = hr_time_fold (value);
  if (*folded == '\0')
    return NULL;
  switch (field)
    {
    case HR_TIME_PERSON:
      return propose_person (self, folded);
    case HR_TIME_ACCOUNT:
      return lookup (self->accounts, folded);
    case HR_TIME_ACTIVITY:
      return propose_activity (self, value, folded);
    default:
      return NULL;
    }
}

gboolean
hr_time_proposer_is_moment (HrTimeProposer *self,
                            const char     *target)
{
  for (guint i = 0; target && i < self->moments->len; i++)
    if (g_str_equal (((Moment *) g_ptr_array_index (self->moments, i))->id, target))
      return TRUE;
  return FALSE;
}

const char *
hr_time_proposer_get_moment_name (HrTimeProposer *self,
                                  const char     *id)
{
  for (guint i = 0; id && i < self->moments->len; i++)
    {
      Moment *moment = g_ptr_array_index (self->moments, i);

      if (g_str_equal (moment->id, id))
        return moment->name;
    }
  return id;
}

gboolean
hr_time_proposer_is_target (HrTimeProposer *self,
                            HrTimeField     field,
                            const char     *target)
{
  switch (field)
    {
    case HR_TIME_PERSON:
      return target && g_hash_table_contains (self->person_ids, target);
    case HR_TIME_ACCOUNT:
      return target == NULL || g_hash_table_contains (self->account_ids, target);
    case HR_TIME_ACTIVITY:
      return target == NULL || g_strv_contains (kinds, target) || hr_time_proposer_is_moment (self, target);
    default:
      return FALSE;
    }
}

char *
hr_time_proposer_dup_activities (HrTimeProposer *self)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  if (self->moments->len == 0)
    return g_strdup (_("reactive, indirect, unplanned or leave"));
  for (guint i = 0; i < self->moments->len && i < 6; i++)
    {
      if (i > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, ((Moment *) g_ptr_array_index (self->moments, i))->id);
    }
  if (self->moments->len > 6)
    g_string_append (ids, ", …");
  /* Translators: %s lists moment ids, e.g. "kickoff, checkin" */
  return g_strdup_printf (_("a moment id (%s) or reactive, indirect, unplanned or leave"), ids->str);
}

/* hr-rebalance-export.c: rebalancing as JSON (spec §8) and as a move list
 * a leader can act on */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-format.h"
#include "hr-json.h"
#include "hr-json-writer.h"
#include "hr-rebalance.h"

char *
hr_rebalance_to_json_data (HrRebalance *self,
                           gsize       *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  HrBooks *books;

  g_return_val_if_fail (HR_IS_REBALANCE (self), NULL);

  writer = hr_json_writer_new ();
  books = hr_rebalance_get_books (self);
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "over_hours_before");
  hr_json_writer_number (writer, hr_rebalance_get_over_before (self));
  hr_json_writer_member (writer, "over_hours_after");
  hr_json_writer_number (writer, hr_rebalance_get_over_after (self));
  hr_json_writer_member (writer, "transfers");
  hr_json_writer_integer (writer, hr_rebalance_get_transfers (self));
  hr_json_writer_member (writer, "assignments");
  hr_json_writer_integer (writer, hr_rebalance_get_assignments (self));
  hr_json_writer_member (writer, "optimal");
  hr_json_writer_boolean (writer, hr_rebalance_get_optimal (self));
  hr_json_writer_member (writer, "seconds");
  hr_json_writer_number (writer, hr_rebalance_get_seconds (self));

  hr_json_writer_member (writer, "moves");
  hr_json_writer_begin_array (writer);
  for (guint i = 0; i < hr_rebalance_get_n_moves (self); i++)
    {
      const HrMove *move = hr_rebalance_get_move (self, i);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "account");
      hr_json_writer_string (writer, hr_books_get_account (books, move->account)->id);
      hr_json_writer_member (writer, "from");
      hr_json_writer_string (writer, move->from >= 0 ? hr_books_get_person (books, move->from)->id : NULL);
      hr_json_writer_member (writer, "to");
      hr_json_writer_string (writer, hr_books_get_person (books, move->to)->id);
      hr_json_writer_member (writer, "workload");
      hr_json_writer_number (writer, hr_books_get_account (books, move->account)->workload);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);

  hr_json_writer_member (writer, "people");
  hr_json_writer_begin_array (writer);
  for (guint p = 0; p < hr_books_get_n_people (books); p++)
    {
      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "id");
      hr_json_writer_string (writer, hr_books_get_person (books, p)->id);
      hr_json_writer_member (writer, "load_before");
      hr_json_writer_number (writer, hr_rebalance_get_load_before (self, p));
      hr_json_writer_member (writer, "load_after");
      hr_json_writer_number (writer, hr_rebalance_get_load_after (self, p));
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
  hr_json_writer_end_object (writer);
  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

JsonNode *
hr_rebalance_to_json (HrRebalance *self)
{
  g_return_val_if_fail (HR_IS_REBALANCE (self), NULL);

  return hr_json_from_text (hr_rebalance_to_json_data (self, NULL));
}

char *
hr_rebalance_dup_verdict (HrRebalance *self)
{
  g_autofree char *seconds = hr_format_number (hr_rebalance_get_seconds (self),
                                               hr_rebalance_get_seconds (self) < 10 ? 1 : 0);
  g_autofree char *over = hr_format_number (hr_rebalance_get_over_after (self), 1);
  guint transfers = hr_rebalance_get_transfers (self);

  if (hr_rebalance_get_n_moves (self) == 0 && hr_rebalance_get_over_after (self) <= 1e-6)
    return g_strdup (_("Every book is within its limit: nothing needs to move."));
  if (hr_rebalance_get_optimal (self) && hr_rebalance_get_over_after (self) <= 1e-6)
    /* Translators: proven optimal: no answer has fewer transfers */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Proven optimal: every book fits its limit with %u transfer, the fewest that can do it.",
                                         "Proven optimal: every book fits its limit with %u transfers, the fewest that can do it.",
                                         transfers), transfers);
  if (hr_rebalance_get_optimal (self))
    /* Translators: no answer leaves fewer hours over the limits; %s is hours a month */
    return g_strdup_printf (_("Proven optimal: %s h a month stay over the limits, the least any answer leaves, with the fewest transfers."),
                            over);
  /* Translators: the search ran out of time; %s is seconds */
  return g_strdup_printf (_("Best found in %s s: a better answer may exist; give the search more time to be sure."),
                          seconds);
}

char *
hr_rebalance_dup_move_text (HrRebalance *self,
                            guint        i)
{
  HrBooks *books = hr_rebalance_get_books (self);
  const HrMove *move = hr_rebalance_get_move (self, i);
  const HrBookAccount *account = hr_books_get_account (books, move->account);
  const HrBook *to = hr_books_get_person (books, move->to);
  g_autofree char *hours = hr_format_number (account->workload, 1);
  g_autofree char *to_before = hr_format_percent (hr_rebalance_get_load_before (self, move->to), 0);
  g_autofree char *to_after = hr_format_percent (hr_rebalance_get_load_after (self, move->to), 0);

  if (move->from < 0)
    /* Translators: account, its hours a month, the new owner, their load before → after */
    return g_strdup_printf (_("Give %s (%s h a month, unassigned) to %s: %s → %s."),
                            account->name, hours, to->name, to_before, to_after);
  else
    {
      const HrBook *from = hr_books_get_person (books, move->from);
      g_autofree char *from_before = hr_format_percent (hr_rebalance_get_load_before (self, move->from), 0);
      g_autofree char *from_after = hr_format_percent (hr_rebalance_get_load_after (self, move->from), 0);

      /* Translators: account, its hours a month, from whom to whom; it relieves the first person's book */
      return g_strdup_printf (_("Move %s (%s h a month) from %s to %s: relieves %s (%s → %s); %s goes %s → %s."),
                              account->name, hours, from->name, to->name, from->name, from_before, from_after,
                              to->name, to_before, to_after);
    }
}

char *
hr_rebalance_to_text (HrRebalance *self)
{
  GString *out = g_string_new (NULL);
  HrBooks *books = hr_rebalance_get_books (self);
  g_autofree char *verdict = hr_rebalance_dup_verdict (self);
  g_autofree char *before = hr_format_number (hr_rebalance_get_over_before (self), 1);
  g_autofree char *after = hr_format_number (hr_rebalance_get_over_after (self), 1);

  g_string_append_printf (out, "%s\n", verdict);
  /* Translators: transfers (the assignments follow), then hours over the limits before → after */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u transfer", "%u transfers",
                                            hr_rebalance_get_transfers (self)),
                          hr_rebalance_get_transfers (self));
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u assignment", " and %u assignments",
                                            hr_rebalance_get_assignments (self)),
                          hr_rebalance_get_assignments (self));
  /* Translators: hours a month over the limits before → after the moves */
  g_string_append_printf (out, _("; hours over the limits: %s → %s a month.\n\n"), before, after);
  for (guint i = 0; i < hr_rebalance_get_n_moves (self); i++)
    {
      g_autofree char *move = hr_rebalance_dup_move_text (self, i);
      g_string_append_printf (out, "%u. %s\n", i + 1, move);
    }
  if (hr_rebalance_get_n_moves (self) > 0)
    g_string_append_c (out, '\n');
  for (guint p = 0; p < hr_books_get_n_people (books); p++)
    {
      g_autofree char *load_before = hr_format_percent (hr_rebalance_get_load_before (self, p), 0);
      g_autofree char *load_after = hr_format_percent (hr_rebalance_get_load_after (self, p), 0);

      /* Translators: a person's load before → after the moves */
      g_string_append_printf (out, _("%s: %s → %s\n"), hr_books_get_person (books, p)->name, load_before, load_after);
    }
  return g_string_free (out, FALSE);
}

/* hr-books-export.c: the books as JSON (spec §8), CSV and sentences */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hr-books.h"
#include "hr-csv.h"
#include "hr-format.h"
#include "hr-json.h"
#include "hr-json-writer.h"

const char *
hr_book_status_to_string (HrBookStatus status)
{
  static const char * const names[] = { "ok", "over", "light" };

  return names[status];
}

char *
hr_books_to_json_data (HrBooks *self,
                       gsize   *length)
{
  g_autoptr(HrJsonWriter) writer = NULL;
  const HrBook *unassigned;

  g_return_val_if_fail (HR_IS_BOOKS (self), NULL);

  writer = hr_json_writer_new ();
  unassigned = hr_books_get_unassigned (self);
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "month");
  hr_json_writer_month (writer, hr_books_get_month (self));
  hr_json_writer_member (writer, "role");
  hr_json_writer_string (writer, hr_books_get_role_id (self));
  hr_json_writer_member (writer, "window");
  hr_json_writer_integer (writer, hr_books_get_window (self));
  hr_json_writer_member (writer, "spread");
  hr_json_writer_number (writer, hr_books_get_spread (self));

  hr_json_writer_member (writer, "people");
  hr_json_writer_begin_array (writer);
  for (guint p = 0; p < hr_books_get_n_people (self); p++)
    {
      const HrBook *book = hr_books_get_person (self, p);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "id");
      hr_json_writer_string (writer, book->id);
      hr_json_writer_member (writer, "accounts");
      hr_json_writer_integer (writer, book->n_accounts);
      hr_json_writer_member (writer, "arr");
      hr_json_writer_number (writer, book->arr);
      hr_json_writer_member (writer, "workload");
      hr_json_writer_number (writer, book->workload);
      hr_json_writer_member (writer, "capacity");
      hr_json_writer_number (writer, book->capacity);
      hr_json_writer_member (writer, "load");
      hr_json_writer_number (writer, book->load);
      hr_json_writer_member (writer, "limit");
      hr_json_writer_number (writer, book->limit);
      hr_json_writer_member (writer, "status");
      hr_json_writer_string (writer, hr_book_status_to_string (book->status));
      hr_json_writer_member (writer, "over_hours");
      hr_json_writer_number (writer, book->over_hours);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);

  hr_json_writer_member (writer, "unassigned");
  hr_json_writer_begin_object (writer);
  hr_json_writer_member (writer, "accounts");
  hr_json_writer_integer (writer, unassigned->n_accounts);
  hr_json_writer_member (writer, "arr");
  hr_json_writer_number (writer, unassigned->arr);
  hr_json_writer_member (writer, "workload");
  hr_json_writer_number (writer, unassigned->workload);
  hr_json_writer_end_object (writer);

  hr_json_writer_member (writer, "accounts");
  hr_json_writer_begin_array (writer);
  for (guint j = 0; j < hr_books_get_n_accounts (self); j++)
    {
      const HrBookAccount *a = hr_books_get_account (self, j);

      hr_json_writer_begin_object (writer);
      hr_json_writer_member (writer, "id");
      hr_json_writer_string (writer, a->id);
      hr_json_writer_member (writer, "owner");
      hr_json_writer_string (writer, a->owner >= 0 ? hr_books_get_person (self, a->owner)->id : NULL);
      hr_json_writer_member (writer, "multiplier");
      hr_json_writer_number (writer, a->multiplier);
      hr_json_writer_member (writer, "workload");
      hr_json_writer_number (writer, a->workload);
      hr_json_writer_member (writer, "frozen");
      hr_json_writer_boolean (writer, a->frozen);
      hr_json_writer_end_object (writer);
    }
  hr_json_writer_end_array (writer);
  hr_json_writer_end_object (writer);
  return hr_json_writer_free_to_text (g_steal_pointer (&writer), length);
}

JsonNode *
hr_books_to_json (HrBooks *self)
{
  g_return_val_if_fail (HR_IS_BOOKS (self), NULL);

  return hr_json_from_text (hr_books_to_json_data (self, NULL));
}

static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  hr_json_format_number (buffer, sizeof buffer, value);
  return g_strdup (buffer);
}

/* One row per person of the role, then the unassigned accounts */
char *
hr_books_to_csv (HrBooks *self)
{
  static const char * const header[] = {
    "person", "name", "accounts", "arr", "workload", "capacity", "load", "limit", "status", "over_hours",
  };
  GString *out = g_string_new (NULL);

  hr_csv_append_row (out, header, G_N_ELEMENTS (header), ',');
  for (guint p = 0; p <= hr_books_get_n_people (self); p++)
    {
      gboolean unassigned = p == hr_books_get_n_people (self);
      const HrBook *book = unassigned ? hr_books_get_unassigned (self) : hr_books_get_person (self, p);
      char *row[G_N_ELEMENTS (header)] = {
        g_strdup (unassigned ? "" : book->id),
        g_strdup (unassigned ? "unassigned" : book->name),
        number_text (book->n_accounts),
        number_text (book->arr),
        number_text (book->workload),
        unassigned ? g_strdup ("") : number_text (book->capacity),
        unassigned ? g_strdup ("") : number_text (book->load),
        unassigned ? g_strdup ("") : number_text (book->limit),
        g_strdup (unassigned ? "" : hr_book_status_to_string (book->status)),
        unassigned ? g_strdup ("") : number_text (book->over_hours),
      };

      hr_csv_append_row (out, (const char * const *) row, G_N_ELEMENTS (row), ',');
      for (guint i = 0; i < G_N_ELEMENTS (row); i++)
        g_free (row[i]);
    }
  return g_string_free (out, FALSE);
}

char *
hr_books_dup_headline (HrBooks *self)
{
  guint n = hr_books_get_n_people (self);
  guint over = hr_books_count_over (self);
  int fullest = -1;
  g_autofree char *load = NULL;

  if (n == 0)
    return g_strdup_printf (_("No one has the role %s yet: add people to see their books."),
                            hr_books_get_role_name (self));
  if (hr_books_get_n_accounts (self) == 0)
    return g_strdup (_("No accounts yet: import them from your CRM, or add them to the plan."));
  for (guint p = 0; p < n; p++)
    if (fullest < 0 || hr_books_get_person (self, p)->load > hr_books_get_person (self, fullest)->load)
      fullest = p;
  load = hr_format_percent (hr_books_get_person (self, fullest)->load, 0);
  if (over == 0 && n == 1)
    /* Translators: the person and the load of their book */
    return g_strdup_printf (_("The book fits its limit; %s carries %s of capacity."),
                            hr_books_get_person (self, fullest)->name, load);
  if (over == 0)
    /* Translators: books in all, then the fullest book's person and its load */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All %u book fits its limit; %s carries the most, %s of capacity.",
                                         "All %u books fit their limits; %s carries the most, %s of capacity.", n),
                            n, hr_books_get_person (self, fullest)->name, load);
  /* Translators: "3 of 8 books are over their limit; Dana carries 131% of capacity." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u books is over its limit; %s carries %s of capacity.",
                                       "%u of %u books are over their limit; %s carries %s of capacity.", over),
                          over, n, hr_books_get_person (self, fullest)->name, load);
}

char *
hr_books_to_text (HrBooks *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *month = hr_format_month (hr_books_get_month (self), "%B %Y");
  g_autofree char *headline = hr_books_dup_headline (self);
  const HrBook *unassigned = hr_books_get_unassigned (self);
  const char *currency = hr_books_get_currency (self);

  /* Translators: the role's name, the first month and the months averaged */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Books of %s from %s, over %u month.\n",
                                            "Books of %s from %s, averaged over %u months.\n",
                                            hr_books_get_window (self)),
                          hr_books_get_role_name (self), month, hr_books_get_window (self));
  g_string_append_printf (out, "%s\n\n", headline);
  for (guint p = 0; p < hr_books_get_n_people (self); p++)
    {
      const HrBook *book = hr_books_get_person (self, p);
      g_autofree char *arr = hr_format_money (book->arr, currency);
      g_autofree char *hours = hr_format_number (book->workload, 1);
      g_autofree char *capacity = hr_format_number (book->capacity, 1);
      g_autofree char *load = hr_format_percent (book->load, 0);
      g_autofree char *limit = hr_format_percent (book->limit, 0);
      g_autofree char *over = hr_format_number (book->over_hours, 1);

      /* Translators: name, accounts, ARR, hours a month, hours available, load, limit */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "%s: %u account, %s ARR, %s h a month of %s h: %s of capacity, limit %s",
                                                "%s: %u accounts, %s ARR, %s h a month of %s h: %s of capacity, limit %s",
                                                book->n_accounts),
                              book->name, book->n_accounts, arr, hours, capacity, load, limit);
      if (book->status == HR_BOOK_OVER)
        /* Translators: hours a month above the book's limit */
        g_string_append_printf (out, _(", over by %s h.\n"), over);
      else if (book->status == HR_BOOK_LIGHT)
        g_string_append (out, _(", light.\n"));
      else
        g_string_append (out, ".\n");
    }
  if (unassigned->n_accounts > 0)
    {
      g_autofree char *arr = hr_format_money (unassigned->arr, currency);
      g_autofree char *hours = hr_format_number (unassigned->workload, 1);

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "Unassigned: %u account, %s ARR, %s h a month.\n",
                                                "Unassigned: %u accounts, %s ARR, %s h a month.\n",
                                                unassigned->n_accounts),
                              unassigned->n_accounts, arr, hours);
    }
  if (!isnan (hr_books_get_spread (self)) && hr_books_get_n_people (self) > 1)
    {
      g_autofree char *spread = hr_format_number (100 * hr_books_get_spread (self), 0);
      /* Translators: the difference between the fullest and the lightest book, in percentage points */
      g_string_append_printf (out, _("The fullest and the lightest book are %s points of load apart.\n"), spread);
    }
  return g_string_free (out, FALSE);
}

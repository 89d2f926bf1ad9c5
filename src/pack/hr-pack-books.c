/* hr-pack-books.c: the books of business in the pack and the workbook,
 * when the plan has people and accounts: the books chart, the Books
 * page's sentence and one row per person */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-format.h"
#include "hr-pack-private.h"
#include "hr-workbook-private.h"

gboolean
hr_pack_plan_has_books (HrPlan *plan)
{
  return g_list_model_get_n_items (hr_plan_get_people (plan)) > 0
         && g_list_model_get_n_items (hr_plan_get_accounts (plan)) > 0;
}

/* More people than this and the chart takes the rest of the first page */
#define MANY_PEOPLE 12

static gboolean
books_applies (const HrPackInput *input)
{
  return input->books != NULL;
}

static const char *
status_word (HrBookStatus status)
{
  switch (status)
    {
    case HR_BOOK_OVER:
      /* Translators: a book's status in the pack's table of books */
      return _("Over its limit");
    case HR_BOOK_LIGHT:
      return C_("book", "Light");
    case HR_BOOK_OK:
    default:
      return _("Within its limit");
    }
}

/* One row per person, then the accounts nobody owns */
static HrPageTable *
people_table (HrBooks *books)
{
  HrPageTable *table = hr_page_table_new (9, 1);
  const char *currency = hr_books_get_currency (books);
  const HrBook *unassigned = hr_books_get_unassigned (books);

  hr_page_table_set_column (table, 0, _("Person"), HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, _("Accounts"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, _("ARR"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 3, _("Hours a month"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 4, _("Hours available"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 5, _("Load"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 6, _("Limit"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 7, _("Hours over the limit"), HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 8, _("Status"), HR_ALIGN_START, TRUE);
  for (guint p = 0; p < hr_books_get_n_people (books); p++)
    {
      const HrBook *book = hr_books_get_person (books, p);
      g_autofree char *accounts = hr_format_number (book->n_accounts, 0);
      g_autofree char *arr = hr_format_money (book->arr, currency);
      g_autofree char *hours = hr_format_number (book->workload, 1);
      g_autofree char *capacity = hr_format_number (book->capacity, 1);
      g_autofree char *load = hr_format_percent (book->load, 0);
      g_autofree char *limit = hr_format_percent (book->limit, 0);
      g_autofree char *over = book->over_hours > 0 ? hr_format_number (book->over_hours, 1) : g_strdup ("–");
      const char *cells[] = { book->name, accounts, arr, hours, capacity, load, limit, over,
                              status_word (book->status) };
      guint row = hr_page_table_add_row (table, cells);

      if (book->status == HR_BOOK_OVER)
        {
          hr_page_table_set_cell_flags (table, row, 5, HR_CELL_WARN);
          hr_page_table_set_cell_flags (table, row, 7, HR_CELL_WARN);
        }
      else if (book->status == HR_BOOK_LIGHT)
        hr_page_table_set_cell_flags (table, row, 8, HR_CELL_MUTED);
    }
  if (unassigned->n_accounts > 0)
    {
      g_autofree char *accounts = hr_format_number (unassigned->n_accounts, 0);
      g_autofree char *arr = hr_format_money (unassigned->arr, currency);
      g_autofree char *hours = hr_format_number (unassigned->workload, 1);
      const char *cells[] = { _("Unassigned"), accounts, arr, hours, "–", "–", "–", "–", _("Nobody owns them") };

      hr_page_table_set_row_flags (table, hr_page_table_add_row (table, cells), HR_CELL_MUTED);
    }
  return table;
}

/* "Books of the Customer Success Manager role from February 2027, hours
 * averaged over 3 months; the fullest and the lightest are 78 points apart." */
static char *
dup_scope (const HrPackInput *input)
{
  HrBooks *books = input->books;
  g_autofree char *month = hr_format_month (hr_books_get_month (books), "%B %Y");
  double spread = hr_books_get_spread (books);
  guint window = hr_books_get_window (books);
  g_autofree char *points = NULL;
  g_autofree char *scope = NULL;
  const char *scenario = hr_forecast_get_scenario_id (input->forecast);

  /* Translators: the role, the books' first month and the months their hours are averaged over */
  scope = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The books of the role %s in %s.",
                                        "The books of the role %s from %s, hours averaged over %u months.", window),
                           hr_books_get_role_name (books), month, window);
  if (!isnan (spread) && hr_books_get_n_people (books) > 1)
    {
      g_autofree char *with_spread = NULL;

      points = hr_format_number (100 * spread, 0);
      /* Translators: the sentence above, then the load points between the fullest and the lightest book */
      with_spread = g_strdup_printf (_("%s The fullest and the lightest book are %s points of load apart."), scope,
                                     points);
      g_free (scope);
      scope = g_steal_pointer (&with_spread);
    }
  if (scenario != NULL)
    {
      g_autofree char *with_scenario = NULL;

      /* Translators: the sentences above, then the scenario shown */
      with_scenario = g_strdup_printf (_("%s Under the scenario “%s”: its changes apply to the journey; the people "
                                         "and accounts are the plan’s."),
                                       scope, hr_forecast_get_scenario_name (input->forecast));
      g_free (scope);
      scope = g_steal_pointer (&with_scenario);
    }
  return g_steal_pointer (&scope);
}

static void
books_lay_out (const HrPackInput *input,
               HrPageDoc         *doc)
{
  HrChartOptions options;
  g_autofree char *headline = hr_books_dup_headline (input->books);
  g_autofree char *scope = dup_scope (input);
  g_autoptr(HrPageTable) people = people_table (input->books);
  const char *note = _("Hours a month are each account’s designed and reactive work with indirect and unplanned "
                        "work added, under the effort rules; hours available are FTE × working hours × (1 − "
                        "shrinkage); the limit is the person’s own, else the role’s target load.");
  double below, height;

  hr_page_doc_begin_page (doc, _("Books of business"));
  hr_page_doc_add_paragraph (doc, HR_TEXT_BODY, headline);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, scope);
  hr_pack_chart_options (&options, HR_CHART_BOOKS);
  options.books = input->books;
  if (hr_books_get_n_people (input->books) <= MANY_PEOPLE)
    {
      /* a shorter chart when that keeps a short table on its page */
      below = hr_page_doc_heading_height (doc) + hr_page_doc_paragraph_height (doc, HR_TEXT_NOTE, note)
              + MIN (hr_pack_table_height (doc, people), hr_pack_keep_for (doc, people));
      height = hr_pack_chart_height (doc, 0.45, 160.0, below);
    }
  else
    /* a bar a person: a large team's names stay readable on a page of their own */
    height = hr_page_doc_get_room (doc) - 8.0;
  hr_page_doc_add_chart (doc, height, input->forecast, NULL, &options);
  hr_page_doc_add_heading (doc, _("Each person’s book"), hr_pack_keep_for (doc, people) + 30.0);
  hr_page_doc_add_paragraph (doc, HR_TEXT_NOTE, note);
  hr_page_doc_add_table (doc, people);
}

const HrPackSection hr_pack_books = {
  "books", N_("Books of business"), books_applies, books_lay_out
};

/* --- the workbook's Books sheet: the numbers of `headroom-cli books` --- */

static lxw_row_t
write_people (HrBooks       *books,
              HrWorkbook    *book,
              lxw_worksheet *sheet)
{
  const char *titles[] = {
    _("Person id"), _("Person"), _("Accounts"), _("ARR"), _("Hours a month"), _("Hours available a month"),
    _("Load"), _("Limit"), _("Status"), _("Hours over the limit"),
  };
  const double widths[] = { 12, 24, 10, 14, 12, 12, 9, 9, 10, 14 };
  lxw_row_t row = 1;

  hr_workbook_header (book, sheet, 0, titles, widths, G_N_ELEMENTS (titles), 2);
  for (guint p = 0; p <= hr_books_get_n_people (books); p++, row++)
    {
      gboolean unassigned = p == hr_books_get_n_people (books);
      const HrBook *b = unassigned ? hr_books_get_unassigned (books) : hr_books_get_person (books, p);

      if (unassigned)
        worksheet_write_string (sheet, row, 1, _("Unassigned"), book->text);
      else
        {
          worksheet_write_string (sheet, row, 0, b->id, book->text);
          worksheet_write_string (sheet, row, 1, b->name, book->text);
        }
      hr_workbook_number (sheet, row, 2, b->n_accounts, book->count);
      hr_workbook_number (sheet, row, 3, b->arr, book->money);
      hr_workbook_number (sheet, row, 4, b->workload, book->hours);
      if (unassigned)
        continue;
      hr_workbook_number (sheet, row, 5, b->capacity, book->hours);
      hr_workbook_number (sheet, row, 6, b->load, book->percent);
      hr_workbook_number (sheet, row, 7, b->limit, book->percent);
      /* the CLI's word, so that a filter on it matches the JSON */
      worksheet_write_string (sheet, row, 8, hr_book_status_to_string (b->status), book->text);
      hr_workbook_number (sheet, row, 9, b->over_hours, book->hours);
    }
  return row;
}

static void
write_books (const HrPackInput *input,
             HrWorkbook        *book,
             lxw_worksheet     *sheet)
{
  HrBooks *books = input->books;
  const char *account_titles[] = {
    _("Account id"), _("Account"), _("Owner id"), _("Tier"), _("Effort multiplier"), _("Hours a month"), _("ARR"),
    _("Renewal frozen"),
  };
  lxw_row_t row = write_people (books, book, sheet) + 1;

  /* what the books are of, below the people and above the accounts */
  worksheet_write_string (sheet, row, 1, _("Role"), book->text);
  worksheet_write_string (sheet, row++, 2, hr_books_get_role_id (books), book->text);
  worksheet_write_string (sheet, row, 1, _("First month"), book->text);
  hr_workbook_absolute_month (book, sheet, row++, 2, hr_books_get_month (books));
  worksheet_write_string (sheet, row, 1, _("Months averaged"), book->text);
  hr_workbook_number (sheet, row++, 2, hr_books_get_window (books), book->count);
  worksheet_write_string (sheet, row, 1, _("Fullest minus lightest load"), book->text);
  hr_workbook_number (sheet, row++, 2, hr_books_get_spread (books), book->percent);

  row++;
  for (guint c = 0; c < G_N_ELEMENTS (account_titles); c++)
    worksheet_write_string (sheet, row, c, account_titles[c], book->head);
  row++;
  for (guint j = 0; j < hr_books_get_n_accounts (books); j++, row++)
    {
      const HrBookAccount *a = hr_books_get_account (books, j);

      worksheet_write_string (sheet, row, 0, a->id, book->text);
      worksheet_write_string (sheet, row, 1, a->name, book->text);
      if (a->owner >= 0)
        worksheet_write_string (sheet, row, 2, hr_books_get_person (books, a->owner)->id, book->text);
      worksheet_write_string (sheet, row, 3, hr_books_get_segment_name (books, a->segment), book->text);
      hr_workbook_number (sheet, row, 4, a->multiplier, book->number);
      hr_workbook_number (sheet, row, 5, a->workload, book->hours);
      hr_workbook_number (sheet, row, 6, a->arr, book->money);
      worksheet_write_boolean (sheet, row, 7, a->frozen, book->text);
    }
}

const HrWorkbookSheet hr_workbook_books = { N_("Books"), books_applies, write_books };

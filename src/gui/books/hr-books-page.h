/* hr-books-page.h: each person's book of business against their limit, the
 * accounts behind it, import from a CRM and rebalancing */
#pragma once

#include <gtk/gtk.h>

#include "hr-books.h"
#include "hr-document.h"
#include "hr-undo-stack.h"

G_BEGIN_DECLS

#define HR_TYPE_BOOKS_PAGE (hr_books_page_get_type ())
G_DECLARE_FINAL_TYPE (HrBooksPage, hr_books_page, HR, BOOKS_PAGE, GtkWidget)

/* The person whose accounts are listed: an index among the books' people,
 * or one of these */
#define HR_BOOKS_UNASSIGNED (-1)
#define HR_BOOKS_NOBODY     (-2)

/* The books of @document's plan, under the scenario it shows */
void         hr_books_page_set_context   (HrBooksPage *self,
                                          HrDocument  *document,
                                          HrUndoStack *undo);
/* The books shown; NULL while the page has not computed them (it computes
 * only while it is shown) */
HrBooks     *hr_books_page_get_books     (HrBooksPage *self);
const char  *hr_books_page_get_headline  (HrBooksPage *self);
void         hr_books_page_select        (HrBooksPage *self,
                                          int          person);
int          hr_books_page_get_selected  (HrBooksPage *self);
/* Lists the accounts shown for the selection, by account index */
GArray      *hr_books_page_dup_listed    (HrBooksPage *self);
/* Gives @account (an index among the books' accounts) to @person, as a
 * drop on that person's row does; HR_BOOKS_UNASSIGNED takes it away */
void         hr_books_page_move_account  (HrBooksPage *self,
                                          guint        account,
                                          int          person);
/* Opens the import of @file (what Import Accounts… does once a file is
 * chosen) and returns its dialog */
GtkWindow   *hr_books_page_import_file   (HrBooksPage *self,
                                          GFile       *file);
/* Opens the rebalancing and starts it; returns its dialog */
GtkWindow   *hr_books_page_rebalance     (HrBooksPage *self);

G_END_DECLS

/* hr-books.h: each person's book of business against their capacity
 * (spec §5.1) */
#pragma once

#include "hr-account-hours.h"
#include "hr-portfolio.h"

G_BEGIN_DECLS

typedef enum {
  HR_BOOK_OK,
  HR_BOOK_OVER,
  HR_BOOK_LIGHT,
} HrBookStatus;

/* One person's book, or the unassigned accounts (id NULL) */
typedef struct {
  char         *id;
  char         *name;
  double        fte;
  char        **segments;    /* NULL = any */
  guint         n_accounts;
  double        arr;
  double        workload;    /* hours a month, averaged over the window */
  double        capacity;    /* fte × H × (1 − shrinkage) */
  double        load;
  double        limit;       /* max_load, or the role's target load */
  HrBookStatus  status;
  double        over_hours;  /* max (0, workload − limit × capacity) */
} HrBook;

typedef struct {
  char     *id;
  char     *name;
  guint     segment;      /* index in plan order */
  int       owner;        /* index among the books' people; -1 = unassigned */
  int       tenure;       /* months since the start, in the books' month */
  double    multiplier;   /* M */
  double    workload;     /* W_j averaged over the window */
  double    arr;
  int       renewal;      /* absolute month of the next anniversary from the books' month */
  gboolean  frozen;       /* that renewal falls within the freeze months */
  gboolean  pinned;
} HrBookAccount;

/* Why an account costs what it costs, averaged over the window */
typedef struct {
  const char *moment;     /* the moment's name; NULL for reactive work */
  double      hours;      /* grossed up for indirect and unplanned work */
} HrEffortPart;

#define HR_TYPE_BOOKS (hr_books_get_type ())
G_DECLARE_FINAL_TYPE (HrBooks, hr_books, HR, BOOKS, GObject)

/* The books of @plan, or of its scenario's plan (the scenario's changes
 * apply; people and accounts stay). Fails like hr_plan_apply_scenario(). */
HrBooks             *hr_books_compute          (HrPlan      *plan,
                                                const char  *scenario_id,
                                                GError     **error);

const char          *hr_books_get_role_id      (HrBooks *self);
const char          *hr_books_get_role_name    (HrBooks *self);
int                  hr_books_get_month        (HrBooks *self);   /* absolute */
guint                hr_books_get_window       (HrBooks *self);   /* L′ */
double               hr_books_get_light_load   (HrBooks *self);
double               hr_books_get_solve_seconds (HrBooks *self);
const char          *hr_books_get_currency     (HrBooks *self);
/* highest minus lowest load of the people; NAN when there are none */
double               hr_books_get_spread       (HrBooks *self);
/* people whose book is over its limit */
guint                hr_books_count_over       (HrBooks *self);

guint                hr_books_get_n_people     (HrBooks *self);
const HrBook        *hr_books_get_person       (HrBooks *self, guint person);
int                  hr_books_find_person      (HrBooks *self, const char *id);
const HrBook        *hr_books_get_unassigned   (HrBooks *self);
guint                hr_books_get_n_accounts   (HrBooks *self);
const HrBookAccount *hr_books_get_account      (HrBooks *self, guint account);
int                  hr_books_find_account     (HrBooks *self, const char *id);
const char          *hr_books_get_segment_id   (HrBooks *self, guint segment);
const char          *hr_books_get_segment_name (HrBooks *self, guint segment);
/* TRUE when @person may take accounts of @segment */
gboolean             hr_books_person_takes     (HrBooks *self,
                                                guint    person,
                                                guint    segment);

/* The parts of an account's workload: one per moment with hours in the
 * window, in plan order, then reactive work (HrEffortPart) */
GArray              *hr_books_dup_effort_parts (HrBooks *self,
                                                guint    account);
/* The labels of the effort rules that apply to it (or their conditions,
 * for rules without a label) with their factors, e.g. "at risk × 1.2" */
GPtrArray           *hr_books_dup_rules_applied (HrBooks *self,
                                                 guint    account);

/* The load a person's book would have with @workload hours a month */
double               hr_books_load_for         (HrBooks *self,
                                                guint    person,
                                                double   workload);
HrBookStatus         hr_books_status_for       (HrBooks *self,
                                                guint    person,
                                                double   load);

/* hr-books-export.c: the layout of spec §8, a CSV of people and accounts,
 * and plain sentences */
/* The JSON text, through the streaming writer; hr_books_to_json() reads it
 * back as a tree */
char                *hr_books_to_json_data     (HrBooks *self,
                                                gsize   *length);
JsonNode            *hr_books_to_json          (HrBooks *self);
char                *hr_books_to_csv           (HrBooks *self);
/* "3 of 8 books are over their limit; Dana carries 131% of her hours." */
char                *hr_books_dup_headline     (HrBooks *self);
char                *hr_books_to_text          (HrBooks *self);
const char          *hr_book_status_to_string  (HrBookStatus status);

G_END_DECLS

/* hr-portfolio.c: how books are measured and rebalanced (spec §5
 * portfolio) */
#include "config.h"

#include "hr-portfolio-private.h"

G_DEFINE_FINAL_TYPE (HrPortfolio, hr_portfolio, HR_TYPE_ITEM)

#define OFFSET(member) G_STRUCT_OFFSET (HrPortfolioData, member)

static const HrField portfolio_fields[] = {
  { "role", HR_FIELD_REFERENCE, HR_FIELD_OPTIONAL, OFFSET (role) },
  { "month", HR_FIELD_MONTH, HR_FIELD_OPTIONAL, OFFSET (month), 0, 0, -1 },
  { "window", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (window), 1, 12, 3 },
  { "freeze_months", HR_FIELD_INTEGER, HR_FIELD_HAS_MAX, OFFSET (freeze_months), 0, 12, 2 },
  { "light_load", HR_FIELD_NUMBER, HR_FIELD_HAS_MAX | HR_FIELD_MAX_EXCLUSIVE, OFFSET (light_load), 0, 1.5, 0.5 },
  { "solve_seconds", HR_FIELD_NUMBER, HR_FIELD_MIN_EXCLUSIVE, OFFSET (solve_seconds), 0, 0, 10 },
};

static void
hr_portfolio_class_init (HrPortfolioClass *klass)
{
  hr_item_class_install_data_fields (HR_ITEM_CLASS (klass), "portfolio",
                                     portfolio_fields, G_N_ELEMENTS (portfolio_fields),
                                     G_STRUCT_OFFSET (HrPortfolio, data));
}

static void
hr_portfolio_init (HrPortfolio *self)
{
  hr_item_init_defaults (HR_ITEM (self));
}

const char *hr_portfolio_get_role (HrPortfolio *self) { return self->data.role; }
int hr_portfolio_get_month (HrPortfolio *self) { return self->data.month; }
guint hr_portfolio_get_window (HrPortfolio *self) { return self->data.window; }
guint hr_portfolio_get_freeze_months (HrPortfolio *self) { return self->data.freeze_months; }
double hr_portfolio_get_light_load (HrPortfolio *self) { return self->data.light_load; }
double hr_portfolio_get_solve_seconds (HrPortfolio *self) { return self->data.solve_seconds; }

/* hr-bands-private.h: the bands' storage, shared with their export */
#pragma once

#include "hr-bands.h"

G_BEGIN_DECLS

struct _HrBands
{
  GObject     parent_instance;

  guint       samples;
  guint       confidence;
  guint       n_months;
  guint       n_roles;
  char       *scenario_id;
  double     *role_bands;   /* [role][HrBandsMetric][HrBand][month] */
  double     *totals;       /* [HrBandsTotal][HrBand][month] */
  double     *p_over;       /* [role][month] */
  HrForecast *forecast;     /* unsampled, the planner on the averages */
  HrForecast *confident;    /* unsampled, the planner at confidence */
  GArray     *drivers;      /* HrBandsDriver, the largest spread first */
  double      peak_need;
  char      **warnings;
};

G_END_DECLS

/* hr-summary-panel.c: the plan's vital numbers and whether it holds
 *
 * What changes with every edit (the values, the suggested hires) is shown
 * in GtkInscriptions: their size comes from a number of characters and
 * lines, not from their text, so a new forecast only repaints them and
 * the window is not laid out again while someone types. Texts that
 * change rarely (the status, the rows' titles) are labels that wrap. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#define DEFAULT_THRESHOLD 0.15
/* the hires listed before "and N more": the Hiring plan page has them all */
#define FEW_HIRES 5

#include "hr-application.h"
#include "hr-forecast.h"
#include "hr-hiring.h"
#include "hr-number-entry.h"
#include "hr-summary-panel.h"
#include "hr-format.h"

typedef struct {
  const char *key;
  const char *label;
  const char *tooltip;
} Row;

static const Row rows[] = {
  { "peak-load", N_("Peak load"), N_("The highest load of any role: workload over capacity") },
  { "peak-month", N_("Peak month"), NULL },
  /* the labels of the first and last month name it (labels_for_months) */
  { "required-now", N_("Required FTE now"), N_("People the work needs in the plan’s first month, the whole team") },
  { "effective-now", N_("Effective FTE now"), N_("Ramp-adjusted people in the plan’s first month") },
  { "required-end", N_("Required FTE at end"), N_("People the work needs in the plan’s last month, the whole team") },
  { "effective-end", N_("Effective FTE at end"), N_("Ramp-adjusted people in the plan’s last month") },
  { "months-stretched", N_("Months stretched"),
    N_("Months in which some role is above its target load but none has more work than capacity. "
       "A month over capacity counts only there, so the two add up to the months with any pressure.") },
  { "months-over", N_("Months over capacity"),
    N_("Months in which some role has more work than its capacity. They are not also counted as stretched.") },
  { "cost", N_("Team cost over the whole plan"), N_("Fully loaded cost of the whole team over every month of the plan") },
  { "cost-share", N_("Cost share of ARR over the whole plan"),
    N_("Team cost over the whole plan divided by the revenue over the whole plan. The Pressure test page shows "
       "one month, and each tier’s customer work apart.") },
};

struct _HrSummaryPanel
{
  GtkWidget  parent_instance;

  GtkWidget *shown_label;   /* the baseline or the scenario shown */
  GtkWidget *status_box;
  GtkWidget *status_label;
  GtkWidget *status_detail;
  GtkWidget *error_label;
  GtkWidget *confidence_label;  /* "With 90% confidence the team requires …" */
  GtkWidget *grid;
  GtkWidget *hires_box;
  GtkWidget *hire_labels[FEW_HIRES];
  GtkWidget *more_button;        /* "and N more" */
  GtkWidget *no_hires;
  GtkWidget *cost_share_warning; /* why the cost share is highlighted */
  GtkWidget *labels[G_N_ELEMENTS (rows)];
  GtkWidget *values[G_N_ELEMENTS (rows)];   /* GtkInscription */

  HrDocument *document;
  const char *status;
  double     threshold;
  guint      allocations;
};

enum {
  PROP_0,
  PROP_THRESHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HrSummaryPanel, hr_summary_panel, GTK_TYPE_WIDGET)

static GtkWidget *
value_label (HrSummaryPanel *self,
             const char     *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].key, key))
      return self->values[i];
  g_assert_not_reached ();
}

static void
set_inscription_text (GtkWidget  *inscription,
                      const char *text)
{
  if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (inscription)), text) == 0)
    return;
  gtk_inscription_set_text (GTK_INSCRIPTION (inscription), text);
}

/* What does not fit (a long role name) is ellipsized: the tooltip has it
 * all. It is read from the inscription when asked for, because setting a
 * tooltip's text on every edit costs more than the rest of the summary */
static gboolean
on_value_query_tooltip (GtkWidget  *inscription,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (inscription));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_value (HrSummaryPanel *self,
           const char     *key,
           char           *text)
{
  set_inscription_text (value_label (self, key), text);
  g_free (text);
}

/* A value of the summary: as wide as 14 characters, @lines high */
static GtkWidget *
value_inscription_new (guint lines,
                       float xalign)
{
  GtkWidget *value = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (value), xalign);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (value), lines > 1 ? 0 : 0.5);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (value), 4);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (value), 14);
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (value), lines);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (value), lines);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (value), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (value), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (value, TRUE);
  g_signal_connect (value, "query-tooltip", G_CALLBACK (on_value_query_tooltip), NULL);
  return value;
}

/* The cost share in warning colour, with the reason under it, when it is
 * above the threshold of the preferences */
static void
update_cost_share_warning (HrSummaryPanel *self,
                           HrForecast     *forecast)
{
  GtkWidget *value = value_label (self, "cost-share");
  g_autofree char *reason = forecast ? hr_summary_describe_cost_share (forecast, self->threshold) : NULL;

  gtk_label_set_text (GTK_LABEL (self->cost_share_warning), reason ? reason : "");
  gtk_widget_set_visible (self->cost_share_warning, reason != NULL);
  if (reason)
    {
      gtk_widget_add_css_class (value, "hr-warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
    }
  else
    {
      gtk_widget_remove_css_class (value, "hr-warning");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static char *
fte_text (double value)
{
  return isnan (value) ? g_strdup ("—") : hr_number_format (value, 1);
}

/* "117%", "over 10,000%" past what is worth printing, as everywhere else */
static char *
percent_text (double      value,
              int         digits,
              const char *none)
{
  if (isnan (value))
    return g_strdup (none);
  return hr_format_percent (value, digits);
}

/* The first few hires, "and N more" and "None" are made once and only
 * change their text: an edit rebuilds no widget */
static void
ensure_hire_widgets (HrSummaryPanel *self)
{
  if (self->hire_labels[0] != NULL)
    return;
  for (guint i = 0; i < FEW_HIRES; i++)
    {
      /* two lines, and a third when the months wrap: every hire as high */
      GtkWidget *hire = value_inscription_new (3, 0);

      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (hire), 30);
      gtk_box_append (GTK_BOX (self->hires_box), hire);
      self->hire_labels[i] = hire;
    }
  self->more_button = gtk_button_new ();
  gtk_widget_add_css_class (self->more_button, "link");
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_START);
  gtk_button_set_label (GTK_BUTTON (self->more_button), "");
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->more_button))), TRUE);
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->more_button))), 0);
  gtk_widget_set_tooltip_text (self->more_button, _("Open the Hiring plan page, which lists every suggested hire"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->more_button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->more_button), "s", "hiring");
  gtk_box_append (GTK_BOX (self->hires_box), self->more_button);
  self->no_hires = gtk_label_new (_("None: the team covers the plan"));
  gtk_label_set_xalign (GTK_LABEL (self->no_hires), 0);
  gtk_widget_add_css_class (self->no_hires, "dim-label");
  gtk_box_append (GTK_BOX (self->hires_box), self->no_hires);
}

static void
update_hires (HrSummaryPanel *self,
              HrForecast     *forecast)
{
  guint n = hr_forecast_get_n_suggestions (forecast);

  ensure_hire_widgets (self);
  for (guint i = 0; i < FEW_HIRES; i++)
    {
      const HrSuggestedHire *hire = i < n ? hr_forecast_get_suggestion (forecast, i) : NULL;
      g_autofree char *start = NULL, *req = NULL, *count = NULL, *text = NULL;

      gtk_widget_set_visible (self->hire_labels[i], hire != NULL);
      if (hire == NULL)
        continue;
      start = hr_forecast_format_month (forecast, hire->month, "%b %Y");
      req = hire->requisition >= 0 ? hr_forecast_format_month (forecast, hire->requisition, "%b %Y")
                                   : g_strdup (_("now"));
      count = hr_number_format (hire->count, 1);
      /* Translators: "2 × Customer Success Managers", then start and requisition months */
      text = g_strdup_printf (_("%s × %s\nstart %s · open requisition %s"),
                              count, hr_forecast_get_role_name (forecast, hire->role), start, req);
      set_inscription_text (self->hire_labels[i], text);
    }
  if (n > FEW_HIRES)
    {
      guint more = n - FEW_HIRES;
      /* Translators: under the first few suggested hires of the summary */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more — see Hiring plan",
                                                            "and %u more — see Hiring plan", more), more);

      gtk_button_set_label (GTK_BUTTON (self->more_button), text);
    }
  gtk_widget_set_visible (self->more_button, n > FEW_HIRES);
  gtk_widget_set_visible (self->no_hires, n == 0);
}

/* "Required FTE in Jan 2027": the plan's first and last months by name */
static void
label_months (HrSummaryPanel *self,
              HrForecast     *forecast)
{
  g_autofree char *first = hr_forecast_format_month (forecast, 0, "%b %Y");
  g_autofree char *last = hr_forecast_format_month (forecast, (int) hr_forecast_get_n_months (forecast) - 1, "%b %Y");
  struct { const char *key; char *text; } named[] = {
    /* Translators: a summary row of the whole team, managers included;
     * "Team FTE required, Jan 2027", the plan's first month: the work in
     * FTE at full load, the chart's "Required FTE" */
    { "required-now", g_strdup_printf (_("Team FTE required, %s"), first) },
    /* Translators: a summary row; "Team FTE effective, Jan 2027", the plan's first month */
    { "effective-now", g_strdup_printf (_("Team FTE effective, %s"), first) },
    /* Translators: a summary row; "Team FTE required, Dec 2028", the plan's last month */
    { "required-end", g_strdup_printf (_("Team FTE required, %s"), last) },
    { "effective-end", g_strdup_printf (_("Team FTE effective, %s"), last) },
  };

  for (guint n = 0; n < G_N_ELEMENTS (named); n++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        if (g_str_equal (rows[i].key, named[n].key))
          gtk_label_set_text (GTK_LABEL (self->labels[i]), named[n].text);
      g_free (named[n].text);
    }
}

static void
update (HrSummaryPanel *self)
{
  HrForecast *forecast = self->document ? hr_document_get_forecast (self->document) : NULL;
  const GError *error = self->document ? hr_document_get_forecast_error (self->document) : NULL;
  const HrSummary *summary;
  const char *currency;

  gtk_widget_set_visible (self->error_label, error != NULL);
  if (error)
    {
      g_autofree char *text = g_strdup_printf (_("The numbers below are out of date: %s"), error->message);
      gtk_label_set_text (GTK_LABEL (self->error_label), text);
    }
  if (forecast == NULL)
    return;
  summary = hr_forecast_get_summary (forecast);
  currency = hr_forecast_get_currency (forecast);
  {
    /* Translators: the heading of the summary: the scenario its numbers are of */
    g_autofree char *shown = g_strdup_printf (_("Showing: %s"), hr_forecast_get_scenario_id (forecast)
                                                                ? hr_forecast_get_scenario_name (forecast)
                                                                : _("Baseline"));
    gtk_label_set_text (GTK_LABEL (self->shown_label), shown);
  }

  set_value (self, "peak-load", percent_text (summary->peak_load, 0, _("no capacity")));
  /* no month peaks when nothing loads the team (a plan without customers) */
  if (summary->peak_month >= 0 && summary->peak_load != 0)
    {
      g_autofree char *month = hr_forecast_format_month (forecast, summary->peak_month, "%b %Y");
      set_value (self, "peak-month", g_strdup_printf ("%s · %s", month,
                 summary->peak_role >= 0 ? hr_forecast_get_role_name (forecast, summary->peak_role) : ""));
    }
  else
    set_value (self, "peak-month", g_strdup ("—"));
  set_value (self, "required-now", fte_text (summary->required_fte_now));
  set_value (self, "effective-now", fte_text (summary->effective_fte_now));
  set_value (self, "required-end", fte_text (summary->required_fte_end));
  set_value (self, "effective-end", fte_text (summary->effective_fte_end));
  set_value (self, "months-stretched", g_strdup_printf ("%u", summary->months_stretched));
  set_value (self, "months-over", g_strdup_printf ("%u", summary->months_over));
  set_value (self, "cost", hr_format_money (summary->total_cost, currency));
  set_value (self, "cost-share", percent_text (summary->cost_share, 1, _("no ARR")));
  update_cost_share_warning (self, forecast);
  update_hires (self, forecast);

  label_months (self, forecast);
  {
    static const char *const names[] = { "ok", "costly", "stretched", "over" };
    static const char *const styles[] = { "hr-status-ok", "hr-status-stretched", "hr-status-stretched",
                                          "hr-status-over" };
    g_autofree char *title = NULL;
    g_autofree char *detail = NULL;
    HrPlanStatus status = hr_summary_status (forecast, self->threshold, &title, &detail);

    /* a style taken off and put back restyles the card: only on a change */
    if (self->status != names[status])
      {
        for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
          if (i != status)
            gtk_widget_remove_css_class (self->status_box, styles[i]);
        gtk_widget_add_css_class (self->status_box, styles[status]);
        self->status = names[status];
      }
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->status_label)), title) != 0
        || g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->status_detail)), detail) != 0)
      {
        gtk_label_set_text (GTK_LABEL (self->status_label), title);
        gtk_label_set_text (GTK_LABEL (self->status_detail), detail);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        title, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
      }
  }
}

static void
hr_summary_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HrSummaryPanel *self = HR_SUMMARY_PANEL (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_summary_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HrSummaryPanel *self = HR_SUMMARY_PANEL (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      hr_summary_panel_set_threshold (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_summary_panel_dispose (GObject *object)
{
  HrSummaryPanel *self = HR_SUMMARY_PANEL (object);

  hr_summary_panel_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_SUMMARY_PANEL);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (hr_summary_panel_parent_class)->dispose (object);
}

static void
hr_summary_panel_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
hr_summary_panel_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HR_SUMMARY_PANEL (widget)->allocations++;
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
hr_summary_panel_class_init (HrSummaryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hr_summary_panel_get_property;
  object_class->set_property = hr_summary_panel_set_property;
  object_class->dispose = hr_summary_panel_dispose;
  widget_class->measure = hr_summary_panel_measure;
  widget_class->size_allocate = hr_summary_panel_size_allocate;

  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0, 1, DEFAULT_THRESHOLD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-summary-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, status_box);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, status_detail);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, grid);
  gtk_widget_class_bind_template_child (widget_class, HrSummaryPanel, hires_box);
  gtk_widget_class_set_css_name (widget_class, "hrsummarypanel");
}

static void
hr_summary_panel_init (HrSummaryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->shown_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->shown_label), TRUE);
  gtk_widget_add_css_class (self->shown_label, "heading");
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->status_box)), self->shown_label, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *label = gtk_label_new (_(rows[i].label));
      gboolean peak_month = g_str_equal (rows[i].key, "peak-month");
      /* the peak month and its role take up to three lines, and the
       * column the width of “Customer Success” */
      GtkWidget *value = value_inscription_new (peak_month ? 3 : 1, 1);

      if (peak_month)
        gtk_inscription_set_min_chars (GTK_INSCRIPTION (value), 12);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      set_inscription_text (value, "—");
      gtk_widget_set_hexpand (value, TRUE);
      gtk_widget_add_css_class (value, "numeric");
      if (rows[i].tooltip)
        gtk_widget_set_tooltip_text (label, _(rows[i].tooltip));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      gtk_grid_attach (GTK_GRID (self->grid), label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), value, 1, i, 1, 1);
      self->labels[i] = label;
      self->values[i] = value;
    }
  self->cost_share_warning = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->cost_share_warning), 1);
  gtk_label_set_justify (GTK_LABEL (self->cost_share_warning), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (self->cost_share_warning), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->cost_share_warning), 28);
  gtk_widget_add_css_class (self->cost_share_warning, "hr-warning");
  gtk_widget_add_css_class (self->cost_share_warning, "caption");
  gtk_widget_set_visible (self->cost_share_warning, FALSE);
  gtk_grid_attach (GTK_GRID (self->grid), self->cost_share_warning, 0, G_N_ELEMENTS (rows), 2, 1);

  /* the preferences set the threshold; follow them while the panel lives */
  self->threshold = DEFAULT_THRESHOLD;
  hr_application_apply_setting (self, "threshold", "cost-share-warning", TRUE);
}

/* The need at confidence of the scenario shown, faded while newer bands
 * are sampled */
static void
update_confidence (HrSummaryPanel *self)
{
  HrDocument *document = self->document;
  HrBands *bands = NULL;
  HrForecast *forecast;
  g_autofree char *text = NULL;

  if (document && hr_plan_get_ranges (hr_document_get_plan (document)) != NULL)
    bands = hr_document_get_bands (document);
  forecast = document ? hr_document_get_forecast (document) : NULL;
  if (bands && forecast &&
      g_strcmp0 (hr_bands_get_scenario_id (bands), hr_forecast_get_scenario_id (forecast)) != 0)
    bands = NULL;
  text = bands ? hr_bands_describe_need (bands) : NULL;
  gtk_label_set_text (GTK_LABEL (self->confidence_label), text ? text : "");
  gtk_widget_set_visible (self->confidence_label, text != NULL);
  gtk_widget_set_opacity (self->confidence_label,
                          bands && hr_document_is_stale (document, HR_DOCUMENT_BANDS) ? 0.55 : 1);
  if (text)
    gtk_widget_set_tooltip_text (self->confidence_label,
                                 _("From the plans sampled within the ranges on your estimates: the team’s "
                                   "required FTE in the last month at the plan’s confidence, and on the plan’s own values"));
}

void
hr_summary_panel_set_document (HrSummaryPanel *self,
                               HrDocument     *document)
{
  g_return_if_fail (HR_IS_SUMMARY_PANEL (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document)
    {
      /* always shown: the forecast is computed before the next frame */
      g_signal_connect_object (document, "notify::forecast", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::bands", G_CALLBACK (update_confidence), self, G_CONNECT_SWAPPED);
      update (self);
      update_confidence (self);
    }
}

const char *
hr_summary_panel_get_text (HrSummaryPanel *self,
                           const char     *key)
{
  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), NULL);

  if (g_str_equal (key, "status"))
    return gtk_label_get_text (GTK_LABEL (self->status_label));
  if (g_str_equal (key, "status-detail"))
    return gtk_label_get_text (GTK_LABEL (self->status_detail));
  if (g_str_equal (key, "shown"))
    return gtk_label_get_text (GTK_LABEL (self->shown_label));
  if (g_str_equal (key, "confidence"))
    return gtk_widget_get_visible (self->confidence_label) ? gtk_label_get_text (GTK_LABEL (self->confidence_label))
                                                           : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].key, key))
      return gtk_inscription_get_text (GTK_INSCRIPTION (self->values[i]));
  return NULL;
}

double
hr_summary_panel_get_threshold (HrSummaryPanel *self)
{
  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), DEFAULT_THRESHOLD);
  return self->threshold;
}

void
hr_summary_panel_set_threshold (HrSummaryPanel *self,
                                double          threshold)
{
  g_return_if_fail (HR_IS_SUMMARY_PANEL (self));

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  /* the status card weighs the cost share against it too */
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

const char *
hr_summary_panel_get_cost_share_warning (HrSummaryPanel *self)
{
  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), NULL);

  if (!gtk_widget_get_visible (self->cost_share_warning))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->cost_share_warning));
}

guint
hr_summary_panel_get_n_hires_listed (HrSummaryPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), 0);

  for (guint i = 0; i < FEW_HIRES; i++)
    n += self->hire_labels[i] && gtk_widget_get_visible (self->hire_labels[i]);
  return n;
}

GtkWidget *
hr_summary_panel_get_more_hires (HrSummaryPanel *self)
{
  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), NULL);
  return self->more_button && gtk_widget_get_visible (self->more_button) ? self->more_button : NULL;
}

const char *
hr_summary_panel_get_status (HrSummaryPanel *self)
{
  return self->status;
}

guint
hr_summary_panel_get_allocations (HrSummaryPanel *self)
{
  g_return_val_if_fail (HR_IS_SUMMARY_PANEL (self), 0);
  return self->allocations;
}

/* hr-pressure-page.c: the pressure test per tier for one month, its
 * summary in words, and the team's bottom-up people against the ARR rule
 * month by month. Every number and sentence comes from hr-hiring.h. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-accessible.h"
#include "hr-application.h"
#include "hr-chart-view.h"
#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-pressure-page.h"

#define DEFAULT_THRESHOLD 0.15

struct _HrPressurePage
{
  GtkWidget  parent_instance;

  GtkWidget *scroller;
  GtkWidget *year_dropdown;
  GtkWidget *month_dropdown;
  GtkWidget *summary;
  GtkWidget *table;
  GtkWidget *chart;

  HrDocument *document;
  GPtrArray *texts;       /* cell texts, row by row, HR_PRESSURE_N_COLUMNS a row */
  GPtrArray *names;       /* the tier label of each row */
  GPtrArray *reasons;     /* labels, one a row */
  GArray    *flagged;     /* gboolean, one a row */
  double     threshold;
  int        month;       /* -1: the last */
  int        shown_start; /* months of the drop-downs: absolute months */
  guint      shown_months;
  int        picker_first; /* the absolute month of the month drop-down's first entry */
  int        picker_year;  /* the year the month drop-down lists, G_MININT: none */
  gboolean   updating;
  gboolean   dirty;
};

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_MONTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HrPressurePage, hr_pressure_page, GTK_TYPE_WIDGET)

static const struct {
  const char *title;
  const char *tooltip;
} columns[HR_PRESSURE_N_COLUMNS] = {
  { N_("Tier"), NULL },
  { N_("Accounts"), N_("Accounts in the month tested") },
  { N_("ARR"), N_("Annual recurring revenue of the tier") },
  { N_("People needed"), N_("Bottom-up: the people the tier’s designed and reactive work needs") },
  { N_("ARR rule grants"), N_("Top-down: the tier’s ARR over the ARR-per-person rule") },
  { N_("Gap to ARR rule"), N_("People needed minus people the ARR rule grants: “+” means the rule grants too few "
                              "for the work, “−” more than the work needs") },
  { N_("Accounts per person"), N_("Accounts one person carries, and what the rule implies") },
  { N_("ARR per person"), N_("ARR one person carries, and what the rule implies") },
  { N_("Cost to serve a year"), N_("Yearly cost of the tier’s designed and reactive work, and its share of "
                                   "the tier’s ARR: the same as the cost per account over the tier’s ACV") },
  { NULL, NULL },   /* shown in the cost column */
};

static HrForecast *
shown_forecast (HrPressurePage *self)
{
  return self->document ? hr_document_get_forecast (self->document) : NULL;
}

static guint
tested_month (HrPressurePage *self,
              HrForecast     *f)
{
  guint T = hr_forecast_get_n_months (f);

  return self->month < 0 || (guint) self->month >= T ? T - 1 : (guint) self->month;
}

static GtkWidget *
cell_new (const char *text,
          const char *css,
          gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_widget_add_css_class (label, "hr-cell");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

/* "43" over a smaller "rule 121" */
static GtkWidget *
two_line_cell_new (const char *value,
                   const char *second)
{
  GtkWidget *label = cell_new (value, NULL, TRUE);
  g_autofree char *markup = g_markup_printf_escaped ("%s\n<small>%s</small>", value, second);
  /* Translators: a cell's two lines as read aloud, "43, rule 121" */
  g_autofree char *spoken = g_strdup_printf (_("%s, %s"), value, second);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  return label;
}

static char *
rule_text (const char *value)
{
  /* Translators: the accounts or ARR one person carries by the ARR rule,
   * under what one person carries now; keep it short */
  return g_strdup_printf (_("rule %s"), value);
}

static void
add_row (HrPressurePage       *self,
         HrForecast           *f,
         const HrTierPressure *p,
         guint                 index,
         int                   grid_row)
{
  const char *currency = hr_forecast_get_currency (f);
  gboolean team = p->segment == HR_PRESSURE_TEAM;
  const char *name = team ? _("Team") : hr_forecast_get_segment_name (f, p->segment);
  const char *css = index % 2 ? "hr-row-odd" : "hr-row-even";
  g_autofree char *reason = hr_pressure_describe_tier (f, p, self->threshold);
  g_autofree char *apf_rule = hr_format_number (p->accounts_per_fte_rule, 0);
  g_autofree char *arrpf_rule = hr_format_money (p->arr_per_fte_rule, currency);
  char *texts[HR_PRESSURE_N_COLUMNS] = {
    g_strdup (name),
    hr_format_number (p->accounts, 0),
    hr_format_money (p->arr, currency),
    hr_format_number (p->fte_ruled, 1),
    hr_format_number (p->fte_top_down, 1),
    hr_format_signed (p->fte_gap, 1),
    hr_format_number (p->accounts_per_fte, 0),
    hr_format_money (p->arr_per_fte, currency),
    hr_format_money (p->cost_to_serve, currency),
    hr_format_percent (p->cost_share, 1),
  };
  GtkWidget *reason_label;

  for (guint c = 0; c < HR_PRESSURE_N_COLUMNS; c++)
    {
      g_autofree char *second = NULL;
      GtkWidget *cell;

      g_ptr_array_add (self->texts, texts[c]);
      if (c == HR_PRESSURE_COLUMN_SHARE)
        continue;
      if (c == HR_PRESSURE_COLUMN_ACCOUNTS_PER_FTE)
        second = rule_text (apf_rule);
      else if (c == HR_PRESSURE_COLUMN_ARR_PER_FTE)
        second = rule_text (arrpf_rule);
      else if (c == HR_PRESSURE_COLUMN_COST)
        /* Translators: the cost to serve as a share of ARR, "21% of ARR" */
        second = g_strdup_printf (_("%s of ARR"), texts[HR_PRESSURE_COLUMN_SHARE]);
      cell = second ? two_line_cell_new (texts[c], second) : cell_new (texts[c], NULL, c != HR_PRESSURE_COLUMN_TIER);
      gtk_widget_add_css_class (cell, css);
      if (team)
        gtk_widget_add_css_class (cell, "heading");
      if (p->over_threshold)
        gtk_widget_add_css_class (cell, "hr-late");
      if (c != HR_PRESSURE_COLUMN_TIER)
        gtk_widget_set_hexpand (cell, TRUE);
      gtk_grid_attach (GTK_GRID (self->table), cell, c, grid_row, 1, 1);
      if (c == HR_PRESSURE_COLUMN_TIER)
        g_ptr_array_add (self->names, cell);
    }

  reason_label = gtk_label_new (reason);
  gtk_label_set_xalign (GTK_LABEL (reason_label), 0);
  gtk_label_set_wrap (GTK_LABEL (reason_label), TRUE);
  gtk_widget_set_margin_start (reason_label, 12);
  gtk_widget_set_margin_bottom (reason_label, 4);
  gtk_widget_add_css_class (reason_label, "caption");
  gtk_widget_add_css_class (reason_label, p->over_threshold ? "hr-late" : "dim-label");
  gtk_grid_attach (GTK_GRID (self->table), reason_label, 0, grid_row + 1, HR_PRESSURE_N_COLUMNS - 1, 1);
  g_ptr_array_add (self->reasons, reason_label);
  g_array_append_val (self->flagged, p->over_threshold);

  /* the tier's name says whether it is flagged and why */
  {
    GtkWidget *tier = self->names->pdata[self->names->len - 1];
    /* Translators: a tier flagged by the pressure test, as read aloud */
    g_autofree char *spoken = p->over_threshold ? g_strdup_printf (_("%s, flagged"), name) : g_strdup (name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (tier), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
  }
}

/* The year drop-down lists the plan's years; the month drop-down the
 * months of the chosen year that are in the plan: at most 12 entries
 * whatever the horizon */
static void
update_years (HrPressurePage *self,
              HrForecast     *f)
{
  int start = hr_forecast_get_start_year (f) * 12 + hr_forecast_get_start_month (f) - 1;
  guint T = hr_forecast_get_n_months (f);
  g_autoptr(GtkStringList) names = NULL;

  if (start == self->shown_start && T == self->shown_months)
    return;
  names = gtk_string_list_new (NULL);
  for (int year = start / 12; year <= (start + (int) T - 1) / 12; year++)
    {
      g_autofree char *text = hr_format_month (year * 12, "%Y");
      gtk_string_list_append (names, text);
    }
  self->shown_start = start;
  self->shown_months = T;
  self->picker_year = G_MININT;
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->year_dropdown), G_LIST_MODEL (names));
  self->updating = FALSE;
}

/* Shows month @t of the plan in the two drop-downs */
static void
show_in_pickers (HrPressurePage *self,
                 guint           t)
{
  int month = self->shown_start + (int) t;
  int year = month / 12;

  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->year_dropdown), year - self->shown_start / 12);
  if (year != self->picker_year)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      int last = MIN (self->shown_start + (int) self->shown_months - 1, year * 12 + 11);

      self->picker_first = MAX (self->shown_start, year * 12);
      self->picker_year = year;
      for (int m = self->picker_first; m <= last; m++)
        {
          g_autofree char *text = hr_format_month (m, "%B");
          gtk_string_list_append (names, text);
        }
      gtk_drop_down_set_model (GTK_DROP_DOWN (self->month_dropdown), G_LIST_MODEL (names));
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->month_dropdown), month - self->picker_first);
  self->updating = FALSE;
}

/* Tests month @month (absolute), kept within the plan */
static void
choose_month (HrPressurePage *self,
              int             month)
{
  int t = CLAMP (month - self->shown_start, 0, (int) self->shown_months - 1);

  hr_pressure_page_set_month (self, t + 1 == (int) self->shown_months ? -1 : t);
}

static void
rebuild (HrPressurePage *self)
{
  HrForecast *f = shown_forecast (self);
  g_autoptr(GArray) tiers = NULL;
  g_autofree char *summary = NULL;
  HrTierPressure team;
  GtkWidget *child;
  guint t;

  self->dirty = FALSE;
  while ((child = gtk_widget_get_first_child (self->table)))
    gtk_grid_remove (GTK_GRID (self->table), child);
  g_ptr_array_set_size (self->texts, 0);
  g_ptr_array_set_size (self->names, 0);
  g_ptr_array_set_size (self->reasons, 0);
  g_array_set_size (self->flagged, 0);
  if (f == NULL || hr_forecast_get_n_months (f) == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->summary), "");
      return;
    }

  update_years (self, f);
  t = tested_month (self, f);
  show_in_pickers (self, t);

  for (guint c = 0; columns[c].title; c++)
    {
      GtkWidget *header = cell_new (_(columns[c].title), "heading", c != HR_PRESSURE_COLUMN_TIER);

      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (header), 8);
      gtk_label_set_justify (GTK_LABEL (header), c ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
      gtk_widget_set_valign (header, GTK_ALIGN_END);
      if (columns[c].tooltip)
        gtk_widget_set_tooltip_text (header, _(columns[c].tooltip));
      gtk_grid_attach (GTK_GRID (self->table), header, c, 0, 1, 1);
    }

  tiers = hr_pressure_test (f, t, self->threshold);
  for (guint i = 0; i < tiers->len; i++)
    add_row (self, f, &g_array_index (tiers, HrTierPressure, i), i, 1 + 2 * i);
  team = hr_pressure_total (tiers, self->threshold);
  add_row (self, f, &team, tiers->len, 1 + 2 * tiers->len);

  summary = hr_pressure_summary (f, t, self->threshold);
  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  hr_chart_view_set_role (HR_CHART_VIEW (self->chart), hr_pressure_rule_role (f));
}

static void
queue_rebuild (HrPressurePage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
ensure_built (HrPressurePage *self)
{
  if (self->dirty)
    rebuild (self);
}

static void
month_selected_cb (HrPressurePage *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->month_dropdown));

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  choose_month (self, self->picker_first + (int) selected);
}

/* another year: the same calendar month in it, or the nearest the plan has */
static void
year_selected_cb (HrPressurePage *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->year_dropdown));
  int current = self->picker_first + (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->month_dropdown));

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || self->picker_year == G_MININT)
    return;
  choose_month (self, (self->shown_start / 12 + (int) selected) * 12 + current % 12);
}

static void
now_clicked_cb (HrPressurePage *self)
{
  hr_pressure_page_set_month (self, 0);
}

static void
end_clicked_cb (HrPressurePage *self)
{
  hr_pressure_page_set_month (self, -1);
}

static void
hr_pressure_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hr_pressure_page_parent_class)->map (widget);
  ensure_built (HR_PRESSURE_PAGE (widget));
}

static void
hr_pressure_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HrPressurePage *self = HR_PRESSURE_PAGE (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;
    case PROP_MONTH:
      g_value_set_int (value, self->month);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_pressure_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HrPressurePage *self = HR_PRESSURE_PAGE (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      hr_pressure_page_set_threshold (self, g_value_get_double (value));
      break;
    case PROP_MONTH:
      hr_pressure_page_set_month (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hr_pressure_page_dispose (GObject *object)
{
  HrPressurePage *self = HR_PRESSURE_PAGE (object);

  hr_pressure_page_set_document (self, NULL);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  g_clear_pointer (&self->flagged, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_PRESSURE_PAGE);
  G_OBJECT_CLASS (hr_pressure_page_parent_class)->dispose (object);
}

static void
hr_pressure_page_class_init (HrPressurePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hr_pressure_page_get_property;
  object_class->set_property = hr_pressure_page_set_property;
  object_class->dispose = hr_pressure_page_dispose;
  widget_class->map = hr_pressure_page_map;

  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0, 1, DEFAULT_THRESHOLD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HR_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-pressure-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, summary);
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, table);
  gtk_widget_class_bind_template_child (widget_class, HrPressurePage, chart);
  gtk_widget_class_bind_template_callback (widget_class, month_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, now_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hr_pressure_page_init (HrPressurePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hr_drop_down_set_label (self->year_dropdown, _("Year tested"));
  hr_drop_down_set_label (self->month_dropdown, _("Month tested"));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->names = g_ptr_array_new ();
  self->reasons = g_ptr_array_new ();
  self->flagged = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->threshold = DEFAULT_THRESHOLD;
  self->month = -1;
  self->shown_start = G_MININT;
  self->picker_year = G_MININT;
  self->dirty = TRUE;
  hr_chart_view_set_kind (HR_CHART_VIEW (self->chart), HR_CHART_HEADCOUNT);

  /* the preferences edit the threshold; follow them while the page lives */
  hr_application_apply_setting (self, "threshold", "cost-share-warning", TRUE);
}

void
hr_pressure_page_set_document (HrPressurePage *self,
                               HrDocument     *document)
{
  g_return_if_fail (HR_IS_PRESSURE_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document)
    g_signal_connect_object (document, "notify::forecast", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  if (self->chart)
    hr_chart_view_set_document (HR_CHART_VIEW (self->chart), document);
  self->shown_start = G_MININT;
  queue_rebuild (self);
}

double
hr_pressure_page_get_threshold (HrPressurePage *self)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), DEFAULT_THRESHOLD);
  return self->threshold;
}

void
hr_pressure_page_set_threshold (HrPressurePage *self,
                                double          threshold)
{
  g_return_if_fail (HR_IS_PRESSURE_PAGE (self));

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

int
hr_pressure_page_get_month (HrPressurePage *self)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), -1);
  return self->month;
}

void
hr_pressure_page_set_month (HrPressurePage *self,
                            int             month)
{
  g_return_if_fail (HR_IS_PRESSURE_PAGE (self));

  month = MAX (month, -1);
  if (self->month == month)
    return;
  self->month = month;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

guint
hr_pressure_page_get_n_rows (HrPressurePage *self)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), 0);
  ensure_built (self);
  return self->reasons->len;
}

const char *
hr_pressure_page_get_cell (HrPressurePage  *self,
                           guint            row,
                           HrPressureColumn column)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), NULL);
  ensure_built (self);
  g_return_val_if_fail (row < self->reasons->len && column < HR_PRESSURE_N_COLUMNS, NULL);
  return self->texts->pdata[row * HR_PRESSURE_N_COLUMNS + column];
}

gboolean
hr_pressure_page_get_flagged (HrPressurePage *self,
                              guint           row)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), FALSE);
  ensure_built (self);
  g_return_val_if_fail (row < self->flagged->len, FALSE);
  return g_array_index (self->flagged, gboolean, row)
         && gtk_widget_has_css_class (self->names->pdata[row], "hr-late");
}

const char *
hr_pressure_page_get_reason (HrPressurePage *self,
                             guint           row)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), NULL);
  ensure_built (self);
  g_return_val_if_fail (row < self->reasons->len, NULL);
  return gtk_label_get_text (GTK_LABEL (self->reasons->pdata[row]));
}

const char *
hr_pressure_page_get_summary (HrPressurePage *self)
{
  g_return_val_if_fail (HR_IS_PRESSURE_PAGE (self), NULL);
  ensure_built (self);
  return gtk_label_get_text (GTK_LABEL (self->summary));
}

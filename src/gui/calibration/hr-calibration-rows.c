/* hr-calibration-rows.c: moments, effort mix and reactive work as widgets */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hr-calibration-rows.h"
#include "hr-format.h"

/* --- the spread of one moment's hours --- */

typedef struct {
  double low, q1, median, q3, high;   /* NAN when nothing was logged */
  double designed;                    /* NAN without a design */
  double scale;
  gboolean small;
} Spread;

static void
draw_spread (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const Spread *s = data;
  double cy = height / 2.0, x;
  GdkRGBA fg;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (area), &fg);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
#endif
  if (s->scale <= 0)
    return;
  /* a light track for the scale, then what was logged, then the design */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.08);
  cairo_rectangle (cr, 0, cy - 1, width, 2);
  cairo_fill (cr);
#define X(v) (6 + (width - 12) * MIN ((v), s->scale) / s->scale)
  if (!isnan (s->low))
    {
      cairo_set_source_rgba (cr, 0.11, 0.42, 0.62, s->small ? 0.35 : 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, X (s->low), cy);
      cairo_line_to (cr, X (s->high), cy);
      cairo_stroke (cr);
      cairo_rectangle (cr, X (s->q1), cy - height * 0.3, MAX (X (s->q3) - X (s->q1), 2), height * 0.6);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, X (s->median), cy - height * 0.35);
      cairo_line_to (cr, X (s->median), cy + height * 0.35);
      cairo_stroke (cr);
    }
  if (!isnan (s->designed))
    {
      double r = height * 0.3;

      x = X (s->designed);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      cairo_move_to (cr, x, cy - r);
      cairo_line_to (cr, x + r, cy);
      cairo_line_to (cr, x, cy + r);
      cairo_line_to (cr, x - r, cy);
      cairo_close_path (cr);
      cairo_set_line_width (cr, 1.5);
      if (s->small)
        cairo_stroke (cr);
      else
        cairo_fill (cr);
    }
#undef X
}

static GtkWidget *
spread_new (const HrMomentFigures *f,
            gboolean               small,
            double                 scale,
            const char            *name)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Spread *s = g_new0 (Spread, 1);
  g_autofree char *low = hr_calibration_format_hours (f->low);
  g_autofree char *high = hr_calibration_format_hours (f->high);
  g_autofree char *median = hr_calibration_format_hours (f->actual_median);
  g_autofree char *designed = hr_calibration_format_hours (hr_moment_figures_get_designed (f));
  g_autofree char *description = NULL;

  *s = (Spread) { f->low, f->lower_quartile, f->actual_median, f->upper_quartile, f->high,
                  hr_moment_figures_get_designed (f), scale, small };
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 18);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_spread, s, g_free);
  if (f->occurrences > 0)
    /* Translators: a moment's spread of logged hours, for screen readers */
    description = g_strdup_printf (_("%s: logged from %s to %s h, median %s h; designed %s h"),
                                   name, low, high, median, designed);
  else
    description = g_strdup_printf (_("%s: not logged; designed %s h"), name, designed);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return area;
}

double
hr_calibration_rows_scale (HrCalibration *calibration)
{
  double top = 0;

  for (guint k = 0; k < hr_calibration_get_n_moments (calibration); k++)
    {
      const HrMomentFigures *f = &hr_calibration_get_moment (calibration, k)->all;
      double designed = hr_moment_figures_get_designed (f);

      if (f->occurrences > 0)
        top = MAX (top, f->high);
      if (!isnan (designed))
        top = MAX (top, designed);
    }
  return top * 1.05;
}

/* --- a moment's row --- */

static GtkWidget *
verdict_label (char       *text,
               gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  g_free (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
verdict_pill (HrMomentVerdict verdict)
{
  GtkWidget *pill = gtk_label_new (hr_moment_verdict_get_label (verdict));

  gtk_widget_add_css_class (pill, "hr-status");
  gtk_widget_add_css_class (pill, "hr-verdict");
  if (verdict == HR_MOMENT_NOT_HAPPENING)
    gtk_widget_add_css_class (pill, "hr-status-over");
  else if (verdict == HR_MOMENT_LONGER)
    gtk_widget_add_css_class (pill, "hr-status-stretched");
  else if (verdict == HR_MOMENT_AS_DESIGNED || verdict == HR_MOMENT_SHORTER)
    gtk_widget_add_css_class (pill, "hr-status-ok");
  else
    gtk_widget_add_css_class (pill, "dim-label");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

static void
add_verdicts (GtkBox        *box,
              HrCalibration *c,
              guint          moment,
              int            segment)
{
  char *delivery = hr_calibration_dup_delivery_verdict (c, moment, segment);
  char *hours = hr_calibration_dup_hours_verdict (c, moment, segment);
  char *sample = hr_calibration_dup_sample_note (c, moment, segment);

  if (delivery)
    gtk_box_append (box, verdict_label (delivery, FALSE));
  if (hours)
    gtk_box_append (box, verdict_label (hours, FALSE));
  if (sample)
    gtk_box_append (box, verdict_label (sample, TRUE));
}

GtkWidget *
hr_calibration_moment_row_new (HrCalibration *c,
                               guint          moment,
                               double         scale)
{
  const HrMomentCalibration *m = hr_calibration_get_moment (c, moment);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (m->name);
  GtkWidget *tiers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *expander;
  HrMomentVerdict verdict = hr_calibration_get_verdict (c, &m->all);
  guint shown = 0;

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), verdict_pill (verdict));
  gtk_box_append (GTK_BOX (box), top);
  add_verdicts (GTK_BOX (box), c, moment, -1);
  gtk_box_append (GTK_BOX (box), spread_new (&m->all, hr_calibration_is_small (c, &m->all), scale, m->name));

  /* per tier, on demand: the tiers it was due or logged in */
  for (guint g = 0; g < hr_calibration_get_n_segments (c); g++)
    {
      const HrMomentFigures *f = &m->segments[g];
      GtkWidget *tier;
      GtkWidget *title;

      if (f->due == 0 && f->occurrences == 0)
        continue;
      tier = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      title = gtk_label_new (hr_calibration_get_segment (c, g)->name);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_box_append (GTK_BOX (tier), title);
      add_verdicts (GTK_BOX (tier), c, moment, g);
      gtk_box_append (GTK_BOX (tier), spread_new (f, hr_calibration_is_small (c, f), scale,
                                                  hr_calibration_get_segment (c, g)->name));
      gtk_box_append (GTK_BOX (tiers), tier);
      shown++;
    }
  if (shown > 1)
    {
      expander = gtk_expander_new (_("By tier"));
      gtk_widget_set_margin_start (tiers, 12);
      gtk_widget_set_margin_top (tiers, 4);
      gtk_expander_set_child (GTK_EXPANDER (expander), tiers);
      gtk_box_append (GTK_BOX (box), expander);
    }
  else
    {
      /* never shown: let go of it */
      g_object_ref_sink (tiers);
      g_object_unref (tiers);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "hr-moment", GUINT_TO_POINTER (moment));
  return row;
}

char *
hr_calibration_dup_quiet_moments (HrCalibration *c)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint k = 0; k < hr_calibration_get_n_moments (c); k++)
    if (hr_calibration_get_verdict (c, &hr_calibration_get_moment (c, k)->all) == HR_MOMENT_QUIET)
      g_ptr_array_add (names, hr_calibration_get_moment (c, k)->name);
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  /* Translators: the separator of a list of moment names */
  list = g_strjoinv (_(", "), (char **) names->pdata);
  /* Translators: %s lists moments */
  return g_strdup_printf (_("Not due and not logged in this period: %s."), list);
}

/* --- grids --- */

void
hr_calibration_clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))))
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell (const char *text,
      const char *css,
      float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css)
    gtk_widget_add_css_class (label, css);
  if (xalign > 0.5f)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* "50%" and under it "plan 15%", the logged share bold when it is 5
 * points or more off the plan */
static GtkWidget *
share_cell (double logged,
            double plan)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *value = hr_format_percent (logged, 0);
  g_autofree char *planned = hr_format_percent (plan, 0);
  /* Translators: under a logged share, the plan's assumption */
  g_autofree char *note = g_strdup_printf (_("plan %s"), planned);

  gtk_box_append (GTK_BOX (box), cell (isnan (logged) ? _("not logged") : value,
                                       !isnan (logged) && fabs (logged - plan) >= 0.05 ? "heading" : NULL, 1.0f));
  gtk_box_append (GTK_BOX (box), cell (note, "dim-label", 1.0f));
  return box;
}

void
hr_calibration_fill_mix (GtkGrid       *grid,
                         HrCalibration *c)
{
  static const char *headers[] = { N_("Role"), N_("Indirect"), N_("Unplanned"), N_("Leave"), N_("Logged") };
  guint row = 1;

  hr_calibration_clear_grid (grid);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (grid, cell (_(headers[i]), "caption-heading", i ? 1.0f : 0.0f), i, 0, 1, 1);
  for (guint r = 0; r < hr_calibration_get_n_roles (c); r++)
    {
      const HrRoleCalibration *role = hr_calibration_get_role (c, r);
      g_autofree char *worked = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *verdict = NULL;
      GtkWidget *name;

      if (role->person_months == 0)
        continue;
      hours = hr_calibration_format_hours (role->worked);
      /* Translators: hours worked and person-months behind a role's mix */
      worked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s h in %u person-month", "%s h in %u person-months",
                                             role->person_months), hours, role->person_months);
      name = cell (role->name, NULL, 0.0f);
      verdict = hr_calibration_dup_mix_verdict (c, r);
      gtk_widget_set_tooltip_text (name, verdict);
      gtk_grid_attach (grid, name, 0, row, 1, 1);
      gtk_grid_attach (grid, share_cell (role->indirect_share, role->plan_indirect), 1, row, 1, 1);
      gtk_grid_attach (grid, share_cell (role->unplanned_share, role->plan_unplanned), 2, row, 1, 1);
      gtk_grid_attach (grid, share_cell (role->shrinkage, role->plan_shrinkage), 3, row, 1, 1);
      gtk_grid_attach (grid, cell (worked, "dim-label", 1.0f), 4, row, 1, 1);
      row++;
    }
  if (row == 1)
    {
      hr_calibration_clear_grid (grid);
      gtk_grid_attach (grid, cell (_("No one of the plan’s people logged time in this period."), "dim-label", 0.0f),
                       0, 0, 1, 1);
    }
}

static int
compare_reactive (gconstpointer a,
                  gconstpointer b)
{
  const HrAccountCalibration *x = *(HrAccountCalibration **) a, *y = *(HrAccountCalibration **) b;

  return (y->reactive_hours > x->reactive_hours) - (y->reactive_hours < x->reactive_hours);
}

/* "Acme Corp 12 h, Globex 4 h": the accounts of a tier that took most */
static char *
dup_top_accounts (HrCalibration *c,
                  guint          segment)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint j = 0; j < hr_calibration_get_n_accounts (c); j++)
    {
      const HrAccountCalibration *a = hr_calibration_get_account (c, j);

      if (a->segment == segment && a->reactive_hours > 0)
        g_ptr_array_add (accounts, (gpointer) a);
    }
  g_ptr_array_sort (accounts, compare_reactive);
  for (guint i = 0; i < MIN (accounts->len, 3); i++)
    {
      const HrAccountCalibration *a = accounts->pdata[i];
      g_autofree char *hours = hr_calibration_format_hours (a->reactive_hours);

      if (i > 0)
        g_string_append (text, _(", "));
      /* Translators: an account and its reactive hours in the period */
      g_string_append_printf (text, _("%s %s h"), a->name, hours);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
hr_calibration_fill_reactive (GtkGrid       *grid,
                              HrCalibration *c)
{
  static const char *headers[] = { N_("Tier"), N_("Logged"), N_("Plan"), N_("Account-months"), N_("Most reactive") };
  guint row = 1;

  hr_calibration_clear_grid (grid);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (grid, cell (_(headers[i]), "caption-heading", i == 0 || i == 4 ? 0.0f : 1.0f), i, 0, 1, 1);
  for (guint g = 0; g < hr_calibration_get_n_segments (c); g++)
    {
      const HrSegmentCalibration *s = hr_calibration_get_segment (c, g);
      g_autofree char *logged = hr_calibration_format_hours (s->reactive_per_account);
      g_autofree char *plan = hr_calibration_format_hours (s->plan_reactive_hours);
      g_autofree char *months = g_strdup_printf ("%u", s->account_months);
      g_autofree char *top = dup_top_accounts (c, g);
      g_autofree char *logged_h = g_strdup_printf (_("%s h"), logged);
      g_autofree char *plan_h = g_strdup_printf (_("%s h"), plan);
      GtkWidget *most;

      if (s->account_months == 0)
        continue;
      gtk_grid_attach (grid, cell (s->name, NULL, 0.0f), 0, row, 1, 1);
      gtk_grid_attach (grid, cell (logged_h, fabs (s->reactive_per_account - s->plan_reactive_hours) >=
                                   0.2 * MAX (s->plan_reactive_hours, 0.5) ? "heading" : NULL, 1.0f), 1, row, 1, 1);
      gtk_grid_attach (grid, cell (plan_h, "dim-label", 1.0f), 2, row, 1, 1);
      gtk_grid_attach (grid, cell (months, "dim-label", 1.0f), 3, row, 1, 1);
      most = cell (top, "dim-label", 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (most), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (most), 36);
      gtk_widget_set_tooltip_text (most, top);
      gtk_grid_attach (grid, most, 4, row, 1, 1);
      row++;
    }
  if (row == 1)
    {
      hr_calibration_clear_grid (grid);
      gtk_grid_attach (grid, cell (_("No account of the plan had a month in this period."), "dim-label", 0.0f),
                       0, 0, 1, 1);
    }
}

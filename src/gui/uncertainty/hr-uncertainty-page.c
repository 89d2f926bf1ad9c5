/* hr-uncertainty-page.c: the ranges, what each does to the peak need, the
 * need at confidence, and how the bands are sampled */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hr-chart-view.h"
#include "hr-format.h"
#include "hr-form.h"
#include "hr-number-entry.h"
#include "hr-range-button.h"
#include "hr-target.h"
#include "hr-uncertainty-page.h"

struct _HrUncertaintyPage
{
  GtkWidget    parent_instance;

  GtkWidget   *scroller;
  GtkWidget   *intro;
  GtkWidget   *status;
  GtkWidget   *progress;
  GtkWidget   *cancel;
  GtkWidget   *resume;
  GtkWidget   *need;
  GtkWidget   *drivers_heading;
  GtkWidget   *drivers_caption;
  GtkWidget   *chart_slot;
  GtkWidget   *ranges_list;
  GtkWidget   *settings_slot;
  GtkWidget   *settings;     /* HrForm on the plan's uncertainty object */
  GtkWidget   *chart;        /* the drivers chart, as exported */

  HrDocument  *document;
  HrUndoStack *undo;
  GPtrArray   *row_names;
  gboolean     stopped;      /* Stop was pressed: ask for no bands until an edit */
  gboolean     dirty;        /* the bands changed while the page was hidden */
};

G_DEFINE_FINAL_TYPE (HrUncertaintyPage, hr_uncertainty_page, GTK_TYPE_WIDGET)

static const HrFormField settings_fields[] = {
  { "samples", N_("Plans sampled"), HR_FORM_INTEGER, N_("plans"), NULL,
    N_("How many plans are sampled within the ranges; more give steadier bands and take longer") },
  { "confidence", N_("Confidence"), HR_FORM_INTEGER, N_("%"), NULL,
    N_("The percentile the hiring plan at confidence covers, from 50 to 99") },
};

/* "1 to 2.5 h", "5% to 20%" (the model's words, as on the drivers chart),
 * or "−20% to +30% of the plan's value" for a relative range */
static char *
describe_bounds (HrRange *range)
{
  if (hr_range_get_relative (range))
    {
      double low = (hr_range_get_low (range) - 1) * 100, high = (hr_range_get_high (range) - 1) * 100;
      g_autofree char *a = hr_format_number (fabs (low), 0);
      g_autofree char *b = hr_format_number (fabs (high), 0);

      /* Translators: a range around the plan's value, e.g. “−20% to +30% of the plan’s value” */
      return g_strdup_printf (_("%s%s%% to %s%s%% of the plan’s value"), low < 0 ? "−" : "+", a,
                              high < 0 ? "−" : "+", b);
    }
  return hr_target_describe_bounds (hr_range_get_target (range), hr_range_get_low (range),
                                    hr_range_get_high (range), FALSE);
}

/* --- building the page --- */

static void
range_remove_clicked_cb (GtkButton         *button,
                         HrUncertaintyPage *self)
{
  HrRange *range = g_object_get_data (G_OBJECT (button), "hr-range");

  if (self->document)
    hr_range_edit_remove (self->undo, hr_document_get_plan (self->document), range);
}


static GtkWidget *
range_row_new (HrUncertaintyPage   *self,
               HrPlan              *plan,
               HrRange             *range,
               const HrBandsDriver *driver)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = hr_target_describe (plan, hr_range_get_target (range));
  g_autofree char *bounds = describe_bounds (range);
  g_autofree char *effect = NULL;
  GtkWidget *remove, *label;

  g_object_set (row, "margin-start", 12, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (names), hr_wrapped_label_new (name, "heading"));
  gtk_box_append (GTK_BOX (names), hr_wrapped_label_new (bounds, "dim-label"));
  gtk_box_append (GTK_BOX (row), names);
  g_ptr_array_add (self->row_names, g_strdup (name));

  if (driver)
    {
      g_autofree char *a = hr_format_number (MIN (driver->peak_low, driver->peak_high), 1);
      g_autofree char *b = hr_format_number (MAX (driver->peak_low, driver->peak_high), 1);
      g_autofree char *spread = hr_format_number (driver->spread, 1);

      /* Translators: a range's effect: the peak need with the range at its ends, and the spread */
      effect = g_strdup_printf (_("Peak need %s to %s FTE, a spread of %s"), a, b, spread);
      label = hr_wrapped_label_new (effect, NULL);
      gtk_label_set_width_chars (GTK_LABEL (label), 40);
      gtk_box_append (GTK_BOX (row), label);
    }
  else
    {
      label = hr_wrapped_label_new (self->stopped || hr_document_get_bands (self->document) == NULL
                         ? _("Effect not sampled yet") : _("Not in the scenario shown"), "dim-label");
      gtk_label_set_width_chars (GTK_LABEL (label), 40);
      gtk_box_append (GTK_BOX (row), label);
    }
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  /* Translators: %s names the range's field, e.g. “Kickoff · Preparation” */
  {
    g_autofree char *tooltip = g_strdup_printf (_("Remove the range on %s"), name);
    gtk_widget_set_tooltip_text (remove, tooltip);
    gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  }
  g_object_set_data_full (G_OBJECT (remove), "hr-range", g_object_ref (range), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (range_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), remove);
  return row;
}

typedef struct {
  HrRange             *range;
  const HrBandsDriver *driver;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  if ((x->driver == NULL) != (y->driver == NULL))
    return x->driver ? -1 : 1;
  if (x->driver && x->driver->spread != y->driver->spread)
    return x->driver->spread > y->driver->spread ? -1 : 1;
  return 0;
}

static void
rebuild_rows (HrUncertaintyPage *self,
              HrBands           *bands)
{
  HrPlan *plan = hr_document_get_plan (self->document);
  GListModel *ranges = hr_plan_get_ranges (plan);
  guint n = ranges ? g_list_model_get_n_items (ranges) : 0;
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), n);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->ranges_list)))
    gtk_list_box_remove (GTK_LIST_BOX (self->ranges_list), child);
  g_ptr_array_set_size (self->row_names, 0);
  for (guint i = 0; i < n; i++)
    {
      Entry entry = { g_list_model_get_item (ranges, i), NULL };

      for (guint d = 0; bands && d < hr_bands_get_n_drivers (bands); d++)
        if (hr_bands_get_driver (bands, d)->position == i + 1)
          entry.driver = hr_bands_get_driver (bands, d);
      g_array_append_val (entries, entry);
    }
  /* stable: equal spreads keep the file's order */
  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      gtk_list_box_append (GTK_LIST_BOX (self->ranges_list),
                           range_row_new (self, plan, entry->range, entry->driver));
      g_object_unref (entry->range);
    }
  gtk_widget_set_visible (self->ranges_list, n > 0);
  gtk_widget_set_visible (self->chart_slot, bands != NULL && hr_bands_get_n_drivers (bands) > 0);
  gtk_widget_set_visible (self->drivers_heading, n > 0);
  gtk_widget_set_visible (self->drivers_caption, n > 0);
  /* the chart says how it reads; without bands, when it will */
  gtk_label_set_text (GTK_LABEL (self->drivers_caption),
                      bands ? _("Every range of the plan, the one moving the peak need most first. Remove one "
                                "with its button; change it where its estimate is.")
                            : _("The effect of each range shows once the bands are sampled."));
}

static void
update_status (HrUncertaintyPage *self)
{
  HrPlan *plan = hr_document_get_plan (self->document);
  gboolean has_ranges = hr_plan_get_ranges (plan) != NULL;
  HrBands *bands = NULL;
  const GError *error = NULL;
  gboolean sampling;
  g_autofree char *need = NULL;

  if (has_ranges && !self->stopped)
    bands = hr_document_get_bands (self->document);
  else if (has_ranges)
    bands = NULL;
  /* asking for the error asks for the bands: not once stopped */
  error = has_ranges && !self->stopped ? hr_document_get_error (self->document, HR_DOCUMENT_BANDS) : NULL;
  sampling = has_ranges && !self->stopped && hr_document_is_pending (self->document, HR_DOCUMENT_BANDS);

  hr_chart_view_hold_bands (HR_CHART_VIEW (self->chart), self->stopped);
  gtk_widget_set_visible (self->progress, sampling);
  gtk_widget_set_visible (self->cancel, sampling);
  gtk_widget_set_visible (self->resume, has_ranges && self->stopped);
  if (sampling)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                   hr_document_get_progress (self->document, HR_DOCUMENT_BANDS));
  if (!has_ranges)
    gtk_label_set_text (GTK_LABEL (self->status), _("No estimate has a range yet: every number is taken as certain."));
  else if (self->stopped)
    gtk_label_set_text (GTK_LABEL (self->status), _("Sampling stopped. The bands shown are of an earlier state of the plan."));
  else if (sampling)
    gtk_label_set_text (GTK_LABEL (self->status), _("Sampling plans within the ranges… The bands shown are of the plan before the last edit."));
  else if (error && bands == NULL)
    gtk_label_set_text (GTK_LABEL (self->status), error->message);
  else if (bands)
    {
      /* Translators: %u is the number of plans sampled */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Bands of %u plan sampled within the ranges.",
                                                            "Bands of %u plans sampled within the ranges.",
                                                            hr_bands_get_samples (bands)),
                                               hr_bands_get_samples (bands));
      gtk_label_set_text (GTK_LABEL (self->status), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->status), "");

  need = bands ? hr_bands_describe_need (bands) : NULL;
  gtk_label_set_text (GTK_LABEL (self->need), need ? need : "");
  gtk_widget_set_visible (self->need, need != NULL);
  gtk_widget_set_opacity (self->need, sampling ? 0.55 : 1);
  rebuild_rows (self, bands);
  hr_form_set_item (HR_FORM (self->settings), HR_ITEM (hr_plan_get_uncertainty (plan)));
  self->dirty = FALSE;
}

static void
bands_changed_cb (HrUncertaintyPage *self)
{
  /* a new edit (or arrival) lifts a Stop */
  if (!hr_document_is_pending (self->document, HR_DOCUMENT_BANDS))
    self->stopped = FALSE;
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_status (self);
}

static void
progress_cb (HrDocument        *document,
             guint              result,
             double             fraction,
             HrUncertaintyPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), fraction);
}

static void
cancel_clicked_cb (HrUncertaintyPage *self)
{
  self->stopped = TRUE;
  hr_document_cancel (self->document, HR_DOCUMENT_BANDS);
  update_status (self);
}

static void
resume_clicked_cb (HrUncertaintyPage *self)
{
  self->stopped = FALSE;
  update_status (self);
}

static void
hr_uncertainty_page_map (GtkWidget *widget)
{
  HrUncertaintyPage *self = HR_UNCERTAINTY_PAGE (widget);

  GTK_WIDGET_CLASS (hr_uncertainty_page_parent_class)->map (widget);
  if (self->dirty && self->document)
    update_status (self);
}

static void
hr_uncertainty_page_dispose (GObject *object)
{
  HrUncertaintyPage *self = HR_UNCERTAINTY_PAGE (object);

  hr_uncertainty_page_set_context (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_UNCERTAINTY_PAGE);
  G_OBJECT_CLASS (hr_uncertainty_page_parent_class)->dispose (object);
}

static void
hr_uncertainty_page_finalize (GObject *object)
{
  HrUncertaintyPage *self = HR_UNCERTAINTY_PAGE (object);

  g_clear_pointer (&self->row_names, g_ptr_array_unref);
  G_OBJECT_CLASS (hr_uncertainty_page_parent_class)->finalize (object);
}

static void
hr_uncertainty_page_class_init (HrUncertaintyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hr_uncertainty_page_dispose;
  object_class->finalize = hr_uncertainty_page_finalize;
  widget_class->map = hr_uncertainty_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-uncertainty-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, intro);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, status);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, progress);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, cancel);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, resume);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, need);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, drivers_heading);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, drivers_caption);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, ranges_list);
  gtk_widget_class_bind_template_child (widget_class, HrUncertaintyPage, settings_slot);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, resume_clicked_cb);
}

static void
hr_uncertainty_page_init (HrUncertaintyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->row_names = g_ptr_array_new_with_free_func (g_free);
  self->settings = hr_form_new (settings_fields, G_N_ELEMENTS (settings_fields));
  gtk_box_append (GTK_BOX (self->settings_slot), self->settings);
  /* the tornado the leader shows the board, drawn as every export draws it */
  self->chart = hr_chart_view_new ();
  hr_chart_view_set_kind (HR_CHART_VIEW (self->chart), HR_CHART_DRIVERS);
  hr_chart_view_set_show_bands (HR_CHART_VIEW (self->chart), TRUE);
  gtk_widget_set_size_request (self->chart, -1, 300);
  gtk_box_append (GTK_BOX (self->chart_slot), self->chart);
}

void
hr_uncertainty_page_set_context (HrUncertaintyPage *self,
                                 HrDocument        *document,
                                 HrUndoStack       *undo)
{
  g_return_if_fail (HR_IS_UNCERTAINTY_PAGE (self));

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->undo, undo);
  self->stopped = FALSE;
  if (self->chart)
    hr_chart_view_set_document (HR_CHART_VIEW (self->chart), document);
  if (self->settings)
    hr_form_set_context (HR_FORM (self->settings), document ? hr_document_get_plan (document) : NULL, undo);
  if (document == NULL)
    return;
  g_signal_connect_object (document, "notify::bands", G_CALLBACK (bands_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "progress::bands", G_CALLBACK (progress_cb), self, 0);
  bands_changed_cb (self);
}

const char *
hr_uncertainty_page_get_need (HrUncertaintyPage *self)
{
  g_return_val_if_fail (HR_IS_UNCERTAINTY_PAGE (self), NULL);
  return gtk_widget_get_visible (self->need) ? gtk_label_get_text (GTK_LABEL (self->need)) : NULL;
}

const char *
hr_uncertainty_page_get_status (HrUncertaintyPage *self)
{
  g_return_val_if_fail (HR_IS_UNCERTAINTY_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->status));
}

GStrv
hr_uncertainty_page_dup_rows (HrUncertaintyPage *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv rows;

  for (guint i = 0; i < self->row_names->len; i++)
    g_strv_builder_add (builder, self->row_names->pdata[i]);
  rows = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return rows;
}

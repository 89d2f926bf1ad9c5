/* hr-mapping-dialog.c: the mapping dialog of imports */
#include "config.h"

#include <glib/gi18n.h>

#include "hr-mapping-dialog.h"

struct _HrMappingDialog
{
  GtkWindow  parent_instance;

  GtkWidget *columns;      /* grid: headers, choices, preview rows */
  GtkWidget *values;       /* box of sections */
  GtkWidget *summary;
  GtkWidget *problems;     /* list box */
  GtkWidget *problems_scroller;
  GtkWidget *accept_button;
  GPtrArray *column_choices;   /* GtkDropDown per column */
  GPtrArray *sections;         /* GPtrArray of GtkDropDown per section */
  GPtrArray *section_values;   /* GStrv of the values per section */
  guint      n_problems;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (HrMappingDialog, hr_mapping_dialog, GTK_TYPE_WINDOW)

enum {
  COLUMN_CHANGED,
  VALUE_CHANGED,
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
dropdown_new (const char * const *choices,
              guint               chosen)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), chosen);
  return dropdown;
}

static void
column_selected_cb (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    HrMappingDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "hr-index"));

  if (!self->updating)
    g_signal_emit (self, signals[COLUMN_CHANGED], 0, column, gtk_drop_down_get_selected (dropdown));
}

static void
value_selected_cb (GtkDropDown     *dropdown,
                   GParamSpec      *pspec,
                   HrMappingDialog *self)
{
  guint section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "hr-section"));
  guint value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "hr-index"));

  if (!self->updating)
    g_signal_emit (self, signals[VALUE_CHANGED], 0, section, value, gtk_drop_down_get_selected (dropdown));
}

static GtkWidget *
cell_label (const char *text,
            gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, header ? "heading" : "dim-label");
  return label;
}

void
hr_mapping_dialog_set_table (HrMappingDialog    *self,
                             const HrCsvTable   *table,
                             const char * const *choices,
                             const guint        *chosen,
                             guint               preview_rows)
{
  const HrCsvRecord *header = hr_csv_table_get_header (table);
  GtkWidget *child;

  g_return_if_fail (HR_IS_MAPPING_DIALOG (self));
  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (self->columns)))
    gtk_grid_remove (GTK_GRID (self->columns), child);
  g_ptr_array_set_size (self->column_choices, 0);
  for (guint c = 0; c < header->n_fields; c++)
    {
      GtkWidget *dropdown = dropdown_new (choices, chosen[c]);
      g_autofree char *name = g_strdup_printf (_("What the column “%s” holds"), header->fields[c]);

      gtk_grid_attach (GTK_GRID (self->columns), cell_label (header->fields[c], TRUE), c, 0, 1, 1);
      g_object_set_data (G_OBJECT (dropdown), "hr-index", GUINT_TO_POINTER (c));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (column_selected_cb), self);
      gtk_grid_attach (GTK_GRID (self->columns), dropdown, c, 1, 1, 1);
      g_ptr_array_add (self->column_choices, dropdown);
      for (guint r = 0; r < MIN (preview_rows, hr_csv_table_get_n_rows (table)); r++)
        gtk_grid_attach (GTK_GRID (self->columns), cell_label (hr_csv_table_get_field (table, r, c), FALSE),
                         c, 2 + r, 1, 1);
    }
  self->updating = FALSE;
}

void
hr_mapping_dialog_clear_values (HrMappingDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->values)))
    gtk_box_remove (GTK_BOX (self->values), child);
  g_ptr_array_set_size (self->sections, 0);
  g_ptr_array_set_size (self->section_values, 0);
}

guint
hr_mapping_dialog_add_values (HrMappingDialog    *self,
                              const char         *title,
                              GPtrArray          *values,
                              const char * const *choices,
                              const guint        *chosen)
{
  return hr_mapping_dialog_add_values_with_details (self, title, values, NULL, choices, chosen);
}

guint
hr_mapping_dialog_add_values_with_details (HrMappingDialog    *self,
                                           const char         *title,
                                           GPtrArray          *values,
                                           GPtrArray          *details,
                                           const char * const *choices,
                                           const guint        *chosen)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *grid = gtk_grid_new ();
  GPtrArray *dropdowns = g_ptr_array_new ();
  guint section = self->sections->len;

  self->updating = TRUE;
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < values->len; i++)
    {
      GtkWidget *dropdown = dropdown_new (choices, chosen[i]);
      GtkWidget *label = cell_label (values->pdata[i], FALSE);

      gtk_widget_remove_css_class (label, "dim-label");
      g_object_set_data (G_OBJECT (dropdown), "hr-section", GUINT_TO_POINTER (section));
      g_object_set_data (G_OBJECT (dropdown), "hr-index", GUINT_TO_POINTER (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      (const char *) values->pdata[i], -1);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (value_selected_cb), self);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), dropdown, details ? 2 : 1, i, 1, 1);
      if (details)
        {
          GtkWidget *detail = cell_label (details->pdata[i], FALSE);

          gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
          gtk_grid_attach (GTK_GRID (grid), detail, 1, i, 1, 1);
        }
      g_ptr_array_add (dropdowns, dropdown);
    }
  gtk_box_append (GTK_BOX (self->values), heading);
  gtk_box_append (GTK_BOX (self->values), grid);
  g_ptr_array_add (self->sections, dropdowns);
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; i < values->len; i++)
      g_strv_builder_add (builder, values->pdata[i]);
    g_ptr_array_add (self->section_values, g_strv_builder_end (builder));
  }
  self->updating = FALSE;
  return section;
}

void
hr_mapping_dialog_set_report (HrMappingDialog *self,
                              const char      *summary,
                              GPtrArray       *problems,
                              gboolean         can_accept)
{
  GtkWidget *child;

  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  while ((child = gtk_widget_get_first_child (self->problems)))
    gtk_list_box_remove (GTK_LIST_BOX (self->problems), child);
  self->n_problems = problems ? problems->len : 0;
  for (guint i = 0; i < self->n_problems; i++)
    {
      GtkWidget *label = gtk_label_new (problems->pdata[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (self->problems), label);
    }
  gtk_widget_set_visible (self->problems_scroller, self->n_problems > 0);
  gtk_widget_set_sensitive (self->accept_button, can_accept);
}

void
hr_mapping_dialog_accept (HrMappingDialog *self)
{
  if (gtk_widget_get_sensitive (self->accept_button))
    g_signal_emit (self, signals[ACCEPTED], 0);
}

void
hr_mapping_dialog_choose_column (HrMappingDialog *self,
                                 guint            column,
                                 guint            choice)
{
  g_return_if_fail (column < self->column_choices->len);
  gtk_drop_down_set_selected (self->column_choices->pdata[column], choice);
}

void
hr_mapping_dialog_choose_value (HrMappingDialog *self,
                                guint            section,
                                guint            value,
                                guint            choice)
{
  GPtrArray *dropdowns;

  g_return_if_fail (section < self->sections->len);
  dropdowns = self->sections->pdata[section];
  g_return_if_fail (value < dropdowns->len);
  gtk_drop_down_set_selected (dropdowns->pdata[value], choice);
}

int
hr_mapping_dialog_find_value (HrMappingDialog *self,
                              guint            section,
                              const char      *value)
{
  char **values;

  g_return_val_if_fail (section < self->section_values->len, -1);
  values = self->section_values->pdata[section];
  for (guint i = 0; values[i]; i++)
    if (g_str_equal (values[i], value))
      return i;
  return -1;
}

const char *
hr_mapping_dialog_get_summary (HrMappingDialog *self)
{
  return gtk_label_get_text (GTK_LABEL (self->summary));
}

guint
hr_mapping_dialog_get_n_problems (HrMappingDialog *self)
{
  return self->n_problems;
}

static void
cancel_clicked_cb (HrMappingDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
section_free (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
hr_mapping_dialog_dispose (GObject *object)
{
  HrMappingDialog *self = HR_MAPPING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HR_TYPE_MAPPING_DIALOG);
  g_clear_pointer (&self->column_choices, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->section_values, g_ptr_array_unref);
  G_OBJECT_CLASS (hr_mapping_dialog_parent_class)->dispose (object);
}

static void
hr_mapping_dialog_class_init (HrMappingDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hr_mapping_dialog_dispose;
  /* a column's choice changed: (column, choice) */
  signals[COLUMN_CHANGED] = g_signal_new ("column-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  /* a value's choice changed: (section, value, choice) */
  signals[VALUE_CHANGED] = g_signal_new ("value-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headroom/Headroom/hr-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, columns);
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, values);
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, summary);
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, problems);
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, HrMappingDialog, accept_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, hr_mapping_dialog_accept);
}

static void
hr_mapping_dialog_init (HrMappingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_choices = g_ptr_array_new ();
  self->sections = g_ptr_array_new_with_free_func (section_free);
  self->section_values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

HrMappingDialog *
hr_mapping_dialog_new (GtkWindow  *parent,
                       const char *title,
                       const char *accept_label)
{
  HrMappingDialog *self = g_object_new (HR_TYPE_MAPPING_DIALOG, "transient-for", parent,
                                        "modal", parent != NULL, "title", title, NULL);

  if (accept_label)
    gtk_button_set_label (GTK_BUTTON (self->accept_button), accept_label);
  gtk_button_set_use_underline (GTK_BUTTON (self->accept_button), TRUE);
  return self;
}

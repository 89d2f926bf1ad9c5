/* hr-mapping-dialog.h: the dialog of every import of a foreign table (CRM
 * accounts, time logs, activity tables): what each column holds, with the
 * first rows as a preview; what the file's values stand for (owner names
 * to people, tiers to segments, activities to moments); and the rows that
 * cannot be used, by line, before anything is imported */
#pragma once

#include <gtk/gtk.h>

#include "hr-csv.h"

G_BEGIN_DECLS

#define HR_TYPE_MAPPING_DIALOG (hr_mapping_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HrMappingDialog, hr_mapping_dialog, HR, MAPPING_DIALOG, GtkWindow)

HrMappingDialog *hr_mapping_dialog_new          (GtkWindow          *parent,
                                                 const char         *title,
                                                 const char         *accept_label);
/* One choice per column of @table (the choice of column i is @chosen[i]),
 * and its first @preview_rows rows under the headers */
void             hr_mapping_dialog_set_table    (HrMappingDialog    *self,
                                                 const HrCsvTable   *table,
                                                 const char * const *choices,
                                                 const guint        *chosen,
                                                 guint               preview_rows);
/* Sections that map the file's values: @values (strings) each to one of
 * @choices; returns the section's index */
void             hr_mapping_dialog_clear_values (HrMappingDialog    *self);
guint            hr_mapping_dialog_add_values   (HrMappingDialog    *self,
                                                 const char         *title,
                                                 GPtrArray          *values,
                                                 const char * const *choices,
                                                 const guint        *chosen);
/* The same with a line of detail per value between it and its choice,
 * e.g. how many entries and hours it covers (@details: strings) */
guint            hr_mapping_dialog_add_values_with_details (HrMappingDialog    *self,
                                                            const char         *title,
                                                            GPtrArray          *values,
                                                            GPtrArray          *details,
                                                            const char * const *choices,
                                                            const guint        *chosen);
/* What the import would do, the rows it cannot use, and whether it may run */
void             hr_mapping_dialog_set_report   (HrMappingDialog    *self,
                                                 const char         *summary,
                                                 GPtrArray          *problems,
                                                 gboolean            can_accept);

/* For tests and keyboard users: what the Import button and the choices do */
void             hr_mapping_dialog_accept       (HrMappingDialog    *self);
void             hr_mapping_dialog_choose_column (HrMappingDialog   *self,
                                                  guint              column,
                                                  guint              choice);
void             hr_mapping_dialog_choose_value (HrMappingDialog    *self,
                                                 guint               section,
                                                 guint               value,
                                                 guint               choice);
/* The index of @value among the values of @section, or -1 */
int              hr_mapping_dialog_find_value   (HrMappingDialog    *self,
                                                 guint               section,
                                                 const char         *value);
const char      *hr_mapping_dialog_get_summary  (HrMappingDialog    *self);
guint            hr_mapping_dialog_get_n_problems (HrMappingDialog  *self);

G_END_DECLS

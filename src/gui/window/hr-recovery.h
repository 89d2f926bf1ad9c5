/* hr-recovery.h: unsaved edits kept on disk until the window closes cleanly
 *
 * Each window with unsaved changes writes its plan to
 * <user data dir>/headroom/recovery/ when the edits pause for a moment,
 * and at the latest a few seconds after the first edit not yet written,
 * however steadily the user types. A
 * clean close, a save or undoing back to the saved state removes the file;
 * what is left at the next start came from a crash, and is offered back.
 */
#pragma once

#include <gtk/gtk.h>

#include "hr-window.h"

G_BEGIN_DECLS

#define HR_TYPE_RECOVERY (hr_recovery_get_type ())
G_DECLARE_FINAL_TYPE (HrRecovery, hr_recovery, HR, RECOVERY, GObject)

/* One plan left behind by an earlier run */
typedef struct {
  char      *id;
  char      *name;       /* the plan's name when it was written */
  GFile     *file;       /* the plan's own file, or NULL if never saved */
  GDateTime *edited;     /* when the edits were written */
  GFile     *data;       /* the recovered plan */
  GFile     *info;       /* what this struct holds, as a key file */
} HrRecoveryEntry;

void        hr_recovery_entry_free     (HrRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrRecoveryEntry, hr_recovery_entry_free)

/* <user data dir>/headroom/recovery */
char       *hr_recovery_dup_dir        (void);
/* The seconds of quiet after an edit before the autosave */
guint       hr_recovery_get_delay      (void);
/* The most seconds an edit waits for the autosave, however many follow */
guint       hr_recovery_get_max_delay  (void);

/* Watches @window's plan; the window keeps the returned object alive */
HrRecovery *hr_recovery_attach         (HrWindow *window);
/* The window closed cleanly: forget its edits */
void        hr_recovery_finish         (HrRecovery *self);
/* Writes the recovery file now if the plan has unsaved changes */
gboolean    hr_recovery_write_now      (HrRecovery *self,
                                        GError    **error);
/* The recovery file of this window, or NULL before the first autosave */
GFile      *hr_recovery_get_file       (HrRecovery *self);

/* Plans left behind, oldest first (HrRecoveryEntry) */
GPtrArray  *hr_recovery_list           (void);
void        hr_recovery_entry_delete   (HrRecoveryEntry *entry);
/* Opens the recovered plan: in @window when it has no unsaved changes,
 * else in a new window. The recovery is one undoable step on top of the
 * plan's file, so the title shows it unsaved and Undo shows the file. */
HrWindow   *hr_recovery_entry_restore  (HrRecoveryEntry *entry,
                                        GtkApplication  *application,
                                        HrWindow        *window,
                                        GError         **error);

/* Asks whether to recover @entries (which it takes) over @parent */
void        hr_recovery_offer          (HrWindow  *parent,
                                        GPtrArray *entries);

G_END_DECLS

/* hr-plan-save.c: saving a plan so that no failure loses data
 *
 * The plan goes to a temporary file beside the target, is flushed to the
 * disk, and only then renamed over the target, so that a full disk, a
 * crash or a power cut leaves the old file whole. The previous version
 * stays beside it as FILE~. Every failure says what happened to the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "hr-plan.h"

static gboolean
save_failed (GError    **error,
             const char *display_name,
             gboolean    existed,
             const char *step,
             int         saved_errno)
{
  /* Translators: the first %s is the file, the second what failed (e.g. "writing a
   * temporary copy"), the third the system's reason */
  g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO,
               existed ? _("%s: not saved: %s failed: %s. The file on disk is as it was.")
                       : _("%s: not saved: %s failed: %s. No file was written."),
               display_name, step,
               saved_errno == ENOSPC ? _("the disk is full") : g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          if (written == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

/* FILE~ is the version on disk before this save: a hard link where the
 * file system has them, else a copy */
static gboolean
keep_previous (const char *path,
               const char *backup,
               int        *saved_errno)
{
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) error = NULL;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    {
      *saved_errno = errno;
      return FALSE;
    }
#ifndef G_OS_WIN32
  if (link (path, backup) == 0)
    return TRUE;
#endif
  from = g_file_new_for_path (path);
  to = g_file_new_for_path (backup);
  if (g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_ALL_METADATA, NULL, NULL, NULL, &error))
    return TRUE;
  g_unlink (backup);
  *saved_errno = error->domain == G_IO_ERROR && error->code == G_IO_ERROR_NO_SPACE ? ENOSPC : EIO;
  return FALSE;
}

static gboolean
save_to_path (const char  *path,
              const char  *display_name,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  GStatBuf old;
  gboolean existed = g_stat (path, &old) == 0;
  int fd, saved_errno;

  fd = g_mkstemp_full (template, O_RDWR | O_CREAT | O_EXCL, 0666);
  if (fd < 0)
    return save_failed (error, display_name, existed, _("creating a temporary copy beside it"), errno);
  if (!write_all (fd, data, length) || g_fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (template);
      return save_failed (error, display_name, existed, _("writing a temporary copy"), saved_errno);
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return save_failed (error, display_name, existed, _("writing a temporary copy"), saved_errno);
    }
  /* the new file is read and written like the old one */
  if (existed)
    g_chmod (template, old.st_mode & 0777);
  if (existed && !keep_previous (path, backup, &saved_errno))
    {
      g_unlink (template);
      return save_failed (error, display_name, existed, _("keeping the previous version as FILE~"), saved_errno);
    }
  if (g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return save_failed (error, display_name, existed, _("replacing the file"), saved_errno);
    }
#ifndef G_OS_WIN32
  /* the rename itself reaches the disk */
  fd = open (dir, O_RDONLY);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
#endif
  return TRUE;
}

gboolean
hr_plan_save_file (HrPlan  *self,
                   GFile   *file,
                   GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HrPlan) reread = NULL;
  gsize length;

  g_return_val_if_fail (HR_IS_PLAN (self), FALSE);

  /* never write a file that would not open again: read back the very text */
  data = hr_plan_to_data (self, &length);
  reread = hr_plan_load_data (data, length, "plan", NULL, &local_error);
  if (reread == NULL)
    {
      const char *reason = local_error->message;

      if (g_str_has_prefix (reason, "plan: "))
        reason += strlen ("plan: ");
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID,
                   _("%s: not saved, the plan breaks a rule: %s"), display_name, reason);
      return FALSE;
    }
  if (path)
    return save_to_path (path, display_name, data, length, error);

  /* not a local file (a network share through GVfs): GIO's own replace */
  if (!g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error))
    {
      g_set_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO,
                   _("%s: could not save: %s"), display_name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

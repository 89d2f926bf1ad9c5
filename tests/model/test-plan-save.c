/* test-plan-save.c: saves that cannot lose data, on a real full disk */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef __linux__
#include <sched.h>
#include <sys/mount.h>
#endif

#include "test-helpers.h"

#ifdef __linux__
/* The file a subprocess writes when it cannot mount a small file system */
#define NO_MOUNT_ENV "HR_TEST_NO_MOUNT"

static gboolean
write_file (const char *path,
            const char *text)
{
  FILE *out = fopen (path, "w");
  gboolean ok = out && fputs (text, out) >= 0;

  return out && fclose (out) == 0 && ok;
}

/* A private mount namespace with a 64 KiB tmpfs at @dir: as root, or as a
 * user through a user namespace. The mount goes when the process ends. */
static gboolean
mount_small_disk (const char *dir)
{
  if (unshare (CLONE_NEWNS) != 0)
    {
      uid_t uid = getuid ();
      gid_t gid = getgid ();
      g_autofree char *uid_map = g_strdup_printf ("%u %u 1", (guint) uid, (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("%u %u 1", (guint) gid, (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
          !write_file ("/proc/self/setgroups", "deny") ||
          !write_file ("/proc/self/uid_map", uid_map) ||
          !write_file ("/proc/self/gid_map", gid_map))
        return FALSE;
    }
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("tmpfs", dir, "tmpfs", 0, "size=64k") == 0;
}

static void
fill_disk (const char *path)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  char block[4096];

  memset (block, 'x', sizeof block);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  /* the last bytes that fit */
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
}

#endif

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing))
    n++;
  return n;
}

#ifdef __linux__
/* Runs in a subprocess: the mount namespace is its own */
static void
full_disk_child (void)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-full-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.headroom", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (!mount_small_disk (dir))
    {
      g_autofree char *reason = g_strdup_printf ("cannot mount a 64 KiB tmpfs: %s", g_strerror (errno));
      g_file_set_contents (g_getenv (NO_MOUNT_ENV), reason, -1, NULL);
      g_rmdir (dir);
      return;
    }
  file = g_file_new_for_path (path);
  plan = hr_plan_new_sample ();
  g_assert_true (hr_plan_save_file (plan, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* the disk fills up; an edited plan does not fit */
  fill_disk (filler);
  g_object_set (plan, "name", "An edit that does not fit", NULL);
  g_assert_false (hr_plan_save_file (plan, file, &error));
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  g_assert_nonnull (strstr (error->message, "The file on disk is as it was."));
  g_clear_error (&error);

  /* the old file is whole, and no temporary file is left behind */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_entries (dir), ==, 2);
  g_assert_nonnull (hr_plan_load_file (file, NULL, NULL));

  /* with room again, the save goes through and keeps the previous version */
  g_unlink (filler);
  g_assert_true (hr_plan_save_file (plan, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, before);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "An edit that does not fit"));

  umount (dir);
  g_rmdir (dir);
}

static void
test_full_disk (void)
{
  if (g_test_subprocess ())
    {
      full_disk_child ();
      return;
    }
  {
    g_autofree char *marker = g_build_filename (g_get_tmp_dir (), "headroom-no-mount-XXXXXX", NULL);
    g_autofree char *reason = NULL;
    int fd = g_mkstemp (marker);

    close (fd);
    g_unlink (marker);
    g_setenv (NO_MOUNT_ENV, marker, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    if (g_file_get_contents (marker, &reason, NULL, NULL))
      {
        /* neither root nor a user namespace can mount one here */
        g_test_skip (reason);
        g_unlink (marker);
      }
  }
}

#endif

/* A save into a folder that is not there leaves nothing, and says so */
static void
test_no_folder (void)
{
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-headroom/plan.headroom");
  g_autoptr(GError) error = NULL;

  g_assert_false (hr_plan_save_file (plan, file, &error));
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "/nonexistent-headroom/plan.headroom: not saved: creating a temporary copy beside it "
                   "failed: No such file or directory. No file was written.");
}

/* Saving keeps the file's permissions and the previous version beside it */
static void
test_keeps_previous (void)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.headroom", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;
  GStatBuf st;

  g_assert_true (hr_plan_save_file (plan, file, NULL));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  g_chmod (path, 0640);
  g_object_set (plan, "name", "Second version", NULL);
  g_assert_true (hr_plan_save_file (plan, file, NULL));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, first);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* A plan whose text would not open again is never written: no new file,
 * and an old one stays as it was */
static void
test_refuses_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.headroom", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HrPlan) plan = hr_plan_new_sample ();
  g_autoptr(HrRole) role = g_list_model_get_item (hr_plan_get_roles (plan), 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_set (plan, "currency", "dollars", NULL);
  g_assert_false (hr_plan_save_file (plan, file, &error));
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, "not saved, the plan breaks a rule: currency: must be an "
                                   "ISO 4217 code such as \"USD\" or \"EUR\", got \"dollars\""));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_clear_error (&error);

  g_object_set (plan, "currency", "EUR", NULL);
  g_assert_true (hr_plan_save_file (plan, file, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_object_set (role, "indirect", 0.9, "unplanned", 0.2, NULL);
  g_assert_false (hr_plan_save_file (plan, file, &error));
  g_assert_nonnull (strstr (error->message, "indirect + unplanned must be below 1"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#ifdef __linux__
  g_test_add_func ("/plan-save/full-disk", test_full_disk);
#endif
  g_test_add_func ("/plan-save/no-folder", test_no_folder);
  g_test_add_func ("/plan-save/keeps-previous", test_keeps_previous);
  g_test_add_func ("/plan-save/refuses-broken", test_refuses_broken);
  return g_test_run ();
}

/* hr-i18n.c: where the translations are found */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-i18n.h"

void
hr_i18n_init (void)
{
  const char *dir = g_getenv ("HEADROOM_LOCALEDIR");
  g_autofree char *localedir = NULL;

  if (dir && *dir)
    localedir = g_strdup (dir);
  else
    {
#ifdef G_OS_WIN32
      g_autofree char *base = g_win32_get_package_installation_directory_of_module (NULL);
      localedir = g_build_filename (base, "share", "locale", NULL);
#else
      localedir = g_strdup (LOCALEDIR);
#endif
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* hr-i18n.h: where the translations are found, set once at start */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binds the translations for the app and headroom-cli alike:
 * HEADROOM_LOCALEDIR when set (the build directory's po/, for uninstalled
 * runs), else the installed locale directory (on Windows, the one beside
 * the program) */
void hr_i18n_init (void);

G_END_DECLS

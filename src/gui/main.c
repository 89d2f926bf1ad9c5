/* main.c: the headroom desktop app */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hr-application.h"
#include "hr-i18n.h"
#include "hr-memory.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HrApplication) app = NULL;

  hr_memory_init ();
  setlocale (LC_ALL, "");
  hr_i18n_init ();
  g_set_application_name (_("Headroom"));

  app = hr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

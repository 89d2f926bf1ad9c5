/* hr-cli-export.c: headroom-cli-export, the program that headroom-cli runs
 * for the commands that write charts, packs and workbooks. It alone links
 * cairo, pango, fontconfig and libxlsxwriter, so that the other commands
 * start without loading them (see hr-cli-main.c).
 *
 *   headroom-cli-export COMMAND [OPTION…]
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hr-cli.h"

static const struct {
  const char *name;
  int       (*run) (int argc, char **argv);
} commands[] = {
  { "chart", hr_cli_chart },
#ifdef HR_CLI_HAVE_PACK
  { "pack", hr_cli_pack },
  { "workbook", hr_cli_workbook },
  { "activities", hr_cli_activities },
#endif
};

int
main (int    argc,
      char **argv)
{
  hr_cli_init (NULL);
  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        hr_cli_init (commands[i].name);
        return commands[i].run (argc - 1, argv + 1);
      }
  g_printerr (_("headroom-cli: unknown command “%s”\n\n"), argc >= 2 ? argv[1] : "");
  return HR_CLI_USAGE;
}

/* hr-bench-solvers.c: the same rebalancing programme (a CPLEX LP file that
 * `HR_REBALANCE_LP=FILE hr-bench-books --rebalance …` writes when its
 * second stage has to branch) solved by GLPK and by COIN-OR CBC, without a
 * starting solution, to choose the solver by measurement. Not a test. */
#include "config.h"

#include <glib.h>
#include <glpk.h>
#include <stdio.h>
#include <stdlib.h>
#ifdef HR_BENCH_CBC
#include <coin/Cbc_C_Interface.h>
#endif

static void
solve_glpk (const char *path,
            double      seconds)
{
  glp_prob *lp = glp_create_prob ();
  glp_iocp iocp;
  gint64 t0;
  int ret;

  glp_term_out (GLP_OFF);
  if (glp_read_lp (lp, NULL, path) != 0)
    g_error ("%s: not a CPLEX LP file", path);
  glp_init_iocp (&iocp);
  iocp.presolve = GLP_ON;
  iocp.br_tech = GLP_BR_PCH;
  iocp.bt_tech = GLP_BT_BPH;
  iocp.mir_cuts = GLP_ON;
  iocp.cov_cuts = GLP_ON;
  iocp.tm_lim = (int) (seconds * 1000);
  t0 = g_get_monotonic_time ();
  ret = glp_intopt (lp, &iocp);
  printf ("GLPK %s: %.3f s, %s, objective %g\n", glp_version (), (g_get_monotonic_time () - t0) / 1e6,
          ret == 0 && glp_mip_status (lp) == GLP_OPT ? "proven optimal" : "stopped", glp_mip_obj_val (lp));
  glp_delete_prob (lp);
  glp_free_env ();
}

#ifdef HR_BENCH_CBC
static void
solve_cbc (const char *path,
           double      seconds,
           int         threads)
{
  Cbc_Model *model = Cbc_newModel ();
  gint64 t0;
  char value[16];

  Cbc_setLogLevel (model, 0);
  if (Cbc_readLp (model, path) != 0)
    g_error ("%s: not a CPLEX LP file", path);
  Cbc_setMaximumSeconds (model, seconds);
  g_snprintf (value, sizeof value, "%d", threads);
  Cbc_setParameter (model, "threads", value);
  t0 = g_get_monotonic_time ();
  Cbc_solve (model);
  printf ("CBC %s (%d thread%s): %.3f s, %s, objective %g\n", Cbc_getVersion (), threads, threads == 1 ? "" : "s",
          (g_get_monotonic_time () - t0) / 1e6,
          Cbc_isProvenOptimal (model) ? "proven optimal" : "stopped", Cbc_getObjValue (model));
  Cbc_deleteModel (model);
}
#endif

int
main (int    argc,
      char **argv)
{
  double seconds = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 60;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: hr-bench-solvers FILE.lp [SECONDS]\n");
      return 1;
    }
  solve_glpk (argv[1], seconds);
#ifdef HR_BENCH_CBC
  solve_cbc (argv[1], seconds, 1);
  solve_cbc (argv[1], seconds, 2);
#endif
  return 0;
}

/* hr-time-import-private.h: what the import shares with its proposer */
#pragma once

#include "hr-time-import.h"

G_BEGIN_DECLS

/* Trimmed, casefolded and normalised: how values are compared */
char           *hr_time_fold                 (const char      *text);

/* What a value of the person, account or activity column stands for,
 * from copies of the plan's people, accounts and moments
 * (hr-time-propose.c) */
typedef struct _HrTimeProposer HrTimeProposer;

HrTimeProposer *hr_time_proposer_new         (HrPlan          *plan);
/* Knows moments only: for canonical logs read without a plan */
HrTimeProposer *hr_time_proposer_new_for_moments (const char * const *moment_ids);
void            hr_time_proposer_free        (HrTimeProposer  *self);
/* Exact: Headroom's own log, where values are ids (spec §7); only an
 * activity that is exactly a moment id or a kind of work is proposed */
void            hr_time_proposer_set_exact   (HrTimeProposer  *self,
                                              gboolean         exact);

/* The target proposed for @value, or NULL */
const char     *hr_time_proposer_propose     (HrTimeProposer  *self,
                                              HrTimeField      field,
                                              const char      *value);
/* TRUE when @target still names something of the plan (NULL is "no
 * account" and "not counted") */
gboolean        hr_time_proposer_is_target   (HrTimeProposer  *self,
                                              HrTimeField      field,
                                              const char      *target);
gboolean        hr_time_proposer_is_moment   (HrTimeProposer  *self,
                                              const char      *target);
const char     *hr_time_proposer_get_moment_name (HrTimeProposer *self,
                                                  const char     *id);
/* "a moment id (kickoff, checkin) or reactive, indirect, unplanned, leave" */
char           *hr_time_proposer_dup_activities (HrTimeProposer *self);

G_END_DECLS

/* hr-time-log.c: the entries of a time log, immutable once read */
#include "config.h"

#include "hr-time-log.h"

struct _HrTimeLog
{
  gatomicrefcount  ref_count;
  char            *display_name;
  GArray          *entries;     /* HrTimeEntry */
  GStringChunk    *strings;     /* the entries' text, each distinct value once */
  GPtrArray       *warnings;
  double           total_hours;
};

HrTimeLog *
hr_time_log_new (const char *display_name)
{
  HrTimeLog *self = g_new0 (HrTimeLog, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->display_name = g_strdup (display_name ? display_name : "");
  self->entries = g_array_new (FALSE, FALSE, sizeof (HrTimeEntry));
  self->strings = g_string_chunk_new (4096);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

HrTimeLog *
hr_time_log_ref (HrTimeLog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hr_time_log_unref (HrTimeLog *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->display_name);
  g_array_unref (self->entries);
  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->warnings);
  g_free (self);
}

void
hr_time_log_add (HrTimeLog  *self,
                 guint       line,
                 int         month,
                 guint       day,
                 const char *person,
                 const char *account,
                 const char *activity,
                 double      hours)
{
  HrTimeEntry entry = {
    .line = line,
    .month = month,
    .day = day,
    .person = g_string_chunk_insert_const (self->strings, person),
    .account = account && *account ? g_string_chunk_insert_const (self->strings, account) : NULL,
    .activity = g_string_chunk_insert_const (self->strings, activity),
    .hours = hours,
  };

  g_array_append_val (self->entries, entry);
  self->total_hours += hours;
}

void
hr_time_log_add_warning (HrTimeLog  *self,
                         const char *warning)
{
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

const char *
hr_time_log_get_display_name (HrTimeLog *self)
{
  return self->display_name;
}

guint
hr_time_log_get_n_entries (HrTimeLog *self)
{
  return self->entries->len;
}

const HrTimeEntry *
hr_time_log_get_entry (HrTimeLog *self,
                       guint      i)
{
  g_return_val_if_fail (i < self->entries->len, NULL);

  return &g_array_index (self->entries, HrTimeEntry, i);
}

GPtrArray *
hr_time_log_get_warnings (HrTimeLog *self)
{
  return self->warnings;
}

gboolean
hr_time_log_get_period (HrTimeLog *self,
                        int       *from,
                        int       *to)
{
  int lo = G_MAXINT, hi = G_MININT;

  for (guint i = 0; i < self->entries->len; i++)
    {
      int month = g_array_index (self->entries, HrTimeEntry, i).month;
      lo = MIN (lo, month);
      hi = MAX (hi, month);
    }
  if (from)
    *from = lo;
  if (to)
    *to = hi;
  return self->entries->len > 0;
}

double
hr_time_log_get_total_hours (HrTimeLog *self)
{
  return self->total_hours;
}

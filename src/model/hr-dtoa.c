/* hr-dtoa.c: the shortest decimal text that reads back as the same double
 *
 * The digits come from Ryū (Ulf Adams, "Ryū: fast float-to-string
 * conversion", PLDI 2018): the interval of reals that round to the value is
 * scaled by a power of ten in exact integer arithmetic, and digits are
 * dropped for as long as its two ends still differ. No printf, no strtod
 * and no retrying with more digits. The layout is printf's "%.15g" (or
 * "%.16g" and "%.17g" for numbers that need more digits), as Headroom
 * wrote numbers before, so a number already written shortest keeps its
 * bytes.
 */
#include "config.h"

#include <string.h>

#include "hr-dtoa.h"
#include "hr-dtoa-tables.h"

#define MANTISSA_BITS 52
#define EXPONENT_BITS 11
#define EXPONENT_BIAS 1023

/* (m × mul) >> shift, for m of at most 55 bits, a 125-bit table entry
 * mul = { low, high } and 64 < shift < 128 */
#if defined(__SIZEOF_INT128__) && !defined(HR_DTOA_NO_INT128)
static inline guint64
mul_shift (guint64        m,
           const guint64 *mul,
           int            shift)
{
  unsigned __int128 low = (unsigned __int128) m * mul[0];
  unsigned __int128 high = (unsigned __int128) m * mul[1];

  return (guint64) (((low >> 64) + high) >> (shift - 64));
}
#else
/* a × b as two 64-bit words, from 32-bit halves */
static inline guint64
multiply_64 (guint64  a,
             guint64  b,
             guint64 *high)
{
  guint64 a_lo = (guint32) a, a_hi = a >> 32;
  guint64 b_lo = (guint32) b, b_hi = b >> 32;
  guint64 lo_lo = a_lo * b_lo;
  guint64 hi_lo = a_hi * b_lo;
  guint64 lo_hi = a_lo * b_hi;
  guint64 middle = (lo_lo >> 32) + (guint32) hi_lo + (guint32) lo_hi;

  *high = a_hi * b_hi + (hi_lo >> 32) + (lo_hi >> 32) + (middle >> 32);
  return (middle << 32) | (guint32) lo_lo;
}

static inline guint64
mul_shift (guint64        m,
           const guint64 *mul,
           int            shift)
{
  guint64 high_of_low, high;
  guint64 low = multiply_64 (m, mul[1], &high);
  guint64 sum;

  multiply_64 (m, mul[0], &high_of_low);
  sum = high_of_low + low;
  high += sum < high_of_low;
  shift -= 64;
  return (high << (64 - shift)) | (sum >> shift);
}
#endif

/* floor(log10(2^e)) for 0 ≤ e ≤ 1650 */
static inline int
log10_pow2 (int e)
{
  return (int) (((guint32) e * 78913) >> 18);
}

/* floor(log10(5^e)) for 0 ≤ e ≤ 2620 */
static inline int
log10_pow5 (int e)
{
  return (int) (((guint32) e * 732923) >> 20);
}

/* ceil(log2(5^e)) for 1 ≤ e ≤ 3528, and 1 for e = 0 */
static inline int
pow5_bits (int e)
{
  return (int) (((guint32) e * 1217359) >> 19) + 1;
}

static inline gboolean
is_multiple_of_pow5 (guint64 value,
                     int     p)
{
  int count = 0;

  while (value % 5 == 0 && count < p)
    {
      value /= 5;
      count++;
    }
  return count >= p;
}

static inline gboolean
is_multiple_of_pow2 (guint64 value,
                     int     p)
{
  return (value & ((G_GUINT64_CONSTANT (1) << p) - 1)) == 0;
}

/* value = digits × 10^exponent */
typedef struct {
  guint64 digits;
  int     exponent;
} Decimal;

/* The value and the ends of its interval, scaled, while digits are dropped
 * in the exact cases */
typedef struct {
  guint64  vr, vp, vm;
  int      removed;
  guint    last_removed;       /* the last digit dropped from vr */
  gboolean vr_trailing_zeros;  /* every digit dropped from vr before it was 0 */
} Digits;

static inline void
drop_digit (Digits *d)
{
  d->vr_trailing_zeros &= d->last_removed == 0;
  d->last_removed = d->vr % 10;
  d->vr /= 10;
  d->vp /= 10;
  d->vm /= 10;
  d->removed++;
}

/* Ryū's steps 2–4 for a finite, non-zero double given by its fields */
static Decimal
shortest_decimal (guint64 ieee_mantissa,
                  guint32 ieee_exponent)
{
  guint64 m2, mv, vr, vp, vm, output;
  int e2, e10, removed = 0;
  gboolean even, vm_trailing_zeros = FALSE, vr_trailing_zeros = FALSE;
  guint32 mm_shift;

  /* two more bits than the value for the interval's ends */
  if (ieee_exponent == 0)
    {
      e2 = 1 - EXPONENT_BIAS - MANTISSA_BITS - 2;
      m2 = ieee_mantissa;
    }
  else
    {
      e2 = (int) ieee_exponent - EXPONENT_BIAS - MANTISSA_BITS - 2;
      m2 = (G_GUINT64_CONSTANT (1) << MANTISSA_BITS) | ieee_mantissa;
    }
  /* ties round to even: an even value owns the ends of its interval */
  even = (m2 & 1) == 0;
  mv = 4 * m2;
  /* at a power of two the interval below is half as wide */
  mm_shift = ieee_mantissa != 0 || ieee_exponent <= 1;

  if (e2 >= 0)
    {
      int q = log10_pow2 (e2) - (e2 > 3);
      int shift = -e2 + q + POW5_INV_BITCOUNT + pow5_bits (q) - 1;

      e10 = q;
      vr = mul_shift (mv, POW5_INV[q], shift);
      vp = mul_shift (mv + 2, POW5_INV[q], shift);
      vm = mul_shift (mv - 1 - mm_shift, POW5_INV[q], shift);
      /* only then can one of them be a multiple of 10^q */
      if (q <= 21)
        {
          if (mv % 5 == 0)
            vr_trailing_zeros = is_multiple_of_pow5 (mv, q);
          else if (even)
            vm_trailing_zeros = is_multiple_of_pow5 (mv - 1 - mm_shift, q);
          else
            vp -= is_multiple_of_pow5 (mv + 2, q);
        }
    }
  else
    {
      int q = log10_pow5 (-e2) - (-e2 > 1);
      int i = -e2 - q;
      int shift = q - (pow5_bits (i) - POW5_BITCOUNT);

      e10 = q + e2;
      vr = mul_shift (mv, POW5[i], shift);
      vp = mul_shift (mv + 2, POW5[i], shift);
      vm = mul_shift (mv - 1 - mm_shift, POW5[i], shift);
      if (q <= 1)
        {
          /* mv has at least two trailing zero bits */
          vr_trailing_zeros = TRUE;
          if (even)
            vm_trailing_zeros = mm_shift == 1;
          else
            vp--;
        }
      else if (q < 63)
        vr_trailing_zeros = is_multiple_of_pow2 (mv, q);
    }

  /* drop digits while the interval still holds a shorter number */
  if (vm_trailing_zeros || vr_trailing_zeros)
    {
      /* the rare exact cases (about 0.7 %): ends and ties need care */
      Digits d = { vr, vp, vm, 0, 0, vr_trailing_zeros };

      while (d.vp / 10 > d.vm / 10)
        {
          vm_trailing_zeros &= d.vm % 10 == 0;
          drop_digit (&d);
        }
      if (vm_trailing_zeros)
        while (d.vm % 10 == 0)
          drop_digit (&d);
      /* exactly half way: round to even */
      if (d.vr_trailing_zeros && d.last_removed == 5 && d.vr % 2 == 0)
        d.last_removed = 4;
      output = d.vr + ((d.vr == d.vm && (!even || !vm_trailing_zeros)) || d.last_removed >= 5);
      removed = d.removed;
    }
  else
    {
      gboolean round_up = FALSE;

      while (vp / 10 > vm / 10)
        {
          round_up = vr % 10 >= 5;
          vr /= 10;
          vp /= 10;
          vm /= 10;
          removed++;
        }
      output = vr + (vr == vm || round_up);
    }
  return (Decimal) { output, e10 + removed };
}

/* An integer below 2^53 is its own shortest form (less its trailing
 * zeros); FALSE for any other value */
static gboolean
small_integer (guint64  ieee_mantissa,
               guint32  ieee_exponent,
               Decimal *decimal)
{
  guint64 m2 = (G_GUINT64_CONSTANT (1) << MANTISSA_BITS) | ieee_mantissa;
  int e2 = (int) ieee_exponent - EXPONENT_BIAS - MANTISSA_BITS;

  if (e2 > 0 || e2 < -MANTISSA_BITS)
    return FALSE;
  if ((m2 & ((G_GUINT64_CONSTANT (1) << -e2) - 1)) != 0)
    return FALSE;
  *decimal = (Decimal) { m2 >> -e2, 0 };
  return TRUE;
}

/* digits × 10^exponent as "%.Pg" would print it with P = max(15, digits) */
static gsize
lay_out (gboolean  negative,
         Decimal   decimal,
         char     *buffer)
{
  char digits[20];
  char *p = buffer;
  int n = 0, point, precision;

  while (decimal.digits % 10 == 0)
    {
      decimal.digits /= 10;
      decimal.exponent++;
    }
  for (guint64 d = decimal.digits; d > 0; d /= 10)
    n++;
  for (int i = n - 1; i >= 0; i--, decimal.digits /= 10)
    digits[i] = (char) ('0' + decimal.digits % 10);

  /* the value is 0.DIGITS × 10^point */
  point = n + decimal.exponent;
  precision = MAX (15, n);
  if (negative)
    *p++ = '-';
  if (point - 1 >= -4 && point - 1 < precision)
    {
      if (point <= 0)
        {
          *p++ = '0';
          *p++ = '.';
          memset (p, '0', -point);
          p += -point;
          memcpy (p, digits, n);
          p += n;
        }
      else if (point >= n)
        {
          memcpy (p, digits, n);
          p += n;
          memset (p, '0', point - n);
          p += point - n;
        }
      else
        {
          memcpy (p, digits, point);
          p += point;
          *p++ = '.';
          memcpy (p, digits + point, n - point);
          p += n - point;
        }
    }
  else
    {
      int e = point - 1;

      *p++ = digits[0];
      if (n > 1)
        {
          *p++ = '.';
          memcpy (p, digits + 1, n - 1);
          p += n - 1;
        }
      *p++ = 'e';
      *p++ = e < 0 ? '-' : '+';
      e = ABS (e);
      if (e >= 100)
        *p++ = (char) ('0' + e / 100);
      *p++ = (char) ('0' + e / 10 % 10);
      *p++ = (char) ('0' + e % 10);
    }
  *p = '\0';
  return (gsize) (p - buffer);
}

gsize
hr_dtoa_shortest (double value,
                  char   buffer[HR_DTOA_BUFFER_SIZE])
{
  guint64 bits;
  guint64 ieee_mantissa;
  guint32 ieee_exponent;
  gboolean negative;
  Decimal decimal;

  memcpy (&bits, &value, sizeof bits);
  negative = (bits >> (MANTISSA_BITS + EXPONENT_BITS)) != 0;
  ieee_mantissa = bits & ((G_GUINT64_CONSTANT (1) << MANTISSA_BITS) - 1);
  ieee_exponent = (guint32) ((bits >> MANTISSA_BITS) & ((1u << EXPONENT_BITS) - 1));

  if (ieee_exponent == (1u << EXPONENT_BITS) - 1)
    {
      buffer[0] = '\0';
      return 0;
    }
  if (ieee_exponent == 0 && ieee_mantissa == 0)
    {
      strcpy (buffer, negative ? "-0" : "0");
      return negative ? 2 : 1;
    }
  if (!small_integer (ieee_mantissa, ieee_exponent, &decimal))
    decimal = shortest_decimal (ieee_mantissa, ieee_exponent);
  return lay_out (negative, decimal, buffer);
}

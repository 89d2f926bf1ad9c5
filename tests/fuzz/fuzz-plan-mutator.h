/* fuzz-plan-mutator.h: a structure-aware mutation for the plan targets
 *
 * Most plan bugs hide behind a value, not a byte: 1e308 hours, a growth
 * of 3, a lone surrogate. Two mutations in three replace one value of the
 * JSON (a number, or a whole text in quotes) with one from a list of
 * extremes; the third is libFuzzer's own byte mutation. Only the libFuzzer
 * build has it (HR_LIBFUZZER); the replay does not mutate.
 */
#pragma once

#ifdef HR_LIBFUZZER
#include <stddef.h>
#include <stdint.h>
#include <string.h>

size_t LLVMFuzzerMutate (uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator (uint8_t *data, size_t size, size_t max_size, unsigned int seed);

static const char * const fuzz_extremes[] = {
  "0", "-1", "1", "0.5", "-0.5", "0.999999", "1.5", "0.05", "1e-6", "1e-9", "5e-324",
  "7", "12", "120", "121", "744", "1200", "1201", "10000", "1e6", "1e9", "1e10",
  "2147483648", "9007199254740993", "1e15", "1e100", "1e308", "-1e308", "1e400",
  "null", "true", "[]", "{}", "[0]", "\"\"", "\"x\"", "\"a\\ud800b\"", "\"\\u0000\"",
  "\"2027-01\"", "\"9999-12\"", "\"csm\"", "\"*\"", "\"roles/csm/headcount\"",
  "\"segments/*/accounts\"", "\"moments/*/tiers/*\"",
};

/* Where the values sit: numbers and texts in quotes, outside keys */
static size_t
fuzz_find_values (const uint8_t *data,
                  size_t         size,
                  size_t        *starts,
                  size_t        *lengths,
                  size_t         most)
{
  size_t n = 0;

  for (size_t i = 0; i < size && n < most; i++)
    {
      size_t start = i;

      if (data[i] == '"')
        {
          for (i++; i < size && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
          /* a key is followed by a colon: leave it */
          size_t after = i + 1;
          while (after < size && (data[after] == ' ' || data[after] == '\n'))
            after++;
          if (i < size && (after >= size || data[after] != ':'))
            {
              starts[n] = start;
              lengths[n++] = i + 1 - start;
            }
        }
      else if (data[i] == '-' || (data[i] >= '0' && data[i] <= '9'))
        {
          while (i + 1 < size && strchr ("0123456789.eE+-", data[i + 1]) && data[i + 1] != '\0')
            i++;
          starts[n] = start;
          lengths[n++] = i + 1 - start;
        }
    }
  return n;
}

size_t
LLVMFuzzerCustomMutator (uint8_t      *data,
                         size_t        size,
                         size_t        max_size,
                         unsigned int  seed)
{
  size_t starts[512], lengths[512];
  size_t n, pick, start, old_length, new_length;
  const char *value;

  if (seed % 3 == 0 || (n = fuzz_find_values (data, size, starts, lengths, 512)) == 0)
    return LLVMFuzzerMutate (data, size, max_size);
  pick = (seed / 3) % n;
  value = fuzz_extremes[(seed / 7) % (sizeof fuzz_extremes / sizeof fuzz_extremes[0])];
  start = starts[pick];
  old_length = lengths[pick];
  new_length = strlen (value);
  if (size - old_length + new_length > max_size)
    return LLVMFuzzerMutate (data, size, max_size);
  memmove (data + start + new_length, data + start + old_length, size - start - old_length);
  memcpy (data + start, value, new_length);
  return size - old_length + new_length;
}
#endif

/* duration.h - a length of time as people and tools write it, read to
 * seconds: "30d", "2w", "720h", "1h30m", "720h0m0s", "30 days", "1 week
 * and 2 days", "two weeks", "1.5e4 minutes", ISO 8601's "P30D", "PT720H",
 * "P1Y2M". A month is 30 days and a year 365: these read lengths of time
 * to compare with a threshold, not calendar dates. "forever", "never",
 * "indefinite", "permanent", "unlimited" are infinitely long. Shared by
 * the compiler (a unit named in a rule) and the evaluator (seconds()).
 */
#ifndef AGATE_POLICY_DURATION_H
#define AGATE_POLICY_DURATION_H

#include <stdbool.h>
#include <stddef.h>

/* the longest text read as a duration, blanks around it aside; longer
 * text is no duration */
#define RL_DURATION_TEXT_MAX 128

/* The seconds of one unit word ("s", "m", "min", "hours", "d", "w",
 * "months", "y"; ASCII case ignored); false when s[0..n) names none. */
bool rl_duration_unit(const char *s, size_t n, double *secs);

/* The seconds of the duration s[0..n) (blanks around it ignored): terms
 * of a number (digits with an optional fraction and exponent, thousands
 * commas, or a number word up to "hundred", "twenty-one" too) and a
 * unit, joined or apart, parted by blanks, commas or "and"; or an ISO
 * 8601 duration; or a word for an endless time (+infinity). Blanks around
 * it (rl_blank_at: ASCII white space, no-break, figure and thin spaces)
 * and a closing full stop are ignored. A number alone counts bare_unit seconds. False, *secs
 * untouched, for anything else (a sign, an unknown unit, a number between
 * two units, more than RL_DURATION_TEXT_MAX bytes once trimmed). */
bool rl_duration_read(const char *s, size_t n, double bare_unit, double *secs);

#endif

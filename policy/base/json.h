/* json.h - value trees as JSON text, for the audit log and for output.
 *
 * Writing only. The decision path reads JSON only where an agent sends a
 * call's arguments as JSON text, with the strict reader of json_read.h;
 * agatectl parses its own input files with a JSON library (client/json.h).
 *
 * Strings are escaped per RFC 8259; bytes that are not valid UTF-8 are
 * written as U+FFFD so the output is always valid JSON. Binary values are
 * written as lower-case hex strings. A float infinity is written 1e999 or
 * -1e999 (valid JSON that readers take as infinity) and NaN as the string
 * "NaN", so that neither is lost as null.
 */
#ifndef AGATE_POLICY_JSON_H
#define AGATE_POLICY_JSON_H

#include <stddef.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

/* Write v as JSON into buf like snprintf: at most cap bytes including the
 * NUL; returns the length the full text needs (without the NUL). buf may be
 * NULL when cap is 0. */
size_t agate_json_write(char *buf, size_t cap, const agate_value *v);

/* JSON text of v in the arena, or NULL when the arena is exhausted.
 * v == NULL gives "null". */
char *agate_json_encode(agate_arena *a, const agate_value *v);

/* s[0..n) as a JSON string literal (with quotes), like agate_json_write. */
size_t agate_json_write_str(char *buf, size_t cap, const char *s, size_t n);

#endif

/* json.h - JSON text <-> agate_value for agatectl (private to client/).
 *
 * Parsing uses jansson; writing goes through policy/json.h so that the
 * CLI prints values exactly as the audit log stores them.
 *
 * Mapping: objects -> AGATE_MAP (member order kept; a repeated key keeps
 * its last value, as jansson does), arrays -> AGATE_ARRAY, strings ->
 * AGATE_STR (UTF-8, may hold U+0000), integers -> AGATE_INT, numbers with
 * a fraction or exponent -> AGATE_FLOAT, true/false -> AGATE_BOOL, null ->
 * AGATE_NIL. Integers outside the signed 64-bit range are refused.
 * Writing: AGATE_BIN becomes a hex string and non-finite floats null.
 */
#ifndef AGATE_CLIENT_JSON_H
#define AGATE_CLIENT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

/* Parse text[0..len) (one JSON value, any type) into a tree in arena.
 * An object that names a key twice, at any depth, is refused.
 * Returns 0 and *out; -EINVAL with "line L, column C: message" in err;
 * -ENOMEM when the arena is exhausted. */
int agatectl_json_parse(const char *text, size_t len, agate_arena *arena,
			agate_value **out, char *err, size_t errcap);

/* Convert a parsed jansson value into *out; strings are copied into the
 * arena. Returns 0, -ENOMEM or -EINVAL (nesting deeper than 256). */
int agatectl_json_to_value(const json_t *j, agate_arena *arena,
			   agate_value *out);

/* New jansson value holding v (the caller owns the reference), or NULL
 * when out of memory. Invalid UTF-8 becomes U+FFFD. */
json_t *agatectl_json_from_value(const agate_value *v);

/* Print v as JSON followed by a newline: indented by two spaces when
 * pretty, one line otherwise. Returns 0 or -ENOMEM / -EIO. */
int agatectl_json_print(FILE *f, const agate_value *v, bool pretty);

#endif

/* json_read.h - a strict, bounded JSON reader for the decision path.
 *
 * Agents send a tool call's arguments as JSON text inside a value
 * ({"name": "bank_transfer", "arguments": "{\"amount\": 5}"}); the
 * decision reads that text with this reader so that the call is judged
 * on what it carries. The reader accepts RFC 8259 text and refuses
 * anything two readers could take differently:
 *
 * - a key repeated in one object (rules read the first value, most other
 *   readers the last): "duplicate key \"amount\"";
 * - objects and arrays nested deeper than AGATE_JSON_READ_DEPTH, the
 *   bound frames have on the wire (AGATE_DEPTH_MAX_DEFAULT in
 *   schema/protocol.h; the top-level container is depth 1);
 * - text longer than AGATE_JSON_READ_MAX bytes, or empty;
 * - invalid UTF-8 (overlong forms, encoded surrogates, past U+10FFFF), a
 *   control character or a bad escape in a string, a \u escape of a lone
 *   surrogate;
 * - anything after the value but blanks (space, tab, CR, LF), an
 *   unterminated string or container, a BOM;
 * - a number it cannot hold: an integer below INT64_MIN or above
 *   UINT64_MAX, a number text longer than AGATE_JSON_NUMBER_MAX bytes, a
 *   fraction or exponent whose value overflows a double, or is not zero
 *   but becomes zero.
 *
 * Types follow the wire decoder: an integer (no fraction, no exponent)
 * within int64 is AGATE_INT, one above INT64_MAX (up to UINT64_MAX) is
 * AGATE_FLOAT as msgpack's uint64 becomes; any number with a fraction or
 * an exponent is AGATE_FLOAT. Strings are AGATE_STR, NUL-terminated,
 * and may hold U+0000 (from \u0000), as on the wire. Objects are AGATE_MAP
 * with members in the text's order.
 *
 * Cost: three passes over the text, none allocating per byte: one counts
 * the brackets, one checks the text and counts each container's items,
 * one builds the tree with one allocation per container and string. Keys
 * of an object are checked for repeats pairwise up to 16, by a hash table
 * above; steps over a budget linear in the object's size are refused
 * ("keys collide ...") rather than spent. Recursion is at most
 * AGATE_JSON_READ_DEPTH deep. No global state; every allocation is in the
 * arena given.
 */
#ifndef AGATE_POLICY_JSON_READ_H
#define AGATE_POLICY_JSON_READ_H

#include <stddef.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

#define AGATE_JSON_READ_DEPTH 32u             /* = AGATE_DEPTH_MAX_DEFAULT */
#define AGATE_JSON_READ_MAX (256u * 1024u)    /* bytes of text */
#define AGATE_JSON_NUMBER_MAX 128u            /* bytes of one number */

/* Read text[0..len) as one JSON value into a tree in arena (*out).
 * Returns 0; -EINVAL with a short reason in err ("duplicate key
 * \"amount\"", "nesting deeper than 32 at byte 70"); -ENOMEM when the
 * arena is exhausted (err says so). When steps is not NULL it receives
 * the reader's unit steps (bytes visited by each pass, hash probes, key
 * bytes compared): what a test measures the cost bound by. */
int agate_json_read(const char *text, size_t len, agate_arena *arena,
		    agate_value **out, char *err, size_t errcap, size_t *steps);

#endif

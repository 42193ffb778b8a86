/* wire.h - frames and the msgpack <-> value codec shared by agated and
 * libagate.
 *
 * Limits are enforced before anything is allocated: agate_wire_validate
 * walks the bytes without recursion and checks nesting depth, that every
 * declared length fits in the bytes that remain, and that map keys are
 * strings, so a 10-byte frame cannot make us reserve gigabytes.
 */
#ifndef AGATE_SCHEMA_WIRE_H
#define AGATE_SCHEMA_WIRE_H

#include <stddef.h>
#include <stdint.h>

#include <msgpack.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

/* Read the 4-byte big-endian length at p. */
uint32_t agate_wire_frame_len(const unsigned char *p);
/* Write the header for a payload of len bytes. */
void agate_wire_put_frame_len(unsigned char *p, uint32_t len);

/* Check that buf[0..len) is exactly one well-formed msgpack value within
 * max_depth, whose declared counts fit the bytes, whose map keys are all
 * strings, and whose strings are valid UTF-8. Returns 0, or -EINVAL with a
 * short reason ("nesting deeper than 32", "truncated", "trailing bytes",
 * "map key is not a string", "invalid UTF-8 in string") in err. */
int agate_wire_validate(const char *buf, size_t len, unsigned max_depth,
			char *err, size_t errcap);

/* Validate, then decode into a value tree in the arena (strings copied and
 * NUL-terminated). A map, at any depth, holding the same key twice is
 * refused ("duplicate map key 'command'"): no reader may pick one of two
 * values. Returns 0, -EINVAL (reason in err), or -ENOMEM when the arena
 * limit is reached. */
int agate_wire_decode(const char *buf, size_t len, unsigned max_depth,
		      agate_arena *arena, agate_value **out, char *err,
		      size_t errcap);

/* Append v to the packer. Returns 0 or -ENOMEM. */
int agate_wire_pack_value(msgpack_packer *pk, const agate_value *v);
/* The bytes agate_wire_pack_value appends, appended to sb directly (one
 * size pass, one reserve, no call per item): for a reply's larger
 * members. Returns 0, -EINVAL past the depth limit or -ENOMEM; on
 * failure sb is unchanged. */
int agate_wire_pack_value_sb(msgpack_sbuffer *sb, const agate_value *v);
/* Pack a C string (NULL packs nil). */
int agate_wire_pack_cstr(msgpack_packer *pk, const char *s);
int agate_wire_pack_str(msgpack_packer *pk, agate_str s);

#endif

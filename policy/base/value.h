/* value.h - the value tree that every part of agate evaluates.
 *
 * A request's arguments and context arrive as msgpack (daemon) or JSON
 * (agatectl test); both are decoded into this one tree so that the policy
 * library never depends on a wire format.
 *
 * Ownership: a tree and every string in it live in one agate_arena (see
 * arena.h); nothing is freed on its own. Every agate_str produced by a
 * decoder is NUL-terminated (ptr[len] == '\0') so it can be handed to C
 * string functions; its length still counts, as strings may hold NULs.
 */
#ifndef AGATE_POLICY_VALUE_H
#define AGATE_POLICY_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct agate_str {
	const char *ptr;
	size_t len;
} agate_str;

#define AGATE_STR_LIT(s) ((agate_str){ (s), sizeof(s) - 1 })

typedef enum agate_value_type {
	AGATE_NIL = 0,
	AGATE_BOOL,
	AGATE_INT,   /* signed 64-bit; unsigned values above INT64_MAX become AGATE_FLOAT */
	AGATE_FLOAT,
	AGATE_STR,   /* UTF-8 text, as sent (validity is the decoder's concern) */
	AGATE_BIN,   /* opaque bytes */
	AGATE_ARRAY,
	AGATE_MAP,   /* keys are strings; order is the sender's */
} agate_value_type;

typedef struct agate_value agate_value;
typedef struct agate_member agate_member;

struct agate_value {
	agate_value_type type;
	union {
		bool boolean;
		int64_t integer;
		double real;
		agate_str str; /* AGATE_STR and AGATE_BIN */
		struct {
			agate_value *items;
			uint32_t len;
		} array;
		struct {
			agate_member *items;
			uint32_t len;
		} map;
	} as;
};

struct agate_member {
	agate_str key;
	agate_value value;
};

/* Member of a map by key (exact bytes); NULL if map is not a map or has no
 * such key. The first match wins when a sender repeats a key. */
const agate_value *agate_value_get(const agate_value *map, const char *key,
				   size_t key_len);

/* Follow a dotted path ("a.b.0.c"): map members by key, array items by
 * decimal index. NULL when any step is missing. */
const agate_value *agate_value_path(const agate_value *root, const char *path,
				    size_t path_len);

/* true when a and b are equal as values: strings by bytes, numbers by
 * numeric value (1 == 1.0), arrays and maps member by member. */
bool agate_value_equal(const agate_value *a, const agate_value *b);

bool agate_str_eq(agate_str a, const char *b);

#endif

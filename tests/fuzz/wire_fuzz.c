/* wire_fuzz.c - fuzz target for agate_wire_validate / agate_wire_decode.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * replay_main.c it replays files, the seed corpus in every test run.
 *
 * Besides not crashing, it checks: validate and decode agree; a decoded
 * tree has NUL-terminated strings, keys that are strings, and nesting
 * within the limit; packing it, decoding that and packing again gives the
 * same bytes (the codec round-trips whatever it accepts).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/wire.h"

#define FUZZ_DEPTH 8u
#define FUZZ_ARENA (8u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void walk(const agate_value *v, unsigned depth)
{
	if (depth > FUZZ_DEPTH)
		abort();
	switch (v->type) {
	case AGATE_STR:
	case AGATE_BIN:
		if (!v->as.str.ptr || v->as.str.ptr[v->as.str.len] != '\0')
			abort();
		break;
	case AGATE_ARRAY:
		for (uint32_t i = 0; i < v->as.array.len; i++)
			walk(&v->as.array.items[i], depth + 1);
		break;
	case AGATE_MAP:
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			if (!m->key.ptr || m->key.ptr[m->key.len] != '\0')
				abort();
			walk(&m->value, depth + 1);
		}
		break;
	default:
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agate_arena *a = agate_arena_new(FUZZ_ARENA);
	agate_value *v = NULL, *w = NULL;
	msgpack_sbuffer sb;
	msgpack_packer pk;
	char err[128];
	int rv, rd;

	if (!a)
		return 0;
	rv = agate_wire_validate((const char *)data, size, FUZZ_DEPTH, err, sizeof(err));
	rd = agate_wire_decode((const char *)data, size, FUZZ_DEPTH, a, &v, err, sizeof(err));
	if (rv != 0 && rd == 0)
		abort(); /* decode accepted what validate refused */
	if (rv == 0 && rd != 0 && rd != -ENOMEM)
		abort(); /* validate accepted what msgpack-c refused */
	if (rd == 0) {
		walk(v, 0);
		msgpack_sbuffer_init(&sb);
		msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
		if (agate_wire_pack_value(&pk, v) != 0)
			abort();
		/* compare packed bytes, not values: NaN is not equal to itself */
		if (agate_wire_decode(sb.data, sb.size, FUZZ_DEPTH, a, &w, err,
				      sizeof(err)) == 0) {
			msgpack_sbuffer sb2;
			msgpack_packer pk2;

			msgpack_sbuffer_init(&sb2);
			msgpack_packer_init(&pk2, &sb2, msgpack_sbuffer_write);
			if (agate_wire_pack_value(&pk2, w) != 0 || sb2.size != sb.size ||
			    memcmp(sb2.data, sb.data, sb.size) != 0)
				abort();
			msgpack_sbuffer_destroy(&sb2);
		}
		msgpack_sbuffer_destroy(&sb);
	}
	agate_arena_free(a);
	return 0;
}

/* wire_fuzz.c - fuzz target for agate_wire_validate / agate_wire_decode.
 *
 * Built with -fsanitize=fuzzer and -DAGATE_LIBFUZZER (or the customary
 * FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION) it is a libFuzzer target;
 * otherwise a plain program that runs every file named on its command
 * line through the same function, so a crash can be replayed anywhere.
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

#if !defined(AGATE_LIBFUZZER) && !defined(FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION)
int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf;
		long len;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
		    fseek(f, 0, SEEK_SET) != 0) {
			fclose(f);
			return 1;
		}
		buf = malloc((size_t)len + 1);
		if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
			free(buf);
			fclose(f);
			return 1;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf, (size_t)len);
		free(buf);
		printf("%s: ok\n", argv[i]);
	}
	return 0;
}
#endif

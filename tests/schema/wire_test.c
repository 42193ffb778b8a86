/* wire_test.c - schema/wire.h: frame headers, validation limits, decode,
 * pack round trips. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/wire.h"

static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 20);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_arena_free(arena);
}

TestSuite(wire, .init = setup, .fini = teardown);

Test(wire, frame_len_round_trip)
{
	unsigned char h[4];

	agate_wire_put_frame_len(h, 0x01020304u);
	cr_assert_eq(h[0], 1);
	cr_assert_eq(h[3], 4);
	cr_assert_eq(agate_wire_frame_len(h), 0x01020304u);
	agate_wire_put_frame_len(h, 0xffffffffu);
	cr_assert_eq(agate_wire_frame_len(h), 0xffffffffu);
}

static int check(const void *buf, size_t len, unsigned depth, char *err)
{
	return agate_wire_validate(buf, len, depth, err, 128);
}

Test(wire, decode_every_type)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	agate_value *v = NULL;
	char err[128] = "";

	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	msgpack_pack_map(&pk, 8);
	agate_wire_pack_cstr(&pk, "nil");
	msgpack_pack_nil(&pk);
	agate_wire_pack_cstr(&pk, "t");
	msgpack_pack_true(&pk);
	agate_wire_pack_cstr(&pk, "neg");
	msgpack_pack_int64(&pk, -5);
	agate_wire_pack_cstr(&pk, "big");
	msgpack_pack_uint64(&pk, UINT64_MAX);
	agate_wire_pack_cstr(&pk, "f");
	msgpack_pack_float(&pk, 1.5f);
	agate_wire_pack_cstr(&pk, "s");
	msgpack_pack_str_with_body(&pk, "a\0b", 3);
	agate_wire_pack_cstr(&pk, "bin");
	msgpack_pack_bin_with_body(&pk, "\xff\x00", 2);
	agate_wire_pack_cstr(&pk, "list");
	msgpack_pack_array(&pk, 2);
	msgpack_pack_int(&pk, 1);
	msgpack_pack_map(&pk, 0);

	cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, arena, &v, err,
				       sizeof(err)), 0, "%s", err);
	cr_assert_eq(v->type, AGATE_MAP);
	cr_assert_eq(v->as.map.len, 8);
	cr_assert_eq(agate_value_get(v, "nil", 3)->type, AGATE_NIL);
	cr_assert(agate_value_get(v, "t", 1)->as.boolean);
	cr_assert_eq(agate_value_get(v, "neg", 3)->as.integer, -5);
	cr_assert_eq(agate_value_get(v, "big", 3)->type, AGATE_FLOAT);
	cr_assert_float_eq(agate_value_get(v, "f", 1)->as.real, 1.5, 1e-9);
	const agate_value *s = agate_value_get(v, "s", 1);
	cr_assert_eq(s->type, AGATE_STR);
	cr_assert_eq(s->as.str.len, 3);
	cr_assert_eq(memcmp(s->as.str.ptr, "a\0b", 3), 0);
	cr_assert_eq(s->as.str.ptr[3], '\0', "strings are NUL-terminated");
	const agate_value *b = agate_value_get(v, "bin", 3);
	cr_assert_eq(b->type, AGATE_BIN);
	cr_assert_eq(b->as.str.len, 2);
	const agate_value *l = agate_value_get(v, "list", 4);
	cr_assert_eq(l->type, AGATE_ARRAY);
	cr_assert_eq(l->as.array.len, 2);
	cr_assert_eq(l->as.array.items[0].as.integer, 1);
	cr_assert_eq(l->as.array.items[1].type, AGATE_MAP);
	msgpack_sbuffer_destroy(&sb);
}

Test(wire, pack_round_trip)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	agate_value *v = NULL, *w = NULL;
	char err[128] = "";
	/* {"k": [1, "x", {"y": -2.5}], "e": ""} */
	static const unsigned char in[] = {
		0x82, 0xa1, 'k', 0x93, 0x01, 0xa1, 'x', 0x81, 0xa1, 'y',
		0xcb, 0xc0, 0x04, 0, 0, 0, 0, 0, 0, 0xa1, 'e', 0xa0,
	};

	cr_assert_eq(agate_wire_decode((const char *)in, sizeof(in), 32, arena,
				       &v, err, sizeof(err)), 0, "%s", err);
	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	cr_assert_eq(agate_wire_pack_value(&pk, v), 0);
	cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, arena, &w, err,
				       sizeof(err)), 0, "%s", err);
	cr_assert(agate_value_equal(v, w));
	const agate_value *y = agate_value_path(w, "k.2.y", 5);
	cr_assert_not_null(y);
	cr_assert_float_eq(y->as.real, -2.5, 1e-12);
	msgpack_sbuffer_destroy(&sb);
}

Test(wire, pack_cstr_null_is_nil)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;

	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	cr_assert_eq(agate_wire_pack_cstr(&pk, NULL), 0);
	cr_assert_eq(sb.size, 1);
	cr_assert_eq((unsigned char)sb.data[0], 0xc0);
	msgpack_sbuffer_destroy(&sb);
}

static size_t nested(unsigned char *buf, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		buf[i] = 0x91; /* array of one */
	buf[n] = 0x00;
	return n + 1;
}

Test(wire, depth_limit)
{
	unsigned char buf[200];
	char err[128] = "";

	cr_assert_eq(check(buf, nested(buf, 32), 32, err), 0, "%s", err);
	cr_assert_eq(check(buf, nested(buf, 33), 32, err), -EINVAL);
	cr_assert_str_eq(err, "nesting deeper than 32");
	/* a limit larger than the hard cap is clamped, not trusted */
	cr_assert_eq(check(buf, nested(buf, 150), 100000, err), 0, "%s", err);
}

Test(wire, huge_counts_refused_before_allocation)
{
	char err[128] = "";
	/* array32 of 4 billion items in 6 bytes */
	static const unsigned char arr[] = { 0xdd, 0xff, 0xff, 0xff, 0xff, 0x00 };
	/* map32 of 2 billion entries */
	static const unsigned char map[] = { 0xdf, 0x7f, 0xff, 0xff, 0xff, 0xa0, 0x00 };
	/* str32 claiming 4 GiB */
	static const unsigned char str[] = { 0xdb, 0xff, 0xff, 0xff, 0xff, 'a' };
	/* bin32 claiming 4 GiB */
	static const unsigned char bin[] = { 0xc6, 0xff, 0xff, 0xff, 0xff, 'a' };
	agate_value *v = NULL;
	agate_arena *tiny = agate_arena_new(64);

	cr_assert_eq(check(arr, sizeof(arr), 32, err), -EINVAL);
	cr_assert_str_eq(err, "truncated");
	cr_assert_eq(check(map, sizeof(map), 32, err), -EINVAL);
	cr_assert_eq(check(str, sizeof(str), 32, err), -EINVAL);
	cr_assert_eq(check(bin, sizeof(bin), 32, err), -EINVAL);
	/* decode refuses too, and the arena was never touched */
	cr_assert_eq(agate_wire_decode((const char *)arr, sizeof(arr), 32, tiny,
				       &v, err, sizeof(err)), -EINVAL);
	cr_assert_eq(agate_arena_used(tiny), 0);
	cr_assert_null(v);
	agate_arena_free(tiny);
}

Test(wire, keys_must_be_strings)
{
	char err[128] = "";
	static const unsigned char m[] = { 0x81, 0x01, 0x02 };

	cr_assert_eq(check(m, sizeof(m), 32, err), -EINVAL);
	cr_assert_str_eq(err, "map key is not a string");
	/* a string value in key position of the second entry */
	static const unsigned char m2[] = { 0x82, 0xa1, 'a', 0x01, 0x90, 0x02 };
	cr_assert_eq(check(m2, sizeof(m2), 32, err), -EINVAL);
	cr_assert_str_eq(err, "map key is not a string");
}

Test(wire, utf8)
{
	char err[128] = "";
	static const unsigned char ok[] = { 0xa6, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 'x' };
	static const unsigned char overlong[] = { 0xa2, 0xc0, 0xaf };
	static const unsigned char surrogate[] = { 0xa3, 0xed, 0xa0, 0x80 };
	static const unsigned char cut[] = { 0xa2, 0xe2, 0x82 };
	static const unsigned char above[] = { 0xa4, 0xf4, 0x90, 0x80, 0x80 };
	static const unsigned char badkey[] = { 0x81, 0xa1, 0xff, 0xc0 };

	cr_assert_eq(check(ok, sizeof(ok), 32, err), 0, "%s", err);
	cr_assert_eq(check(overlong, sizeof(overlong), 32, err), -EINVAL);
	cr_assert_str_eq(err, "invalid UTF-8 in string");
	cr_assert_eq(check(surrogate, sizeof(surrogate), 32, err), -EINVAL);
	cr_assert_eq(check(cut, sizeof(cut), 32, err), -EINVAL);
	cr_assert_eq(check(above, sizeof(above), 32, err), -EINVAL);
	cr_assert_eq(check(badkey, sizeof(badkey), 32, err), -EINVAL);
	cr_assert_str_eq(err, "invalid UTF-8 in string");
}

Test(wire, framing_errors)
{
	char err[128] = "";
	static const unsigned char trailing[] = { 0x80, 0x00 };
	static const unsigned char truncmap[] = { 0x82, 0xa1, 'a', 0x01 };
	static const unsigned char never[] = { 0xc1 };
	static const unsigned char ext[] = { 0xd4, 0x01, 0x02 };
	static const unsigned char cutint[] = { 0xcf, 0x01 };

	cr_assert_eq(check(trailing, sizeof(trailing), 32, err), -EINVAL);
	cr_assert_str_eq(err, "trailing bytes");
	cr_assert_eq(check(truncmap, sizeof(truncmap), 32, err), -EINVAL);
	cr_assert_str_eq(err, "truncated");
	cr_assert_eq(check(never, sizeof(never), 32, err), -EINVAL);
	cr_assert_eq(check(ext, sizeof(ext), 32, err), -EINVAL);
	cr_assert_eq(check(cutint, sizeof(cutint), 32, err), -EINVAL);
	cr_assert_eq(check("", 0, 32, err), -EINVAL);
	/* a scalar alone is one well-formed value */
	cr_assert_eq(check("\x05", 1, 32, err), 0);
}

Test(wire, arena_limit_gives_enomem)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	agate_value *v = NULL;
	char err[128] = "";
	agate_arena *tiny = agate_arena_new(256);
	char big[1000];

	memset(big, 'x', sizeof(big));
	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	msgpack_pack_map(&pk, 1);
	agate_wire_pack_cstr(&pk, "k");
	msgpack_pack_str_with_body(&pk, big, sizeof(big));
	cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, tiny, &v, err,
				       sizeof(err)), -ENOMEM);
	cr_assert_null(v);
	msgpack_sbuffer_destroy(&sb);
	agate_arena_free(tiny);
}

/* Every prefix of a valid frame is refused, never read past its end. */
Test(wire, every_prefix_is_refused)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	char err[128];

	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	msgpack_pack_map(&pk, 3);
	agate_wire_pack_cstr(&pk, "op");
	agate_wire_pack_cstr(&pk, "check");
	agate_wire_pack_cstr(&pk, "id");
	msgpack_pack_uint64(&pk, 123456789012ull);
	agate_wire_pack_cstr(&pk, "args");
	msgpack_pack_map(&pk, 1);
	agate_wire_pack_cstr(&pk, "command");
	agate_wire_pack_cstr(&pk, "rm -rf /tmp/x");
	cr_assert_eq(check(sb.data, sb.size, 32, err), 0);
	for (size_t n = 0; n < sb.size; n++) {
		char *copy = malloc(n ? n : 1);
		memcpy(copy, sb.data, n);
		cr_assert_eq(check(copy, n, 32, err), -EINVAL, "prefix %zu", n);
		free(copy);
	}
	msgpack_sbuffer_destroy(&sb);
}

/* The same key twice is refused at any depth, in small maps (compared
 * pairwise) and large ones (sorted); distinct keys that share a prefix
 * are not duplicates. */
static int decode_map_with(unsigned nkeys, int dup_at, bool nested, char *err)
{
	msgpack_sbuffer sb;
	msgpack_packer pk;
	agate_value *v = NULL;
	char key[16];
	int r;

	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	if (nested) {
		msgpack_pack_map(&pk, 1);
		agate_wire_pack_cstr(&pk, "args");
	}
	msgpack_pack_map(&pk, nkeys);
	for (unsigned i = 0; i < nkeys; i++) {
		snprintf(key, sizeof(key), "k%u", (int)i == dup_at ? 0u : i);
		agate_wire_pack_cstr(&pk, key);
		msgpack_pack_int(&pk, (int)i);
	}
	r = agate_wire_decode(sb.data, sb.size, 32, arena, &v, err, 128);
	msgpack_sbuffer_destroy(&sb);
	return r;
}

Test(wire, duplicate_keys_refused)
{
	char err[128];

	cr_assert_eq(decode_map_with(2, -1, false, err), 0);
	cr_assert_eq(decode_map_with(300, -1, true, err), 0, "%s", err);
	cr_assert_eq(decode_map_with(2, 1, false, err), -EINVAL);
	cr_assert_str_eq(err, "duplicate map key 'k0'");
	cr_assert_eq(decode_map_with(5, 4, true, err), -EINVAL);
	cr_assert(strstr(err, "duplicate map key"), "%s", err);
	cr_assert_eq(decode_map_with(300, 299, true, err), -EINVAL);
	cr_assert_str_eq(err, "duplicate map key 'k0'");
	cr_assert_eq(decode_map_with(40, 17, false, err), -EINVAL);
}

/* agate_wire_pack_value_sb writes exactly what agate_wire_pack_value
 * writes, at every boundary between msgpack's size classes. */
Test(wire, direct_pack_is_byte_identical)
{
	static const int64_t ints[] = {
		0, 1, 127, 128, 255, 256, 65535, 65536, 4294967295LL, 4294967296LL, INT64_MAX,
		-1, -32, -33, -128, -129, -32768, -32769, -2147483648LL, -2147483649LL, INT64_MIN,
	};
	static const size_t lens[] = { 0, 1, 31, 32, 255, 256, 65535, 65536 };
	static const uint32_t counts[] = { 0, 1, 15, 16, 17, 65536 };
	size_t nints = sizeof ints / sizeof ints[0], nlens = sizeof lens / sizeof lens[0];
	char *text = malloc(65536);
	agate_value *root = agate_arena_zalloc(arena, sizeof *root);
	agate_value *items = agate_arena_zalloc(arena, 64 * sizeof *items);
	agate_member *mem = agate_arena_zalloc(arena, 8 * sizeof *mem);
	agate_value *many = calloc(65536, sizeof *many); /* nils */
	msgpack_sbuffer a, b;
	msgpack_packer pk;
	uint32_t n = 0;

	cr_assert(text && root && items && mem && many);
	memset(text, 'z', 65536);
	for (size_t i = 0; i < nints; i++) {
		items[n].type = AGATE_INT;
		items[n++].as.integer = ints[i];
	}
	for (size_t i = 0; i < nlens; i++) {
		items[n].type = AGATE_STR;
		items[n++].as.str = (agate_str){ text, lens[i] };
		items[n].type = AGATE_BIN;
		items[n++].as.str = (agate_str){ text, lens[i] };
	}
	items[n].type = AGATE_FLOAT;
	items[n++].as.real = 0.55;
	items[n].type = AGATE_FLOAT;
	items[n++].as.real = -1e300;
	items[n++].type = AGATE_NIL;
	items[n].type = AGATE_BOOL;
	items[n++].as.boolean = true;
	items[n].type = AGATE_BOOL;
	items[n++].as.boolean = false;
	items[n].type = AGATE_STR;
	items[n++].as.str = (agate_str){ NULL, 0 };
	/* arrays and maps of every size class, nested in a map */
	for (size_t i = 0; i < sizeof counts / sizeof counts[0] && n < 64; i++) {
		items[n].type = AGATE_ARRAY;
		items[n].as.array.items = many;
		items[n++].as.array.len = counts[i];
	}
	for (uint32_t i = 0; i < 8; i++) {
		mem[i].key = (agate_str){ text, i == 7 ? 40 : i };
		mem[i].value.type = AGATE_INT;
		mem[i].value.as.integer = i * 1000;
	}
	items[n].type = AGATE_MAP;
	items[n].as.map.items = mem;
	items[n++].as.map.len = 8;
	root->type = AGATE_MAP;
	root->as.map.items = agate_arena_zalloc(arena, 17 * sizeof(agate_member));
	root->as.map.len = 17;
	for (uint32_t i = 0; i < 17; i++) {
		root->as.map.items[i].key = (agate_str){ text, i * 3 };
		root->as.map.items[i].value.type = AGATE_ARRAY;
		root->as.map.items[i].value.as.array.items = items;
		root->as.map.items[i].value.as.array.len = i == 16 ? n : i;
	}
	msgpack_sbuffer_init(&a);
	msgpack_sbuffer_init(&b);
	msgpack_packer_init(&pk, &a, msgpack_sbuffer_write);
	msgpack_sbuffer_write(&a, "hd", 2); /* appends after what is there */
	msgpack_sbuffer_write(&b, "hd", 2);
	cr_assert_eq(agate_wire_pack_value(&pk, root), 0);
	cr_assert_eq(agate_wire_pack_value_sb(&b, root), 0);
	cr_assert_eq(a.size, b.size, "%zu vs %zu bytes", a.size, b.size);
	cr_assert(memcmp(a.data, b.data, a.size) == 0, "the bytes differ");
	/* NULL packs nil, as agate_wire_pack_value does */
	cr_assert_eq(agate_wire_pack_value_sb(&b, NULL), 0);
	cr_assert_eq((unsigned char)b.data[b.size - 1], 0xc0);
	msgpack_sbuffer_destroy(&a);
	msgpack_sbuffer_destroy(&b);
	free(many);
	free(text);
}

/* ---- the direct decoder against msgpack-c's unpacker ------------------ */

static uint64_t rnd_state = 0x2545F4914F6CDD1DULL;

static uint64_t rnd(void)
{
	/* xorshift64: reproducible, so a failure is the same every run */
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

/* A random item, every msgpack encoding a client may send (fix and
 * sized ints of both signs, float32 and 64, str and bin of 8/16/32-bit
 * lengths, arrays and maps of fix and 16/32-bit counts). Map keys are
 * made unique by their index. */
static void pack_random(msgpack_packer *pk, int depth)
{
	static const char text[] = "rm -rf /tmp/x; echo \"h\xc3\xa9llo\" | sh";
	unsigned kind = (unsigned)(rnd() % (depth < 4 ? 16 : 12));
	uint64_t x = rnd();

	switch (kind) {
	case 0: msgpack_pack_nil(pk); break;
	case 1: (x & 1) ? msgpack_pack_true(pk) : msgpack_pack_false(pk); break;
	case 2: msgpack_pack_fix_int8(pk, (int8_t)x); break;
	case 3: msgpack_pack_fix_int16(pk, (int16_t)x); break;
	case 4: msgpack_pack_fix_int32(pk, (int32_t)x); break;
	case 5: msgpack_pack_fix_int64(pk, (int64_t)x); break;
	case 6: msgpack_pack_fix_uint64(pk, x >> (x % 64)); break;
	case 7: msgpack_pack_int64(pk, (int64_t)(x >> (x % 64)) * ((x & 2) ? -1 : 1)); break;
	case 8: msgpack_pack_float(pk, (float)((double)(int64_t)x / 1e9)); break;
	case 9: {
		double d;
		memcpy(&d, &x, sizeof d);
		msgpack_pack_double(pk, d != d ? 0.5 : d); /* NaN != NaN: not comparable */
		break;
	}
	case 10: {
		/* 0..39 bytes, and now and then one long enough for str16 */
		size_t n = (x & 0xf0) == 0 ? 300 : x % sizeof text;
		char buf[300];
		for (size_t i = 0; i < n; i++)
			buf[i] = n > sizeof text ? 'a' + (char)(i % 26) : text[i];
		if (n < sizeof text && n && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--; /* keep it valid UTF-8 */
		msgpack_pack_str_with_body(pk, buf, n);
		break;
	}
	case 11: {
		unsigned char bytes[8];
		memcpy(bytes, &x, sizeof bytes);
		msgpack_pack_bin_with_body(pk, bytes, x % 9);
		break;
	}
	case 12: case 13: {
		uint32_t n = (uint32_t)(x % 20);
		msgpack_pack_array(pk, n);
		for (uint32_t i = 0; i < n; i++)
			pack_random(pk, depth + 1);
		break;
	}
	default: {
		uint32_t n = (uint32_t)(x % 20);
		msgpack_pack_map(pk, n);
		for (uint32_t i = 0; i < n; i++) {
			char key[16];
			int kl = snprintf(key, sizeof key, "k%u", i);
			msgpack_pack_str_with_body(pk, key, (size_t)kl);
			pack_random(pk, depth + 1);
		}
	}
	}
}

/* v must be what msgpack-c's object o reads as: the same type mapping
 * (uint64 above INT64_MAX: float; float32: widened), the same bytes. */
static bool same_as_unpacked(const msgpack_object *o, const agate_value *v)
{
	switch (o->type) {
	case MSGPACK_OBJECT_NIL:
		return v->type == AGATE_NIL;
	case MSGPACK_OBJECT_BOOLEAN:
		return v->type == AGATE_BOOL && v->as.boolean == o->via.boolean;
	case MSGPACK_OBJECT_POSITIVE_INTEGER:
		if (o->via.u64 > (uint64_t)INT64_MAX)
			return v->type == AGATE_FLOAT && v->as.real == (double)o->via.u64;
		return v->type == AGATE_INT && v->as.integer == (int64_t)o->via.u64;
	case MSGPACK_OBJECT_NEGATIVE_INTEGER:
		return v->type == AGATE_INT && v->as.integer == o->via.i64;
	case MSGPACK_OBJECT_FLOAT32:
	case MSGPACK_OBJECT_FLOAT64:
		return v->type == AGATE_FLOAT && memcmp(&v->as.real, &o->via.f64, 8) == 0;
	case MSGPACK_OBJECT_STR:
		return v->type == AGATE_STR && v->as.str.len == o->via.str.size &&
		       v->as.str.ptr[v->as.str.len] == '\0' &&
		       (!o->via.str.size || !memcmp(v->as.str.ptr, o->via.str.ptr, o->via.str.size));
	case MSGPACK_OBJECT_BIN:
		return v->type == AGATE_BIN && v->as.str.len == o->via.bin.size &&
		       (!o->via.bin.size || !memcmp(v->as.str.ptr, o->via.bin.ptr, o->via.bin.size));
	case MSGPACK_OBJECT_ARRAY:
		if (v->type != AGATE_ARRAY || v->as.array.len != o->via.array.size)
			return false;
		for (uint32_t i = 0; i < o->via.array.size; i++)
			if (!same_as_unpacked(&o->via.array.ptr[i], &v->as.array.items[i]))
				return false;
		return true;
	case MSGPACK_OBJECT_MAP:
		if (v->type != AGATE_MAP || v->as.map.len != o->via.map.size)
			return false;
		for (uint32_t i = 0; i < o->via.map.size; i++) {
			const msgpack_object_kv *kv = &o->via.map.ptr[i];
			const agate_member *m = &v->as.map.items[i];
			if (m->key.len != kv->key.via.str.size ||
			    memcmp(m->key.ptr, kv->key.via.str.ptr, m->key.len) ||
			    !same_as_unpacked(&kv->val, &m->value))
				return false;
		}
		return true;
	default:
		return false;
	}
}

Test(wire, decode_reads_what_msgpack_c_reads)
{
	for (int round = 0; round < 3000; round++) {
		msgpack_sbuffer sb;
		msgpack_packer pk;
		msgpack_unpacked up;
		size_t off = 0;
		agate_value *v = NULL;
		char err[128] = "";

		msgpack_sbuffer_init(&sb);
		msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
		pack_random(&pk, 0);
		agate_arena_reset(arena);
		cr_assert_eq(agate_wire_decode(sb.data, sb.size, 32, arena, &v, err, sizeof err), 0,
			     "round %d: %s", round, err);
		msgpack_unpacked_init(&up);
		cr_assert_eq(msgpack_unpack_next(&up, sb.data, sb.size, &off), MSGPACK_UNPACK_SUCCESS);
		cr_assert(same_as_unpacked(&up.data, v), "round %d differs from msgpack-c", round);
		msgpack_unpacked_destroy(&up);
		msgpack_sbuffer_destroy(&sb);
	}
}

/* wire.c - frames and the msgpack <-> value codec.
 *
 * Decoding is two passes. agate_wire_validate walks the raw bytes with an
 * explicit stack (no recursion), so hostile nesting, lengths that point
 * past the end, non-string keys and bad UTF-8 are refused before anything
 * is allocated. Only then does the second pass decode the bytes straight
 * into value trees in the request's arena (it used to go through
 * msgpack-c's object tree, one more pass and a zone allocated per
 * message); since every item of a validated buffer takes at least one
 * byte, the tree is bounded by the frame size.
 */
#include "wire.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whatever the caller asks for, the validator's stack never grows past
 * this; a deeper limit would only let a peer make us recurse in decode. */
#define WIRE_DEPTH_HARD_MAX 256u

uint32_t agate_wire_frame_len(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
	       ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

void agate_wire_put_frame_len(unsigned char *p, uint32_t len)
{
	p[0] = (unsigned char)(len >> 24);
	p[1] = (unsigned char)(len >> 16);
	p[2] = (unsigned char)(len >> 8);
	p[3] = (unsigned char)len;
}

__attribute__((format(printf, 3, 4)))
static int fail(char *err, size_t errcap, const char *fmt, ...)
{
	va_list ap;

	if (err && errcap) {
		va_start(ap, fmt);
		vsnprintf(err, errcap, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
static bool utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned char c = s[i];
		size_t need;
		uint32_t cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (n - i - 1 < need)
			return false;
		for (size_t k = 1; k <= need; k++) {
			unsigned char cc = s[i + k];
			if ((cc & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (cc & 0x3f);
		}
		if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += need + 1;
	}
	return true;
}

static uint64_t be(const unsigned char *p, unsigned n)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < n; i++)
		v = (v << 8) | p[i];
	return v;
}

struct level {
	uint64_t left;  /* items still expected (a map entry counts twice) */
	bool is_map;
};

int agate_wire_validate(const char *buf, size_t len, unsigned max_depth,
			char *err, size_t errcap)
{
	struct level stack[WIRE_DEPTH_HARD_MAX + 1];
	const unsigned char *p = (const unsigned char *)buf;
	size_t pos = 0;
	unsigned depth = 0;
	bool done = false;

	if (!buf && len)
		return fail(err, errcap, "no buffer");
	if (max_depth > WIRE_DEPTH_HARD_MAX)
		max_depth = WIRE_DEPTH_HARD_MAX;
	if (len == 0)
		return fail(err, errcap, "empty frame");

	while (!done) {
		bool want_key = depth > 0 && stack[depth - 1].is_map &&
				stack[depth - 1].left % 2 == 0;
		size_t rem = len - pos;
		unsigned char b;
		unsigned hdr = 1;      /* bytes of type + length fields */
		uint64_t body = 0;     /* payload bytes that follow */
		uint64_t count = 0;    /* items of a container */
		bool container = false, is_map = false, is_str = false;

		if (rem == 0)
			return fail(err, errcap, "truncated");
		b = p[pos];

		if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3) {
			/* fixint, nil, bool */
		} else if (b <= 0x8f) {
			container = is_map = true;
			count = b & 0x0f;
		} else if (b <= 0x9f) {
			container = true;
			count = b & 0x0f;
		} else if (b <= 0xbf) {
			is_str = true;
			body = b & 0x1f;
		} else {
			switch (b) {
			case 0xc4: case 0xc5: case 0xc6: {
				unsigned w = 1u << (b - 0xc4);
				if (rem < 1 + w)
					return fail(err, errcap, "truncated");
				hdr = 1 + w;
				body = be(p + pos + 1, w);
				break;
			}
			case 0xca: body = 4; break;
			case 0xcb: body = 8; break;
			case 0xcc: case 0xd0: body = 1; break;
			case 0xcd: case 0xd1: body = 2; break;
			case 0xce: case 0xd2: body = 4; break;
			case 0xcf: case 0xd3: body = 8; break;
			case 0xd9: case 0xda: case 0xdb: {
				unsigned w = 1u << (b - 0xd9);
				if (rem < 1 + w)
					return fail(err, errcap, "truncated");
				hdr = 1 + w;
				body = be(p + pos + 1, w);
				is_str = true;
				break;
			}
			case 0xdc: case 0xdd: case 0xde: case 0xdf: {
				unsigned w = (b == 0xdc || b == 0xde) ? 2 : 4;
				if (rem < 1 + w)
					return fail(err, errcap, "truncated");
				hdr = 1 + w;
				count = be(p + pos + 1, w);
				container = true;
				is_map = b >= 0xde;
				break;
			}
			case 0xc1:
				return fail(err, errcap, "invalid type byte 0x%02x", (unsigned)b);
			default: /* 0xc7-0xc9, 0xd4-0xd8: extension types */
				return fail(err, errcap,
					    "unsupported extension type 0x%02x", (unsigned)b);
			}
		}

		if (want_key && !is_str)
			return fail(err, errcap, "map key is not a string");
		if (rem < hdr || body > rem - hdr)
			return fail(err, errcap, "truncated");
		if (is_str && !utf8_valid(p + pos + hdr, (size_t)body))
			return fail(err, errcap, "invalid UTF-8 in string");
		pos += hdr + (size_t)body;

		/* this item fills one slot of its container */
		if (depth > 0)
			stack[depth - 1].left--;

		if (container) {
			uint64_t items = is_map ? count * 2 : count;
			/* each item needs at least one byte: a count that
			 * cannot fit is refused before anyone allocates it */
			if (items > len - pos)
				return fail(err, errcap, "truncated");
			if (depth + 1 > max_depth)
				return fail(err, errcap, "nesting deeper than %u",
					    max_depth);
			stack[depth].left = items;
			stack[depth].is_map = is_map;
			depth++;
		}
		/* close every container that is now complete */
		while (depth > 0 && stack[depth - 1].left == 0)
			depth--;
		if (depth == 0)
			done = true;
	}
	if (pos != len)
		return fail(err, errcap, "trailing bytes");
	return 0;
}

/* A map whose key appears twice is refused: readers of one request would
 * otherwise disagree on which value it holds (rules read the first, most
 * JSON readers of the audit row the last). Small maps compare pairwise;
 * larger ones sort their keys once. */
#define DUP_PAIRWISE_MAX 16u

static int key_cmp(const void *a, const void *b)
{
	const agate_member *x = *(const agate_member *const *)a;
	const agate_member *y = *(const agate_member *const *)b;
	size_t n = x->key.len < y->key.len ? x->key.len : y->key.len;
	int c = memcmp(x->key.ptr, y->key.ptr, n);

	if (c)
		return c;
	return x->key.len < y->key.len ? -1 : x->key.len > y->key.len;
}

static bool same_key(const agate_member *x, const agate_member *y)
{
	return x->key.len == y->key.len &&
	       !memcmp(x->key.ptr, y->key.ptr, x->key.len);
}

/* The first key of items[0..n) that appears twice, or NULL. -ENOMEM is
 * reported through *r when the sort's scratch does not fit the arena. */
static const agate_member *duplicate_key(const agate_member *items, uint32_t n,
					 agate_arena *arena, int *r)
{
	const agate_member **sorted;

	if (n <= DUP_PAIRWISE_MAX) {
		for (uint32_t i = 1; i < n; i++)
			for (uint32_t j = 0; j < i; j++)
				if (same_key(&items[i], &items[j]))
					return &items[i];
		return NULL;
	}
	sorted = agate_arena_alloc(arena, (size_t)n * sizeof(*sorted));
	if (!sorted) {
		*r = -ENOMEM;
		return NULL;
	}
	for (uint32_t i = 0; i < n; i++)
		sorted[i] = &items[i];
	qsort(sorted, n, sizeof(*sorted), key_cmp);
	for (uint32_t i = 1; i < n; i++)
		if (same_key(sorted[i], sorted[i - 1]))
			return sorted[i];
	return NULL;
}

/* Quote at most 40 bytes of a key, cut on a UTF-8 boundary. */
static int fail_duplicate(char *err, size_t errcap, agate_str key)
{
	size_t n = key.len;

	if (n > 40) {
		n = 40;
		while (n && ((unsigned char)key.ptr[n] & 0xC0u) == 0x80u)
			n--;
	}
	return fail(err, errcap, "duplicate map key '%.*s'%s", (int)n, key.ptr,
		    n < key.len ? "..." : "");
}

/* A copy of n bytes at p, NUL-terminated, in the arena. */
static char *arena_bytes(agate_arena *arena, const unsigned char *p, size_t n)
{
	char *s = agate_arena_alloc(arena, n + 1);

	if (!s)
		return NULL;
	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

static int direct_container(const unsigned char *p, size_t *pos, agate_arena *arena,
			    agate_value *out, uint64_t n, bool is_map, unsigned depth,
			    char *err, size_t errcap);

/* Decode the item at p[*pos] into out and move *pos past it. The buffer
 * was validated: every header and length fits, keys are strings, nesting
 * is within the limit, so nothing here reads past the end. What each
 * type becomes is what msgpack-c's objects became before (a uint64
 * above INT64_MAX a float, float32 widened to double). */
static int direct(const unsigned char *p, size_t *pos, agate_arena *arena,
		  agate_value *out, unsigned depth, char *err, size_t errcap)
{
	unsigned char b = p[*pos];
	uint64_t n = 0;
	bool is_map = false;

	if (depth > WIRE_DEPTH_HARD_MAX)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	*pos += 1;
	if (b <= 0x7f || b >= 0xe0) {
		out->type = AGATE_INT;
		out->as.integer = (int8_t)b;
		return 0;
	}
	if (b <= 0x8f) {
		is_map = true;
		n = b & 0x0f;
		goto container;
	}
	if (b <= 0x9f) {
		n = b & 0x0f;
		goto container;
	}
	if (b <= 0xbf) {
		n = b & 0x1f;
		goto str;
	}
	switch (b) {
	case 0xc0:
		out->type = AGATE_NIL;
		return 0;
	case 0xc2: case 0xc3:
		out->type = AGATE_BOOL;
		out->as.boolean = b == 0xc3;
		return 0;
	case 0xc4: case 0xc5: case 0xc6: {
		unsigned w = 1u << (b - 0xc4);
		n = be(p + *pos, w);
		*pos += w;
		char *s = arena_bytes(arena, p + *pos, (size_t)n);
		if (!s)
			return -ENOMEM;
		*pos += (size_t)n;
		out->type = AGATE_BIN;
		out->as.str.ptr = s;
		out->as.str.len = (size_t)n;
		return 0;
	}
	case 0xca: {
		uint32_t bits = (uint32_t)be(p + *pos, 4);
		float f;
		memcpy(&f, &bits, sizeof f);
		*pos += 4;
		out->type = AGATE_FLOAT;
		out->as.real = f;
		return 0;
	}
	case 0xcb: {
		uint64_t bits = be(p + *pos, 8);
		double d;
		memcpy(&d, &bits, sizeof d);
		*pos += 8;
		out->type = AGATE_FLOAT;
		out->as.real = d;
		return 0;
	}
	case 0xcc: case 0xcd: case 0xce: case 0xcf: {
		unsigned w = 1u << (b - 0xcc);
		uint64_t u = be(p + *pos, w);
		*pos += w;
		if (u > (uint64_t)INT64_MAX) {
			out->type = AGATE_FLOAT;
			out->as.real = (double)u;
		} else {
			out->type = AGATE_INT;
			out->as.integer = (int64_t)u;
		}
		return 0;
	}
	case 0xd0: case 0xd1: case 0xd2: case 0xd3: {
		unsigned w = 1u << (b - 0xd0);
		uint64_t u = be(p + *pos, w);
		*pos += w;
		/* sign-extend the w-byte two's complement value */
		if (w < 8 && (u >> (8 * w - 1)) & 1)
			u |= ~(uint64_t)0 << (8 * w);
		out->type = AGATE_INT;
		out->as.integer = (int64_t)u;
		return 0;
	}
	case 0xd9: case 0xda: case 0xdb: {
		unsigned w = 1u << (b - 0xd9);
		n = be(p + *pos, w);
		*pos += w;
		goto str;
	}
	case 0xdc: case 0xdd:
		n = be(p + *pos, b == 0xdc ? 2 : 4);
		*pos += b == 0xdc ? 2 : 4;
		goto container;
	case 0xde: case 0xdf:
		is_map = true;
		n = be(p + *pos, b == 0xde ? 2 : 4);
		*pos += b == 0xde ? 2 : 4;
		goto container;
	default:
		return -EINVAL; /* the validator refuses these */
	}
str: {
	char *s = arena_bytes(arena, p + *pos, (size_t)n);
	if (!s)
		return -ENOMEM;
	*pos += (size_t)n;
	out->type = AGATE_STR;
	out->as.str.ptr = s;
	out->as.str.len = (size_t)n;
	return 0;
}
container:
	return direct_container(p, pos, arena, out, n, is_map, depth, err, errcap);
}

/* The n items (map: n key/value pairs) of a container whose header
 * direct() read. */
static int direct_container(const unsigned char *p, size_t *pos, agate_arena *arena,
			    agate_value *out, uint64_t n, bool is_map, unsigned depth,
			    char *err, size_t errcap)
{
	if (!is_map) {
		agate_value *items = NULL;
		if (n) {
			items = agate_arena_alloc(arena, (size_t)n * sizeof(*items));
			if (!items)
				return -ENOMEM;
		}
		for (uint32_t i = 0; i < n; i++) {
			int r = direct(p, pos, arena, &items[i], depth + 1, err, errcap);
			if (r)
				return r;
		}
		out->type = AGATE_ARRAY;
		out->as.array.items = items;
		out->as.array.len = (uint32_t)n;
		return 0;
	}
	agate_member *items = NULL;
	if (n) {
		items = agate_arena_alloc(arena, (size_t)n * sizeof(*items));
		if (!items)
			return -ENOMEM;
	}
	for (uint32_t i = 0; i < n; i++) {
		agate_value key;
		int r = direct(p, pos, arena, &key, depth + 1, err, errcap);
		if (r)
			return r;
		if (key.type != AGATE_STR)
			return -EINVAL; /* the validator refuses these */
		items[i].key = key.as.str;
		r = direct(p, pos, arena, &items[i].value, depth + 1, err, errcap);
		if (r)
			return r;
	}
	if (n > 1) {
		int r = 0;
		const agate_member *dup = duplicate_key(items, (uint32_t)n, arena, &r);
		if (r)
			return r;
		if (dup)
			return fail_duplicate(err, errcap, dup->key);
	}
	out->type = AGATE_MAP;
	out->as.map.items = items;
	out->as.map.len = (uint32_t)n;
	return 0;
}

int agate_wire_decode(const char *buf, size_t len, unsigned max_depth,
		      agate_arena *arena, agate_value **out, char *err,
		      size_t errcap)
{
	size_t pos = 0;
	agate_value *v;
	int r;

	if (!arena || !out)
		return -EINVAL;
	r = agate_wire_validate(buf, len, max_depth, err, errcap);
	if (r)
		return r;
	v = agate_arena_alloc(arena, sizeof(*v));
	if (!v) {
		fail(err, errcap, "request too large for its arena");
		return -ENOMEM;
	}
	if (err && errcap)
		err[0] = '\0';
	r = direct((const unsigned char *)buf, &pos, arena, v, 0, err, errcap);
	if (r == -ENOMEM)
		fail(err, errcap, "request too large for its arena");
	else if (r && (!err || !errcap || !err[0]))
		fail(err, errcap, "undecodable msgpack");
	else if (!r && pos != len)
		r = fail(err, errcap, "trailing bytes");
	else if (!r)
		*out = v;
	return r;
}

static int pack_value(msgpack_packer *pk, const agate_value *v, unsigned depth)
{
	int r = 0;

	if (depth > WIRE_DEPTH_HARD_MAX)
		return -EINVAL;
	if (!v)
		return msgpack_pack_nil(pk) ? -ENOMEM : 0;
	switch (v->type) {
	case AGATE_NIL:
		r = msgpack_pack_nil(pk);
		break;
	case AGATE_BOOL:
		r = v->as.boolean ? msgpack_pack_true(pk) : msgpack_pack_false(pk);
		break;
	case AGATE_INT:
		r = msgpack_pack_int64(pk, v->as.integer);
		break;
	case AGATE_FLOAT:
		r = msgpack_pack_double(pk, v->as.real);
		break;
	case AGATE_STR:
		return agate_wire_pack_str(pk, v->as.str);
	case AGATE_BIN:
		r = msgpack_pack_bin(pk, v->as.str.len);
		if (!r && v->as.str.len)
			r = msgpack_pack_bin_body(pk, v->as.str.ptr, v->as.str.len);
		break;
	case AGATE_ARRAY:
		r = msgpack_pack_array(pk, v->as.array.len);
		for (uint32_t i = 0; !r && i < v->as.array.len; i++) {
			int e = pack_value(pk, &v->as.array.items[i], depth + 1);
			if (e)
				return e;
		}
		break;
	case AGATE_MAP:
		r = msgpack_pack_map(pk, v->as.map.len);
		for (uint32_t i = 0; !r && i < v->as.map.len; i++) {
			int e = agate_wire_pack_str(pk, v->as.map.items[i].key);
			if (!e)
				e = pack_value(pk, &v->as.map.items[i].value,
					       depth + 1);
			if (e)
				return e;
		}
		break;
	default:
		return -EINVAL;
	}
	return r ? -ENOMEM : 0;
}

int agate_wire_pack_value(msgpack_packer *pk, const agate_value *v)
{
	if (!pk)
		return -EINVAL;
	return pack_value(pk, v, 0);
}

/* ---- packing straight into an sbuffer --------------------------------- */

/* The same bytes as pack_value, written without a callback per item:
 * the size is taken first, the buffer grown once, then every item is
 * stored in place. The encodings follow msgpack-c's packer (smallest
 * form; positive integers as unsigned, floats as float64, str8), and
 * wire_test compares the two byte for byte. */

static size_t len_head(size_t n, size_t small)
{
	return n < small ? 1 : n < 65536 ? 3 : 5;
}

static size_t str_head(size_t n)
{
	return n < 32 ? 1 : n < 256 ? 2 : n < 65536 ? 3 : 5;
}

static size_t int_size(int64_t d)
{
	if (d < -(1LL << 5))
		return d < -(1LL << 31) ? 9 : d < -(1LL << 15) ? 5 : d < -(1LL << 7) ? 3 : 2;
	if (d < (1LL << 7))
		return 1;
	return d < (1LL << 8) ? 2 : d < (1LL << 16) ? 3 : d < (1LL << 32) ? 5 : 9;
}

/* SIZE_MAX: deeper than pack_value goes */
static size_t packed_size(const agate_value *v, unsigned depth)
{
	size_t n, k;

	if (depth > WIRE_DEPTH_HARD_MAX)
		return SIZE_MAX;
	if (!v)
		return 1;
	switch (v->type) {
	case AGATE_BOOL:
		return 1;
	case AGATE_INT:
		return int_size(v->as.integer);
	case AGATE_FLOAT:
		return 9;
	case AGATE_STR:
		return str_head(v->as.str.len) + v->as.str.len;
	case AGATE_BIN:
		n = v->as.str.len;
		return (n < 256 ? 2 : n < 65536 ? 3 : 5) + n;
	case AGATE_ARRAY:
		n = len_head(v->as.array.len, 16);
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			if ((k = packed_size(&v->as.array.items[i], depth + 1)) == SIZE_MAX)
				return SIZE_MAX;
			n += k;
		}
		return n;
	case AGATE_MAP:
		n = len_head(v->as.map.len, 16);
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];

			if ((k = packed_size(&m->value, depth + 1)) == SIZE_MAX)
				return SIZE_MAX;
			n += str_head(m->key.len) + m->key.len + k;
		}
		return n;
	case AGATE_NIL:
		return 1;
	default:
		return SIZE_MAX; /* pack_value refuses it too */
	}
}

static unsigned char *put_be(unsigned char *p, uint64_t x, int bytes)
{
	for (int i = bytes - 1; i >= 0; i--) {
		p[i] = (unsigned char)x;
		x >>= 8;
	}
	return p + bytes;
}

/* a head: fix form below `small` (tag fix | n), else 16- or 32-bit */
static unsigned char *put_head(unsigned char *p, size_t n, size_t small, unsigned char fix,
			       unsigned char t16, unsigned char t32)
{
	if (n < small) {
		*p++ = (unsigned char)(fix | n);
		return p;
	}
	if (n < 65536) {
		*p++ = t16;
		return put_be(p, n, 2);
	}
	*p++ = t32;
	return put_be(p, n, 4);
}

static unsigned char *put_strx(unsigned char *p, const char *s, size_t n)
{
	if (n >= 32 && n < 256) {
		*p++ = 0xd9;
		*p++ = (unsigned char)n;
	} else {
		p = put_head(p, n, 32, 0xa0, 0xda, 0xdb);
	}
	if (n)
		memcpy(p, s, n);
	return p + n;
}

static unsigned char *put_int(unsigned char *p, int64_t d)
{
	uint64_t u = (uint64_t)d;

	if (d < -(1LL << 5)) {
		if (d < -(1LL << 31)) {
			*p++ = 0xd3;
			return put_be(p, u, 8);
		}
		if (d < -(1LL << 15)) {
			*p++ = 0xd2;
			return put_be(p, u, 4);
		}
		if (d < -(1LL << 7)) {
			*p++ = 0xd1;
			return put_be(p, u, 2);
		}
		*p++ = 0xd0;
		return put_be(p, u, 1);
	}
	if (d < (1LL << 7)) {
		*p++ = (unsigned char)d;
		return p;
	}
	if (d < (1LL << 8)) {
		*p++ = 0xcc;
		return put_be(p, u, 1);
	}
	if (d < (1LL << 16)) {
		*p++ = 0xcd;
		return put_be(p, u, 2);
	}
	if (d < (1LL << 32)) {
		*p++ = 0xce;
		return put_be(p, u, 4);
	}
	*p++ = 0xcf;
	return put_be(p, u, 8);
}

static unsigned char *put_direct(unsigned char *p, const agate_value *v)
{
	uint64_t bits;

	if (!v) {
		*p++ = 0xc0;
		return p;
	}
	switch (v->type) {
	case AGATE_BOOL:
		*p++ = v->as.boolean ? 0xc3 : 0xc2;
		return p;
	case AGATE_INT:
		return put_int(p, v->as.integer);
	case AGATE_FLOAT:
		memcpy(&bits, &v->as.real, sizeof bits);
		*p++ = 0xcb;
		return put_be(p, bits, 8);
	case AGATE_STR:
		return put_strx(p, v->as.str.ptr, v->as.str.len);
	case AGATE_BIN:
		if (v->as.str.len < 256) {
			*p++ = 0xc4;
			*p++ = (unsigned char)v->as.str.len;
		} else {
			p = put_head(p, v->as.str.len, 0, 0, 0xc5, 0xc6);
		}
		if (v->as.str.len)
			memcpy(p, v->as.str.ptr, v->as.str.len);
		return p + v->as.str.len;
	case AGATE_ARRAY:
		p = put_head(p, v->as.array.len, 16, 0x90, 0xdc, 0xdd);
		for (uint32_t i = 0; i < v->as.array.len; i++)
			p = put_direct(p, &v->as.array.items[i]);
		return p;
	case AGATE_MAP:
		p = put_head(p, v->as.map.len, 16, 0x80, 0xde, 0xdf);
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			p = put_strx(p, v->as.map.items[i].key.ptr, v->as.map.items[i].key.len);
			p = put_direct(p, &v->as.map.items[i].value);
		}
		return p;
	default:
		*p++ = 0xc0;
		return p;
	}
}

int agate_wire_pack_value_sb(msgpack_sbuffer *sb, const agate_value *v)
{
	size_t n;
	char *nb;

	if (!sb)
		return -EINVAL;
	if ((n = packed_size(v, 0)) == SIZE_MAX)
		return -EINVAL;
	if (sb->alloc - sb->size < n) {
		size_t cap = sb->alloc ? sb->alloc : 1024;

		while (cap - sb->size < n) {
			if (cap > SIZE_MAX / 2)
				return -ENOMEM;
			cap *= 2;
		}
		if (!(nb = realloc(sb->data, cap)))
			return -ENOMEM;
		sb->data = nb;
		sb->alloc = cap;
	}
	put_direct((unsigned char *)sb->data + sb->size, v);
	sb->size += n;
	return 0;
}

int agate_wire_pack_cstr(msgpack_packer *pk, const char *s)
{
	if (!pk)
		return -EINVAL;
	if (!s)
		return msgpack_pack_nil(pk) ? -ENOMEM : 0;
	return agate_wire_pack_str(pk, (agate_str){ s, strlen(s) });
}

int agate_wire_pack_str(msgpack_packer *pk, agate_str s)
{
	if (!pk)
		return -EINVAL;
	if (!s.ptr && s.len == 0)
		s.ptr = "";
	if (msgpack_pack_str(pk, s.len))
		return -ENOMEM;
	if (s.len && msgpack_pack_str_body(pk, s.ptr, s.len))
		return -ENOMEM;
	return 0;
}

/* json_fuzz.c - fuzz target for agate_json_read, the reader of arguments
 * sent as JSON text.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * replay_main.c it replays files, the seed corpus in every test run.
 *
 * Besides not crashing, it checks: a refusal says why and gives no tree;
 * reading is deterministic; a tree read has NUL-terminated, valid UTF-8
 * strings, finite numbers, no key twice in a map and nesting within the
 * bound; its cost in steps stays linear in the input; and writing the
 * tree as JSON and reading that gives an equal tree.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/json.h"
#include "policy/base/json_read.h"

#define FUZZ_ARENA (64u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "json_fuzz: %s\n", what);
		abort();
	}
}

/* Valid UTF-8 as RFC 3629 has it (U+0000 allowed: \u0000 reads to it). */
static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
					 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (len == 0 || i + len > n)
			return 0;
		uint32_t cp = len == 1 ? c : c & (0x7F >> len);
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
		    (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += len;
	}
	return 1;
}

static void check_str(agate_str s)
{
	check(s.ptr != NULL, "string without bytes");
	check(s.ptr[s.len] == '\0', "string not NUL-terminated");
	check(valid_utf8((const unsigned char *)s.ptr, s.len), "string not valid UTF-8");
}

/* depth: containers around v */
static void walk(const agate_value *v, unsigned depth)
{
	switch (v->type) {
	case AGATE_STR:
		check_str(v->as.str);
		break;
	case AGATE_FLOAT:
		check(isfinite(v->as.real), "a number that is not finite");
		break;
	case AGATE_ARRAY:
		check(depth < AGATE_JSON_READ_DEPTH, "nesting past the bound");
		for (uint32_t i = 0; i < v->as.array.len; i++)
			walk(&v->as.array.items[i], depth + 1);
		break;
	case AGATE_MAP:
		check(depth < AGATE_JSON_READ_DEPTH, "nesting past the bound");
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			check_str(m->key);
			/* inputs are small: pairwise is affordable here */
			for (uint32_t j = 0; j < i; j++)
				check(m->key.len != v->as.map.items[j].key.len ||
					      memcmp(m->key.ptr, v->as.map.items[j].key.ptr,
						     m->key.len) != 0,
				      "a key twice in a map");
			walk(&m->value, depth + 1);
		}
		break;
	case AGATE_BIN:
		check(0, "binary from JSON text");
		break;
	default:
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agate_arena *a = agate_arena_new(FUZZ_ARENA);
	agate_value *v = NULL, *w = NULL;
	char err[256], err2[256];
	size_t steps = 0, steps2 = 0;

	if (!a)
		return 0;
	int rc = agate_json_read((const char *)data, size, a, &v, err, sizeof err, &steps);
	check(rc == 0 || rc == -EINVAL || rc == -ENOMEM, "an unknown return");
	check(steps <= 32 * size + 4096, "cost past linear in the input");
	int rc2 = agate_json_read((const char *)data, size, a, &w, err2, sizeof err2, &steps2);
	check(rc == rc2 && steps == steps2, "two reads of one text differ");
	if (rc) {
		check(v == NULL, "a refusal with a tree");
		check(err[0] != '\0', "a refusal without a reason");
		check(strcmp(err, err2) == 0, "two refusals of one text differ");
		agate_arena_free(a);
		return 0;
	}
	check(v != NULL, "success without a tree");
	walk(v, 0);
	check(agate_value_equal(v, w), "two reads of one text differ");

	/* what is read, written and read again, is the same tree */
	char *text = agate_json_encode(a, v);
	if (text) {
		agate_value *again = NULL;
		rc = agate_json_read(text, strlen(text), a, &again, err, sizeof err, NULL);
		/* the written text may pass the byte bound (escapes grow) */
		if (rc == 0)
			check(agate_value_equal(v, again), "written and read again, the tree differs");
		else
			check(rc == -ENOMEM || strlen(text) > AGATE_JSON_READ_MAX,
			      "its own text is refused");
	}
	agate_arena_free(a);
	return 0;
}

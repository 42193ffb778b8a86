/* json.c - JSON text <-> agate_value for agatectl (see json.h). */
#include "json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/json.h"

#define JSON_DEPTH_MAX 256

static int convert(const json_t *j, agate_arena *arena, agate_value *out,
		   unsigned depth)
{
	memset(out, 0, sizeof(*out));
	if (depth > JSON_DEPTH_MAX)
		return -EINVAL;
	switch (json_typeof(j)) {
	case JSON_NULL:
		out->type = AGATE_NIL;
		return 0;
	case JSON_TRUE:
	case JSON_FALSE:
		out->type = AGATE_BOOL;
		out->as.boolean = json_is_true(j);
		return 0;
	case JSON_INTEGER:
		out->type = AGATE_INT;
		out->as.integer = (int64_t)json_integer_value(j);
		return 0;
	case JSON_REAL:
		out->type = AGATE_FLOAT;
		out->as.real = json_real_value(j);
		return 0;
	case JSON_STRING: {
		size_t n = json_string_length(j);
		char *s = agate_arena_strndup(arena, json_string_value(j), n);
		if (!s)
			return -ENOMEM;
		out->type = AGATE_STR;
		out->as.str = (agate_str){ s, n };
		return 0;
	}
	case JSON_ARRAY: {
		size_t n = json_array_size(j);
		agate_value *items = NULL;
		if (n > UINT32_MAX)
			return -ENOMEM;
		if (n) {
			items = agate_arena_alloc(arena, n * sizeof(*items));
			if (!items)
				return -ENOMEM;
		}
		for (size_t i = 0; i < n; i++) {
			int r = convert(json_array_get(j, i), arena, &items[i],
					depth + 1);
			if (r)
				return r;
		}
		out->type = AGATE_ARRAY;
		out->as.array.items = items;
		out->as.array.len = (uint32_t)n;
		return 0;
	}
	case JSON_OBJECT: {
		size_t n = json_object_size(j), i = 0;
		agate_member *items = NULL;
		const char *key;
		json_t *val;
		if (n > UINT32_MAX)
			return -ENOMEM;
		if (n) {
			items = agate_arena_alloc(arena, n * sizeof(*items));
			if (!items)
				return -ENOMEM;
		}
		/* jansson (>= 2.8) iterates in insertion order */
		json_object_foreach((json_t *)j, key, val) {
			size_t klen = strlen(key);
			char *k;
			int r;
			if (i >= n)
				break;
			k = agate_arena_strndup(arena, key, klen);
			if (!k)
				return -ENOMEM;
			items[i].key = (agate_str){ k, klen };
			r = convert(val, arena, &items[i].value, depth + 1);
			if (r)
				return r;
			i++;
		}
		out->type = AGATE_MAP;
		out->as.map.items = items;
		out->as.map.len = (uint32_t)i;
		return 0;
	}
	}
	return -EINVAL;
}

int agatectl_json_to_value(const json_t *j, agate_arena *arena,
			   agate_value *out)
{
	if (!j || !arena || !out)
		return -EINVAL;
	return convert(j, arena, out, 0);
}

int agatectl_json_parse(const char *text, size_t len, agate_arena *arena,
			agate_value **out, char *err, size_t errcap)
{
	json_error_t je;
	json_t *j;
	agate_value *v;
	int r;

	if (!text || !arena || !out)
		return -EINVAL;
	/* a key given twice is refused, as agated refuses it in a frame:
	 * which of the two a reader keeps differs from reader to reader */
	j = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
	if (!j) {
		if (err && errcap)
			snprintf(err, errcap, "line %d, column %d: %s", je.line,
				 je.column, je.text);
		return -EINVAL;
	}
	v = agate_arena_alloc(arena, sizeof(*v));
	r = v ? convert(j, arena, v, 0) : -ENOMEM;
	json_decref(j);
	if (r == -ENOMEM) {
		if (err && errcap)
			snprintf(err, errcap, "value too large");
		return r;
	}
	if (r) {
		if (err && errcap)
			snprintf(err, errcap, "nested deeper than %d", JSON_DEPTH_MAX);
		return r;
	}
	*out = v;
	return 0;
}

/* The writer in policy/ already handles escaping, invalid UTF-8, binary
 * and non-finite numbers; reading its output back gives a jansson tree
 * with the same rules. */
static char *encode(const agate_value *v, size_t *len_out)
{
	size_t need = agate_json_write(NULL, 0, v);
	char *buf = malloc(need + 1);
	if (!buf)
		return NULL;
	agate_json_write(buf, need + 1, v);
	*len_out = need;
	return buf;
}

json_t *agatectl_json_from_value(const agate_value *v)
{
	size_t len;
	char *text = encode(v, &len);
	json_t *j;
	if (!text)
		return NULL;
	j = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
	free(text);
	return j;
}

int agatectl_json_print(FILE *f, const agate_value *v, bool pretty)
{
	size_t len;
	char *text;
	int r = 0;

	if (!pretty) {
		text = encode(v, &len);
		if (!text)
			return -ENOMEM;
		if (fwrite(text, 1, len, f) != len || fputc('\n', f) == EOF)
			r = -EIO;
		free(text);
		return r;
	}
	json_t *j = agatectl_json_from_value(v);
	if (!j)
		return -ENOMEM;
	if (json_dumpf(j, f, JSON_INDENT(2) | JSON_ENCODE_ANY) < 0 ||
	    fputc('\n', f) == EOF)
		r = -EIO;
	json_decref(j);
	return r;
}

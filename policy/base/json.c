/* json.c - JSON writing (see json.h). One routine measures and writes, so
 * the measured length and the written text cannot disagree. */
#include "policy/base/json.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct out {
	char *buf;
	size_t cap; /* bytes usable for text (buffer size minus the NUL) */
	size_t len; /* bytes the full text needs so far */
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->len < o->cap) {
		size_t room = o->cap - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void putc1(struct out *o, char c)
{
	put(o, &c, 1);
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if ((c & 0xE0) == 0xC0) {
		len = 2;
		cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3;
		cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and values past U+10FFFF */
	if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
	    (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

static void put_str(struct out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	putc1(o, '"');
	size_t i = 0;
	while (i < n) {
		unsigned char c = p[i];
		if (c >= 0x80) {
			size_t k = utf8_seq(p + i, n - i);
			if (k == 0) {
				put(o, "\xEF\xBF\xBD", 3);
				i++;
			} else {
				put(o, s + i, k);
				i += k;
			}
			continue;
		}
		switch (c) {
		case '"':
			put(o, "\\\"", 2);
			break;
		case '\\':
			put(o, "\\\\", 2);
			break;
		case '\n':
			put(o, "\\n", 2);
			break;
		case '\r':
			put(o, "\\r", 2);
			break;
		case '\t':
			put(o, "\\t", 2);
			break;
		default:
			if (c < 0x20 || c == 0x7F) {
				char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
				put(o, esc, 6);
			} else {
				putc1(o, (char)c);
			}
		}
		i++;
	}
	putc1(o, '"');
}

static void put_value(struct out *o, const agate_value *v)
{
	char num[64];
	int n;
	if (!v) {
		put(o, "null", 4);
		return;
	}
	switch (v->type) {
	case AGATE_NIL:
		put(o, "null", 4);
		break;
	case AGATE_BOOL:
		if (v->as.boolean)
			put(o, "true", 4);
		else
			put(o, "false", 5);
		break;
	case AGATE_INT:
		n = snprintf(num, sizeof(num), "%" PRId64, v->as.integer);
		put(o, num, (size_t)n);
		break;
	case AGATE_FLOAT:
		/* JSON has no NaN or infinity. An infinity is written as a
		 * number beyond any double, which every JSON reader reads back
		 * as infinity (or the largest double); NaN as the string "NaN".
		 * Neither becomes null: an auditor must see that a request
		 * carried them. */
		if (isnan(v->as.real)) {
			put(o, "\"NaN\"", 5);
			break;
		}
		if (isinf(v->as.real)) {
			if (v->as.real < 0)
				put(o, "-1e999", 6);
			else
				put(o, "1e999", 5);
			break;
		}
		/* %.17g round-trips a double exactly */
		n = snprintf(num, sizeof(num), "%.17g", v->as.real);
		put(o, num, (size_t)n);
		break;
	case AGATE_STR:
		put_str(o, v->as.str.ptr, v->as.str.len);
		break;
	case AGATE_BIN: {
		static const char hex[] = "0123456789abcdef";
		putc1(o, '"');
		for (size_t i = 0; i < v->as.str.len; i++) {
			unsigned char c = (unsigned char)v->as.str.ptr[i];
			char pair[2] = { hex[c >> 4], hex[c & 15] };
			put(o, pair, 2);
		}
		putc1(o, '"');
		break;
	}
	case AGATE_ARRAY:
		putc1(o, '[');
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			if (i)
				putc1(o, ',');
			put_value(o, &v->as.array.items[i]);
		}
		putc1(o, ']');
		break;
	case AGATE_MAP:
		putc1(o, '{');
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			if (i)
				putc1(o, ',');
			put_str(o, m->key.ptr, m->key.len);
			putc1(o, ':');
			put_value(o, &m->value);
		}
		putc1(o, '}');
		break;
	default:
		put(o, "null", 4);
	}
}

static size_t finish(struct out *o, size_t cap)
{
	if (cap)
		o->buf[o->len < o->cap ? o->len : o->cap] = '\0';
	return o->len;
}

size_t agate_json_write(char *buf, size_t cap, const agate_value *v)
{
	struct out o = { buf, cap ? cap - 1 : 0, 0 };
	put_value(&o, v);
	return finish(&o, cap);
}

size_t agate_json_write_str(char *buf, size_t cap, const char *s, size_t n)
{
	struct out o = { buf, cap ? cap - 1 : 0, 0 };
	put_str(&o, s, n);
	return finish(&o, cap);
}

char *agate_json_encode(agate_arena *a, const agate_value *v)
{
	size_t need = agate_json_write(NULL, 0, v);
	char *buf = agate_arena_alloc(a, need + 1);
	if (!buf)
		return NULL;
	agate_json_write(buf, need + 1, v);
	return buf;
}

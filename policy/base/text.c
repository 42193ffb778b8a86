/* text.c - hashing, the string buffer, bigrams and globs (see text.h). */
#include "policy/base/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- hash ----------------------------------------------------------------- */

uint64_t rl_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h ? h : 1;
}

uint64_t rl_hash_lower(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		h ^= c;
		h *= 1099511628211ULL;
	}
	return h ? h : 1;
}

size_t rl_blank_at(const char *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\v' ||
		       s[0] == '\f'))
		return 1;
	if (n >= 2 && !memcmp(s, "\xc2\xa0", 2))
		return 2;
	/* U+2000..U+200B (en and em quads and spaces through hair and
	 * zero-width space) and U+202F */
	if (n >= 3 && s[0] == '\xe2' && s[1] == '\x80' &&
	    (((unsigned char)s[2] >= 0x80 && (unsigned char)s[2] <= 0x8b) || s[2] == '\xaf'))
		return 3;
	/* U+205F medium mathematical space, U+3000 ideographic space */
	if (n >= 3 && ((s[0] == '\xe2' && s[1] == '\x81' && s[2] == '\x9f') ||
		       (s[0] == '\xe3' && s[1] == '\x80' && s[2] == '\x80')))
		return 3;
	return 0;
}

size_t rl_utf8_seq(const unsigned char *s, size_t n)
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
	if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
	    (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* ---- string buffer ---------------------------------------------------------- */

size_t rl_utf8_cut(const char *s, size_t n, size_t max)
{
	size_t k = n < max ? n : max;

	/* back over continuation bytes to the lead byte, which starts the
	 * character the cut would split (at most 3 steps in valid text) */
	if (k < n)
		for (size_t steps = 0; k > 0 && steps < 4 &&
				       ((unsigned char)s[k] & 0xC0u) == 0x80u; steps++)
			k--;
	return k;
}

void rl_sb_put(rl_sbuf *sb, const char *s, size_t n)
{
	if (sb->overflow || sb->oom)
		return;
	if (sb->fixed) {
		size_t room = sb->cap > sb->len + 1 ? sb->cap - sb->len - 1 : 0;
		if (n > room) {
			size_t keep = rl_utf8_cut(s, n, room);
			memcpy(sb->p + sb->len, s, keep);
			sb->len += keep;
			sb->overflow = true;
			/* say that the text was cut, where a character starts */
			if (sb->len >= 4) {
				size_t at = rl_utf8_cut(sb->p, sb->len, sb->len - 4);
				memcpy(sb->p + at, "...\n", 4);
				sb->len = at + 4;
			}
		} else {
			memcpy(sb->p + sb->len, s, n);
			sb->len += n;
		}
		if (sb->cap)
			sb->p[sb->len] = '\0';
		return;
	}
	if (sb->len + n + 1 > sb->cap) {
		size_t nc = sb->cap ? sb->cap : 128;
		while (nc < sb->len + n + 1)
			nc *= 2;
		char *np = realloc(sb->p, nc);
		if (!np) {
			sb->oom = true;
			return;
		}
		sb->p = np;
		sb->cap = nc;
	}
	memcpy(sb->p + sb->len, s, n);
	sb->len += n;
	sb->p[sb->len] = '\0';
}

void rl_sb_puts(rl_sbuf *sb, const char *s)
{
	rl_sb_put(sb, s, strlen(s));
}

void rl_sb_printf(rl_sbuf *sb, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	rl_sb_put(sb, buf, (size_t)n < sizeof(buf) ? (size_t)n
			   : rl_utf8_cut(buf, sizeof(buf) - 1, sizeof(buf) - 1));
}

/* ---- bigrams and globs ------------------------------------------------------ */

void rl_bigrams(const char *s, size_t n, uint64_t out[4])
{
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned h = ((unsigned char)s[i] * 31u + (unsigned char)s[i + 1]) & 255u;
		out[h >> 6] |= 1ull << (h & 63);
	}
}

/* shell-style glob: * ? [a-z] [!x] and \x; '*' also matches '/' */
bool glob_match(const char *p, size_t pl, const char *s, size_t sl, bool ci)
{
	size_t pi = 0, si = 0, star_p = SIZE_MAX, star_s = 0;
	while (si < sl) {
		if (pi < pl && p[pi] == '*') {
			star_p = ++pi;
			star_s = si;
			continue;
		}
		if (pi < pl) {
			int sc = (unsigned char)s[si];
			if (p[pi] == '?') {
				pi++;
				si++;
				continue;
			}
			if (p[pi] == '[') {
				size_t k = pi + 1;
				bool negate = false, hit = false;
				if (k < pl && (p[k] == '!' || p[k] == '^')) {
					negate = true;
					k++;
				}
				size_t startk = k;
				while (k < pl && (p[k] != ']' || k == startk)) {
					int lo = (unsigned char)p[k], hi = lo;
					if (k + 2 < pl && p[k + 1] == '-' && p[k + 2] != ']') {
						hi = (unsigned char)p[k + 2];
						k += 2;
					}
					if ((sc >= lo && sc <= hi) ||
					    (ci && lc(sc) >= lc(lo) && lc(sc) <= lc(hi)))
						hit = true;
					k++;
				}
				if (k < pl) { /* a closed class */
					if (hit != negate) {
						pi = k + 1;
						si++;
						continue;
					}
					goto backtrack;
				}
				/* an unclosed '[' is a literal */
			}
			int pc = (unsigned char)p[pi];
			if (pc == '\\' && pi + 1 < pl)
				pc = (unsigned char)p[++pi];
			if (pc == sc || (ci && lc(pc) == lc(sc))) {
				pi++;
				si++;
				continue;
			}
		}
backtrack:
		if (star_p == SIZE_MAX)
			return false;
		pi = star_p;
		si = ++star_s;
	}
	while (pi < pl && p[pi] == '*')
		pi++;
	return pi == pl;
}

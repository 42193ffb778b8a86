/* text.h - bytes as text: hashing, a growable string buffer, bigram
 * sketches and shell-style globs, shared by the compiler and the
 * evaluator.
 */
#ifndef AGATE_POLICY_TEXT_H
#define AGATE_POLICY_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

uint64_t rl_hash(const void *p, size_t n);          /* FNV-1a 64 */
uint64_t rl_hash_lower(const void *p, size_t n);    /* same over ASCII lower case */

/* ASCII lower case of one byte (as an int), other bytes unchanged */
static inline int lc(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* The longest prefix of s[0..n) of at most max bytes that does not end
 * inside a UTF-8 sequence: where text is cut for a sentence, a trace or a
 * table, what is left stays valid UTF-8 for the JSON and msgpack it goes
 * into. */
size_t rl_utf8_cut(const char *s, size_t n, size_t max);

/* Length of the valid UTF-8 sequence at s[0..n) (1 to 4), or 0 when it is
 * invalid: overlong forms, surrogates and values past U+10FFFF are, so
 * that what the JSON writer and reader pass is text every reader takes. */
size_t rl_utf8_seq(const unsigned char *s, size_t n);

/* Length of the blank at s[0..n): ASCII white space (1 byte) or one of
 * the spaces word processors, spreadsheets and typesetters print between
 * the groups of a number or around a value (no-break U+00A0, the quads
 * and fixed-width spaces U+2000..U+200A, zero-width U+200B, narrow
 * no-break U+202F, medium mathematical U+205F, ideographic U+3000); 0
 * when s starts with none. Values read for what they mean (a duration,
 * an IBAN) skip these as they skip a space, so that the look of a blank
 * changes nothing. */
size_t rl_blank_at(const char *s, size_t n);

/* ---- canonical text of expressions (history keys, lint, traces) ---- */
typedef struct rl_sbuf {
	char *p;
	size_t len, cap;
	bool fixed;    /* p is caller storage of cap bytes; truncate (on a
	                  character boundary) instead of grow */
	bool overflow;
	bool oom;
} rl_sbuf;
void rl_sb_put(rl_sbuf *sb, const char *s, size_t n);
void rl_sb_puts(rl_sbuf *sb, const char *s);
void rl_sb_printf(rl_sbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Each pair of adjacent bytes of s[0..n), hashed to one of 256 bits and
 * ORed into out: a text lacking one of a literal's bits cannot hold it. */
void rl_bigrams(const char *s, size_t n, uint64_t out[4]);

/* shell-style glob: * ? [a-z] [!x] and \x; '*' also matches '/' */
bool glob_match(const char *p, size_t pl, const char *s, size_t sl, bool ci);

#endif

/* plain.c - plain(x): the text an attacker hid a mark in, unfolded into
 * lower-case ASCII for mark matching. Marks of injection and jailbreak
 * are regexes over words; a word spelled with a zero-width space inside,
 * Cyrillic or fullwidth letters, digits for letters (1gn0re), letters
 * spaced out (i g n o r e), split by punctuation or by an empty HTML
 * comment, or written in base64 or rot13, escapes every one of them.
 *
 * The result is for matching only: it drops what it cannot map (a
 * non-Latin script becomes one space), so a rule matches both the text
 * and plain(text). plain() is nil when the text hid nothing (only ASCII
 * case, accents, typographic quotes or other scripts), so that a rule
 * pays the second match only on text that did.
 *
 * Four passes over at most PLAIN_MAX_IN bytes, each linear: decode (UTF-8,
 * look-alikes, invisible characters, tags and comments, base64 runs),
 * join letters spaced out, drop punctuation inside words, read digits
 * inside words as letters; then a rot13 reading appended when the text
 * names rot13. The output is at most 2n + 1 bytes, in the arena.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "policy/eval/eval_int.h"

typedef struct pl_buf {
	char *p;
	size_t n, cap;
	bool hid;     /* a fold other than case, accents or scripts was made */
	size_t steps; /* loop iterations, for the tests' linear bound */
} pl_buf;

static void put(pl_buf *b, char ch)
{
	if (b->n < b->cap)
		b->p[b->n++] = ch;
}

/* one space for a run of dropped or unmapped characters */
static void put_space(pl_buf *b)
{
	if (b->n == 0 || b->p[b->n - 1] != ' ')
		put(b, ' ');
}

static char lower(unsigned char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : (char)ch;
}

static bool is_lower(unsigned char ch)
{
	return ch >= 'a' && ch <= 'z';
}

/* ---- UTF-8 and look-alikes ------------------------------------------- */

/* The code point at s[0..n), its length in *len; -1 for a byte that
 * starts no valid sequence (overlong forms and surrogates included). */
static int32_t utf8_at(const unsigned char *s, size_t n, size_t *len)
{
	unsigned char c0 = s[0];
	*len = 1;
	if (c0 < 0x80)
		return c0;
	size_t k = c0 >= 0xf0 && c0 <= 0xf4 ? 4 : c0 >= 0xe0 ? 3 : c0 >= 0xc2 && c0 < 0xe0 ? 2 : 0;
	if (k == 0 || k > n)
		return -1;
	int32_t cp = c0 & (0x3f >> (k - 1));
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	static const int32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (cp < min[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = k;
	return cp;
}

/* Letters of other scripts drawn like Latin ones: Cyrillic and Greek,
 * lower and upper case. */
static const struct {
	uint16_t cp;
	char to;
} lookalike[] = {
	{ 0x0391, 'a' }, { 0x0392, 'b' }, { 0x0395, 'e' }, { 0x0396, 'z' }, { 0x0397, 'h' },
	{ 0x0399, 'i' }, { 0x039a, 'k' }, { 0x039c, 'm' }, { 0x039d, 'n' }, { 0x039f, 'o' },
	{ 0x03a1, 'p' }, { 0x03a4, 't' }, { 0x03a5, 'y' }, { 0x03a7, 'x' }, { 0x03b1, 'a' },
	{ 0x03b5, 'e' }, { 0x03b9, 'i' }, { 0x03ba, 'k' }, { 0x03bd, 'v' }, { 0x03bf, 'o' },
	{ 0x03c1, 'p' }, { 0x03c4, 't' }, { 0x03c5, 'u' }, { 0x03c7, 'x' }, { 0x0405, 's' },
	{ 0x0406, 'i' }, { 0x0408, 'j' }, { 0x0410, 'a' }, { 0x0412, 'b' }, { 0x0415, 'e' },
	{ 0x041a, 'k' }, { 0x041c, 'm' }, { 0x041d, 'h' }, { 0x041e, 'o' }, { 0x0420, 'p' },
	{ 0x0421, 'c' }, { 0x0422, 't' }, { 0x0423, 'y' }, { 0x0425, 'x' }, { 0x0430, 'a' },
	{ 0x0435, 'e' }, { 0x043e, 'o' }, { 0x0440, 'p' }, { 0x0441, 'c' }, { 0x0443, 'y' },
	{ 0x0445, 'x' }, { 0x0455, 's' }, { 0x0456, 'i' }, { 0x0458, 'j' }, { 0x04bb, 'h' },
	{ 0x0501, 'd' }, { 0x051b, 'q' }, { 0x051d, 'w' }, { 0x0261, 'g' }, { 0x0251, 'a' },
	{ 0x026a, 'i' }, { 0x1d00, 'a' }, { 0x0299, 'b' }, { 0x1d04, 'c' }, { 0x1d05, 'd' },
	{ 0x1d07, 'e' }, { 0x0262, 'g' }, { 0x029c, 'h' }, { 0x1d0a, 'j' }, { 0x1d0b, 'k' },
	{ 0x029f, 'l' }, { 0x1d0d, 'm' }, { 0x0274, 'n' }, { 0x1d0f, 'o' }, { 0x1d18, 'p' },
	{ 0x0280, 'r' }, { 0x1d1b, 't' }, { 0x1d1c, 'u' }, { 0x1d20, 'v' }, { 0x1d21, 'w' },
	{ 0x028f, 'y' }, { 0x1d22, 'z' },
};

/* Latin-1 letters with accents, U+00C0..U+00FF: their base letter ('-'
 * for the two signs in the block). Not hiding: "règles" is French. */
static const char latin1_base[] = "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
				  "aaaaaaaceeeeiiiidnooooo-ouuuuyty";

static char lookalike_of(int32_t cp)
{
	if (cp < 0x0251 || cp > 0x1d22)
		return 0;
	for (size_t i = 0; i < sizeof(lookalike) / sizeof(lookalike[0]); i++)
		if (lookalike[i].cp == cp)
			return lookalike[i].to;
	return 0;
}

/* Characters that show nothing: zero-width, joiners, bidi controls,
 * soft hyphen, variation selectors, combining marks */
static bool invisible(int32_t cp)
{
	return cp == 0x00ad || cp == 0x034f || cp == 0x061c || cp == 0x115f || cp == 0x1160 ||
	       cp == 0x17b4 || cp == 0x17b5 || cp == 0x180e || (cp >= 0x200b && cp <= 0x200f) ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) ||
	       cp == 0x3164 || cp == 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) ||
	       (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
	       (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xe0100 && cp <= 0xe01ef) ||
	       cp == 0xe0001 || cp == 0xe007f;
}

/* A letter or digit drawn in another form: fullwidth, mathematical
 * alphanumerics, circled, Unicode tag characters (invisible ASCII). 0
 * when cp is none. */
static char styled_ascii(int32_t cp)
{
	if (cp >= 0xff01 && cp <= 0xff5e)
		return lower((unsigned char)(cp - 0xff01 + 0x21));
	if (cp >= 0xe0020 && cp <= 0xe007e)
		return lower((unsigned char)(cp - 0xe0000));
	if (cp >= 0x1d400 && cp <= 0x1d6a3)
		return (char)('a' + (cp - 0x1d400) % 52 % 26);
	if (cp >= 0x1d7ce && cp <= 0x1d7ff)
		return (char)('0' + (cp - 0x1d7ce) % 10);
	if (cp >= 0x24b6 && cp <= 0x24e9)
		return (char)('a' + (cp - 0x24b6) % 26);
	if (cp >= 0x1f130 && cp <= 0x1f149)
		return (char)('a' + (cp - 0x1f130));
	if (cp >= 0x1f150 && cp <= 0x1f169)
		return (char)('a' + (cp - 0x1f150));
	if (cp >= 0x1f170 && cp <= 0x1f189)
		return (char)('a' + (cp - 0x1f170));
	if (cp >= 0x1f1e6 && cp <= 0x1f1ff)
		return (char)('a' + (cp - 0x1f1e6));
	return 0;
}

/* One decoded code point out: look-alikes and styled letters are hiding;
 * accents, typographic punctuation and spaces are spelling. */
static void put_cp(pl_buf *b, int32_t cp, bool foreign)
{
	char ch;
	if (cp < 0x80) {
		if (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') {
			b->hid = true; /* a control character inside a word */
			return;
		}
		put(b, cp == 0x7f ? ' ' : lower((unsigned char)cp));
	} else if (invisible(cp)) {
		b->hid = true;
	} else if ((ch = styled_ascii(cp)) || (!foreign && (ch = lookalike_of(cp)))) {
		put(b, ch);
		b->hid = true;
	} else if (cp >= 0xc0 && cp <= 0xff && latin1_base[cp - 0xc0] != '-') {
		put(b, latin1_base[cp - 0xc0]);
		if (cp == 0xdf)
			put(b, 's');
	} else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02bc || cp == 0x2032) {
		put(b, '\'');
	} else if (cp == 0x201c || cp == 0x201d || cp == 0x00ab || cp == 0x00bb) {
		put(b, '"');
	} else if (cp >= 0x2010 && cp <= 0x2015) {
		put(b, '-');
	} else {
		put_space(b); /* other scripts, symbols, spaces */
	}
}

/* Is cp a letter of no use to a Latin look-alike word: a letter of
 * another script that looks like no Latin one? */
static bool foreign_letter(int32_t cp)
{
	return cp >= 0x100 && !invisible(cp) && !styled_ascii(cp) && !lookalike_of(cp) &&
	       !(cp >= 0x2000 && cp <= 0x206f) && !(cp >= 0x3000 && cp <= 0x303f);
}

static bool word_byte(unsigned char ch)
{
	return ch >= 0x80 || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* The word at s[i..*end) (bytes up to an ASCII space or mark): does it
 * hold a letter of another script that no Latin letter looks like? Then
 * it is a word of that script ("привет"), whose look-alike letters stay
 * its own; a Latin word with a Cyrillic 'о' inside is a disguise. */
static bool foreign_word(pl_buf *b, const unsigned char *u, size_t n, size_t i, size_t *end)
{
	bool foreign = false;
	while (i < n && word_byte(u[i])) {
		b->steps++;
		size_t len;
		int32_t cp = utf8_at(u + i, n - i, &len);
		foreign |= cp > 0 && foreign_letter(cp);
		i += len;
	}
	*end = i;
	return foreign;
}

/* ---- markup ------------------------------------------------------------ */

/* inline elements: their tags sit inside words ("ig<b></b>nore") */
static bool inline_tag(const char *name, size_t n)
{
	static const char *const tags[] = { "span", "b", "i", "u", "s", "em", "strong", "font",
					    "mark", "small", "sub", "sup", "wbr", "code", "a",
					    "del", "ins", "q", "abbr", NULL };
	for (size_t i = 0; tags[i]; i++)
		if (strlen(tags[i]) == n && strncmp(tags[i], name, n) == 0)
			return true;
	return false;
}

/* At s[i] == '<': the length of an HTML comment that holds a few bytes
 * at most (a word splitter) or of a tag, 0 when neither. A tag never
 * spans another '<', so every byte is scanned by at most one tag. */
static size_t markup_at(const char *s, size_t n, size_t i, bool *inl)
{
	*inl = true;
	if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
		for (size_t j = i + 4; j + 3 <= n && j <= i + 4 + 16; j++)
			if (memcmp(s + j, "-->", 3) == 0)
				return j + 3 - i;
		return 0;
	}
	size_t j = i + 1;
	if (j < n && s[j] == '/')
		j++;
	size_t k = j;
	while (k < n && k - j < 16 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
		k++;
	if (k == j)
		return 0;
	char name[16];
	for (size_t t = j; t < k; t++)
		name[t - j] = lower((unsigned char)s[t]);
	*inl = inline_tag(name, k - j);
	size_t e = k;
	while (e < n && e - k < 256 && s[e] != '>' && s[e] != '<')
		e++;
	return e < n && s[e] == '>' ? e + 1 - i : 0;
}

/* ---- base64 ---------------------------------------------------------------- */

static int b64_val(unsigned char ch)
{
	if (ch >= 'A' && ch <= 'Z')
		return ch - 'A';
	if (ch >= 'a' && ch <= 'z')
		return ch - 'a' + 26;
	if (ch >= '0' && ch <= '9')
		return ch - '0' + 52;
	if (ch == '+' || ch == '-')
		return 62;
	if (ch == '/' || ch == '_')
		return 63;
	return -1;
}

#define PLAIN_B64_MIN 16 /* shorter runs are words, ids and hashes */

/* The run of base64 at s[i..*end); decoded into b when it reads as text
 * (printable ASCII with a space, most of it letters), true then. */
static bool b64_run(pl_buf *b, const char *s, size_t n, size_t i, size_t *end)
{
	size_t j = i;
	while (j < n && b64_val((unsigned char)s[j]) >= 0) {
		b->steps++;
		j++;
	}
	*end = j;
	while (*end < n && *end - j < 2 && s[*end] == '=')
		(*end)++;
	if (j - i < PLAIN_B64_MIN)
		return false;
	size_t mark = b->n, letters = 0, spaces = 0, total = 0;
	uint32_t acc = 0;
	unsigned bits = 0;
	put(b, ' ');
	for (size_t k = i; k < j; k++) {
		b->steps++;
		acc = (acc << 6) | (uint32_t)b64_val((unsigned char)s[k]);
		bits += 6;
		if (bits < 8)
			continue;
		bits -= 8;
		unsigned char ch = (unsigned char)(acc >> bits) & 0xff;
		if (ch < 0x20 || ch > 0x7e) {
			if (ch != '\n' && ch != '\t' && ch != '\r')
				goto not_text;
			ch = ' ';
		}
		letters += (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
		spaces += ch == ' ';
		total++;
		put(b, lower(ch));
	}
	/* text: a space, and three in four of the other characters letters */
	if (spaces == 0 || letters * 4 < (total - spaces) * 3 || b->n == b->cap)
		goto not_text;
	put(b, ' ');
	b->hid = true;
	return true;
not_text:
	b->n = mark;
	return false;
}

/* ---- pass 1: decode ----------------------------------------------------- */

static void decode(pl_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t no_b64_until = 0, word_start = 0, word_end = 0;
	bool foreign = false;
	for (size_t i = 0; i < n;) {
		b->steps++;
		unsigned char ch = u[i];
		if (word_byte(ch) && (i == 0 || !word_byte(u[i - 1])))
			word_start = i;
		if (ch == '<') {
			bool inl;
			size_t m = markup_at(s, n, i, &inl);
			if (m) {
				/* a tag between two letters splits a word */
				bool split = inl && b->n > 0 && is_lower((unsigned char)b->p[b->n - 1]) &&
					     i + m < n && is_lower((unsigned char)lower(u[i + m]));
				if (!inl)
					put_space(b);
				b->hid |= split;
				i += m;
				continue;
			}
		}
		/* a run starts where none goes on: after a byte of no run, or
		 * after the `=` of `key=` in a query string or a call */
		if (i >= no_b64_until && b64_val(ch) >= 0 && (i == 0 || b64_val(u[i - 1]) < 0)) {
			size_t end;
			if (b64_run(b, s, n, i, &end)) {
				i = end;
				continue;
			}
			no_b64_until = end; /* a run is tried once, never from inside */
		}
		if (ch < 0x80) {
			put_cp(b, ch, false);
			i++;
			continue;
		}
		/* whether the word is of another script, read once per word
		 * and only for words that are not plain ASCII */
		if (i >= word_end)
			foreign = foreign_word(b, u, n, word_start, &word_end);
		size_t len;
		int32_t cp = utf8_at(u + i, n - i, &len);
		if (cp < 0)
			put_space(b);
		else
			put_cp(b, cp, foreign);
		i += len;
	}
}

/* ---- pass 2: letters spaced out ----------------------------------------- */

static bool letter_like(unsigned char ch)
{
	return is_lower(ch) || (ch >= '0' && ch <= '9') || ch == '@' || ch == '$';
}

static bool spacer(unsigned char ch)
{
	return ch == ' ' || ch == '.' || ch == '-' || ch == '_' || ch == '*' || ch == '/' ||
	       ch == '|' || ch == ',' || ch == '+' || ch == '~';
}

/* Is p[i] a lone letter-like character (no letter-like neighbour)? */
static bool lone(const char *p, size_t n, size_t i)
{
	return letter_like((unsigned char)p[i]) && (i == 0 || !letter_like((unsigned char)p[i - 1])) &&
	       (i + 1 >= n || !letter_like((unsigned char)p[i + 1]));
}

/* "i g n o r e", "i.g.n.o.r.e": four or more lone characters, three of
 * them letters, one spacer apart, become a word. In place. */
static void join_spaced(pl_buf *b)
{
	char *p = b->p;
	size_t n = b->n, w = 0;
	for (size_t i = 0; i < n;) {
		b->steps++;
		if (!lone(p, n, i)) {
			p[w++] = p[i++];
			continue;
		}
		size_t j = i, count = 0, letters = 0;
		while (j < n && lone(p, n, j)) {
			b->steps++;
			count++;
			letters += is_lower((unsigned char)p[j]);
			if (j + 2 < n && spacer((unsigned char)p[j + 1]) && lone(p, n, j + 2))
				j += 2;
			else
				break;
		}
		if (count >= 4 && letters >= 3) {
			for (size_t k = i; k <= j; k += 2)
				p[w++] = p[k];
			b->hid = true;
		} else {
			memmove(p + w, p + i, j + 1 - i);
			w += j + 1 - i;
		}
		i = j + 1;
	}
	b->n = w;
}

/* ---- pass 3: punctuation inside words ----------------------------------- */

/* "ign*ore", "ign.ore", "in_struct_ions": marks between two letters are
 * dropped. A dot or an underscore there is also ordinary spelling (a host
 * name, a file, a key): dropped, but not counted as hiding. Runs of
 * spaces become one. */
static void drop_inner_marks(pl_buf *b)
{
	char *p = b->p;
	size_t n = b->n, w = 0;
	for (size_t i = 0; i < n; i++) {
		b->steps++;
		unsigned char ch = (unsigned char)p[i];
		bool odd = ch == '*' || ch == '~' || ch == '`' || ch == '|' || ch == '^';
		if ((odd || ch == '.' || ch == '_') && w > 0 && is_lower((unsigned char)p[w - 1]) &&
		    i + 1 < n && is_lower((unsigned char)p[i + 1])) {
			b->hid |= odd;
			continue;
		}
		if (ch == ' ' && w > 0 && p[w - 1] == ' ')
			continue;
		p[w++] = (char)ch;
	}
	b->n = w;
}

/* ---- pass 4: digits for letters ----------------------------------------- */

static char leet_of(unsigned char ch)
{
	switch (ch) {
	case '0': return 'o';
	case '1': return 'i';
	case '3': return 'e';
	case '4': return 'a';
	case '5': return 's';
	case '7': return 't';
	case '8': return 'b';
	case '9': return 'g';
	case '@': return 'a';
	case '$': return 's';
	default: return 0;
	}
}

/* Is p[i..j) an identifier rather than a word: hexadecimal of six
 * characters or more (a hash), or sixteen characters or more (a key, a
 * token, base64 of bytes)? */
static bool id_like(const char *p, size_t i, size_t j)
{
	bool hex = true;
	for (size_t k = i; k < j && hex; k++) {
		unsigned char ch = (unsigned char)p[k];
		hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
	}
	return (hex && j - i >= 6) || j - i >= 16;
}

/* Does the word p[i..j) hold a run of digits (or '$') between two
 * letters (1gn0re, pr3v10us, y0u)? */
static bool inner_leet(const char *p, size_t i, size_t j)
{
	for (size_t k = i + 1; k < j; k++) {
		if (!leet_of((unsigned char)p[k]) || p[k] == '@' || !is_lower((unsigned char)p[k - 1]))
			continue;
		size_t e = k;
		while (e < j && leet_of((unsigned char)p[e]))
			e++;
		if (e < j && is_lower((unsigned char)p[e]))
			return true;
		k = e;
	}
	return false;
}

/* Visit the words of p (runs of letter-like characters): fn(p, i, j). */
typedef bool (*word_fn)(pl_buf *b, size_t i, size_t j, bool all);

static bool words(pl_buf *b, word_fn fn, bool all)
{
	bool any = false;
	for (size_t i = 0; i < b->n;) {
		b->steps++;
		if (!letter_like((unsigned char)b->p[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < b->n && letter_like((unsigned char)b->p[j])) {
			b->steps++;
			j++;
		}
		any |= fn(b, i, j, all);
		i = j;
	}
	return any;
}

/* Read the word's digits as letters: when it has inner leet, or, once
 * some word of the text had, when it has a letter at all ("4ll", "n0") */
static bool leet_word(pl_buf *b, size_t i, size_t j, bool all)
{
	char *p = b->p;
	bool letter = false, leet = false;
	for (size_t k = i; k < j; k++) {
		letter |= is_lower((unsigned char)p[k]);
		leet |= leet_of((unsigned char)p[k]) != 0;
	}
	b->steps += j - i;
	if (!letter || !leet)
		return false;
	b->steps += 3 * (j - i); /* the scans below */
	if (id_like(p, i, j) || !(inner_leet(p, i, j) || all))
		return false;
	for (size_t k = i; k < j; k++)
		if (leet_of((unsigned char)p[k]))
			p[k] = leet_of((unsigned char)p[k]);
	return true;
}

/* A text in which some word has a run of digits between two letters
 * (1gn0re, pr3v10us, y0u) is read with digits as letters in every word
 * that has a letter ("4ll", "n0"); without such a word, sha256, x86, 1st
 * and 10am keep theirs. Hashes and keys (id_like) always do. In place. */
static void read_leet(pl_buf *b)
{
	if (words(b, leet_word, false)) {
		words(b, leet_word, true);
		b->hid = true;
	}
}

/* ---- rot13 ---------------------------------------------------------------- */

static bool names_rot13(const char *p, size_t n)
{
	for (size_t i = 0; i + 5 <= n; i++)
		if (p[i] == 'r' && p[i + 1] == 'o' && p[i + 2] == 't' &&
		    ((p[i + 3] == '1' && p[i + 4] == '3') ||
		     (i + 6 <= n && (p[i + 3] == '-' || p[i + 3] == ' ') && p[i + 4] == '1' &&
		      p[i + 5] == '3')))
			return true;
	return false;
}

/* A text that names rot13 carries its rot13 reading after it. */
static void add_rot13(pl_buf *b)
{
	size_t n = b->n;
	if (!names_rot13(b->p, n) || b->cap - n < n + 1)
		return;
	put(b, '\n');
	for (size_t i = 0; i < n; i++) {
		b->steps++;
		unsigned char ch = (unsigned char)b->p[i];
		put(b, is_lower(ch) ? (char)('a' + (ch - 'a' + 13) % 26) : (char)ch);
	}
	b->hid = true;
}

/* ---- the cheap test first -------------------------------------------------- */

/* Does "rot13", "rot-13" or "rot 13" (any case) end at u[i]? */
static bool names_rot13_at(const unsigned char *u, size_t i)
{
	if (i < 4 || u[i - 1] != '1')
		return false;
	size_t k = i - 2;
	if (u[k] == ' ' || u[k] == '-')
		k--;
	return k >= 2 && (u[k] | 0x20) == 't' && (u[k - 1] | 0x20) == 'o' && (u[k - 2] | 0x20) == 'r';
}

/* byte classes of the cheap test */
enum { C_OUT = 1, C_B64 = 2, C_ALPHA = 4, C_LEET = 8, C_ODD = 16, C_WORD = 32, C_SPACER = 64 };
static const uint8_t byte_class[256] = {
	[0 ... 8] = C_OUT, [11 ... 12] = C_OUT, [14 ... 31] = C_OUT, [127 ... 255] = C_OUT,
	['<'] = C_OUT,
	['A' ... 'Z'] = C_B64 | C_ALPHA | C_WORD, ['a' ... 'z'] = C_B64 | C_ALPHA | C_WORD,
	['0'] = C_B64 | C_LEET | C_WORD, ['1'] = C_B64 | C_LEET | C_WORD,
	['2'] = C_B64 | C_WORD, ['3' ... '5'] = C_B64 | C_LEET | C_WORD,
	['6'] = C_B64 | C_WORD, ['7' ... '9'] = C_B64 | C_LEET | C_WORD,
	['$'] = C_LEET | C_WORD, ['@'] = C_WORD,
	['+'] = C_B64 | C_SPACER, ['/'] = C_B64 | C_SPACER, ['-'] = C_B64 | C_SPACER,
	['_'] = C_B64 | C_SPACER, ['*'] = C_ODD | C_SPACER, ['|'] = C_ODD | C_SPACER,
	['~'] = C_ODD | C_SPACER, ['`'] = C_ODD, ['^'] = C_ODD, [' '] = C_SPACER,
	['.'] = C_SPACER, [','] = C_SPACER,
};

/* Could any fold above count as hiding in s? One pass, a table lookup a
 * byte: a byte outside printable ASCII, a tag, a run of base64, a digit
 * or an odd mark between letters, four lone characters one spacer apart,
 * or the name rot13. False means plain(s) is nil, and most text is
 * answered here without building the reading. */
static bool may_hide(const unsigned char *u, size_t n, size_t *steps)
{
	size_t run = 0, lone_run = 0, last_lone = SIZE_MAX;
	bool letter_digits = false; /* a letter, then digits up to here */
	uint8_t prev = 0;
	*steps += n;
	for (size_t i = 0; i < n; i++) {
		uint8_t c = byte_class[u[i]];
		if (c & C_OUT)
			return true;
		run = c & C_B64 ? run + 1 : 0;
		if (run >= PLAIN_B64_MIN)
			return true;
		if (c & C_ALPHA) {
			if (letter_digits)
				return true;
		} else if (c & C_LEET) {
			letter_digits = letter_digits || (prev & C_ALPHA);
		} else {
			letter_digits = false;
		}
		uint8_t next = i + 1 < n ? byte_class[u[i + 1]] : 0;
		if ((c & C_ODD) && (prev & C_ALPHA) && (next & C_ALPHA))
			return true;
		if ((c & C_WORD) && !(prev & C_WORD) && !(next & C_WORD)) {
			lone_run = last_lone + 2 == i && (prev & C_SPACER) ? lone_run + 1 : 1;
			last_lone = i;
			if (lone_run >= 4)
				return true;
		}
		if (u[i] == '3' && names_rot13_at(u, i))
			return true;
		prev = c;
	}
	return false;
}

size_t rl_plain_text(const char *s, size_t n, char *out, size_t cap, bool *hid, size_t *steps)
{
	if (n > RL_PLAIN_MAX_IN)
		n = RL_PLAIN_MAX_IN;
	pl_buf b = { out, 0, cap, false, 0 };
	decode(&b, s, n);
	join_spaced(&b);
	drop_inner_marks(&b);
	read_leet(&b);
	add_rot13(&b);
	if (hid)
		*hid = b.hid;
	if (steps)
		*steps = b.steps;
	return b.n;
}

int rl_fn_plain(rl_ctx *c, const rl_val *v, rl_val *out)
{
	memset(out, 0, sizeof(*out));
	if (v->kind != RV_STR || v->s.len == 0)
		return 0;
	size_t n = v->s.len < RL_PLAIN_MAX_IN ? v->s.len : RL_PLAIN_MAX_IN;
	size_t steps = 0;
	if (!may_hide((const unsigned char *)v->s.ptr, n, &steps))
		return 0;
	size_t cap = 2 * n + 2;
	char *buf = agate_arena_alloc(c->arena, cap);
	if (!buf)
		return -ENOMEM;
	bool hid = false;
	size_t len = rl_plain_text(v->s.ptr, n, buf, cap, &hid, NULL);
	if (hid)
		set_str(out, buf, len);
	return 0;
}

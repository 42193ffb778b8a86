/* lexicon.c - words, stems, and the frame loaded from *.lex files.
 *
 * The lexicon format is documented in docs/drift.md. In short:
 *
 *   # comment
 *   axis money_movement risk 0.8 "money movement"
 *   use injection | role_override      (optional, see assess.c)
 *   stop word word ...                 (extra stop words, any place)
 *   1.0 transfer wire "send money"     (weight, then words or "phrases")
 *
 * A file may hold several axes; an axis named again (in the same or a
 * later file) gets the new terms, so operators extend a shipped axis by
 * dropping in a file of their own.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "policy/drift/lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LEX_MAX_FILE (4u << 20) /* bytes of one lexicon file */
#define LEX_MAX_FILES 256

/* ---- hashing and words ---------------------------------------------- */

uint64_t agate_lex_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	return h ? h : 1;
}

uint64_t agate_lex_hash_pair(uint64_t a, uint64_t b)
{
	/* order matters ("send money" is not "money send") */
	uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 32;
	return h ? h : 1;
}

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
/* bytes >= 0x80 (UTF-8) are word bytes without case */
static bool is_word(unsigned char c)
{
	return is_lower(c) || is_upper(c) || is_digit(c) || c >= 0x80;
}

struct suffix {
	const char *suf;
	const char *rep;
	unsigned char min_stem; /* letters that must remain */
	unsigned char len, rlen;
};

#define SUF(s, r, m) { s, r, m, sizeof(s) - 1, sizeof(r) - 1 }

/* Longest match wins; ties impossible as suffixes are distinct. The list
 * is deliberately small: it only has to make a word and its lexicon
 * entry meet (delete/deleting/deletion, manage/manager/management).
 * Grouped by last letter so a word is compared with the few suffixes it
 * can end with (tests/policy/drift_test.c checks the stems). */
static const struct suffix suf_s[] = {
	SUF("izations", "ize", 3), SUF("isations", "ize", 3),
	SUF("ations", "ate", 3),   SUF("ments", "", 4),
	SUF("nesses", "", 3),      SUF("ness", "", 3),
	SUF("ities", "", 3),       SUF("ings", "", 3),
	SUF("ions", "", 3),        SUF("ials", "", 4),
	SUF("ntials", "nce", 3),
	SUF("ies", "y", 2),        SUF("ers", "", 3),
	SUF("ors", "", 3),         SUF("ives", "", 3),
	SUF("ables", "", 3),       SUF("ibles", "", 3),
	SUF("als", "", 4),         SUF("es", "", 3),
	SUF("s", "", 3),
};
static const struct suffix suf_n[] = {
	SUF("ization", "ize", 3), SUF("isation", "ize", 3),
	SUF("ation", "ate", 3),   SUF("ion", "", 3),
};
static const struct suffix suf_t[] = { SUF("ment", "", 4) };
static const struct suffix suf_y[] = { SUF("ity", "", 3), SUF("fully", "", 3), SUF("ly", "", 4) };
static const struct suffix suf_g[] = { SUF("ing", "", 3) };
/* -ntial is the adjective of -nce (confidential/confidence,
 * essential/essence): stripping it to -nt would meet the -ly adverb of
 * another adjective (confidently -> confident), two unrelated words */
static const struct suffix suf_l[] = { SUF("ntial", "nce", 3), SUF("ial", "", 4),
				       SUF("ful", "", 3), SUF("al", "", 4) };
static const struct suffix suf_d[] = { SUF("ied", "y", 2), SUF("ed", "", 3) };
static const struct suffix suf_r[] = { SUF("er", "", 3), SUF("or", "", 3) };
static const struct suffix suf_e[] = { SUF("ive", "", 3), SUF("able", "", 3), SUF("ible", "", 3) };

#define SUF_GROUP(g) (*ns = sizeof(g) / sizeof(g[0]), g)

static const struct suffix *suffixes_ending(char c, size_t *ns)
{
	switch (c) {
	case 's': return SUF_GROUP(suf_s);
	case 'n': return SUF_GROUP(suf_n);
	case 't': return SUF_GROUP(suf_t);
	case 'y': return SUF_GROUP(suf_y);
	case 'g': return SUF_GROUP(suf_g);
	case 'l': return SUF_GROUP(suf_l);
	case 'd': return SUF_GROUP(suf_d);
	case 'r': return SUF_GROUP(suf_r);
	case 'e': return SUF_GROUP(suf_e);
	default: *ns = 0; return NULL;
	}
}

static size_t stem_pass(char *w, size_t n, bool *changed)
{
	size_t best = 0, ns;
	const struct suffix *bs = NULL;
	const struct suffix *group = suffixes_ending(w[n - 1], &ns);
	for (size_t i = 0; i < ns; i++) {
		size_t sl = group[i].len;
		if (sl <= best || sl >= n)
			continue;
		if (memcmp(w + n - sl, group[i].suf, sl) != 0)
			continue;
		size_t stem = n - sl;
		if (stem < group[i].min_stem)
			continue;
		/* -ion only after t or s (deletion, permission), -s not after
		 * s, u or i (access, status, analysis) */
		if (group[i].suf[0] == 'i' && group[i].suf[1] == 'o' &&
		    w[stem - 1] != 't' && w[stem - 1] != 's')
			continue;
		if (sl == 1 &&
		    (w[stem - 1] == 's' || w[stem - 1] == 'u' || w[stem - 1] == 'i'))
			continue;
		best = sl;
		bs = &group[i];
	}
	if (!bs) {
		*changed = false;
		return n;
	}
	*changed = true;
	size_t m = n - best;
	size_t rl = bs->rlen;
	memcpy(w + m, bs->rep, rl);
	m += rl;
	/* running -> run, stopped -> stop; but install, access, buzz stay */
	if (rl == 0 && m >= 3 && w[m - 1] == w[m - 2] && !is_vowel(w[m - 1]) &&
	    w[m - 1] != 'l' && w[m - 1] != 's' && w[m - 1] != 'z')
		m--;
	return m;
}

size_t agate_lex_stem(char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is_upper((unsigned char)w[i]))
			w[i] = (char)(w[i] - 'A' + 'a');
	if (n < 4)
		return n;
	for (size_t i = 0; i < n; i++)
		if (!is_lower((unsigned char)w[i]))
			return n; /* digits, UTF-8: leave as written */
	size_t orig = n;
	for (int pass = 0; pass < 2; pass++) {
		bool changed = false;
		n = stem_pass(w, n, &changed);
		if (n >= 4 && w[n - 1] == 'e') {
			n--; /* delete/deleting, manage/manager */
			changed = true;
		}
		if (!changed)
			break;
		/* analyse/analyze, optimising/optimizing meet on the z
		 * spelling (before a second pass could take the s away) */
		if (n < orig && n >= 5 && w[n - 1] == 's' && (w[n - 2] == 'i' || w[n - 2] == 'y'))
			w[n - 1] = 'z';
	}
	w[n] = '\0';
	return n;
}

static bool emit_word(const char *s, size_t start, size_t end,
		      agate_lex_word_fn fn, void *ctx)
{
	char buf[AGATE_LEX_MAX_WORD + 1];
	size_t n = end - start;
	if (n > AGATE_LEX_MAX_WORD)
		n = AGATE_LEX_MAX_WORD;
	memcpy(buf, s + start, n);
	buf[n] = '\0';
	n = agate_lex_stem(buf, n);
	buf[n] = '\0';
	return fn(ctx, buf, n, agate_lex_hash(buf, n), start, end - start);
}

void agate_lex_words(const char *s, size_t n, size_t max_bytes,
		     agate_lex_word_fn fn, void *ctx)
{
	if (!s)
		return;
	if (n > max_bytes)
		n = max_bytes;
	size_t i = 0;
	while (i < n) {
		while (i < n && !is_word((unsigned char)s[i]))
			i++;
		size_t start = i;
		while (i < n && is_word((unsigned char)s[i]))
			i++;
		size_t end = i;
		/* cut the run at humps: dataLeak, HTTPServer, sha256sum */
		size_t ws = start;
		for (size_t k = start + 1; k < end; k++) {
			unsigned char p = (unsigned char)s[k - 1], c = (unsigned char)s[k];
			bool cut = false;
			if (is_upper(c) && (is_lower(p) || p >= 0x80))
				cut = true;
			else if (is_upper(c) && is_upper(p) && k + 1 < end &&
				 is_lower((unsigned char)s[k + 1]))
				cut = true;
			else if (is_digit(c) != is_digit(p) && (is_digit(c) || is_digit(p)))
				cut = true;
			if (cut) {
				if (!emit_word(s, ws, k, fn, ctx))
					return;
				ws = k;
			}
		}
		if (end > ws && !emit_word(s, ws, end, fn, ctx))
			return;
	}
}

/* Function words that carry no meaning for the frame. Kept short on
 * purpose: "you", "are", "now", "must", "not" stay, as injected orders
 * are made of them. Files add more with `stop`. */
static const char *const builtin_stops[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
	"from", "and", "or", "is", "it", "its", "this", "that", "these",
	"those", "be", "been", "being", "was", "were", "has", "have", "had",
	"do", "does", "did", "will", "would", "shall", "should", "can",
	"could", "may", "might", "into", "onto", "than", "then", "so", "such",
	"via", "per", "me", "my", "we", "our", "us", "your", "yours", "there",
	"here", "which", "who", "whom", "what", "when", "where", "how", "also",
	"just", "very", "some", "any", "each", "about", "if", "but", "all",
	"both", "their", "they", "them", "he", "she", "his", "her", "him",
	"i", "am", "up", "out", "over", "only", "own", "too", "etc",
	"eg", "ie",
};

bool agate_lex_is_stop(const agate_frame *f, uint64_t hash)
{
	if (!f->stops)
		return false;
	size_t mask = f->stop_cap - 1;
	for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
		if (f->stops[i] == 0)
			return false;
		if (f->stops[i] == hash)
			return true;
	}
}

size_t agate_lex_lookup(const agate_frame *f, uint64_t key,
			const agate_lex_posting **out)
{
	*out = NULL;
	if (!f->keys)
		return 0;
	size_t mask = f->cap - 1;
	for (size_t i = (size_t)(key ^ (key >> 31)) & mask;; i = (i + 1) & mask) {
		if (f->keys[i] == 0)
			return 0;
		if (f->keys[i] == key) {
			*out = f->postings + f->first[i];
			return f->count[i];
		}
	}
}

bool agate_lex_may_start_phrase(const agate_frame *f, uint64_t hash)
{
	unsigned bit = (unsigned)(hash >> 52) & 4095u;
	return (f->phrase_start[bit >> 6] >> (bit & 63)) & 1u;
}

/* ---- bag ---------------------------------------------------------------- */

int agate_bag_init(agate_bag *b, size_t max, agate_arena *a)
{
	memset(b, 0, sizeof(*b));
	/* items are written before they are read: no clearing. The slot
	 * table starts at 64 and doubles (bag_grow), so a two-word action
	 * does not clear a table sized for the bound. */
	size_t cap = 64;
	b->items = agate_arena_alloc(a, max * sizeof(*b->items));
	b->slots = agate_arena_zalloc(a, cap * sizeof(*b->slots));
	if (!b->items || !b->slots)
		return -ENOMEM;
	b->max = max;
	b->cap = cap;
	b->arena = a;
	return 0;
}

static size_t bag_home(uint64_t h, size_t mask)
{
	return (size_t)(h ^ (h >> 29)) & mask;
}

long agate_bag_find(const agate_bag *b, uint64_t h)
{
	if (!b->slots)
		return -1;
	size_t mask = b->cap - 1;
	for (size_t i = bag_home(h, mask);; i = (i + 1) & mask) {
		uint32_t v = b->slots[i];
		if (v == 0)
			return -1;
		if (b->items[v - 1].hash == h)
			return (long)v - 1;
	}
}

/* Double the slot table; items keep their order (first seen), so the
 * results do not depend on when the table grew. */
static bool bag_grow(agate_bag *b)
{
	size_t cap = b->cap * 2;
	uint32_t *slots = agate_arena_zalloc(b->arena, cap * sizeof(*slots));
	if (!slots) {
		b->oom = true;
		return false;
	}
	size_t mask = cap - 1;
	for (size_t k = 0; k < b->n; k++) {
		size_t i = bag_home(b->items[k].hash, mask);
		while (slots[i])
			i = (i + 1) & mask;
		slots[i] = (uint32_t)(k + 1);
	}
	b->slots = slots;
	b->cap = cap;
	return true;
}

/* Add a term, or raise the weight and flags of the one already there.
 * po/np: its postings when the caller looked them up (phrases), else
 * np == UINT32_MAX and bag_put looks them up for a new term. */
static void bag_put(agate_bag *b, const agate_frame *f, uint64_t h, double w,
		    unsigned flags, const char *src, size_t len,
		    const agate_lex_posting *po, uint32_t np)
{
	size_t mask = b->cap - 1;
	size_t i = bag_home(h, mask);
	for (;; i = (i + 1) & mask) {
		uint32_t v = b->slots[i];
		if (v == 0)
			break;
		agate_bag_entry *e = &b->items[v - 1];
		if (e->hash == h) {
			if (w > e->weight)
				e->weight = w;
			e->flags |= flags;
			return;
		}
	}
	if (b->n >= b->max)
		return;
	if (2 * (b->n + 1) > b->cap) {
		if (!bag_grow(b))
			return;
		mask = b->cap - 1;
		for (i = bag_home(h, mask); b->slots[i]; i = (i + 1) & mask)
			;
	}
	if (np == UINT32_MAX)
		np = (uint32_t)agate_lex_lookup(f, h, &po);
	agate_bag_entry *e = &b->items[b->n];
	e->hash = h;
	e->weight = w;
	e->flags = flags;
	e->src = src;
	e->len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	e->po = po;
	e->np = np;
	b->slots[i] = (uint32_t)++b->n;
}

struct bag_scan {
	agate_bag *bag;
	const agate_frame *f;
	const char *text;
	double weight;
	unsigned flags;
	/* the last words (stop words dropped), for phrases */
	uint64_t prev[AGATE_LEX_MAX_PHRASE - 1];
	size_t prev_off[AGATE_LEX_MAX_PHRASE - 1];
	size_t nprev;
};

static bool bag_word(void *ctx, const char *word, size_t wlen, uint64_t hash,
		     size_t off, size_t len)
{
	struct bag_scan *sc = ctx;
	sc->bag->words++;
	if (agate_lex_is_stop(sc->f, hash))
		return true;
	bool number = true;
	for (size_t i = 0; i < wlen; i++)
		if (!is_digit((unsigned char)word[i]))
			number = false;
	/* numbers are entities (provenance), single letters are noise */
	if (!number && wlen > 1)
		bag_put(sc->bag, sc->f, hash, sc->weight, sc->flags, sc->text + off, len,
			NULL, UINT32_MAX);
	/* phrases ending at this word: try the 2..4-grams whose first word
	 * may start a phrase */
	uint64_t h;
	for (size_t span = 2; span <= sc->nprev + 1; span++) {
		size_t first = sc->nprev - (span - 1);
		if (!agate_lex_may_start_phrase(sc->f, sc->prev[first]))
			continue;
		h = sc->prev[first];
		for (size_t k = first + 1; k < sc->nprev; k++)
			h = agate_lex_hash_pair(h, sc->prev[k]);
		h = agate_lex_hash_pair(h, hash);
		const agate_lex_posting *p;
		size_t np = agate_lex_lookup(sc->f, h, &p);
		if (np) {
			size_t start = sc->prev_off[first];
			bag_put(sc->bag, sc->f, h, sc->weight, sc->flags | AGATE_BAG_PHRASE,
				sc->text + start, off + len - start, p, (uint32_t)np);
		}
	}
	if (sc->nprev == AGATE_LEX_MAX_PHRASE - 1) {
		memmove(sc->prev, sc->prev + 1, (sc->nprev - 1) * sizeof(sc->prev[0]));
		memmove(sc->prev_off, sc->prev_off + 1,
			(sc->nprev - 1) * sizeof(sc->prev_off[0]));
		sc->nprev--;
	}
	sc->prev[sc->nprev] = hash;
	sc->prev_off[sc->nprev] = off;
	sc->nprev++;
	return sc->bag->n < sc->bag->max && !sc->bag->oom;
}

void agate_bag_add_text(agate_bag *b, const agate_frame *f, const char *s,
			size_t n, size_t max_bytes, double weight, unsigned flags)
{
	struct bag_scan sc = { .bag = b, .f = f, .text = s, .weight = weight,
			       .flags = flags };
	agate_lex_words(s, n, max_bytes, bag_word, &sc);
}

/* ---- loading ------------------------------------------------------------ */

struct triple {
	uint64_t key;
	uint16_t axis;
	double weight;
};

struct builder {
	agate_frame *f;
	struct triple *t;
	size_t nt, capt;
	uint64_t *stops;
	size_t nstops, capstops;
	uint64_t *pstarts;
	size_t npstarts, cappstarts;
	/* where each axis's risk was given, to report conflicts */
	const char *risk_file[AGATE_LEX_MAX_AXES];
	unsigned risk_line[AGATE_LEX_MAX_AXES];
	bool risk_set[AGATE_LEX_MAX_AXES];
	agate_diags *diags;
	bool oom;
};

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t nc = *cap ? *cap * 2 : 64;
	while (nc < need)
		nc *= 2;
	void *np = realloc(*p, nc * elem);
	if (!np)
		return -ENOMEM;
	*p = np;
	*cap = nc;
	return 0;
}

struct term_words {
	uint64_t h[AGATE_LEX_MAX_PHRASE + 1];
	size_t n, raw;
	const agate_frame *f;
};

static bool term_word(void *ctx, const char *word, size_t wlen, uint64_t hash,
		      size_t off, size_t len)
{
	struct term_words *tw = ctx;
	(void)word; (void)wlen; (void)off; (void)len;
	tw->raw++;
	if (agate_lex_is_stop(tw->f, hash))
		return true;
	if (tw->n < AGATE_LEX_MAX_PHRASE + 1)
		tw->h[tw->n++] = hash;
	return true;
}

static void diag(struct builder *b, agate_diag_level lv, const char *file,
		 unsigned line, unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

static void diag(struct builder *b, agate_diag_level lv, const char *file,
		 unsigned line, unsigned col, const char *fmt, ...)
{
	if (!b->diags)
		return;
	va_list ap;
	va_start(ap, fmt);
	if (agate_diags_addv(b->diags, lv, file, line, col, fmt, ap) < 0)
		b->oom = true;
	va_end(ap);
}

static int add_term(struct builder *b, const char *file, unsigned line,
		    unsigned col, int axis, double w, const char *s, size_t n)
{
	struct term_words tw = { .n = 0, .f = b->f };
	agate_lex_words(s, n, n, term_word, &tw);
	if (tw.n == 1 && tw.raw > 1)
		diag(b, AGATE_DIAG_WARNING, file, line, col,
		     "phrase '%.*s' keeps one word once stop words are dropped; it matches that word alone",
		     (int)n, s);
	if (tw.n == 0) {
		diag(b, AGATE_DIAG_WARNING, file, line, col,
		     "term '%.*s' has only stop words; ignored", (int)n, s);
		return 0;
	}
	if (tw.n > AGATE_LEX_MAX_PHRASE) {
		diag(b, AGATE_DIAG_ERROR, file, line, col,
		     "expected a phrase of at most %d words, found '%.*s'",
		     AGATE_LEX_MAX_PHRASE, (int)n, s);
		return -EINVAL;
	}
	uint64_t key = tw.h[0];
	for (size_t i = 1; i < tw.n; i++)
		key = agate_lex_hash_pair(key, tw.h[i]);
	if (tw.n > 1) {
		if (grow((void **)&b->pstarts, &b->cappstarts, b->npstarts + 1,
			 sizeof(uint64_t)))
			return -ENOMEM;
		b->pstarts[b->npstarts++] = tw.h[0];
	}
	if (grow((void **)&b->t, &b->capt, b->nt + 1, sizeof(struct triple)))
		return -ENOMEM;
	b->t[b->nt++] = (struct triple){ key, (uint16_t)axis, w };
	return 0;
}

static int stop_table_build(agate_frame *f, const uint64_t *h, size_t n)
{
	size_t cap = 64;
	while (cap < 2 * n + 2)
		cap <<= 1;
	uint64_t *t = calloc(cap, sizeof(*t));
	if (!t)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		size_t mask = cap - 1;
		size_t j = (size_t)h[i] & mask;
		while (t[j] != 0 && t[j] != h[i])
			j = (j + 1) & mask;
		t[j] = h[i];
	}
	free(f->stops);
	f->stops = t;
	f->stop_cap = cap;
	return 0;
}

static int find_axis(const agate_frame *f, const char *name, size_t n)
{
	for (size_t i = 0; i < f->naxes; i++)
		if (strlen(f->axes[i].name) == n && !memcmp(f->axes[i].name, name, n))
			return (int)i;
	return -1;
}

/* tokens of a lexicon line: bare words, "quoted phrases", numbers */
struct ltok {
	const char *s;
	size_t n;
	unsigned col;
	bool quoted;
};

static bool parse_weight(const struct ltok *t, double *out)
{
	char buf[32];
	if (t->quoted || t->n == 0 || t->n >= sizeof(buf))
		return false;
	for (size_t i = 0; i < t->n; i++)
		if (!is_digit((unsigned char)t->s[i]) && t->s[i] != '.')
			return false;
	memcpy(buf, t->s, t->n);
	buf[t->n] = '\0';
	/* strtod is locale-dependent for the decimal point; parse by hand */
	double v = 0, scale = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (buf[i] == '.') {
			if (scale != 0)
				return false;
			scale = 1;
			continue;
		}
		v = v * 10 + (buf[i] - '0');
		if (scale != 0)
			scale *= 10;
	}
	*out = scale != 0 ? v / scale : v;
	return true;
}

static bool name_ok(const struct ltok *t)
{
	if (t->quoted || t->n == 0 || t->n > 48)
		return false;
	for (size_t i = 0; i < t->n; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (!is_lower(c) && !is_digit(c) && c != '_')
			return false;
	}
	return true;
}

static int parse_text(struct builder *b, const char *file, const char *text,
		      size_t len)
{
	agate_frame *f = b->f;
	int axis = -1;
	int rc = 0;
	unsigned line = 0;
	size_t pos = 0;
	while (pos < len) {
		line++;
		size_t eol = pos;
		while (eol < len && text[eol] != '\n')
			eol++;
		struct ltok tok[64];
		size_t nt = 0;
		bool bad = false;
		size_t i = pos;
		while (i < eol) {
			char c = text[i];
			if (c == ' ' || c == '\t' || c == '\r' || c == ',') {
				i++;
				continue;
			}
			if (c == '#')
				break;
			if (nt == sizeof(tok) / sizeof(tok[0])) {
				diag(b, AGATE_DIAG_ERROR, file, line, (unsigned)(i - pos + 1),
				     "expected at most 64 items on a line");
				bad = true;
				break;
			}
			struct ltok *t = &tok[nt++];
			t->col = (unsigned)(i - pos + 1);
			if (c == '"') {
				size_t j = i + 1;
				while (j < eol && text[j] != '"')
					j++;
				if (j >= eol) {
					diag(b, AGATE_DIAG_ERROR, file, line, t->col,
					     "expected '\"' to close the phrase, found end of line");
					bad = true;
					break;
				}
				t->s = text + i + 1;
				t->n = j - i - 1;
				t->quoted = true;
				i = j + 1;
			} else {
				size_t j = i;
				while (j < eol && text[j] != ' ' && text[j] != '\t' &&
				       text[j] != '\r' && text[j] != ',' && text[j] != '#' &&
				       text[j] != '"')
					j++;
				t->s = text + i;
				t->n = j - i;
				t->quoted = false;
				i = j;
			}
		}
		pos = eol < len ? eol + 1 : eol;
		if (bad) {
			rc = -EINVAL;
			continue;
		}
		if (nt == 0)
			continue;
		const struct ltok *k = &tok[0];
#define KW(w) (!k->quoted && k->n == sizeof(w) - 1 && !memcmp(k->s, w, k->n))
		if (KW("axis")) {
			if (nt < 2 || !name_ok(&tok[1])) {
				diag(b, AGATE_DIAG_ERROR, file, line,
				     nt < 2 ? k->col + 4 : tok[1].col,
				     "expected an axis name of [a-z0-9_], found '%.*s'",
				     nt < 2 ? 0 : (int)tok[1].n, nt < 2 ? "" : tok[1].s);
				rc = -EINVAL;
				axis = -1;
				continue;
			}
			axis = find_axis(f, tok[1].s, tok[1].n);
			if (axis < 0) {
				if (f->naxes == AGATE_LEX_MAX_AXES) {
					diag(b, AGATE_DIAG_ERROR, file, line, tok[1].col,
					     "expected at most %d axes", AGATE_LEX_MAX_AXES);
					rc = -EINVAL;
					continue;
				}
				axis = (int)f->naxes;
				agate_lex_axis *ax = &f->axes[f->naxes++];
				ax->name = strndup(tok[1].s, tok[1].n);
				ax->label = strndup(tok[1].s, tok[1].n);
				if (!ax->name || !ax->label)
					return -ENOMEM;
				for (char *p = ax->label; *p; p++)
					if (*p == '_')
						*p = ' ';
			}
			/* the rest: [risk N] ["label"] */
			for (size_t j = 2; j < nt; j++) {
				const struct ltok *t = &tok[j];
				if (t->quoted) {
					char *l = strndup(t->s, t->n);
					if (!l)
						return -ENOMEM;
					free(f->axes[axis].label);
					f->axes[axis].label = l;
				} else if (t->n == 4 && !memcmp(t->s, "risk", 4) && j + 1 < nt) {
					double r;
					j++;
					if (!parse_weight(&tok[j], &r) || r > 1) {
						diag(b, AGATE_DIAG_ERROR, file, line, tok[j].col,
						     "expected a risk between 0 and 1, found '%.*s'",
						     (int)tok[j].n, tok[j].s);
						rc = -EINVAL;
						continue;
					}
					if (b->risk_set[axis] && f->axes[axis].risk != r) {
						diag(b, AGATE_DIAG_ERROR, file, line, tok[j].col,
						     "axis '%s' has risk %g at %s:%u; found %g",
						     f->axes[axis].name, f->axes[axis].risk,
						     b->risk_file[axis], b->risk_line[axis], r);
						rc = -EINVAL;
						continue;
					}
					f->axes[axis].risk = r;
					b->risk_set[axis] = true;
					b->risk_file[axis] = file;
					b->risk_line[axis] = line;
				} else {
					diag(b, AGATE_DIAG_ERROR, file, line, t->col,
					     "expected 'risk N' or a \"label\", found '%.*s'",
					     (int)t->n, t->s);
					rc = -EINVAL;
				}
			}
			continue;
		}
		if (KW("stop")) {
			for (size_t j = 1; j < nt; j++) {
				char w[AGATE_LEX_MAX_WORD + 1];
				size_t n = tok[j].n > AGATE_LEX_MAX_WORD ? AGATE_LEX_MAX_WORD : tok[j].n;
				memcpy(w, tok[j].s, n);
				n = agate_lex_stem(w, n);
				if (grow((void **)&b->stops, &b->capstops, b->nstops + 1,
					 sizeof(uint64_t)))
					return -ENOMEM;
				b->stops[b->nstops++] = agate_lex_hash(w, n);
			}
			if (stop_table_build(f, b->stops, b->nstops))
				return -ENOMEM;
			continue;
		}
		if (KW("use")) {
			if (axis < 0) {
				diag(b, AGATE_DIAG_ERROR, file, line, k->col,
				     "expected 'axis NAME' before 'use'");
				rc = -EINVAL;
				continue;
			}
			for (size_t j = 1; j < nt; j++) {
				const struct ltok *t = &tok[j];
				if (t->n == 9 && !memcmp(t->s, "injection", 9))
					f->axes[axis].use |= AGATE_AXIS_USE_INJECTION;
				else if (t->n == 13 && !memcmp(t->s, "role_override", 13))
					f->axes[axis].use |= AGATE_AXIS_USE_ROLE_OVERRIDE;
				else {
					diag(b, AGATE_DIAG_ERROR, file, line, t->col,
					     "expected 'injection' or 'role_override', found '%.*s'",
					     (int)t->n, t->s);
					rc = -EINVAL;
				}
			}
			continue;
		}
		if (KW("risk")) {
			/* `risk N` on its own line, same as on the axis line */
			double r;
			if (axis < 0 || nt != 2 || !parse_weight(&tok[1], &r) || r > 1) {
				diag(b, AGATE_DIAG_ERROR, file, line, k->col,
				     "expected 'risk N' (0..1) inside an axis");
				rc = -EINVAL;
				continue;
			}
			if (b->risk_set[axis] && f->axes[axis].risk != r) {
				diag(b, AGATE_DIAG_ERROR, file, line, tok[1].col,
				     "axis '%s' has risk %g at %s:%u; found %g",
				     f->axes[axis].name, f->axes[axis].risk,
				     b->risk_file[axis], b->risk_line[axis], r);
				rc = -EINVAL;
				continue;
			}
			f->axes[axis].risk = r;
			b->risk_set[axis] = true;
			b->risk_file[axis] = file;
			b->risk_line[axis] = line;
			continue;
		}
#undef KW
		double w;
		if (!parse_weight(k, &w)) {
			diag(b, AGATE_DIAG_ERROR, file, line, k->col,
			     "expected 'axis', 'use', 'stop', 'risk' or a weight, found '%.*s'",
			     (int)k->n, k->s);
			rc = -EINVAL;
			continue;
		}
		if (w <= 0 || w > 1) {
			diag(b, AGATE_DIAG_ERROR, file, line, k->col,
			     "expected a weight in (0, 1], found '%.*s'", (int)k->n, k->s);
			rc = -EINVAL;
			continue;
		}
		if (axis < 0) {
			diag(b, AGATE_DIAG_ERROR, file, line, k->col,
			     "expected 'axis NAME' before the first term");
			rc = -EINVAL;
			continue;
		}
		if (nt < 2) {
			diag(b, AGATE_DIAG_ERROR, file, line, k->col + (unsigned)k->n,
			     "expected terms after the weight");
			rc = -EINVAL;
			continue;
		}
		for (size_t j = 1; j < nt; j++) {
			int r = add_term(b, file, line, tok[j].col, axis, w, tok[j].s, tok[j].n);
			if (r == -ENOMEM)
				return r;
			if (r)
				rc = r;
		}
	}
	return rc;
}

static int cmp_triple(const void *a, const void *b)
{
	const struct triple *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->axis != y->axis)
		return x->axis < y->axis ? -1 : 1;
	/* larger weight first, so the dedupe below keeps it */
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return 0;
}

static int finish(struct builder *b)
{
	agate_frame *f = b->f;
	if (f->naxes == 0) {
		diag(b, AGATE_DIAG_ERROR, "(frame)", 1, 1,
		     "expected at least one axis in the lexicon files");
		return -EINVAL;
	}
	qsort(b->t, b->nt, sizeof(*b->t), cmp_triple);
	size_t nkeys = 0;
	for (size_t i = 0; i < b->nt; i++)
		if (i == 0 || b->t[i].key != b->t[i - 1].key)
			nkeys++;
	size_t cap = 64;
	while (cap < 2 * nkeys + 2)
		cap <<= 1;
	f->keys = calloc(cap, sizeof(*f->keys));
	f->first = calloc(cap, sizeof(*f->first));
	f->count = calloc(cap, sizeof(*f->count));
	f->postings = calloc(b->nt ? b->nt : 1, sizeof(*f->postings));
	if (!f->keys || !f->first || !f->count || !f->postings)
		return -ENOMEM;
	f->cap = cap;
	size_t np = 0;
	for (size_t i = 0; i < b->nt;) {
		size_t j = i;
		size_t start = np;
		while (j < b->nt && b->t[j].key == b->t[i].key) {
			if (j == i || b->t[j].axis != b->t[j - 1].axis)
				f->postings[np++] = (agate_lex_posting){ b->t[j].axis,
									 b->t[j].weight };
			j++;
		}
		uint64_t key = b->t[i].key;
		size_t mask = cap - 1;
		size_t s = (size_t)(key ^ (key >> 31)) & mask;
		while (f->keys[s] != 0)
			s = (s + 1) & mask;
		f->keys[s] = key;
		f->first[s] = (uint32_t)start;
		f->count[s] = (uint16_t)(np - start);
		i = j;
	}
	f->npostings = np;
	for (size_t i = 0; i < b->npstarts; i++) {
		unsigned bit = (unsigned)(b->pstarts[i] >> 52) & 4095u;
		f->phrase_start[bit >> 6] |= 1ull << (bit & 63);
	}
	return 0;
}

static int builder_init(struct builder *b, agate_diags *diags)
{
	memset(b, 0, sizeof(*b));
	b->diags = diags;
	b->f = calloc(1, sizeof(*b->f));
	if (!b->f)
		return -ENOMEM;
	size_t n = sizeof(builtin_stops) / sizeof(builtin_stops[0]);
	if (grow((void **)&b->stops, &b->capstops, n, sizeof(uint64_t)))
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		char w[AGATE_LEX_MAX_WORD + 1];
		size_t l = strlen(builtin_stops[i]);
		memcpy(w, builtin_stops[i], l);
		l = agate_lex_stem(w, l);
		b->stops[b->nstops++] = agate_lex_hash(w, l);
	}
	return stop_table_build(b->f, b->stops, b->nstops);
}

static void builder_done(struct builder *b)
{
	free(b->t);
	free(b->stops);
	free(b->pstarts);
}

void agate_frame_free(agate_frame *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->naxes; i++) {
		free(f->axes[i].name);
		free(f->axes[i].label);
	}
	free(f->keys);
	free(f->first);
	free(f->count);
	free(f->postings);
	free(f->stops);
	free(f);
}

int agate_frame_load_text(const char *name, const char *text, size_t len,
			  agate_frame **out, agate_diags *diags)
{
	if (!out || (!text && len))
		return -EINVAL;
	struct builder b;
	int rc = builder_init(&b, diags);
	if (rc == 0)
		rc = parse_text(&b, name ? name : "(text)", text ? text : "", len);
	if (rc == 0)
		rc = finish(&b);
	if (rc == 0 && b.oom)
		rc = -ENOMEM;
	builder_done(&b);
	if (rc) {
		agate_frame_free(b.f);
		return rc;
	}
	*out = b.f;
	return 0;
}

static int read_file(const char *path, char **buf, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	int rc = 0;
	char *p = NULL;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		rc = -errno;
		goto out;
	}
	if (st.st_size > LEX_MAX_FILE) {
		rc = -EFBIG;
		goto out;
	}
	p = malloc((size_t)st.st_size + 1);
	if (!p) {
		rc = -ENOMEM;
		goto out;
	}
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, p + got, (size_t)st.st_size - got);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			goto out;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	p[got] = '\0';
	*buf = p;
	*len = got;
	p = NULL;
out:
	free(p);
	close(fd);
	return rc;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int agate_frame_load(const char *path, agate_frame **out, agate_diags *diags)
{
	if (!path || !out)
		return -EINVAL;
	struct builder b;
	char **names = NULL;
	size_t nnames = 0;
	int rc = builder_init(&b, diags);
	if (rc)
		goto out;
	struct stat st;
	if (stat(path, &st) < 0) {
		rc = -errno;
		diag(&b, AGATE_DIAG_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		if (!d) {
			rc = -errno;
			diag(&b, AGATE_DIAG_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
			goto out;
		}
		names = calloc(LEX_MAX_FILES, sizeof(*names));
		if (!names) {
			closedir(d);
			rc = -ENOMEM;
			goto out;
		}
		struct dirent *de;
		while ((de = readdir(d)) != NULL) {
			size_t l = strlen(de->d_name);
			if (l < 5 || strcmp(de->d_name + l - 4, ".lex") || de->d_name[0] == '.')
				continue;
			if (nnames == LEX_MAX_FILES) {
				diag(&b, AGATE_DIAG_ERROR, path, 0, 0,
				     "expected at most %d lexicon files", LEX_MAX_FILES);
				rc = -EINVAL;
				break;
			}
			if (asprintf(&names[nnames], "%s/%s", path, de->d_name) < 0) {
				names[nnames] = NULL;
				rc = -ENOMEM;
				break;
			}
			nnames++;
		}
		closedir(d);
		if (rc)
			goto out;
		/* sorted, so the frame does not depend on directory order */
		qsort(names, nnames, sizeof(*names), cmp_name);
	} else {
		names = calloc(1, sizeof(*names));
		if (!names || !(names[0] = strdup(path))) {
			rc = -ENOMEM;
			goto out;
		}
		nnames = 1;
	}
	for (size_t i = 0; i < nnames; i++) {
		char *text = NULL;
		size_t len = 0;
		int r = read_file(names[i], &text, &len);
		if (r) {
			diag(&b, AGATE_DIAG_ERROR, names[i], 0, 0, "cannot read: %s",
			     strerror(-r));
			if (!rc)
				rc = r;
			continue;
		}
		r = parse_text(&b, names[i], text, len);
		free(text);
		if (r == -ENOMEM) {
			rc = r;
			goto out;
		}
		if (r && !rc)
			rc = r;
	}
	if (rc == 0)
		rc = finish(&b);
	if (rc == 0 && b.oom)
		rc = -ENOMEM;
out:
	/* diagnostics keep their own copies of file names; the risk_file
	 * pointers die with the names here, after the last use */
	builder_done(&b);
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	if (rc) {
		agate_frame_free(b.f);
		return rc;
	}
	*out = b.f;
	return 0;
}

size_t agate_frame_axes(const agate_frame *f)
{
	return f ? f->naxes : 0;
}

const char *agate_frame_axis_name(const agate_frame *f, size_t i)
{
	return f && i < f->naxes ? f->axes[i].name : NULL;
}

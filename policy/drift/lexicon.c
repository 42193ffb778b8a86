/* lexicon.c - words, stems, the stop-word test and the bag of terms an
 * action is projected from (see lexicon.h); frame.c builds the frame.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "policy/drift/lexicon.h"

#include <errno.h>
#include <string.h>

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

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
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
	/* running -> run, stopped -> stop; but install, access, buzz stay,
	 * and a stem of three letters keeps its pair (added -> add, offer
	 * -> off, not "ad" and the stop word "of") */
	if (rl == 0 && m >= 4 && w[m - 1] == w[m - 2] && !is_vowel(w[m - 1]) &&
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

/* What the splitter needs of a byte, one table read: */
/* (bytes >= 0x80, UTF-8, are word bytes without case) */
enum { W_LOWER = 1, W_UPPER = 2, W_DIGIT = 4, W_HIGH = 8 };
static const uint8_t word_class[256] = {
	['a' ... 'z'] = W_LOWER, ['A' ... 'Z'] = W_UPPER, ['0' ... '9'] = W_DIGIT,
	[0x80 ... 0xff] = W_HIGH,
};

/* A word's bounds, its surface key (agate_lex_surface_key of its first
 * AGATE_LEX_MAX_WORD bytes) and the W_* classes of those bytes. */
typedef bool (*split_fn)(void *ctx, const char *s, size_t start, size_t end,
			 uint64_t key, unsigned kinds);

/* The word splitter shared by agate_lex_words and the bag: calls emit
 * with each word, in order. Runs of word bytes (letters, digits, UTF-8)
 * are cut at humps (dataLeak, HTTPServer, sha256sum); the surface key is
 * hashed in the same pass, so a word is read once. */
static inline __attribute__((always_inline)) void
split_words(const char *s, size_t n, size_t max_bytes, split_fn emit, void *ctx)
{
	if (!s)
		return;
	if (n > max_bytes)
		n = max_bytes;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		while (i < n && !word_class[u[i]])
			i++;
		if (i >= n)
			return;
		size_t ws = i;
		unsigned p = word_class[u[i]], kinds = p;
		uint64_t h = (0xcbf29ce484222325ull ^ (u[i] | (p == W_UPPER ? 0x20u : 0u))) *
			     0x100000001b3ull;
		for (i++; i < n; i++) {
			unsigned c = word_class[u[i]];
			if (!c)
				break;
			bool cut = (c == W_DIGIT) != (p == W_DIGIT);
			if (c == W_UPPER && !cut)
				cut = p == W_LOWER || p == W_HIGH ||
				      (p == W_UPPER && i + 1 < n && word_class[u[i + 1]] == W_LOWER);
			if (cut) {
				if (!emit(ctx, s, ws, i, h ? h : 1, kinds))
					return;
				ws = i;
				kinds = 0;
				h = 0xcbf29ce484222325ull;
			}
			if (i - ws < AGATE_LEX_MAX_WORD) {
				kinds |= c;
				h = (h ^ (u[i] | (c == W_UPPER ? 0x20u : 0u))) * 0x100000001b3ull;
			}
			p = c;
		}
		if (!emit(ctx, s, ws, i, h ? h : 1, kinds))
			return;
	}
}

struct word_emit {
	agate_lex_word_fn fn;
	void *ctx;
};

static bool emit_word(void *ctx, const char *s, size_t start, size_t end, uint64_t key,
		      unsigned kinds)
{
	(void)key;
	(void)kinds;
	struct word_emit *we = ctx;
	char buf[AGATE_LEX_MAX_WORD + 1];
	size_t n = end - start;
	if (n > AGATE_LEX_MAX_WORD)
		n = AGATE_LEX_MAX_WORD;
	memcpy(buf, s + start, n);
	buf[n] = '\0';
	n = agate_lex_stem(buf, n);
	buf[n] = '\0';
	return we->fn(we->ctx, buf, n, agate_lex_hash(buf, n), start, end - start);
}

void agate_lex_words(const char *s, size_t n, size_t max_bytes,
		     agate_lex_word_fn fn, void *ctx)
{
	struct word_emit we = { fn, ctx };
	split_words(s, n, max_bytes, emit_word, &we);
}

struct split_emit {
	agate_lex_split_fn fn;
	void *ctx;
};

static bool emit_split(void *ctx, const char *s, size_t start, size_t end, uint64_t key,
		       unsigned kinds)
{
	(void)s;
	(void)kinds;
	struct split_emit *se = ctx;
	return se->fn(se->ctx, start, end, key);
}

void agate_lex_split(const char *s, size_t n, size_t max_bytes, agate_lex_split_fn fn,
		     void *ctx)
{
	struct split_emit se = { fn, ctx };
	split_words(s, n, max_bytes, emit_split, &se);
}

static bool in_set(const uint64_t *t, size_t cap, uint64_t hash)
{
	if (!t)
		return false;
	size_t mask = cap - 1;
	for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
		if (t[i] == 0)
			return false;
		if (t[i] == hash)
			return true;
	}
}

bool agate_lex_is_stop(const agate_frame *f, uint64_t hash)
{
	return in_set(f->stops, f->stop_cap, hash);
}

bool agate_lex_is_generic(const agate_frame *f, uint64_t hash)
{
	return in_set(f->generic, f->generic_cap, hash);
}

bool agate_lex_is_routine(const agate_frame *f, uint64_t hash)
{
	return in_set(f->routine, f->routine_cap, hash);
}

int agate_lex_role_lookup(const agate_frame *f, uint64_t key)
{
	if (!f->role_keys)
		return -1;
	size_t mask = f->role_cap - 1;
	for (size_t i = (size_t)(key ^ (key >> 31)) & mask;; i = (i + 1) & mask) {
		if (f->role_keys[i] == 0)
			return -1;
		if (f->role_keys[i] == key)
			return f->role_of[i];
	}
}

bool agate_lex_may_start_role(const agate_frame *f, uint64_t hash)
{
	unsigned bit = (unsigned)(hash >> 52) & 4095u;
	return (f->role_start[bit >> 6] >> (bit & 63)) & 1u;
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

/* One word of the text: its stem's hash, whether the stem is a stop
 * word, all digits or a single byte, and its postings when known
 * (np == UINT32_MAX: bag_put looks them up). */
static bool bag_term(struct bag_scan *sc, uint64_t hash, unsigned surf,
		     const agate_lex_posting *po, uint32_t np, size_t off, size_t len)
{
	sc->bag->words++;
	if (surf & AGATE_SURF_STOP)
		return true;
	/* numbers are entities (provenance), single letters are noise;
	 * an identity leaves out the words that say nothing of what an
	 * agent is for ("helpful", "assistant"), though they may still end
	 * a phrase below */
	if (!(surf & (AGATE_SURF_NUMBER | AGATE_SURF_SHORT)) &&
	    !(sc->bag->identity && agate_lex_is_generic(sc->f, hash)))
		bag_put(sc->bag, sc->f, hash, sc->weight, sc->flags, sc->text + off, len,
			po, np);
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
		size_t pn = agate_lex_lookup(sc->f, h, &p);
		if (pn) {
			size_t start = sc->prev_off[first];
			bag_put(sc->bag, sc->f, h, sc->weight, sc->flags | AGATE_BAG_PHRASE,
				sc->text + start, off + len - start, p, (uint32_t)pn);
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

/* A word of the text: found in the frame's surface table, it takes the
 * stem, flags and postings computed at load; else it is stemmed here.
 * A word the stemmer leaves as it is (shorter than four bytes, or not
 * all letters) has the folded word as its stem, whose hash is the
 * surface key: no stemming either. */
static bool bag_emit(void *ctx, const char *s, size_t start, size_t end, uint64_t key,
		     unsigned kinds)
{
	struct bag_scan *sc = ctx;
	size_t n = end - start;
	if (n > AGATE_LEX_MAX_WORD)
		n = AGATE_LEX_MAX_WORD;
	const agate_lex_surface *e = agate_lex_surface_find(sc->f, key);
	if (e)
		return bag_term(sc, e->stem, e->flags,
				e->count ? sc->f->postings + e->first : NULL, e->count,
				start, end - start);
	/* the splitter cuts at letter/digit boundaries: a word is all
	 * digits, or has none */
	bool digits = kinds & W_DIGIT, letters = !(kinds & (W_DIGIT | W_HIGH));
	uint64_t h = key;
	size_t m = n;
	if (n >= 4 && letters) {
		char buf[AGATE_LEX_MAX_WORD + 1];
		memcpy(buf, s + start, n);
		m = agate_lex_stem(buf, n);
		h = agate_lex_hash(buf, m);
	}
	unsigned surf = 0;
	if (agate_lex_is_stop(sc->f, h))
		surf |= AGATE_SURF_STOP;
	if (digits) /* a stem of letters has no digit, a word of digits is its own stem */
		surf |= AGATE_SURF_NUMBER;
	if (m <= 1)
		surf |= AGATE_SURF_SHORT;
	return bag_term(sc, h, surf, NULL, UINT32_MAX, start, end - start);
}

void agate_bag_add_text(agate_bag *b, const agate_frame *f, const char *s,
			size_t n, size_t max_bytes, double weight, unsigned flags)
{
	struct bag_scan sc = { .bag = b, .f = f, .text = s, .weight = weight,
			       .flags = flags };
	split_words(s, n, max_bytes, bag_emit, &sc);
}

/* ---- loading ------------------------------------------------------------ */

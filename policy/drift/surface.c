/* surface.c - the frame's table from surface words to what the word
 * splitter makes of them (see lexicon.h, agate_lex_surface_find).
 *
 * Projecting a request's text onto the lexicons stems every word and
 * hashes the stem before the stop-word and term tables are probed. The
 * words that matter most (the lexicons' own words and their usual
 * inflections, and the stop words) are few, so their outcome is computed
 * once here, at load, by running the same stemmer on them: a request's
 * word found in this table skips the stemmer and three probes. A word
 * not found is stemmed as before, so the table only changes how fast a
 * result is reached, never the result.
 */
#include "policy/drift/lexicon.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* endings tried on every lexicon word at load: a form is kept when its
 * stem is a lexicon term or a stop word (deleted, deleting, deletes) */
static const char *const endings[] = {
	"s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ion", "ions",
	"ation", "ations", "ment", "ments", "al", "ly", "y", "ies", "ied",
};

/* What the word splitter's callback would see for the surface word w
 * (n <= AGATE_LEX_MAX_WORD): the same stemmer, hash and probes. */
static void surface_outcome(const agate_frame *f, const char *w, size_t n,
			    agate_lex_surface *e)
{
	char buf[AGATE_LEX_MAX_WORD + 1];
	memcpy(buf, w, n);
	buf[n] = '\0';
	size_t m = agate_lex_stem(buf, n);
	buf[m] = '\0';
	e->key = agate_lex_surface_key(w, n);
	e->stem = agate_lex_hash(buf, m);
	e->flags = 0;
	if (agate_lex_is_stop(f, e->stem))
		e->flags |= AGATE_SURF_STOP;
	bool number = true;
	for (size_t i = 0; i < m; i++)
		if (!is_digit((unsigned char)buf[i]))
			number = false;
	if (number)
		e->flags |= AGATE_SURF_NUMBER;
	if (m <= 1)
		e->flags |= AGATE_SURF_SHORT;
	const agate_lex_posting *po;
	size_t np = agate_lex_lookup(f, e->stem, &po);
	e->first = np ? (uint32_t)(po - f->postings) : 0;
	e->count = (uint16_t)np;
}

static void surface_put(agate_lex_surface *t, size_t cap, const agate_lex_surface *e,
			size_t *n)
{
	size_t mask = cap - 1;
	for (size_t i = agate_lex_surface_home(e->key, mask);; i = (i + 1) & mask) {
		if (t[i].key == e->key)
			return;
		if (t[i].key == 0) {
			t[i] = *e;
			(*n)++;
			return;
		}
	}
}

int agate_lex_surface_build(agate_frame *f, const char *words, size_t len)
{
	size_t nwords = 0;
	for (size_t i = 0; i < len; i++)
		if (words[i] == '\0')
			nwords++;
	size_t nend = sizeof(endings) / sizeof(endings[0]);
	size_t most = nwords * (nend + 1) + 1;
	size_t cap = 64;
	while (cap < 2 * most)
		cap <<= 1;
	agate_lex_surface *t = calloc(cap, sizeof(*t));
	if (!t)
		return -ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		const char *w = words + i;
		size_t wl = strlen(w);
		i += wl + 1;
		if (wl == 0 || wl > AGATE_LEX_MAX_WORD)
			continue;
		agate_lex_surface e;
		surface_outcome(f, w, wl, &e);
		surface_put(t, cap, &e, &n);
		for (size_t k = 0; k < nend; k++) {
			char form[AGATE_LEX_MAX_WORD + 8];
			size_t el = strlen(endings[k]);
			size_t bl = wl;
			/* manage -> managing, delete -> deletion */
			if (w[wl - 1] == 'e' && (endings[k][0] == 'e' || endings[k][0] == 'i' ||
						 endings[k][0] == 'a' || endings[k][0] == 'o'))
				bl--;
			if (bl + el > AGATE_LEX_MAX_WORD)
				continue;
			memcpy(form, w, bl);
			memcpy(form + bl, endings[k], el);
			surface_outcome(f, form, bl + el, &e);
			if (e.count || (e.flags & AGATE_SURF_STOP))
				surface_put(t, cap, &e, &n);
		}
	}
	/* the words repeat across the lexicons: sized for every form of
	 * every word, the table is mostly empty; keep it half full */
	size_t fit = 64;
	while (fit < 2 * n + 2)
		fit <<= 1;
	if (fit < cap) {
		agate_lex_surface *small = calloc(fit, sizeof(*small));
		if (!small) {
			free(t);
			return -ENOMEM;
		}
		size_t m = 0;
		for (size_t i = 0; i < cap; i++)
			if (t[i].key)
				surface_put(small, fit, &t[i], &m);
		free(t);
		t = small;
		cap = fit;
	}
	free(f->surf);
	f->surf = t;
	f->surf_cap = cap;
	f->nsurf = n;
	return 0;
}

/* frame.c - the frame, loaded from *.lex files: the line parser, the
 * term and stop tables, agate_frame_*. Apart from lexicon.c because it
 * runs once per load, where lexicon.c runs for every action.
 *
 * The lexicon format is documented in docs/drift.md. In short:
 *
 *   # comment
 *   axis money_movement risk 0.8 "money movement"
 *   use injection | role_override      (optional, see assess.c)
 *   stop word word ...                 (extra stop words, any place)
 *   1.0 transfer wire "send money"     (weight, then words or "phrases")
 *   generic helpful assistant ...      (words an identity leaves out)
 *   routine delete export pay ...      (daily work of some job: no evidence of harm)
 *   role crm "sales and CRM"           (opens a role of the roles lexicon)
 *   names crm "sales rep" salesforce   (what people call such an agent)
 *   1.0 customer contact lead          (in a role: what it touches)
 *   set drift_threshold 0.60           (a number of the cascade)
 *
 * A file may hold several axes and roles; an axis or role named again (in
 * the same or a later file) gets the new terms, so operators extend a
 * shipped axis or role by dropping in a file of their own.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "policy/base/file.h"
#include "policy/drift/lexicon.h"

#include <dirent.h>
#include <stddef.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LEX_MAX_FILE (4u << 20) /* bytes of one lexicon file */
#define LEX_MAX_FILES 256

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

struct triple {
	uint64_t key;
	uint16_t axis;
	double weight;
};

/* a role name: the hash of its words (as a term), the role it names */
struct role_name {
	uint64_t key, first;
	uint16_t role;
};

struct builder {
	agate_frame *f;
	struct triple *t;
	size_t nt, capt;
	uint64_t *stops;
	size_t nstops, capstops;
	uint64_t *generic;
	size_t ngeneric, capgeneric;
	uint64_t *routine;
	size_t nroutine, caproutine;
	struct role_name *rn;
	size_t nrn, caprn;
	uint64_t *pstarts;
	size_t npstarts, cappstarts;
	/* the lexicons' words and the stop words as written, NUL after
	 * each: the surface table is built from them (surface.c) */
	char *sw;
	size_t nsw, capsw;
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

/* keep a word of a lexicon for the surface table (oom noted) */
static void surface_word(struct builder *b, const char *s, size_t n)
{
	if (n > AGATE_LEX_MAX_WORD)
		n = AGATE_LEX_MAX_WORD;
	if (grow((void **)&b->sw, &b->capsw, b->nsw + n + 1, 1)) {
		b->oom = true;
		return;
	}
	memcpy(b->sw + b->nsw, s, n);
	b->sw[b->nsw + n] = '\0';
	b->nsw += n + 1;
}

struct term_words {
	uint64_t h[AGATE_LEX_MAX_PHRASE + 1];
	size_t n, raw;
	const agate_frame *f;
	struct builder *b;
	const char *text;
	bool keep_stops; /* role names keep every word: "data analyst", "on call" */
};

static bool term_word(void *ctx, const char *word, size_t wlen, uint64_t hash,
		      size_t off, size_t len)
{
	struct term_words *tw = ctx;
	(void)word; (void)wlen;
	tw->raw++;
	surface_word(tw->b, tw->text + off, len);
	if (!tw->keep_stops && agate_lex_is_stop(tw->f, hash))
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

/* The hash of a term (a word, or a phrase of up to AGATE_LEX_MAX_PHRASE
 * words hashed in order) into *key, and of its first word into *first.
 * 1 when it has words, 0 when it has only stop words (warned), -EINVAL
 * when it is too long (an error). */
static int term_key(struct builder *b, const char *file, unsigned line,
		    unsigned col, const char *s, size_t n, bool keep_stops, uint64_t *key,
		    uint64_t *first, size_t *nwords)
{
	struct term_words tw = { .n = 0, .f = b->f, .b = b, .text = s,
				 .keep_stops = keep_stops };
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
	*key = tw.h[0];
	for (size_t i = 1; i < tw.n; i++)
		*key = agate_lex_hash_pair(*key, tw.h[i]);
	*first = tw.h[0];
	*nwords = tw.n;
	return 1;
}

static int add_term(struct builder *b, const char *file, unsigned line,
		    unsigned col, int axis, double w, const char *s, size_t n)
{
	uint64_t key, first;
	size_t nw;
	int r = term_key(b, file, line, col, s, n, false, &key, &first, &nw);
	if (r <= 0)
		return r;
	if (nw > 1) {
		if (grow((void **)&b->pstarts, &b->cappstarts, b->npstarts + 1,
			 sizeof(uint64_t)))
			return -ENOMEM;
		b->pstarts[b->npstarts++] = first;
	}
	if (grow((void **)&b->t, &b->capt, b->nt + 1, sizeof(struct triple)))
		return -ENOMEM;
	b->t[b->nt++] = (struct triple){ key, (uint16_t)axis, w };
	return 0;
}

/* an open-addressed set of the n hashes h; *out and *outcap replaced */
static int set_build(uint64_t **out, size_t *outcap, const uint64_t *h, size_t n)
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
	free(*out);
	*out = t;
	*outcap = cap;
	return 0;
}

static int stop_table_build(agate_frame *f, const uint64_t *h, size_t n)
{
	return set_build(&f->stops, &f->stop_cap, h, n);
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

/* Split the line text[pos..eol) into at most max tokens; a comment ends
 * it. false, with a diagnostic, when the line cannot be read. */
static bool tokenize(struct builder *b, const char *file, unsigned line,
		     const char *text, size_t pos, size_t eol, struct ltok *tok,
		     size_t max, size_t *ntp)
{
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
		if (nt == max) {
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
	*ntp = nt;
	return !bad;
}

/* An axis's risk, given where (col) on the line; an axis keeps one risk
 * across files. 0, or -EINVAL with a diagnostic on a conflict. */
static int set_risk(struct builder *b, const char *file, unsigned line,
		    unsigned col, int axis, double r)
{
	agate_frame *f = b->f;

	if (b->risk_set[axis] && f->axes[axis].risk != r) {
		diag(b, AGATE_DIAG_ERROR, file, line, col,
		     "axis '%s' has risk %g at %s:%u; found %g",
		     f->axes[axis].name, f->axes[axis].risk,
		     b->risk_file[axis], b->risk_line[axis], r);
		return -EINVAL;
	}
	f->axes[axis].risk = r;
	b->risk_set[axis] = true;
	b->risk_file[axis] = file;
	b->risk_line[axis] = line;
	return 0;
}

/* The line handlers below return 0, -EINVAL after a diagnostic (the
 * parse goes on, to report every error), or -ENOMEM (it stops). */

/* `axis NAME [risk N] ["label"]`: opens the axis, new or named before;
 * *axis is the one later lines add to (-1: none). */
static int line_axis(struct builder *b, const char *file, unsigned line,
		     const struct ltok *tok, size_t nt, int *axisp)
{
	agate_frame *f = b->f;
	const struct ltok *k = &tok[0];
	int rc = 0;
	int axis;

	if (nt < 2 || !name_ok(&tok[1])) {
		diag(b, AGATE_DIAG_ERROR, file, line,
		     nt < 2 ? k->col + 4 : tok[1].col,
		     "expected an axis name of [a-z0-9_], found '%.*s'",
		     nt < 2 ? 0 : (int)tok[1].n, nt < 2 ? "" : tok[1].s);
		*axisp = -1;
		return -EINVAL;
	}
	axis = find_axis(f, tok[1].s, tok[1].n);
	*axisp = axis;
	if (axis < 0) {
		if (f->naxes == AGATE_LEX_MAX_AXES) {
			diag(b, AGATE_DIAG_ERROR, file, line, tok[1].col,
			     "expected at most %d axes", AGATE_LEX_MAX_AXES);
			return -EINVAL;
		}
		axis = (int)f->naxes;
		*axisp = axis;
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
			if (set_risk(b, file, line, tok[j].col, axis, r))
				rc = -EINVAL;
		} else {
			diag(b, AGATE_DIAG_ERROR, file, line, t->col,
			     "expected 'risk N' or a \"label\", found '%.*s'",
			     (int)t->n, t->s);
			rc = -EINVAL;
		}
	}
	return rc;
}

/* `stop WORD ...`: more stop words, stemmed like the text they meet */
static int line_stop(struct builder *b, const struct ltok *tok, size_t nt)
{
	for (size_t j = 1; j < nt; j++) {
		char w[AGATE_LEX_MAX_WORD + 1];
		size_t n = tok[j].n > AGATE_LEX_MAX_WORD ? AGATE_LEX_MAX_WORD : tok[j].n;
		memcpy(w, tok[j].s, n);
		surface_word(b, w, n);
		n = agate_lex_stem(w, n);
		if (grow((void **)&b->stops, &b->capstops, b->nstops + 1,
			 sizeof(uint64_t)))
			return -ENOMEM;
		b->stops[b->nstops++] = agate_lex_hash(w, n);
	}
	if (stop_table_build(b->f, b->stops, b->nstops))
		return -ENOMEM;
	return 0;
}

/* `generic WORD ...` and `routine WORD ...`: a list of words, stemmed
 * like the text. Generic words are left out of an identity's imprint,
 * as they say nothing of what an agent is for; routine words name the
 * daily work of some job (delete, export, pay): an identity that does
 * not mention one leaves it uncovered, which is no evidence of harm. */
static int line_words(uint64_t **set, size_t *nset, size_t *capset,
		      const struct ltok *tok, size_t nt)
{
	for (size_t j = 1; j < nt; j++) {
		char w[AGATE_LEX_MAX_WORD + 1];
		size_t n = tok[j].n > AGATE_LEX_MAX_WORD ? AGATE_LEX_MAX_WORD : tok[j].n;
		memcpy(w, tok[j].s, n);
		n = agate_lex_stem(w, n);
		if (grow((void **)set, capset, *nset + 1, sizeof(uint64_t)))
			return -ENOMEM;
		(*set)[(*nset)++] = agate_lex_hash(w, n);
	}
	return 0;
}

static int find_role(const agate_frame *f, const char *name, size_t n)
{
	for (size_t i = 0; i < f->nroles; i++)
		if (strlen(f->roles[i].name) == n && !memcmp(f->roles[i].name, name, n))
			return (int)i;
	return -1;
}

/* `role NAME ["label"]`: opens a role of the roles lexicon, new or named
 * before; *rolep is the one later lines add to */
static int line_role(struct builder *b, const char *file, unsigned line,
		     const struct ltok *tok, size_t nt, int *rolep)
{
	agate_frame *f = b->f;
	int role;

	*rolep = -1;
	if (nt < 2 || !name_ok(&tok[1])) {
		diag(b, AGATE_DIAG_ERROR, file, line, nt < 2 ? tok[0].col + 4 : tok[1].col,
		     "expected a role name of [a-z0-9_], found '%.*s'",
		     nt < 2 ? 0 : (int)tok[1].n, nt < 2 ? "" : tok[1].s);
		return -EINVAL;
	}
	if (nt > 3 || (nt == 3 && !tok[2].quoted)) {
		diag(b, AGATE_DIAG_ERROR, file, line, tok[2].col,
		     "expected a \"label\" after the role name, found '%.*s'",
		     (int)tok[2].n, tok[2].s);
		return -EINVAL;
	}
	role = find_role(f, tok[1].s, tok[1].n);
	if (role < 0) {
		if (f->nroles == AGATE_LEX_MAX_ROLES) {
			diag(b, AGATE_DIAG_ERROR, file, line, tok[1].col,
			     "expected at most %d roles", AGATE_LEX_MAX_ROLES);
			return -EINVAL;
		}
		if (!f->roles && !(f->roles = calloc(AGATE_LEX_MAX_ROLES, sizeof(*f->roles))))
			return -ENOMEM;
		agate_lex_role *r = &f->roles[f->nroles];
		r->name = strndup(tok[1].s, tok[1].n);
		r->label = strndup(tok[1].s, tok[1].n);
		f->nroles++; /* freed with the frame, even half made */
		if (!r->name || !r->label)
			return -ENOMEM;
		for (char *p = r->label; *p; p++)
			if (*p == '_')
				*p = ' ';
		role = (int)f->nroles - 1;
	}
	if (nt == 3) {
		char *l = strndup(tok[2].s, tok[2].n);
		if (!l)
			return -ENOMEM;
		free(f->roles[role].label);
		f->roles[role].label = l;
	}
	*rolep = role;
	return 0;
}

/* `names NAME "a phrase" ...`: what people call an agent of the current
 * role; a name given to two roles names the later one. Names keep their
 * stop words ("data analyst" is not "analyst") and are matched against
 * every word of the identity's texts. */
static int line_names(struct builder *b, const char *file, unsigned line,
		      const struct ltok *tok, size_t nt, int role)
{
	int rc = 0;

	if (role < 0) {
		diag(b, AGATE_DIAG_ERROR, file, line, tok[0].col,
		     "expected 'role NAME' before 'names'");
		return -EINVAL;
	}
	for (size_t j = 1; j < nt; j++) {
		uint64_t key, first;
		size_t nw;
		int r = term_key(b, file, line, tok[j].col, tok[j].s, tok[j].n, true, &key,
				 &first, &nw);
		if (r < 0) {
			rc = r;
			continue;
		}
		if (r == 0)
			continue;
		if (grow((void **)&b->rn, &b->caprn, b->nrn + 1, sizeof(*b->rn)))
			return -ENOMEM;
		b->rn[b->nrn++] = (struct role_name){ key, first, (uint16_t)role };
	}
	return rc;
}

/* `WEIGHT term "a phrase" ...` inside a role: what it touches */
static int role_terms(struct builder *b, const char *file, unsigned line,
		      const struct ltok *tok, size_t nt, int role, double w)
{
	agate_lex_role *r = &b->f->roles[role];
	int rc = 0;

	for (size_t j = 1; j < nt; j++) {
		uint64_t key, first;
		size_t nw;
		int k = term_key(b, file, line, tok[j].col, tok[j].s, tok[j].n, false, &key,
				 &first, &nw);
		if (k < 0) {
			rc = k;
			continue;
		}
		if (k == 0)
			continue;
		if (r->nterms == AGATE_LEX_MAX_ROLE_TERMS) {
			diag(b, AGATE_DIAG_ERROR, file, line, tok[j].col,
			     "expected at most %d terms in role '%s'", AGATE_LEX_MAX_ROLE_TERMS,
			     r->name);
			return -EINVAL;
		}
		if (grow((void **)&r->terms, &r->capterms, r->nterms + 1, sizeof(*r->terms)))
			return -ENOMEM;
		char *t = strndup(tok[j].s, tok[j].n);
		if (!t)
			return -ENOMEM;
		r->terms[r->nterms++] = (agate_lex_role_term){ t, w };
	}
	return rc;
}

/* `set KEY VALUE`: one of the cascade's numbers (agate_drift_config);
 * a later line, in the same or a later file, wins */
static int line_set(struct builder *b, const char *file, unsigned line,
		    const struct ltok *tok, size_t nt)
{
	static const struct {
		const char *key;
		size_t off;
		double max;
	} keys[] = {
		{ "drift_threshold", offsetof(agate_drift_config, drift_threshold), 1 },
		{ "session_threshold", offsetof(agate_drift_config, session_threshold), 1 },
		{ "resonance_threshold", offsetof(agate_drift_config, resonance_threshold), 1 },
		{ "provenance_threshold", offsetof(agate_drift_config, provenance_threshold), 1 },
		{ "session_decay", offsetof(agate_drift_config, session_decay), 1 },
		{ "votes_to_veto", 0, 4 },
	};
	double v;

	if (nt != 3) {
		diag(b, AGATE_DIAG_ERROR, file, line, tok[0].col,
		     "expected 'set KEY VALUE'");
		return -EINVAL;
	}
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strlen(keys[i].key) != tok[1].n || memcmp(keys[i].key, tok[1].s, tok[1].n))
			continue;
		if (!parse_weight(&tok[2], &v) || v > keys[i].max ||
		    (keys[i].off == 0 && (v < 1 || v != (double)(unsigned)v))) {
			diag(b, AGATE_DIAG_ERROR, file, line, tok[2].col,
			     keys[i].off ? "expected a number between 0 and 1, found '%.*s'"
					 : "expected a whole number of votes from 1 to 4, found '%.*s'",
			     (int)tok[2].n, tok[2].s);
			return -EINVAL;
		}
		if (keys[i].off)
			*(double *)((char *)&b->f->settings + keys[i].off) = v;
		else
			b->f->settings.votes_to_veto = (unsigned)v;
		return 0;
	}
	diag(b, AGATE_DIAG_ERROR, file, line, tok[1].col,
	     "expected drift_threshold, session_threshold, resonance_threshold, "
	     "provenance_threshold, session_decay or votes_to_veto, found '%.*s'",
	     (int)tok[1].n, tok[1].s);
	return -EINVAL;
}

/* `use injection | role_override` for the current axis */
static int line_use(struct builder *b, const char *file, unsigned line,
		    const struct ltok *tok, size_t nt, int axis)
{
	agate_frame *f = b->f;
	int rc = 0;

	if (axis < 0) {
		diag(b, AGATE_DIAG_ERROR, file, line, tok[0].col,
		     "expected 'axis NAME' before 'use'");
		return -EINVAL;
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
	return rc;
}

/* `risk N` on its own line, same as on the axis line */
static int line_risk(struct builder *b, const char *file, unsigned line,
		     const struct ltok *tok, size_t nt, int axis)
{
	double r;

	if (axis < 0 || nt != 2 || !parse_weight(&tok[1], &r) || r > 1) {
		diag(b, AGATE_DIAG_ERROR, file, line, tok[0].col,
		     "expected 'risk N' (0..1) inside an axis");
		return -EINVAL;
	}
	return set_risk(b, file, line, tok[1].col, axis, r);
}

/* `WEIGHT term "a phrase" ...`: terms of the current axis or role */
static int line_terms(struct builder *b, const char *file, unsigned line,
		      const struct ltok *tok, size_t nt, int axis, int role)
{
	const struct ltok *k = &tok[0];
	int rc = 0;
	double w;

	if (!parse_weight(k, &w)) {
		diag(b, AGATE_DIAG_ERROR, file, line, k->col,
		     "expected 'axis', 'role', 'names', 'use', 'stop', 'generic', 'routine', 'set', 'risk' or a weight, found '%.*s'",
		     (int)k->n, k->s);
		return -EINVAL;
	}
	if (w <= 0 || w > 1) {
		diag(b, AGATE_DIAG_ERROR, file, line, k->col,
		     "expected a weight in (0, 1], found '%.*s'", (int)k->n, k->s);
		return -EINVAL;
	}
	if (axis < 0 && role < 0) {
		diag(b, AGATE_DIAG_ERROR, file, line, k->col,
		     "expected 'axis NAME' or 'role NAME' before the first term");
		return -EINVAL;
	}
	if (nt < 2) {
		diag(b, AGATE_DIAG_ERROR, file, line, k->col + (unsigned)k->n,
		     "expected terms after the weight");
		return -EINVAL;
	}
	if (role >= 0)
		return role_terms(b, file, line, tok, nt, role, w);
	for (size_t j = 1; j < nt; j++) {
		int r = add_term(b, file, line, tok[j].col, axis, w, tok[j].s, tok[j].n);
		if (r == -ENOMEM)
			return r;
		if (r)
			rc = r;
	}
	return rc;
}

static int parse_text(struct builder *b, const char *file, const char *text,
		      size_t len)
{
	int axis = -1, role = -1; /* the block later lines add to: one or none */
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
		bool ok = tokenize(b, file, line, text, pos, eol, tok,
				   sizeof(tok) / sizeof(tok[0]), &nt);
		pos = eol < len ? eol + 1 : eol;
		if (!ok) {
			rc = -EINVAL;
			continue;
		}
		if (nt == 0)
			continue;
		const struct ltok *k = &tok[0];
		int r;
#define KW(w) (!k->quoted && k->n == sizeof(w) - 1 && !memcmp(k->s, w, k->n))
		if (KW("axis")) {
			role = -1;
			r = line_axis(b, file, line, tok, nt, &axis);
		} else if (KW("role")) {
			axis = -1;
			r = line_role(b, file, line, tok, nt, &role);
		} else if (KW("stop"))
			r = line_stop(b, tok, nt);
		else if (KW("generic"))
			r = line_words(&b->generic, &b->ngeneric, &b->capgeneric, tok, nt);
		else if (KW("routine"))
			r = line_words(&b->routine, &b->nroutine, &b->caproutine, tok, nt);
		else if (KW("set"))
			r = line_set(b, file, line, tok, nt);
		else if (KW("names"))
			r = line_names(b, file, line, tok, nt, role);
		else if (KW("use"))
			r = line_use(b, file, line, tok, nt, axis);
		else if (KW("risk"))
			r = line_risk(b, file, line, tok, nt, axis);
		else
			r = line_terms(b, file, line, tok, nt, axis, role);
#undef KW
		if (r == -ENOMEM)
			return r;
		if (r)
			rc = r;
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

/* The table of role names; a name given twice names the later role. */
static int roles_finish(struct builder *b)
{
	agate_frame *f = b->f;
	if (!b->nrn)
		return 0;
	size_t cap = 64;
	while (cap < 2 * b->nrn + 2)
		cap <<= 1;
	f->role_keys = calloc(cap, sizeof(*f->role_keys));
	f->role_of = calloc(cap, sizeof(*f->role_of));
	if (!f->role_keys || !f->role_of)
		return -ENOMEM;
	f->role_cap = cap;
	for (size_t i = 0; i < b->nrn; i++) {
		uint64_t key = b->rn[i].key;
		size_t mask = cap - 1;
		size_t s = (size_t)(key ^ (key >> 31)) & mask;
		while (f->role_keys[s] != 0 && f->role_keys[s] != key)
			s = (s + 1) & mask;
		f->role_keys[s] = key;
		f->role_of[s] = b->rn[i].role;
		unsigned bit = (unsigned)(b->rn[i].first >> 52) & 4095u;
		f->role_start[bit >> 6] |= 1ull << (bit & 63);
	}
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
	if (b->nt > 1)
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
	if (b->ngeneric && set_build(&f->generic, &f->generic_cap, b->generic, b->ngeneric))
		return -ENOMEM;
	if (b->nroutine && set_build(&f->routine, &f->routine_cap, b->routine, b->nroutine))
		return -ENOMEM;
	int rc = roles_finish(b);
	if (rc == 0 && agate_lex_surface_build(f, b->sw, b->nsw))
		rc = -ENOMEM;
	return rc;
}

static int builder_init(struct builder *b, agate_diags *diags)
{
	memset(b, 0, sizeof(*b));
	b->diags = diags;
	b->f = calloc(1, sizeof(*b->f));
	if (!b->f)
		return -ENOMEM;
	b->f->settings = agate_drift_config_default();
	size_t n = sizeof(builtin_stops) / sizeof(builtin_stops[0]);
	if (grow((void **)&b->stops, &b->capstops, n, sizeof(uint64_t)))
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		char w[AGATE_LEX_MAX_WORD + 1];
		size_t l = strlen(builtin_stops[i]);
		memcpy(w, builtin_stops[i], l);
		surface_word(b, w, l);
		l = agate_lex_stem(w, l);
		b->stops[b->nstops++] = agate_lex_hash(w, l);
	}
	return stop_table_build(b->f, b->stops, b->nstops);
}

static void builder_done(struct builder *b)
{
	free(b->t);
	free(b->stops);
	free(b->generic);
	free(b->routine);
	free(b->rn);
	free(b->pstarts);
	free(b->sw);
}

void agate_frame_free(agate_frame *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->naxes; i++) {
		free(f->axes[i].name);
		free(f->axes[i].label);
	}
	for (size_t i = 0; i < f->nroles; i++) {
		free(f->roles[i].name);
		free(f->roles[i].label);
		for (size_t k = 0; k < f->roles[i].nterms; k++)
			free(f->roles[i].terms[k].text);
		free(f->roles[i].terms);
	}
	free(f->roles);
	free(f->role_keys);
	free(f->role_of);
	free(f->keys);
	free(f->first);
	free(f->count);
	free(f->postings);
	free(f->stops);
	free(f->generic);
	free(f->routine);
	free(f->surf);
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

/* A lexicon file, read through the same bounded path as rule files (a
 * FIFO, a device or a folder named *.lex is refused, never waited on),
 * then held to the lexicon's own, smaller limit. */
static int read_file(const char *path, char **buf, size_t *len)
{
	int rc = rl_read_file(path, buf, len);

	if (rc == 0 && *len > LEX_MAX_FILE) {
		free(*buf);
		*buf = NULL;
		rc = -EFBIG;
	}
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
			     rl_read_error(r));
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


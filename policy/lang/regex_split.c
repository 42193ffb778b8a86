/* regex_split.c - a wide alternation read as several regexes, so that
 * each keeps a literal prefilter.
 *
 * The prefilter (regex.c) holds at most a few strings per regex; a word
 * list written as one alternation of thirty words has none, and then runs
 * on every subject. `A|B|C` matches a subject exactly when one of A, B
 * and C does, and so does P(A|B|C)S when one of P(A)S, P(B)S and P(C)S
 * does, as long as nothing refers back to a group (backreferences,
 * recursion, conditionals) and no inline option set between the
 * alternatives reaches across them. Such a pattern is compiled as groups
 * of its alternatives, each with its own prefilter; anything this reader
 * does not understand keeps the pattern whole, which is always correct.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "policy/lang/lang_int.h"

#define SPLIT_CHUNK 4     /* alternatives per regex at first */
#define SPLIT_MAX_ALTS 256

typedef struct span {
	size_t b, e;
} span;

typedef struct split_plan {
	span flags;           /* a leading (?i) and the like, repeated in each part */
	span pre, post;       /* around the split group; empty at top level */
	span alts[SPLIT_MAX_ALTS];
	size_t nalts;
} split_plan;

/* past the class that starts at src[i] == '[', or len when unterminated */
static size_t skip_class(const char *s, size_t len, size_t i)
{
	i++;
	if (i < len && s[i] == '^')
		i++;
	if (i < len && s[i] == ']')
		i++; /* a ']' first is literal */
	while (i < len && s[i] != ']') {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '[' && i + 1 < len && s[i + 1] == ':') {
			const char *end = memchr(s + i + 2, ']', len - i - 2);
			if (end)
				i = (size_t)(end - s);
		}
		i++;
	}
	return i < len ? i + 1 : len;
}

/* a construct that refers across alternatives or that this reader does
 * not follow: backreferences, recursion, conditionals, verbs, \Q..\E,
 * branch reset, callouts */
static bool refers_across(const char *s, size_t len, size_t i)
{
	if (s[i] == '\\' && i + 1 < len)
		return (s[i + 1] >= '1' && s[i + 1] <= '9') || (s[i + 1] && strchr("cgkQE", s[i + 1]));
	if (s[i] != '(' || i + 1 >= len)
		return false;
	if (s[i + 1] == '*')
		return true;
	if (s[i + 1] != '?' || i + 2 >= len)
		return false;
	char k = s[i + 2];
	if (k == 'P' && i + 3 < len)
		return s[i + 3] == '=' || s[i + 3] == '>';
	return k == '&' || k == 'R' || k == '(' || k == '|' || k == 'C' || k == '#' ||
	       (k >= '0' && k <= '9') || k == '+' || k == '-';
}

/* an inline option setting at s[i] == '(': (?i), (?i-m), (?^) ... */
static bool inline_flags(const char *s, size_t len, size_t i, size_t *end)
{
	if (i + 2 >= len || s[i + 1] != '?')
		return false;
	size_t j = i + 2;
	while (j < len && (strchr("imsnxUJ-^", s[j]) && s[j]))
		j++;
	if (j == i + 2 || j >= len || s[j] != ')')
		return false;
	*end = j + 1;
	return true;
}

/* The alternatives of s[b..e) at its own top level (depth 0 there).
 * false when the text is not understood. */
static bool top_alts(const char *s, size_t b, size_t e, split_plan *p, bool *flags_inside)
{
	int depth = 0;
	size_t start = b;
	p->nalts = 0;
	*flags_inside = false;
	for (size_t i = b; i < e; i++) {
		if (refers_across(s, e, i))
			return false;
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] == '[') {
			i = skip_class(s, e, i) - 1;
			continue;
		}
		size_t fe;
		if (s[i] == '(' && depth == 0 && inline_flags(s, e, i, &fe))
			*flags_inside = true;
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth < 0)
			return false;
		else if (s[i] == '|' && depth == 0) {
			if (p->nalts == SPLIT_MAX_ALTS)
				return false;
			p->alts[p->nalts++] = (span){ start, i };
			start = i + 1;
		}
	}
	if (depth != 0 || p->nalts == SPLIT_MAX_ALTS)
		return false;
	p->alts[p->nalts++] = (span){ start, e };
	return true;
}

/* How src may be split: at its top level, or inside its one group at the
 * top level that holds an alternation. false when it may not be. */
static bool plan_split(const char *s, size_t len, split_plan *p)
{
	memset(p, 0, sizeof(*p));
	size_t body = 0, fe;
	if (len && s[0] == '(' && inline_flags(s, len, 0, &fe)) {
		if (memchr(s, 'x', fe))
			return false; /* extended: blanks and # mean otherwise */
		p->flags = (span){ 0, fe };
		body = fe;
	}
	bool flags_inside;
	if (!top_alts(s, body, len, p, &flags_inside) || flags_inside)
		return false;
	if (p->nalts > 1) {
		p->pre = p->post = (span){ body, body };
		return true;
	}
	/* one alternative: find its groups at depth 0 */
	int depth = 0;
	size_t gb = 0, ge = 0, ngroups = 0, open = 0;
	for (size_t i = body; i < len; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] == '[') {
			i = skip_class(s, len, i) - 1;
			continue;
		}
		if (s[i] == '(') {
			if (depth++ == 0) {
				gb = i;
				open = i + 1 < len && s[i + 1] == '?' ?
				       (i + 2 < len && s[i + 2] == ':' ? 3 : 0) : 1;
			}
		} else if (s[i] == ')' && --depth == 0) {
			if (!open)
				continue; /* lookaround, atomic, named: not split */
			split_plan q;
			if (!top_alts(s, gb + open, i, &q, &flags_inside) || flags_inside)
				return false;
			if (q.nalts > 1) {
				if (ngroups++)
					return false; /* two alternations: leave it whole */
				memcpy(p->alts, q.alts, q.nalts * sizeof(span));
				p->nalts = q.nalts;
				ge = i;
				p->pre = (span){ body, gb + open };
				p->post = (span){ ge, len };
			}
		}
	}
	if (ngroups != 1)
		return false;
	/* a quantified group (P(A|B)+S) repeats a choice: not split */
	if (ge + 1 < len && strchr("*+?{", s[ge + 1]))
		return false;
	return true;
}

/* the source of the part made of alternatives [from, to) */
static char *part_source(cst *c, const char *s, const split_plan *p, size_t from, size_t to,
			 size_t *outlen)
{
	size_t n = (p->flags.e - p->flags.b) + (p->pre.e - p->pre.b) + (p->post.e - p->post.b);
	for (size_t k = from; k < to; k++)
		n += p->alts[k].e - p->alts[k].b + 1;
	char *o = rl_alloc(c->rs->pool, n + 1);
	if (!o)
		return NULL;
	size_t w = 0;
#define PUT(sp) (memcpy(o + w, s + (sp).b, (sp).e - (sp).b), w += (sp).e - (sp).b)
	PUT(p->flags);
	PUT(p->pre);
	for (size_t k = from; k < to; k++) {
		if (k > from)
			o[w++] = '|';
		PUT(p->alts[k]);
	}
	PUT(p->post);
#undef PUT
	o[w] = '\0';
	*outlen = w;
	return o;
}

/* add the parts for alternatives [from, to): one regex when it keeps a
 * prefilter, else one per alternative. false when some alternative has
 * none (then splitting gains nothing) or on failure (c->b->oom told) */
static bool add_parts(cst *c, const char *s, const char *flags, const split_plan *p,
		      size_t from, size_t to, rl_vec *out)
{
	size_t n;
	char *src = part_source(c, s, p, from, to, &n);
	if (!src) {
		c->b->oom = true;
		return false;
	}
	rl_re *re = compile_re_quiet(c, src, n, flags);
	if (!re)
		return false;
	if (re->nlit) {
		if (rl_vec_push(out, re) < 0) {
			c->b->oom = true;
			return false;
		}
		return true;
	}
	if (to - from == 1)
		return false;
	for (size_t k = from; k < to; k++)
		if (!add_parts(c, s, flags, p, k, k + 1, out))
			return false;
	return true;
}

/* Drop the regexes compiled since rs->res[from] that are not among
 * keep[0..nkeep): a pattern split is compiled whole first (for its
 * errors), and a group without a prefilter is compiled before it is cut
 * smaller; only what evaluation runs stays in the rule set. */
static void forget_unused(cst *c, size_t from, void *const *keep, size_t nkeep)
{
	agate_ruleset *rs = c->rs;
	size_t w = from;
	for (size_t i = from; i < rs->nres; i++) {
		bool kept = false;
		for (size_t k = 0; k < nkeep && !kept; k++)
			kept = keep[k] == rs->res[i];
		if (kept)
			rs->res[w++] = rs->res[i];
		else
			pcre2_code_free(rs->res[i]->code);
	}
	rs->nres = w;
}

/* A pattern compiled before in this rule set (a list many rules read, a
 * regex written twice): its parts, shared, since nothing changes a
 * compiled regex after load. Each copy would hold its own code and JIT
 * code: the default pack compiles 2,831 regexes, 1,221 of them distinct
 * (9.2 MB of JIT code, 3.5 MB distinct). */
typedef struct re_seen {
	rl_re *res;
	uint32_t n;
} re_seen;

/* flags NUL pattern, the key of a compiled pattern; malloc'd (the caller
 * frees it, or hands it to the pool's copy when it is kept), NULL on
 * ENOMEM */
static char *seen_key(const char *src, size_t len, const char *flags, size_t *klen)
{
	size_t fl = flags ? strlen(flags) : 0;
	char *k = malloc(fl + 1 + len);
	if (!k)
		return NULL;
	if (fl)
		memcpy(k, flags, fl);
	k[fl] = '\0';
	memcpy(k + fl + 1, src, len);
	*klen = fl + 1 + len;
	return k;
}

static rl_re *compile_re_split_new(cst *c, const rl_node *at, const char *src, size_t len,
				   const char *flags, uint32_t *nparts);

rl_re *compile_re_split(cst *c, const rl_node *at, const char *src, size_t len,
			const char *flags, uint32_t *nparts)
{
	size_t klen = 0;
	char *key = seen_key(src, len, flags, &klen);
	if (!key) {
		c->b->oom = true;
		*nparts = 0;
		return NULL;
	}
	const re_seen *was = rl_map_get(&c->re_seen, key, klen);
	if (was) {
		free(key);
		*nparts = was->n;
		return was->res;
	}
	rl_re *res = compile_re_split_new(c, at, src, len, flags, nparts);
	/* the map borrows its keys: the kept one lives in the pool */
	char *kept = res ? rl_alloc(c->rs->pool, klen) : NULL;
	re_seen *now = kept ? rl_alloc(c->rs->pool, sizeof(*now)) : NULL;
	if (kept)
		memcpy(kept, key, klen);
	free(key);
	if (res && (!now || rl_map_put(&c->re_seen, kept, klen, now) < 0)) {
		c->b->oom = true; /* the load fails */
		return res;
	}
	if (now) {
		now->res = res;
		now->n = *nparts;
	}
	return res;
}

static rl_re *compile_re_split_new(cst *c, const rl_node *at, const char *src, size_t len,
				   const char *flags, uint32_t *nparts)
{
	*nparts = 0;
	size_t from = c->rs->nres;
	rl_re *whole = compile_re(c, at, src, len, flags);
	if (!whole)
		return NULL;
	*nparts = 1;
	if (whole->nlit || (flags && strchr(flags, 'x')))
		return whole;
	split_plan *p = malloc(sizeof(*p));
	if (!p) {
		c->b->oom = true;
		return whole;
	}
	rl_vec parts = { 0 };
	bool ok = plan_split(src, len, p);
	for (size_t k = 0; ok && k < p->nalts; k += SPLIT_CHUNK)
		ok = add_parts(c, src, flags, p, k,
			       k + SPLIT_CHUNK < p->nalts ? k + SPLIT_CHUNK : p->nalts, &parts);
	free(p);
	rl_re *res = NULL;
	if (ok && parts.len > 1 && (res = rl_alloc(c->rs->pool, parts.len * sizeof(*res)))) {
		for (size_t i = 0; i < parts.len; i++)
			res[i] = *(rl_re *)parts.items[i];
		*nparts = (uint32_t)parts.len;
		forget_unused(c, from, parts.items, parts.len);
	} else {
		void *keep = whole;
		forget_unused(c, from, &keep, 1);
	}
	rl_vec_free(&parts);
	return res ? res : whole;
}

/* eval.c - decide one action against a compiled rule set.
 *
 * Only the rules whose trigger matches the tool are visited: the exact
 * names come from the hash index, the glob/any rules from a short side
 * list, and both lists are merged in file order. Nothing here writes to
 * the rule set; every scratch byte (lower-cased strings, normalised paths,
 * parsed shell lines, PCRE2 match data, the explain trace) comes from the
 * caller's arena, so concurrent evaluations never share mutable state.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/lang/model.h"

struct rl_shcmd_cache {
	agate_value argv, operands, redirects;
	bool have_argv, have_operands, have_redirects;
	bool have_h;
	uint64_t h[3]; /* rl_hash of program, next_program, prev_program */
};

/* the name fields of a command, and their hashes (computed once) */
static const uint64_t *cmd_hashes(rl_shcmd_cache *cc, const agate_shell_cmd *cmd)
{
	if (!cc->have_h) {
		cc->h[0] = rl_hash(cmd->program.ptr ? cmd->program.ptr : "", cmd->program.len);
		cc->h[1] = cmd->next_program.ptr ? rl_hash(cmd->next_program.ptr, cmd->next_program.len) : 0;
		cc->h[2] = cmd->prev_program.ptr ? rl_hash(cmd->prev_program.ptr, cmd->prev_program.len) : 0;
		cc->have_h = true;
	}
	return cc->h;
}

void rl_ctx_init(rl_ctx *c, const agate_ruleset *rs, const agate_action *act,
		 const agate_eval_env *env, agate_arena *arena)
{
	memset(c, 0, sizeof(*c));
	c->rs = rs;
	c->act = act;
	c->arena = arena;
	if (env) {
		c->hist = env->history;
		c->id = env->identity;
		c->drift = env->drift;
	}
}

void rl_ctx_forget(rl_ctx *c)
{
	c->md = NULL;
	c->shell = NULL;
	c->memo_b = NULL;
	c->memo_v = NULL;
	c->memo_vd = NULL;
	memset(c->bgc, 0, sizeof(c->bgc));
	c->bgc_next = 0;
}

/* ---- values ------------------------------------------------------------- */

static void from_value(const agate_value *v, rl_val *o)
{
	memset(o, 0, sizeof(*o));
	if (!v)
		return;
	switch (v->type) {
	case AGATE_NIL: break;
	case AGATE_BOOL: o->kind = RV_BOOL; o->b = v->as.boolean; break;
	case AGATE_INT: o->kind = RV_NUM; o->n = (double)v->as.integer; break;
	case AGATE_FLOAT: o->kind = RV_NUM; o->n = v->as.real; break;
	case AGATE_STR:
	case AGATE_BIN: o->kind = RV_STR; o->s = v->as.str; break;
	case AGATE_ARRAY:
	case AGATE_MAP: o->kind = RV_TREE; o->t = v; break;
	}
}

static void set_str(rl_val *o, const char *s, size_t n)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_STR;
	o->s.ptr = s ? s : "";
	o->s.len = s ? n : 0;
}

static void set_cstr(rl_val *o, const char *s)
{
	set_str(o, s, s ? strlen(s) : 0);
}

static void set_num(rl_val *o, double d)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_NUM;
	o->n = d;
}

static void set_bool(rl_val *o, bool b)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_BOOL;
	o->b = b;
}

static bool truthy(const rl_ctx *c, const rl_val *v)
{
	switch (v->kind) {
	case RV_BOOL: return v->b;
	case RV_NUM: return v->n != 0 && !isnan(v->n);
	case RV_STR: return v->s.len > 0;
	case RV_TREE:
		return v->t->type == AGATE_ARRAY ? v->t->as.array.len > 0 : v->t->as.map.len > 0;
	case RV_IDTOOLS: return c->id && agate_identity_tool_count(c->id) > 0;
	default: return false;
	}
}

/* The integer part alone no longer fits the buffer (70-odd digits): the
 * number is plain if the rest is, and its magnitude is beyond any limit. */
static bool too_long_number(const char *buf, size_t o, const char *rest, size_t n,
			    double *out)
{
	bool neg = o && buf[0] == '-';
	for (size_t i = 0; i < n; i++) {
		char ch = rest[i];
		if (!(ch >= '0' && ch <= '9') && ch != ',' && ch != '.')
			return false; /* an exponent here is rare enough to refuse */
	}
	*out = neg ? -HUGE_VAL : HUGE_VAL;
	return true;
}

/* The one way agate reads a number from text, documented in docs/rules.md
 * ("Numbers"): blanks around it, an optional sign and currency sign ($, €,
 * £, ¥, either order), ASCII digits with optional thousands commas, an
 * optional fraction and an optional exponent. Nothing else: no `_`, no
 * hex, no `inf`/`nan`, no digits of other scripts. A plain number too
 * large for a double reads as an infinity of its sign: "1e400" is larger
 * than any limit, not unreadable. Returns false on anything else. */
bool rl_num_from_str(const char *s, size_t n, double *out)
{
	char buf[80];
	size_t i = 0, o = 0;
	bool digits = false, dot = false;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (int pass = 0; pass < 2; pass++) {
		if (i < n && (s[i] == '-' || s[i] == '+')) {
			if (o)
				return false;
			buf[o++] = s[i++];
		}
		if (i < n && s[i] == '$')
			i++;
		else if (n - i >= 3 && !memcmp(s + i, "\xe2\x82\xac", 3))
			i += 3;
		else if (n - i >= 2 && (!memcmp(s + i, "\xc2\xa3", 2) || !memcmp(s + i, "\xc2\xa5", 2)))
			i += 2;
		else
			break;
	}
	for (; i < n; i++) {
		char ch = s[i];
		if (ch >= '0' && ch <= '9') {
			digits = true;
		} else if (ch == ',' && digits && !dot) {
			continue; /* thousands separator */
		} else if (ch == '.' && !dot) {
			dot = true;
		} else if ((ch == 'e' || ch == 'E') && digits) {
			break;
		} else {
			return false;
		}
		if (o + 1 >= sizeof(buf))
			return too_long_number(buf, o, s + i, n - i, out);
		buf[o++] = ch;
	}
	if (!digits)
		return false;
	if (i < n) { /* exponent */
		if (o + 1 >= sizeof(buf))
			return false;
		buf[o++] = s[i++];
		if (i < n && (s[i] == '-' || s[i] == '+'))
			buf[o++] = s[i++];
		bool ed = false;
		for (; i < n; i++) {
			if (s[i] < '0' || s[i] > '9')
				return false;
			if (o + 1 >= sizeof(buf)) {
				/* an exponent of 70-odd digits: huge or tiny */
				continue;
			}
			buf[o++] = s[i];
			ed = true;
		}
		if (!ed)
			return false;
	}
	buf[o] = '\0';
	char *end = NULL;
	double d = strtod(buf, &end);
	if (!end || *end || isnan(d))
		return false;
	*out = d; /* ±HUGE_VAL on overflow: the honest order of magnitude */
	return true;
}

bool rl_val_num(const rl_val *v, double *out)
{
	if (v->kind == RV_NUM) {
		*out = v->n;
		return !isnan(v->n);
	}
	if (v->kind == RV_STR)
		return rl_num_from_str(v->s.ptr, v->s.len, out);
	return false;
}

/* text of a string or number operand for the string operators */
static bool as_text(const rl_val *v, char *buf, size_t cap, agate_str *out)
{
	if (v->kind == RV_STR) {
		*out = v->s;
		return true;
	}
	if (v->kind == RV_NUM) {
		int k;
		if (v->n == floor(v->n) && fabs(v->n) < 9e15)
			k = snprintf(buf, cap, "%lld", (long long)v->n);
		else
			k = snprintf(buf, cap, "%.17g", v->n);
		if (k < 0 || (size_t)k >= cap)
			return false;
		out->ptr = buf;
		out->len = (size_t)k;
		return true;
	}
	return false;
}

/* An ordering comparison reads both sides as numbers. A side that is nil
 * (the field is absent) makes it false: nothing says the value is large.
 * A side that is present but not a plain number (NaN, "inf", "50_000",
 * "0x10000", a list, a map, a bool, words) is an evaluation error, so the
 * rule fails closed: a value that may mean "large" is never read as "not
 * large". A rule that wants to tell them apart asks is_number(x). */
static int ordered_pair(rl_ctx *c, const rl_val *l, const rl_val *r, double *x,
			double *y, bool *defined)
{
	const rl_val *bad;
	char nb[48];
	agate_str t;

	*defined = false;
	if (l->kind == RV_NIL || r->kind == RV_NIL)
		return 0;
	if (rl_val_num(l, x) && rl_val_num(r, y)) {
		*defined = true;
		return 0;
	}
	bad = rl_val_num(l, x) ? r : l;
	if (bad->kind == RV_NUM)
		c->err = "a numeric comparison met NaN";
	else if (bad->kind == RV_STR && as_text(bad, nb, sizeof(nb), &t)) {
		size_t k = t.len > 40 ? 40 : t.len;
		while (k < t.len && k && ((unsigned char)t.ptr[k] & 0xC0u) == 0x80u)
			k--; /* cut on a character boundary */
		c->err = agate_arena_printf(c->arena, "a numeric comparison met '%.*s%s', "
					    "which is not a plain number",
					    (int)k, t.ptr, k < t.len ? "..." : "");
	}
	else
		c->err = "a numeric comparison met a list, a map or a boolean";
	if (!c->err)
		return -ENOMEM;
	return -EINVAL;
}

static bool bytes_eq(agate_str a, agate_str b, bool ci)
{
	if (a.len != b.len)
		return false;
	if (!ci)
		return a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0;
	for (size_t i = 0; i < a.len; i++)
		if (lc((unsigned char)a.ptr[i]) != lc((unsigned char)b.ptr[i]))
			return false;
	return true;
}

/* lit in s (glibc's memmem is slow on the short needles used here) */
static bool find_cs(const char *s, size_t n, const char *lit, size_t ll)
{
	if (ll > n)
		return false;
	const char *end = s + n - ll + 1, *q = s;
	while (q < end && (q = memchr(q, lit[0], (size_t)(end - q)))) {
		if (!memcmp(q + 1, lit + 1, ll - 1))
			return true;
		q++;
	}
	return false;
}

static bool find_sub(agate_str hay, agate_str needle, bool ci)
{
	if (needle.len == 0)
		return true;
	if (needle.len > hay.len)
		return false;
	if (!ci)
		return find_cs(hay.ptr, hay.len, needle.ptr, needle.len);
	int first = lc((unsigned char)needle.ptr[0]);
	for (size_t i = 0; i + needle.len <= hay.len; i++) {
		if (lc((unsigned char)hay.ptr[i]) != first)
			continue;
		size_t k = 1;
		while (k < needle.len &&
		       lc((unsigned char)hay.ptr[i + k]) == lc((unsigned char)needle.ptr[k]))
			k++;
		if (k == needle.len)
			return true;
	}
	return false;
}

static bool has_prefix(agate_str s, agate_str p, bool ci)
{
	return p.len <= s.len && bytes_eq((agate_str){ s.ptr, p.len }, p, ci);
}

static bool has_suffix(agate_str s, agate_str p, bool ci)
{
	return p.len <= s.len && bytes_eq((agate_str){ s.ptr + s.len - p.len, p.len }, p, ci);
}

static bool val_eq(const rl_val *a, const rl_val *b, bool ci)
{
	double x, y;
	if (a->kind == RV_NUM || b->kind == RV_NUM) {
		if (a->kind == RV_BOOL || b->kind == RV_BOOL)
			return false;
		return rl_val_num(a, &x) && rl_val_num(b, &y) && x == y;
	}
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case RV_NIL: return true;
	case RV_BOOL: return a->b == b->b;
	case RV_STR: return bytes_eq(a->s, b->s, ci);
	case RV_TREE: return agate_value_equal(a->t, b->t);
	default: return false;
	}
}

/* ---- regexes ---------------------------------------------------------------- */

static void *arena_malloc(PCRE2_SIZE n, void *data)
{
	return agate_arena_alloc(data, n);
}

static void arena_nofree(void *p, void *data)
{
	(void)p;
	(void)data; /* the arena is reset by its owner */
}

/* lit (lower-cased) in s, ignoring ASCII case */
static bool find_ci_lower(const char *s, size_t n, const char *lit, size_t ll)
{
	if (ll > n)
		return false;
	unsigned char f = (unsigned char)lit[0];
	bool alpha = f >= 'a' && f <= 'z';
	for (size_t i = 0; i + ll <= n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if ((alpha ? (ch | 0x20) : ch) != f)
			continue;
		size_t k = 1;
		while (k < ll && lc((unsigned char)s[i + k]) == (unsigned char)lit[k])
			k++;
		if (k == ll)
			return true;
	}
	return false;
}

/* bigrams of the lower-cased subject, kept for the few last subjects: a
 * line is asked about by many regexes in a row */
static const uint64_t *subject_bigrams(rl_ctx *c, const char *p, size_t n, bool keep,
				       uint64_t tmp[4])
{
	for (unsigned i = 0; keep && i < 4; i++)
		if (c->bgc[i].p == p && c->bgc[i].len == n)
			return c->bgc[i].bg;
	uint64_t *bg = tmp;
	if (keep) {
		struct rl_bgcache *e = &c->bgc[c->bgc_next++ & 3];
		e->p = p;
		e->len = n;
		bg = e->bg;
	}
	memset(bg, 0, 4 * sizeof(uint64_t));
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned h = ((unsigned)lc((unsigned char)p[i]) * 31u +
			      (unsigned)lc((unsigned char)p[i + 1])) & 255u;
		bg[h >> 6] |= 1ull << (h & 63);
	}
	return bg;
}

/* the prefilter: can s (whose bigrams are sb) match re at all? */
static inline bool re_may_match(const rl_re *re, agate_str s, const uint64_t *sb)
{
	if (!((re->rep[0] & sb[0]) | (re->rep[1] & sb[1]) | (re->rep[2] & sb[2]) |
	      (re->rep[3] & sb[3])))
		return false; /* not one literal's telling bigram */
	for (unsigned i = 0; i < re->nlit; i++) {
		const uint64_t *lb = re->lit_bg[i];
		if ((lb[0] & ~sb[0]) | (lb[1] & ~sb[1]) | (lb[2] & ~sb[2]) | (lb[3] & ~sb[3]))
			continue; /* some bigram of the literal is missing */
		size_t ll = re->lit_len[i];
		if (re->lit_ci ? find_ci_lower(s.ptr, s.len, re->lit[i], ll)
			       : find_cs(s.ptr, s.len, re->lit[i], ll))
			return true;
	}
	return false;
}

/* run the regex itself */
static int re_match(rl_ctx *c, const rl_re *re, agate_str s, bool *hit)
{
	if (!c->md) {
		pcre2_general_context *g =
			pcre2_general_context_create(arena_malloc, arena_nofree, c->arena);
		if (!g)
			return -ENOMEM;
		c->md = pcre2_match_data_create(1, g);
		if (!c->md)
			return -ENOMEM;
	}
	PCRE2_SPTR subj = (PCRE2_SPTR)(s.ptr ? s.ptr : "");
	int rc = re->jit ? pcre2_jit_match(re->code, subj, s.len, 0, 0, c->md, c->rs->mctx)
			 : pcre2_match(re->code, subj, s.len, 0, 0, c->md, c->rs->mctx);
	if (rc >= 0) {
		*hit = true;
		return 0;
	}
	if (rc == PCRE2_ERROR_NOMATCH) {
		*hit = false;
		return 0;
	}
	if (rc == PCRE2_ERROR_NOMEMORY)
		return -ENOMEM;
	PCRE2_UCHAR msg[120];
	pcre2_get_error_message(rc, msg, sizeof(msg));
	c->err = agate_arena_printf(c->arena, "regex match failed: %s", (const char *)msg);
	if (!c->err)
		return -ENOMEM;
	return -EINVAL;
}

/* ---- fields ----------------------------------------------------------------- */

static const agate_shell_cmd *cur_cmd(const rl_ctx *c)
{
	return c->scope && c->scope->i < c->scope->n ? &c->scope->cmds[c->scope->i] : NULL;
}

static bool looks_like_path(agate_str s)
{
	if (!s.len)
		return false;
	return memchr(s.ptr, '/', s.len) || s.ptr[0] == '.' || s.ptr[0] == '~' ||
	       s.ptr[0] == '*';
}

static int cmd_list(rl_ctx *c, int which, rl_val *o)
{
	const agate_shell_cmd *cmd = cur_cmd(c);
	rl_shcmd_cache *cc = c->scope->cc ? &c->scope->cc[c->scope->i] : NULL;
	agate_value *slot = NULL;
	bool *have = NULL;
	if (cc) {
		slot = which == F_ARGV ? &cc->argv :
		       which == F_OPERANDS ? &cc->operands : &cc->redirects;
		have = which == F_ARGV ? &cc->have_argv :
		       which == F_OPERANDS ? &cc->have_operands : &cc->have_redirects;
		if (*have) {
			memset(o, 0, sizeof(*o));
			o->kind = RV_TREE;
			o->t = slot;
			return 0;
		}
	}
	size_t cap = which == F_REDIRECTS ? cmd->nredirects : cmd->argc;
	agate_value *items = cap ? agate_arena_alloc(c->arena, cap * sizeof(*items)) : NULL;
	agate_value *arr = slot ? slot : agate_arena_alloc(c->arena, sizeof(*arr));
	if ((cap && !items) || !arr)
		return -ENOMEM;
	uint32_t k = 0;
	for (size_t i = 0; i < cap; i++) {
		agate_str s;
		if (which == F_REDIRECTS) {
			s = cmd->redirects[i];
		} else {
			s = cmd->argv[i];
			if (which == F_OPERANDS) {
				if (!agate_shell_is_operand(cmd, i))
					continue;
				/* `cd /etc && rm -rf x` removes /etc/x */
				if (looks_like_path(s) || cmd->cwd) {
					char *np = agate_path_normalize(c->arena, s.ptr, s.len, cmd->cwd);
					if (!np)
						return -ENOMEM;
					s.ptr = np;
					s.len = strlen(np);
				}
			}
		}
		items[k].type = AGATE_STR;
		items[k].as.str = s;
		k++;
	}
	arr->type = AGATE_ARRAY;
	arr->as.array.items = items;
	arr->as.array.len = k;
	if (have)
		*have = true;
	memset(o, 0, sizeof(*o));
	o->kind = RV_TREE;
	o->t = arr;
	return 0;
}

static int get_field(rl_ctx *c, const rl_node *n, rl_val *o)
{
	const agate_action *a = c->act;
	const agate_drift_result *d = c->drift;
	memset(o, 0, sizeof(*o));
	switch (n->sub) {
	case F_TOOL: set_str(o, a->tool.ptr, a->tool.len); return 0;
	case F_TEXT:
		if (a->text.ptr)
			set_str(o, a->text.ptr, a->text.len);
		return 0;
	case F_AGENT:
		if (a->agent.len)
			set_str(o, a->agent.ptr, a->agent.len);
		else if (c->id)
			set_cstr(o, agate_identity_agent(c->id));
		else
			set_str(o, "", 0);
		return 0;
	case F_SESSION: set_str(o, a->session.ptr, a->session.len); return 0;
	case F_ARGS:
	case F_CONTEXT: {
		const agate_value *root = n->sub == F_ARGS ? a->args : a->context;
		if (!root)
			return 0;
		if (n->u.name.len)
			root = agate_value_path(root, n->u.name.s, n->u.name.len);
		from_value(root, o);
		return 0;
	}
	case F_ROLE: set_cstr(o, c->id ? agate_identity_role(c->id) : ""); return 0;
	case F_PURPOSE: set_cstr(o, c->id ? agate_identity_purpose(c->id) : ""); return 0;
	case F_TOOLS: o->kind = RV_IDTOOLS; return 0;
	case F_UID: set_num(o, a->peer_uid); return 0;
	case F_DRIFT_SCORE: set_num(o, d ? d->drift : 0); return 0;
	case F_DRIFT_SESSION: set_num(o, d ? d->session_drift : 0); return 0;
	case F_DRIFT_RESONANCE: set_num(o, d ? d->resonance : 0); return 0;
	case F_DRIFT_PROVENANCE: set_num(o, d ? d->provenance : 0); return 0;
	case F_DRIFT_AXES_MAX: set_num(o, d ? d->axes_max : 0); return 0;
	case F_DRIFT_VETO: set_bool(o, d && d->veto); return 0;
	case F_DRIFT_HARD: set_bool(o, d && d->hard_veto); return 0;
	case F_DRIFT_AXIS:
		if (d && d->top_axis)
			set_cstr(o, d->top_axis);
		return 0;
	case F_DRIFT_VOTES: {
		unsigned v = 0;
		for (unsigned i = 0; d && i < d->nvotes && i < AGATE_DRIFT_MAX_VOTES; i++)
			v += d->votes[i].block;
		set_num(o, v);
		return 0;
	}
	case F_PREV_TOOL:
	case F_PREV_VERDICT: {
		agate_str t;
		agate_verdict_kind v;
		if (c->hist && rl_hist_prev(c->hist, &t, &v)) {
			if (n->sub == F_PREV_TOOL)
				set_str(o, t.ptr, t.len);
			else
				set_cstr(o, agate_verdict_name(v));
		}
		return 0;
	}
	default:
		break;
	}
	const agate_shell_cmd *cmd = cur_cmd(c);
	if (!cmd) {
		if (n->sub == F_PIPED_TO || n->sub == F_PIPED_FROM || n->sub == F_SUDO)
			set_bool(o, false);
		return 0; /* a command field outside cmd{}: nil */
	}
	switch (n->sub) {
	case F_PROGRAM: set_str(o, cmd->program.ptr, cmd->program.len); return 0;
	case F_PATH: set_str(o, cmd->path.ptr, cmd->path.len); return 0;
	case F_CWD:
		if (cmd->cwd)
			set_cstr(o, cmd->cwd);
		return 0;
	case F_REDIRECT:
		if (cmd->redirect_out.ptr)
			set_str(o, cmd->redirect_out.ptr, cmd->redirect_out.len);
		return 0;
	case F_REDIRECT_IN:
		if (cmd->redirect_in.ptr)
			set_str(o, cmd->redirect_in.ptr, cmd->redirect_in.len);
		return 0;
	case F_PIPED_TO: set_bool(o, cmd->piped_to); return 0;
	case F_PIPED_FROM: set_bool(o, cmd->piped_from); return 0;
	case F_SUDO: set_bool(o, cmd->sudo); return 0;
	case F_NEXT_PROGRAM:
		if (cmd->next_program.ptr)
			set_str(o, cmd->next_program.ptr, cmd->next_program.len);
		return 0;
	case F_PREV_PROGRAM:
		if (cmd->prev_program.ptr)
			set_str(o, cmd->prev_program.ptr, cmd->prev_program.len);
		return 0;
	case F_ARGV:
	case F_OPERANDS:
	case F_REDIRECTS:
		return cmd_list(c, n->sub, o);
	}
	return 0;
}

/* ---- trace --------------------------------------------------------------------- */

static void trace_cmp(rl_ctx *c, const rl_node *n, const rl_val *lhs, bool res)
{
	rl_sbuf *t = c->trace;
	if (!t || t->overflow)
		return;
	rl_sb_puts(t, "    ");
	rl_print_node(t, n, false, 0);
	rl_sb_puts(t, res ? " -> true" : " -> false");
	if (lhs && n->a && n->a->kind != N_LIT) {
		rl_sb_puts(t, " [");
		rl_print_node(t, n->a, false, 0);
		rl_sb_puts(t, " = ");
		rl_print_val(t, lhs, 60);
		rl_sb_puts(t, "]");
	}
	rl_sb_puts(t, "\n");
}

/* ---- evaluation ---------------------------------------------------------------- */

/* s in a case-sensitive set, its rl_hash already known */
static bool set_has_hashed(const rl_strset *st, agate_str s, uint64_t h)
{
	for (uint32_t j = (uint32_t)h & (st->cap - 1); st->slot[j]; j = (j + 1) & (st->cap - 1)) {
		if (st->hash[j] != h)
			continue;
		const agate_value *e = &st->arr->as.array.items[st->slot[j] - 1];
		if (bytes_eq(s, e->as.str, false))
			return true;
	}
	return false;
}

static bool set_has(const rl_strset *st, const rl_val *l, bool ci)
{
	if (l->kind == RV_STR) {
		uint64_t h = ci ? rl_hash_lower(l->s.ptr, l->s.len) : rl_hash(l->s.ptr, l->s.len);
		for (uint32_t j = (uint32_t)h & (st->cap - 1); st->slot[j]; j = (j + 1) & (st->cap - 1)) {
			if (st->hash[j] != h)
				continue;
			const agate_value *e = &st->arr->as.array.items[st->slot[j] - 1];
			if (bytes_eq(l->s, e->as.str, ci))
				return true;
		}
		if (!st->has_other)
			return false;
	}
	/* numbers, or a string against the list's numbers: compare one by one */
	for (uint32_t i = 0; i < st->arr->as.array.len; i++) {
		const agate_value *e = &st->arr->as.array.items[i];
		if (l->kind == RV_STR && e->type == AGATE_STR)
			continue;
		rl_val ev;
		from_value(e, &ev);
		if (val_eq(l, &ev, ci))
			return true;
	}
	return false;
}

static int cmp_one(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res);

/* r is a list: does l compare true with some element? */
static int cmp_any_rhs(rl_ctx *c, const rl_node *n, const rl_val *l, const agate_value *arr,
		       bool *res)
{
	*res = false;
	for (uint32_t i = 0; i < arr->as.array.len; i++) {
		rl_val e;
		from_value(&arr->as.array.items[i], &e);
		if (e.kind == RV_TREE)
			continue;
		int rc = cmp_one(c, n, l, &e, res);
		if (rc < 0 || *res)
			return rc;
	}
	return 0;
}

static int under(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	char nb[48];
	agate_str ls;
	*res = false;
	if (!as_text(l, nb, sizeof(nb), &ls) || ls.len == 0)
		return 0;
	char *lp = agate_path_normalize(c->arena, ls.ptr, ls.len, NULL);
	if (!lp)
		return -ENOMEM;
	const agate_value *arr = NULL;
	rl_val one = *r;
	uint32_t cnt = 1;
	if (r->kind == RV_TREE) {
		if (r->t->type != AGATE_ARRAY)
			return 0;
		arr = r->t;
		cnt = arr->as.array.len;
	}
	for (uint32_t i = 0; i < cnt; i++) {
		if (arr)
			from_value(&arr->as.array.items[i], &one);
		if (one.kind != RV_STR || one.s.len == 0)
			continue;
		const char *dir = one.s.ptr;
		/* literals were normalised (and NUL-terminated) at load */
		if (!n->b || n->b->kind != N_LIT) {
			dir = agate_path_normalize(c->arena, one.s.ptr, one.s.len, NULL);
			if (!dir)
				return -ENOMEM;
		}
		if (agate_path_under(lp, dir)) {
			*res = true;
			return 0;
		}
	}
	return 0;
}

static int cmp_one(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	char b1[48], b2[48];
	agate_str ls, rs;
	double x, y;
	bool ci = n->ci;
	*res = false;
	switch (n->op) {
	case OP_EQ:
		*res = val_eq(l, r, ci);
		return 0;
	case OP_NE:
		*res = !val_eq(l, r, ci);
		return 0;
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE:
	{
		bool defined;
		int rc = ordered_pair(c, l, r, &x, &y, &defined);
		if (rc < 0 || !defined)
			return rc;
	}
		*res = n->op == OP_LT ? x < y : n->op == OP_LE ? x <= y :
		       n->op == OP_GT ? x > y : x >= y;
		return 0;
	case OP_IN:
		if (n->u.set && r->kind == RV_TREE && r->t == n->u.set->arr) {
			*res = set_has(n->u.set, l, ci);
			return 0;
		}
		switch (r->kind) {
		case RV_TREE:
			if (r->t->type == AGATE_ARRAY) {
				for (uint32_t i = 0; i < r->t->as.array.len; i++) {
					rl_val e;
					from_value(&r->t->as.array.items[i], &e);
					if (val_eq(l, &e, ci)) {
						*res = true;
						return 0;
					}
				}
			} else if (l->kind == RV_STR) {
				*res = agate_value_get(r->t, l->s.ptr, l->s.len) != NULL;
			}
			return 0;
		case RV_STR:
			if (as_text(l, b1, sizeof(b1), &ls))
				*res = find_sub(r->s, ls, ci);
			return 0;
		case RV_IDTOOLS:
			*res = l->kind == RV_STR && c->id &&
			       agate_identity_declares_tool(c->id, l->s.ptr, l->s.len);
			return 0;
		default:
			return 0;
		}
	case OP_CONTAINS:
	case OP_ICONTAINS:
		ci = ci || n->op == OP_ICONTAINS;
		if (l->kind == RV_TREE) {
			if (l->t->type == AGATE_MAP) {
				if (r->kind == RV_STR)
					*res = agate_value_get(l->t, r->s.ptr, r->s.len) != NULL;
				return 0;
			}
			if (r->kind == RV_TREE && r->t->type == AGATE_ARRAY)
				return cmp_any_rhs(c, n, l, r->t, res);
			for (uint32_t i = 0; i < l->t->as.array.len; i++) {
				rl_val e;
				from_value(&l->t->as.array.items[i], &e);
				if (val_eq(&e, r, ci)) {
					*res = true;
					return 0;
				}
			}
			return 0;
		}
		if (l->kind == RV_IDTOOLS) {
			*res = r->kind == RV_STR && c->id &&
			       agate_identity_declares_tool(c->id, r->s.ptr, r->s.len);
			return 0;
		}
		if (r->kind == RV_TREE)
			return r->t->type == AGATE_ARRAY ? cmp_any_rhs(c, n, l, r->t, res) : 0;
		if (as_text(l, b1, sizeof(b1), &ls) && as_text(r, b2, sizeof(b2), &rs))
			*res = find_sub(ls, rs, ci);
		return 0;
	case OP_STARTS:
	case OP_ENDS:
	case OP_GLOB:
		if (r->kind == RV_TREE)
			return r->t->type == AGATE_ARRAY ? cmp_any_rhs(c, n, l, r->t, res) : 0;
		if (!as_text(l, b1, sizeof(b1), &ls) || !as_text(r, b2, sizeof(b2), &rs))
			return 0;
		if (n->op == OP_STARTS)
			*res = has_prefix(ls, rs, ci);
		else if (n->op == OP_ENDS)
			*res = has_suffix(ls, rs, ci);
		else
			*res = glob_match(rs.ptr, rs.len, ls.ptr, ls.len, ci);
		return 0;
	case OP_UNDER:
		return under(c, n, l, r, res);
	default:
		return 0;
	}
}

static int match_re(rl_ctx *c, const rl_node *n, const rl_val *l, bool *res)
{
	char b1[48];
	agate_str ls;
	*res = false;
	if (!as_text(l, b1, sizeof(b1), &ls))
		return 0;
	if (!ls.ptr)
		ls.ptr = "";
	const rl_node *r = n->b;
	uint64_t tmp[4];
	const uint64_t *sb = NULL;
	if (r->u.re.rep) {
		const uint64_t *rp = r->u.re.rep;
		sb = subject_bigrams(c, ls.ptr, ls.len, ls.ptr != b1, tmp);
		if (!((rp[0] & sb[0]) | (rp[1] & sb[1]) | (rp[2] & sb[2]) | (rp[3] & sb[3])))
			return 0; /* no alternative's literal can be there */
	}
	for (uint32_t i = 0; i < r->u.re.n; i++) {
		const rl_re *re = &r->u.re.res[i];
		if (re->nlit) {
			/* a number's text is on this stack: never kept by address */
			if (!sb)
				sb = subject_bigrams(c, ls.ptr, ls.len, ls.ptr != b1, tmp);
			if (!re_may_match(re, ls, sb))
				continue;
		}
		int rc = re_match(c, re, ls, res);
		if (rc < 0 || *res)
			return rc;
	}
	return 0;
}

static int cmp_leaf(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res)
{
	int rc;
	if (n->op == OP_NONE)
		*res = truthy(c, l), rc = 0;
	else if (n->op == OP_MATCHES)
		rc = match_re(c, n, l, res);
	else
		rc = cmp_one(c, n, l, r, res);
	if (rc == 0 && n->neg)
		*res = !*res;
	return rc;
}

/* any/all over every scalar leaf of a tree, recursively */
static int walk(rl_ctx *c, const rl_node *n, const agate_value *v, const rl_val *r,
		int depth, bool *res)
{
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for any/all";
		return -EINVAL;
	}
	bool want_any = n->quant == Q_ANY;
	if (v->type == AGATE_ARRAY || v->type == AGATE_MAP) {
		uint32_t len = v->type == AGATE_ARRAY ? v->as.array.len : v->as.map.len;
		for (uint32_t i = 0; i < len; i++) {
			const agate_value *e = v->type == AGATE_ARRAY ? &v->as.array.items[i] :
					       &v->as.map.items[i].value;
			int rc = walk(c, n, e, r, depth + 1, res);
			if (rc < 0)
				return rc;
			if (*res == want_any)
				return 0;
		}
		*res = !want_any;
		return 0;
	}
	rl_val l;
	from_value(v, &l);
	return cmp_leaf(c, n, &l, r, res);
}

/* the shapes of enum rl_fast, with the answers of the general path: a
 * missing field is nil, which equals no string and is in no list */
static bool eval_fast(const rl_ctx *c, const rl_node *n)
{
	const agate_shell_cmd *cmd = cur_cmd(c);
	agate_str f = { NULL, 0 };
	if (cmd)
		f = n->a->sub == F_PROGRAM ? cmd->program :
		    n->a->sub == F_NEXT_PROGRAM ? cmd->next_program : cmd->prev_program;
	if (n->a->sub == F_PROGRAM && cmd && !f.ptr)
		f.ptr = ""; /* program is always a string inside cmd{} */
	if (n->fast == FAST_IN) {
		if (!f.ptr)
			return false;
		if (!n->u.set->ci && !n->u.set->has_other && c->scope->cc) {
			const uint64_t *h = cmd_hashes(&c->scope->cc[c->scope->i], cmd);
			return set_has_hashed(n->u.set, f,
					      h[n->a->sub == F_PROGRAM ? 0 : n->a->sub == F_NEXT_PROGRAM ? 1 : 2]);
		}
		rl_val l;
		set_str(&l, f.ptr, f.len);
		return set_has(n->u.set, &l, false);
	}
	agate_str lit = n->b->u.lit.v.s;
	bool eq = f.ptr && f.len == lit.len && (!lit.len || !memcmp(f.ptr, lit.ptr, lit.len));
	return n->fast == FAST_EQ ? eq : !eq;
}

static int eval_cmp(rl_ctx *c, const rl_node *n, bool *out)
{
	if (n->fast && !c->trace) {
		*out = eval_fast(c, n);
		return 0;
	}
	rl_val l, r;
	memset(&r, 0, sizeof(r));
	int rc = rl_eval_val(c, n->a, &l);
	if (rc < 0)
		return rc;
	if (n->op != OP_NONE && n->op != OP_MATCHES) {
		rc = rl_eval_val(c, n->b, &r);
		if (rc < 0)
			return rc;
	}
	if (n->quant != Q_NONE && l.kind == RV_TREE) {
		rc = walk(c, n, l.t, &r, 0, out);
	} else if (n->quant == Q_ALL && l.kind == RV_NIL) {
		*out = true; /* every element of nothing */
		rc = 0;
	} else if (n->quant == Q_ANY && l.kind == RV_NIL) {
		*out = false;
		rc = 0;
	} else {
		rc = cmp_leaf(c, n, &l, &r, out);
	}
	if (rc == 0 && c->trace)
		trace_cmp(c, n, &l, *out);
	return rc;
}

static int shell_parse(rl_ctx *c, const rl_node *n, rl_scope *sc)
{
	rl_val v;
	char nb[48];
	agate_str s;
	memset(sc, 0, sizeof(*sc));
	int rc = rl_eval_val(c, n->a, &v);
	if (rc < 0)
		return rc;
	if (!as_text(&v, nb, sizeof(nb), &s) || s.len == 0)
		return 0; /* nothing to run: no command satisfies anything */
	if (s.ptr == nb) {
		char *cp = agate_arena_strndup(c->arena, s.ptr, s.len);
		if (!cp)
			return -ENOMEM;
		s.ptr = cp;
	}
	const agate_shell_cmd *cmds = NULL;
	size_t nc = 0;
	rc = agate_shell_parse(s.ptr, s.len, c->arena, RL_MAX_SHELL_CMDS, &cmds, &nc);
	if (rc == -ENOMEM)
		return rc;
	if (rc < 0) {
		c->err = rc == -E2BIG ? "shell command line too long, too deep, with too many "
					"commands or past the parse budget"
				      : "shell command line could not be parsed";
		return -EINVAL;
	}
	sc->cmds = cmds;
	sc->n = nc;
	sc->line = s.ptr;
	sc->line_len = s.len;
	if (nc) {
		sc->cc = agate_arena_zalloc(c->arena, nc * sizeof(*sc->cc));
		if (!sc->cc)
			return -ENOMEM;
	}
	return 0;
}

/* gate sets hold strings only (compile.c), compared case-sensitively */
static bool in_strset(const rl_strset *st, agate_str s, uint64_t h)
{
	return st && s.ptr && set_has_hashed(st, s, h);
}

static bool gate_admits(const rl_gate *g, const agate_shell_cmd *cmd, rl_shcmd_cache *cc)
{
	if ((g->redir_out && cmd->redirect_out.ptr) || (g->redir_in && cmd->redirect_in.ptr))
		return true;
	agate_str prog = cmd->program;
	if (!prog.ptr)
		prog.ptr = "";
	uint64_t tmp[3];
	const uint64_t *h = cc ? cmd_hashes(cc, cmd) : tmp;
	if (!cc) {
		tmp[0] = rl_hash(prog.ptr, prog.len);
		tmp[1] = cmd->next_program.ptr ? rl_hash(cmd->next_program.ptr, cmd->next_program.len) : 0;
		tmp[2] = cmd->prev_program.ptr ? rl_hash(cmd->prev_program.ptr, cmd->prev_program.len) : 0;
	}
	if (in_strset(g->prog, prog, h[0]) || in_strset(g->next, cmd->next_program, h[1]) ||
	    in_strset(g->prev, cmd->prev_program, h[2]))
		return true;
	for (unsigned k = 0; k < g->nfre; k++) {
		/* could the regex match? (its literal prefilter, nothing more) */
		const rl_node *re = g->fre[k]->b;
		agate_str f = g->fre[k]->a->sub == F_PROGRAM ? prog : cmd->path;
		if (!f.ptr)
			f.ptr = "";
		uint64_t sb[4] = { 0, 0, 0, 0 };
		for (size_t i = 0; i + 1 < f.len; i++) {
			unsigned bh = ((unsigned)lc((unsigned char)f.ptr[i]) * 31u +
				       (unsigned)lc((unsigned char)f.ptr[i + 1])) & 255u;
			sb[bh >> 6] |= 1ull << (bh & 63);
		}
		const uint64_t *rp = re->u.re.rep;
		if (!((rp[0] & sb[0]) | (rp[1] & sb[1]) | (rp[2] & sb[2]) | (rp[3] & sb[3])))
			continue;
		for (uint32_t i = 0; i < re->u.re.n; i++)
			if (re_may_match(&re->u.re.res[i], f, sb))
				return true;
	}
	return false;
}

/* the parse of n's operand, shared by every cmd{} over it (0, -ENOMEM) */
static int cmd_slot(rl_ctx *c, const rl_node *n, rl_shslot **out)
{
	if (!c->shell) {
		c->shell = agate_arena_zalloc(c->arena, c->rs->ncmd * sizeof(*c->shell));
		if (!c->shell)
			return -ENOMEM;
	}
	rl_shslot *sl = &c->shell[n->u.cmd_slot];
	if (!sl->done) {
		sl->err = shell_parse(c, n, &sl->scope);
		if (sl->err == -ENOMEM)
			return sl->err;
		sl->done = true;
		if (sl->err < 0) {
			sl->scope.n = 0;
			sl->msg = c->err;
		}
	}
	*out = sl;
	return 0;
}

/* A rule whose first check starts with the gated cmd{} test n: can it
 * match at all? 0 when no command of the line passes the gate (then the
 * test is false without error, and so is the check), 1 otherwise (also
 * when the line could not be parsed: the check then fails as it must),
 * -ENOMEM. */
static int rule_may_match(rl_ctx *c, const rl_node *n)
{
	if (n->u.cmd_slot >= c->rs->ncmd)
		return 1;
	rl_shslot *sl;
	int rc = cmd_slot(c, n, &sl);
	if (rc < 0)
		return rc;
	if (sl->err < 0)
		return 1;
	for (size_t i = 0; i < sl->scope.n; i++)
		if (gate_admits(n->gate, &sl->scope.cmds[i], sl->scope.cc ? &sl->scope.cc[i] : NULL))
			return 1;
	return 0;
}

/* 0 when n is surely false without error (so a rule whose first check it
 * is cannot match), 1 when it may hold, -ENOMEM. Mirrors the evaluation
 * order: the left of `and`; `or` only when both sides are refuted. */
static int may_hold(rl_ctx *c, const rl_node *n, int depth)
{
	int rc;
	if (depth > RL_MAX_DEPTH * 2)
		return 1;
	switch (n->kind) {
	case N_AND:
		return may_hold(c, n->a, depth + 1);
	case N_OR:
		if ((rc = may_hold(c, n->a, depth + 1)) != 0)
			return rc;
		return may_hold(c, n->b, depth + 1);
	case N_PRED:
		return may_hold(c, n->u.pred->body, depth + 1);
	case N_CMD:
		return n->gate && n->u.cmd_slot != RL_NO_SLOT ? rule_may_match(c, n) : 1;
	case N_CMP: {
		if (!rl_precheck_regex(n))
			return 1;
		rl_val v;
		char nb[48];
		agate_str ls;
		if ((rc = rl_eval_val(c, n->a, &v)) < 0)
			return rc == -ENOMEM ? rc : 1;
		if (!as_text(&v, nb, sizeof(nb), &ls))
			return 0; /* matches is false on a non-text */
		if (!ls.ptr)
			ls.ptr = "";
		uint64_t tmp[4];
		const uint64_t *sb = subject_bigrams(c, ls.ptr, ls.len, ls.ptr != nb, tmp);
		const uint64_t *rp = n->b->u.re.rep;
		if (!((rp[0] & sb[0]) | (rp[1] & sb[1]) | (rp[2] & sb[2]) | (rp[3] & sb[3])))
			return 0;
		for (uint32_t i = 0; i < n->b->u.re.n; i++)
			if (re_may_match(&n->b->u.re.res[i], ls, sb))
				return 1;
		return 0;
	}
	default:
		return 1;
	}
}

static int eval_cmd(rl_ctx *c, const rl_node *n, bool *out)
{
	rl_scope local;
	int rc;
	*out = false;
	if (n->u.cmd_slot != RL_NO_SLOT && n->u.cmd_slot < c->rs->ncmd) {
		rl_shslot *sl;
		if ((rc = cmd_slot(c, n, &sl)) < 0)
			return rc;
		if (sl->err < 0) {
			/* the parse may have failed under an earlier rule:
			 * its reason is kept with the slot */
			c->err = c->err ? c->err : sl->msg ? sl->msg :
				 "shell command line could not be parsed";
			return sl->err;
		}
		local = sl->scope;
	} else {
		rc = shell_parse(c, n, &local);
		if (rc < 0)
			return rc;
	}
	rl_scope *saved = c->scope;
	rc = 0;
	/* the gate skips commands whose program the body cannot accept (not
	 * while explaining, so the trace shows every test) */
	const rl_gate *gate = c->trace ? NULL : n->gate;
	for (size_t i = 0; i < local.n; i++) {
		if (gate && !gate_admits(gate, &local.cmds[i], local.cc ? &local.cc[i] : NULL))
			continue;
		local.i = i;
		c->scope = &local;
		rc = rl_eval_bool(c, n->b, out);
		if (rc < 0 || *out)
			break;
	}
	c->scope = saved;
	if (rc == 0 && c->trace && !c->trace->overflow) {
		rl_sb_puts(c->trace, "    cmd(");
		rl_print_node(c->trace, n->a, false, 0);
		rl_sb_printf(c->trace, ") { ... } -> %s (%zu command%s)\n",
			     *out ? "true" : "false", local.n, local.n == 1 ? "" : "s");
	}
	return rc;
}

static int64_t since_of(const rl_ctx *c, const rl_node *n)
{
	if (n->u.hist.window_ms < 0)
		return INT64_MIN;
	if (c->act->now_ms < INT64_MIN + n->u.hist.window_ms)
		return INT64_MIN;
	return c->act->now_ms - n->u.hist.window_ms;
}

static int eval_call(rl_ctx *c, const rl_node *n, rl_val *o)
{
	int rc;
	memset(o, 0, sizeof(*o));
	switch (n->sub) {
	case FN_LEN: {
		rl_val v;
		if ((rc = rl_eval_val(c, n->args[0], &v)) < 0)
			return rc;
		double len = 0;
		if (v.kind == RV_STR)
			len = (double)v.s.len;
		else if (v.kind == RV_TREE)
			len = v.t->type == AGATE_ARRAY ? v.t->as.array.len : v.t->as.map.len;
		else if (v.kind == RV_IDTOOLS)
			len = c->id ? (double)agate_identity_tool_count(c->id) : 0;
		set_num(o, len);
		return 0;
	}
	case FN_LOWER:
	case FN_PATH: {
		rl_val v;
		if ((rc = rl_eval_val(c, n->args[0], &v)) < 0)
			return rc;
		if (v.kind != RV_STR) {
			*o = v;
			return 0;
		}
		char *s;
		if (n->sub == FN_LOWER) {
			s = agate_arena_strndup(c->arena, v.s.ptr, v.s.len);
			if (!s)
				return -ENOMEM;
			for (size_t i = 0; i < v.s.len; i++)
				s[i] = (char)lc((unsigned char)s[i]);
			set_str(o, s, v.s.len);
		} else {
			const agate_shell_cmd *cmd = cur_cmd(c);
			s = agate_path_normalize(c->arena, v.s.ptr, v.s.len, cmd ? cmd->cwd : NULL);
			if (!s)
				return -ENOMEM;
			set_cstr(o, s);
		}
		return 0;
	}
	case FN_FIRST:
		for (uint32_t i = 0; i < n->nargs; i++) {
			if ((rc = rl_eval_val(c, n->args[i], o)) < 0)
				return rc;
			if (o->kind != RV_NIL && !(o->kind == RV_STR && o->s.len == 0) &&
			    !(o->kind == RV_TREE && !truthy(c, o)))
				return 0;
		}
		memset(o, 0, sizeof(*o));
		return 0;
	case FN_COUNT: {
		bool now = false;
		if ((rc = rl_eval_bool(c, n->args[0], &now)) < 0)
			return rc;
		size_t past = c->hist ? rl_hist_count(c->hist, c->rs, n->u.hist.slot,
						      since_of(c, n)) : 0;
		set_num(o, (double)past + (now ? 1 : 0));
		return 0;
	}
	case FN_SEEN: {
		size_t past = c->hist ? rl_hist_count(c->hist, c->rs, n->u.hist.slot,
						      since_of(c, n)) : 0;
		set_bool(o, past > 0);
		return 0;
	}
	case FN_SUM: {
		double total = c->hist ? rl_hist_sum(c->hist, c->rs, n->u.hist.slot,
						     since_of(c, n)) : 0;
		bool take = true;
		if (n->nargs > 1 && n->args[1] && (rc = rl_eval_bool(c, n->args[1], &take)) < 0)
			return rc;
		if (take) {
			rl_val v;
			double d;
			if ((rc = rl_eval_val(c, n->args[0], &v)) < 0)
				return rc;
			if (rl_val_num(&v, &d))
				total += d;
			else if (v.kind != RV_NIL)
				total = HUGE_VAL; /* present, not a plain number: may be large */
		}
		set_num(o, total);
		return 0;
	}
	case FN_FLAG: {
		const agate_shell_cmd *cmd = cur_cmd(c);
		set_bool(o, cmd && agate_shell_has_flag(cmd, n->u.flag.sflag, n->u.flag.lflag));
		return 0;
	}
	}
	return 0;
}

/* Memo tables of this decision, allocated on first use. Skipped while
 * explaining, so that a trace shows every evaluation where it happens. */
static int memo_tables(rl_ctx *c)
{
	if (c->memo_b || c->memo_v)
		return 0;
	const agate_ruleset *rs = c->rs;
	size_t nb = rs->nmemo_b + 1, nv = rs->nmemo_v + 1;
	size_t bytes = nv * sizeof(rl_val) + nb + nv;
	char *p = agate_arena_alloc(c->arena, bytes);
	if (!p)
		return -ENOMEM;
	c->memo_v = (rl_val *)(void *)p;
	c->memo_b = (uint8_t *)(p + nv * sizeof(rl_val));
	c->memo_vd = c->memo_b + nb;
	memset(c->memo_b, 0, nb + nv);
	return 0;
}


int rl_eval_val(rl_ctx *c, const rl_node *n, rl_val *out)
{
	switch (n->kind) {
	case N_LIT:
		*out = n->u.lit.v;
		return 0;
	case N_FIELD:
		return get_field(c, n, out);
	case N_CALL:
		/* path(x) inside cmd{} resolves against the command's cwd */
		if (n->memo && !c->trace && !(n->sub == FN_PATH && c->scope)) {
			int rc = memo_tables(c);
			if (rc < 0)
				return rc;
			if (c->memo_vd[n->memo]) {
				*out = c->memo_v[n->memo];
				return 0;
			}
			rc = eval_call(c, n, out);
			if (rc == 0) {
				c->memo_v[n->memo] = *out;
				c->memo_vd[n->memo] = 1;
			}
			return rc;
		}
		return eval_call(c, n, out);
	default: {
		bool b = false;
		int rc = rl_eval_bool(c, n, &b);
		set_bool(out, b);
		return rc;
	}
	}
}

/* N_PRED, N_CMP and N_CMD, without the memo */
static int eval_leafy(rl_ctx *c, const rl_node *n, bool *out)
{
	int rc;
	switch (n->kind) {
	case N_PRED:
		rc = rl_eval_bool(c, n->u.pred->body, out);
		if (rc == 0 && c->trace && !c->trace->overflow)
			rl_sb_printf(c->trace, "    %s -> %s\n", n->u.pred->name,
				     *out ? "true" : "false");
		return rc;
	case N_CMP:
		return eval_cmp(c, n, out);
	default:
		return eval_cmd(c, n, out);
	}
}

static int eval_memo(rl_ctx *c, const rl_node *n, bool *out)
{
	int rc = memo_tables(c);
	if (rc < 0)
		return rc;
	uint8_t m = c->memo_b[n->memo];
	if (m) {
		*out = m == 2;
		return 0;
	}
	/* an error is not kept: evaluated again, it fails again the same way */
	rc = eval_leafy(c, n, out);
	if (rc == 0)
		c->memo_b[n->memo] = *out ? 2 : 1;
	return rc;
}

int rl_eval_bool(rl_ctx *c, const rl_node *n, bool *out)
{
	int rc;
	switch (n->kind) {
	case N_AND:
		if ((rc = rl_eval_bool(c, n->a, out)) < 0 || !*out)
			return rc;
		return rl_eval_bool(c, n->b, out);
	case N_OR:
		if ((rc = rl_eval_bool(c, n->a, out)) < 0 || *out)
			return rc;
		return rl_eval_bool(c, n->b, out);
	case N_NOT:
		if ((rc = rl_eval_bool(c, n->a, out)) < 0)
			return rc;
		*out = !*out;
		return 0;
	case N_PRED:
	case N_CMP:
	case N_CMD:
		if (n->memo && !c->trace)
			return eval_memo(c, n, out);
		return eval_leafy(c, n, out);
	case N_LIT:
	case N_FIELD:
	case N_CALL: {
		rl_val v;
		if ((rc = rl_eval_val(c, n, &v)) < 0)
			return rc;
		*out = truthy(c, &v);
		return 0;
	}
	default:
		c->err = "internal error: unresolved expression";
		return -EINVAL;
	}
}

/* ---- combination --------------------------------------------------------------- */

static int rank(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_STOP: return 4;
	case AGATE_ENFORCE_BLOCK:
	case AGATE_ENFORCE_REFLECT: return 3;
	case AGATE_ENFORCE_REVIEW: return 2;
	default: return 1;
	}
}

typedef struct pick {
	const rl_rule *r;
	agate_enforcement enf; /* block when the rule failed to evaluate */
	bool err;
	const char *errmsg;
} pick;

/* deny-overrides; ties by priority, then severity, then file order */
static bool beats(const pick *a, const pick *b)
{
	if (!b->r)
		return true;
	int ra = rank(a->enf), rb = rank(b->enf);
	if (ra != rb)
		return ra > rb;
	if (a->r->priority != b->r->priority)
		return a->r->priority > b->r->priority;
	if (a->r->severity != b->r->severity)
		return a->r->severity > b->r->severity;
	return a->r->index < b->r->index;
}

/* the bigram filter first: a pattern whose literal runs hold a bigram
 * the name lacks cannot match */
static inline bool pat_match(const rl_pat *pt, const char *low, size_t len,
			     const uint64_t nbg[4])
{
	if ((pt->bigrams[0] & ~nbg[0]) | (pt->bigrams[1] & ~nbg[1]) |
	    (pt->bigrams[2] & ~nbg[2]) | (pt->bigrams[3] & ~nbg[3]))
		return false;
	return rl_pat_match(pt, low, len);
}

#define MERGE_MAX 32

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

#define SHADOW_MAX 32

int agate_rules_eval(const agate_ruleset *rs, const agate_action *act,
		     const agate_eval_env *env, agate_arena *arena,
		     agate_rules_result *out)
{
	if (!out)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	out->enforcement = AGATE_ENFORCE_BLOCK; /* until decided */
	out->reason = "internal error";
	out->trace = "internal error";
	if (!rs || !act || !arena)
		return -EINVAL;

	rl_ctx c;
	rl_sbuf tsb = { 0 };
	rl_ctx_init(&c, rs, act, env, arena);
	if (env && env->explain) {
		tsb.p = agate_arena_alloc(arena, RL_TRACE_CAP);
		if (!tsb.p)
			return -ENOMEM;
		tsb.cap = RL_TRACE_CAP;
		tsb.fixed = true;
		tsb.p[0] = '\0';
		c.trace = &tsb;
	}

	/* lower-case the tool once for the index and the globs */
	char lowbuf[256];
	size_t tl = act->tool.len;
	char *low = tl < sizeof(lowbuf) ? lowbuf : agate_arena_alloc(arena, tl + 1);
	if (!low)
		return -ENOMEM;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < tl; i++) {
		low[i] = (char)lc((unsigned char)act->tool.ptr[i]);
		h ^= (unsigned char)low[i];
		h *= 1099511628211ULL;
	}
	low[tl] = '\0';
	if (!h)
		h = 1;
	const uint32_t *ex = NULL;
	size_t nex = 0, nexact = 0;
	bool indexed = false;
	if (rs->nbuckets) {
		for (size_t j = h & (rs->nbuckets - 1);; j = (j + 1) & (rs->nbuckets - 1)) {
			const rl_bucket *bk = &rs->buckets[j];
			if (!bk->hash)
				break;
			if (bk->hash == h && bk->len == tl && memcmp(bk->name, low, tl) == 0) {
				ex = bk->ids;
				nex = bk->n;
				nexact = bk->nexact;
				indexed = true;
				break;
			}
		}
	}
	if (c.trace)
		rl_sb_printf(c.trace, "tool \"%.*s\": %zu indexed + %zu glob/any rule(s) of %zu\n",
			     (int)(tl > 60 ? 60 : tl), act->tool.ptr, nexact, rs->nside_rules, rs->nrules);

	pick best = { 0 }, ov = { 0 };
	int max_deny_prio = INT_MIN;
	bool deny_err = false;
	const rl_rule *shadows[SHADOW_MAX];
	pick shadow_picks[SHADOW_MAX];
	size_t nshadow = 0;
	int rc = 0;

	/* candidate lists: the exact bucket, and the rules of every pattern
	 * that matches (patterns without a literal first byte, and those
	 * starting with the tool's first byte) */
	const uint32_t *lists[MERGE_MAX];
	uint32_t lens[MERGE_MAX], pos[MERGE_MAX];
	size_t nl = 0;
	bool many = false;
	if (nex) {
		lists[nl] = ex;
		lens[nl++] = (uint32_t)nex;
	}
	/* an indexed name's bucket already holds its side-list rules */
	uint64_t nbg[4] = { 0, 0, 0, 0 };
	bool scanned = false;
	if (!indexed && rs->npats)
		rl_bigrams(low, tl, nbg);
	if (!indexed && rs->npats && rs->pat_map && rs->pat_words <= 8) {
		/* only the patterns whose telling bigram the name has */
		uint64_t sel[8];
		size_t w = rs->pat_words;
		memcpy(sel, rs->pat_always, w * sizeof(uint64_t));
		for (size_t i = 0; i + 1 < tl; i++) {
			const uint64_t *m = rs->pat_map +
				(((unsigned char)low[i] * 31u + (unsigned char)low[i + 1]) & 255u) * w;
			for (size_t k = 0; k < w; k++)
				sel[k] |= m[k];
		}
		for (size_t k = 0; k < w && !many; k++) {
			for (uint64_t bits = sel[k]; bits; bits &= bits - 1) {
				const rl_pat *pt = &rs->pats[k * 64 + (size_t)__builtin_ctzll(bits)];
				if (!pat_match(pt, low, tl, nbg))
					continue;
				if (nl == MERGE_MAX) {
					many = true;
					break;
				}
				lists[nl] = pt->ids;
				lens[nl++] = pt->n;
			}
		}
		scanned = true; /* done: skip the group scan below */
	}
	for (int pass = 0; pass < 2 && rs->npats && !indexed && !scanned; pass++) {
		unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
		if (pass == 1 && !tl)
			break;
		for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++) {
			const rl_pat *pt = &rs->pats[q];
			if (!pat_match(pt, low, tl, nbg))
				continue;
			if (nl == MERGE_MAX) {
				many = true;
				break;
			}
			lists[nl] = pt->ids;
			lens[nl++] = pt->n;
		}
	}
	if (many) {
		/* rare: a tool matching many distinct patterns; gather and sort */
		size_t total = nex;
		for (int pass = 0; pass < 2; pass++) {
			unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
			if (pass == 1 && !tl)
				break;
			for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++)
				if (pat_match(&rs->pats[q], low, tl, nbg))
					total += rs->pats[q].n;
		}
		uint32_t *all = agate_arena_alloc(arena, (total + 1) * sizeof(uint32_t));
		if (!all)
			goto nomem;
		size_t n = 0;
		if (nex)
			memcpy(all, ex, nex * sizeof(uint32_t));
		n = nex;
		for (int pass = 0; pass < 2; pass++) {
			unsigned g = pass == 0 ? 0u : 1u + (unsigned char)(tl ? low[0] : 0);
			if (pass == 1 && !tl)
				break;
			for (uint32_t q = rs->pat_off[g]; q < rs->pat_off[g + 1]; q++)
				if (pat_match(&rs->pats[q], low, tl, nbg)) {
					memcpy(all + n, rs->pats[q].ids, rs->pats[q].n * sizeof(uint32_t));
					n += rs->pats[q].n;
				}
		}
		qsort(all, n, sizeof(uint32_t), cmp_u32);
		lists[0] = all;
		lens[0] = (uint32_t)n;
		nl = 1;
	}
	memset(pos, 0, nl * sizeof(pos[0]));
	for (;;) {
		uint32_t id = UINT32_MAX;
		if (nl == 1) { /* an indexed tool: one list, already merged */
			if (pos[0] == lens[0])
				break;
			id = lists[0][pos[0]++];
		} else {
			for (size_t q = 0; q < nl; q++)
				if (pos[q] < lens[q] && lists[q][pos[q]] < id)
					id = lists[q][pos[q]];
			if (id == UINT32_MAX)
				break;
			for (size_t q = 0; q < nl; q++)
				while (pos[q] < lens[q] && lists[q][pos[q]] == id)
					pos[q]++; /* the same rule through several lists */
		}
		const rl_rule *r = rs->rules[id];
		out->candidates++;
		if (c.trace)
			rl_sb_printf(c.trace, "rule %s:\n", r->name);

		if (r->pregate && !c.trace) {
			int may = may_hold(&c, r->pregate, 0);
			if (may == -ENOMEM)
				goto nomem;
			if (may == 0)
				continue; /* no command of the line passes its gate */
		}
		bool match = true, err = false;
		c.err = NULL;
		for (uint32_t k = 0; k < r->nchecks; k++) {
			bool v = false;
			rc = rl_eval_bool(&c, r->checks[k], &v);
			if (rc == -ENOMEM)
				goto nomem;
			if (rc < 0) {
				err = true;
				break;
			}
			if (c.trace && !c.trace->overflow) {
				rl_sb_printf(c.trace, "  check %u: ", k + 1);
				rl_print_node(c.trace, r->checks[k], false, 0);
				rl_sb_puts(c.trace, v ? " -> true\n" : " -> false\n");
			}
			if (!v) {
				match = false;
				break;
			}
		}
		if (c.trace)
			rl_sb_printf(c.trace, "  => %s%s%s\n",
				     err ? "error: " : match ? "match " : "no match",
				     err ? (c.err ? c.err : "?") : "",
				     err ? "" : match ? agate_enforcement_name(r->enf) : "");
		if (!err && !match)
			continue;
		out->matches++;
		pick pk = { r, err ? AGATE_ENFORCE_BLOCK : r->enf, err, err ? c.err : NULL };
		if (r->shadow) {
			if (nshadow < SHADOW_MAX) {
				shadows[nshadow] = r;
				shadow_picks[nshadow++] = pk;
			}
			continue;
		}
		if (pk.enf != AGATE_ENFORCE_ALLOW) {
			if (r->priority > max_deny_prio)
				max_deny_prio = r->priority;
			if (err)
				deny_err = true; /* a failed rule is never overridden */
		} else if (r->override) {
			if (!ov.r || r->priority > ov.r->priority ||
			    (r->priority == ov.r->priority && r->severity > ov.r->severity))
				ov = pk;
		}
		if (beats(&pk, &best))
			best = pk;
	}

	pick dec = best;
	if (dec.r && dec.enf != AGATE_ENFORCE_ALLOW && ov.r && !deny_err &&
	    ov.r->priority > max_deny_prio)
		dec = ov;

	agate_verdict_kind def_v = rs->default_allow ? AGATE_VERDICT_ALLOW : AGATE_VERDICT_BLOCK;
	if (dec.r) {
		out->matched = true;
		out->enforcement = dec.enf;
		out->rule = dec.r->name;
		out->severity = dec.r->severity;
		out->priority = dec.r->priority;
		if (dec.err) {
			out->reason = agate_arena_printf(arena, "%s: %s", dec.r->error_reason,
							 dec.errmsg ? dec.errmsg : "unknown");
			if (!out->reason)
				goto nomem;
			out->advice = NULL;
		} else {
			out->reason = dec.r->reason;
			out->advice = dec.enf == AGATE_ENFORCE_REFLECT ||
						      dec.enf == AGATE_ENFORCE_BLOCK ?
					      dec.r->advice :
					      NULL;
		}
		out->trace = dec.r->short_trace;
	} else {
		out->matched = false;
		out->enforcement = rs->default_allow ? AGATE_ENFORCE_ALLOW : AGATE_ENFORCE_BLOCK;
		out->reason = rs->default_allow ? "no rule matched (default allow)" :
						  "no rule matched (default block)";
		out->trace = rs->default_allow ? "default allow" : "default block";
	}

	/* shadow rules that, enforced, would have changed the verdict */
	if (nshadow) {
		rl_sbuf names = { 0 };
		char nb[1024];
		names.p = nb;
		names.cap = sizeof(nb);
		names.fixed = true;
		nb[0] = '\0';
		agate_verdict_kind cur = dec.r ? agate_enforcement_verdict(dec.enf) : def_v;
		for (size_t k = 0; k < nshadow; k++) {
			const pick *sp = &shadow_picks[k];
			agate_verdict_kind sv = agate_enforcement_verdict(sp->enf);
			bool changes;
			if (!dec.r)
				changes = sv != cur;
			else if (sp->enf == AGATE_ENFORCE_ALLOW && sp->r->override && !sp->err)
				changes = cur != AGATE_VERDICT_ALLOW && !deny_err &&
					  sp->r->priority > max_deny_prio;
			else
				changes = beats(sp, &dec) && sv != cur;
			if (!changes)
				continue;
			if (names.len)
				rl_sb_puts(&names, ",");
			rl_sb_puts(&names, shadows[k]->name);
		}
		if (names.len) {
			out->shadow = agate_arena_strndup(arena, nb, names.len);
			if (!out->shadow)
				goto nomem;
		}
	}

	if (c.trace) {
		if (dec.r)
			rl_sb_printf(c.trace, "decision: rule %s (%s)%s\n", dec.r->name,
				     agate_enforcement_name(out->enforcement),
				     dec.r == ov.r && best.r != ov.r ? " by override" : "");
		else
			rl_sb_printf(c.trace, "decision: %s\n", out->trace);
		out->trace = tsb.p;
	}
	return 0;

nomem:
	memset(out, 0, sizeof(*out));
	out->enforcement = AGATE_ENFORCE_BLOCK;
	out->reason = "out of memory while evaluating rules";
	out->trace = "out of memory";
	return -ENOMEM;
}

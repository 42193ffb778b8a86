/* eval_int.h - private to policy/eval: the state of one evaluation and
 * what the evaluator's files share.
 *
 * A decision (rules_eval.c) or a history record owns one rl_ctx; expr.c
 * walks the expression tree, field.c reads the action's fields,
 * compare.c applies the operators and value.c converts and compares
 * values. The helpers of a few lines on the hot path are static inline
 * here, so that the split into files costs no call.
 */
#ifndef AGATE_POLICY_EVAL_INT_H
#define AGATE_POLICY_EVAL_INT_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "policy/eval/eval.h"
#include "policy/lang/model.h"

/* ---- limits of evaluation (docs/rules.md lists them) ----------------- */
#define RL_MAX_SHELL_CMDS 256         /* simple commands per parsed line */
#define RL_MAX_CODE_CALLS 1024        /* calls per read Python snippet */
#define RL_TRACE_CAP 4096             /* explain trace, bytes */
#define RL_TRACE_TAIL 1536            /* of which kept for the deciding rule */
#define RL_TRACE_LAST 128             /* and of that, for the decision line */
#define RL_MAX_WALK 64                /* value-tree depth walked by any/all */
#define RL_PLAIN_MAX_IN (64u << 10)   /* bytes of a text plain() reads */
#define RL_HIST_SCRATCH AGATE_HISTORY_SCRATCH /* arena of agate_history_record */
#define RL_HIST_SCRATCH_KEEP (16u << 10) /* what a session keeps of it */

/* ---- the state of one evaluation --------------------------------------- */
#define RL_LSC_SLOTS 16 /* subjects whose literal keys are kept (rl_ctx.lsc) */
typedef struct rl_shcmd_cache rl_shcmd_cache;

struct rl_shcmd_cache {
	agate_value argv, operands, redirects;
	bool have_argv, have_operands, have_redirects;
	bool have_h;
	uint64_t h[3]; /* rl_hash of program, next_program, prev_program */
	bool have_bg;
	uint64_t bg[2][4]; /* bigrams of program and path (gate prefilters) */
	uint64_t *gates;   /* the rule set's gates that admit the command
			      (rl_gate_bits), NULL until asked */
};

typedef struct rl_scope {
	const agate_shell_cmd *cmds;
	size_t n, i;
	rl_shcmd_cache *cc; /* per command: argv / operands as values */
	const char *line;   /* the text parsed (also when the parse failed) */
	size_t line_len;
	uint64_t *gates_any; /* the gates some command admits, NULL until asked */
	agate_arena *arena; /* where cmds live, and so what cc and gates_any
			       are filled with: the arena that parsed the line,
			       which may be the decision's when the history
			       record borrows the rules' parse */
} rl_scope;

typedef struct rl_shslot {
	bool done;
	int err;
	const char *msg;     /* why the parse failed, for every rule that meets it */
	rl_scope scope;
} rl_shslot;

/* The rules' parses handed to the history record (eval.h): the slots of
 * the decision's context, and its memo tables, in the decision's arena,
 * for that action and rule set only. */
struct agate_eval_parsed {
	const agate_ruleset *rs;
	const agate_action *act;
	rl_shslot *shell; /* [rs->ncmd], or NULL */
	/* the memo tables (rl_ctx), or NULL: the record reads the answer of
	 * a memo slot whose node reads the call alone (rl_node.call_only) */
	const uint8_t *memo_b;
	const rl_val *memo_v;
	const uint8_t *memo_vd;
};

typedef struct rl_ctx {
	const agate_ruleset *rs;
	const agate_action *act;
	const agate_history *hist;
	const agate_identity *id;
	const agate_drift_result *drift;
	agate_arena *arena;
	rl_scope *scope;     /* innermost cmd{} scope, NULL outside */
	rl_shslot *shell;    /* [rs->ncmd], lazily */
	/* the history record only: the rules' parses of this decision, from
	 * which a slot whose operand reads the same text is copied instead of
	 * parsed again (borrowed: some slot of shell, or some memo answer,
	 * was), and their memo answers that read the call alone */
	const agate_eval_parsed *lent;
	bool borrowed;
	uint8_t *memo_b;     /* [rs->nmemo_b]: 0 unknown, 1 false, 2 true; lazily */
	rl_val *memo_v;      /* [rs->nmemo_v], lazily */
	uint8_t *memo_vd;    /* [rs->nmemo_v]: 1 when memo_v holds the value */
	struct rl_bgcache {  /* bigrams of the last subjects regexes were asked about */
		const char *p;
		size_t len;
		uint64_t bg[4];
	} bgc[4];
	unsigned bgc_next;
	struct rl_litcache { /* literal keys of the last long subjects (rl_litscan) */
		const char *p;
		size_t len;
		uint64_t *bits;
	} lsc[RL_LSC_SLOTS];
	unsigned lsc_next;
	struct rl_litcache gsc[4]; /* glob-list keys of the last subjects
				      (rs->glits), whatever their length */
	unsigned gsc_next;
	void *param_keys;    /* builtin.c: the folded keys of recent param() calls */
	void *param_texts;   /* builtin.c: the assignments of recent param() texts */
	pcre2_match_data *md;
	const char *err;     /* evaluation error message */
	rl_sbuf *trace;      /* explain */
	bool recording;      /* inside agate_history_record */
	/* under an odd number of `not` (or in an allow rule's check): a tied
	 * value (rl_val.tied) then satisfies a test only when every reading
	 * does, so that what the rule finds is what keeps the gate shut */
	bool negated;
	unsigned ties_met;   /* comparisons that weighed a tied value: a
				memo slot is not kept across one, its answer
				depending on where it was asked */
	int walk_depth;
} rl_ctx;

/* ---- expr.c ---------------------------------------------------------- */
void rl_ctx_init(rl_ctx *c, const agate_ruleset *rs, const agate_action *act,
		 const agate_eval_env *env, agate_arena *arena);
/* Forget everything c keeps in its arena (parsed lines, PCRE2 match data,
 * memo tables, subject bigrams): call it whenever that arena is reset
 * while c is still used. */
void rl_ctx_forget(rl_ctx *c);
/* 0 with *out, -ENOMEM (arena), -EINVAL (evaluation error, c->err says why) */
int rl_eval_bool(rl_ctx *c, const rl_node *n, bool *out);
int rl_eval_val(rl_ctx *c, const rl_node *n, rl_val *out);
/* 0 when n is surely false without error, 1 when it may hold, -ENOMEM */
int may_hold(rl_ctx *c, const rl_node *n, int depth);
/* Does gate g admit cmd (cc: its cache, or NULL)? One gate alone. */
bool rl_gate_admits(const rl_gate *g, const agate_shell_cmd *cmd, rl_shcmd_cache *cc);
/* The gates of gx that admit cmd, bit g for the gate of id g, kept per
 * command in bits[0 .. 2 * gx->nwords). rl_gate_bits fills in what the
 * command's names and redirections open (three probes); then
 * rl_gate_bits_admit answers for one gate what rl_gate_admits answers,
 * running a regex gate's prefilter the first time that gate is asked
 * (and noting the answer in bits). */
void rl_gate_bits(const rl_gindex *gx, const agate_shell_cmd *cmd, rl_shcmd_cache *cc,
		  uint64_t *bits);
bool rl_gate_bits_admit(const rl_gindex *gx, const rl_gate *g, const agate_shell_cmd *cmd,
			rl_shcmd_cache *cc, uint64_t *bits);

/* ---- value.c --------------------------------------------------------- */
bool rl_num_from_str(const char *s, size_t n, double *out);
bool rl_val_num(const rl_val *v, double *out);
int ordered_pair(rl_ctx *c, const rl_val *l, const rl_val *r, double *x,
		 double *y, bool *defined);
bool find_sub(agate_str hay, agate_str needle, bool ci);
bool val_eq(const rl_val *a, const rl_val *b, bool ci);

static inline void from_value(const agate_value *v, rl_val *o)
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

static inline void set_str(rl_val *o, const char *s, size_t n)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_STR;
	o->s.ptr = s ? s : "";
	o->s.len = s ? n : 0;
}

static inline void set_cstr(rl_val *o, const char *s)
{
	set_str(o, s, s ? strlen(s) : 0);
}

static inline void set_num(rl_val *o, double d)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_NUM;
	o->n = d;
}

static inline void set_bool(rl_val *o, bool b)
{
	memset(o, 0, sizeof(*o));
	o->kind = RV_BOOL;
	o->b = b;
}

static inline bool truthy(const rl_ctx *c, const rl_val *v)
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

static inline bool bytes_eq(agate_str a, agate_str b, bool ci)
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
static inline bool find_cs(const char *s, size_t n, const char *lit, size_t ll)
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

static inline bool has_prefix(agate_str s, agate_str p, bool ci)
{
	return p.len <= s.len && bytes_eq((agate_str){ s.ptr, p.len }, p, ci);
}

static inline bool has_suffix(agate_str s, agate_str p, bool ci)
{
	return p.len <= s.len && bytes_eq((agate_str){ s.ptr + s.len - p.len, p.len }, p, ci);
}

/* text of a string or number operand for the string operators */
static inline bool as_text(const rl_val *v, char *buf, size_t cap, agate_str *out)
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

/* ---- builtin.c ------------------------------------------------------- */
/* luhn(v), iban(v): *out when some string (or integer) of v holds a card
 * number passing the Luhn check / an IBAN passing its country length and
 * mod-97 check. 0, or -EINVAL (c->err) when v nests too deeply. */
int rl_fn_luhn(rl_ctx *c, const rl_val *v, bool *out);
int rl_fn_iban(rl_ctx *c, const rl_val *v, bool *out);
/* amount(v): the number of a money amount written with a currency code or
 * word before or after it ("35 EUR", "USD 1,200.50", "40 dollars"); a
 * plain number as it is; anything else unchanged (so that an ordering
 * comparison still fails closed on it). */
void rl_fn_amount(const rl_val *v, rl_val *out);
/* seconds(v [, unit]): the length in seconds of a duration written with
 * its unit ("30d", "1h30m", "2 weeks", "P30D", "1.5e4 minutes"); a
 * number, or a string that is a plain number alone, counts bare_unit
 * seconds each; "forever" and the like are infinite; anything else
 * unchanged (so that an ordering comparison still fails closed on it). */
void rl_fn_seconds(const rl_val *v, double bare_unit, rl_val *out);
/* param(x, keys...): the value of the best-ranked key of keys[0..nkeys)
 * (strings or lists of strings, in order of preference) found in x: a
 * map's members (the shallowest map that has one), else key=value text
 * in x's strings; nil when none. 0, -ENOMEM, or -EINVAL (c->err). The
 * value found in text points into x. */
int rl_fn_param(rl_ctx *c, const rl_val *x, const rl_pkeys *pre, const rl_val *keys,
		size_t nkeys, rl_val *out);
/* Room for nr readings in *out, which becomes a value read two ways
 * (rl_val.tied), its readings in *items to fill; past RL_MAX_READINGS it
 * is too many to weigh, and *items NULL. 0, or -ENOMEM. */
int rl_readings_new(rl_ctx *c, uint32_t nr, rl_val *out, agate_value **items);

/* The names of ks (by rank, as bits of bits) that param() of v could
 * find: its maps' keys at every depth and the `key=value` names in its
 * strings, folded as param() folds them. 1; 0 when v nests deeper than
 * param() walks (it may answer an error then: nothing can be told). */
int rl_param_names(const rl_pkeys *ks, const agate_value *v, int depth, uint64_t *bits);
/* and those param() of the text s[0..n) could find */
void rl_param_text_names(const rl_pkeys *ks, const char *s, size_t n, uint64_t *bits);

/* ---- pairs.c --------------------------------------------------------- */
/* pairs(x): a tree's scalar leaves as `name=value` lines (the name of the
 * map member holding each, a list's items under the list's name; a value
 * over 256 bytes read as overlapping lines of 256 under its name, line
 * ends in it read as blanks); a string's pieces
 * cut at ( ) ; & ? line ends and a comma before `name=`, one a line; nil
 * for anything else or nothing. In the arena. 0, -ENOMEM, or -EINVAL
 * (c->err) when x nests too deeply. */
int rl_fn_pairs(rl_ctx *c, const rl_val *x, rl_val *out);
/* fold(x): the ASCII letters and digits of a string, lower-cased, the rest
 * dropped (`ERP-Assistant` and `erp_assistant` are both `erpassistant`);
 * nil for anything else. In the arena. 0 or -ENOMEM. */
int rl_fn_fold(rl_ctx *c, const rl_val *x, rl_val *out);

/* ---- overlap.c ------------------------------------------------------- */
/* from(x, R, max): the text of string x from the leftmost match of R (an
 * N_REGEX node) on, at most max bytes (SIZE_MAX: to its end); nil when R
 * does not match or x is no string. Points into x. 0, or < 0 (c->err) when a match fails. */
int rl_fn_from(rl_ctx *c, const rl_val *x, const rl_node *re, size_t max, rl_val *out);
/* before(x, R): the text of string x up to the leftmost match of R, the
 * whole of x when R does not match (nothing in it is past a mark); nil
 * when x is no string. Points into x. 0, or < 0 (c->err) when a match
 * fails. */
int rl_fn_before(rl_ctx *c, const rl_val *x, const rl_node *re, rl_val *out);
/* clauses(x, R) (with true) / clauses_without(x, R) (with false): the
 * clauses of string x in which R matches, or in which it does not,
 * joined by line ends into the arena (at most RL_FROM_MAX bytes of x
 * read); nil when there are none or x is no string. A clause ends at
 * '.' (not after a title or an initial: "St.", "v."), '!', '?' or ','
 * before a blank or the end, at ';' and at a line end.
 * 0, -ENOMEM, or < 0 (c->err) when a match fails. */
int rl_fn_clauses(rl_ctx *c, const rl_val *x, const rl_node *re, bool with, rl_val *out);
/* shares(x, y [, z]): true when a telling word of x (its strings and
 * whole numbers, a tree's leaves at any depth) is a word of y (a string,
 * or a number's digits; its first 64 KiB read) and, when z is given, not
 * a word of z (read the same way); with codes, only a word that names
 * one thing counts, digits with letters or five digits or more
 * (shares_code: C1, CHG-7719, an order number; not a year or a count).
 * 0, -ENOMEM, or -EINVAL (c->err) when x nests too deeply. */
int rl_fn_shares(rl_ctx *c, const rl_val *x, const rl_val *y, const rl_val *z, bool codes,
		 rl_val *out);

/* ---- plain.c --------------------------------------------------------- */
/* The lower-case ASCII reading of s[0..n) (at most RL_PLAIN_MAX_IN bytes
 * read) into out[0..cap), cap >= 2n + 2: invisible characters dropped,
 * look-alike letters mapped, letters spaced out joined, marks inside
 * words dropped, digits inside words read as letters, base64 runs that
 * are text decoded, a rot13 reading appended when the text names rot13.
 * Its length; *hid when some fold other than case, accents or other
 * scripts was made; *steps counts loop iterations (either may be NULL). */
size_t rl_plain_text(const char *s, size_t n, char *out, size_t cap, bool *hid, size_t *steps);
/* plain(v): that reading of a string, in the arena, or nil when v is no
 * string or hid nothing. 0 or -ENOMEM. */
int rl_fn_plain(rl_ctx *c, const rl_val *v, rl_val *out);

/* ---- compare.c ------------------------------------------------------- */
/* where the regex re first matches in s: 1 and *at, 0 when it does not,
 * < 0 (c->err) when the match fails */
int rl_re_first(rl_ctx *c, const rl_re *re, agate_str s, size_t *at);
/* rl_re_first, and where the match ends (one past its last byte) */
int rl_re_span(rl_ctx *c, const rl_re *re, agate_str s, size_t *at, size_t *end);
bool find_ci_lower(const char *s, size_t n, const char *lit, size_t ll);
const uint64_t *subject_bigrams(rl_ctx *c, const char *p, size_t n, bool keep,
				uint64_t tmp[4]);
/* Subjects at least this long are read once by the rule set's literal
 * automaton instead of once per regex (below it the bigrams are cheaper). */
#define RL_LITSCAN_MIN 16
/* The literal keys occurring in p[0..n), kept by address for the few last
 * subjects; NULL when the set has no automaton, the subject is short or not
 * kept by address (keep false), or the arena is full (then the caller
 * uses the bigram prefilter, which gives the same answers). */
const uint64_t *subject_lits(rl_ctx *c, const char *p, size_t n, bool keep);
bool set_has(const rl_strset *st, const rl_val *l, bool ci);
int cmp_leaf(rl_ctx *c, const rl_node *n, const rl_val *l, const rl_val *r, bool *res);
int rl_walk_quantified(rl_ctx *c, const rl_node *n, const agate_value *v, const rl_val *r,
	 int depth, bool *res);
void trace_cmp(rl_ctx *c, const rl_node *n, const rl_val *lhs, bool res);

/* s in a case-sensitive set, its rl_hash already known */
static inline bool set_has_hashed(const rl_strset *st, agate_str s, uint64_t h)
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

/* the prefilter from the literal automaton's answer for s (subject_lits):
 * the same answer as re_may_match (a caseless literal is there when its
 * key is; a case-sensitive one is then looked for as written) */
static inline bool re_may_match_bits(const rl_re *re, agate_str s, const uint64_t *bits)
{
	if (re->lit_ci) { /* some key there: a word of the answer at a time */
		for (unsigned g = 0; g < re->nkw; g++)
			if (bits[re->kw_word[g]] & re->kw_mask[g])
				return true;
		return false;
	}
	for (unsigned i = 0; i < re->nlit; i++) {
		uint32_t k = re->lit_key[i];
		if (!(bits[k >> 6] >> (k & 63) & 1))
			continue;
		if (re->lit_ci || find_cs(s.ptr, s.len, re->lit[i], re->lit_len[i]))
			return true;
	}
	return false;
}

/* ---- field.c --------------------------------------------------------- */
int get_field(rl_ctx *c, const rl_node *n, rl_val *o);

static inline const agate_shell_cmd *cur_cmd(const rl_ctx *c)
{
	return c->scope && c->scope->i < c->scope->n ? &c->scope->cmds[c->scope->i] : NULL;
}

/* the name fields of a command, and their hashes (computed once) */
static inline const uint64_t *cmd_hashes(rl_shcmd_cache *cc, const agate_shell_cmd *cmd)
{
	if (!cc->have_h) {
		cc->h[0] = rl_hash(cmd->program.ptr ? cmd->program.ptr : "", cmd->program.len);
		cc->h[1] = cmd->next_program.ptr ? rl_hash(cmd->next_program.ptr, cmd->next_program.len) : 0;
		cc->h[2] = cmd->prev_program.ptr ? rl_hash(cmd->prev_program.ptr, cmd->prev_program.len) : 0;
		cc->have_h = true;
	}
	return cc->h;
}

/* ---- history.c ------------------------------------------------------- */
/* An entry being recorded: its time is set; bits (one per count()/seen()
 * column) and vals (one per sum() column) are zero until answered. */
typedef struct rl_hist_entry {
	unsigned char *entry; /* owned: as laid out in the ring */
	uint64_t *bits;
	double *vals;
	uint32_t nbits, nvals;
} rl_hist_entry;

/* Start recording act, decided as verdict: previous.* now tell of it and
 * h is laid out for rs's columns. Returns 1 with *e, a new entry whose
 * bits and vals the caller answers and then passes to rl_hist_commit (or
 * rl_hist_discard); 0 when there is nothing to keep but previous.* (h
 * keeps no entries, or rs has no history expression); -EINVAL; -ENOMEM
 * (*e then owns nothing). */
int rl_hist_append(agate_history *h, const agate_ruleset *rs, const agate_action *act,
		   agate_verdict_kind verdict, rl_hist_entry *e);
/* Keep e in the ring, dropping the oldest entry when it is full, unless
 * e answers no expression; frees e either way. 0 or -ENOMEM. */
int rl_hist_commit(agate_history *h, rl_hist_entry *e);
void rl_hist_discard(rl_hist_entry *e);
/* Past entries of slot (from the rule set rs) whose time is >= since_ms
 * (INT64_MIN: all). Return 0 when h has no column for that slot. */
size_t rl_hist_count(const agate_history *h, const agate_ruleset *rs,
		     uint32_t slot, int64_t since_ms);
double rl_hist_sum(const agate_history *h, const agate_ruleset *rs,
		   uint32_t slot, int64_t since_ms);
bool rl_hist_prev(const agate_history *h, agate_str *tool, agate_verdict_kind *v);
/* The scratch arena of agate_history_record, made on first use and kept
 * with h (one block once warm: no allocation per call); the caller resets
 * it. NULL when out of memory. */
agate_arena *rl_hist_scratch(agate_history *h);
void rl_hist_scratch_drop(agate_history *h); /* free it (made again on use) */

#endif

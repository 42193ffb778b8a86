/* expr.c - evaluate an expression of the compiled set: and/or/not,
 * predicates, comparisons, cmd{} blocks over a parsed shell line and
 * function calls, with the per-decision memo of expressions that have one
 * answer per decision. may_hold answers, without evaluating, whether a
 * rule's first check can hold at all.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/code/code.h"
#include "policy/eval/eval_int.h"

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
	memset(c->lsc, 0, sizeof(c->lsc));
	c->lsc_next = 0;
	memset(c->gsc, 0, sizeof(c->gsc));
	c->gsc_next = 0;
	c->param_keys = NULL;
	c->param_texts = NULL;
	c->borrowed = false;
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
		rc = rl_walk_quantified(c, n, l.t, &r, 0, out);
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

/* The text of n's operand, in *s (length 0: nothing to run, so no command
 * satisfies anything). 0, or the evaluation's error. */
static int operand_text(rl_ctx *c, const rl_node *n, agate_str *s)
{
	rl_val v;
	char nb[48];
	int rc = rl_eval_val(c, n->a, &v);
	if (rc < 0)
		return rc;
	if (!as_text(&v, nb, sizeof(nb), s) || s->len == 0) {
		*s = (agate_str){ NULL, 0 };
		return 0;
	}
	if (s->ptr == nb) {
		char *cp = agate_arena_strndup(c->arena, s->ptr, s->len);
		if (!cp)
			return -ENOMEM;
		s->ptr = cp;
	}
	return 0;
}

/* Parse s as n reads it (shell, or Python for py{}) into sc, in the
 * context's arena. 0, -ENOMEM, -EINVAL (c->err says why). */
static int parse_text(rl_ctx *c, const rl_node *n, agate_str s, rl_scope *sc)
{
	memset(sc, 0, sizeof(*sc));
	sc->line = s.ptr;
	sc->line_len = s.len;
	sc->arena = c->arena;
	const agate_shell_cmd *cmds = NULL;
	size_t nc = 0;
	int rc;
	if (n->sub == RL_CMD_PY)
		rc = agate_code_python(s.ptr, s.len, c->arena, RL_MAX_CODE_CALLS, &cmds, &nc);
	else
		rc = agate_shell_parse(s.ptr, s.len, c->arena, RL_MAX_SHELL_CMDS, &cmds, &nc);
	if (rc == -ENOMEM)
		return rc;
	if (rc < 0) {
		if (n->sub == RL_CMD_PY)
			c->err = rc == -E2BIG ? "Python code too long or with too many calls"
					      : "Python code could not be read";
		else
			c->err = rc == -E2BIG ? "shell command line too long, too deep, with too many "
						"commands or past the parse budget"
					      : "shell command line could not be parsed";
		return -EINVAL;
	}
	sc->cmds = cmds;
	sc->n = nc;
	if (nc) {
		sc->cc = agate_arena_zalloc(c->arena, nc * sizeof(*sc->cc));
		if (!sc->cc)
			return -ENOMEM;
	}
	return 0;
}

static int shell_parse(rl_ctx *c, const rl_node *n, rl_scope *sc)
{
	agate_str s;
	memset(sc, 0, sizeof(*sc));
	int rc = operand_text(c, n, &s);
	if (rc < 0 || s.len == 0)
		return rc;
	return parse_text(c, n, s, sc);
}

/* gate sets hold strings only (compile.c), compared case-sensitively */
static bool in_strset(const rl_strset *st, agate_str s, uint64_t h)
{
	return st && s.ptr && set_has_hashed(st, s, h);
}

/* bigrams of p[0..n) lower-cased, as subject_bigrams computes them */
static void rl_bigrams_ci(const char *p, size_t n, uint64_t bg[4])
{
	memset(bg, 0, 4 * sizeof(uint64_t));
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned bh = ((unsigned)lc((unsigned char)p[i]) * 31u +
			       (unsigned)lc((unsigned char)p[i + 1])) & 255u;
		bg[bh >> 6] |= 1ull << (bh & 63);
	}
}

/* could one of g's program/path regexes match cmd? (their literal
 * prefilter, nothing more) */
static bool gate_fre_admits(const rl_gate *g, const agate_shell_cmd *cmd, rl_shcmd_cache *cc,
			    agate_str prog)
{
	for (unsigned k = 0; k < g->nfre; k++) {
		const rl_node *re = g->fre[k]->b;
		bool is_prog = g->fre[k]->a->sub == F_PROGRAM;
		agate_str f = is_prog ? prog : cmd->path;
		if (!f.ptr)
			f.ptr = "";
		uint64_t own[4];
		uint64_t *sb = own;
		if (cc) { /* both fields' bigrams once per command, for every gate */
			if (!cc->have_bg) {
				agate_str pa = cmd->path;
				rl_bigrams_ci(prog.ptr, prog.len, cc->bg[0]);
				rl_bigrams_ci(pa.ptr ? pa.ptr : "", pa.len, cc->bg[1]);
				cc->have_bg = true;
			}
			sb = cc->bg[is_prog ? 0 : 1];
		} else {
			rl_bigrams_ci(f.ptr, f.len, own);
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

/* the hashes of cmd's program ("" when none), next and previous program */
static const uint64_t *gate_hashes(const agate_shell_cmd *cmd, rl_shcmd_cache *cc,
				   uint64_t tmp[3])
{
	if (cc)
		return cmd_hashes(cc, cmd);
	tmp[0] = rl_hash(cmd->program.ptr ? cmd->program.ptr : "", cmd->program.len);
	tmp[1] = cmd->next_program.ptr ? rl_hash(cmd->next_program.ptr, cmd->next_program.len) : 0;
	tmp[2] = cmd->prev_program.ptr ? rl_hash(cmd->prev_program.ptr, cmd->prev_program.len) : 0;
	return tmp;
}

bool rl_gate_admits(const rl_gate *g, const agate_shell_cmd *cmd, rl_shcmd_cache *cc)
{
	if ((g->redir_out && cmd->redirect_out.ptr) || (g->redir_in && cmd->redirect_in.ptr))
		return true;
	agate_str prog = cmd->program;
	if (!prog.ptr)
		prog.ptr = "";
	uint64_t tmp[3];
	const uint64_t *h = gate_hashes(cmd, cc, tmp);
	if (in_strset(g->prog, prog, h[0]) || in_strset(g->next, cmd->next_program, h[1]) ||
	    in_strset(g->prev, cmd->prev_program, h[2]))
		return true;
	return gate_fre_admits(g, cmd, cc, prog);
}

/* bits |= the gates name opens in position which (0 program, 1 next,
 * 2 previous) */
static void gname_or(const rl_gindex *gx, agate_str name, uint64_t h, unsigned which,
		     uint64_t *bits)
{
	for (uint32_t j = (uint32_t)h & (gx->cap - 1); gx->names[j].name.ptr;
	     j = (j + 1) & (gx->cap - 1)) {
		const rl_gname *e = &gx->names[j];
		if (e->hash != h || !bytes_eq(name, e->name, false))
			continue;
		const uint64_t *src = gx->bits + e->off + which * gx->nwords;
		for (uint32_t w = 0; w < gx->nwords; w++)
			bits[w] |= src[w];
		return;
	}
}

void rl_gate_bits(const rl_gindex *gx, const agate_shell_cmd *cmd, rl_shcmd_cache *cc,
		  uint64_t *bits)
{
	uint32_t nw = gx->nwords;
	for (uint32_t w = 0; w < nw; w++) {
		bits[w] = (cmd->redirect_out.ptr ? gx->redir_out[w] : 0) |
			  (cmd->redirect_in.ptr ? gx->redir_in[w] : 0);
		bits[nw + w] = 0;
	}
	agate_str prog = cmd->program;
	if (!prog.ptr)
		prog.ptr = "";
	uint64_t tmp[3];
	const uint64_t *h = gate_hashes(cmd, cc, tmp);
	gname_or(gx, prog, h[0], 0, bits);
	if (cmd->next_program.ptr)
		gname_or(gx, cmd->next_program, h[1], 1, bits);
	if (cmd->prev_program.ptr)
		gname_or(gx, cmd->prev_program, h[2], 2, bits);
}

bool rl_gate_bits_admit(const rl_gindex *gx, const rl_gate *g, const agate_shell_cmd *cmd,
			rl_shcmd_cache *cc, uint64_t *bits)
{
	uint32_t id = g->id, w = id >> 6;
	uint64_t m = 1ull << (id & 63);
	if (bits[w] & m)
		return true;
	if (!g->nfre || (bits[gx->nwords + w] & m))
		return false;
	bits[gx->nwords + w] |= m;
	agate_str prog = cmd->program;
	if (!prog.ptr)
		prog.ptr = "";
	if (!gate_fre_admits(g, cmd, cc, prog))
		return false;
	bits[w] |= m;
	return true;
}

/* the gates cmd's names open, computed once per command into a (the
 * arena of its scope) (NULL: the arena is full, or g is not of this rule
 * set; then ask the gate itself) */
static uint64_t *cmd_gates(rl_ctx *c, agate_arena *a, const rl_gate *g,
			   const agate_shell_cmd *cmd, rl_shcmd_cache *cc)
{
	const agate_ruleset *rs = c->rs;
	if (!cc || !rs->gidx || g->id >= rs->ngates || rs->gates[g->id] != g)
		return NULL;
	if (!cc->gates) {
		uint64_t *b = agate_arena_alloc(a, 2 * rs->gidx->nwords * sizeof(*b));
		if (!b)
			return NULL;
		rl_gate_bits(rs->gidx, cmd, cc, b);
		cc->gates = b;
	}
	return cc->gates;
}

static bool gate_admits(rl_ctx *c, agate_arena *a, const rl_gate *g,
			const agate_shell_cmd *cmd, rl_shcmd_cache *cc)
{
	uint64_t *b = cmd_gates(c, a, g, cmd, cc);
	if (!b)
		return rl_gate_admits(g, cmd, cc);
	if (b[g->id >> 6] >> (g->id & 63) & 1)
		return true;
	return g->nfre && rl_gate_bits_admit(c->rs->gidx, g, cmd, cc, b);
}

/* does some command of sc admit g? The union of the gates every
 * command's names open is kept with the scope, so a gate without regexes
 * is one bit test; a regex gate that no name opens asks each command. */
__attribute__((noinline)) static bool scope_admits_slow(rl_ctx *c, rl_scope *sc,
							 const rl_gate *g)
{
	if (!sc->gates_any && sc->n && sc->cc &&
	    cmd_gates(c, sc->arena, g, &sc->cmds[0], &sc->cc[0])) {
		uint32_t nw = c->rs->gidx->nwords;
		uint64_t *any = agate_arena_zalloc(sc->arena, nw * sizeof(*any));
		for (size_t i = 0; any && i < sc->n; i++) {
			const uint64_t *b = cmd_gates(c, sc->arena, g, &sc->cmds[i], &sc->cc[i]);
			if (!b)
				any = NULL;
			for (uint32_t w = 0; any && w < nw; w++)
				any[w] |= b[w];
		}
		sc->gates_any = any;
	}
	if (sc->gates_any && g->id < c->rs->ngates && c->rs->gates[g->id] == g) {
		if (sc->gates_any[g->id >> 6] >> (g->id & 63) & 1)
			return true;
		if (!g->nfre)
			return false;
	}
	for (size_t i = 0; i < sc->n; i++)
		if (gate_admits(c, sc->arena, g, &sc->cmds[i], sc->cc ? &sc->cc[i] : NULL))
			return true;
	return false;
}

static inline bool scope_admits(rl_ctx *c, rl_scope *sc, const rl_gate *g)
{
	if (sc->gates_any && g->id < c->rs->ngates && c->rs->gates[g->id] == g) {
		if (sc->gates_any[g->id >> 6] >> (g->id & 63) & 1)
			return true;
		if (!g->nfre)
			return false;
	}
	return scope_admits_slow(c, sc, g);
}

/* The slot of the rules' context that parsed s for n, when c is the
 * history record's and borrows the rules' parses: the parse is a function
 * of the text alone (and of shell or Python, which the slot fixes), so
 * the same text gives the same commands. NULL when it must parse. */
static const rl_shslot *lent_slot(const rl_ctx *c, const rl_node *n, agate_str s)
{
	const agate_eval_parsed *p = c->lent;
	if (!p || !p->shell)
		return NULL;
	const rl_shslot *ls = &p->shell[n->u.cmd_slot];
	if (!ls->done || !ls->scope.line || ls->scope.line_len != s.len)
		return NULL;
	if (ls->scope.line != s.ptr && memcmp(ls->scope.line, s.ptr, s.len) != 0)
		return NULL;
	return ls;
}

/* Fill sl, the slot of n: its operand's text, parsed here or borrowed.
 * sl->err as shell_parse answers. */
static void fill_slot(rl_ctx *c, const rl_node *n, rl_shslot *sl)
{
	agate_str s;
	memset(&sl->scope, 0, sizeof(sl->scope));
	sl->err = operand_text(c, n, &s);
	if (sl->err < 0 || s.len == 0)
		return;
	const rl_shslot *ls = lent_slot(c, n, s);
	if (ls) {
		/* its commands and their caches stay in the decision's arena
		 * (ls->scope.arena), which outlives this context */
		sl->err = ls->err;
		sl->msg = ls->msg;
		sl->scope = ls->scope;
		sl->scope.i = 0;
		c->borrowed = true;
		return;
	}
	sl->err = parse_text(c, n, s, &sl->scope);
}

/* cmd_slot, the first time a slot is asked for */
__attribute__((noinline)) static int cmd_slot_fill(rl_ctx *c, const rl_node *n,
						    rl_shslot **out)
{
	if (!c->shell) {
		c->shell = agate_arena_zalloc(c->arena, c->rs->ncmd * sizeof(*c->shell));
		if (!c->shell)
			return -ENOMEM;
	}
	rl_shslot *sl = &c->shell[n->u.cmd_slot];
	if (!sl->done) {
		sl->msg = NULL;
		fill_slot(c, n, sl);
		if (sl->err == -ENOMEM)
			return sl->err;
		sl->done = true;
		if (sl->err < 0) {
			sl->scope.n = 0;
			if (!sl->msg)
				sl->msg = c->err;
		}
	}
	*out = sl;
	return 0;
}

/* the parse of n's operand, shared by every cmd{} over it (0, -ENOMEM) */
static inline int cmd_slot(rl_ctx *c, const rl_node *n, rl_shslot **out)
{
	if (c->shell && c->shell[n->u.cmd_slot].done) {
		*out = &c->shell[n->u.cmd_slot];
		return 0;
	}
	return cmd_slot_fill(c, n, out);
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
	return scope_admits(c, &sl->scope, n->gate) ? 1 : 0;
}

/* 0 when n is surely false without error (so a rule whose first check it
 * is cannot match), 1 when it may hold, -ENOMEM. Mirrors the evaluation
 * order: the left of `and`; `or` only when both sides are refuted. */
int may_hold(rl_ctx *c, const rl_node *n, int depth)
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
		if (!n->pre_re) /* rl_precheck_regex(n), computed at load */
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
		const uint64_t *lits = subject_lits(c, ls.ptr, ls.len, ls.ptr != nb);
		if (lits) {
			for (uint32_t i = 0; i < n->b->u.re.n; i++)
				if (re_may_match_bits(&n->b->u.re.res[i], ls, lits))
					return 1;
			return 0;
		}
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

/* The command a cmd{} body held on, as the rules saw it (words after
 * unquoting and expansion, the directory of a preceding cd), and what was
 * resolved to get there: `$f = /etc/passwd`. Long words are cut. */
static void trace_command(rl_sbuf *sb, const agate_shell_cmd *cmd)
{
	enum { CUT = 160 };
#define CUTLEN(s) rl_utf8_cut((s).ptr, (s).len, CUT)
#define CUTMARK(s) ((s).len > CUT ? "..." : "")
	rl_sb_puts(sb, "      command: ");
	rl_sb_put(sb, cmd->path.ptr ? cmd->path.ptr : "", CUTLEN(cmd->path));
	for (size_t k = 0; k < cmd->argc && k < 16; k++) {
		bool q = memchr(cmd->argv[k].ptr, ' ', cmd->argv[k].len) || !cmd->argv[k].len;
		rl_sb_puts(sb, q ? " '" : " ");
		rl_sb_put(sb, cmd->argv[k].ptr, CUTLEN(cmd->argv[k]));
		rl_sb_puts(sb, CUTMARK(cmd->argv[k]));
		if (q)
			rl_sb_puts(sb, "'");
	}
	if (cmd->argc > 16)
		rl_sb_puts(sb, " ...");
	if (cmd->cwd)
		rl_sb_printf(sb, " (in %.*s)", (int)CUTLEN(((agate_str){ cmd->cwd, strlen(cmd->cwd) })),
			     cmd->cwd);
	rl_sb_puts(sb, "\n");
	for (size_t k = 0; k < cmd->nbindings; k++) {
		const agate_shell_binding *b = &cmd->bindings[k];
		rl_sb_puts(sb, k ? ", " : "      resolved: ");
		rl_sb_put(sb, b->name.ptr, CUTLEN(b->name));
		rl_sb_puts(sb, " = ");
		rl_sb_put(sb, b->value.ptr, CUTLEN(b->value));
		rl_sb_puts(sb, CUTMARK(b->value));
	}
	if (cmd->nbindings)
		rl_sb_puts(sb, "\n");
#undef CUTLEN
#undef CUTMARK
}

static int eval_cmd(rl_ctx *c, const rl_node *n, bool *out)
{
	rl_scope local, *shared = NULL;
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
		shared = &sl->scope;
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
	size_t upto = local.n;
	if (gate && shared && !scope_admits(c, shared, gate))
		upto = 0; /* no command can pass: the body is never asked */
	for (size_t i = 0; i < upto; i++) {
		if (gate && !gate_admits(c, local.arena, gate, &local.cmds[i],
					 local.cc ? &local.cc[i] : NULL))
			continue;
		local.i = i;
		c->scope = &local;
		rc = rl_eval_bool(c, n->b, out);
		if (rc < 0 || *out)
			break;
	}
	c->scope = saved;
	if (rc == 0 && c->trace && !c->trace->overflow) {
		rl_sb_puts(c->trace, n->sub == RL_CMD_PY ? "    py(" : "    cmd(");
		rl_print_node(c->trace, n->a, false, 0);
		rl_sb_printf(c->trace, ") { ... } -> %s (%zu command%s)\n",
			     *out ? "true" : "false", local.n, local.n == 1 ? "" : "s");
		if (*out && local.i < local.n)
			trace_command(c->trace, &local.cmds[local.i]);
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

/* The functions of one value, v (their first argument, evaluated): what
 * they make of it, in *o. Inline in eval_call, which every call of a
 * function runs. */
static inline __attribute__((always_inline)) int call_of(rl_ctx *c, const rl_node *n,
							 const rl_val *v, rl_val *o)
{
	int rc;
	memset(o, 0, sizeof(*o));
	switch (n->sub) {
	case FN_AMOUNT:
		rl_fn_amount(v, o);
		return 0;
	case FN_SECONDS:
		rl_fn_seconds(v, n->u.unit_secs, o);
		return 0;
	case FN_PLAIN:
		return rl_fn_plain(c, v, o);
	case FN_PAIRS:
		return rl_fn_pairs(c, v, o);
	case FN_FOLD:
		return rl_fn_fold(c, v, o);
	case FN_LOWER: {
		if (v->kind != RV_STR) {
			*o = *v;
			return 0;
		}
		char *s = agate_arena_strndup(c->arena, v->s.ptr, v->s.len);
		if (!s)
			return -ENOMEM;
		for (size_t i = 0; i < v->s.len; i++)
			s[i] = (char)lc((unsigned char)s[i]);
		set_str(o, s, v->s.len);
		return 0;
	}
	case FN_IS_NUMBER: {
		/* what an ordering comparison reads without an error */
		double d;
		set_bool(o, rl_val_num(v, &d));
		return 0;
	}
	case FN_LEN:
		if (v->kind == RV_STR)
			set_num(o, (double)v->s.len);
		else if (v->kind == RV_TREE)
			set_num(o, v->t->type == AGATE_ARRAY ? v->t->as.array.len
							     : v->t->as.map.len);
		else if (v->kind == RV_IDTOOLS)
			set_num(o, c->id ? (double)agate_identity_tool_count(c->id) : 0);
		else
			set_num(o, 0);
		return 0;
	case FN_PATH: {
		if (v->kind != RV_STR) {
			*o = *v;
			return 0;
		}
		const agate_shell_cmd *cmd = cur_cmd(c);
		char *s = agate_path_normalize(c->arena, v->s.ptr, v->s.len,
					       cmd ? cmd->cwd : NULL);
		if (!s)
			return -ENOMEM;
		set_cstr(o, s);
		return 0;
	}
	case FN_LUHN:
	case FN_IBAN: {
		bool b = false;
		rc = n->sub == FN_LUHN ? rl_fn_luhn(c, v, &b) : rl_fn_iban(c, v, &b);
		set_bool(o, b);
		return rc;
	}
	case FN_FROM: {
		size_t max = n->nargs > 2 ? (size_t)n->args[2]->u.lit.v.n : SIZE_MAX;
		return rl_fn_from(c, v, n->args[1], max, o);
	}
	case FN_BEFORE:
		return rl_fn_before(c, v, n->args[1], o);
	case FN_CLAUSES:
	case FN_CLAUSES_WITHOUT:
		return rl_fn_clauses(c, v, n->args[1], n->sub == FN_CLAUSES, o);
	case FN_SHARES:
	case FN_SHARES_CODE: {
		rl_val y, z;
		bool codes = n->sub == FN_SHARES_CODE;
		if ((rc = rl_eval_val(c, n->args[1], &y)) < 0)
			return rc;
		if (n->nargs < 3)
			return rl_fn_shares(c, v, &y, NULL, codes, o);
		if ((rc = rl_eval_val(c, n->args[2], &z)) < 0)
			return rc;
		return rl_fn_shares(c, v, &y, &z, codes, o);
	}
	default: { /* FN_PARAM */
		rl_val keys[8];
		rl_val *kv = keys;
		size_t nk = n->nargs - 1;
		if (n->u.pkeys) /* constant keys, folded at load */
			return rl_fn_param(c, v, n->u.pkeys, NULL, 0, o);
		if (nk > sizeof(keys) / sizeof(keys[0]) &&
		    !(kv = agate_arena_alloc(c->arena, nk * sizeof(*kv))))
			return -ENOMEM;
		for (size_t i = 0; i < nk; i++)
			if ((rc = rl_eval_val(c, n->args[i + 1], &kv[i])) < 0)
				return rc;
		return rl_fn_param(c, v, NULL, kv, nk, o);
	}
	}
}

static bool of_one_value(int sub)
{
	switch (sub) {
	case FN_AMOUNT: case FN_SECONDS: case FN_PLAIN: case FN_PAIRS: case FN_FOLD:
	case FN_LOWER: case FN_IS_NUMBER: case FN_LUHN: case FN_IBAN: case FN_FROM:
	case FN_BEFORE: case FN_CLAUSES: case FN_CLAUSES_WITHOUT: case FN_SHARES:
	case FN_SHARES_CODE: case FN_PARAM: case FN_LEN: case FN_PATH:
		return true;
	default:
		return false;
	}
}

/* A function of a value read two ways (rl_val.tied) is of each reading,
 * so that `lower(param(args, "approver")) == lower(param(args, "user"))`
 * and `is_number(amount(...))` weigh every value a tool may take: what it
 * makes of the readings' text, tied to what it makes of each reading. A
 * result that is a map or a list is that of the text alone; too many
 * readings stay too many. */
__attribute__((noinline)) static int call_of_readings(rl_ctx *c, const rl_node *n,
						      const rl_val *v, rl_val *o)
{
	rl_val text = *v;
	text.tied = 0;
	text.t = NULL;
	int rc = call_of(c, n, &text, o);
	if (rc < 0 || o->kind == RV_TREE || o->kind == RV_IDTOOLS)
		return rc;
	if (v->tied != RL_TIED_READINGS) {
		o->tied = v->tied;
		o->t = NULL;
		return 0;
	}
	uint32_t nr = v->t->as.array.len;
	agate_value *items;
	if ((rc = rl_readings_new(c, nr, o, &items)) < 0 || !items)
		return rc;
	for (uint32_t i = 0; i < nr; i++) {
		rl_val a, b;
		agate_value *e = &items[i];
		from_value(&v->t->as.array.items[i], &a);
		if ((rc = call_of(c, n, &a, &b)) < 0)
			return rc;
		switch (b.kind) {
		case RV_BOOL: e->type = AGATE_BOOL, e->as.boolean = b.b; break;
		case RV_NUM: e->type = AGATE_FLOAT, e->as.real = b.n; break;
		case RV_STR: e->type = AGATE_STR, e->as.str = b.s; break;
		case RV_TREE: *e = *b.t; break;
		default: e->type = AGATE_NIL; break;
		}
	}
	return 0;
}

static int eval_call(rl_ctx *c, const rl_node *n, rl_val *o)
{
	int rc;
	if (of_one_value(n->sub)) {
		rl_val v;
		if ((rc = rl_eval_val(c, n->args[0], &v)) < 0)
			return rc;
		if (__builtin_expect(v.tied != 0, 0))
			return call_of_readings(c, n, &v, o);
		return call_of(c, n, &v, o);
	}
	memset(o, 0, sizeof(*o));
	switch (n->sub) {
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
	default:
		break;
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

/* The rules' answer for n, when c is the history record's and n reads
 * the call alone: kept in c's memo too. Its strings are in the decision's
 * arena, which outlives c's. */
__attribute__((noinline)) static bool lent_memo_v(rl_ctx *c, const rl_node *n, rl_val *out)
{
	const agate_eval_parsed *p = c->lent;
	if (!n->call_only || !p->memo_vd || !p->memo_vd[n->memo])
		return false;
	*out = p->memo_v[n->memo];
	c->memo_v[n->memo] = *out;
	c->memo_vd[n->memo] = 1;
	c->borrowed = true;
	return true;
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
			if (c->lent && lent_memo_v(c, n, out))
				return 0;
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

/* lent_memo_v for a boolean memo slot */
__attribute__((noinline)) static bool lent_memo_b(rl_ctx *c, const rl_node *n, bool *out)
{
	const agate_eval_parsed *p = c->lent;
	uint8_t m;
	if (!n->call_only || !p->memo_b || !(m = p->memo_b[n->memo]))
		return false;
	c->memo_b[n->memo] = m;
	c->borrowed = true;
	*out = m == 2;
	return true;
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
	if (c->lent && lent_memo_b(c, n, out))
		return 0;
	/* an error is not kept: evaluated again, it fails again the same way */
	unsigned ties = c->ties_met;
	rc = eval_leafy(c, n, out);
	if (rc == 0 && c->ties_met == ties)
		c->memo_b[n->memo] = *out ? 2 : 1;
	return rc;
}

/* A value read two ways taken as a test (`is_number(amount(...))`): true
 * when some reading is, or every one where c->negated, as a comparison
 * weighs them (compare.c) */
static bool tied_truthy(rl_ctx *c, const rl_val *v)
{
	bool some = !c->negated;
	c->ties_met++;
	if (v->tied != RL_TIED_READINGS)
		return some;
	for (uint32_t i = 0; i < v->t->as.array.len; i++) {
		rl_val a;
		from_value(&v->t->as.array.items[i], &a);
		if (truthy(c, &a) == some)
			return some;
	}
	return !some;
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
		c->negated = !c->negated;
		rc = rl_eval_bool(c, n->a, out);
		c->negated = !c->negated;
		if (rc < 0)
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
		*out = __builtin_expect(v.tied != 0, 0) ? tied_truthy(c, &v) : truthy(c, &v);
		return 0;
	}
	default:
		c->err = "internal error: unresolved expression";
		return -EINVAL;
	}
}

/* lang_int.h - private to policy/lang: the compiler's working state.
 *
 * Tokens and the lexer, the builder that collects every source's rules,
 * and the state each compile pass shares (cst). None of it outlives
 * agate_rules_compile; what does is in model.h.
 */
#ifndef AGATE_POLICY_LANG_INT_H
#define AGATE_POLICY_LANG_INT_H

#include <string.h>

#include "policy/lang/model.h"

/* ---- lexer ------------------------------------------------------------ */
enum rl_tok_kind {
	T_EOF = 0,
	T_NL,
	T_IDENT,
	T_AT,     /* @name; text without '@' */
	T_STR,
	T_NUM,
	T_DUR,    /* 60s, 5m ...; num holds milliseconds */
	T_REGEX,
	T_LP,
	T_RP,
	T_LB,
	T_RB,
	T_LC,
	T_RC,
	T_COMMA,
	T_DEFINE, /* := */
	T_COLON,
	T_EQ,
	T_NE,
	T_LT,
	T_LE,
	T_GT,
	T_GE,
	T_BANG,
	T_ANDAND,
	T_OROR,
	T_PIPE,
	T_ERR,    /* the lexer already reported it */
};

typedef struct rl_tok {
	uint8_t kind;
	bool bol;        /* first token of its line */
	uint32_t line, col;
	size_t off, len; /* raw span in the source */
	const char *s;   /* T_IDENT/T_AT text, T_STR decoded, T_REGEX body */
	size_t slen;
	double num;
	char flags[8];   /* T_REGEX flags */
} rl_tok;

struct rl_build;

#define RL_LOOKAHEAD 8

typedef struct rl_lexer {
	const char *src;
	size_t len, pos;
	uint32_t line, col;
	bool bol;
	const char *file;
	struct rl_build *b;
	rl_pool *pool;
	rl_tok la[RL_LOOKAHEAD];
	unsigned nla, head;
	bool quiet; /* report nothing (a second look at text already reported) */
} rl_lexer;

void rl_lex_init(rl_lexer *lx, struct rl_build *b, rl_pool *pool,
		 const char *file, const char *src, size_t len);
const rl_tok *rl_lex_peek(rl_lexer *lx, unsigned k);
void rl_lex_next(rl_lexer *lx);
/* drop the lookahead and continue lexing at byte off (line/col given) */
void rl_lex_seek(rl_lexer *lx, size_t off, uint32_t line, uint32_t col);
const char *rl_tok_describe(const rl_tok *t, char *buf, size_t cap);

/* ---- compile-time state shared by parser and compiler ------------------ */
typedef struct rl_agent {
	const char *name;
	const char *file;
	uint32_t line, col;
	rl_node *tools_node; /* parse time: the tools list */
	agate_identity_spec spec;
} rl_agent;

/* What a statement defines; a statement that failed to parse after its
 * name is kept as an rl_broken, so that later passes know the name was
 * meant to exist. */
enum rl_def_kind { RL_DEF_RULE = 0, RL_DEF_PRED, RL_DEF_LIST, RL_DEF_AGENT, RL_DEF__COUNT };

typedef struct rl_broken {
	uint8_t kind;     /* rl_def_kind */
	const char *name; /* pool */
	const char *file; /* interned source name */
	uint32_t line, col;
} rl_broken;

typedef struct rl_build {
	agate_ruleset *rs;
	agate_diags *diags;
	size_t nerrors;
	size_t ndiag_errors; /* errors actually written (bounded) */
	bool oom;
	void *md;            /* EVP_MD_CTX for the digest */
	char *digest_root;   /* realpath of the current source's root, or NULL */
	rl_vec rules, preds, lists, agents;
	rl_vec stack;        /* char* canonical paths being parsed (include cycles) */
	rl_vec seen;         /* char* canonical paths already parsed */
	bool saw_allow, saw_block;
	int include_depth;
	/* every source's interned name in parse order, and name -> place + 1:
	 * the order diagnostics are sorted in */
	rl_vec files;
	rl_map file_rank;
	/* statements that failed to parse: what they would have defined (a
	 * name -> its first rl_broken per kind), and every name they mention
	 * (so that what they use is not reported as unused) */
	rl_vec broken;
	rl_map broken_names[RL_DEF__COUNT];
	rl_map mentioned;
	/* a name was left unresolved without an error of its own (it names a
	 * broken statement): the trees are not whole, later passes that need
	 * them do not run */
	bool incomplete;
} rl_build;

/* the first statement of kind that failed to parse with this name, or NULL */
static inline const rl_broken *rl_broken_def(const rl_build *b, int kind,
					      const char *name, size_t len)
{
	return rl_map_get(&b->broken_names[kind], name, len);
}

/* A name of kind (RL_DEF_PRED or RL_DEF_LIST) was not found: true when a
 * statement that failed to parse meant to define it, so that its error
 * already stands for this one (the caller reports nothing, the trees are
 * marked incomplete); false when the caller must report it. */
static inline bool rl_follow_on(rl_build *b, int kind, const char *name, size_t len)
{
	if (!rl_broken_def(b, kind, name, len))
		return false;
	b->incomplete = true;
	return true;
}

void rl_error(rl_build *b, const char *file, uint32_t line, uint32_t col,
	      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void rl_warn(rl_build *b, const char *file, uint32_t line, uint32_t col,
	     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* parser.c: parse one source into b (rules, predicates, lists, agents). */
int rl_parse_source(rl_build *b, const char *name, const char *text, size_t len);
/* build.c: digest one source's name and bytes */
void rl_digest_source(rl_build *b, const char *name, const char *text, size_t len);

/* ---- parser: shared by parser_expr.c and parser.c ------------------------ */
typedef struct parser {
	rl_build *b;
	rl_pool *pool;
	rl_lexer lx;
	const char *file; /* interned name */
	int nest;         /* open ( [ { : newlines are blanks */
	int depth;
	bool fail;        /* current statement failed; resync */
	/* what the current statement defines, once its name is read */
	int def_kind;
	const char *def_name;
	uint32_t def_line, def_col;
	bool overriding;  /* `override list` / `override predicate` */
} parser;

/* the words that begin a rule's clauses, and the statements (parser_expr.c) */
extern const char *const clause_words[];
extern const char *const top_words[];

/* The token cursor both halves of the parser read through. */
static inline const rl_tok *tok(parser *p)
{
	while (p->nest > 0 && rl_lex_peek(&p->lx, 0)->kind == T_NL)
		rl_lex_next(&p->lx);
	return rl_lex_peek(&p->lx, 0);
}

static inline void next(parser *p)
{
	(void)tok(p);
	rl_lex_next(&p->lx);
}

static inline void skip_nl(parser *p)
{
	while (rl_lex_peek(&p->lx, 0)->kind == T_NL)
		rl_lex_next(&p->lx);
}

static inline bool is_word(const rl_tok *t, const char *w)
{
	size_t n = strlen(w);
	return t->kind == T_IDENT && t->slen == n && memcmp(t->s, w, n) == 0;
}

static inline bool in_words(const rl_tok *t, const char *const *w)
{
	for (; *w; w++)
		if (is_word(t, *w))
			return true;
	return false;
}

/* a token that ends a clause's content */
static inline bool ends_clause(const rl_tok *t)
{
	return t->kind == T_EOF || in_words(t, clause_words) ||
	       (t->bol && in_words(t, top_words));
}

static inline void *expected(parser *p, const char *what)
{
	const rl_tok *t = tok(p);
	char buf[96];
	if (t->kind != T_ERR && !p->fail)
		rl_error(p->b, p->file, t->line, t->col, "expected %s, found %s", what,
			 rl_tok_describe(t, buf, sizeof(buf)));
	p->fail = true;
	return NULL;
}

static inline char *dup(parser *p, const char *s, size_t n)
{
	char *d = rl_strndup(p->pool, s, n);
	if (!d) {
		p->b->oom = true;
		p->fail = true;
	}
	return d;
}

static inline bool want(parser *p, int kind, const char *what)
{
	if (tok(p)->kind != kind) {
		expected(p, what);
		return false;
	}
	next(p);
	return true;
}

/* parser_expr.c: one value (literal, regex, name, @list, [list], call,
 * cmd{}, (expr)), and one whole expression; NULL after an error (reported,
 * p->fail set) */
rl_node *parse_value(parser *p);
rl_node *parse_expr(parser *p);

/* ---- compile state: what every compile pass shares (compile.c owns it) -- */
typedef struct cst {
	rl_build *b;
	agate_ruleset *rs;
	rl_map preds, lists, rules;
	rl_map hbit_keys, hval_keys, cmd_keys; /* canonical text -> slot+1 */
	rl_map memo_b_keys, memo_v_keys;       /* canonical text -> memo slot+1 */
	rl_vec texts;                          /* malloc'd keys of those maps */
	rl_vec hbits, hvals;                   /* rl_hslot* */
	agate_arena *tmp;                      /* path normalisation */
	uint64_t *pred_hash;                   /* per predicate, 0 = not yet */
	rl_map lit_keys;                       /* regex literal key -> id+1 */
	rl_map re_seen;                        /* flags NUL pattern -> its re_seen */
	rl_vec lit_texts;                      /* the keys by id (pool strings) */
	rl_map glob_keys;                      /* the same for glob lists' runs */
	rl_vec glob_texts;
	rl_vec gates;                          /* rl_gate*, by id */
} cst;

/* ---- litscan.c ---------------------------------------------------------- */
/* the id of a regex literal's key (its lower case); 0, -EINVAL, -ENOMEM */
int litscan_key(cst *c, const char *lit, size_t len, uint32_t *id);
/* rs->lits from every key, rs->glits from every glob list's; 0 or -ENOMEM */
int litscan_build(cst *c);
/* `x glob arr` with arr a constant list: the keys of each pattern (see
 * rl_globset); NULL after b->oom */
rl_globset *globset_build(cst *c, const agate_value *arr);

/* ---- needs.c ------------------------------------------------------------ */
/* every rule's needs (rl_rule.needs) from its checks; after
 * litscan_build. 0 or -ENOMEM */
int needs_build(cst *c);

/* ---- key_needs.c -------------------------------------------------------- */
/* every rule's key needs (rl_rule.kneeds) and rs->knames; after
 * plan_all (param() keys folded). 0 or -ENOMEM */
int key_needs_build(cst *c);

/* ---- gindex.c ----------------------------------------------------------- */
/* rs->gates and rs->gidx from every gate assign_gates made; 0 or -ENOMEM */
int gindex_build(cst *c);

/* regex.c: compile one pattern (flags from "imsxu") into the rule set's
 * list of regexes, with its literal prefilter; NULL after an error
 * (reported, or b->oom) */
rl_re *compile_re(cst *c, const rl_node *at, const char *src, size_t len,
		  const char *flags);
/* the same without reporting: NULL when it does not compile (or oom) */
rl_re *compile_re_quiet(cst *c, const char *src, size_t len, const char *flags);
/* regex_split.c: compile_re, and when the pattern has no prefilter but is
 * a wide alternation, its alternatives in groups that each keep one:
 * *nparts regexes (an array in the pool) matching a subject exactly when
 * the pattern does. NULL after an error, as compile_re. */
rl_re *compile_re_split(cst *c, const rl_node *at, const char *src, size_t len,
			const char *flags, uint32_t *nparts);
/* set r->u.re.rep when every alternative of r has a literal prefilter */
void regex_rep(cst *c, rl_node *r);

/* ---- resolve.c ---------------------------------------------------------- */
/* a field only cmd(...) { } provides (program, argv ...) */
static inline bool is_cmd_field(int f)
{
	return f >= F_PROGRAM;
}


/* flatten list l (and the lists it names) into l->value; false after an
 * error (reported) */
bool list_flatten(cst *c, rl_list *l, int level);
/* a keyword, a function or a field name: no predicate may take it */
bool reserved_name(const char *s);
/* resolve n in place: names, lists, regexes, `under` paths, `in` sets */
void resolve(cst *c, rl_node *n, bool in_cmd, bool in_hist);
/* depth-first over the predicates pr uses: cycles, depth, has_hist and
 * scoped; -1 after an error (reported) */
int pred_visit(cst *c, rl_pred *pr, int level);
/* the strings of a constant array, hashed (ci: ignoring ASCII case) */
rl_strset *build_strset(cst *c, const agate_value *arr, bool ci);

/* ---- plan.c -------------------------------------------------------------- */
/* history slots of count/sum/seen and shell-parse cache slots of cmd(),
 * shared by every expression spelled the same */
void assign_slots(cst *c, rl_node *n);
/* per-decision memo slots of expressions that read no cmd{} field and no
 * history */
void assign_memo(cst *c, rl_node *n);
/* set pre_re on the comparisons a rule's pregate reaches */
void mark_prechecks(rl_node *n, int depth);
/* cmd{} gates and the direct paths of program/next_program/prev_program
 * tests */
void assign_gates(cst *c, rl_node *n);
/* param(...) calls whose keys are constants get them folded (u.pkeys) */
void assign_param_keys(cst *c, rl_node *n);
/* can eval.c's may_hold refute n without evaluating it? */
bool precheck_useful(const rl_node *n, int depth);

/* ---- index.c ------------------------------------------------------------- */
/* the exact trigger names of every rule, gathered before the index is
 * built (freed with trig_acc_free) */
typedef struct trig_acc {
	rl_map names; /* lower name -> tmp_bucket */
	rl_vec buckets;
} trig_acc;

/* r's triggers into acc (exact names) and r->globs; returns the rule's
 * lower-cased exact names, each followed by ',' (malloc'd, for the
 * shadowing lint), NULL when out of memory */
char *rule_triggers(cst *c, trig_acc *acc, rl_rule *r);
/* the rule set's patterns, bigram map and buckets, from acc and the
 * rules' globs */
void build_index(cst *c, trig_acc *acc);
void trig_acc_free(trig_acc *acc);

#endif

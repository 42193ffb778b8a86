/* model.h - the compiled rule set: what lang/ builds and eval/ reads.
 * Nothing outside policy/ includes it; the public contract is rules.h.
 *
 * Life of a rule set: the parser turns each source into nodes allocated
 * from the rule set's pool; compile.c resolves names in place, compiles
 * regexes, assigns history and shell-cache slots and builds the trigger
 * index; from then on the rule set is never written again, so policy/eval
 * may read it from any number of threads. The compiler's own state (tokens,
 * the builder) is in lang_int.h.
 */
#ifndef AGATE_POLICY_MODEL_H
#define AGATE_POLICY_MODEL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "policy/base/pool.h"
#include "policy/base/text.h"
#include "policy/lang/rules.h"
#include "policy/shell/shell.h"

/* ---- limits (docs/rules.md lists them) ------------------------------ */
/* RL_MAX_SOURCE, bytes per source file: policy/base/file.h */
#define RL_MAX_RULES 1000000u
#define RL_MAX_NAMES 1000000u         /* predicates + lists + agents */
#define RL_MAX_DEPTH 64               /* expression nesting while parsing */
#define RL_MAX_EXPAND 32              /* predicate reference depth */
#define RL_MAX_LIST 100000u           /* elements of one list, flattened */
#define RL_MAX_INCLUDE_DEPTH 16
#define RL_MAX_ERRORS 200             /* diagnostics kept before giving up */
#define RL_MAX_HBITS 1024u            /* distinct count()/seen() expressions */
#define RL_MAX_HVALS 256u             /* distinct sum() expressions */
#define RL_FROM_MAX 65536             /* the largest length from() takes */

/* ---- runtime values --------------------------------------------------- */
enum rl_val_kind {
	RV_NIL = 0,
	RV_BOOL,
	RV_NUM,
	RV_STR,
	RV_TREE,    /* an AGATE_ARRAY or AGATE_MAP */
	RV_IDTOOLS, /* agent.tools: only membership, length, truthiness */
};

/* A value read two ways (param() of names that fold alike, or of a key
 * given twice in a text, with different values) is an RV_STR, the text
 * of all its readings, with tied set: RL_TIED_READINGS when t is an
 * AGATE_ARRAY of the readings, RL_TIED_TOO_MANY when there were more than
 * RL_MAX_READINGS (t NULL). A comparison weighs each reading (compare.c). */
#define RL_TIED_READINGS 1
#define RL_TIED_TOO_MANY 2
#define RL_MAX_READINGS 1024

typedef struct rl_val {
	uint8_t kind;
	bool b;
	uint8_t tied; /* 0, or RL_TIED_*: kind is RV_STR */
	double n;
	agate_str s;
	const agate_value *t;
} rl_val;

/* ---- expression nodes ------------------------------------------------ */
enum rl_node_kind {
	N_LIT = 0,
	N_REGEX,
	N_NAME,    /* parse time only: resolved into N_FIELD or N_PRED */
	N_LISTREF, /* parse time only: resolved into N_LIT */
	N_LISTLIT, /* parse time only: [a, b] resolved into N_LIT */
	N_FIELD,
	N_PRED,
	N_AND,
	N_OR,
	N_NOT,
	N_CMP,
	N_CALL,
	N_CMD,
};

enum rl_op {
	OP_NONE = 0, /* quantifier without comparison: truthiness */
	OP_EQ,
	OP_NE,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_CONTAINS,
	OP_ICONTAINS,
	OP_MATCHES,
	OP_GLOB,
	OP_IN,
	OP_STARTS,
	OP_ENDS,
	OP_UNDER,
};

enum rl_quant { Q_NONE = 0, Q_ANY, Q_ALL };

/* N_CMD: what its operand is read as */
enum rl_cmd_lang { RL_CMD_SHELL = 0, RL_CMD_PY };

/* N_CMP shapes evaluated directly: program / next_program / prev_program
 * compared with a string literal (== or !=) or a constant list (in). */
enum rl_fast { FAST_NONE = 0, FAST_EQ, FAST_NE, FAST_IN };

enum rl_field {
	F_TOOL = 0,
	F_TEXT,
	F_AGENT,
	F_SESSION,
	F_ARGS,
	F_CONTEXT,
	F_ROLE,
	F_TOOLS,
	F_PURPOSE,
	F_UID,
	F_DRIFT_SCORE,
	F_DRIFT_SESSION,
	F_DRIFT_RESONANCE,
	F_DRIFT_PROVENANCE,
	F_DRIFT_VETO,
	F_DRIFT_HARD,
	F_DRIFT_AXIS,
	F_DRIFT_VOTES,
	F_DRIFT_AXES_MAX,
	F_PREV_TOOL,
	F_PREV_VERDICT,
	/* only meaningful inside cmd(...) { } */
	F_PROGRAM,
	F_PATH,
	F_ARGV,
	F_OPERANDS,
	F_CWD,
	F_REDIRECT,
	F_PIPED_TO,
	F_PIPED_FROM,
	F_NEXT_PROGRAM,
	F_PREV_PROGRAM,
	F_SUDO,
	F_REDIRECTS,
	F_REDIRECT_IN,
	F_SCRIPT,
	F__COUNT
};

enum rl_func {
	FN_LEN = 0,
	FN_LOWER,
	FN_PATH,
	FN_FIRST,
	FN_COUNT,
	FN_SUM,
	FN_SEEN,
	FN_FLAG,
	FN_IS_NUMBER,
	FN_LUHN,
	FN_IBAN,
	FN_PARAM,
	FN_AMOUNT,
	FN_PLAIN,
	FN_PAIRS,
	FN_FOLD,
	FN_FROM,
	FN_SHARES,
	FN_SHARES_CODE,
	FN_CLAUSES,
	FN_CLAUSES_WITHOUT,
	FN_BEFORE,
	FN_SECONDS,
};

typedef struct rl_re {
	pcre2_code *code;
	bool jit;
	/* literal prefilter, from the pattern at load: every match contains
	 * one of lit[0..nlit) (compared ignoring ASCII case when lit_ci, the
	 * literals then lower-cased), so a subject holding none of them is
	 * answered "no match" without running the regex. nlit 0: none. */
	bool lit_ci;
	uint8_t nlit;
	const uint8_t *lit_len;
	const char *const *lit;
	uint64_t rep[4];             /* one telling bigram of each literal: a
					subject holding none of them holds no
					literal (one test instead of nlit) */
	const uint64_t (*lit_bg)[4]; /* each literal's bigrams (rl_bigrams of
					its lower case): a subject without
					them cannot hold it */
	const uint32_t *lit_key;     /* each literal's key in the rule set's
					rl_litscan (its lower case) */
	uint8_t nkw;                 /* the same keys as nkw (word, mask) pairs
					of the automaton's answer: for a
					caseless regex, some literal is there
					when some bits[kw_word[g]] & kw_mask[g] */
	const uint32_t *kw_word;
	const uint64_t *kw_mask;
	const char *src; /* pattern text, for canonical keys */
	uint32_t len;
	char flags[8];
} rl_re;

typedef struct rl_pred rl_pred;
typedef struct rl_node rl_node;

/* Every regex literal of a rule set (lower-cased, one key each) as one
 * Aho-Corasick automaton over byte classes (litscan.c): a subject is read
 * once and bit k of the answer says whether key k occurs in it, ignoring
 * ASCII case. Built at load, read-only after. */
typedef struct rl_litscan {
	uint32_t nkeys, nwords; /* keys; 64-bit words of an answer */
	uint32_t ncls, nstates;
	uint8_t cls[256];       /* byte -> class (upper case as lower) */
	/* [nstates * ncls]: the next state; delta16 while the states fit
	 * in 16 bits, else delta32 (the other is NULL) */
	const uint16_t *delta16;
	const uint32_t *delta32;
	const uint32_t *out_off; /* [nstates + 1]: keys ending at a state are */
	const uint32_t *out;     /* out[out_off[s] .. out_off[s + 1]) */
} rl_litscan;

/* bits[0 .. ls->nwords) := the keys of ls that occur in s[0..n) */
void rl_litscan_run(const rl_litscan *ls, const char *s, size_t n, uint64_t *bits);
/* the same, adding to bits what they hold already */
void rl_litscan_add(const rl_litscan *ls, const char *s, size_t n, uint64_t *bits);

/* `x glob [list]` with a constant list (litscan.c, globset_build): for
 * element i, the keys of the rule set's glob automaton (rs->glits) that
 * every text the pattern matches holds, ignoring ASCII case: its runs of
 * plain bytes before any '[' or '\'. One scan of the subject then rules
 * out most patterns before glob_match runs; a pattern whose keys are all
 * there is tried as written, so answers are the pattern-by-pattern ones.
 * An element without keys ("*", a number) is always tried. */
typedef struct rl_globset {
	const agate_value *arr;
	uint32_t n;
	const uint32_t *off; /* [n + 1]: element i's keys key[off[i] .. off[i + 1]) */
	const uint32_t *key;
} rl_globset;

/* The string elements of a constant list, hashed, so that `x in @list`
 * costs one probe however long the list is. Other elements (numbers,
 * booleans) are few and still scanned. */
typedef struct rl_strset {
	uint32_t cap;        /* power of two */
	uint32_t *slot;      /* element index + 1, 0 = empty */
	uint64_t *hash;
	const agate_value *arr;
	bool ci;             /* hashed and compared ignoring ASCII case */
	bool has_other;      /* some element is not a string */
} rl_strset;

/* A cmd{} body is false (without error) for a command unless its program
 * is in prog, its next_program in next, its prev_program in prev, or it
 * has an output (redir_out) or input (redir_in) redirection. */
typedef struct rl_gate {
	struct rl_strset *prog, *next, *prev; /* NULL: that field never admits */
	bool redir_out, redir_in;
	/* `program matches /re/` or `path matches /re/`: admitted when the
	 * field may match, by the regexes' literal prefilter (rep set) */
	const struct rl_node *fre[4];
	uint8_t nfre;
	uint32_t id;     /* its bit in rl_gindex */
} rl_gate;

/* Every gate of a rule set at once (gindex.c): the gates a program name
 * opens, as the program, the next or the previous program of a
 * pipeline, and those a redirection opens. A command's gates are then
 * three probes, once per command (eval/expr.c), instead of one test per
 * (gate, command) pair; a gate with program/path regexes runs their
 * prefilter for a command the first time it is asked about it. Bit g is
 * set exactly when the gate with id g admits the command. */
typedef struct rl_gname {
	uint64_t hash;   /* rl_hash of name */
	agate_str name;  /* ptr NULL: empty slot */
	uint32_t off;    /* bits[off ..): as program, as next, as prev
			    (nwords each) */
} rl_gname;

typedef struct rl_gindex {
	uint32_t ngates, nwords;
	uint32_t cap;            /* power of two */
	rl_gname *names;
	uint64_t *bits;
	uint64_t *redir_out, *redir_in; /* nwords each */
	const rl_gate **fre;     /* the gates that have program/path regexes */
	uint32_t nfre;
} rl_gindex;

/* The keys of param(x, k1, k2, ...), folded (rl_fold_key), in the order
 * asked: a name's rank is the index of the first key it folds to. With
 * cap > 0 (keys fixed at load) a hash table answers that in one probe;
 * else the keys are scanned. */
#define RL_PARAM_KEY_MAX 64
typedef struct rl_pkeys {
	size_t n;
	const char **key;
	uint8_t *len;
	uint32_t cap;     /* power of two, 0: no table */
	uint32_t *slot;   /* rank + 1 of the first key hashing there, 0 empty */
	uint64_t *hash;   /* rl_hash of the folded key, per slot */
	uint64_t first[4]; /* with the table: the keys' first bytes, so that
			      most names are refused before they are folded */
	size_t min_len;    /* and the shortest key */
} rl_pkeys;

/* ASCII lower case without '_', '-', '.' and ' ' into out[0..
 * RL_PARAM_KEY_MAX): its length, or RL_PARAM_KEY_MAX + 1 when longer
 * (model.c) */
size_t rl_fold_key(const char *s, size_t n, char *out);

#define RL_NO_SLOT UINT32_MAX
#define RL_NEED_TEXTS 8 /* plain() and pairs() of fields read for the needs */

struct rl_node {
	uint8_t kind;
	uint8_t op;     /* N_CMP */
	uint8_t quant;  /* N_CMP */
	uint8_t fast;   /* N_CMP: a command's name field ==/in a literal, done
			   without the general machinery (rl_fast) */
	bool neg;       /* N_CMP: not in, not contains ... */
	bool ci;        /* N_CMP: compare ASCII case-insensitively (tool names) */
	bool scoped;    /* reads cmd{} fields: value depends on the command */
	bool pre_re;    /* N_CMP reached by a rule's pregate: rl_precheck_regex
			   holds, so eval's may_hold may refute it by its
			   literal prefilter (set at load, plan.c) */
	bool call_only; /* with memo: reads the call alone (no agent.*,
			   drift.*, previous.* or history), so its answer is
			   the same in the history record, which reuses the
			   rules' (plan.c) */
	uint16_t sub;   /* N_FIELD: rl_field, N_CALL: rl_func, N_CMD: RL_CMD_* */
	uint32_t line, col;
	uint32_t memo;  /* per-decision memo slot + 1 (0 = none): an expression
			   that reads no cmd{} field and no history has one
			   answer per decision, shared by every node spelled
			   the same (a predicate, a first(...), a regex test) */
	const char *file;
	struct rl_gate *gate; /* N_CMD: what a command needs for the body to
				 hold (NULL: anything may do); a command that
				 has none of it is skipped without evaluating
				 the body */
	rl_node *a, *b;       /* operands / children */
	rl_node **args;       /* N_CALL arguments, N_LISTLIT items */
	uint32_t nargs;
	union {
		struct {
			rl_val v;
			const char *list; /* name when it came from @list */
		} lit;
		struct {
			const char *s; /* N_NAME text, N_LISTREF name, N_FIELD path */
			uint32_t len;
		} name;
		rl_pred *pred;
		struct {
			const char *src;
			uint32_t src_len;
			char flags[8];
			rl_re *res;  /* compiled alternatives (a list means any) */
			uint32_t n;
			const uint64_t *rep; /* [4]: OR of every alternative's rep,
						when all have literals; else NULL */
			const char *list;
		} re;
		struct {
			int64_t window_ms; /* < 0: the whole history */
			uint32_t slot;     /* into ruleset hbits / hvals */
		} hist;
		struct {
			char sflag;
			const char *lflag;
		} flag;
		double unit_secs;  /* N_CALL seconds(x, "unit"): the unit's seconds,
				      read once at load (1 without a unit) */
		uint32_t cmd_slot; /* N_CMD: shell parse cache, RL_NO_SLOT = none */
		const struct rl_pkeys *pkeys; /* N_CALL param(x, keys...) whose keys
						 are constants: folded at load
						 (plan.c), else NULL */
		struct rl_strset *set; /* N_CMP `in` a constant list: its strings hashed */
		const struct rl_globset *gset; /* N_CMP `glob` a constant list */
	} u;
};

struct rl_pred {
	const char *name;
	const char *file;
	uint32_t line, col;
	rl_node *body;
	bool used;
	bool lib;      /* defined in an included file: unused is no warning */
	uint8_t state; /* DFS: 0 new, 1 on stack, 2 done */
	bool has_hist; /* body reaches count()/sum()/seen() */
	bool scoped;
	int depth;
	uint64_t chash; /* compile time: hash of the expanded body, 0 = not yet */
	uint8_t lint;   /* compile time: the lint's constant value of the body
			   + 2 (0 not yet, 1 being computed) */
	bool override;  /* `override predicate`: replaces the one of its name */
};

typedef struct rl_list {
	const char *name;
	const char *file;
	uint32_t line, col;
	rl_node **items; /* parse time: N_LIT / N_LISTREF */
	uint32_t nitems;
	agate_value value; /* AGATE_ARRAY, flattened */
	bool used;
	bool lib;          /* defined in an included file: unused is no warning */
	bool bad;          /* flattening failed (reported): value is empty */
	bool override;     /* `override list`: replaces the one of its name */
	uint8_t state;
} rl_list;

enum rl_trig_kind { TRIG_EXACT = 0, TRIG_GLOB, TRIG_ANY, TRIG_LIST };

typedef struct rl_trig {
	uint8_t kind;
	const char *s; /* name / pattern / list name */
	uint32_t len;
	uint32_t line, col;
} rl_trig;

/* Some literal keys of the rule set's automaton (rs->lits), as (word,
 * mask) pairs of its answer: the need is met by an answer holding any of
 * them. */
typedef struct rl_need {
	uint32_t n;
	const uint32_t *word;
	const uint64_t *mask;
} rl_need;

typedef struct rl_rule {
	const char *name; /* without '@' */
	const char *file;
	uint32_t line, col;
	uint32_t index;   /* file order */
	rl_trig *trigs;   /* as written */
	uint32_t ntrigs;
	bool has_trigger;
	bool any;         /* trigger `any` */
	const char **globs; /* lower-cased patterns */
	uint32_t *glob_lens;
	uint32_t nglobs;
	uint32_t nexact;
	rl_node **checks;
	uint32_t nchecks;
	bool has_enforce;
	agate_enforcement enf;
	const char *reason;
	const char *advice;
	const char *description;
	int severity;
	int priority;
	bool override;
	bool shadow;
	const struct rl_node *pregate; /* check 1 when it can be refuted
				      without evaluating it (a gated cmd{}
				      or a regex with literals on its
				      path): rules_eval.c tries that first */
	const struct rl_need *needs; /* what the call's texts must hold for
				       the rule to match at all (needs.c):
				       rules_eval.c refutes the rule when
				       some need is unmet, before any check */
	uint8_t nneeds;
	const struct rl_need *kneeds; /* names of param() keys, one of which
					the call must hold (key_needs.c): the
					(word, mask) pairs are over knames */
	uint8_t nkneeds;
	const char *short_trace; /* "rule NAME" */
	const char *error_reason; /* "evaluation error in rule NAME" */
} rl_rule;

typedef struct rl_bucket {
	uint64_t hash;
	const char *name; /* lower-cased tool name */
	uint32_t len;
	uint32_t n;
	uint32_t *ids; /* rule indexes, ascending: the rules naming this tool
			  AND the side-list rules whose glob or `any` matches
			  it, merged at compile time so that a known tool
			  runs no glob at all */
	uint32_t nexact;   /* how many of them name it exactly (traces) */
} rl_bucket;

/* A distinct glob of the side list (or `any`), with the rules using it.
 * Each pattern is tested once per decision whatever the number of rules
 * that share it; its literal prefix and suffix reject most tools with a
 * memcmp, and the common shapes skip the general matcher. */
enum rl_pat_kind {
	PAT_ANY = 0,
	PAT_PRESUF, /* "pre*suf": one '*', no other wildcard */
	PAT_SUBSTR, /* "*lit*" */
	PAT_GLOB,   /* anything else */
};

typedef struct rl_pat {
	uint8_t kind;
	uint16_t pre_len;  /* glob[0..pre_len) has no wildcard */
	uint16_t suf_len;  /* nor glob[len-suf_len..len) */
	uint32_t len;
	const char *glob;  /* lower-cased */
	uint32_t *ids;     /* rules, ascending */
	uint32_t n;
	/* bigrams of the pattern's literal runs, hashed into 256 bits: a tool
	 * name lacking one of them cannot match (tested before the pattern) */
	uint64_t bigrams[4];
} rl_pat;

/* model.c: does the lower-cased tool name match the pattern? (rules_eval.c
 * tests triggers with it, index.c merges side-list rules into the exact
 * buckets) */
bool rl_pat_match(const rl_pat *pt, const char *low, size_t len);

/* model.c: is n `X matches /re/` (not negated, no quantifier) with a literal
 * prefilter, X a field or first(...) of fields outside cmd{}? */
bool rl_precheck_regex(const rl_node *n);

typedef struct rl_hslot {
	uint64_t key;     /* hash of the canonical text */
	rl_node *expr;    /* count/seen: the expression; sum: the operand */
	rl_node *where;   /* sum only, may be NULL */
	const char *text; /* canonical text (docs, traces) */
} rl_hslot;

struct agate_ruleset {
	atomic_uint refs;
	rl_pool *pool;
	rl_rule **rules;
	size_t nrules;
	rl_pred **preds;
	size_t npreds;
	rl_list **lists;
	size_t nlists;
	agate_identity_spec *agents;
	size_t nagents;
	rl_bucket *buckets; /* open addressing, power of two, hash 0 = empty */
	size_t nbuckets;
	rl_pat *pats;       /* distinct globs, grouped: group 0 holds those
			       without a literal first byte, group 1+c those
			       starting with byte c */
	size_t npats;
	uint32_t pat_off[258]; /* group g is pats[pat_off[g] .. pat_off[g+1]) */
	/* For tool names not in the index: pat_words words per bigram hash
	 * (256 of them), bit q set when pattern q has that bigram as its
	 * telling one; pat_always: patterns without literal bigrams. A name
	 * is tested only against the patterns its bigrams select. NULL when
	 * there are too many patterns (then every group is scanned). */
	uint64_t *pat_map;
	uint64_t *pat_always;
	size_t pat_words;
	size_t nside_rules; /* rules that have some */
	bool default_allow;
	char digest[65];
	rl_hslot *hbits;
	size_t nhbits;
	rl_hslot *hvals;
	size_t nhvals;
	uint64_t hlayout;   /* hash of every slot key: same value, same layout */
	size_t ncmd;        /* shell parse cache slots */
	size_t nmemo_b;     /* memo slots of boolean expressions */
	size_t nmemo_v;     /* memo slots of values (first(...), lower(...)) */
	rl_re **res;        /* every compiled regex, freed with the set */
	size_t nres, capres;
	const rl_litscan *lits; /* their literals in one automaton, or NULL */
	/* the plain(field) and pairs(field) calls whose text some rule's
	 * need stands for (needs.c): evaluation reads those texts too;
	 * plain_all: too many plain() to list, every text of the call is
	 * read through plain() */
	const struct rl_node *need_texts[RL_NEED_TEXTS];
	unsigned nneed_texts;
	bool plain_all;
	/* every name a key need stands for (key_needs.c), ranked by id, or
	 * NULL when no rule has one; knwords: 64-bit words of their bitset */
	const struct rl_pkeys *knames;
	uint32_t knwords;
	const rl_litscan *glits; /* the runs of constant glob lists (rl_globset) */
	rl_gate **gates;    /* every cmd{} gate, by id */
	size_t ngates;
	const rl_gindex *gidx; /* all of them at once, or NULL (no gate) */
	pcre2_match_context *mctx;
	bool has_history;
};

/* ---- canonical text of expressions (history keys, lint, traces) ---- */
void rl_print_node(rl_sbuf *sb, const rl_node *n, bool expand, int depth);
void rl_print_val(rl_sbuf *sb, const rl_val *v, size_t max);
const char *rl_op_name(int op);
const char *rl_field_name(int f);

/* Free a rule set in any state, a half-compiled one too (the reference
 * count is not looked at: agate_ruleset_unref is the way for callers). */
void ruleset_free(agate_ruleset *rs);

#endif

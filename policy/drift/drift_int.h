/* drift_int.h - what the files of the drift cascade share, private to
 * policy/drift (callers use drift.h): the identity's fields, the fixed
 * weights, bounds and hard-veto levels, the evidence types (entities,
 * projections, the value walk) and the functions that cross files.
 *
 * assess.c casts the votes, identity.c builds the imprint, evidence.c
 * reads an action, its context and a tool's description into evidence.
 * Every includer starts with the fp-contract=off pragma block (see
 * assess.c): the inline helpers below compute scores.
 */
#ifndef AGATE_POLICY_DRIFT_INT_H
#define AGATE_POLICY_DRIFT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/drift/drift.h"
#include "policy/drift/lexicon.h"

/* Source weights: the tool name is the verb of the action; argument
 * values say what it acts on; keys only hint. */
#define W_TOOL 1.0
#define W_KEY 0.3
#define W_LEAF 0.6
#define W_TEXT 0.6
/* a tool's description says what the tool does, like its name, but in
 * many more words: each weighs half a name word */
#define W_DESC 0.5
#define MAX_DESC_BYTES 512
#define MAX_DESC_GAP 256          /* "name" to its "description" in a printed tool list */
#define MAX_TOOLLIST_BYTES 65536  /* a task is searched this far for a printed tool list */
#define MAX_TOOLLIST_NAME 128     /* ... for a tool whose name is at most this long */

/* Bounds on what one assessment reads (docs/drift.md, "bounds"). */
#define MAX_ACTION_TERMS 256
#define MAX_CONTEXT_TERMS 512
#define MAX_TOOL_BYTES 256
#define MAX_LEAF_BYTES 1024
#define MAX_TEXT_BYTES 2048
#define MAX_CONTEXT_BYTES 4096
#define MAX_LEAVES 64
#define MAX_VALUES 1024 /* values of any kind visited: nils, empty maps ... */
#define MAX_DEPTH 8
#define MAX_ENTS 32
#define MAX_ORDER_BYTES 1024 /* an injected order is read this far */

/* Fixed parts of the hard vetoes and components (documented). */
#define HARD_UNACCOUNTED 0.45 /* undeclared tool: unaccounted risk at least this */
#define HARD_AXIS_RISK 0.6    /* ... on an axis whose risk is at least this */
#define HARD_TOOL_NAME 0.6    /* no tools declared: the tool's own name this risky */
#define HARD_TOOL_CORROBORATED 0.45 /* ... unless the arguments say less than this on its axis */
#define HARD_ROLE 0.5         /* role-override activation */
#define HARD_PROVENANCE 0.8   /* injected instruction on a risky action */
#define HARD_PROV_RISK 0.4
#define HARD_INJECTION 0.6    /* activation of an injection axis in the trigger */
#define HARD_FOLLOW 0.5       /* share of the action named by an injected order */
#define INJ_STRONG 0.8        /* weight of an injection term that starts an order */
#define COVER_LEVEL 0.3       /* identity activation that accounts for an axis's words */
#define EVIDENCE_RISK 0.3     /* uncovered risk that makes a drift vote evidence against */
#define THIN_TASK_WORDS 2     /* a task of fewer words tells provenance nothing */
#define EMPTY_ID_INJECTION 0.3 /* an identity that says nothing: a lone provenance vote needs this much injection */
#define NCOMPONENTS 4         /* drift, session, resonance, provenance: votes_to_veto is out of these */

/* What an identity must say before drift, session and resonance judge
 * against it (docs/drift.md, "Abstentions"): declared tools, a role of
 * the roles lexicon, or its own words activating some axis at least
 * this much (one word of weight 0.4 or more). */
#define FIELD_LEVEL 0.5
#define MAX_ID_ROLES 4        /* roles one identity expands */
#define W_ROLE 1.0            /* a role's terms weigh as the purpose's own words ... */
#define W_ROLE_SAID 0.5       /* ... unless the identity's own words already name a field */

/* ---- helpers (inline: they run per term) ------------------------------- */

static inline double activation(double s)
{
	/* 1 - 1/(1+s)^2: one full-weight word gives 0.75, saturates at 1,
	 * rational so every platform rounds it the same way */
	if (s <= 0)
		return 0;
	double d = (1 + s) * (1 + s);
	return (s * (s + 2)) / d;
}

static inline unsigned bow_bucket(uint64_t h)
{
	return (unsigned)((h ^ (h >> 32)) & (AGATE_LEX_BOW - 1));
}

static inline char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* ---- entities: what provenance follows ------------------------------------ */

typedef struct ent {
	uint64_t hash;
	const char *src;
	uint32_t len;
} ent;

typedef struct ents {
	ent e[MAX_ENTS];
	size_t n;
} ents;

static inline bool ents_has(const ents *s, uint64_t h)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->e[i].hash == h)
			return true;
	return false;
}

/* URLs, e-mail addresses, bare domains, @handles, IBAN-like codes and
 * numbers of four or more digits (accounts, amounts, phones; years
 * 1900-2099 excepted), normalised so "9912-3344" meets "99123344". */
void ents_scan(ents *s, const char *t, size_t n, size_t max_bytes);

/* ---- value walking ----------------------------------------------------- */

struct walk {
	agate_bag *bag;
	const agate_frame *f;
	ents *ents;
	double wkey, wleaf;
	unsigned flags;
	size_t leaves;
	size_t visits; /* values visited, at most MAX_VALUES */
	agate_arena *arena; /* for quoting numbers; NULL: quote nothing */
};

void walk_value(struct walk *w, const agate_value *v, unsigned depth);

/* ---- projection ------------------------------------------------------------ */

typedef struct proj {
	double s[AGATE_LEX_MAX_AXES];  /* raw sums */
	double x[AGATE_LEX_MAX_AXES];  /* activations */
	long top[AGATE_LEX_MAX_AXES];  /* bag entry contributing most, -1 */
	double topw[AGATE_LEX_MAX_AXES];
} proj;

/* Project the entries of a bag that carry any of `flags` (0: all). */
void project(const agate_frame *f, const agate_bag *b, unsigned flags, proj *p);

/* strongest risk a single term carries: max over its axes of risk x weight */
static inline double entry_risk(const agate_frame *f, const agate_bag_entry *e)
{
	const agate_lex_posting *po = e->po;
	size_t np = e->np;
	double r = 0;
	for (size_t k = 0; k < np; k++) {
		double x = f->axes[po[k].axis].risk * po[k].weight;
		if (x > r)
			r = x;
	}
	return r;
}

/* first words of s, at most max bytes, cut at a space, quotes and
 * newlines turned into spaces */
char *short_quote(agate_arena *a, const char *s, size_t n, size_t max);

/* context.KEY when it is a non-empty string, else NULL */
const agate_value *ctx_str(const agate_action *act, const char *key, size_t n);

/* The description of the called tool, as an agent framework passes it:
 * context.tool_description, or the entry of context.tools (the tool list
 * the agent was offered: [{name, description}] or the function-calling
 * shape [{type, function: {name, description}}]) whose name is the
 * tool's, or that entry as the task prints it. {NULL, 0} when there is
 * none. Borrowed from the action. */
agate_str tool_description(const agate_action *act);

/* An order injected into a text: where its override phrase starts and
 * how much of the action the text after it names. */
struct injected {
	double follow; /* 0 when the text holds no unambiguous override */
	long entry;    /* bag entry of the override phrase, for the sentence */
	size_t words;  /* words of the order read */
};

/* The first term of an injection axis with weight >= INJ_STRONG marks
 * the start of an injected order ("ignore previous instructions", "you
 * must now"); the next MAX_ORDER_BYTES are the order. follow is the
 * larger of the shares (by weight) of the action's tool-name words and of
 * its content words found in the order. 0 on success, -ENOMEM. */
int injected_order(const agate_frame *f, const agate_bag *bag, const char *text,
		   size_t len, const agate_bag *act_bag, agate_arena *arena,
		   struct injected *out);

/* ---- identity ------------------------------------------------------------- */

struct agate_identity {
	const agate_frame *frame; /* built in; only compared, never read through */
	char *agent, *role, *purpose;
	char **tools; /* as declared */
	size_t ntools;
	/* declared tools by the hash of their lower-cased name: index + 1,
	 * 0 empty; tool_cap a power of two > 2 ntools */
	uint64_t *tool_hash;
	uint32_t *tool_slot;
	size_t tool_cap;
	int64_t uid;
	bool empty;
	/* the roles of the roles lexicon it names, in the order found */
	uint16_t roles[MAX_ID_ROLES];
	size_t nroles;
	double field;  /* strongest activation of its own words on an axis */
	bool generic;  /* no tools, no known role, no field: says too little */
	char *role_labels;  /* "sales and CRM, payments", "" for none */
	char *thin_why[3];  /* generic: why drift, session, resonance abstain */
	size_t naxes;
	double axes[AGATE_LEX_MAX_AXES];
	double axes_norm;
	/* the hashed bag of words, packed: bucket b holds a weight when bit b
	 * of bow_bits is set, bow_vals[bow_rank[b / 64] + the set bits below
	 * b in its word]; most of the 1,024 buckets are empty, and a session
	 * keeps one identity */
	uint64_t bow_bits[AGATE_LEX_BOW / 64];
	uint16_t bow_rank[AGATE_LEX_BOW / 64];
	double *bow_vals;
	double bow_norm;
	uint64_t vocab[64];
	uint64_t scope_ents[MAX_ENTS];
	size_t nscope_ents;
	char *quote; /* short form of the identity for sentences */
};

/* the identity's weight in bucket b of its bag of words (0 when empty) */
static inline double identity_bow(const agate_identity *id, unsigned b)
{
	uint64_t w = id->bow_bits[b >> 6], below = (1ull << (b & 63)) - 1;
	if (!((w >> (b & 63)) & 1))
		return 0;
	return id->bow_vals[id->bow_rank[b >> 6] + (unsigned)__builtin_popcountll(w & below)];
}

/* The index of a declared tool (names compared ASCII case-insensitively),
 * or -1; *probes (may be NULL) gets the table slots looked at, so tests
 * can check that a lookup stays O(1) with 10,000 tools. */
long identity_find_tool(const agate_identity *id, const char *tool, size_t len,
			size_t *probes);

/* Does the identity account for the term: in its vocabulary, or on an
 * axis the identity covers at least as strongly as the term alone would? */
bool accounted(const agate_frame *f, const agate_identity *id, const agate_bag_entry *e);
/* Whether a string of v (maps' values, arrays' items, to MAX_BREADTH_DEPTH
 * levels) takes in everyone or everything: all, every..., entire, '*'. */
#define MAX_BREADTH_DEPTH 8
bool value_names_everyone(const agate_value *v, unsigned depth);

#endif

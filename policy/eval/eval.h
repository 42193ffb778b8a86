/* eval.h - decide an action against a compiled rule set (rules.h), and
 * the session history that count(), sum(), seen() and previous.* read.
 *
 * Evaluation answers, per rule, match / no match / error; an error counts
 * as a match of a block (fail closed). Combination is deny-overrides:
 * stop > block/reflect > review > allow, then priority, then severity,
 * except that an allow rule marked `override` with a higher priority than
 * every matching block wins. No matching rule gives the set's default
 * (block unless a pack says `default allow`).
 */
#ifndef AGATE_POLICY_EVAL_H
#define AGATE_POLICY_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"
#include "policy/base/arena.h"
#include "policy/drift/drift.h"
#include "policy/lang/rules.h"

/* ---- session history ------------------------------------------------ */

/* What a session did before, for count()/sum()/seen()/previous. Bounded:
 * at most max_entries past actions are kept (oldest dropped) and each
 * entry's size is fixed, whatever the actions held. Owned by the caller,
 * one per session; not thread-safe (one session is decided at a time). */
typedef struct agate_history agate_history;

agate_history *agate_history_new(size_t max_entries); /* NULL on ENOMEM */
void agate_history_free(agate_history *h);
/* Record an action once it has been decided, with the facts the rule set's
 * history predicates need. Returns 0 or -ENOMEM. */
int agate_history_record(agate_history *h, const agate_ruleset *rs,
			 const agate_action *act, agate_verdict_kind verdict);

/* The shell lines and Python code an evaluation of the rules parsed, with
 * what it cached per command, and its answers to the expressions that
 * read the call alone, in that evaluation's arena: valid until the arena
 * is reset, for that action and rule set only. */
typedef struct agate_eval_parsed agate_eval_parsed;

/* agate_history_record, reading the lines parsed already, and the
 * answers that read the call alone, from parsed (agate_rules_result.parsed
 * of the same rs and act, whose arena is not reset before this returns)
 * instead of computing them again: the same columns, one parse per
 * decision. What the record caches for those lines goes to that arena.
 * parsed NULL: agate_history_record.
 *
 * scratch: where the record works, reset before it returns (at most
 * AGATE_HISTORY_SCRATCH bytes are asked of it). A caller that records
 * into many histories one at a time gives one scratch to all, so that no
 * history keeps its own; NULL: the history keeps a small one between
 * calls. */
#define AGATE_HISTORY_SCRATCH (1u << 20)
int agate_history_record_parsed(agate_history *h, const agate_ruleset *rs,
				const agate_action *act, agate_verdict_kind verdict,
				const agate_eval_parsed *parsed, agate_arena *scratch);
size_t agate_history_len(const agate_history *h);
size_t agate_history_bytes(const agate_history *h); /* memory it holds */

/* ---- evaluation ---------------------------------------------------- */

/* what evaluation did with one rule, over the calls of a measurement */
typedef struct agate_rule_tally {
	uint64_t reached;   /* its trigger held: it was a candidate */
	uint64_t evaluated; /* its needs were met: its checks ran */
	uint64_t matched;   /* its checks held (or failed: it blocks) */
	uint64_t ns;        /* CLOCK_MONOTONIC spent in it, needs included */
} agate_rule_tally;

typedef struct agate_eval_env {
	const agate_history *history;     /* NULL: history predicates see nothing */
	const agate_identity *identity;   /* NULL: agent.role etc. are empty */
	const agate_drift_result *drift;  /* NULL: drift.* are 0 / false */
	bool explain;                     /* fill agate_rules_result.trace */
	/* bytes for the checks of each rule in the trace: 0 is
	 * AGATE_EXPLAIN_CAP, at most AGATE_EXPLAIN_CAP_ALL. Past it the
	 * trace says where it was cut; the list of every rule considered,
	 * by file, follows it in a budget of its own (AGATE_EXPLAIN_INDEX_CAP). */
	size_t explain_cap;
	/* NULL, or one entry per rule of the set (agate_ruleset_rule_count),
	 * by index, that evaluation adds to: a measuring aid (bench_corpus
	 * --tally) to find the rules whose needs do not skip them */
	agate_rule_tally *tally;
} agate_eval_env;

#define AGATE_EXPLAIN_CAP 4096
#define AGATE_EXPLAIN_CAP_ALL (256u * 1024u)
#define AGATE_EXPLAIN_INDEX_CAP (32u * 1024u)

typedef struct agate_rules_result {
	bool matched;                  /* some rule decided; else the default applied */
	agate_enforcement enforcement;
	const char *rule;              /* deciding rule's name, NULL when none; owned by rs */
	const char *reason;            /* owned by rs or in the arena */
	const char *advice;            /* for reflect; NULL otherwise */
	int severity;                  /* 0 info .. 4 critical */
	int priority;
	unsigned candidates;           /* rules whose trigger matched */
	unsigned matches;              /* rules whose check held */
	const char *shadow;            /* names of shadow rules that would have
					  changed the verdict, comma-separated, or NULL */
	const char *shadow_matched;    /* every shadow rule whose check held, with
					  the verdict it would have given:
					  "name:block,other:allow" (file order), or NULL */
	const agate_eval_parsed *parsed; /* the lines parsed and the answers
					    kept, in the arena, for
					    agate_history_record_parsed; NULL
					    when there is none */
	const char *trace;             /* when explain: the candidates by file,
					  which predicates held with which
					  values, where the trace was cut, then
					  every rule considered by file; a short
					  trace (deciding rule) otherwise */
} agate_rules_result;

/* Decide one action. Strings made for the result live in the arena.
 * Returns 0, or -ENOMEM when the arena is exhausted (the caller must then
 * block). Never fails open: an evaluation error inside a rule makes that
 * rule match as a block with reason "evaluation error: ...". */
__attribute__((warn_unused_result))
int agate_rules_eval(const agate_ruleset *rs, const agate_action *act,
		     const agate_eval_env *env, agate_arena *arena,
		     agate_rules_result *out);

#endif

/* rules.h - the rule language: compile rule files into an immutable,
 * reference-counted rule set, and evaluate actions against it.
 *
 * The language (docs/rules.md is the reference) is AgentSpec's
 *   rule @name / trigger ... / check ... / enforce ... / end
 * with predicates written in the language itself, named lists and
 * predicates, agent identities, includes, shell-command and path
 * operators, and history predicates over the session.
 *
 * Compilation is pure: text in, rule set or diagnostics out. A source set
 * with any error yields no rule set at all. A compiled set is never
 * modified, so any number of threads may evaluate against it while they
 * hold a reference.
 *
 * Evaluation answers, per rule, match / no match / error; an error counts
 * as a match of a block (fail closed). Combination is deny-overrides:
 * stop > block/reflect > review > allow, then priority, then severity,
 * except that an allow rule marked `override` with a higher priority than
 * every matching block wins. No matching rule gives the set's default
 * (block unless a pack says `default allow`).
 */
#ifndef AGATE_POLICY_RULES_H
#define AGATE_POLICY_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"
#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/drift/drift.h"
#include "policy/base/value.h"

typedef struct agate_ruleset agate_ruleset;

typedef struct agate_rules_source {
	const char *name; /* file name used in diagnostics and includes */
	const char *text;
	size_t len;
} agate_rules_source;

/* Compile sources held in memory. `include "x"` inside a source is
 * resolved against the directory of its name and read from disk.
 * On success: 0, *out owns a new rule set (refcount 1); warnings may be
 * in diags. On failure: -EINVAL (errors in diags), -ENOMEM; *out untouched. */
__attribute__((warn_unused_result))
int agate_rules_compile(const agate_rules_source *sources, size_t n,
			agate_ruleset **out, agate_diags *diags);

/* Read and compile files; a path that is a folder contributes every
 * *.rules file in it (sorted by name, recursively). Same result contract
 * as agate_rules_compile; I/O errors are diagnostics too. */
__attribute__((warn_unused_result))
int agate_rules_load(const char *const *paths, size_t npaths,
		     agate_ruleset **out, agate_diags *diags);

agate_ruleset *agate_ruleset_ref(agate_ruleset *rs);
void agate_ruleset_unref(agate_ruleset *rs); /* frees at zero; NULL is fine */

size_t agate_ruleset_rule_count(const agate_ruleset *rs);
const char *agate_ruleset_rule_name(const agate_ruleset *rs, size_t i);
/* hex SHA-256 over the sources in load order (names and bytes) */
const char *agate_ruleset_digest(const agate_ruleset *rs);
bool agate_ruleset_default_allow(const agate_ruleset *rs);

/* Agents defined in rule files (`agent @name ... end`). */
size_t agate_ruleset_agent_count(const agate_ruleset *rs);
/* spec of agent i; pointers stay valid while the rule set lives */
const agate_identity_spec *agate_ruleset_agent_at(const agate_ruleset *rs, size_t i);
const agate_identity_spec *agate_ruleset_agent(const agate_ruleset *rs,
					       const char *name, size_t len);

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
size_t agate_history_len(const agate_history *h);
size_t agate_history_bytes(const agate_history *h); /* memory it holds */

/* ---- evaluation ---------------------------------------------------- */

typedef struct agate_eval_env {
	const agate_history *history;     /* NULL: history predicates see nothing */
	const agate_identity *identity;   /* NULL: agent.role etc. are empty */
	const agate_drift_result *drift;  /* NULL: drift.* are 0 / false */
	bool explain;                     /* fill agate_rules_result.trace */
} agate_eval_env;

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
	const char *trace;             /* when explain: the candidates, which
					  predicates held with which values; a
					  short trace (deciding rule) otherwise */
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

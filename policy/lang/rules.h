/* rules.h - the rule language: compile rule files into an immutable,
 * reference-counted rule set.
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
 * hold a reference. Evaluating actions against it, and the session
 * history its history predicates read, are policy/eval/eval.h.
 */
#ifndef AGATE_POLICY_RULES_H
#define AGATE_POLICY_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"
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

/* The same, with roots[i] (roots may be NULL, and so may an entry) the
 * folder that the rule set's digest names source i, and what it includes,
 * relative to: the digest then does not depend on how a path was spelled
 * (relative, absolute, "./x/", through a link). agate_rules_load gives a
 * folder as its own root and a file its own folder. Without a root the
 * name is digested as given (sources held in memory). */
__attribute__((warn_unused_result))
int agate_rules_compile_rooted(const agate_rules_source *sources, const char *const *roots,
			       size_t n, agate_ruleset **out, agate_diags *diags);

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

#endif

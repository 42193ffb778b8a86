/* snapshot.h - the policy in force: an immutable rule set, the drift
 * frame, the identities of the agents the rule files define, a generation
 * number and the rule set's digest, shared by reference count.
 *
 * A reload builds a new snapshot off the loop thread (nothing is shared
 * with the one in use), then the loop thread swaps one pointer. Each
 * request takes a reference for the whole decision, so a reload never
 * changes the rules under a request that is being decided.
 */
#ifndef AGATE_DAEMON_SNAPSHOT_H
#define AGATE_DAEMON_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/diag.h"
#include "policy/drift/drift.h"
#include "policy/lang/rules.h"

typedef struct agated_snapshot agated_snapshot;

/* Load rule files and (unless frames is NULL or "none") a lexicon folder.
 * Safe on any thread. On success 0 and *out (refcount 1); on failure a
 * negative errno, every error in diags, *out untouched. */
__attribute__((warn_unused_result))
int agated_snapshot_load(const char *const *rules, size_t nrules,
			 const char *frames, uint64_t generation,
			 agated_snapshot **out, agate_diags *diags);

/* Build from parts already in memory (tests). Takes ownership of rs (one
 * reference) and frame (may be NULL) on success and on failure. */
__attribute__((warn_unused_result))
int agated_snapshot_new(agate_ruleset *rs, agate_frame *frame,
			uint64_t generation, agated_snapshot **out);

agated_snapshot *agated_snapshot_ref(agated_snapshot *s);
void agated_snapshot_unref(agated_snapshot *s); /* NULL is fine */

const agate_ruleset *agated_snapshot_rules(const agated_snapshot *s);
const agate_frame *agated_snapshot_frame(const agated_snapshot *s); /* may be NULL */
uint64_t agated_snapshot_generation(const agated_snapshot *s);
const char *agated_snapshot_digest(const agated_snapshot *s);
size_t agated_snapshot_rule_count(const agated_snapshot *s);
/* The operator's label of the rule set (rules-label, reload --label), or
 * NULL. */
const char *agated_snapshot_label(const agated_snapshot *s);

/* Set the generation and label (copied; NULL: none) of a snapshot that
 * no one else holds yet: between load and publication only. Returns 0
 * or -ENOMEM (the snapshot is then unchanged). */
__attribute__((warn_unused_result))
int agated_snapshot_set_version(agated_snapshot *s, uint64_t generation, const char *label);

/* Imprint of an agent defined in the rule files, or NULL when none is
 * (or when the snapshot has no frame). Lives as long as s. */
const agate_identity *agated_snapshot_identity(const agated_snapshot *s,
					       const char *agent, size_t len);
/* uid an agent of the rule files is bound to, or -1. */
int64_t agated_snapshot_agent_uid(const agated_snapshot *s, const char *agent,
				  size_t len);

/* The reload guard: how many rules of old are missing from next. A reload
 * that drops more than half of the active rules needs `force`. */
size_t agated_snapshot_dropped(const agated_snapshot *old,
			       const agated_snapshot *next);
bool agated_snapshot_guard_ok(const agated_snapshot *old,
			      const agated_snapshot *next);

#endif

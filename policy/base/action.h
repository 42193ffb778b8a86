/* action.h - one proposed tool call, and the verdict on it.
 *
 * An action borrows everything it points to (usually from the request's
 * arena); the policy library never keeps a pointer to it past the call.
 */
#ifndef AGATE_POLICY_ACTION_H
#define AGATE_POLICY_ACTION_H

#include <stdbool.h>
#include <stdint.h>

#include "policy/base/value.h"

typedef struct agate_action {
	agate_str agent;   /* "" when the caller gave none */
	agate_str session; /* "" when the caller gave none */
	agate_str tool;    /* never empty: a request without a tool is refused before policy */
	agate_str text;    /* raw form (command line, body); ptr NULL when absent */
	const agate_value *args;    /* an AGATE_MAP, never NULL (may be empty) */
	const agate_value *context; /* an AGATE_MAP, or NULL when absent */
	int64_t now_ms;    /* wall-clock time of the request, set by the caller:
			      history windows use it, so replays stay deterministic */
	uint32_t peer_uid; /* from SO_PEERCRED; 0 in-process */
	int32_t peer_pid;
} agate_action;

typedef enum agate_verdict_kind {
	AGATE_VERDICT_ALLOW = 0,
	AGATE_VERDICT_BLOCK = 1,
	AGATE_VERDICT_REVIEW = 2,
} agate_verdict_kind;

/* What the deciding rule said. The verdict follows from it:
 * allow -> allow; block, stop, reflect -> block; review -> review. */
typedef enum agate_enforcement {
	AGATE_ENFORCE_ALLOW = 0,
	AGATE_ENFORCE_BLOCK,
	AGATE_ENFORCE_STOP,    /* block this and every later action of the session */
	AGATE_ENFORCE_REVIEW,  /* hold for an operator */
	AGATE_ENFORCE_REFLECT, /* block, and hand the agent advice to reconsider */
} agate_enforcement;

const char *agate_verdict_name(agate_verdict_kind v);       /* "allow", "block", "review" */
const char *agate_enforcement_name(agate_enforcement e);    /* "allow", "block", "stop", "review", "reflect" */
agate_verdict_kind agate_enforcement_verdict(agate_enforcement e);
/* How strict an enforcement is, for choosing between two: stop 4, block
 * and reflect 3, review 2, allow 1. */
int agate_enforcement_rank(agate_enforcement e);

#endif

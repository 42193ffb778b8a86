/* drift.h - the identity drift cascade (ILION-style), deterministic.
 *
 * A frame is the fixed semantic reference: named axes defined by lexicon
 * files (policy/frames/NAME.lex). An identity imprint is built once from an
 * agent's declared role, purpose, tools and scope. Each action is projected
 * into the frame and compared with the imprint; the components (drift,
 * session drift, resonance, provenance, hard vetoes) vote, and the result
 * records every score, threshold and vote so a block can be explained.
 *
 * No learned weights, no randomness, no floating-point reductions whose
 * order depends on the platform: the same frame, identity and action give
 * bit-identical scores everywhere.
 */
#ifndef AGATE_POLICY_DRIFT_H
#define AGATE_POLICY_DRIFT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"
#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/base/value.h"

typedef struct agate_frame agate_frame;       /* immutable, shareable across threads */
typedef struct agate_identity agate_identity; /* immutable imprint, shareable */

/* Load every *.lex file of a folder (or one file). On success *out owns a
 * new frame and 0 is returned; on any error nothing is returned, every
 * error is in diags and -EINVAL (or -ENOMEM, -errno of I/O) is returned. */
int agate_frame_load(const char *path, agate_frame **out, agate_diags *diags);
/* Same from text in memory (tests, embedded defaults). */
int agate_frame_load_text(const char *name, const char *text, size_t len,
			  agate_frame **out, agate_diags *diags);
void agate_frame_free(agate_frame *f);
size_t agate_frame_axes(const agate_frame *f);
const char *agate_frame_axis_name(const agate_frame *f, size_t i);

typedef struct agate_identity_spec {
	const char *agent;    /* name; may be NULL */
	const char *role;     /* "financial_assistant"; may be NULL */
	const char *purpose;  /* free text; may be NULL */
	const char *const *tools; /* declared tools, may be NULL */
	size_t ntools;
	const agate_value *scope; /* map, may be NULL */
	int64_t uid;          /* bound uid, or -1 for none */
} agate_identity_spec;

/* Build an imprint. The identity copies what it needs from spec. Returns 0
 * and *out, or -ENOMEM. An empty spec gives the empty identity. */
int agate_identity_new(const agate_frame *f, const agate_identity_spec *spec,
		       agate_identity **out);
void agate_identity_free(agate_identity *id);
/* The heap bytes the identity holds, for a caller that budgets memory. */
size_t agate_identity_bytes(const agate_identity *id);
const char *agate_identity_agent(const agate_identity *id);   /* "" if none */
const char *agate_identity_role(const agate_identity *id);    /* "" if none */
const char *agate_identity_purpose(const agate_identity *id); /* "" if none */
int64_t agate_identity_uid(const agate_identity *id);          /* -1 if unbound */
bool agate_identity_declares_tool(const agate_identity *id, const char *tool, size_t len);
size_t agate_identity_tool_count(const agate_identity *id);
bool agate_identity_is_empty(const agate_identity *id);
/* Says too little to judge actions against: no declared tools, no role
 * of the roles lexicon, and its own words name no field ("You are a
 * helpful assistant."). Drift, session and resonance abstain. */
bool agate_identity_is_generic(const agate_identity *id);
/* The roles of the roles lexicon the identity was read as, their labels
 * joined by ", " ("sales and CRM"); "" for none. */
const char *agate_identity_roles(const agate_identity *id);

/* Thresholds and weights; agate_drift_config_default() gives the documented
 * defaults. Set from agated's configuration. */
typedef struct agate_drift_config {
	bool enabled;
	double drift_threshold;      /* vote block when drift > this */
	double session_threshold;    /* vote block when session drift > this */
	double resonance_threshold;  /* vote block when resonance < this */
	double provenance_threshold; /* vote block when provenance > this */
	double session_decay;        /* weight of history in the session average */
	unsigned votes_to_veto;      /* consensus: this many votes block */
} agate_drift_config;

agate_drift_config agate_drift_config_default(void);
/* The defaults with the `set` lines of the frame's lexicon files applied
 * (`set drift_threshold 0.55`): an operator tunes the cascade beside its
 * lexicons, and a reload of the frames applies it. agate_drift_assess
 * uses it when cfg is NULL, agate_decide when no drift_config is given. */
agate_drift_config agate_frame_drift_config(const agate_frame *f);

/* Per-session running state, owned by the caller (the daemon's session,
 * agatectl test's replay). Zero-initialised means a fresh session. */
typedef struct agate_drift_state {
	double session_drift;
	uint32_t actions;
} agate_drift_state;

#define AGATE_DRIFT_MAX_VOTES 8

typedef struct agate_drift_vote {
	const char *component; /* "drift", "session", "resonance", "provenance", "hard" */
	double score;
	double threshold;
	bool block;            /* this component votes to block */
	bool abstain;          /* no evidence to judge on: not counted (block is false) */
	const char *why;       /* sentence for a reviewer, in the arena; may be NULL (agate_drift_assess_ex) */
} agate_drift_vote;

typedef struct agate_drift_result {
	double drift;         /* 0..1, distance of this action from the imprint */
	double session_drift; /* 0..1, decaying average including this action */
	double resonance;     /* 0..1, how much of the action the identity accounts for */
	double provenance;    /* 0..1, how much the action follows the trigger, not the task */
	double axes_max;      /* strongest risk-axis activation of the action */
	const char *top_axis; /* its name, or NULL */
	bool hard_veto;       /* a single component blocks alone */
	bool veto;            /* consensus reached: the cascade blocks */
	unsigned voters;      /* components that voted (did not abstain), hard vetoes aside */
	uint32_t words_read;  /* words the assessment scanned, and argument values it */
	uint32_t values_read; /* visited: both bounded whatever the input (docs/drift.md) */
	unsigned nvotes;
	agate_drift_vote votes[AGATE_DRIFT_MAX_VOTES];
	const char *reason;   /* one-line summary for the verdict, in the arena; may be NULL (agate_drift_assess_ex) */
} agate_drift_result;

/* Assess one action. Updates *state (the session average) only when
 * commit is true, so a caller can preview. Strings in *out live in the
 * arena. Returns 0, or -ENOMEM when the arena is exhausted. */
int agate_drift_assess(const agate_frame *f, const agate_identity *id,
		       const agate_drift_config *cfg, const agate_action *act,
		       agate_drift_state *state, bool commit, agate_arena *arena,
		       agate_drift_result *out);

/* ---- added by the drift module (additive) ---------------------------- */

/* The frame an identity was built in. agate_drift_assess refuses
 * (-EINVAL) an identity built in another frame: after reloading the
 * frames, rebuild the identities. */
const agate_frame *agate_identity_frame(const agate_identity *id);

/* Flags of agate_drift_assess_ex. */
#define AGATE_DRIFT_EXPLAIN 1u /* write every vote's why and the reason */

/* agate_drift_assess with flags. Without AGATE_DRIFT_EXPLAIN the scores,
 * votes and veto are the same, bit for bit, but the sentences are written
 * only where someone reads them: when the cascade vetoes, the reason
 * and the `why` of the one vote it quotes (the hard veto, or the first
 * blocking vote); every other `why` is NULL, and without a veto so is
 * `reason`. agate_drift_assess is this function with
 * AGATE_DRIFT_EXPLAIN; agate_decide passes it when the caller asked for an
 * explanation. Formatting the sentences is most of the cascade's cost. */
int agate_drift_assess_ex(const agate_frame *f, const agate_identity *id,
			  const agate_drift_config *cfg, const agate_action *act,
			  agate_drift_state *state, bool commit, unsigned flags,
			  agate_arena *arena, agate_drift_result *out);

#endif

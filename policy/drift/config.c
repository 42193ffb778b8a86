/* config.c - the cascade's numbers: the documented defaults, and those
 * of a frame (the defaults with its lexicon files' `set` lines). Apart
 * so that the parser (frame.c) and the assessment (assess.c) both read
 * them without reading each other. */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "policy/drift/lexicon.h"

agate_drift_config agate_drift_config_default(void)
{
	/* docs/drift.md "Defaults" says how each was chosen */
	return (agate_drift_config){
		.enabled = true,
		.drift_threshold = 0.55,
		.session_threshold = 0.45,
		.resonance_threshold = 0.40,
		.provenance_threshold = 0.50,
		.session_decay = 0.70,
		.votes_to_veto = 2,
	};
}

agate_drift_config agate_frame_drift_config(const agate_frame *f)
{
	return f ? f->settings : agate_drift_config_default();
}

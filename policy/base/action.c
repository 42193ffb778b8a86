/* action.c - names of verdicts and enforcements (see action.h). */
#include "policy/base/action.h"

const char *agate_verdict_name(agate_verdict_kind v)
{
	switch (v) {
	case AGATE_VERDICT_ALLOW:
		return "allow";
	case AGATE_VERDICT_REVIEW:
		return "review";
	case AGATE_VERDICT_BLOCK:
	default:
		return "block";
	}
}

const char *agate_enforcement_name(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_ALLOW:
		return "allow";
	case AGATE_ENFORCE_STOP:
		return "stop";
	case AGATE_ENFORCE_REVIEW:
		return "review";
	case AGATE_ENFORCE_REFLECT:
		return "reflect";
	case AGATE_ENFORCE_BLOCK:
	default:
		return "block";
	}
}

int agate_enforcement_rank(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_STOP:
		return 4;
	case AGATE_ENFORCE_BLOCK:
	case AGATE_ENFORCE_REFLECT:
		return 3;
	case AGATE_ENFORCE_REVIEW:
		return 2;
	default:
		return 1;
	}
}

agate_verdict_kind agate_enforcement_verdict(agate_enforcement e)
{
	switch (e) {
	case AGATE_ENFORCE_ALLOW:
		return AGATE_VERDICT_ALLOW;
	case AGATE_ENFORCE_REVIEW:
		return AGATE_VERDICT_REVIEW;
	default:
		/* Anything unknown blocks: the gate fails closed. */
		return AGATE_VERDICT_BLOCK;
	}
}

/* reload_row.c - the audit row of one reload attempt, whoever asked
 * (an admin's reload op, SIGHUP, the rule watch, start-up) and however it
 * ended. One row per attempt: the auditor finds every rule version that
 * was in force, when, who put it there and what failed on the way.
 */
#include "daemon/ops/ops.h"
#include "daemon/ops/ops_int.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "daemon/log.h"
#include "schema/protocol.h"

int agated_audit_reload(agated *d, const agated_reload_attempt *at, uint64_t *audit_id)
{
	agate_audit_record rec = { 0 };
	const char *outcome = at->outcome ? at->outcome : "failed";
	const char *who = at->who ? at->who : "signal";
	bool ok = strcmp(outcome, "loaded") == 0;
	char args[400], trace[96];

	/* every field is a number or one of a few fixed words: no escaping */
	snprintf(args, sizeof args,
		 "{\"who\":\"%s\",\"outcome\":\"%s\",\"force\":%s,\"requests\":%zu,"
		 "\"previous_generation\":%" PRIu64 ",\"rules\":%zu,\"dropped\":%zu,"
		 "\"errors\":%zu,\"built_digest\":%s%s%s}",
		 who, outcome, at->force ? "true" : "false", at->requests,
		 at->previous, at->rules, at->dropped, at->errors,
		 at->built ? "\"" : "", at->built ? at->built : "null", at->built ? "\"" : "");
	snprintf(trace, sizeof trace, "reload by %s: %s; generation %" PRIu64 " in force",
		 who, outcome, at->generation);
	rec.op = AGATE_OP_RELOAD;
	rec.verdict = ok ? "allow" : "block";
	rec.error = ok ? NULL : AGATE_ERR_RELOAD;
	rec.reason = at->message;
	rec.args_json = args;
	rec.trace = trace;
	rec.generation = at->generation;
	rec.ruleset_digest = at->digest;
	rec.rules_label = at->label;
	rec.peer_uid = -1;
	rec.peer_pid = -1;
	if (at->asker) {
		rec.peer_uid = at->asker->uid;
		rec.peer_pid = at->asker->pid;
		return audit_submit(d, at->asker, &rec, audit_id);
	}
	return agated_audit_detached(d, &rec, audit_id);
}

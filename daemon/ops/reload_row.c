/* reload_row.c - the audit row of one reload attempt, whoever asked
 * (an admin's reload op, SIGHUP, the rule watch, a bundle, start-up) and
 * however it ended. One row per attempt: the auditor finds every rule
 * version that was in force, when, who put it there and what failed on
 * the way.
 */
#include "daemon/ops/ops.h"
#include "daemon/ops/ops_int.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "daemon/log.h"
#include "policy/base/diag.h"
#include "policy/base/json.h"
#include "schema/protocol.h"

/* args_json: room for the fixed fields and a few rule paths; a longer
 * list of files is cut (files_omitted says how many are missing) */
#define ARGS_CAP 8192

/* Append s as a JSON string at args + *len when it fits with `keep`
 * bytes to spare; false (nothing written) when not. */
static bool put_json_str(char *args, size_t *len, const char *s, size_t keep)
{
	size_t need = agate_json_write_str(NULL, 0, s, strlen(s));

	if (*len + need + keep >= ARGS_CAP)
		return false;
	agate_json_write_str(args + *len, ARGS_CAP - *len, s, strlen(s));
	*len += need;
	return true;
}

/* The attempt's args_json into args (ARGS_CAP bytes). The fixed fields
 * are numbers or a few fixed words; paths, labels and bundle digests go
 * through the JSON writer. */
static void attempt_args(const agated_reload_attempt *at, const char *who, const char *outcome,
			 char *args)
{
	size_t len, omitted = 0;

	len = (size_t)snprintf(args, ARGS_CAP,
			       "{\"who\":\"%s\",\"outcome\":\"%s\",\"force\":%s,\"requests\":%zu,"
			       "\"previous_generation\":%" PRIu64 ",\"rules\":%zu,\"dropped\":%zu,"
			       "\"errors\":%zu,\"built_digest\":",
			       who, outcome, at->force ? "true" : "false", at->requests,
			       at->previous, at->rules, at->dropped, at->errors);
	if (!at->built || !put_json_str(args, &len, at->built, 64))
		len += (size_t)snprintf(args + len, ARGS_CAP - len, "null");
	if (at->bundle_digest) {
		len += (size_t)snprintf(args + len, ARGS_CAP - len,
					",\"bundle_revision\":%" PRIu64 ",\"digest\":",
					at->bundle_revision);
		if (!at->bundle_digest[0] || !put_json_str(args, &len, at->bundle_digest, 64))
			len += (size_t)snprintf(args + len, ARGS_CAP - len, "null");
	}
	if (at->tried_label) {
		len += (size_t)snprintf(args + len, ARGS_CAP - len, ",\"label\":");
		if (!put_json_str(args, &len, at->tried_label, 64))
			len += (size_t)snprintf(args + len, ARGS_CAP - len, "null");
	}
	if (at->files) {
		len += (size_t)snprintf(args + len, ARGS_CAP - len, ",\"files\":[");
		for (size_t i = 0; i < at->nfiles; i++) {
			size_t before = len;

			if (i)
				args[len++] = ',';
			/* keep room for the ],"files_omitted":N} that may follow */
			if (!put_json_str(args, &len, at->files[i], 64)) {
				len = before;
				omitted = at->nfiles - i;
				break;
			}
		}
		len += (size_t)snprintf(args + len, ARGS_CAP - len, "]");
		if (omitted)
			len += (size_t)snprintf(args + len, ARGS_CAP - len,
						",\"files_omitted\":%zu", omitted);
	}
	snprintf(args + len, ARGS_CAP - len, "}");
}

int agated_audit_reload(agated *d, const agated_reload_attempt *at, uint64_t *audit_id)
{
	agate_audit_record rec = { 0 };
	const char *outcome = at->outcome ? at->outcome : "failed";
	const char *who = at->who ? at->who : "signal";
	bool ok = strcmp(outcome, "loaded") == 0;
	char args[ARGS_CAP], trace[96];

	attempt_args(at, who, outcome, args);
	if (at->generation)
		snprintf(trace, sizeof trace, "reload by %s: %s; generation %" PRIu64 " in force",
			 who, outcome, at->generation);
	else
		snprintf(trace, sizeof trace, "reload by %s: %s; no rule set in force", who, outcome);
	rec.op = AGATE_OP_RELOAD;
	/* a bundle's rows are found with --tool bundle (docs/fleet.md) */
	rec.tool = at->bundle_digest ? "bundle" : NULL;
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

int agated_audit_startup_failed(agated *d, int err, const agate_diags *diags,
				uint64_t *audit_id)
{
	const agated_config *cfg = d->cfg;
	agated_reload_attempt at = { .who = "start-up", .outcome = "failed" };
	const char *first = NULL;
	char line[512], msg[800];

	for (size_t i = 0; diags && i < agate_diags_count(diags); i++) {
		const agate_diag *dg = agate_diags_at(diags, i);

		if (dg->level == AGATE_DIAG_ERROR && !first) {
			agate_diag_format(dg, line, sizeof line);
			first = line;
		}
	}
	at.errors = diags ? agate_diags_errors(diags) : 0;
	if (first)
		snprintf(msg, sizeof msg,
			 "start-up failed with %zu error%s, no rule set in force; agated did not "
			 "start; first: %s", at.errors, at.errors == 1 ? "" : "s", first);
	else
		snprintf(msg, sizeof msg,
			 "start-up failed: %s, no rule set in force; agated did not start",
			 strerror(err < 0 ? -err : EINVAL));
	at.message = msg;
	at.files = (const char *const *)cfg->rules;
	at.nfiles = cfg->nrules;
	at.tried_label = cfg->rules_label;
	return agated_audit_reload(d, &at, audit_id);
}

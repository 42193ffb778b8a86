/* cmd_audit_ocsf.c - `agatectl audit export --format ocsf`: every verdict
 * row as one OCSF event (JSON lines) for the SIEM or the OpenTelemetry
 * collector a security team already runs. docs/fleet.md has the mapping.
 *
 * Class: API Activity (class_uid 6003, category 6, Application Activity),
 * activity Other (99: a proposed tool call is none of create, read,
 * update, delete as OCSF means them), with the Security Control profile:
 * action and disposition (allowed, denied/blocked, or held for review)
 * and the deciding rule as the policy. What OCSF has no place for (the
 * enforcement, the drift scores, the hash chain) goes under
 * unmapped.agate, so nothing of the row is lost.
 *
 * The rows are read with the local export's own query (JSON lines, every
 * column) and turned into events one by one, in bounded memory.
 */
#include "cmd_audit_ocsf.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include <jansson.h>

#include "schema/auditdb.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

#define OCSF_VERSION "1.1.0"
#define CLASS_API_ACTIVITY 6003
#define ACTIVITY_OTHER 99

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_FAIL = 3 };

bool agatectl_audit_wants_ocsf(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--format=ocsf"))
			return true;
		if (!strcmp(argv[i], "--format") && i + 1 < argc && !strcmp(argv[i + 1], "ocsf"))
			return true;
	}
	return false;
}

static const char *jstr(json_t *row, const char *k)
{
	return json_string_value(json_object_get(row, k));
}

/* A JSON text column as a value when it parses, else as a string. */
static json_t *embed(const char *text)
{
	json_t *v;

	if (!text)
		return json_null();
	v = json_loads(text, JSON_DECODE_ANY, NULL);
	return v ? v : json_string(text);
}

static void set_str(json_t *o, const char *k, const char *v)
{
	if (v)
		json_object_set_new(o, k, json_string(v));
}

/* The Security Control profile's action and disposition for a verdict. */
static void security_control(json_t *ev, const char *verdict)
{
	int action = 99, disp = 99, sev = 1;
	const char *an = "Other", *dn = "Held for review";

	if (verdict && !strcmp(verdict, "allow")) {
		action = 1; an = "Allowed"; disp = 1; dn = "Allowed"; sev = 1;
	} else if (verdict && !strcmp(verdict, "block")) {
		action = 2; an = "Denied"; disp = 2; dn = "Blocked"; sev = 4;
	} else {
		sev = 3; /* review: a human decides */
	}
	json_object_set_new(ev, "action_id", json_integer(action));
	json_object_set_new(ev, "action", json_string(an));
	json_object_set_new(ev, "disposition_id", json_integer(disp));
	json_object_set_new(ev, "disposition", json_string(dn));
	json_object_set_new(ev, "severity_id", json_integer(sev));
	json_object_set_new(ev, "severity", json_string(sev == 1 ? "Informational" :
							 sev == 3 ? "Medium" : "High"));
}

static json_t *actor(json_t *row)
{
	json_t *a = json_object(), *sess = json_object(), *user = json_object(), *proc = json_object();

	set_str(a, "app_name", jstr(row, "agent"));
	set_str(sess, "uid", jstr(row, "session"));
	json_object_set_new(a, "session", sess);
	if (json_integer_value(json_object_get(row, "peer_uid")) >= 0) {
		char uid[24];

		snprintf(uid, sizeof uid, "%" JSON_INTEGER_FORMAT,
			 json_integer_value(json_object_get(row, "peer_uid")));
		json_object_set_new(user, "uid", json_string(uid));
	}
	json_object_set_new(a, "user", user);
	if (json_integer_value(json_object_get(row, "peer_pid")) > 0)
		json_object_set(proc, "pid", json_object_get(row, "peer_pid"));
	json_object_set_new(a, "process", proc);
	return a;
}

static json_t *metadata(json_t *row, const char *host)
{
	json_t *m = json_object(), *p = json_object(), *profiles = json_array();
	char uid[320];

	json_object_set_new(p, "name", json_string("agate"));
	json_object_set_new(p, "vendor_name", json_string("agate"));
	json_object_set_new(p, "version", json_string(AGATE_VERSION));
	json_object_set_new(m, "product", p);
	json_object_set_new(m, "version", json_string(OCSF_VERSION));
	json_array_append_new(profiles, json_string("security_control"));
	json_object_set_new(m, "profiles", profiles);
	json_object_set_new(m, "log_name", json_string("agate-audit"));
	snprintf(uid, sizeof uid, "%s:%" JSON_INTEGER_FORMAT, host,
		 json_integer_value(json_object_get(row, "id")));
	json_object_set_new(m, "uid", json_string(uid));
	return m;
}

/* One audit row (the export's JSON object) as an OCSF event. */
static json_t *to_event(json_t *row, const char *host)
{
	json_t *ev = json_object(), *api = json_object(), *svc = json_object(), *req = json_object();
	json_t *res = json_array(), *r = json_object(), *pol = json_object(), *src = json_object();
	json_t *agate = json_object(), *unm = json_object();
	const char *error = jstr(row, "error"), *op = jstr(row, "op");
	char gen[24];

	json_object_set_new(ev, "class_uid", json_integer(CLASS_API_ACTIVITY));
	json_object_set_new(ev, "class_name", json_string("API Activity"));
	json_object_set_new(ev, "category_uid", json_integer(6));
	json_object_set_new(ev, "category_name", json_string("Application Activity"));
	json_object_set_new(ev, "activity_id", json_integer(ACTIVITY_OTHER));
	json_object_set_new(ev, "activity_name", json_string(op ? op : "Other"));
	json_object_set_new(ev, "type_uid", json_integer(CLASS_API_ACTIVITY * 100 + ACTIVITY_OTHER));
	json_object_set_new(ev, "type_name", json_string("API Activity: Other"));
	json_object_set(ev, "time", json_object_get(row, "time_ms"));
	json_object_set_new(ev, "status_id", json_integer(error ? 2 : 1));
	json_object_set_new(ev, "status", json_string(error ? "Failure" : "Success"));
	set_str(ev, "status_detail", error);
	set_str(ev, "message", jstr(row, "reason"));
	security_control(ev, jstr(row, "verdict"));
	json_object_set_new(ev, "metadata", metadata(row, host));
	json_object_set_new(ev, "actor", actor(row));

	set_str(api, "operation", jstr(row, "tool"));
	json_object_set_new(svc, "name", json_string("agate"));
	json_object_set_new(api, "service", svc);
	snprintf(gen, sizeof gen, "%" JSON_INTEGER_FORMAT,
		 json_integer_value(json_object_get(row, "request_id")));
	json_object_set_new(req, "uid", json_string(gen));
	json_object_set_new(api, "request", req);
	json_object_set_new(ev, "api", api);

	set_str(r, "name", jstr(row, "tool"));
	json_object_set_new(r, "type", json_string("tool call"));
	json_object_set_new(r, "data", embed(jstr(row, "args_json")));
	json_array_append_new(res, r);
	json_object_set_new(ev, "resources", res);

	set_str(pol, "name", jstr(row, "rule"));
	set_str(pol, "uid", jstr(row, "ruleset_digest"));
	snprintf(gen, sizeof gen, "%" JSON_INTEGER_FORMAT,
		 json_integer_value(json_object_get(row, "generation")));
	json_object_set_new(pol, "version", json_string(gen));
	set_str(pol, "desc", jstr(row, "reason"));
	json_object_set_new(pol, "is_applied", json_boolean(jstr(row, "rule") != NULL));
	json_object_set_new(ev, "policy", pol);

	json_object_set_new(src, "hostname", json_string(host));
	json_object_set_new(ev, "src_endpoint", src);

	json_object_set(agate, "audit_id", json_object_get(row, "id"));
	json_object_set(agate, "kind", json_object_get(row, "kind"));
	json_object_set(agate, "verdict", json_object_get(row, "verdict"));
	json_object_set(agate, "enforcement", json_object_get(row, "enforcement"));
	json_object_set_new(agate, "scores", embed(jstr(row, "scores_json")));
	json_object_set(agate, "trace", json_object_get(row, "trace"));
	json_object_set(agate, "eval_ns", json_object_get(row, "eval_ns"));
	json_object_set(agate, "prev_hash", json_object_get(row, "prev_hash"));
	json_object_set(agate, "hash", json_object_get(row, "hash"));
	json_object_set_new(unm, "agate", agate);
	json_object_set_new(ev, "unmapped", unm);
	return ev;
}

static void ocsf_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit export --format ocsf [--db PATH] [--since TIME]\n"
		"                             [--after-id N] [--host NAME] [--output FILE]\n"
		"\n"
		"Every verdict row as an OCSF %s event (API Activity, class 6003, with\n"
		"the Security Control profile), one JSON object per line, oldest first.\n"
		"Gap and checkpoint rows are left out (they are the chain's, not events).\n"
		"\n"
		"  --host NAME        src_endpoint.hostname and metadata.uid prefix\n"
		"                     (default: this machine's host name)\n", OCSF_VERSION);
}

/* Turn the export in `in` (JSON lines) into events on out. */
static int convert(FILE *in, FILE *out, const char *host, uint64_t *n)
{
	char *line = NULL;
	size_t cap = 0;

	while (getline(&line, &cap, in) > 0) {
		json_t *row = json_loads(line, 0, NULL), *ev;
		const char *kind;

		if (!row) {
			free(line);
			return -EINVAL;
		}
		kind = jstr(row, "kind");
		if (kind && strcmp(kind, "verdict") != 0) {
			json_decref(row);
			continue;
		}
		ev = to_event(row, host);
		if (json_dumpf(ev, out, JSON_COMPACT) != 0 || fputc('\n', out) == EOF) {
			json_decref(ev);
			json_decref(row);
			free(line);
			return -EPIPE;
		}
		(*n)++;
		json_decref(ev);
		json_decref(row);
	}
	free(line);
	return 0;
}

int agatectl_audit_export_ocsf(int argc, char **argv, const char *default_db)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "since", required_argument, NULL, 's' },
		{ "after-id", required_argument, NULL, 'a' },
		{ "host", required_argument, NULL, 'H' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db, *output = NULL, *host = NULL;
	agate_auditdb_filter f = { 0 };
	agate_auditdb *db = NULL;
	char err[512] = "", hn[256] = "localhost", *end;
	FILE *tmp = NULL, *out = stdout;
	uint64_t rows = 0, events = 0, last = 0;
	struct timeval tv;
	int c, rc;

	while ((c = getopt_long(argc, argv, "d:o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'H': host = optarg; break;
		case 'o': output = optarg; break;
		case 'f': break; /* ocsf: how we got here */
		case 's':
			gettimeofday(&tv, NULL);
			if (agate_auditdb_parse_time(optarg, (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000,
						     &f.since_ms) < 0) {
				fprintf(stderr, "agatectl audit: --since: cannot read '%s' as a time\n", optarg);
				return EXIT_USAGE;
			}
			f.has_since = true;
			break;
		case 'a':
			errno = 0;
			f.after_id = strtoull(optarg, &end, 10);
			if (errno || *optarg < '0' || *optarg > '9' || *end) {
				fprintf(stderr, "agatectl audit: --after-id: expected a row id, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h': ocsf_help(stdout); return EXIT_OK;
		default: ocsf_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		ocsf_help(stderr);
		return EXIT_USAGE;
	}
	if (!host && gethostname(hn, sizeof hn - 1) == 0)
		hn[sizeof hn - 1] = '\0';
	if (!host)
		host = hn;
	rc = agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "agatectl audit: %s\n", err[0] ? err : strerror(-rc));
		return EXIT_FAIL;
	}
	if (!(tmp = tmpfile()) || (output && !(out = fopen(output, "w")))) {
		fprintf(stderr, "agatectl audit: %s: %s\n", tmp ? output : "temporary file", strerror(errno));
		rc = -EIO;
		goto done;
	}
	rc = agate_auditdb_query(db, &f, AGATE_AUDITDB_JSONL, tmp, &rows, &last, err, sizeof err);
	if (rc == 0) {
		rewind(tmp);
		rc = convert(tmp, out, host, &events);
		if (rc < 0)
			snprintf(err, sizeof err, "writing the events: %s", strerror(-rc));
	}
	if (out != stdout && fclose(out) != 0 && rc == 0) {
		snprintf(err, sizeof err, "%s: %s", output, strerror(errno));
		rc = -EIO;
	}
	if (rc < 0)
		fprintf(stderr, "agatectl audit: %s\n", err);
	else
		fprintf(stderr, "exported %" PRIu64 " OCSF events (%" PRIu64 " rows); last id %" PRIu64
			" (next time: --after-id %" PRIu64 ")\n", events, rows, rows ? last : f.after_id,
			rows ? last : f.after_id);
done:
	if (tmp)
		fclose(tmp);
	agate_auditdb_close(db);
	return rc < 0 ? EXIT_FAIL : EXIT_OK;
}

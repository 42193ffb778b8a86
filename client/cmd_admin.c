/* cmd_admin.c - ping, stats, reload, pending, approve, deny, resume,
 * sessions: one request each, the reply printed for people or as JSON. */
#include "agatectl.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client/json.h"
#include "schema/protocol.h"

#define ADMIN_ARENA_LIMIT ((size_t)256 * 1024 * 1024)

struct kv {
	const char *key;
	agate_value val;
};

static agate_value vstr(const char *s)
{
	agate_value v = { .type = AGATE_STR };
	v.as.str = (agate_str){ s, strlen(s) };
	return v;
}

static agate_value vint(int64_t i)
{
	agate_value v = { .type = AGATE_INT };
	v.as.integer = i;
	return v;
}

static agate_value vbool(bool b)
{
	agate_value v = { .type = AGATE_BOOL };
	v.as.boolean = b;
	return v;
}

/* Send {op, extra...}; on success *reply is set and 0 returned, else the
 * failure has been reported and AGATE_EXIT_ERROR (or, with keep_refused,
 * -EREMOTEIO with *reply set so the caller can show the details). */
static int call(agatectl_opts *o, agate_arena *a, const char *op,
		const struct kv *extra, size_t nextra, agate_value **reply,
		bool keep_refused)
{
	agate_member m[8];
	agate_value req = { .type = AGATE_MAP };
	agate_client *c = NULL;
	int r;

	*reply = NULL;
	m[0].key = (agate_str){ "op", 2 };
	m[0].value = vstr(op);
	for (size_t i = 0; i < nextra && i < 7; i++) {
		m[i + 1].key = (agate_str){ extra[i].key, strlen(extra[i].key) };
		m[i + 1].value = extra[i].val;
	}
	req.as.map.items = m;
	req.as.map.len = (uint32_t)(nextra + 1);

	r = agate_client_new(o->socket, o->timeout_ms, &c);
	if (r) {
		agatectl_err("bad socket path '%s'", o->socket);
		return AGATE_EXIT_ERROR;
	}
	r = agate_client_call(c, &req, a, reply);
	if (r == -EREMOTEIO && keep_refused) {
		agate_client_free(c);
		return r;
	}
	if (r < 0) {
		r = agatectl_report_failure(o, c, r, *reply);
		agate_client_free(c);
		return r;
	}
	agate_client_free(c);
	return 0;
}

/* The reply without the envelope keys, for people. */
static void print_body(const agate_value *reply)
{
	for (uint32_t i = 0; i < reply->as.map.len; i++) {
		const agate_member *m = &reply->as.map.items[i];
		agate_value one = { .type = AGATE_MAP };
		if (agate_str_eq(m->key, "ok") || agate_str_eq(m->key, "id"))
			continue;
		if (m->value.type == AGATE_ARRAY && m->value.as.array.len > 0 &&
		    m->value.as.array.items[0].type == AGATE_MAP) {
			printf("%.*s (%u):\n", (int)m->key.len, m->key.ptr,
			       m->value.as.array.len);
			agatectl_print_table(stdout, &m->value);
			continue;
		}
		one.as.map.items = (agate_member *)m;
		one.as.map.len = 1;
		agatectl_print_human(stdout, &one, 0);
	}
}

static int finish(agatectl_opts *o, const agate_value *reply)
{
	if (o->json)
		agatectl_json_print(stdout, reply, true);
	else
		print_body(reply);
	return 0;
}

/* Parse the options every admin command shares (--json, --help) plus
 * the ones in extra; returns the index of the first operand, -1 to exit
 * 0 (help shown), -2 on a usage error. */
static int common_opts(agatectl_opts *o, int argc, char **argv,
		       const char *usage, const struct option *extra,
		       void (*on_opt)(int ch, const char *arg, void *ud), void *ud)
{
	struct option longopts[12];
	size_t n = 0;
	int ch;

	longopts[n++] = (struct option){ "json", no_argument, NULL, 'j' };
	longopts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	for (const struct option *e = extra; e && e->name && n < 11; e++)
		longopts[n++] = *e;
	longopts[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = getopt_long(argc, argv, "hj", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			o->json = true;
			break;
		case 'h':
			fputs(usage, stdout);
			return -1;
		case '?':
			fputs(usage, stderr);
			return -2;
		default:
			if (on_opt)
				on_opt(ch, optarg, ud);
			break;
		}
	}
	return optind;
}

#define COMMON_HELP \
	"  --json   print the reply as JSON\n" \
	"  --help   this help\n"

static int no_operands(int first, int argc, char **argv, const char *usage)
{
	if (first < argc) {
		agatectl_err("%s: unexpected argument '%s'", argv[0], argv[first]);
		fputs(usage, stderr);
		return -1;
	}
	return 0;
}

/* ---- ping --------------------------------------------------------------- */

int agatectl_ping_main(agatectl_opts *o, int argc, char **argv)
{
	static const char usage[] =
		"usage: agatectl ping [--json]\n\n"
		"Check that agated answers; prints the round trip and what the\n"
		"daemon says about itself. Exit 0 when it answered, 3 otherwise.\n\n"
		COMMON_HELP;
	agate_arena *a;
	agate_value *reply;
	struct timespec t0, t1;
	int first = common_opts(o, argc, argv, usage, NULL, NULL, NULL), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (no_operands(first, argc, argv, usage))
		return AGATE_EXIT_ERROR;
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = call(o, a, AGATE_OP_PING, NULL, 0, &reply, false);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (r == 0) {
		if (o->json) {
			agatectl_json_print(stdout, reply, true);
		} else {
			double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
				    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
			printf("pong from %s in %.3f ms\n", o->socket, ms);
			print_body(reply);
		}
	}
	agate_arena_free(a);
	return r;
}

/* ---- stats -------------------------------------------------------------- */

/* the callback of a command whose one extra option is a flag */
static void set_flag(int ch, const char *arg, void *ud)
{
	(void)ch;
	(void)arg;
	*(bool *)ud = true;
}

int agatectl_stats_main(agatectl_opts *o, int argc, char **argv)
{
	static const char usage[] =
		"usage: agatectl stats [--prometheus | --json]\n\n"
		"Counters of the running daemon: checks by verdict, hits per rule,\n"
		"latency quantiles, queue depths, errors.\n\n"
		"  --prometheus   print in the Prometheus text format (for a textfile\n"
		"                 collector or a scrape proxy)\n"
		COMMON_HELP;
	static const struct option extra[] = {
		{ "prometheus", no_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 },
	};
	bool prom = false;
	agate_arena *a;
	agate_value *reply;
	int first = common_opts(o, argc, argv, usage, extra, set_flag, &prom), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (no_operands(first, argc, argv, usage))
		return AGATE_EXIT_ERROR;
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	r = call(o, a, AGATE_OP_STATS, NULL, 0, &reply, false);
	if (r == 0) {
		if (prom)
			agatectl_print_prometheus(stdout, reply);
		else
			finish(o, reply);
	}
	agate_arena_free(a);
	return r;
}

/* ---- reload ------------------------------------------------------------- */

/* one diagnostic, from a string or a {file,line,col,level,message} map */
static void print_diag(const agate_value *d)
{
	if (d->type == AGATE_STR) {
		fprintf(stderr, "%s\n", d->as.str.ptr);
		return;
	}
	if (d->type != AGATE_MAP) {
		agatectl_put_scalar(stderr, d);
		fputc('\n', stderr);
		return;
	}
	const agate_value *file = agate_value_get(d, "file", 4);
	const agate_value *line = agate_value_get(d, "line", 4);
	const agate_value *col = agate_value_get(d, "col", 3);
	const agate_value *lvl = agate_value_get(d, "level", 5);
	const agate_value *msg = agate_value_get(d, "message", 7);
	agatectl_put_scalar(stderr, file);
	fputc(':', stderr);
	agatectl_put_scalar(stderr, line);
	fputc(':', stderr);
	agatectl_put_scalar(stderr, col);
	fputs(": ", stderr);
	if (lvl && lvl->type == AGATE_STR)
		fprintf(stderr, "%s: ", lvl->as.str.ptr);
	else
		fputs("error: ", stderr);
	agatectl_put_scalar(stderr, msg);
	fputc('\n', stderr);
}

static void print_diags(const agate_value *reply)
{
	static const char *const keys[] = { "errors", "diagnostics", "diags",
					    "warnings" };
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		const agate_value *l = agate_value_get(reply, keys[k], strlen(keys[k]));
		if (l && l->type == AGATE_ARRAY)
			for (uint32_t i = 0; i < l->as.array.len; i++)
				print_diag(&l->as.array.items[i]);
	}
}

int agatectl_reload_main(agatectl_opts *o, int argc, char **argv)
{
	static const char usage[] =
		"usage: agatectl reload [--force] [--json]\n\n"
		"Ask agated to reload its rule files and frames (admin). A rule set\n"
		"with any error changes nothing: every error is printed as\n"
		"file:line:col and the exit status is 1. Exit 0 on success, 3 when\n"
		"the daemon cannot be reached or refuses (e.g. forbidden).\n\n"
		"  --force  accept a rule set that drops more than half of the\n"
		"           active rules (refused otherwise as a likely mistake)\n"
		COMMON_HELP;
	static const struct option extra[] = {
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	bool force = false;
	agate_arena *a;
	agate_value *reply;
	int first = common_opts(o, argc, argv, usage, extra, set_flag, &force), r;
	struct kv kv[1] = { { "force", vbool(false) } };

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (no_operands(first, argc, argv, usage))
		return AGATE_EXIT_ERROR;
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	kv[0].val = vbool(force);
	r = call(o, a, AGATE_OP_RELOAD, kv, force ? 1 : 0, &reply, true);
	if (r == -EREMOTEIO) {
		const agate_value *e = agate_value_get(reply, "error", 5);
		const agate_value *m = agate_value_get(reply, "message", 7);
		if (o->json)
			agatectl_json_print(stdout, reply, true);
		print_diags(reply);
		agatectl_err("reload failed: %s%s%s",
			     e && e->type == AGATE_STR ? e->as.str.ptr : "error",
			     m && m->type == AGATE_STR ? ": " : "",
			     m && m->type == AGATE_STR ? m->as.str.ptr : "");
		bool rule_errors = e && e->type == AGATE_STR &&
				   agate_str_eq(e->as.str, AGATE_ERR_RELOAD);
		r = rule_errors ? 1 : AGATE_EXIT_ERROR;
	} else if (r == 0) {
		if (!o->json) {
			print_diags(reply); /* warnings, if the daemon sends them */
			printf("reloaded\n");
		}
		finish(o, reply);
	}
	agate_arena_free(a);
	return r;
}

/* ---- pending, sessions -------------------------------------------------- */

static int simple(agatectl_opts *o, int argc, char **argv, const char *op,
		  const char *usage)
{
	agate_arena *a;
	agate_value *reply;
	int first = common_opts(o, argc, argv, usage, NULL, NULL, NULL), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (no_operands(first, argc, argv, usage))
		return AGATE_EXIT_ERROR;
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	r = call(o, a, op, NULL, 0, &reply, false);
	if (r == 0)
		finish(o, reply);
	agate_arena_free(a);
	return r;
}

int agatectl_pending_main(agatectl_opts *o, int argc, char **argv)
{
	return simple(o, argc, argv, AGATE_OP_PENDING,
		      "usage: agatectl pending [--json]\n\n"
		      "List the actions held for review (admin): audit id, agent,\n"
		      "session, tool, rule, and the seconds left before the hold\n"
		      "times out as a block. Decide with `approve ID` / `deny ID`.\n\n"
		      COMMON_HELP);
}

int agatectl_sessions_main(agatectl_opts *o, int argc, char **argv)
{
	return simple(o, argc, argv, AGATE_OP_SESSIONS,
		      "usage: agatectl sessions [--json]\n\n"
		      "List the daemon's live sessions (admin): agent, session,\n"
		      "actions decided, session drift, whether a stop holds it.\n\n"
		      COMMON_HELP);
}

/* ---- approve, deny ------------------------------------------------------ */

static void reason_opt(int ch, const char *arg, void *ud)
{
	if (ch == 'r')
		*(const char **)ud = arg;
}

static int decide(agatectl_opts *o, int argc, char **argv, const char *op,
		  const char *usage)
{
	static const struct option extra[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *note = NULL;
	agate_arena *a;
	agate_value *reply;
	struct kv kv[2];
	size_t n = 0;
	char *end;
	int first = common_opts(o, argc, argv, usage, extra, reason_opt, &note), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (first + 1 != argc) {
		agatectl_err("%s: wants exactly one AUDIT_ID", argv[0]);
		fputs(usage, stderr);
		return AGATE_EXIT_ERROR;
	}
	errno = 0;
	unsigned long long id = strtoull(argv[first], &end, 10);
	if (errno || *end || end == argv[first] || id == 0 || id > INT64_MAX) {
		agatectl_err("%s: '%s' is not an audit id", argv[0], argv[first]);
		return AGATE_EXIT_ERROR;
	}
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	kv[n].key = "audit_id";
	kv[n++].val = vint((int64_t)id);
	if (note) {
		kv[n].key = "reason";
		kv[n++].val = vstr(note);
	}
	r = call(o, a, op, kv, n, &reply, false);
	if (r == 0) {
		if (o->json) {
			finish(o, reply);
		} else {
			const agate_value *v = agate_value_get(reply, "verdict", 7);
			const agate_value *d = agate_value_get(reply, "decision_audit_id", 17);
			printf("%s %llu: the held call is answered %s", 
			       strcmp(op, AGATE_OP_APPROVE) == 0 ? "approved" : "denied", id,
			       v && v->type == AGATE_STR ? v->as.str.ptr : "?");
			if (d && d->type == AGATE_INT)
				printf(" (decision audit_id=%lld)", (long long)d->as.integer);
			putchar('\n');
		}
	}
	agate_arena_free(a);
	return r;
}

int agatectl_approve_main(agatectl_opts *o, int argc, char **argv)
{
	return decide(o, argc, argv, AGATE_OP_APPROVE,
		      "usage: agatectl approve AUDIT_ID [--json]\n\n"
		      "Allow an action held for review (admin); the waiting agent\n"
		      "gets allow. AUDIT_ID is from `agatectl pending`.\n\n"
		      "  --reason TEXT  a note kept in the audit log\n"
		      COMMON_HELP);
}

int agatectl_deny_main(agatectl_opts *o, int argc, char **argv)
{
	return decide(o, argc, argv, AGATE_OP_DENY,
		      "usage: agatectl deny AUDIT_ID [--json]\n\n"
		      "Block an action held for review (admin); the waiting agent\n"
		      "gets block.\n\n"
		      "  --reason TEXT  a note kept in the audit log\n"
		      COMMON_HELP);
}

/* ---- resume ------------------------------------------------------------- */

struct resume_opts {
	const char *agent, *session;
};

static void resume_opt(int ch, const char *arg, void *ud)
{
	struct resume_opts *ro = ud;
	if (ch == 'g')
		ro->agent = arg;
	else if (ch == 'S')
		ro->session = arg;
}

int agatectl_resume_main(agatectl_opts *o, int argc, char **argv)
{
	static const char usage[] =
		"usage: agatectl resume [--agent A] --session S [--json]\n"
		"       agatectl resume SESSION\n\n"
		"Lift the stop on a session (admin): after a `stop` enforcement\n"
		"every later action of the session is blocked until resumed.\n\n"
		"  --agent A    the session's agent\n"
		"  --session S  the session\n"
		COMMON_HELP;
	static const struct option extra[] = {
		{ "agent", required_argument, NULL, 'g' },
		{ "session", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	struct resume_opts ro = { NULL, NULL };
	agate_arena *a;
	agate_value *reply;
	struct kv kv[2];
	size_t n = 0;
	int first = common_opts(o, argc, argv, usage, extra, resume_opt, &ro), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	if (first < argc && !ro.session)
		ro.session = argv[first++];
	if (first < argc || !ro.session || !*ro.session) {
		agatectl_err("resume: wants a session (--session S or SESSION)");
		fputs(usage, stderr);
		return AGATE_EXIT_ERROR;
	}
	a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!a)
		return AGATE_EXIT_ERROR;
	if (!ro.agent) {
		/* the daemon names a session by agent and session: find the
		 * stopped session's agent from the list */
		bool json = o->json;
		o->json = false;
		r = call(o, a, AGATE_OP_SESSIONS, NULL, 0, &reply, false);
		o->json = json;
		if (r) {
			agate_arena_free(a);
			return r;
		}
		const agate_value *list = agate_value_get(reply, "sessions", 8);
		size_t found = 0;
		for (uint32_t i = 0; list && list->type == AGATE_ARRAY &&
				     i < list->as.array.len; i++) {
			const agate_value *it = &list->as.array.items[i];
			const agate_value *sn = agate_value_get(it, "session", 7);
			const agate_value *ag = agate_value_get(it, "agent", 5);
			const agate_value *st = agate_value_get(it, "stopped", 7);
			if (!sn || sn->type != AGATE_STR || !agate_str_eq(sn->as.str, ro.session) ||
			    !ag || ag->type != AGATE_STR)
				continue;
			if (st && st->type == AGATE_BOOL && !st->as.boolean)
				continue;
			if (found++ == 0)
				ro.agent = ag->as.str.ptr;
		}
		if (found != 1) {
			if (found)
				agatectl_err("resume: %zu agents have a stopped session '%s'; "
					     "name one with --agent", found, ro.session);
			else
				agatectl_err("resume: no stopped session '%s'", ro.session);
			agate_arena_free(a);
			return AGATE_EXIT_ERROR;
		}
	}
	kv[n].key = "agent";
	kv[n++].val = vstr(ro.agent);
	kv[n].key = "session";
	kv[n++].val = vstr(ro.session);
	r = call(o, a, AGATE_OP_RESUME, kv, n, &reply, false);
	if (r == 0) {
		if (!o->json)
			printf("resumed agent=%s session=%s\n", ro.agent, ro.session);
		finish(o, reply);
	}
	agate_arena_free(a);
	return r;
}

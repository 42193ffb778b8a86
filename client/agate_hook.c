/* agate_hook.c - agate-hook: a coding agent's pre-tool-call hook.
 *
 *   agate-hook [--socket PATH] [--agent NAME] [--purpose TEXT]
 *              [--identity FILE] [--timeout MS] [--no-ask] FORMAT
 *
 * The agent runs it before each tool call with a JSON document on
 * standard input. It maps that onto one check (hook_formats.c), registers
 * the session's identity when there is one (hook_identity.c), asks agated
 * with hold:false, and answers in exactly the form FORMAT documents:
 * allow, deny with agate's reason and rule, or for a review the agent's
 * own "ask" where it has one, else a deny that names the approval id.
 *
 * FAIL CLOSED: an unknown format, bad options, malformed input, an
 * unreadable identity file, a daemon that is down or slow, a refused or
 * malformed reply all answer deny in FORMAT's contract (exit 2 with the
 * message on stderr when FORMAT is unknown).
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client/agate.h"
#include "client/hook.h"
#include "client/json.h"
#include "policy/base/arena.h"
#include "schema/protocol.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

#define INPUT_MAX (8u * 1024 * 1024)
#define ARENA_MAX (64u * 1024 * 1024)
#define MSG_MAX 2048

typedef struct hook_opts {
	const char *socket;
	const char *agent;
	const char *purpose;
	const char *identity;
	int timeout_ms;
	bool no_ask;
	const hook_format *format;
} hook_opts;

static void usage(FILE *f)
{
	fprintf(f,
		"usage: agate-hook [options] FORMAT\n\n"
		"A coding agent's pre-tool-call hook: reads the agent's hook input on\n"
		"standard input, asks agated about the call, and answers in the form\n"
		"the agent documents. Any failure answers deny.\n\n"
		"  --socket PATH    agated's socket (default: $AGATE_SOCKET, then\n"
		"                   ./agate-run/agated.sock, then %s)\n"
		"  --agent NAME     the agent name agate records (default: FORMAT)\n"
		"  --purpose TEXT   the identity to register for each session: what\n"
		"                   the agent is for (replaces the identity file's)\n"
		"  --identity FILE  an identity file (default: the first\n"
		"                   .agate/identity from the agent's cwd upwards)\n"
		"  --timeout MS     how long to wait for agated (default %d)\n"
		"  --no-ask         answer a review with deny even where the agent can\n"
		"                   ask its user (Cursor's auto-review mode)\n"
		"  -h, --help       this text\n"
		"  -V, --version    the version\n\n"
		"FORMAT (the agent and the hook event it is configured on):\n",
		AGATE_CLIENT_DEFAULT_SOCKET, AGATE_CLIENT_DEFAULT_TIMEOUT_MS);
	for (const hook_format *fm = hook_formats; fm->name; fm++)
		fprintf(f, "  %-12s %s\n", fm->name, fm->event);
	fprintf(f, "\nSettings snippets for each agent: docs/agents.md.\n");
}

/* ---- answers ------------------------------------------------------------ */

/* Deny in FORMAT's contract, or exit 2 with message on stderr when the
 * format is unknown. */
static int deny(const hook_opts *o, const hook_call *c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int deny(const hook_opts *o, const hook_call *c, const char *fmt, ...)
{
	static const hook_call none = { .session = "" };
	char msg[MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!o->format) {
		fprintf(stderr, "%s\n", msg);
		return 2;
	}
	return o->format->answer(c ? c : &none, HOOK_DENY, msg);
}

/* " (rule R; audit id N)" */
static void rule_note(char *buf, size_t cap, const agate_check_reply *r, uint64_t id,
		      const char *id_word)
{
	if (r->rule)
		snprintf(buf, cap, " (rule %s; %s %llu)", r->rule, id_word,
			 (unsigned long long)id);
	else
		snprintf(buf, cap, " (%s %llu)", id_word, (unsigned long long)id);
}

/* The daemon's verdict as FORMAT's answer. */
static int answer(const hook_opts *o, const hook_call *c, const agate_check_reply *r)
{
	char note[256], msg[MSG_MAX];

	if (r->error)
		return deny(o, c, "agate could not check this call, so it is blocked (%s: %s)",
			    r->error, r->message ? r->message : "");
	switch (r->verdict) {
	case AGATE_CHECK_ALLOW:
		return o->format->answer(c, HOOK_ALLOW, NULL);
	case AGATE_CHECK_BLOCK:
		rule_note(note, sizeof(note), r, r->audit_id, "audit id");
		return deny(o, c, "agate blocked this call: %s%s", r->reason, note);
	case AGATE_CHECK_REVIEW:
		break;
	}
	if (!r->approval_id) /* a review we asked not to be held, held anyway? */
		return deny(o, c, "agate sent this call to review without an approval id, "
			    "so it is blocked: %s", r->reason);
	rule_note(note, sizeof(note), r, r->approval_id, "approval id");
	if (c->can_ask && !o->no_ask) {
		snprintf(msg, sizeof(msg), "agate asks a person to review this call: %s%s",
			 r->reason, note);
		return o->format->answer(c, HOOK_ASK, msg);
	}
	return deny(o, c, "agate holds this call for review: %s%s. An operator can allow "
		    "this exact call once with `agatectl approve %llu`; then retry it "
		    "unchanged.", r->reason, note, (unsigned long long)r->approval_id);
}

/* ---- the run ------------------------------------------------------------ */

/* All of standard input (at most INPUT_MAX bytes) as a JSON object. */
static json_t *read_input(char *err, size_t errcap)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap);
	json_error_t je;
	json_t *in;

	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, stdin);
		n += got;
		if (got == 0)
			break;
		if (n == cap) {
			char *nb = cap >= INPUT_MAX ? NULL : realloc(buf, cap * 2);
			if (!nb) {
				snprintf(err, errcap, cap >= INPUT_MAX ? "input larger than %u bytes"
					 : "out of memory", INPUT_MAX);
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
	}
	if (!buf) {
		snprintf(err, errcap, "out of memory");
		return NULL;
	}
	if (ferror(stdin)) {
		snprintf(err, errcap, "cannot read standard input");
		free(buf);
		return NULL;
	}
	in = json_loadb(buf, n, JSON_REJECT_DUPLICATES, &je);
	free(buf);
	if (!in)
		snprintf(err, errcap, "the hook input is not JSON: line %d, column %d: %s",
			 je.line, je.column, je.text);
	else if (!json_is_object(in)) {
		snprintf(err, errcap, "the hook input is not a JSON object");
		json_decref(in);
		in = NULL;
	}
	return in;
}

/* Register id for (agent, session) unless a fresh marker says this
 * daemon has it. 0, or a negative errno (the client says why). */
static int register_identity(agate_client *cl, agate_arena *a, const hook_opts *o,
			     const char *socket, const char *session,
			     const hook_identity *id)
{
	agate_member m = { .key = AGATE_STR_LIT("op"),
			   .value = { .type = AGATE_STR, .as.str = AGATE_STR_LIT("ping") } };
	agate_value ping = { .type = AGATE_MAP, .as.map = { .items = &m, .len = 1 } };
	agate_register_request rq = { .agent = o->agent, .session = session,
				      .purpose = id->purpose, .role = id->role,
				      .tools = (const char *const *)id->tools,
				      .ntools = id->ntools };
	agate_value *reply = NULL;
	const agate_value *st;
	int64_t started = -1;
	int e;

	e = agate_client_call(cl, &ping, a, &reply);
	if (e)
		return e;
	st = agate_value_get(reply, "started_ms", 10);
	if (st && st->type == AGATE_INT)
		started = st->as.integer;
	if (started >= 0 && hook_marker_fresh(socket, o->agent, session, id, started))
		return 0;
	e = agate_client_register(cl, &rq, a);
	if (!e && started >= 0)
		hook_marker_write(socket, o->agent, session, id, started);
	return e;
}

/* context: cwd, the agent's own tool name, Cursor's MCP server. */
static json_t *make_context(const hook_call *c)
{
	json_t *ctx = json_object();

	if (ctx && c->cwd)
		json_object_set_new(ctx, "cwd", json_string(c->cwd));
	if (ctx && c->agent_tool)
		json_object_set_new(ctx, "agent_tool", json_string(c->agent_tool));
	if (ctx && c->mcp_server)
		json_object_set_new(ctx, "mcp_server", json_string(c->mcp_server));
	return ctx;
}

/* The checks a call needs: one, or for a patch that names several files
 * (apply_patch) one per file, each with that file as args.path, so that
 * a rule reading args.path sees every file. A new reference, or NULL. */
static json_t *checks_of(const hook_call *c)
{
	const json_t *paths = json_object_get(c->args, "paths");
	json_t *all = json_array(), *a, *p;
	size_t i;

	if (!all || strcmp(c->tool, "apply_patch") || json_array_size(paths) < 2) {
		if (all && json_array_append(all, c->args)) {
			json_decref(all);
			return NULL;
		}
		return all;
	}
	json_array_foreach(paths, i, p) {
		a = json_copy(c->args); /* shallow: the path differs, paths and content are shared */
		if (!a || json_object_set(a, "path", p) || json_array_append_new(all, a)) {
			json_decref(a);
			json_decref(all);
			return NULL;
		}
	}
	return all;
}

/* Ask agated about c and answer: the first check that is not an allow
 * decides the answer. */
static int check_call(const hook_opts *o, hook_call *c, const hook_identity *id)
{
	const char *socket = o->socket ? o->socket : agate_client_default_socket();
	agate_arena *a = agate_arena_new(ARENA_MAX);
	agate_value args, context;
	agate_check_reply r;
	agate_client *cl = NULL;
	json_t *ctx = make_context(c), *checks = checks_of(c), *one;
	size_t i;
	int status;

	if (!a || !ctx || !checks || agatectl_json_to_value(ctx, a, &context)) {
		status = deny(o, c, "agate-hook: out of memory, so the call is blocked");
		goto out;
	}
	if (agate_client_new(socket, o->timeout_ms, &cl)) {
		status = deny(o, c, "agate-hook: bad socket path '%s', so the call is blocked",
			      socket);
		goto out;
	}
	if (id->purpose && register_identity(cl, a, o, socket, c->session, id)) {
		status = deny(o, c, "agate could not register this agent's identity, so the "
			      "call is blocked (%s: %s)", agate_client_error(cl),
			      agate_client_message(cl));
		goto out;
	}
	agate_check_reply_fail(&r, "internal", "agate-hook: nothing was checked");
	json_array_foreach(checks, i, one) {
		if (agatectl_json_to_value(one, a, &args)) {
			status = deny(o, c, "agate-hook: out of memory (or input nested too "
				      "deep), so the call is blocked");
			goto out;
		}
		agate_check_request rq = { .agent = o->agent, .session = c->session,
					   .tool = c->tool, .args = &args, .text = c->text,
					   .context = &context, .no_hold = true };
		agate_client_check(cl, &rq, a, &r);
		if (r.error || r.verdict != AGATE_CHECK_ALLOW)
			break;
	}
	status = answer(o, c, &r);
out:
	agate_client_free(cl);
	agate_arena_free(a);
	json_decref(checks);
	json_decref(ctx);
	return status;
}

static int run(hook_opts *o)
{
	hook_identity id = { 0 };
	hook_call c = { .session = "" };
	char err[512] = "";
	json_t *in;
	int status;

	in = read_input(err, sizeof(err));
	if (!in)
		return deny(o, NULL, "agate-hook %s: %s, so the call is blocked",
			    o->format->name, err);
	if (o->format->read(in, &c, err, sizeof(err))) {
		status = deny(o, &c, "agate-hook %s: malformed hook input: %s, so the call "
			      "is blocked", o->format->name, err);
	} else if (hook_identity_load(o->identity, c.cwd, o->purpose, &id, err, sizeof(err))) {
		status = deny(o, &c, "agate-hook: %s, so the call is blocked", err);
	} else {
		if (!o->agent)
			o->agent = o->format->name;
		status = check_call(o, &c, &id);
	}
	hook_identity_free(&id);
	json_decref(c.args);
	json_decref(in);
	return status;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "socket", required_argument, NULL, 's' },
		{ "agent", required_argument, NULL, 'a' },
		{ "purpose", required_argument, NULL, 'p' },
		{ "identity", required_argument, NULL, 'i' },
		{ "timeout", required_argument, NULL, 't' },
		{ "no-ask", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	hook_opts o = { .timeout_ms = AGATE_CLIENT_DEFAULT_TIMEOUT_MS };
	const char *bad = NULL;
	char *end;
	int ch;

	opterr = 0;
	/* the format first, so that a bad option is denied in its contract */
	for (int i = argc - 1; i > 0 && !o.format; i--)
		o.format = hook_format_find(argv[i]);
	while (!bad && (ch = getopt_long(argc, argv, "hV", opts, NULL)) != -1) {
		switch (ch) {
		case 's': o.socket = optarg; break;
		case 'a': o.agent = *optarg ? optarg : NULL; break;
		case 'p': o.purpose = optarg; break;
		case 'i': o.identity = optarg; break;
		case 'n': o.no_ask = true; break;
		case 't': {
			errno = 0;
			long t = strtol(optarg, &end, 10);
			if (errno || *end || end == optarg || t <= 0 || t > 3600000)
				bad = "--timeout wants milliseconds between 1 and 3600000";
			else
				o.timeout_ms = (int)t;
			break;
		}
		case 'h': usage(stdout); return 0;
		case 'V':
			printf("agate-hook %s (protocol v%d)\n", AGATE_VERSION,
			       AGATE_PROTOCOL_VERSION);
			return 0;
		default: bad = "unknown option or missing value"; break;
		}
	}
	if (!bad && optind + 1 != argc)
		bad = optind == argc ? "no FORMAT given" : "more than one FORMAT given";
	if (!bad && !hook_format_find(argv[optind]))
		o.format = NULL, bad = "unknown FORMAT";
	if (bad)
		return deny(&o, NULL, "agate-hook: %s (see agate-hook --help), so the call is "
			    "blocked", bad);
	o.format = hook_format_find(argv[optind]);
	return run(&o);
}

/* cmd_check.c - `agatectl check`: one action, one verdict, exit code by
 * verdict (0 allow, 1 block, 2 review, 3 error). */
#include "agatectl.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "client/json.h"
#include "schema/protocol.h"

#define CHECK_ARENA_LIMIT ((size_t)64 * 1024 * 1024)
#define STDIN_MAX ((size_t)16 * 1024 * 1024)

static void check_usage(FILE *f)
{
	fprintf(f,
		"usage: agatectl check --tool NAME [--arg KEY=VALUE ...] [--args-json JSON]\n"
		"                      [--text T] [--agent A] [--session S]\n"
		"                      [--context KEY=VALUE ...] [--explain]\n"
		"       agatectl check -        (the whole request as JSON on stdin)\n"
		"\n"
		"Ask agated whether an agent may run one tool call.\n"
		"\n"
		"  --tool NAME          the tool the agent wants to call (required)\n"
		"  --arg KEY=VALUE      an argument, as a string; KEY:=JSON for a typed\n"
		"                       value (--arg count:=3, --arg paths:='[\"/a\"]')\n"
		"  --args-json JSON     all arguments as one JSON object (--arg adds to it)\n"
		"  --text T             the raw form of the call (command line, body)\n"
		"  --agent A            agent name (default: $AGATE_AGENT)\n"
		"  --session S          session id (default: $AGATE_SESSION)\n"
		"  --context KEY=VALUE  context entry: task, trigger, source, ... (KEY:=JSON too)\n"
		"  --explain            print the rule trace and the drift votes\n"
		"  --wait SECS          how long to wait for the verdict (default 330: a\n"
		"                       call held for review waits for the operator)\n"
		"  --json               print the daemon's reply as JSON\n"
		"\n"
		"stdin form: {\"tool\": .., \"args\": {..}, \"text\": .., \"agent\": ..,\n"
		"             \"session\": .., \"context\": {..}, \"explain\": bool};\n"
		"options given as well override its fields.\n"
		"\n"
		"exit status: 0 allow, 1 block, 2 review, 3 error (the verdict printed\n"
		"on an error is still BLOCK: the gate fails closed).\n");
}

/* Parse "KEY=VALUE" (string) or "KEY:=JSON" (typed) into *key and *val. */
static int parse_kv(agate_arena *a, const char *spec, const char *what,
		    char **key, agate_value *val)
{
	const char *eq = strchr(spec, '=');
	char err[160];
	size_t klen;
	bool typed;

	if (!eq || eq == spec) {
		agatectl_err("%s wants KEY=VALUE or KEY:=JSON, not '%s'", what, spec);
		return -EINVAL;
	}
	typed = eq > spec && eq[-1] == ':';
	klen = (size_t)(eq - spec) - (typed ? 1 : 0);
	if (klen == 0) {
		agatectl_err("%s: empty key in '%s'", what, spec);
		return -EINVAL;
	}
	*key = agate_arena_strndup(a, spec, klen);
	if (!*key)
		return -ENOMEM;
	if (typed) {
		agate_value *v;
		int r = agatectl_json_parse(eq + 1, strlen(eq + 1), a, &v, err,
					    sizeof(err));
		if (r) {
			agatectl_err("%s %.*s: bad JSON: %s", what, (int)klen, spec, err);
			return r;
		}
		*val = *v;
		return 0;
	}
	const char *s = eq + 1;
	char *copy = agate_arena_strndup(a, s, strlen(s));
	if (!copy)
		return -ENOMEM;
	val->type = AGATE_STR;
	val->as.str = (agate_str){ copy, strlen(s) };
	return 0;
}

static char *read_all(FILE *f, size_t max, size_t *len_out)
{
	size_t cap = 65536, len = 0;
	char *buf = malloc(cap);
	if (!buf)
		return NULL;
	for (;;) {
		if (len == cap) {
			if (cap >= max) {
				free(buf);
				errno = EFBIG;
				return NULL;
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		size_t n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0) {
			if (ferror(f)) {
				free(buf);
				return NULL;
			}
			break;
		}
	}
	*len_out = len;
	return buf;
}

static const char *opt_str(const agate_value *req, const char *key)
{
	const agate_value *v = agate_value_get(req, key, strlen(key));
	return v && v->type == AGATE_STR ? v->as.str.ptr : NULL;
}

static int exit_for(const agate_check_reply *r)
{
	if (r->error)
		return AGATE_EXIT_ERROR;
	switch (r->verdict) {
	case AGATE_CHECK_ALLOW:
		return AGATE_EXIT_ALLOW;
	case AGATE_CHECK_REVIEW:
		return AGATE_EXIT_REVIEW;
	default:
		return AGATE_EXIT_BLOCK;
	}
}

int agatectl_check_main(agatectl_opts *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "tool", required_argument, NULL, 'T' },
		{ "arg", required_argument, NULL, 'a' },
		{ "args-json", required_argument, NULL, 'A' },
		{ "text", required_argument, NULL, 'x' },
		{ "agent", required_argument, NULL, 'g' },
		{ "session", required_argument, NULL, 'S' },
		{ "context", required_argument, NULL, 'c' },
		{ "explain", no_argument, NULL, 'e' },
		{ "wait", required_argument, NULL, 'w' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	agate_arena *a = agate_arena_new(CHECK_ARENA_LIMIT);
	agate_client *c = NULL;
	agate_check_request rq = { 0 };
	agate_check_reply reply;
	agate_value empty = { .type = AGATE_MAP };
	agate_value *args = &empty, *context = NULL, *stdin_req = NULL;
	const char *tool = NULL, *text = NULL, *agent = NULL, *session = NULL;
	bool explain = false, from_stdin = false;
	/* the daemon holds a review until an operator decides or its review
	 * timeout (300 s by default) blocks it */
	long wait_s = 330;
	int ret = AGATE_EXIT_ERROR, ch, r;
	char err[200];

	/* --arg and --context are applied after the base map is known, so
	 * remember them in order */
	const char **kv_args = calloc((size_t)argc + 1, sizeof(*kv_args));
	const char **kv_ctx = calloc((size_t)argc + 1, sizeof(*kv_ctx));
	const char *args_json = NULL;
	size_t nargs = 0, nctx = 0;

	if (!a || !kv_args || !kv_ctx) {
		agatectl_err("out of memory");
		goto out;
	}
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'T':
			tool = optarg;
			break;
		case 'a':
			kv_args[nargs++] = optarg;
			break;
		case 'A':
			args_json = optarg;
			break;
		case 'x':
			text = optarg;
			break;
		case 'g':
			agent = optarg;
			break;
		case 'S':
			session = optarg;
			break;
		case 'c':
			kv_ctx[nctx++] = optarg;
			break;
		case 'e':
			explain = true;
			break;
		case 'w': {
			char *end;
			wait_s = strtol(optarg, &end, 10);
			if (*end || end == optarg || wait_s < 0 || wait_s > 86400) {
				agatectl_err("--wait wants seconds, not '%s'", optarg);
				goto out;
			}
			break;
		}
		case 'j':
			o->json = true;
			break;
		case 'h':
			check_usage(stdout);
			ret = 0;
			goto out;
		default:
			check_usage(stderr);
			goto out;
		}
	}
	if (optind < argc) {
		if (strcmp(argv[optind], "-") != 0 || optind + 1 < argc) {
			agatectl_err("check: unexpected argument '%s' (values go in --arg KEY=VALUE)",
				     argv[optind]);
			goto out;
		}
		from_stdin = true;
	}

	if (from_stdin) {
		size_t len;
		char *buf = read_all(stdin, STDIN_MAX, &len);
		if (!buf) {
			agatectl_err("check -: cannot read stdin: %s", strerror(errno));
			goto out;
		}
		r = agatectl_json_parse(buf, len, a, &stdin_req, err, sizeof(err));
		free(buf);
		if (r) {
			agatectl_err("check -: stdin: %s", err);
			goto out;
		}
		if (stdin_req->type != AGATE_MAP) {
			agatectl_err("check -: stdin must hold a JSON object");
			goto out;
		}
		const agate_value *v;
		if (!tool)
			tool = opt_str(stdin_req, "tool");
		if (!text)
			text = opt_str(stdin_req, "text");
		if (!agent)
			agent = opt_str(stdin_req, "agent");
		if (!session)
			session = opt_str(stdin_req, "session");
		v = agate_value_get(stdin_req, "args", 4);
		if (v && v->type == AGATE_MAP)
			args = (agate_value *)v;
		else if (v && v->type != AGATE_NIL) {
			agatectl_err("check -: \"args\" must be an object");
			goto out;
		}
		v = agate_value_get(stdin_req, "context", 7);
		if (v && v->type == AGATE_MAP)
			context = (agate_value *)v;
		else if (v && v->type != AGATE_NIL) {
			agatectl_err("check -: \"context\" must be an object");
			goto out;
		}
		v = agate_value_get(stdin_req, "explain", 7);
		if (v && v->type == AGATE_BOOL && v->as.boolean)
			explain = true;
	}
	if (args_json) {
		agate_value *v;
		r = agatectl_json_parse(args_json, strlen(args_json), a, &v, err,
					sizeof(err));
		if (r || v->type != AGATE_MAP) {
			agatectl_err("--args-json: %s", r ? err : "must be a JSON object");
			goto out;
		}
		args = v;
	}
	for (size_t i = 0; i < nargs; i++) {
		char *key;
		agate_value val;
		if (parse_kv(a, kv_args[i], "--arg", &key, &val))
			goto out;
		args = agatectl_map_set(a, args, key, val);
		if (!args) {
			agatectl_err("out of memory");
			goto out;
		}
	}
	for (size_t i = 0; i < nctx; i++) {
		char *key;
		agate_value val;
		if (parse_kv(a, kv_ctx[i], "--context", &key, &val))
			goto out;
		context = agatectl_map_set(a, context, key, val);
		if (!context) {
			agatectl_err("out of memory");
			goto out;
		}
	}
	if (!tool || !*tool) {
		agatectl_err("check: --tool NAME is required (or \"tool\" in the stdin request)");
		check_usage(stderr);
		goto out;
	}
	if (!agent && getenv("AGATE_AGENT") && *getenv("AGATE_AGENT"))
		agent = getenv("AGATE_AGENT");
	if (!session && getenv("AGATE_SESSION") && *getenv("AGATE_SESSION"))
		session = getenv("AGATE_SESSION");

	rq.tool = tool;
	rq.args = args;
	rq.text = text;
	rq.agent = agent;
	rq.session = session;
	rq.context = context;
	rq.explain = explain;

	r = agate_client_new(o->socket, o->timeout_ms, &c);
	if (r) {
		agatectl_err("bad socket path '%s'", o->socket);
		agate_check_reply_fail(&reply, "unreachable", "bad socket path");
		agatectl_print_check(stdout, &reply, false);
		goto out;
	}
	agate_client_set_reply_timeout(c, wait_s == 0 ? -1 : (int)(wait_s * 1000));
	r = agate_client_check(c, &rq, a, &reply);
	if (o->json) {
		if (reply.raw) {
			agatectl_json_print(stdout, reply.raw, true);
		} else {
			json_t *j = json_pack("{s:b, s:s, s:s, s:s, s:s}", "ok", 0,
					      "verdict", "block", "enforcement", "block",
					      "error", reply.error ? reply.error : "internal",
					      "message", reply.message ? reply.message : "");
			if (j) {
				json_dumpf(j, stdout, JSON_INDENT(2));
				fputc('\n', stdout);
				json_decref(j);
			}
		}
	} else {
		agatectl_print_check(stdout, &reply, explain);
	}
	if (reply.error) {
		if (r == -EREMOTEIO)
			agatectl_err("the daemon refused the check: %s: %s",
				     reply.error, reply.message ? reply.message : "");
		else if (strcmp(reply.error, "unreachable") == 0)
			agatectl_err("%s (is agated running? try --socket PATH)",
				     reply.message ? reply.message : "daemon unreachable");
		else
			agatectl_err("%s", reply.message ? reply.message : reply.error);
	}
	ret = exit_for(&reply);
out:
	fflush(stdout);
	agate_client_free(c);
	agate_arena_free(a);
	free(kv_args);
	free(kv_ctx);
	return ret;
}

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
		"                      [--context KEY=VALUE ...] [--explain | --explain-all]\n"
		"                      [--no-hold] [--wait SECS] [--json]\n"
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
		"  --explain            print the rule trace and the drift votes; a long\n"
		"                       trace is cut at 4 KiB (it says where), then lists\n"
		"                       every rule considered, by file\n"
		"  --explain-all        the same, with the checks of every rule (up to 256 KiB)\n"
		"  --no-hold            a call a rule sends to review is answered at once\n"
		"                       (REVIEW, exit 2) with an approval_id, not held;\n"
		"                       `agatectl approve ID` then lets the same call\n"
		"                       through once within grant-ttl\n"
		"  --wait SECS          how long to wait for the verdict (default 330: a\n"
		"                       call held for review waits for the operator)\n"
		"  --json               print the daemon's reply as JSON\n"
		"\n"
		"stdin form: {\"tool\": .., \"args\": {..}, \"text\": .., \"agent\": ..,\n"
		"             \"session\": .., \"context\": {..}, \"explain\": bool,\n"
		"             \"hold\": bool (false: as --no-hold)};\n"
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

/* What the command line (and with `check -`, stdin) says about the check,
 * gathered step by step into one request. */
struct check_cmd {
	agate_arena *a;
	agate_client *c;
	/* --arg and --context are applied after the base map is known, so
	 * remember them in order */
	const char **kv_args, **kv_ctx;
	size_t nargs, nctx;
	const char *args_json;
	const char *tool, *text, *agent, *session;
	agate_value empty; /* args when none are given */
	agate_value *args, *context;
	bool explain, explain_all, from_stdin, no_hold;
	/* the daemon holds a review until an operator decides or its review
	 * timeout (300 s by default) blocks it */
	long wait_s;
};

/* parse_options' answer when the command goes on */
#define CHECK_GO_ON (-1)

static bool check_cmd_init(struct check_cmd *cc, int argc)
{
	memset(cc, 0, sizeof(*cc));
	cc->empty.type = AGATE_MAP;
	cc->args = &cc->empty;
	cc->wait_s = 330;
	cc->a = agate_arena_new(CHECK_ARENA_LIMIT);
	cc->kv_args = calloc((size_t)argc + 1, sizeof(*cc->kv_args));
	cc->kv_ctx = calloc((size_t)argc + 1, sizeof(*cc->kv_ctx));
	return cc->a && cc->kv_args && cc->kv_ctx;
}

static void check_cmd_free(struct check_cmd *cc)
{
	agate_client_free(cc->c);
	agate_arena_free(cc->a);
	free(cc->kv_args);
	free(cc->kv_ctx);
}

/* The options and the one operand "-"; CHECK_GO_ON, else the exit code. */
static int parse_options(agatectl_opts *o, struct check_cmd *cc, int argc,
			 char **argv)
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
		{ "explain-all", no_argument, NULL, 'E' },
		{ "no-hold", no_argument, NULL, 'H' },
		{ "wait", required_argument, NULL, 'w' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'T':
			cc->tool = optarg;
			break;
		case 'a':
			cc->kv_args[cc->nargs++] = optarg;
			break;
		case 'A':
			cc->args_json = optarg;
			break;
		case 'x':
			cc->text = optarg;
			break;
		case 'g':
			cc->agent = optarg;
			break;
		case 'S':
			cc->session = optarg;
			break;
		case 'c':
			cc->kv_ctx[cc->nctx++] = optarg;
			break;
		case 'e':
			cc->explain = true;
			break;
		case 'E':
			cc->explain = cc->explain_all = true;
			break;
		case 'H':
			cc->no_hold = true;
			break;
		case 'w': {
			char *end;
			cc->wait_s = strtol(optarg, &end, 10);
			if (*end || end == optarg || cc->wait_s < 0 ||
			    cc->wait_s > 86400) {
				agatectl_err("--wait wants seconds, not '%s'", optarg);
				return AGATE_EXIT_ERROR;
			}
			break;
		}
		case 'j':
			o->json = true;
			break;
		case 'h':
			check_usage(stdout);
			return 0;
		default:
			check_usage(stderr);
			return AGATE_EXIT_ERROR;
		}
	}
	if (optind < argc) {
		if (strcmp(argv[optind], "-") != 0 || optind + 1 < argc) {
			agatectl_err("check: unexpected argument '%s' (values go in --arg KEY=VALUE)",
				     argv[optind]);
			return AGATE_EXIT_ERROR;
		}
		cc->from_stdin = true;
	}
	return CHECK_GO_ON;
}

/* With `check -`: the request on stdin, whose fields fill what the
 * options left unset. */
static int read_stdin_request(struct check_cmd *cc)
{
	agate_value *req;
	const agate_value *v;
	size_t len;
	char err[200];
	int r;

	if (!cc->from_stdin)
		return 0;
	char *buf = read_all(stdin, STDIN_MAX, &len);
	if (!buf) {
		agatectl_err("check -: cannot read stdin: %s", strerror(errno));
		return -1;
	}
	r = agatectl_json_parse(buf, len, cc->a, &req, err, sizeof(err));
	free(buf);
	if (r) {
		agatectl_err("check -: stdin: %s", err);
		return -1;
	}
	if (req->type != AGATE_MAP) {
		agatectl_err("check -: stdin must hold a JSON object");
		return -1;
	}
	if (!cc->tool)
		cc->tool = opt_str(req, "tool");
	if (!cc->text)
		cc->text = opt_str(req, "text");
	if (!cc->agent)
		cc->agent = opt_str(req, "agent");
	if (!cc->session)
		cc->session = opt_str(req, "session");
	v = agate_value_get(req, "args", 4);
	if (v && v->type == AGATE_MAP)
		cc->args = (agate_value *)v;
	else if (v && v->type != AGATE_NIL) {
		agatectl_err("check -: \"args\" must be an object");
		return -1;
	}
	v = agate_value_get(req, "context", 7);
	if (v && v->type == AGATE_MAP)
		cc->context = (agate_value *)v;
	else if (v && v->type != AGATE_NIL) {
		agatectl_err("check -: \"context\" must be an object");
		return -1;
	}
	v = agate_value_get(req, "explain", 7);
	if (v && v->type == AGATE_BOOL && v->as.boolean)
		cc->explain = true;
	v = agate_value_get(req, "hold", 4);
	if (v && v->type == AGATE_BOOL && !v->as.boolean)
		cc->no_hold = true;
	else if (v && v->type != AGATE_BOOL && v->type != AGATE_NIL) {
		agatectl_err("check -: \"hold\" must be true or false");
		return -1;
	}
	return 0;
}

/* --args-json replaces the arguments from stdin. */
static int apply_args_json(struct check_cmd *cc)
{
	agate_value *v;
	char err[200];
	int r;

	if (!cc->args_json)
		return 0;
	r = agatectl_json_parse(cc->args_json, strlen(cc->args_json), cc->a, &v,
				err, sizeof(err));
	if (r || v->type != AGATE_MAP) {
		agatectl_err("--args-json: %s", r ? err : "must be a JSON object");
		return -1;
	}
	cc->args = v;
	return 0;
}

/* --arg or --context entries set in *map, in the order given. */
static int apply_kvs(struct check_cmd *cc, const char **specs, size_t n,
		     const char *what, agate_value **map)
{
	for (size_t i = 0; i < n; i++) {
		char *key;
		agate_value val;
		if (parse_kv(cc->a, specs[i], what, &key, &val))
			return -1;
		*map = agatectl_map_set(cc->a, *map, key, val);
		if (!*map) {
			agatectl_err("out of memory");
			return -1;
		}
	}
	return 0;
}

/* The request from what was gathered, with the environment's agent and
 * session as defaults; the tool is required. */
static int build_request(struct check_cmd *cc, agate_check_request *rq)
{
	if (!cc->tool || !*cc->tool) {
		agatectl_err("check: --tool NAME is required (or \"tool\" in the stdin request)");
		check_usage(stderr);
		return -1;
	}
	if (!cc->agent && getenv("AGATE_AGENT") && *getenv("AGATE_AGENT"))
		cc->agent = getenv("AGATE_AGENT");
	if (!cc->session && getenv("AGATE_SESSION") && *getenv("AGATE_SESSION"))
		cc->session = getenv("AGATE_SESSION");

	rq->tool = cc->tool;
	rq->args = cc->args;
	rq->text = cc->text;
	rq->agent = cc->agent;
	rq->session = cc->session;
	rq->context = cc->context;
	rq->explain = cc->explain;
	rq->explain_all = cc->explain_all;
	rq->no_hold = cc->no_hold;
	return 0;
}

/* The reply as JSON: the daemon's own, or a fail-closed one made here. */
static void print_json(const agate_check_reply *reply)
{
	if (reply->raw) {
		agatectl_json_print(stdout, reply->raw, true);
		return;
	}
	json_t *j = json_pack("{s:b, s:s, s:s, s:s, s:s}", "ok", 0,
			      "verdict", "block", "enforcement", "block",
			      "error", reply->error ? reply->error : "internal",
			      "message", reply->message ? reply->message : "");
	if (j) {
		json_dumpf(j, stdout, JSON_INDENT(2));
		fputc('\n', stdout);
		json_decref(j);
	}
}

/* Why there is no verdict from the daemon, on stderr. */
static void report_error(int r, const agate_check_reply *reply)
{
	if (r == -EREMOTEIO)
		agatectl_err("the daemon refused the check: %s: %s",
			     reply->error, reply->message ? reply->message : "");
	else if (strcmp(reply->error, "unreachable") == 0)
		agatectl_err("%s (is agated running? try --socket PATH)",
			     reply->message ? reply->message : "daemon unreachable");
	else
		agatectl_err("%s", reply->message ? reply->message : reply->error);
}

/* Ask the daemon, print its answer; returns the exit code by verdict. */
static int send_check(agatectl_opts *o, struct check_cmd *cc,
		      const agate_check_request *rq)
{
	agate_check_reply reply;
	int r = agate_client_new(o->socket, o->timeout_ms, &cc->c);

	if (r) {
		agatectl_err("bad socket path '%s'", o->socket);
		agate_check_reply_fail(&reply, "unreachable", "bad socket path");
		agatectl_print_check(stdout, &reply, false);
		return AGATE_EXIT_ERROR;
	}
	agate_client_set_reply_timeout(cc->c, cc->wait_s == 0 ? -1
					      : (int)(cc->wait_s * 1000));
	r = agate_client_check(cc->c, rq, cc->a, &reply);
	if (o->json)
		print_json(&reply);
	else
		agatectl_print_check(stdout, &reply, cc->explain);
	if (reply.error)
		report_error(r, &reply);
	return exit_for(&reply);
}

int agatectl_check_main(agatectl_opts *o, int argc, char **argv)
{
	struct check_cmd cc;
	agate_check_request rq = { 0 };
	int ret = AGATE_EXIT_ERROR;

	if (!check_cmd_init(&cc, argc)) {
		agatectl_err("out of memory");
	} else if ((ret = parse_options(o, &cc, argc, argv)) == CHECK_GO_ON) {
		ret = AGATE_EXIT_ERROR;
		if (read_stdin_request(&cc) == 0 && apply_args_json(&cc) == 0 &&
		    apply_kvs(&cc, cc.kv_args, cc.nargs, "--arg", &cc.args) == 0 &&
		    apply_kvs(&cc, cc.kv_ctx, cc.nctx, "--context", &cc.context) == 0 &&
		    build_request(&cc, &rq) == 0)
			ret = send_check(o, &cc, &rq);
	}
	fflush(stdout);
	check_cmd_free(&cc);
	return ret;
}

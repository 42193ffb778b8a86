/* cmd_admin.c - ping, stats, reload, pending, approve, deny, resume,
 * sessions: one request each, the reply printed for people or as JSON.
 *
 * The commands share one shape (parse the options, read the operands,
 * build the request, call the daemon, print the reply), so that shape is
 * written once, in admin_main, and each command is a row of admin_cmds:
 * its options, and the steps in which it differs. */
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
/* request members beyond "op" (approve: audit_id and reason) */
#define ADMIN_KV_MAX 2

struct kv {
	const char *key;
	agate_value val;
};

struct admin_cmd;

/* One run of one admin command: what its command line said, the request
 * being built and the times around the call. */
struct admin_run {
	const struct admin_cmd *cmd;
	agatectl_opts *o;
	char **argv;
	bool flag;                   /* --prometheus, --force, --anonymous */
	const char *reason;          /* --reason */
	const char *label;           /* reload --label */
	const char *agent, *session; /* --agent, --session or SESSION */
	unsigned long long audit_id; /* AUDIT_ID */
	agate_arena *a;
	struct kv kv[ADMIN_KV_MAX];
	size_t nkv;
	struct timespec t0, t1;      /* around the call */
};

/* A command's steps. operands: read argv[first..argc) into the run
 * (NULL: none allowed); 0, else the exit code. build: fill run->kv (NULL:
 * the op alone); 0, else the exit code, the failure reported. print: show
 * a reply (r 0, or -EREMOTEIO for a refusal when keep_refused); returns
 * the exit code. */
struct admin_cmd {
	const char *name;
	const char *op;
	const char *usage;
	const struct option *extra; /* options beyond --json and --help */
	int (*operands)(struct admin_run *run, int first, int argc);
	int (*build)(struct admin_run *run);
	bool keep_refused;          /* print shows the daemon's refusal */
	int reply_wait_ms;          /* how long the reply may take (0: --timeout);
				       --timeout given overrides it */
	int (*print)(struct admin_run *run, int r, const agate_value *reply);
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

static void add_kv(struct admin_run *run, const char *key, agate_value val)
{
	if (run->nkv < ADMIN_KV_MAX)
		run->kv[run->nkv++] = (struct kv){ key, val };
}

/* Send {op, extra...}; on success *reply is set and 0 returned, else the
 * failure has been reported and AGATE_EXIT_ERROR (or, with keep_refused,
 * -EREMOTEIO with *reply set so the caller can show the details). */
static int call(agatectl_opts *o, agate_arena *a, const char *op,
		const struct kv *extra, size_t nextra, agate_value **reply,
		bool keep_refused, int reply_wait_ms)
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
	if (reply_wait_ms > 0 && !o->timeout_set)
		agate_client_set_reply_timeout(c, reply_wait_ms);
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

#define COMMON_HELP \
	"  --json   print the reply as JSON\n" \
	"  --help   this help\n"

/* ---- the driver ----------------------------------------------------------- */

/* the value of one of the extra options; each command's option list
 * decides which of them can arrive */
static void take_opt(struct admin_run *run, int ch, const char *arg)
{
	switch (ch) {
	case 'P': /* stats --prometheus */
	case 'f': /* reload --force */
	case 'A': /* resume --anonymous */
		run->flag = true;
		break;
	case 'r':
		run->reason = arg;
		break;
	case 'l': /* reload --label */
		run->label = arg;
		break;
	case 'g':
		run->agent = arg;
		break;
	case 'S':
		run->session = arg;
		break;
	}
}

/* Parse the options every admin command shares (--json, --help) plus
 * the command's extra ones; returns the index of the first operand, -1
 * to exit 0 (help shown), -2 on a usage error. */
static int parse_options(struct admin_run *run, int argc)
{
	const struct admin_cmd *cmd = run->cmd;
	struct option longopts[12];
	size_t n = 0;
	int ch;

	longopts[n++] = (struct option){ "json", no_argument, NULL, 'j' };
	longopts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	for (const struct option *e = cmd->extra; e && e->name && n < 11; e++)
		longopts[n++] = *e;
	longopts[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = getopt_long(argc, run->argv, "hj", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			run->o->json = true;
			break;
		case 'h':
			fputs(cmd->usage, stdout);
			return -1;
		case '?':
			fputs(cmd->usage, stderr);
			return -2;
		default:
			take_opt(run, ch, optarg);
			break;
		}
	}
	return optind;
}

static int no_operands(struct admin_run *run, int first, int argc)
{
	if (first < argc) {
		agatectl_err("%s: unexpected argument '%s'", run->argv[0],
			     run->argv[first]);
		fputs(run->cmd->usage, stderr);
		return AGATE_EXIT_ERROR;
	}
	return 0;
}

/* The one shape of every admin command; returns its exit code. */
static int admin_main(const struct admin_cmd *cmd, agatectl_opts *o, int argc,
		      char **argv)
{
	struct admin_run run = { .cmd = cmd, .o = o, .argv = argv };
	agate_value *reply = NULL;
	int first = parse_options(&run, argc), r;

	if (first < 0)
		return first == -1 ? 0 : AGATE_EXIT_ERROR;
	r = cmd->operands ? cmd->operands(&run, first, argc)
			  : no_operands(&run, first, argc);
	if (r)
		return r;
	run.a = agate_arena_new(ADMIN_ARENA_LIMIT);
	if (!run.a)
		return AGATE_EXIT_ERROR;
	r = cmd->build ? cmd->build(&run) : 0;
	if (r == 0) {
		clock_gettime(CLOCK_MONOTONIC, &run.t0);
		r = call(o, run.a, cmd->op, run.kv, run.nkv, &reply,
			 cmd->keep_refused, cmd->reply_wait_ms);
		clock_gettime(CLOCK_MONOTONIC, &run.t1);
		if (r == 0 || r == -EREMOTEIO)
			r = cmd->print(&run, r, reply);
	}
	agate_arena_free(run.a);
	return r;
}

/* ---- ping, stats, pending, sessions --------------------------------------- */

/* the reply as JSON, or its body for people */
static int print_reply(struct admin_run *run, int r, const agate_value *reply)
{
	(void)r;
	if (run->o->json)
		agatectl_json_print(stdout, reply, true);
	else
		print_body(reply);
	return 0;
}

static int print_ping(struct admin_run *run, int r, const agate_value *reply)
{
	if (run->o->json)
		return print_reply(run, r, reply);
	double ms = (double)(run->t1.tv_sec - run->t0.tv_sec) * 1e3 +
		    (double)(run->t1.tv_nsec - run->t0.tv_nsec) / 1e6;
	printf("pong from %s in %.3f ms\n", run->o->socket, ms);
	print_body(reply);
	return 0;
}

static int print_stats(struct admin_run *run, int r, const agate_value *reply)
{
	if (!run->flag)
		return print_reply(run, r, reply);
	agatectl_print_prometheus(stdout, reply);
	return 0;
}

/* ---- pending -------------------------------------------------------------- */

#define ARGS_SHOWN 60 /* characters of a held call's arguments in the table */
#define PENDING_COLS 11

static size_t utf8_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* s (NULL: "-") into buf, at most max characters, cut on a UTF-8
 * boundary with "..." when longer; control characters become spaces, so
 * that a call's arguments cannot break the table or the terminal. */
static void shorten(const char *s, size_t max, char *buf, size_t cap)
{
	size_t i = 0, o = 0, chars, keep, n;

	if (!s || !*s)
		s = "-";
	n = strlen(s);
	chars = utf8_width(s);
	keep = chars > max ? max - 3 : chars;
	for (size_t done = 0; i < n && done < keep && o + 8 < cap; done++) {
		unsigned char c = (unsigned char)s[i];
		size_t l = 1;

		while (i + l < n && ((unsigned char)s[i + l] & 0xC0) == 0x80)
			l++;
		if (c < 0x20 || c == 0x7f) {
			buf[o++] = ' ';
		} else {
			memcpy(buf + o, s + i, l);
			o += l;
		}
		i += l;
	}
	if (chars > keep && o + 4 <= cap) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
}

/* seconds as 42s, 3m07s or 2h05m */
static void fmt_secs(double secs, char *buf, size_t cap)
{
	long long t = secs < 0 ? 0 : (long long)secs;

	if (t < 60)
		snprintf(buf, cap, "%llds", t);
	else if (t < 3600)
		snprintf(buf, cap, "%lldm%02llds", t / 60, t % 60);
	else
		snprintf(buf, cap, "%lldh%02lldm", t / 3600, t / 60 % 60);
}

/* One held call as the table's cells, each in arena memory. */
static void pending_cells(agate_arena *a, const agate_value *h, char **cell)
{
	const agate_value *v;
	char buf[ARGS_SHOWN * 4 + 16];
	const char *names[] = { "agent", "session", "tool", "rule" };
	const int slots[] = { 2, 3, 4, 6 };

	v = agate_value_get(h, "audit_id", 8);
	cell[0] = agate_arena_printf(a, "%lld", v && v->type == AGATE_INT
					      ? (long long)v->as.integer : 0LL);
	v = agate_value_get(h, "held", 4);
	cell[1] = agate_arena_printf(a, "%s", v && v->type == AGATE_BOOL && !v->as.boolean
					      ? "no" : "yes");
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		v = agate_value_get(h, names[i], strlen(names[i]));
		shorten(v && v->type == AGATE_STR ? v->as.str.ptr : NULL, 24, buf, sizeof(buf));
		cell[slots[i]] = agate_arena_printf(a, "%s", buf);
	}
	v = agate_value_get(h, "args", 4);
	shorten(v && v->type == AGATE_STR ? v->as.str.ptr : NULL, ARGS_SHOWN, buf, sizeof(buf));
	cell[5] = agate_arena_printf(a, "%s", buf);
	v = agate_value_get(h, "uid", 3);
	cell[7] = agate_arena_printf(a, "%lld", v && v->type == AGATE_INT
					      ? (long long)v->as.integer : -1LL);
	v = agate_value_get(h, "pid", 3);
	cell[8] = agate_arena_printf(a, "%lld", v && v->type == AGATE_INT
					      ? (long long)v->as.integer : -1LL);
	v = agate_value_get(h, "age", 3);
	fmt_secs(v && v->type == AGATE_FLOAT ? v->as.real
		 : v && v->type == AGATE_INT ? (double)v->as.integer : 0, buf, sizeof(buf));
	cell[9] = agate_arena_printf(a, "%s", buf);
	v = agate_value_get(h, "timeout_in", 10);
	fmt_secs(v && v->type == AGATE_INT ? (double)v->as.integer : 0, buf, sizeof(buf));
	cell[10] = agate_arena_printf(a, "%s", buf);
}

/* The held calls as a table whose columns docs/cli.md shows: what is to
 * be approved (tool and arguments), who asks (agent, session, uid, pid)
 * and how long it has waited and may still wait. */
static int print_pending(struct admin_run *run, int r, const agate_value *reply)
{
	static const char *const head[PENDING_COLS] = {
		"AUDIT_ID", "HELD", "AGENT", "SESSION", "TOOL", "ARGS", "RULE",
		"UID", "PID", "AGE", "LEFT",
	};
	const agate_value *list = agate_value_get(reply, "pending", 7);
	const agate_value *total = agate_value_get(reply, "total", 5);
	const agate_value *grants = agate_value_get(reply, "grants", 6);
	uint32_t n = list && list->type == AGATE_ARRAY ? list->as.array.len : 0;
	size_t width[PENDING_COLS];
	char **cells;

	if (run->o->json)
		return print_reply(run, r, reply);
	printf("total: %lld\ngrants: %lld\n",
	       total && total->type == AGATE_INT ? (long long)total->as.integer : 0LL,
	       grants && grants->type == AGATE_INT ? (long long)grants->as.integer : 0LL);
	if (!n)
		return 0;
	cells = agate_arena_zalloc(run->a, (size_t)n * PENDING_COLS * sizeof(*cells));
	if (!cells) {
		agatectl_err("pending: out of memory");
		return AGATE_EXIT_ERROR;
	}
	for (size_t c = 0; c < PENDING_COLS; c++)
		width[c] = strlen(head[c]);
	for (uint32_t i = 0; i < n; i++) {
		pending_cells(run->a, &list->as.array.items[i], cells + (size_t)i * PENDING_COLS);
		for (size_t c = 0; c < PENDING_COLS; c++) {
			char **cell = &cells[(size_t)i * PENDING_COLS + c];
			if (!*cell)
				*cell = "?";
			if (utf8_width(*cell) > width[c])
				width[c] = utf8_width(*cell);
		}
	}
	for (size_t c = 0; c + 1 < PENDING_COLS; c++)
		printf("%-*s  ", (int)width[c], head[c]);
	printf("%s\n", head[PENDING_COLS - 1]);
	for (uint32_t i = 0; i < n; i++)
		for (size_t c = 0; c < PENDING_COLS; c++) {
			const char *cell = cells[(size_t)i * PENDING_COLS + c];
			if (c + 1 == PENDING_COLS) {
				printf("%s\n", cell);
				continue;
			}
			/* pad by characters, not bytes */
			printf("%s%*s", cell, (int)(width[c] - utf8_width(cell) + 2), "");
		}
	return 0;
}

/* ---- reload --------------------------------------------------------------- */

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

static int build_reload(struct admin_run *run)
{
	if (run->flag)
		add_kv(run, "force", vbool(true));
	if (run->label) {
		if (!*run->label) {
			agatectl_err("reload: --label wants a text (e.g. a git commit)");
			return AGATE_EXIT_ERROR;
		}
		add_kv(run, "label", vstr(run->label));
	}
	return 0;
}

/* A refused reload: exit 1 for rule errors (each printed), 3 otherwise. */
static int print_reload_refused(struct admin_run *run, const agate_value *reply)
{
	const agate_value *e = agate_value_get(reply, "error", 5);
	const agate_value *m = agate_value_get(reply, "message", 7);
	if (run->o->json)
		agatectl_json_print(stdout, reply, true);
	print_diags(reply);
	agatectl_err("reload failed: %s%s%s",
		     e && e->type == AGATE_STR ? e->as.str.ptr : "error",
		     m && m->type == AGATE_STR ? ": " : "",
		     m && m->type == AGATE_STR ? m->as.str.ptr : "");
	bool rule_errors = e && e->type == AGATE_STR &&
			   agate_str_eq(e->as.str, AGATE_ERR_RELOAD);
	return rule_errors ? 1 : AGATE_EXIT_ERROR;
}

static int print_reload(struct admin_run *run, int r, const agate_value *reply)
{
	if (r == -EREMOTEIO)
		return print_reload_refused(run, reply);
	if (!run->o->json) {
		print_diags(reply); /* warnings, if the daemon sends them */
		printf("reloaded\n");
	}
	return print_reply(run, r, reply);
}

/* ---- approve, deny -------------------------------------------------------- */

static int audit_id_operand(struct admin_run *run, int first, int argc)
{
	char **argv = run->argv;
	char *end;

	if (first + 1 != argc) {
		agatectl_err("%s: wants exactly one AUDIT_ID", argv[0]);
		fputs(run->cmd->usage, stderr);
		return AGATE_EXIT_ERROR;
	}
	errno = 0;
	unsigned long long id = strtoull(argv[first], &end, 10);
	if (errno || *end || end == argv[first] || id == 0 || id > INT64_MAX) {
		agatectl_err("%s: '%s' is not an audit id", argv[0], argv[first]);
		return AGATE_EXIT_ERROR;
	}
	run->audit_id = id;
	return 0;
}

static int build_decide(struct admin_run *run)
{
	add_kv(run, "audit_id", vint((int64_t)run->audit_id));
	if (run->reason)
		add_kv(run, "reason", vstr(run->reason));
	return 0;
}

static int print_decide(struct admin_run *run, int r, const agate_value *reply)
{
	if (run->o->json)
		return print_reply(run, r, reply);
	const agate_value *v = agate_value_get(reply, "verdict", 7);
	const agate_value *d = agate_value_get(reply, "decision_audit_id", 17);
	const agate_value *held = agate_value_get(reply, "held", 4);
	const agate_value *ttl = agate_value_get(reply, "expires_in", 10);
	bool approve = strcmp(run->cmd->op, AGATE_OP_APPROVE) == 0;

	if (held && held->type == AGATE_BOOL && !held->as.boolean) {
		/* an unheld review: its agent was answered review and retries */
		if (approve && ttl && ttl->type == AGATE_INT)
			printf("approved %llu: the same call is allowed once within %lld s",
			       run->audit_id, (long long)ttl->as.integer);
		else
			printf("%s %llu: the call stays refused",
			       approve ? "approved" : "denied", run->audit_id);
	} else {
		printf("%s %llu: the held call is answered %s",
		       approve ? "approved" : "denied", run->audit_id,
		       v && v->type == AGATE_STR ? v->as.str.ptr : "?");
	}
	if (d && d->type == AGATE_INT)
		printf(" (decision audit_id=%lld)", (long long)d->as.integer);
	putchar('\n');
	return 0;
}

/* ---- resume --------------------------------------------------------------- */

static int session_operand(struct admin_run *run, int first, int argc)
{
	if (run->flag) {
		/* the anonymous session: calls that name no agent and no session */
		if (first < argc || run->agent || run->session) {
			agatectl_err("resume: --anonymous names the session without an agent "
				     "or a session; give nothing else");
			fputs(run->cmd->usage, stderr);
			return AGATE_EXIT_ERROR;
		}
		run->agent = "";
		run->session = "";
		return 0;
	}
	if (first < argc && !run->session)
		run->session = run->argv[first++];
	if (run->agent && *run->agent && !run->session)
		run->session = ""; /* the agent's calls that name no session */
	if (first < argc || !run->session || (!*run->session && !run->agent)) {
		agatectl_err("resume: wants a session (--session S or SESSION), an agent "
			     "(--agent A), or --anonymous");
		fputs(run->cmd->usage, stderr);
		return AGATE_EXIT_ERROR;
	}
	return 0;
}

/* The daemon names a session by agent and session: find the stopped
 * session's agent from the list. 0, else the exit code. */
static int find_agent(struct admin_run *run)
{
	agatectl_opts *o = run->o;
	agate_value *reply;
	bool json = o->json;
	size_t found = 0;
	int r;

	o->json = false;
	r = call(o, run->a, AGATE_OP_SESSIONS, NULL, 0, &reply, false, 0);
	o->json = json;
	if (r)
		return r;
	const agate_value *list = agate_value_get(reply, "sessions", 8);
	for (uint32_t i = 0; list && list->type == AGATE_ARRAY &&
			     i < list->as.array.len; i++) {
		const agate_value *it = &list->as.array.items[i];
		const agate_value *sn = agate_value_get(it, "session", 7);
		const agate_value *ag = agate_value_get(it, "agent", 5);
		const agate_value *st = agate_value_get(it, "stopped", 7);
		if (!sn || sn->type != AGATE_STR || !agate_str_eq(sn->as.str, run->session) ||
		    !ag || ag->type != AGATE_STR)
			continue;
		if (st && st->type == AGATE_BOOL && !st->as.boolean)
			continue;
		if (found++ == 0)
			run->agent = ag->as.str.ptr;
	}
	if (found == 1)
		return 0;
	if (found)
		agatectl_err("resume: %zu agents have a stopped session '%s'; "
			     "name one with --agent", found, run->session);
	else
		agatectl_err("resume: no stopped session '%s'", run->session);
	return AGATE_EXIT_ERROR;
}

static int build_resume(struct admin_run *run)
{
	if (!run->agent) {
		int r = find_agent(run);
		if (r)
			return r;
	}
	add_kv(run, "agent", vstr(run->agent));
	add_kv(run, "session", vstr(run->session));
	return 0;
}

static int print_resume(struct admin_run *run, int r, const agate_value *reply)
{
	if (!run->o->json && !*run->agent && !*run->session)
		printf("resumed the anonymous session (no agent, no session)\n");
	else if (!run->o->json)
		printf("resumed agent=%s session=%s\n", *run->agent ? run->agent : "-",
		       *run->session ? run->session : "-");
	return print_reply(run, r, reply);
}

/* ---- the table ------------------------------------------------------------ */

static const struct option stats_opts[] = {
	{ "prometheus", no_argument, NULL, 'P' },
	{ NULL, 0, NULL, 0 },
};

static const struct option reload_opts[] = {
	{ "force", no_argument, NULL, 'f' },
	{ "label", required_argument, NULL, 'l' },
	{ NULL, 0, NULL, 0 },
};

static const struct option decide_opts[] = {
	{ "reason", required_argument, NULL, 'r' },
	{ NULL, 0, NULL, 0 },
};

static const struct option resume_opts[] = {
	{ "agent", required_argument, NULL, 'g' },
	{ "session", required_argument, NULL, 'S' },
	{ "anonymous", no_argument, NULL, 'A' },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_cmd admin_cmds[] = {
	{ .name = "ping", .op = AGATE_OP_PING,
	  .usage =
	  "usage: agatectl ping [--json]\n\n"
	  "Check that agated answers; prints the round trip and what the\n"
	  "daemon says about itself. Exit 0 when it answered, 3 otherwise.\n\n"
	  COMMON_HELP,
	  .print = print_ping },
	{ .name = "stats", .op = AGATE_OP_STATS,
	  .usage =
	  "usage: agatectl stats [--prometheus | --json]\n\n"
	  "Counters of the running daemon: checks by verdict, hits per rule,\n"
	  "latency quantiles, queue depths, errors.\n\n"
	  "  --prometheus   print in the Prometheus text format (for a textfile\n"
	  "                 collector or a scrape proxy)\n"
	  COMMON_HELP,
	  .extra = stats_opts, .print = print_stats },
	{ .name = "reload", .op = AGATE_OP_RELOAD,
	  .usage =
	  "usage: agatectl reload [--force] [--label TEXT] [--json]\n\n"
	  "Ask agated to reload its rule files and frames (admin). A rule set\n"
	  "with any error changes nothing: every error is printed as\n"
	  "file:line:col and the exit status is 1. Exit 0 on success, 3 when\n"
	  "the daemon cannot be reached or refuses (e.g. forbidden). The reply\n"
	  "(the rule set compiled) is waited for up to 120 s unless --timeout\n"
	  "says otherwise.\n\n"
	  "  --force  accept a rule set that drops more than half of the\n"
	  "           active rules (refused otherwise as a likely mistake)\n"
	  "  --label TEXT  the new rule set's label (e.g. a git commit), carried\n"
	  "           into every audit row it decides (default: rules-label)\n"
	  COMMON_HELP,
	  .extra = reload_opts, .build = build_reload, .keep_refused = true,
	  /* a compile of a large rule set on a loaded host takes seconds */
	  .reply_wait_ms = 120000, .print = print_reload },
	{ .name = "pending", .op = AGATE_OP_PENDING,
	  .usage =
	  "usage: agatectl pending [--json]\n\n"
	  "List the actions waiting for review (admin), oldest first:\n"
	  "AUDIT_ID, HELD (the agent waits; no: answered review at once, as\n"
	  "for agate-hook), AGENT, SESSION, TOOL, ARGS (the arguments as\n"
	  "JSON, cut to 60 characters), RULE, the caller's UID and PID, AGE\n"
	  "and the time LEFT before it is blocked. --json has every field\n"
	  "whole. Decide with `approve ID` / `deny ID`.\n\n"
	  COMMON_HELP,
	  .print = print_pending },
	{ .name = "approve", .op = AGATE_OP_APPROVE,
	  .usage =
	  "usage: agatectl approve AUDIT_ID [--reason TEXT] [--json]\n\n"
	  "Allow an action waiting for review (admin). A held action's\n"
	  "agent gets allow. An unheld one (answered review at once, as\n"
	  "agate-hook asks) becomes a grant: the same call (agent, session,\n"
	  "tool, arguments) is allowed once within the daemon's grant-ttl.\n"
	  "AUDIT_ID is from `agatectl pending` or the agent's message. A\n"
	  "call that no longer waits (decided, timed out, or its caller\n"
	  "went away) is refused: exit 3, with how it ended.\n\n"
	  "  --reason TEXT  a note kept in the audit log\n"
	  COMMON_HELP,
	  .extra = decide_opts, .operands = audit_id_operand, .build = build_decide,
	  .print = print_decide },
	{ .name = "deny", .op = AGATE_OP_DENY,
	  .usage =
	  "usage: agatectl deny AUDIT_ID [--reason TEXT] [--json]\n\n"
	  "Block an action waiting for review (admin); a held action's\n"
	  "agent gets block, an unheld one stays refused.\n\n"
	  "  --reason TEXT  a note kept in the audit log\n"
	  COMMON_HELP,
	  .extra = decide_opts, .operands = audit_id_operand, .build = build_decide,
	  .print = print_decide },
	{ .name = "resume", .op = AGATE_OP_RESUME,
	  .usage =
	  "usage: agatectl resume [--agent A] --session S [--json]\n"
	  "       agatectl resume SESSION\n"
	  "       agatectl resume --agent A\n"
	  "       agatectl resume --anonymous\n\n"
	  "Lift the stop on a session (admin): after a `stop` enforcement\n"
	  "every later action of the session is blocked until resumed.\n\n"
	  "  --agent A    the session's agent (alone: its calls that name no session)\n"
	  "  --session S  the session\n"
	  "  --anonymous  the session of calls that name no agent and no session\n"
	  "               (one for all of them: its stop blocks them all)\n"
	  COMMON_HELP,
	  .extra = resume_opts, .operands = session_operand, .build = build_resume,
	  .print = print_resume },
	{ .name = "sessions", .op = AGATE_OP_SESSIONS,
	  .usage =
	  "usage: agatectl sessions [--json]\n\n"
	  "List the daemon's live sessions (admin): agent, session,\n"
	  "actions decided, session drift, whether a stop holds it.\n\n"
	  COMMON_HELP,
	  .print = print_reply },
};

int agatectl_admin_main(agatectl_opts *o, int argc, char **argv)
{
	for (size_t i = 0; i < sizeof(admin_cmds) / sizeof(admin_cmds[0]); i++)
		if (strcmp(admin_cmds[i].name, argv[0]) == 0)
			return admin_main(&admin_cmds[i], o, argc, argv);
	agatectl_err("'%s' is not an admin command", argv[0]);
	return AGATE_EXIT_ERROR;
}

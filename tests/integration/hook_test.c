/* hook_test.c - the agate-hook binary ($AGATE_HOOK) end to end, for every
 * FORMAT, fed that agent's documented hook input against a real agated:
 * exact stdout, stderr and exit status for a blocked call, an allowed
 * one, a review, a daemon that is stopped or silent, malformed input;
 * the audit rows; approve-by-id, then the retry allowed once and only
 * once; identity registration. */
#include "harness.h"

#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static const char review_rules[] =
	"rule @deploy_review\n"
	"  trigger bash\n"
	"  check args.command matches /^deploy\\b/\n"
	"  enforce review \"deploys need a human\"\n"
	"end\n";

/* ---- each agent's documented pre-tool-call input -------------------------
 * The JSON each agent writes to the hook's standard input, with the shell
 * command as %s (a JSON string body). */
struct fmt {
	const char *name;
	const char *session; /* the session agate records */
	const char *input;
};

static const struct fmt fmts[] = {
	/* Claude Code, PreToolUse: https://code.claude.com/docs/en/hooks
	 * ("PreToolUse input"; Bash's tool_input: command, description,
	 * timeout, run_in_background). */
	{ "claude-code", "abc123",
	  "{\"session_id\":\"abc123\","
	  "\"transcript_path\":\"/home/user/.claude/projects/my-project/00893aaf.jsonl\","
	  "\"cwd\":\"/home/user/my-project\",\"permission_mode\":\"default\","
	  "\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\","
	  "\"tool_input\":{\"command\":\"%s\",\"description\":\"Run it\",\"timeout\":120000},"
	  "\"tool_use_id\":\"toolu_01ABC123\"}" },
	/* Gemini CLI, BeforeTool: https://geminicli.com/docs/hooks/reference
	 * ("Base input schema", "BeforeTool"); run_shell_command takes
	 * command and description. */
	{ "gemini", "8b3f2a",
	  "{\"session_id\":\"8b3f2a\",\"transcript_path\":\"/home/user/.gemini/tmp/chats/session.json\","
	  "\"cwd\":\"/home/user/my-project\",\"hook_event_name\":\"BeforeTool\","
	  "\"timestamp\":\"2025-12-01T10:30:00Z\",\"tool_name\":\"run_shell_command\","
	  "\"tool_input\":{\"command\":\"%s\",\"description\":\"Run it\"}}" },
	/* Codex, PreToolUse: https://developers.openai.com/codex/hooks and
	 * openai/codex codex-rs/hooks/schema/generated/
	 * pre-tool-use.command.input.schema.json (every field required). */
	{ "codex", "019a1b2c-thread",
	  "{\"session_id\":\"019a1b2c-thread\",\"turn_id\":\"turn-1\",\"transcript_path\":null,"
	  "\"cwd\":\"/home/user/my-project\",\"hook_event_name\":\"PreToolUse\","
	  "\"model\":\"gpt-5\",\"permission_mode\":\"default\",\"tool_name\":\"Bash\","
	  "\"tool_input\":{\"command\":\"%s\"},\"tool_use_id\":\"call-1\"}" },
	/* Cursor, beforeShellExecution: https://cursor.com/docs/agent/hooks
	 * (common fields conversation_id, generation_id, hook_event_name,
	 * workspace_roots; command and cwd). */
	{ "cursor", "conv-123",
	  "{\"conversation_id\":\"conv-123\",\"generation_id\":\"gen-456\","
	  "\"hook_event_name\":\"beforeShellExecution\","
	  "\"workspace_roots\":[\"/home/user/my-project\"],"
	  "\"command\":\"%s\",\"cwd\":\"/home/user/my-project\"}" },
	/* GitHub Copilot, preToolUse:
	 * https://docs.github.com/en/copilot/reference/hooks-configuration
	 * ("Pre-tool use hook": toolArgs is a JSON string). No session id:
	 * agate's session is the cwd. */
	{ "copilot", "/home/user/my-project",
	  "{\"timestamp\":1704614600000,\"cwd\":\"/home/user/my-project\","
	  "\"toolName\":\"bash\","
	  "\"toolArgs\":\"{\\\"command\\\":\\\"%s\\\",\\\"description\\\":\\\"Run it\\\"}\"}" },
};
#define NFMT (sizeof(fmts) / sizeof(fmts[0]))

/* ---- running agate-hook ------------------------------------------------- */

struct run {
	int status; /* exit status, or -1 on a signal */
	char out[16384];
	char err[16384];
};

static agt_daemon d;
static agate_arena *arena;

static const char *hook_path(void)
{
	return agt_program("AGATE_HOOK");
}

/* agate-hook ARGS... with input on stdin, in d.dir, markers in d.dir/rt */
static void run_args(struct run *r, const char *input, const char *const *args)
{
	char out[400], err[400], in[400], rt[400];
	const char *argv[32];
	size_t n = 0;
	pid_t pid;
	int st;

	snprintf(out, sizeof(out), "%s/hook.out", d.dir);
	snprintf(err, sizeof(err), "%s/hook.err", d.dir);
	snprintf(in, sizeof(in), "%s/hook.in", d.dir);
	snprintf(rt, sizeof(rt), "%s/rt", d.dir);
	mkdir(rt, 0700);
	FILE *f = fopen(in, "w");
	cr_assert_not_null(f);
	fputs(input, f);
	fclose(f);
	argv[n++] = hook_path();
	for (size_t i = 0; args[i] && n < 31; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int i0 = open(in, O_RDONLY);
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (i0 < 0 || o < 0 || e < 0 || chdir(d.dir) != 0)
			_exit(126);
		dup2(i0, 0);
		dup2(o, 1);
		dup2(e, 2);
		unsetenv("AGATE_SOCKET");
		setenv("XDG_RUNTIME_DIR", rt, 1);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	agt_slurp(out, r->out, sizeof(r->out));
	agt_slurp(err, r->err, sizeof(r->err));
}

/* tmpl with its one %s replaced by command */
static void fill(char *buf, size_t cap, const char *tmpl, const char *command)
{
	const char *at = strstr(tmpl, "%s");

	cr_assert_not_null(at);
	cr_assert_lt(strlen(tmpl) + strlen(command), cap);
	memcpy(buf, tmpl, (size_t)(at - tmpl));
	strcpy(buf + (at - tmpl), command);
	strcat(buf, at + 2);
}

/* agate-hook --socket d.sock [extra] FORMAT, fed f's input for command */
static void run_fmt(struct run *r, const struct fmt *f, const char *command,
		    const char *extra)
{
	char input[4096];
	const char *args[] = { "--socket", d.sock, extra ? extra : f->name,
			       extra ? f->name : NULL, NULL };

	fill(input, sizeof(input), f->input, command);
	run_args(r, input, args);
}

/* agated on the default pack and review_rules, without the cascade */
static void start_daemon(void)
{
	static char packs[400];
	static const char *extra[] = { "--rules", packs, "--frames", "none", NULL };
	const char *p = getenv("AGATE_PACKS");

	snprintf(packs, sizeof(packs), "%s/default", p && *p ? p : "policy/packs");
	agt_init(&d, review_rules);
	agt_start(&d, extra);
}

static void start(void)
{
	hook_path();
	arena = agate_arena_new(1u << 22);
	start_daemon();
}

static void restart(void)
{
	agt_cleanup(&d);
	start_daemon();
}

static void stop(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(hook, .init = start, .fini = stop, .timeout = 120);

static char *fmtmsg(char *buf, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static char *fmtmsg(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return buf;
}

/* Expect f's deny carrying message (exact) or, when prefix, starting with it. */
static void expect_deny(const struct run *r, const struct fmt *f, const char *message,
			bool prefix)
{
	char want[4096];
	const char *body = NULL;
	size_t n = strlen(message);

	if (!strcmp(f->name, "cursor")) {
		cr_assert_eq(r->status, 0, "%s: %s", f->name, r->err);
		fmtmsg(want, sizeof(want), "{\"permission\":\"deny\",\"user_message\":\"%s", message);
		cr_assert(!strncmp(r->out, want, strlen(want)), "%s: %s", f->name, r->out);
		body = r->err; /* also on stderr */
	} else if (!strcmp(f->name, "copilot")) {
		cr_assert_eq(r->status, 0, "%s: %s", f->name, r->err);
		fmtmsg(want, sizeof(want),
		       "{\"permissionDecision\":\"deny\",\"permissionDecisionReason\":\"%s", message);
		cr_assert(!strncmp(r->out, want, strlen(want)), "%s: %s", f->name, r->out);
		cr_assert_str_empty(r->err, "%s: %s", f->name, r->err);
		if (!prefix) {
			strcat(want, "\"}\n");
			cr_assert_str_eq(r->out, want);
		}
		return;
	} else {
		cr_assert_eq(r->status, 2, "%s: %s", f->name, r->err);
		cr_assert_str_empty(r->out, "%s: %s", f->name, r->out);
		body = r->err;
	}
	cr_assert(!strncmp(body, message, n), "%s: %s", f->name, body);
	if (!prefix) {
		cr_assert_str_eq(body + n, "\n", "%s: %s", f->name, body);
		if (!strcmp(f->name, "cursor")) {
			fmtmsg(want, sizeof(want),
			       "{\"permission\":\"deny\",\"user_message\":\"%s\",\"agent_message\":\"%s\"}\n",
			       message, message);
			cr_assert_str_eq(r->out, want);
		}
	}
}

static int64_t rows(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int64_t rows(const char *fmt, ...)
{
	char sql[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sql, sizeof(sql), fmt, ap);
	va_end(ap);
	return agt_db_int(&d, sql);
}

/* ---- the three verdicts, for every FORMAT -------------------------------- */

static const char blocked[] =
	"agate blocked this call: recursive delete of a system path or home directory "
	"(rule recursive_delete_of_system_path; audit id 2)";

Test(hook, rm_rf_home_is_denied_by_every_format)
{
	struct run r;

	for (size_t i = 0; i < NFMT; i++) {
		if (i)
			restart(); /* a fresh daemon: the check is audit id 2, after the start-up reload row */
		run_fmt(&r, &fmts[i], "rm -rf ~", NULL);
		expect_deny(&r, &fmts[i], blocked, false);
		cr_assert_eq(agt_stop(&d), 0);
		cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE id=2 AND op='check' "
				  "AND agent='%s' AND session='%s' AND tool='bash' AND verdict='block' "
				  "AND rule='recursive_delete_of_system_path' "
				  "AND json_extract(args_json,'$.command')='rm -rf ~'",
				  fmts[i].name, fmts[i].session), 1, "%s", fmts[i].name);
	}
}

Test(hook, ls_is_allowed_by_every_format)
{
	static const char *const out[NFMT] = {
		"", "{}\n", "", "{\"permission\":\"allow\"}\n", "",
	};
	struct run r;

	for (size_t i = 0; i < NFMT; i++) {
		run_fmt(&r, &fmts[i], "ls", NULL);
		cr_assert_eq(r.status, 0, "%s: %s", fmts[i].name, r.err);
		cr_assert_str_eq(r.out, out[i], "%s", fmts[i].name);
		cr_assert_str_empty(r.err, "%s: %s", fmts[i].name, r.err);
	}
	cr_assert_eq(agt_stop(&d), 0);
	for (size_t i = 0; i < NFMT; i++)
		cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='check' AND agent='%s' "
				  "AND session='%s' AND tool='bash' AND verdict='allow' "
				  "AND json_extract(args_json,'$.command')='ls'",
				  fmts[i].name, fmts[i].session), 1, "%s", fmts[i].name);
}

Test(hook, review_asks_where_the_agent_can_and_denies_elsewhere)
{
	char held[1024], ask[512], want[2048];
	struct run r;

	for (size_t i = 0; i < NFMT; i++) {
		const struct fmt *f = &fmts[i];
		int64_t id = (int64_t)i + 2; /* one check each, in order, after the start-up reload row */

		run_fmt(&r, f, "deploy prod", NULL);
		fmtmsg(ask, sizeof(ask), "agate asks a person to review this call: deploys need a "
		       "human (rule deploy_review; approval id %lld)", (long long)id);
		fmtmsg(held, sizeof(held), "agate holds this call for review: deploys need a human "
		       "(rule deploy_review; approval id %lld). An operator can allow this exact "
		       "call once with `agatectl approve %lld`; then retry it unchanged.",
		       (long long)id, (long long)id);
		if (!strcmp(f->name, "claude-code")) {
			cr_assert_eq(r.status, 0, "%s", r.err);
			fmtmsg(want, sizeof(want), "{\"hookSpecificOutput\":{\"hookEventName\":"
			       "\"PreToolUse\",\"permissionDecision\":\"ask\","
			       "\"permissionDecisionReason\":\"%s\"}}\n", ask);
			cr_assert_str_eq(r.out, want);
			cr_assert_str_empty(r.err);
		} else if (!strcmp(f->name, "cursor")) {
			cr_assert_eq(r.status, 0, "%s", r.err);
			fmtmsg(want, sizeof(want), "{\"permission\":\"ask\",\"user_message\":\"%s\","
			       "\"agent_message\":\"%s\"}\n", ask, ask);
			cr_assert_str_eq(r.out, want);
			cr_assert_str_empty(r.err);
		} else {
			expect_deny(&r, f, held, false);
		}
	}
	/* Cursor in auto-review mode: --no-ask */
	run_fmt(&r, &fmts[3], "deploy prod", "--no-ask");
	expect_deny(&r, &fmts[3], "agate holds this call for review: deploys need a human "
		    "(rule deploy_review; approval id 7).", true);
	cr_assert_eq(agt_stop(&d), 0);
	for (size_t i = 0; i < NFMT; i++)
		cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='check' AND agent='%s' "
				  "AND session='%s' AND tool='bash' AND verdict='review' "
				  "AND enforcement='review' AND rule='deploy_review'",
				  fmts[i].name, fmts[i].session), i == 3 ? 2 : 1, "%s", fmts[i].name);
}

/* ---- failing closed ----------------------------------------------------- */

Test(hook, a_stopped_daemon_denies_in_every_format)
{
	struct run r;

	cr_assert_eq(agt_stop(&d), 0);
	for (size_t i = 0; i < NFMT; i++) {
		run_fmt(&r, &fmts[i], "ls", NULL);
		expect_deny(&r, &fmts[i],
			    "agate could not check this call, so it is blocked (unreachable: ", true);
	}
}

Test(hook, a_silent_daemon_times_out_and_denies)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char path[300], input[4096];
	struct run r;
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	snprintf(path, sizeof(path), "%s/silent.sock", d.dir);
	cr_assert_lt(strlen(path), sizeof(sa.sun_path));
	memcpy(sa.sun_path, path, strlen(path) + 1);
	cr_assert_eq(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0, "%s", strerror(errno));
	cr_assert_eq(listen(fd, 8), 0);
	fill(input, sizeof(input), fmts[0].input, "ls");
	const char *args[] = { "--socket", path, "--timeout", "300", "claude-code", NULL };
	run_args(&r, input, args);
	expect_deny(&r, &fmts[0], "agate could not check this call, so it is blocked (timeout: ",
		    true);
	close(fd);
}

Test(hook, malformed_input_is_denied_in_every_format)
{
	static const char *const inputs[] = {
		"not json",
		"[1, 2]",
		"{\"tool_name\": 7, \"toolName\": 7, \"hook_event_name\": \"beforeShellExecution\"}",
		/* a duplicate key is read two ways by two parsers: refused */
		"{\"session_id\":\"s\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\","
		"\"tool_input\":{\"command\":\"ls\",\"command\":\"rm -rf ~\"}}",
	};
	char want[300];
	struct run r;

	for (size_t i = 0; i < NFMT; i++)
		for (size_t k = 0; k < sizeof(inputs) / sizeof(inputs[0]); k++) {
			const char *args[] = { "--socket", d.sock, fmts[i].name, NULL };
			run_args(&r, inputs[k], args);
			fmtmsg(want, sizeof(want), "agate-hook %s: ", fmts[i].name);
			expect_deny(&r, &fmts[i], want, true);
			cr_assert(strstr(r.out, "so the call is blocked") ||
				  strstr(r.err, "so the call is blocked"), "%s/%zu", fmts[i].name, k);
		}
	/* the wrong event: configured on PostToolUse by mistake */
	const char *args[] = { "--socket", d.sock, "claude-code", NULL };
	run_args(&r, "{\"session_id\":\"s\",\"hook_event_name\":\"PostToolUse\","
		 "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}", args);
	expect_deny(&r, &fmts[0], "agate-hook claude-code: malformed hook input: "
		    "hook_event_name is 'PostToolUse', not PreToolUse: configure agate-hook on "
		    "PreToolUse, so the call is blocked", false);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='check'"), 0,
		     "nothing malformed reached the daemon");
}

Test(hook, bad_usage_is_denied)
{
	struct run r;
	const char *unknown[] = { "--socket", d.sock, "vim", NULL };
	const char *none[] = { "--socket", d.sock, NULL };
	const char *badopt[] = { "--timeout", "soon", "copilot", NULL };

	run_args(&r, "{}", unknown);
	cr_assert_eq(r.status, 2);
	cr_assert_str_empty(r.out);
	cr_assert_str_eq(r.err, "agate-hook: unknown FORMAT (see agate-hook --help), so the "
			 "call is blocked\n");
	run_args(&r, "{}", none);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "no FORMAT given"), "%s", r.err);
	run_args(&r, "{}", badopt);
	expect_deny(&r, &fmts[4], "agate-hook: --timeout wants milliseconds between 1 and "
		    "3600000 (see agate-hook --help), so the call is blocked", false);
}

Test(hook, help_lists_every_option_and_format)
{
	static const char *const words[] = {
		"--socket", "--agent", "--purpose", "--identity", "--timeout", "--no-ask",
		"--help", "--version", "claude-code", "gemini", "codex", "cursor", "copilot",
		"PreToolUse", "BeforeTool", "beforeShellExecution", "beforeMCPExecution",
		"beforeReadFile", "preToolUse",
	};
	const char *help[] = { "--help", NULL };
	const char *version[] = { "--version", NULL };
	struct run r;

	run_args(&r, "", help);
	cr_assert_eq(r.status, 0);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		cr_assert(strstr(r.out, words[i]), "--help lacks %s", words[i]);
	run_args(&r, "", version);
	cr_assert_eq(r.status, 0);
	cr_assert(!strncmp(r.out, "agate-hook ", 11), "%s", r.out);
}

/* ---- approval by id: the retry goes through once ------------------------ */

Test(hook, approve_by_id_allows_the_retry_once_and_only_once)
{
	const struct fmt *f = &fmts[2]; /* codex: a review is a deny with the id */
	/* audit id 1 is the start-up reload row */
	agate_value *rep;
	struct run r;
	agt_req q;

	run_fmt(&r, f, "deploy prod", NULL);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "`agatectl approve 2`"), "%s", r.err);
	/* another call is not covered by the approval */
	agt_req_begin(&q, 4, 9, "approve");
	agt_kint(&q, "audit_id", 2);
	rep = agt_call(&d, arena, &q);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_int(rep, "decision_audit_id"), 3);
	run_fmt(&r, f, "deploy staging", NULL);
	cr_assert_eq(r.status, 2, "another command is not approved");
	cr_assert(strstr(r.err, "`agatectl approve 4`"), "%s", r.err);
	/* the same call: allowed, once */
	run_fmt(&r, f, "deploy prod", NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_empty(r.out);
	cr_assert_str_empty(r.err);
	run_fmt(&r, f, "deploy prod", NULL);
	cr_assert_eq(r.status, 2, "only once");
	cr_assert(strstr(r.err, "`agatectl approve 6`"), "%s", r.err);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE id=3 AND op='approve' "
			  "AND agent='codex' AND session='%s' AND tool='bash' AND verdict='allow' "
			  "AND trace LIKE 'grant for the unheld call of audit_id 2:%%'", f->session), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE id=5 AND op='check' "
			  "AND agent='codex' AND verdict='allow' AND enforcement='review' "
			  "AND reason LIKE 'approved by uid %%: grant from the review of audit_id 2 "
			  "(approval audit_id 3), used once'"), 1);
}

/* ---- mapping and identity ----------------------------------------------- */

Test(hook, file_writes_patches_and_mcp_tools_are_mapped)
{
	const char *args[] = { "--socket", d.sock, "claude-code", NULL };
	struct run r;

	/* Write (file_path, content) -> write_file {path, content} */
	run_args(&r, "{\"session_id\":\"w1\",\"cwd\":\"/tmp\",\"hook_event_name\":\"PreToolUse\","
		 "\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"/etc/cron.d/job\","
		 "\"content\":\"* * * * * root sh /tmp/x\"}}", args);
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert(strstr(r.err, "agate blocked this call: "), "%s", r.err);
	/* mcp__server__tool -> server__tool, with its arguments */
	run_args(&r, "{\"session_id\":\"w1\",\"cwd\":\"/tmp\",\"hook_event_name\":\"PreToolUse\","
		 "\"tool_name\":\"mcp__github__create_issue\",\"tool_input\":{\"title\":\"t\"}}", args);
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* Codex's apply_patch: every file it names is checked as path */
	const char *cargs[] = { "--socket", d.sock, "codex", NULL };
	run_args(&r, "{\"session_id\":\"p1\",\"cwd\":\"/tmp\",\"hook_event_name\":\"PreToolUse\","
		 "\"tool_name\":\"apply_patch\",\"tool_input\":{\"command\":\"*** Begin Patch\\n"
		 "*** Update File: src/a.c\\n@@\\n-x\\n+y\\n*** Add File: /etc/cron.d/job\\n"
		 "+* * * * * root sh /tmp/x\\n*** End Patch\"}}", cargs);
	cr_assert_eq(r.status, 2, "%s", r.err);
	cr_assert(strstr(r.err, "agate blocked this call: "), "%s", r.err);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE tool='apply_patch' AND session='p1' "
			  "AND verdict='allow' AND json_extract(args_json,'$.path')='src/a.c'"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE tool='apply_patch' AND session='p1' "
			  "AND verdict='block' AND json_extract(args_json,'$.path')='/etc/cron.d/job' "
			  "AND json_extract(args_json,'$.paths[0]')='src/a.c'"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE tool='write_file' AND verdict='block' "
			  "AND json_extract(args_json,'$.path')='/etc/cron.d/job' "
			  "AND json_extract(args_json,'$.content') LIKE '* * *%%'"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE tool='github__create_issue' "
			  "AND verdict='allow' AND json_extract(args_json,'$.title')='t'"), 1);
}

Test(hook, identity_is_registered_once_per_session)
{
	char dir[400], input[1024];
	struct run r;
	FILE *f;

	/* a .agate/identity above the agent's cwd */
	snprintf(dir, sizeof(dir), "%s/proj/.agate", d.dir);
	cr_assert_eq(system(fmtmsg(input, sizeof(input), "mkdir -p '%s' '%s/proj/src'", dir,
				   d.dir)), 0);
	strcat(dir, "/identity");
	f = fopen(dir, "w");
	cr_assert_not_null(f);
	fputs("# billing\npurpose: fixes bugs in the billing service\nrole: developer\n"
	      "tools: bash, read_file\n", f);
	fclose(f);
	snprintf(input, sizeof(input), "{\"session_id\":\"id1\",\"cwd\":\"%s/proj/src\","
		 "\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\","
		 "\"tool_input\":{\"command\":\"ls\"}}", d.dir);
	const char *args[] = { "--socket", d.sock, "claude-code", NULL };
	run_args(&r, input, args);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_args(&r, input, args);
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* --purpose replaces it: another identity, registered once more */
	const char *args2[] = { "--socket", d.sock, "--purpose", "reviews pull requests",
				"claude-code", NULL };
	run_args(&r, input, args2);
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* an identity file without a purpose fails closed */
	f = fopen(dir, "w");
	fputs("role: developer\n", f);
	fclose(f);
	run_args(&r, input, args);
	expect_deny(&r, &fmts[0], "agate-hook: identity file ", true);
	cr_assert(strstr(r.err, "has no purpose, so the call is blocked"), "%s", r.err);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='register' AND agent='claude-code' "
			  "AND session='id1' AND json_extract(args_json,'$.purpose')="
			  "'fixes bugs in the billing service' AND json_extract(args_json,'$.role')='developer' "
			  "AND json_extract(args_json,'$.tools[1]')='read_file'"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='register' "
			  "AND json_extract(args_json,'$.purpose')='reviews pull requests'"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE op='check' AND session='id1'"), 3);
}

/* Cursor's two other events, from https://cursor.com/docs/agent/hooks:
 * beforeReadFile answers only {"permission"}; beforeMCPExecution's
 * tool_input may be a JSON string. */
Test(hook, cursor_read_and_mcp_events)
{
	const char *args[] = { "--socket", d.sock, "cursor", NULL };
	struct run r;

	run_args(&r, "{\"conversation_id\":\"conv-9\",\"generation_id\":\"gen-1\","
		 "\"hook_event_name\":\"beforeReadFile\",\"workspace_roots\":[\"/home/user/p\"],"
		 "\"file_path\":\"/home/user/.ssh/id_rsa\",\"content\":\"-----BEGIN\","
		 "\"attachments\":[]}", args);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "{\"permission\":\"deny\"}\n");
	cr_assert(!strncmp(r.err, "agate blocked this call: reads a secret file", 44), "%s", r.err);
	run_args(&r, "{\"conversation_id\":\"conv-9\",\"generation_id\":\"gen-2\","
		 "\"hook_event_name\":\"beforeMCPExecution\",\"workspace_roots\":[\"/home/user/p\"],"
		 "\"tool_name\":\"database_query\","
		 "\"tool_input\":\"{\\\"query\\\": \\\"SELECT * FROM users\\\"}\","
		 "\"url\":\"http://localhost:3000\"}", args);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "{\"permission\":\"allow\"}\n");
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE agent='cursor' AND session='conv-9' "
			  "AND tool='read_file' AND verdict='block' "
			  "AND json_extract(args_json,'$.path')='/home/user/.ssh/id_rsa' "
			  "AND json_extract(args_json,'$.content') IS NULL"), 1);
	cr_assert_eq(rows("SELECT count(*) FROM verdicts WHERE agent='cursor' AND session='conv-9' "
			  "AND tool='database_query' AND verdict='allow' "
			  "AND json_extract(args_json,'$.query')='SELECT * FROM users'"), 1);
}

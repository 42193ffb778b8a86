/* review_queue_test.c - the review queue as an operator lives it
 * (issue 15): a held call whose caller has gone is blocked at once and
 * cannot be approved afterwards; `agatectl pending` shows what is to be
 * approved; approve/deny --reason lands in the decision's row; the
 * review webhook posts the call with ready-made commands; the anonymous
 * session can be resumed; review hold time stays out of the latency. */
#include <criterion/criterion.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "schema/wire.h"

static const char *rules =
	"default allow\n"
	"rule @big_transfer\n"
	"  trigger bank_transfer\n"
	"  check args.amount > 10000\n"
	"  enforce review \"transfer over 10000\"\n"
	"end\n"
	"rule @halt\n"
	"  trigger nuke\n"
	"  enforce stop \"destructive agent\"\n"
	"end\n";

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 22);
	agt_init(&d, rules);
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(review_queue, .init = setup, .fini = teardown, .timeout = 120);

static void start(const char *const *more)
{
	const char *extra[16] = { "--frames", "none" };
	size_t n = 2;

	for (size_t i = 0; more && more[i] && n < 15; i++)
		extra[n++] = more[i];
	extra[n] = NULL;
	agt_start(&d, extra);
}

/* ---- agatectl ------------------------------------------------------- */

struct run {
	int status;
	char out[8192];
	char err[4096];
};

/* Run agatectl --socket SOCK args... and wait for it. */
static void ctl(struct run *r, const char *const *args)
{
	const char *prog = getenv("AGATECTL");
	char out[400], err[400];
	const char *argv[32];
	size_t n = 0;
	pid_t pid;
	int st;

	if (!prog || !*prog)
		cr_skip_test("AGATECTL is not set (agatectl not built)");
	snprintf(out, sizeof(out), "%s/ctl.out", d.dir);
	snprintf(err, sizeof(err), "%s/ctl.err", d.dir);
	argv[n++] = prog;
	argv[n++] = "--socket";
	argv[n++] = d.sock;
	for (size_t i = 0; args[i] && n < 31; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int i0 = open("/dev/null", O_RDONLY);
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (i0 < 0 || o < 0 || e < 0)
			_exit(126);
		dup2(i0, 0);
		dup2(o, 1);
		dup2(e, 2);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	agt_slurp(out, r->out, sizeof(r->out));
	agt_slurp(err, r->err, sizeof(r->err));
}

/* ---- raw requests --------------------------------------------------- */

/* A held transfer on a fresh connection: check bank_transfer with
 * args {amount, to}; returns the fd (the reply is held). */
static int send_transfer(const char *agent, const char *session, int64_t amount,
			 const char *to)
{
	int fd = agt_connect(d.sock);
	agt_req r;

	agt_req_begin(&r, 7, 1, "check");
	agt_kstr(&r, "agent", agent);
	agt_kstr(&r, "session", session);
	agt_kstr(&r, "tool", "bank_transfer");
	agate_wire_pack_cstr(&r.pk, "args");
	msgpack_pack_map(&r.pk, 2);
	agt_kint(&r, "amount", amount);
	agt_kstr(&r, "to", to);
	agt_req_send(&r, fd);
	return fd;
}

static agate_value *pending(void)
{
	agt_req r;
	agate_value *rep;

	agt_req_begin(&r, 3, 900, "pending");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	return rep;
}

static uint32_t pending_count(void)
{
	const agate_value *list = agate_value_get(pending(), "pending", 7);

	cr_assert(list && list->type == AGATE_ARRAY);
	return list->as.array.len;
}

/* the audit id of the only pending call, once it shows (10 s at most) */
static int64_t pending_one(void)
{
	for (int i = 0; i < 1000; i++) {
		const agate_value *list = agate_value_get(pending(), "pending", 7);

		if (list && list->type == AGATE_ARRAY && list->as.array.len == 1)
			return agt_int(&list->as.array.items[0], "audit_id");
		usleep(10000);
	}
	cr_assert_fail("no pending call appeared");
	return -1;
}

/* wait until nothing is pending (10 s at most); false if it stays */
static bool pending_drains(void)
{
	for (int i = 0; i < 1000; i++) {
		if (pending_count() == 0)
			return true;
		usleep(10000);
	}
	return false;
}

static agate_value *decide(const char *op, int64_t audit_id)
{
	agt_req r;

	agt_req_begin(&r, 4, 901, op);
	agt_kint(&r, "audit_id", audit_id);
	return agt_call(&d, arena, &r);
}

static bool readable(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	return poll(&p, 1, ms) == 1;
}

/* ---- 1: a held call outlives its caller no more ---------------------- */

static void closed_caller_is_blocked(const char *audit_mode)
{
	const char *extra[] = { "--audit", audit_mode, NULL };
	char sql[300], why[200];
	agate_value *rep;
	int64_t held, gone;
	int fd;

	start(extra);
	fd = send_transfer("fin", "s9", 20000, "mallory");
	held = pending_one();
	close(fd);
	cr_assert(pending_drains(), "the call of a closed connection is no longer pending");
	rep = decide("approve", held);
	cr_assert_not(agt_bool(rep, "ok"), "approving a call nobody waits for is refused");
	cr_assert_str_eq(agt_str(rep, "error"), "not_found");
	cr_assert(strstr(agt_str(rep, "message"), "no longer waits"), "%s",
		  agt_str(rep, "message"));
	cr_assert(strstr(agt_str(rep, "message"), "caller gone before review"), "%s",
		  agt_str(rep, "message"));
	/* requests made afterwards are each their own: a held one and two
	 * quick ones on another connection are answered apart */
	gone = held;
	fd = send_transfer("fin", "s9", 20000, "trent");
	held = pending_one();
	{
		int fd2 = agt_connect(d.sock);
		agt_send_check(fd2, 41, "ops", "s1", "ls", "ls");
		agt_send_check(fd2, 42, "ops", "s1", "ls", "ls -l");
		cr_assert_eq(agt_recv(fd2, arena, &rep), 0);
		cr_assert_eq(agt_int(rep, "id"), 41);
		cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
		cr_assert_eq(agt_recv(fd2, arena, &rep), 0);
		cr_assert_eq(agt_int(rep, "id"), 42);
		close(fd2);
	}
	cr_assert_eq(pending_count(), 1, "the held call is still held");
	rep = decide("deny", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_eq(agt_int(rep, "id"), 1);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	snprintf(sql, sizeof(sql),
		 "SELECT reason FROM verdicts WHERE op='review_abandoned' AND verdict='block' "
		 "AND trace LIKE '%%audit_id %lld'", (long long)gone);
	agt_db_text(&d, sql, why, sizeof(why));
	cr_assert(strstr(why, "caller gone before review"), "the row says why: '%s'", why);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='approve'"), 0,
		     "nothing was approved");
}

Test(review_queue, closed_caller_is_blocked_at_once)
{
	closed_caller_is_blocked("sync");
}

/* async: the decision row does not hold the request, so ending the hold
 * of a closed connection must not free it twice */
Test(review_queue, closed_caller_is_blocked_at_once_async)
{
	closed_caller_is_blocked("async");
}

Test(review_queue, half_close_keeps_the_hold_until_the_peer_goes)
{
	agate_value *rep;
	int64_t held;
	int fd;

	start(NULL);
	fd = send_transfer("fin", "s9", 20000, "bob");
	held = pending_one();
	/* shut down writing only: the peer still reads its answer */
	cr_assert_eq(shutdown(fd, SHUT_WR), 0);
	usleep(600000); /* longer than the daemon's tick */
	cr_assert_eq(pending_count(), 1, "a half-closed caller still waits");
	rep = decide("approve", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert(readable(fd, 10000));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	close(fd);

	/* half-closed, then gone altogether: blocked by the next tick */
	fd = send_transfer("fin", "s9", 30000, "carol");
	held = pending_one();
	cr_assert_eq(shutdown(fd, SHUT_WR), 0);
	usleep(300000);
	cr_assert_eq(pending_count(), 1);
	close(fd);
	cr_assert(pending_drains(), "the closed caller's call is no longer pending");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='review_abandoned'"), 1);
}

Test(review_queue, agatectl_wait_elapses_then_approve_is_refused)
{
	const char *check[] = { "check", "--agent", "fin", "--session", "s1", "--tool",
				"bank_transfer", "--arg", "amount:=20000", "--wait", "1",
				NULL };
	char id[32];
	const char *approve[] = { "approve", id, NULL };
	const char *plist[] = { "pending", NULL };
	struct run r;

	start(NULL);
	ctl(&r, check);
	/* the held check's id (audit id 1 is the start-up reload row) */
	snprintf(id, sizeof(id), "%lld",
		 (long long)agt_db_int(&d, "SELECT max(id) FROM verdicts WHERE op='check'"));
	cr_assert_neq(r.status, 0, "the caller gave up: %s", r.out);
	cr_assert(pending_drains(), "nothing is left pending after the caller left");
	ctl(&r, plist);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "total: 0"), "%s", r.out);
	ctl(&r, approve);
	cr_assert_eq(r.status, 3, "approve of a call that no longer waits fails: %s", r.out);
	cr_assert(strstr(r.err, "no longer waits for review"), "%s", r.err);
	cr_assert(strstr(r.err, "caller gone before review"), "%s", r.err);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='approve'"), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='review_abandoned'"
				   " AND reason LIKE 'caller gone before review%'"), 1);
}

/* ---- 7: what the approver sees, and what the audit keeps ------------- */

Test(review_queue, pending_shows_the_call_and_reason_goes_to_the_row)
{
	const char *plist[] = { "pending", NULL };
	char id[32];
	const char *deny[] = { "deny", id, "--reason", "no call-back from the CFO", NULL };
	const char *to = "Acme Holdings Ltd, IBAN DE89 3704 0044 0532 0130 00, ref invoice 77";
	const agate_value *list, *h;
	char sql[300], why[200];
	struct run r;
	agate_value *rep;
	int fd;

	start(NULL);
	fd = send_transfer("fin", "s9", 25000, to);
	snprintf(id, sizeof(id), "%lld", (long long)pending_one());
	list = agate_value_get(pending(), "pending", 7);
	h = &list->as.array.items[0];
	cr_assert_not_null(agt_str(h, "args"), "pending shows the arguments");
	cr_assert(strstr(agt_str(h, "args"), "\"amount\":25000"), "%s", agt_str(h, "args"));
	cr_assert(strstr(agt_str(h, "args"), to), "%s", agt_str(h, "args"));
	cr_assert_gt(agt_int(h, "pid"), 0);
	cr_assert_geq(agt_int(h, "timeout_in"), 1);

	ctl(&r, plist);
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* the columns docs/cli.md shows, in its order */
	cr_assert(strstr(r.out, "AUDIT_ID  HELD  AGENT  SESSION  TOOL           ARGS"),
		  "%s", r.out);
	cr_assert(strstr(r.out, "RULE          UID  PID"), "%s", r.out);
	cr_assert(strstr(r.out, "AGE  LEFT"), "%s", r.out);
	cr_assert(strstr(r.out, "{\"amount\":25000,\"to\":\"Acme Holdings"), "%s", r.out);
	/* cut to 60 characters: the end of the long recipient is not shown */
	cr_assert(strstr(r.out, "..."), "%s", r.out);
	cr_assert_null(strstr(r.out, "invoice 77"), "%s", r.out);
	cr_assert(strstr(r.out, "big_transfer"), "%s", r.out);

	ctl(&r, deny);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(readable(fd, 10000));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	snprintf(sql, sizeof(sql), "SELECT reason FROM verdicts WHERE op='deny' AND verdict='block'");
	agt_db_text(&d, sql, why, sizeof(why));
	cr_assert(strstr(why, "no call-back from the CFO"), "the reason is in the row: '%s'", why);
}

Test(review_queue, pending_cuts_long_arguments)
{
	char to[3001];
	int64_t held;
	const agate_value *list;
	const char *args;
	agate_value *rep;
	int fd;

	memset(to, 'x', sizeof(to) - 1);
	to[sizeof(to) - 1] = '\0';
	start(NULL);
	fd = send_transfer("fin", "s9", 25000, to);
	held = pending_one();
	list = agate_value_get(pending(), "pending", 7);
	args = agt_str(&list->as.array.items[0], "args");
	cr_assert_not_null(args);
	cr_assert_eq(strlen(args), 512, "cut to 512 bytes: %zu", strlen(args));
	cr_assert_str_eq(args + 509, "...");
	cr_assert(strncmp(args, "{\"amount\":25000,\"to\":\"xxx", 25) == 0, "%s", args);
	rep = decide("deny", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* A one-shot HTTP listener on 127.0.0.1: accepts one connection, reads
 * one request with its body, answers 204. */
static int listen_local(int *port)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	cr_assert_geq(fd, 0);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(listen(fd, 4), 0);
	cr_assert_eq(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	*port = ntohs(a.sin_port);
	return fd;
}

static void receive_post(int lfd, char *buf, size_t cap)
{
	struct pollfd p = { .fd = lfd, .events = POLLIN };
	size_t n = 0;
	char *body;
	long want = -1;
	int c;

	cr_assert_eq(poll(&p, 1, 20000), 1, "the webhook was called: %s", agt_log_tail(&d));
	c = accept(lfd, NULL, NULL);
	cr_assert_geq(c, 0);
	for (;;) {
		struct pollfd q = { .fd = c, .events = POLLIN };
		ssize_t k;

		cr_assert_eq(poll(&q, 1, 20000), 1, "the request arrives");
		k = read(c, buf + n, cap - 1 - n);
		cr_assert_gt(k, 0, "the request is whole");
		n += (size_t)k;
		buf[n] = '\0';
		body = strstr(buf, "\r\n\r\n");
		if (body && want < 0) {
			char *cl = strcasestr(buf, "content-length:");
			cr_assert_not_null(cl, "%s", buf);
			want = strtol(cl + 15, NULL, 10);
		}
		if (body && (long)(n - (size_t)(body + 4 - buf)) >= want)
			break;
		cr_assert_lt(n, cap - 1);
	}
	static const char ok[] = "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n";
	cr_assert_eq(write(c, ok, sizeof(ok) - 1), (ssize_t)sizeof(ok) - 1);
	close(c);
}

Test(review_queue, webhook_posts_the_held_call)
{
	char url[64], buf[16384], cmd[400];
	const char *extra[] = { "--review-webhook", url, NULL };
	agate_value *rep;
	int lfd, port, fd;
	int64_t held;

	lfd = listen_local(&port);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/agate", port);
	start(extra);
	fd = send_transfer("fin", "s9", 20000, "alice");
	receive_post(lfd, buf, sizeof(buf));
	held = pending_one();
	cr_assert(strncmp(buf, "POST /agate HTTP/1.1\r\n", 22) == 0, "%s", buf);
	cr_assert(strcasestr(buf, "content-type: application/json"), "%s", buf);
	snprintf(cmd, sizeof(cmd), "\"review_id\":%lld,\"held\":true", (long long)held);
	cr_assert(strstr(buf, cmd), "%s", buf);
	cr_assert(strstr(buf, "\"tool\":\"bank_transfer\""), "%s", buf);
	cr_assert(strstr(buf, "\"args\":{\"amount\":20000,\"to\":\"alice\"}"), "%s", buf);
	cr_assert(strstr(buf, "\"rule\":\"big_transfer\""), "%s", buf);
	snprintf(cmd, sizeof(cmd), "\"approve\":\"agatectl --socket %s approve %lld\"", d.sock,
		 (long long)held);
	cr_assert(strstr(buf, cmd), "%s", buf);
	snprintf(cmd, sizeof(cmd), "\"deny\":\"agatectl --socket %s deny %lld\"", d.sock,
		 (long long)held);
	cr_assert(strstr(buf, cmd), "%s", buf);
	/* the hold itself goes on as ever */
	rep = decide("approve", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert(readable(fd, 10000));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	close(fd);
	close(lfd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

Test(review_queue, failing_webhook_never_delays_verdicts_and_is_logged_once)
{
	char url[64], logbuf[65536];
	const char *extra[] = { "--review-webhook", url, NULL };
	agate_value *rep;
	const char *p;
	int lfd, port, n = 0;

	/* a port nobody listens on: bound, then closed */
	lfd = listen_local(&port);
	close(lfd);
	snprintf(url, sizeof(url), "http://agate:s3cret@127.0.0.1:%d/agate", port);
	start(extra);
	for (int i = 0; i < 3; i++) {
		int fd = send_transfer("fin", "s9", 20000 + i, "x");
		int64_t held = pending_one();

		rep = decide("deny", held);
		cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
		cr_assert_eq(agt_recv(fd, arena, &rep), 0);
		cr_assert_str_eq(agt_str(rep, "verdict"), "block");
		close(fd);
	}
	/* the third failure is counted before we read the log */
	for (int i = 0; i < 1000; i++) {
		agt_req r;
		const agate_value *w;

		agt_req_begin(&r, 3, 5, "stats");
		rep = agt_call(&d, arena, &r);
		w = agate_value_get(rep, "review_webhook", 14);
		cr_assert_not_null(w);
		if (agt_int(w, "failed") == 3)
			break;
		usleep(10000);
	}
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	agt_slurp(d.log, logbuf, sizeof(logbuf));
	for (p = logbuf; (p = strstr(p, "review webhook: cannot notify")); p++)
		n++;
	cr_assert_eq(n, 1, "one line for the failing episode, not one per call:\n%s", logbuf);
	cr_assert_null(strstr(logbuf, "s3cret"), "the log shows no password:\n%s", logbuf);
	cr_assert_not_null(strstr(logbuf, "http://***@127.0.0.1:"), "%s", logbuf);
}

/* agated --check with a config file; its exit status */
static int agated_check_config(const char *line)
{
	char cfg[400];
	FILE *f;
	pid_t pid;
	int st;

	snprintf(cfg, sizeof(cfg), "%s/webhook.conf", d.dir);
	f = fopen(cfg, "w");
	cr_assert_not_null(f);
	fprintf(f, "%s\nrules %s\nframes none\n", line, d.rules);
	cr_assert_eq(fclose(f), 0);
	pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 1);
		dup2(null, 2);
		execl(getenv("AGATED"), "agated", "--config", cfg, "--check", (char *)NULL);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

Test(review_queue, webhook_url_is_checked)
{
	cr_assert_eq(agated_check_config("review-webhook http://127.0.0.1:9/agate"), 0,
		     "an http URL is a setting agated knows");
	cr_assert_eq(agated_check_config("review-webhook https://hooks.example.org/x"), 0);
	cr_assert_neq(agated_check_config("review-webhook ftp://example.org/x"), 0,
		      "another scheme is refused");
	cr_assert_neq(agated_check_config("review-webhook http://exa mple.org/"), 0);
}

/* ---- 8: the anonymous session can be resumed ------------------------- */

static agate_value *anonymous_check(const char *tool)
{
	agt_req r;

	agt_req_begin(&r, 4, 7, "check");
	agt_kstr(&r, "tool", tool);
	return agt_call(&d, arena, &r);
}

Test(review_queue, anonymous_stop_is_explained_and_resumed)
{
	const char *resume[] = { "resume", "--anonymous", NULL };
	const char *resume_again[] = { "resume", "--anonymous", NULL };
	const char *resume_bad[] = { "resume", "--anonymous", "--session", "x", NULL };
	agate_value *rep;
	struct run r;

	start(NULL);
	rep = anonymous_check("ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	rep = anonymous_check("nuke");
	cr_assert_str_eq(agt_str(rep, "enforcement"), "stop");
	rep = anonymous_check("ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "the anonymous session is stopped");
	cr_assert(strstr(agt_str(rep, "reason"), "agatectl resume --anonymous"),
		  "the block says how to lift it: %s", agt_str(rep, "reason"));
	ctl(&r, resume_bad);
	cr_assert_eq(r.status, 3, "--anonymous takes no session: %s", r.err);
	ctl(&r, resume);
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_assert(strstr(r.out, "resumed the anonymous session"), "%s", r.out);
	rep = anonymous_check("ls");
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "resumed: %s", agt_str(rep, "reason"));
	ctl(&r, resume_again);
	cr_assert_eq(r.status, 3, "nothing to resume: %s", r.out);
	cr_assert(strstr(r.err, "anonymous session"), "%s", r.err);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='resume' AND "
				   "agent='' AND verdict='allow'"), 1);
}

Test(review_queue, agent_without_session_is_resumed)
{
	const char *resume[] = { "resume", "--agent", "wild", NULL };
	agate_value *rep;
	agt_req r;
	struct run run;

	start(NULL);
	agt_req_begin(&r, 5, 7, "check");
	agt_kstr(&r, "agent", "wild");
	agt_kstr(&r, "tool", "nuke");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "enforcement"), "stop");
	ctl(&run, resume);
	cr_assert_eq(run.status, 0, "%s%s", run.out, run.err);
	agt_req_begin(&r, 5, 8, "check");
	agt_kstr(&r, "agent", "wild");
	agt_kstr(&r, "tool", "ls");
	rep = agt_call(&d, arena, &r);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow", "%s", agt_str(rep, "reason"));
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* ---- 9: review hold time is not decision latency -------------------- */

static const agate_value *hist(const agate_value *stats, const char *outer,
			       const char *inner)
{
	const agate_value *o = agate_value_get(stats, outer, strlen(outer));

	cr_assert_not_null(o, "stats has %s", outer);
	if (!inner)
		return o;
	o = agate_value_get(o, inner, strlen(inner));
	cr_assert_not_null(o, "stats has %s.%s", outer, inner);
	return o;
}

Test(review_queue, hold_time_is_kept_apart_from_latency)
{
	const agate_value *total, *wait;
	agate_value *rep;
	agt_req r;
	int64_t held;
	int fd;

	start(NULL);
	fd = send_transfer("fin", "s9", 20000, "alice");
	held = pending_one();
	usleep(1200000); /* the operator takes a while */
	rep = decide("approve", held);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	close(fd);
	for (int i = 0; i < 3; i++) {
		rep = anonymous_check("ls");
		cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	}
	agt_req_begin(&r, 3, 9, "stats");
	rep = agt_call(&d, arena, &r);
	total = hist(rep, "latency_ns", "total");
	wait = hist(rep, "review_wait_ns", NULL);
	cr_assert_eq(agt_int(wait, "count"), 1, "one review ended");
	cr_assert_geq(agt_int(wait, "max"), 1200000000LL, "it waited as long as the operator took");
	cr_assert_geq(agt_int(total, "count"), 4);
	/* the held call's decision took its own time, not the operator's */
	cr_assert_lt(agt_int(total, "max"), agt_int(wait, "max"),
		     "total max %lld includes the hold of %lld",
		     (long long)agt_int(total, "max"), (long long)agt_int(wait, "max"));
	cr_assert_leq(agt_int(total, "p90"), agt_int(total, "max"));
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

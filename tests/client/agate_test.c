/* Tests for libagate (client/agate.h): fail-closed paths, reply decoding
 * and pipelining, against a fake daemon thread speaking real frames; and
 * how long agatectl waits on that library for a slow reply. */
#include <criterion/criterion.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <msgpack.h>

#include "client/agate.h"
#include "schema/protocol.h"
#include "schema/wire.h"

enum mode {
	M_CHECK,      /* a full block verdict */
	M_ALLOW_ID,   /* allow, audit_id = 10 * request id */
	M_GARBAGE,    /* bytes that are not msgpack */
	M_WRONG_ID,   /* a well-formed reply for another id */
	M_SILENT,     /* read, never answer */
	M_CLOSE,      /* read, then close */
	M_BAD_VERDICT,/* ok:true, verdict "maybe" */
	M_REFUSED,    /* ok:false, error overloaded */
	M_ONE_PER_CONN, /* answer one request per connection, then close */
	M_HUGE,       /* a frame header claiming 100 MB */
	M_ECHO_OP,    /* ok:true, echo the request's op and keys */
	M_HOLD,       /* ping: review_timeout_s 3; a check: allow after 1.2 s */
	M_SLOW_RELOAD,/* a reload answered after 5.5 s, past agatectl's 5 s default */
};

struct server {
	char dir[64];
	char path[108];
	int lfd;
	enum mode mode;
	int max_conns;
	pthread_t th;
	atomic_int requests;
	atomic_int conns;
	atomic_int pings;
	atomic_bool saw_explain;
	atomic_bool saw_v1;
};

static int read_full(int fd, void *buf, size_t n)
{
	unsigned char *p = buf;
	while (n) {
		ssize_t r = read(fd, p, n);
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static int write_full(int fd, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	while (n) {
		ssize_t r = send(fd, p, n, MSG_NOSIGNAL);
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static void pk_kv_str(msgpack_packer *pk, const char *k, const char *v)
{
	agate_wire_pack_cstr(pk, k);
	agate_wire_pack_cstr(pk, v);
}

static int send_frame(int fd, msgpack_sbuffer *sb)
{
	agate_wire_put_frame_len((unsigned char *)sb->data,
				 (uint32_t)(sb->size - AGATE_FRAME_HEADER));
	return write_full(fd, sb->data, sb->size);
}

/* Answer one decoded request; returns -1 to drop the connection. */
static int answer(struct server *s, int fd, const agate_value *req)
{
	const agate_value *idv = agate_value_get(req, "id", 2);
	const agate_value *vv = agate_value_get(req, "v", 1);
	uint64_t id = idv && idv->type == AGATE_INT ? (uint64_t)idv->as.integer : 0;
	msgpack_sbuffer sb;
	msgpack_packer pk;
	int r = 0;

	if (vv && vv->type == AGATE_INT && vv->as.integer == AGATE_PROTOCOL_VERSION)
		s->saw_v1 = true;
	const agate_value *ex = agate_value_get(req, "explain", 7);
	if (ex && ex->type == AGATE_BOOL && ex->as.boolean)
		s->saw_explain = true;

	msgpack_sbuffer_init(&sb);
	msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
	msgpack_sbuffer_write(&sb, "\0\0\0\0", 4);
	switch (s->mode) {
	case M_HOLD: {
		const agate_value *op = agate_value_get(req, "op", 2);
		if (op && op->type == AGATE_STR && agate_str_eq(op->as.str, "ping")) {
			s->pings++;
			msgpack_pack_map(&pk, 3);
			agate_wire_pack_cstr(&pk, "id");
			msgpack_pack_uint64(&pk, id);
			agate_wire_pack_cstr(&pk, "ok");
			msgpack_pack_true(&pk);
			agate_wire_pack_cstr(&pk, "review_timeout_s");
			msgpack_pack_uint64(&pk, 3);
			break;
		}
		usleep(1200000); /* held: past the client's timeout, within 3 s */
		msgpack_pack_map(&pk, 3);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		pk_kv_str(&pk, "verdict", "allow");
		break;
	}
	case M_SLOW_RELOAD:
		usleep(5500000);
		msgpack_pack_map(&pk, 4);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		agate_wire_pack_cstr(&pk, "generation");
		msgpack_pack_uint64(&pk, 2);
		agate_wire_pack_cstr(&pk, "rules");
		msgpack_pack_uint64(&pk, 1);
		break;
	case M_CHECK:
		msgpack_pack_map(&pk, 10);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		pk_kv_str(&pk, "verdict", "block");
		pk_kv_str(&pk, "enforcement", "reflect");
		pk_kv_str(&pk, "rule", "no_recursive_root_delete");
		pk_kv_str(&pk, "reason", "recursive delete of a system path");
		pk_kv_str(&pk, "advice", "delete a project folder instead");
		agate_wire_pack_cstr(&pk, "audit_id");
		msgpack_pack_uint64(&pk, 17);
		agate_wire_pack_cstr(&pk, "eval_ns");
		msgpack_pack_uint64(&pk, 4321);
		agate_wire_pack_cstr(&pk, "scores");
		msgpack_pack_map(&pk, 2);
		agate_wire_pack_cstr(&pk, "drift");
		msgpack_pack_double(&pk, 0.75);
		agate_wire_pack_cstr(&pk, "veto");
		msgpack_pack_true(&pk);
		break;
	case M_ALLOW_ID:
	case M_ONE_PER_CONN:
		msgpack_pack_map(&pk, 4);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		pk_kv_str(&pk, "verdict", "allow");
		agate_wire_pack_cstr(&pk, "audit_id");
		msgpack_pack_uint64(&pk, id * 10);
		break;
	case M_GARBAGE:
		msgpack_sbuffer_write(&sb, "\xc1\xc1\xc1", 3); /* 0xc1 is never used */
		break;
	case M_WRONG_ID:
		msgpack_pack_map(&pk, 3);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id + 1000);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		pk_kv_str(&pk, "verdict", "allow");
		break;
	case M_SILENT:
		msgpack_sbuffer_destroy(&sb);
		return 0;
	case M_CLOSE:
		msgpack_sbuffer_destroy(&sb);
		return -1;
	case M_BAD_VERDICT:
		msgpack_pack_map(&pk, 3);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		pk_kv_str(&pk, "verdict", "maybe");
		break;
	case M_REFUSED:
		msgpack_pack_map(&pk, 4);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_false(&pk);
		pk_kv_str(&pk, "error", AGATE_ERR_OVERLOADED);
		pk_kv_str(&pk, "message", "too many requests");
		break;
	case M_HUGE:
		msgpack_sbuffer_destroy(&sb);
		return write_full(fd, "\x06\x00\x00\x00", 4) ? -1 : -1;
	case M_ECHO_OP: {
		/* the request's own id is echoed as the reply's id; its other
		 * keys are echoed as they are (a reply may not hold a key twice) */
		uint32_t echoed = req->as.map.len - (agate_value_get(req, "id", 2) ? 1 : 0);
		msgpack_pack_map(&pk, 3 + echoed);
		agate_wire_pack_cstr(&pk, "id");
		msgpack_pack_uint64(&pk, id);
		agate_wire_pack_cstr(&pk, "ok");
		msgpack_pack_true(&pk);
		agate_wire_pack_cstr(&pk, "echo_keys");
		msgpack_pack_uint32(&pk, req->as.map.len);
		for (uint32_t i = 0; i < req->as.map.len; i++) {
			if (agate_str_eq(req->as.map.items[i].key, "id"))
				continue;
			agate_wire_pack_str(&pk, req->as.map.items[i].key);
			agate_wire_pack_value(&pk, &req->as.map.items[i].value);
		}
		break;
	}
	}
	r = send_frame(fd, &sb);
	msgpack_sbuffer_destroy(&sb);
	if (s->mode == M_ONE_PER_CONN)
		return -1;
	return r;
}

static void *serve(void *arg)
{
	struct server *s = arg;
	agate_arena *a = agate_arena_new(1 << 20);

	for (int n = 0; n < s->max_conns; n++) {
		int fd = accept(s->lfd, NULL, NULL);
		if (fd < 0)
			break;
		s->conns++;
		for (;;) {
			unsigned char hdr[4];
			if (read_full(fd, hdr, 4))
				break;
			uint32_t len = agate_wire_frame_len(hdr);
			char *buf = malloc(len ? len : 1);
			if (!buf || read_full(fd, buf, len)) {
				free(buf);
				break;
			}
			agate_value *req = NULL;
			char err[64];
			agate_arena_reset(a);
			int r = agate_wire_decode(buf, len, 32, a, &req, err, sizeof(err));
			free(buf);
			if (r)
				break;
			s->requests++;
			if (answer(s, fd, req) < 0)
				break;
		}
		/* let a silent server hold the connection until the client
		 * gives up */
		if (s->mode == M_SILENT) {
			char c;
			while (read(fd, &c, 1) > 0)
				;
		}
		close(fd);
	}
	agate_arena_free(a);
	return NULL;
}

static struct server *server_start(enum mode mode, int max_conns)
{
	struct server *s = calloc(1, sizeof(*s));
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	cr_assert_not_null(s);
	strcpy(s->dir, "/tmp/agate-client-test-XXXXXX");
	cr_assert_not_null(mkdtemp(s->dir));
	snprintf(s->path, sizeof(s->path), "%s/agated.sock", s->dir);
	s->mode = mode;
	s->max_conns = max_conns;
	s->lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	cr_assert_geq(s->lfd, 0);
	strcpy(sa.sun_path, s->path);
	cr_assert_eq(bind(s->lfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	cr_assert_eq(listen(s->lfd, 16), 0);
	cr_assert_eq(pthread_create(&s->th, NULL, serve, s), 0);
	return s;
}

static void server_stop(struct server *s)
{
	/* shutdown wakes a thread blocked in accept() */
	shutdown(s->lfd, SHUT_RDWR);
	pthread_join(s->th, NULL);
	close(s->lfd);
	unlink(s->path);
	rmdir(s->dir);
	free(s);
}

static agate_client *client_for(const char *path, int timeout_ms)
{
	agate_client *c = NULL;
	cr_assert_eq(agate_client_new(path, timeout_ms, &c), 0);
	return c;
}

static agate_check_request bash_rm(void)
{
	return (agate_check_request){ .agent = "code-agent", .session = "s1",
				      .tool = "bash", .text = "rm -rf /" };
}

/* ---- fail closed ------------------------------------------------------ */

Test(agate_client, missing_socket_blocks_with_unreachable)
{
	agate_client *c = client_for("/nonexistent/agate/agated.sock", 500);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;
	memset(&r, 0x5a, sizeof(r)); /* garbage in: the reply must be fully set */
	int rc = agate_client_check(c, &rq, a, &r);
	cr_assert_lt(rc, 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(r.error, "unreachable");
	cr_assert_not_null(r.reason);
	cr_assert_not_null(strstr(r.message, "/nonexistent/agate/agated.sock"));
	cr_assert_null(r.raw);
	cr_assert_eq(r.audit_id, 0);
	cr_assert_not(agate_client_connected(c));
	agate_arena_free(a);
	agate_client_free(c);
}

Test(agate_client, stale_socket_file_blocks)
{
	char dir[] = "/tmp/agate-client-test-XXXXXX";
	char path[128];
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/agated.sock", dir);
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	strcpy(sa.sun_path, path);
	cr_assert_eq(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	close(fd); /* bound, never listening: connect is refused */

	agate_client *c = client_for(path, 500);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;
	cr_assert_lt(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(r.error, "unreachable");
	agate_arena_free(a);
	agate_client_free(c);
	unlink(path);
	rmdir(dir);
}

Test(agate_client, bad_arguments_still_fill_a_block)
{
	agate_client *c = client_for("/nonexistent/x.sock", 100);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = { .tool = NULL };
	agate_check_reply r;
	cr_assert_eq(agate_client_check(c, &rq, a, &r), -EINVAL);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_not_null(r.error);
	agate_arena_free(a);
	agate_client_free(c);

	agate_client *bad = NULL;
	cr_assert_eq(agate_client_new("", 0, &bad), -EINVAL);
	char longp[200];
	memset(longp, 'a', sizeof(longp) - 1);
	longp[sizeof(longp) - 1] = '\0';
	cr_assert_eq(agate_client_new(longp, 0, &bad), -EINVAL);
	cr_assert_null(bad);
}

static void expect_fail(enum mode mode, const char *code, int timeout_ms)
{
	struct server *s = server_start(mode, 4);
	agate_client *c = client_for(s->path, timeout_ms);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;
	int rc = agate_client_check(c, &rq, a, &r);
	cr_assert_lt(rc, 0, "mode %d must fail", mode);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK, "mode %d must block", mode);
	cr_assert_str_eq(r.error, code, "mode %d: error %s, wanted %s", mode,
			 r.error, code);
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

Test(agate_client, malformed_reply_blocks_with_protocol)
{
	expect_fail(M_GARBAGE, "protocol", 2000);
}

Test(agate_client, reply_for_another_id_blocks_with_protocol)
{
	expect_fail(M_WRONG_ID, "protocol", 2000);
}

Test(agate_client, unknown_verdict_blocks_with_protocol)
{
	expect_fail(M_BAD_VERDICT, "protocol", 2000);
}

Test(agate_client, oversized_reply_blocks_with_protocol)
{
	expect_fail(M_HUGE, "protocol", 2000);
}

Test(agate_client, silent_daemon_blocks_with_timeout)
{
	expect_fail(M_SILENT, "timeout", 200);
}

Test(agate_client, closed_connection_blocks_with_unreachable)
{
	expect_fail(M_CLOSE, "unreachable", 2000);
}

Test(agate_client, refused_request_blocks_with_daemon_code)
{
	struct server *s = server_start(M_REFUSED, 1);
	agate_client *c = client_for(s->path, 2000);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;
	cr_assert_eq(agate_client_check(c, &rq, a, &r), -EREMOTEIO);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(r.error, AGATE_ERR_OVERLOADED);
	cr_assert_str_eq(r.message, "too many requests");
	cr_assert_not_null(r.raw, "the daemon's reply is kept for the caller");
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

/* ---- decoding ---------------------------------------------------------- */

Test(agate_client, check_reply_is_decoded)
{
	struct server *s = server_start(M_CHECK, 1);
	agate_client *c = client_for(s->path, 2000);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_member am[1] = { { AGATE_STR_LIT("command"),
				 { .type = AGATE_STR, .as.str = AGATE_STR_LIT("rm -rf /") } } };
	agate_value args = { .type = AGATE_MAP, .as.map = { am, 1 } };
	agate_check_request rq = bash_rm();
	rq.args = &args;
	rq.explain = true;
	agate_check_reply r;

	cr_assert_eq(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_null(r.error);
	cr_assert_str_eq(r.enforcement, "reflect");
	cr_assert_str_eq(r.rule, "no_recursive_root_delete");
	cr_assert_str_eq(r.reason, "recursive delete of a system path");
	cr_assert_str_eq(r.advice, "delete a project folder instead");
	cr_assert_eq(r.audit_id, 17);
	cr_assert_eq(r.eval_ns, 4321);
	cr_assert_not_null(r.scores);
	const agate_value *d = agate_value_get(r.scores, "drift", 5);
	cr_assert_not_null(d);
	cr_assert_float_eq(d->as.real, 0.75, 1e-12);
	cr_assert(s->saw_explain, "explain must reach the daemon");
	cr_assert(s->saw_v1, "requests carry v = AGATE_PROTOCOL_VERSION");
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

Test(agate_client, call_adds_v_and_id_and_keeps_keys)
{
	struct server *s = server_start(M_ECHO_OP, 1);
	agate_client *c = client_for(s->path, 2000);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_member m[3] = {
		{ AGATE_STR_LIT("op"), { .type = AGATE_STR, .as.str = AGATE_STR_LIT("ping") } },
		{ AGATE_STR_LIT("id"), { .type = AGATE_INT, .as.integer = 999 } },
		{ AGATE_STR_LIT("x"), { .type = AGATE_INT, .as.integer = 5 } },
	};
	agate_value req = { .type = AGATE_MAP, .as.map = { m, 3 } };
	agate_value *reply = NULL;

	cr_assert_eq(agate_client_call(c, &req, a, &reply), 0);
	/* v, id (ours, not 999), op, x */
	const agate_value *n = agate_value_get(reply, "echo_keys", 9);
	cr_assert_eq(n->as.integer, 4);
	const agate_value *x = agate_value_get(reply, "x", 1);
	cr_assert_not_null(x);
	cr_assert_eq(x->as.integer, 5);
	const agate_value *op = agate_value_get(reply, "op", 2);
	cr_assert_str_eq(op->as.str.ptr, "ping");
	cr_assert_str_eq(agate_client_error(c), "");
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

/* ---- pipelining and reconnecting ---------------------------------------- */

Test(agate_client, pipelined_replies_come_in_order)
{
	/* deep enough that the daemon's replies fill the socket buffer
	 * while we are still sending: send must drain to make progress */
	enum { N = 20000 };
	struct server *s = server_start(M_ALLOW_ID, 1);
	agate_client *c = client_for(s->path, 5000);
	agate_arena *a = agate_arena_new(1 << 20);
	agate_member m[3] = {
		{ AGATE_STR_LIT("op"), { .type = AGATE_STR, .as.str = AGATE_STR_LIT("check") } },
		{ AGATE_STR_LIT("tool"), { .type = AGATE_STR, .as.str = AGATE_STR_LIT("bash") } },
		{ AGATE_STR_LIT("args"), { .type = AGATE_MAP } },
	};
	agate_value req = { .type = AGATE_MAP, .as.map = { m, 3 } };
	uint64_t first = 0, id;

	for (int i = 0; i < N; i++) {
		cr_assert_eq(agate_client_send(c, &req, &id), 0, "send %d", i);
		if (i == 0)
			first = id;
		cr_assert_eq(id, first + (uint64_t)i, "ids are consecutive");
	}
	cr_assert_eq(agate_client_pending(c), N);
	for (int i = 0; i < N; i++) {
		agate_value *reply = NULL;
		cr_assert_eq(agate_client_recv(c, a, &reply), 0, "recv %d", i);
		const agate_value *aid = agate_value_get(reply, "audit_id", 8);
		cr_assert_eq((uint64_t)aid->as.integer, (first + (uint64_t)i) * 10);
		agate_arena_reset(a);
	}
	cr_assert_eq(agate_client_pending(c), 0);
	agate_value *none = NULL;
	cr_assert_eq(agate_client_recv(c, a, &none), -EINVAL,
		     "nothing waiting: recv refuses instead of hanging");
	cr_assert_eq(s->requests, N);
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

Test(agate_client, reconnects_after_the_daemon_closed)
{
	struct server *s = server_start(M_ONE_PER_CONN, 3);
	agate_client *c = client_for(s->path, 2000);
	/* one plain exchange per connection: no ping first for the hold */
	agate_client_set_reply_timeout(c, 0);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;

	cr_assert_eq(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_ALLOW);
	/* the server closed after one reply; the next check must notice and
	 * go again on a fresh connection, not fail */
	usleep(20000);
	cr_assert_eq(agate_client_check(c, &rq, a, &r), 0, "error %s: %s",
		     r.error ? r.error : "", r.message ? r.message : "");
	cr_assert_eq(r.verdict, AGATE_CHECK_ALLOW);
	cr_assert_eq(s->conns, 2);
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

Test(agate_client, register_sends_identity)
{
	struct server *s = server_start(M_ECHO_OP, 1);
	agate_client *c = client_for(s->path, 2000);
	agate_arena *a = agate_arena_new(1 << 16);
	const char *tools[] = { "lookup_invoice", "send_email" };
	agate_register_request rq = { .agent = "billing_bot", .session = "s9",
				      .purpose = "answers billing questions",
				      .tools = tools, .ntools = 2 };
	cr_assert_eq(agate_client_register(c, &rq, a), 0);
	agate_register_request bad = { .agent = NULL };
	cr_assert_eq(agate_client_register(c, &bad, a), -EINVAL);
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

Test(agate_client, default_socket_prefers_the_environment)
{
	setenv("AGATE_SOCKET", "/tmp/somewhere/agated.sock", 1);
	cr_assert_str_eq(agate_client_default_socket(), "/tmp/somewhere/agated.sock");
	unsetenv("AGATE_SOCKET");
	const char *d = agate_client_default_socket();
	cr_assert(strcmp(d, AGATE_CLIENT_DEFAULT_SOCKET) == 0 ||
		  strcmp(d, "./agate-run/agated.sock") == 0);
}

Test(agate_client, a_held_check_waits_as_long_as_the_daemon_says)
{
	struct server *s = server_start(M_HOLD, 2);
	agate_client *c = client_for(s->path, 300);
	agate_arena *a = agate_arena_new(1 << 16);
	agate_check_request rq = bash_rm();
	agate_check_reply r;

	/* default reply timeout: 3 s of the daemon's + 300 ms */
	cr_assert_eq(agate_client_check(c, &rq, a, &r), 0, "error %s: %s",
		     r.error ? r.error : "", r.message ? r.message : "");
	cr_assert_eq(r.verdict, AGATE_CHECK_ALLOW);
	cr_assert_eq(s->pings, 1);
	cr_assert_eq(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_eq(s->pings, 1, "asked once per connection");
	/* a check that may not be held waits the timeout only */
	rq.no_hold = true;
	cr_assert_lt(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_eq(r.verdict, AGATE_CHECK_BLOCK);
	cr_assert_str_eq(r.error, "timeout");
	/* and so does every check when the caller says 0 */
	rq.no_hold = false;
	agate_client_set_reply_timeout(c, 0);
	cr_assert_lt(agate_client_check(c, &rq, a, &r), 0);
	cr_assert_str_eq(r.error, "timeout");
	agate_client_free(c);
	agate_arena_free(a);
	server_stop(s);
}

/* A reload is a compile, seconds on a loaded host: agatectl waits for its
 * reply beyond the 5 s that bounds every other command, unless --timeout
 * says how long. */
static int run_agatectl(const char *sock, const char *timeout, char *out, size_t outsz)
{
	const char *ctl = getenv("AGATECTL");
	char cmd[512];
	FILE *p;
	size_t n;
	int st;

	if (timeout)
		snprintf(cmd, sizeof(cmd), "'%s' --socket '%s' --timeout %s reload 2>&1", ctl, sock, timeout);
	else
		snprintf(cmd, sizeof(cmd), "'%s' --socket '%s' reload 2>&1", ctl, sock);
	p = popen(cmd, "r");
	cr_assert_not_null(p);
	n = fread(out, 1, outsz - 1, p);
	out[n] = 0;
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

Test(agatectl_wait, reload_waits_for_its_compile_unless_told_otherwise, .timeout = 60)
{
	char out[2048];
	struct server *s;

	if (!getenv("AGATECTL"))
		cr_skip_test("AGATECTL is not set (run under meson test)");
	s = server_start(M_SLOW_RELOAD, 2);
	cr_assert_eq(run_agatectl(s->path, NULL, out, sizeof(out)), 0, "%s", out);
	cr_assert_not_null(strstr(out, "reloaded"), "%s", out);
	cr_assert_not_null(strstr(out, "generation: 2"), "%s", out);
	/* a --timeout given is obeyed: the same slow reply is given up on */
	cr_assert_eq(run_agatectl(s->path, "1000", out, sizeof(out)), 3, "%s", out);
	cr_assert_not_null(strstr(out, "timeout") ? out : strstr(out, "timed out"), "%s", out);
	server_stop(s);
}

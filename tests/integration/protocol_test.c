/* protocol_test.c - hostile and malformed input against a real agated:
 * every bad frame gets an error reply (never allow) and an audit row;
 * limits close what cannot be resynchronised; socket hygiene. */
#include <criterion/criterion.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "schema/protocol.h"
#include "schema/wire.h"

static const char *rules =
	"default allow\n"
	"rule @no_curl\n"
	"  trigger curl\n"
	"  enforce block \"no network fetches\"\n"
	"end\n";

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 24);
	agt_init(&d, rules);
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(protocol, .init = setup, .fini = teardown, .timeout = 120);

static void expect_error(const agate_value *rep, const char *code)
{
	cr_assert_not_null(rep);
	cr_assert_not(agt_bool(rep, "ok"));
	cr_assert_str_eq(agt_str(rep, "error"), code, "message: %s", agt_str(rep, "message"));
	cr_assert_not_null(agt_str(rep, "message"));
	cr_assert_str_eq(agt_str(rep, "verdict"), "block", "an error is never an allow");
}

static void send_raw_payload(int fd, const char *bytes, size_t n)
{
	agt_send_frame(fd, bytes, n);
}

Test(protocol, malformed_requests_get_errors_and_audit_rows)
{
	agate_value *rep;
	agt_req r;
	int fd;
	unsigned char deep[64];
	int64_t rows;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);

	/* not msgpack at all */
	send_raw_payload(fd, "\xc1\x00\x01", 3);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);
	cr_assert(strstr(agt_str(rep, "message"), "malformed"));

	/* msgpack, but not a map */
	send_raw_payload(fd, "\x93\x01\x02\x03", 4);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);

	/* a check without a tool */
	agt_req_begin(&r, 5, 7, "check");
	agt_kstr(&r, "agent", "a");
	agt_kargs_cmd(&r, "ls");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);
	cr_assert_eq(agt_int(rep, "id"), 7, "the id is echoed");
	cr_assert(strstr(agt_str(rep, "message"), "tool"), "%s", agt_str(rep, "message"));

	/* a tool of the wrong type */
	agt_req_begin(&r, 5, 8, "check");
	agate_wire_pack_cstr(&r.pk, "tool");
	msgpack_pack_int(&r.pk, 5);
	agt_kargs_cmd(&r, "ls");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);

	/* args not a map */
	agt_req_begin(&r, 5, 9, "check");
	agt_kstr(&r, "tool", "bash");
	agt_kstr(&r, "args", "rm -rf /");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);

	/* unknown op, wrong version, missing id */
	agt_req_begin(&r, 3, 10, "frobnicate");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_UNKNOWN_OP);

	msgpack_sbuffer_init(&r.sb);
	msgpack_packer_init(&r.pk, &r.sb, msgpack_sbuffer_write);
	msgpack_pack_map(&r.pk, 4);
	agt_kint(&r, "v", 2);
	agt_kint(&r, "id", 11);
	agt_kstr(&r, "op", "check");
	agt_kstr(&r, "tool", "ls");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_UNSUPPORTED_VERSION);

	msgpack_sbuffer_init(&r.sb);
	msgpack_packer_init(&r.pk, &r.sb, msgpack_sbuffer_write);
	msgpack_pack_map(&r.pk, 2);
	agt_kint(&r, "v", 1);
	agt_kstr(&r, "op", "ping");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);

	/* nesting deeper than the limit */
	memset(deep, 0x91, sizeof(deep));
	deep[sizeof(deep) - 1] = 0x00;
	send_raw_payload(fd, (const char *)deep, sizeof(deep));
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);
	cr_assert(strstr(agt_str(rep, "message"), "nesting"), "%s", agt_str(rep, "message"));

	/* invalid UTF-8 in the tool name */
	agt_req_begin(&r, 4, 12, "check");
	agate_wire_pack_cstr(&r.pk, "tool");
	msgpack_pack_str_with_body(&r.pk, "\xff\xfe", 2);
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_BAD_REQUEST);

	/* the connection is still usable after all that */
	agt_req_begin(&r, 3, 13, "ping");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	cr_assert(agt_bool(rep, "ok"));
	cr_assert_eq(agt_int(rep, "id"), 13);
	close(fd);

	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	rows = agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE kind='verdict' AND error IS NOT NULL");
	cr_assert_eq(rows, 10, "one audit row per refused request");
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE error IS NOT NULL AND verdict <> 'block'"), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='check' AND error='bad_request' AND request_id=7"), 1);
}

Test(protocol, truncated_frame_answered_and_audited)
{
	agate_value *rep;
	unsigned char h[4];
	int fd;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	agate_wire_put_frame_len(h, 100);
	agt_send_all(fd, h, 4);
	agt_send_all(fd, "\x85\xa1v\x01\xa2id", 7);
	shutdown(fd, SHUT_WR); /* the client closes mid-frame */
	cr_assert_eq(agt_recv(fd, arena, &rep), 0, "%s", agt_log_tail(&d));
	expect_error(rep, AGATE_ERR_BAD_REQUEST);
	cr_assert(strstr(agt_str(rep, "message"), "truncated"), "%s", agt_str(rep, "message"));
	cr_assert_eq(agt_recv(fd, arena, &rep), -EPIPE, "then the daemon closes");
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE error='bad_request' AND reason LIKE 'truncated%'"), 1);
}

Test(protocol, oversized_frame_refused_then_closed)
{
	agate_value *rep;
	unsigned char h[4];
	const char *extra[] = { "--max-frame", "4096", NULL };
	int fd;

	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	agate_wire_put_frame_len(h, 4097);
	agt_send_all(fd, h, 4);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_TOO_LARGE);
	cr_assert_eq(agt_recv(fd, arena, &rep), -EPIPE, "the stream cannot be resynchronised");
	close(fd);

	/* a huge declared length costs nothing either */
	fd = agt_connect(d.sock);
	agate_wire_put_frame_len(h, 0xffffffffu);
	agt_send_all(fd, h, 4);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0);
	expect_error(rep, AGATE_ERR_TOO_LARGE);
	close(fd);

	/* a frame of exactly the limit is read */
	fd = agt_connect(d.sock);
	{
		char big[4096];
		memset(big, 0xc0, sizeof(big)); /* 4096 nils: trailing bytes */
		agt_send_frame(fd, big, sizeof(big));
		cr_assert_eq(agt_recv(fd, arena, &rep), 0);
		expect_error(rep, AGATE_ERR_BAD_REQUEST);
	}
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE error='too_large' AND verdict='block'"), 2);
}

Test(protocol, stalled_sender_is_cut_off)
{
	const char *extra[] = { "--read-timeout", "1", NULL };
	struct pollfd p;
	unsigned char h[4];
	char c;
	int fd;

	agt_start(&d, extra);
	fd = agt_connect(d.sock);
	agate_wire_put_frame_len(h, 50);
	agt_send_all(fd, h, 4);
	agt_send_all(fd, "\x81", 1);
	p.fd = fd;
	p.events = POLLIN;
	cr_assert_eq(poll(&p, 1, 5000), 1, "closed within the read timeout");
	cr_assert_eq(read(fd, &c, 1), 0);
	close(fd);
	cr_assert_eq(agt_stop(&d), 0);
}

/* At the per-uid cap a newcomer is refused only when no connection of
 * its uid is idle: here each one has begun a frame (an idle one would be
 * closed to make room, attack_conn_test.c). */
Test(protocol, per_uid_connection_cap)
{
	const char *extra[] = { "--max-connections-per-uid", "3", NULL };
	agate_value *rep;
	int fds[3], extra_fd;
	agt_req r;
	char c;

	agt_start(&d, extra);
	usleep(300000); /* let the harness's readiness probe be closed */
	agt_req_begin(&r, 3, 1, "ping");
	for (int i = 0; i < 3; i++) {
		fds[i] = agt_connect(d.sock);
		agt_send_all(fds[i], "\0\0", 2); /* half a frame header: busy */
	}
	usleep(100000);
	extra_fd = agt_connect(d.sock); /* accepted by the kernel, closed by agated */
	struct pollfd p = { .fd = extra_fd, .events = POLLIN };
	cr_assert_eq(poll(&p, 1, 5000), 1);
	cr_assert_leq(read(extra_fd, &c, 1), 0);
	close(extra_fd);
	/* the others still work */
	{
		unsigned char h[4];

		agate_wire_put_frame_len(h, (uint32_t)r.sb.size);
		agt_send_all(fds[2], h + 2, 2);
		agt_send_all(fds[2], r.sb.data, r.sb.size);
		msgpack_sbuffer_destroy(&r.sb);
	}
	cr_assert_eq(agt_recv(fds[2], arena, &rep), 0);
	cr_assert(agt_bool(rep, "ok"));
	for (int i = 0; i < 3; i++)
		close(fds[i]);
	cr_assert_eq(agt_stop(&d), 0);
}

Test(protocol, socket_mode_and_stale_socket)
{
	struct stat st;
	agt_daemon second;
	pid_t pid;
	int status;

	agt_start(&d, NULL);
	cr_assert_eq(stat(d.sock, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0660, "mode %o", st.st_mode & 0777);

	/* a second daemon on the same socket refuses to start */
	second = d;
	second.rules[0] = '\0';
	snprintf(second.log, sizeof(second.log), "%s/second.log", d.dir);
	pid = fork();
	if (pid == 0) {
		/* in the child: a failed redirect shows as a missing log below */
		if (!freopen(second.log, "w", stderr) ||
		    !freopen("/dev/null", "w", stdout))
			_exit(126);
		execl(getenv("AGATED"), "agated", "--socket", d.sock, "--db", d.db,
		      "--rules", d.rules, "--frames", "none", (char *)NULL);
		_exit(127);
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 0);
	cr_assert(strstr(agt_log_tail(&second), "another agated"), "%s", agt_log_tail(&second));
	cr_assert_eq(stat(d.sock, &st), 0, "the running daemon's socket is untouched");

	/* a daemon that died leaves a stale socket: the next one removes it */
	kill(d.pid, SIGKILL);
	waitpid(d.pid, &status, 0);
	d.pid = 0;
	cr_assert_eq(stat(d.sock, &st), 0, "the stale socket file is still there");
	agt_start(&d, NULL);
	cr_assert_eq(agt_stop(&d), 0);
	cr_assert_neq(stat(d.sock, &st), 0, "a clean stop removes the socket");
}

Test(protocol, shutdown_does_not_wait_forever_for_a_peer_that_never_reads)
{
	int fd;
	struct timespec t0, t1;

	agt_start(&d, NULL);
	fd = agt_connect(d.sock);
	{
		/* pipeline until the daemon stops reading us (its writes to
		 * us pile up); never read a reply */
		static const unsigned char one[] = {
			0, 0, 0, 0x1f, 0x86, 0xa1, 'v', 0x01, 0xa2, 'i', 'd', 0x01,
			0xa2, 'o', 'p', 0xa5, 'c', 'h', 'e', 'c', 'k', 0xa4, 't', 'o',
			'o', 'l', 0xa2, 'l', 's', 0xa1, 'x', 0xc0, 0xa1, 'y', 0xc0,
		};
		size_t sent = 0;
		for (int i = 0; i < 200000; i++) {
			ssize_t n = send(fd, one, sizeof(one), MSG_DONTWAIT | MSG_NOSIGNAL);
			if (n < 0) {
				struct pollfd p = { .fd = fd, .events = POLLOUT };
				/* a loaded machine may pause the daemon for a
				 * while: only a full second without reading
				 * means it has stopped reading us */
				if (errno == EAGAIN && poll(&p, 1, 1000) == 1) {
					i--;
					continue;
				}
				break;
			}
			sent += (size_t)n;
			if ((size_t)n < sizeof(one))
				break;
		}
		cr_assert_geq(sent, 1000 * sizeof(one), "the kernel took a good backlog (%zu)", sent);
	}
	usleep(300000);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	cr_assert_lt(t1.tv_sec - t0.tv_sec, 15, "stopped after the grace period");
	close(fd);
	/* every check that was answered (or is about to be) has its row */
	cr_assert_geq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE tool='ls' AND op='check'"), 1000);
}

Test(protocol, out_of_descriptors_pauses_accepting_then_recovers)
{
	agate_value *rep;
	agt_req r;
	int fds[60], fd;

	setenv("AGT_NOFILE", "40", 1);
	agt_start(&d, NULL);
	unsetenv("AGT_NOFILE");
	usleep(200000);
	for (int i = 0; i < 60; i++)
		fds[i] = agt_connect(d.sock); /* the backlog takes what agated cannot */
	usleep(1500000);
	for (int i = 0; i < 60; i++)
		close(fds[i]);
	usleep(2500000);
	fd = agt_connect(d.sock);
	agt_req_begin(&r, 3, 1, "ping");
	agt_req_send(&r, fd);
	cr_assert_eq(agt_recv(fd, arena, &rep), 0, "accepting again:\n%s", agt_log_tail(&d));
	cr_assert(agt_bool(rep, "ok"));
	close(fd);
	cr_assert(strstr(agt_log_tail(&d), "accepting connections again"), "%s", agt_log_tail(&d));
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

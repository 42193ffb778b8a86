/* attack_conn_test.c - the attacks on agated's connections, replayed
 * against a real daemon as they were found: peers that never read their
 * replies (memory), connections held to lock others out (slots), and the
 * traces an attack leaves (one log line per change, an audit row for a
 * stalled frame). docs/security.md says how each is stopped.
 *
 * The tests run as root; other uids are taken with seteuid around
 * connect(), since the kernel records a socket's peer credentials when
 * it connects. Memory is agated's VmRSS from /proc/PID/status. */
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "harness.h"
#include "schema/protocol.h"
#include "schema/wire.h"

#define NOBODY 65534
#define MIB (1024L * 1024L)

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 22);
	agt_init(&d, "default allow\n"
		     "rule @no_rm_root\n"
		     "  trigger bash\n"
		     "  check args.command contains \"rm -rf /\"\n"
		     "  enforce block \"recursive delete of /\"\n"
		     "end\n");
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(attack_conn, .init = setup, .fini = teardown, .timeout = 300);

/* ---- helpers -------------------------------------------------------- */

/* Start agated and let every uid reach its socket. */
static void start(const char *const *extra)
{
	agt_start(&d, extra);
	cr_assert_eq(chmod(d.sock, 0666), 0);
	usleep(300000); /* let the harness's readiness probe be closed */
}

/* A connection whose peer credentials are uid's. */
static int connect_as(uid_t uid)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), e = 0;

	cr_assert_geq(fd, 0);
	memcpy(sa.sun_path, d.sock, strnlen(d.sock, sizeof(sa.sun_path) - 1));
	cr_assert_eq(setegid(uid), 0);
	cr_assert_eq(seteuid(uid), 0);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0)
		e = errno;
	cr_assert_eq(seteuid(0), 0);
	cr_assert_eq(setegid(0), 0);
	cr_assert_eq(e, 0, "connect as uid %u: %s", (unsigned)uid, strerror(e));
	return fd;
}

/* Whether the daemon closed fd within ms (EOF with nothing before it). */
static bool closed_within(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	char c;

	if (poll(&p, 1, ms) != 1)
		return false;
	return read(fd, &c, 1) <= 0;
}

/* One request on fd, its reply read into the arena; NULL when the
 * connection was closed instead. */
static const agate_value *ask(int fd, uint64_t id, const char *op)
{
	agate_value *rep = NULL;
	agt_req r;

	if (!strcmp(op, "check")) {
		agt_send_check(fd, id, "conn_agent", "s1", "bash", "ls -la");
	} else {
		agt_req_begin(&r, 3, id, op);
		agt_req_send(&r, fd);
	}
	if (agt_recv(fd, arena, &rep) != 0)
		return NULL;
	cr_assert_eq(agt_int(rep, "id"), (int64_t)id, "replies in order");
	return rep;
}

static bool ping_ok(int fd)
{
	const agate_value *rep = ask(fd, 7, "ping");

	return rep && agt_bool(rep, "ok");
}

/* root's stats (root is always an admin) */
static int64_t stat_of(const char *key)
{
	int fd = agt_connect(d.sock);
	const agate_value *rep = ask(fd, 1, "stats");

	close(fd);
	cr_assert(rep && agt_bool(rep, "ok"), "root's stats refused: %s", agt_log_tail(&d));
	return agt_int(rep, key);
}

static long rss_kib(void)
{
	char path[64], line[256];
	long kib = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)d.pid);
	f = fopen(path, "r");
	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "VmRSS: %ld kB", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

/* VmRSS once it holds still (4 readings 250 ms apart within 1 MiB), or
 * after 20 s whatever it is. */
static long rss_settled(void)
{
	long last = rss_kib(), now;
	int same = 0;

	for (int i = 0; i < 80 && same < 4; i++) {
		usleep(250000);
		now = rss_kib();
		same = labs(now - last) <= 1024 ? same + 1 : 0;
		last = now;
	}
	return last;
}

/* n pipelined checks, each a whole frame, in one buffer */
static void check_frames(msgpack_sbuffer *out, unsigned n)
{
	msgpack_sbuffer_init(out);
	for (unsigned i = 0; i < n; i++) {
		unsigned char h[4];
		agt_req r;

		agt_req_begin(&r, 7, i + 1, "check");
		agt_kstr(&r, "agent", "flood_agent");
		agt_kstr(&r, "session", "flood");
		agt_kstr(&r, "tool", "bash");
		agt_kargs_cmd(&r, "ls -la /srv/data");
		agate_wire_put_frame_len(h, (uint32_t)r.sb.size);
		msgpack_sbuffer_write(out, (const char *)h, 4);
		msgpack_sbuffer_write(out, r.sb.data, r.sb.size);
		msgpack_sbuffer_destroy(&r.sb);
	}
}

/* Pipeline checks on every fd and never read a reply, until the daemon
 * has stopped reading all of them (nothing more goes into any socket for
 * a while). Returns the bytes sent. */
static size_t flood_without_reading(const int *fds, int n)
{
	msgpack_sbuffer blob;
	size_t *off = calloc((size_t)n, sizeof(*off)), total = 0;
	int quiet = 0;

	cr_assert_not_null(off);
	check_frames(&blob, 512);
	for (int i = 0; i < n; i++)
		fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
	for (int round = 0; round < 1200 && quiet < 12; round++) {
		size_t progress = 0;

		for (int i = 0; i < n; i++) {
			ssize_t k = send(fds[i], blob.data + off[i], blob.size - off[i],
					 MSG_NOSIGNAL);
			if (k > 0) {
				progress += (size_t)k;
				off[i] = (off[i] + (size_t)k) % blob.size;
			}
		}
		total += progress;
		quiet = progress ? 0 : quiet + 1;
		if (!progress)
			usleep(50000);
	}
	msgpack_sbuffer_destroy(&blob);
	free(off);
	return total;
}

/* The beginning of a frame and no more: the connection is busy (its
 * peer is in the middle of a request) until read-timeout. */
static void half_frame(int fd)
{
	agt_send_all(fd, "\0\0", 2);
}

/* Finish the frame half_frame began with a ping, and read its reply. */
static bool finish_ping(int fd, uint64_t id)
{
	agate_value *rep = NULL;
	unsigned char h[4];
	agt_req r;

	agt_req_begin(&r, 3, id, "ping");
	agate_wire_put_frame_len(h, (uint32_t)r.sb.size);
	agt_send_all(fd, h + 2, 2);
	agt_send_all(fd, r.sb.data, r.sb.size);
	msgpack_sbuffer_destroy(&r.sb);
	return agt_recv(fd, arena, &rep) == 0 && agt_bool(rep, "ok");
}

/* ---- item 6: memory ------------------------------------------------- */

/* 128 connections from an unprivileged uid pipeline checks and never
 * read a reply. They used to cost 15-22 MB each (1.1-2.3 GB for 128),
 * and most of it stayed with agated after they closed. Now what they hold
 * is bounded by their uid's share of max-memory (here 64 MiB / 4), another
 * uid is served as before, and the memory goes back when they close. */
Test(attack_conn, peers_that_never_read_cost_bounded_memory, .timeout = 240)
{
	const char *extra[] = { "--max-memory", "67108864", NULL };
	enum { N = 128 };
	int fds[N], good;
	long before, held, after;
	int64_t conn_mem;
	size_t sent;

	start(extra);
	/* warm up: the audit writer's cache and the request pool fill */
	good = connect_as(1);
	for (unsigned i = 0; i < 500; i++) {
		const agate_value *rep = ask(good, 1000 + i, "check");
		cr_assert(rep && agt_bool(rep, "ok"));
	}
	before = rss_settled();

	for (int i = 0; i < N; i++)
		fds[i] = connect_as(NOBODY);
	sent = flood_without_reading(fds, N);
	held = rss_settled();
	conn_mem = stat_of("connection_memory");

	/* another uid is not starved: its checks are answered as usual */
	for (unsigned i = 0; i < 100; i++) {
		const agate_value *rep = ask(good, 5000 + i, "check");
		cr_assert(rep, "no reply while the flood is held: %s", agt_log_tail(&d));
		cr_assert(agt_bool(rep, "ok"), "refused: %s", agt_str(rep, "message"));
		cr_assert_str_eq(agt_str(rep, "verdict"), "allow");
	}

	for (int i = 0; i < N; i++)
		close(fds[i]);
	/* On a loaded machine agated may see the closes late, and its RSS
	 * then looks settled before it has freed anything: wait for its own
	 * accounting to fall, then for a trim (once a tick) and the RSS. */
	for (int i = 0; i < 240 && stat_of("connection_memory") >= MIB; i++)
		usleep(250000);
	usleep(500000);
	after = rss_settled();
	fprintf(stderr, "peers_that_never_read: %d connections sent %zu MiB; agated VmRSS "
		"%ld MiB before, %ld MiB held, %ld MiB after they closed; "
		"connection memory %lld KiB\n", N, sent / (size_t)MIB, before / 1024,
		held / 1024, after / 1024, (long long)(conn_mem / 1024));
	/* The share bounds what the uid's requests and replies take; beyond
	 * it each connection still holds its own base (its struct and read
	 * buffer, admitted by the connection caps, not the memory ones) and at
	 * most one refusal reply before it is paused: 16 KiB a connection is
	 * ample for both. The last run over 17 MiB held 17.1 MiB. */
	cr_assert_leq(conn_mem, 16 * MIB + (int64_t)N * 16 * 1024,
		      "the uid's share (16 MiB) and each connection's base bound what it holds");
#ifndef __SANITIZE_ADDRESS__
	/* (ASan keeps freed memory in quarantine: RSS says nothing there) */
	cr_assert_lt(held - before, 128 * 1024, "held %ld MiB more than before",
		     (held - before) / 1024);
	/* what stays: the audit writer's page cache (32 MiB) filled by the
	 * rows written meanwhile, and malloc's bounded leftovers */
	cr_assert_lt(after - before, 64 * 1024, "kept %ld MiB after they closed",
		     (after - before) / 1024);
#endif
	cr_assert_lt(stat_of("connection_memory"), MIB);
	close(good);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* Past max-memory for all connections, a request is refused with
 * `overloaded` (a block, with its audit row) instead of read into memory
 * the daemon does not have; an admin is still served, and everyone again
 * once the memory is back. Here one uid may take it all
 * (max-memory-per-uid = max-memory) to show the global bound. */
Test(attack_conn, memory_budget_spent_is_overloaded)
{
	const char *extra[] = { "--max-memory", "8388608", "--max-memory-per-uid",
				"8388608", NULL };
	enum { N = 32 };
	const agate_value *rep;
	int fds[N], victim, admin;
	bool ok = false;

	start(extra);
	victim = connect_as(1);
	admin = agt_connect(d.sock);
	for (int i = 0; i < N; i++)
		fds[i] = connect_as(NOBODY);
	/* On a loaded machine agated may pause longer than the flood's
	 * quiet spell while it still has room: flood again until it is full. */
	for (int tries = 0; tries < 20 && stat_of("connection_memory") < 8 * MIB; tries++)
		flood_without_reading(fds, N);
	cr_assert_geq(stat_of("connection_memory"), 8 * MIB);

	rep = ask(victim, 11, "check");
	cr_assert_not_null(rep, "%s", agt_log_tail(&d));
	cr_assert_not(agt_bool(rep, "ok"));
	cr_assert_str_eq(agt_str(rep, "error"), AGATE_ERR_OVERLOADED);
	cr_assert_str_eq(agt_str(rep, "verdict"), "block");
	rep = ask(admin, 12, "check");
	cr_assert(rep && agt_bool(rep, "ok"), "the admin is served");

	for (int i = 0; i < N; i++)
		close(fds[i]);
	for (int i = 0; i < 100 && !ok; i++) {
		rep = ask(victim, 100 + (uint64_t)i, "check");
		cr_assert_not_null(rep);
		ok = agt_bool(rep, "ok");
		if (!ok)
			usleep(50000);
	}
	cr_assert(ok, "served again once the memory is back: %s", agt_log_tail(&d));
	close(victim);
	close(admin);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_geq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE request_id=11 "
				"AND peer_uid=1 AND error='overloaded' AND verdict='block'"), 1);
}

/* ---- item 7: connection slots --------------------------------------- */

/* 256 connections from one uid used to lock that uid out for the hour
 * they may stay idle. At the per-uid cap (here 4) the longest idle
 * connection of that uid now makes room; busy ones are kept, and a
 * newcomer is refused only when every one is busy. */
Test(attack_conn, idle_connections_make_room_within_a_uid)
{
	const char *extra[] = { "--max-connections-per-uid", "4", NULL };
	int fds[4], fresh, late;

	start(extra);
	for (int i = 0; i < 4; i++) {
		fds[i] = connect_as(NOBODY);
		cr_assert(ping_ok(fds[i]));
		usleep(20000);
	}
	fresh = connect_as(NOBODY);
	cr_assert(ping_ok(fresh), "the fifth connection is served: %s", agt_log_tail(&d));
	cr_assert(closed_within(fds[0], 2000), "the longest idle made room");
	for (int i = 1; i < 4; i++)
		cr_assert(ping_ok(fds[i]), "connection %d kept", i);

	/* every connection busy: nothing may be taken from a peer mid-request */
	for (int i = 1; i < 4; i++)
		half_frame(fds[i]);
	half_frame(fresh);
	usleep(100000);
	late = connect_as(NOBODY);
	cr_assert(closed_within(late, 5000), "refused when none is idle");
	for (int i = 1; i < 4; i++)
		cr_assert(finish_ping(fds[i], 20 + (uint64_t)i), "busy connection %d kept", i);
	cr_assert(finish_ping(fresh, 30));
	cr_assert_eq(stat_of("connections_reclaimed"), 1);
	close(late);
	close(fresh);
	for (int i = 0; i < 4; i++)
		close(fds[i]);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* Four uids filled every slot, and then even root's stats was refused.
 * Slots are kept for admins (here 4 of 20), and a fifth uid gets the
 * longest idle slot of the uids holding the most. When every slot is
 * busy the fifth uid is refused, and root still gets in. */
Test(attack_conn, four_uids_lock_out_neither_root_nor_a_fifth)
{
	const char *extra[] = { "--max-connections", "20", "--admin-connections", "4",
				"--max-connections-per-uid", "4", NULL };
	const uid_t uids[4] = { NOBODY, 1, 2, 3 };
	int fds[4][4], fifth, late;
	int admin;

	start(extra);
	for (int u = 0; u < 4; u++)
		for (int i = 0; i < 4; i++)
			fds[u][i] = connect_as(uids[u]);
	/* all 16 slots of the other uids taken, and idle */
	admin = agt_connect(d.sock);
	cr_assert(ping_ok(admin), "root is let in: %s", agt_log_tail(&d));
	cr_assert_eq(stat_of("connections"), 18); /* 16, admin, stat_of's own */

	fifth = connect_as(4);
	cr_assert(ping_ok(fifth), "a fifth uid is let in: %s", agt_log_tail(&d));
	cr_assert(closed_within(fds[0][0], 2000), "the longest idle of the heaviest made room");
	cr_assert_eq(stat_of("connections_reclaimed"), 1);

	/* now every slot is busy: the next uid waits its turn, root does not */
	for (int u = 0; u < 4; u++)
		for (int i = u == 0 ? 1 : 0; i < 4; i++)
			half_frame(fds[u][i]);
	half_frame(fifth);
	usleep(100000);
	late = connect_as(5);
	cr_assert(closed_within(late, 5000), "refused when no slot is idle");
	close(admin);
	admin = agt_connect(d.sock);
	cr_assert(ping_ok(admin), "root is let in while every slot is busy");
	cr_assert(finish_ping(fifth, 40));
	close(late);
	close(admin);
	close(fifth);
	for (int u = 0; u < 4; u++)
		for (int i = 0; i < 4; i++)
			close(fds[u][i]);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* One uid cannot use the reclaiming to starve another: at the global cap
 * a newcomer takes a slot of its own uid or of a uid holding more, never
 * of one holding fewer. */
Test(attack_conn, no_uid_takes_slots_from_a_lighter_one)
{
	const char *extra[] = { "--max-connections", "20", "--admin-connections", "4",
				"--max-connections-per-uid", "16", NULL };
	int heavy[12], light[4], h_new, l_new, closed = 0;

	start(extra);
	for (int i = 0; i < 12; i++)
		heavy[i] = connect_as(NOBODY);
	usleep(20000);
	for (int i = 0; i < 4; i++)
		light[i] = connect_as(1);
	usleep(20000);

	/* the heavy uid's newcomer: its own longest idle goes */
	h_new = connect_as(NOBODY);
	cr_assert(ping_ok(h_new), "%s", agt_log_tail(&d));
	cr_assert(closed_within(heavy[0], 2000));
	for (int i = 0; i < 4; i++)
		cr_assert(ping_ok(light[i]), "the lighter uid keeps connection %d", i);

	/* the light uid's newcomer: a slot of the heavier uid */
	l_new = connect_as(1);
	cr_assert(ping_ok(l_new), "%s", agt_log_tail(&d));
	for (int i = 1; i < 12; i++)
		closed += closed_within(heavy[i], i == 1 ? 2000 : 0);
	cr_assert_eq(closed, 1, "one more of the heavier uid's slots went");
	for (int i = 0; i < 4; i++)
		cr_assert(ping_ok(light[i]));
	cr_assert_eq(stat_of("connections_reclaimed"), 2);
	close(h_new);
	close(l_new);
	for (int i = 0; i < 12; i++)
		close(heavy[i]);
	for (int i = 0; i < 4; i++)
		close(light[i]);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* ---- item 10: traces ------------------------------------------------ */

/* A frame begun and never finished used to be cut off at read-timeout
 * without a trace in the audit log; every attempt now leaves its row. */
Test(attack_conn, stalled_frame_leaves_an_audit_row)
{
	const char *extra[] = { "--read-timeout", "1", NULL };
	unsigned char h[4];
	int a, b;

	start(extra);
	a = connect_as(NOBODY);
	agate_wire_put_frame_len(h, 50);
	agt_send_all(a, h, 4);
	agt_send_all(a, "\x81", 1);
	b = connect_as(NOBODY);
	half_frame(b);
	cr_assert(closed_within(a, 10000), "cut off after the read timeout");
	cr_assert(closed_within(b, 10000), "cut off after the read timeout");
	close(a);
	close(b);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE op='frame' "
				"AND error='bad_request' AND verdict='block' AND peer_uid=65534 "
				"AND reason LIKE '%read-timeout%'"), 2);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE "
				"reason LIKE '%1 of 50 bytes%'"), 1);
}

/* Lines of the daemon's log from byte offset `from` on that hold `what`. */
static int log_lines_from(long from, const char *what)
{
	FILE *f = fopen(d.log, "r");
	char line[2048];
	int n = 0;

	cr_assert_not_null(f);
	fseek(f, from, SEEK_SET);
	while (fgets(line, sizeof(line), f))
		n += strstr(line, what) != NULL;
	fclose(f);
	return n;
}

static long log_size(void)
{
	struct stat st;

	return stat(d.log, &st) == 0 ? (long)st.st_size : 0;
}

static char mnt[270];
static bool mounted;

/* the test's fini runs before the suite's, which removes the folder */
static void unmount_fs(void)
{
	if (mounted) {
		if (d.pid > 0)
			agt_stop(&d);
		umount2(mnt, MNT_DETACH);
		mounted = false;
	}
}

/* Write zeros to path until the file system is full. */
static void fill(const char *path)
{
	static char block[65536];
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	cr_assert_geq(fd, 0, "%s: %s", path, strerror(errno));
	while (write(fd, block, sizeof block) > 0)
		;
	while (write(fd, block, 512) > 0)
		;
	while (write(fd, block, 1) > 0)
		;
	close(fd);
}

/* During a storage outage every refused request used to log a warning
 * (1,630 lines in 7 s). The log now says when the outage starts and when
 * it ends, with the count of refused requests. Needs a size-limited
 * tmpfs (root): skipped when mount is not permitted. */
Test(attack_conn, storage_outage_logs_changes_not_requests, .fini = unmount_fs)
{
	const char *extra[] = { "--audit", "sync", NULL };
	char filler[400];
	int fd, refused = 0, attempts = 0;
	long mark;
	const agate_value *rep;
	bool ok = false;

	snprintf(mnt, sizeof mnt, "%s/fs", d.dir);
	cr_assert_eq(mkdir(mnt, 0700), 0);
	if (mount("tmpfs", mnt, "tmpfs", 0, "size=8m,mode=0700") != 0)
		cr_skip("cannot mount a tmpfs here (%s); run as root to test an outage",
			strerror(errno));
	mounted = true;
	snprintf(d.db, sizeof d.db, "%s/audit.db", mnt);
	snprintf(filler, sizeof filler, "%s/filler", mnt);
	start(extra);
	fd = agt_connect(d.sock);
	for (int i = 0; i < 10; i++) {
		rep = ask(fd, 1 + (uint64_t)i, "check");
		cr_assert(rep && agt_bool(rep, "ok"));
	}

	mark = log_size();
	fill(filler);
	for (attempts = 0; attempts < 3000 && refused < 400; attempts++) {
		rep = ask(fd, 100 + (uint64_t)attempts, "check");
		cr_assert_not_null(rep, "%s", agt_log_tail(&d));
		if (!agt_bool(rep, "ok")) {
			cr_assert_str_eq(agt_str(rep, "verdict"), "block");
			refused++;
		}
	}
	cr_assert_geq(refused, 400, "the outage refused requests: %s", agt_log_tail(&d));
	cr_assert_eq(unlink(filler), 0);
	for (int i = 0; i < 100 && !ok; i++) {
		rep = ask(fd, 10000 + (uint64_t)i, "check");
		cr_assert_not_null(rep);
		ok = agt_bool(rep, "ok");
		if (!ok)
			usleep(100000);
	}
	cr_assert(ok, "no recovery: %s", agt_log_tail(&d));
	fprintf(stderr, "storage outage: %d requests refused, %d log lines\n", refused,
		log_lines_from(mark, "audit"));
	cr_assert_leq(log_lines_from(mark, " warn ") + log_lines_from(mark, " error "), 6,
		      "one line per change, not per request:\n%s", agt_log_tail(&d));
	cr_assert_eq(log_lines_from(mark, "requests were refused"), 1, "%s", agt_log_tail(&d));
	close(fd);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* harness.c - see harness.h. */
#include "harness.h"

#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <poll.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "schema/wire.h"

static const char *env_or(const char *name, const char *def)
{
	const char *v = getenv(name);
	return v && *v ? v : def;
}

void agt_init(agt_daemon *d, const char *rules_text)
{
	memset(d, 0, sizeof(*d));
	strcpy(d->dir, "/tmp/agate-it-XXXXXX");
	cr_assert_not_null(mkdtemp(d->dir), "mkdtemp: %s", strerror(errno));
	/* the folder must be reachable by the uid tests switch to */
	chmod(d->dir, 0755);
	snprintf(d->sock, sizeof(d->sock), "%s/agated.sock", d->dir);
	snprintf(d->db, sizeof(d->db), "%s/audit.db", d->dir);
	snprintf(d->log, sizeof(d->log), "%s/agated.log", d->dir);
	if (rules_text)
		agt_write_rules(d, rules_text);
}

void agt_write_rules(agt_daemon *d, const char *rules_text)
{
	char tmp[320];
	FILE *f;

	snprintf(d->rules, sizeof(d->rules), "%s/test.rules", d->dir);
	snprintf(tmp, sizeof(tmp), "%s/.test.rules.tmp", d->dir);
	f = fopen(tmp, "w");
	cr_assert_not_null(f);
	fputs(rules_text, f);
	cr_assert_eq(fclose(f), 0);
	cr_assert_eq(rename(tmp, d->rules), 0);
}

const char *agt_log_tail(agt_daemon *d)
{
	static char buf[4096];
	FILE *f = fopen(d->log, "r");
	long size;
	size_t n;

	buf[0] = '\0';
	if (!f)
		return buf;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, size > (long)sizeof(buf) - 1 ? size - (long)sizeof(buf) + 1 : 0, SEEK_SET);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Whether agated's loop answers: a connection alone is queued by the kernel
 * as soon as the socket listens, before the audit log is open, so a test
 * that read the database at once could race the start; a ping's reply
 * comes only from the running loop. */
static bool daemon_answers(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	unsigned char h[4];
	agt_req r;
	bool ok = false;

	if (fd < 0)
		return false;
	memcpy(sa.sun_path, path, strnlen(path, sizeof(sa.sun_path) - 1));
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0)
		goto out;
	agt_req_begin(&r, 3, 0, "ping");
	agate_wire_put_frame_len(h, (uint32_t)r.sb.size);
	ok = send(fd, h, 4, MSG_NOSIGNAL) == 4 &&
	     send(fd, r.sb.data, r.sb.size, MSG_NOSIGNAL) == (ssize_t)r.sb.size;
	msgpack_sbuffer_destroy(&r.sb);
	/* any bytes back will do: the reply's content is each test's business */
	ok = ok && poll(&pfd, 1, 200) == 1 && read(fd, h, 1) == 1;
out:
	close(fd);
	return ok;
}

const char *agt_program(const char *env_name)
{
	const char *p = getenv(env_name);

	if (!p || !*p)
		cr_skip_test("%s is not set (the program was not built)", env_name);
	return p;
}

void agt_slurp(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "r");
	size_t n;

	buf[0] = '\0';
	if (!f)
		return;
	n = fread(buf, 1, cap - 1, f);
	buf[n] = '\0';
	fclose(f);
}

void agt_start(agt_daemon *d, const char *const *extra)
{
	const char *agated = getenv("AGATED");
	const char *argv[64];
	char packs[512];
	size_t n = 0;
	bool frames_given = false;

	cr_assert(agated && *agated, "AGATED is not set (run through meson test)");
	snprintf(packs, sizeof(packs), "%s/default", env_or("AGATE_PACKS", "policy/packs"));
	argv[n++] = agated;
	argv[n++] = "--socket";
	argv[n++] = d->sock;
	argv[n++] = "--db";
	argv[n++] = d->db;
	argv[n++] = "--rules";
	argv[n++] = d->rules[0] ? d->rules : packs;
	for (size_t i = 0; extra && extra[i] && n < 60; i++) {
		if (!strcmp(extra[i], "--frames"))
			frames_given = true;
		argv[n++] = extra[i];
	}
	if (!frames_given) {
		argv[n++] = "--frames";
		argv[n++] = env_or("AGATE_FRAMES", "none");
	}
	argv[n] = NULL;

	pid_t test_pid = getpid();
	d->pid = fork();
	cr_assert_geq(d->pid, 0);
	if (d->pid == 0) {
		/* a test that aborts on a failed assertion never reaches
		 * agt_stop: its daemon ends with it rather than outlive it.
		 * The signal follows the forking thread, and every test
		 * starts its daemons from the test's own thread. */
		if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != test_pid)
			_exit(127);
		int fd = open(d->log, O_WRONLY | O_CREAT | O_APPEND, 0644);
		const char *nofile = getenv("AGT_NOFILE");
		if (nofile) {
			/* for tests of running out of descriptors */
			struct rlimit rl = { (rlim_t)atoi(nofile), (rlim_t)atoi(nofile) };
			setrlimit(RLIMIT_NOFILE, &rl);
		}
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
			close(fd);
		}
		execv(agated, (char *const *)argv);
		_exit(127);
	}
	/* 20 s: a sanitizer build loading the default pack is slow */
	for (time_t until = time(NULL) + 20; time(NULL) < until;) {
		int st;
		if (daemon_answers(d->sock))
			return;
		if (waitpid(d->pid, &st, WNOHANG) == d->pid) {
			d->pid = 0;
			cr_assert_fail("agated exited at start:\n%s", agt_log_tail(d));
		}
		usleep(10000);
	}
	cr_assert_fail("agated did not answer a ping within 20 s:\n%s", agt_log_tail(d));
}

int agt_stop(agt_daemon *d)
{
	int st = 0;

	if (d->pid <= 0)
		return -1;
	kill(d->pid, SIGTERM);
	for (int i = 0; i < 3000; i++) {
		if (waitpid(d->pid, &st, WNOHANG) == d->pid) {
			d->pid = 0;
			return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
		}
		usleep(10000);
	}
	kill(d->pid, SIGKILL);
	waitpid(d->pid, &st, 0);
	d->pid = 0;
	return -1;
}

void agt_cleanup(agt_daemon *d)
{
	char cmd[400];

	if (d->pid > 0)
		agt_stop(d);
	if (d->dir[0] && !getenv("AGATE_KEEP_TMP")) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d->dir);
		(void)!system(cmd);
	}
}

int agt_connect(const char *sock)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	cr_assert_geq(fd, 0);
	memcpy(sa.sun_path, sock, strnlen(sock, sizeof(sa.sun_path) - 1));
	cr_assert_eq(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0,
		     "connect %s: %s", sock, strerror(errno));
	return fd;
}

void agt_send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		cr_assert_gt(n, 0, "send: %s", strerror(errno));
		p += n;
		len -= (size_t)n;
	}
}

void agt_send_frame(int fd, const void *payload, size_t len)
{
	unsigned char h[4];

	agate_wire_put_frame_len(h, (uint32_t)len);
	agt_send_all(fd, h, 4);
	agt_send_all(fd, payload, len);
}

static int read_full(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		ssize_t n = read(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return -EPIPE;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static char recv_err[128];

int agt_recv(int fd, agate_arena *arena, agate_value **out)
{
	unsigned char h[4];
	char *err = recv_err;
	uint32_t n;
	char *buf;
	int e;

	if ((e = read_full(fd, h, 4)))
		return e;
	n = agate_wire_frame_len(h);
	if (n > 64u * 1024 * 1024)
		return -EPROTO;
	buf = malloc(n ? n : 1);
	if (!buf)
		return -ENOMEM;
	e = read_full(fd, buf, n);
	if (!e)
		e = agate_wire_decode(buf, n, 64, arena, out, err, sizeof(recv_err));
	free(buf);
	return e;
}

void agt_req_begin(agt_req *r, uint32_t n, uint64_t id, const char *op)
{
	msgpack_sbuffer_init(&r->sb);
	msgpack_packer_init(&r->pk, &r->sb, msgpack_sbuffer_write);
	msgpack_pack_map(&r->pk, n);
	agt_kint(r, "v", 1);
	agt_kint(r, "id", (int64_t)id);
	agt_kstr(r, "op", op);
}

void agt_kstr(agt_req *r, const char *k, const char *v)
{
	agate_wire_pack_cstr(&r->pk, k);
	agate_wire_pack_cstr(&r->pk, v);
}

void agt_kint(agt_req *r, const char *k, int64_t v)
{
	agate_wire_pack_cstr(&r->pk, k);
	msgpack_pack_int64(&r->pk, v);
}

void agt_kbool(agt_req *r, const char *k, bool v)
{
	agate_wire_pack_cstr(&r->pk, k);
	if (v)
		msgpack_pack_true(&r->pk);
	else
		msgpack_pack_false(&r->pk);
}

void agt_kargs_cmd(agt_req *r, const char *cmd)
{
	agate_wire_pack_cstr(&r->pk, "args");
	msgpack_pack_map(&r->pk, 1);
	agt_kstr(r, "command", cmd);
}

void agt_req_send(agt_req *r, int fd)
{
	agt_send_frame(fd, r->sb.data, r->sb.size);
	msgpack_sbuffer_destroy(&r->sb);
}

void agt_send_check(int fd, uint64_t id, const char *agent, const char *session,
		    const char *tool, const char *command)
{
	agt_req r;

	agt_req_begin(&r, 7, id, "check");
	agt_kstr(&r, "agent", agent);
	agt_kstr(&r, "session", session);
	agt_kstr(&r, "tool", tool);
	agt_kargs_cmd(&r, command);
	agt_req_send(&r, fd);
}

const char *agt_str(const agate_value *m, const char *key)
{
	const agate_value *v = agate_value_get(m, key, strlen(key));
	return v && v->type == AGATE_STR ? v->as.str.ptr : NULL;
}

int64_t agt_int(const agate_value *m, const char *key)
{
	const agate_value *v = agate_value_get(m, key, strlen(key));
	return v && v->type == AGATE_INT ? v->as.integer : -1;
}

bool agt_bool(const agate_value *m, const char *key)
{
	const agate_value *v = agate_value_get(m, key, strlen(key));
	return v && v->type == AGATE_BOOL && v->as.boolean;
}

agate_value *agt_call(agt_daemon *d, agate_arena *a, agt_req *r)
{
	int fd = agt_connect(d->sock);
	agate_value *out = NULL;
	int e;

	agt_req_send(r, fd);
	e = agt_recv(fd, a, &out);
	close(fd);
	cr_assert_eq(e, 0, "no reply: %s (%s)\n%s", strerror(-e), recv_err, agt_log_tail(d));
	return out;
}

const agate_value *agt_check_alone(agt_daemon *d, agate_arena *a, int fd, uint64_t id,
				   const char *agent, const char *command)
{
	char session[96];
	agate_value *rep = NULL;
	int rc;

	snprintf(session, sizeof(session), "%.64s-%llu", agent, (unsigned long long)id);
	agt_send_check(fd, id, agent, session, "bash", command);
	rc = agt_recv(fd, a, &rep);
	cr_assert_eq(rc, 0, "recv %d, log: %s", rc, agt_log_tail(d));
	cr_assert(agt_bool(rep, "ok"), "check refused: %s", agt_str(rep, "error"));
	return rep;
}

static sqlite3 *db_open(agt_daemon *d)
{
	sqlite3 *db = NULL;

	cr_assert_eq(sqlite3_open_v2(d->db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK,
		     "open %s", d->db);
	sqlite3_busy_timeout(db, 5000);
	return db;
}

int64_t agt_db_int(agt_daemon *d, const char *sql)
{
	sqlite3 *db = db_open(d);
	sqlite3_stmt *st = NULL;
	int64_t v = -1;

	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s",
		     sql, sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

const char *agt_db_text(agt_daemon *d, const char *sql, char *buf, size_t cap)
{
	sqlite3 *db = db_open(d);
	sqlite3_stmt *st = NULL;

	cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s",
		     sql, sqlite3_errmsg(db));
	buf[0] = '\0'; /* sql may be buf: cleared only once compiled */
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return buf;
}

int agt_as_uid(uid_t uid, gid_t gid, int (*fn)(void *), void *arg)
{
	pid_t pid = fork();
	int st;

	cr_assert_geq(pid, 0);
	if (pid == 0) {
		if (setgroups(0, NULL) != 0 && errno != EPERM)
			_exit(120);
		if (setgid(gid) != 0 || setuid(uid) != 0)
			_exit(121);
		_exit(fn(arg));
	}
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

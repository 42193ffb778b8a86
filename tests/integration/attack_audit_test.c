/* attack_audit_test.c - the attacks on the audit log, replayed against a
 * real agated as the issue wrote them:
 *
 * - SIGKILL under load in async mode: the verdicts lost are bounded by
 *   the async window (never more than --audit-window acknowledged rows
 *   per kill), and an audit id a client received is never handed out
 *   again: after the restart every id it holds names its own row or lies
 *   in a documented gap, which verify accepts while it still finds a
 *   deleted row;
 * - one agent reading another's secrets from the audit database: started
 *   from a shell under umask 022, the database and its -wal and -shm
 *   files are readable neither by everyone nor by the socket's group (the
 *   agents'), only by the daemon's user and the auditors' group.
 *
 * docs/security.md says how each is stopped. */
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "policy/base/arena.h"
#include "schema/auditdb.h"

static const char rules[] =
	"default allow\n"
	"rule @no_rm_root\n"
	"  trigger bash\n"
	"  check args.command contains \"rm -rf /\"\n"
	"  enforce block \"recursive delete of /\"\n"
	"end\n";

static agt_daemon d;
static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 24);
	cr_assert_not_null(arena);
	agt_init(&d, rules);
}

static void teardown(void)
{
	agt_cleanup(&d);
	agate_arena_free(arena);
}

TestSuite(attack_audit, .init = setup, .fini = teardown, .timeout = 300);

/* ---- item 5: SIGKILL under load in async mode --------------------------- */

#define CONNS 8
#define DEPTH 32
#define LIVES 5
#define MAXACK 400000

/* What a client was told: audit id `audit_id` for its request `req`. */
typedef struct ack {
	int64_t audit_id;
	int64_t req;
	int life;
} ack;

static ack acks[MAXACK];
static int nacks;

/* Send a whole check; false when the daemon is gone (after the kill). */
static bool send_check(int fd, uint64_t id, const char *command)
{
	agt_req r;
	const char *p;
	size_t len;
	unsigned char h[4];
	bool ok = true;

	agt_req_begin(&r, 7, id, "check");
	agt_kstr(&r, "agent", "load_agent");
	agt_kstr(&r, "session", "s1");
	agt_kstr(&r, "tool", "bash");
	agt_kargs_cmd(&r, command);
	h[0] = (unsigned char)(r.sb.size >> 24);
	h[1] = (unsigned char)(r.sb.size >> 16);
	h[2] = (unsigned char)(r.sb.size >> 8);
	h[3] = (unsigned char)r.sb.size;
	for (int part = 0; part < 2 && ok; part++) {
		p = part ? r.sb.data : (const char *)h;
		len = part ? r.sb.size : 4;
		while (len) {
			ssize_t n = send(fd, p, len, MSG_NOSIGNAL);

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				ok = false;
				break;
			}
			p += n;
			len -= (size_t)n;
		}
	}
	msgpack_sbuffer_destroy(&r.sb);
	return ok;
}

/* Read one reply; remember it when it promised a row. false at EOF. */
static bool recv_reply(int fd, int life)
{
	agate_value *rep = NULL;
	int64_t id, req;

	if (agt_recv(fd, arena, &rep) != 0)
		return false;
	id = agt_int(rep, "audit_id");
	req = agt_int(rep, "id");
	if (agt_bool(rep, "ok") && id > 0) {
		cr_assert_lt(nacks, MAXACK);
		acks[nacks++] = (ack){ id, req, life };
	}
	return true;
}

/* One life of agated under load: CONNS connections pipelining DEPTH
 * checks each, round after round; in round `kill_round` agated is killed
 * while requests are in flight, and every reply that still arrives is
 * read. kill_round < 0: five rounds and no kill. */
static void life_under_load(int life, int kill_round, uint64_t *next)
{
	static const char *const commands[] = {
		"ls -la", "rm -rf /", "git status", "cat README", "make test",
	};
	int fds[CONNS], st;

	for (int c = 0; c < CONNS; c++)
		fds[c] = agt_connect(d.sock);
	for (int round = 0; round <= (kill_round < 0 ? 4 : kill_round); round++) {
		for (int c = 0; c < CONNS; c++)
			for (int k = 0; k < DEPTH; k++, (*next)++)
				(void)send_check(fds[c], *next, commands[*next % 5]);
		if (round == kill_round) {
			usleep((useconds_t)(rand() % 3000));
			cr_assert_eq(kill(d.pid, SIGKILL), 0);
			cr_assert_eq(waitpid(d.pid, &st, 0), d.pid);
			d.pid = 0;
			for (int c = 0; c < CONNS; c++)
				while (recv_reply(fds[c], life))
					;
			break;
		}
		for (int c = 0; c < CONNS; c++)
			for (int k = 0; k < DEPTH; k++)
				cr_assert(recv_reply(fds[c], life), "agated died: %s", agt_log_tail(&d));
		agate_arena_reset(arena);
	}
	for (int c = 0; c < CONNS; c++)
		close(fds[c]);
	agate_arena_reset(arena);
}

/* The gap rows' ranges, loaded once. */
#define MAXGAPS 64
static struct { int64_t row, first, last; } gaps[MAXGAPS];
static int ngaps;

static void load_gaps(sqlite3 *db)
{
	sqlite3_stmt *st = NULL;

	ngaps = 0;
	cr_assert_eq(sqlite3_prepare_v2(db,
		"SELECT id, json_extract(args_json, '$.first_id'), json_extract(args_json, '$.last_id')"
		" FROM verdicts WHERE kind = 'gap' ORDER BY id", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW && ngaps < MAXGAPS) {
		gaps[ngaps].row = sqlite3_column_int64(st, 0);
		gaps[ngaps].first = sqlite3_column_int64(st, 1);
		gaps[ngaps].last = sqlite3_column_int64(st, 2);
		ngaps++;
	}
	sqlite3_finalize(st);
}

/* The gap row that documents id, or 0. */
static int64_t gap_for(int64_t id)
{
	for (int i = 0; i < ngaps; i++)
		if (gaps[i].first <= id && id <= gaps[i].last)
			return gaps[i].row;
	return 0;
}

/* Every id a client was told names that client's row, or lies in a gap
 * row's range; returns the most lost in one life. */
static int check_acks(int lives)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int lost[LIVES + 1] = { 0 }, most = 0, total = 0;

	cr_assert_eq(sqlite3_open_v2(d.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	load_gaps(db);
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT request_id, kind FROM verdicts WHERE id = ?",
					-1, &st, NULL), SQLITE_OK);
	for (int i = 0; i < nacks; i++) {
		sqlite3_bind_int64(st, 1, acks[i].audit_id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			int64_t req = sqlite3_column_int64(st, 0);

			cr_assert_eq(req, acks[i].req,
				     "audit id %lld was given to request %lld, but its row is request %lld's (%s): "
				     "the id was handed out twice",
				     (long long)acks[i].audit_id, (long long)acks[i].req, (long long)req,
				     sqlite3_column_text(st, 1));
		} else {
			cr_assert_gt(gap_for(acks[i].audit_id), 0,
				     "audit id %lld (request %lld) is neither in the log nor in a documented gap",
				     (long long)acks[i].audit_id, (long long)acks[i].req);
			lost[acks[i].life]++;
			total++;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	for (int l = 0; l < lives; l++)
		most = lost[l] > most ? lost[l] : most;
	cr_log_info("%d acknowledged verdicts over %d kills, %d lost, at most %d in one kill",
		    nacks, lives, total, most);
	return most;
}

static agate_auditdb_verify_result verify_file(const char *path)
{
	agate_auditdb *db = NULL;
	agate_auditdb_verify_result res;
	char err[256] = "";

	cr_assert_eq(agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0,
		     "%s", err);
	cr_assert_eq(agate_auditdb_verify(db, &res), 0);
	agate_auditdb_close(db);
	return res;
}

static void exec_sql(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	char *msg = NULL;

	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, &msg), SQLITE_OK, "%s: %s", sql, msg);
	sqlite3_close(db);
}

/* Lives under load, each ended by SIGKILL, then one clean life. */
static void kill_lives(const char *const *extra)
{
	uint64_t next = 1;

	srand((unsigned)getpid());
	nacks = 0;
	for (int life = 0; life < LIVES; life++) {
		agt_start(&d, extra);
		life_under_load(life, 20 + rand() % 20, &next);
	}
	/* the last life ends cleanly, with verdicts of its own */
	agt_start(&d, extra);
	life_under_load(LIVES, -1, &next);
}

/* The attack: SIGKILL under load in async mode, five times, with
 * the defaults. Every audit id a client got names its row or a gap. */
Test(attack_audit, async_kill_never_reuses_an_audit_id)
{
	const char *const extra[] = { "--audit", "async", NULL };
	agate_auditdb_verify_result res;

	kill_lives(extra);
	/* the last life stops cleanly: its acknowledged rows are then on disk */
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_leq(check_acks(LIVES + 1), 4096, "more lost in one kill than the window holds");
	res = verify_file(d.db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.gaps, LIVES, "every kill leaves one documented gap");
}

/* The loss is bounded by the window by construction: with a flush time
 * far beyond the test (so only the count flushes) a kill loses at most
 * --audit-window acknowledged rows; beyond it the gate answers
 * overloaded. */
Test(attack_audit, async_kill_loses_at_most_the_window)
{
	const char *const extra[] = {
		"--audit", "async", "--audit-flush-ms", "60000", "--audit-window", "64", NULL,
	};

	kill_lives(extra);
	/* the last life stops cleanly; until then up to a window of its
	 * acknowledged rows may wait for the 60 s flush */
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	cr_assert_leq(check_acks(LIVES + 1), 64, "more lost in one kill than the window holds");
}

/* A gap after a crash verifies as a documented gap; a deleted row still
 * fails verify, and so does the gap row itself deleted. */
Test(attack_audit, gap_verifies_and_deletions_are_found)
{
	const char *const extra[] = { "--audit", "async", NULL };
	agate_auditdb_verify_result res;
	char copy[400], sql[600];
	int64_t gap, mid;

	kill_lives(extra);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
	res = verify_file(d.db);
	cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
	cr_assert_eq(res.gaps, LIVES);
	cr_assert_gt(res.gap_ids, 0);

	/* agatectl says so too, and exits 0 */
	if (getenv("AGATECTL")) {
		char cmd[700], out[512] = "";
		FILE *p;

		snprintf(cmd, sizeof cmd, "'%s' audit verify --db '%s'", getenv("AGATECTL"), d.db);
		p = popen(cmd, "r");
		cr_assert_not_null(p);
		(void)!fread(out, 1, sizeof out - 1, p);
		cr_assert_eq(pclose(p), 0, "%s", out);
		cr_assert_not_null(strstr(out, "gap"), "%s", out);
	}

	gap = agt_db_int(&d, "SELECT min(id) FROM verdicts WHERE kind = 'gap'");
	mid = agt_db_int(&d, "SELECT id FROM verdicts WHERE kind = 'verdict' "
			     "ORDER BY id LIMIT 1 OFFSET 100");
	cr_assert_gt(gap, 0);
	cr_assert_gt(mid, 0);

	/* a deleted verdict in the middle */
	snprintf(copy, sizeof copy, "%s/copy1.db", d.dir);
	snprintf(sql, sizeof sql, "VACUUM INTO '%s'", copy);
	exec_sql(d.db, sql);
	snprintf(sql, sizeof sql, "DELETE FROM verdicts WHERE id = %lld", (long long)mid);
	exec_sql(copy, sql);
	res = verify_file(copy);
	cr_assert_neq(res.problem, AGATE_AUDITDB_OK, "a deleted row verified");

	/* the gap row deleted: the ids it explained are missing again */
	snprintf(copy, sizeof copy, "%s/copy2.db", d.dir);
	snprintf(sql, sizeof sql, "VACUUM INTO '%s'", copy);
	exec_sql(d.db, sql);
	snprintf(sql, sizeof sql, "DELETE FROM verdicts WHERE id = %lld", (long long)gap);
	exec_sql(copy, sql);
	res = verify_file(copy);
	cr_assert_neq(res.problem, AGATE_AUDITDB_OK, "a deleted gap row verified");
}

/* ---- item 8: the right to ask is not the right to read ------------------ */

static const char *const suffixes[] = { "", "-wal", "-shm" };

typedef struct probe {
	const char *db;
	const char *sock;
} probe;

/* In the agent's uid: asking works, reading the log does not. Exit
 * codes: 0 as expected, 10+i when file i could be opened, 20 when the
 * gate did not answer. */
static int agent_probe(void *arg)
{
	probe *p = arg;
	char path[400];
	int fd;

	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", p->db, suffixes[i]);
		fd = open(path, O_RDONLY);
		if (fd >= 0)
			return 10 + i;
	}
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	{
		struct sockaddr_un sa = { .sun_family = AF_UNIX };
		agate_arena *a = agate_arena_new(1 << 16);
		agate_value *rep = NULL;

		snprintf(sa.sun_path, sizeof sa.sun_path, "%s", p->sock);
		if (!a || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
			return 20;
		agt_send_check(fd, 1, "agent_b", "s9", "bash", "ls");
		if (agt_recv(fd, a, &rep) != 0 || !agt_bool(rep, "ok"))
			return 21;
	}
	return 0;
}

/* In an auditor's uid: the rows can be read. 0 when they can. */
static int auditor_probe(void *arg)
{
	probe *p = arg;
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int n = -1;

	if (sqlite3_open_v2(p->db, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return 30;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM verdicts WHERE args_json LIKE '%hunter2%'",
			       -1, &st, NULL) != SQLITE_OK)
		return 31;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n > 0 ? 0 : 32;
}

/* One agent's secret in the log. */
static void leave_a_secret(void)
{
	agt_req r;
	agate_value *rep;

	agt_req_begin(&r, 7, 1, "check");
	agt_kstr(&r, "agent", "agent_a");
	agt_kstr(&r, "session", "s1");
	agt_kstr(&r, "tool", "bash");
	agt_kargs_cmd(&r, "mysql -u root --password=hunter2 -e 'select 1'");
	rep = agt_call(&d, arena, &r);
	cr_assert(agt_bool(rep, "ok"), "%s", agt_log_tail(&d));
}

static void stat_files(struct stat st[3])
{
	char path[400];

	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", d.db, suffixes[i]);
		cr_assert_eq(stat(path, &st[i]), 0, "%s: %s", path, strerror(errno));
	}
}

/* Started from a shell with umask 022: the database and its -wal and -shm
 * are readable by no one else and not by the socket's group; an agent
 * (another uid in the socket's group) may ask but cannot open them. */
Test(attack_audit, agents_cannot_read_the_log)
{
	struct stat st[3], sock;
	probe p = { d.db, d.sock };
	mode_t old = umask(022);
	int rc;

	agt_start(&d, NULL);
	umask(old);
	leave_a_secret();
	cr_assert_eq(stat(d.sock, &sock), 0);
	stat_files(st);
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(st[i].st_mode & 0007, 0, "audit.db%s is world-accessible (%o)",
			     suffixes[i], st[i].st_mode & 0777);
		if (st[i].st_gid == sock.st_gid)
			cr_assert_eq(st[i].st_mode & 0070, 0,
				     "audit.db%s is readable by the socket's group (%o)",
				     suffixes[i], st[i].st_mode & 0777);
	}
	/* an agent: another uid, in the socket's group */
	rc = agt_as_uid(65534, sock.st_gid, agent_probe, &p);
	cr_assert_eq(rc, 0, "agent probe: %d (10-12: it opened audit.db%s)", rc,
		     rc >= 10 && rc <= 12 ? suffixes[rc - 10] : "");
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

/* With an auditors' group: the files belong to it, mode 0640; an auditor
 * reads the rows, an agent in the socket's group still cannot. */
Test(attack_audit, auditors_read_agents_do_not)
{
	struct stat st[3], sock;
	probe p = { d.db, d.sock };
	const struct group *g = getgrnam("adm");
	const char *extra[] = { "--audit-group", NULL, NULL };
	mode_t old = umask(022);
	gid_t auditors;
	int rc;

	if (!g)
		g = getgrnam("daemon");
	cr_assert_not_null(g, "no group to stand for the auditors");
	auditors = g->gr_gid;
	extra[1] = g->gr_name;
	agt_start(&d, extra);
	umask(old);
	leave_a_secret();
	cr_assert_eq(stat(d.sock, &sock), 0);
	cr_assert_neq(sock.st_gid, auditors);
	stat_files(st);
	for (int i = 0; i < 3; i++) {
		cr_assert_eq(st[i].st_gid, auditors, "audit.db%s group %u", suffixes[i],
			     (unsigned)st[i].st_gid);
		cr_assert_eq(st[i].st_mode & 0777, 0640, "audit.db%s mode %o", suffixes[i],
			     st[i].st_mode & 0777);
	}
	rc = agt_as_uid(65534, auditors, auditor_probe, &p);
	cr_assert_eq(rc, 0, "an auditor cannot read the log: %d", rc);
	rc = agt_as_uid(65534, sock.st_gid, agent_probe, &p);
	cr_assert_eq(rc, 0, "agent probe: %d", rc);
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));
}

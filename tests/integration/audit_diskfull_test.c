/* The audit database's file system fills up: agated blocks every check
 * with error audit_unavailable (never an allow without a row), says so in
 * its log, and recovers by itself once space returns; the rows of the
 * checks it refused while failing after acceptance are written then, as
 * the blocks the clients got, and the chain verifies.
 *
 * Needs a size-limited tmpfs: skipped when mount is not permitted. */
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "policy/base/arena.h"
#include "schema/auditdb.h"

/* A small rule set of our own: these tests are about the audit log. */
static const char rules[] =
	"default allow\n"
	"rule @no_rm_root\n"
	"  trigger bash\n"
	"  check args.command contains \"rm -rf /\"\n"
	"  enforce block \"recursive delete of /\"\n"
	"end\n";

static char mnt[270];
static bool mounted;

static void unmount(void)
{
	if (mounted) {
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
	for (;;) {
		ssize_t n = write(fd, block, sizeof block);

		if (n <= 0)
			break;
	}
	/* and the last few bytes */
	while (write(fd, block, 512) > 0)
		;
	while (write(fd, block, 1) > 0)
		;
	close(fd);
}

typedef struct outcome {
	bool ok;
	const char *verdict;
	const char *error;
} outcome;

static outcome check(agt_daemon *d, agate_arena *arena, uint64_t id)
{
	int fd = agt_connect(d->sock);
	agate_value *rep = NULL;
	outcome o;

	agt_send_check(fd, id, "disk_agent", "s1", "bash", "ls -la");
	cr_assert_eq(agt_recv(fd, arena, &rep), 0, "%s", agt_log_tail(d));
	close(fd);
	o.ok = agt_bool(rep, "ok");
	o.verdict = agt_str(rep, "verdict");
	o.error = agt_str(rep, "error");
	return o;
}

Test(audit_diskfull, blocks_while_full_and_recovers, .timeout = 300, .fini = unmount)
{
	agt_daemon d;
	agate_arena *arena = agate_arena_new(1 << 20);
	char filler[450];
	const char *const extra[] = { "--audit", "sync", NULL };
	outcome o;
	uint64_t id = 1;
	int refused = 0, i;

	cr_assert_not_null(arena);
	agt_init(&d, rules);
	snprintf(mnt, sizeof mnt, "%s/fs", d.dir);
	cr_assert_eq(mkdir(mnt, 0700), 0);
	if (mount("tmpfs", mnt, "tmpfs", 0, "size=8m,mode=0700") != 0) {
		agt_cleanup(&d);
		cr_skip("cannot mount a tmpfs here (%s); run as root to test a full disk",
			strerror(errno));
	}
	mounted = true;
	snprintf(d.db, sizeof d.db, "%s/audit.db", mnt);
	snprintf(filler, sizeof filler, "%s/filler", mnt);

	agt_start(&d, extra);
	for (i = 0; i < 10; i++, id++) {
		o = check(&d, arena, id);
		cr_assert(o.ok, "before the disk fills: %s", agt_log_tail(&d));
		agate_arena_reset(arena);
	}

	/* fill the disk: the next checks must be refused, never allowed */
	fill(filler);
	for (i = 0; i < 40 && refused < 5; i++, id++) {
		o = check(&d, arena, id);
		if (!o.ok || (o.verdict && strcmp(o.verdict, "allow") != 0)) {
			cr_assert(!o.ok, "a failed audit write is an error reply");
			cr_assert_str_eq(o.error ? o.error : "", "audit_unavailable");
			cr_assert(!o.verdict || strcmp(o.verdict, "allow") != 0);
			refused++;
		}
		agate_arena_reset(arena);
	}
	cr_assert_geq(refused, 5, "checks kept being answered with the disk full: %s",
		      agt_log_tail(&d));
	cr_assert_not_null(strstr(agt_log_tail(&d), "audit"), "the log says why: %s",
			   agt_log_tail(&d));

	/* space returns: agated recovers without a restart */
	cr_assert_eq(unlink(filler), 0);
	for (i = 0; i < 100; i++, id++) {
		o = check(&d, arena, id);
		agate_arena_reset(arena);
		if (o.ok)
			break;
		usleep(100000);
	}
	cr_assert(o.ok, "no recovery after space returned: %s", agt_log_tail(&d));
	for (i = 0; i < 5; i++, id++) {
		o = check(&d, arena, id);
		cr_assert(o.ok);
		agate_arena_reset(arena);
	}
	cr_assert_eq(agt_stop(&d), 0, "%s", agt_log_tail(&d));

	/* what was accepted before the failure was kept and written, labelled
	 * as the block its client received */
	cr_assert_geq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE error = 'audit_unavailable'"
				     " AND verdict = 'block'"), 1);
	cr_assert_eq(agt_db_int(&d, "SELECT count(*) FROM verdicts WHERE verdict = 'allow'"
				    " AND error IS NOT NULL"), 0);
	{
		agate_auditdb *db = NULL;
		agate_auditdb_verify_result res;
		char err[256] = "";

		cr_assert_eq(agate_auditdb_open(d.db, AGATE_AUDITDB_READONLY, &db, err, sizeof err), 0, "%s", err);
		cr_assert_eq(agate_auditdb_verify(db, &res), 0);
		cr_assert_eq(res.problem, AGATE_AUDITDB_OK, "%s", res.message);
		agate_auditdb_close(db);
	}
	unmount();
	agate_arena_free(arena);
	agt_cleanup(&d);
}

/* sink_sqlite.c - the audit sink on the local SQLite database.
 *
 * Checkpoints: copying the WAL into the database file, with its fsyncs,
 * took tens of milliseconds on the writer's thread every few thousand
 * pages, and every record waiting in sync mode waited for it. The bulk
 * of that work now runs on a thread of its own (its own connection,
 * PASSIVE, so it never blocks a commit). Only a checkpoint run by the
 * writer itself, between two of its commits, lets the next transaction
 * start the WAL over, so once the background one has finished the writer
 * runs one more after its next commit; it finds only the frames of the
 * commits made meanwhile to copy (at most CKPT_CATCHUP: when more came
 * in, the background thread makes another pass first), but it still
 * syncs the WAL and the database, so it runs only once that commit's
 * replies have been sent (sq_after), never between a commit and its
 * replies.
 */
#include "daemon/sink.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

typedef struct sqlite_sink {
	agate_sink base;
	char *path;
	unsigned flags;
	agate_auditdb_access acc;
	bool have_acc;
	agate_auditdb *db;
	dev_t dev;
	ino_t ino;
	/* -wal and -shm as opened: removed with a removed database */
	dev_t side_dev[2];
	ino_t side_ino[2];
	bool have_side[2];
	/* The chain as this sink last committed it, to continue it when the
	 * file has gone away. */
	uint64_t last_id, reserved;
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	bool have_head;

	/* the background checkpointer; ck_state guarded by ck_mu */
	pthread_t ck_thread;
	bool ck_running;           /* thread started (writer thread only) */
	pthread_mutex_t ck_mu;
	pthread_cond_t ck_cond;
	enum { CK_IDLE, CK_WANTED, CK_BUSY, CK_DONE } ck_state;
	bool ck_stop;
	int64_t ck_last_ms;        /* when the last one was asked for */
	int ck_copied;             /* WAL frames the last one left copied; -1 failed */
	bool ck_after;             /* the writer checkpoints after this commit */
} sqlite_sink;

/* WAL frames that start a background checkpoint, at most one per
 * CKPT_GAP_MS unless the WAL reaches four times that (a checkpoint costs
 * two fsyncs whatever it copies: bulk writing would otherwise pay them
 * every few commits), and the size at which the writer checkpoints
 * itself whatever the background one is doing */
#define CKPT_PAGES 4000
#define CKPT_GAP_MS 100
#define CKPT_HARD 32000
/* the most frames the writer copies itself to finish a cycle: more left
 * after a background pass, and another pass runs first */
#define CKPT_CATCHUP 256

static void *checkpointer(void *arg)
{
	sqlite_sink *s = arg;

	pthread_mutex_lock(&s->ck_mu);
	for (;;) {
		sqlite3 *db = NULL;
		int copied = -1;

		while (s->ck_state != CK_WANTED && !s->ck_stop)
			pthread_cond_wait(&s->ck_cond, &s->ck_mu);
		if (s->ck_stop)
			break;
		s->ck_state = CK_BUSY;
		pthread_mutex_unlock(&s->ck_mu);
		/* A connection per run: it follows the file at path, also
		 * after the sink re-created a removed one. No CREATE: a
		 * vanished file is the writer's business. */
		if (sqlite3_open_v2(s->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				    NULL) == SQLITE_OK &&
		    /* A new connection has not opened the WAL: its checkpoint
		     * would find nothing to copy and return at once, leaving
		     * the whole cycle to the writer. One read opens it. */
		    sqlite3_exec(db, "SELECT count(*) FROM meta", NULL, NULL, NULL) == SQLITE_OK) {
			/* synchronous as the writer's: FULL syncs like NORMAL
			 * at a checkpoint, so the default is right for both */
			if (sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_PASSIVE,
						      NULL, &copied) != SQLITE_OK)
				copied = -1;
		}
		sqlite3_close_v2(db);
		pthread_mutex_lock(&s->ck_mu);
		s->ck_copied = copied;
		s->ck_state = CK_DONE;
	}
	pthread_mutex_unlock(&s->ck_mu);
	return NULL;
}

static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Called by sqlite on the writer's thread after every commit, with the
 * number of frames in the WAL, before the commit returns: a checkpoint
 * run here would hold up the replies waiting for the commit. So it only
 * decides; sq_after runs the writer's own checkpoint once those replies
 * are on their way. Errors of a checkpoint are not the commit's: the
 * next one tries again. */
static int wal_hook(void *ud, sqlite3 *db, const char *name, int npages)
{
	sqlite_sink *s = ud;
	bool inline_ckpt = !s->ck_running || npages >= CKPT_HARD;

	(void)db;
	(void)name;
	if (s->ck_running) {
		pthread_mutex_lock(&s->ck_mu);
		if (s->ck_state == CK_DONE && s->ck_copied >= 0 &&
		    npages - s->ck_copied > CKPT_CATCHUP) {
			/* more came while it ran than the writer should
			 * copy itself: another pass in the background */
			s->ck_state = CK_WANTED;
			pthread_cond_signal(&s->ck_cond);
		} else if (s->ck_state == CK_DONE) {
			s->ck_state = CK_IDLE;
			inline_ckpt = true;
		} else if (s->ck_state == CK_IDLE && npages >= CKPT_PAGES &&
			   (npages >= 4 * CKPT_PAGES || mono_ms() - s->ck_last_ms >= CKPT_GAP_MS)) {
			s->ck_state = CK_WANTED;
			s->ck_last_ms = mono_ms();
			pthread_cond_signal(&s->ck_cond);
		}
		pthread_mutex_unlock(&s->ck_mu);
	}
	if (inline_ckpt && (s->ck_running || npages >= 4000))
		s->ck_after = true;
	return SQLITE_OK;
}

/* The writer's own checkpoint, after the commit's replies (sink.h). */
static void sq_after(agate_sink *base)
{
	sqlite_sink *s = (sqlite_sink *)base;

	if (!s->ck_after || !s->db)
		return;
	s->ck_after = false;
	(void)sqlite3_wal_checkpoint_v2(agate_auditdb_sqlite(s->db), NULL,
					SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
}

static void watch_wal(sqlite_sink *s)
{
	/* replaces the connection's own autocheckpoint */
	sqlite3_wal_hook(agate_auditdb_sqlite(s->db), wal_hook, s);
}

static void ck_stop(sqlite_sink *s)
{
	if (!s->ck_running)
		return;
	pthread_mutex_lock(&s->ck_mu);
	s->ck_stop = true;
	pthread_cond_signal(&s->ck_cond);
	pthread_mutex_unlock(&s->ck_mu);
	pthread_join(s->ck_thread, NULL);
	s->ck_running = false;
}

static int64_t now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static const char *const sides[2] = { "-wal", "-shm" };

static int remember_file(sqlite_sink *s, char *err, size_t errcap)
{
	struct stat st;
	char side[PATH_MAX + 8];

	if (stat(s->path, &st) != 0) {
		snprintf(err, errcap, "%s: %s", s->path, strerror(errno));
		return -errno;
	}
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	for (int i = 0; i < 2; i++) {
		snprintf(side, sizeof side, "%s%s", s->path, sides[i]);
		s->have_side[i] = stat(side, &st) == 0;
		s->side_dev[i] = st.st_dev;
		s->side_ino[i] = st.st_ino;
	}
	return 0;
}

/* The database file went away under us: its -wal and -shm, still there
 * because the connection keeps them, belong to it, not to the database
 * the next append creates (whose first open would replay that WAL). */
static void forget_sides(sqlite_sink *s)
{
	char side[PATH_MAX + 8];
	struct stat st;

	for (int i = 0; i < 2; i++) {
		snprintf(side, sizeof side, "%s%s", s->path, sides[i]);
		if (s->have_side[i] && stat(side, &st) == 0 && st.st_dev == s->side_dev[i] &&
		    st.st_ino == s->side_ino[i])
			(void)unlink(side);
		s->have_side[i] = false;
	}
}

/* Keep -wal and -shm when the connection closes: they were made with
 * the database's group and mode (agate_auditdb_open_as), a file SQLite
 * made later would get the maker's group, and without them auditors who
 * may only read cannot open the database while agated is stopped. A
 * clean close truncates the WAL first (sq_sync). */
static void persist_sides(sqlite_sink *s)
{
	int persist = 1;

	(void)sqlite3_file_control(agate_auditdb_sqlite(s->db), "main",
				   SQLITE_FCNTL_PERSIST_WAL, &persist);
}

static int open_db(sqlite_sink *s, char *err, size_t errcap)
{
	if (s->have_acc)
		return agate_auditdb_open_as(s->path, s->flags, &s->acc, &s->db, err, errcap);
	return agate_auditdb_open(s->path, s->flags, &s->db, err, errcap);
}

static int sq_open(agate_sink *base, uint64_t *last_id, uint64_t *reserved,
		   char *err, size_t errcap)
{
	sqlite_sink *s = (sqlite_sink *)base;
	int rc = open_db(s, err, errcap);

	if (rc < 0)
		return rc;
	if ((rc = remember_file(s, err, errcap)) < 0) {
		agate_auditdb_close(s->db);
		s->db = NULL;
		return rc;
	}
	agate_auditdb_head(s->db, &s->last_id, s->link);
	s->reserved = agate_auditdb_reserved(s->db);
	s->have_head = true;
	persist_sides(s);
	*last_id = s->last_id;
	*reserved = s->reserved;
	/* without the thread, the hook checkpoints inline as sqlite would */
	s->ck_running = pthread_create(&s->ck_thread, NULL, checkpointer, s) == 0;
	watch_wal(s);
	return 0;
}

/* The file at path is still the one we write to. A removed database
 * would otherwise swallow rows into an unlinked inode. */
static bool same_file(sqlite_sink *s)
{
	struct stat st;

	return stat(s->path, &st) == 0 && st.st_dev == s->dev && st.st_ino == s->ino;
}

/* After the file went away: open (creating) it again and carry the chain
 * on, or refuse a database that holds some other chain. */
static int reopen(sqlite_sink *s, char *err, size_t errcap)
{
	uint64_t id;
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
	char why[160];
	int rc = open_db(s, err, errcap);

	if (rc < 0)
		return rc;
	agate_auditdb_head(s->db, &id, link);
	if (id == 0 && s->last_id > 0) {
		snprintf(why, sizeof why, "database file was removed while agated ran; "
			 "rows up to %" PRIu64 " are in the removed file", s->last_id);
		rc = agate_auditdb_continue(s->db, s->last_id, s->link, s->reserved, now_ms(),
					    why, err, errcap);
	} else if (id != s->last_id || memcmp(link, s->link, sizeof link) != 0) {
		snprintf(err, errcap, "%s was replaced by a database with another chain "
			 "(head %" PRIu64 ", expected %" PRIu64 ")", s->path, id, s->last_id);
		rc = -EEXIST;
	}
	if (rc == 0)
		rc = remember_file(s, err, errcap);
	if (rc < 0) {
		agate_auditdb_close(s->db);
		s->db = NULL;
	} else {
		persist_sides(s);
		watch_wal(s);
	}
	return rc;
}

static int sq_append(agate_sink *base, agate_auditdb_row *rows, size_t n,
		     uint64_t reserve_to, char *err, size_t errcap)
{
	sqlite_sink *s = (sqlite_sink *)base;
	int rc;

	if (!s->db) {
		if ((rc = reopen(s, err, errcap)) < 0)
			return rc;
	} else if (!same_file(s)) {
		agate_auditdb_close(s->db);
		s->db = NULL;
		forget_sides(s);
		snprintf(err, errcap, "%s: database file removed or replaced", s->path);
		return -ENOENT;
	}
	/* s->reserved: a file re-created after a removal carries the old
	 * one's reservation from its first commit on */
	rc = agate_auditdb_append_reserve(s->db, rows, n,
					  reserve_to > s->reserved ? reserve_to : s->reserved,
					  err, errcap);
	if (rc == 0) {
		agate_auditdb_head(s->db, &s->last_id, s->link);
		s->reserved = agate_auditdb_reserved(s->db);
	}
	return rc;
}

static int sq_release(agate_sink *base, char *err, size_t errcap)
{
	sqlite_sink *s = (sqlite_sink *)base;

	if (!s->db || !same_file(s))
		return 0; /* the next open finds the reservation and says so */
	return agate_auditdb_release(s->db, err, errcap);
}

static int sq_sync(agate_sink *base, char *err, size_t errcap)
{
	sqlite_sink *s = (sqlite_sink *)base;
	int rc;

	ck_stop(s);
	if (!s->db)
		return 0;
	/* Fold the WAL into the main file so that it holds every row after
	 * a clean shutdown, and leave the kept -wal empty (persist_sides).
	 * Busy readers only make this partial, which is harmless. */
	rc = sqlite3_wal_checkpoint_v2(agate_auditdb_sqlite(s->db), NULL,
				       SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
		snprintf(err, errcap, "checkpoint: %s", sqlite3_errmsg(agate_auditdb_sqlite(s->db)));
		return -EIO;
	}
	return 0;
}

static void sq_close(agate_sink *base)
{
	sqlite_sink *s = (sqlite_sink *)base;

	if (!s)
		return;
	ck_stop(s);
	agate_auditdb_close(s->db);
	pthread_mutex_destroy(&s->ck_mu);
	pthread_cond_destroy(&s->ck_cond);
	free(s->path);
	free(s);
}

static int sq_prune(agate_sink *base, const agate_auditdb_prune_opts *o,
		    agate_auditdb_prune_result *res, char *err, size_t errcap)
{
	sqlite_sink *s = (sqlite_sink *)base;

	memset(res, 0, sizeof *res);
	/* a removed file is append's to notice and re-create */
	if (!s->db || !same_file(s))
		return 0;
	return agate_auditdb_prune_step(s->db, o, res, err, errcap);
}

static int sq_info(agate_sink *base, agate_auditdb_info *out)
{
	sqlite_sink *s = (sqlite_sink *)base;

	if (!s->db)
		return -ENOENT;
	return agate_auditdb_info_get(s->db, out);
}

static uint64_t sq_generation(agate_sink *base)
{
	sqlite_sink *s = (sqlite_sink *)base;

	return s->db ? agate_auditdb_generation(s->db) : 0;
}

static const agate_sink_ops sqlite_ops = {
	.generation = sq_generation,
	.name = "sqlite",
	.open = sq_open,
	.append = sq_append,
	.release = sq_release,
	.sync = sq_sync,
	.close = sq_close,
	.prune = sq_prune,
	.info = sq_info,
	.after = sq_after,
};

agate_sink *agate_sink_sqlite_new(const char *path, unsigned flags)
{
	sqlite_sink *s;

	if (!path)
		return NULL;
	s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->path = strdup(path);
	if (!s->path) {
		free(s);
		return NULL;
	}
	if (pthread_mutex_init(&s->ck_mu, NULL) != 0) {
		free(s->path);
		free(s);
		return NULL;
	}
	if (pthread_cond_init(&s->ck_cond, NULL) != 0) {
		pthread_mutex_destroy(&s->ck_mu);
		free(s->path);
		free(s);
		return NULL;
	}
	s->base.ops = &sqlite_ops;
	s->flags = flags;
	return &s->base;
}

agate_auditdb *agate_sink_sqlite_db(agate_sink *base)
{
	return base && base->ops == &sqlite_ops ? ((sqlite_sink *)base)->db : NULL;
}

void agate_sink_sqlite_set_access(agate_sink *base, const agate_auditdb_access *acc)
{
	sqlite_sink *s;

	if (!base || base->ops != &sqlite_ops)
		return;
	s = (sqlite_sink *)base;
	s->have_acc = acc != NULL;
	if (acc)
		s->acc = *acc;
}

/* sink_pg.c - see sink_pg.h. One thread per central database:
 *
 *   connect (and migrate) -> find the cursor -> loop { ship a batch above
 *   the cursor; move the cursor; when nothing waits, sleep POLL_MS and
 *   send a heartbeat every HEARTBEAT_MS } ; on any failure drop the
 *   connection and try again after a growing pause.
 */
#include "daemon/sink_pg.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "daemon/log.h"
#include "schema/pgaudit.h"

#define SPEC_PREFIX "postgresql:"
#define BATCH_ROWS 5000
#define POLL_MS 200
#define HEARTBEAT_MS 5000
#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 2000

struct agated_pgsink {
	char *db_path, *conninfo, *host;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cond;
	bool stop;                 /* guarded by mu */
	agated_pgsink_stats st;    /* guarded by mu */
	/* the thread's own */
	PGconn *pg;
	sqlite3 *local;
	dev_t dev;                 /* the file local was opened on */
	ino_t ino;
	char cursor_key[200];
	uint64_t cursor;
	bool cursor_loaded;
	int64_t last_beat_ms;
};

static int64_t wall_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int agated_pgsink_check(const char *spec, char *err, size_t errcap)
{
	PQconninfoOption *opts;
	char *why = NULL;

	if (!spec || strncmp(spec, SPEC_PREFIX, strlen(SPEC_PREFIX)) != 0) {
		snprintf(err, errcap, "audit-sink: expected postgresql:CONNINFO, found '%.64s'",
			 spec ? spec : "");
		return -EINVAL;
	}
	opts = PQconninfoParse(spec + strlen(SPEC_PREFIX), &why);
	if (!opts) {
		snprintf(err, errcap, "audit-sink: cannot read the connection string: %s",
			 why ? why : "out of memory");
		PQfreemem(why);
		return -EINVAL;
	}
	PQconninfoFree(opts);
	return 0;
}

int agated_pgsink_default_host(char *out, size_t cap)
{
	FILE *f = fopen("/etc/machine-id", "re");
	char line[256] = "";

	if (f) {
		if (fgets(line, sizeof line, f))
			line[strcspn(line, "\r\n")] = '\0';
		fclose(f);
	}
	if (!line[0] && gethostname(line, sizeof line - 1) != 0)
		line[0] = '\0';
	if (!line[0])
		return -ENOENT;
	snprintf(out, cap, "%s", line);
	return 0;
}

/* ---- the thread ------------------------------------------------------- */

static void set_error(agated_pgsink *s, const char *msg)
{
	bool changed;

	pthread_mutex_lock(&s->mu);
	changed = strcmp(s->st.last_error, msg) != 0;
	snprintf(s->st.last_error, sizeof s->st.last_error, "%s", msg);
	s->st.failures++;
	s->st.connected = s->pg != NULL;
	pthread_mutex_unlock(&s->mu);
	if (changed) /* once per distinct error, not per retry */
		agated_warn("audit-sink %s: %s (verdicts go on; rows wait in the local log)",
			    s->st.target[0] ? s->st.target : "postgresql", msg);
}

/* Sleep ms or until stop; returns whether to stop. */
static bool pause_ms(agated_pgsink *s, unsigned ms)
{
	struct timespec ts;
	bool stop;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&s->mu);
	if (!s->stop)
		(void)pthread_cond_timedwait(&s->cond, &s->mu, &ts);
	stop = s->stop;
	pthread_mutex_unlock(&s->mu);
	return stop;
}

static int open_local(agated_pgsink *s, char *err, size_t errcap)
{
	struct stat st;
	int rc;

	/* The writer starts a new file when the database was removed (its
	 * first row a checkpoint continuing the chain): follow it, keeping
	 * the cursor, so that only the new rows go. */
	if (s->local && stat(s->db_path, &st) == 0 && (st.st_dev != s->dev || st.st_ino != s->ino)) {
		agated_warn("audit-sink: %s was replaced; shipping from the new file after row %" PRIu64,
			    s->db_path, s->cursor);
		sqlite3_close_v2(s->local);
		s->local = NULL;
	}
	if (s->local)
		return 0;
	if (stat(s->db_path, &st) != 0) {
		snprintf(err, errcap, "%s: %s", s->db_path, strerror(errno));
		return -errno;
	}
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	rc = sqlite3_open_v2(s->db_path, &s->local, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errcap, "%s: %s", s->db_path,
			 s->local ? sqlite3_errmsg(s->local) : sqlite3_errstr(rc));
		sqlite3_close_v2(s->local);
		s->local = NULL;
		return -EIO;
	}
	/* the writer's commits are short; ours (the cursor) shorter */
	sqlite3_busy_timeout(s->local, 2000);
	return 0;
}

static int local_u64(sqlite3 *db, const char *sql, const char *arg, uint64_t *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return -EIO;
	if (arg)
		sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*out = 0;
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*out = strtoull((const char *)sqlite3_column_text(st, 0), NULL, 10);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -EIO;
}

/* The cursor as the last run left it (0: nothing shipped yet). */
static int load_cursor(agated_pgsink *s, char *err, size_t errcap)
{
	if (s->cursor_loaded)
		return 0;
	if (local_u64(s->local, "SELECT value FROM meta WHERE key = ?1", s->cursor_key,
		      &s->cursor) < 0) {
		snprintf(err, errcap, "reading the cursor: %s", sqlite3_errmsg(s->local));
		return -EIO;
	}
	s->cursor_loaded = true;
	return 0;
}

static int save_cursor(agated_pgsink *s, uint64_t id)
{
	sqlite3_stmt *st = NULL;
	char v[24];
	int rc = sqlite3_prepare_v2(s->local, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
				    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
				    -1, &st, NULL);

	if (rc != SQLITE_OK)
		return -EIO;
	snprintf(v, sizeof v, "%" PRIu64, id);
	sqlite3_bind_text(st, 1, s->cursor_key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -EIO;
}

static void drop_pg(agated_pgsink *s)
{
	PQfinish(s->pg);
	s->pg = NULL;
	pthread_mutex_lock(&s->mu);
	s->st.connected = false;
	pthread_mutex_unlock(&s->mu);
}

/* Connect, migrate, and place the cursor: the local one, or the central
 * head when the central store holds less than it says. */
static int connect_pg(agated_pgsink *s, char *err, size_t errcap)
{
	/* connect_timeout first: the operator's string overrides it */
	const char *keys[] = { "connect_timeout", "application_name", "dbname", NULL };
	const char *vals[] = { "10", "agated", s->conninfo, NULL };
	uint64_t central = 0;
	int rc;

	s->pg = PQconnectdbParams(keys, vals, 1);
	if (!s->pg || PQstatus(s->pg) != CONNECTION_OK) {
		size_t n;

		snprintf(err, errcap, "connect: %s", s->pg ? PQerrorMessage(s->pg) : "out of memory");
		n = strcspn(err, "\n");
		err[n] = '\0';
		PQfinish(s->pg);
		s->pg = NULL;
		return -EIO;
	}
	if ((rc = agate_pgaudit_migrate(s->pg, err, errcap)) < 0 ||
	    (rc = agate_pgaudit_central_head(s->pg, s->host, &central, err, errcap)) < 0) {
		drop_pg(s);
		return rc;
	}
	if (central < s->cursor) {
		agated_warn("audit-sink %s: the central store holds rows of host %s up to %" PRIu64
			    " only, the cursor says %" PRIu64 ": shipping again from there",
			    s->st.target, s->host, central, s->cursor);
		s->cursor = central;
	}
	pthread_mutex_lock(&s->mu);
	s->st.connected = true;
	s->st.cursor = s->cursor;
	s->st.reconnects++;
	pthread_mutex_unlock(&s->mu);
	agated_info("audit-sink %s: connected; shipping host %s from row %" PRIu64, s->st.target,
		    s->host, s->cursor + 1);
	return 0;
}

static void note_progress(agated_pgsink *s, const agate_pgaudit_shipment *sh, uint64_t head)
{
	int64_t now = wall_ms();

	pthread_mutex_lock(&s->mu);
	s->st.cursor = s->cursor;
	s->st.local_head = head;
	s->st.backlog = head > s->cursor ? head - s->cursor : 0;
	if (sh->rows_read) {
		s->st.shipped += sh->rows_read;
		s->st.inserted += sh->rows_inserted;
		s->st.batches++;
		s->st.last_delay_ms = now - sh->last_time_ms;
	}
	s->st.last_error[0] = '\0';
	s->st.connected = true;
	pthread_mutex_unlock(&s->mu);
}

/* The age of the oldest row not shipped yet. */
static void note_lag(agated_pgsink *s, uint64_t head)
{
	sqlite3_stmt *st = NULL;
	int64_t lag = 0;

	if (head > s->cursor &&
	    sqlite3_prepare_v2(s->local, "SELECT time_ms FROM verdicts WHERE id > ?1 ORDER BY id LIMIT 1",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, (int64_t)s->cursor);
		if (sqlite3_step(st) == SQLITE_ROW)
			lag = wall_ms() - sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	pthread_mutex_lock(&s->mu);
	s->st.lag_ms = lag > 0 ? lag : 0;
	pthread_mutex_unlock(&s->mu);
}

/* While the central store is away: how far behind it falls. */
static void note_local(agated_pgsink *s)
{
	uint64_t head = 0;

	if (!s->local || !s->cursor_loaded ||
	    local_u64(s->local, "SELECT max(id) FROM verdicts", NULL, &head) < 0)
		return;
	pthread_mutex_lock(&s->mu);
	s->st.cursor = s->cursor;
	s->st.local_head = head;
	s->st.backlog = head > s->cursor ? head - s->cursor : 0;
	pthread_mutex_unlock(&s->mu);
	note_lag(s, head);
}

/* One round: ship a batch if rows wait (or a heartbeat is due). Returns
 * 1 when rows were shipped (go again at once), 0 when idle, <0 on error. */
static int ship_round(agated_pgsink *s, char *err, size_t errcap)
{
	agate_pgaudit_shipment sh;
	uint64_t head = 0;
	int64_t now = wall_ms();
	int rc;

	if (local_u64(s->local, "SELECT max(id) FROM verdicts", NULL, &head) < 0) {
		snprintf(err, errcap, "reading the local log: %s", sqlite3_errmsg(s->local));
		return -EIO;
	}
	if (head <= s->cursor && now - s->last_beat_ms < HEARTBEAT_MS) {
		note_progress(s, &(agate_pgaudit_shipment){ 0 }, head);
		note_lag(s, head);
		return 0;
	}
	rc = agate_pgaudit_ship(s->pg, s->local, s->host, s->cursor, BATCH_ROWS, head, &sh,
				err, errcap);
	if (rc < 0)
		return rc;
	s->last_beat_ms = now;
	if (sh.rows_read) {
		s->cursor = sh.last_id;
		/* a lost cursor write only means rows are sent again, and
		 * stored once */
		if (save_cursor(s, s->cursor) < 0)
			agated_warn("audit-sink: cannot save the cursor: %s", sqlite3_errmsg(s->local));
	}
	note_progress(s, &sh, head);
	note_lag(s, head);
	return sh.rows_read ? 1 : 0;
}

static void *shipper(void *arg)
{
	agated_pgsink *s = arg;
	unsigned backoff = BACKOFF_MIN_MS;
	char err[256];

	for (;;) {
		int rc;

		pthread_mutex_lock(&s->mu);
		if (s->stop) {
			pthread_mutex_unlock(&s->mu);
			break;
		}
		pthread_mutex_unlock(&s->mu);
		err[0] = '\0';
		rc = open_local(s, err, sizeof err);
		if (rc == 0)
			rc = load_cursor(s, err, sizeof err);
		if (rc == 0 && !s->pg)
			rc = connect_pg(s, err, sizeof err);
		if (rc == 0)
			rc = ship_round(s, err, sizeof err);
		if (rc < 0) {
			set_error(s, err[0] ? err : strerror(-rc));
			note_local(s);
			if (s->pg && PQstatus(s->pg) != CONNECTION_OK)
				drop_pg(s);
			else if (s->pg)
				PQclear(PQexec(s->pg, "ROLLBACK"));
			if (pause_ms(s, backoff))
				break;
			backoff = backoff * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : backoff * 2;
			continue;
		}
		backoff = BACKOFF_MIN_MS;
		if (rc == 0 && pause_ms(s, POLL_MS))
			break;
	}
	PQfinish(s->pg);
	s->pg = NULL;
	sqlite3_close_v2(s->local);
	s->local = NULL;
	return NULL;
}

/* ---- life ----------------------------------------------------------- */

/* The target as written in the connection string (user@host:port/dbname,
 * what is not given left empty): it names the cursor, so it must not
 * change with a password or an option, and is known while the server is
 * down. */
static void sink_target(agated_pgsink *s)
{
	const char *v[4] = { "", "", "", "" };
	static const char *const keys[4] = { "user", "host", "port", "dbname" };
	PQconninfoOption *opts = PQconninfoParse(s->conninfo, NULL);

	for (PQconninfoOption *o = opts; o && o->keyword; o++)
		for (int k = 0; k < 4; k++)
			if (!strcmp(o->keyword, keys[k]) && o->val)
				v[k] = o->val;
	snprintf(s->st.target, sizeof s->st.target, "%.40s@%.60s:%.8s/%.40s", v[0], v[1], v[2], v[3]);
	snprintf(s->cursor_key, sizeof s->cursor_key, "ship_cursor:%s", s->st.target);
	PQconninfoFree(opts);
}

static void pgsink_free(agated_pgsink *s)
{
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cond);
	free(s->db_path);
	free(s->conninfo);
	free(s->host);
	free(s);
}

int agated_pgsink_start(const char *db_path, const char *spec, const char *host,
			agated_pgsink **out, char *err, size_t errcap)
{
	agated_pgsink *s;
	int rc;

	if ((rc = agated_pgsink_check(spec, err, errcap)) < 0)
		return rc;
	if (!db_path || !host || !*host || strlen(host) > AGATE_PGAUDIT_HOST_MAX) {
		snprintf(err, errcap, "audit-sink: host-id must be 1 to %d bytes",
			 AGATE_PGAUDIT_HOST_MAX);
		return -EINVAL;
	}
	if (!(s = calloc(1, sizeof *s)))
		goto oom;
	if (pthread_mutex_init(&s->mu, NULL) != 0) {
		free(s);
		goto oom;
	}
	if (pthread_cond_init(&s->cond, NULL) != 0) {
		pthread_mutex_destroy(&s->mu);
		free(s);
		goto oom;
	}
	s->db_path = strdup(db_path);
	s->conninfo = strdup(spec + strlen(SPEC_PREFIX));
	s->host = strdup(host);
	if (!s->db_path || !s->conninfo || !s->host) {
		pgsink_free(s);
		goto oom;
	}
	sink_target(s);
	if ((rc = pthread_create(&s->thread, NULL, shipper, s)) != 0) {
		pgsink_free(s);
		snprintf(err, errcap, "audit-sink: cannot start its thread: %s", strerror(rc));
		return -rc;
	}
	*out = s;
	return 0;
oom:
	snprintf(err, errcap, "audit-sink: out of memory");
	return -ENOMEM;
}

void agated_pgsink_get_stats(agated_pgsink *s, agated_pgsink_stats *st)
{
	pthread_mutex_lock(&s->mu);
	*st = s->st;
	pthread_mutex_unlock(&s->mu);
}

void agated_pgsink_stop(agated_pgsink *s)
{
	if (!s)
		return;
	pthread_mutex_lock(&s->mu);
	s->stop = true;
	pthread_cond_signal(&s->cond);
	pthread_mutex_unlock(&s->mu);
	pthread_join(s->thread, NULL);
	pgsink_free(s);
}

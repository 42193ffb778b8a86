/* auditdb.h - the audit database: schema, hash chain, verify, query,
 * export and prune. Shared by agated's writer (through the SQLite sink)
 * and by `agatectl audit`.
 *
 * The schema is schema/audit.sql; docs/audit.md describes it for people.
 *
 * Chain: every row carries prev_hash and hash (64 lowercase hex digits):
 *   hash = SHA-256(prev_hash as 32 raw bytes || canonical encoding of row)
 * The canonical encoding is the domain string "agate-audit-row-1\0" then
 * every column but prev_hash/hash in table order, each as one tag byte and
 * a payload: 'N' (NULL, no payload), 'I' (8-byte big-endian two's
 * complement integer), 'R' (8-byte big-endian IEEE double), 'T' or 'B'
 * (4-byte big-endian length, then the bytes). The stored SQLite type of
 * each value is what is encoded, so changing a value's type is a change.
 *
 * A checkpoint row (kind 'checkpoint', written by prune) replaces a pruned
 * prefix of the chain: its prev_hash is the hash of the last pruned row,
 * which is what the next row links to, and its own hash covers its
 * content. It may only be the first row.
 *
 * Ids are never handed out twice: meta 'id_reserved' (schema 4) is the
 * highest id the writer may hand out, committed before any id up to it
 * is. A database opened with id_reserved above the head was left by a
 * writer that stopped without writing every id it had handed out; the
 * writer then appends a gap row (kind 'gap', id id_reserved + 1, args
 * {"first_id":F,"last_id":L}) that links into the chain like any row and
 * names the ids that will never be written. Verify accepts a jump in ids
 * only where a gap row explains it.
 *
 * Schema 5 adds the columns shadow and rules_label after hash. A row
 * with either set is encoded with the domain string "agate-audit-row-2\0"
 * and the two columns after eval_ns (same tags); a row with both NULL is
 * encoded as above, so rows written before schema 5 keep verifying and
 * clearing either column of a newer row breaks its hash.
 *
 * meta 'generation' (schema 5) is the highest rule-set generation a row
 * has named; the writer raises it in the transaction of that row, so
 * agated continues above it after a restart (generations only grow over
 * the life of a database).
 *
 * Unsigned 64-bit fields (id, request_id, generation, eval_ns) are stored
 * as SQLite's signed integers with the same bits.
 *
 * Threads: one agate_auditdb is used by one thread at a time.
 * Errors: functions return 0 or a negative errno and, where they take
 * err/errcap, write a one-line message there (may be NULL).
 */
#ifndef AGATE_SCHEMA_AUDITDB_H
#define AGATE_SCHEMA_AUDITDB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <sqlite3.h>

/* The schema version this build writes and the oldest it upgrades. */
#define AGATE_AUDITDB_SCHEMA_VERSION 5
#define AGATE_AUDITDB_HASH_LEN 32
#define AGATE_AUDITDB_HEX_LEN 64

typedef struct agate_auditdb agate_auditdb;

enum {
	/* Open read-only: no creation, no migration (an older schema is
	 * read as it is; a newer one is still refused). */
	AGATE_AUDITDB_READONLY = 1u << 0,
	/* Durable commits: synchronous=FULL (survives power loss) instead
	 * of NORMAL (survives any process crash). */
	AGATE_AUDITDB_SYNC_FULL = 1u << 1,
};

/* One row. Strings may be NULL; kind NULL means "verdict". append fills
 * prev_hash and hash. */
typedef struct agate_auditdb_row {
	uint64_t id;
	const char *kind;
	int64_t time_ms;
	const char *op;
	uint64_t request_id;
	const char *agent;
	const char *session;
	int64_t peer_uid;
	int64_t peer_pid;
	const char *tool;
	const char *args_json;
	const char *verdict;
	const char *enforcement;
	const char *rule;
	const char *reason;
	const char *scores_json;
	const char *trace;
	const char *error;
	uint64_t generation;
	const char *ruleset_digest;
	uint64_t eval_ns;
	const char *shadow;      /* schema 5: shadow rules that matched, "rule:verdict,..." */
	const char *rules_label; /* schema 5: the operator's label of the rule set */
	uint8_t prev_hash[AGATE_AUDITDB_HASH_LEN];
	uint8_t hash[AGATE_AUDITDB_HASH_LEN];
} agate_auditdb_row;

/* Open the database at path. Read-write (flags without READONLY): creates
 * the file when missing, turns on WAL, upgrades an older schema in place
 * and loads the chain head. Returns 0 and *out (caller frees with
 * agate_auditdb_close), -EPROTO when the schema is newer than this build,
 * -ENOENT when a read-only open finds no file, -EIO/-ENOMEM/-EINVAL
 * otherwise; *out is untouched on failure. */
__attribute__((warn_unused_result))
int agate_auditdb_open(const char *path, unsigned flags, agate_auditdb **out,
		       char *err, size_t errcap);
/* Who may read the database's files (the database and SQLite's -wal and
 * -shm beside it, which hold the same rows). */
typedef struct agate_auditdb_access {
	unsigned gid;    /* the files' group */
	bool group_read; /* mode 0640 (the group reads) rather than 0600 */
} agate_auditdb_access;

/* Like agate_auditdb_open (read-write), but first makes the three files
 * exist with exactly acc's group and mode whatever the umask: a missing
 * one is created 0600 and then given its group and mode, so that no one
 * else can open it in between (an open descriptor outlives a later
 * chmod). A file that is not a regular file, or that is not ours and
 * grants more than acc, is refused (-EPERM, -EINVAL); so is a group we
 * may not give files to (-EPERM: agated must be root or a member). */
__attribute__((warn_unused_result))
int agate_auditdb_open_as(const char *path, unsigned flags, const agate_auditdb_access *acc,
			  agate_auditdb **out, char *err, size_t errcap);

/* The highest rule-set generation stored (meta 'generation', raised by
 * append; 0 for a new database or one older than schema 5). */
uint64_t agate_auditdb_generation(agate_auditdb *db);

/* Close the connection and free db; NULL is fine. */
void agate_auditdb_close(agate_auditdb *db);

/* The connection, still owned by db (for tests and ad-hoc reads). */
sqlite3 *agate_auditdb_sqlite(agate_auditdb *db);

/* The schema version of the open database (after any migration). */
int agate_auditdb_schema_version(agate_auditdb *db);

/* The SQL of migration `version` (1..AGATE_AUDITDB_SCHEMA_VERSION), which
 * upgrades a version-1 database to `version`; NULL for other numbers.
 * Static storage. */
const char *agate_auditdb_migration_sql(int version);

/* The chain head as loaded at open and advanced by append: the last id
 * (0 for an empty chain) and the hash the next row must link to. */
void agate_auditdb_head(agate_auditdb *db, uint64_t *last_id,
			uint8_t link[AGATE_AUDITDB_HASH_LEN]);

/* Canonical hash of row given prev (row's own prev_hash/hash ignored). */
void agate_auditdb_hash_row(const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
			    const agate_auditdb_row *row,
			    uint8_t out[AGATE_AUDITDB_HASH_LEN]);

void agate_auditdb_hex(const uint8_t h[AGATE_AUDITDB_HASH_LEN],
		       char out[AGATE_AUDITDB_HEX_LEN + 1]);

/* Append rows (ids strictly increasing, above the head) in one
 * transaction, chaining each to the head, and move the head. Fills each
 * row's prev_hash/hash. All or nothing: on failure nothing is written,
 * the head is unchanged, and the return is -ENOSPC (disk full), -EBUSY
 * (locked), -EINVAL (ids out of order) or -EIO. */
__attribute__((warn_unused_result))
int agate_auditdb_append(agate_auditdb *db, agate_auditdb_row *rows, size_t n,
			 char *err, size_t errcap);

/* The same, and in the same transaction raise meta 'id_reserved' to
 * reserve_to when that is higher (n may then be 0). */
__attribute__((warn_unused_result))
int agate_auditdb_append_reserve(agate_auditdb *db, agate_auditdb_row *rows, size_t n,
				 uint64_t reserve_to, char *err, size_t errcap);

/* The highest id reserved: meta 'id_reserved' as loaded at open and
 * raised by append_reserve, never below the head. */
uint64_t agate_auditdb_reserved(agate_auditdb *db);

/* A clean stop: every id handed out is written, so lower id_reserved to
 * the head (the next start then continues at head + 1, with no gap). */
__attribute__((warn_unused_result))
int agate_auditdb_release(agate_auditdb *db, char *err, size_t errcap);

/* Fill row as the gap row for ids first_id..last_id (id last_id + 1),
 * its args_json written into args (64 bytes are enough). */
void agate_auditdb_gap_row(agate_auditdb_row *row, uint64_t first_id, uint64_t last_id,
			   int64_t now_ms, char *args, size_t argscap);

/* Start a new chain in an empty database that continues one whose rows
 * are lost (the file was removed while agated ran): writes a checkpoint
 * row with id last_id whose link is `link`, saying why, and carries the
 * old file's reservation over (id_reserved = max(reserved, last_id)) in
 * the same transaction. */
__attribute__((warn_unused_result))
int agate_auditdb_continue(agate_auditdb *db, uint64_t last_id,
			   const uint8_t link[AGATE_AUDITDB_HASH_LEN],
			   uint64_t reserved, int64_t now_ms, const char *why,
			   char *err, size_t errcap);

typedef enum agate_auditdb_problem {
	AGATE_AUDITDB_OK = 0,
	AGATE_AUDITDB_CHANGED,   /* the row's content or hash was edited */
	AGATE_AUDITDB_DELETED,   /* rows before bad_id are missing, or ids
				    jump where no gap row explains it */
	AGATE_AUDITDB_INSERTED,  /* the row is not part of the chain */
	AGATE_AUDITDB_HEAD,      /* meta's recorded head disagrees (rows at
				    the end deleted, or meta edited) */
} agate_auditdb_problem;

typedef struct agate_auditdb_verify_result {
	uint64_t rows;            /* rows checked */
	uint64_t first_id, last_id;
	char head[AGATE_AUDITDB_HEX_LEN + 1]; /* link of the last good row */
	bool checkpoint;          /* the chain starts at a checkpoint */
	uint64_t pruned;          /* rows it says were pruned */
	uint64_t gaps;            /* gap rows: restarts after an unclean stop */
	uint64_t gap_ids;         /* ids they say were never written */
	agate_auditdb_problem problem;
	uint64_t bad_id;          /* first bad row (or the first missing id) */
	char message[512];        /* one line for people */
	uint64_t faults;          /* verify_all: faults reported (0 when intact) */
} agate_auditdb_verify_result;

/* Walk the whole chain in one read transaction (a consistent snapshot
 * while agated writes) and stop at the first bad row. Returns 0 when the
 * walk finished (res->problem says whether the chain is intact) or a
 * negative errno when the database could not be read. */
__attribute__((warn_unused_result))
int agate_auditdb_verify(agate_auditdb *db, agate_auditdb_verify_result *res);

/* What verify_all found wrong at one row. */
typedef enum agate_auditdb_fault_kind {
	AGATE_AUDITDB_FAULT_HASH = 1, /* the row's content does not match its hash
					 (or its hash columns are malformed) */
	AGATE_AUDITDB_FAULT_LINK,     /* its prev_hash is not the link of the row
					 before (that row's hash was recomputed,
					 rows were deleted, or the first row does
					 not start the chain) */
	AGATE_AUDITDB_FAULT_GAP,      /* ids are missing before it and no gap row
					 names them */
	AGATE_AUDITDB_FAULT_INSERTED, /* it is not part of the chain: the next row
					 links over it, it lies after the recorded
					 head, or it is a checkpoint or gap row
					 where none may be */
	AGATE_AUDITDB_FAULT_HEAD,     /* meta's recorded head is not the last row */
} agate_auditdb_fault_kind;

typedef struct agate_auditdb_fault {
	agate_auditdb_fault_kind kind;
	uint64_t id;          /* the row (for HEAD: the last row, or the
				 first id missing at the end) */
	char message[320];    /* what is wrong, for people (without the id
				 and kind, which the caller prints) */
} agate_auditdb_fault;

/* Short name of a fault kind: "hash mismatch", "broken link", "gap",
 * "inserted", "head". Static storage. */
const char *agate_auditdb_fault_name(agate_auditdb_fault_kind k);

/* Called once per fault, in id order; f is valid during the call only. */
typedef void (*agate_auditdb_fault_cb)(void *ud, const agate_auditdb_fault *f);

/* Like agate_auditdb_verify, but walk on past every bad row and report
 * each fault through cb (may be NULL), without stopping: after a row whose
 * content or link is bad the walk goes on from the hash stored in that
 * row, so each later fault is reported where it is, once. Memory is
 * constant whatever the number of faults. res is filled as verify fills
 * it, with problem, bad_id and message ("row N KIND: what") describing
 * the first fault, and
 * res->faults the count. Returns 0 when the walk finished, or a negative
 * errno when the database could not be read. */
__attribute__((warn_unused_result))
int agate_auditdb_verify_all(agate_auditdb *db, agate_auditdb_verify_result *res,
			     agate_auditdb_fault_cb cb, void *ud);

typedef struct agate_auditdb_filter {
	const char *agent, *session, *tool, *verdict, *rule; /* NULL: any */
	bool has_since, has_until, has_uid;
	int64_t since_ms;     /* time_ms >= since_ms */
	int64_t until_ms;     /* time_ms < until_ms */
	int64_t uid;
	uint64_t after_id;    /* id > after_id (0: from the start) */
	uint64_t limit;       /* 0: no limit */
	bool newest_first;    /* order by id descending (query default) */
	bool shadow;          /* only rows where a shadow rule matched (schema 5) */
} agate_auditdb_filter;

typedef enum agate_auditdb_format {
	AGATE_AUDITDB_TABLE = 0, /* aligned columns for people: id, time, op,
				    agent, session, tool, verdict, rule (never
				    cut), generation, the arguments shortened,
				    reason */
	AGATE_AUDITDB_JSONL,     /* one JSON object per row, every column as
				    stored (args_json and scores_json as the
				    exact text that was hashed): the chain
				    form that `agatectl audit import` reads */
	AGATE_AUDITDB_CSV,       /* RFC 4180, header line, every column */
	AGATE_AUDITDB_JSONL_NESTED, /* one JSON object per row, every column,
				    but args_json and scores_json written as
				    the JSON values they hold under "args" and
				    "scores" (a text that is not valid JSON
				    stays a string there) */
} agate_auditdb_format;

/* Write the rows matching f (NULL: all) to out in the given format.
 * *count and *max_id (each may be NULL) get the number of rows written
 * and the highest id among them (0 if none), the resume point of an
 * incremental export. Returns 0, -EIO on a database error, -EPIPE when
 * out failed. */
__attribute__((warn_unused_result))
int agate_auditdb_query(agate_auditdb *db, const agate_auditdb_filter *f,
			agate_auditdb_format fmt, FILE *out, uint64_t *count,
			uint64_t *max_id, char *err, size_t errcap);

/* Per shadow rule, over the check rows matching f (NULL: all; agent,
 * session, tool, since and until are used): how many calls it matched,
 * how many it would have blocked, and of those how many were allowed
 * (enforcing it would flip the verdict), with the first flipped audit
 * ids. Written to out as a table, or one JSON object per rule (json).
 * *nrules (may be NULL) gets the number of rules. Returns 0, -EIO,
 * -ENOMEM, -EPIPE. An older database (before schema 5) has no shadow
 * column: the report is empty. */
__attribute__((warn_unused_result))
int agate_auditdb_shadow_report(agate_auditdb *db, const agate_auditdb_filter *f, bool json,
				FILE *out, size_t *nrules, char *err, size_t errcap);

typedef struct agate_auditdb_prune_result {
	uint64_t deleted;          /* rows removed now (dry run: would be) */
	uint64_t first_id, last_id;/* range the checkpoint covers */
	uint64_t total_pruned;     /* including earlier prunes */
	/* added for prune_step: */
	int64_t oldest_ms, newest_ms; /* times of the first and last row removed */
	bool more;                 /* the step stopped at max_rows or max_id
				      with older rows left behind */
} agate_auditdb_prune_result;

/* One prune: what to remove and how much at most. */
typedef struct agate_auditdb_prune_opts {
	int64_t before_ms;  /* the prefix before the first row at or after
			       this time (INT64_MAX: every row, by count) */
	uint64_t max_rows;  /* most rows removed in this one transaction,
			       the checkpoint it replaces included (0: all) */
	uint64_t max_id;    /* never remove a row above this id (0: no
			       bound); the hook for "only rows already
			       shipped", which no sink provides yet */
	bool dry_run;       /* find what would go, change nothing (a
			       read-only handle is enough) */
	const char *op;     /* the checkpoint's op (NULL: "prune") */
	const char *why;    /* the start of its reason (NULL: "pruned") */
	int64_t now_ms;     /* the checkpoint's time */
} agate_auditdb_prune_opts;

/* Prune as o says, in one transaction: remove the oldest rows, up to the
 * first row of kind verdict at or after o->before_ms, at most o->max_rows
 * of them and none above o->max_id, and put one checkpoint row in their
 * place (an earlier checkpoint is folded into it, counts added). Removing
 * nothing is success with res->deleted == 0. A dry run fills res the same
 * way and rolls back. -EBUSY when the write lock stays taken past the
 * busy timeout; -EROFS for a real prune on a read-only handle. */
__attribute__((warn_unused_result))
int agate_auditdb_prune_step(agate_auditdb *db, const agate_auditdb_prune_opts *o,
			     agate_auditdb_prune_result *res, char *err, size_t errcap);

/* Size and age of the database, cheap enough to ask every second: the
 * page counts come from the file header, the ends from the id index. */
typedef struct agate_auditdb_info {
	uint64_t size_bytes;  /* the database file: page_count x page_size */
	uint64_t free_bytes;  /* of it, free pages (filled before it grows) */
	uint64_t first_id, last_id; /* 0, 0 when empty */
	bool has_oldest;
	int64_t oldest_ms;    /* time of the oldest row that is not a
			         checkpoint */
} agate_auditdb_info;

__attribute__((warn_unused_result))
int agate_auditdb_info_get(agate_auditdb *db, agate_auditdb_info *out);

/* Delete the oldest rows: the prefix of the chain before the first row
 * whose time_ms >= before_ms, replacing it with one checkpoint row (kept
 * verifiable). Needs the write lock: -EBUSY while agated commits for
 * longer than the busy timeout. Deleting nothing is success with
 * deleted == 0. */
__attribute__((warn_unused_result))
int agate_auditdb_prune(agate_auditdb *db, int64_t before_ms, int64_t now_ms,
			agate_auditdb_prune_result *res, char *err,
			size_t errcap);

/* Parse a time for --since/--until/--before: ISO-8601 date or date-time
 * ("2025-03-01", "2025-03-01T12:00", "...:05.250Z", "...+02:00"; no zone
 * means UTC), "@<unix seconds>", or an age before now_ms ("90s", "15m",
 * "12h", "30d"). Returns 0 and *ms, or -EINVAL. */
__attribute__((warn_unused_result))
int agate_auditdb_parse_time(const char *s, int64_t now_ms, int64_t *ms);

/* Format ms as "YYYY-MM-DDTHH:MM:SS.mmmZ" (out at least 32 bytes). */
void agate_auditdb_format_time(int64_t ms, char *out, size_t cap);

#endif

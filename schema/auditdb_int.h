/* auditdb_int.h - what the files of schema/auditdb_* share and nobody
 * else sees: the handle, the column list, and the helpers that cross
 * between them (the canonical encoding from auditdb_row.c, the SQLite
 * error handling and the row insert from auditdb_store.c).
 *
 * The one public header is schema/auditdb.h.
 */
#ifndef AGATE_SCHEMA_AUDITDB_INT_H
#define AGATE_SCHEMA_AUDITDB_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>
#include <sqlite3.h>

#include "schema/auditdb.h"

/* Columns in table order; the first NCONTENT enter the canonical
 * encoding, then prev_hash and hash. */
#define COLS "id, kind, time_ms, op, request_id, agent, session, peer_uid, " \
	"peer_pid, tool, args_json, verdict, enforcement, rule, reason, "    \
	"scores_json, trace, error, generation, ruleset_digest, eval_ns, "   \
	"prev_hash, hash"
#define NCONTENT 21
#define COL_PREV 21
#define COL_HASH 22
static const char *const col_names[NCONTENT + 4] = {
	"id", "kind", "time_ms", "op", "request_id", "agent", "session",
	"peer_uid", "peer_pid", "tool", "args_json", "verdict", "enforcement",
	"rule", "reason", "scores_json", "trace", "error", "generation",
	"ruleset_digest", "eval_ns", "prev_hash", "hash",
	"shadow", "rules_label", /* schema 5 */
};
/* Schema 5's columns, after hash; they enter the encoding only when one
 * of them is set (auditdb.h). COLS_ALL lists every column. */
#define COLS_ALL COLS ", shadow, rules_label"
#define COL_SHADOW 23
#define COL_LABEL 24
/* Columns holding unsigned 64-bit values stored with the same bits. */
static inline bool col_unsigned(int i)
{
	return i == 0 || i == 4 || i == 18 || i == 20;
}

struct agate_auditdb {
	sqlite3 *db;
	unsigned flags;
	int version;
	sqlite3_stmt *insert;
	sqlite3_stmt *set_head;      /* meta head_id */
	sqlite3_stmt *set_head_hash; /* meta head_hash */
	sqlite3_stmt *set_reserved;
	/* BEGIN IMMEDIATE and COMMIT, prepared once: sqlite3_exec parsed
	 * them again for every commit of the writer */
	sqlite3_stmt *begin;
	sqlite3_stmt *commit;
	EVP_MD_CTX *md;
	uint64_t head_id;
	uint64_t reserved;     /* meta id_reserved, never below head_id */
	uint64_t generation;   /* meta generation (schema 5) */
	uint8_t link[AGATE_AUDITDB_HASH_LEN];
};

/* The encoding goes to SHA-256 through a small buffer: a row is some
 * forty short fields, and one digest update per field cost more than
 * the hashing itself. */
typedef struct hasher {
	EVP_MD_CTX *ctx;
	size_t n;
	uint8_t buf[2048];
} hasher;

/* ---- auditdb_row.c: hex and the canonical encoding ---- */

extern const uint8_t zero_hash[AGATE_AUDITDB_HASH_LEN];

bool unhex(const unsigned char *s, int len, uint8_t out[AGATE_AUDITDB_HASH_LEN]);
void hash_begin(hasher *md, EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN]);
/* the same with the schema-5 domain, for rows with shadow or rules_label */
void hash_begin_v2(hasher *md, EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN]);
/* one column of a row read back, encoded as its stored type */
void enc_col(hasher *md, sqlite3_stmt *st, int i);
void hash_end(hasher *md, uint8_t out[AGATE_AUDITDB_HASH_LEN]);
void hash_row_md(EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
		 const agate_auditdb_row *r, uint8_t out[AGATE_AUDITDB_HASH_LEN]);
/* the number after key in a checkpoint's args_json, 0 when absent */
uint64_t json_u64(const unsigned char *s, const char *key);

/* ---- auditdb_store.c: SQLite errors and the row insert ---- */

void seterr(char *err, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int sql_errno(int rc);
/* The first column of the first row of sql, as an integer: 0, -ENOENT
 * when there is no row, or an errno from sql_errno. */
int auditdb_get_int(sqlite3 *db, const char *sql, int64_t *out);
void bind_text(sqlite3_stmt *st, int i, const char *s);
int insert_row(agate_auditdb *a, agate_auditdb_row *r);
int sql_fail(agate_auditdb *a, int rc, const char *what, char *err, size_t errcap);

/* ---- auditdb_files.c: who may read the files ---- */

/* Before a read-write open: with acc, make the database, -wal and -shm
 * exist with exactly acc's group and mode (refusing what cannot be made
 * so); without acc, create only what is missing, a new database 0600 and
 * a new -wal or -shm with the database's group and mode (never more than
 * 0640). Returns 0 or a negative errno with err set. */
int auditdb_prepare_files(const char *path, const agate_auditdb_access *acc,
			  char *err, size_t errcap);

#endif

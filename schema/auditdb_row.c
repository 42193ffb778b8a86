/* auditdb_row.c - one row's identity: the hex form of a hash and the
 * canonical encoding that the chain hashes (auditdb.h describes it). The
 * writer, verify and the tests all go through these few functions, so
 * the encoding is written once.
 */
#include "schema/auditdb_int.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENCODING_DOMAIN "agate-audit-row-1"
#define ENCODING_DOMAIN_2 "agate-audit-row-2"

const uint8_t zero_hash[AGATE_AUDITDB_HASH_LEN] = { 0 };

void agate_auditdb_hex(const uint8_t h[AGATE_AUDITDB_HASH_LEN],
		       char out[AGATE_AUDITDB_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < AGATE_AUDITDB_HASH_LEN; i++) {
		out[2 * i] = digits[h[i] >> 4];
		out[2 * i + 1] = digits[h[i] & 15];
	}
	out[AGATE_AUDITDB_HEX_LEN] = '\0';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1; /* upper case is not canonical: the writer never makes it */
}

bool unhex(const unsigned char *s, int len,
		  uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	if (!s || len != AGATE_AUDITDB_HEX_LEN)
		return false;
	for (int i = 0; i < AGATE_AUDITDB_HASH_LEN; i++) {
		int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return false;
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	return true;
}

/* ---- canonical encoding ------------------------------------------------ */

static void put_be(uint8_t *p, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (uint8_t)v;
		v >>= 8;
	}
}
static void hput(hasher *h, const void *p, size_t len)
{
	if (h->n + len > sizeof h->buf) {
		if (h->n)
			EVP_DigestUpdate(h->ctx, h->buf, h->n);
		h->n = 0;
		if (len > sizeof h->buf / 2) {
			EVP_DigestUpdate(h->ctx, p, len);
			return;
		}
	}
	memcpy(h->buf + h->n, p, len);
	h->n += len;
}

static void enc_null(hasher *md)
{
	hput(md, "N", 1);
}

static void enc_int(hasher *md, int64_t v)
{
	uint8_t b[9] = { 'I' };

	put_be(b + 1, (uint64_t)v, 8);
	hput(md, b, sizeof b);
}

static void enc_bytes(hasher *md, char tag, const void *p, size_t len)
{
	uint8_t b[5] = { (uint8_t)tag };

	/* SQLite values are below 2^31 bytes, so 4 bytes of length hold them. */
	put_be(b + 1, (uint64_t)len, 4);
	hput(md, b, sizeof b);
	if (len)
		hput(md, p, len);
}

static void enc_text(hasher *md, const char *s)
{
	if (!s)
		enc_null(md);
	else
		enc_bytes(md, 'T', s, strlen(s));
}

void enc_col(hasher *md, sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		enc_int(md, sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT: {
		double d = sqlite3_column_double(st, i);
		uint64_t bits;
		uint8_t b[9] = { 'R' };

		memcpy(&bits, &d, sizeof bits);
		put_be(b + 1, bits, 8);
		hput(md, b, sizeof b);
		break;
	}
	case SQLITE_TEXT: {
		const unsigned char *t = sqlite3_column_text(st, i);

		enc_bytes(md, 'T', t, (size_t)sqlite3_column_bytes(st, i));
		break;
	}
	case SQLITE_BLOB: {
		const void *b = sqlite3_column_blob(st, i);

		enc_bytes(md, 'B', b, (size_t)sqlite3_column_bytes(st, i));
		break;
	}
	default:
		enc_null(md);
		break;
	}
}

/* SHA-256 fetched once: EVP_sha256() hands OpenSSL 3 a legacy method,
 * which every EVP_DigestInit_ex looked up again (a fetch from the
 * provider, a few thousand instructions per row). */
static EVP_MD *sha256_fetched;
static pthread_once_t sha256_once = PTHREAD_ONCE_INIT;

static void sha256_fetch(void)
{
	sha256_fetched = EVP_MD_fetch(NULL, "SHA2-256", NULL);
}

static const EVP_MD *sha256(void)
{
	pthread_once(&sha256_once, sha256_fetch);
	return sha256_fetched ? sha256_fetched : EVP_sha256();
}

void hash_begin(hasher *md, EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN])
{
	md->ctx = ctx;
	md->n = 0;
	EVP_DigestInit_ex(ctx, sha256(), NULL);
	hput(md, prev, AGATE_AUDITDB_HASH_LEN);
	hput(md, ENCODING_DOMAIN, sizeof ENCODING_DOMAIN); /* with NUL */
}

void hash_begin_v2(hasher *md, EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN])
{
	md->ctx = ctx;
	md->n = 0;
	EVP_DigestInit_ex(ctx, sha256(), NULL);
	hput(md, prev, AGATE_AUDITDB_HASH_LEN);
	hput(md, ENCODING_DOMAIN_2, sizeof ENCODING_DOMAIN_2); /* with NUL */
}

void hash_end(hasher *md, uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	unsigned n = AGATE_AUDITDB_HASH_LEN;

	if (md->n)
		EVP_DigestUpdate(md->ctx, md->buf, md->n);
	EVP_DigestFinal_ex(md->ctx, out, &n);
}

void hash_row_md(EVP_MD_CTX *ctx, const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
			const agate_auditdb_row *r, uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	hasher h, *md = &h;
	bool v2 = r->shadow || r->rules_label;

	if (v2)
		hash_begin_v2(md, ctx, prev);
	else
		hash_begin(md, ctx, prev);
	enc_int(md, (int64_t)r->id);
	enc_text(md, r->kind ? r->kind : "verdict");
	enc_int(md, r->time_ms);
	enc_text(md, r->op);
	enc_int(md, (int64_t)r->request_id);
	enc_text(md, r->agent);
	enc_text(md, r->session);
	enc_int(md, r->peer_uid);
	enc_int(md, r->peer_pid);
	enc_text(md, r->tool);
	enc_text(md, r->args_json);
	enc_text(md, r->verdict);
	enc_text(md, r->enforcement);
	enc_text(md, r->rule);
	enc_text(md, r->reason);
	enc_text(md, r->scores_json);
	enc_text(md, r->trace);
	enc_text(md, r->error);
	enc_int(md, (int64_t)r->generation);
	enc_text(md, r->ruleset_digest);
	enc_int(md, (int64_t)r->eval_ns);
	if (v2) {
		enc_text(md, r->shadow);
		enc_text(md, r->rules_label);
	}
	hash_end(md, out);
}

void agate_auditdb_hash_row(const uint8_t prev[AGATE_AUDITDB_HASH_LEN],
			    const agate_auditdb_row *row,
			    uint8_t out[AGATE_AUDITDB_HASH_LEN])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();

	if (!md) {
		/* No memory for a digest context: return a value that can
		 * never match a real chain rather than crash. */
		memset(out, 0xff, AGATE_AUDITDB_HASH_LEN);
		return;
	}
	hash_row_md(md, prev, row, out);
	EVP_MD_CTX_free(md);
}

uint64_t json_u64(const unsigned char *s, const char *key)
{
	const char *p;

	if (!s || !(p = strstr((const char *)s, key)))
		return 0;
	p += strlen(key);
	return strtoull(p, NULL, 10);
}

void agate_auditdb_gap_row(agate_auditdb_row *r, uint64_t first_id, uint64_t last_id,
			   int64_t now_ms, char *args, size_t argscap)
{
	memset(r, 0, sizeof *r);
	r->id = last_id + 1;
	r->kind = "gap";
	r->time_ms = now_ms;
	r->op = "restart";
	r->peer_uid = -1;
	r->peer_pid = -1;
	/* The form verify reads back (json_u64): keep it in step. */
	snprintf(args, argscap, "{\"first_id\":%" PRIu64 ",\"last_id\":%" PRIu64 "}",
		 first_id, last_id);
	r->args_json = args;
	r->reason = "agated stopped without a clean shutdown: these audit ids were reserved, "
		    "some may have been handed out, and none will ever be written "
		    "(in async mode they may name acknowledged verdicts that were lost)";
}

/* request.c - a request's life outside the op that answers it: taken
 * from the pool, packed into a reply, audited, refused, and freed or
 * kept once its reply has left. Every op answers through these, so a
 * reply always has the same frame and a failed audit row always turns
 * it into audit_unavailable.
 */
#include "daemon/ops/request.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/log.h"
#include "policy/base/json.h"
#include "schema/protocol.h"
#include "schema/wire.h"

/* Finished requests are kept for reuse, with their buffers when those are
 * small: at most REQS_KEEP * (sizeof(agated_req) + 2 * REQ_BUF_KEEP), about
 * 2 MiB, stays in the pool however many connections came and went. */
#define REQS_KEEP 256u
#define REQ_BUF_KEEP (4u * 1024u)
#define REPLY_MIN 1024u          /* a check's reply is about 500 bytes */

/* ---- the pool ------------------------------------------------------- */

static void req_destroy(agated_req *r)
{
	msgpack_sbuffer_destroy(&r->out);
	msgpack_sbuffer_destroy(&r->rest);
	free(r);
}

void agated_req_free(agated_req *r)
{
	agated *d;
	msgpack_sbuffer out, rest;

	if (!r)
		return;
	d = r->d;
	free(r->agent);
	free(r->session);
	free(r->tool);
	free(r->digest);
	free(r->reload_label);
	free(r->rules_label);
	if (!d || d->nfree_reqs >= REQS_KEEP || r->out.alloc > REQ_BUF_KEEP ||
	    r->rest.alloc > REQ_BUF_KEEP) {
		req_destroy(r);
		return;
	}
	/* keep it, and its two buffers, for the next request: a request
	 * would otherwise cost three allocations */
	out = r->out;
	rest = r->rest;
	memset(r, 0, sizeof(*r));
	r->out = out;
	r->rest = rest;
	r->out.size = 0;
	r->rest.size = 0;
	r->next = d->free_reqs;
	d->free_reqs = r;
	d->nfree_reqs++;
}

agated_req *agated_req_take(agated *d)
{
	agated_req *r = d->free_reqs;

	if (r) {
		d->free_reqs = r->next;
		d->nfree_reqs--;
		r->next = NULL;
	} else {
		r = calloc(1, sizeof(*r));
		if (!r)
			return NULL;
		msgpack_sbuffer_init(&r->out);
		msgpack_sbuffer_init(&r->rest);
	}
	r->d = d;
	return r;
}

void agated_reqs_free_all(agated *d)
{
	while (d->free_reqs) {
		agated_req *r = d->free_reqs;

		d->free_reqs = r->next;
		req_destroy(r);
	}
	d->nfree_reqs = 0;
}

size_t agated_req_bytes(const agated_req *r)
{
	size_t n = sizeof(*r) + r->out.alloc + r->rest.alloc;
	const char *s[] = { r->agent, r->session, r->tool, r->digest, r->reload_label, r->rules_label };

	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++)
		if (s[i])
			n += strlen(s[i]) + 1;
	return n;
}

void agated_sbuf_reserve(msgpack_sbuffer *sb, size_t n)
{
	char *p;

	if (sb->alloc >= n)
		return;
	p = realloc(sb->data, n);
	if (!p)
		return;
	sb->data = p;
	sb->alloc = n;
}

void agated_req_mark_ready(agated_req *r)
{
	if (!r->ready_hr && r->packed && r->waits == 0 && !r->hold)
		r->ready_hr = uv_hrtime();
}

uint64_t agated_req_latency_ns(const agated_req *r)
{
	uint64_t end = r->ready_hr ? r->ready_hr : uv_hrtime();
	uint64_t ns = end > r->t0 ? end - r->t0 : 0;

	return ns > r->held_ns ? ns - r->held_ns : 0;
}

void agated_req_progress(agated_req *r)
{
	agated_req_mark_ready(r);
	if (r->conn)
		r->d->up.flush(r->conn);
	else if (r->waits == 0 && !r->hold)
		agated_req_free(r);
}

/* ---- msgpack helpers ------------------------------------------------ */

static void put_be32(char *p, uint32_t n)
{
	agate_wire_put_frame_len((unsigned char *)p, n);
}

size_t agated_pk_map_begin(msgpack_sbuffer *sb)
{
	static const char h[5] = { (char)0xdf, 0, 0, 0, 0 };
	size_t off = sb->size;

	msgpack_sbuffer_write(sb, h, sizeof(h));
	return off;
}

void agated_pk_map_end(msgpack_sbuffer *sb, size_t off, uint32_t n)
{
	if (sb->data && sb->size >= off + 5)
		put_be32(sb->data + off + 1, n);
}

size_t agated_pk_array_begin(msgpack_sbuffer *sb)
{
	static const char h[5] = { (char)0xdd, 0, 0, 0, 0 };
	size_t off = sb->size;

	msgpack_sbuffer_write(sb, h, sizeof(h));
	return off;
}

void agated_pk_array_end(msgpack_sbuffer *sb, size_t off, uint32_t n)
{
	agated_pk_map_end(sb, off, n);
}

void agated_pk_key(msgpack_packer *pk, const char *k)
{
	agate_wire_pack_cstr(pk, k);
}

void agated_pk_kstr(msgpack_packer *pk, const char *k, const char *v)
{
	agate_wire_pack_cstr(pk, k);
	agate_wire_pack_cstr(pk, v);
}

void agated_pk_ku64(msgpack_packer *pk, const char *k, uint64_t v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_uint64(pk, v);
}

void agated_pk_ki64(msgpack_packer *pk, const char *k, int64_t v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_int64(pk, v);
}

void agated_pk_kdbl(msgpack_packer *pk, const char *k, double v)
{
	agate_wire_pack_cstr(pk, k);
	msgpack_pack_double(pk, v);
}

void agated_pk_kbool(msgpack_packer *pk, const char *k, bool v)
{
	agate_wire_pack_cstr(pk, k);
	if (v)
		msgpack_pack_true(pk);
	else
		msgpack_pack_false(pk);
}

void agated_reply_begin(msgpack_sbuffer *out, msgpack_packer *pk)
{
	static const char hdr[AGATE_FRAME_HEADER] = { 0 };

	/* keep the buffer's memory: requests are reused */
	out->size = 0;
	agated_sbuf_reserve(out, REPLY_MIN);
	msgpack_packer_init(pk, out, msgpack_sbuffer_write);
	msgpack_sbuffer_write(out, hdr, sizeof(hdr));
	agated_pk_map_begin(out);
}

void reply_error_pack(agated_req *r, const char *code, const char *message)
{
	msgpack_packer pk;

	agated_reply_begin(&r->out, &pk);
	agated_pk_ku64(&pk, "id", r->id);
	agated_pk_kbool(&pk, "ok", false);
	agated_pk_kstr(&pk, "error", code);
	agated_pk_kstr(&pk, "message", message);
	/* a client that reads only the verdict still fails closed */
	agated_pk_kstr(&pk, "verdict", "block");
	agated_pk_map_end(&r->out, AGATE_FRAME_HEADER, 5);
	put_be32(r->out.data, (uint32_t)(r->out.size - AGATE_FRAME_HEADER));
	r->packed = true;
}

void agated_reply_end(agated_req *r, uint32_t nmembers)
{
	if (!r->out.data) {
		reply_error_pack(r, AGATE_ERR_INTERNAL, "out of memory");
		return;
	}
	agated_pk_map_end(&r->out, AGATE_FRAME_HEADER, nmembers);
	put_be32(r->out.data, (uint32_t)(r->out.size - AGATE_FRAME_HEADER));
	r->packed = true;
	if (audit_failed(r))
		reply_error_pack(r, AGATE_ERR_AUDIT, "the verdict could not be recorded");
}

void agated_reply_error(agated_req *r, const char *code, const char *message)
{
	reply_error_pack(r, code, message);
}

int64_t agated_wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- audit ---------------------------------------------------------- */

/* While the audit log refuses rows every request is refused; a line per
 * request would bury the log (and cost the loop a write each), so the
 * log says when the trouble starts or changes, and when it ends, with
 * how many requests were refused in between. The writer thread says
 * itself why a write failed (audit.c), so -EIO adds no line of its own
 * at the start. */
static const char *trouble_what(int e)
{
	switch (e) {
	case -EAGAIN:
		return "the audit queue is full";
	case -EIO:
		return "the audit log cannot be written";
	case -ESHUTDOWN:
		return "the audit log is closing";
	default:
		return strerror(-e);
	}
}

static void audit_trouble(agated *d, int e)
{
	if (d->audit_trouble != e) {
		if (d->audit_trouble)
			agated_warn("audit: now %s (%llu requests refused so far)",
				    trouble_what(e),
				    (unsigned long long)d->audit_trouble_refused);
		else if (e != -EIO)
			agated_warn("audit: %s; requests are refused until it recovers",
				    trouble_what(e));
		if (!d->audit_trouble)
			d->audit_trouble_since = d->loop ? uv_now(d->loop) : 0;
		d->audit_trouble = e;
	}
	d->audit_trouble_refused++;
}

/* A row went through: an episode of trouble, if any, is over. */
static void audit_trouble_over(agated *d)
{
	uint64_t ms;

	if (!d->audit_trouble)
		return;
	ms = d->loop ? uv_now(d->loop) - d->audit_trouble_since : 0;
	agated_warn("audit: recording again; %llu requests were refused in %llu.%01llu s (%s)",
		    (unsigned long long)d->audit_trouble_refused,
		    (unsigned long long)(ms / 1000), (unsigned long long)(ms % 1000 / 100),
		    trouble_what(d->audit_trouble));
	d->audit_trouble = 0;
	d->audit_trouble_refused = 0;
}

void agated_audit_trouble_check(agated *d)
{
	agate_audit_stats st;

	if (!d->audit_trouble || !d->audit)
		return;
	agate_audit_get_stats(d->audit, &st);
	if (!st.failing && st.queue_depth < st.queue_max)
		audit_trouble_over(d);
}

/* r->waits counts the rows a sync-mode reply waits for; a failed row
 * turns the reply into audit_unavailable (never an allow without a row). */
static void on_audit_done(void *ud, int status, uint64_t audit_id)
{
	agated_req *r = ud;

	(void)audit_id;
	if (r->waits)
		r->waits--;
	if (status < 0) {
		audit_trouble(r->d, status);
		agated_stats_error(r->d->stats, AGATE_ERR_AUDIT);
		if (r->hold) {
			agated_reviews_remove(r->d->reviews, r->hold);
			r->hold = NULL;
			if (r->waits)
				r->waits--;
		}
		r->audit_bad = true;
		reply_error_pack(r, AGATE_ERR_AUDIT, "the verdict could not be recorded");
	} else {
		audit_trouble_over(r->d);
	}
	agated_req_progress(r);
}

/* Fill the fields every row shares and submit. In sync mode the request
 * waits for the row's callback. Returns 0 or the submit error. */
int audit_submit(agated *d, agated_req *r, agate_audit_record *rec,
		 uint64_t *audit_id)
{
	bool sync = d->cfg->audit_mode == AGATE_AUDIT_SYNC;
	uint64_t id = 0;
	int e;

	rec->time_ms = agated_wall_ms();
	rec->request_id = r->id;
	if (r->conn && rec->peer_uid == 0 && rec->peer_pid == 0) {
		rec->peer_uid = r->uid;
		rec->peer_pid = r->pid;
	}
	if (!rec->ruleset_digest && !rec->generation && d->snap) {
		rec->generation = agated_snapshot_generation(d->snap);
		rec->ruleset_digest = agated_snapshot_digest(d->snap);
		rec->rules_label = agated_snapshot_label(d->snap);
	}
	if (!d->audit)
		return -ESHUTDOWN;
	if (sync)
		r->waits++;
	e = agate_audit_submit(d->audit, rec, sync ? on_audit_done : NULL,
			       sync ? r : NULL, &id);
	if (e == -EBUSY) {
		/* async, and the window of answered, unwritten rows is full:
		 * this reply waits for its row's commit, as in sync mode */
		sync = true;
		r->waits++;
		e = agate_audit_submit(d->audit, rec, on_audit_done, r, &id);
	}
	if (e) {
		if (sync)
			r->waits--;
		audit_trouble(d, e);
	} else if (!sync) {
		/* queued is all async promises: the log takes rows again */
		audit_trouble_over(d);
	}
	if (audit_id)
		*audit_id = id;
	return e;
}

static void on_detached_done(void *ud, int status, uint64_t audit_id)
{
	agated *d = ud;

	if (status < 0) {
		audit_trouble(d, status);
		agated_error("audit: row %llu could not be written: %s",
			     (unsigned long long)audit_id, strerror(-status));
	}
}

int agated_audit_detached(agated *d, agate_audit_record *rec, uint64_t *audit_id)
{
	uint64_t id = 0;
	int e;

	rec->time_ms = agated_wall_ms();
	if (!rec->generation && d->snap) {
		rec->generation = agated_snapshot_generation(d->snap);
		rec->ruleset_digest = agated_snapshot_digest(d->snap);
		rec->rules_label = agated_snapshot_label(d->snap);
	}
	if (!d->audit)
		return -ESHUTDOWN;
	e = agate_audit_submit(d->audit, rec, on_detached_done, d, &id);
	if (e) {
		audit_trouble(d, e);
		agated_error("audit: a %s row could not be queued: %s", rec->op ? rec->op : "",
			     strerror(-e));
	}
	if (audit_id)
		*audit_id = id;
	return e;
}

void agated_audit_simple(agated *d, agated_req *r, const char *op,
			 const char *verdict, const char *error,
			 const char *reason, const char *agent,
			 const char *session, const char *tool)
{
	agate_audit_record rec = { 0 };

	rec.op = op;
	rec.agent = agent;
	rec.session = session;
	rec.tool = tool;
	rec.verdict = verdict;
	rec.error = error;
	rec.reason = reason;
	rec.peer_uid = -1;
	rec.peer_pid = -1;
	if (r->conn) {
		rec.peer_uid = r->uid;
		rec.peer_pid = r->pid;
	}
	(void)audit_submit(d, r, &rec, NULL);
}

/* A refused request's names go into its row clipped: a request refused
 * because its session name is 900 KiB must not cost 900 KiB of audit log
 * (600 of them stalled the writer for minutes). The row keeps the first
 * bytes, cut on a UTF-8 boundary, and the length the client sent. */
#define REFUSED_NAME_KEEP 256u

static const char *refused_name(agate_arena *a, const agate_value *v)
{
	size_t n, keep = REFUSED_NAME_KEEP;

	if (!v || v->type != AGATE_STR)
		return NULL;
	n = v->as.str.len;
	if (n <= 1024u)
		return v->as.str.ptr;
	while (keep > 0 && ((unsigned char)v->as.str.ptr[keep] & 0xC0u) == 0x80u)
		keep--;
	return agate_arena_printf(a, "%.*s... (%zu bytes)", (int)keep, v->as.str.ptr, n);
}

/* Refuse a request: count it, audit it (verdict block), answer an error. */
void refuse(agated_req *r, const char *op, const agate_value *req,
	    const char *code, const char *message)
{
	agated *d = r->d;
	agate_audit_record rec = { 0 };
	const agate_value *args = req ? agate_value_get(req, "args", 4) : NULL;

	agated_stats_error(d->stats, code);
	rec.op = op ? op : "invalid";
	if (req) {
		rec.agent = refused_name(d->scratch, agate_value_get(req, "agent", 5));
		rec.session = refused_name(d->scratch, agate_value_get(req, "session", 7));
		rec.tool = refused_name(d->scratch, agate_value_get(req, "tool", 4));
	}
	rec.args_json = args ? agate_json_encode(d->scratch, args) : NULL;
	rec.verdict = "block";
	rec.error = code;
	rec.reason = message;
	rec.peer_uid = r->conn ? (int64_t)r->uid : -1;
	rec.peer_pid = r->conn ? (int64_t)r->pid : -1;
	(void)audit_submit(d, r, &rec, NULL);
	agated_debug("request %llu refused: %s: %s", (unsigned long long)r->id,
		     code, message);
	reply_error_pack(r, code, message);
}

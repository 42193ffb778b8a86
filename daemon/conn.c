/* conn.c - one client connection: frames in, ordered replies out. Each
 * frame gets a request, queued here with the peer's uid and pid, before
 * dispatch.c sees it; so the ops never queue, flush or close. At
 * shutdown the grace timer cuts off peers that stop reading.
 *
 * Memory per connection is bounded: the read buffer never exceeds one
 * frame plus its header, at most max_inflight requests wait in the queue,
 * and when the peer does not read its replies (write queue high) we stop
 * reading its requests until it does.
 */
#include "daemon/conn.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "daemon/log.h"
#include "daemon/ops/ops.h"
#include "daemon/ops/request.h"
#include "schema/protocol.h"
#include "schema/wire.h"

#define RBUF_MIN 16384u
#define WRITE_HIGH (4u * 1024u * 1024u)
#define WRITE_LOW (1u * 1024u * 1024u)
#define OBUF_MIN 4096u
#define OBUF_KEEP (256u * 1024u) /* larger output buffers are given back */

struct agated_conn {
	uv_pipe_t pipe;
	agated *d;
	agated_conn *prev, *next;
	uint32_t uid;
	int32_t pid;
	char *rbuf;
	size_t rlen, rcap;
	agated_req *qhead, *qtail;
	size_t nq;
	size_t write_bytes;       /* bytes handed to uv_write, not yet written */
	int64_t partial_since;    /* uv_now when an unfinished frame began; 0 none */
	int64_t last_active;
	bool paused;              /* reading stopped for flow control */
	bool closing;
	bool close_after_flush;   /* answer what is queued, then close */
	bool shut;                /* uv_shutdown issued */
	/* Replies ready to go out, in order: gathered so that replies made
	 * together leave in one write, sent with uv_try_write, and handed
	 * to uv_write only when the socket is full. */
	char *obuf;
	size_t olen, ocap;
	bool writing;             /* a uv_write is in flight (write_bytes) */
};

/* The unsent tail of a connection's output, owned by libuv until on_write. */
typedef struct conn_write {
	uv_write_t w;
	agated_conn *c;
	char *data;
	size_t len;
} conn_write;

static void conn_process(agated_conn *c);
static void conns_gone(agated *d);

static uint32_t *uid_slot(agated *d, uint32_t uid, bool create)
{
	for (size_t i = 0; i < d->nuid_counts; i++)
		if (d->uid_counts[i].uid == uid)
			return &d->uid_counts[i].n;
	if (!create)
		return NULL;
	for (size_t i = 0; i < d->nuid_counts; i++) {
		if (d->uid_counts[i].n == 0) {
			d->uid_counts[i].uid = uid;
			return &d->uid_counts[i].n;
		}
	}
	void *n = realloc(d->uid_counts, (d->nuid_counts + 1) * sizeof(*d->uid_counts));
	if (!n)
		return NULL;
	d->uid_counts = n;
	d->uid_counts[d->nuid_counts].uid = uid;
	d->uid_counts[d->nuid_counts].n = 0;
	return &d->uid_counts[d->nuid_counts++].n;
}

/* bytes accepted for this connection and not yet written */
static size_t conn_unsent(const agated_conn *c)
{
	return c->write_bytes + c->olen;
}

static void on_close(uv_handle_t *h)
{
	agated_conn *c = h->data;
	agated *d = c->d;

	free(c->rbuf);
	free(c->obuf);
	free(c);
	d->handles_open--;
}

void agated_conn_close(agated_conn *c)
{
	agated *d = c->d;
	agated_req *r, *next;
	uint32_t *n;

	if (c->closing)
		return;
	c->closing = true;
	uv_read_stop((uv_stream_t *)&c->pipe);
	/* detach the queue: a request still waiting (audit row, hold,
	 * reload) lives on without its connection */
	r = c->qhead;
	c->qhead = c->qtail = NULL;
	c->nq = 0;
	for (; r; r = next) {
		next = r->next;
		r->next = NULL;
		r->conn = NULL;
		if (r->hold)
			agated_hold_resolve(d, r->hold, false, -1,
					    "client disconnected while the call was held");
		if (r->waits == 0)
			agated_req_free(r);
	}
	if (c->prev)
		c->prev->next = c->next;
	else
		d->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	d->nconns--;
	if ((n = uid_slot(d, c->uid, false)) && *n)
		(*n)--;
	agated_debug("conn: closed uid=%u pid=%d", c->uid, c->pid);
	uv_close((uv_handle_t *)&c->pipe, on_close);
	if (d->stopping && !d->conns && !d->audit)
		conns_gone(d);
}

static void on_write(uv_write_t *w, int status)
{
	conn_write *cw = (conn_write *)w;
	agated_conn *c = cw->c;

	c->write_bytes -= cw->len < c->write_bytes ? cw->len : c->write_bytes;
	c->writing = false;
	free(cw->data);
	free(cw);
	if (c->closing)
		return;
	if (status < 0) {
		agated_debug("conn: write failed uid=%u: %s", c->uid, uv_strerror(status));
		agated_conn_close(c);
		return;
	}
	agated_conn_flush(c);
}

/* Append a reply to the connection's output. */
static int conn_queue_out(agated_conn *c, const char *p, size_t n)
{
	if (c->ocap - c->olen < n) {
		size_t cap = c->ocap ? c->ocap : OBUF_MIN;
		char *nb;

		while (cap - c->olen < n)
			cap *= 2;
		nb = realloc(c->obuf, cap);
		if (!nb)
			return -ENOMEM;
		c->obuf = nb;
		c->ocap = cap;
	}
	memcpy(c->obuf + c->olen, p, n);
	c->olen += n;
	return 0;
}

/* Send the gathered output: one write() when the socket has room, which
 * is the usual case (no request, no callback, no poll registration); what
 * does not fit goes to uv_write, one at a time, so the order holds. */
static int conn_send_out(agated_conn *c)
{
	uv_buf_t b;
	conn_write *cw;
	size_t done = 0;
	int n, e;

	if (c->writing || c->olen == 0)
		return 0;
	b = uv_buf_init(c->obuf, (unsigned)c->olen);
	n = uv_try_write((uv_stream_t *)&c->pipe, &b, 1);
	if (n >= 0)
		done = (size_t)n;
	else if (n != UV_EAGAIN)
		return n;
	if (done == c->olen) {
		c->olen = 0;
		if (c->ocap > OBUF_KEEP) {
			free(c->obuf);
			c->obuf = NULL;
			c->ocap = 0;
		}
		return 0;
	}
	/* hand the buffer over with its unsent tail; replies made meanwhile
	 * gather in a new one */
	cw = calloc(1, sizeof(*cw));
	if (!cw)
		return -ENOMEM;
	cw->c = c;
	cw->data = c->obuf;
	cw->len = c->olen - done;
	b = uv_buf_init(c->obuf + done, (unsigned)cw->len);
	e = uv_write(&cw->w, (uv_stream_t *)&c->pipe, &b, 1, on_write);
	if (e) {
		free(cw);
		return e;
	}
	c->obuf = NULL;
	c->olen = c->ocap = 0;
	c->writing = true;
	c->write_bytes += cw->len;
	return 0;
}

static void conn_pause(agated_conn *c)
{
	if (!c->paused && !c->closing) {
		uv_read_stop((uv_stream_t *)&c->pipe);
		c->paused = true;
	}
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf);
static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf);

void agated_conn_flush(agated_conn *c)
{
	agated *d = c->d;
	int e;

	if (c->closing)
		return;
	while (c->qhead && c->qhead->packed && c->qhead->waits == 0) {
		agated_req *r = c->qhead;

		c->qhead = r->next;
		if (!c->qhead)
			c->qtail = NULL;
		c->nq--;
		if (r->is_check)
			agated_stats_total_ns(d->stats, uv_hrtime() - r->t0);
		e = conn_queue_out(c, r->out.data, r->out.size);
		agated_req_free(r);
		if (e) {
			agated_warn("conn: cannot send reply to uid=%u: %s", c->uid,
				    strerror(-e));
			agated_conn_close(c);
			return;
		}
	}
	if ((e = conn_send_out(c)) < 0) {
		agated_debug("conn: cannot send reply to uid=%u: %s", c->uid,
			     e == -ENOMEM ? strerror(ENOMEM) : uv_strerror(e));
		agated_conn_close(c);
		return;
	}
	if (c->close_after_flush) {
		if (!c->qhead && conn_unsent(c) == 0)
			agated_conn_close(c);
		return;
	}
	if (c->paused && !d->stopping && c->nq <= d->cfg->max_inflight / 2 &&
	    conn_unsent(c) <= WRITE_LOW) {
		c->paused = false;
		if (uv_read_start((uv_stream_t *)&c->pipe, on_alloc, on_read) == 0)
			conn_process(c);
	}
}

static int ensure_cap(agated_conn *c, size_t need)
{
	char *n;

	if (c->rcap >= need)
		return 0;
	n = realloc(c->rbuf, need);
	if (!n)
		return -ENOMEM;
	c->rbuf = n;
	c->rcap = need;
	return 0;
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	agated_conn *c = h->data;
	size_t limit = (size_t)c->d->cfg->max_frame + AGATE_FRAME_HEADER;
	size_t want = c->rcap < RBUF_MIN ? RBUF_MIN : c->rcap;

	if (want > limit)
		want = limit;
	if (c->rcap - c->rlen < 1024 && c->rcap < limit) {
		want = c->rcap * 2 < RBUF_MIN ? RBUF_MIN : c->rcap * 2;
		if (want > limit)
			want = limit;
	}
	if (ensure_cap(c, want) || c->rcap == c->rlen) {
		*buf = uv_buf_init(NULL, 0); /* libuv reports UV_ENOBUFS */
		return;
	}
	*buf = uv_buf_init(c->rbuf + c->rlen, (unsigned)(c->rcap - c->rlen));
}

/* ---- requests ------------------------------------------------------- */

/* A request for the next frame, queued so that its reply leaves in
 * order; it carries the peer's credentials for the ops and the audit. */
static agated_req *req_new(agated_conn *c)
{
	agated_req *r = agated_req_take(c->d);

	if (!r)
		return NULL;
	r->conn = c;
	r->uid = c->uid;
	r->pid = c->pid;
	r->t0 = uv_hrtime();
	if (c->qtail)
		c->qtail->next = r;
	else
		c->qhead = r;
	c->qtail = r;
	c->nq++;
	return r;
}

static void frame_in(agated_conn *c, const char *buf, size_t len)
{
	agated_req *r = req_new(c);

	if (!r) {
		agated_error("out of memory for a request; closing uid=%u", c->uid);
		agated_conn_close(c);
		return;
	}
	agated_handle_frame(r, buf, len);
}

static void frame_too_large(agated_conn *c, uint32_t len)
{
	agated_req *r = req_new(c);

	if (!r) {
		agated_conn_close(c);
		return;
	}
	agated_handle_too_large(r, len);
}

static void frame_truncated(agated_conn *c, size_t have, size_t want)
{
	agated_req *r = req_new(c);

	if (r)
		agated_handle_truncated(r, have, want);
}

static void conn_process(agated_conn *c)
{
	agated *d = c->d;
	size_t off = 0;
	int64_t now = (int64_t)uv_now(d->loop);

	while (!c->paused && !c->closing && !c->close_after_flush) {
		uint32_t n;

		if (c->rlen - off < AGATE_FRAME_HEADER)
			break;
		n = agate_wire_frame_len((const unsigned char *)c->rbuf + off);
		if (n > d->cfg->max_frame) {
			frame_too_large(c, n);
			/* the rest of the stream cannot be re-synchronised */
			c->close_after_flush = true;
			uv_read_stop((uv_stream_t *)&c->pipe);
			off = c->rlen;
			break;
		}
		if (c->rlen - off - AGATE_FRAME_HEADER < n)
			break;
		frame_in(c, c->rbuf + off + AGATE_FRAME_HEADER, n);
		off += AGATE_FRAME_HEADER + n;
		agate_arena_reset(d->scratch);
		if (c->nq >= d->cfg->max_inflight || conn_unsent(c) > WRITE_HIGH)
			conn_pause(c);
	}
	agate_arena_reset(d->scratch);
	if (c->closing)
		return;
	if (off) {
		memmove(c->rbuf, c->rbuf + off, c->rlen - off);
		c->rlen -= off;
		c->partial_since = c->rlen ? now : 0;
	} else if (c->rlen && !c->partial_since) {
		c->partial_since = now;
	}
	if (c->rlen >= AGATE_FRAME_HEADER && !c->close_after_flush) {
		uint32_t n = agate_wire_frame_len((const unsigned char *)c->rbuf);
		if (n <= d->cfg->max_frame &&
		    ensure_cap(c, (size_t)n + AGATE_FRAME_HEADER)) {
			agated_warn("conn: out of memory for a frame of %u bytes", n);
			agated_conn_close(c);
			return;
		}
	}
	/* shrink a buffer grown for one big frame once it is done */
	if (c->rlen == 0 && c->rcap > 4 * RBUF_MIN) {
		char *s = realloc(c->rbuf, RBUF_MIN);
		if (s) {
			c->rbuf = s;
			c->rcap = RBUF_MIN;
		}
	}
	agated_conn_flush(c);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
	agated_conn *c = s->data;

	if (c->closing)
		return;
	if (nread > 0) {
		c->rlen += (size_t)nread;
		c->last_active = (int64_t)uv_now(c->d->loop);
		conn_process(c);
		return;
	}
	if (nread == 0)
		return;
	if (nread == UV_EOF) {
		uv_read_stop(s);
		if (c->rlen) {
			size_t want = 0;
			if (c->rlen >= AGATE_FRAME_HEADER)
				want = agate_wire_frame_len((const unsigned char *)c->rbuf);
			frame_truncated(c, c->rlen, want);
			agate_arena_reset(c->d->scratch);
			c->rlen = 0;
		}
		/* half-closed: the peer may still read what it asked for */
		c->close_after_flush = true;
		agated_conn_flush(c);
		return;
	}
	agated_debug("conn: read error uid=%u: %s", c->uid, uv_strerror((int)nread));
	agated_conn_close(c);
}

int agated_conn_accept(agated *d, int fd)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	agated_conn *c;
	uint32_t *per_uid;
	int e;

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
		e = -errno;
		agated_warn("conn: no peer credentials: %s", strerror(errno));
		close(fd);
		return e;
	}
	per_uid = uid_slot(d, cred.uid, true);
	if (d->stopping || d->nconns >= d->cfg->max_conns || !per_uid ||
	    *per_uid >= d->cfg->max_conns_per_uid) {
		d->conns_refused++;
		agated_warn("conn: refused uid=%u pid=%d: %s", (unsigned)cred.uid,
			    (int)cred.pid,
			    d->stopping ? "shutting down"
			    : d->nconns >= d->cfg->max_conns ? "connection limit reached"
							     : "per-uid connection limit reached");
		close(fd);
		return -EBUSY;
	}
	c = calloc(1, sizeof(*c));
	if (!c) {
		close(fd);
		return -ENOMEM;
	}
	c->d = d;
	c->uid = cred.uid;
	c->pid = cred.pid;
	c->last_active = (int64_t)uv_now(d->loop);
	if ((e = uv_pipe_init(d->loop, &c->pipe, 0))) {
		free(c);
		close(fd);
		return e;
	}
	c->pipe.data = c;
	d->handles_open++;
	if ((e = uv_pipe_open(&c->pipe, fd)) ||
	    (e = uv_read_start((uv_stream_t *)&c->pipe, on_alloc, on_read))) {
		agated_warn("conn: cannot start uid=%u: %s", c->uid, uv_strerror(e));
		close(fd);
		c->closing = true;
		uv_close((uv_handle_t *)&c->pipe, on_close);
		return e;
	}
	(*per_uid)++;
	c->next = d->conns;
	if (d->conns)
		d->conns->prev = c;
	d->conns = c;
	d->nconns++;
	d->conns_total++;
	agated_debug("conn: accepted uid=%u pid=%d", c->uid, c->pid);
	return 0;
}

void agated_conn_sweep(agated *d)
{
	int64_t now = (int64_t)uv_now(d->loop);
	agated_conn *c = d->conns, *next;

	for (; c; c = next) {
		next = c->next;
		if (c->partial_since &&
		    now - c->partial_since > (int64_t)d->cfg->read_timeout_s * 1000) {
			agated_warn("conn: uid=%u pid=%d sent part of a frame and stalled; closing",
				    c->uid, c->pid);
			agated_conn_close(c);
		} else if (!c->qhead && !c->rlen && conn_unsent(c) == 0 &&
			   now - c->last_active > (int64_t)d->cfg->idle_timeout_s * 1000) {
			agated_info("conn: uid=%u pid=%d idle; closing", c->uid, c->pid);
			agated_conn_close(c);
		}
	}
}

void agated_conn_shutdown_all(agated *d)
{
	agated_conn *c = d->conns, *next;

	for (; c; c = next) {
		next = c->next;
		uv_read_stop((uv_stream_t *)&c->pipe);
		c->paused = true;
		c->close_after_flush = true;
		agated_conn_flush(c);
	}
}

/* ---- shutdown: the grace timer ------------------------------------- */

static void on_grace_closed(uv_handle_t *h)
{
	agated *d = h->data;

	d->handles_open--;
}

/* The last connection closed during shutdown, or the grace ran out. */
static void conns_gone(agated *d)
{
	if (d->grace_active) {
		d->grace_active = false;
		if (!uv_is_closing((uv_handle_t *)&d->grace)) {
			d->grace.data = d;
			uv_close((uv_handle_t *)&d->grace, on_grace_closed);
		}
	}
}

static void on_grace(uv_timer_t *t)
{
	agated *d = t->data;
	agated_conn *c = d->conns, *next;

	/* peers that do not read their last replies do not hold us up */
	for (; c; c = next) {
		next = c->next;
		agated_conn_close(c);
	}
	conns_gone(d);
}

void agated_conns_drain(agated *d, uint64_t grace_ms)
{
	agated_conn_shutdown_all(d);
	if (d->conns && uv_timer_init(d->loop, &d->grace) == 0) {
		d->grace.data = d;
		d->handles_open++;
		d->grace_active = true;
		uv_timer_start(&d->grace, on_grace, grace_ms, 0);
	}
}

/* conn.c - one client connection: frames in, ordered replies out. Each
 * frame gets a request, queued here with the peer's uid and pid, before
 * dispatch.c sees it; so the ops never queue, flush or close. At
 * shutdown the grace timer cuts off peers that stop reading.
 *
 * Memory is counted in bytes, per connection, per uid and in all (a
 * count of requests says nothing of their size):
 * - A connection's read buffer holds at most one frame and its header
 *   (max-frame). What it has pending, requests waiting for their turn
 *   and replies its peer has not taken, is kept near
 *   max-memory-per-connection: past it we stop reading from the peer
 *   until it reads its replies (max-inflight bounds their count too).
 * - Everything a connection holds (read buffer, output, requests) counts
 *   against its uid's share (max-memory-per-uid) and against max-memory
 *   for all connections. Past either, a connection with anything pending
 *   is not read, a frame that arrives anyway is refused `overloaded` (an
 *   admin's is served, one at a time), and a frame too large to buffer
 *   is refused and its connection closed (the stream cannot be
 *   re-synchronised, as for too_large). So peers that never read cost
 *   their uid its share, and all of them together about max-memory (each
 *   connection may go past it by the one reply it was allowed).
 * - A peer that takes none of its replies for write-timeout is cut off.
 *   A closed connection's buffers are freed at once; the request pool
 *   (ops/request.c) and malloc's free lists (server.c trims them) keep
 *   a bounded part of what it held.
 *
 * Connection slots: max-connections in all, admin-connections of them
 * only for admin uids, max-connections-per-uid per uid. A newcomer past a
 * cap is not refused while an idle connection (nothing queued, unsent,
 * half-read, nor waiting in its socket) can make room: the longest idle
 * one is closed; at the per-uid cap, one of the newcomer's own uid; at
 * the global cap, one of the uid holding the most connections, and never
 * one of a uid holding no more than the newcomer's (so no uid can take
 * another's fair share) nor an admin's; an admin may take any. libagate
 * reconnects on its next request, so an idle client loses nothing.
 */
#include "daemon/conn.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "daemon/log.h"
#include "daemon/ops/ops.h"
#include "daemon/ops/request.h"
#include "schema/protocol.h"
#include "schema/wire.h"

#define RBUF_MIN 16384u
#define OBUF_MIN 4096u
#define OBUF_KEEP (16u * 1024u) /* larger output buffers are given back */

struct agated_conn {
	uv_pipe_t pipe;
	agated *d;
	agated_conn *prev, *next;
	uint32_t uid;
	int32_t pid;
	size_t uidx;              /* its uid's row in d->uids */
	uint64_t seq;             /* accept order: the older of two equally idle goes first */
	bool admin;               /* its uid may use admin ops */
	char *rbuf;
	size_t rlen, rcap;
	agated_req *qhead, *qtail;
	size_t nq;
	size_t qbytes;            /* what the queued requests hold (their charged) */
	agated_req *handling;     /* its op runs now: it stays queued meanwhile */
	size_t write_bytes;       /* bytes handed to uv_write, not yet written */
	size_t write_alloc;       /* what the buffer handed to uv_write holds */
	size_t mem;               /* counted in d->conn_mem and its uid's row */
	int64_t partial_since;    /* uv_now when an unfinished frame began; 0 none */
	int64_t unsent_since;     /* uv_now since replies wait for the peer; 0 none */
	int64_t last_active;      /* uv_now of the last bytes read */
	bool paused;              /* reading stopped for flow control */
	bool processing;          /* conn_process runs: it resumes by itself */
	bool closing;
	bool close_after_flush;   /* answer what is queued, then close */
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
	size_t alloc;             /* counted in c->write_alloc */
} conn_write;

/* What conn_frame hands a request to. */
enum frame_kind {
	FRAME_IN,         /* a whole frame: run it */
	FRAME_REFUSED,    /* a whole frame, refused overloaded (why) */
	FRAME_TOO_LARGE,  /* its header announced more than max-frame */
	FRAME_NO_ROOM,    /* no memory to buffer it now (why) */
	FRAME_TRUNCATED,  /* the peer closed inside it */
	FRAME_STALLED,    /* not finished within read-timeout */
};

static void conn_process(agated_conn *c);
static void conns_gone(agated *d);

/* ---- accounting ----------------------------------------------------- */

/* The row of uid in d->uids: its own, else one no connection uses, else
 * a new one; -1 when out of memory. There is a row per uid with a
 * connection and at most one more. */
static ptrdiff_t uid_row(agated *d, uint32_t uid)
{
	ptrdiff_t spare = -1;
	void *n;

	for (size_t i = 0; i < d->nuids; i++) {
		if (d->uids[i].uid == uid)
			return (ptrdiff_t)i;
		if (spare < 0 && d->uids[i].n == 0 && d->uids[i].mem == 0)
			spare = (ptrdiff_t)i;
	}
	if (spare < 0) {
		n = realloc(d->uids, (d->nuids + 1) * sizeof(*d->uids));
		if (!n)
			return -1;
		d->uids = n;
		spare = (ptrdiff_t)d->nuids++;
	}
	d->uids[spare].uid = uid;
	d->uids[spare].n = 0;
	d->uids[spare].mem = 0;
	return spare;
}

/* bytes accepted for this connection and not yet written */
static size_t conn_unsent(const agated_conn *c)
{
	return c->write_bytes + c->olen;
}

/* what c's peer has asked for and not yet taken */
static size_t conn_pending(const agated_conn *c)
{
	return c->qbytes + conn_unsent(c);
}

/* Bring c's share of d->conn_mem and of its uid's row up to date with
 * what it holds now (nothing once it is closing). */
static void conn_account(agated_conn *c)
{
	agated *d = c->d;
	struct agated_uid_use *u = &d->uids[c->uidx];
	size_t now = c->closing ? 0
		     : sizeof(*c) + c->rcap + c->ocap + c->write_alloc + c->qbytes;

	d->conn_mem = d->conn_mem - c->mem + now;
	u->mem = u->mem - c->mem + now;
	c->mem = now;
	if (d->conn_mem > d->conn_mem_high)
		d->conn_mem_high = d->conn_mem;
}

/* Why c may not take `more` bytes, or more work at all when more is 0:
 * the memory of all connections, or of its uid, is spent. NULL: it may. */
static const char *conn_short(const agated_conn *c, size_t more)
{
	const agated *d = c->d;

	if (d->conn_mem + more > d->cfg->max_memory)
		return "the memory for connections is used up; try again later";
	if (d->uids[c->uidx].mem + more > agated_config_uid_memory(d->cfg))
		return "this uid's share of the memory for connections is used up; try again later";
	return NULL;
}

/* Whether the peer left bytes we sent unread in its socket. While
 * memory is short this counts as pending too: a peer that does not read
 * must not have frame after frame refused (each with its reply and audit
 * row) just because the kernel still takes its replies. */
static bool conn_unread(const agated_conn *c)
{
	uv_os_fd_t fd;
	int n = 0;

	return uv_fileno((const uv_handle_t *)&c->pipe, &fd) == 0 &&
	       ioctl(fd, SIOCOUTQ, &n) == 0 && n > 0;
}

/* Whether the peer closed its socket outright (not only shut down its
 * writing side, after which it may still read what it asked for): a
 * Unix stream socket whose peer is closed polls POLLHUP, a half-closed
 * one only POLLRDHUP. */
static bool conn_peer_gone(const agated_conn *c)
{
	struct pollfd p = { .events = POLLIN | POLLRDHUP };
	uv_os_fd_t fd;

	if (uv_fileno((const uv_handle_t *)&c->pipe, &fd) != 0)
		return false;
	p.fd = fd;
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR));
}

static bool conn_should_pause(const agated_conn *c)
{
	size_t p = conn_pending(c);

	return c->nq >= c->d->cfg->max_inflight ||
	       p > c->d->cfg->max_memory_per_conn ||
	       (conn_short(c, 0) && (p || conn_unread(c)));
}

/* Hysteresis: read again once half the backlog is gone; while memory is
 * short, once the peer has read everything (then its next frame is
 * answered, one at a time: refused, or run for an admin). A pause that
 * no write ends (the replies are in the kernel's hands) is looked at
 * again by the tick. */
static bool conn_may_resume(const agated_conn *c)
{
	size_t p = conn_pending(c);

	if (c->d->stopping || c->nq > c->d->cfg->max_inflight / 2)
		return false;
	if (conn_short(c, 0))
		return p == 0 && !conn_unread(c);
	return p <= c->d->cfg->max_memory_per_conn / 2;
}

/* ---- closing -------------------------------------------------------- */

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
	struct agated_uid_use *u;
	agated_req *r, *next;

	if (c->closing)
		return;
	c->closing = true;
	uv_read_stop((uv_stream_t *)&c->pipe);
	/* detach the queue: a request still waiting (audit row, hold,
	 * reload) lives on without its connection; the one whose op runs
	 * now is freed by conn_frame when the op returns */
	r = c->qhead;
	c->qhead = c->qtail = NULL;
	c->nq = 0;
	c->qbytes = 0;
	for (; r; r = next) {
		next = r->next;
		r->next = NULL;
		r->conn = NULL;
		r->charged = 0;
		if (r->hold) {
			/* keep r ours across the resolve: with nothing left to
			 * wait for (async audit) it would free r itself */
			r->waits++;
			agated_hold_resolve(d, r->hold, AGATED_HOLD_CALLER_GONE, -1,
					    "caller gone before review: its connection closed");
			r->waits--;
		}
		if (r->waits == 0 && r != c->handling)
			agated_req_free(r);
	}
	if (c->prev)
		c->prev->next = c->next;
	else
		d->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	d->nconns--;
	u = &d->uids[c->uidx];
	if (u->n)
		u->n--;
	conn_account(c);
	agated_debug("conn: closed uid=%u pid=%d", c->uid, c->pid);
	uv_close((uv_handle_t *)&c->pipe, on_close);
	if (d->stopping && !d->conns && !d->audit)
		conns_gone(d);
}

/* Read no more: what is queued is answered, then the connection closes. */
static void conn_stop_reading(agated_conn *c)
{
	c->close_after_flush = true;
	uv_read_stop((uv_stream_t *)&c->pipe);
}

/* ---- output --------------------------------------------------------- */

static void on_write(uv_write_t *w, int status)
{
	conn_write *cw = (conn_write *)w;
	agated_conn *c = cw->c;

	c->write_bytes -= cw->len < c->write_bytes ? cw->len : c->write_bytes;
	c->write_alloc -= cw->alloc < c->write_alloc ? cw->alloc : c->write_alloc;
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
	/* the peer takes its replies: the write timeout starts again */
	c->unsent_since = 0;
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
		c->unsent_since = 0;
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
	cw->alloc = c->ocap + sizeof(*cw);
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
	c->write_alloc += cw->alloc;
	if (!c->unsent_since)
		c->unsent_since = (int64_t)uv_now(c->d->loop);
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

/* Move the replies that are ready, in order, to the output and send what
 * the socket takes. Returns false when c closed (or closes) meanwhile. */
static bool conn_flush_out(agated_conn *c)
{
	agated *d = c->d;
	int e;

	if (c->closing)
		return false;
	while (c->qhead && c->qhead != c->handling && c->qhead->packed &&
	       c->qhead->waits == 0) {
		agated_req *r = c->qhead;

		c->qhead = r->next;
		if (!c->qhead)
			c->qtail = NULL;
		c->nq--;
		c->qbytes -= r->charged < c->qbytes ? r->charged : c->qbytes;
		r->charged = 0;
		if (r->is_check)
			agated_stats_total_ns(d->stats, agated_req_latency_ns(r));
		e = conn_queue_out(c, r->out.data, r->out.size);
		agated_req_free(r);
		if (e) {
			agated_warn("conn: cannot send reply to uid=%u: %s", c->uid,
				    strerror(-e));
			agated_conn_close(c);
			return false;
		}
	}
	if ((e = conn_send_out(c)) < 0) {
		agated_debug("conn: cannot send reply to uid=%u: %s", c->uid,
			     e == -ENOMEM ? strerror(ENOMEM) : uv_strerror(e));
		agated_conn_close(c);
		return false;
	}
	conn_account(c);
	if (c->close_after_flush && !c->qhead && conn_unsent(c) == 0) {
		agated_conn_close(c);
		return false;
	}
	return true;
}

/* Read again after a pause. */
static bool conn_unpause(agated_conn *c)
{
	c->paused = false;
	if (uv_read_start((uv_stream_t *)&c->pipe, on_alloc, on_read) == 0)
		return true;
	c->paused = true;
	return false;
}

void agated_conn_flush(agated_conn *c)
{
	if (!conn_flush_out(c))
		return;
	/* inside conn_process, its own loop resumes */
	if (!c->processing && c->paused && !c->close_after_flush &&
	    conn_may_resume(c) && conn_unpause(c))
		conn_process(c);
}

/* ---- input ---------------------------------------------------------- */

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

/* The buffer only grows here to RBUF_MIN: a frame larger than that has
 * its whole size reserved by conn_process once its header is read, after
 * the memory budget allowed it. */
static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	agated_conn *c = h->data;

	(void)suggested;
	if (ensure_cap(c, RBUF_MIN) || c->rcap == c->rlen) {
		*buf = uv_buf_init(NULL, 0); /* libuv reports UV_ENOBUFS */
		return;
	}
	*buf = uv_buf_init(c->rbuf + c->rlen, (unsigned)(c->rcap - c->rlen));
}

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

/* Queue a request for a frame (or a framing fault) and hand it to
 * dispatch.c; then count what it holds against c. len is the payload's
 * length (FRAME_IN, FRAME_REFUSED), the announced length (TOO_LARGE,
 * NO_ROOM), or the bytes received, header included, of which want were
 * announced (TRUNCATED, STALLED). */
static void conn_frame(agated_conn *c, enum frame_kind kind, const char *buf,
		       size_t len, size_t want, const char *why)
{
	agated_req *r = req_new(c);

	if (!r) {
		agated_error("out of memory for a request; closing uid=%u", c->uid);
		agated_conn_close(c);
		return;
	}
	c->handling = r;
	switch (kind) {
	case FRAME_IN:
		agated_handle_frame(r, buf, len);
		break;
	case FRAME_REFUSED:
		agated_handle_refused(r, buf, len, AGATE_ERR_OVERLOADED, why);
		break;
	case FRAME_TOO_LARGE:
		agated_handle_too_large(r, (uint32_t)len);
		break;
	case FRAME_NO_ROOM:
		agated_handle_no_room(r, (uint32_t)len, why);
		break;
	case FRAME_TRUNCATED:
		agated_handle_truncated(r, len, want);
		break;
	case FRAME_STALLED:
		agated_handle_stalled(r, len, want, c->d->cfg->read_timeout_s);
		break;
	}
	c->handling = NULL;
	agated_req_mark_ready(r);
	if (!r->conn) {
		/* the connection closed while the op ran */
		agated_req_progress(r);
		return;
	}
	r->charged = agated_req_bytes(r);
	c->qbytes += r->charged;
}

/* Run every whole frame in the buffer, until flow control or memory
 * pauses c; then keep the unfinished rest and make room for it. */
static void conn_read_frames(agated_conn *c)
{
	agated *d = c->d;
	size_t off = 0;
	int64_t now = (int64_t)uv_now(d->loop);
	const char *why;

	while (!c->paused && !c->closing && !c->close_after_flush) {
		uint32_t n;

		if (c->rlen - off < AGATE_FRAME_HEADER)
			break;
		n = agate_wire_frame_len((const unsigned char *)c->rbuf + off);
		if (n > d->cfg->max_frame) {
			conn_frame(c, FRAME_TOO_LARGE, NULL, n, 0, NULL);
			/* the rest of the stream cannot be re-synchronised */
			if (!c->closing)
				conn_stop_reading(c);
			off = c->rlen;
			break;
		}
		if (c->rlen - off - AGATE_FRAME_HEADER < n)
			break;
		/* an admin's request is slowed (one at a time), never refused:
		 * the operator must see and act on what is going on */
		why = c->admin ? NULL : conn_short(c, 0);
		conn_frame(c, why ? FRAME_REFUSED : FRAME_IN,
			   c->rbuf + off + AGATE_FRAME_HEADER, n, 0, why);
		off += AGATE_FRAME_HEADER + n;
		agate_arena_reset(d->scratch);
		if (c->closing)
			break;
		conn_account(c);
		if (conn_should_pause(c))
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
		size_t need = (size_t)n + AGATE_FRAME_HEADER;

		if (n <= d->cfg->max_frame && need > c->rcap) {
			if ((why = conn_short(c, need - c->rcap))) {
				conn_frame(c, FRAME_NO_ROOM, NULL, n, 0, why);
				if (c->closing)
					return;
				conn_stop_reading(c);
				c->rlen = 0;
				c->partial_since = 0;
			} else if (ensure_cap(c, need)) {
				agated_warn("conn: out of memory for a frame of %u bytes", n);
				agated_conn_close(c);
				return;
			}
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
}

/* Frames in, replies out, until c pauses with work pending or has read
 * everything it got; a pause that ends at once (the replies left) goes
 * on here rather than by recursion through agated_conn_flush. */
static void conn_process(agated_conn *c)
{
	c->processing = true;
	do {
		conn_read_frames(c);
		if (!conn_flush_out(c))
			return;
	} while (c->paused && !c->close_after_flush && conn_may_resume(c) &&
		 conn_unpause(c));
	c->processing = false;
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
	agated_conn *c = s->data;

	(void)buf;
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
			conn_frame(c, FRAME_TRUNCATED, NULL, c->rlen, want, NULL);
			agate_arena_reset(c->d->scratch);
			if (c->closing)
				return;
			c->rlen = 0;
			c->partial_since = 0;
		}
		/* gone: nobody reads what is pending, and a held call's caller
		 * cannot act on an answer; it is blocked now, not at the
		 * review's timeout or after an operator approved it */
		if (conn_peer_gone(c)) {
			agated_conn_close(c);
			return;
		}
		/* half-closed: the peer may still read what it asked for */
		c->close_after_flush = true;
		agated_conn_flush(c);
		return;
	}
	agated_debug("conn: read error uid=%u: %s", c->uid, uv_strerror((int)nread));
	agated_conn_close(c);
}

/* ---- slots ---------------------------------------------------------- */

/* Whether c may be closed to make room: nothing queued, unsent or
 * half-read, and no bytes waiting in its socket (a request on its way is
 * not lost). */
static bool conn_reclaimable(const agated_conn *c)
{
	uv_os_fd_t fd;
	int n = 0;

	if (c->closing || c->close_after_flush || c->qhead || c->rlen || conn_unsent(c))
		return false;
	if (uv_fileno((const uv_handle_t *)&c->pipe, &fd) == 0 &&
	    ioctl(fd, FIONREAD, &n) == 0 && n > 0)
		return false;
	return true;
}

/* The idle connection to close for a newcomer whose uid has row `row`,
 * or NULL. own_uid: the longest idle of its own uid. Otherwise the
 * longest idle of the uid holding the most connections, among its own
 * uid and the other uids holding more than it, admins' excepted (an
 * admin: among all). */
static agated_conn *reclaim_pick(agated *d, size_t row, bool own_uid, bool admin)
{
	agated_conn *best = NULL;
	uint32_t mine = d->uids[row].n, best_n = 0;

	for (agated_conn *c = d->conns; c; c = c->next) {
		uint32_t n = d->uids[c->uidx].n;

		if (own_uid ? c->uidx != row
			    : (c->uidx != row && !admin && (n <= mine || c->admin)))
			continue;
		if (best && (n < best_n ||
			     (n == best_n && (c->last_active > best->last_active ||
					      (c->last_active == best->last_active &&
					       c->seq > best->seq)))))
			continue;
		if (!conn_reclaimable(c))
			continue;
		best = c;
		best_n = n;
	}
	return best;
}

static void reclaim(agated *d, agated_conn *c, uint32_t for_uid)
{
	int64_t idle = (int64_t)uv_now(d->loop) - c->last_active;

	agated_info("conn: closing the idle connection of uid=%u pid=%d (idle %lld.%03lld s) "
		    "to make room for uid=%u", c->uid, c->pid, (long long)(idle / 1000),
		    (long long)(idle % 1000), for_uid);
	d->conns_reclaimed++;
	agated_conn_close(c);
}

/* Make room for one more connection of the uid in `row`; NULL when there
 * is, else why not. */
static const char *make_room(agated *d, size_t row, bool admin, uint32_t uid)
{
	const agated_config *cfg = d->cfg;
	unsigned reserve = cfg->admin_conns < cfg->max_conns ? cfg->admin_conns
							     : cfg->max_conns - 1;
	size_t limit = admin ? cfg->max_conns : cfg->max_conns - reserve;
	agated_conn *v;

	if (d->uids[row].n >= cfg->max_conns_per_uid) {
		if (!(v = reclaim_pick(d, row, true, admin)))
			return "per-uid connection limit reached";
		reclaim(d, v, uid);
	}
	if (d->nconns >= limit) {
		if (!(v = reclaim_pick(d, row, false, admin)))
			return "connection limit reached";
		reclaim(d, v, uid);
	}
	return NULL;
}

int agated_conn_accept(agated *d, int fd)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	agated_conn *c;
	const char *why;
	ptrdiff_t row = -1;
	bool admin;
	int e;

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
		e = -errno;
		agated_warn("conn: no peer credentials: %s", strerror(errno));
		close(fd);
		return e;
	}
	admin = agated_config_is_admin(d->cfg, cred.uid, d->self_uid);
	if (d->stopping)
		why = "shutting down";
	else if ((row = uid_row(d, cred.uid)) < 0)
		why = "out of memory";
	else
		why = make_room(d, (size_t)row, admin, cred.uid);
	if (why) {
		d->conns_refused++;
		agated_warn("conn: refused uid=%u pid=%d: %s", (unsigned)cred.uid,
			    (int)cred.pid, why);
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
	c->uidx = (size_t)row;
	c->admin = admin;
	c->seq = d->conns_total;
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
	d->uids[row].n++;
	c->next = d->conns;
	if (d->conns)
		d->conns->prev = c;
	d->conns = c;
	d->nconns++;
	d->conns_total++;
	conn_account(c);
	agated_debug("conn: accepted uid=%u pid=%d", c->uid, c->pid);
	return 0;
}

/* ---- timeouts ------------------------------------------------------- */

/* Whether the buffer holds a whole frame: then we, not the peer, wait. */
static bool conn_has_frame(const agated_conn *c)
{
	return c->rlen >= AGATE_FRAME_HEADER &&
	       c->rlen - AGATE_FRAME_HEADER >=
		       agate_wire_frame_len((const unsigned char *)c->rbuf);
}

/* The peer began a frame and did not finish it: the attempt leaves its
 * audit row like any other (dispatch.c), then the connection closes. */
static void conn_stalled(agated_conn *c)
{
	size_t want = 0;

	agated_warn("conn: uid=%u pid=%d sent part of a frame and stalled; closing",
		    c->uid, c->pid);
	if (c->rlen >= AGATE_FRAME_HEADER)
		want = agate_wire_frame_len((const unsigned char *)c->rbuf);
	conn_frame(c, FRAME_STALLED, NULL, c->rlen, want, NULL);
	agate_arena_reset(c->d->scratch);
	agated_conn_close(c);
}

void agated_conn_sweep(agated *d)
{
	int64_t now = (int64_t)uv_now(d->loop);
	const agated_config *cfg = d->cfg;
	agated_conn *c = d->conns, *next;

	for (; c; c = next) {
		next = c->next;
		if (c->close_after_flush && c->qhead && conn_peer_gone(c)) {
			/* half-closed, then closed while a reply (a held
			 * call's, say) was pending */
			agated_conn_close(c);
		} else if (c->partial_since && !c->paused && !c->close_after_flush &&
		    !conn_has_frame(c) &&
		    now - c->partial_since > (int64_t)cfg->read_timeout_s * 1000) {
			conn_stalled(c);
		} else if (c->unsent_since &&
			   now - c->unsent_since > (int64_t)cfg->write_timeout_s * 1000) {
			agated_warn("conn: uid=%u pid=%d took none of its replies for %u s; closing",
				    c->uid, c->pid, cfg->write_timeout_s);
			agated_conn_close(c);
		} else if (!c->qhead && !c->rlen && conn_unsent(c) == 0 &&
			   now - c->last_active > (int64_t)cfg->idle_timeout_s * 1000) {
			agated_info("conn: uid=%u pid=%d idle; closing", c->uid, c->pid);
			agated_conn_close(c);
		} else if (c->paused && !c->close_after_flush && !c->writing) {
			/* paused for memory with nothing of ours left to send:
			 * no write callback will look again */
			agated_conn_flush(c);
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

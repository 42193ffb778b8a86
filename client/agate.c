/* agate.c - libagate: frames over a Unix socket, fail-closed checks.
 *
 * One socket per client, connected non-blocking and then used with
 * MSG_DONTWAIT, every wait going through poll() with a deadline so no
 * call can hang longer than the client's timeout; the one exception is
 * the usual wait for a reply, a single blocking recv() bounded by
 * SO_RCVTIMEO set to the same timeout (one system call instead of recv,
 * poll, recv on every round trip). Replies
 * are matched to requests by order and id: ids are handed out
 * consecutively per connection, so the reply expected next is always
 * expect_id and no queue of ids is needed.
 */
#include "client/agate/agate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <msgpack.h>

#include "schema/protocol.h"
#include "schema/wire.h"

/* nesting a reply may have: the daemon's replies are shallow, but leave
 * room for scores and echoed values */
#define REPLY_DEPTH_MAX 64u
/* bytes of replies read ahead while a pipelined send waits for room */
#define READAHEAD_MAX ((size_t)64 * 1024 * 1024)

struct agate_client {
	char *path;
	int fd;
	int timeout_ms;
	int reply_timeout_ms; /* 0: timeout_ms; or AGATE_CLIENT_REPLY_FROM_DAEMON */
	int review_timeout_s; /* the daemon's, asked on this connection; -1 not yet */
	size_t max_frame;
	uint64_t next_id;   /* id of the next request sent on this connection */
	uint64_t expect_id; /* id of the oldest request awaiting its reply */
	bool clean_eof;     /* last failure: peer closed with no partial reply */
	unsigned char *rbuf; /* received bytes not yet consumed */
	size_t rlen, rcap;
	msgpack_sbuffer sbuf; /* reused for framing requests */
	int rcvtimeo_ms;    /* SO_RCVTIMEO on fd: -1 none, -2 not set yet */
	char error[32];
	char message[256];
};

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t deadline_for(const agate_client *c)
{
	return c->timeout_ms < 0 ? -1 : now_ms() + c->timeout_ms;
}

/* poll() timeout left before deadline (-1: none); 0 once passed */
static int time_left(int64_t deadline)
{
	if (deadline < 0)
		return -1;
	int64_t left = deadline - now_ms();
	if (left <= 0)
		return 0;
	return left > 1000000 ? 1000000 : (int)left;
}

static void set_error(agate_client *c, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void set_error(agate_client *c, const char *code, const char *fmt, ...)
{
	va_list ap;
	snprintf(c->error, sizeof(c->error), "%s", code);
	va_start(ap, fmt);
	vsnprintf(c->message, sizeof(c->message), fmt, ap);
	va_end(ap);
}

static void clear_error(agate_client *c)
{
	c->error[0] = '\0';
	c->message[0] = '\0';
}

/* failure code for a transport errno */
static const char *code_for(int err)
{
	switch (err) {
	case -ETIMEDOUT:
		return "timeout";
	case -EPROTO:
		return "protocol";
	case -ENOMEM:
	case -EINVAL:
		return "internal";
	default:
		return "unreachable";
	}
}

const char *agate_client_default_socket(void)
{
	const char *env = getenv("AGATE_SOCKET");
	if (env && *env)
		return env;
	if (access("./agate-run/agated.sock", F_OK) == 0)
		return "./agate-run/agated.sock";
	return AGATE_CLIENT_DEFAULT_SOCKET;
}

int agate_client_new(const char *path, int timeout_ms, agate_client **out)
{
	agate_client *c;

	if (!out || !path || !*path ||
	    strlen(path) >= sizeof(((struct sockaddr_un *)0)->sun_path))
		return -EINVAL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->path = strdup(path);
	if (!c->path) {
		free(c);
		return -ENOMEM;
	}
	c->fd = -1;
	c->timeout_ms = timeout_ms == 0 ? AGATE_CLIENT_DEFAULT_TIMEOUT_MS : timeout_ms;
	c->reply_timeout_ms = AGATE_CLIENT_REPLY_FROM_DAEMON;
	c->review_timeout_s = -1;
	c->max_frame = AGATE_FRAME_MAX_DEFAULT;
	c->next_id = 1;
	c->expect_id = 1;
	msgpack_sbuffer_init(&c->sbuf);
	*out = c;
	return 0;
}

void agate_client_free(agate_client *c)
{
	if (!c)
		return;
	agate_client_close(c);
	msgpack_sbuffer_destroy(&c->sbuf);
	free(c->rbuf);
	free(c->path);
	free(c);
}

void agate_client_set_timeout(agate_client *c, int timeout_ms)
{
	if (c)
		c->timeout_ms = timeout_ms == 0 ? AGATE_CLIENT_DEFAULT_TIMEOUT_MS
						: timeout_ms;
}

void agate_client_set_reply_timeout(agate_client *c, int timeout_ms)
{
	if (c)
		c->reply_timeout_ms = timeout_ms;
}

void agate_client_set_max_frame(agate_client *c, size_t max_frame)
{
	if (c && max_frame > 0 && max_frame <= UINT32_MAX)
		c->max_frame = max_frame;
}

void agate_client_close(agate_client *c)
{
	if (!c)
		return;
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	c->rlen = 0;
	c->review_timeout_s = -1; /* the next connection may reach another daemon */
	/* ids continue across connections so that a late reply from an old
	 * connection can never be mistaken for a new one */
	c->expect_id = c->next_id;
}

bool agate_client_connected(const agate_client *c)
{
	return c && c->fd >= 0;
}

size_t agate_client_pending(const agate_client *c)
{
	return c && c->fd >= 0 ? (size_t)(c->next_id - c->expect_id) : 0;
}

const char *agate_client_error(const agate_client *c)
{
	return c ? c->error : "internal";
}

const char *agate_client_message(const agate_client *c)
{
	return c ? c->message : "no client";
}

int agate_client_connect(agate_client *c)
{
	struct sockaddr_un sa;
	int64_t deadline;
	int fd, r;

	if (!c)
		return -EINVAL;
	if (c->fd >= 0)
		return 0;
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	memcpy(sa.sun_path, c->path, strlen(c->path) + 1);

	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0) {
		r = -errno;
		set_error(c, "unreachable", "socket: %s", strerror(errno));
		return r;
	}
	deadline = deadline_for(c);
	for (;;) {
		if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0)
			break;
		if (errno == EINTR)
			continue;
		if (errno == EINPROGRESS) {
			struct pollfd p = { .fd = fd, .events = POLLOUT };
			int err = 0;
			socklen_t len = sizeof(err);
			int n = poll(&p, 1, time_left(deadline));
			if (n == 0) {
				r = -ETIMEDOUT;
				goto fail;
			}
			if (n < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
				err = errno;
			if (err) {
				errno = err;
				r = -err;
				goto fail;
			}
			break;
		}
		if (errno == EAGAIN) {
			/* a Unix socket's backlog is full: the daemon is
			 * busy, not gone; try again until the deadline */
			if (time_left(deadline) == 0) {
				r = -ETIMEDOUT;
				goto fail;
			}
			poll(NULL, 0, 2);
			continue;
		}
		r = -errno;
		goto fail;
	}
	/* blocking from now on: every call that must not wait passes
	 * MSG_DONTWAIT, and recv_reply's wait is bounded by SO_RCVTIMEO */
	r = fcntl(fd, F_GETFL);
	if (r < 0 || fcntl(fd, F_SETFL, r & ~O_NONBLOCK) < 0) {
		r = -errno;
		goto fail;
	}
	c->fd = fd;
	c->rlen = 0;
	c->rcvtimeo_ms = -2;
	c->expect_id = c->next_id;
	return 0;
fail:
	if (r == -ETIMEDOUT)
		set_error(c, "timeout", "connecting to %s: timed out after %d ms",
			  c->path, c->timeout_ms);
	else
		set_error(c, "unreachable", "cannot connect to %s: %s", c->path,
			  strerror(-r));
	close(fd);
	return r;
}

/* Close after a transport failure and remember why. */
static int fail_conn(agate_client *c, int r, const char *what)
{
	const char *code = code_for(r);
	if (r == -ETIMEDOUT)
		set_error(c, code, "%s %s: timed out", what, c->path);
	else if (r == -EPIPE || r == -ECONNRESET)
		set_error(c, code, "%s %s: connection closed by the daemon", what,
			  c->path);
	else if (!c->error[0])
		set_error(c, code, "%s %s: %s", what, c->path, strerror(-r));
	agate_client_close(c);
	return r;
}

/* Read whatever is available into rbuf, waiting until deadline when
 * block is true. Returns bytes read (0 only when !block and nothing was
 * there), or a negative errno (-EPIPE on end of stream). */
static int read_some(agate_client *c, int64_t deadline, bool block)
{
	for (;;) {
		if (c->rcap - c->rlen < 4096) {
			size_t ncap = c->rcap ? c->rcap * 2 : 16384;
			if (ncap > READAHEAD_MAX + c->max_frame + AGATE_FRAME_HEADER) {
				if (!block)
					return 0; /* read-ahead full: let the send wait */
				ncap = c->max_frame + AGATE_FRAME_HEADER + 4096;
				if (ncap <= c->rcap)
					return -EPROTO;
			}
			unsigned char *nb = realloc(c->rbuf, ncap);
			if (!nb)
				return -ENOMEM;
			c->rbuf = nb;
			c->rcap = ncap;
		}
		ssize_t n = recv(c->fd, c->rbuf + c->rlen, c->rcap - c->rlen, MSG_DONTWAIT);
		if (n > 0) {
			c->rlen += (size_t)n;
			return (int)(n > INT32_MAX ? INT32_MAX : n);
		}
		if (n == 0) {
			c->clean_eof = c->rlen == 0;
			return -EPIPE;
		}
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return -errno;
		if (!block)
			return 0;
		struct pollfd p = { .fd = c->fd, .events = POLLIN };
		int w = poll(&p, 1, time_left(deadline));
		if (w == 0)
			return -ETIMEDOUT;
		if (w < 0 && errno != EINTR)
			return -errno;
	}
}

/* The first wait of a reply, when nothing is buffered: one blocking
 * recv() that the kernel ends after wait_ms (-1: never), which is the
 * call's whole timeout since the call has only just begun. Returns bytes
 * read, 0 to fall back to read_some (interrupted, or the timeout could
 * not be set), or a negative errno. */
static int recv_first(agate_client *c, int wait_ms)
{
	if (c->rcvtimeo_ms != wait_ms) {
		struct timeval tv = { 0, 0 };

		if (wait_ms > 0) {
			tv.tv_sec = wait_ms / 1000;
			tv.tv_usec = (wait_ms % 1000) * 1000;
		}
		if (setsockopt(c->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) < 0)
			return 0;
		c->rcvtimeo_ms = wait_ms;
	}
	if (c->rcap - c->rlen < 4096)
		return 0; /* let read_some grow the buffer */
	ssize_t n = recv(c->fd, c->rbuf + c->rlen, c->rcap - c->rlen, 0);
	if (n > 0) {
		c->rlen += (size_t)n;
		return (int)(n > INT32_MAX ? INT32_MAX : n);
	}
	if (n == 0) {
		c->clean_eof = c->rlen == 0;
		return -EPIPE;
	}
	if (errno == EAGAIN || errno == EWOULDBLOCK)
		return -ETIMEDOUT;
	if (errno == EINTR)
		return 0;
	return -errno;
}

static int write_all(agate_client *c, const unsigned char *p, size_t len,
		     int64_t deadline)
{
	while (len > 0) {
		ssize_t n = send(c->fd, p, len, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (n > 0) {
			p += n;
			len -= (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
			return errno == ECONNRESET ? -EPIPE : -errno;
		/* wait for room; drain replies meanwhile so a daemon blocked
		 * on writing to us can go on reading */
		struct pollfd p2 = { .fd = c->fd, .events = POLLOUT | POLLIN };
		int w = poll(&p2, 1, time_left(deadline));
		if (w == 0)
			return -ETIMEDOUT;
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (p2.revents & POLLIN) {
			int r = read_some(c, deadline, false);
			if (r < 0 && r != -EPIPE)
				return r;
			if (r == -EPIPE)
				return -EPIPE;
		}
	}
	return 0;
}

static bool is_reserved_key(agate_str k)
{
	return agate_str_eq(k, "v") || agate_str_eq(k, "id");
}

int agate_client_send(agate_client *c, const agate_value *request,
		      uint64_t *id_out)
{
	msgpack_packer pk;
	uint32_t n = 0;
	uint64_t id;
	int r;

	if (!c || !request || request->type != AGATE_MAP)
		return -EINVAL;
	clear_error(c);
	if (c->fd < 0) {
		r = agate_client_connect(c);
		if (r < 0)
			return r;
	}
	for (uint32_t i = 0; i < request->as.map.len; i++)
		if (!is_reserved_key(request->as.map.items[i].key))
			n++;

	id = c->next_id;
	c->sbuf.size = 0;
	msgpack_packer_init(&pk, &c->sbuf, msgpack_sbuffer_write);
	r = msgpack_sbuffer_write(&c->sbuf, "\0\0\0\0", 4) ? -ENOMEM : 0;
	if (!r)
		r = msgpack_pack_map(&pk, n + 2) ? -ENOMEM : 0;
	if (!r)
		r = agate_wire_pack_cstr(&pk, "v");
	if (!r)
		r = msgpack_pack_uint32(&pk, AGATE_PROTOCOL_VERSION) ? -ENOMEM : 0;
	if (!r)
		r = agate_wire_pack_cstr(&pk, "id");
	if (!r)
		r = msgpack_pack_uint64(&pk, id) ? -ENOMEM : 0;
	for (uint32_t i = 0; !r && i < request->as.map.len; i++) {
		const agate_member *m = &request->as.map.items[i];
		if (is_reserved_key(m->key))
			continue;
		r = agate_wire_pack_str(&pk, m->key);
		if (!r)
			r = agate_wire_pack_value(&pk, &m->value);
	}
	if (r) {
		set_error(c, "internal", "cannot encode the request: %s",
			  strerror(-r));
		return r;
	}
	if (c->sbuf.size - AGATE_FRAME_HEADER > UINT32_MAX) {
		set_error(c, "internal", "request too large");
		return -EINVAL;
	}
	agate_wire_put_frame_len((unsigned char *)c->sbuf.data,
				 (uint32_t)(c->sbuf.size - AGATE_FRAME_HEADER));
	c->clean_eof = false;
	r = write_all(c, (const unsigned char *)c->sbuf.data, c->sbuf.size,
		      deadline_for(c));
	if (r < 0)
		return fail_conn(c, r, "sending to");
	c->next_id++;
	if (id_out)
		*id_out = id;
	return 0;
}

int agate_client_recv(agate_client *c, agate_arena *arena, agate_value **reply)
{
	int64_t deadline;
	uint32_t len;
	agate_value *v = NULL;
	const agate_value *idv, *okv;
	char err[128];
	int r;

	if (!c || !arena || !reply)
		return -EINVAL;
	*reply = NULL;
	clear_error(c);
	if (c->fd < 0 || c->next_id == c->expect_id) {
		set_error(c, "internal", "no request is waiting for a reply");
		return -EINVAL;
	}
	/* outside a check that may be held (agate_client_check), the
	 * default reply timeout is the timeout */
	int reply_ms = c->reply_timeout_ms == AGATE_CLIENT_REPLY_FROM_DAEMON ? 0
		       : c->reply_timeout_ms;
	deadline = reply_ms == 0 ? deadline_for(c)
		   : reply_ms < 0 ? -1
				  : now_ms() + reply_ms;
	c->clean_eof = false;
	if (c->rlen == 0) {
		int wait_ms = reply_ms == 0 ? c->timeout_ms : reply_ms;

		r = recv_first(c, wait_ms < 0 ? -1 : wait_ms);
		if (r < 0)
			return fail_conn(c, r, "waiting for a reply from");
	}
	while (c->rlen < AGATE_FRAME_HEADER) {
		r = read_some(c, deadline, true);
		if (r < 0)
			return fail_conn(c, r, "waiting for a reply from");
	}
	len = agate_wire_frame_len(c->rbuf);
	if (len > c->max_frame) {
		set_error(c, "protocol", "reply of %u bytes is larger than %zu",
			  len, c->max_frame);
		return fail_conn(c, -EPROTO, "reading from");
	}
	while (c->rlen < AGATE_FRAME_HEADER + (size_t)len) {
		r = read_some(c, deadline, true);
		if (r < 0)
			return fail_conn(c, r, "reading a reply from");
	}
	err[0] = '\0';
	r = agate_wire_decode((const char *)c->rbuf + AGATE_FRAME_HEADER, len,
			      REPLY_DEPTH_MAX, arena, &v, err, sizeof(err));
	/* consume the frame whatever the outcome */
	c->rlen -= AGATE_FRAME_HEADER + (size_t)len;
	memmove(c->rbuf, c->rbuf + AGATE_FRAME_HEADER + len, c->rlen);
	if (r == -ENOMEM) {
		/* the caller's arena is too small: the stream is still in
		 * step, so keep the connection */
		c->expect_id++;
		set_error(c, "internal", "reply does not fit the arena");
		return r;
	}
	if (r < 0 || v->type != AGATE_MAP) {
		set_error(c, "protocol", "malformed reply: %s",
			  r < 0 ? err : "not a map");
		return fail_conn(c, -EPROTO, "reading from");
	}
	okv = agate_value_get(v, "ok", 2);
	idv = agate_value_get(v, "id", 2);
	if (!okv || okv->type != AGATE_BOOL) {
		set_error(c, "protocol", "malformed reply: no boolean \"ok\"");
		return fail_conn(c, -EPROTO, "reading from");
	}
	/* an error reply may come before the daemon could read our id */
	bool id_ok = idv && idv->type == AGATE_INT &&
		     (uint64_t)idv->as.integer == c->expect_id;
	bool id_absent = !idv || idv->type == AGATE_NIL ||
			 (idv->type == AGATE_INT && idv->as.integer == 0);
	if (!id_ok && !(id_absent && !okv->as.boolean)) {
		set_error(c, "protocol", "reply out of order (expected id %llu)",
			  (unsigned long long)c->expect_id);
		return fail_conn(c, -EPROTO, "reading from");
	}
	c->expect_id++;
	*reply = v;
	return 0;
}

static void take_remote_error(agate_client *c, const agate_value *reply)
{
	const agate_value *e = agate_value_get(reply, "error", 5);
	const agate_value *m = agate_value_get(reply, "message", 7);
	set_error(c, e && e->type == AGATE_STR ? e->as.str.ptr : "internal",
		  "%s", m && m->type == AGATE_STR ? m->as.str.ptr : "request refused");
}

int agate_client_call(agate_client *c, const agate_value *request,
		      agate_arena *arena, agate_value **reply)
{
	int r;

	if (!c || !request || !arena || !reply)
		return -EINVAL;
	*reply = NULL;
	for (int attempt = 0; attempt < 2; attempt++) {
		/* a reused connection may have been closed by a restarted
		 * daemon; a fresh one failing is a real failure */
		bool reused = c->fd >= 0 && agate_client_pending(c) == 0;
		r = agate_client_send(c, request, NULL);
		if (r == -EPIPE && reused)
			continue;
		if (r < 0)
			return r;
		r = agate_client_recv(c, arena, reply);
		if (r == -EPIPE && reused && c->clean_eof)
			continue;
		if (r < 0)
			return r;
		if (!agate_value_get(*reply, "ok", 2)->as.boolean) {
			take_remote_error(c, *reply);
			return -EREMOTEIO;
		}
		return 0;
	}
	return r;
}

/* ---- check ------------------------------------------------------------ */

const char *agate_check_verdict_name(agate_check_verdict v)
{
	switch (v) {
	case AGATE_CHECK_ALLOW:
		return "allow";
	case AGATE_CHECK_REVIEW:
		return "review";
	default:
		return "block";
	}
}

void agate_check_reply_fail(agate_check_reply *out, const char *code,
			    const char *message)
{
	if (!out)
		return;
	memset(out, 0, sizeof(*out));
	out->verdict = AGATE_CHECK_BLOCK;
	out->enforcement = "block";
	out->error = code && *code ? code : "internal";
	out->message = message && *message ? message : out->error;
	out->reason = out->message;
}

static const char *str_or(const agate_value *v, const char *dflt)
{
	return v && v->type == AGATE_STR ? v->as.str.ptr : dflt;
}

static uint64_t uint_or0(const agate_value *v)
{
	if (v && v->type == AGATE_INT && v->as.integer > 0)
		return (uint64_t)v->as.integer;
	if (v && v->type == AGATE_FLOAT && v->as.real > 0)
		return (uint64_t)v->as.real;
	return 0;
}

static void set_member(agate_member *m, const char *key, agate_value v)
{
	m->key = (agate_str){ key, strlen(key) };
	m->value = v;
}

static agate_value str_value(const char *s)
{
	agate_value v = { .type = AGATE_STR };
	v.as.str = (agate_str){ s, strlen(s) };
	return v;
}

/* Copy the client's error into the arena so that the reply outlives the
 * client's next call; static fallbacks when the arena is full. */
static void fail_from_client(agate_client *c, agate_arena *arena, int r,
			     agate_check_reply *out)
{
	const char *code = c->error[0] ? c->error : code_for(r);
	char *cc = agate_arena_strndup(arena, code, strlen(code));
	char *mm = agate_arena_strndup(arena, c->message, strlen(c->message));
	agate_check_reply_fail(out, cc ? cc : "internal",
			       mm ? mm : "agate: request failed");
}

/* How long a check that the daemon may hold waits for its reply, in ms
 * (-1: forever), when the caller left the reply timeout at its default:
 * the daemon's review-timeout, asked with a ping once per connection
 * (AGATE_CLIENT_DEFAULT_REVIEW_TIMEOUT_S when the daemon does not say),
 * plus the timeout for the answer itself. A negative errno when the ping
 * fails (the check then fails closed with the ping's error; *refusal is
 * the daemon's reply when it refused the ping). */
static int hold_wait_ms(agate_client *c, agate_arena *arena, int *wait_ms,
			agate_value **refusal)
{
	agate_member m = { AGATE_STR_LIT("op"),
			   { .type = AGATE_STR, .as.str = AGATE_STR_LIT(AGATE_OP_PING) } };
	agate_value ping = { .type = AGATE_MAP, .as.map = { &m, 1 } };
	agate_value *reply = NULL;
	int64_t total;
	int r;

	if (c->fd < 0 || c->review_timeout_s < 0) {
		r = agate_client_call(c, &ping, arena, &reply);
		*refusal = reply;
		if (r < 0)
			return r;
		const agate_value *rt = agate_value_get(reply, "review_timeout_s", 16);
		c->review_timeout_s = rt && rt->type == AGATE_INT && rt->as.integer >= 0 &&
				      rt->as.integer <= INT_MAX / 1000
					      ? (int)rt->as.integer
					      : AGATE_CLIENT_DEFAULT_REVIEW_TIMEOUT_S;
	}
	if (c->timeout_ms < 0) {
		*wait_ms = -1;
		return 0;
	}
	total = (int64_t)c->review_timeout_s * 1000 + c->timeout_ms;
	*wait_ms = total > INT_MAX ? INT_MAX : (int)total;
	return 0;
}

int agate_client_check(agate_client *c, const agate_check_request *req,
		       agate_arena *arena, agate_check_reply *out)
{
	agate_member m[10];
	agate_value request = { .type = AGATE_MAP };
	agate_value empty = { .type = AGATE_MAP };
	agate_value *reply = NULL;
	const agate_value *verdict;
	uint32_t n = 0;
	int r;

	if (!out)
		return -EINVAL;
	if (!c || !req || !arena || !req->tool || !*req->tool) {
		agate_check_reply_fail(out, "internal",
				       "agate: check needs a client, an arena and a tool");
		return -EINVAL;
	}
	if ((req->args && req->args->type != AGATE_MAP) ||
	    (req->context && req->context->type != AGATE_MAP)) {
		agate_check_reply_fail(out, "internal",
				       "agate: args and context must be maps");
		return -EINVAL;
	}
	set_member(&m[n++], "op", str_value(AGATE_OP_CHECK));
	set_member(&m[n++], "tool", str_value(req->tool));
	set_member(&m[n++], "args", req->args ? *req->args : empty);
	if (req->agent)
		set_member(&m[n++], "agent", str_value(req->agent));
	if (req->session)
		set_member(&m[n++], "session", str_value(req->session));
	if (req->text)
		set_member(&m[n++], "text", str_value(req->text));
	if (req->context)
		set_member(&m[n++], "context", *req->context);
	if (req->explain)
		set_member(&m[n++], "explain",
			   (agate_value){ .type = AGATE_BOOL, .as.boolean = true });
	if (req->explain_all)
		set_member(&m[n++], "explain_all",
			   (agate_value){ .type = AGATE_BOOL, .as.boolean = true });
	if (req->no_hold)
		set_member(&m[n++], "hold",
			   (agate_value){ .type = AGATE_BOOL, .as.boolean = false });
	request.as.map.items = m;
	request.as.map.len = n;

	if (!req->no_hold && c->reply_timeout_ms == AGATE_CLIENT_REPLY_FROM_DAEMON) {
		int wait_ms;
		r = hold_wait_ms(c, arena, &wait_ms, &reply);
		if (r < 0) {
			fail_from_client(c, arena, r, out);
			out->raw = r == -EREMOTEIO ? reply : NULL;
			return r;
		}
		c->reply_timeout_ms = wait_ms;
		r = agate_client_call(c, &request, arena, &reply);
		c->reply_timeout_ms = AGATE_CLIENT_REPLY_FROM_DAEMON;
	} else {
		r = agate_client_call(c, &request, arena, &reply);
	}
	if (r == -EREMOTEIO) {
		fail_from_client(c, arena, r, out);
		out->raw = reply;
		return r;
	}
	if (r < 0) {
		fail_from_client(c, arena, r, out);
		return r;
	}

	memset(out, 0, sizeof(*out));
	out->raw = reply;
	verdict = agate_value_get(reply, "verdict", 7);
	if (verdict && verdict->type == AGATE_STR &&
	    agate_str_eq(verdict->as.str, "allow"))
		out->verdict = AGATE_CHECK_ALLOW;
	else if (verdict && verdict->type == AGATE_STR &&
		 agate_str_eq(verdict->as.str, "block"))
		out->verdict = AGATE_CHECK_BLOCK;
	else if (verdict && verdict->type == AGATE_STR &&
		 agate_str_eq(verdict->as.str, "review"))
		out->verdict = AGATE_CHECK_REVIEW;
	else {
		agate_check_reply_fail(out, "protocol",
				       "agate: reply without a valid verdict");
		out->raw = reply;
		set_error(c, "protocol", "reply without a valid verdict");
		return -EPROTO;
	}
	out->enforcement = str_or(agate_value_get(reply, "enforcement", 11),
				  agate_check_verdict_name(out->verdict));
	out->rule = str_or(agate_value_get(reply, "rule", 4), NULL);
	out->reason = str_or(agate_value_get(reply, "reason", 6), "");
	out->advice = str_or(agate_value_get(reply, "advice", 6), NULL);
	out->trace = str_or(agate_value_get(reply, "trace", 5), NULL);
	out->audit_id = uint_or0(agate_value_get(reply, "audit_id", 8));
	out->approval_id = uint_or0(agate_value_get(reply, "approval_id", 11));
	out->eval_ns = uint_or0(agate_value_get(reply, "eval_ns", 7));
	const agate_value *sc = agate_value_get(reply, "scores", 6);
	out->scores = sc && sc->type == AGATE_MAP ? sc : NULL;
	return 0;
}

/* ---- register --------------------------------------------------------- */

int agate_client_register(agate_client *c, const agate_register_request *req,
			  agate_arena *arena)
{
	agate_member m[8];
	agate_value request = { .type = AGATE_MAP };
	agate_value tools = { .type = AGATE_ARRAY };
	agate_value *reply;
	uint32_t n = 0;

	if (!c || !req || !arena || !req->agent || !*req->agent ||
	    (req->scope && req->scope->type != AGATE_MAP) ||
	    req->ntools > UINT32_MAX)
		return -EINVAL;
	set_member(&m[n++], "op", str_value(AGATE_OP_REGISTER));
	set_member(&m[n++], "agent", str_value(req->agent));
	if (req->session)
		set_member(&m[n++], "session", str_value(req->session));
	set_member(&m[n++], "purpose", str_value(req->purpose ? req->purpose : ""));
	if (req->role)
		set_member(&m[n++], "role", str_value(req->role));
	if (req->tools) {
		agate_value *items = NULL;
		if (req->ntools) {
			items = agate_arena_alloc(arena, req->ntools * sizeof(*items));
			if (!items)
				return -ENOMEM;
		}
		for (size_t i = 0; i < req->ntools; i++)
			items[i] = str_value(req->tools[i] ? req->tools[i] : "");
		tools.as.array.items = items;
		tools.as.array.len = (uint32_t)req->ntools;
		set_member(&m[n++], "tools", tools);
	}
	if (req->scope)
		set_member(&m[n++], "scope", *req->scope);
	request.as.map.items = m;
	request.as.map.len = n;
	return agate_client_call(c, &request, arena, &reply);
}

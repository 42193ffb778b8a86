/* mcp_io.c - agate-mcp's lines in and bytes out (see mcp.h).
 *
 * A reader keeps at most `max` bytes of one line. A longer line is not
 * kept: its bytes are fed to an id scanner as they stream past, so the
 * proxy can still answer the request it carried (under its own id), and
 * the reader resynchronises at the next newline.
 */
#include "client/mcp.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_CHUNK (64u * 1024)

/* ---- the id scanner ------------------------------------------------------
 * Follows the structure of one JSON object at its top level only: keys
 * at depth 1, and the raw text of the value of "id" (a string or a
 * number, at most 255 bytes). Anything it cannot follow just leaves the
 * id unknown. */

enum { PH_NONE, PH_KEY, PH_IN_KEY, PH_COLON, PH_VALUE, PH_IN_VALUE };
enum { K_OTHER, K_ID, K_METHOD };

void mcp_idscan_init(mcp_idscan *s)
{
	memset(s, 0, sizeof(*s));
}

static void id_put(mcp_idscan *s, char c)
{
	if (!s->capturing)
		return;
	if (s->idlen + 1 >= sizeof(s->idbuf)) { /* too long to be an id we answer */
		s->capturing = false;
		s->idlen = 0;
		return;
	}
	s->idbuf[s->idlen++] = c;
}

static void id_end(mcp_idscan *s)
{
	if (s->capturing) {
		s->capturing = false;
		s->id_done = s->idlen > 0;
		s->idbuf[s->idlen] = '\0';
	}
}

static void key_end(mcp_idscan *s)
{
	s->key = K_OTHER;
	if (s->keylen == 2 && !memcmp(s->keybuf, "id", 2))
		s->key = K_ID;
	else if (s->keylen == 6 && !memcmp(s->keybuf, "method", 6))
		s->key = K_METHOD;
	s->phase = PH_COLON;
}

/* A byte inside a string. */
static void in_string(mcp_idscan *s, char c)
{
	bool top = s->depth == 1;

	if (s->esc) {
		s->esc = false;
	} else if (c == '\\') {
		s->esc = true;
	} else if (c == '"') {
		s->in_str = false;
		if (top && s->phase == PH_IN_KEY) {
			key_end(s);
			return;
		}
		id_put(s, c);
		id_end(s);
		return;
	}
	if (top && s->phase == PH_IN_KEY) {
		if (s->keylen < sizeof(s->keybuf)) /* a longer key is neither */
			s->keybuf[s->keylen++] = c;
		return;
	}
	id_put(s, c);
}

/* A value starts at depth 1 with c. */
static void value_start(mcp_idscan *s, char c)
{
	s->phase = PH_IN_VALUE;
	if (s->key == K_METHOD)
		s->has_method = true;
	if (s->key == K_ID && !s->id_done && c != '{' && c != '[') {
		s->capturing = true;
		s->idlen = 0;
		id_put(s, c);
	}
}

static void one(mcp_idscan *s, char c)
{
	if (s->in_str) {
		in_string(s, c);
		return;
	}
	switch (c) {
	case ' ': case '\t': case '\r': case '\n':
		id_end(s);
		return;
	case '"':
		s->in_str = true;
		if (s->depth == 1 && s->phase == PH_KEY) {
			s->phase = PH_IN_KEY;
			s->keylen = 0;
		} else if (s->depth == 1 && s->phase == PH_VALUE) {
			value_start(s, c);
		}
		return;
	case '{': case '[':
		if (s->depth == 0 && c == '{')
			s->phase = PH_KEY;
		else if (s->depth == 1 && s->phase == PH_VALUE)
			value_start(s, c);
		if (s->depth < 100000)
			s->depth++;
		return;
	case '}': case ']':
		id_end(s);
		if (s->depth > 0)
			s->depth--;
		return;
	case ':':
		if (s->depth == 1 && s->phase == PH_COLON)
			s->phase = PH_VALUE;
		return;
	case ',':
		id_end(s);
		if (s->depth == 1)
			s->phase = PH_KEY;
		return;
	default:
		if (s->depth == 1 && s->phase == PH_VALUE)
			value_start(s, c);
		else
			id_put(s, c);
		return;
	}
}

void mcp_idscan_feed(mcp_idscan *s, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		one(s, p[i]);
}

json_t *mcp_idscan_id(const mcp_idscan *s)
{
	json_t *id;

	if (!s->id_done)
		return NULL;
	id = json_loadb(s->idbuf, s->idlen, JSON_DECODE_ANY, NULL);
	if (id && !json_is_string(id) && !json_is_integer(id)) {
		json_decref(id);
		id = NULL;
	}
	return id;
}

bool mcp_idscan_has_method(const mcp_idscan *s)
{
	return s->has_method;
}

/* ---- the reader ----------------------------------------------------------- */

void mcp_reader_init(mcp_reader *r, size_t max)
{
	memset(r, 0, sizeof(*r));
	r->max = max;
}

void mcp_reader_free(mcp_reader *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Room for READ_CHUNK more bytes after the kept ones. */
static int reserve(mcp_reader *r)
{
	size_t need;
	char *nb;

	if (r->start > 0 && (r->len == 0 || r->start >= r->cap / 2)) {
		memmove(r->buf, r->buf + r->start, r->len);
		r->start = 0;
	}
	need = r->start + r->len + READ_CHUNK;
	if (need <= r->cap)
		return 0;
	size_t cap = r->cap ? r->cap : READ_CHUNK * 2;
	while (cap < need)
		cap *= 2;
	nb = realloc(r->buf, cap);
	if (!nb)
		return -ENOMEM;
	r->buf = nb;
	r->cap = cap;
	return 0;
}

long mcp_reader_fill(mcp_reader *r, int fd)
{
	ssize_t got;

	if (reserve(r))
		return -ENOMEM;
	do
		got = read(fd, r->buf + r->start + r->len, READ_CHUNK);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		return errno == EWOULDBLOCK ? -EAGAIN : -errno;
	if (got == 0)
		r->eof = true;
	r->len += (size_t)got;
	return got;
}

/* The kept bytes of a line that grew past max: from now on they are only
 * scanned. */
static void start_discarding(mcp_reader *r, size_t n)
{
	r->discarding = true;
	r->dropped = 0;
	mcp_idscan_init(&r->scan);
	mcp_idscan_feed(&r->scan, r->buf + r->start, n);
	r->dropped += n;
	r->start += n;
	r->len -= n;
	r->searched = 0;
}

int mcp_reader_next(mcp_reader *r, mcp_line *out)
{
	char *base, *nl;

	memset(out, 0, sizeof(*out));
	for (;;) {
		base = r->buf + r->start;
		nl = r->len > r->searched ? memchr(base + r->searched, '\n', r->len - r->searched)
					  : NULL;
		if (r->discarding) {
			size_t n = nl ? (size_t)(nl - base) : r->len;
			mcp_idscan_feed(&r->scan, base, n);
			r->dropped += n;
			r->start += n;
			r->len -= n;
			r->searched = 0;
			if (!nl && !r->eof)
				return 0;
			if (nl) {
				r->start++;
				r->len--;
			}
			r->discarding = false;
			out->oversized = true;
			out->dropped = r->dropped;
			out->scan = &r->scan;
			return 1;
		}
		if (!nl) {
			r->searched = r->len;
			if (r->len > r->max) {
				start_discarding(r, r->len);
				continue;
			}
			if (!r->eof || r->len == 0)
				return 0;
			/* a last line without its newline */
			out->text = base;
			out->len = r->len;
			r->start += r->len;
			r->len = 0;
			r->searched = 0;
			return 1;
		}
		size_t n = (size_t)(nl - base);
		if (n > r->max) {
			start_discarding(r, n);
			continue;
		}
		out->text = base;
		out->len = n;
		if (n && base[n - 1] == '\r') /* a CRLF sender */
			out->len--;
		r->start += n + 1;
		r->len -= n + 1;
		r->searched = 0;
		return 1;
	}
}

/* ---- the queues ------------------------------------------------------------ */

int mcp_queue_push(mcp_queue *q, const char *p, size_t n, bool nl)
{
	size_t need = n + (nl ? 1 : 0);

	if (q->off > 0 && (q->off == q->len || q->off >= q->cap / 2)) {
		memmove(q->buf, q->buf + q->off, q->len - q->off);
		q->len -= q->off;
		q->off = 0;
	}
	if (q->len + need > q->cap) {
		size_t cap = q->cap ? q->cap : 4096;
		while (cap < q->len + need)
			cap *= 2;
		char *nb = realloc(q->buf, cap);
		if (!nb)
			return -ENOMEM;
		q->buf = nb;
		q->cap = cap;
	}
	if (n)
		memcpy(q->buf + q->len, p, n);
	q->len += n;
	if (nl)
		q->buf[q->len++] = '\n';
	return 0;
}

int mcp_queue_push_json(mcp_queue *q, const json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
	int e;

	if (!s)
		return -ENOMEM;
	e = mcp_queue_push(q, s, strlen(s), true);
	free(s);
	return e;
}

int mcp_queue_flush(mcp_queue *q, int fd)
{
	while (q->off < q->len) {
		size_t n = q->len - q->off;
		if (q->chunk && n > q->chunk)
			n = q->chunk;
		ssize_t w = write(fd, q->buf + q->off, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -errno;
		}
		q->off += (size_t)w;
		if (q->chunk) /* a blocking fd: one chunk per readiness */
			break;
	}
	if (q->off == q->len)
		q->off = q->len = 0;
	return 0;
}

void mcp_queue_free(mcp_queue *q)
{
	free(q->buf);
	memset(q, 0, sizeof(*q));
}

/* floor_server.c - the bare floor of a check round trip on this machine:
 * a minimal epoll server on a Unix socket that makes the system calls
 * agated makes per check and does no other work.
 *
 *   floor_server --socket PATH [--seconds S]
 *
 * One thread, as agated's loop: epoll_wait; for each readable connection
 * one read(2) that takes every complete frame in it (4-byte big-endian
 * length + one msgpack map); for each frame a fixed reply map carrying the
 * request's id (found by its key, nothing else is decoded), gathered in
 * the connection's output buffer; then one write(2) per connection per
 * pass. No decoding, no policy, no audit, no allocation per request. A
 * reply that the socket does not take at once is kept and the connection
 * waits for EPOLLOUT, so a slow reader stalls only itself.
 *
 * libagate clients accept its replies (id, ok, verdict allow), so
 * bench_load measures it exactly as it measures agated. Exits on SIGTERM,
 * SIGINT, or after --seconds (default 600, a bound for a forgotten run).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNS 1024
#define BUF 65536
#define MAX_FRAME (1u << 20)

typedef struct conn {
	int fd;
	unsigned char in[BUF];
	size_t ilen;
	unsigned char out[BUF];
	size_t olen;
	int want_out; /* registered for EPOLLOUT: a reply is waiting */
} conn;

static volatile sig_atomic_t stop;
static void on_signal(int s)
{
	(void)s;
	stop = 1;
}

/* id of the request: the unsigned integer after the key "id" */
static uint64_t find_id(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++) {
		if (p[i] != 0xa2 || p[i + 1] != 'i' || p[i + 2] != 'd')
			continue;
		const unsigned char *v = p + i + 3;
		size_t left = n - i - 3;
		unsigned w = v[0] == 0xcc ? 1 : v[0] == 0xcd ? 2 : v[0] == 0xce ? 4 : v[0] == 0xcf ? 8 : 0;
		if (v[0] <= 0x7f)
			return v[0];
		if (!w || left < 1 + w)
			return 0;
		uint64_t id = 0;
		for (unsigned k = 1; k <= w; k++)
			id = id << 8 | v[k];
		return id;
	}
	return 0;
}

/* the reply map, id written as uint64 */
static size_t put_reply(unsigned char *o, uint64_t id)
{
	static const unsigned char tail[] =
		"\xa2ok\xc3\xa7verdict\xa5" "allow\xab" "enforcement\xa5" "allow"
		"\xa4rule\xc0\xa6reason\xa4" "bare\xa8" "audit_id\x00\xa7" "eval_ns\x00";
	unsigned char *p = o + 4;
	*p++ = 0x88; /* map of 8 */
	*p++ = 0xa2;
	*p++ = 'i';
	*p++ = 'd';
	*p++ = 0xcf;
	for (int k = 7; k >= 0; k--)
		*p++ = (unsigned char)(id >> (k * 8));
	memcpy(p, tail, sizeof tail - 1);
	p += sizeof tail - 1;
	uint32_t len = (uint32_t)(p - o - 4);
	o[0] = (unsigned char)(len >> 24);
	o[1] = (unsigned char)(len >> 16);
	o[2] = (unsigned char)(len >> 8);
	o[3] = (unsigned char)len;
	return (size_t)(p - o);
}

static void drop(int ep, conn **slot)
{
	conn *c = *slot;
	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd);
	free(c);
	*slot = NULL;
}

/* one write of everything pending; false when the connection is gone */
static int flush(int ep, conn *c)
{
	if (!c->olen)
		return 1;
	ssize_t w = write(c->fd, c->out, c->olen);
	if (w < 0 && errno != EAGAIN && errno != EINTR)
		return 0;
	if (w > 0) {
		memmove(c->out, c->out + w, c->olen - (size_t)w);
		c->olen -= (size_t)w;
	}
	int want = c->olen != 0;
	if (want != c->want_out) {
		struct epoll_event ev = { .events = EPOLLIN | (want ? EPOLLOUT : 0), .data.ptr = c };
		epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
		c->want_out = want;
	}
	return 1;
}

/* one read, every complete frame answered into the output buffer */
static int on_readable(conn *c)
{
	if (c->olen + 64 > BUF)
		return 1; /* the peer does not read: wait for EPOLLOUT */
	ssize_t r = read(c->fd, c->in + c->ilen, BUF - c->ilen);
	if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
		return 0;
	if (r < 0)
		return 1;
	c->ilen += (size_t)r;
	size_t at = 0;
	while (c->ilen - at >= 4 && c->olen + 64 <= BUF) {
		const unsigned char *h = c->in + at;
		uint32_t len = (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 | (uint32_t)h[2] << 8 | h[3];
		if (len > MAX_FRAME || len + 4 > BUF)
			return 0; /* the floor takes only frames that fit */
		if (c->ilen - at < 4 + (size_t)len)
			break;
		c->olen += put_reply(c->out + c->olen, find_id(h + 4, len));
		at += 4 + (size_t)len;
	}
	memmove(c->in, c->in + at, c->ilen - at);
	c->ilen -= at;
	return 1;
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	double seconds = 600;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--socket"))
			path = argv[i + 1];
		else if (!strcmp(argv[i], "--seconds"))
			seconds = atof(argv[i + 1]);
	}
	if (!path || strlen(path) >= sizeof(((struct sockaddr_un *)0)->sun_path)) {
		fprintf(stderr, "usage: floor_server --socket PATH [--seconds S]\n");
		return 2;
	}
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	signal(SIGPIPE, SIG_IGN);

	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	strcpy(sa.sun_path, path);
	int lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	unlink(path);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(lfd, 256) < 0) {
		perror("floor_server: listen");
		return 1;
	}
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event lev = { .events = EPOLLIN, .data.ptr = NULL };
	if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &lev) < 0) {
		perror("floor_server: epoll");
		return 1;
	}
	static conn *conns[MAX_CONNS];
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (!stop) {
		struct epoll_event evs[128];
		int n = epoll_wait(ep, evs, 128, 1000);
		if (n < 0 && errno != EINTR)
			break;
		clock_gettime(CLOCK_MONOTONIC, &t);
		if ((double)(t.tv_sec - t0.tv_sec) > seconds)
			break;
		for (int i = 0; i < n; i++) {
			conn *c = evs[i].data.ptr;
			if (!c) { /* the listener */
				int fd;
				while ((fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
					int k = 0;
					while (k < MAX_CONNS && conns[k])
						k++;
					conn *nc = k < MAX_CONNS ? malloc(sizeof *nc) : NULL;
					if (!nc) {
						close(fd);
						continue;
					}
					nc->fd = fd;
					nc->ilen = nc->olen = 0;
					nc->want_out = 0;
					struct epoll_event ev = { .events = EPOLLIN, .data.ptr = nc };
					if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
						close(fd);
						free(nc);
						continue;
					}
					conns[k] = nc;
				}
				continue;
			}
			int ok = 1;
			if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
				ok = on_readable(c);
			if (ok)
				ok = flush(ep, c);
			if (!ok)
				for (int k = 0; k < MAX_CONNS; k++)
					if (conns[k] == c) {
						drop(ep, &conns[k]);
						break;
					}
		}
	}
	for (int k = 0; k < MAX_CONNS; k++)
		if (conns[k])
			drop(ep, &conns[k]);
	close(lfd);
	close(ep);
	unlink(path);
	return 0;
}

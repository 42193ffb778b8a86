/* conn.h - one client connection: frames in, ordered replies out. The
 * loop (server.c) accepts, sweeps and shuts connections down; the ops
 * reach a connection only through its requests.
 */
#ifndef AGATE_DAEMON_CONN_H
#define AGATE_DAEMON_CONN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uv.h>

#include "daemon/daemon.h"

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

int agated_conn_accept(agated *d, int fd);
void agated_conn_flush(agated_conn *c);
void agated_conn_close(agated_conn *c);
void agated_conn_shutdown_all(agated *d);
/* called by the tick timer: read and idle timeouts */
void agated_conn_sweep(agated *d);

#endif

/* conn.h - client connections: frames in, ordered replies out. The loop
 * (server.c) accepts, sweeps and shuts connections down. struct
 * agated_conn is conn.c's own: the ops see a request (ops/request.h),
 * which carries its peer's uid and pid, and reach its connection only
 * through d->up.flush.
 */
#ifndef AGATE_DAEMON_CONN_H
#define AGATE_DAEMON_CONN_H

#include <stdint.h>

#include "daemon/daemon.h"


int agated_conn_accept(agated *d, int fd);
void agated_conn_flush(agated_conn *c);
void agated_conn_close(agated_conn *c);
void agated_conn_shutdown_all(agated *d);
/* called by the tick timer: read and idle timeouts */
void agated_conn_sweep(agated *d);
/* Shutdown, once the audit log has closed: answer what each connection
 * has queued, then close it; peers that do not read their last replies
 * are cut off after grace_ms. */
void agated_conns_drain(agated *d, uint64_t grace_ms);

#endif

/* server.h - agated's loop: the listening socket, signals, the periodic
 * sweep, reloads and the orderly shutdown. main.c runs it.
 */
#ifndef AGATE_DAEMON_SERVER_H
#define AGATE_DAEMON_SERVER_H

#include <stdbool.h>

#include "daemon/config.h"
#include "daemon/daemon.h"

int agated_run(agated_config *cfg);
/* Ask for a reload; req NULL for SIGHUP. req is answered when it ends. */
void agated_reload(agated *d, agated_req *req, bool force);
/* the last connection closed during shutdown */
void agated_conns_gone(agated *d);

#endif

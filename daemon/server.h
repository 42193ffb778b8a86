/* server.h - agated's loop: the listening socket, signals, the periodic
 * sweep, reloads and the orderly shutdown. main.c runs it; everything
 * else in daemon/ sits below it.
 */
#ifndef AGATE_DAEMON_SERVER_H
#define AGATE_DAEMON_SERVER_H

#include "daemon/config.h"

/* Run agated on cfg until SIGTERM or SIGINT. Returns the exit status:
 * 0 after an orderly stop, 1 when it cannot start. */
int agated_run(agated_config *cfg);

#endif

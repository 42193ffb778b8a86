/* ops_int.h - what the files of daemon/ops share beyond request.h: the
 * handlers dispatch.c calls, and the agent bindings check.c consults.
 * Nothing outside daemon/ops includes it.
 */
#ifndef AGATE_DAEMON_OPS_OPS_INT_H
#define AGATE_DAEMON_OPS_OPS_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "daemon/ops/request.h"
#include "policy/base/value.h"

/* check.c */
void handle_check(agated_req *r, const agate_value *req);

/* register.c */
void handle_register(agated_req *r, const agate_value *req);
/* The uid an agent is bound to (rule files first, then register), -1 none. */
int64_t bound_uid(agated *d, const agated_snapshot *snap, agate_str agent);

/* status.c */
void handle_ping(agated_req *r);
void handle_stats(agated_req *r, const agate_value *req);

/* admin.c */
bool agated_admin_op(const char *op);
void agated_handle_admin(agated_req *r, const char *op, const agate_value *req);

#endif

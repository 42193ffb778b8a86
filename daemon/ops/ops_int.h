/* ops_int.h - what the files of daemon/ops share beyond request.h: one
 * handler per op, which dispatch.c's table names, and the agent
 * bindings that check.c consults. Nothing outside daemon/ops includes it.
 */
#ifndef AGATE_DAEMON_OPS_OPS_INT_H
#define AGATE_DAEMON_OPS_OPS_INT_H

#include <stdint.h>

#include "daemon/ops/request.h"
#include "policy/base/value.h"

/* An op answers r (now, or later for a hold or a reload) from the
 * decoded request req, whose envelope (id, v, op) dispatch.c checked. */
typedef void agated_op_fn(agated_req *r, const agate_value *req);

/* check.c */
agated_op_fn agated_op_check;

/* register.c */
agated_op_fn agated_op_register;
/* The uid an agent is bound to (rule files first, then register), -1 none. */
int64_t bound_uid(agated *d, const agated_snapshot *snap, agate_str agent);

/* status.c */
agated_op_fn agated_op_ping;
agated_op_fn agated_op_stats;

/* admin.c: for admin peers only */
agated_op_fn agated_op_reload;
agated_op_fn agated_op_approve;
agated_op_fn agated_op_deny;
agated_op_fn agated_op_pending;
agated_op_fn agated_op_resume;
agated_op_fn agated_op_sessions;

#endif

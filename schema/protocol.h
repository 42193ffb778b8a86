/* protocol.h - wire protocol v1: the names outside programs are written
 * against. docs/protocol.md is the prose form of this file; change both
 * together.
 *
 * Bump AGATE_PROTOCOL_VERSION on any change that an existing client could
 * misread (a renamed key, a new meaning); adding an optional key does not.
 * A request whose `v` differs is answered with error "unsupported_version".
 */
#ifndef AGATE_SCHEMA_PROTOCOL_H
#define AGATE_SCHEMA_PROTOCOL_H

#define AGATE_PROTOCOL_VERSION 1

/* A frame: 4-byte big-endian payload length N, then N bytes holding one
 * msgpack map with string keys. */
#define AGATE_FRAME_HEADER 4u
#define AGATE_FRAME_MAX_DEFAULT (1024u * 1024u) /* --max-frame */
#define AGATE_DEPTH_MAX_DEFAULT 32u             /* nesting of maps/arrays */

/* check: optional `hold` (bool, default true). false: a review is
 * answered at once (verdict "review", `approval_id`) and an approval
 * grants that exact call once; see docs/protocol.md, "check". An
 * optional key: no version bump. */

/* ops */
#define AGATE_OP_CHECK "check"
#define AGATE_OP_REGISTER "register"
#define AGATE_OP_PING "ping"
#define AGATE_OP_STATS "stats"
#define AGATE_OP_RELOAD "reload"     /* admin */
#define AGATE_OP_APPROVE "approve"   /* admin */
#define AGATE_OP_DENY "deny"         /* admin */
#define AGATE_OP_PENDING "pending"   /* admin */
#define AGATE_OP_RESUME "resume"     /* admin */
#define AGATE_OP_SESSIONS "sessions" /* admin */

/* error codes (reply key "error") */
#define AGATE_ERR_BAD_REQUEST "bad_request"
#define AGATE_ERR_TOO_LARGE "too_large"
#define AGATE_ERR_FORBIDDEN "forbidden"
#define AGATE_ERR_OVERLOADED "overloaded"
#define AGATE_ERR_INTERNAL "internal"
#define AGATE_ERR_UNSUPPORTED_VERSION "unsupported_version"
#define AGATE_ERR_UNKNOWN_OP "unknown_op"
#define AGATE_ERR_NOT_FOUND "not_found"
#define AGATE_ERR_AUDIT "audit_unavailable" /* the verdict could not be recorded */
#define AGATE_ERR_RELOAD "reload_failed"

/* exit codes of `agatectl check` */
#define AGATE_EXIT_ALLOW 0
#define AGATE_EXIT_BLOCK 1
#define AGATE_EXIT_REVIEW 2
#define AGATE_EXIT_ERROR 3

#endif

/* hook.h - what agate-hook's files share (private to client/).
 *
 *   agate_hook.c     options, the run: input -> one check -> the answer
 *   hook_formats.c   the table of agent formats: each agent's documented
 *                    pre-tool-call input mapped onto one call, and its
 *                    documented answers written back
 *   hook_identity.c  the identity to register (--purpose, --identity, a
 *                    .agate/identity file) and the marker that registers
 *                    it once per session and daemon
 *
 * agate_hook.c calls the other two; they call nothing of each other.
 * Everything fails closed: a caller that gets an error answers deny.
 */
#ifndef AGATE_CLIENT_HOOK_H
#define AGATE_CLIENT_HOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

/* ---- formats ------------------------------------------------------------ */

/* One proposed tool call, as agate will judge it. Strings point into the
 * parsed input (alive as long as it is), into args, or are static; args
 * is owned. */
typedef struct hook_call {
	const char *event;      /* the agent's event name, or NULL */
	const char *agent_tool; /* the agent's own name for the tool */
	const char *tool;       /* the agate tool name (see docs/agents.md) */
	json_t *args;           /* object; owned (json_decref) */
	const char *text;       /* the raw form (a command line), or NULL */
	const char *session;    /* never NULL; "" when the agent gives none */
	const char *cwd;        /* or NULL */
	const char *mcp_server; /* Cursor's MCP server (url or command), or NULL */
	bool can_ask;           /* the event documents an "ask the user" answer */
	bool bare_deny;         /* the deny has no message field (Cursor's
				   beforeReadFile): only stderr carries it */
} hook_call;

typedef enum hook_answer {
	HOOK_ALLOW,
	HOOK_DENY,
	HOOK_ASK,  /* only when the call's can_ask */
} hook_answer;

typedef struct hook_format {
	const char *name;     /* the FORMAT operand */
	const char *event;    /* the hook event(s) it reads, for --help */
	/* Map the agent's input object onto *c (zeroed by the caller).
	 * Returns 0, or -EINVAL with the reason in err; c->args may be set
	 * either way (the caller frees it). */
	int (*read)(json_t *in, hook_call *c, char *err, size_t errcap);
	/* Write the answer exactly as the agent documents it to stdout and
	 * stderr; message is NULL for allow. c may be a zeroed call (the
	 * input could not be read). Returns the exit status. */
	int (*answer)(const hook_call *c, hook_answer a, const char *message);
} hook_format;

/* The formats, in --help order, NULL-terminated by name. */
extern const hook_format hook_formats[];
/* The format called name, or NULL. */
const hook_format *hook_format_find(const char *name);

/* ---- identity ----------------------------------------------------------- */

typedef struct hook_identity {
	char *purpose;  /* NULL: no identity to register */
	char *role;     /* or NULL */
	char **tools;
	size_t ntools;
	char *file;     /* the file it was read from, or NULL */
} hook_identity;

/* The identity to register: --identity FILE when given, else the first
 * .agate/identity found from cwd (NULL: the process's) upwards, else
 * none; purpose (--purpose), when not NULL, replaces the file's purpose.
 * The file's format is in docs/agents.md. Returns 0 (id->purpose NULL
 * when there is nothing to register), -EINVAL / -errno with the reason in
 * err. id is the caller's: hook_identity_free, on success and failure. */
int hook_identity_load(const char *file, const char *cwd, const char *purpose,
		       hook_identity *id, char *err, size_t errcap);
void hook_identity_free(hook_identity *id);

/* The marker that says "registered with the daemon that started at
 * started_ms": one file per (socket, agent, session, identity) in
 * $XDG_RUNTIME_DIR/agate-hook or /tmp/agate-hook-UID (mode 0700, ours).
 * hook_marker_fresh is true when it holds started_ms and was touched in
 * the last HOOK_MARKER_TTL_S seconds (then it is touched again), so a
 * daemon restart or a session the daemon forgot while idle registers
 * again. Any trouble with the folder just means "not fresh". */
#define HOOK_MARKER_TTL_S 300
bool hook_marker_fresh(const char *socket, const char *agent, const char *session,
		       const hook_identity *id, int64_t started_ms);
void hook_marker_write(const char *socket, const char *agent, const char *session,
		       const hook_identity *id, int64_t started_ms);

#endif

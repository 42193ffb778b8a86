/* mcp.h - what agate-mcp's files share (private to client/).
 *
 * agate-mcp sits between an MCP client and an MCP server that speaks the
 * stdio transport (one JSON-RPC message per line). It relays every line
 * unchanged, except that each `tools/call` is held until agated answers.
 *
 *   agate_mcp.c   options, the server child, the poll loop, exit status
 *   mcp_io.c      lines in (bounded, with the id of an oversized line
 *                 recovered by a streaming scan) and bytes out (queues)
 *   mcp_relay.c   what each message is: calls held, verdicts applied,
 *                 tool lists read, answers the proxy writes itself
 *   mcp_tools.c   the server's tools: definitions, their SHA-256, the
 *                 pin file
 *   mcp_marks.c   the marks of instructions addressed to the model in a
 *                 tool's description (tool poisoning)
 *   mcp_gate.c    agated: worker threads that register the identity and
 *                 ask for each call's verdict, off the poll loop
 *
 * Arrows: agate_mcp.c uses all; mcp_relay.c uses io, tools and gate;
 * mcp_tools.c uses marks; nothing else calls across. Every function that
 * can fail returns 0 or a negative errno. Everything fails closed: a call
 * that cannot be judged is answered by the proxy, never forwarded.
 */
#ifndef AGATE_CLIENT_MCP_H
#define AGATE_CLIENT_MCP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#define MCP_MESSAGE_MAX_DEFAULT (16u * 1024 * 1024)

/* ---- io: bounded lines in ------------------------------------------------ */

/* The top-level "id" (and whether there is a top-level "method") of one
 * JSON object read piece by piece, for a line too large to keep or
 * that does not parse: O(1) memory, any length. */
typedef struct mcp_idscan {
	unsigned depth;
	uint8_t phase, key;
	bool in_str, esc, capturing, id_done, has_method;
	char keybuf[8];
	size_t keylen;
	char idbuf[256];
	size_t idlen;
} mcp_idscan;

void mcp_idscan_init(mcp_idscan *s);
void mcp_idscan_feed(mcp_idscan *s, const char *p, size_t n);
/* The id seen (a string or an integer), as a new reference, or NULL. */
json_t *mcp_idscan_id(const mcp_idscan *s);
bool mcp_idscan_has_method(const mcp_idscan *s);

/* One line read: text (without its newline) valid until the next call
 * on the reader, or an oversized line (text NULL) of `dropped` bytes,
 * with the scan of all of it. */
typedef struct mcp_line {
	const char *text;
	size_t len;
	bool oversized;
	size_t dropped;
	const mcp_idscan *scan; /* oversized only */
} mcp_line;

typedef struct mcp_reader {
	char *buf;
	size_t start, len, cap, max;
	size_t searched; /* bytes from start already searched for '\n' */
	bool discarding;
	size_t dropped;
	mcp_idscan scan;
	bool eof;
} mcp_reader;

/* max: the longest line kept (bytes, newline excluded). */
void mcp_reader_init(mcp_reader *r, size_t max);
void mcp_reader_free(mcp_reader *r);
/* Read what fd has (one read). Returns bytes read, 0 at end of file
 * (r->eof set), -EAGAIN when nothing was there, -ENOMEM, or -errno. */
long mcp_reader_fill(mcp_reader *r, int fd);
/* The next whole line: 1 and *out, or 0 when none is complete. At end
 * of file, a last line without newline is returned too. */
int mcp_reader_next(mcp_reader *r, mcp_line *out);

/* Bytes waiting to be written to one fd. */
typedef struct mcp_queue {
	char *buf;
	size_t off, len, cap;
	size_t chunk; /* largest write at once (0: no limit) */
} mcp_queue;

/* Append p[0..n) and, when nl, a newline. 0 or -ENOMEM. */
int mcp_queue_push(mcp_queue *q, const char *p, size_t n, bool nl);
/* Append j as compact JSON and a newline. 0 or -ENOMEM. */
int mcp_queue_push_json(mcp_queue *q, const json_t *j);
/* Write what fd takes now. 0 (some or all written, or -EAGAIN), or a
 * negative errno (-EPIPE: the reader is gone). */
int mcp_queue_flush(mcp_queue *q, int fd);
static inline size_t mcp_queue_pending(const mcp_queue *q) { return q->len - q->off; }
void mcp_queue_free(mcp_queue *q);

/* ---- marks: tool poisoning ----------------------------------------------- */

typedef struct mcp_marks mcp_marks;

/* A mark found: its name, and the words that carried it. */
typedef struct mcp_mark_hit {
	const char *mark;  /* static */
	char quote[96];
} mcp_mark_hit;

/* Compile the table. 0, -ENOMEM, or -EINVAL (a pattern does not compile:
 * a bug, the message on stderr). */
int mcp_marks_new(mcp_marks **out);
void mcp_marks_free(mcp_marks *m);
/* The first mark in text[0..len) (the first MCP_MARKS_SCAN_MAX bytes
 * are read): true and *hit, false when none. A scan that hits the match
 * limit counts as a mark ("unscannable"). */
#define MCP_MARKS_SCAN_MAX (64u * 1024)
bool mcp_marks_scan(const mcp_marks *m, const char *text, size_t len, mcp_mark_hit *hit);
/* The marks' names and what each means, NULL-terminated (for --help). */
typedef struct mcp_mark_info {
	const char *name;
	const char *what;
} mcp_mark_info;
extern const mcp_mark_info mcp_mark_infos[];

/* ---- tools: definitions and the pin -------------------------------------- */

typedef struct mcp_tools mcp_tools;

/* pin_file: NULL for no pin. A pin file that exists is read now; one that
 * does not is written after the first complete tools/list. A pin file
 * that cannot be used refuses every call (the reason says why) rather
 * than failing here. 0, or -ENOMEM. */
int mcp_tools_new(const char *pin_file, mcp_tools **out);
void mcp_tools_free(mcp_tools *t);
/* Read one tools/list result: every tool's definition is hashed, scanned
 * and compared with the pin. *names_changed is set when the set of tool
 * names grew (the identity should be registered again). 0, -EINVAL (not
 * a tools/list result: nothing read), -ENOMEM. */
int mcp_tools_update(mcp_tools *t, const json_t *result, bool *names_changed);
/* Why calls of tool name must be refused (pin, marks), as a new string
 * the caller frees; NULL when nothing local refuses them. */
char *mcp_tools_refusal(mcp_tools *t, const char *name);
/* The tool's description, or NULL. Borrowed until the next update. */
const char *mcp_tools_description(const mcp_tools *t, const char *name);
/* The names listed so far, in listing order; *n set. Borrowed until the
 * next update. */
const char *const *mcp_tools_names(const mcp_tools *t, size_t *n);
/* SHA-256 (64 hex digits and NUL) of a definition's canonical form: the
 * object {"description", "inputSchema"} (null where absent) written with
 * keys sorted at every depth and no spaces. 0 or -ENOMEM. */
int mcp_tools_hash(const json_t *tool, char hex[65]);

/* ---- gate: agated, off the loop ------------------------------------------ */

typedef struct mcp_gate mcp_gate;

typedef struct mcp_gate_config {
	const char *socket;
	const char *agent;
	const char *session;
	int timeout_ms;      /* connect, send, an answer not held */
	int hold_timeout_ms; /* a call held for review */
} mcp_gate_config;

/* Strings are copied. 0, -ENOMEM, or -errno (pipe). */
int mcp_gate_new(const mcp_gate_config *cfg, mcp_gate **out);
/* Stop idle workers; busy ones drop their reference when they finish.
 * Verdicts not read are lost. NULL is fine. */
void mcp_gate_free(mcp_gate *g);
/* Readable when verdicts are waiting (poll it). */
int mcp_gate_fd(const mcp_gate *g);
/* The identity to register before the next check: purpose and tools are
 * copied; a worker registers it now. 0 or -ENOMEM. */
int mcp_gate_identity(mcp_gate *g, const char *purpose, const char *const *tools,
		      size_t ntools);

/* Ask about one call. args (an object) and context (an object) are
 * taken, on success and on failure. no_hold: the daemon must answer at
 * once (a call the proxy refuses anyway). 0, -ENOMEM, -EBUSY (too many
 * calls waiting). The verdict comes back with key. */
int mcp_gate_ask(mcp_gate *g, uint64_t key, const char *tool, json_t *args,
		 json_t *context, bool no_hold);

typedef struct mcp_verdict {
	uint64_t key;
	bool allow;
	uint64_t audit_id;  /* 0 when none */
	char *message;      /* why not allowed, for the model; NULL for allow */
} mcp_verdict;
/* The next verdict: true and *out (free out->message), false when none. */
bool mcp_gate_next(mcp_gate *g, mcp_verdict *out);

/* ---- relay: the messages ------------------------------------------------- */

typedef struct mcp_relay mcp_relay;

typedef struct mcp_relay_config {
	const char *purpose;     /* NULL: a default naming the server */
	const char *server_name; /* until initialize names it */
	const char *server_cmd;  /* for context.mcp_server */
	size_t max_message;
	bool verbose;
} mcp_relay_config;

/* The relay writes to to_client and to_server; it borrows tools, gate
 * and the queues. 0 or -ENOMEM. */
int mcp_relay_new(const mcp_relay_config *cfg, mcp_tools *tools, mcp_gate *gate,
		  mcp_queue *to_client, mcp_queue *to_server, mcp_relay **out);
void mcp_relay_free(mcp_relay *r);
/* One line from each side. 0, or -ENOMEM (the loop gives up). */
int mcp_relay_from_client(mcp_relay *r, const mcp_line *line);
int mcp_relay_from_server(mcp_relay *r, const mcp_line *line);
/* Apply every verdict the gate has. 0 or -ENOMEM. */
int mcp_relay_verdicts(mcp_relay *r);
/* The client is gone: calls still held will never be answered. */
void mcp_relay_client_gone(mcp_relay *r);
/* Calls held for a verdict. */
size_t mcp_relay_held(const mcp_relay *r);

#endif

/* mcp_relay.c - what agate-mcp does with each message (see mcp.h).
 *
 * From the client:
 *   - `tools/call` (a request): held; its tool, its `arguments` and what
 *     the proxy knows of the tool go to agated; on allow the original
 *     line goes to the server, otherwise the proxy answers it itself
 *     with a CallToolResult whose isError is true, under the same id.
 *     A call the tool table refuses (pin, poisoning marks) is still
 *     asked about, without holding, so that it is an audit row, and is
 *     refused whatever the answer.
 *   - `notifications/cancelled` for a held call: the call is dropped
 *     (never forwarded, never answered); for any other id, forwarded.
 *   - a line that is not one JSON object, repeats a key, or is over the
 *     size limit: never forwarded (a server might read it another way);
 *     answered with a JSON-RPC error under its id when one can be found.
 *   - everything else: forwarded byte for byte.
 * From the server: everything forwarded byte for byte; the answers to
 * `initialize` (the server's name) and `tools/list` (the tool table,
 * then the identity) are read on the way. An answer to a tools/list that
 * cannot be read is replaced by an error: its tools would escape the
 * pin and the scan.
 */
#include "client/mcp.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HELD 1024
#define HELD_BYTES_MAX (256u * 1024 * 1024)
#define MAX_TRACKED 256
#define DESC_MAX 4096

/* JSON-RPC error codes */
#define E_PARSE (-32700)
#define E_INVALID (-32600)
#define E_PARAMS (-32602)
#define E_INTERNAL (-32603)

enum { T_INITIALIZE, T_TOOLS_LIST };

typedef struct held {
	struct held *next;
	uint64_t key;
	json_t *id;
	char *line;
	size_t len;
	char *tool;
	char *refusal; /* the tool table's, or NULL */
	bool cancelled;
} held;

typedef struct tracked {
	json_t *id;
	int kind;
} tracked;

struct mcp_relay {
	mcp_relay_config cfg;
	mcp_tools *tools;
	mcp_gate *gate;
	mcp_queue *to_client, *to_server;
	held *held;
	size_t nheld, held_bytes;
	tracked track[MAX_TRACKED];
	size_t ntrack;
	uint64_t next_key;
	char *server_name; /* from initialize */
	bool client_gone;
};

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
	va_list ap;

	fputs("agate-mcp: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* An id for messages: its JSON text (at most 60 bytes). */
static const char *id_text(const json_t *id, char *buf, size_t cap)
{
	char *s = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;

	snprintf(buf, cap, "%.60s", s ? s : "null");
	free(s);
	return buf;
}

/* ---- answers the proxy writes --------------------------------------------- */

static int send_error(mcp_queue *q, const json_t *id, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int send_error(mcp_queue *q, const json_t *id, int code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	json_t *m;
	int e;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	m = json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
		      "error", "code", code, "message", msg);
	if (!m)
		return -ENOMEM;
	e = mcp_queue_push_json(q, m);
	json_decref(m);
	return e;
}

/* The CallToolResult of a refused call. */
static int send_refusal(mcp_relay *r, const json_t *id, const char *text)
{
	json_t *m = json_pack("{s:s, s:O, s:{s:[{s:s, s:s}], s:b}}", "jsonrpc", "2.0", "id", id,
			      "result", "content", "type", "text", "text", text, "isError", 1);
	int e;

	if (!m)
		return -ENOMEM;
	e = mcp_queue_push_json(r->to_client, m);
	json_decref(m);
	return e;
}

/* ---- requests whose answers the proxy reads ------------------------------- */

static void track(mcp_relay *r, const json_t *id, int kind)
{
	if (r->ntrack == MAX_TRACKED) { /* forget the oldest */
		json_decref(r->track[0].id);
		memmove(r->track, r->track + 1, (MAX_TRACKED - 1) * sizeof(r->track[0]));
		r->ntrack--;
	}
	r->track[r->ntrack].id = json_incref((json_t *)id);
	r->track[r->ntrack++].kind = kind;
}

/* The kind of the tracked request id answers (forgetting it), or -1. */
static int untrack(mcp_relay *r, const json_t *id)
{
	for (size_t i = 0; id && i < r->ntrack; i++) {
		if (json_equal(r->track[i].id, (json_t *)id)) {
			int kind = r->track[i].kind;
			json_decref(r->track[i].id);
			memmove(r->track + i, r->track + i + 1, (r->ntrack - i - 1) * sizeof(r->track[0]));
			r->ntrack--;
			return kind;
		}
	}
	return -1;
}

/* ---- held calls ----------------------------------------------------------- */

static void held_free(held *h)
{
	if (!h)
		return;
	json_decref(h->id);
	free(h->line);
	free(h->tool);
	free(h->refusal);
	free(h);
}

static held *take(mcp_relay *r, uint64_t key)
{
	for (held **p = &r->held; *p; p = &(*p)->next) {
		if ((*p)->key == key) {
			held *h = *p;
			*p = h->next;
			r->nheld--;
			r->held_bytes -= h->len;
			return h;
		}
	}
	return NULL;
}

/* context for agated: the server, the tool's description, and why the
 * proxy refuses the call (if it does) */
static json_t *call_context(mcp_relay *r, const char *name, const char *refusal)
{
	const char *desc = mcp_tools_description(r->tools, name);
	json_t *ctx = json_object();

	if (!ctx)
		return NULL;
	json_object_set_new(ctx, "source", json_string("mcp"));
	json_object_set_new(ctx, "mcp_server", json_string(r->cfg.server_cmd));
	if (r->server_name)
		json_object_set_new(ctx, "mcp_server_name", json_string(r->server_name));
	if (desc)
		json_object_set_new(ctx, "tool_description",
				    json_stringn(desc, strnlen(desc, DESC_MAX)));
	if (refusal)
		json_object_set_new(ctx, "mcp_refused", json_string(refusal));
	return ctx;
}

static int handle_call(mcp_relay *r, const json_t *msg, const json_t *id, const mcp_line *line)
{
	const json_t *params = json_object_get(msg, "params");
	const char *name = json_string_value(json_object_get(params, "name"));
	json_t *args = json_object_get(params, "arguments");
	char idb[80];
	held *h;
	int e;

	if (!name || !*name)
		return send_error(r->to_client, id, E_PARAMS, "agate-mcp: a tools/call needs a "
				  "tool name in params.name; not forwarded");
	if (args && !json_is_null(args) && !json_is_object(args))
		return send_error(r->to_client, id, E_PARAMS, "agate-mcp: params.arguments of a "
				  "tools/call must be an object; not forwarded");
	if (r->nheld >= MAX_HELD || r->held_bytes + line->len > HELD_BYTES_MAX)
		return send_refusal(r, id, "agate-mcp: too many calls are waiting for agate's "
				    "verdict, so this one is blocked; try again later");
	h = calloc(1, sizeof(*h));
	if (!h)
		return -ENOMEM;
	h->key = ++r->next_key;
	h->id = json_incref((json_t *)id);
	h->len = line->len;
	h->line = malloc(line->len ? line->len : 1);
	h->tool = strdup(name);
	if (!h->line || !h->tool) {
		held_free(h);
		return -ENOMEM;
	}
	memcpy(h->line, line->text, line->len);
	h->refusal = mcp_tools_refusal(r->tools, name);
	json_t *a = args && json_is_object(args) ? json_deep_copy(args) : json_object();
	json_t *ctx = call_context(r, name, h->refusal);
	if (!a || !ctx) {
		json_decref(a);
		json_decref(ctx);
		held_free(h);
		return -ENOMEM;
	}
	e = mcp_gate_ask(r->gate, h->key, name, a, ctx, h->refusal != NULL);
	if (e) {
		e = send_refusal(r, id, e == -EBUSY ? "agate-mcp: too many calls are waiting for "
				 "agate's verdict, so this one is blocked; try again later"
				 : "agate-mcp: cannot ask agate about this call, so it is blocked");
		held_free(h);
		return e;
	}
	h->next = r->held;
	r->held = h;
	r->nheld++;
	r->held_bytes += h->len;
	if (r->cfg.verbose)
		say("tools/call %s (id %s): asking agate", name, id_text(id, idb, sizeof(idb)));
	return 0;
}

static void cancel(mcp_relay *r, const json_t *msg, bool *forward)
{
	const json_t *rid = json_object_get(json_object_get(msg, "params"), "requestId");
	char idb[80];

	for (held *h = r->held; rid && h; h = h->next) {
		if (!h->cancelled && json_equal(h->id, (json_t *)rid)) {
			h->cancelled = true;
			*forward = false;
			if (r->cfg.verbose)
				say("tools/call %s (id %s): cancelled by the client while held",
				    h->tool, id_text(h->id, idb, sizeof(idb)));
			return;
		}
	}
}

int mcp_relay_verdicts(mcp_relay *r)
{
	mcp_verdict v;
	char idb[80], *text;
	int e = 0;

	while (mcp_gate_next(r->gate, &v)) {
		held *h = take(r, v.key);
		if (!h || r->client_gone) {
			/* nothing to do */
		} else if (h->cancelled) {
			if (r->cfg.verbose)
				say("tools/call %s (id %s): cancelled, so its verdict (%s) is dropped",
				    h->tool, id_text(h->id, idb, sizeof(idb)),
				    v.allow ? "allow" : "block");
		} else if (h->refusal) {
			text = NULL;
			if (asprintf(&text, "agate-mcp refused this call: %s (audit id %llu)",
				     h->refusal, (unsigned long long)v.audit_id) < 0)
				text = NULL;
			e = send_refusal(r, h->id, text ? text : "agate-mcp refused this call");
			free(text);
			if (r->cfg.verbose)
				say("tools/call %s (id %s): refused: %s", h->tool,
				    id_text(h->id, idb, sizeof(idb)), h->refusal);
		} else if (v.allow) {
			e = mcp_queue_push(r->to_server, h->line, h->len, true);
			if (r->cfg.verbose)
				say("tools/call %s (id %s): allowed (audit id %llu)", h->tool,
				    id_text(h->id, idb, sizeof(idb)), (unsigned long long)v.audit_id);
		} else {
			e = send_refusal(r, h->id, v.message ? v.message : "agate blocked this call");
			if (r->cfg.verbose)
				say("tools/call %s (id %s): %s", h->tool,
				    id_text(h->id, idb, sizeof(idb)),
				    v.message ? v.message : "blocked");
		}
		free(v.message);
		held_free(h);
		if (e)
			return e;
	}
	return 0;
}

/* ---- from the client ------------------------------------------------------ */

static int client_oversized(mcp_relay *r, const mcp_line *line)
{
	json_t *id = mcp_idscan_id(line->scan);
	int e = 0;

	if (mcp_idscan_has_method(line->scan) && id)
		e = send_error(r->to_client, id, E_INVALID, "agate-mcp: a message of %zu bytes is "
			       "over the limit of %zu (--max-message); not forwarded",
			       line->dropped, r->cfg.max_message);
	else if (id) /* the client's answer to a request of the server */
		e = send_error(r->to_server, id, E_INTERNAL, "agate-mcp: the client's answer of "
			       "%zu bytes is over the limit of %zu; not forwarded",
			       line->dropped, r->cfg.max_message);
	else
		say("a message of %zu bytes from the client, over the limit of %zu and without "
		    "an id, was dropped", line->dropped, r->cfg.max_message);
	json_decref(id);
	return e;
}

/* A line that is not one JSON-RPC object: answered, never forwarded. */
static int client_unreadable(mcp_relay *r, const mcp_line *line, const char *why)
{
	mcp_idscan s;
	json_t *id;
	int e;

	mcp_idscan_init(&s);
	mcp_idscan_feed(&s, line->text, line->len);
	id = mcp_idscan_has_method(&s) ? mcp_idscan_id(&s) : NULL;
	e = send_error(r->to_client, id, E_PARSE, "agate-mcp: %s; not forwarded", why);
	json_decref(id);
	return e;
}

static bool blank(const mcp_line *line)
{
	for (size_t i = 0; i < line->len; i++)
		if (line->text[i] != ' ' && line->text[i] != '\t' && line->text[i] != '\r')
			return false;
	return true;
}

int mcp_relay_from_client(mcp_relay *r, const mcp_line *line)
{
	json_error_t je;
	json_t *msg;
	const char *method;
	const json_t *id;
	bool forward = true;
	char why[300];
	int e = 0;

	if (line->oversized)
		return client_oversized(r, line);
	if (blank(line))
		return 0;
	msg = json_loadb(line->text, line->len, JSON_REJECT_DUPLICATES, &je);
	if (!msg) {
		snprintf(why, sizeof(why), "not one JSON value with each key once (column %d: %s)",
			 je.column, je.text);
		return client_unreadable(r, line, why);
	}
	if (!json_is_object(msg)) {
		e = send_error(r->to_client, NULL, E_INVALID, "agate-mcp: %s; not forwarded",
			       json_is_array(msg) ? "batches are not supported"
						  : "not a JSON-RPC message (an object)");
		json_decref(msg);
		return e;
	}
	method = json_string_value(json_object_get(msg, "method"));
	id = json_object_get(msg, "id");
	if (method && !strcmp(method, "tools/call")) {
		if (id)
			e = handle_call(r, msg, id, line);
		else
			say("a tools/call without an id (a notification) was not forwarded");
		forward = false;
	} else if (method && !strcmp(method, "notifications/cancelled")) {
		cancel(r, msg, &forward);
	} else if (method && id && !strcmp(method, "initialize")) {
		track(r, id, T_INITIALIZE);
	} else if (method && id && !strcmp(method, "tools/list")) {
		track(r, id, T_TOOLS_LIST);
	}
	if (forward && !e)
		e = mcp_queue_push(r->to_server, line->text, line->len, true);
	json_decref(msg);
	return e;
}

/* ---- from the server ------------------------------------------------------ */

static int server_oversized(mcp_relay *r, const mcp_line *line)
{
	json_t *id = mcp_idscan_id(line->scan);
	int e = 0;

	if (mcp_idscan_has_method(line->scan) && id) /* a request of the server */
		e = send_error(r->to_server, id, E_INVALID, "agate-mcp: a request of %zu bytes is "
			       "over the limit of %zu; not forwarded", line->dropped,
			       r->cfg.max_message);
	else if (id) {
		(void)untrack(r, id);
		e = send_error(r->to_client, id, E_INTERNAL, "agate-mcp: the server's answer of "
			       "%zu bytes is over the limit of %zu (--max-message); not forwarded",
			       line->dropped, r->cfg.max_message);
	} else
		say("a message of %zu bytes from the server, over the limit of %zu and without "
		    "an id, was dropped", line->dropped, r->cfg.max_message);
	json_decref(id);
	return e;
}

/* The identity to register: --purpose, or one naming the server. */
static int send_identity(mcp_relay *r)
{
	char buf[512];
	size_t n;
	const char *const *names = mcp_tools_names(r->tools, &n);
	const char *purpose = r->cfg.purpose;

	if (!purpose) {
		snprintf(buf, sizeof(buf), "calls the tools of the MCP server %.400s",
			 r->server_name ? r->server_name : r->cfg.server_name);
		purpose = buf;
	}
	return mcp_gate_identity(r->gate, purpose, names, n);
}

static int read_answer(mcp_relay *r, int kind, const json_t *msg)
{
	const json_t *result = json_object_get(msg, "result");
	bool grew = false;
	int e;

	if (kind == T_INITIALIZE) {
		const char *name = json_string_value(
			json_object_get(json_object_get(result, "serverInfo"), "name"));
		if (name && !r->server_name)
			r->server_name = strdup(name);
		return 0;
	}
	if (!result)
		return 0; /* an error answer: nothing listed */
	e = mcp_tools_update(r->tools, result, &grew);
	if (e == -ENOMEM)
		return e;
	return grew ? send_identity(r) : 0;
}

int mcp_relay_from_server(mcp_relay *r, const mcp_line *line)
{
	json_t *msg, *id;
	int e = 0, kind;

	if (line->oversized)
		return server_oversized(r, line);
	if (blank(line))
		return 0;
	msg = json_loadb(line->text, line->len, JSON_REJECT_DUPLICATES, NULL);
	if (!msg) {
		mcp_idscan s;
		mcp_idscan_init(&s);
		mcp_idscan_feed(&s, line->text, line->len);
		id = mcp_idscan_has_method(&s) ? NULL : mcp_idscan_id(&s);
		if (id && untrack(r, id) == T_TOOLS_LIST)
			e = send_error(r->to_client, id, E_INTERNAL, "agate-mcp: the server's tool "
				       "list cannot be read (not JSON, or a key repeated); not "
				       "forwarded");
		else
			e = mcp_queue_push(r->to_client, line->text, line->len, true);
		json_decref(id);
		return e;
	}
	id = json_object_get(msg, "id");
	if (json_is_object(msg) && id && !json_object_get(msg, "method") &&
	    (kind = untrack(r, id)) >= 0)
		e = read_answer(r, kind, msg);
	if (!e)
		e = mcp_queue_push(r->to_client, line->text, line->len, true);
	json_decref(msg);
	return e;
}

/* ---- the relay -------------------------------------------------------------- */

int mcp_relay_new(const mcp_relay_config *cfg, mcp_tools *tools, mcp_gate *gate,
		  mcp_queue *to_client, mcp_queue *to_server, mcp_relay **out)
{
	mcp_relay *r = calloc(1, sizeof(*r));

	*out = NULL;
	if (!r)
		return -ENOMEM;
	r->cfg = *cfg;
	r->tools = tools;
	r->gate = gate;
	r->to_client = to_client;
	r->to_server = to_server;
	*out = r;
	return 0;
}

void mcp_relay_client_gone(mcp_relay *r)
{
	held *h, *next;

	r->client_gone = true;
	for (h = r->held; h; h = next) {
		next = h->next;
		held_free(h);
	}
	r->held = NULL;
	r->nheld = r->held_bytes = 0;
}

size_t mcp_relay_held(const mcp_relay *r)
{
	return r->nheld;
}

void mcp_relay_free(mcp_relay *r)
{
	if (!r)
		return;
	mcp_relay_client_gone(r);
	for (size_t i = 0; i < r->ntrack; i++)
		json_decref(r->track[i].id);
	free(r->server_name);
	free(r);
}

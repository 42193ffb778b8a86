/* hook_formats.c - the agents agate-hook speaks to (see hook.h).
 *
 * Each format reads the JSON document its agent writes to a pre-tool-call
 * hook's standard input and maps it onto one call, then writes the answer
 * in exactly the shape that agent documents. The contract of each is
 * cited beside its table entry; docs/agents.md says the same for people.
 *
 * The mapping is shared: a shell tool becomes `bash` {command} (text: the
 * command line); a file write or edit `write_file` / `edit_file` {path,
 * content}; a file read `read_file` {path}; a web fetch `web_fetch` {url};
 * Codex's apply_patch `apply_patch` {path, paths, content} (agate_hook.c
 * checks a patch of several files once per file, each as path); an MCP tool
 * mcp__SERVER__TOOL becomes SERVER__TOOL with its arguments (Cursor names
 * the tool alone: its server's url or command goes to context.mcp_server);
 * anything else keeps the agent's tool
 * name and its input as args. These names are the ones the shipped rule
 * packs watch (policy/packs/default/00-lists.rules).
 */
#include "hook.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading ------------------------------------------------------------ */

static int bad(char *err, size_t errcap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int bad(char *err, size_t errcap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errcap, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

/* The string member k of o, or NULL. */
static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static const char *first_str(const json_t *o, const char *const *keys)
{
	for (; *keys; keys++) {
		const char *s = jstr(o, *keys);
		if (s)
			return s;
	}
	return NULL;
}

/* Optional string member: absent or null -> def; another type -> error. */
static int opt_str(const json_t *in, const char *k, const char *def,
		   const char **out, char *err, size_t errcap)
{
	const json_t *v = json_object_get(in, k);

	if (!v || json_is_null(v)) {
		*out = def;
		return 0;
	}
	if (!json_is_string(v))
		return bad(err, errcap, "%s is not a string", k);
	*out = json_string_value(v);
	return 0;
}

/* The event name, which must be want when the agent sends one. */
static int check_event(json_t *in, const char *key, const char *want, bool required,
		       hook_call *c, char *err, size_t errcap)
{
	if (opt_str(in, key, NULL, &c->event, err, errcap))
		return -EINVAL;
	if (!c->event && required)
		return bad(err, errcap, "no %s", key);
	if (c->event && want && strcmp(c->event, want))
		return bad(err, errcap, "%s is '%.64s', not %s: configure agate-hook on %s",
			   key, c->event, want, want);
	return 0;
}

/* Tool input: an object, or a string holding one (Copilot's toolArgs,
 * Cursor's MCP tool_input), or absent (an empty object). A new reference. */
static json_t *tool_input(json_t *v, char *err, size_t errcap)
{
	json_error_t je;
	json_t *o;

	if (!v || json_is_null(v))
		return json_object();
	if (json_is_object(v))
		return json_incref(v);
	if (!json_is_string(v)) {
		bad(err, errcap, "the tool's input is neither an object nor a JSON string");
		return NULL;
	}
	o = json_loadb(json_string_value(v), json_string_length(v), JSON_REJECT_DUPLICATES, &je);
	if (!o || !json_is_object(o)) {
		json_decref(o);
		bad(err, errcap, "the tool's input string is not a JSON object: %s",
		    o ? "another type" : je.text);
		return NULL;
	}
	return o;
}

enum kind { K_OTHER, K_SHELL, K_WRITE, K_EDIT, K_READ, K_FETCH, K_PATCH };

struct tool_kind {
	const char *name; /* the agent's tool name, exact */
	enum kind kind;
};

static enum kind kind_of(const struct tool_kind *t, const char *name)
{
	for (; t && t->name; t++)
		if (!strcmp(t->name, name))
			return t->kind;
	return K_OTHER;
}

static const char *const path_keys[] = { "file_path", "path", "absolute_path",
					  "notebook_path", "filePath", "target_file", NULL };
static const char *const content_keys[] = { "content", "file_text", "new_string",
					    "new_str", "new_source", "contents", NULL };

/* MultiEdit's edits: the new strings, one per line. New reference or NULL. */
static json_t *joined_edits(const json_t *input)
{
	const json_t *edits = json_object_get(input, "edits");
	json_t *s;
	size_t i, n = 0, len = 0;
	char *buf, *p;

	if (!json_is_array(edits))
		return NULL;
	json_array_foreach(edits, i, s) {
		const char *ns = jstr(s, "new_string");
		if (ns)
			len += strlen(ns) + 1, n++;
	}
	if (!n || !(buf = malloc(len)))
		return NULL;
	p = buf;
	json_array_foreach(edits, i, s) {
		const char *ns = jstr(s, "new_string");
		if (!ns)
			continue;
		if (p != buf)
			*p++ = '\n';
		memcpy(p, ns, strlen(ns));
		p += strlen(ns);
	}
	*p = '\0';
	s = json_string(buf);
	free(buf);
	return s;
}

/* The first http(s) URL in s (Gemini's web_fetch takes a prompt). */
static json_t *url_in(const char *s)
{
	const char *a = s ? strstr(s, "http") : NULL;

	for (; a; a = strstr(a + 4, "http")) {
		size_t n = 0;
		if (strncmp(a, "http://", 7) && strncmp(a, "https://", 8))
			continue;
		while (a[n] && !strchr(" \t\r\n\"'<>()[]{}", a[n]))
			n++;
		return json_stringn(a, n);
	}
	return NULL;
}

/* Codex's apply_patch body names its files on these lines. */
static json_t *patch_paths(const char *patch)
{
	static const char *const marks[] = { "*** Add File: ", "*** Update File: ",
					     "*** Delete File: ", "*** Move to: ", NULL };
	json_t *paths = json_array();
	const char *line = patch;

	while (paths && line && *line) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		for (const char *const *m = marks; *m; m++) {
			size_t ml = strlen(*m);
			if (len > ml && !strncmp(line, *m, ml)) {
				size_t pl = len - ml;
				while (pl && line[ml + pl - 1] == '\r')
					pl--;
				json_array_append_new(paths, json_stringn(line + ml, pl));
			}
		}
		line = end ? end + 1 : NULL;
	}
	return paths;
}

static int set_args(hook_call *c, json_t *args, char *err, size_t errcap)
{
	json_decref(c->args);
	c->args = args;
	return args ? 0 : bad(err, errcap, "out of memory");
}

/* Map the agent's tool name and input onto c (see the top of the file).
 * input is borrowed. */
static int map_tool(hook_call *c, const char *name, json_t *input,
		    const struct tool_kind *table, char *err, size_t errcap)
{
	enum kind k = kind_of(table, name);
	const char *path = first_str(input, path_keys);
	const char *content = first_str(input, content_keys);
	json_t *a, *j;

	c->agent_tool = name;
	c->tool = name;
	switch (k) {
	case K_SHELL:
		c->tool = "bash";
		if (!jstr(input, "command"))
			return bad(err, errcap, "%s has no command string", name);
		if (set_args(c, json_pack("{s:s}", "command", jstr(input, "command")), err, errcap))
			return -EINVAL;
		/* input may be a temporary (a parsed toolArgs string): point into args */
		c->text = jstr(c->args, "command");
		return 0;
	case K_WRITE:
	case K_EDIT:
	case K_READ:
		if (!path)
			break; /* keep the whole input, below */
		c->tool = k == K_WRITE ? "write_file" : k == K_EDIT ? "edit_file" : "read_file";
		a = json_pack("{s:s}", "path", path);
		j = k == K_READ ? NULL : content ? json_string(content) : joined_edits(input);
		if (a && j)
			json_object_set_new(a, "content", j);
		return set_args(c, a, err, errcap);
	case K_FETCH:
		j = jstr(input, "url") ? json_string(jstr(input, "url")) : url_in(jstr(input, "prompt"));
		if (!j)
			break;
		c->tool = "web_fetch";
		a = json_object();
		if (a)
			json_object_set_new(a, "url", j);
		else
			json_decref(j);
		return set_args(c, a, err, errcap);
	case K_PATCH:
		content = first_str(input, (const char *const[]){ "command", "patch", "input", NULL });
		if (!content)
			break;
		c->tool = "apply_patch";
		j = patch_paths(content);
		a = json_pack("{s:s,s:o,s:s}", "path",
			      json_array_size(j) ? json_string_value(json_array_get(j, 0)) : "",
			      "paths", j, "content", content);
		return set_args(c, a, err, errcap);
	case K_OTHER:
		break;
	}
	if (!strncmp(name, "mcp__", 5) && name[5])
		c->tool = name + 5; /* mcp__server__tool -> server__tool */
	return set_args(c, json_deep_copy(input), err, errcap);
}

/* The usual shape (Claude Code, Gemini CLI, Codex): session_id, cwd,
 * hook_event_name, tool_name, tool_input. */
static int read_usual(json_t *in, const char *event, const struct tool_kind *table,
		      hook_call *c, char *err, size_t errcap)
{
	const char *name;
	json_t *input;
	int r;

	if (check_event(in, "hook_event_name", event, false, c, err, errcap) ||
	    opt_str(in, "session_id", "", &c->session, err, errcap) ||
	    opt_str(in, "cwd", NULL, &c->cwd, err, errcap))
		return -EINVAL;
	name = jstr(in, "tool_name");
	if (!name || !*name)
		return bad(err, errcap, "no tool_name");
	input = tool_input(json_object_get(in, "tool_input"), err, errcap);
	if (!input)
		return -EINVAL;
	r = map_tool(c, name, input, table, err, errcap);
	json_decref(input);
	return r;
}

/* ---- writing ------------------------------------------------------------ */

/* Print o (stolen) as one line of compact JSON on stdout. */
static void put_json(json_t *o)
{
	if (o) {
		json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(o);
	}
	fputc('\n', stdout);
}

static int deny_stderr(const char *message)
{
	fprintf(stderr, "%s\n", message ? message : "agate: denied");
	return 2;
}

/* ---- Claude Code ---------------------------------------------------------
 * PreToolUse: https://code.claude.com/docs/en/hooks (Hooks reference:
 * "PreToolUse", "Exit code 2 behavior", "PreToolUse decision control").
 * Input: session_id, transcript_path, cwd, permission_mode,
 * hook_event_name "PreToolUse", tool_name, tool_input, tool_use_id.
 * Exit 2 blocks the call and feeds stderr to Claude; exit 0 with no output
 * lets the call go on through Claude Code's own permission rules (an
 * "allow" would skip them, so agate never sends one); "ask" is
 * hookSpecificOutput.permissionDecision "ask" with the reason shown to
 * the user. Any other exit status does not block: never used. */
static const struct tool_kind claude_tools[] = {
	{ "Bash", K_SHELL }, { "Write", K_WRITE }, { "Edit", K_EDIT },
	{ "MultiEdit", K_EDIT }, { "NotebookEdit", K_EDIT }, { "Read", K_READ },
	{ "WebFetch", K_FETCH }, { NULL, K_OTHER },
};

static int claude_read(json_t *in, hook_call *c, char *err, size_t errcap)
{
	c->can_ask = true;
	return read_usual(in, "PreToolUse", claude_tools, c, err, errcap);
}

static int claude_answer(const hook_call *c, hook_answer a, const char *message)
{
	(void)c;
	if (a == HOOK_ALLOW)
		return 0;
	if (a == HOOK_ASK) {
		put_json(json_pack("{s:{s:s,s:s,s:s}}", "hookSpecificOutput",
				   "hookEventName", "PreToolUse",
				   "permissionDecision", "ask",
				   "permissionDecisionReason", message));
		return 0;
	}
	return deny_stderr(message);
}

/* ---- Gemini CLI ----------------------------------------------------------
 * BeforeTool: https://geminicli.com/docs/hooks/reference (google-gemini/
 * gemini-cli docs/hooks/reference.md: "Global hook mechanics",
 * "BeforeTool"). Input: session_id, transcript_path, cwd, hook_event_name
 * "BeforeTool", timestamp, tool_name, tool_input, mcp_context. Exit 2
 * blocks the tool and sends stderr to the agent as the reason (the turn
 * goes on); exit 0 parses stdout as JSON, and must print nothing else.
 * BeforeTool's decisions are allow and deny: there is no ask, so a review
 * is a deny that says how an operator approves it. */
static const struct tool_kind gemini_tools[] = {
	{ "run_shell_command", K_SHELL }, { "write_file", K_WRITE },
	{ "replace", K_EDIT }, { "read_file", K_READ }, { "web_fetch", K_FETCH },
	{ NULL, K_OTHER },
};

static int gemini_read(json_t *in, hook_call *c, char *err, size_t errcap)
{
	return read_usual(in, "BeforeTool", gemini_tools, c, err, errcap);
}

static int gemini_answer(const hook_call *c, hook_answer a, const char *message)
{
	(void)c;
	if (a == HOOK_ALLOW) {
		put_json(json_object()); /* "{}", as the docs' own examples */
		return 0;
	}
	return deny_stderr(message);
}

/* ---- Codex ---------------------------------------------------------------
 * PreToolUse: https://developers.openai.com/codex/hooks ("PreToolUse"),
 * and openai/codex codex-rs/hooks/src/events/pre_tool_use.rs with
 * schema/generated/pre-tool-use.command.input.schema.json. Input:
 * session_id, turn_id, transcript_path, cwd, hook_event_name
 * "PreToolUse", model, permission_mode, tool_name ("Bash" for every shell
 * tool, "apply_patch" with the patch in tool_input.command, MCP tools as
 * mcp__server__tool), tool_input, tool_use_id. Exit 2 with a reason on
 * stderr blocks; exit 0 with empty stdout lets the call go on. Codex
 * rejects permissionDecision "ask" (and a bare "allow") as unsupported
 * and then RUNS the call, and any other exit status fails open too: a
 * review is a deny, and nothing but exit 0/2 is ever used. */
static const struct tool_kind codex_tools[] = {
	{ "Bash", K_SHELL }, { "apply_patch", K_PATCH }, { NULL, K_OTHER },
};

static int codex_read(json_t *in, hook_call *c, char *err, size_t errcap)
{
	return read_usual(in, "PreToolUse", codex_tools, c, err, errcap);
}

static int codex_answer(const hook_call *c, hook_answer a, const char *message)
{
	(void)c;
	return a == HOOK_ALLOW ? 0 : deny_stderr(message);
}

/* ---- Cursor --------------------------------------------------------------
 * https://cursor.com/docs/agent/hooks ("beforeShellExecution /
 * beforeMCPExecution", "beforeReadFile"). Input: conversation_id,
 * generation_id, hook_event_name, workspace_roots, and per event: command
 * and cwd (shell); tool_name, tool_input (an object or a JSON string), url
 * or command of the server (MCP); file_path, content, attachments (read).
 * Output on stdout, exit 0: {"permission": "allow" | "deny" | "ask",
 * "user_message", "agent_message"} for shell and MCP; beforeReadFile
 * answers {"permission": "allow" | "deny"} only. Cursor runs a hook that
 * prints nothing, or fails, only when the hook is not `failClosed`:
 * docs/agents.md sets it. "ask" is not honoured in Cursor's auto-review
 * run mode (Cursor forum topic 173694): use --no-ask there. */
static int cursor_read(json_t *in, hook_call *c, char *err, size_t errcap)
{
	const json_t *roots = json_object_get(in, "workspace_roots");
	json_t *input;
	const char *name;
	int r;

	if (check_event(in, "hook_event_name", NULL, true, c, err, errcap) ||
	    opt_str(in, "conversation_id", "", &c->session, err, errcap) ||
	    opt_str(in, "cwd", json_string_value(json_array_get(roots, 0)), &c->cwd,
		    err, errcap))
		return -EINVAL;
	if (!strcmp(c->event, "beforeShellExecution")) {
		static const struct tool_kind shell[] = { { "shell", K_SHELL }, { NULL, K_OTHER } };
		c->can_ask = true;
		if (!jstr(in, "command"))
			return bad(err, errcap, "beforeShellExecution without a command string");
		return map_tool(c, "shell", in, shell, err, errcap);
	}
	if (!strcmp(c->event, "beforeReadFile")) {
		c->bare_deny = true;
		c->agent_tool = "read_file";
		c->tool = "read_file";
		if (!jstr(in, "file_path"))
			return bad(err, errcap, "beforeReadFile without a file_path string");
		/* the file's content is not sent: the rules judge the path */
		return set_args(c, json_pack("{s:s}", "path", jstr(in, "file_path")), err, errcap);
	}
	if (strcmp(c->event, "beforeMCPExecution"))
		return bad(err, errcap, "hook_event_name '%.64s' is not beforeShellExecution, "
			   "beforeMCPExecution or beforeReadFile", c->event);
	c->can_ask = true;
	c->mcp_server = jstr(in, "url") ? jstr(in, "url") : jstr(in, "command");
	name = jstr(in, "tool_name");
	if (!name || !*name)
		return bad(err, errcap, "beforeMCPExecution without a tool_name");
	input = tool_input(json_object_get(in, "tool_input"), err, errcap);
	if (!input)
		return -EINVAL;
	r = map_tool(c, name, input, NULL, err, errcap);
	json_decref(input);
	return r;
}

static int cursor_answer(const hook_call *c, hook_answer a, const char *message)
{
	const char *p = a == HOOK_ALLOW ? "allow" : a == HOOK_ASK ? "ask" : "deny";

	if (a == HOOK_ALLOW || c->bare_deny) {
		put_json(json_pack("{s:s}", "permission", p));
	} else {
		put_json(json_pack("{s:s,s:s,s:s}", "permission", p, "user_message", message,
				   "agent_message", message));
	}
	if (a == HOOK_DENY)
		fprintf(stderr, "%s\n", message);
	return 0;
}

/* ---- GitHub Copilot (coding agent and CLI) -------------------------------
 * preToolUse: https://docs.github.com/en/copilot/reference/hooks-configuration
 * ("Pre-tool use hook"; github/docs content/copilot/reference/
 * hooks-configuration.md). Input: timestamp, cwd, toolName ("bash",
 * "edit", "view", "create" ...), toolArgs (a JSON string). No session id:
 * the session is the cwd. Output on stdout: {"permissionDecision":
 * "deny", "permissionDecisionReason"}; no output allows; "allow" and
 * "ask" are documented but not processed, so a review is a deny. */
static const struct tool_kind copilot_tools[] = {
	{ "bash", K_SHELL }, { "powershell", K_SHELL }, { "create", K_WRITE },
	{ "edit", K_EDIT }, { "view", K_READ }, { "web_fetch", K_FETCH },
	{ NULL, K_OTHER },
};

static int copilot_read(json_t *in, hook_call *c, char *err, size_t errcap)
{
	const char *name = jstr(in, "toolName");
	json_t *input;
	int r;

	if (opt_str(in, "cwd", NULL, &c->cwd, err, errcap))
		return -EINVAL;
	c->session = c->cwd ? c->cwd : "";
	if (!name || !*name)
		return bad(err, errcap, "no toolName");
	input = tool_input(json_object_get(in, "toolArgs"), err, errcap);
	if (!input)
		return -EINVAL;
	r = map_tool(c, name, input, copilot_tools, err, errcap);
	json_decref(input);
	return r;
}

static int copilot_answer(const hook_call *c, hook_answer a, const char *message)
{
	(void)c;
	if (a != HOOK_ALLOW)
		put_json(json_pack("{s:s,s:s}", "permissionDecision", "deny",
				   "permissionDecisionReason", message));
	return 0;
}

/* ---- the table ---------------------------------------------------------- */

const hook_format hook_formats[] = {
	{ "claude-code", "PreToolUse", claude_read, claude_answer },
	{ "gemini", "BeforeTool", gemini_read, gemini_answer },
	{ "codex", "PreToolUse", codex_read, codex_answer },
	{ "cursor", "beforeShellExecution, beforeMCPExecution, beforeReadFile",
	  cursor_read, cursor_answer },
	{ "copilot", "preToolUse", copilot_read, copilot_answer },
	{ NULL, NULL, NULL, NULL },
};

const hook_format *hook_format_find(const char *name)
{
	for (const hook_format *f = hook_formats; name && f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

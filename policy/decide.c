/* decide.c - one decision: cascade, rules, combination (see decide.h).
 *
 * Order matters: the cascade runs first so that rules can read drift.*;
 * nothing is committed (history, session drift) until both have
 * answered, so a failed decision leaves the session as it was.
 */
#include "policy/decide.h"
#include "policy/cli_line.h"

#include "policy/base/json_read.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void fail_closed(agate_verdict *out)
{
	out->verdict = AGATE_VERDICT_BLOCK;
	out->enforcement = AGATE_ENFORCE_BLOCK;
	out->rule = NULL;
	out->reason = "internal error";
	out->advice = NULL;
	out->severity = 4;
}


/* ASCII lower case of one byte, without the locale */
static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Tool names that say "a call" and nothing of which one: harnesses that
 * replay agents put the real call in the text as API_CALL:name(k=v;...).
 * Compared ASCII case-insensitively with '_', '-', '.' and ' ' ignored. */
static const char *const generic_tools[] = {
	"apicall", "action", "executeaction", "call", "toolcall", "tool",
	"functioncall", "function", "invoke", "runaction", "api", "agentaction",
};

static bool generic_tool(agate_str t)
{
	char folded[32];
	size_t n = 0;
	for (size_t i = 0; i < t.len; i++) {
		char c = t.ptr[i];
		if (c == '_' || c == '-' || c == '.' || c == ' ')
			continue;
		if (n + 1 >= sizeof folded)
			return false;
		folded[n++] = lower(c);
	}
	folded[n] = '\0';
	for (size_t i = 0; i < sizeof generic_tools / sizeof generic_tools[0]; i++)
		if (strcmp(folded, generic_tools[i]) == 0)
			return true;
	return false;
}

static bool name_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '-' || c == ':';
}

/* The call a generic tool's text names: "API_CALL:bank_transfer(amount=5)"
 * gives "bank_transfer" (a pointer into the text). Only the prefix
 * API_CALL: (or TOOL_CALL:, ACTION:, CALL:, any case, blanks allowed) at
 * the start of the text counts, followed by a name of at most 128 bytes
 * and "(": a sentence that mentions a call is not one. */
static bool called_in_text(agate_str text, agate_str *name)
{
	static const char *const prefixes[] = { "api_call", "tool_call", "action", "call" };
	if (!text.ptr)
		return false;
	size_t i = 0, n = text.len < 4096 ? text.len : 4096;
	while (i < n && (text.ptr[i] == ' ' || text.ptr[i] == '\t' || text.ptr[i] == '\n' ||
			 text.ptr[i] == '\r'))
		i++;
	size_t after = 0;
	for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0] && !after; p++) {
		size_t k = strlen(prefixes[p]);
		if (i + k > n)
			continue;
		size_t j = 0;
		while (j < k && lower(text.ptr[i + j]) == prefixes[p][j])
			j++;
		if (j == k)
			after = i + k;
	}
	if (!after)
		return false;
	i = after;
	while (i < n && text.ptr[i] == ' ')
		i++;
	if (i >= n || text.ptr[i] != ':')
		return false;
	i++;
	while (i < n && text.ptr[i] == ' ')
		i++;
	size_t start = i;
	while (i < n && i - start <= 128 && name_byte(text.ptr[i]) && text.ptr[i] != ':')
		i++;
	size_t end = i;
	while (i < n && text.ptr[i] == ' ')
		i++;
	if (end == start || end - start > 128 || i >= n || text.ptr[i] != '(')
		return false;
	*name = (agate_str){ text.ptr + start, end - start };
	return true;
}

/* ---- the arguments of a call written as text -------------------------------- */

#define TEXT_ARGS_MAX 64 /* named arguments read from a call's text */

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static agate_str trimmed(const char *p, size_t n)
{
	while (n && is_blank(*p))
		p++, n--;
	while (n && is_blank(p[n - 1]))
		n--;
	return (agate_str){ p, n };
}

/* "key=" at p (blanks first): the key's length, 0 when there is none */
static size_t key_at(const char *p, size_t n, agate_str *key)
{
	size_t i = 0;
	while (i < n && is_blank(p[i]))
		i++;
	size_t k0 = i;
	while (i < n && i - k0 <= 64 && name_byte(p[i]) && p[i] != ':')
		i++;
	size_t k1 = i;
	while (i < n && p[i] == ' ')
		i++;
	if (k1 == k0 || k1 - k0 > 64 || i >= n || p[i] != '=')
		return 0;
	*key = (agate_str){ p + k0, k1 - k0 };
	return i + 1;
}

/* a value as a harness writes it: quotes taken off; a plain decimal
 * number (at most 15 digits) as a number, as a map sent it would be */
static agate_value text_value(agate_str v)
{
	if (v.len >= 2 && (v.ptr[0] == '"' || v.ptr[0] == '\'') && v.ptr[v.len - 1] == v.ptr[0])
		return (agate_value){ .type = AGATE_STR, .as.str = { v.ptr + 1, v.len - 2 } };
	size_t i = v.len && v.ptr[0] == '-', digits = 0, dots = 0;
	for (size_t k = i; k < v.len; k++) {
		if (v.ptr[k] >= '0' && v.ptr[k] <= '9')
			digits++;
		else if (v.ptr[k] == '.' && k > i && k + 1 < v.len)
			dots++;
		else
			digits = 99;
	}
	if (digits == 0 || digits > 15 || dots > 1 || (v.ptr[i] == '0' && v.len > i + 1 && v.ptr[i + 1] != '.'))
		return (agate_value){ .type = AGATE_STR, .as.str = v };
	char buf[32];
	memcpy(buf, v.ptr, v.len);
	buf[v.len] = '\0';
	if (dots)
		return (agate_value){ .type = AGATE_FLOAT, .as.real = strtod(buf, NULL) };
	return (agate_value){ .type = AGATE_INT, .as.integer = strtoll(buf, NULL, 10) };
}

/* The named arguments of a call written as text, "API_CALL:name(k=v;
 * k2=v2)" (separated by ; or , before the next "key="), as a map in the
 * arena; NULL when there are none or the text is not key=value
 * throughout (the rules then read the text alone), and with *why set
 * when they cannot be judged: a name given twice (which value the tool
 * takes is not known), more than TEXT_ARGS_MAX, out of memory. */
static const agate_value *args_in_text(agate_str text, agate_arena *arena, const char **why)
{
	const char *open = memchr(text.ptr, '(', text.len < 4096 ? text.len : 4096);
	if (!open)
		return NULL;
	size_t b = (size_t)(open - text.ptr) + 1, e = text.len;
	while (e > b && is_blank(text.ptr[e - 1]))
		e--;
	if (e > b && text.ptr[e - 1] == ')')
		e--;
	agate_member *m = agate_arena_alloc(arena, TEXT_ARGS_MAX * sizeof(*m));
	agate_value *map = agate_arena_alloc(arena, sizeof(*map));
	if (!m || !map) {
		*why = "a call written as text too large for the memory of one decision";
		return NULL;
	}
	uint32_t n = 0;
	size_t i = b;
	while (i < e) {
		agate_str key;
		size_t v0 = key_at(text.ptr + i, e - i, &key);
		if (!v0)
			return NULL; /* not key=value throughout: the text stays text */
		v0 += i;
		/* the value runs to the next ; or , that a key= follows */
		size_t v1 = v0;
		agate_str next;
		while (v1 < e && !((text.ptr[v1] == ';' || text.ptr[v1] == ',') &&
				   key_at(text.ptr + v1 + 1, e - v1 - 1, &next)))
			v1++;
		if (n == TEXT_ARGS_MAX) {
			*why = "a call written as text with more named arguments than the gate "
			       "reads (64)";
			return NULL;
		}
		for (uint32_t k = 0; k < n; k++)
			if (m[k].key.len == key.len && memcmp(m[k].key.ptr, key.ptr, key.len) == 0) {
				*why = agate_arena_printf(arena, "a call written as text names the "
							  "argument \"%.*s\" twice: which value "
							  "the tool takes is not known",
							  (int)key.len, key.ptr);
				if (!*why)
					*why = "a call written as text names an argument twice";
				return NULL;
			}
		m[n].key = key;
		m[n].value = text_value(trimmed(text.ptr + v0, v1 - v0));
		n++;
		i = v1 + 1;
	}
	if (!n)
		return NULL;
	*map = (agate_value){ .type = AGATE_MAP, .as.map = { m, n } };
	return map;
}

static bool no_args(const agate_value *args)
{
	return !args || (args->type == AGATE_MAP && args->as.map.len == 0) || args->type == AGATE_NIL;
}

/* The first string member of args under one of keys (NULL-terminated). */
static const agate_value *member_str(const agate_value *args, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++) {
		const agate_value *v = agate_value_get(args, keys[i], strlen(keys[i]));
		if (v && v->type == AGATE_STR && v->as.str.len > 0)
			return v;
	}
	return NULL;
}

/* A call's name as a harness writes it: name bytes only, at most 128. */
static bool call_name(agate_str s)
{
	if (s.len == 0 || s.len > 128)
		return false;
	for (size_t i = 0; i < s.len; i++)
		if (!name_byte(s.ptr[i]))
			return false;
	return true;
}

/* What a generic tool's arguments wrap */
typedef enum wrapped {
	WRAP_NONE,      /* no call */
	WRAP_CALL,      /* {"name": "bank_transfer", "arguments": {...}} */
	WRAP_JSON_TEXT, /* {"name": "shell", "arguments": "{\"command\": ...}"}: the
			   arguments written as JSON text, as agents send them */
	WRAP_PROSE,     /* {"name": "shell", "arguments": "rm -rf /"}: the
			   arguments as plain text */
	WRAP_TWICE,     /* arguments under two keys: which one the tool reads
			   is not known */
} wrapped;

/* Text that is JSON rather than prose: it opens an object, an array or a
 * string literal (arguments encoded twice) after any blanks. */
static bool json_text(agate_str s)
{
	size_t k = 0;
	while (k < s.len && (s.ptr[k] == ' ' || s.ptr[k] == '\t' || s.ptr[k] == '\n' ||
			     s.ptr[k] == '\r'))
		k++;
	return k < s.len && (s.ptr[k] == '{' || s.ptr[k] == '[' || s.ptr[k] == '"');
}

/* The call a generic tool's arguments wrap: the name under name, tool,
 * tool_name, function or function_name; its arguments, a map or JSON
 * text, under arguments, args, params, parameters or input (a string
 * under input is the call's payload, not its arguments). *inner is the
 * map, or the string holding the text. */
static wrapped called_in_args(const agate_value *args, agate_str *name, const agate_value **inner)
{
	static const char *const name_keys[] = { "name", "tool", "tool_name", "function",
						 "function_name", NULL };
	static const char *const args_keys[] = { "arguments", "args", "params", "parameters",
						 "input", NULL };
	const agate_value *n = member_str(args, name_keys);
	if (!n || !call_name(n->as.str))
		return WRAP_NONE;
	wrapped w = WRAP_NONE;
	for (size_t i = 0; args_keys[i]; i++) {
		const agate_value *v = agate_value_get(args, args_keys[i], strlen(args_keys[i]));
		wrapped here = WRAP_NONE;
		if (v && v->type == AGATE_MAP)
			here = WRAP_CALL;
		else if (v && v->type == AGATE_STR && v->as.str.len)
			/* input is a payload: its text, never read as JSON */
			here = strcmp(args_keys[i], "input") != 0 && json_text(v->as.str) ?
			       WRAP_JSON_TEXT : WRAP_PROSE;
		if (here == WRAP_NONE)
			continue;
		if (w != WRAP_NONE)
			return WRAP_TWICE;
		w = here;
		*name = n->as.str;
		*inner = v;
	}
	return w;
}

static const char *json_type_name(agate_value_type t)
{
	return t == AGATE_ARRAY ? "an array" : t == AGATE_STR ? "a string" : "a scalar";
}

/* Arguments sent as JSON text, read into a map in the arena; NULL with
 * the reason in *why when they cannot be judged. *left: the bytes of
 * JSON text the decision may still read, across wrapped levels. */
static const agate_value *json_args(agate_str text, agate_arena *arena, size_t *left,
				    const char **why)
{
	char err[160];
	agate_value *v = NULL;
	if (text.len > *left) {
		*why = agate_arena_printf(arena, "arguments are JSON text longer than the gate "
						 "reads (%u bytes in all)", AGATE_JSON_READ_MAX);
		if (!*why)
			*why = "arguments are JSON text longer than the gate reads";
		return NULL;
	}
	*left -= text.len;
	int rc = agate_json_read(text.ptr, text.len, arena, &v, err, sizeof err, NULL);
	if (rc == 0 && v->type == AGATE_MAP)
		return v;
	/* a tool's rules read its arguments by name: a list or a lone value
	 * has none, so what it carries would go unjudged */
	if (rc == 0)
		*why = agate_arena_printf(arena, "arguments are JSON text of %s, not a map of "
						 "named arguments, which the gate does not judge",
					  json_type_name(v->type));
	else if (rc == -ENOMEM)
		*why = "arguments are JSON text too large for the memory of one decision";
	else
		*why = agate_arena_printf(arena, "arguments are JSON text that does not parse: %s",
					  err);
	if (!*why)
		*why = "arguments are JSON text that cannot be judged";
	return NULL;
}

/* args with "command" set to line, first, and its other members after it
 * (those a command line was made from dropped: it holds them) */
static const agate_value *args_with_command(const agate_value *args, agate_str line,
					    agate_arena *arena)
{
	static const char *const made_from[] = { "command", "cmd", "subcommand", "args",
						 "arguments", "flags", "options", "parameters" };
	uint32_t n = args->as.map.len;
	agate_member *m = agate_arena_alloc(arena, ((size_t)n + 1) * sizeof(*m));
	agate_value *map = agate_arena_alloc(arena, sizeof(*map));
	if (!m || !map)
		return NULL;
	uint32_t k = 0;
	m[k].key = AGATE_STR_LIT("command");
	m[k++].value = (agate_value){ .type = AGATE_STR, .as.str = line };
	for (uint32_t i = 0; i < n; i++) {
		agate_str key = args->as.map.items[i].key;
		bool used = false;
		for (size_t j = 0; j < sizeof made_from / sizeof made_from[0] && !used; j++)
			used = key.len == strlen(made_from[j]) &&
			       memcmp(key.ptr, made_from[j], key.len) == 0;
		if (!used)
			m[k++] = args->as.map.items[i];
	}
	*map = (agate_value){ .type = AGATE_MAP, .as.map = { m, k } };
	return map;
}

/* The action as policy judges it: a generic tool whose text or arguments
 * name the call is judged as that call, so `api_call` with the text
 * API_CALL:bank_transfer(...) meets the money rules and the cascade reads
 * "bank transfer"; a generic tool that carries a command line (command,
 * cmd, shell_command, script, commands) is judged as a shell, so that
 * wrapping `rm -rf /` in a tool of no name does not walk around the shell
 * rules. Arguments sent as JSON text are read (json_read.h) and judged as
 * the map they spell; arguments sent as plain text are the wrapped call's
 * text and its `input`, so a command line there meets the shell rules.
 * Everything else is kept (args, text, context); the
 * caller's action, which the audit row holds, is not touched. */
static agate_action effective_action(const agate_action *act, agate_arena *arena,
				     const char **unread, const agate_value **text_args)
{
	static const char *const command_keys[] = { "command", "cmd", "shell_command",
						     "script", "commands", NULL };
	agate_action e = *act;
	agate_str name;
	const agate_value *inner;
	size_t json_left = AGATE_JSON_READ_MAX;
	*unread = NULL;
	*text_args = NULL;
	if (generic_tool(e.tool) && called_in_text(e.text, &name)) {
		e.tool = name;
		if (no_args(e.args))
			*text_args = args_in_text(e.text, arena, unread);
		if (*unread)
			return e;
	}
	/* a wrapped call may wrap another ({"name": "tool_call", "arguments":
	 * {"name": "shell", ...}}): unwrapped while the name stays generic,
	 * to a depth no honest harness nests; deeper is refused, since what
	 * it carries is not read */
	for (int depth = 0; generic_tool(e.tool); depth++) {
		wrapped w = called_in_args(e.args, &name, &inner);
		if (w == WRAP_NONE)
			break;
		if (w == WRAP_TWICE) {
			*unread = "a wrapped call with arguments under two keys (arguments, args, "
				  "params, parameters, input): which one the tool reads is not known";
			return e;
		}
		if (depth == 16) {
			*unread = "a call wrapped in generic tool calls deeper than the gate reads";
			return e;
		}
		if (w == WRAP_JSON_TEXT) {
			inner = json_args(inner->as.str, arena, &json_left, unread);
			if (!inner)
				return e;
		} else if (w == WRAP_PROSE) {
			/* the wrapped tool's text, and its one argument under
			 * the name rules read a payload by: a shell's command
			 * line, a search's query */
			agate_str prose = inner->as.str;
			agate_member *m = agate_arena_zalloc(arena, sizeof(*m));
			agate_value *map = agate_arena_zalloc(arena, sizeof(*map));
			if (!m || !map) {
				*unread = "a wrapped call too large for the memory of one decision";
				return e;
			}
			m->key = AGATE_STR_LIT("input");
			m->value = (agate_value){ .type = AGATE_STR, .as.str = prose };
			*map = (agate_value){ .type = AGATE_MAP, .as.map = { m, 1 } };
			inner = map;
			e.text = prose;
		}
		e.tool = name;
		e.args = inner;
	}
	if (generic_tool(e.tool) && member_str(e.args, command_keys))
		e.tool = AGATE_STR_LIT("shell");
	return e;
}

/* A CLI program's tool given its subcommand and flags apart (aws_cli with
 * {"command": "s3 rb", "args": {...}}) is judged twice: as sent, so that
 * the rules for that tool and its arguments apply, and as the command line
 * it makes, in a shell (cli_line.h), so that the shell rules read what the
 * program runs. The stricter verdict stands. */
static int judge_as_command_line(const agate_ruleset *rules, const agate_action *act,
				 const agate_eval_env *env, agate_arena *arena,
				 agate_rules_result *result, const char **unread)
{
	bool too_long;
	agate_str line = agate_cli_line(act->tool, act->args, arena, &too_long);
	if (too_long) {
		*unread = "a command-line tool's arguments make a line longer than the gate reads";
		return 0;
	}
	if (!line.ptr)
		return 0;
	agate_action shelled = *act;
	shelled.tool = AGATE_STR_LIT("shell");
	shelled.args = args_with_command(act->args, line, arena);
	if (!shelled.args) {
		*unread = "a command-line tool's arguments too large for the memory of one decision";
		return 0;
	}
	/* counted once: the stats tally the call as sent */
	agate_eval_env once = *env;
	once.tally = NULL;
	agate_rules_result alt;
	int rc = agate_rules_eval(rules, &shelled, &once, arena, &alt);
	if (rc)
		return rc;
	if (agate_enforcement_rank(alt.enforcement) > agate_enforcement_rank(result->enforcement)) {
		/* the session's history keeps the call as sent, with the
		 * lines its own evaluation parsed */
		alt.parsed = result->parsed;
		*result = alt;
	}
	return 0;
}

int agate_decide(const agate_decision_input *in, const agate_action *given,
		 agate_arena *arena, agate_verdict *out)
{
	if (!out)
		return -EINVAL;
	uint64_t t0 = now_ns();
	memset(out, 0, sizeof(*out));
	fail_closed(out); /* until proven otherwise */
	int rc = 0;
	if (!in || !given || !arena || !in->rules) {
		rc = -EINVAL;
		goto fail;
	}
	const char *unread = NULL;
	const agate_value *text_args = NULL;
	agate_action eff = effective_action(given, arena, &unread, &text_args);
	const agate_action *act = &eff;
	/* a call written as text, "API_CALL:send_email(to=x;subject=y)": the
	 * rules and the history read its named arguments as args; the
	 * cascade reads the text, as it did, so no word counts twice */
	agate_action ruled = eff;
	if (text_args)
		ruled.args = text_args;
	/* without a configuration, the frame's: the defaults with its
	 * lexicon files' `set` lines */
	agate_drift_config cfg = in->drift_config ? *in->drift_config
			       : in->frame        ? agate_frame_drift_config(in->frame)
						  : agate_drift_config_default();

	/* The cascade previews (commit false): the session average moves
	 * only once the whole decision has succeeded. A NULL identity is
	 * the empty identity: only provenance and role override can vote. */
	if (in->frame && cfg.enabled) {
		/* sentences only for blocking votes and a veto unless the
		 * caller asked for an explanation (see agate_drift_assess_ex) */
		rc = agate_drift_assess_ex(in->frame, in->identity, &cfg, act,
					   in->drift_state, false,
					   in->explain ? AGATE_DRIFT_EXPLAIN : 0u, arena,
					   &out->drift);
		if (rc)
			goto fail;
		out->drift_ran = true;
	}

	agate_eval_env env = {
		.history = in->history,
		.identity = in->identity,
		.drift = out->drift_ran ? &out->drift : NULL,
		.explain = in->explain,
		.explain_cap = in->explain_cap,
		.tally = in->tally,
	};
	rc = agate_rules_eval(in->rules, &ruled, &env, arena, &out->rules);
	if (rc)
		goto fail;
	if (!unread) {
		rc = judge_as_command_line(in->rules, &ruled, &env, arena, &out->rules, &unread);
		if (rc)
			goto fail;
	}

	const agate_rules_result *r = &out->rules;
	if (unread) {
		/* what the call carries was never judged: it cannot be allowed */
		out->enforcement = AGATE_ENFORCE_BLOCK;
		out->verdict = AGATE_VERDICT_BLOCK;
		out->rule = NULL;
		out->reason = unread;
		out->advice = NULL;
		out->severity = 3;
	} else if (r->enforcement != AGATE_ENFORCE_ALLOW) {
		/* block, stop, review and reflect stand whatever the cascade said */
		out->enforcement = r->enforcement;
		out->verdict = agate_enforcement_verdict(r->enforcement);
		out->rule = r->rule;
		out->reason = r->reason ? r->reason : "blocked by the rules";
		out->advice = r->enforcement == AGATE_ENFORCE_REFLECT ? r->advice : NULL;
		out->severity = r->severity;
	} else if (out->drift_ran && out->drift.veto) {
		out->enforcement = AGATE_ENFORCE_BLOCK;
		out->verdict = AGATE_VERDICT_BLOCK;
		out->rule = "drift";
		out->reason = out->drift.reason ? out->drift.reason : "drift cascade veto";
		out->advice = NULL;
		out->severity = out->drift.hard_veto ? 3 : 2; /* high, medium */
	} else {
		out->enforcement = AGATE_ENFORCE_ALLOW;
		out->verdict = AGATE_VERDICT_ALLOW;
		out->rule = r->rule;
		out->reason = r->reason ? r->reason
			      : r->matched ? "allowed by the rules"
					   : "no rule matched (default allow)";
		out->advice = NULL;
		out->severity = r->severity;
	}

	if (in->commit) {
		if (in->history) {
			/* the lines the rules parsed are not parsed again */
			rc = agate_history_record_parsed(in->history, in->rules, &ruled,
							 out->verdict, out->rules.parsed,
							 in->history_scratch);
			if (rc)
				goto fail;
		}
		if (out->drift_ran && in->drift_state) {
			in->drift_state->session_drift = out->drift.session_drift;
			in->drift_state->actions++;
		}
	}
	out->eval_ns = now_ns() - t0;
	return 0;
fail:
	fail_closed(out);
	out->eval_ns = now_ns() - t0;
	return rc;
}

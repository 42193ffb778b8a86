/* cli_line.c - the command line a command-line tool's split arguments
 * make (cli_line.h). */
#include "policy/cli_line.h"

#include <stdio.h>
#include <string.h>

#include "policy/base/json.h"

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static const char *const programs[] = { "aws",  "gcloud",    "gsutil", "az",
					"kubectl", "helm",  "terraform", "tofu",
					"oc",   "docker",    "podman", "git",
					"gh",   "glab" };

/* One segment of a tool's name as a program: "aws", "awscli", "awscliv2",
 * "aws2", "azure" (az); NULL for anything else. */
static const char *program_word(const char *w)
{
	char f[32];
	size_t n = strlen(w);
	if (n >= sizeof f)
		return NULL;
	memcpy(f, w, n + 1);
	/* a version written after it: awscliv2, aws2, kubectl1 */
	while (n > 0 && f[n - 1] >= '0' && f[n - 1] <= '9')
		f[--n] = '\0';
	if (n > 1 && f[n - 1] == 'v')
		f[--n] = '\0';
	if (n > 3 && strcmp(f + n - 3, "cli") == 0)
		f[n -= 3] = '\0';
	if (strcmp(f, "azure") == 0)
		return "az";
	if (strcmp(f, "kubernetes") == 0 || strcmp(f, "k8s") == 0)
		return "kubectl";
	for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++)
		if (strcmp(f, programs[i]) == 0)
			return programs[i];
	return NULL;
}

/* The words after the program in a tool's name that are its subcommand
 * (kubectl_get, git_push, gh_pr_merge, mcp__kubernetes__kubectl_delete):
 * the segments after the last one that names the program, less "cli",
 * "command", "cmd" and a version. */
typedef struct tool_words {
	const char *prog;
	char verb[64];
	size_t verb_len;
} tool_words;

static bool word_in(const char *seg, const char *const *words)
{
	for (size_t i = 0; words[i]; i++)
		if (strcmp(seg, words[i]) == 0)
			return true;
	return false;
}

/* a segment after the program that names no subcommand: "cli", a
 * version, or the thing the program acts on ("chart" in
 * uninstall_helm_chart) */
static bool filler_segment(const char *seg)
{
	static const char *const words[] = { "cli", "command", "cmd", "tool", "chart", "charts",
					     "release", "releases", NULL };
	if (word_in(seg, words))
		return true;
	size_t i = seg[0] == 'v' ? 1 : 0;
	if (!seg[i])
		return false;
	for (; seg[i]; i++)
		if (seg[i] < '0' || seg[i] > '9')
			return false;
	return true;
}

/* The program a tool name says, or NULL: the name folded whole
 * ("AWS-CLI", "aws_cli", "awscli" are aws), else its first segment that
 * names one, segments cut at '_', '-', '.', ' ', ':' and '/'
 * ("mcp__aws__aws_cli", "run_aws_cli", "default_api.aws_cli", "call_aws",
 * "aws_cli_v2", "kubectl_get"); and the subcommand words after it. */
static void program_of(agate_str tool, tool_words *tw)
{
	/* before the program, the words that only say a tool runs it */
	static const char *const runners[] = { "mcp", "server", "run", "call", "invoke", "tool",
					       "tools", "api", "default", "do", "use", "execute",
					       "exec", "functions", NULL };
	char whole[32], seg[32];
	char before[64];
	size_t n = 0, k = 0, nbefore = 0;
	bool fits = true, before_fits = true;
	tw->prog = NULL;
	tw->verb_len = 0;
	bool verb_fits = true;
	for (size_t i = 0; i <= tool.len; i++) {
		char c = i < tool.len ? lower(tool.ptr[i]) : '\0';
		bool cut = c == '\0' || c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' ||
			   c == '/';
		if (!cut) {
			if (n + 1 < sizeof whole)
				whole[n++] = c;
			else
				fits = false;
			if (k + 1 < sizeof seg)
				seg[k++] = c;
			else
				k = sizeof seg; /* too long to be a program */
			continue;
		}
		if (k == 0)
			continue;
		if (k >= sizeof seg) {
			verb_fits = tw->prog == NULL; /* an unreadable word after it */
			k = 0;
			continue;
		}
		seg[k] = '\0';
		const char *p = program_word(seg);
		if (p && (!tw->prog || p == tw->prog)) {
			/* the program again (mcp__aws__aws_cli): its words follow */
			tw->prog = p;
			tw->verb_len = 0;
			verb_fits = true;
		} else if (!tw->prog && !p && !word_in(seg, runners)) {
			/* a verb before the program: uninstall_helm_chart */
			if (nbefore + k + 1 < sizeof before) {
				if (nbefore)
					before[nbefore++] = ' ';
				memcpy(before + nbefore, seg, k);
				nbefore += k;
			} else {
				before_fits = false;
			}
		} else if (tw->prog && !filler_segment(seg)) {
			if (tw->verb_len + k + 1 < sizeof tw->verb) {
				if (tw->verb_len)
					tw->verb[tw->verb_len++] = ' ';
				memcpy(tw->verb + tw->verb_len, seg, k);
				tw->verb_len += k;
			} else {
				verb_fits = false;
			}
		}
		k = 0;
	}
	whole[n] = '\0';
	const char *w = fits ? program_word(whole) : NULL;
	if (w) {
		tw->prog = w;
		tw->verb_len = 0;
	}
	if (!verb_fits)
		tw->verb_len = 0;
	if (tw->prog && !w && verb_fits && tw->verb_len == 0 && nbefore && before_fits) {
		memcpy(tw->verb, before, nbefore);
		tw->verb_len = nbefore;
	}
	/* aws names an operation in kebab case after its service:
	 * aws_s3api_delete_bucket is "s3api delete-bucket" */
	if (tw->prog && strcmp(tw->prog, "aws") == 0) {
		char *sp = memchr(tw->verb, ' ', tw->verb_len);
		for (char *q = sp ? sp + 1 : NULL; q && q < tw->verb + tw->verb_len; q++)
			if (*q == ' ')
				*q = '-';
	}
}

static const agate_value *member(const agate_value *map, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++) {
		const agate_value *v = agate_value_get(map, keys[i], strlen(keys[i]));
		if (v && v->type != AGATE_NIL)
			return v;
	}
	return NULL;
}

typedef struct line {
	char *buf;
	size_t len, cap;
	bool over;
	bool name_is_positional;  /* kubectl get NAME, helm install NAME */
	bool image_is_positional; /* docker run IMAGE */
	agate_arena *arena;      /* for a nested value's JSON text */
} line;

static void put(line *l, const char *p, size_t n)
{
	if (l->over || n > l->cap - l->len) {
		l->over = true;
		return;
	}
	memcpy(l->buf + l->len, p, n);
	l->len += n;
}

static void put_word_sep(line *l)
{
	if (l->len)
		put(l, " ", 1);
}

/* a byte a shell reads as itself inside a word: not a blank, a quote, a
 * separator, a redirection, an expansion or an escape */
static bool plain_byte(char c)
{
	return (unsigned char)c > ' ' && c != 0x7f && strchr("'\"`$;&|<>()\\", c) == NULL;
}

/* one argv word, quoted when it holds anything a shell would read */
static void put_word(line *l, agate_str w)
{
	bool plain = w.len > 0;
	for (size_t i = 0; i < w.len && plain; i++)
		plain = plain_byte(w.ptr[i]);
	put_word_sep(l);
	if (plain) {
		put(l, w.ptr, w.len);
		return;
	}
	put(l, "'", 1);
	for (size_t i = 0; i < w.len; i++) {
		if (w.ptr[i] == '\'')
			put(l, "'\\''", 4);
		else
			put(l, w.ptr + i, 1);
	}
	put(l, "'", 1);
}

/* a scalar as its word; false for what is no argv word */
static bool scalar_word(const agate_value *v, char *num, size_t numcap, agate_str *w)
{
	switch (v->type) {
	case AGATE_STR:
		*w = v->as.str;
		return true;
	case AGATE_INT:
		*w = (agate_str){ num, (size_t)snprintf(num, numcap, "%lld",
							(long long)v->as.integer) };
		return true;
	case AGATE_FLOAT:
		*w = (agate_str){ num, (size_t)snprintf(num, numcap, "%.17g", v->as.real) };
		return true;
	default:
		return false;
	}
}

static void put_flags(line *l, const agate_value *flags, int depth);

/* a map or a list of them as the one JSON word a CLI takes for it
 * (--policy '{"Statement": ...}', --tags '[{"Key": ...}]') */
static void put_json_word(line *l, const agate_value *v)
{
	if (l->over)
		return;
	char *j = agate_json_encode(l->arena, v);
	if (!j) {
		l->over = true; /* unwritten is unread: the caller blocks */
		return;
	}
	put_word(l, (agate_str){ j, strlen(j) });
}

static bool holds_a_map(const agate_value *v)
{
	if (v->type == AGATE_MAP)
		return true;
	if (v->type == AGATE_ARRAY)
		for (uint32_t i = 0; i < v->as.array.len; i++)
			if (v->as.array.items[i].type == AGATE_MAP ||
			    v->as.array.items[i].type == AGATE_ARRAY)
				return true;
	return false;
}

/* a value's words: a scalar, a list's items (a pair written as a list or
 * a one-member map, [["--role", "x"]], [{"--role": "x"}], flattened one
 * level) */
static void put_value(line *l, const agate_value *v, int depth)
{
	char num[40];
	agate_str w;
	if (v->type == AGATE_ARRAY) {
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			const agate_value *it = &v->as.array.items[i];
			if (depth < 1 && it->type == AGATE_ARRAY)
				put_value(l, it, depth + 1);
			else if (depth < 1 && it->type == AGATE_MAP)
				put_flags(l, it, depth + 1);
			else if (it->type == AGATE_MAP || it->type == AGATE_ARRAY)
				put_json_word(l, it);
			else if (scalar_word(it, num, sizeof num, &w))
				put_word(l, w);
		}
	} else if (v->type == AGATE_MAP) {
		put_json_word(l, v);
	} else if (scalar_word(v, num, sizeof num, &w)) {
		put_word(l, w);
	}
}

static bool positional_key(const line *l, agate_str k)
{
	static const char *const names[] = { "target", "path", "resource", "source",
					     "destination", "uri", "url", "positional",
					     "resourceType", "resource_type", "kind", NULL };
	for (size_t i = 0; names[i]; i++)
		if (k.len == strlen(names[i]) && memcmp(k.ptr, names[i], k.len) == 0)
			return true;
	if (l->image_is_positional && k.len == 5 && memcmp(k.ptr, "image", 5) == 0)
		return true;
	return l->name_is_positional && k.len == 4 && memcmp(k.ptr, "name", 4) == 0;
}

/* a flag's name as the program spells it: as given when it has its
 * dashes, else "--" (one dash for one letter) and '_' written as '-'
 * (auto_approve is --auto-approve); "no-" before it when it is false */
static void put_flag_name(line *l, agate_str k, bool negated)
{
	put_word_sep(l);
	if (k.ptr[0] == '-') {
		put(l, k.ptr, k.len);
		return;
	}
	put(l, k.len == 1 && !negated ? "-" : "--", k.len == 1 && !negated ? 1 : 2);
	if (negated)
		put(l, "no-", 3);
	for (size_t i = 0; i < k.len; i++) {
		char c = k.ptr[i];
		if (c == '_') {
			put(l, "-", 1);
		} else if (c >= 'A' && c <= 'Z') {
			/* allNamespaces and DryRun are --all-namespaces and --dry-run */
			char low = lower(c);
			if (i > 0 && k.ptr[i - 1] >= 'a' && k.ptr[i - 1] <= 'z')
				put(l, "-", 1);
			put(l, &low, 1);
		} else {
			put(l, &c, 1);
		}
	}
}

static void put_flags(line *l, const agate_value *flags, int depth)
{
	if (flags->type != AGATE_MAP) {
		put_value(l, flags, depth);
		return;
	}
	for (uint32_t i = 0; i < flags->as.map.len; i++) {
		const agate_member *m = &flags->as.map.items[i];
		const agate_value *v = &m->value;
		if (v->type == AGATE_NIL || m->key.len == 0)
			continue;
		if (holds_a_map(v)) {
			if (!(m->key.ptr[0] != '-' && positional_key(l, m->key)))
				put_flag_name(l, m->key, false);
			put_json_word(l, v);
			continue;
		}
		if (v->type == AGATE_BOOL && !v->as.boolean) {
			/* --enable false is how the program is told --no-enable */
			if (m->key.ptr[0] != '-')
				put_flag_name(l, m->key, true);
			else if (m->key.len > 2 && m->key.ptr[1] == '-') {
				put_word_sep(l);
				put(l, "--no-", 5);
				put(l, m->key.ptr + 2, m->key.len - 2);
			}
			continue;
		}
		if (m->key.ptr[0] != '-' && positional_key(l, m->key)) {
			put_value(l, v, 1);
			continue;
		}
		if (v->type == AGATE_ARRAY) {
			/* a repeated flag: --tag a --tag b */
			char num[40];
			agate_str w;
			for (uint32_t k = 0; k < v->as.array.len; k++) {
				if (!scalar_word(&v->as.array.items[k], num, sizeof num, &w))
					continue;
				put_flag_name(l, m->key, false);
				put_word(l, w);
			}
		} else {
			put_flag_name(l, m->key, false);
			if (v->type != AGATE_BOOL)
				put_value(l, v, 1);
		}
	}
}

/* Members that are no argv word of the program: where and how the tool
 * runs it, and what the agent says about it */
static bool not_a_flag(agate_str k)
{
	static const char *const names[] = { "cwd", "working_dir", "working_directory", "workdir",
					     "dir", "env", "environment", "timeout", "description",
					     "reason", "note", "notes", "comment", "justification",
					     "stdin", "input", "shell", "explanation", "purpose",
					     "dry_run_only", NULL };
	for (size_t i = 0; names[i]; i++)
		if (k.len == strlen(names[i]) && memcmp(k.ptr, names[i], k.len) == 0)
			return true;
	return false;
}

static bool key_in(agate_str k, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++)
		if (k.len == strlen(keys[i]) && memcmp(k.ptr, keys[i], k.len) == 0)
			return true;
	return false;
}

/* the words of the command, in this order, each that is given */
static const char *const command_keys[] = { "command", "cmd", "cli_command", "service",
					    "subcommand", "sub_command", "subCommand", "operation",
					    NULL };
/* inside a command given as a map, its verb may have other names */
static const char *const inner_command_keys[] = { "command", "cmd", "cli_command", "service",
						  "subcommand", "sub_command", "subCommand", "operation",
						  "action", "verb", "op", NULL };
static const char *const flag_keys[] = { "args", "arguments", "argv", "flags", "options",
					 "parameters", "params", NULL };

static void put_flags_and_rest(line *l, const agate_value *map, int depth);

/* The command's words under these keys: a string is a line already,
 * written as it is; a list is its words; a map is an invocation of its
 * own ({"command": {"action": "rb", "args": ...}}), read once more. */
static void put_command_words_of(line *l, const agate_value *map, int depth,
				 const char *const *words)
{
	for (size_t k = 0; words[k]; k++) {
		const agate_value *v = agate_value_get(map, words[k], strlen(words[k]));
		if (!v)
			continue;
		if (v->type == AGATE_STR) {
			put_word_sep(l);
			put(l, v->as.str.ptr, v->as.str.len);
		} else if (v->type == AGATE_MAP && depth < 2) {
			put_command_words_of(l, v, depth + 1, inner_command_keys);
			put_flags_and_rest(l, v, depth + 1);
		} else {
			put_value(l, v, 0);
		}
	}
}

static void put_command_words(line *l, const agate_value *map, int depth)
{
	put_command_words_of(l, map, depth, depth ? inner_command_keys : command_keys);
}

/* the flags, then every other member as a flag */
static void put_flags_and_rest(line *l, const agate_value *map, int depth)
{
	const char *const *words = depth ? inner_command_keys : command_keys;
	for (size_t k = 0; flag_keys[k]; k++) {
		const agate_value *v = agate_value_get(map, flag_keys[k], strlen(flag_keys[k]));
		if (!v)
			continue;
		if (v->type == AGATE_STR) {
			put_word_sep(l);
			put(l, v->as.str.ptr, v->as.str.len);
		} else {
			put_flags(l, v, 0);
		}
	}
	agate_member *rest = agate_arena_alloc(l->arena, (size_t)map->as.map.len * sizeof(*rest) + 1);
	if (!rest) {
		l->over = true; /* a line the gate cannot write is a line it cannot read */
		return;
	}
	uint32_t nrest = 0;
	for (uint32_t i = 0; i < map->as.map.len; i++) {
		agate_str k = map->as.map.items[i].key;
		const agate_value *v = &map->as.map.items[i].value;
		if (key_in(k, words) || key_in(k, flag_keys) || not_a_flag(k))
			continue;
		/* prose beside the command (a message, a title) is no flag */
		if (v->type == AGATE_STR && (memchr(v->as.str.ptr, ' ', v->as.str.len) ||
					     memchr(v->as.str.ptr, '\n', v->as.str.len)))
			continue;
		rest[nrest++] = map->as.map.items[i];
	}
	if (nrest) {
		agate_value others = { .type = AGATE_MAP, .as.map = { rest, nrest } };
		put_flags(l, &others, 0);
	}
}

agate_str agate_cli_line(agate_str tool, const agate_value *args, agate_arena *arena,
			 bool *too_long)
{
	agate_str none = { NULL, 0 };
	*too_long = false;
	tool_words tw;
	program_of(tool, &tw);
	const char *prog = tw.prog;
	if (!prog || !args || args->type != AGATE_MAP)
		return none;
	bool any = tw.verb_len > 0;
	for (uint32_t i = 0; i < args->as.map.len && !any; i++)
		any = key_in(args->as.map.items[i].key, command_keys) ||
		      key_in(args->as.map.items[i].key, flag_keys);
	if (!any)
		return none;
	line l = { .cap = AGATE_CLI_LINE_MAX, .arena = arena };
	l.name_is_positional = strcmp(prog, "kubectl") == 0 || strcmp(prog, "helm") == 0 ||
			       strcmp(prog, "oc") == 0;
	l.image_is_positional = strcmp(prog, "docker") == 0 || strcmp(prog, "podman") == 0;
	l.buf = agate_arena_alloc(arena, l.cap);
	if (!l.buf) {
		*too_long = true;
		return none;
	}
	/* the program, unless the first command word already is it */
	const agate_value *first = member(args, command_keys);
	agate_str c = first && first->type == AGATE_STR ? first->as.str : none;
	size_t s = 0, plen = strlen(prog);
	while (s < c.len && (c.ptr[s] == ' ' || c.ptr[s] == '\t'))
		s++;
	bool named = !tw.verb_len && c.len - s >= plen && memcmp(c.ptr + s, prog, plen) == 0 &&
		     (c.len - s == plen || c.ptr[s + plen] == ' ' || c.ptr[s + plen] == '\t');
	if (!named)
		put(&l, prog, plen);
	if (tw.verb_len) {
		/* the subcommand the tool's name carries (kubectl_delete
		 * {"resourceType": "namespace", "name": "prod"}), then an
		 * operation or subcommand member (aws_dynamodb {"operation":
		 * "delete-table"}, git_stash {"subcommand": "push"}); a command
		 * or service member beside it is what the subcommand runs or
		 * acts on, its last words (docker_run {"image": "alpine",
		 * "command": "sh"} is docker run alpine sh) */
		static const char *const sub_keys[] = { "subcommand", "sub_command", "subCommand",
							"operation", NULL };
		static const char *const trailing_keys[] = { "command", "cmd", "cli_command",
							     "service", NULL };
		put_word_sep(&l);
		put(&l, tw.verb, tw.verb_len);
		put_command_words_of(&l, args, 0, sub_keys);
		put_flags_and_rest(&l, args, 0);
		put_command_words_of(&l, args, 0, trailing_keys);
	} else {
		put_command_words(&l, args, 0);
		put_flags_and_rest(&l, args, 0);
	}
	if (l.over) {
		*too_long = true;
		return none;
	}
	return (agate_str){ l.buf, l.len };
}

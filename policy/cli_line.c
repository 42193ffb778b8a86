/* cli_line.c - the command line a command-line tool's split arguments
 * make (cli_line.h). */
#include "policy/cli_line.h"

#include <stdio.h>
#include <string.h>

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The program a tool name says, or NULL: "aws_cli", "AWS-CLI", "awscli"
 * and "aws" are all aws. */
static const char *program_of(agate_str tool)
{
	static const char *const programs[] = { "aws",  "gcloud",    "gsutil", "az",
						"kubectl", "helm",  "terraform", "tofu",
						"oc",   "docker",    "podman", "git",
						"gh",   "glab" };
	char f[32];
	size_t n = 0;
	for (size_t i = 0; i < tool.len; i++) {
		char c = tool.ptr[i];
		if (c == '_' || c == '-' || c == '.' || c == ' ')
			continue;
		if (n + 1 >= sizeof f)
			return NULL;
		f[n++] = lower(c);
	}
	f[n] = '\0';
	if (n > 3 && strcmp(f + n - 3, "cli") == 0)
		f[n -= 3] = '\0';
	if (strcmp(f, "azure") == 0)
		return "az";
	for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++)
		if (strcmp(f, programs[i]) == 0)
			return programs[i];
	return NULL;
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

static void put_value(line *l, const agate_value *v)
{
	char num[40];
	agate_str w;
	if (v->type == AGATE_ARRAY) {
		for (uint32_t i = 0; i < v->as.array.len; i++)
			if (scalar_word(&v->as.array.items[i], num, sizeof num, &w))
				put_word(l, w);
	} else if (scalar_word(v, num, sizeof num, &w)) {
		put_word(l, w);
	}
}

static bool positional_key(agate_str k)
{
	static const char *const names[] = { "target", "path", "resource", "name", "source",
					     "destination", "bucket", "uri", "url", NULL };
	for (size_t i = 0; names[i]; i++)
		if (k.len == strlen(names[i]) && memcmp(k.ptr, names[i], k.len) == 0)
			return true;
	return false;
}

static void put_flags(line *l, const agate_value *flags)
{
	if (flags->type != AGATE_MAP) {
		put_value(l, flags);
		return;
	}
	for (uint32_t i = 0; i < flags->as.map.len; i++) {
		const agate_member *m = &flags->as.map.items[i];
		const agate_value *v = &m->value;
		if (v->type == AGATE_NIL || (v->type == AGATE_BOOL && !v->as.boolean) ||
		    v->type == AGATE_MAP)
			continue;
		if (m->key.len == 0)
			continue;
		if (m->key.ptr[0] != '-' && positional_key(m->key)) {
			put_value(l, v);
			continue;
		}
		put_word_sep(l);
		if (m->key.ptr[0] != '-')
			put(l, m->key.len == 1 ? "-" : "--", m->key.len == 1 ? 1 : 2);
		put(l, m->key.ptr, m->key.len);
		if (v->type == AGATE_ARRAY) {
			/* a repeated flag: --tag a --tag b */
			char num[40];
			agate_str w;
			for (uint32_t k = 0; k < v->as.array.len; k++) {
				if (!scalar_word(&v->as.array.items[k], num, sizeof num, &w))
					continue;
				if (k > 0) {
					put_word_sep(l);
					if (m->key.ptr[0] != '-')
						put(l, m->key.len == 1 ? "-" : "--",
						    m->key.len == 1 ? 1 : 2);
					put(l, m->key.ptr, m->key.len);
				}
				put_word(l, w);
			}
		} else if (v->type != AGATE_BOOL) {
			put_value(l, v);
		}
	}
}

agate_str agate_cli_line(agate_str tool, const agate_value *args, agate_arena *arena,
			 bool *too_long)
{
	static const char *const command_keys[] = { "command", "cmd", "subcommand", NULL };
	static const char *const flag_keys[] = { "args", "arguments", "flags", "options",
						 "parameters", NULL };
	agate_str none = { NULL, 0 };
	*too_long = false;
	const char *prog = program_of(tool);
	if (!prog || !args || args->type != AGATE_MAP)
		return none;
	const agate_value *cmd = member(args, command_keys);
	const agate_value *flags = member(args, flag_keys);
	if (cmd && cmd->type != AGATE_STR)
		return none;
	if (flags && flags->type != AGATE_MAP && flags->type != AGATE_ARRAY)
		flags = NULL;
	if (!cmd && !flags)
		return none;
	line l = { .cap = AGATE_CLI_LINE_MAX };
	l.buf = agate_arena_alloc(arena, l.cap);
	if (!l.buf) {
		*too_long = true;
		return none;
	}
	/* the program, unless the command already begins with it */
	size_t plen = strlen(prog);
	agate_str c = cmd ? cmd->as.str : none;
	size_t s = 0;
	while (s < c.len && (c.ptr[s] == ' ' || c.ptr[s] == '\t'))
		s++;
	bool named = c.len - s >= plen && memcmp(c.ptr + s, prog, plen) == 0 &&
		     (c.len - s == plen || c.ptr[s + plen] == ' ' || c.ptr[s + plen] == '\t');
	if (!named)
		put(&l, prog, plen);
	if (c.len) {
		/* the command is a line already: written as it is */
		put_word_sep(&l);
		put(&l, c.ptr + s, c.len - s);
	}
	if (flags)
		put_flags(&l, flags);
	if (l.over) {
		*too_long = true;
		return none;
	}
	return (agate_str){ l.buf, l.len };
}

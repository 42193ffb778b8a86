/* rules_testlib.h - helpers shared by the rule-language tests: a small
 * JSON reader that builds agate_value trees in an arena (tests only; the
 * policy library itself never parses JSON), and compile/eval shorthands.
 */
#ifndef AGATE_TESTS_RULES_TESTLIB_H
#define AGATE_TESTS_RULES_TESTLIB_H

#include <criterion/criterion.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/eval/eval.h"
#include "policy/lang/rules.h"
#include "policy/base/value.h"

typedef struct tj_state {
	const char *s;
	agate_arena *a;
} tj_state;

static void tj_ws(tj_state *st)
{
	while (*st->s && isspace((unsigned char)*st->s))
		st->s++;
}

static bool tj_value(tj_state *st, agate_value *out);

static bool tj_string(tj_state *st, agate_str *out)
{
	if (*st->s != '"')
		return false;
	st->s++;
	/* as long as the string, not the rest of the text: a map of many
	 * members stays small */
	size_t len = 0;
	while (st->s[len] && st->s[len] != '"')
		len += st->s[len] == '\\' && st->s[len + 1] ? 2 : 1;
	char *buf = agate_arena_alloc(st->a, len + 1);
	size_t n = 0;
	while (*st->s && *st->s != '"') {
		char c = *st->s++;
		if (c == '\\') {
			c = *st->s++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'u': {
				unsigned v = 0;
				for (int i = 0; i < 4; i++) {
					char h = *st->s++;
					v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower(h) - 'a' + 10));
				}
				if (v < 0x80) {
					c = (char)v;
				} else if (v < 0x800) {
					buf[n++] = (char)(0xC0 | (v >> 6));
					c = (char)(0x80 | (v & 0x3F));
				} else {
					buf[n++] = (char)(0xE0 | (v >> 12));
					buf[n++] = (char)(0x80 | ((v >> 6) & 0x3F));
					c = (char)(0x80 | (v & 0x3F));
				}
				break;
			}
			default: break;
			}
		}
		buf[n++] = c;
	}
	if (*st->s != '"')
		return false;
	st->s++;
	buf[n] = '\0';
	out->ptr = buf;
	out->len = n;
	return true;
}

static bool tj_value(tj_state *st, agate_value *out)
{
	tj_ws(st);
	memset(out, 0, sizeof(*out));
	char c = *st->s;
	if (c == '{' || c == '[') {
		bool map = c == '{';
		st->s++;
		size_t cap = 16, n = 0;
		void *items = agate_arena_alloc(st->a, cap * (map ? sizeof(agate_member) : sizeof(agate_value)));
		tj_ws(st);
		while (*st->s && *st->s != (map ? '}' : ']')) {
			if (n == cap) {
				size_t es = map ? sizeof(agate_member) : sizeof(agate_value);
				void *ni = agate_arena_alloc(st->a, cap * 2 * es);
				memcpy(ni, items, cap * es);
				items = ni;
				cap *= 2;
			}
			if (map) {
				agate_member *m = &((agate_member *)items)[n];
				tj_ws(st);
				if (!tj_string(st, &m->key))
					return false;
				tj_ws(st);
				if (*st->s++ != ':')
					return false;
				if (!tj_value(st, &m->value))
					return false;
			} else if (!tj_value(st, &((agate_value *)items)[n])) {
				return false;
			}
			n++;
			tj_ws(st);
			if (*st->s == ',')
				st->s++;
			tj_ws(st);
		}
		if (!*st->s)
			return false;
		st->s++;
		if (map) {
			out->type = AGATE_MAP;
			out->as.map.items = items;
			out->as.map.len = (uint32_t)n;
		} else {
			out->type = AGATE_ARRAY;
			out->as.array.items = items;
			out->as.array.len = (uint32_t)n;
		}
		return true;
	}
	if (c == '"') {
		out->type = AGATE_STR;
		return tj_string(st, &out->as.str);
	}
	if (!strncmp(st->s, "true", 4) || !strncmp(st->s, "false", 5)) {
		out->type = AGATE_BOOL;
		out->as.boolean = c == 't';
		st->s += c == 't' ? 4 : 5;
		return true;
	}
	if (!strncmp(st->s, "null", 4)) {
		st->s += 4;
		return true;
	}
	char *end;
	double d = strtod(st->s, &end);
	if (end == st->s)
		return false;
	bool is_int = true;
	for (const char *p = st->s; p < end; p++)
		if (*p == '.' || *p == 'e' || *p == 'E')
			is_int = false;
	if (is_int) {
		out->type = AGATE_INT;
		out->as.integer = (int64_t)d;
	} else {
		out->type = AGATE_FLOAT;
		out->as.real = d;
	}
	st->s = end;
	return true;
}

/* JSON text -> value tree in the arena; aborts the test on bad JSON */
static const agate_value *tj(agate_arena *a, const char *json)
{
	tj_state st = { json, a };
	agate_value *v = agate_arena_alloc(a, sizeof(*v));
	cr_assert(v);
	cr_assert(tj_value(&st, v), "bad test JSON: %s", json);
	return v;
}

static agate_action mkact(agate_arena *a, const char *tool, const char *args_json)
{
	agate_action act;
	memset(&act, 0, sizeof(act));
	act.agent = AGATE_STR_LIT("agent1");
	act.session = AGATE_STR_LIT("s1");
	act.tool.ptr = tool;
	act.tool.len = strlen(tool);
	act.args = tj(a, args_json ? args_json : "{}");
	act.now_ms = 1000000;
	return act;
}

__attribute__((unused)) static void dump_diags(const agate_diags *d)
{
	char buf[512];
	for (size_t i = 0; i < agate_diags_count(d); i++) {
		agate_diag_format(agate_diags_at(d, i), buf, sizeof(buf));
		fprintf(stderr, "  %s\n", buf);
	}
}

/* compile one in-memory source named "test.rules"; asserts success */
static agate_ruleset *compile_ok_d(const char *text, agate_diags *d)
{
	agate_rules_source src = { "test.rules", text, strlen(text) };
	agate_ruleset *rs = NULL;
	int rc = agate_rules_compile(&src, 1, &rs, d);
	if (rc != 0)
		dump_diags(d);
	cr_assert_eq(rc, 0, "compile failed (%d) for:\n%s", rc, text);
	cr_assert(rs);
	return rs;
}

__attribute__((unused)) static agate_ruleset *compile_ok(const char *text)
{
	agate_diags *d = agate_diags_new();
	agate_ruleset *rs = compile_ok_d(text, d);
	agate_diags_free(d);
	return rs;
}

/* true when some diagnostic's formatted text contains want */
__attribute__((unused)) static bool has_diag(const agate_diags *d, const char *want)
{
	char buf[512];
	for (size_t i = 0; i < agate_diags_count(d); i++) {
		agate_diag_format(agate_diags_at(d, i), buf, sizeof(buf));
		if (strstr(buf, want))
			return true;
	}
	return false;
}

__attribute__((unused)) static int compile_fail(const char *text, agate_diags *d)
{
	agate_rules_source src = { "test.rules", text, strlen(text) };
	agate_ruleset *rs = (agate_ruleset *)(uintptr_t)1;
	int rc = agate_rules_compile(&src, 1, &rs, d);
	cr_assert_neq(rc, 0, "compile unexpectedly succeeded for:\n%s", text);
	cr_assert_eq(rs, (agate_ruleset *)(uintptr_t)1, "*out must stay untouched on failure");
	return rc;
}

/* the shipped default pack, from the source tree (AGATE_SOURCE_ROOT) */
__attribute__((unused)) static agate_ruleset *load_default_pack(void)
{
	const char *root = getenv("AGATE_SOURCE_ROOT");
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/policy/packs/default", root ? root : ".");
	agate_ruleset *rs = NULL;
	agate_diags *d = agate_diags_new();
	const char *paths[] = { dir };
	cr_assert_not_null(d);
	cr_assert_eq(agate_rules_load(paths, 1, &rs, d), 0, "loading %s", dir);
	agate_diags_free(d);
	return rs;
}

static agate_rules_result eval_env(const agate_ruleset *rs, const agate_action *act,
				   const agate_eval_env *env, agate_arena *a)
{
	agate_rules_result r;
	int rc = agate_rules_eval(rs, act, env, a, &r);
	cr_assert_eq(rc, 0, "eval failed: %d", rc);
	return r;
}

__attribute__((unused)) static agate_rules_result eval1(const agate_ruleset *rs, const agate_action *act, agate_arena *a)
{
	agate_eval_env env = { 0 };
	return eval_env(rs, act, &env, a);
}

#endif

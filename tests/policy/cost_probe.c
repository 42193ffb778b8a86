/* cost_probe.c - one decision on an input of a given shape and size, in a
 * function of its own (cost_probe_decide) so that callgrind can count its
 * instructions alone: tests/scripts/cost_test.sh runs it at several sizes
 * and checks that the cost per input byte is bounded and does not grow
 * with the size. It measures steps (instructions), never time.
 *
 *   cost_probe PACKS FRAMES SHAPE:BYTES...
 *
 * One decision per SHAPE:BYTES, in order, each in a fresh session, so that
 * one callgrind run (--dump-after=cost_probe_decide) counts them all.
 * SHAPE: script (a shell script of realistic lines), word (one command
 * with one long word), vars (assignments and expansions), python (a
 * Python snippet), mail (a business call with a long free-text argument),
 * prompt (a call whose context.task prints a long tool list, with the
 * examples a planner's prompt carries, and does not hold the tool's own
 * entry: the cascade searches all of it for the description).
 * Prints one line per input (shape, bytes, verdict, rule). Exit 0 when
 * every decision ran, 1 on a setup failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/decide.h"

static const char *const script_lines[] = {
	"cd src && make -j4 2>&1 | tail -n 20\n",
	"grep -rn \"TODO\" lib --include='*.py' | head -50\n",
	"for f in tests/*.sh; do sh \"$f\" || echo \"failed: $f\"; done\n",
	"curl -fsS https://api.example.com/v1/items?limit=20 | jq '.items[].name'\n",
	"if [ -f config.yaml ]; then cp config.yaml /tmp/config.bak; fi\n",
	"git log --oneline -n 5 -- README.md\n",
};
static const char *const python_lines[] = {
	"import os, subprocess\n",
	"result = subprocess.run(['git', 'status'], capture_output=True, text=True)\n",
	"for name in os.listdir('src'):\n    if name.endswith('.py'):\n        print(name)\n",
	"data = {'user': 'ana', 'count': 3}\n",
	"def load(path):\n    with open(path) as f:\n        return f.read()\n",
};

static const char *const prompt_lines[] = {
	"{\"type\": \"function\", \"function\": {\"name\": \"helper_index\", "
	"\"description\": \"Reads the notes of a session and lists them.\"}}, ",
	"{'message': 'Since there is a date in the question, we use the calendar "
	"tool.', 'tool_use': ['calendar']}, ",
	"{\"name\": \"helper\"}, {\"name\" : 'helper_two', 'description': 'Counts "
	"\\'words\\' in a text'}, ",
};

static char *fill(const char *const *lines, size_t nlines, const char *head, size_t bytes)
{
	char *s = malloc(bytes + 256);
	if (!s)
		return NULL;
	size_t n = strlen(head);
	memcpy(s, head, n);
	for (size_t i = 0; n < bytes; i++) {
		const char *l = lines[i % nlines];
		size_t k = strlen(l);
		memcpy(s + n, l, k);
		n += k;
	}
	s[n] = '\0';
	return s;
}

static char *make_input(const char *shape, size_t bytes)
{
	if (!strcmp(shape, "script"))
		return fill(script_lines, sizeof script_lines / sizeof *script_lines,
			    "#!/bin/sh\nset -e\n", bytes);
	if (!strcmp(shape, "python"))
		return fill(python_lines, sizeof python_lines / sizeof *python_lines, "", bytes);
	if (!strcmp(shape, "prompt"))
		return fill(prompt_lines, sizeof prompt_lines / sizeof *prompt_lines,
			    "Plan the week. You are given the tools: [", bytes);
	if (!strcmp(shape, "vars")) {
		static const char *const v[] = { "a=\"$b/x\"; b=${a:-/tmp}; echo \"$a$b\"; ",
						 "f() { echo \"$1\"; }; f \"$a\"; " };
		return fill(v, 2, "", bytes);
	}
	char *s = malloc(bytes + 16);
	if (!s)
		return NULL;
	size_t n = (size_t)snprintf(s, 16, "echo ");
	for (; n < bytes; n++) /* word, mail: letters with a space now and then */
		s[n] = !strcmp(shape, "mail") && n % 7 == 0 ? ' ' : (char)('a' + n % 26);
	s[n] = '\0';
	return s;
}

/* the decision callgrind counts (--toggle-collect=cost_probe_decide) */
__attribute__((noinline)) int cost_probe_decide(const agate_decision_input *in,
						const agate_action *act, agate_arena *a,
						agate_verdict *v);
__attribute__((noinline)) int cost_probe_decide(const agate_decision_input *in,
						const agate_action *act, agate_arena *a,
						agate_verdict *v)
{
	return agate_decide(in, act, a, v);
}

/* one input: build it, decide once uncounted (lazy set-up such as match
 * data and the history's layout is not the input's cost), then counted */
static int probe(const agate_ruleset *rs, const agate_frame *frame, const agate_identity *id,
		 agate_arena *a, const char *shape, size_t bytes)
{
	char *text = make_input(shape, bytes);
	agate_history *h = agate_history_new(64);
	int rc = -1;
	if (!text || !h)
		goto out;
	bool mail = !strcmp(shape, "mail"), py = !strcmp(shape, "python");
	bool prompt = !strcmp(shape, "prompt");
	agate_member m[2] = {
		{ .key = AGATE_STR_LIT("to"), .value = { .type = AGATE_STR,
							 .as.str = AGATE_STR_LIT("ana@example.com") } },
		{ .key = mail ? AGATE_STR_LIT("body") : py ? AGATE_STR_LIT("code")
							 : AGATE_STR_LIT("command"),
		  .value = { .type = AGATE_STR, .as.str = { text, strlen(text) } } },
	};
	agate_value args = { .type = AGATE_MAP, .as.map = { mail ? m : m + 1, mail ? 2 : 1 } };
	agate_member cm = { .key = AGATE_STR_LIT("task"),
			    .value = { .type = AGATE_STR, .as.str = { text, strlen(text) } } };
	agate_value ctx = { .type = AGATE_MAP, .as.map = { &cm, 1 } };
	agate_member pm = { .key = AGATE_STR_LIT("query"),
			    .value = { .type = AGATE_STR, .as.str = AGATE_STR_LIT("weekly notes") } };
	agate_value pargs = { .type = AGATE_MAP, .as.map = { &pm, 1 } };
	agate_action act = {
		.agent = AGATE_STR_LIT("code-agent"), .session = AGATE_STR_LIT("s"),
		.tool = mail ? AGATE_STR_LIT("send_email") : py ? AGATE_STR_LIT("python_repl")
			: prompt ? AGATE_STR_LIT("helper") : AGATE_STR_LIT("bash"),
		.args = prompt ? &pargs : &args, .context = prompt ? &ctx : NULL,
		.now_ms = 1700000000000,
	};
	agate_drift_state st = { 0 };
	agate_decision_input in = { .rules = rs, .frame = frame, .identity = id, .history = h,
				    .drift_state = &st, .commit = true };
	agate_verdict v;
	if (agate_decide(&in, &act, a, &v) < 0)
		goto out;
	agate_arena_reset(a);
	if (cost_probe_decide(&in, &act, a, &v) < 0)
		goto out;
	printf("%s %zu %s %s\n", shape, strlen(text), agate_verdict_name(v.verdict),
	       v.rule ? v.rule : "-");
	agate_arena_reset(a);
	rc = 0;
out:
	free(text);
	agate_history_free(h);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: cost_probe PACKS FRAMES SHAPE:BYTES...\n");
		return 1;
	}
	const char *packs[] = { argv[1] };
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	agate_identity *id = NULL;
	agate_diags *d = agate_diags_new();
	agate_arena *a = agate_arena_new((size_t)256 << 20);
	int ret = 1;
	if (!d || !a || agate_rules_load(packs, 1, &rs, d) < 0 ||
	    agate_frame_load(argv[2], &frame, d) < 0)
		goto out;
	agate_identity_spec spec = { .agent = "code-agent", .role = "developer",
				     .purpose = "writes and tests code in the repository", .uid = -1 };
	if (agate_identity_new(frame, &spec, &id) < 0)
		goto out;
	for (int i = 3; i < argc; i++) {
		char shape[32];
		const char *colon = strchr(argv[i], ':');
		if (!colon || (size_t)(colon - argv[i]) >= sizeof shape)
			goto out;
		memcpy(shape, argv[i], (size_t)(colon - argv[i]));
		shape[colon - argv[i]] = '\0';
		if (probe(rs, frame, id, a, shape, strtoul(colon + 1, NULL, 10)) < 0)
			goto out;
	}
	ret = 0;
out:
	agate_arena_free(a);
	agate_identity_free(id);
	agate_frame_free(frame);
	agate_ruleset_unref(rs);
	agate_diags_free(d);
	return ret;
}

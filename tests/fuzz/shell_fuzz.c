/* shell_fuzz.c - fuzz target for agate_shell_parse.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * replay_main.c it replays files, the seed corpus in every test run.
 *
 * Besides not crashing, it checks the result's invariants: every string
 * is bounded (by the input plus what expansions may add), bindings are
 * bounded, pipe neighbours agree, and the count respects max_cmds.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/shell/shell.h"

#define FUZZ_MAX_CMDS 128
#define EXPAND_LIMIT ((size_t)1 << 20) /* shell_int.h's EXPAND_BUDGET */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_str(agate_str s, size_t limit)
{
	if (s.ptr == NULL && s.len != 0)
		abort();
	if (s.len > limit)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agate_arena *a = agate_arena_new(64u << 20);
	const agate_shell_cmd *c = NULL;
	size_t n = 0;
	int rc;

	if (!a)
		return 0;
	rc = agate_shell_parse((const char *)data, size, a, FUZZ_MAX_CMDS, &c, &n);
	if (rc != 0 && rc != -E2BIG && rc != -ENOMEM)
		abort();
	if (rc == 0) {
		if (n > FUZZ_MAX_CMDS)
			abort();
		/* no decoded string outgrows the input, but for what variables
		 * assigned in the line expand to (1 MiB per parse at most) */
		size_t lim = size + (1u << 20);
		for (size_t i = 0; i < n; i++) {
			check_str(c[i].program, lim);
			check_str(c[i].path, lim);
			check_str(c[i].redirect_out, 4 * lim + 64);
			for (size_t k = 0; k < c[i].argc; k++) {
				check_str(c[i].argv[k], lim);
				(void)agate_shell_is_operand(&c[i], k);
			}
			if (c[i].nbindings > AGATE_SHELL_MAX_BINDINGS ||
			    (c[i].nbindings && !c[i].bindings))
				abort();
			for (size_t k = 0; k < c[i].nbindings; k++) {
				check_str(c[i].bindings[k].name, size);
				check_str(c[i].bindings[k].value, size + EXPAND_LIMIT);
			}
			(void)agate_shell_has_flag(&c[i], 'r', "recursive");
			if (c[i].depth > AGATE_SHELL_MAX_DEPTH)
				abort();
			if (c[i].prev_program.ptr && !c[i].piped_from)
				abort();
			if (c[i].cwd && c[i].cwd[0] != '/' && c[i].cwd[0] != '~')
				abort();
			for (size_t k = 0; k < c[i].argc && k < 4; k++) {
				char *p = agate_path_normalize(a, c[i].argv[k].ptr,
							       c[i].argv[k].len, c[i].cwd);
				if (p && c[i].cwd && p[0] != '/' && p[0] != '~' && p[0] != '\0')
					abort(); /* joined onto a rooted cwd stays rooted */
			}
		}
	}
	agate_arena_free(a);
	return 0;
}

/* code_fuzz.c - fuzz target for agate_code_python (policy/code/code.h).
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * replay_main.c it replays files, the seed corpus in every test run.
 *
 * Besides not crashing, it checks the result's invariants: only the
 * documented errors, the count within max_cmds, every string bounded (by
 * the input plus what built values and shell expansions may add), depths
 * within the limits.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "policy/code/code.h"

#define FUZZ_MAX_CMDS 256
#define GROWTH ((size_t)3 << 20) /* value budget, shell expansions, quoting */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_str(agate_str s, size_t limit)
{
	if ((s.ptr == NULL && s.len != 0) || s.len > limit)
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
	rc = agate_code_python((const char *)data, size, a, FUZZ_MAX_CMDS, &c, &n);
	if (rc != 0 && rc != -E2BIG && rc != -ENOMEM)
		abort();
	if (rc == 0) {
		if (n > FUZZ_MAX_CMDS || (n && !c))
			abort();
		for (size_t i = 0; i < n; i++) {
			check_str(c[i].program, size + GROWTH);
			check_str(c[i].path, size + GROWTH);
			if (c[i].argc && !c[i].argv)
				abort();
			for (size_t k = 0; k < c[i].argc; k++)
				check_str(c[i].argv[k], size + GROWTH);
			if (c[i].depth > 2 * AGATE_SHELL_MAX_DEPTH + 16)
				abort();
		}
	}
	agate_arena_free(a);
	return 0;
}

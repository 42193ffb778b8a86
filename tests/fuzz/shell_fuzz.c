/* shell_fuzz.c - fuzz target for agate_shell_parse.
 *
 * Built with -fsanitize=fuzzer and -DAGATE_LIBFUZZER (or the customary
 * FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION) it is a libFuzzer target;
 * otherwise it is a plain program that runs every file named on its
 * command line through the same function, so a crash found elsewhere can
 * be replayed with any compiler and debugger.
 *
 * Besides not crashing, it checks the result's invariants: every string
 * is inside the arena's output and bounded, pipe neighbours agree, and the
 * count respects max_cmds.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/path.h"
#include "policy/shell.h"

#define FUZZ_MAX_CMDS 128

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
		for (size_t i = 0; i < n; i++) {
			/* no decoded string outgrows the input */
			check_str(c[i].program, size);
			check_str(c[i].path, size);
			check_str(c[i].redirect_out, 4 * size + 64);
			for (size_t k = 0; k < c[i].argc; k++) {
				check_str(c[i].argv[k], size);
				(void)agate_shell_is_operand(&c[i], k);
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

#if !defined(AGATE_LIBFUZZER) && !defined(FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION)
int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf;
		long len;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
		    fseek(f, 0, SEEK_SET) != 0) {
			fclose(f);
			return 1;
		}
		buf = malloc((size_t)len + 1);
		if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) {
			free(buf);
			fclose(f);
			return 1;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf, (size_t)len);
		free(buf);
		printf("%s: ok\n", argv[i]);
	}
	return 0;
}
#endif

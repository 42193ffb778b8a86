/* bench_parse.c - what the analysers cost per input: the shell parser
 * (agate_shell_parse, values through names included) and the Python
 * reader (agate_code_python), over files of the project's own inputs
 * (the fuzz seed corpora).
 *
 *   bench_parse [--shell FILE]... [--python FILE]... [--seconds S] [--iters N]
 *
 * Each round parses every file once, each parse timed alone with a fresh
 * arena state. Prints `name value` lines:
 *   shell_inputs, shell_parse_ns_p50, shell_parse_ns_p99, shell_bytes_mean
 *   python_inputs, python_read_ns_p50, python_read_ns_p99, python_bytes_mean
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "policy/code/code.h"
#include "policy/shell/shell.h"

#define MAX_FILES 256
#define MAX_SAMPLES (1u << 22)

typedef struct input {
	char *text;
	size_t len;
	bool python;
} input;

static int read_file(const char *path, input *in)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f)
		return -errno;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    (size_t)n > AGATE_SHELL_MAX_LINE) {
		fclose(f);
		return -EINVAL;
	}
	in->text = malloc((size_t)n + 1);
	if (!in->text) {
		fclose(f);
		return -ENOMEM;
	}
	in->len = fread(in->text, 1, (size_t)n, f);
	in->text[in->len] = '\0';
	fclose(f);
	return 0;
}

static void report(const char *what, const char *op, bench_samples *s, size_t inputs,
		   size_t bytes)
{
	printf("%s_inputs %zu\n", what, inputs);
	printf("%s_%s_ns_p50 %llu\n", what, op, (unsigned long long)bench_samples_pct(s, 50));
	printf("%s_%s_ns_p99 %llu\n", what, op, (unsigned long long)bench_samples_pct(s, 99));
	printf("%s_bytes_mean %zu\n", what, inputs ? bytes / inputs : 0);
}

int main(int argc, char **argv)
{
	input in[MAX_FILES];
	size_t n = 0, iters = 100000, nsh = 0, npy = 0, bsh = 0, bpy = 0;
	double seconds = 5;
	bench_samples ssh, spy;
	agate_arena *a;

	for (int i = 1; i + 1 < argc; i += 2) {
		bool py = !strcmp(argv[i], "--python");
		if ((py || !strcmp(argv[i], "--shell")) && n < MAX_FILES) {
			if (read_file(argv[i + 1], &in[n]) != 0) {
				fprintf(stderr, "bench_parse: cannot read %s\n", argv[i + 1]);
				return 1;
			}
			in[n].python = py;
			if (py) {
				npy++;
				bpy += in[n].len;
			} else {
				nsh++;
				bsh += in[n].len;
			}
			n++;
		} else if (!strcmp(argv[i], "--seconds")) {
			seconds = atof(argv[i + 1]);
		} else if (!strcmp(argv[i], "--iters")) {
			iters = strtoul(argv[i + 1], NULL, 10);
		} else {
			fprintf(stderr, "usage: bench_parse [--shell FILE]... [--python FILE]..."
					" [--seconds S] [--iters N]\n");
			return 2;
		}
	}
	a = agate_arena_new(64u << 20);
	if (!a || bench_samples_init(&ssh, MAX_SAMPLES) || bench_samples_init(&spy, MAX_SAMPLES)) {
		fprintf(stderr, "bench_parse: out of memory\n");
		return 1;
	}
	uint64_t until = bench_now_ns() + (uint64_t)(seconds * 1e9);
	for (size_t it = 0; it < iters && n && bench_now_ns() < until; it++) {
		for (size_t k = 0; k < n; k++) {
			const agate_shell_cmd *c;
			size_t nc;
			int rc;
			agate_arena_reset(a);
			uint64_t t0 = bench_now_ns();
			if (in[k].python)
				rc = agate_code_python(in[k].text, in[k].len, a, 1024, &c, &nc);
			else
				rc = agate_shell_parse(in[k].text, in[k].len, a, 256, &c, &nc);
			uint64_t dt = bench_now_ns() - t0;
			(void)rc;
			if (!bench_samples_add(in[k].python ? &spy : &ssh, dt))
				goto done;
		}
	}
done:
	report("shell", "parse", &ssh, nsh, bsh);
	report("python", "read", &spy, npy, bpy);
	bench_samples_free(&ssh);
	bench_samples_free(&spy);
	agate_arena_free(a);
	for (size_t k = 0; k < n; k++)
		free(in[k].text);
	return 0;
}

/* cmd_lint.c - `agatectl lint`: compile rule files with the daemon's own
 * loader and report every diagnostic, without a daemon. */
#include "agatectl.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "client/json.h"
#include "policy/base/diag.h"
#include "policy/drift/drift.h"
#include "policy/lang/rules.h"
#include "schema/protocol.h"

static void lint_usage(FILE *f)
{
	fprintf(f,
		"usage: agatectl lint [--strict] [--frames PATH] [--json] FILE|DIR...\n"
		"\n"
		"Compile rule files exactly as agated loads them (a folder stands for\n"
		"every *.rules file under it) and print every error and warning as\n"
		"file:line:col: level: message, then a summary line.\n"
		"\n"
		"  --strict       warnings fail too\n"
		"  --frames PATH  also load the drift lexicons (*.lex) at PATH\n"
		"  --json         print {files, rules, errors, warnings, diagnostics}\n"
		"\n"
		"exit status: 0 no errors (warnings allowed unless --strict),\n"
		"1 errors (or warnings with --strict), 3 bad usage.\n");
}

/* *.rules files under path (a file counts as one whatever its name) */
static size_t count_files(const char *path, int depth)
{
	struct stat st;
	size_t n = 0;

	if (stat(path, &st) != 0)
		return 1; /* the loader will report it */
	if (!S_ISDIR(st.st_mode))
		return 1;
	if (depth > 32)
		return 0;
	DIR *d = opendir(path);
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t len = strlen(e->d_name);
		char *sub = malloc(strlen(path) + len + 2);
		if (!sub)
			break;
		sprintf(sub, "%s/%s", path, e->d_name);
		if (stat(sub, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				n += count_files(sub, depth + 1);
			else if (len > 6 && strcmp(e->d_name + len - 6, ".rules") == 0)
				n++;
		}
		free(sub);
	}
	closedir(d);
	return n;
}

static json_t *diag_json(const agate_diag *d)
{
	return json_pack("{s:s, s:i, s:i, s:s, s:s}", "file", d->file ? d->file : "",
			 "line", (int)d->line, "col", (int)d->col, "level",
			 d->level == AGATE_DIAG_ERROR ? "error" : "warning",
			 "message", d->message ? d->message : "");
}

int agatectl_lint_main(agatectl_opts *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "frames", required_argument, NULL, 'f' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool strict = false;
	const char *frames = NULL;
	agate_diags *diags = NULL;
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	size_t nfiles = 0, nrules = 0, errors, warnings;
	int ch, ret = AGATE_EXIT_ERROR;

	while ((ch = getopt_long(argc, argv, "hj", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			strict = true;
			break;
		case 'f':
			frames = optarg;
			break;
		case 'j':
			o->json = true;
			break;
		case 'h':
			lint_usage(stdout);
			return 0;
		default:
			lint_usage(stderr);
			return AGATE_EXIT_ERROR;
		}
	}
	if (optind >= argc) {
		agatectl_err("lint: name at least one rule file or folder");
		lint_usage(stderr);
		return AGATE_EXIT_ERROR;
	}
	diags = agate_diags_new();
	if (!diags) {
		agatectl_err("out of memory");
		return AGATE_EXIT_ERROR;
	}
	for (int i = optind; i < argc; i++)
		nfiles += count_files(argv[i], 0);

	int r = agate_rules_load((const char *const *)argv + optind,
				 (size_t)(argc - optind), &rs, diags);
	if (r == 0 && rs)
		nrules = agate_ruleset_rule_count(rs);
	else if (r != -EINVAL && agate_diags_errors(diags) == 0)
		agate_diags_add(diags, AGATE_DIAG_ERROR, argv[optind], 0, 0,
				"cannot load the rules: %s", strerror(-r));
	if (frames) {
		int fr = agate_frame_load(frames, &frame, diags);
		if (fr && agate_diags_errors(diags) == 0)
			agate_diags_add(diags, AGATE_DIAG_ERROR, frames, 0, 0,
					"cannot load the frame: %s", strerror(-fr));
	}
	errors = agate_diags_errors(diags);
	warnings = agate_diags_warnings(diags);

	if (o->json) {
		json_t *list = json_array();
		for (size_t i = 0; list && i < agate_diags_count(diags); i++)
			json_array_append_new(list, diag_json(agate_diags_at(diags, i)));
		json_t *j = json_pack("{s:I, s:I, s:I, s:I, s:o, s:s*}", "files",
				      (json_int_t)nfiles, "rules", (json_int_t)nrules,
				      "errors", (json_int_t)errors, "warnings",
				      (json_int_t)warnings, "diagnostics",
				      list ? list : json_array(), "digest",
				      rs ? agate_ruleset_digest(rs) : NULL);
		if (j) {
			json_dumpf(j, stdout, JSON_INDENT(2));
			fputc('\n', stdout);
			json_decref(j);
		}
	} else {
		char buf[1024];
		for (size_t i = 0; i < agate_diags_count(diags); i++) {
			const agate_diag *d = agate_diags_at(diags, i);
			int n = agate_diag_format(d, buf, sizeof(buf));
			(void)n;
			printf("%s\n", buf);
		}
		printf("%zu file%s, %zu rule%s, %zu error%s, %zu warning%s\n",
		       nfiles, nfiles == 1 ? "" : "s", nrules, nrules == 1 ? "" : "s",
		       errors, errors == 1 ? "" : "s", warnings,
		       warnings == 1 ? "" : "s");
	}
	ret = errors || (strict && warnings) ? 1 : 0;
	agate_frame_free(frame);
	agate_ruleset_unref(rs);
	agate_diags_free(diags);
	return ret;
}

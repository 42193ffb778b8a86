/* loader.c - rule files from disk: files and folders of *.rules.
 *
 * Reading is kept apart from compiling so the compiler stays pure (text
 * in, rule set out) and tests feed it from memory; `include` reads its
 * text through policy/base/file.c, as this file does.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "policy/base/file.h"
#include "policy/lang/lang_int.h"

#define LOAD_MAX_FILES 100000
#define LOAD_MAX_DEPTH 32

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with_rules(const char *name)
{
	size_t n = strlen(name);
	return n > 6 && strcmp(name + n - 6, ".rules") == 0;
}

/* every *.rules below dir (hidden entries skipped). An entry that cannot
 * be looked at (a dangling link, a link loop, no permission) is an error,
 * and so is a *.rules that is not a regular file (a FIFO, a socket, a
 * device): either may be a rule file an operator meant to load, and a
 * rule set silently missing one is a gate with a hole in it. */
static int collect(const char *dir, rl_vec *out, int depth, agate_diags *diags)
{
	if (depth > LOAD_MAX_DEPTH) {
		agate_diags_add(diags, AGATE_DIAG_ERROR, dir, 0, 0,
				"folders nested too deeply (limit %d)", LOAD_MAX_DEPTH);
		return -EINVAL;
	}
	DIR *d = opendir(dir);
	if (!d) {
		int e = errno;
		agate_diags_add(diags, AGATE_DIAG_ERROR, dir, 0, 0, "cannot open folder: %s",
				strerror(e));
		return -EINVAL;
	}
	int rc = 0;
	struct dirent *de;
	for (;;) {
		errno = 0;
		de = readdir(d);
		if (!de) {
			if (errno) {
				agate_diags_add(diags, AGATE_DIAG_ERROR, dir, 0, 0,
						"cannot list folder: %s", strerror(errno));
				rc = -EINVAL;
			}
			break;
		}
		if (de->d_name[0] == '.')
			continue;
		size_t need = strlen(dir) + 1 + strlen(de->d_name) + 1;
		char *p = malloc(need);
		if (!p) {
			rc = -ENOMEM;
			break;
		}
		snprintf(p, need, "%s/%s", dir, de->d_name);
		struct stat st;
		if (stat(p, &st) < 0) {
			int e = errno;
			agate_diags_add(diags, AGATE_DIAG_ERROR, p, 0, 0, "cannot read: %s%s",
					strerror(e), e == ENOENT ? " (a dangling link?)" : "");
			free(p);
			rc = -EINVAL;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			int r = collect(p, out, depth + 1, diags);
			free(p);
			if (r == -ENOMEM) {
				rc = r;
				break;
			}
			if (r < 0)
				rc = r;
			continue;
		}
		if (!ends_with_rules(de->d_name)) {
			free(p);
			continue;
		}
		if (!S_ISREG(st.st_mode)) {
			agate_diags_add(diags, AGATE_DIAG_ERROR, p, 0, 0,
					"cannot read: not a regular file");
			free(p);
			rc = -EINVAL;
			continue;
		}
		if (out->len >= LOAD_MAX_FILES || rl_vec_push(out, p) < 0) {
			free(p);
			rc = out->len >= LOAD_MAX_FILES ? -EINVAL : -ENOMEM;
			if (rc == -EINVAL)
				agate_diags_add(diags, AGATE_DIAG_ERROR, dir, 0, 0,
						"too many rule files (limit %d)", LOAD_MAX_FILES);
			break;
		}
	}
	closedir(d);
	return rc;
}

int agate_rules_load(const char *const *paths, size_t npaths, agate_ruleset **out,
		     agate_diags *diags)
{
	if (!out || (npaths && !paths))
		return -EINVAL;
	rl_vec files = { 0 };
	rl_vec roots = { 0 }; /* per file: the root its digest name is relative to */
	agate_rules_source *src = NULL;
	const char **src_roots = NULL;
	size_t nsrc = 0;
	int rc = 0;
	bool io_error = false;

	for (size_t i = 0; i < npaths; i++) {
		struct stat st;
		if (!paths[i] || stat(paths[i], &st) < 0) {
			int e = paths[i] ? errno : EINVAL;
			agate_diags_add(diags, AGATE_DIAG_ERROR, paths[i] ? paths[i] : "(null)", 0,
					0, "cannot read: %s", strerror(e));
			io_error = true;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			rl_vec sub = { 0 };
			int r = collect(paths[i], &sub, 0, diags);
			if (sub.len)
				qsort(sub.items, sub.len, sizeof(void *), cmp_str);
			for (size_t k = 0; k < sub.len; k++) {
				char *root = rc == 0 ? strdup(paths[i]) : NULL;
				if (rc == 0 && (!root || rl_vec_push(&roots, root) < 0)) {
					free(root);
					rc = -ENOMEM;
				}
				if (rc == 0 && rl_vec_push(&files, sub.items[k]) < 0) {
					free(roots.items[--roots.len]);
					rc = -ENOMEM;
				}
				if (rc)
					free(sub.items[k]);
			}
			rl_vec_free(&sub);
			if (r == -ENOMEM)
				rc = -ENOMEM;
			else if (r < 0)
				io_error = true;
		} else {
			/* a file's root is its own folder */
			const char *slash = strrchr(paths[i], '/');
			char *root = !slash ? strdup(".") :
				     slash == paths[i] ? strdup("/") :
				     strndup(paths[i], (size_t)(slash - paths[i]));
			char *p = strdup(paths[i]);
			if (!p || !root || rl_vec_push(&roots, root) < 0) {
				free(p);
				free(root);
				rc = -ENOMEM;
			} else if (rl_vec_push(&files, p) < 0) {
				free(p);
				free(roots.items[--roots.len]);
				rc = -ENOMEM;
			}
		}
		if (rc)
			goto out;
	}

	src = calloc(files.len + 1, sizeof(*src));
	src_roots = calloc(files.len + 1, sizeof(*src_roots));
	if (!src || !src_roots) {
		rc = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < files.len; i++) {
		char *text = NULL;
		size_t len = 0;
		int r = rl_read_file(files.items[i], &text, &len);
		if (r == -ENOMEM) {
			rc = -ENOMEM;
			goto out;
		}
		if (r < 0) {
			agate_diags_add(diags, AGATE_DIAG_ERROR, files.items[i], 0, 0,
					"cannot read: %s", rl_read_error(r));
			io_error = true;
			continue;
		}
		src[nsrc].name = files.items[i];
		src_roots[nsrc] = roots.items[i];
		src[nsrc].text = text;
		src[nsrc].len = len;
		nsrc++;
	}
	if (io_error) {
		rc = -EINVAL;
		goto out;
	}
	rc = agate_rules_compile_rooted(src, src_roots, nsrc, out, diags);
out:
	for (size_t i = 0; src && i < nsrc; i++)
		free((char *)src[i].text);
	free(src);
	free(src_roots);
	for (size_t i = 0; i < files.len; i++)
		free(files.items[i]);
	rl_vec_free(&files);
	for (size_t i = 0; i < roots.len; i++)
		free(roots.items[i]);
	rl_vec_free(&roots);
	return rc;
}

/* path.h - textual path normalisation, no file system access.
 *
 * Collapses "//" and "/./", resolves ".." lexically (never above "/"),
 * drops a trailing "/", expands a leading "~" to "~" kept as is (home is
 * unknown) and joins a relative path onto cwd when cwd is given.
 */
#ifndef AGATE_POLICY_PATH_H
#define AGATE_POLICY_PATH_H

#include <stdbool.h>
#include <stddef.h>

#include "policy/base/arena.h"

/* Normalised copy of path[0..len) in the arena; relative paths are joined
 * onto cwd when cwd is an absolute path, else stay relative. NULL when the
 * arena is exhausted. "" stays "". */
char *agate_path_normalize(agate_arena *a, const char *path, size_t len,
			   const char *cwd);

/* true when normalised path equals dir or lies below it ("/etc/passwd" is
 * under "/etc", "/etcetera" is not). Both must already be normalised. */
bool agate_path_under(const char *path, const char *dir);

#endif

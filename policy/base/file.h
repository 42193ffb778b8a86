/* file.h - reading one whole source file, bounded, with plain errors. */
#ifndef AGATE_POLICY_FILE_H
#define AGATE_POLICY_FILE_H

#include <stddef.h>

#define RL_MAX_SOURCE (16u << 20)     /* bytes per source file */

/* Read a whole regular file, at most RL_MAX_SOURCE bytes; malloc'd,
 * NUL-terminated, owned by the caller. 0, or a negative errno (-EFBIG
 * when too large, -EINVAL when not a regular file). */
int rl_read_file(const char *path, char **text, size_t *len);
const char *rl_read_error(int rc); /* text for rl_read_file's error */

#endif

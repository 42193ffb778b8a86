/* file.c - read a rule file (or any text file) whole; see file.h.
 *
 * A file of its own so that the parser's `include` and the loader read
 * through one bounded path, below both of them.
 */
#include "policy/base/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int rl_read_file(const char *path, char **text, size_t *len)
{
	/* O_NONBLOCK: opening a FIFO named by an include must not hang */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return -errno;
	struct stat st;
	int rc = 0;
	char *buf = NULL;
	size_t n = 0, cap;
	if (fstat(fd, &st) < 0) {
		rc = -errno;
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		rc = -EISDIR;
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = -EINVAL; /* devices, FIFOs, sockets are not rule files */
		goto out;
	}
	if (st.st_size > (off_t)RL_MAX_SOURCE) {
		rc = -EFBIG;
		goto out;
	}
	/* size from fstat is a hint only: the file may change while read */
	cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
	buf = malloc(cap);
	if (!buf) {
		rc = -ENOMEM;
		goto out;
	}
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > RL_MAX_SOURCE) {
				rc = -EFBIG;
				goto out;
			}
			size_t nc = cap * 2;
			char *nb = realloc(buf, nc);
			if (!nb) {
				rc = -ENOMEM;
				goto out;
			}
			buf = nb;
			cap = nc;
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			goto out;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > RL_MAX_SOURCE) {
			rc = -EFBIG;
			goto out;
		}
	}
	buf[n] = '\0';
	*text = buf;
	*len = n;
	buf = NULL;
out:
	free(buf);
	close(fd);
	return rc;
}

const char *rl_read_error(int rc)
{
	if (rc == -EFBIG)
		return "file too large (limit 16 MiB)";
	if (rc == -EINVAL)
		return "not a regular file";
	return strerror(-rc);
}

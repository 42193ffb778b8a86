/* hook_identity.c - the identity agate-hook registers, and the marker
 * that registers it once per session (see hook.h).
 *
 * An identity file (--identity FILE, or .agate/identity in the agent's
 * working folder or any folder above it) holds lines of text:
 *
 *     # the code assistant of the billing service
 *     purpose: fixes bugs and writes tests in this repository
 *     role: developer
 *     tools: bash, write_file, read_file
 *
 * `purpose:`, `role:` and `tools:` (comma-separated) are keys, in any
 * case; every other line that is not empty or a `#` comment is more
 * purpose text, so a file of one plain line is a purpose.
 */
#include "hook.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#define IDENTITY_MAX (64 * 1024)
#define TOOLS_MAX 256

static int fail(char *err, size_t errcap, int e, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int fail(char *err, size_t errcap, int e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errcap, fmt, ap);
	va_end(ap);
	return e;
}

void hook_identity_free(hook_identity *id)
{
	if (!id)
		return;
	free(id->purpose);
	free(id->role);
	for (size_t i = 0; i < id->ntools; i++)
		free(id->tools[i]);
	free(id->tools);
	free(id->file);
	memset(id, 0, sizeof(*id));
}

/* s[0..n) without its surrounding blanks, copied; NULL on ENOMEM. */
static char *trimmed(const char *s, size_t n)
{
	char *p;

	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* purpose += " " + s (s consumed). */
static int add_purpose(hook_identity *id, char *s)
{
	size_t a = id->purpose ? strlen(id->purpose) : 0, b = strlen(s);
	char *p;

	if (!b) {
		free(s);
		return 0;
	}
	if (!a) {
		free(id->purpose);
		id->purpose = s;
		return 0;
	}
	p = realloc(id->purpose, a + b + 2);
	if (!p) {
		free(s);
		return -ENOMEM;
	}
	p[a] = ' ';
	memcpy(p + a + 1, s, b + 1);
	id->purpose = p;
	free(s);
	return 0;
}

static int add_tools(hook_identity *id, const char *s, size_t n)
{
	while (n) {
		const char *comma = memchr(s, ',', n);
		size_t len = comma ? (size_t)(comma - s) : n;
		char *t = trimmed(s, len);
		if (!t)
			return -ENOMEM;
		if (!*t || id->ntools >= TOOLS_MAX) {
			free(t);
		} else {
			char **nt = realloc(id->tools, (id->ntools + 1) * sizeof(*nt));
			if (!nt) {
				free(t);
				return -ENOMEM;
			}
			id->tools = nt;
			id->tools[id->ntools++] = t;
		}
		s += len;
		n -= len;
		if (n) /* the comma */
			s++, n--;
	}
	return 0;
}

/* One line: a key or more purpose. */
static int parse_line(hook_identity *id, const char *s, size_t n)
{
	static const char *const keys[] = { "purpose:", "role:", "tools:" };

	while (n && isspace((unsigned char)*s))
		s++, n--;
	if (!n || *s == '#')
		return 0;
	for (size_t k = 0; k < 3; k++) {
		size_t kl = strlen(keys[k]);
		if (n < kl || strncasecmp(s, keys[k], kl))
			continue;
		if (k == 2)
			return add_tools(id, s + kl, n - kl);
		char *v = trimmed(s + kl, n - kl);
		if (!v)
			return -ENOMEM;
		if (k == 0)
			return add_purpose(id, v);
		free(id->role);
		id->role = v;
		return 0;
	}
	char *v = trimmed(s, n);
	return v ? add_purpose(id, v) : -ENOMEM;
}

static int read_file(const char *path, hook_identity *id, char *err, size_t errcap)
{
	char *buf = malloc(IDENTITY_MAX + 1);
	size_t n;
	FILE *f;
	int e = 0;

	if (!buf)
		return fail(err, errcap, -ENOMEM, "out of memory");
	f = fopen(path, "r");
	if (!f) {
		e = -errno;
		free(buf);
		return fail(err, errcap, e, "cannot read identity file %s: %s", path, strerror(-e));
	}
	n = fread(buf, 1, IDENTITY_MAX + 1, f);
	if (ferror(f))
		e = fail(err, errcap, -EIO, "cannot read identity file %s", path);
	else if (n > IDENTITY_MAX)
		e = fail(err, errcap, -EFBIG, "identity file %s is larger than %d bytes", path,
			 IDENTITY_MAX);
	fclose(f);
	for (size_t at = 0; !e && at < n;) {
		const char *nl = memchr(buf + at, '\n', n - at);
		size_t len = nl ? (size_t)(nl - (buf + at)) : n - at;
		if (memchr(buf + at, '\0', len))
			e = fail(err, errcap, -EINVAL, "identity file %s holds a NUL byte", path);
		else if (parse_line(id, buf + at, len))
			e = fail(err, errcap, -ENOMEM, "out of memory");
		at += len + 1;
	}
	free(buf);
	if (!e && (!id->purpose || !*id->purpose))
		e = fail(err, errcap, -EINVAL, "identity file %s has no purpose", path);
	if (!e && !(id->file = strdup(path)))
		e = fail(err, errcap, -ENOMEM, "out of memory");
	return e;
}

/* The first DIR/.agate/identity from dir upwards into buf; false: none. */
static bool find_upwards(const char *dir, char *buf, size_t cap)
{
	char d[PATH_MAX];
	size_t n;

	if (!dir || *dir != '/') {
		if (!getcwd(d, sizeof(d)))
			return false;
	} else if (snprintf(d, sizeof(d), "%s", dir) >= (int)sizeof(d)) {
		return false;
	}
	for (;;) {
		n = strlen(d);
		while (n > 1 && d[n - 1] == '/')
			d[--n] = '\0';
		if (snprintf(buf, cap, "%s%s.agate/identity", d, n > 1 ? "/" : "") < (int)cap &&
		    access(buf, F_OK) == 0)
			return true;
		if (n <= 1)
			return false;
		char *slash = strrchr(d, '/');
		if (slash == d)
			d[1] = '\0';
		else
			*slash = '\0';
	}
}

int hook_identity_load(const char *file, const char *cwd, const char *purpose,
		       hook_identity *id, char *err, size_t errcap)
{
	char found[PATH_MAX];
	int e;

	memset(id, 0, sizeof(*id));
	if (!file && find_upwards(cwd, found, sizeof(found)))
		file = found;
	if (file && (e = read_file(file, id, err, errcap)))
		return e;
	if (purpose && *purpose) {
		free(id->purpose);
		if (!(id->purpose = strdup(purpose)))
			return fail(err, errcap, -ENOMEM, "out of memory");
	}
	return 0;
}

/* ---- the marker --------------------------------------------------------- */

static bool private_dir(char *buf, size_t cap)
{
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	struct stat st;
	int n;

	if (xdg && *xdg == '/')
		n = snprintf(buf, cap, "%s/agate-hook", xdg);
	else
		n = snprintf(buf, cap, "/tmp/agate-hook-%u", (unsigned)geteuid());
	if (n < 0 || (size_t)n >= cap)
		return false;
	if (mkdir(buf, 0700) && errno != EEXIST)
		return false;
	return lstat(buf, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
	       (st.st_mode & 077) == 0;
}

static void feed(EVP_MD_CTX *md, const char *s)
{
	size_t n = s ? strlen(s) + 1 : 0; /* the NUL separates the parts */

	EVP_DigestUpdate(md, s ? s : "", n ? n : 1);
}

/* DIR/HEX where HEX names (socket, agent, session, identity). */
static bool marker_path(char *buf, size_t cap, const char *socket, const char *agent,
			const char *session, const hook_identity *id)
{
	unsigned char h[EVP_MAX_MD_SIZE];
	unsigned int hn = 0;
	char dir[PATH_MAX];
	EVP_MD_CTX *md;
	bool ok;

	if (!private_dir(dir, sizeof(dir)) || !(md = EVP_MD_CTX_new()))
		return false;
	ok = EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1;
	if (ok) {
		feed(md, socket);
		feed(md, agent);
		feed(md, session);
		feed(md, id->purpose);
		feed(md, id->role);
		for (size_t i = 0; i < id->ntools; i++)
			feed(md, id->tools[i]);
		ok = EVP_DigestFinal_ex(md, h, &hn) == 1 && hn >= 16;
	}
	EVP_MD_CTX_free(md);
	if (!ok || snprintf(buf, cap, "%s/", dir) >= (int)cap || strlen(buf) + 33 > cap)
		return false;
	for (unsigned i = 0; i < 16; i++)
		sprintf(buf + strlen(buf), "%02x", h[i]);
	return true;
}

bool hook_marker_fresh(const char *socket, const char *agent, const char *session,
		       const hook_identity *id, int64_t started_ms)
{
	char path[PATH_MAX], want[32], have[32] = "";
	struct stat st;
	ssize_t n;
	bool fresh;
	int fd;

	if (!marker_path(path, sizeof(path), socket, agent, session, id))
		return false;
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return false;
	n = read(fd, have, sizeof(have) - 1);
	snprintf(want, sizeof(want), "%lld\n", (long long)started_ms);
	fresh = n > 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		st.st_uid == geteuid() && time(NULL) - st.st_mtime < HOOK_MARKER_TTL_S &&
		!strcmp(have, want);
	if (fresh)
		(void)futimens(fd, NULL);
	close(fd);
	return fresh;
}

void hook_marker_write(const char *socket, const char *agent, const char *session,
		       const hook_identity *id, int64_t started_ms)
{
	char path[PATH_MAX], text[32];
	int fd, n;

	if (!marker_path(path, sizeof(path), socket, agent, session, id))
		return;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	n = snprintf(text, sizeof(text), "%lld\n", (long long)started_ms);
	if (write(fd, text, (size_t)n) != n) {
		close(fd);
		unlink(path); /* a torn marker would only mean "not fresh", but be tidy */
		return;
	}
	close(fd);
}

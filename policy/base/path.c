/* path.c - textual path normalisation (see path.h).
 *
 * Everything here is lexical: the file system is never consulted, so a
 * symlink is not followed and "~" is not expanded. What matters to the
 * gate is that two spellings of one place ("/etc//./passwd",
 * "/tmp/../etc/passwd") compare equal, and that no spelling escapes a
 * prefix test by sliding past "/" with "..".
 */
#include "policy/base/path.h"

#include <string.h>

/* Length of a leading home reference ("~", "~user", "$HOME", "${HOME}")
 * that ends at a '/' or at the end; 0 when there is none. *tilde_len is
 * how many bytes the root takes once written ("~" or "~user"). */
static size_t home_prefix(const char *p, size_t len, size_t *tilde_len)
{
	size_t i;

	if (len >= 1 && p[0] == '~') {
		for (i = 1; i < len && p[i] != '/'; i++)
			;
		*tilde_len = i;
		return i;
	}
	/* $HOME is how scripts name the same place; treat it as "~" so that
	 * rules over "~/.ssh" see "$HOME/.ssh" too. */
	if (len >= 5 && memcmp(p, "$HOME", 5) == 0 && (len == 5 || p[5] == '/')) {
		*tilde_len = 1;
		return 5;
	}
	if (len >= 7 && memcmp(p, "${HOME}", 7) == 0 && (len == 7 || p[7] == '/')) {
		*tilde_len = 1;
		return 7;
	}
	return 0;
}

static bool is_rooted(const char *p)
{
	return p && (p[0] == '/' || p[0] == '~');
}

/* Append segment seg[0..n) to body, applying "." and "..". body_len is
 * updated; the buffer is large enough by construction (the body never
 * grows beyond the sum of the input lengths plus separators). */
static void push_segment(char *body, size_t *body_len, const char *seg,
			 size_t n, bool absolute)
{
	size_t bl = *body_len;

	if (n == 0 || (n == 1 && seg[0] == '.'))
		return;
	if (n == 2 && seg[0] == '.' && seg[1] == '.') {
		bool last_is_up = bl >= 2 && body[bl - 1] == '.' && body[bl - 2] == '.' &&
				  (bl == 2 || body[bl - 3] == '/');
		if (bl > 0 && !last_is_up) {
			while (bl > 0 && body[bl - 1] != '/')
				bl--;
			if (bl > 0)
				bl--; /* the separator before the dropped segment */
			*body_len = bl;
			return;
		}
		if (absolute)
			return; /* "/.." is "/" */
		/* relative or under an unknown home: keep the ".." */
	}
	if (bl > 0)
		body[bl++] = '/';
	memcpy(body + bl, seg, n);
	*body_len = bl + n;
}

static void push_all(char *body, size_t *body_len, const char *p, size_t len,
		     bool absolute)
{
	size_t i = 0;

	while (i < len) {
		size_t j = i;
		while (j < len && p[j] != '/')
			j++;
		push_segment(body, body_len, p + i, j - i, absolute);
		i = j + 1;
	}
}

/* Returns a string in the arena (the arena owns it); NULL only when the
 * arena is exhausted or the input is NULL with a non-zero length. */
char *agate_path_normalize(agate_arena *a, const char *path, size_t len,
			   const char *cwd)
{
	char *out = NULL, *body = NULL;
	size_t cwd_len = 0, cap, body_len = 0, o = 0;
	const char *root = "";
	size_t root_len = 0, skip = 0, tl = 0;
	bool absolute = false, join = false;

	if (!a || (!path && len))
		return NULL;
	if (len == 0)
		return agate_arena_strndup(a, "", 0);

	if (path[0] == '/') {
		root = "/";
		root_len = 1;
		absolute = true;
	} else if ((skip = home_prefix(path, len, &tl)) > 0) {
		root = path[0] == '~' ? path : "~";
		root_len = tl;
	} else if (is_rooted(cwd)) {
		join = true;
		cwd_len = strlen(cwd);
		if (cwd[0] == '/') {
			root = "/";
			root_len = 1;
			absolute = true;
		} else {
			skip = home_prefix(cwd, cwd_len, &tl);
			root = cwd[0] == '~' ? cwd : "~";
			root_len = tl;
		}
	}

	cap = root_len + cwd_len + len + 3;
	body = agate_arena_alloc(a, cap);
	out = agate_arena_alloc(a, cap);
	if (!body || !out)
		return NULL;

	if (join) {
		/* cwd's own root was taken above; its remaining segments come
		 * first, then the relative path's. */
		size_t cskip = cwd[0] == '/' ? 1 : skip;
		push_all(body, &body_len, cwd + cskip, cwd_len - cskip, absolute);
		push_all(body, &body_len, path, len, absolute);
	} else {
		size_t pskip = absolute ? 1 : skip;
		push_all(body, &body_len, path + pskip, len - pskip, absolute);
	}

	memcpy(out, root, root_len);
	o = root_len;
	if (body_len > 0) {
		if (o > 0 && out[o - 1] != '/')
			out[o++] = '/';
		memcpy(out + o, body, body_len);
		o += body_len;
	} else if (o == 0) {
		out[o++] = '.'; /* "./" and "a/.." name the current directory */
	}
	out[o] = '\0';
	return out;
}

bool agate_path_under(const char *path, const char *dir)
{
	size_t dl;

	if (!path || !dir || !dir[0])
		return false;
	dl = strlen(dir);
	while (dl > 1 && dir[dl - 1] == '/')
		dl--; /* tolerate "/etc/" from a hand-written list */
	if (dl == 1 && dir[0] == '/')
		return path[0] == '/';
	if (strncmp(path, dir, dl) != 0)
		return false;
	return path[dl] == '\0' || path[dl] == '/';
}

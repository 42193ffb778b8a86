/* watch.c - see watch.h. */
#include "daemon/watch.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "daemon/log.h"

typedef struct wdir {
	uv_fs_event_t ev;
	struct agated_watch *w;
	char *only;           /* react to this file name only, or NULL: any */
} wdir;

struct agated_watch {
	uv_loop_t *loop;
	const agated_config *cfg;
	void (*changed)(void *ud);
	void *ud;
	uv_timer_t settle;
	wdir **dirs;
	size_t ndirs;
	int open;             /* handles not yet closed, the timer included */
	bool stopping;
};

/* ---- handles ------------------------------------------------------------ */

static void maybe_free(agated_watch *w)
{
	if (w->stopping && w->open == 0) {
		free(w->dirs);
		free(w);
	}
}

static void on_dir_closed(uv_handle_t *h)
{
	wdir *wd = h->data;
	agated_watch *w = wd->w;

	free(wd->only);
	free(wd);
	w->open--;
	maybe_free(w);
}

static void close_dirs(agated_watch *w)
{
	for (size_t i = 0; i < w->ndirs; i++)
		uv_close((uv_handle_t *)&w->dirs[i]->ev, on_dir_closed);
	w->ndirs = 0;
}

/* A file whose change is not a rule change: hidden files, editor backups
 * and swap files. */
static bool ignored(const char *name)
{
	size_t n = strlen(name);

	return name[0] == '.' || (n && name[n - 1] == '~') ||
	       (n > 4 && strcmp(name + n - 4, ".swp") == 0);
}

static void on_settled(uv_timer_t *t);

static void on_event(uv_fs_event_t *h, const char *name, int events, int status)
{
	wdir *wd = h->data;
	agated_watch *w = wd->w;

	(void)events;
	if (w->stopping)
		return;
	if (status < 0) {
		agated_warn("watch: %s", uv_strerror(status));
		return;
	}
	if (name && (ignored(name) || (wd->only && strcmp(name, wd->only) != 0)))
		return;
	/* (re)start the quiet period: one reload for a burst of changes */
	uv_timer_start(&w->settle, on_settled, AGATED_WATCH_SETTLE_MS, 0);
}

/* ---- what to watch -------------------------------------------------------- */

static int add_dir(agated_watch *w, const char *path, const char *only, char *err, size_t errcap)
{
	wdir *wd;
	int e;

	if (w->ndirs >= AGATED_WATCH_MAX_DIRS) {
		snprintf(err, errcap, "watch: more than %u folders", AGATED_WATCH_MAX_DIRS);
		return -E2BIG;
	}
	wd = calloc(1, sizeof *wd);
	if (!wd || (only && !(wd->only = strdup(only)))) {
		free(wd);
		snprintf(err, errcap, "watch: out of memory");
		return -ENOMEM;
	}
	wd->w = w;
	if ((e = uv_fs_event_init(w->loop, &wd->ev)) < 0) {
		free(wd->only);
		free(wd);
		snprintf(err, errcap, "watch: %s", uv_strerror(e));
		return e;
	}
	wd->ev.data = wd;
	w->dirs[w->ndirs++] = wd;
	w->open++;
	if ((e = uv_fs_event_start(&wd->ev, on_event, path, 0)) < 0) {
		snprintf(err, errcap, "watch: cannot watch %s: %s%s", path, uv_strerror(e),
			 e == UV_ENOSPC ? " (raise fs.inotify.max_user_watches)" : "");
		return e;
	}
	return 0;
}

/* path and every folder below it (hidden ones skipped, as the loader
 * skips them) */
static int add_tree(agated_watch *w, const char *path, int depth, char *err, size_t errcap)
{
	DIR *dir;
	struct dirent *de;
	int e;

	if ((e = add_dir(w, path, NULL, err, errcap)) < 0)
		return e;
	if (depth >= 32 || !(dir = opendir(path)))
		return 0;
	while ((de = readdir(dir))) {
		char sub[4096];
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		if ((size_t)snprintf(sub, sizeof sub, "%s/%s", path, de->d_name) >= sizeof sub)
			continue;
		if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode) &&
		    (e = add_tree(w, sub, depth + 1, err, errcap)) < 0)
			break;
	}
	closedir(dir);
	return e < 0 ? e : 0;
}

/* a rule path: a folder is watched whole, a file through its folder */
static int add_path(agated_watch *w, const char *path, char *err, size_t errcap)
{
	struct stat st;
	const char *slash;
	char parent[4096];

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return add_tree(w, path, 0, err, errcap);
	slash = strrchr(path, '/');
	if (!slash)
		return add_dir(w, ".", path, err, errcap);
	if ((size_t)(slash - path) >= sizeof parent) {
		snprintf(err, errcap, "watch: path too long: %s", path);
		return -ENAMETOOLONG;
	}
	memcpy(parent, path, (size_t)(slash - path));
	parent[slash - path] = '\0';
	return add_dir(w, slash == path ? "/" : parent, slash + 1, err, errcap);
}

static int add_all(agated_watch *w, char *err, size_t errcap)
{
	const agated_config *c = w->cfg;
	int e;

	for (size_t i = 0; i < c->nrules; i++)
		if ((e = add_path(w, c->rules[i], err, errcap)) < 0)
			return e;
	if (c->frames && *c->frames && strcmp(c->frames, "none") != 0)
		return add_path(w, c->frames, err, errcap);
	return 0;
}

static void on_settled(uv_timer_t *t)
{
	agated_watch *w = t->data;
	char err[256];

	if (w->stopping)
		return;
	/* folders made or removed since: watch what is there now */
	close_dirs(w);
	if (add_all(w, err, sizeof err) < 0)
		agated_warn("%s; changes there are not seen until the next reload", err);
	w->changed(w->ud);
}

/* ---- start and stop ----------------------------------------------------- */

static void on_timer_closed(uv_handle_t *h)
{
	agated_watch *w = h->data;

	w->open--;
	maybe_free(w);
}

int agated_watch_start(uv_loop_t *loop, const agated_config *cfg,
		       void (*changed)(void *ud), void *ud, agated_watch **out,
		       char *err, size_t errcap)
{
	agated_watch *w = calloc(1, sizeof *w);
	int e;

	if (!w || !(w->dirs = calloc(AGATED_WATCH_MAX_DIRS, sizeof *w->dirs))) {
		free(w);
		snprintf(err, errcap, "watch: out of memory");
		return -ENOMEM;
	}
	w->loop = loop;
	w->cfg = cfg;
	w->changed = changed;
	w->ud = ud;
	if ((e = uv_timer_init(loop, &w->settle)) < 0) {
		free(w->dirs);
		free(w);
		snprintf(err, errcap, "watch: %s", uv_strerror(e));
		return e;
	}
	w->settle.data = w;
	w->open = 1;
	if ((e = add_all(w, err, errcap)) < 0) {
		agated_watch_stop(w);
		return e;
	}
	*out = w;
	return 0;
}

void agated_watch_stop(agated_watch *w)
{
	if (!w || w->stopping)
		return;
	w->stopping = true;
	uv_timer_stop(&w->settle);
	close_dirs(w);
	uv_close((uv_handle_t *)&w->settle, on_timer_closed);
}

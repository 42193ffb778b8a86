/* watch.h - the rule watch: reload when a rule or frame file changes
 * (setting watch-rules).
 *
 * Every folder given as rules (and each folder below it), the folder of
 * each rule file given by name, and the frames folder are watched with
 * inotify through libuv (uv_fs_event). A change starts a quiet period of
 * AGATED_WATCH_SETTLE_MS, restarted by every further change, so that an
 * editor's save or a `git checkout` of many files gives one reload. When
 * it ends, `changed` runs on the loop thread; it reloads through the same
 * path as SIGHUP (the guard, the reload row with who = "watch"). The
 * folders are looked at again then, so a folder made meanwhile is
 * watched from then on. Hidden files, editor backups (`~`, .swp) and,
 * in the folder of a file given by name, the other files are ignored.
 *
 * Loop thread only.
 */
#ifndef AGATE_DAEMON_WATCH_H
#define AGATE_DAEMON_WATCH_H

#include <uv.h>

#include "daemon/config.h"

#define AGATED_WATCH_SETTLE_MS 200u
#define AGATED_WATCH_MAX_DIRS 1024u

typedef struct agated_watch agated_watch;

/* Start watching cfg's rule paths and frames folder. changed(ud) runs
 * after each settled change. Returns 0 and *out, or a negative errno
 * (a folder that cannot be watched: -ENOSPC when inotify's watch limit
 * is reached) with a message in err. cfg must outlive the watch. */
__attribute__((warn_unused_result))
int agated_watch_start(uv_loop_t *loop, const agated_config *cfg,
		       void (*changed)(void *ud), void *ud, agated_watch **out,
		       char *err, size_t errcap);

/* Stop: every handle is closed and the watch freed once libuv has closed
 * them (before the loop ends). NULL is fine. */
void agated_watch_stop(agated_watch *w);

#endif

/* auditdb_files.c - who may read the audit database's files.
 *
 * The database holds every agent's arguments, credentials included, and
 * SQLite keeps the newest rows in two more files beside it, -wal and
 * -shm. SQLite creates those with the database's permission bits but
 * the creating process's group, and the database itself under the umask
 * (0644 from a shell). So before a read-write open each file is made to
 * exist with the group and mode it must have: created 0600, then given
 * its group, then its mode. Never the other way round: a descriptor
 * opened while a file was looser outlives any later chmod.
 */
#include "schema/auditdb_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const suffixes[] = { "", "-wal", "-shm" };

/* The store's seterr is above this file: its own, to keep arrows down. */
__attribute__((format(printf, 3, 4)))
static void file_err(char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;

	if (!err || cap == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
}

/* A file that is not ours (so we cannot change it) is acceptable when
 * it grants no one more than acc would: nothing to others, and to its
 * group only what mode gives, and only when it is acc's group. */
static bool grants_no_more(const struct stat *st, gid_t gid, mode_t mode)
{
	mode_t m = st->st_mode & 0077;

	if (st->st_gid != gid)
		return m == 0;
	return (m & ~mode) == 0;
}

/* Give the open file fd (described by st) group gid and mode. */
static int fix_file(int fd, const char *name, const struct stat *st, gid_t gid, mode_t mode,
		    char *err, size_t errcap)
{
	mode_t m = st->st_mode & 07777;

	if (st->st_gid != gid) {
		/* close the old group out first, then hand the file over */
		if ((m & 0077) && fchmod(fd, m & 0700) != 0)
			goto fail;
		if (fchown(fd, (uid_t)-1, gid) != 0) {
			int e = errno;

			file_err(err, errcap, "%s: cannot give it to group %u: %s (agated must be root "
			       "or a member of the audit group)", name, (unsigned)gid, strerror(e));
			return -e;
		}
	}
	if (m != mode && fchmod(fd, mode) != 0)
		goto fail;
	return 0;
fail:
	file_err(err, errcap, "%s: %s", name, strerror(errno));
	return -errno;
}

/* One file under acc: created if missing, made exactly acc's when it is
 * ours, refused when it is not ours and grants more. */
static int secure_one(const char *name, const agate_auditdb_access *acc, char *err,
		      size_t errcap)
{
	gid_t gid = (gid_t)acc->gid;
	mode_t mode = acc->group_read ? 0640 : 0600;
	struct stat st;
	int fd, rc = 0;

	fd = open(name, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
	if (fd < 0 && errno == EACCES && lstat(name, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_uid != geteuid() && grants_no_more(&st, gid, mode))
		return 0; /* not ours, not readable by us, not looser: SQLite decides */
	if (fd < 0) {
		file_err(err, errcap, "%s: %s", name, strerror(errno));
		return -errno;
	}
	if (fstat(fd, &st) != 0) {
		file_err(err, errcap, "%s: %s", name, strerror(errno));
		rc = -errno;
	} else if (!S_ISREG(st.st_mode)) {
		file_err(err, errcap, "%s: not a regular file", name);
		rc = -EINVAL;
	} else if (st.st_uid == geteuid() || geteuid() == 0) {
		rc = fix_file(fd, name, &st, gid, mode, err, errcap);
	} else if (!grants_no_more(&st, gid, mode)) {
		file_err(err, errcap, "%s belongs to uid %u with mode %03o, readable by more than the "
		       "audit group: agated cannot restrict it; fix its owner or remove it while "
		       "no one uses the database", name, (unsigned)st.st_uid,
		       (unsigned)(st.st_mode & 0777));
		rc = -EPERM;
	}
	close(fd);
	return rc;
}

/* Without an access (agatectl): a missing file is created, owned like
 * the database (root may give it the database's owner too) and never
 * looser than 0640; an existing one is left as it is. */
static int create_like(const char *name, const struct stat *db, char *err, size_t errcap)
{
	mode_t mode = db ? db->st_mode & 0640 : 0600;
	int fd = open(name, O_RDONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

	if (fd < 0) {
		if (errno == EEXIST || errno == EACCES)
			return 0; /* there already, or SQLite's to fail on */
		file_err(err, errcap, "%s: %s", name, strerror(errno));
		return -errno;
	}
	if (db && fchown(fd, geteuid() == 0 ? db->st_uid : (uid_t)-1, db->st_gid) != 0)
		mode &= 0600; /* not the database's group: no group access */
	if (fchmod(fd, mode | 0600) != 0) {
		file_err(err, errcap, "%s: %s", name, strerror(errno));
		close(fd);
		return -errno;
	}
	close(fd);
	return 0;
}

int auditdb_prepare_files(const char *path, const agate_auditdb_access *acc,
			  char *err, size_t errcap)
{
	char real[PATH_MAX], name[PATH_MAX + 8];
	struct stat db;
	bool have_db;
	int rc;

	/* SQLite puts -wal and -shm beside the file a symlink names. */
	if (!realpath(path, real)) {
		if (errno != ENOENT) {
			file_err(err, errcap, "%s: %s", path, strerror(errno));
			return -errno;
		}
		snprintf(real, sizeof real, "%s", path);
	}
	have_db = stat(real, &db) == 0;
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		snprintf(name, sizeof name, "%s%s", real, suffixes[i]);
		if (acc)
			rc = secure_one(name, acc, err, errcap);
		else
			rc = create_like(name, have_db ? &db : NULL, err, errcap);
		if (rc < 0)
			return rc;
		if (!acc && !have_db)
			have_db = stat(real, &db) == 0;
	}
	return 0;
}

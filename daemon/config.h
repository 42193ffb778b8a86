/* config.h - agated's settings: defaults, command line, config file.
 *
 * The config file holds one setting per line, `key value` (or
 * `key = value`), with the long option names as keys (`socket`, `db`,
 * `rules`, `admin-uid` ...); `#` starts a comment. Settings given on the
 * command line win over the file; a list setting given on the command
 * line (rules, admin-uid) replaces the file's list.
 */
#ifndef AGATE_DAEMON_CONFIG_H
#define AGATE_DAEMON_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "audit.h"
#include "log.h"

typedef struct agated_config {
	char *socket_path;
	char *db_path;
	char **rules;          /* rule files or folders, load order */
	size_t nrules;
	char *frames;          /* lexicon folder; "none" disables the cascade */
	char *config_file;
	agate_audit_mode audit_mode;
	uint32_t max_frame;    /* payload bytes */
	unsigned max_depth;
	uint32_t *admin_uids;  /* besides root and the daemon's own uid */
	size_t nadmin;
	bool admin_from_cli;
	bool rules_from_cli;
	unsigned review_timeout_s;
	unsigned max_conns;
	unsigned max_conns_per_uid;
	unsigned admin_conns;      /* of max_conns, kept for admin uids (at most max_conns - 1) */
	unsigned max_inflight;     /* requests queued per connection before we stop reading */
	/* Bytes connections hold: read buffers, queued requests, unsent
	 * replies. Per connection only what is pending counts (the read
	 * buffer is bounded by max_frame); per uid and in all, everything. */
	size_t max_memory;
	size_t max_memory_per_uid;  /* 0: a quarter of max_memory */
	size_t max_memory_per_conn;
	size_t max_sessions;
	size_t max_sessions_per_uid; /* 0: a quarter of max_sessions */
	unsigned session_idle_s;
	unsigned read_timeout_s;   /* a frame must complete within this */
	unsigned idle_timeout_s;   /* a silent connection is closed after this */
	unsigned write_timeout_s;  /* a peer that takes no reply for this is cut off */
	size_t max_reviews;        /* held and unheld reviews at once */
	unsigned grant_ttl_s;      /* an approved unheld review may be retried for this long */
	size_t max_grants;         /* approvals of unheld reviews not yet used */
	size_t audit_queue_max;
	unsigned audit_flush_ms;
	unsigned audit_window;     /* async: most rows acknowledged, unwritten; 0: 4096 */
	char *audit_group;         /* group that may read the audit log; NULL: ours */
	char *review_webhook;      /* URL POSTed to when a call waits for review; NULL none */
	unsigned audit_retain_days;/* prune rows older than this; 0: keep forever */
	uint64_t audit_max_size;   /* prune the oldest rows above this size; 0: no bound */
	bool drift_enabled;
	char *rules_label;         /* the operator's label of the rule set (a git commit); NULL: none */
	bool watch_rules;          /* reload when a rule or frame file changes */
	/* The fleet (docs/fleet.md): central audit sinks ("postgresql:CONNINFO",
	 * shipped to asynchronously) and the host id rows are shipped under
	 * (NULL: /etc/machine-id, else the host name). */
	char **audit_sinks;
	size_t naudit_sinks;
	bool sinks_from_cli;
	char *host_id;
	/* Signed rule bundles (daemon/bundle.h): pulled from bundle_url every
	 * bundle_poll_s seconds, checked with the key in bundle_pubkey. */
	char *bundle_url;
	char *bundle_pubkey;
	unsigned bundle_poll_s;
	agated_log_level log_level;
	bool foreground;
	bool check_only;
	bool help;
	bool version;
} agated_config;

/* Fill c with the defaults; owns nothing yet. */
void agated_config_init(agated_config *c);
/* Release every string c owns (c itself is the caller's). */
void agated_config_free(agated_config *c);

/* Parse the command line (a --config file is read first, whatever its
 * position). Returns 0, or -EINVAL with the reason in err. On error c may
 * hold some settings; agated_config_free still releases them. */
int agated_config_parse_args(agated_config *c, int argc, char **argv,
			     char *err, size_t errcap);

/* Read settings from a file (see the format above). Returns 0, -EINVAL
 * with "file:line: reason" in err, or -errno when it cannot be read. */
int agated_config_load_file(agated_config *c, const char *path, char *err,
			    size_t errcap);

/* Apply one setting by its long name. Returns 0 or -EINVAL (reason in err). */
int agated_config_set(agated_config *c, const char *key, const char *value,
		      bool from_cli, char *err, size_t errcap);

/* Fill what is still unset with the defaults that work from the source
 * tree (rules, frames, ./agate-run/{agated.sock,audit.db}); creates
 * ./agate-run when it is used. Returns 0 or a negative errno. */
int agated_config_finish(agated_config *c, char *err, size_t errcap);

/* The memory share of one uid: max_memory_per_uid, or a quarter of
 * max_memory when that is 0. */
size_t agated_config_uid_memory(const agated_config *c);

/* Whether uid may use admin ops: root, self_uid, or a configured uid. */
bool agated_config_is_admin(const agated_config *c, uint32_t uid, uint32_t self_uid);

/* Whether s may be a rules label: 1..AGATED_LABEL_MAX bytes, printable,
 * no control characters (it goes into log lines and audit rows). */
#define AGATED_LABEL_MAX 200
bool agated_config_label_ok(const char *s);

void agated_config_usage(FILE *out);

#endif

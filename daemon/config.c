/* config.c - see config.h. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "daemon/notify.h"
#include "daemon/bundle.h"
#include "daemon/sink_pg.h"
#include "schema/protocol.h"

#ifndef AGATE_SOURCE_PACKS
#define AGATE_SOURCE_PACKS "/usr/share/agate/packs"
#endif
#ifndef AGATE_SOURCE_FRAMES
#define AGATE_SOURCE_FRAMES "/usr/share/agate/frames"
#endif

#define RUN_DIR "agate-run"

__attribute__((format(printf, 3, 4)))
static int cfg_fail(char *err, size_t errcap, const char *fmt, ...)
{
	va_list ap;

	if (err && errcap) {
		va_start(ap, fmt);
		vsnprintf(err, errcap, fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

void agated_config_init(agated_config *c)
{
	memset(c, 0, sizeof(*c));
	c->audit_mode = AGATE_AUDIT_SYNC;
	c->max_frame = AGATE_FRAME_MAX_DEFAULT;
	c->max_depth = AGATE_DEPTH_MAX_DEFAULT;
	c->review_timeout_s = 300;
	c->max_conns = 1024;
	c->max_conns_per_uid = 256;
	c->admin_conns = 8;
	c->max_inflight = 1024;
	c->max_memory = 256u * 1024 * 1024;
	c->max_memory_per_conn = 1024u * 1024;
	c->max_sessions = 100000;
	c->session_idle_s = 3600;
	c->read_timeout_s = 30;
	c->idle_timeout_s = 3600;
	c->write_timeout_s = 60;
	c->max_reviews = 10000;
	c->grant_ttl_s = 600;
	c->max_grants = 10000;
	c->audit_queue_max = 65536;
	c->audit_flush_ms = 50;
	c->drift_enabled = true;
	c->bundle_poll_s = 60;
	c->log_level = AGATED_LOG_INFO;
}

void agated_config_free(agated_config *c)
{
	free(c->socket_path);
	free(c->db_path);
	for (size_t i = 0; i < c->nrules; i++)
		free(c->rules[i]);
	free(c->rules);
	free(c->frames);
	free(c->config_file);
	free(c->audit_group);
	free(c->review_webhook);
	free(c->rules_label);
	free(c->admin_uids);
	for (size_t i = 0; i < c->naudit_sinks; i++)
		free(c->audit_sinks[i]);
	free(c->audit_sinks);
	free(c->host_id);
	free(c->bundle_url);
	free(c->bundle_pubkey);
	memset(c, 0, sizeof(*c));
}

static int set_str(char **dst, const char *v)
{
	char *s = strdup(v);

	if (!s)
		return -ENOMEM;
	free(*dst);
	*dst = s;
	return 0;
}

static int parse_u64(const char *v, uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long n;

	if (!v || !isdigit((unsigned char)v[0]))
		return -EINVAL;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (errno || *end || n > max)
		return -EINVAL;
	*out = n;
	return 0;
}

static int set_uint(unsigned *dst, const char *key, const char *v,
		    uint64_t min, uint64_t max, char *err, size_t errcap)
{
	uint64_t n;

	if (parse_u64(v, max, &n) || n < min)
		return cfg_fail(err, errcap, "%s: expected a number from %llu to %llu, found '%s'",
				key, (unsigned long long)min,
				(unsigned long long)max, v ? v : "");
	*dst = (unsigned)n;
	return 0;
}

static int set_size(size_t *dst, const char *key, const char *v,
		    uint64_t min, uint64_t max, char *err, size_t errcap)
{
	uint64_t n;

	if (parse_u64(v, max, &n) || n < min)
		return cfg_fail(err, errcap, "%s: expected a number of bytes from %llu to %llu, found '%s'",
				key, (unsigned long long)min,
				(unsigned long long)max, v ? v : "");
	*dst = (size_t)n;
	return 0;
}

/* A size with an optional unit, K, M, G or T (powers of 1024; a trailing
 * B or iB is allowed): "0" (no bound), "500M", "20G". A bound above 0
 * is at least 64 KiB, below which no audit log fits. */
static int set_bytes(uint64_t *dst, const char *key, const char *v, char *err, size_t errcap)
{
	static const char units[] = "KMGT";
	uint64_t n, mult = 1;
	const char *u;
	char *end;

	if (!v || !isdigit((unsigned char)v[0]))
		goto bad;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (errno)
		goto bad;
	if (*end && (u = strchr(units, toupper((unsigned char)*end)))) {
		for (const char *k = units; k <= u; k++)
			mult *= 1024;
		end++;
		if (*end == 'i')
			end++;
	}
	if ((*end == 'B' || *end == 'b') && end[1] == '\0')
		end++;
	if (*end || (mult > 1 && n > UINT64_MAX / mult))
		goto bad;
	n *= mult;
	if (n != 0 && n < 65536)
		return cfg_fail(err, errcap, "%s: %s is below the smallest bound, 64K (0 means no bound)",
				key, v);
	*dst = n;
	return 0;
bad:
	return cfg_fail(err, errcap, "%s: expected a size such as 0, 500M or 20G, found '%s'",
			key, v ? v : "");
}

/* Retention (docs/audit.md): 0 keeps every row, the default. Returns 1
 * when key is not a retention setting. */
static int set_retention(agated_config *c, const char *key, const char *value,
			 char *err, size_t errcap)
{
	if (!strcmp(key, "audit-retain-days"))
		return set_uint(&c->audit_retain_days, key, value, 0, 36500, err, errcap);
	if (!strcmp(key, "audit-max-size"))
		return set_bytes(&c->audit_max_size, key, value, err, errcap);
	return 1;
}

/* audit-sink (repeatable; the command line's list replaces the file's)
 * and host-id: the central audit store (daemon/sink_pg.h); bundle-url,
 * bundle-pubkey, bundle-poll: signed rule bundles (daemon/bundle.h). */
static int set_fleet(agated_config *c, const char *key, const char *value, bool from_cli,
		     char *err, size_t errcap)
{
	char **n;
	int r;

	if (!strcmp(key, "bundle-url")) {
		if ((r = agated_bundle_check_url(value, err, errcap)) < 0)
			return r;
		return set_str(&c->bundle_url, value);
	}
	if (!strcmp(key, "bundle-pubkey"))
		return set_str(&c->bundle_pubkey, value);
	if (!strcmp(key, "bundle-poll"))
		return set_uint(&c->bundle_poll_s, key, value, 1, 86400, err, errcap);
	if (strcmp(key, "host-id") && strcmp(key, "audit-sink"))
		return cfg_fail(err, errcap, "unknown setting '%s'", key);
	if (!strcmp(key, "host-id")) {
		if (!*value || strlen(value) > 255 || strpbrk(value, " \t\r\n"))
			return cfg_fail(err, errcap, "host-id: expected 1 to 255 characters "
					"without spaces, found '%.64s'", value);
		return set_str(&c->host_id, value);
	}
	if ((r = agated_pgsink_check(value, err, errcap)) < 0)
		return r;
	if (from_cli && !c->sinks_from_cli) {
		for (size_t i = 0; i < c->naudit_sinks; i++)
			free(c->audit_sinks[i]);
		c->naudit_sinks = 0;
		c->sinks_from_cli = true;
	}
	if (c->naudit_sinks >= 16)
		return cfg_fail(err, errcap, "audit-sink: at most 16");
	n = realloc(c->audit_sinks, (c->naudit_sinks + 1) * sizeof(*n));
	if (!n)
		return -ENOMEM;
	c->audit_sinks = n;
	if (!(c->audit_sinks[c->naudit_sinks] = strdup(value)))
		return -ENOMEM;
	c->naudit_sinks++;
	return 0;
}

/* Memory settings, in bytes: at least one frame's worth of work fits. */
#define MEM_MIN (64u * 1024u)
#define MEM_MAX (1ull << 40)

/* The review webhook (daemon/notify.h); "" or "none" turns it off. */
static int set_review_webhook(agated_config *c, const char *value, char *err,
			      size_t errcap)
{
	const char *why;

	if (!*value || !strcmp(value, "none")) {
		free(c->review_webhook);
		c->review_webhook = NULL;
		return 0;
	}
	if ((why = agated_notify_url_problem(value)))
		return cfg_fail(err, errcap, "review-webhook: %s", why);
	return set_str(&c->review_webhook, value);
}

/* The numeric settings: where each is kept and its bounds. A table, so
 * that a new bound is one line and agated_config_set stays one screen. */
enum numeric_kind { NUM_UINT, NUM_U32, NUM_SIZE, NUM_BYTES };

static const struct numeric_setting {
	const char *key;
	size_t offset;
	enum numeric_kind kind;
	uint64_t min, max;
} numeric_settings[] = {
	{ "max-frame", offsetof(agated_config, max_frame), NUM_U32, 64, 64u * 1024 * 1024 },
	{ "max-depth", offsetof(agated_config, max_depth), NUM_UINT, 2, 128 },
	{ "review-timeout", offsetof(agated_config, review_timeout_s), NUM_UINT, 1, 7 * 86400 },
	{ "grant-ttl", offsetof(agated_config, grant_ttl_s), NUM_UINT, 1, 7 * 86400 },
	{ "max-grants", offsetof(agated_config, max_grants), NUM_SIZE, 1, 100000000 },
	{ "max-connections", offsetof(agated_config, max_conns), NUM_UINT, 1, 1000000 },
	{ "max-connections-per-uid", offsetof(agated_config, max_conns_per_uid), NUM_UINT, 1, 1000000 },
	{ "admin-connections", offsetof(agated_config, admin_conns), NUM_UINT, 0, 1000000 },
	{ "max-inflight", offsetof(agated_config, max_inflight), NUM_UINT, 1, 1000000 },
	{ "max-memory", offsetof(agated_config, max_memory), NUM_BYTES, MEM_MIN, MEM_MAX },
	{ "max-memory-per-uid", offsetof(agated_config, max_memory_per_uid), NUM_BYTES, MEM_MIN, MEM_MAX },
	{ "max-memory-per-connection", offsetof(agated_config, max_memory_per_conn), NUM_BYTES, 4096, MEM_MAX },
	{ "session-idle", offsetof(agated_config, session_idle_s), NUM_UINT, 1, 30u * 86400 },
	{ "read-timeout", offsetof(agated_config, read_timeout_s), NUM_UINT, 1, 86400 },
	{ "idle-timeout", offsetof(agated_config, idle_timeout_s), NUM_UINT, 1, 30u * 86400 },
	{ "write-timeout", offsetof(agated_config, write_timeout_s), NUM_UINT, 1, 86400 },
	{ "audit-flush-ms", offsetof(agated_config, audit_flush_ms), NUM_UINT, 1, 60000 },
	/* the audit log's bounds (daemon/audit.h) */
	{ "audit-window", offsetof(agated_config, audit_window), NUM_UINT, 1, 1000000 },
	{ "audit-queue", offsetof(agated_config, audit_queue_max), NUM_SIZE, 1, 100000000 },
	{ "max-sessions", offsetof(agated_config, max_sessions), NUM_SIZE, 1, 100000000 },
	{ "max-sessions-per-uid", offsetof(agated_config, max_sessions_per_uid), NUM_SIZE, 1, 100000000 },
	{ "max-reviews", offsetof(agated_config, max_reviews), NUM_SIZE, 1, 100000000 },
};

/* 1 when key is not a numeric setting; else 0 or a negative errno. */
static int set_numeric(agated_config *c, const char *key, const char *value,
		       char *err, size_t errcap)
{
	for (size_t i = 0; i < sizeof(numeric_settings) / sizeof(numeric_settings[0]); i++) {
		const struct numeric_setting *ns = &numeric_settings[i];
		char *at = (char *)c + ns->offset;
		unsigned u = 0;
		int r;

		if (strcmp(key, ns->key))
			continue;
		if (ns->kind == NUM_BYTES)
			return set_size((size_t *)(void *)at, key, value, ns->min, ns->max, err, errcap);
		r = set_uint(&u, key, value, ns->min, ns->max, err, errcap);
		if (r)
			return r;
		if (ns->kind == NUM_UINT)
			*(unsigned *)(void *)at = u;
		else if (ns->kind == NUM_U32)
			*(uint32_t *)(void *)at = u;
		else
			*(size_t *)(void *)at = u;
		return 0;
	}
	return 1;
}

/* The settings about rule versions: rules-label and watch-rules.
 * Returns 0, a negative errno, or 1 when key is none of them. */
static int set_rule_version(agated_config *c, const char *key, const char *value,
			    char *err, size_t errcap)
{
	if (!strcmp(key, "rules-label")) {
		if (!agated_config_label_ok(value))
			return cfg_fail(err, errcap, "rules-label: 1 to %d printable characters, found '%s'",
					AGATED_LABEL_MAX, value);
		return set_str(&c->rules_label, value);
	}
	if (!strcmp(key, "watch-rules")) {
		if (!strcmp(value, "yes") || !strcmp(value, "on"))
			c->watch_rules = true;
		else if (!strcmp(value, "no") || !strcmp(value, "off"))
			c->watch_rules = false;
		else
			return cfg_fail(err, errcap, "watch-rules: expected yes or no, found '%s'", value);
		return 0;
	}
	return 1;
}

int agated_config_set(agated_config *c, const char *key, const char *value,
		      bool from_cli, char *err, size_t errcap)
{
	int r;

	if (!value)
		return cfg_fail(err, errcap, "%s: missing value", key);
	if (!strcmp(key, "socket"))
		return set_str(&c->socket_path, value);
	if (!strcmp(key, "db"))
		return set_str(&c->db_path, value);
	if (!strcmp(key, "frames"))
		return set_str(&c->frames, value);
	if (!strcmp(key, "rules")) {
		char **n;
		if (from_cli && !c->rules_from_cli) {
			/* the command line's list replaces the file's */
			for (size_t i = 0; i < c->nrules; i++)
				free(c->rules[i]);
			c->nrules = 0;
			c->rules_from_cli = true;
		}
		if (c->nrules >= 4096)
			return cfg_fail(err, errcap, "rules: too many paths");
		n = realloc(c->rules, (c->nrules + 1) * sizeof(*n));
		if (!n)
			return -ENOMEM;
		c->rules = n;
		c->rules[c->nrules] = strdup(value);
		if (!c->rules[c->nrules])
			return -ENOMEM;
		c->nrules++;
		return 0;
	}
	if (!strcmp(key, "admin-uid")) {
		uint64_t n;
		uint32_t *a;
		if (parse_u64(value, UINT32_MAX - 1, &n))
			return cfg_fail(err, errcap, "admin-uid: expected a uid, found '%s'", value);
		if (from_cli && !c->admin_from_cli) {
			c->nadmin = 0;
			c->admin_from_cli = true;
		}
		if (c->nadmin >= 1024)
			return cfg_fail(err, errcap, "admin-uid: too many uids");
		a = realloc(c->admin_uids, (c->nadmin + 1) * sizeof(*a));
		if (!a)
			return -ENOMEM;
		c->admin_uids = a;
		c->admin_uids[c->nadmin++] = (uint32_t)n;
		return 0;
	}
	if (!strcmp(key, "audit")) {
		if (!strcmp(value, "sync"))
			c->audit_mode = AGATE_AUDIT_SYNC;
		else if (!strcmp(value, "async"))
			c->audit_mode = AGATE_AUDIT_ASYNC;
		else
			return cfg_fail(err, errcap, "audit: expected sync or async, found '%s'", value);
		return 0;
	}
	if ((r = set_numeric(c, key, value, err, errcap)) != 1)
		return r;
	if (!strcmp(key, "audit-group")) {
		if (!*value || strlen(value) > 256)
			return cfg_fail(err, errcap, "audit-group: expected a group name or number");
		return set_str(&c->audit_group, value);
	}
	if (!strcmp(key, "review-webhook"))
		return set_review_webhook(c, value, err, errcap);
	if ((r = set_retention(c, key, value, err, errcap)) != 1)
		return r;
	if (!strcmp(key, "audit-sink") || !strcmp(key, "host-id") || !strncmp(key, "bundle-", 7))
		return set_fleet(c, key, value, from_cli, err, errcap);
	if (!strcmp(key, "drift")) {
		if (!strcmp(value, "on"))
			c->drift_enabled = true;
		else if (!strcmp(value, "off"))
			c->drift_enabled = false;
		else
			return cfg_fail(err, errcap, "drift: expected on or off, found '%s'", value);
		return 0;
	}
	if ((r = set_rule_version(c, key, value, err, errcap)) <= 0)
		return r;
	if (!strcmp(key, "log-level")) {
		if (agated_log_parse_level(value, &c->log_level))
			return cfg_fail(err, errcap, "log-level: expected debug, info, warn or error, found '%s'", value);
		return 0;
	}
	return cfg_fail(err, errcap, "unknown setting '%s'", key);
}

bool agated_config_label_ok(const char *s)
{
	size_t n = 0;

	if (!s || !*s)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++, n++)
		if (*p < 0x20 || *p == 0x7f || n >= AGATED_LABEL_MAX)
			return false;
	return true;
}

int agated_config_load_file(agated_config *c, const char *path, char *err,
			    size_t errcap)
{
	FILE *f = fopen(path, "re");
	char line[4096];
	unsigned lineno = 0;
	int r = 0;

	if (!f) {
		r = -errno;
		cfg_fail(err, errcap, "%s: %s", path, strerror(errno));
		return r;
	}
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *key, *val, *end;
		char sub[512];

		lineno++;
		if (!strchr(line, '\n') && !feof(f)) {
			r = cfg_fail(err, errcap, "%s:%u: line too long", path, lineno);
			goto out;
		}
		if ((end = strchr(p, '#')))
			*end = '\0';
		while (isspace((unsigned char)*p))
			p++;
		end = p + strlen(p);
		while (end > p && isspace((unsigned char)end[-1]))
			*--end = '\0';
		if (!*p)
			continue;
		key = p;
		while (*p && !isspace((unsigned char)*p) && *p != '=')
			p++;
		if (*p)
			*p++ = '\0';
		while (isspace((unsigned char)*p) || *p == '=')
			p++;
		val = p;
		if (*val == '"' && end > val + 1 && end[-1] == '"') {
			val++;
			end[-1] = '\0';
		}
		if (!*val) {
			r = cfg_fail(err, errcap, "%s:%u: %s: missing value", path,
				     lineno, key);
			goto out;
		}
		if (!strcmp(key, "config")) {
			r = cfg_fail(err, errcap, "%s:%u: config files do not nest", path, lineno);
			goto out;
		}
		r = agated_config_set(c, key, val, false, sub, sizeof(sub));
		if (r) {
			cfg_fail(err, errcap, "%s:%u: %s", path, lineno,
				 r == -ENOMEM ? "out of memory" : sub);
			goto out;
		}
	}
	if (ferror(f))
		r = cfg_fail(err, errcap, "%s: read error", path);
out:
	fclose(f);
	return r;
}

void agated_config_usage(FILE *out)
{
	fprintf(out,
		"usage: agated [options]\n"
		"       agated --check [--rules PATH ...]\n"
		"\n"
		"  --socket PATH          Unix socket to listen on\n"
		"  --db PATH              audit database (SQLite)\n"
		"  --rules PATH           rule file or folder (repeatable)\n"
		"  --frames PATH          lexicon folder for the drift cascade, or 'none'\n"
		"  --audit sync|async     reply after the audit row is committed (sync, default)\n"
		"                         or as soon as it is queued (async)\n"
		"  --max-frame N          largest request payload in bytes (default %u)\n"
		"  --config FILE          read settings from FILE (command line wins)\n"
		"  --admin-uid UID        allow admin ops from UID (repeatable; root and\n"
		"                         the daemon's own uid always may)\n"
		"  --review-timeout SECS  block a held call after SECS (default 300)\n"
		"  --log-level LEVEL      debug, info, warn or error (default info)\n"
		"  --foreground           stay in the foreground (agated never forks)\n"
		"  --check                validate the rule files and lexicons, print every error, exit\n"
		"  --rules-label TEXT     label of the rule set (e.g. a git commit), in every audit row\n"
		"  --watch-rules [yes|no] reload when a rule or frame file changes\n"
		"  --help, --version\n"
		"\nFurther settings (config file or --NAME VALUE): max-depth,\n"
		"max-connections, max-connections-per-uid, admin-connections, max-inflight,\n"
		"max-memory, max-memory-per-uid, max-memory-per-connection, max-sessions,\n"
		"max-sessions-per-uid, session-idle, read-timeout, write-timeout, idle-timeout,\n"
		"max-reviews, grant-ttl, max-grants, audit-queue, audit-flush-ms, audit-window,\n"
		"audit-group, audit-retain-days, audit-max-size, review-webhook URL,\n"
		"audit-sink, host-id, bundle-url, bundle-pubkey, bundle-poll,\n"
		"drift on|off. See agated(8) and docs/operations.md.\n",
		AGATE_FRAME_MAX_DEFAULT);
}

enum { OPT_SETTING = 1000 };

/* Whether argv[i] is the value of a --watch-rules given without '=' (the
 * only setting whose value may be left out). */
static bool watch_value(int argc, char **argv, int i)
{
	return i < argc && (!strcmp(argv[i], "yes") || !strcmp(argv[i], "no"));
}

int agated_config_parse_args(agated_config *c, int argc, char **argv,
			     char *err, size_t errcap)
{
	static const char *const settings[] = {
		"socket", "db", "rules", "frames", "audit", "max-frame",
		"admin-uid", "review-timeout", "log-level", "max-depth",
		"max-connections", "max-connections-per-uid", "admin-connections",
		"max-inflight", "max-memory", "max-memory-per-uid",
		"max-memory-per-connection", "max-sessions", "max-sessions-per-uid",
		"session-idle", "read-timeout", "write-timeout", "idle-timeout",
		"max-reviews", "audit-queue", "audit-flush-ms", "drift",
		"grant-ttl", "max-grants", "audit-window", "audit-group",
		"review-webhook",
		"audit-retain-days", "audit-max-size",
		"rules-label", "watch-rules",
		"audit-sink", "host-id", "bundle-url", "bundle-pubkey", "bundle-poll",
	};
	enum { NSET = sizeof(settings) / sizeof(settings[0]) };
	struct option opts[NSET + 7];
	int idx, ch, r;
	size_t n = 0;

	for (size_t i = 0; i < NSET; i++)
		opts[n++] = (struct option){ settings[i],
					     /* --watch-rules alone means yes */
					     strcmp(settings[i], "watch-rules") == 0 ?
						     optional_argument : required_argument,
					     NULL, OPT_SETTING + (int)i };
	opts[n++] = (struct option){ "config", required_argument, NULL, 'c' };
	opts[n++] = (struct option){ "foreground", no_argument, NULL, 'f' };
	opts[n++] = (struct option){ "check", no_argument, NULL, 'C' };
	opts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	opts[n++] = (struct option){ "version", no_argument, NULL, 'V' };
	opts[n++] = (struct option){ NULL, 0, NULL, 0 };

	/* first pass: only --config, so that the command line wins. No
	 * permutation ("+"): a word after --watch-rules is its value only
	 * where it stands, and any other word ends the options. */
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+:fh", opts, &idx)) != -1) {
		if (ch == 'c') {
			r = set_str(&c->config_file, optarg);
			if (r)
				return r;
		} else if (ch >= OPT_SETTING && !optarg && watch_value(argc, argv, optind)) {
			optind++;
		}
	}
	if (c->config_file) {
		r = agated_config_load_file(c, c->config_file, err, errcap);
		if (r)
			return r;
	}
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+:fh", opts, &idx)) != -1) {
		switch (ch) {
		case 'c':
			break;
		case 'f':
			c->foreground = true;
			break;
		case 'C':
			c->check_only = true;
			break;
		case 'h':
			c->help = true;
			break;
		case 'V':
			c->version = true;
			break;
		case ':':
			return cfg_fail(err, errcap, "%s: missing value", argv[optind - 1]);
		case '?':
			return cfg_fail(err, errcap, "unknown option '%s'", argv[optind - 1]);
		default:
			if (ch >= OPT_SETTING && ch < OPT_SETTING + (int)NSET) {
				char sub[512];
				const char *value = optarg;
				/* --watch-rules no: the one optional value may also
				 * come as the next word, as every other value does */
				if (!value && watch_value(argc, argv, optind))
					value = argv[optind++];
				r = agated_config_set(c, settings[ch - OPT_SETTING],
						      value ? value : "yes", true, sub, sizeof(sub));
				if (r == -ENOMEM)
					return r;
				if (r)
					return cfg_fail(err, errcap, "--%s", sub);
			}
			break;
		}
	}
	if (optind < argc)
		return cfg_fail(err, errcap, "unexpected argument '%s'", argv[optind]);
	return 0;
}

static bool is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int agated_config_finish(agated_config *c, char *err, size_t errcap)
{
	bool need_run_dir = false;
	int r;

	if (c->nrules == 0) {
		r = agated_config_set(c, "rules", AGATE_SOURCE_PACKS "/default",
				      false, err, errcap);
		if (r)
			return r;
	}
	if (!c->frames && (r = set_str(&c->frames, AGATE_SOURCE_FRAMES)))
		return r;
	if (!c->socket_path) {
		if ((r = set_str(&c->socket_path, RUN_DIR "/agated.sock")))
			return r;
		need_run_dir = true;
	}
	if (!c->db_path) {
		if ((r = set_str(&c->db_path, RUN_DIR "/audit.db")))
			return r;
		need_run_dir = true;
	}
	if (need_run_dir && !c->check_only && !is_dir(RUN_DIR) &&
	    mkdir(RUN_DIR, 0750) != 0 && errno != EEXIST) {
		r = -errno;
		cfg_fail(err, errcap, "cannot create ./%s: %s", RUN_DIR, strerror(errno));
		return r;
	}
	return 0;
}

size_t agated_config_uid_memory(const agated_config *c)
{
	return c->max_memory_per_uid ? c->max_memory_per_uid : c->max_memory / 4;
}

bool agated_config_is_admin(const agated_config *c, uint32_t uid, uint32_t self_uid)
{
	if (uid == 0 || uid == self_uid)
		return true;
	for (size_t i = 0; i < c->nadmin; i++)
		if (c->admin_uids[i] == uid)
			return true;
	return false;
}

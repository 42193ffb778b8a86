/* cmd_audit_pg.c - `agatectl audit verify|query --pg CONNINFO`: the audit
 * commands asked of the central PostgreSQL store (schema/pgaudit.h)
 * rather than of one host's SQLite file. */
#include "cmd_audit_pg.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <libpq-fe.h>

#include "client/agatectl.h"
#include "schema/pgaudit.h"

enum { EXIT_OK = 0, EXIT_BROKEN = 1, EXIT_USAGE = 2, EXIT_FAIL = 3 };

bool agatectl_audit_wants_pg(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			return false;
		if (!strcmp(argv[i], "--pg") || !strncmp(argv[i], "--pg=", 5))
			return true;
	}
	return false;
}

static PGconn *pg_open(const char *conninfo)
{
	const char *keys[] = { "connect_timeout", "application_name", "dbname", NULL };
	const char *vals[] = { "10", "agatectl", conninfo, NULL };
	PGconn *pg = PQconnectdbParams(keys, vals, 1);

	if (!pg || PQstatus(pg) != CONNECTION_OK) {
		const char *m = pg ? PQerrorMessage(pg) : "out of memory";

		agatectl_audit_err("--pg: cannot connect: %.*s", (int)strcspn(m, "\n"), m);
		PQfinish(pg);
		return NULL;
	}
	return pg;
}

/* ---- verify ------------------------------------------------------------- */

static const char *const fault_names[] = {
	[AGATE_PGAUDIT_EDITED] = "edited",
	[AGATE_PGAUDIT_MISSING] = "missing",
	[AGATE_PGAUDIT_UNLINKED] = "unlinked",
	[AGATE_PGAUDIT_DUPLICATE] = "duplicate",
	[AGATE_PGAUDIT_REPORT] = "report",
};

typedef struct vctx {
	bool quiet;
	uint64_t hosts;
} vctx;

static void on_fault(void *ud, const char *host, uint64_t id, agate_pgaudit_fault kind,
		     const char *message)
{
	(void)ud;
	printf("host %s row %" PRIu64 ": %s: %s\n", host, id, fault_names[kind], message);
}

static void on_host(void *ud, const agate_pgaudit_host_result *r)
{
	vctx *v = ud;

	v->hosts++;
	if (v->quiet && !r->faults)
		return;
	printf("host %s: %" PRIu64 " rows (ids %" PRIu64 "..%" PRIu64 "), reported head %" PRIu64
	       ", local head %" PRIu64 " (%" PRIu64 " not shipped)", r->host, r->rows, r->first_id,
	       r->last_id, r->reported_id, r->local_head_id,
	       r->local_head_id > r->reported_id ? r->local_head_id - r->reported_id : 0);
	if (r->gaps)
		printf(", %" PRIu64 " restart gaps (%" PRIu64 " ids)", r->gaps, r->gap_ids);
	if (r->faults)
		printf(": BROKEN, %" PRIu64 " fault%s\n", r->faults, r->faults == 1 ? "" : "s");
	else
		printf(": intact, head %.16s\n", r->head);
}

static void verify_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit verify --pg CONNINFO [--host H] [--max-faults N] [--quiet]\n"
		"\n"
		"Walk every host's hash chain in the central PostgreSQL store, recomputing\n"
		"each row's hash, and compare its end with what the host reported. Names\n"
		"each missing, edited, unlinked (forged, reordered) or duplicated row with\n"
		"its host and id. Exit 1 when any chain is broken.\n"
		"\n"
		"  --pg CONNINFO      the central database (libpq key=value or URI)\n"
		"  --host H           this host only\n"
		"  --max-faults N     faults named per host (default 20; all are counted)\n"
		"  --quiet            print only broken hosts and their faults\n");
}

static int pg_verify(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pg", required_argument, NULL, 'p' },
		{ "host", required_argument, NULL, 'H' },
		{ "max-faults", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL, *host = NULL;
	unsigned long maxf = 0;
	vctx v = { 0 };
	char err[512] = "", *end;
	uint64_t faults = 0;
	PGconn *pg;
	int c, rc;

	while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
		switch (c) {
		case 'p': conninfo = optarg; break;
		case 'H': host = optarg; break;
		case 'm':
			errno = 0;
			maxf = strtoul(optarg, &end, 10);
			if (errno || !*optarg || *end || maxf == 0 || maxf > 1000000) {
				agatectl_audit_err("--max-faults: expected 1 to 1000000, not '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q': v.quiet = true; break;
		case 'h': verify_help(stdout); return EXIT_OK;
		default: verify_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc || !conninfo || !*conninfo) {
		verify_help(stderr);
		return EXIT_USAGE;
	}
	if (!(pg = pg_open(conninfo)))
		return EXIT_FAIL;
	rc = agate_pgaudit_verify(pg, host, (unsigned)maxf, on_fault, on_host, &v, &faults,
				  err, sizeof err);
	PQfinish(pg);
	if (rc < 0) {
		agatectl_audit_err("verify --pg: %s", err[0] ? err : strerror(-rc));
		return rc == -EINVAL ? EXIT_USAGE : EXIT_FAIL;
	}
	printf("%" PRIu64 " host%s checked, %" PRIu64 " fault%s\n", v.hosts, v.hosts == 1 ? "" : "s",
	       faults, faults == 1 ? "" : "s");
	return faults ? EXIT_BROKEN : EXIT_OK;
}

/* ---- query -------------------------------------------------------------- */

static void query_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit query --pg CONNINFO [--host H] [FILTERS] [--format F]\n"
		"\n"
		"The verdicts of every host (or of --host H) in the central store that\n"
		"match every filter, oldest first, each with its host. FILTERS as for the\n"
		"local query: --agent, --session, --tool, --verdict, --rule, --uid,\n"
		"--since, --until, --after-id (ids are per host: use with --host),\n"
		"--limit, --newest, --shadow (rows where a shadow rule matched). --format\n"
		"table (default), jsonl or csv; --json. Every row carries its shadow and\n"
		"rules_label columns.\n");
}

enum {
	Q_AGENT = 256, Q_SESSION, Q_TOOL, Q_VERDICT, Q_RULE, Q_UID, Q_SINCE, Q_UNTIL,
	Q_AFTER, Q_LIMIT, Q_NEWEST, Q_SHADOW, Q_FORMAT,
};

static int64_t pg_now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static bool num_arg(const char *opt, const char *s, int64_t min, int64_t *out)
{
	char *end;

	errno = 0;
	*out = strtoll(s, &end, 10);
	if (errno || !*s || *end || *out < min) {
		agatectl_audit_err("%s: expected a number, not '%s'", opt, s);
		return false;
	}
	return true;
}

static bool time_arg(const char *opt, const char *s, int64_t *ms)
{
	if (agate_auditdb_parse_time(s, pg_now_ms(), ms) == 0)
		return true;
	agatectl_audit_err("%s: cannot read '%s' as a time", opt, s);
	return false;
}

/* One filter option into f; false on a bad value. */
static bool filter_opt(int c, const char *arg, agate_auditdb_filter *f, agate_auditdb_format *fmt)
{
	int64_t n;

	switch (c) {
	case Q_AGENT: f->agent = arg; return true;
	case Q_SESSION: f->session = arg; return true;
	case Q_TOOL: f->tool = arg; return true;
	case Q_VERDICT:
		if (strcmp(arg, "allow") && strcmp(arg, "block") && strcmp(arg, "review")) {
			agatectl_audit_err("--verdict: expected allow, block or review, not '%s'", arg);
			return false;
		}
		f->verdict = arg;
		return true;
	case Q_RULE: f->rule = arg[0] == '@' ? arg + 1 : arg; return true;
	case Q_UID: f->has_uid = true; return num_arg("--uid", arg, INT64_MIN, &f->uid);
	case Q_SINCE: f->has_since = true; return time_arg("--since", arg, &f->since_ms);
	case Q_UNTIL: f->has_until = true; return time_arg("--until", arg, &f->until_ms);
	case Q_AFTER:
		if (!num_arg("--after-id", arg, 0, &n))
			return false;
		f->after_id = (uint64_t)n;
		return true;
	case Q_LIMIT:
		if (!num_arg("--limit", arg, 1, &n))
			return false;
		f->limit = (uint64_t)n;
		return true;
	case Q_NEWEST: f->newest_first = true; return true;
	case Q_SHADOW: f->shadow = true; return true;
	case Q_FORMAT:
		if (!strcmp(arg, "table")) *fmt = AGATE_AUDITDB_TABLE;
		else if (!strcmp(arg, "jsonl") || !strcmp(arg, "json")) *fmt = AGATE_AUDITDB_JSONL;
		else if (!strcmp(arg, "csv")) *fmt = AGATE_AUDITDB_CSV;
		else {
			agatectl_audit_err("--format: expected table, jsonl or csv, not '%s'", arg);
			return false;
		}
		return true;
	default:
		return false;
	}
}

static int pg_query(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pg", required_argument, NULL, 'p' },
		{ "host", required_argument, NULL, 'H' },
		{ "agent", required_argument, NULL, Q_AGENT },
		{ "session", required_argument, NULL, Q_SESSION },
		{ "tool", required_argument, NULL, Q_TOOL },
		{ "verdict", required_argument, NULL, Q_VERDICT },
		{ "rule", required_argument, NULL, Q_RULE },
		{ "uid", required_argument, NULL, Q_UID },
		{ "since", required_argument, NULL, Q_SINCE },
		{ "until", required_argument, NULL, Q_UNTIL },
		{ "after-id", required_argument, NULL, Q_AFTER },
		{ "limit", required_argument, NULL, Q_LIMIT },
		{ "newest", no_argument, NULL, Q_NEWEST },
		{ "shadow", no_argument, NULL, Q_SHADOW },
		{ "format", required_argument, NULL, Q_FORMAT },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL, *host = NULL;
	agate_auditdb_filter f = { 0 };
	agate_auditdb_format fmt = AGATE_AUDITDB_TABLE;
	char err[512] = "";
	uint64_t n = 0;
	PGconn *pg;
	int c, rc;

	while ((c = getopt_long(argc, argv, "jh", opts, NULL)) != -1) {
		if (c == 'p')
			conninfo = optarg;
		else if (c == 'H')
			host = optarg;
		else if (c == 'j')
			fmt = AGATE_AUDITDB_JSONL;
		else if (c == 'h') {
			query_help(stdout);
			return EXIT_OK;
		} else if (c >= Q_AGENT && c <= Q_FORMAT) {
			if (!filter_opt(c, optarg, &f, &fmt))
				return EXIT_USAGE;
		} else {
			query_help(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc || !conninfo || !*conninfo) {
		query_help(stderr);
		return EXIT_USAGE;
	}
	if (!(pg = pg_open(conninfo)))
		return EXIT_FAIL;
	rc = agate_pgaudit_query(pg, host, &f, fmt, stdout, &n, err, sizeof err);
	PQfinish(pg);
	if (rc < 0) {
		agatectl_audit_err("query --pg: %s", err);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

/* ---- migrate ------------------------------------------------------------ */

#define MIGRATE_USAGE                                                              \
	"usage: agatectl audit migrate --pg CONNINFO\n"                              \
	"\n"                                                                       \
	"Create the central schema `agate`, or upgrade it to this build's version\n" \
	"(%d), as the role given; run it with the schema owner's role.\n"

/* The central schema created or upgraded by the operator, with the
 * owner's role, before the hosts' restricted role meets a newer build. */
static int pg_migrate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pg", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL;
	char err[768] = "";
	PGconn *pg;
	int c, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'p') {
			conninfo = optarg;
		} else {
			fprintf(c == 'h' ? stdout : stderr, MIGRATE_USAGE, AGATE_PGAUDIT_SCHEMA_VERSION);
			return c == 'h' ? EXIT_OK : EXIT_USAGE;
		}
	}
	if (optind < argc || !conninfo || !*conninfo) {
		fprintf(stderr, MIGRATE_USAGE, AGATE_PGAUDIT_SCHEMA_VERSION);
		return EXIT_USAGE;
	}
	if (!(pg = pg_open(conninfo)))
		return EXIT_FAIL;
	rc = agate_pgaudit_migrate(pg, err, sizeof err);
	PQfinish(pg);
	if (rc < 0) {
		agatectl_audit_err("migrate --pg: %s", err[0] ? err : strerror(-rc));
		return EXIT_FAIL;
	}
	printf("central schema at version %d\n", AGATE_PGAUDIT_SCHEMA_VERSION);
	return EXIT_OK;
}

int agatectl_audit_pg_main(const char *sub, int argc, char **argv)
{
	if (!strcmp(sub, "migrate"))
		return pg_migrate(argc, argv);
	if (!strcmp(sub, "verify"))
		return pg_verify(argc, argv);
	if (!strcmp(sub, "query"))
		return pg_query(argc, argv);
	agatectl_audit_err("%s: --pg is for verify, query and migrate", sub);
	return EXIT_USAGE;
}

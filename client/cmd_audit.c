/* cmd_audit.c - `agatectl audit verify|query|export|prune`: the auditor's
 * side of the audit log. Works on the database file directly, with or
 * without a running agated (WAL lets readers and the writer coexist). */
#include "cmd_audit.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "schema/auditdb.h"

enum { EXIT_OK = 0, EXIT_BROKEN = 1, EXIT_USAGE = 2, EXIT_FAIL = 3 };

#define DB_HELP \
	"  --db PATH          the audit database (default: $AGATE_DB, else\n" \
	"                     ./agate-run/audit.db)\n"

static void say_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say_err(const char *fmt, ...)
{
	va_list ap;

	fputs("agatectl audit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int64_t now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

static const char *default_db(void)
{
	const char *e = getenv("AGATE_DB");

	return e && *e ? e : "./agate-run/audit.db";
}

static int open_db(const char *path, bool write, agate_auditdb **db)
{
	char err[512] = "";
	int rc = agate_auditdb_open(path, write ? 0 : AGATE_AUDITDB_READONLY, db, err, sizeof err);

	if (rc == -ENOENT && !write)
		say_err("no audit database at %s (use --db PATH)", path);
	else if (rc < 0)
		say_err("%s", err[0] ? err : strerror(-rc));
	return rc;
}

static bool parse_u64(const char *s, uint64_t *out)
{
	char *end;

	if (!s || !*s || *s == '-')
		return false;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return !errno && !*end;
}

static bool parse_when(const char *opt, const char *s, int64_t *ms)
{
	if (agate_auditdb_parse_time(s, now_ms(), ms) == 0)
		return true;
	say_err("%s: cannot read '%s' as a time (2025-03-01, 2025-03-01T12:00:00Z, "
		"@UNIXSECONDS or an age such as 12h, 30d)", opt, s);
	return false;
}

/* ---- verify ------------------------------------------------------------- */

static void verify_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit verify [--db PATH] [--json] [--quiet]\n"
		"\n"
		"Walk the hash chain of the audit log and name the first row that was\n"
		"changed, deleted or inserted. Exit 0 when the chain is intact, 1 when\n"
		"it is not, 3 when the database cannot be read. Safe while agated runs\n"
		"(it checks one consistent snapshot).\n"
		"\n"
		DB_HELP
		"  --json             one JSON object with the result\n"
		"  -q, --quiet        print nothing; the exit status says it\n");
}

static const char *problem_name(agate_auditdb_problem p)
{
	switch (p) {
	case AGATE_AUDITDB_OK: return "ok";
	case AGATE_AUDITDB_CHANGED: return "changed";
	case AGATE_AUDITDB_DELETED: return "deleted";
	case AGATE_AUDITDB_INSERTED: return "inserted";
	case AGATE_AUDITDB_HEAD: return "head";
	}
	return "unknown";
}

static void json_escaped(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static int cmd_verify(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db();
	bool json = false, quiet = false;
	agate_auditdb *db;
	agate_auditdb_verify_result res;
	int c, rc;

	while ((c = getopt_long(argc, argv, "d:jqh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'j': json = true; break;
		case 'q': quiet = true; break;
		case 'h': verify_help(stdout); return EXIT_OK;
		default: verify_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		say_err("verify: unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	if (open_db(path, false, &db) < 0)
		return EXIT_FAIL;
	rc = agate_auditdb_verify(db, &res);
	agate_auditdb_close(db);
	if (rc < 0) {
		say_err("verify: %s: %s", path, res.message[0] ? res.message : strerror(-rc));
		return EXIT_FAIL;
	}
	if (json) {
		printf("{\"ok\":%s,\"problem\":\"%s\",\"rows\":%" PRIu64 ",\"first_id\":%" PRIu64
		       ",\"last_id\":%" PRIu64 ",\"head\":\"%s\",\"checkpoint\":%s,\"pruned\":%" PRIu64,
		       res.problem == AGATE_AUDITDB_OK ? "true" : "false", problem_name(res.problem),
		       res.rows, res.first_id, res.last_id, res.head,
		       res.checkpoint ? "true" : "false", res.pruned);
		if (res.problem != AGATE_AUDITDB_OK) {
			printf(",\"bad_id\":%" PRIu64 ",\"message\":", res.bad_id);
			json_escaped(stdout, res.message);
		}
		printf("}\n");
	} else if (!quiet) {
		if (res.problem == AGATE_AUDITDB_OK) {
			printf("ok: %" PRIu64 " rows", res.rows);
			if (res.rows)
				printf(" (ids %" PRIu64 "..%" PRIu64 ")", res.first_id, res.last_id);
			if (res.checkpoint)
				printf(", starting at a checkpoint for %" PRIu64 " pruned rows", res.pruned);
			printf("\nchain head: %s\n", res.head);
		} else {
			printf("FAILED: %s\n", res.message);
			printf("intact before row %" PRIu64 " (%" PRIu64 " rows checked)\n",
			       res.bad_id, res.rows);
		}
	}
	return res.problem == AGATE_AUDITDB_OK ? EXIT_OK : EXIT_BROKEN;
}

/* ---- query and export --------------------------------------------------- */

static void query_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit query [--db PATH] [FILTERS] [--format table|jsonl|csv]\n"
		"\n"
		"Print the verdicts matching every filter given, oldest first.\n"
		"\n"
		DB_HELP
		"  --agent NAME       rows of this agent\n"
		"  --session ID       rows of this session\n"
		"  --tool NAME        rows for this tool (exact name)\n"
		"  --verdict V        allow, block or review\n"
		"  --rule NAME        rows decided by this rule (without the @)\n"
		"  --uid UID          rows from this peer uid\n"
		"  --since TIME       at or after TIME\n"
		"  --until TIME       before TIME\n"
		"  --after-id N       rows with id above N\n"
		"  --limit N          at most N rows\n"
		"  --newest           newest first (with --limit: the last N rows)\n"
		"  --format F         table (default), jsonl (every column) or csv\n"
		"  --json             same as --format jsonl\n"
		"\n"
		"TIME: 2025-03-01, 2025-03-01T12:00:00Z, 2025-03-01T14:00+02:00 (no zone\n"
		"means UTC), @UNIXSECONDS, or an age: 90s, 15m, 12h, 30d.\n");
}

static void export_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit export [--db PATH] [--since TIME] [--after-id N]\n"
		"                             [--output FILE]\n"
		"\n"
		"Write every row (all columns, with prev_hash and hash) as JSON lines,\n"
		"oldest first, for a central store. For an incremental export pass the\n"
		"last id you exported as --after-id; the last id written is printed on\n"
		"stderr. The export keeps the chain: the rows can be verified again\n"
		"from it (docs/audit.md).\n"
		"\n"
		DB_HELP
		"  --since TIME       rows at or after TIME\n"
		"  --after-id N       rows with id above N\n"
		"  -o, --output FILE  write to FILE instead of standard output\n");
}

enum {
	OPT_AGENT = 256, OPT_SESSION, OPT_TOOL, OPT_VERDICT, OPT_RULE, OPT_UID,
	OPT_SINCE, OPT_UNTIL, OPT_AFTER, OPT_LIMIT, OPT_NEWEST, OPT_FORMAT,
};

static int cmd_query(int argc, char **argv, bool export)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "agent", required_argument, NULL, OPT_AGENT },
		{ "session", required_argument, NULL, OPT_SESSION },
		{ "tool", required_argument, NULL, OPT_TOOL },
		{ "verdict", required_argument, NULL, OPT_VERDICT },
		{ "rule", required_argument, NULL, OPT_RULE },
		{ "uid", required_argument, NULL, OPT_UID },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "until", required_argument, NULL, OPT_UNTIL },
		{ "after-id", required_argument, NULL, OPT_AFTER },
		{ "limit", required_argument, NULL, OPT_LIMIT },
		{ "newest", no_argument, NULL, OPT_NEWEST },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "json", no_argument, NULL, 'j' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db(), *output = NULL;
	agate_auditdb_filter f = { 0 };
	agate_auditdb_format fmt = export ? AGATE_AUDITDB_JSONL : AGATE_AUDITDB_TABLE;
	agate_auditdb *db;
	FILE *out = stdout;
	char err[512] = "";
	uint64_t n = 0, u, last = 0;
	int c, rc;
	void (*help)(FILE *) = export ? export_help : query_help;

	while ((c = getopt_long(argc, argv, "d:jo:h", opts, NULL)) != -1) {
		/* export takes only its own few options */
		if (export && c != 'd' && c != OPT_SINCE && c != OPT_AFTER && c != 'o' &&
		    c != 'h' && c != '?') {
			say_err("export: option not supported here (use query for filters)");
			return EXIT_USAGE;
		}
		switch (c) {
		case 'd': path = optarg; break;
		case OPT_AGENT: f.agent = optarg; break;
		case OPT_SESSION: f.session = optarg; break;
		case OPT_TOOL: f.tool = optarg; break;
		case OPT_VERDICT:
			if (strcmp(optarg, "allow") && strcmp(optarg, "block") && strcmp(optarg, "review")) {
				say_err("--verdict: expected allow, block or review, not '%s'", optarg);
				return EXIT_USAGE;
			}
			f.verdict = optarg;
			break;
		case OPT_RULE: f.rule = optarg[0] == '@' ? optarg + 1 : optarg; break;
		case OPT_UID: {
			char *end;

			errno = 0;
			f.uid = strtoll(optarg, &end, 10);
			if (errno || !*optarg || *end) {
				say_err("--uid: expected a number, not '%s'", optarg);
				return EXIT_USAGE;
			}
			f.has_uid = true;
			break;
		}
		case OPT_SINCE:
			if (!parse_when("--since", optarg, &f.since_ms))
				return EXIT_USAGE;
			f.has_since = true;
			break;
		case OPT_UNTIL:
			if (!parse_when("--until", optarg, &f.until_ms))
				return EXIT_USAGE;
			f.has_until = true;
			break;
		case OPT_AFTER:
			if (!parse_u64(optarg, &f.after_id)) {
				say_err("--after-id: expected a row id, not '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case OPT_LIMIT:
			if (!parse_u64(optarg, &u) || u == 0) {
				say_err("--limit: expected a positive number, not '%s'", optarg);
				return EXIT_USAGE;
			}
			f.limit = u;
			break;
		case OPT_NEWEST: f.newest_first = true; break;
		case OPT_FORMAT:
			if (!strcmp(optarg, "table")) fmt = AGATE_AUDITDB_TABLE;
			else if (!strcmp(optarg, "jsonl") || !strcmp(optarg, "json")) fmt = AGATE_AUDITDB_JSONL;
			else if (!strcmp(optarg, "csv")) fmt = AGATE_AUDITDB_CSV;
			else {
				say_err("--format: expected table, jsonl or csv, not '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'j': fmt = AGATE_AUDITDB_JSONL; break;
		case 'o': output = optarg; break;
		case 'h': help(stdout); return EXIT_OK;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		say_err("%s: unexpected argument '%s'", export ? "export" : "query", argv[optind]);
		return EXIT_USAGE;
	}
	if (f.has_since && f.has_until && f.until_ms <= f.since_ms) {
		say_err("--until is not after --since: no row can match");
		return EXIT_USAGE;
	}
	if (open_db(path, false, &db) < 0)
		return EXIT_FAIL;
	if (output && !(out = fopen(output, "w"))) {
		say_err("%s: %s", output, strerror(errno));
		agate_auditdb_close(db);
		return EXIT_FAIL;
	}
	rc = agate_auditdb_query(db, &f, fmt, out, &n, &last, err, sizeof err);
	agate_auditdb_close(db);
	if (out != stdout && fclose(out) != 0 && rc == 0) {
		snprintf(err, sizeof err, "%s: %s", output, strerror(errno));
		rc = -EIO;
	}
	if (rc < 0) {
		say_err("%s", err);
		return EXIT_FAIL;
	}
	if (export)
		fprintf(stderr, "exported %" PRIu64 " rows; last id %" PRIu64
			" (next time: --after-id %" PRIu64 ")\n", n,
			n ? last : f.after_id, n ? last : f.after_id);
	return EXIT_OK;
}

/* ---- prune -------------------------------------------------------------- */

static void prune_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit prune --before TIME [--db PATH] [--vacuum]\n"
		"\n"
		"Delete the rows older than TIME (the oldest part of the chain, up to the\n"
		"first row at or after TIME) and put one checkpoint row in their place,\n"
		"so that `agatectl audit verify` still passes and says how many rows were\n"
		"pruned. Export them first if they must be kept (agatectl audit export).\n"
		"\n"
		"Prune needs the database's write lock. It can run while agated runs:\n"
		"agated's commits then wait for it (checks answer a little later), and\n"
		"if agated holds the lock for more than 3 s prune stops with 'busy';\n"
		"run it again. For a large prune, stop agated first.\n"
		"\n"
		DB_HELP
		"  --before TIME      2025-03-01, 2025-03-01T12:00:00Z, @UNIXSECONDS, or an\n"
		"                     age such as 90d (no zone means UTC)\n"
		"  --vacuum           afterwards give the freed pages back to the file\n"
		"                     system (rewrites the file; needs agated stopped)\n");
}

static int cmd_prune(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "before", required_argument, NULL, 'b' },
		{ "vacuum", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db();
	bool have_before = false, vacuum = false;
	int64_t before = 0;
	agate_auditdb *db;
	agate_auditdb_prune_result pr;
	char err[512] = "", bt[32];
	int c, rc;

	while ((c = getopt_long(argc, argv, "d:b:vh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'b':
			if (!parse_when("--before", optarg, &before))
				return EXIT_USAGE;
			have_before = true;
			break;
		case 'v': vacuum = true; break;
		case 'h': prune_help(stdout); return EXIT_OK;
		default: prune_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		say_err("prune: unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	if (!have_before) {
		say_err("prune: --before TIME is required");
		prune_help(stderr);
		return EXIT_USAGE;
	}
	if (access(path, F_OK) != 0) {
		say_err("no audit database at %s (use --db PATH)", path);
		return EXIT_FAIL;
	}
	if (open_db(path, true, &db) < 0)
		return EXIT_FAIL;
	rc = agate_auditdb_prune(db, before, now_ms(), &pr, err, sizeof err);
	if (rc == -EBUSY) {
		say_err("prune: the database is busy (agated is writing to it); "
			"run prune again, or stop agated first");
		agate_auditdb_close(db);
		return EXIT_FAIL;
	}
	if (rc < 0) {
		say_err("prune: %s", err);
		agate_auditdb_close(db);
		return EXIT_FAIL;
	}
	agate_auditdb_format_time(before, bt, sizeof bt);
	if (pr.deleted == 0)
		printf("nothing to prune before %s\n", bt);
	else
		printf("pruned %" PRIu64 " rows before %s; checkpoint row %" PRIu64
		       " now stands for ids %" PRIu64 "..%" PRIu64 " (%" PRIu64 " rows in all)\n",
		       pr.deleted, bt, pr.last_id, pr.first_id, pr.last_id, pr.total_pruned);
	if (vacuum) {
		char *msg = NULL;

		if (sqlite3_exec(agate_auditdb_sqlite(db), "VACUUM", NULL, NULL, &msg) != SQLITE_OK) {
			say_err("vacuum: %s", msg ? msg : "failed");
			sqlite3_free(msg);
			agate_auditdb_close(db);
			return EXIT_FAIL;
		}
	}
	agate_auditdb_close(db);
	return EXIT_OK;
}

/* ---- dispatch ----------------------------------------------------------- */

static void audit_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit COMMAND [--db PATH] [OPTIONS]\n"
		"\n"
		"Read and check the audit log (a SQLite file) without the daemon.\n"
		"\n"
		"commands:\n"
		"  verify    check the hash chain; name the first changed, deleted or\n"
		"            inserted row (exit 1 when broken)\n"
		"  query     verdicts by agent, session, tool, verdict, rule, uid, time\n"
		"            as a table, JSON lines or CSV\n"
		"  export    every column as JSON lines, incrementally with --after-id\n"
		"  prune     delete rows before a date, leaving a checkpoint row\n"
		"\n"
		"`agatectl audit COMMAND --help` for each. Exit status: 0 success,\n"
		"1 verify found the chain broken, 2 usage error, 3 other errors.\n"
		"Columns and examples: docs/audit.md.\n");
}

int agatectl_audit_main(int argc, char **argv)
{
	const char *sub;

	if (argc < 2) {
		audit_help(stderr);
		return EXIT_USAGE;
	}
	sub = argv[1];
	/* getopt restarts on the subcommand's arguments (GNU: 0 resets it). */
	optind = 0;
	if (!strcmp(sub, "verify"))
		return cmd_verify(argc - 1, argv + 1);
	if (!strcmp(sub, "query"))
		return cmd_query(argc - 1, argv + 1, false);
	if (!strcmp(sub, "export"))
		return cmd_query(argc - 1, argv + 1, true);
	if (!strcmp(sub, "prune"))
		return cmd_prune(argc - 1, argv + 1);
	if (!strcmp(sub, "help") || !strcmp(sub, "--help") || !strcmp(sub, "-h")) {
		audit_help(stdout);
		return EXIT_OK;
	}
	say_err("unknown command '%s'", sub);
	audit_help(stderr);
	return EXIT_USAGE;
}

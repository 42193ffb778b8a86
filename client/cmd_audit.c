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

#include <jansson.h>

#include "client/cmd_audit_ocsf.h"
#include "client/cmd_audit_pg.h"
#include "client/agatectl.h"
#include "schema/auditdb.h"

enum { EXIT_OK = 0, EXIT_BROKEN = 1, EXIT_USAGE = 2, EXIT_FAIL = 3 };

#define DB_HELP \
	"  --db PATH          the audit database (default: $AGATE_DB, else\n" \
	"                     ./agate-run/audit.db)\n"

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
		agatectl_audit_err("no audit database at %s (use --db PATH)", path);
	else if (rc < 0)
		agatectl_audit_err("%s", err[0] ? err : strerror(-rc));
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
	agatectl_audit_err("%s: cannot read '%s' as a time (2025-03-01, 2025-03-01T12:00:00Z, "
		"@UNIXSECONDS or an age such as 12h, 30d)", opt, s);
	return false;
}

/* ---- verify ------------------------------------------------------------- */

static void verify_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit verify [--db PATH] [--all] [--json] [--quiet]\n"
		"\n"
		"Walk the hash chain of the audit log and name the first row that was\n"
		"changed, deleted or inserted. Exit 0 when the chain is intact, 1 when\n"
		"it is not, 3 when the database cannot be read. Safe while agated runs\n"
		"(it checks one consistent snapshot).\n"
		"\n"
		DB_HELP
		"  -a, --all          go on past the first bad row and list every one:\n"
		"                     its id and what is wrong (hash mismatch, broken\n"
		"                     link, gap, inserted, head)\n"
		"  --json             one JSON object with the result (with --all, a\n"
		"                     \"faults\" list)\n"
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

/* verify --all: each fault as it is found, as a line or a JSON object */
typedef struct fault_out {
	bool json, quiet;
} fault_out;

static void print_fault(void *ud, const agate_auditdb_fault *f)
{
	fault_out *o = ud;

	if (o->quiet)
		return;
	if (o->json) {
		static bool first = true;

		printf("%s{\"id\":%" PRIu64 ",\"fault\":\"%s\",\"message\":", first ? "" : ",",
		       f->id, agate_auditdb_fault_name(f->kind));
		json_escaped(stdout, f->message);
		putchar('}');
		first = false;
		return;
	}
	printf("row %" PRIu64 ": %s: %s\n", f->id, agate_auditdb_fault_name(f->kind), f->message);
}

static void print_verify_json(const agate_auditdb_verify_result *res, bool all)
{
	if (!all)
		printf("{");
	printf("\"ok\":%s,\"problem\":\"%s\",\"rows\":%" PRIu64 ",\"first_id\":%" PRIu64
	       ",\"last_id\":%" PRIu64 ",\"head\":\"%s\",\"checkpoint\":%s,\"pruned\":%" PRIu64,
	       res->problem == AGATE_AUDITDB_OK ? "true" : "false", problem_name(res->problem),
	       res->rows, res->first_id, res->last_id, res->head,
	       res->checkpoint ? "true" : "false", res->pruned);
	printf(",\"gaps\":%" PRIu64 ",\"gap_ids\":%" PRIu64, res->gaps, res->gap_ids);
	if (all)
		printf(",\"fault_count\":%" PRIu64, res->faults);
	if (res->problem != AGATE_AUDITDB_OK) {
		printf(",\"bad_id\":%" PRIu64 ",\"message\":", res->bad_id);
		json_escaped(stdout, res->message);
	}
	printf("}\n");
}

static void print_verify_ok(const agate_auditdb_verify_result *res)
{
	printf("ok: %" PRIu64 " rows", res->rows);
	if (res->rows)
		printf(" (ids %" PRIu64 "..%" PRIu64 ")", res->first_id, res->last_id);
	if (res->checkpoint)
		printf(", starting at a checkpoint for %" PRIu64 " pruned rows", res->pruned);
	/* ids a restart after an unclean stop skipped, each range named by
	 * a gap row: documented, not missing */
	if (res->gaps)
		printf(", %" PRIu64 " gap row%s for %" PRIu64 " ids never written "
		       "(restarts after an unclean stop)", res->gaps,
		       res->gaps == 1 ? "" : "s", res->gap_ids);
	printf("\nchain head: %s\n", res->head);
}

static int cmd_verify(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "all", no_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db();
	bool json = false, quiet = false, all = false;
	agate_auditdb *db;
	agate_auditdb_verify_result res;
	fault_out fo;
	int c, rc;

	while ((c = getopt_long(argc, argv, "d:ajqh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'a': all = true; break;
		case 'j': json = true; break;
		case 'q': quiet = true; break;
		case 'h': verify_help(stdout); return EXIT_OK;
		default: verify_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		agatectl_audit_err("verify: unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	if (json)
		quiet = false; /* --json prints its object whatever else is asked */
	if (open_db(path, false, &db) < 0)
		return EXIT_FAIL;
	if (all) {
		fo.json = json;
		fo.quiet = quiet;
		/* the faults stream out as they are found: memory stays
		 * constant however many there are */
		if (json && !quiet)
			printf("{\"faults\":[");
		rc = agate_auditdb_verify_all(db, &res, print_fault, &fo);
		if (json && !quiet)
			printf("],");
	} else {
		rc = agate_auditdb_verify(db, &res);
	}
	agate_auditdb_close(db);
	if (rc < 0) {
		if (all && json && !quiet)
			printf("\"ok\":false}\n");
		agatectl_audit_err("verify: %s: %s", path, res.message[0] ? res.message : strerror(-rc));
		return EXIT_FAIL;
	}
	if (json && !quiet) {
		print_verify_json(&res, all);
	} else if (!quiet) {
		if (res.problem == AGATE_AUDITDB_OK)
			print_verify_ok(&res);
		else if (all)
			printf("FAILED: %" PRIu64 " fault%s in %" PRIu64 " rows checked (ids %" PRIu64
			       "..%" PRIu64 "); first: %s\n", res.faults, res.faults == 1 ? "" : "s",
			       res.rows, res.first_id, res.last_id, res.message);
		else
			printf("FAILED: %s\nintact before row %" PRIu64 " (%" PRIu64 " rows checked)\n",
			       res.message, res.bad_id, res.rows);
	}
	return res.problem == AGATE_AUDITDB_OK ? EXIT_OK : EXIT_BROKEN;
}

/* ---- query and export --------------------------------------------------- */

static void query_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit query [--db PATH] [FILTERS]\n"
		"                            [--format table|jsonl|chain|csv]\n"
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
		"  --shadow           rows where a `mode shadow` rule matched (column\n"
		"                     shadow: rule:verdict,...); see audit shadow-report\n"
		"  --format F         table (default: id, time, op, agent, session, tool,\n"
		"                     verdict, rule, generation, arguments shortened,\n"
		"                     reason); jsonl (every column, arguments and scores\n"
		"                     as JSON objects under \"args\" and \"scores\"); chain\n"
		"                     (every column exactly as stored and hashed, what\n"
		"                     import reads); csv (every column as stored)\n"
		"  --json             same as --format jsonl\n"
		"\n"
		"TIME: 2025-03-01, 2025-03-01T12:00:00Z, 2025-03-01T14:00+02:00 (no zone\n"
		"means UTC), @UNIXSECONDS, or an age: 90s, 15m, 12h, 30d.\n");
}

static void export_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit export [--db PATH] [--since TIME] [--after-id N]\n"
		"                             [--format chain|jsonl|csv|ocsf] [--output FILE]\n"
		"\n"
		"Write every row (all columns, with prev_hash and hash) oldest first, for\n"
		"a central store. For an incremental export pass the last id you exported\n"
		"as --after-id; the last id written is printed on stderr. The default\n"
		"format, chain, keeps every column exactly as hashed: `agatectl audit\n"
		"import` puts it into a database elsewhere where verify checks it again.\n"
		"\n"
		DB_HELP
		"  --since TIME       rows at or after TIME\n"
		"  --after-id N       rows with id above N\n"
		"  --format F         chain (default: JSON lines, every column as stored);\n"
		"                     jsonl (JSON lines with the arguments and scores as\n"
		"                     JSON objects under \"args\" and \"scores\", for a SIEM\n"
		"                     or jq; import does not read it); csv; ocsf (OCSF\n"
		"                     events: `agatectl audit export --format ocsf --help`)\n"
		"  -o, --output FILE  write to FILE instead of standard output\n");
}

enum {
	OPT_AGENT = 256, OPT_SESSION, OPT_TOOL, OPT_VERDICT, OPT_RULE, OPT_UID,
	OPT_SINCE, OPT_UNTIL, OPT_AFTER, OPT_LIMIT, OPT_NEWEST, OPT_FORMAT,
	OPT_SHADOW,
};

/* --format: "jsonl" is the nested form for people and SIEMs; "chain" the
 * stored columns that import reads (the default of export). */
static bool parse_format(const char *s, bool export, agate_auditdb_format *fmt)
{
	if (!strcmp(s, "table") && !export)
		*fmt = AGATE_AUDITDB_TABLE;
	else if (!strcmp(s, "jsonl") || !strcmp(s, "json"))
		*fmt = AGATE_AUDITDB_JSONL_NESTED;
	else if (!strcmp(s, "chain"))
		*fmt = AGATE_AUDITDB_JSONL;
	else if (!strcmp(s, "csv"))
		*fmt = AGATE_AUDITDB_CSV;
	else {
		agatectl_audit_err("--format: expected %s, not '%s'",
			export ? "chain, jsonl or csv" : "table, jsonl, chain or csv", s);
		return false;
	}
	return true;
}

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
		{ "shadow", no_argument, NULL, OPT_SHADOW },
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
		    c != OPT_FORMAT && c != 'h' && c != '?') {
			agatectl_audit_err("export: option not supported here (use query for filters)");
			return EXIT_USAGE;
		}
		switch (c) {
		case 'd': path = optarg; break;
		case OPT_AGENT: f.agent = optarg; break;
		case OPT_SESSION: f.session = optarg; break;
		case OPT_TOOL: f.tool = optarg; break;
		case OPT_VERDICT:
			if (strcmp(optarg, "allow") && strcmp(optarg, "block") && strcmp(optarg, "review")) {
				agatectl_audit_err("--verdict: expected allow, block or review, not '%s'", optarg);
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
				agatectl_audit_err("--uid: expected a number, not '%s'", optarg);
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
				agatectl_audit_err("--after-id: expected a row id, not '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case OPT_LIMIT:
			if (!parse_u64(optarg, &u) || u == 0) {
				agatectl_audit_err("--limit: expected a positive number, not '%s'", optarg);
				return EXIT_USAGE;
			}
			f.limit = u;
			break;
		case OPT_NEWEST: f.newest_first = true; break;
		case OPT_SHADOW: f.shadow = true; break;
		case OPT_FORMAT:
			if (!parse_format(optarg, export, &fmt))
				return EXIT_USAGE;
			break;
		case 'j': fmt = AGATE_AUDITDB_JSONL_NESTED; break;
		case 'o': output = optarg; break;
		case 'h': help(stdout); return EXIT_OK;
		default: help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		agatectl_audit_err("%s: unexpected argument '%s'", export ? "export" : "query", argv[optind]);
		return EXIT_USAGE;
	}
	if (f.has_since && f.has_until && f.until_ms <= f.since_ms) {
		agatectl_audit_err("--until is not after --since: no row can match");
		return EXIT_USAGE;
	}
	if (open_db(path, false, &db) < 0)
		return EXIT_FAIL;
	if (output && !(out = fopen(output, "w"))) {
		agatectl_audit_err("%s: %s", output, strerror(errno));
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
		agatectl_audit_err("%s", err);
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
		"usage: agatectl audit prune --before TIME [--db PATH] [--dry-run | --vacuum]\n"
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
		"  -n, --dry-run      say what would be pruned (how many rows, their ids and\n"
		"                     times) and change nothing; needs no write access\n"
		"  --vacuum           afterwards give the freed pages back to the file\n"
		"                     system (rewrites the file; needs agated stopped)\n");
}

/* prune --dry-run: a read-only open (no migration, no lock taken) and
 * the same walk prune makes, rolled back. */
static int prune_dry_run(const char *path, int64_t before)
{
	agate_auditdb_prune_opts o = { .before_ms = before, .dry_run = true, .now_ms = now_ms() };
	agate_auditdb_prune_result pr;
	agate_auditdb *db;
	char err[512] = "", bt[32], t1[32], t2[32];
	int rc;

	if (open_db(path, false, &db) < 0)
		return EXIT_FAIL;
	rc = agate_auditdb_prune_step(db, &o, &pr, err, sizeof err);
	agate_auditdb_close(db);
	if (rc < 0) {
		agatectl_audit_err("prune: %s", err);
		return EXIT_FAIL;
	}
	agate_auditdb_format_time(before, bt, sizeof bt);
	if (pr.deleted == 0) {
		printf("dry run: nothing to prune before %s; nothing changed\n", bt);
		return EXIT_OK;
	}
	agate_auditdb_format_time(pr.oldest_ms, t1, sizeof t1);
	agate_auditdb_format_time(pr.newest_ms, t2, sizeof t2);
	printf("dry run: would prune %" PRIu64 " rows before %s (ids up to %" PRIu64 ", from %s to %s);"
	       " checkpoint row %" PRIu64 " would stand for ids %" PRIu64 "..%" PRIu64 " (%" PRIu64
	       " rows in all); nothing changed\n", pr.deleted, bt, pr.last_id, t1, t2, pr.last_id,
	       pr.first_id, pr.last_id, pr.total_pruned);
	return EXIT_OK;
}

static int cmd_prune(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "before", required_argument, NULL, 'b' },
		{ "vacuum", no_argument, NULL, 'v' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = default_db();
	bool have_before = false, vacuum = false, dry = false;
	int64_t before = 0;
	agate_auditdb *db;
	agate_auditdb_prune_result pr;
	char err[512] = "", bt[32];
	int c, rc;

	while ((c = getopt_long(argc, argv, "d:b:vnh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'b':
			if (!parse_when("--before", optarg, &before))
				return EXIT_USAGE;
			have_before = true;
			break;
		case 'v': vacuum = true; break;
		case 'n': dry = true; break;
		case 'h': prune_help(stdout); return EXIT_OK;
		default: prune_help(stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		agatectl_audit_err("prune: unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	if (!have_before) {
		agatectl_audit_err("prune: --before TIME is required");
		prune_help(stderr);
		return EXIT_USAGE;
	}
	if (dry && vacuum) {
		agatectl_audit_err("prune: --dry-run changes nothing, so it cannot --vacuum");
		return EXIT_USAGE;
	}
	if (access(path, F_OK) != 0) {
		agatectl_audit_err("no audit database at %s (use --db PATH)", path);
		return EXIT_FAIL;
	}
	if (dry)
		return prune_dry_run(path, before);
	if (open_db(path, true, &db) < 0)
		return EXIT_FAIL;
	rc = agate_auditdb_prune(db, before, now_ms(), &pr, err, sizeof err);
	if (rc == -EBUSY) {
		agatectl_audit_err("prune: the database is busy (agated is writing to it); "
			"run prune again, or stop agated first");
		agate_auditdb_close(db);
		return EXIT_FAIL;
	}
	if (rc < 0) {
		agatectl_audit_err("prune: %s", err);
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
			agatectl_audit_err("vacuum: %s", msg ? msg : "failed");
			sqlite3_free(msg);
			agate_auditdb_close(db);
			return EXIT_FAIL;
		}
	}
	agate_auditdb_close(db);
	return EXIT_OK;
}

/* ---- import ------------------------------------------------------------- */

static void import_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit import --db PATH [FILE...]\n"
		"\n"
		"Append the rows of JSON-lines exports (agatectl audit export; standard\n"
		"input when no FILE) to the database at PATH, creating it if needed,\n"
		"exactly as exported (hashes included), then `agatectl audit verify\n"
		"--db PATH` checks the chain of what was imported. This is how a\n"
		"central host keeps and re-checks the logs of many hosts (one database\n"
		"per host). Rows must come in id order, above the ids already there.\n"
		"Do not point it at a database agated writes to.\n"
		"\n"
		"  --db PATH          the database to import into (required)\n");
}

/* Columns as exported, in table order (the canonical encoding's order,
 * then prev_hash and hash). */
static const char *const import_cols[] = {
	"id", "kind", "time_ms", "op", "request_id", "agent", "session", "peer_uid",
	"peer_pid", "tool", "args_json", "verdict", "enforcement", "rule", "reason",
	"scores_json", "trace", "error", "generation", "ruleset_digest", "eval_ns",
	"prev_hash", "hash", "shadow", "rules_label",
};
#define NIMPORT (sizeof import_cols / sizeof import_cols[0])

static int bind_json(sqlite3_stmt *st, int i, json_t *v)
{
	if (!v || json_is_null(v))
		return sqlite3_bind_null(st, i);
	if (json_is_integer(v))
		return sqlite3_bind_int64(st, i, (sqlite3_int64)json_integer_value(v));
	if (json_is_real(v))
		return sqlite3_bind_double(st, i, json_real_value(v));
	if (json_is_string(v))
		return sqlite3_bind_text(st, i, json_string_value(v), (int)json_string_length(v),
					 SQLITE_TRANSIENT);
	return SQLITE_MISMATCH;
}

static int import_stream(sqlite3 *db, sqlite3_stmt *ins, FILE *in, const char *name,
			 uint64_t *rows, int64_t *last_id, char *last_link, size_t cap)
{
	char *line = NULL;
	size_t linecap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	int rc = 0;

	while ((len = getline(&line, &linecap, in)) > 0) {
		json_error_t jerr;
		json_t *o, *kind, *link;
		int src;

		lineno++;
		if (len == 1 && line[0] == '\n')
			continue;
		o = json_loadb(line, (size_t)len, JSON_DISABLE_EOF_CHECK, &jerr);
		if (!o || !json_is_object(o) || !json_is_integer(json_object_get(o, "id"))) {
			agatectl_audit_err("import: %s:%lu: not an exported row%s%s", name, lineno,
				o ? "" : ": ", o ? "" : jerr.text);
			json_decref(o);
			rc = -EINVAL;
			break;
		}
		if (!json_object_get(o, "args_json") && json_object_get(o, "args")) {
			agatectl_audit_err("import: %s:%lu: a --format jsonl line (arguments as objects); import "
				"reads the chain form, `agatectl audit export` without --format",
				name, lineno);
			json_decref(o);
			rc = -EINVAL;
			break;
		}
		for (size_t i = 0; i < NIMPORT; i++)
			if (bind_json(ins, (int)i + 1, json_object_get(o, import_cols[i])) != SQLITE_OK) {
				agatectl_audit_err("import: %s:%lu: bad value for %s", name, lineno, import_cols[i]);
				rc = -EINVAL;
			}
		if (rc == 0 && sqlite3_step(ins) != SQLITE_DONE) {
			agatectl_audit_err("import: %s:%lu: %s", name, lineno, sqlite3_errmsg(db));
			rc = -EIO;
		}
		sqlite3_reset(ins);
		if (rc == 0) {
			kind = json_object_get(o, "kind");
			src = kind && json_is_string(kind) && !strcmp(json_string_value(kind), "checkpoint");
			link = json_object_get(o, src ? "prev_hash" : "hash");
			*last_id = (int64_t)json_integer_value(json_object_get(o, "id"));
			snprintf(last_link, cap, "%s", link && json_is_string(link) ? json_string_value(link) : "");
			(*rows)++;
		}
		json_decref(o);
		if (rc < 0)
			break;
	}
	free(line);
	return rc;
}

static int cmd_import(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = NULL;
	agate_auditdb *adb;
	sqlite3 *db;
	sqlite3_stmt *ins = NULL, *meta = NULL;
	uint64_t rows = 0;
	int64_t last_id = 0;
	char link[80] = "", ids[24], sqlbuf[512];
	size_t off;
	int c, rc = 0;

	while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'h': import_help(stdout); return EXIT_OK;
		default: import_help(stderr); return EXIT_USAGE;
		}
	}
	if (!path) {
		agatectl_audit_err("import: --db PATH is required (the database to import into)");
		return EXIT_USAGE;
	}
	if (open_db(path, true, &adb) < 0)
		return EXIT_FAIL;
	db = agate_auditdb_sqlite(adb);
	off = (size_t)snprintf(sqlbuf, sizeof sqlbuf, "INSERT INTO verdicts(");
	for (size_t i = 0; i < NIMPORT; i++)
		off += (size_t)snprintf(sqlbuf + off, sizeof sqlbuf - off, "%s%s", i ? "," : "",
					import_cols[i]);
	off += (size_t)snprintf(sqlbuf + off, sizeof sqlbuf - off, ") VALUES (");
	for (size_t i = 0; i < NIMPORT; i++)
		off += (size_t)snprintf(sqlbuf + off, sizeof sqlbuf - off, "%s?", i ? "," : "");
	snprintf(sqlbuf + off, sizeof sqlbuf - off, ")");
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, sqlbuf, -1, &ins, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "UPDATE meta SET value = CASE key WHEN 'head_id' THEN ?1 "
			       "ELSE ?2 END WHERE key IN ('head_id', 'head_hash')", -1, &meta,
			       NULL) != SQLITE_OK) {
		agatectl_audit_err("import: %s", sqlite3_errmsg(db));
		rc = -EIO;
		goto out;
	}
	if (optind >= argc) {
		rc = import_stream(db, ins, stdin, "<stdin>", &rows, &last_id, link, sizeof link);
	} else {
		for (int i = optind; i < argc && rc == 0; i++) {
			FILE *in = fopen(argv[i], "r");

			if (!in) {
				agatectl_audit_err("import: %s: %s", argv[i], strerror(errno));
				rc = -errno;
				break;
			}
			rc = import_stream(db, ins, in, argv[i], &rows, &last_id, link, sizeof link);
			fclose(in);
		}
	}
	if (rc == 0 && rows > 0) {
		/* the imported chain's head, as agated would have recorded it */
		snprintf(ids, sizeof ids, "%lld", (long long)last_id);
		sqlite3_bind_text(meta, 1, ids, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(meta, 2, link, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(meta) != SQLITE_DONE) {
			agatectl_audit_err("import: %s", sqlite3_errmsg(db));
			rc = -EIO;
		}
	}
	if (rc == 0 && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		agatectl_audit_err("import: commit: %s", sqlite3_errmsg(db));
		rc = -EIO;
	}
out:
	if (rc < 0)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_finalize(ins);
	sqlite3_finalize(meta);
	agate_auditdb_close(adb);
	if (rc < 0) {
		agatectl_audit_err("import: nothing imported");
		return rc == -EINVAL ? EXIT_USAGE : EXIT_FAIL;
	}
	printf("imported %" PRIu64 " rows into %s; last id %lld\n", rows, path, (long long)last_id);
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
		"            inserted row, or with --all every one (exit 1 when broken)\n"
		"  query     verdicts by agent, session, tool, verdict, rule, uid, time\n"
		"            as a table, JSON lines or CSV\n"
		"  export    every column as JSON lines, incrementally with --after-id\n"
		"  prune     delete rows before a date, leaving a checkpoint row\n"
		"            (--dry-run: say what would go)\n"
		"  import    append exported JSON lines to a database (central store)\n"
		"  shadow-report  per shadow rule: calls matched, would-be blocks, and\n"
		"            the allowed calls it would have blocked (flips)\n"
		"  migrate --pg CONNINFO  create or upgrade the central PostgreSQL\n"
		"            schema (verify and query take --pg too: docs/fleet.md)\n"
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
	/* the central store (cmd_audit_pg.c) */
	if (agatectl_audit_wants_pg(argc - 1, argv + 1))
		return agatectl_audit_pg_main(sub, argc - 1, argv + 1);
	/* OCSF events for a SIEM (cmd_audit_ocsf.c) */
	if (!strcmp(sub, "export") && agatectl_audit_wants_ocsf(argc - 1, argv + 1))
		return agatectl_audit_export_ocsf(argc - 1, argv + 1, default_db());
	if (!strcmp(sub, "verify"))
		return cmd_verify(argc - 1, argv + 1);
	if (!strcmp(sub, "query"))
		return cmd_query(argc - 1, argv + 1, false);
	if (!strcmp(sub, "export"))
		return cmd_query(argc - 1, argv + 1, true);
	if (!strcmp(sub, "prune"))
		return cmd_prune(argc - 1, argv + 1);
	if (!strcmp(sub, "import"))
		return cmd_import(argc - 1, argv + 1);
	if (!strcmp(sub, "shadow-report"))
		return agatectl_audit_shadow_report(argc - 1, argv + 1);
	if (!strcmp(sub, "help") || !strcmp(sub, "--help") || !strcmp(sub, "-h")) {
		audit_help(stdout);
		return EXIT_OK;
	}
	agatectl_audit_err("unknown command '%s'", sub);
	audit_help(stderr);
	return EXIT_USAGE;
}

/* cmd_audit_shadow.c - `agatectl audit shadow-report`: what enforcing the
 * `mode shadow` rules would change, read from the audit log's shadow
 * column (schema 5), per rule. */
#include "cmd_audit.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "schema/auditdb.h"

static void shadow_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl audit shadow-report [--db PATH] [--agent NAME] [--session ID]\n"
		"                                    [--tool NAME] [--since TIME] [--until TIME]\n"
		"                                    [--json]\n"
		"\n"
		"For each `mode shadow` rule seen in the check rows: how many calls it\n"
		"matched, how many it would have blocked, and how many of those were\n"
		"allowed (FLIPS: enforcing the rule would have turned an allow into a\n"
		"block), with the first flipped audit ids. `agatectl audit query --shadow`\n"
		"lists the rows themselves.\n"
		"\n"
		"  --db PATH          the audit database (default: $AGATE_DB, else\n"
		"                     ./agate-run/audit.db)\n"
		"  --json             one JSON object per rule\n"
		"TIME as for `agatectl audit query`.\n");
}

static int64_t now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int agatectl_audit_shadow_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "agent", required_argument, NULL, 'a' },
		{ "session", required_argument, NULL, 's' },
		{ "tool", required_argument, NULL, 't' },
		{ "since", required_argument, NULL, 'S' },
		{ "until", required_argument, NULL, 'U' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = getenv("AGATE_DB");
	agate_auditdb_filter f = { 0 };
	agate_auditdb *db = NULL;
	bool json = false;
	char err[512] = "";
	size_t n = 0;
	int c, rc;

	if (!path || !*path)
		path = "./agate-run/audit.db";
	while ((c = getopt_long(argc, argv, "d:jh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': path = optarg; break;
		case 'a': f.agent = optarg; break;
		case 's': f.session = optarg; break;
		case 't': f.tool = optarg; break;
		case 'S':
		case 'U':
			if (agate_auditdb_parse_time(optarg, now_ms(), c == 'S' ? &f.since_ms
									  : &f.until_ms) < 0) {
				fprintf(stderr, "agatectl audit: %s: cannot read '%s' as a time\n",
					c == 'S' ? "--since" : "--until", optarg);
				return 2;
			}
			if (c == 'S')
				f.has_since = true;
			else
				f.has_until = true;
			break;
		case 'j': json = true; break;
		case 'h': shadow_help(stdout); return 0;
		default: shadow_help(stderr); return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "agatectl audit: shadow-report: unexpected argument '%s'\n",
			argv[optind]);
		return 2;
	}
	rc = agate_auditdb_open(path, AGATE_AUDITDB_READONLY, &db, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "agatectl audit: %s\n",
			rc == -ENOENT ? "no audit database there (use --db PATH)" : err);
		return 3;
	}
	rc = agate_auditdb_shadow_report(db, &f, json, stdout, &n, err, sizeof err);
	agate_auditdb_close(db);
	if (rc < 0) {
		fprintf(stderr, "agatectl audit: shadow-report: %s\n", err);
		return 3;
	}
	if (n == 0 && !json)
		printf("no shadow rule matched in these rows\n");
	return 0;
}

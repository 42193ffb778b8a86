/* main.c - agated: parse the configuration, then either check rule files
 * and lexicons (--check) or run the daemon. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "policy/base/diag.h"
#include "policy/drift/drift.h"
#include "policy/lang/rules.h"
#include "schema/protocol.h"
#include "server.h"
#include "snapshot.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

/* Load the rule files and the drift lexicons as a start or a reload
 * would, print every diagnostic as file:line:col, and say whether the set
 * is usable: a lexicon that would stop the start fails the check too. */
static int check_rules(const agated_config *cfg)
{
	agate_diags *diags = agate_diags_new();
	agated_snapshot *snap = NULL;
	const agate_ruleset *rs;
	const agate_frame *frame;
	char line[1024];
	int e;

	if (!diags) {
		fprintf(stderr, "agated: out of memory\n");
		return 1;
	}
	e = agated_snapshot_load((const char *const *)cfg->rules, cfg->nrules, cfg->frames, 0,
				 &snap, diags);
	for (size_t i = 0; i < agate_diags_count(diags); i++) {
		agate_diag_format(agate_diags_at(diags, i), line, sizeof(line));
		fprintf(stderr, "%s\n", line);
	}
	if (e || !snap) {
		size_t n = agate_diags_errors(diags);
		fprintf(stderr, "agated: %zu error%s\n", n, n == 1 ? "" : "s");
		if (!n)
			fprintf(stderr, "agated: %s\n", strerror(e ? -e : EINVAL));
		agate_diags_free(diags);
		return 1;
	}
	rs = agated_snapshot_rules(snap);
	frame = agated_snapshot_frame(snap);
	printf("agated: %zu rules OK (digest %s)\n", agate_ruleset_rule_count(rs),
	       agate_ruleset_digest(rs));
	if (frame)
		printf("agated: lexicons in %s OK (%zu axes)\n", cfg->frames,
		       agate_frame_axes(frame));
	else
		printf("agated: no lexicons (frames none): the drift cascade is off\n");
	agated_snapshot_unref(snap);
	agate_diags_free(diags);
	return 0;
}

int main(int argc, char **argv)
{
	agated_config cfg;
	char err[512] = "";
	int rc, e;

	agated_config_init(&cfg);
	e = agated_config_parse_args(&cfg, argc, argv, err, sizeof(err));
	if (e) {
		fprintf(stderr, "agated: %s\n", e == -ENOMEM ? "out of memory" : err);
		fprintf(stderr, "Try 'agated --help'.\n");
		agated_config_free(&cfg);
		return 2;
	}
	if (cfg.help) {
		agated_config_usage(stdout);
		agated_config_free(&cfg);
		return 0;
	}
	if (cfg.version) {
		printf("agated %s (protocol v%d)\n", AGATE_VERSION, AGATE_PROTOCOL_VERSION);
		agated_config_free(&cfg);
		return 0;
	}
	agated_log_set_level(cfg.log_level);
	e = agated_config_finish(&cfg, err, sizeof(err));
	if (e) {
		fprintf(stderr, "agated: %s\n", err[0] ? err : strerror(-e));
		agated_config_free(&cfg);
		return 1;
	}
	if (cfg.check_only)
		rc = check_rules(&cfg);
	else
		rc = agated_run(&cfg);
	agated_config_free(&cfg);
	return rc;
}

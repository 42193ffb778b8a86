/* main.c - agated: parse the configuration, then either check rule files
 * (--check) or run the daemon. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "policy/base/diag.h"
#include "policy/lang/rules.h"
#include "schema/protocol.h"
#include "server.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

/* Compile the rule files as a reload would, print every diagnostic as
 * file:line:col, and say whether the set is usable. */
static int check_rules(const agated_config *cfg)
{
	agate_diags *diags = agate_diags_new();
	agate_ruleset *rs = NULL;
	char line[1024];
	int e;

	if (!diags) {
		fprintf(stderr, "agated: out of memory\n");
		return 1;
	}
	e = agate_rules_load((const char *const *)cfg->rules, cfg->nrules, &rs, diags);
	for (size_t i = 0; i < agate_diags_count(diags); i++) {
		agate_diag_format(agate_diags_at(diags, i), line, sizeof(line));
		fprintf(stderr, "%s\n", line);
	}
	if (e || !rs) {
		size_t n = agate_diags_errors(diags);
		fprintf(stderr, "agated: %zu error%s\n", n, n == 1 ? "" : "s");
		if (!n)
			fprintf(stderr, "agated: %s\n", strerror(e ? -e : EINVAL));
		agate_diags_free(diags);
		return 1;
	}
	printf("agated: %zu rules OK (digest %s)\n", agate_ruleset_rule_count(rs),
	       agate_ruleset_digest(rs));
	agate_ruleset_unref(rs);
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

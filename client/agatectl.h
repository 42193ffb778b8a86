/* agatectl.h - what agatectl's command files share (private to client/). */
#ifndef AGATE_CLIENT_AGATECTL_H
#define AGATE_CLIENT_AGATECTL_H

#include <stdbool.h>
#include <stdio.h>

#include "client/agate.h"
#include "policy/base/arena.h"
#include "policy/base/value.h"

/* options given before the command */
typedef struct agatectl_opts {
	const char *socket; /* resolved: --socket, $AGATE_SOCKET, ... */
	bool json;          /* --json: print replies as JSON */
	int timeout_ms;     /* --timeout */
	bool timeout_set;   /* --timeout was given: it overrides a command's own wait */
} agatectl_opts;

/* Each command: argv[0] is the command's name; returns the exit code. */
int agatectl_check_main(agatectl_opts *o, int argc, char **argv);
/* ping, stats, reload, pending, approve, deny, resume, sessions: one
 * entry for the table in cmd_admin.c, which argv[0] picks a row of */
int agatectl_admin_main(agatectl_opts *o, int argc, char **argv);
int agatectl_lint_main(agatectl_opts *o, int argc, char **argv);
int agatectl_test_main(agatectl_opts *o, int argc, char **argv);

/* ---- output.c ---- */

/* "ERROR: " style message on stderr, prefixed with "agatectl: ". */
void agatectl_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* the same, for the audit subcommands ("agatectl audit: ...") */
void agatectl_audit_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* s between double quotes, with \" \\ and control characters escaped */
void agatectl_put_quoted(FILE *f, const char *s);

/* A value for people: maps as "key: value" lines indented by indent
 * spaces, lists of maps as "- " items, scalars on one line. */
void agatectl_print_human(FILE *f, const agate_value *v, int indent);
/* An array of maps as a table: a header of the keys (upper case), then
 * one row per map; cells cut at 48 characters. */
void agatectl_print_table(FILE *f, const agate_value *arr);
/* A scalar on one line (strings unquoted); containers as compact JSON. */
void agatectl_put_scalar(FILE *f, const agate_value *v);

/* The one-line verdict and, with explain, the trace and drift votes. */
void agatectl_print_check(FILE *f, const agate_check_reply *r, bool explain);

/* stats reply in the Prometheus text exposition format */
void agatectl_print_prometheus(FILE *f, const agate_value *stats);

/* Print a failed reply (ok:false, or transport failure) the same way in
 * every command; returns AGATE_EXIT_ERROR. */
int agatectl_report_failure(agatectl_opts *o, agate_client *c, int r,
			    const agate_value *reply);

/* Copy of a map with one member set (replaced when present), in arena. */
agate_value *agatectl_map_set(agate_arena *a, const agate_value *map,
			      const char *key, agate_value v);

#endif

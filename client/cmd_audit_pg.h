/* cmd_audit_pg.h - `agatectl audit verify|query --pg CONNINFO`: the audit
 * commands asked of the central PostgreSQL store (docs/fleet.md). */
#ifndef AGATE_CLIENT_CMD_AUDIT_PG_H
#define AGATE_CLIENT_CMD_AUDIT_PG_H

#include <stdbool.h>

/* Whether the subcommand's arguments (argv[0] is the subcommand) name
 * --pg, so that the central store answers. */
bool agatectl_audit_wants_pg(int argc, char **argv);

/* Run sub ("verify" or "query") against the central store; argv[0] is
 * the subcommand. Exit status as agatectl_audit_main's. */
int agatectl_audit_pg_main(const char *sub, int argc, char **argv);

#endif

/* cmd_audit.h - `agatectl audit ...`: verify, query, export and prune the
 * audit database directly (no daemon needed). */
#ifndef AGATE_CLIENT_CMD_AUDIT_H
#define AGATE_CLIENT_CMD_AUDIT_H

/* argv[0] is "audit", argv[1] the subcommand. Returns the exit status:
 * 0 success, 1 verify found the chain broken, 2 usage error, 3 any other
 * error (cannot open the database, busy, write failed). */
int agatectl_audit_main(int argc, char **argv);

/* cmd_audit_shadow.c: `agatectl audit shadow-report`; argv[0] is
 * "shadow-report". Same exit statuses. */
int agatectl_audit_shadow_report(int argc, char **argv);

#endif

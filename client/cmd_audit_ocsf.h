/* cmd_audit_ocsf.h - `agatectl audit export --format ocsf`: the audit log
 * as OCSF API Activity events with the Security Control profile. */
#ifndef AGATE_CLIENT_CMD_AUDIT_OCSF_H
#define AGATE_CLIENT_CMD_AUDIT_OCSF_H

#include <stdbool.h>

/* Whether export's arguments (argv[0] is "export") ask for --format ocsf. */
bool agatectl_audit_wants_ocsf(int argc, char **argv);

/* Run the export; argv[0] is "export", default_db the database used
 * without --db. Exit status as agatectl_audit_main's. */
int agatectl_audit_export_ocsf(int argc, char **argv, const char *default_db);

#endif

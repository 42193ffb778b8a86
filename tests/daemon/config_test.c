/* config_test.c - daemon/config.h: command line, config file, precedence,
 * bad values. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon/config.h"

static int parse(agated_config *c, char *err, int argc, ...)
{
	char *argv[32];
	va_list ap;

	va_start(ap, argc);
	argv[0] = "agated";
	for (int i = 1; i < argc; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	argv[argc] = NULL;
	return agated_config_parse_args(c, argc, argv, err, 256);
}

static char *write_tmp(const char *text)
{
	static char path[64];
	int fd;

	strcpy(path, "/tmp/agated-config-XXXXXX");
	fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

Test(config, defaults)
{
	agated_config c;

	agated_config_init(&c);
	cr_assert_eq(c.audit_mode, AGATE_AUDIT_SYNC);
	cr_assert_eq(c.max_frame, 1024u * 1024u);
	cr_assert_eq(c.review_timeout_s, 300);
	cr_assert(agated_config_is_admin(&c, 0, 1234));
	cr_assert(agated_config_is_admin(&c, 1234, 1234));
	cr_assert_not(agated_config_is_admin(&c, 65534, 1234));
	agated_config_free(&c);
}

Test(config, command_line)
{
	agated_config c;
	char err[256] = "";

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 15, "--socket", "/tmp/s", "--db", "/tmp/d",
			   "--rules", "a.rules", "--rules", "b", "--audit", "async",
			   "--admin-uid", "1000", "--max-frame", "4096"), 0, "%s", err);
	cr_assert_str_eq(c.socket_path, "/tmp/s");
	cr_assert_str_eq(c.db_path, "/tmp/d");
	cr_assert_eq(c.nrules, 2);
	cr_assert_str_eq(c.rules[1], "b");
	cr_assert_eq(c.audit_mode, AGATE_AUDIT_ASYNC);
	cr_assert_eq(c.max_frame, 4096);
	cr_assert(agated_config_is_admin(&c, 1000, 5));
	agated_config_free(&c);
}

Test(config, bad_values_are_refused)
{
	agated_config c;
	char err[256] = "";

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--audit", "maybe"), -EINVAL);
	cr_assert(strstr(err, "sync or async"), "%s", err);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--max-frame", "12x"), -EINVAL);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 2, "--bogus"), -EINVAL);
	cr_assert(strstr(err, "--bogus"), "%s", err);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--review-timeout", "0"), -EINVAL);
	agated_config_free(&c);
}

Test(config, file_and_precedence)
{
	agated_config c;
	char err[256] = "";
	char *path = write_tmp("# agated settings\n"
			       "socket = /run/x.sock\n"
			       "db /var/lib/x.db   # trailing comment\n"
			       "rules /etc/agate/a\n"
			       "rules \"/etc/agate/b c\"\n"
			       "review-timeout 60\n"
			       "admin-uid 42\n"
			       "\n");

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 5, "--db", "/tmp/cli.db", "--config", path),
		     0, "%s", err);
	cr_assert_str_eq(c.socket_path, "/run/x.sock");
	cr_assert_str_eq(c.db_path, "/tmp/cli.db", "the command line wins");
	cr_assert_eq(c.nrules, 2);
	cr_assert_str_eq(c.rules[1], "/etc/agate/b c");
	cr_assert_eq(c.review_timeout_s, 60);
	cr_assert(agated_config_is_admin(&c, 42, 1));
	agated_config_free(&c);

	/* a list on the command line replaces the file's */
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 5, "--config", path, "--rules", "only.rules"),
		     0, "%s", err);
	cr_assert_eq(c.nrules, 1);
	cr_assert_str_eq(c.rules[0], "only.rules");
	agated_config_free(&c);
	unlink(path);
}

Test(config, file_errors_name_the_line)
{
	agated_config c;
	char err[256] = "";
	char *path = write_tmp("socket /tmp/a\nfrobnicate yes\n");

	agated_config_init(&c);
	cr_assert_eq(agated_config_load_file(&c, path, err, sizeof(err)), -EINVAL);
	cr_assert(strstr(err, ":2:"), "%s", err);
	cr_assert(strstr(err, "frobnicate"), "%s", err);
	agated_config_free(&c);
	unlink(path);
	agated_config_init(&c);
	cr_assert_lt(agated_config_load_file(&c, "/nonexistent/agated.conf", err,
					     sizeof(err)), 0);
	agated_config_free(&c);
}

Test(config, finish_fills_source_defaults)
{
	agated_config c;
	char err[256] = "";
	char dir[] = "/tmp/agated-cwd-XXXXXX";
	char old[4096];

	cr_assert_not_null(getcwd(old, sizeof(old)));
	cr_assert_not_null(mkdtemp(dir));
	cr_assert_eq(chdir(dir), 0);
	agated_config_init(&c);
	cr_assert_eq(agated_config_finish(&c, err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(c.nrules, 1);
	cr_assert(strstr(c.rules[0], "/default"));
	cr_assert_str_eq(c.socket_path, "agate-run/agated.sock");
	cr_assert_str_eq(c.db_path, "agate-run/audit.db");
	cr_assert_eq(access("agate-run", F_OK), 0, "the run folder is created");
	agated_config_free(&c);
	rmdir("agate-run");
	cr_assert_eq(chdir(old), 0);
	rmdir(dir);
}

/* The limits on connections' memory and slots (docs/operations.md). */
Test(config, connection_limits)
{
	agated_config c;
	char err[256] = "";

	agated_config_init(&c);
	cr_assert_eq(c.max_memory, 256u * 1024 * 1024);
	cr_assert_eq(c.max_memory_per_conn, 1024u * 1024);
	cr_assert_eq(agated_config_uid_memory(&c), 64u * 1024 * 1024, "a quarter by default");
	cr_assert_eq(c.admin_conns, 8);
	cr_assert_eq(c.write_timeout_s, 60);
	cr_assert_eq(parse(&c, err, 11, "--max-memory", "1048576", "--max-memory-per-uid",
			   "524288", "--max-memory-per-connection", "65536",
			   "--admin-connections", "2", "--write-timeout", "5"), 0, "%s", err);
	cr_assert_eq(c.max_memory, 1048576);
	cr_assert_eq(agated_config_uid_memory(&c), 524288);
	cr_assert_eq(c.max_memory_per_conn, 65536);
	cr_assert_eq(c.admin_conns, 2);
	cr_assert_eq(c.write_timeout_s, 5);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--max-memory", "1000"), -EINVAL, "below 64 KiB");
	cr_assert(strstr(err, "bytes"), "%s", err);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--write-timeout", "0"), -EINVAL);
	agated_config_free(&c);
}

Test(config, retention_settings)
{
	agated_config c;
	char err[256] = "";

	agated_config_init(&c);
	cr_assert_eq(c.audit_retain_days, 0, "keep forever by default");
	cr_assert_eq(c.audit_max_size, 0);
	cr_assert_eq(parse(&c, err, 5, "--audit-retain-days", "90", "--audit-max-size", "20G"), 0, "%s", err);
	cr_assert_eq(c.audit_retain_days, 90);
	cr_assert_eq(c.audit_max_size, 20ull << 30);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(agated_config_set(&c, "audit-max-size", "500MiB", false, err, sizeof err), 0, "%s", err);
	cr_assert_eq(c.audit_max_size, 500ull << 20);
	cr_assert_eq(agated_config_set(&c, "audit-max-size", "0", false, err, sizeof err), 0, "%s", err);
	cr_assert_eq(c.audit_max_size, 0);
	cr_assert_eq(agated_config_set(&c, "audit-max-size", "1000", false, err, sizeof err), -EINVAL);
	cr_assert(strstr(err, "64K"), "%s", err);
	cr_assert_eq(agated_config_set(&c, "audit-max-size", "12Q", false, err, sizeof err), -EINVAL);
	cr_assert_eq(agated_config_set(&c, "audit-max-size", "99999999999T", false, err, sizeof err), -EINVAL);
	cr_assert_eq(agated_config_set(&c, "audit-retain-days", "-1", false, err, sizeof err), -EINVAL);
	cr_assert_eq(agated_config_set(&c, "audit-retain-days", "36501", false, err, sizeof err), -EINVAL);
	agated_config_free(&c);
}

/* rules-label and watch-rules: file and command line, --watch-rules alone
 * means yes (or takes yes/no as its next word), and a label with control
 * characters is refused */
Test(config, rule_version_settings)
{
	agated_config c;
	char err[256] = "";
	char *path = write_tmp("rules-label \"commit 1a2b3c\"\nwatch-rules no\n");

	agated_config_init(&c);
	cr_assert_not(c.watch_rules);
	cr_assert_null(c.rules_label);
	cr_assert_eq(parse(&c, err, 3, "--config", path), 0, "%s", err);
	cr_assert_str_eq(c.rules_label, "commit 1a2b3c");
	cr_assert_not(c.watch_rules);
	agated_config_free(&c);

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 5, "--config", path, "--watch-rules", "--rules-label=v2"), 0, "%s", err);
	cr_assert(c.watch_rules, "--watch-rules alone turns it on");
	cr_assert_str_eq(c.rules_label, "v2", "the command line wins");
	agated_config_free(&c);
	unlink(path);

	/* the value as the next word, like every other setting's */
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--watch-rules", "yes"), 0, "%s", err);
	cr_assert(c.watch_rules);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 5, "--watch-rules", "yes", "--watch-rules", "no"), 0, "%s", err);
	cr_assert_not(c.watch_rules, "the last one wins");
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_neq(parse(&c, err, 3, "--watch-rules", "maybe"), 0, "not a yes or no: a stray word");
	agated_config_free(&c);

	agated_config_init(&c);
	cr_assert_neq(parse(&c, err, 2, "--watch-rules=maybe"), 0);
	cr_assert(strstr(err, "watch-rules"), "%s", err);
	agated_config_free(&c);
	agated_config_init(&c);
	cr_assert_neq(parse(&c, err, 3, "--rules-label", "a\tb"), 0);
	cr_assert(strstr(err, "rules-label"), "%s", err);
	agated_config_free(&c);
}

Test(config, audit_sinks_and_host_id)
{
	agated_config c;
	char err[512] = "";

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 6, "--audit-sink", "postgresql:host=/tmp dbname=audit",
			   "--audit-sink", "postgresql:postgresql://agate@central/audit", "--host-id"), -EINVAL);
	agated_config_free(&c);

	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 7, "--audit-sink", "postgresql:host=/tmp dbname=audit",
			   "--audit-sink", "postgresql:postgresql://agate@central/audit",
			   "--host-id", "web-01"), 0, "%s", err);
	cr_assert_eq(c.naudit_sinks, 2);
	cr_assert_str_eq(c.audit_sinks[1], "postgresql:postgresql://agate@central/audit");
	cr_assert_str_eq(c.host_id, "web-01");
	agated_config_free(&c);

	/* not PostgreSQL, an unreadable connection string, a host id with a space */
	agated_config_init(&c);
	cr_assert_eq(parse(&c, err, 3, "--audit-sink", "mysql:host=x"), -EINVAL);
	cr_assert(strstr(err, "postgresql:CONNINFO"), "%s", err);
	cr_assert_eq(parse(&c, err, 3, "--audit-sink", "postgresql:host='unterminated"), -EINVAL);
	cr_assert(strstr(err, "connection string"), "%s", err);
	cr_assert_eq(parse(&c, err, 3, "--host-id", "two words"), -EINVAL);
	cr_assert_eq(c.naudit_sinks, 0);
	agated_config_free(&c);
}

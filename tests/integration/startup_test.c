/* startup_test.c - what agated says when it starts with the shipped
 * frames: nothing above info when the start succeeds, and when it fails,
 * only the errors at error level (the frames' own lint warnings once came
 * out as error lines at every start). */
#include "harness.h"

#include <criterion/criterion.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *read_log(const agt_daemon *d)
{
	FILE *f = fopen(d->log, "r");
	cr_assert_not_null(f, "no log at %s", d->log);
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* the log's lines at a level: "<time> <level> <message>" */
static int lines_at(const char *log, const char *level, const char *containing)
{
	int n = 0;
	char want[32];
	snprintf(want, sizeof(want), "Z %s ", level);
	for (const char *p = log; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char line[2048];
		snprintf(line, sizeof(line), "%.*s", (int)(len < sizeof(line) ? len : sizeof(line) - 1), p);
		if (strstr(line, want) && (!containing || strstr(line, containing)))
			n++;
		p = nl ? nl + 1 : NULL;
	}
	return n;
}

static const char *frames(void)
{
	const char *f = getenv("AGATE_FRAMES");
	if (!f || !*f)
		cr_skip_test("AGATE_FRAMES is not set");
	return f;
}

TestSuite(startup, .timeout = 60);

Test(startup, shipped_frames_start_without_warnings)
{
	agt_daemon d;
	const char *extra[] = { "--frames", frames(), NULL };
	agt_init(&d, NULL); /* the shipped default pack */
	agt_start(&d, extra);
	cr_assert_eq(agt_stop(&d), 0);
	const char *log = read_log(&d);
	cr_assert_eq(lines_at(log, "warn", NULL), 0, "log:\n%s", log);
	cr_assert_eq(lines_at(log, "error", NULL), 0, "log:\n%s", log);
	cr_assert_geq(lines_at(log, "info", "policy generation 1"), 1, "log:\n%s", log);
	agt_cleanup(&d);
}

Test(startup, a_failed_start_logs_its_errors_and_no_warning_as_an_error)
{
	agt_daemon d;
	const char *agated = getenv("AGATED");
	cr_assert(agated && *agated, "AGATED is not set");
	agt_init(&d, "rule @broken\n  trigger bash\n  check args.command ==\n"
		     "  enforce block\nend\n");
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		int fd = open(d.log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		dup2(fd, 2);
		execl(agated, agated, "--socket", d.sock, "--db", d.db, "--rules", d.rules,
		      "--frames", frames(), (char *)NULL);
		_exit(127);
	}
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 1, "agated must refuse to start");
	const char *log = read_log(&d);
	cr_assert_eq(lines_at(log, "error", "test.rules:3:24: error: expected an operand"), 1,
		     "log:\n%s", log);
	cr_assert_eq(lines_at(log, "error", "warning:"), 0,
		     "a warning printed as an error:\n%s", log);
	cr_assert_eq(lines_at(log, "error", ".lex"), 0, "the frames have nothing to say:\n%s",
		     log);
	agt_cleanup(&d);
}

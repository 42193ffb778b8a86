/* build.c - the builder's diagnostics and the source digest, which the
 * lexer, the parser and every compile pass report through. A file of its
 * own so that none of them has to reach into compile.c.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "policy/lang/lang_int.h"

/* ---- diagnostics -------------------------------------------------------- */

static void vdiag(rl_build *b, agate_diag_level lv, const char *file, uint32_t line,
		  uint32_t col, const char *fmt, va_list ap) __attribute__((format(printf, 6, 0)));
static void vdiag(rl_build *b, agate_diag_level lv, const char *file, uint32_t line,
		  uint32_t col, const char *fmt, va_list ap)
{
	if (lv == AGATE_DIAG_ERROR) {
		b->nerrors++;
		if (b->ndiag_errors >= RL_MAX_ERRORS)
			return;
		b->ndiag_errors++;
	}
	if (!b->diags)
		return;
	/* the "too many errors" line is added by agate_rules_compile, after
	 * the sort, so that it comes last */
	if (agate_diags_addv(b->diags, lv, file ? file : "<input>", line, col, fmt, ap) < 0)
		b->oom = true;
}

void rl_error(rl_build *b, const char *file, uint32_t line, uint32_t col,
	      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vdiag(b, AGATE_DIAG_ERROR, file, line, col, fmt, ap);
	va_end(ap);
}

void rl_warn(rl_build *b, const char *file, uint32_t line, uint32_t col,
	     const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vdiag(b, AGATE_DIAG_WARNING, file, line, col, fmt, ap);
	va_end(ap);
}

/* path relative to root, both canonical (absolute, no "." or ".."
 * parts, no links): "sub/a.rules", or "../lib/x.rules" for a file
 * outside root. malloc'd; NULL when out of memory. */
static char *relative_to(const char *root, const char *path)
{
	size_t common = 0, i = 0, ups = 0;

	/* the longest common prefix that ends at a component boundary */
	while (root[i] && root[i] == path[i]) {
		i++;
		if ((root[i] == '/' || root[i] == '\0') && (path[i] == '/' || path[i] == '\0'))
			common = i;
	}
	if (root[1] == '\0') /* root is "/" */
		common = 0;
	for (const char *r = root + common; *r; r++)
		if (*r == '/' && r[1] && r[1] != '/')
			ups++;
	const char *rest = path + common;
	while (*rest == '/')
		rest++;
	size_t need = ups * 3 + strlen(rest) + 1;
	char *out = malloc(need);
	if (!out)
		return NULL;
	char *o = out;
	for (size_t k = 0; k < ups; k++, o += 3)
		memcpy(o, "../", 3);
	memcpy(o, rest, strlen(rest) + 1);
	return out;
}

void rl_digest_source(rl_build *b, const char *name, const char *text, size_t len)
{
	unsigned char lenb[8];
	uint64_t l = len;
	for (int i = 7; i >= 0; i--) {
		lenb[i] = (unsigned char)(l & 0xff);
		l >>= 8;
	}
	if (!b->md)
		return;
	/* the name as seen from the rule root, so that "x", "/abs/x" and
	 * "./x/" give one digest for the same files */
	char *canon = b->digest_root ? realpath(name, NULL) : NULL;
	char *rel = canon ? relative_to(b->digest_root, canon) : NULL;
	const char *dn = rel ? rel : name;
	if (canon && !rel)
		b->oom = true;
	if (EVP_DigestUpdate(b->md, dn, strlen(dn) + 1) != 1 ||
	    EVP_DigestUpdate(b->md, lenb, sizeof(lenb)) != 1 ||
	    (len && EVP_DigestUpdate(b->md, text, len) != 1))
		b->oom = true;
	free(rel);
	free(canon);
}

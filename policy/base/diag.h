/* diag.h - diagnostics from loading rule files and lexicons.
 *
 * Every error and warning names file, line and column (1-based) and says
 * what was expected. Formatted as "file:line:col: error: message".
 */
#ifndef AGATE_POLICY_DIAG_H
#define AGATE_POLICY_DIAG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum agate_diag_level {
	AGATE_DIAG_ERROR = 0,
	AGATE_DIAG_WARNING = 1,
} agate_diag_level;

typedef struct agate_diag {
	agate_diag_level level;
	const char *file; /* owned by the list */
	unsigned line, col;
	const char *message; /* owned by the list */
} agate_diag;

typedef struct agate_diags agate_diags;

agate_diags *agate_diags_new(void); /* NULL when out of memory */
void agate_diags_free(agate_diags *d);

/* Append one diagnostic (the strings are copied). Returns 0 or -ENOMEM. */
int agate_diags_add(agate_diags *d, agate_diag_level level, const char *file,
		    unsigned line, unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
int agate_diags_addv(agate_diags *d, agate_diag_level level, const char *file,
		     unsigned line, unsigned col, const char *fmt, va_list ap)
	__attribute__((format(printf, 6, 0)));

size_t agate_diags_count(const agate_diags *d);
size_t agate_diags_errors(const agate_diags *d);
size_t agate_diags_warnings(const agate_diags *d);
const agate_diag *agate_diags_at(const agate_diags *d, size_t i);

/* Sort the diagnostics from index `from` on by file, then line, then
 * column, keeping the order of those that tie (a stable sort). rank says
 * where a file goes (smaller first; called once per diagnostic with its
 * file and ctx); a diagnostic without a line (line 0, about a whole file)
 * comes first in its file. Those before `from` stay where they are.
 * Returns 0, or -ENOMEM with the order unchanged. */
int agate_diags_sort(agate_diags *d, size_t from,
		     unsigned (*rank)(const char *file, void *ctx), void *ctx)
	__attribute__((warn_unused_result));

/* "file:line:col: error: message" into buf (always NUL-terminated);
 * returns the length it wanted, like snprintf. */
int agate_diag_format(const agate_diag *diag, char *buf, size_t cap);

#endif

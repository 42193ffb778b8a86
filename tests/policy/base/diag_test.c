#include <criterion/criterion.h>
#include <string.h>

#include "policy/base/diag.h"

Test(diag, collects_and_formats)
{
	agate_diags *d = agate_diags_new();
	cr_assert_not_null(d);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "a.rules", 3, 7,
				     "expected %s, found %s", "'end'", "EOF"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_WARNING, "b.rules", 1, 1,
				     "unused predicate %s", "x"), 0);
	cr_assert_eq(agate_diags_count(d), 2);
	cr_assert_eq(agate_diags_errors(d), 1);
	cr_assert_eq(agate_diags_warnings(d), 1);
	char buf[128];
	agate_diag_format(agate_diags_at(d, 0), buf, sizeof(buf));
	cr_assert_str_eq(buf, "a.rules:3:7: error: expected 'end', found EOF");
	agate_diag_format(agate_diags_at(d, 1), buf, sizeof(buf));
	cr_assert_str_eq(buf, "b.rules:1:1: warning: unused predicate x");
	cr_assert_null(agate_diags_at(d, 2));
	agate_diags_free(d);
}

static unsigned rank_by_letter(const char *file, void *ctx)
{
	(void)ctx;
	/* "b.rules" was read before "a.rules"; other files last */
	return file[0] == 'b' ? 0 : file[0] == 'a' ? 1 : 9;
}

Test(diag, sort_is_by_file_rank_line_col_and_stable)
{
	agate_diags *d = agate_diags_new();
	cr_assert_not_null(d);
	/* index 0 stays: it is before `from` */
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "z.rules", 9, 9, "before"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "a.rules", 5, 1, "a5"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_WARNING, "b.rules", 3, 4, "b3.4"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "x.rules", 1, 1, "x"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "b.rules", 3, 2, "b3.2"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "a.rules", 5, 1, "a5 again"), 0);
	cr_assert_eq(agate_diags_add(d, AGATE_DIAG_ERROR, "a.rules", 0, 0, "whole file"), 0);
	cr_assert_eq(agate_diags_sort(d, 1, rank_by_letter, NULL), 0);
	static const char *const want[] = { "before", "b3.2", "b3.4", "whole file",
					    "a5", "a5 again", "x" };
	cr_assert_eq(agate_diags_count(d), 7);
	for (size_t i = 0; i < 7; i++)
		cr_assert_str_eq(agate_diags_at(d, i)->message, want[i], "at %zu", i);
	cr_assert_eq(agate_diags_errors(d), 6);
	cr_assert_eq(agate_diags_warnings(d), 1);
	agate_diags_free(d);
}

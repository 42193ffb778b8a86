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

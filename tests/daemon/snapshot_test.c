/* snapshot_test.c - daemon/snapshot.h: building from memory and from
 * files, reference counting, agents and their uids, the reload guard. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "daemon/snapshot.h"

static agated_snapshot *from_text(const char *text, uint64_t gen)
{
	agate_rules_source src = { "mem.rules", text, strlen(text) };
	agate_diags *diags = agate_diags_new();
	agate_ruleset *rs = NULL;
	agated_snapshot *s = NULL;

	cr_assert_eq(agate_rules_compile(&src, 1, &rs, diags), 0);
	cr_assert_eq(agated_snapshot_new(rs, NULL, gen, &s), 0);
	agate_diags_free(diags);
	return s;
}

#define RULE(n) "rule @" n "\n  trigger " n "\n  enforce block \"" n "\"\nend\n"

Test(snapshot, basics_and_refcount)
{
	agated_snapshot *s = from_text("default allow\n" RULE("a") RULE("b"), 7);

	cr_assert_eq(agated_snapshot_generation(s), 7);
	cr_assert_eq(agated_snapshot_rule_count(s), 2);
	cr_assert_eq(strlen(agated_snapshot_digest(s)), 64);
	cr_assert_null(agated_snapshot_frame(s));
	cr_assert_eq(agated_snapshot_ref(s), s);
	agated_snapshot_unref(s);
	/* still alive: one reference left */
	cr_assert_eq(agated_snapshot_rule_count(s), 2);
	agated_snapshot_unref(s);
	agated_snapshot_unref(NULL);
}

Test(snapshot, agents_and_uids)
{
	agated_snapshot *s = from_text(
		"default allow\n"
		"agent @billing\n  purpose \"billing\"\n  uid 1000\nend\n"
		"agent @free\n  purpose \"anything\"\nend\n" RULE("a"), 1);

	cr_assert_eq(agated_snapshot_agent_uid(s, "billing", 7), 1000);
	cr_assert_eq(agated_snapshot_agent_uid(s, "free", 4), -1);
	cr_assert_eq(agated_snapshot_agent_uid(s, "unknown", 7), -1);
	cr_assert_eq(agated_snapshot_agent_uid(s, "", 0), -1);
	/* without a frame there are no imprints */
	cr_assert_null(agated_snapshot_identity(s, "billing", 7));
	agated_snapshot_unref(s);
}

Test(snapshot, guard_counts_dropped_rules)
{
	agated_snapshot *old = from_text(RULE("a") RULE("b") RULE("c") RULE("d"), 1);
	agated_snapshot *same = from_text(RULE("d") RULE("c") RULE("b") RULE("a") RULE("e"), 2);
	agated_snapshot *half = from_text(RULE("a") RULE("b"), 3);
	agated_snapshot *most = from_text(RULE("a") RULE("x") RULE("y"), 4);

	cr_assert_eq(agated_snapshot_dropped(old, same), 0);
	cr_assert(agated_snapshot_guard_ok(old, same));
	cr_assert_eq(agated_snapshot_dropped(old, half), 2);
	cr_assert(agated_snapshot_guard_ok(old, half), "exactly half may go");
	cr_assert_eq(agated_snapshot_dropped(old, most), 3);
	cr_assert_not(agated_snapshot_guard_ok(old, most), "more than half needs force");
	cr_assert(agated_snapshot_guard_ok(NULL, most), "nothing to protect at start");
	agated_snapshot_unref(old);
	agated_snapshot_unref(same);
	agated_snapshot_unref(half);
	agated_snapshot_unref(most);
}

Test(snapshot, load_from_files_reports_every_error)
{
	char dir[] = "/tmp/agated-snap-XXXXXX";
	char path[128];
	const char *paths[1] = { path };
	agate_diags *diags = agate_diags_new();
	agated_snapshot *s = (agated_snapshot *)1;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/bad.rules", dir);
	f = fopen(path, "w");
	fputs("rule @a\n  trigger x\n  enforce blok \"x\"\nend\nrule @b\n  trigger\nend\n", f);
	fclose(f);
	cr_assert_lt(agated_snapshot_load(paths, 1, "none", 2, &s, diags), 0);
	cr_assert_eq(s, (agated_snapshot *)1, "nothing returned on error");
	cr_assert_geq(agate_diags_errors(diags), 2);
	cr_assert_str_eq(agate_diags_at(diags, 0)->file, path);
	cr_assert_eq(agate_diags_at(diags, 0)->line, 3);

	f = fopen(path, "w");
	fputs("default allow\n" RULE("a"), f);
	fclose(f);
	agate_diags_free(diags);
	diags = agate_diags_new();
	cr_assert_eq(agated_snapshot_load(paths, 1, "none", 2, &s, diags), 0);
	cr_assert_eq(agated_snapshot_generation(s), 2);
	cr_assert_eq(agated_snapshot_rule_count(s), 1);
	agated_snapshot_unref(s);
	agate_diags_free(diags);
	unlink(path);
	rmdir(dir);
}

Test(snapshot, load_with_the_shipped_frame)
{
	const char *paths[1];
	char packs[512];
	agate_diags *diags = agate_diags_new();
	agated_snapshot *s = NULL;
	int e;

	snprintf(packs, sizeof(packs), "%s/default", AGATE_SOURCE_PACKS);
	paths[0] = packs;
	e = agated_snapshot_load(paths, 1, AGATE_SOURCE_FRAMES, 1, &s, diags);
	if (e) {
		char line[512];
		agate_diag_format(agate_diags_at(diags, 0), line, sizeof(line));
		cr_assert_fail("default pack or frame failed: %s", line);
	}
	cr_assert_not_null(agated_snapshot_frame(s));
	cr_assert_gt(agated_snapshot_rule_count(s), 0);
	agated_snapshot_unref(s);
	agate_diags_free(diags);
}

/* corpus.h - the realistic inputs of the corpus benchmark: what agents
 * actually send, as opposed to bench_make_actions' short synthetic calls.
 *
 * Two sources, both shipped with the project:
 *   - a JSONL file in the format of `agatectl test` (tests/corpus/roles.jsonl:
 *     business tool calls by role-scoped agents, with the trigger and the
 *     task in the context), every step of every case;
 *   - corpus_generate: shell one-liners, shell scripts, Python snippets and
 *     `python3 -c` lines of the length and shape coding agents send, built
 *     from templates by a seeded generator (the same seed always gives the
 *     same inputs).
 *
 * Everything (strings, value trees) lives in the arena given; identities
 * are owned by the corpus and freed by corpus_free.
 */
#ifndef AGATE_BENCH_CORPUS_H
#define AGATE_BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "policy/base/action.h"
#include "policy/base/arena.h"
#include "policy/drift/drift.h"
#include "policy/lang/rules.h"

/* What kind of input an item is, for the per-kind figures. */
typedef enum corpus_kind {
	CORPUS_ROLES = 0,  /* a business tool call from the roles corpus */
	CORPUS_SHELL_LINE, /* a shell one-liner */
	CORPUS_SHELL_SCRIPT, /* a multi-line shell script */
	CORPUS_PYTHON,     /* a Python snippet (args.code of a python tool) */
	CORPUS_KINDS
} corpus_kind;

typedef struct corpus_item {
	agate_action act;
	const agate_identity *identity;
	unsigned session;   /* index of its session (history, drift state) */
	corpus_kind kind;
	agate_str shell;    /* the command text the shell parser reads, or empty */
	agate_str python;   /* the code the Python reader reads, or empty */
	char id[32];        /* case id and step, or gen-<kind>-<n> */
} corpus_item;

typedef struct corpus {
	corpus_item *items;
	size_t n, cap;
	unsigned nsessions;
	agate_identity **ids; /* owned */
	char **id_keys;       /* agent NUL purpose NUL tools..., owned */
	size_t nids, capids;
} corpus;

int corpus_init(corpus *c, size_t cap);
void corpus_free(corpus *c);

/* Append every step of every case of a JSONL file. The identity of each
 * case is imprinted in frame (NULL: no identities), with the role the
 * rule set gives a known agent, as agatectl test does. Returns 0, or
 * -errno (with a message on stderr) when the file cannot be read. */
int corpus_load_jsonl(corpus *c, const char *path, const agate_ruleset *rs,
		      const agate_frame *frame, agate_arena *a);

/* Append n generated coding-agent actions (seeded). */
int corpus_generate(corpus *c, size_t n, uint64_t seed, const agate_frame *frame,
		    agate_arena *a);

const char *corpus_kind_name(corpus_kind k);

#endif

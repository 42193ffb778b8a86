/* arg_names.h - arguments a tool may read one way and the rules another.
 *
 * The rules read an argument by its name folded (param(): ASCII case,
 * `_`, `-`, `.` and blanks aside), so that `amount`, `Amount` and
 * `total_amount` are the names people give them. A tool reads the exact
 * name. A map that holds two names folding alike with different values
 * (`{"amount": 9420, "amount ": 94200}`) would let the rules judge one
 * value while the tool takes the other: the JSON reader refuses only the
 * same name twice, and a text call's repeated name is already read as all
 * of its values. Such arguments are not judged; the decision blocks with
 * the two names.
 *
 * Contract: agate_args_named_twice() walks every map of args (nested maps
 * and lists included, to depth AGATE_ARGS_NAMES_DEPTH, deeper maps are
 * not looked at: param() refuses to read them) and returns a sentence in
 * the arena naming the first two members of one map whose names fold
 * alike and whose values differ, or NULL when there is none. The same
 * name with the same value twice is no ambiguity and is let be. Names
 * that fold to nothing or to more than RL_PARAM_KEY_MAX bytes are never
 * read by param() and are skipped. Time is linear in the members (a map
 * of more than 16 members is sorted by its names' hashes); memory is one
 * entry per member of the largest map, in the arena. When the arena is
 * exhausted the answer is a sentence saying so, so that the caller still
 * blocks.
 */
#ifndef AGATE_POLICY_ARG_NAMES_H
#define AGATE_POLICY_ARG_NAMES_H

#include "policy/base/arena.h"
#include "policy/base/value.h"

#define AGATE_ARGS_NAMES_DEPTH 64

const char *agate_args_named_twice(const agate_value *args, agate_arena *arena);

#endif

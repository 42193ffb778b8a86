/* audit_tree.h - a value tree carried from the loop thread to the audit
 * writer, which turns it into the row's JSON text there.
 *
 * Writing a check's arguments and the cascade's scores as JSON (numbers
 * with %.17g) was half of the loop thread's instructions per check. The
 * loop now copies the tree (a few hundred bytes of structs and strings,
 * no formatting) into the record's own allocation and the writer
 * formats it with the same agate_json_encode, so the row's text is
 * exactly what it was.
 *
 * A copy lives in two regions of one block: the structs (agate_value,
 * agate_member; 8-byte aligned, every size a multiple of 8) and the
 * bytes of strings and keys (each NUL-terminated, as decoders make them).
 */
#ifndef AGATE_DAEMON_AUDIT_TREE_H
#define AGATE_DAEMON_AUDIT_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "policy/base/value.h"

/* Deepest tree copied; a deeper one is formatted by the caller instead. */
#define AGATED_TREE_MAX_DEPTH 256

/* What a copy of v needs: *nodes bytes of structs, *bytes of strings.
 * false when v nests deeper than AGATED_TREE_MAX_DEPTH or the sizes
 * overflow. */
bool agated_tree_size(const agate_value *v, size_t *nodes, size_t *bytes);

/* Copy v: its structs from *nodes (8-byte aligned), its strings from
 * *bytes; both cursors advance by what agated_tree_size said. Returns the
 * copy's root. Only after agated_tree_size said yes. */
agate_value *agated_tree_copy(const agate_value *v, char **nodes, char **bytes);

#endif

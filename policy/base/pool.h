/* pool.h - the rule set's storage and the compiler's growable containers.
 *
 * A pool hands out zeroed blocks and frees them all at once with the rule
 * set; rl_vec and rl_map are plain malloc'd containers used while a rule
 * set is compiled and thrown away before it is published.
 */
#ifndef AGATE_POLICY_POOL_H
#define AGATE_POLICY_POOL_H

#include <stddef.h>
#include <stdint.h>

/* ---- pool: the rule set's storage, freed all at once ---------------- */
typedef struct rl_pool rl_pool;
rl_pool *rl_pool_new(void);
void rl_pool_free(rl_pool *p);
void *rl_alloc(rl_pool *p, size_t n);  /* zeroed, NULL on ENOMEM */
char *rl_strndup(rl_pool *p, const char *s, size_t n);
size_t rl_pool_bytes(const rl_pool *p);

/* ---- growable array of pointers (compile time only) ------------------ */
typedef struct rl_vec {
	void **items;
	size_t len, cap;
} rl_vec;
int rl_vec_push(rl_vec *v, void *item);
void rl_vec_free(rl_vec *v);

/* ---- string -> pointer hash map (compile time only) ------------------ */
typedef struct rl_map {
	struct rl_map_slot *slots;
	size_t cap, len;
} rl_map;
void *rl_map_get(const rl_map *m, const char *key, size_t len);
int rl_map_put(rl_map *m, const char *key, size_t len, void *val); /* key borrowed */
void rl_map_free(rl_map *m);

#endif

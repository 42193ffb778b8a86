/* lexicon.h - private to the drift module: text normalisation, the
 * frame's term table, and the bag of terms an action is projected from.
 *
 * Everything here is deterministic: ASCII-only case folding, a fixed
 * suffix stripper, FNV-1a hashes of the normalised bytes, and loops in
 * the order the text was written. Nothing depends on the locale, on
 * pointer values or on the order of a hash table's slots.
 */
#ifndef AGATE_POLICY_LEXICON_H
#define AGATE_POLICY_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "policy/base/arena.h"
#include "policy/base/diag.h"
#include "policy/drift/drift.h"

#define AGATE_LEX_MAX_WORD 32     /* longer words are cut (base64 blobs, hashes) */
#define AGATE_LEX_MAX_PHRASE 4    /* words in a multi-word term */
#define AGATE_LEX_MAX_AXES 64
#define AGATE_LEX_BOW 1024        /* hashed bag-of-words buckets */
#define AGATE_LEX_MAX_ROLES 256   /* roles of the roles lexicon */
#define AGATE_LEX_MAX_ROLE_TERMS 512 /* terms one role expands to */

/* What an axis is used for beyond its own activation. */
enum {
	AGATE_AXIS_USE_INJECTION = 1u << 0,     /* its terms in context.trigger are injected orders */
	AGATE_AXIS_USE_ROLE_OVERRIDE = 1u << 1, /* its terms rewrite the agent's identity */
};

typedef struct agate_lex_axis {
	char *name;   /* money_movement */
	char *label;  /* "money movement" (defaults to name with spaces) */
	double risk;  /* 0 = a domain axis: describes, never risky */
	unsigned use; /* AGATE_AXIS_USE_* */
} agate_lex_axis;

/* A role of the roles lexicon (`role NAME`): the names people give an
 * agent of that role (`names` lines, matched in the identity's role,
 * agent name and purpose) and the actions and objects such an agent
 * normally touches (its weighted terms, added to the imprint). */
typedef struct agate_lex_role_term {
	char *text;    /* a word or a phrase, as written */
	double weight;
} agate_lex_role_term;

typedef struct agate_lex_role {
	char *name;   /* crm */
	char *label;  /* "sales and CRM" (defaults to name with spaces) */
	agate_lex_role_term *terms;
	size_t nterms, capterms;
} agate_lex_role;

typedef struct agate_lex_posting {
	uint16_t axis;
	double weight;
} agate_lex_posting;

/* A surface word's outcome, computed at load (surface.c). */
enum {
	AGATE_SURF_STOP = 1u << 0,   /* its stem is a stop word */
	AGATE_SURF_NUMBER = 1u << 1, /* its stem is all digits */
	AGATE_SURF_SHORT = 1u << 2,  /* its stem is one byte or none */
};

typedef struct agate_lex_surface {
	uint64_t key;   /* agate_lex_surface_key of the word; 0 marks empty */
	uint64_t stem;  /* agate_lex_hash of its stem */
	uint32_t first; /* its stem's postings: postings + first, count */
	uint16_t count;
	uint16_t flags; /* AGATE_SURF_* */
} agate_lex_surface;

struct agate_frame {
	size_t naxes;
	agate_lex_axis axes[AGATE_LEX_MAX_AXES];
	/* term table: open addressing on the 64-bit hash of the normalised
	 * term (phrases hash their words' hashes in order); 0 marks empty */
	uint64_t *keys;
	uint32_t *first; /* index into postings */
	uint16_t *count;
	size_t cap;      /* power of two */
	agate_lex_posting *postings;
	size_t npostings;
	/* words that start some phrase: 4096-bit filter so most words skip
	 * the n-gram probes */
	uint64_t phrase_start[64];
	/* stop words (built-in list plus `stop` lines), same hashing */
	uint64_t *stops;
	size_t stop_cap;
	/* words that say nothing of what an agent is for (`generic` lines):
	 * left out of an identity's imprint */
	uint64_t *generic;
	size_t generic_cap;
	/* words naming the daily work of some job (`routine` lines): an
	 * identity silent about them is no evidence against the action */
	uint64_t *routine;
	size_t routine_cap;
	/* the roles lexicon: roles in load order, and a table from the hash
	 * of each role name (a word or a phrase, hashed like terms) to its
	 * role; role_start filters the words that start a name */
	agate_lex_role *roles;
	size_t nroles;
	uint64_t *role_keys; /* 0 marks empty */
	uint16_t *role_of;
	size_t role_cap;     /* power of two */
	uint64_t role_start[64];
	/* surface words (the lexicons' words, their usual inflections and
	 * the stop words, case-folded) to their stem's hash, stop flag and
	 * postings: open addressing, power-of-two cap, key 0 empty */
	agate_lex_surface *surf;
	size_t surf_cap, nsurf;
	/* the cascade's numbers: the defaults with the `set` lines applied */
	agate_drift_config settings;
};

/* ASCII classes of the word splitter (lexicon.c) and the .lex parser
 * (frame.c). */
static inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* FNV-1a 64 over bytes; never returns 0 (0 marks an empty slot). */
uint64_t agate_lex_hash(const char *s, size_t n);
uint64_t agate_lex_hash_pair(uint64_t a, uint64_t b);

/* Normalise one word in place: ASCII lower case, then suffix stripping.
 * Returns the new length. w must hold n bytes; n <= AGATE_LEX_MAX_WORD. */
size_t agate_lex_stem(char *w, size_t n);

/* Called once per word of a text, in order. `word` is the normalised
 * word (NUL-terminated, valid during the call); off/len locate the raw
 * word in the text. Return false to stop scanning. */
typedef bool (*agate_lex_word_fn)(void *ctx, const char *word, size_t wlen,
				  uint64_t hash, size_t off, size_t len);

/* Split text into words: runs of ASCII letters and digits (bytes >= 0x80
 * count as letters), cut again at camelCase humps and letter/digit
 * boundaries, so EmergencyDispatchSystem2 gives emergency dispatch system
 * 2. Scans at most max_bytes of the text. */
void agate_lex_words(const char *s, size_t n, size_t max_bytes,
		     agate_lex_word_fn fn, void *ctx);

/* The same words as agate_lex_words, as the bag reads them: each word's
 * bounds s[start..end) and its surface key (agate_lex_surface_key of its
 * first AGATE_LEX_MAX_WORD bytes), computed in the splitting pass.
 * Return false to stop. */
typedef bool (*agate_lex_split_fn)(void *ctx, size_t start, size_t end, uint64_t key);
void agate_lex_split(const char *s, size_t n, size_t max_bytes,
		     agate_lex_split_fn fn, void *ctx);

bool agate_lex_is_stop(const agate_frame *f, uint64_t hash);
bool agate_lex_is_generic(const agate_frame *f, uint64_t hash);
bool agate_lex_is_routine(const agate_frame *f, uint64_t hash);
/* the role a role name (hash of one word, or of a phrase as terms hash)
 * names, or -1 */
int agate_lex_role_lookup(const agate_frame *f, uint64_t key);
bool agate_lex_may_start_role(const agate_frame *f, uint64_t hash);
/* postings of a term hash, or 0 with *out NULL */
size_t agate_lex_lookup(const agate_frame *f, uint64_t key,
			const agate_lex_posting **out);
bool agate_lex_may_start_phrase(const agate_frame *f, uint64_t hash);

/* ---- surface words (surface.c) ------------------------------------------ */

/* FNV-1a 64 of the word with ASCII upper case folded, as the splitter
 * cuts it (at most AGATE_LEX_MAX_WORD bytes); never 0. */
static inline uint64_t agate_lex_surface_key(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_upper(c))
			c = (unsigned char)(c - 'A' + 'a');
		h ^= c;
		h *= 0x100000001b3ull;
	}
	return h ? h : 1;
}
/* The entry of a surface key, or NULL: then the word must be stemmed.
 * An entry holds exactly what stemming the word gives (the table is
 * filled by running the stemmer at load). */
static inline size_t agate_lex_surface_home(uint64_t key, size_t mask)
{
	return (size_t)(key ^ (key >> 33)) & mask;
}
static inline const agate_lex_surface *agate_lex_surface_find(const agate_frame *f,
							      uint64_t key)
{
	if (!f->surf)
		return NULL;
	size_t mask = f->surf_cap - 1;
	for (size_t i = agate_lex_surface_home(key, mask);; i = (i + 1) & mask) {
		const agate_lex_surface *e = &f->surf[i];
		if (e->key == 0)
			return NULL;
		if (e->key == key)
			return e;
	}
}
/* Build the table from NUL-terminated words packed in words[0..len)
 * (the lexicons' words as written, and the stop words), with the forms
 * of each that some ending gives and whose stem is a term or a stop
 * word. Needs the term and stop tables built. Replaces f->surf. */
int agate_lex_surface_build(agate_frame *f, const char *words, size_t len);

/* ---- bag of terms ---------------------------------------------------- */

enum {
	AGATE_BAG_TOOL = 1u << 0,    /* came from the tool name */
	AGATE_BAG_CONTENT = 1u << 1, /* came from args or text */
	AGATE_BAG_PHRASE = 1u << 2,  /* a multi-word lexicon term */
	AGATE_BAG_DESC = 1u << 3,    /* came from the tool's description (context) */
	AGATE_BAG_ROLE = 1u << 4,    /* an identity's: came from a role of the roles lexicon */
};

typedef struct agate_bag_entry {
	uint64_t hash;
	double weight;   /* largest source weight it was seen with */
	unsigned flags;
	const char *src; /* raw text of its first occurrence (borrowed) */
	uint32_t len;
	uint32_t np;     /* its postings in the frame, looked up once when */
	const agate_lex_posting *po; /* the term entered the bag (NULL, 0: none) */
} agate_bag_entry;

/* Distinct terms of one text set, in first-seen order. Bounded: once
 * full, further terms are ignored (the bound is in the docs). */
typedef struct agate_bag {
	agate_bag_entry *items;
	size_t n, max;
	uint32_t *slots; /* 1-based item index per slot, 0 = empty */
	size_t cap;      /* power of two, > 2 * n; grows from the arena */
	size_t words;    /* words scanned (stop words included) */
	agate_arena *arena; /* where the slot table grows */
	bool oom;        /* the slot table could not grow: terms were lost */
	bool identity;   /* an identity's bag: `generic` words stay out */
} agate_bag;

/* Allocate a bag for up to max terms in the arena. The slot table starts
 * small and doubles as terms arrive, so a short text clears little
 * memory. -ENOMEM on failure; a later failure to grow sets b->oom. */
int agate_bag_init(agate_bag *b, size_t max, agate_arena *a);
/* index of the entry with hash h, or -1 */
long agate_bag_find(const agate_bag *b, uint64_t h);

/* Add the words (minus stop words) and the lexicon phrases of text to
 * the bag with the given source weight and flags. Scans at most
 * max_bytes of the text. */
void agate_bag_add_text(agate_bag *b, const agate_frame *f, const char *s,
			size_t n, size_t max_bytes, double weight,
			unsigned flags);

#endif

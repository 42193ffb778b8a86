/* bundle.h - signed rule bundles: rule files and frames with a manifest of
 * their digests and a revision, signed with Ed25519 (OpenSSL). Built by
 * `agatectl bundle build`, pulled and checked by agated (daemon/bundle.h).
 * docs/fleet.md describes the format for people:
 *
 *   agate-bundle 1\n
 *   revision N\n
 *   key KEYID\n                    first 16 hex digits of SHA-256(public key)
 *   file SHA256HEX SIZE NAME\n     one per file, NAME under rules/ or frames/
 *   end\n
 *   signature HEX\n                Ed25519 over every byte up to "end\n"
 *   the files' bytes, in manifest order, and nothing after them
 *
 * Every check is made before anything is trusted: the header's syntax and
 * limits, the signature against the configured public key, each file's
 * size and digest, and the exact length. A name is relative, made of
 * [A-Za-z0-9._-] segments, none of them "." or "..".
 *
 * Errors: 0 or a negative errno with a one-line message in err:
 * -EINVAL malformed or over a limit, -EBADMSG bad signature or digest
 * (or a key that is not the bundle's), -ENOENT/-EACCES/-EIO file errors.
 */
#ifndef AGATE_SCHEMA_BUNDLE_H
#define AGATE_SCHEMA_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define AGATE_BUNDLE_MAX_BYTES (64u << 20)
#define AGATE_BUNDLE_MAX_FILES 10000

/* Write a new Ed25519 key pair: PREFIX.key (PKCS#8 PEM, mode 0600, never
 * over an existing file) and PREFIX.pub (SubjectPublicKeyInfo PEM). */
__attribute__((warn_unused_result))
int agate_bundle_keygen(const char *prefix, char *err, size_t errcap);

/* Build a bundle of revision (>= 1) into out: each rule path (a file, or
 * a folder read recursively) under rules/, the frames folder (may be
 * NULL) under frames/, signed with the private key in key_file. */
__attribute__((warn_unused_result))
int agate_bundle_build(const char *key_file, uint64_t revision,
		       const char *const *rule_paths, size_t nrules,
		       const char *frames_dir, const char *out, char *err, size_t errcap);

typedef struct agate_bundle agate_bundle;

/* Parse and check data[0..len). With pub_file, the signature must verify
 * with that public key; without (inspect), it is only parsed and
 * agate_bundle_signed says false. Digests and lengths are always checked.
 * The bundle copies what it keeps; free with agate_bundle_free. */
__attribute__((warn_unused_result))
int agate_bundle_open(const void *data, size_t len, const char *pub_file,
		      agate_bundle **out, char *err, size_t errcap);

void agate_bundle_free(agate_bundle *b);

uint64_t agate_bundle_revision(const agate_bundle *b);
const char *agate_bundle_key_id(const agate_bundle *b);
bool agate_bundle_signed(const agate_bundle *b);     /* verified with a key */
bool agate_bundle_has_frames(const agate_bundle *b);
size_t agate_bundle_count(const agate_bundle *b);
/* File i: its name, size and SHA-256 hex (valid as long as b). */
void agate_bundle_file(const agate_bundle *b, size_t i, const char **name,
		       size_t *size, const char **sha256);
/* The SHA-256 hex of the whole bundle (its identity in logs and stats). */
const char *agate_bundle_digest(const agate_bundle *b);

/* Write the files under dir (created mode 0750 with its subfolders; it
 * must not exist yet). */
__attribute__((warn_unused_result))
int agate_bundle_extract(const agate_bundle *b, const char *dir, char *err, size_t errcap);

/* The key id of the public key in pub_file (17 bytes with the NUL). */
__attribute__((warn_unused_result))
int agate_bundle_pub_id(const char *pub_file, char out[17], char *err, size_t errcap);

#endif

/* cli_line.h - the command line a command-line tool's split arguments make.
 *
 * Agents call a cloud or cluster CLI as a tool of its own name and give
 * the subcommand and the flags apart:
 *
 *   tool "aws_cli", {"command": "cloudtrail stop-logging",
 *                    "args": {"--name": "org-trail", "--region": "us-east-1"}}
 *
 * The shell rules read command lines, so this is the line the program
 * runs: "aws cloudtrail stop-logging --name org-trail --region us-east-1".
 * Whatever the tool is called, the program is what runs, so the gate
 * judges the line the way it judges that program in a shell.
 *
 * Contract: agate_cli_line() reads a tool name and its argument map and
 * returns the line in the arena, or a zero agate_str when the tool is no
 * known CLI program (aws, gcloud, gsutil, az, kubectl, helm, terraform,
 * tofu, oc, docker, podman, git, gh, glab, with or without a "cli"
 * suffix, any case, '_', '-', '.', ' ' ignored) or its arguments carry no
 * command (a string under command, cmd or subcommand, or a list or map
 * under args, arguments, flags, options or parameters). Flags in a map are
 * written "--key value" (a key without a dash gets "--" unless it names a
 * positional: target, path, resource, name, source, destination, bucket,
 * uri, url, then only its value is written); true writes the flag alone,
 * false and nil drop it; a list writes its items in order; a nested map or
 * list inside is written as nothing (it is no argv word). A value holding
 * a blank or a shell character is quoted with single quotes, so the line
 * reads as the argv the program receives. The line is at most
 * AGATE_CLI_LINE_MAX bytes; *too_long is set when it would be longer.
 * No state; every byte is in the arena. */
#ifndef AGATE_POLICY_CLI_LINE_H
#define AGATE_POLICY_CLI_LINE_H

#include <stdbool.h>

#include "policy/base/arena.h"
#include "policy/base/value.h"

#define AGATE_CLI_LINE_MAX 65536u

agate_str agate_cli_line(agate_str tool, const agate_value *args, agate_arena *arena,
			 bool *too_long);

#endif

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
 * known CLI program or neither its arguments nor its name carry a command.
 * The program is the tool's name folded whole (aws_cli, AWS-CLI, awscli,
 * awscliv2), else its first segment that names one (mcp__aws__aws_cli,
 * run_kubectl, call_aws): aws, gcloud, gsutil, az (azure), kubectl
 * (kubernetes, k8s), helm, terraform, tofu, oc, docker, podman, git, gh,
 * glab. The segments after the program's last one, less "cli", "tool",
 * "command", "chart", "release" and a version, are the subcommand the
 * name carries (kubectl_delete, git_push, gh_pr_merge; aws joins the
 * operation in kebab case: aws_s3api_delete_bucket is "s3api
 * delete-bucket"); with none after it, the segments before it that are
 * not a runner's (mcp, run, call, exec, tool ...) are (uninstall_helm_chart
 * is "helm uninstall"). Without such a subcommand the line is the program
 * (unless the first command word is it), then the words under command,
 * cmd, cli_command, service, subcommand, sub_command, subCommand and
 * operation in that order (a string as written, a list as its words, a
 * map as an invocation of its own whose verb may also be under action,
 * verb or op), then the flags. With one, the line is the program, that
 * subcommand, the words under subcommand, sub_command, subCommand and
 * operation, the flags, and last the words under command, cmd,
 * cli_command and service, which name what the subcommand runs or acts on
 * (docker_run {"image": "alpine", "command": "sh"} is "docker run alpine
 * sh"). The flags are those under args, arguments, argv, flags,
 * options, parameters and params (a string as written, a list as its
 * words, a map as flags), then every other member as a flag, except those
 * that say where or why it runs (cwd, env, timeout, reason, note ...) and
 * prose (a string with a blank or a line end: a message or a title beside
 * the command is no argv word). A flag in a map is "--key value" (a key
 * without a dash gets "--", one dash for one letter, '_' written as '-'
 * and camelCase as kebab case: allNamespaces is --all-namespaces); true
 * writes the flag alone, false its "--no-" form, nil nothing; a list
 * repeats the flag; a pair given as a list or a one-member map inside a
 * list is flattened once; a member named for a positional (target, path,
 * resource, source, destination, uri, url, resourceType, kind; name for
 * kubectl, helm and oc; image for docker and podman) is its value alone; a nested map, or a list that
 * holds one, is its JSON text as one word (--policy '{"Statement":...}').
 * A value holding a blank or a shell character is quoted with single
 * quotes, so the line reads as the argv the program receives. The line is
 * at most AGATE_CLI_LINE_MAX bytes; *too_long is set when it would be
 * longer, or when the arena has no room to write it (the caller then
 * blocks).
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

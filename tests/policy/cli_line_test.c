/* Tests for agate_cli_line (policy/cli_line.h): the command line a CLI
 * program's tool makes of its subcommand and flags given apart, and what
 * is no such tool. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/json_read.h"
#include "policy/cli_line.h"

static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1u << 20);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_arena_free(arena);
}

TestSuite(cli_line, .init = setup, .fini = teardown);

static const agate_value *js(const char *json)
{
	agate_value *v = NULL;
	char err[128];
	cr_assert_eq(agate_json_read(json, strlen(json), arena, &v, err, sizeof err, NULL), 0,
		     "%s: %s", json, err);
	return v;
}

/* the line, or "" when there is none */
static const char *line_of(const char *tool, const char *json)
{
	bool too_long = true;
	agate_str l = agate_cli_line((agate_str){ tool, strlen(tool) }, js(json), arena,
				     &too_long);
	cr_assert(!too_long, "%s %s", tool, json);
	static char buf[4096];
	snprintf(buf, sizeof buf, "%.*s", (int)l.len, l.ptr ? l.ptr : "");
	return buf;
}

Test(cli_line, a_subcommand_and_its_flags_make_the_programs_line)
{
	cr_expect_str_eq(line_of("aws_cli", "{\"command\": \"cloudtrail stop-logging\", "
					    "\"args\": {\"--name\": \"org-trail\", \"--region\": \"us-east-1\"}}"),
			 "aws cloudtrail stop-logging --name org-trail --region us-east-1");
	/* the program named once, whatever the tool's spelling */
	cr_expect_str_eq(line_of("GCloud-CLI", "{\"command\": \"gcloud projects delete p1\", "
					       "\"flags\": {\"quiet\": true}}"),
			 "gcloud projects delete p1 --quiet");
	/* a list is the argv as written; a positional by its name is its value */
	cr_expect_str_eq(line_of("kubectl", "{\"command\": \"get\", \"args\": [\"secrets\", \"-A\", \"-o\", \"yaml\"]}"),
			 "kubectl get secrets -A -o yaml");
	cr_expect_str_eq(line_of("awscli", "{\"command\": \"s3 rm\", \"args\": {\"target\": \"s3://b/\", "
					   "\"--recursive\": true, \"--dryrun\": false, \"x\": null}}"),
			 "aws s3 rm s3://b/ --recursive --no-dryrun");
	/* a repeated flag, numbers as written, one-letter keys with one dash */
	cr_expect_str_eq(line_of("az", "{\"command\": \"vm create\", \"args\": {\"tags\": [\"a=1\", \"b=2\"], "
				       "\"count\": 3, \"n\": \"vm1\"}}"),
			 "az vm create --tags a=1 --tags b=2 --count 3 -n vm1");
}

Test(cli_line, every_shape_an_agent_gives_makes_the_same_line)
{
	/* flags beside the command, snake_case names, where it runs dropped */
	cr_expect_str_eq(line_of("terraform", "{\"command\": \"destroy\", \"workspace\": \"production\", "
					      "\"auto_approve\": true, \"cwd\": \"/srv/infra\"}"),
			 "terraform destroy --workspace production --auto-approve");
	/* the command's words under several keys, and as a list */
	cr_expect_str_eq(line_of("aws_cli", "{\"command\": \"iam\", \"subcommand\": \"attach-user-policy\", "
					    "\"args\": {\"--user-name\": \"x\"}}"),
			 "aws iam attach-user-policy --user-name x");
	cr_expect_str_eq(line_of("gcloud", "{\"command\": [\"projects\", \"delete\", \"p1\"]}"),
			 "gcloud projects delete p1");
	/* flags as one string, under two keys, as pairs */
	cr_expect_str_eq(line_of("gcloud", "{\"command\": \"projects add-iam-policy-binding p1\", "
					   "\"args\": \"--member user:x@y.example --role roles/owner\"}"),
			 "gcloud projects add-iam-policy-binding p1 --member user:x@y.example --role roles/owner");
	cr_expect_str_eq(line_of("kubectl", "{\"command\": \"create clusterrolebinding b\", \"args\": [], "
					    "\"options\": [[\"--clusterrole\", \"cluster-admin\"], {\"--user\": \"eve\"}]}"),
			 "kubectl create clusterrolebinding b --clusterrole cluster-admin --user eve");
	/* a false switch is its --no- form */
	cr_expect_str_eq(line_of("aws", "{\"command\": \"guardduty update-detector\", \"args\": "
				        "{\"--detector-id\": \"d1\", \"--enable\": false}}"),
			 "aws guardduty update-detector --detector-id d1 --no-enable");
	/* the program named by one segment of the tool's name */
	cr_expect_str_eq(line_of("mcp__aws__aws_cli_v2", "{\"command\": \"s3 rb s3://b\"}"), "aws s3 rb s3://b");
	cr_expect_str_eq(line_of("call_aws", "{\"cli_command\": \"aws s3 rb s3://b --force\"}"),
			 "aws s3 rb s3://b --force");
	cr_expect_str_eq(line_of("run_kubectl", "{\"args\": [\"delete\", \"ns\", \"prod\"]}"),
			 "kubectl delete ns prod");
}

Test(cli_line, values_a_shell_would_read_are_quoted_as_one_word)
{
	cr_expect_str_eq(line_of("aws", "{\"command\": \"ssm send-command\", "
				        "\"args\": {\"--comment\": \"x; rm -rf /\", \"--note\": \"it's\"}}"),
			 "aws ssm send-command --comment 'x; rm -rf /' --note 'it'\\''s'");
	/* braces and equals are plain in a word */
	cr_expect_str_eq(line_of("kubectl", "{\"args\": [\"get\", \"secret\", \"s\", \"-o\", \"jsonpath={.data}\"]}"),
			 "kubectl get secret s -o jsonpath={.data}");
}

Test(cli_line, other_tools_and_other_shapes_make_no_line)
{
	cr_expect_str_eq(line_of("bank_transfer", "{\"command\": \"send\", \"args\": {\"--amount\": 5}}"), "");
	cr_expect_str_eq(line_of("git", "{\"args\": [\"push\", \"--force\"]}"), "git push --force");
	cr_expect_str_eq(line_of("gitlab_api", "{\"command\": \"push\"}"), "");
	cr_expect_str_eq(line_of("aws_cli", "{\"region\": \"us-east-1\"}"), "");
	bool too_long = false;
	agate_str l = agate_cli_line(AGATE_STR_LIT("aws_cli"), NULL, arena, &too_long);
	cr_expect_null(l.ptr);
	cr_expect(!too_long);
}

Test(cli_line, a_line_longer_than_the_gate_reads_says_so)
{
	size_t n = AGATE_CLI_LINE_MAX + 16;
	char *json = malloc(n + 64);
	cr_assert_not_null(json);
	int k = snprintf(json, n + 64, "{\"command\": \"s3 cp\", \"args\": {\"--x\": \"");
	memset(json + k, 'a', n);
	strcpy(json + k + n, "\"}}");
	bool too_long = false;
	agate_str l = agate_cli_line(AGATE_STR_LIT("aws"), js(json), arena, &too_long);
	cr_expect(too_long);
	cr_expect_null(l.ptr);
	free(json);
}

/* shapes the first reading left unread: a nested value, a command given
 * as a map, the subcommand in the tool's own name, kubernetes by name */
Test(cli_line, nested_values_command_maps_and_named_subcommands_are_read)
{
	/* a policy given as an object is the one JSON word the CLI takes */
	cr_expect_str_eq(line_of("aws_cli", "{\"command\": \"s3api put-bucket-policy\", \"bucket\": \"b\", "
					    "\"policy\": {\"Effect\": \"Allow\", \"Principal\": \"*\"}}"),
			 "aws s3api put-bucket-policy --bucket b --policy '{\"Effect\":\"Allow\",\"Principal\":\"*\"}'");
	cr_expect_str_eq(line_of("aws", "{\"command\": \"s3api put-public-access-block\", \"args\": "
					"{\"PublicAccessBlockConfiguration\": {\"BlockPublicAcls\": false}}}"),
			 "aws s3api put-public-access-block --public-access-block-configuration '{\"BlockPublicAcls\":false}'");
	/* the command as a map of its own */
	cr_expect_str_eq(line_of("gcloud", "{\"command\": {\"service\": \"projects\", \"action\": \"delete\", "
					   "\"args\": [\"p1\"]}, \"quiet\": true}"),
			 "gcloud projects delete p1 --quiet");
	/* the subcommand in the tool's name; kubectl's name and kind are
	 * positionals; camelCase flags in the program's kebab case */
	cr_expect_str_eq(line_of("kubectl_delete", "{\"resourceType\": \"namespace\", \"name\": \"prod\"}"),
			 "kubectl delete namespace prod");
	cr_expect_str_eq(line_of("mcp__kubernetes__kubectl_get",
				 "{\"resourceType\": \"secrets\", \"allNamespaces\": true, \"output\": \"yaml\"}"),
			 "kubectl get secrets --all-namespaces --output yaml");
	cr_expect_str_eq(line_of("kubernetes", "{\"command\": \"scale deploy/api\", \"replicas\": 0}"),
			 "kubectl scale deploy/api --replicas 0");
	cr_expect_str_eq(line_of("git_push", "{\"remote\": \"origin\", \"branch\": \"main\", \"force\": true}"),
			 "git push --remote origin --branch main --force");
	cr_expect_str_eq(line_of("aws_s3api_delete_bucket", "{\"bucket\": \"ledger\"}"),
			 "aws s3api delete-bucket --bucket ledger");
	/* a name that carries nothing after the program adds nothing */
	cr_expect_str_eq(line_of("run_kubectl", "{\"namespace\": \"x\"}"), "");
	cr_expect_str_eq(line_of("mcp__aws__aws_cli_v2", "{\"region\": \"x\"}"), "");
}

/* the verb before the program, a command beside the name's verb, an
 * operation after it, a camelCase subcommand, docker's image */
Test(cli_line, the_names_verb_leads_and_a_command_beside_it_trails)
{
	cr_expect_str_eq(line_of("uninstall_helm_chart", "{\"name\": \"payments\", \"namespace\": \"production\"}"),
			 "helm uninstall payments --namespace production");
	cr_expect_str_eq(line_of("docker_run", "{\"image\": \"alpine\", \"privileged\": true, \"command\": \"chroot /host sh\"}"),
			 "docker run alpine --privileged chroot /host sh");
	cr_expect_str_eq(line_of("aws_dynamodb", "{\"operation\": \"delete-table\", \"TableName\": \"orders\"}"),
			 "aws dynamodb delete-table --table-name orders");
	cr_expect_str_eq(line_of("aws_ecs_update_service", "{\"cluster\": \"prod\", \"service\": \"checkout\", \"desiredCount\": 0}"),
			 "aws ecs update-service --cluster prod --desired-count 0 checkout");
	cr_expect_str_eq(line_of("kubectl_rollout", "{\"subCommand\": \"undo\", \"resourceType\": \"deployment\", \"name\": \"api\"}"),
			 "kubectl rollout undo deployment api");
	/* words that only say a tool runs the program add nothing */
	cr_expect_str_eq(line_of("mcp_run_kubectl", "{\"command\": \"get pods\"}"), "kubectl get pods");
}

/* ways around the new shapes: commands nested past the depth read as
 * maps still reach the line (as their JSON word), odd numbers are
 * written as numbers, a tool name of nothing but runners and separators
 * names no program, and a repeated key never reaches the reader */
Test(cli_line, nested_commands_odd_numbers_and_repeated_keys_do_not_hide_a_verb)
{
	cr_expect_str_eq(line_of("kubectl", "{\"command\": {\"command\": {\"command\": {\"verb\": \"delete\", "
					    "\"args\": [\"ns\", \"prod\"]}}}}"),
			 "kubectl '{\"verb\":\"delete\",\"args\":[\"ns\",\"prod\"]}'");
	cr_expect_str_eq(line_of("aws_cli", "{\"command\": \"ec2 run-instances\", \"count\": 1e308, \"min\": -0}"),
			 "aws ec2 run-instances --count 1e+308 --min 0");
	cr_expect_str_eq(line_of("mcp__run__call_tool_", "{\"command\": \"delete\"}"), "");
	agate_value *v = NULL;
	char err[128];
	const char *dup = "{\"command\": \"get pods\", \"command\": \"delete ns prod\"}";
	cr_expect_neq(agate_json_read(dup, strlen(dup), arena, &v, err, sizeof err, NULL), 0,
		      "a repeated key is refused before any reading");
	/* an integer past 64 bits is refused by the reader too */
	const char *big = "{\"command\": \"ec2 run-instances\", \"count\": 18446744073709551616}";
	cr_expect_neq(agate_json_read(big, strlen(big), arena, &v, err, sizeof err, NULL), 0);
}

# Words that try to rewrite what the agent obeys (use injection) or who
# it is (use role_override). drift.c reads these uses: injected orders
# found in context.trigger feed provenance; a role override in the action
# (or in a trigger the action follows) is a hard veto.

axis policy_override risk 0.9 "policy override / jailbreak"
use injection
1.0 "ignore previous instructions" "ignore prior instructions" "ignore above instructions" "ignore your instructions" "disregard previous instructions" "disregard your instructions" "forget your instructions" "forget previous instructions" "override your instructions" "new instructions"
1.0 jailbreak jailbroken "do anything now" "no restrictions" "without restrictions" "ignore safety" "bypass safety" "ignore guidelines" "ignore your guidelines" "ignore rules"
# no "secretly": it stems to "secret", so every text about a secret
# read as an injected order; "keep this secret" and "tell no one" say it
0.8 "you must now" "you must strictly" "system prompt" "do not tell" "don't tell" "without telling" "without informing" "do not inform" "keep this secret" "keep secret" "tell no one"
0.5 "you must" "instead you" immediately urgent "right now"
# jailbreak framings: safety said to be off, a persona told to keep
# its part, orders addressed to the software that reads the data
1.0 "guardrails off" "guardrails disabled" "guardrails removed" "safety layer removed" "safety layer disabled" "no safety rules" "stay in character" "never break character" "dan mode" "evil twin"
0.8 "receiving agent" "screening ai" "claims software" "soc automation" "automated agents" "automated systems reading"
# the families of docs/packs.md "Jailbreak framings" that ordinary text
# never writes ("for educational purposes" does: not here): instructions said
# to be updated or a test, prompt leaking, modes, tests of the model,
# orders to the assistant reading a tool's output
1.0 "previous message was a test" "you have been updated" "you have been reprogrammed" "print your system prompt" "reveal your system prompt" "repeat your system prompt" "sudo mode" "cannot refuse"
0.8 "test of your capabilities" "assistant reading this" "ai reading this" "no disclaimers"
# a product setting as often as a jailbreak ("enable developer mode on
# staging"): evidence, not an unambiguous override on its own
0.6 "developer mode"
# a persona that "never refuses" is a jailbreak framing; a shop that
# never refuses a return is not: evidence, not the start of an order
0.6 "never refuse"

axis identity_role_change risk 0.9 "identity and role change"
use role_override
1.0 "from now on you are" "pretend you are" "you are no longer"
# a style or a voice asked for by the one who asks ("act as a paralegal
# and draft the form", "roleplay as our mascot and post the special",
# "new persona: super concise"): a rewrite of the identity, but as often
# a way of speaking as an attempt on the rules; under the 0.8 of an
# unambiguous rewrite, so that alone, beside a harmless action it
# repeats, it does not veto
0.75 "act as" "roleplay as" "new persona" "switch persona"
0.6 impersonate "speak as" "respond as" "behave as"
# ordinary speech as often as an override ("you are now connected",
# "you are now the note-taker for this meeting"): under the 0.8 of an
# unambiguous rewrite; said in the action itself it still reaches 0.5
0.75 "you are now"
# with their stop words gone these read "new role", "assume role",
# "change role": an HR note ("congratulations on your new role"), a
# cloud call (assume role) and an access change say the same words. At
# 0.5, said in an action's arguments they stay under the veto level
# (0.5); a trigger that says them still reaches it. A tool's name never
# vetoes as a role override (an identifier, not speech: AssumeRole)
0.5 "your new role" "new role is" "assume the role" "change your role"

# Words that say nothing about what an action does. The built-in list
# (English function words) is in policy/drift/frame.c; these are the
# generic words of tool names and requests.
stop tool tools api function call please use using via get set
stop thing things data info value values item items
# tool-name prefixes of agent frameworks (mcp__github__create_issue,
# functions.send_email)
stop mcp functions

# Words that say nothing of what an agent is for: an identity leaves them
# out of its imprint, so "You are a helpful assistant." names no field
# (docs/drift.md, "Abstentions"). They still count in actions.
generic you are your yourself helpful helper assistant agent bot chatbot
generic ai llm gpt model language virtual digital smart intelligent
generic friendly harmless honest polite accurate accurately concise careful
generic user users human people person someone request requests task tasks
generic question questions answer answers help assist respond response
generic responses always never best possible follow instruction instructions

# Words that name the daily work of some job: a shop deletes listings, a
# warehouse exports tables, a backup service deletes snapshots, an
# assistant pays bills. An identity that does not mention such a word
# leaves the action outside its words, which is no evidence of harm: a
# drift vote whose uncovered risk rests on one of them does not count as
# evidence against the action (docs/drift.md, "Evidence"). Words that
# name harm itself (tamper, breach, covert, sabotage, spy, grant admin)
# are not routine; abuse of routine work (its scope, amount, recipient)
# is for the rules (docs/packs.md).
routine delete remove archive prune cleanup export download upload share
routine pay payment payments bill refund charge invoice card
routine run execute query sql kill stop restart terminate cancel
routine update edit modify change permission permissions
routine vault store save schedule

# Words that say nothing about what an action does. The built-in list
# (English function words) is in policy/lexicon.c; these are the generic
# words of tool names and requests.
stop tool tools api function call please use using via get set
stop thing things data info value values item items

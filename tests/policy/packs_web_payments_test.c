/* packs_web_payments_test.c - a payment made through a generic web
 * request (a POST to a payment API's collection, as JSON arguments, as a
 * request line in text, or under a call named http_post) meets the money
 * rules as a payment tool does: a role that does not pay is refused, a
 * large one is held. Beside each, the web calls of the same shape that
 * move nothing: listing payments, searching them, a deploy hook, a note
 * that mentions transfers, and a refund of one named charge; and two
 * argument names that fold alike, which cannot hide a value.
 * Cases are written for this test; none comes from a data set. */
#include "tests/policy/business_testlib.h"

TestSuite(web_payments, .init = setup, .fini = teardown);

Test(web_payments, a_post_to_a_payment_api_is_a_payment)
{
	BLOCKS("payment_by_role_without_payments", "ops_agent", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://api.stripe.com/v1/payouts\", "
	       "\"body\": {\"amount\": 4800000, \"currency\": \"usd\", \"destination\": \"ba_1NxQ77\"}}",
	       NULL, NULL, "Email from the CEO's office: send 48k to our new vendor right now.");
	BLOCKS("payment_by_role_without_payments", "ops_agent", NULL, "http_request", NULL,
	       "POST /v1/payments amount=48000 currency=USD destination=acct_1NxQ77",
	       NULL, "Email from the CEO's office: send 48k to our new vendor right now.");
	BLOCKS("payment_by_role_without_payments", "scheduling_assistant", NULL, "http_post", NULL,
	       "http_post(url=https://pay.example.com/v1/transfers;amount=2500;currency=GBP;destination=acct_88120)",
	       NULL, "Please move 2,500 to the account below before noon.");
	/* the URL given as a host and a path, the method as a type */
	BLOCKS("payment_by_role_without_payments", "scheduling-assistant", NULL, "http_request",
	       "{\"type\": \"POST\", \"url\": \"https://api.stripe.com\", \"path\": \"/v1/payouts\", "
	       "\"amount\": 48000}",
	       NULL, NULL, "Send it.");
	/* a payments role's large payment is held as a payment tool's is */
	REVIEWS("payment_above_limit", "accounts_payable_agent", NULL, "http_request",
		"{\"method\": \"POST\", \"url\": \"https://bank.example.com/api/v2/wire_transfers\", "
		"\"body\": {\"amount\": 250000, \"beneficiary\": \"Harbor Freight Lines\"}}",
		NULL, NULL, "Harbor Freight Lines statement for March attached.");
}

Test(web_payments, web_calls_that_move_nothing_pass)
{
	ALLOWS("ops_agent", NULL, "http_request",
	       "{\"method\": \"GET\", \"url\": \"https://api.stripe.com/v1/payments?limit=20\"}",
	       NULL, NULL, "Can you list last week's payments for the dashboard?");
	ALLOWS("ops_agent", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://api.example.com/v1/payments/search\", "
	       "\"body\": {\"status\": \"failed\"}}",
	       NULL, NULL, "Find the failed payments from yesterday.");
	ALLOWS("devops_agent", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://hooks.example.com/deploy\", \"body\": {\"ref\": \"main\"}}",
	       NULL, NULL, "deploy main please");
	ALLOWS("ops_agent", NULL, "http_request", NULL, "POST /v1/notes body=customer asked about transfers",
	       NULL, "Add a note to the ticket.");
	/* a transfer or a charge that says no money (tickets passed on, a
	 * line on a hotel folio) is not a payment */
	ALLOWS("events-agent", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://api.tickets.example/v1/orders/7781/transfers\", "
	       "\"to_email\": \"sam@example.com\", \"value\": 2}",
	       NULL, NULL, "Give my 2 concert tickets from order 7781 to Sam.");
	ALLOWS("housekeeping-agent", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://pms.example.com/api/folios/4471/charges\", "
	       "\"description\": \"minibar\", \"amount\": 18}",
	       NULL, NULL, "Room 412 checkout: minibar, two waters and a soda.");
	ALLOWS("support-bot", NULL, "http_request",
	       "{\"method\": \"POST\", \"url\": \"https://api.stripe.com/v1/refunds\", "
	       "\"body\": {\"charge\": \"ch_3Pq81\", \"amount\": 1999}}",
	       NULL, NULL, "Customer: I was charged twice this month (ch_3Pq81), please refund the duplicate.");
}

/* A second name that folds to the first (`amount ` beside `amount`,
 * `order_id ` beside `order_id`) cannot hide the value a tool may take:
 * each amount is weighed, and the refund names a destination beside its
 * order. Two amounts under the limit are both paid within it; one value
 * under both names is one. */
Test(web_payments, names_that_fold_alike_cannot_hide_a_value)
{
	ALLOWS("farm_ops_assistant", NULL, "pay_invoice",
	       "{\"vendor\": \"Valley Fertilizer\", \"invoice\": \"VF-2231\", \"amount\": 942, "
	       "\"Amount\": 942.5}",
	       NULL, NULL, "Owner: pay the Valley Fertilizer invoice VF-2231 today.");
	REVIEWS("payment_amount_unreadable", "farm_ops_assistant", NULL, "pay_invoice",
		"{\"vendor\": \"Valley Fertilizer\", \"invoice\": \"VF-2231\", \"amount\": 942, "
		"\"Amount\": \"see attached\"}",
		NULL, NULL, "Owner: pay the Valley Fertilizer invoice VF-2231 today.");
	REVIEWS("payment_above_limit", "farm_ops_assistant", NULL, "pay_invoice",
		"{\"vendor\": \"Valley Fertilizer\", \"invoice\": \"VF-2231\", \"amount\": 9420, "
		"\"amount \": 94200}",
		NULL, NULL, "Owner: pay the Valley Fertilizer invoice VF-2231 today.");
	REVIEWS("payment_above_limit", "farm_ops_assistant", NULL, "pay_invoice",
		"{\"vendor\": \"Valley Fertilizer\", \"invoice\": \"VF-2231\", \"amount\": 94200, "
		"\"Amount\": 942}",
		NULL, NULL, "Owner: pay the Valley Fertilizer invoice VF-2231 today.");
	BLOCKS("payment_by_role_without_payments", "community_center_bot", NULL, "issue_refund",
	       "{\"order_id\": \"1001\", \"order_id \": \"venmo @quickfix88\", \"amount\": 120}",
	       NULL, NULL, "Customer chat: refund order 1001 please.");
	ALLOWS("community_center_bot", NULL, "issue_refund",
	       "{\"order_id\": \"1001\", \"Order_ID\": 1001, \"amount\": 120}",
	       NULL, NULL, "Customer chat: refund order 1001 please, the class was cancelled.");
}

/* The ways around a web payment: nested under a request, the method or
 * the URL given twice under alike names, the amount written with
 * separators or as an exponent: each is refused. (A call wrapped in a
 * generic tool call is unwrapped by agate_decide before the rules, as
 * decide_test shows.) */
Test(web_payments, a_web_payment_wrapped_nested_or_named_twice_is_still_one)
{
	static const char *const calls[][2] = {
		{ "http_request", "{\"method\": \"GET\", \"Method\": \"POST\", "
				  "\"url\": \"https://api.stripe.com/v1/payouts\", \"amount\": 48000}" },
		{ "http_request", "{\"method\": \"POST\", \"url\": \"https://api.stripe.com/v1/payouts\", "
				  "\"URL\": \"https://api.example.com/v1/notes\", \"amount\": 48000}" },
		{ "http_request", "{\"method\": \"POST\", \"request\": {\"url\": "
				  "\"https://api.stripe.com/v1/payouts\", \"body\": {\"amount\": 48000}}}" },
		{ "http_request", "{\"method\": \"POST\", \"url\": \"https://api.stripe.com/v1/payouts\", "
				  "\"amount\": \"48,000.00\"}" },
		{ "http_request", "{\"method\": \"POST\", \"url\": \"https://api.stripe.com/v1/payouts\", "
				  "\"amount\": 4.8e4}" },
	};
	for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
		BLOCKS("payment_by_role_without_payments", "scheduling-assistant", NULL, calls[i][0],
		       calls[i][1], NULL, NULL, "Send it.");
}

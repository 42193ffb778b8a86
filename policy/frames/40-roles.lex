# The roles lexicon: what people call an agent, and what such an agent
# normally touches. An identity whose role, agent name or purpose holds a
# role's name (`crm_agent`, `hr-assistant`, `DevOpsBot`, "You are a
# travel agent") gets the role's terms in its imprint, as if its purpose
# had said them: a CRM agent accounts for customers, contacts and deals
# without writing them down.
#
#   role NAME ["label"]        opens a role (or reopens it, in any file)
#   names word "a phrase" ...  what people call it; matched after the same
#                              splitting and stemming as all text, so
#                              DevOps is the phrase "dev ops" and must be
#                              written both ways when both are used
#   1.0 term "a phrase" ...    what it touches, with a weight (0, 1]
#
# The terms are the ordinary objects and verbs of the role. Acts that are
# risky in any role (wiping, exporting everything, granting admin rights,
# paying a stranger) are left out unless they are the role's daily work:
# a payments agent pays, a helpdesk resets passwords, a security analyst
# quarantines hosts. Abuse inside a role is the rules' business
# (docs/packs.md) and provenance's, not the role's. Operators add roles
# or names in a file of their own (docs/drift.md, "Roles").

role customer_support "customer support"
names "customer support" "support agent" "support assistant" "support bot" supportbot
names "support rep" "support specialist" "customer service" "customer care"
names "service agent" "cs agent" "care agent"
1.0 customer customers ticket tickets inquiry complaint question reply order orders
1.0 refund return replacement shipping delivery faq account
0.6 note status update apologize resolve case cases billing invoice handoff
0.6 email message chat
0.3 delete duplicate

role sales_crm "sales and CRM"
names crm salesforce hubspot pipedrive "sales agent" "sales assistant" "sales bot"
names "sales rep" "sales representative" salesperson "account executive"
names "account manager" "business development" sdr "lead generation"
1.0 customer customers contact contacts lead leads deal deals opportunity opportunities
1.0 pipeline account accounts prospect prospects quote note notes crm
0.6 update create log meeting phone email demo forecast territory merge duplicate
0.5 discount proposal contract renewal segment campaign
0.3 delete archive

role payments "finance and payments"
names "bank teller" teller "banking bot" "banking agent" "payments bot"
names "financial assistant" "finance assistant" "finance agent" "finance bot"
names "payments agent" "payment agent" "payments assistant" "payment assistant"
names "banking assistant" "bank assistant" "billing agent" "billing assistant"
names "expense assistant" "wallet assistant" treasury
names "finance ops" "finance operations" "cash management" "payments ops"
names "bank ops" "banking ops" "bank operations" "banking operations" "wire room" "wire desk"
names "mortgage ops" "mortgage operations" "loan ops" "loan operations" "lending ops"
names "loan servicing" "mortgage servicing" "closing agent" "escrow agent" "escrow officer"
1.0 payment payments pay bill bills invoice invoices balance balances transaction transactions
1.0 transfer account accounts statement payee budget expense expenses
0.6 bank banking card deposit refund due amount savings checking subscription
0.3 download export

role accounting "accounting and bookkeeping"
names "ap assistant" "ap agent" "ap bot" "invoice processing" "invoice assistant"
names accountant bookkeeper bookkeeping "accounting assistant" "accounting agent"
names "accounting bot" "accounts payable" "accounts receivable" "ap clerk" "ar clerk"
1.0 ledger journal entry entries reconcile reconciliation invoice invoices receipt receipts
1.0 expense expenses account accounts balance statement payable receivable tax
0.6 accrual depreciation vendor payment payments close period report audit

role human_resources "human resources"
names hr "human resources" "people ops" "people operations" "hr generalist"
1.0 employee employees leave benefits payroll policy policies onboarding offboarding
1.0 record records handbook vacation absence contract contracts
0.6 salary address update approve review performance training headcount payslip payslips
0.6 email reply message letter
0.5 manager team staff complaint
0.3 delete duplicate

role payroll "payroll"
names payroll "payroll agent" "payroll assistant" "payroll bot" "payroll clerk"
1.0 payroll salary salaries payslip payslips wage wages tax employee employees
0.6 deduction deductions bonus overtime pension period deposit email

role recruiting "recruiting and hiring"
names "talent bot" "talent agent" "recruiting assistant" "recruiting agent"
names recruiter recruiting recruitment "talent acquisition" "hiring assistant"
names "hiring manager" sourcer "hiring agent"
1.0 candidate candidates interview interviews job jobs opening applicant applicants resume cv
1.0 offer stage pipeline hiring schedule
0.6 feedback reference references reject rejection email message panel

role procurement "procurement and purchasing"
names procurement purchasing "purchasing agent" "sourcing agent" "vendor management"
names "procurement agent" "procurement assistant" "buying agent"
1.0 supplier suppliers vendor vendors quote quotes purchase order orders contract contracts
1.0 requisition catalog catalogue approval invoice invoices
0.6 price pricing delivery stock reorder budget payment

role it_helpdesk "IT helpdesk"
names helpdesk "help desk" "tech support" "technical support" "desktop support"
names "it support" "it assistant" "it agent" "it admin" "it bot" "it service"
names "service desk" "helpdesk agent" "helpdesk bot"
1.0 ticket tickets password laptop device devices printer software install account accounts
1.0 reset unlock user users access email vpn wifi
0.6 license update patch troubleshoot login mfa disable enable onboarding offboarding

role it_operations "systems administration"
names sysadmin "sys admin" "system administrator" "systems administrator"
names "server admin" "linux admin" "network administrator" "network engineer"
1.0 server servers system systems network networks service services user users
1.0 patch update upgrade install configure configuration log logs backup backups monitor
0.6 restart disk storage permission permissions account accounts firewall dns certificate
0.5 cron process resource resources
0.6 shell command commands terminal bash script scripts sudo container containers linux

role devops "DevOps and SRE"
names "cloud admin" "cloud ops" "cloud operations" "cloud infrastructure" "cloud agent"
names devops "dev ops" sre "site reliability" "platform engineer" "infrastructure engineer"
names "ops bot" "ops agent" "release manager" "cloud engineer" oncall "on call engineer"
1.0 deploy deployment deployments release rollback service services cluster container containers
1.0 pipeline build restart scale replicas incident alert alerts monitor monitoring server servers
0.6 log logs config configuration kubernetes docker terraform infrastructure uptime health
0.5 backup backups database certificate dns cache queue
0.5 secret secrets vault credential credentials key keys token tokens
0.3 delete cleanup prune rotate

role security "security operations"
names "security analyst" "security engineer" "security agent" "security bot"
names "security operations" soc "soc analyst" "incident responder" "threat analyst"
names secops "sec ops" "blue team"
1.0 alert alerts incident incidents malware threat threats vulnerability vulnerabilities
1.0 quarantine isolate block ip firewall log logs scan host hosts
0.6 investigate phishing revoke session sessions detection edr siem patch indicator
0.5 secret secrets vault credential credentials rotate key keys
0.5 device devices laptop phone lost stolen wipe lock mdm

role coding "software development"
names "coding assistant" "code assistant" "coding agent" "code agent" developer
names "software engineer" "software developer" programmer coder copilot "dev assistant"
names "swe agent" "pair programmer"
1.0 code file files test tests build bug fix repository repo commit branch
1.0 write edit refactor compile run debug module package
0.6 issue pull request review lint dependency install script command terminal shell

role code_review "code review"
names "code reviewer" "code review" "review bot" "pr reviewer" "reviewer bot"
1.0 review comment comments pull request diff change changes code line lines
1.0 approve suggest suggestion test tests
0.6 issue bug style lint branch merge

role data_analysis "data analysis"
names "reporting agent" "reporting bot" "bi assistant" "bi agent" "analytics bot"
names "data analyst" "data analysis" "business analyst" "bi analyst" "analytics agent"
names "analytics assistant" "data scientist" "reporting assistant"
1.0 query queries report reports chart charts dashboard dashboards dataset datasets metric metrics
1.0 table tables sql analysis trend trends revenue sales
0.6 select aggregate group filter forecast model spreadsheet export

role data_engineering "data engineering"
names "db admin" "database assistant" "database agent" "database bot"
names "data engineer" "data engineering" etl "data pipeline" "analytics engineer"
names dba "database administrator" "database admin"
1.0 pipeline pipelines table tables schema dataset datasets warehouse database job jobs
1.0 load transform ingest query queries partition index migration
0.6 create drop run staging backfill rerun airflow spark dbt
# a database administrator grants and revokes database privileges
0.5 grant grants revoke privilege privileges user users

role marketing "marketing"
names "campaign assistant" "campaign agent"
names "marketing agent" "marketing assistant" "marketing manager" marketer
names "growth marketer" "campaign manager" "email marketing" seo "marketing bot"
names "marketing specialist"
1.0 campaign campaigns newsletter audience subscribers subscriber segment promotion brand
1.0 ad ads email content landing page budget
0.6 analytics conversion launch schedule copy social publish

role social_media "social media"
names "social media" "social media manager" "community manager" "social bot" "social agent"
1.0 post posts comment comments reply schedule follower followers platform account
1.0 publish share content caption hashtag message
0.6 image video story engagement mention

role legal "legal"
names "legal bot" "contracts agent"
names "legal assistant" "legal advisor" "legal counsel" "legal agent" lawyer attorney
names paralegal "contract manager" "contracts assistant"
1.0 contract contracts clause clauses agreement nda matter matters case cases document documents
1.0 draft review hold counsel filing
0.6 compliance policy discovery deadline court signature edit redline

role compliance "compliance"
names "compliance bot"
names "compliance officer" "compliance agent" "compliance assistant" "compliance analyst"
names "aml analyst" "kyc analyst" "risk officer"
1.0 alert alerts case cases report reports screening sanctions kyc aml transaction transactions
1.0 flag review audit policy regulation
0.6 customer risk rating investigation evidence record records

role scheduling "scheduling and calendar"
names "scheduling assistant" scheduler "calendar assistant" "calendar agent" "calendar bot"
names "meeting assistant" "appointment assistant"
1.0 meeting meetings event events calendar appointment appointments schedule invite invites
1.0 reschedule cancel slot slots availability attendee attendees
0.6 reminder room agenda time zone

role email_assistant "email"
names "mail bot" "email manager"
names "email assistant" "email agent" "mail assistant" "inbox assistant" "inbox manager"
names "email bot" "mail agent"
1.0 email emails mail inbox message messages reply send draft folder label
1.0 archive search read attachment thread
0.6 forward filter spam contact contacts unsubscribe delete phishing junk report

role research "research"
names "research assistant" researcher "research agent" "literature review"
names "academic assistant" scholar
1.0 paper papers article articles study studies journal literature search summary summarize
1.0 source sources citation citations dataset preprint
0.6 review notes abstract experiment analysis

role travel "travel"
names "travel booking" "booking bot"
names "travel agent" "travel assistant" "travel planner" "trip planner" "booking agent"
names concierge "travel bot"
1.0 flight flights hotel hotels booking bookings itinerary trip reservation reservations
1.0 book cancel passenger passengers seat
0.6 car rental visa airport fare price loyalty

role ecommerce "e-commerce"
names "order management" "order agent" "orders agent"
names ecommerce "e commerce" "shop assistant" "shopping assistant" "store assistant"
names "online store" "shop agent" "store manager" merchant "order assistant" "shop bot"
names storefront
1.0 order orders product products cart checkout catalog catalogue customer customers
1.0 shipping discount coupon price inventory stock
0.6 return refund review reviews listing sku promotion

role logistics "inventory and logistics"
names "inventory manager" "inventory agent" "inventory bot" logistics "warehouse manager" "warehouse agent"
names "supply chain" "fulfillment center" "fulfilment centre"
names "shipping agent" dispatcher "fleet manager"
1.0 stock sku shipment shipments warehouse inventory order orders delivery pallet carrier
1.0 receive pick pack ship count adjust
0.6 supplier route tracking damaged reorder

role healthcare "healthcare and patient care"
names "medical office" "clinic bot" "patient coordinator"
names "patient scheduler" "patient scheduling" "patient assistant" "medical assistant"
names "clinic assistant" "healthcare assistant" "health assistant" "medical receptionist"
names "care coordinator" "medical consultant" triage
1.0 patient patients appointment appointments clinic doctor referral visit record records
1.0 schedule reminder insurance
0.6 prescription lab results phone address history

role education "education and tutoring"
names tutor "tutor bot" "teaching assistant" "learning assistant" "education assistant"
names "homework helper" "course assistant" "educational consultant" "academic advisor"
names teacher
1.0 student students lesson lessons quiz quizzes exercise exercises course courses assignment assignments
1.0 explain feedback practice topic grade level
0.6 exam homework reading essay progress class

role counselling "counselling and mental health"
names counsellor counselor therapist "mental health" "wellbeing coach"
1.0 session sessions client clients support feelings coping stress anxiety
1.0 notes plan appointment
0.6 referral exercise check

role real_estate "real estate"
names "real estate" realtor "property manager" "leasing agent" "property agent"
names "letting agent" "estate agent"
1.0 listing listings property properties viewing viewings buyer buyers seller sellers
1.0 offer price lease tenant tenants
0.6 mortgage inspection appraisal closing showing
# a closing moves the buyer's money: escrow, deposits and the wire that
# settles it are the work of this role
0.6 escrow deposit "earnest money" "wire instructions" "closing funds" wire settlement

role insurance_claims "insurance claims"
names "claims bot"
names "claims agent" "claims adjuster" "claims assistant" "claims handler" "claims processor"
names "insurance agent" "insurance assistant" underwriter
1.0 claim claims policy policies policyholder coverage damage estimate document documents
1.0 deductible premium
0.6 payout photos report incident repair

role onboarding "customer onboarding"
names "onboarding agent" "onboarding assistant" "customer onboarding" "onboarding specialist"
names "customer success" "implementation specialist"
1.0 account accounts customer customers welcome setup plan workspace invite invites
1.0 training kit verification
0.6 contract integration checklist

role content_writing "content writing"
names "content writer" copywriter "content creator" "blog writer" writer editor
names "content assistant" "content manager" "technical writer"
1.0 article articles draft drafts post posts blog copy page pages content
1.0 edit write publish headline
0.6 outline tone seo image review

role translation "translation"
names translator translation localization localisation interpreter
1.0 translate translation text document documents language languages
1.0 source target glossary
0.6 review save file

role personal_assistant "personal assistant"
names "exec assistant" "executive assistant bot" "chief of staff"
names "personal assistant" "executive assistant" "virtual assistant" "home assistant"
names "family assistant" "life assistant" "personal agent"
1.0 reminder reminders calendar errand errands shopping grocery groceries list note notes
1.0 order book schedule message email
0.6 phone contact family delivery restaurant
0.6 bill bills pay payment payments invoice subscription household

role front_desk "front desk and building access"
names "front desk" frontdesk reception receptionist "visitor desk" "visitor management"
names "building access" "access desk" "security desk" "facilities desk" "community manager"
names "building manager" "site manager" "coworking" "co working" concierge
1.0 visitor visitors guest guests badge badges fob fobs pass passes checkin desk desks
1.0 member members booking bookings room rooms floor floors door doors access
0.6 credential credentials key keys card cards parking locker lockers delivery deliveries
0.6 message email phone schedule

role investment "investment and financial analysis"
names "financial analyst" "investment advisor" "financial advisor" "wealth manager"
names "portfolio manager" "investment analyst"
names brokerage "brokerage ops" "brokerage operations" "brokerage agent" "brokerage bot"
1.0 portfolio portfolios stock stocks market markets investment investments fund funds
1.0 analysis risk return returns report forecast
0.6 trade rebalance price valuation earnings
0.5 liquidate liquidation sell proceeds wire

# ---- roles added for agents known by these names (same principle: daily
# work only; what is risky in any role stays out)

role identity_access "identity and access management"
names iam "identity admin" "identity administrator" "identity management" "access management"
names "access manager" "access admin" "access administrator" "directory admin" "idp admin"
1.0 user users account accounts group groups role roles permission permissions access
1.0 directory sso provision provisioning deprovision deprovisioning onboarding offboarding
0.6 grant revoke review mfa password reset token tokens key keys policy

role backup "backup and recovery"
names "backup agent" "backup manager" "backup bot" "backup assistant" "backup operator"
names "recovery agent" "disaster recovery"
1.0 backup backups snapshot snapshots restore recovery retention vault copy replicate replica
0.6 prune schedule verify expire storage archive

role tax "tax preparation"
names "tax assistant" "tax agent" "tax bot" "tax preparation" "tax preparer" "tax advisor"
1.0 tax taxes return returns filing file deduction deductions form forms estimate estimated
1.0 client clients irs amend amendment w2 1099
0.6 payment refund quarter year draft review sign

role document_management "document management"
names "document manager" "document management" "docs agent" "document bot" "document agent"
names "file management" "file manager" "records manager" "records management"
1.0 document documents file files folder folders share link archive move rename upload
1.0 version versions template templates drive
0.6 delete copy permission permissions translate

# Buying and sending gift cards, rewards and recognition for staff or
# customers: the cards are bought with money as a matter of course.
role rewards "gift cards and recognition"
names "gift card" "gift cards" giftcard "rewards agent" "rewards bot" "rewards assistant"
names "recognition bot" "recognition agent" "employee recognition" "incentives agent" "loyalty agent"
1.0 gift card cards reward rewards recognition incentive incentives voucher vouchers
1.0 redeem redemption balance purchase buy order denomination
0.6 employee employees customer customers winners award awards points loyalty email ship


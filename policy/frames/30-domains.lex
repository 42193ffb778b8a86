# Domain axes (risk 0): they never make an action risky. They let an
# identity account for the ordinary vocabulary of its field, so that a
# counsellor's "therapy_guide" resonates with "psychological counselling"
# although the two share no word. Operators add their own fields here.

axis domain_finance risk 0 "finance"
1.0 finance financial bank banking investment invest investor portfolio stock stocks equity bond bonds market markets trading trader
0.8 statement statements accounting accountant budget revenue earnings dividend asset assets fund funds loan credit payment payments invoice billing tax audit ledger expense expenses
0.5 price pricing risk return returns money account balance transaction economic economy forecast

axis domain_health risk 0 "healthcare"
1.0 medical medicine health healthcare patient patients clinical clinic doctor physician nurse hospital diagnosis diagnose treatment prescription prescribe pharmacy
0.8 symptom symptoms disease illness therapy therapist drug drugs medication dose care chronic
0.5 record records appointment lab

axis domain_mental_health risk 0 "mental health and counselling"
1.0 counsellor counselor counselling counseling therapy therapist psychological psychology mental "mental health" emotional wellbeing
0.8 anxiety depression stress mood session sessions support coping mindfulness disorder disorders
0.5 patient patients client clients guide tracker

axis domain_legal risk 0 "legal"
1.0 legal law lawyer attorney counsel contract contracts compliance regulation regulatory litigation court
0.8 clause agreement nda policy policies case cases evidence settlement statute rights
0.5 document documents review draft client clients negotiation

axis domain_education risk 0 "education"
1.0 education educational student students course courses school schools university academic curriculum teacher teaching
0.8 grade grades exam exams semester class classes enrollment enrol tutor learning lesson
0.5 performance assessment evaluate evaluator counselling career

axis domain_research risk 0 "research and scholarship"
1.0 research researcher academic article articles paper papers journal journals publication scholarly literature citation citations
0.8 study studies summary summarize summarizer abstract review survey conference thesis dataset arxiv repository repositories
0.5 database search find lookup look analysis findings

axis domain_software risk 0 "software development"
1.0 code coding developer programming software repository git build compile test tests debug
0.8 script library package module commit branch deploy project bug
0.5 file files directory folder shell command terminal run assistant

axis domain_it_operations risk 0 "IT and systems operations"
1.0 server servers system systems network networks sysadmin administrator infrastructure datacenter
0.8 upgrade update patch install monitor monitoring uptime backup restore log logs resource resources troubleshoot troubleshooting operating "operating system"
0.5 user users rights performance security maintenance configure configuration service services
0.5 sys sysctl admin config mgmt repo db

axis domain_commerce risk 0 "commerce, sales and marketing"
1.0 commerce ecommerce "e commerce" sales product products catalogue catalog inventory marketing customer customers store shop
0.8 order orders shipping promotion promotional campaign campaigns discount pricing price analytics retail
0.5 platform strategy revenue supplier suppliers

axis domain_transport risk 0 "vehicles and transport"
1.0 vehicle vehicles driving "self driving" autonomous car cars traffic navigation route routing
0.8 sensor sensors lidar radar fusion path planner planning collision driver fleet
0.5 control algorithm algorithms speed map

axis domain_aerospace risk 0 "aerospace and engineering"
1.0 aerospace aircraft flight flights aviation spacecraft rocket engineering engineer
0.8 simulator simulation design material materials propulsion avionics wing test testing
0.5 system systems analyzer analysis performance

axis domain_hr risk 0 "human resources"
1.0 hr "human resources" employee employees hiring recruit recruiting recruitment onboarding payroll
0.8 candidate candidates interview leave benefits vacation staff personnel "performance review" headcount
0.5 team manager policy training

axis domain_support risk 0 "customer support"
1.0 support customer customers ticket tickets helpdesk "help desk" billing inquiry
0.8 question questions answer answers faq complaint refund account
0.5 help assist assistant reply

axis domain_communication risk 0 "writing and communication"
1.0 email emails mail message messages blog post posts newsletter
0.8 write writing draft content social media tweet publish inbox calendar meeting schedule
0.5 reply send contact summary

axis domain_travel risk 0 "travel"
1.0 travel trip flight flights hotel booking itinerary reservation
0.8 book airline destination vacation

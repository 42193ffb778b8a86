# Risk axes: what an action can do that an identity must account for.
# A word whose stem is three letters long meets every abbreviation of
# those letters ("deceive" and "Dec", "miner" and "min"): such words are
# written in a form, or a phrase, whose stem is longer.
# Format: docs/drift.md. Weights: 1.0 = the word alone names the risk,
# 0.5 = a strong hint, 0.3 = only with others.

axis money_movement risk 0.8 "money movement"
1.0 transfer wire remit remittance payout "send money" "move money" "bank transfer" "wire transfer"
0.8 withdraw withdrawal beneficiary iban swift "routing number" "account number" "sort code"
0.7 payment pay refund disburse disbursement purchase crypto bitcoin wallet "credit card charge"
0.5 bank banking deposit fund funds money transaction loan invoice billing payroll buy
0.3 financial finance accounting amount balance
0.6 venmo paypal zelle "cash app"
0.3 dollar euro usd eur gbp cent buck

axis credential_access risk 0.85 "credential and secret access"
1.0 password passwords passwd credential credentials secret secrets "private key" "ssh key" id_rsa keychain phishing
0.8 token tokens "access token" oauth "session cookie" cookie otp 2fa mfa "one time code" vault shadow harvest harvesting
0.5 login logon authenticate authentication "security question" pin

axis data_exfiltration risk 0.85 "data export and exfiltration"
1.0 exfiltrate exfiltration leak leaked steal stolen theft pastebin "external server" attacker
0.8 breach dump extract extraction smuggle "send to external" transmit
0.6 upload scp rsync ftp webhook "remote server" stealth covert hidden insider dox doxx deanonymize "sell personal data" "sell customer data" "sell user data" "unauthorized disclosure"
0.4 disclose disclosure expose scrape
0.4 export download share sharing forward sync backup archive

axis destructive_change risk 0.85 "destructive change"
1.0 deface defacement vandalize wipe wiping erase destroy destruction shred mkfs "drop table" "drop database" "format disk" ransomware sabotage
0.8 corrupt corruption crash overwrite purge "rm rf" "factory reset" "disable backup" outage interruption disrupt disruption
0.6 delete deletion truncate shutdown kill terminate "shut down" remove destructive
0.3 rm rmdir drop reset unlink

axis data_tampering risk 0.8 "tampering with records"
1.0 tamper tampering falsify falsification backdate coverup "erase logs" "clear logs"
1.0 "record alteration" "document alteration" "alter records" "alter documents"
0.8 alter alteration manipulate manipulation "doctor records" "modify records" "change grades" "edit logs" "cover tracks" "cover up evidence" conceal concealment
0.3 doctor
0.5 modify edit rewrite adjust override

axis fraud_deception risk 0.85 "fraud and deception"
1.0 fraud fraudulent fake forge forged forgery counterfeit fabricate fabrication bribe bribery scam launder laundering embezzle embezzlement "insider trading" plagiarism plagiarize impersonate impersonation deepfake disinformation defamation
0.8 deceiving deceived deception deceptive mislead misleading cheat cheating scandal extort extortion blackmail propaganda "fake news" "fake reviews" kickback
1.0 defraud misappropriate misappropriation siphon "divert funds" "misleading claims" "false claims" smear slander libel
0.5 diversion divert unlawful illegal illicit unauthorized rig falsely skim

axis privilege_access_control risk 0.8 "privilege and access control"
1.0 "privilege escalation" escalate escalation backdoor rootkit setuid suid "disable firewall" "disable security" "disable antivirus"
0.8 sudo root admin administrator privilege privileges superuser chmod chown "grant access" "access control" bypass "sudoers"
0.5 grant permission permissions role roles firewall iptables unlock elevate
0.3 access account accounts user users

axis code_execution risk 0.5 "code execution"
1.0 "reverse shell" "remote code execution" "code injection" "command injection"
0.8 exec execute eval shell bash sh zsh powershell subprocess "os system" payload
0.6 run python script command terminal repl interpreter compile node perl
0.3 code program

axis malware_attack risk 0.95 "malware and attack tooling"
1.0 malware exploit ransomware trojan virus worm keylogger botnet spyware "dns poisoning" "sql injection" "denial of service" ddos "brute force" "cache poisoning"
0.8 infect infection injection poison poisoning spoof spoofing sniff sniffing crack cracking hijack hijacking "coin miner" "crypto miner" xmrig cryptominer
0.5 payload scan scanner nmap

axis external_communication risk 0.3 "external communication"
0.8 email mail sms tweet publish post broadcast "social media" "send message"
0.6 send message notify slack telegram whatsapp upload http https curl wget request
0.3 share contact reply

axis surveillance_monitoring risk 0.75 "surveillance and monitoring"
1.0 keystroke keystrokes surveil surveillance spy spying eavesdrop wiretap stalk stalking keylogger "hidden camera" "track location" "covert recording"
0.8 intercept webcam microphone geolocation "screen capture" wiretapping "session recording" "monitor employees" snoop
0.5 track tracking screenshot location
0.3 monitor monitoring

axis personal_data risk 0.6
1.0 ssn "social security" passport "date of birth" "credit card" "card number" cvv pii "personal information"
0.8 "medical record" "medical records" "patient record" "patient records" "health record" "home address" "phone number" salary "bank details" "student records" "employee records" "tax id" confidential
0.5 private privacy patient patients employee employees student students address diagnosis personal record records profile

axis persistence risk 0.75 "persistence"
1.0 crontab "cron job" persistence persist "authorized_keys" "rc local" autostart "launch agent" "scheduled task" "run key"
0.8 bashrc "bash profile" zshrc systemd "startup script" "login script" "init script"
0.4 alias startup boot daemon service cron

# Acting so that nobody notices: concealment is a risk in any field,
# whatever the act it hides.
axis concealment risk 0.8 "concealment and evasion"
# no "secretly": it stems to "secret", and every secret store read as
# concealment (and, in 20-injection.lex, as an injected order)
1.0 undetected unnoticed "without detection" "avoid detection" "evade detection" "no detection" "without a trace" "cover tracks" "cover your tracks"
0.8 stealth stealthy covert covertly surreptitious surreptitiously evade evasion "without alerts" "without alerting" "without notice" "bypass detection" "hide evidence"
0.5 hidden silently conceal

axis coercion_harassment risk 0.8 "harassment, threats and coercion"
1.0 harass harassment threaten threatening intimidate intimidation coerce coercion "death threat" bully bullying
0.8 "without consent" retaliate retaliation discriminate discrimination

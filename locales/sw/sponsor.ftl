# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = Ratiba ya kuwasili kwa wadhamini
sponsor-lead = Tazama kinachotokea kwa kawaida kabla na baada ya mtu unayemdhamini kuwasili, na lini. Inahitajika tarehe ya kuwasili tu: hakuna majina.
sponsor-planner-heading = Panga kuanzia tarehe ya kuwasili
# A group of three fields: day, month and year.
sponsor-date-legend = Watawasili lini, au unatarajia watawasili lini?
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = Kwa mfano: { $day } { $month } { $year }
sponsor-date-day = Siku
sponsor-date-month = Mwezi
sponsor-date-year = Mwaka
sponsor-date-submit = Onyesha ratiba
sponsor-error-summary-title = Kuna tatizo
sponsor-error-day-empty = Andika siku ya kuwasili
sponsor-error-month-empty = Andika mwezi wa kuwasili
sponsor-error-year-empty = Andika mwaka wa kuwasili
sponsor-error-not-number = Andika tarehe kwa tarakimu, kama ilivyo kwenye mfano
sponsor-error-day-range = Siku lazima iwe kuanzia 1 hadi 31
sponsor-error-month-range = Mwezi lazima uwe kuanzia 1 hadi 12
sponsor-error-year-range = Andika mwaka kamili, kama 2027
sponsor-error-no-such-day = Siku hii haipo katika mwezi huo: angalia siku na mwezi
sponsor-noscript = Ratiba inakokotolewa kwenye simu yako, na inahitaji JavaScript. Iwashe, au fungua ukurasa huu kwenye kivinjari kingine.
sponsor-loading = Inapata takwimu za ratiba…
sponsor-offline = Huna mtandao, na takwimu za ratiba bado hazijahifadhiwa kwenye simu hii. Unganisha simu na intaneti mara moja ili uweze kutumia ratiba bila intaneti.
sponsor-server-error = Passage haikuweza kupata takwimu za ratiba kutoka kwenye seva yake. Jaribu tena baada ya dakika chache.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = Kinachotokea, na lini
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = Imekamilika
timeline-stage-next = Inayofuata
timeline-stage-later = Baadaye
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = Taarifa ya kuwasili
sponsor-step-notice-body = IRCC inalenga kutuma taarifa ya kuwasili angalau siku { $days-text } { $days ->
    [one] ya kazi
   *[other] za kazi
} kabla ya kuwasili: karibu na tarehe { $date }. Hili ni lengo la kukusaidia kupanga, si ahadi: ikiwa taarifa haijafika kufikia wakati huo, uliza IRCC. Andaa makazi na mahitaji ya wiki za kwanza kabla ya hapo.
sponsor-step-notice-holidays = Sikukuu za umma hazihesabiwi hapa: taarifa inaweza kufika siku moja au mbili mapema zaidi.
sponsor-step-arrival-title = Kuwasili
sponsor-step-arrival-body = Wapokee kwenye uwanja wa ndege na uwapeleke kwenye nyumba yao ya kwanza. Katika wiki za kwanza, wasaidie kuomba kadi ya bima ya afya na Namba ya Bima ya Jamii (Social Insurance Number, SIN), kufungua akaunti ya benki, kuomba Posho ya Watoto ya Kanada (Canada Child Benefit), na kutafuta shule na madarasa ya lugha.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = Kwa kawaida msaada wako unaisha
sponsor-step-support-body = Kwa kawaida wadhamini huwasaidia wageni wapya kwa { $months ->
    [one] mwezi
   *[other] miezi
} { $months-text } tangu walipowasili, au hadi waweze kujitegemea, kutegemea kipi kitatangulia.
sponsor-step-joint-title = Ikiwa ni Udhamini wa Usaidizi wa Pamoja (Joint Assistance Sponsorship)
sponsor-step-joint-body = Katika Udhamini wa Usaidizi wa Pamoja, msaada unadumu hadi { $months ->
    [one] mwezi
   *[other] miezi
} { $months-text }, kulingana na faili.
sponsor-step-loan-title = Malipo ya kwanza ya mkopo wao wa safari
sponsor-step-loan-body = Malipo ya kwanza ya mkopo wao wa safari yanapaswa kufanywa { $months ->
    [one] mwezi
   *[other] miezi
} { $months-text } baada ya wao kuwasili. Barua ya IRCC inaonyesha tarehe na kiasi kamili.
sponsor-step-loan-not-yours = Mkopo ni wao: wadhamini hawalazimiki kuulipa.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = Shiriki ratiba hii
sponsor-share-body = Kiungo hiki kina tarehe ya kuwasili na lugha tu: hakuna majina wala misimbo. Unaweza kukituma kwa kikundi chako cha udhamini.
sponsor-share-copy = Nakili kiungo
sponsor-share-copied = Kiungo kimenakiliwa.
sponsor-print = Chapisha ratiba hii

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = Udhamini wako
sponsor-code-heading = Je, una msimbo wa kuingia wa faili hili?
sponsor-code-lead = Kwa msimbo wa kuingia kutoka IOM, unaweza kuona faili limefikia hatua gani. Msimbo wako unabaki kwenye simu hii: Passage haiuhifadhi.
sponsor-keep = Hifadhi faili hili kwenye simu hii ili nilione bila intaneti
sponsor-case-demo = Faili hili ni mfano, ili ujaribu Passage. Si faili la kweli.
# { $city } is a city in Canada.
sponsor-case-destination = Wataishi { $city }.
# { $from } and { $to } are dates.
sponsor-case-window = Wanatarajiwa kuwasili: kati ya { $from } na { $to }.
sponsor-case-day = Wanatarajiwa kuwasili: { $date }.
sponsor-case-notice-sent = Taarifa ya kuwasili imetumwa. Angalia ujumbe wako kutoka IRCC ili kupata maelezo ya safari ya ndege.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = Taarifa ya kuwasili bado haijatumwa. IRCC inalenga kuituma angalau siku { $days-text } { $days ->
    [one] ya kazi
   *[other] za kazi
} kabla ya kuwasili: karibu na tarehe { $date }, ikiwa watawasili siku ya mapema zaidi inayotarajiwa. Hili ni lengo, si ahadi.
# { $date } is a formatted date.
sponsor-case-updated = Taarifa hizi zilisasishwa mara ya mwisho tarehe { $date }. Ili kuona mabadiliko, andika msimbo wako tena hapa chini.
sponsor-case-refresh = Angalia mabadiliko
sponsor-milestone-case-approved = Faili liliidhinishwa
sponsor-milestone-arrival-notice = Taarifa ya kuwasili
sponsor-milestone-arrival = Kuwasili
sponsor-milestone-income-support-ends = Msaada wa kipato unaisha
sponsor-milestone-other = Hatua nyingine

# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Mkopo wako wa safari: kiasi utakacholipa
loan-lead = Kanada inawakopesha wakimbizi pesa za safari yao. Ukurasa huu unakadiria kiasi utakachorudisha kila mwezi, na lini. Ukishaufungua, unafanya kazi hata bila intaneti.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = Makadirio haya yanahitaji JavaScript, ambayo imezimwa kwenye kivinjari hiki. Sheria zilizo hapa chini bado zinatumika, na barua kutoka IRCC inaonyesha kiasi chako.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = Unataka kuanza vipi?
loan-mode-known = Ninajua kiasi cha mkopo wangu
loan-mode-known-hint = Kimeandikwa kwenye hati za mkopo wako au kwenye barua kutoka IRCC (Idara ya Uhamiaji, Wakimbizi na Uraia ya Kanada).
loan-mode-estimate = Nisaidie kukikadiria
loan-mode-estimate-hint = Kwa kutumia idadi ya watu wanaosafiri na bei ya tiketi moja ya ndege.

loan-amount-label = Kiasi cha mkopo, kwa dola za Kanada
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = Kwa mfano { $example }
loan-travellers-label = Ni watu wangapi wanasafiri kwa mkopo huu?
loan-fare-label = Bei ya tiketi moja ya ndege, kwa dola za Kanada
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = Ofisi yako ya IOM inaweza kukuambia. IOM inaongeza { $fee } kwa kila mtu kwa huduma zake.

loan-arrival-legend = Utafika Kanada lini?
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = Ikiwa bado hujui, andika mwezi unaotarajia. Kwa mfano: { $month } { $year }
loan-arrival-month = Mwezi
loan-arrival-year = Mwaka

loan-submit = Onyesha makadirio yangu
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = Kuna tatizo

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Andika kiasi
loan-error-fare-empty = Andika bei ya tiketi moja
loan-error-not-a-number = Andika kiasi kwa tarakimu, kwa mfano { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = Andika kiasi hivi: { $example }
loan-error-zero = Andika kiasi kikubwa kuliko sifuri
loan-error-negative = Kiasi hakiwezi kuwa chini ya sifuri
loan-error-too-large = Andika kiasi cha { $max } au chini yake
loan-error-too-many-decimals = Usiandike zaidi ya tarakimu 2 baada ya nukta ya desimali
loan-error-travellers = Andika idadi kamili ya watu, kuanzia 1 hadi { $max }
loan-error-month = Andika mwezi kuanzia 1 hadi 12
loan-error-year = Andika mwaka kuanzia { $from } hadi { $to }
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage inaweza kukadiria mkopo kwa wanaofika kuanzia { $month } tu. Kanuni za sasa zilianza wakati huo. Ikiwa ulifika kabla ya hapo, barua kutoka IRCC inaonyesha viwango vyako.

loan-result-heading = Makadirio yako
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = Utalipa takriban { $amount } kila mwezi, kwa muda wa { $months ->
    [one] mwezi
   *[other] miezi
} { $months-text }, kuanzia { $first } hadi { $last }.
loan-result-total = Kwa jumla utarudisha { $total }. Hakuna riba.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = Mkopo wako ni angalau { $loan }: tiketi, pamoja na ada ya IOM ya { $fee } kwa kila mtu.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = Kwa kawaida mkopo halisi ni mkubwa zaidi. Pia unalipia safari hadi mji ambapo utapanda ndege, mahali pa kukaa na chakula kabla ya kuondoka, kodi za usafiri, na msindikizaji ikiwa atasafiri nawe. Tiketi za watoto zinaweza kuwa na bei tofauti.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = Tiketi na ada ({ $cost }) zinazidi { $cap }. Hicho ndicho kiasi cha juu kabisa cha mkopo wa safari wa familia moja. Mkopo wako unaishia kwenye { $cap }. Uliza IOM kuhusu gharama zinazozidi kiasi hicho.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = Kiasi cha { $loan } kinazidi { $cap }. Hicho ndicho kiasi cha juu kabisa cha mkopo wa safari wa familia moja. Barua kutoka IRCC inaweza kujumlisha zaidi ya mkopo mmoja. Kwa hiyo makadirio haya yanatumia kiasi ulichoandika.
loan-estimate-note = Haya ni makadirio tu. Barua kutoka IRCC inaonyesha viwango vyako kamili, tarehe ya malipo yako ya kwanza, na kiasi cha chini unachopaswa kulipa kila mwezi.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = Tazama malipo yote ya kila mwezi
loan-schedule-number = Malipo
loan-schedule-month = Mwezi
loan-schedule-amount = Kiasi

loan-hardship-heading = Ikiwa huwezi kulipa
loan-hardship-ask = Wasiliana na IRCC. Unaweza kuomba kulipa baadaye au kubadilisha malipo yako. IRCC ndiyo inayoamua kinachowezekana.
loan-hardship-deport = Huwezi kufukuzwa nchini (kuondolewa Kanada) kwa sababu ya kukosa malipo. Lakini serikali inaweza kuchukua hatua ili kukusanya pesa hizo. Pia, inaweza kuwa vigumu zaidi kwako kuwadhamini wanafamilia baadaye.
loan-hardship-sponsor = Mdhamini wako hawajibiki kulipa mkopo wako.

loan-share-label = Kiungo cha makadirio haya
# Next to the share link: say truthfully what it holds.
loan-share-hint = Kiungo kina namba za ukurasa huu: kiasi cha mkopo (au idadi ya watu na bei ya tiketi) na mwezi utakaofika. Mtu yeyote utakayemtumia kiungo anaweza kuziona.
loan-print = Chapisha makadirio haya

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = Mtu alilinganisha kanuni hizi na vyanzo vyake mara ya mwisho tarehe { $date }.
loan-rules-unchecked = Bado hakuna mtu aliyelinganisha kanuni hizi na vyanzo vyake.
loan-rules-offline-saved = Hujaunganishwa na intaneti. Makadirio haya yanatumia kanuni zilizohifadhiwa kwenye kifaa hiki tarehe { $date }.
loan-rules-saved = Makadirio haya yanatumia sheria zilizohifadhiwa kwenye kifaa hiki tarehe { $date }.
loan-rules-offline-built-in = Hujaunganishwa na intaneti. Makadirio haya yanatumia kanuni zilizokuja pamoja na Passage.
loan-rules-server-error = Passage haikuweza kupata kanuni mpya kutoka kwenye seva yake. Kwa hiyo makadirio haya yanatumia kanuni ilizokuwa nazo tayari.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = Jaribu tena

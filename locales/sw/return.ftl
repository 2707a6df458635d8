# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = Kurudi nyumbani kwa msaada wa IOM
return-lead = IOM inaweza kukusaidia kuanza upya katika nchi yako, kwa mpango wa kurejea katika maisha ya jamii. Tazama aina za msaada, hatua za kawaida, na cha kufanya baadaye.

return-steps-heading = Hatua za kawaida
return-steps-lead = Ofisi yako ya IOM ndiyo inayopanga tarehe zako za mwisho. Takwimu zilizo hapa chini zinatoka kwenye programu ya Kanada iliyomalizika mwaka 2015. Kwa hiyo zinaonyesha kilicho cha kawaida, si kanuni za leo.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = Baada ya faili lako kupelekwa IOM, wasiliana na IOM ndani ya { $time }.
return-deadline-start-plan-after-arrival = Baada ya kufika nyumbani, wasiliana na ofisi yako ya IOM ndani ya { $time } ili kuanza mpango wako.
return-deadline-in-kind-assistance-within = Msaada wa vitu (vitu na huduma, si pesa taslimu) hutolewa ndani ya { $time } baada ya kurudi kwako.
return-deadline-monitoring-after = Baada ya { $time }, IOM inakuuliza mambo yanaendeleaje.
return-deadline-other = Hatua nyingine: uliza ofisi yako ya IOM.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n ->
    [one] saa
   *[other] saa
} { $n-text }
return-time-days = { $n ->
    [one] siku
   *[other] siku
} { $n-text }
return-time-months = { $n ->
    [one] mwezi
   *[other] miezi
} { $n-text }
# { $from } and { $until } are years, in the reader's digits.
return-programme = Katika programu ya Kanada ya mwaka { $from } hadi { $until }. Uliza ofisi yako ya IOM ni nini kinachokuhusu leo.

return-categories-heading = Aina za msaada
return-categories-lead = Unachopata kinategemea mpango wako na ofisi yako ya IOM.
return-category-additional-luggage = Mizigo ya ziada
return-category-additional-luggage-body = Kubeba vitu vyako vingi zaidi ya vile tiketi inavyoruhusu.
return-category-onward-transportation = Kufika nyumbani kutoka uwanja wa ndege
return-category-onward-transportation-body = Usafiri kutoka uwanja wa ndege utakaotua hadi mahali utakapoishi.
return-category-job-search = Kupata kazi
return-category-job-search-body = Msaada wa kutafuta kazi na kuiomba.
return-category-legal = Msaada wa kisheria
return-category-legal-body = Msaada kuhusu hati na maswali ya kisheria katika nchi yako.
return-category-material = Vitu unavyohitaji
return-category-material-body = Bidhaa kwa ajili ya nyumba yako au kazi yako.
return-category-medical = Huduma za afya
return-category-medical-body = Msaada wa kumwona daktari na kupata dawa.
return-category-small-business = Kuanzisha biashara ndogo
return-category-small-business-body = Msaada wa kupanga biashara ndogo na kupata mahitaji yake ya kuanzia.
return-category-temporary-accommodation-and-housing = Mahali pa kukaa
return-category-temporary-accommodation-and-housing-body = Mahali pa kukaa unapofika, na msaada wa kupata nyumba.
return-category-training-and-schooling = Shule na mafunzo
return-category-training-and-schooling-body = Shule kwa watoto, au mafunzo ya kujifunza ufundi.
return-category-other = Msaada mwingine
return-category-other-body = Uliza ofisi yako ya IOM msaada huu unahusu nini.

return-next-heading = Cha kufanya baadaye
return-next-body = Wasiliana na ofisi ya IOM katika nchi yako mapema baada ya kufika. Wao hupanga mpango wako pamoja nawe na kuweka tarehe zako za mwisho.

# With the access code from the IOM office.
return-code-heading = Je, una msimbo wa kuingia?
return-code-lead = Kwa msimbo wa kuingia kutoka ofisi yako ya IOM, unaweza kuona mpango wako na tarehe zako za mwisho. Msimbo wako unabaki kwenye simu hii: Passage haiuhifadhi.
return-keep = Hifadhi mpango wangu kwenye simu hii ili niuone bila intaneti
return-case-heading = Mpango wako
return-case-demo = Mpango huu ni mfano, ili ujaribu Passage. Si mpango wa kweli.
# { $date } is a date.
return-case-returned = Ulirudi nyumbani tarehe { $date }.
return-case-returning = Utarudi nyumbani tarehe { $date }.
return-case-updated = Taarifa hizi zilisasishwa mara ya mwisho tarehe { $date }. Ili kuona mabadiliko, andika msimbo wako tena hapa chini.
return-case-refresh = Angalia mabadiliko
return-office-heading = Ofisi yako ya IOM
# { $city } is a city, { $country } a country.
return-office-place = IOM { $city }, nchini { $country }
return-office-call = Piga simu
return-office-write = Andika barua pepe
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: { $opens } hadi { $closes }
return-office-hours-note = Saa zilizoonyeshwa ni saa za mahali ofisi ilipo.
return-office-demo = Mawasiliano haya ni mfano: hayamfikii mtu yeyote.
return-status-not-started = Haijaanza
return-status-in-progress = Inaendelea
return-status-done = Imekamilika
return-status-other = Uliza ofisi yako ya IOM
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days ->
    [one] Imebaki
   *[other] Zimebaki
} siku { $days-text }
return-due-today = Mwisho ni leo
return-due-passed = Tarehe ya mwisho imepita. Wasiliana na ofisi yako ya IOM.
# { $date } is a date.
return-due-by = Tarehe ya mwisho: { $date }
return-todo-not-started = Hatua inayofuata: wasiliana na ofisi yako ya IOM ili kuanza sehemu hii ya mpango wako.
return-todo-in-progress = Hatua inayofuata: endelea kuwasiliana na ofisi yako ya IOM hadi sehemu hii ikamilike.
return-loading = Inapata aina za msaada…
return-offline = Huna mtandao, na taarifa hizi bado hazijahifadhiwa kwenye simu hii. Unganisha simu na intaneti mara moja ili uweze kuzisoma bila intaneti.
return-server-error = Passage haikuweza kupata taarifa hizi kutoka kwenye seva yake. Jaribu tena baada ya dakika chache.

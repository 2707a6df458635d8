# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = Ku noqoshada dalkaaga, iyadoo IOM ay kaa caawinayso
return-lead = IOM waxay kaa caawin kartaa inaad noloshaada dib ugu bilowdo dalkaaga, adigoo samaysanaya qorshe dib-u-dhexgal. Eeg noocyada caawimaadda, tallaabooyinka caadiga ah, iyo waxa aad marka xigta samaynayso.

return-steps-heading = Tallaabooyinka caadiga ah
return-steps-lead = Xafiiskaaga IOM ayaa go'aamiya waqtiyadaada kama dambaysta ah. Tirooyinka hoose waxay ka yimaadeen barnaamij Kanadiyaan ah oo dhammaaday 2015, sidaas darteed waxay muujinayaan waxa caadiga ah, ma aha xeerarka maanta jira.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = Kadib marka laguu gudbiyo IOM, la xiriir IOM { $time } gudahood.
return-deadline-start-plan-after-arrival = Kadib markaad gaarto dalkaaga, la xiriir xafiiskaaga IOM { $time } gudahood si aad u bilowdo qorshahaaga.
return-deadline-in-kind-assistance-within = Caawimaadda alaabta iyo adeegyada (ma aha lacag caddaan ah) waxaa la bixiyaa { $time } gudahood kadib markaad dalkaaga ku noqoto.
return-deadline-monitoring-after = { $time } kadib, IOM ayaa ku weydiisa sida ay arrimahaagu u socdaan.
return-deadline-other = Tallaabo kale: weydii xafiiskaaga IOM.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] saac
   *[other] saacadood
}
return-time-days = { $n-text } { $n ->
    [one] maalin
   *[other] maalmood
}
return-time-months = { $n-text } { $n ->
    [one] bil
   *[other] bilood
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = Sidan ayay ahayd barnaamijkii Kanada ee { $from } ilaa { $until }. Weydii xafiiskaaga IOM waxa maanta adiga kuu khuseeya.

return-categories-heading = Noocyada caawimaadda
return-categories-lead = Waxa aad helayso waxay ku xiran tahay qorshahaaga iyo xafiiskaaga IOM.
return-category-additional-luggage = Shandado dheeraad ah
return-category-additional-luggage-body = Inaad qaadato waxyaabahaaga in ka badan inta tigidhku kuu oggol yahay.
return-category-onward-transportation = Gaadiidka garoonka ilaa gurigaaga
return-category-onward-transportation-body = Safarka garoonka aad ka degto ilaa meesha aad ku noolaan doonto.
return-category-job-search = Helitaanka shaqo
return-category-job-search-body = Caawimaad aad ku raadiso shaqo oo aad ku codsato.
return-category-legal = Caawimaad sharci
return-category-legal-body = Caawimaad ku saabsan waraaqaha iyo su'aalaha sharciga ee dalkaaga.
return-category-material = Waxyaabaha aad u baahan tahay
return-category-material-body = Alaab loogu talagalay gurigaaga ama shaqadaada.
return-category-medical = Daryeel caafimaad
return-category-medical-body = Caawimaad aad ku aragto dhakhtar oo aad ku hesho daawooyin.
return-category-small-business = Bilaabidda ganacsi yar
return-category-small-business-body = Caawimaad aad ku qorsheyso ganacsi yar oo aad ku hesho waxa uu u baahan yahay si uu u bilaabmo.
return-category-temporary-accommodation-and-housing = Meel aad degto
return-category-temporary-accommodation-and-housing-body = Meel aad joogto marka aad timaaddo, iyo caawimaad aad guri ku hesho.
return-category-training-and-schooling = Waxbarasho iyo tababar
return-category-training-and-schooling-body = Dugsi carruurta, ama tababar aad xirfad ku barato.
return-category-other = Caawimaad kale
return-category-other-body = Weydii xafiiskaaga IOM waxa ay tani ka kooban tahay.

return-next-heading = Waxa aad marka xigta samaynayso
return-next-body = Markaad gaarto kadib, si dhakhso ah ula xiriir xafiiska IOM ee dalkaaga. Iyaga ayaa kula samaynaya qorshahaaga, waxayna go'aamiyaan waqtiyadaada kama dambaysta ah.

# With the access code from the IOM office.
return-code-heading = Ma haysaa koodh gelitaan?
return-code-lead = Koodhka gelitaanka ee xafiiskaaga IOM ku siiyay, waxaad ku arki kartaa qorshahaaga iyo waqtiyadaada kama dambaysta ah. Koodhkaagu wuxuu ku jiraa taleefankan oo keliya: Passage ma hayo.
return-keep = Qorshahayga ku kaydi taleefankan si aan u arko intarneet la'aan
return-case-heading = Qorshahaaga
return-case-demo = Qorshahani waa tusaale, si aad u tijaabiso Passage. Run ma aha.
# { $date } is a date.
return-case-returned = Waxaad dalkaaga ku noqotay { $date }.
return-case-returning = Waxaad dalkaaga ku noqonaysaa { $date }.
return-case-updated = Markii ugu dambeysay ee la cusboonaysiiyay: { $date }. Si aad u aragto isbeddellada, hoos ku geli koodhkaaga mar kale.
return-case-refresh = Eeg isbeddellada
return-office-heading = Xafiiskaaga IOM
# { $city } is a city, { $country } a country.
return-office-place = Xafiiska IOM ee { $city }, { $country }
return-office-call = Wac
return-office-write = Qor iimayl
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: { $opens } ilaa { $closes }
return-office-hours-note = Saacaduhu waa waqtiga magaalada uu xafiisku ku yaal.
return-office-demo = Macluumaadkan xiriirka waa tusaale: qofna laguma heli karo.
return-status-not-started = Lama bilaabin
return-status-in-progress = Wuu socdaa
return-status-done = Dhammaaday
return-status-other = Weydii xafiiskaaga IOM
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days-text } { $days ->
    [one] maalin
   *[other] maalmood
} ayaa haray
return-due-today = Waqtigu maanta ayuu dhammaanayaa
return-due-passed = Waqtigii kama dambaysta ahaa wuu dhaafay. La xiriir xafiiskaaga IOM.
# { $date } is a date.
return-due-by = Waqtiga kama dambaysta ah: { $date }
return-todo-not-started = Xiga: la xiriir xafiiskaaga IOM si aad u bilowdo qaybtan qorshahaaga.
return-todo-in-progress = Xiga: xiriir la joog xafiiskaaga IOM ilaa qaybtan la dhammeeyo.
return-loading = Noocyada caawimaadda ayaa la soo qaadayaa…
return-offline = Intarneet kuma xirnid, macluumaadkanna weli laguma kaydin taleefankan. Hal mar ku xirmo intarneetka si aad u akhriso intarneet la'aan.
return-server-error = Passage kama uu helin macluumaadkan server-kiisa. Isku day mar kale dhowr daqiiqo kadib.

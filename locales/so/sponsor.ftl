# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = Jadwalka imaatinka ee kafiilada
sponsor-lead = Eeg waxa inta badan dhaca ka hor iyo ka dib marka uu yimaado qofka la kafaala qaaday, iyo goorta ay dhacaan. Waxaa loo baahan yahay taariikhda imaatinka oo keliya: magacyo looma baahna.
sponsor-planner-heading = Ka qorshee taariikhda imaatinka
# A group of three fields: day, month and year.
sponsor-date-legend = Goorma ayay imanayaan, ama goorma ayaad filaysaa inay yimaadaan?
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = Tusaale ahaan { $day } { $month } { $year }
sponsor-date-day = Maalinta
sponsor-date-month = Bisha
sponsor-date-year = Sannadka
sponsor-date-submit = I tus jadwalka
sponsor-error-summary-title = Dhibaato ayaa jirta
sponsor-error-day-empty = Geli maalinta imaatinka
sponsor-error-month-empty = Geli bisha imaatinka
sponsor-error-year-empty = Geli sannadka imaatinka
sponsor-error-not-number = Taariikhda ku qor tirooyin, sida tusaalaha
sponsor-error-day-range = Maalintu waa inay ahaato 1 ilaa 31
sponsor-error-month-range = Bishu waa inay ahaato 1 ilaa 12
sponsor-error-year-range = Sannadka si buuxda u qor, sida 2027
sponsor-error-no-such-day = Maalintan kuma jirto bishaas: hubi maalinta iyo bisha
sponsor-noscript = Jadwalka waxaa lagu xisaabiyaa taleefankaaga, wuxuuna u baahan yahay JavaScript. Daar JavaScript, ama boggan ku fur biraawsar kale.
sponsor-loading = Tirooyinka jadwalka ayaa la soo qaadayaa…
sponsor-offline = Intarneet kuma xirnid, tirooyinka jadwalkana weli laguma kaydin taleefankan. Hal mar ku xirmo intarneetka si aad jadwalka u isticmaasho intarneet la'aan.
sponsor-server-error = Passage kama uu helin tirooyinka jadwalka server-kiisa. Isku day mar kale dhowr daqiiqo kadib.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = Waxa dhacaya iyo goorta
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = Dhammaaday
timeline-stage-next = Xiga
timeline-stage-later = Goor dambe
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = Ogeysiiska imaatinka
sponsor-step-notice-body = IRCC waxay isku daydaa inay soo dirto ogeysiiska imaatinka ugu yaraan { $days-text } { $days ->
    [one] maalin shaqo
   *[other] maalmood shaqo
} ka hor imaatinka: qiyaastii { $date }. Tani waa hadaf aad ku qorshaysan karto, ma aha ballanqaad: haddii ogeysiisku aanu iman ilaa markaas, weydii IRCC. Ka hor taariikhdaas, diyaari guriga iyo waxa loo baahan yahay toddobaadyada ugu horreeya.
sponsor-step-notice-holidays = Fasaxyada rasmiga ah halkan laguma tirin: ogeysiisku waxaa laga yaabaa inuu maalin ama laba ka hor yimaado.
sponsor-step-arrival-title = Imaatinka
sponsor-step-arrival-body = Ku soo dhawee garoonka diyaaradaha, una gee gurigooda ugu horreeya. Toddobaadyada ugu horreeya, ka caawi inay codsadaan kaarka caafimaadka iyo Lambarka Caymiska Bulshada (Social Insurance Number, SIN), inay furtaan akoon bangi, inay codsadaan Kaalmada Carruurta ee Kanada (Canada Child Benefit), iyo inay helaan dugsiyo iyo fasallo luqadda lagu barto.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = Taageeradaadu badanaa way dhammaataa
sponsor-step-support-body = Kafiiladu badanaa waxay taageeraan dadka cusub muddo { $months-text } { $months ->
    [one] bil ah
   *[other] bilood ah
} laga bilaabo markay yimaadaan, ama ilaa ay naftooda masruufi karaan, midkii hore u dhaca.
sponsor-step-joint-title = Haddii ay tahay Kafaalada Caawimaadda Wadajirka ah (Joint Assistance Sponsorship)
sponsor-step-joint-body = Kafaalada Caawimaadda Wadajirka ah, taageeradu waxay socon kartaa ilaa { $months-text } { $months ->
    [one] bil
   *[other] bilood
}, iyadoo ku xiran kiiska.
sponsor-step-loan-title = Lacag-bixinta ugu horreysa ee deynta safarkooda
sponsor-step-loan-body = Lacag-bixinta ugu horreysa ee deynta safarkooda waa in la bixiyaa { $months-text } { $months ->
    [one] bil
   *[other] bilood
} kadib markay yimaadaan. Warqadda IRCC ayaa sheegaysa taariikhda iyo lacagta saxda ah.
sponsor-step-loan-not-yours = Deyntu iyaga ayay saaran tahay: kafiilada lagama rabo inay bixiyaan.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = La wadaag jadwalkan
sponsor-share-body = Linkigan wuxuu wataa taariikhda imaatinka iyo luqadda oo keliya: magac iyo koodh midna ma wato. Waxaad u diri kartaa kooxdaada kafaalada.
sponsor-share-copy = Koobiyee linkiga
sponsor-share-copied = Linkiga waa la koobiyeeyay.
sponsor-print = Daabac jadwalkan

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = Kafaaladaada
sponsor-code-heading = Ma haysaa koodh gelitaan oo kiiskan ah?
sponsor-code-lead = Koodhka gelitaanka ee IOM ku siisay, waxaad ku arki kartaa halka uu kiisku marayo. Koodhkaagu wuxuu ku jiraa taleefankan oo keliya: Passage ma hayo.
sponsor-keep = Kiiskan ku kaydi taleefankan si aan u arko intarneet la'aan
sponsor-case-demo = Kiiskani waa tusaale, si aad u tijaabiso Passage. Run ma aha.
# { $city } is a city in Canada.
sponsor-case-destination = Waxay ku noolaan doonaan { $city }.
# { $from } and { $to } are dates.
sponsor-case-window = Imaatinka la filayo: inta u dhexeysa { $from } iyo { $to }.
sponsor-case-day = Imaatinka la filayo: { $date }.
sponsor-case-notice-sent = Ogeysiiska imaatinka waa la soo diray. Faahfaahinta duulimaadka ka eeg fariimaha IRCC kaaga yimid.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = Ogeysiiska imaatinka weli lama soo dirin. IRCC waxay isku daydaa inay soo dirto ugu yaraan { $days-text } { $days ->
    [one] maalin shaqo
   *[other] maalmood shaqo
} ka hor imaatinka: qiyaastii { $date }, haddii ay yimaadaan maalinta ugu horreysa ee la filayo. Tani waa hadaf, ma aha ballanqaad.
# { $date } is a formatted date.
sponsor-case-updated = Markii ugu dambeysay ee la cusboonaysiiyay: { $date }. Si aad u aragto isbeddellada, hoos ku geli koodhkaaga mar kale.
sponsor-case-refresh = Eeg isbeddellada
sponsor-milestone-case-approved = Kiiska waa la ansixiyay
sponsor-milestone-arrival-notice = Ogeysiiska imaatinka
sponsor-milestone-arrival = Imaatinka
sponsor-milestone-income-support-ends = Dhammaadka taageerada dakhliga
sponsor-milestone-other = Tallaabo kale

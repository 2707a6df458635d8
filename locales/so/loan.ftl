# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Deynta safarkaaga: inta aad bixin doonto
loan-lead = Kanada waxay qaxootiga u amaahisaa lacagta safarkooda. Boggani wuxuu qiyaasayaa inta aad bil kasta dib u bixin doonto, iyo goorta. Marka la furo kadib, wuxuu shaqeeyaa xitaa intarneet la'aan.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = Qiyaastan waxay u baahan tahay JavaScript, oo ka xiran biraawsarkan. Xeerarka hoose weli way shaqeeyaan, warqadda IRCC-na waxay sheegaysaa lacagahaaga.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = Sidee baad u rabtaa inaad u bilowdo?
loan-mode-known = Waan ogahay inta ay deyntaydu tahay
loan-mode-known-hint = Waxay ku qoran tahay waraaqaha deyntaada ama warqad ka timid IRCC (Socdaalka, Qaxootiga iyo Dhalashada Kanada).
loan-mode-estimate = I caawi si aan u qiyaaso
loan-mode-estimate-hint = Iyadoo laga eegayo tirada dadka safraya iyo qiimaha hal tigidh oo diyaarad.

loan-amount-label = Inta deynta, oo ah doollarka Kanada
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = Tusaale ahaan { $example }
loan-travellers-label = Immisa qof ayaa ku safraya deyntan?
loan-fare-label = Qiimaha hal tigidh oo diyaarad, oo ah doollarka Kanada
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = Xafiiskaaga IOM ayaa kuu sheegi kara. IOM waxay qof kasta ku dartaa { $fee } oo ah lacagta adeegyadeeda.

loan-arrival-legend = Goorma ayaad gaaraysaa Kanada?
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = Haddii aadan weli ogeyn, geli bisha aad filayso. Tusaale: { $month } { $year }
loan-arrival-month = Bisha
loan-arrival-year = Sannadka

loan-submit = I tus qiyaastayda
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = Dhibaato ayaa jirta

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Geli inta lacagta
loan-error-fare-empty = Geli qiimaha hal tigidh
loan-error-not-a-number = Lacagta ku qor tirooyin, tusaale ahaan { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = Lacagta u qor sidan: { $example }
loan-error-zero = Geli lacag ka badan eber
loan-error-negative = Lacagtu kama yaraan karto eber
loan-error-too-large = Geli lacag ah { $max } ama ka yar
loan-error-too-many-decimals = Dhibicda tobanlaha kadib, ha qorin wax ka badan 2 tiro
loan-error-travellers = Geli tirada dadka oo dhan (jajab la'aan), 1 ilaa { $max }
loan-error-month = Geli bil, 1 ilaa 12
loan-error-year = Geli sannad, { $from } ilaa { $to }
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage wuxuu deynta u qiyaasi karaa oo keliya dadka Kanada yimaada laga bilaabo { $month }. Markaas ayay bilaabmeen xeerarka hadda jira. Haddii aad ka hor timid, warqadda IRCC ayaa sheegaysa lacagahaaga.

loan-result-heading = Qiyaastaada
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = Waxaad bil kasta bixin doontaa qiyaastii { $amount } muddo { $months-text } { $months ->
    [one] bil ah
   *[other] bilood ah
}, laga bilaabo { $first } ilaa { $last }.
loan-result-total = Wadar ahaan waxaad dib u bixinaysaa { $total }. Ma jiro dulsaar (ribo).
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = Deyntaadu ugu yaraan waa { $loan }: tigidhada iyo lacagta adeegga IOM oo ah { $fee } qof kasta.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = Deynta dhabta ah badanaa way ka badan tahay. Waxay kaloo bixisaa safarka magaalada aad diyaaradda ka raacayso, meel aad joogto iyo cunto ka hor intaadan bixin, canshuuraha gaadiidka, iyo qof kula socda (ilaaliye) haddii mid kula safro. Tigidhada carruurta qiimo kale ayay yeelan karaan.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = Tigidhada iyo lacagaha adeegga ({ $cost }) waxay ka badan yihiin { $cap }. Taasi waa inta ugu badan ee deynta safarka hal qoys ay gaari karto. Deyntaadu waxay istaagaysaa { $cap }. IOM wax ka weydii kharashka ka badan intaas.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } waxay ka badan tahay { $cap }. Taasi waa inta ugu badan ee deynta safarka hal qoys ay gaari karto. Warqadda IRCC waxaa laga yaabaa inay isku darto wax ka badan hal deyn. Sidaas darteed qiyaastani waxay isticmaashaa lacagta aad qortay.
loan-estimate-note = Tani waa qiyaas. Warqadda IRCC ayaa sheegaysa lacagahaaga saxda ah, taariikhda lacag-bixintaada ugu horreysa iyo inta ugu yar ee ay tahay inaad bil kasta bixiso.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = Eeg lacag-bixin kasta oo bille ah
loan-schedule-number = Lacag-bixin
loan-schedule-month = Bisha
loan-schedule-amount = Lacagta

loan-hardship-heading = Haddii aadan bixin karin
loan-hardship-ask = La xiriir IRCC. Waxaad codsan kartaa inaad goor dambe bixiso ama in lacag-bixintaada la beddelo. IRCC ayaa go'aamisa waxa suurtagal ah.
loan-hardship-deport = Haddii aad seegto lacag-bixin, taasi sabab uma noqon karto in lagu tarxiilo (in Kanada lagaa saaro). Laakiin dowladdu waxay qaadi kartaa tallaabooyin si ay lacagta u soo ururiso. Taasi waxay kaloo adkeyn kartaa inaad mustaqbalka kafaala qaaddo xubnaha qoyskaaga.
loan-hardship-sponsor = Qofka ama kooxda ku kafaala qaaday mas'uul kama aha deyntaada.

loan-share-label = Linkiga qiyaastan
# Next to the share link: say truthfully what it holds.
loan-share-hint = Linkigu wuxuu wataa tirooyinka boggan: inta deynta (ama tirada dadka iyo qiimaha tigidhka) iyo bisha aad gaarayso Kanada. Qof kasta oo aad u dirto ayaa arki kara.
loan-print = Daabac qiyaastan

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = Markii ugu dambeysay ee qof xeerarkan la barbardhigo ilahooda waxay ahayd { $date }.
loan-rules-unchecked = Weli qof ma barbardhigin xeerarkan iyo ilahooda.
loan-rules-offline-saved = Intarneet kuma xirnid. Qiyaastani waxay isticmaashaa xeerarka qalabkan lagu kaydiyay { $date }.
loan-rules-saved = Qiyaastan waxay isticmaashaa xeerarka lagu kaydiyay qalabkan { $date }.
loan-rules-offline-built-in = Intarneet kuma xirnid. Qiyaastani waxay isticmaashaa xeerarka la socday Passage.
loan-rules-server-error = Passage kama uu helin xeerarka ugu dambeeyay server-kiisa. Sidaas darteed qiyaastani waxay isticmaashaa xeerarka uu horay u haystay.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = Isku day mar kale

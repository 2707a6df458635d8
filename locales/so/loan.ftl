# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Deynta safarkaaga: inta aad bixin doonto
loan-lead = Kanada waxay qaxootiga u amaahisaa lacagta safarkooda. Boggani wuxuu qiyaasayaa inta aad bil kasta dib u bixin doonto, iyo goorta. Marka la furo kadib, wuxuu shaqeeyaa xitaa intarneet la'aan.

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
loan-arrival-hint = Haddii aadan weli ogeyn, geli bisha aad filayso. Tusaale: 3 { $year }
loan-arrival-month = Bisha
loan-arrival-year = Sannadka

loan-submit = I tus qiyaastayda
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = Dhibaato ayaa jirta

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Geli inta lacagta
loan-error-not-a-number = Lacagta ku qor tirooyin, tusaale ahaan { $example }
loan-error-zero = Geli lacag ka badan eber
loan-error-negative = Lacagtu kama yaraan karto eber
loan-error-too-large = Geli lacag ah { $max } ama ka yar
loan-error-too-many-decimals = Dhibicda tobanlaha kadib, ha qorin wax ka badan 2 tiro
loan-error-above-cap = Deynta hal qoys ugu badnaan waa { $cap }. Hubi inta ku qoran waraaqahaaga.
loan-error-travellers = Geli tirada dadka oo dhan (jajab la'aan), 1 ilaa { $max }
loan-error-month = Geli bil, 1 ilaa 12
loan-error-year = Geli sannad, { $from } ilaa { $to }
loan-error-policy = Xeerarka deynta lama akhrin karin. Fadlan mar kale isku day goor dambe.

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
loan-result-from-fares = Deyntaada la qiyaasay waa { $loan }: tigidhada iyo lacagta adeegga IOM oo ah { $fee } qof kasta.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = Kharashka safarka ({ $cost }) wuxuu ka badan yahay xadka qoyska oo ah { $cap }. Inta xadka ka badan ({ $excess }) waxaa bixinaysa IOM: adigu dib uma celinaysid.
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
loan-share-hint = Linkigu wuxuu wataa tirooyinka boggan oo keliya, ma wato wax macluumaad ah oo adiga kugu saabsan.
loan-print = Daabac qiyaastan

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = Xeerarka qiyaastan waxaa ugu dambeysay la hubiyay { $date }.
loan-rules-saved = Intarneet kuma xirnid. Xeerarkan waxaa qalabkan lagu kaydiyay { $date }.

# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = Ballamahayga
appt-lead = Eeg wareysigaaga, baaritaanka caafimaadka, casharka hagitaanka iyo duulimaadka, iyo waxa aad la imaanayso. Koodhkaagu wuxuu ku jiraa taleefankan oo keliya: Passage ma hayo.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = Ballamahayga ku kaydi taleefankan si aan u arko intarneet la'aan
# Shown when the appointments are example data, not a real case.
appt-demo = Ballamahani waa tusaale, si aad u tijaabiso Passage. Run ma aha.
# { $date } is a formatted date.
appt-updated = Markii ugu dambeysay ee la cusboonaysiiyay: { $date }. Si aad u aragto isbeddellada, hoos ku geli koodhkaaga mar kale.
appt-refresh = Eeg isbeddellada
appt-upcoming = Ballamaha soo socda
appt-none-upcoming = Ma lihid ballamo soo socda. Xafiiskaaga IOM ayaa kuu sheegi doona marka aad ballan cusub yeelato.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = Ballamihii dhammaaday ({ $count-text })

appt-kind-selection-interview = Wareysiga xulashada
appt-kind-medical-exam = Baaritaanka caafimaadka
appt-kind-orientation = Casharka hagitaanka (Hagitaanka Kanada ee Dibadda)
appt-kind-flight = Duulimaadka Kanada
appt-kind-other = Ballan

# How long until an appointment.
appt-countdown-today = Maanta
appt-countdown-tomorrow = Berri
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = { $days-text } { $days ->
    [one] maalin
   *[other] maalmood
} kadib
appt-countdown-past = Ballantan way dhammaatay

appt-bring-legend = Waxa aad la imaanayso
appt-bring-travel-documents = Dukumiintiyada safarkaaga (baasaboor ama waraaqo kale oo aqoonsi)
appt-bring-case-letters = Warqadaha ku saabsan kiiskaaga
appt-bring-family-members = Xubin kasta oo qoyska ah oo ku jirta kiiskaaga
appt-bring-medical-records = Waraaqahaaga caafimaadka iyo kuwa tallaalka
appt-bring-glasses = Muraayadahaaga indhaha, haddii aad xirato
appt-bring-medicines = Daawooyinkaaga, iyagoo ku jira baakadahooda
appt-bring-questions = Su'aalahaaga, oo warqad ku qoran
appt-bring-notebook = Buug wax lagu qoro iyo qalin
appt-bring-warm-clothes = Dhar diiran oo aad xiran doonto marka aad gaarto Kanada
appt-bring-other = Wax kale: xafiiskaaga IOM ayaa kuu sheegi doona

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = Natiijada baaritaankaaga caafimaadku waxay ansax tahay ilaa { $date }.
appt-medical-warning = Duulimaadkaagu wuxuu ka dambeeyaa taariikhdan. Weydii xafiiskaaga IOM: waxaad u baahan tahay baaritaan caafimaad oo cusub ka hor intaadan duulin.

# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = Miadi yangu
appt-lead = Tazama mahojiano yako, uchunguzi wa afya, kipindi cha maelekezo na safari ya ndege, pamoja na vitu vya kubeba. Msimbo wako unabaki kwenye simu hii: Passage haiuhifadhi.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = Hifadhi miadi yangu kwenye simu hii ili niione bila intaneti
# Shown when the appointments are example data, not a real case.
appt-demo = Miadi hii ni mfano, ili ujaribu Passage. Si miadi ya kweli.
# { $date } is a formatted date.
appt-updated = Taarifa hizi zilisasishwa mara ya mwisho tarehe { $date }. Ili kuona mabadiliko, andika msimbo wako tena hapa chini.
appt-refresh = Angalia mabadiliko
appt-upcoming = Miadi ijayo
appt-none-upcoming = Huna miadi yoyote ijayo. Ofisi yako ya IOM itakuambia utakapokuwa na miadi mpya.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = Miadi iliyopita ({ $count-text })

appt-kind-selection-interview = Mahojiano ya uteuzi
appt-kind-medical-exam = Uchunguzi wa afya
appt-kind-orientation = Kipindi cha maelekezo (Maelekezo ya Kanada Nje ya Nchi)
appt-kind-flight = Safari ya ndege kwenda Kanada
appt-kind-other = Miadi

# How long until an appointment.
appt-countdown-today = Leo
appt-countdown-tomorrow = Kesho
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = Baada ya { $days ->
    [one] siku
   *[other] siku
} { $days-text }
appt-countdown-past = Miadi hii imeshapita

appt-bring-legend = Vitu vya kubeba
appt-bring-travel-documents = Hati zako za safari (pasipoti au vitambulisho vingine)
appt-bring-case-letters = Barua kuhusu faili lako
appt-bring-family-members = Kila mwanafamilia aliye kwenye faili lako
appt-bring-medical-records = Karatasi zako za matibabu na kadi za chanjo
appt-bring-glasses = Miwani yako, ikiwa unavaa
appt-bring-medicines = Dawa zako, ndani ya pakiti zake
appt-bring-questions = Maswali yako, yameandikwa kwenye karatasi
appt-bring-notebook = Daftari na kalamu
appt-bring-warm-clothes = Nguo za joto kwa ajili ya kuwasili Kanada
appt-bring-other = Kitu kingine: ofisi yako ya IOM itakuambia

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = Matokeo ya uchunguzi wako wa afya ni halali hadi { $date }.
appt-medical-warning = Safari yako ya ndege ni baada ya tarehe hii. Uliza ofisi yako ya IOM: unahitaji uchunguzi mpya wa afya kabla ya kusafiri.

# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = ቆጸራታተይ
appt-lead = ናይ ቃለ-መሕትት፣ ሕክምናዊ መርመራ፣ ትምህርቲ ምልላይን በረራን ቆጸራታትኩም፣ ምስቲ ክትሕዝዎ ዘለኩም ነገራት ርኣዩ። ኮድኩም ኣብዚ ተሌፎን ይተርፍ፦ Passage ኣይዕቅቦን።
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = ብዘይ ኢንተርነት ክርእዮም፣ ቆጸራታተይ ኣብዚ ተሌፎን ይዕቀቡ
# Shown when the appointments are example data, not a real case.
appt-demo = እዞም ቆጸራታት ንኣብነት ጥራይ እዮም፣ Passage ንምፍታን። ናይ ብሓቂ ኣይኮኑን።
# { $date } is a formatted date.
appt-updated = ንመወዳእታ ግዜ ዝተሓደሰ ኣብ { $date } እዩ። ለውጥታት ንምርኣይ፣ ኣብ ታሕቲ ኮድኩም ደጊምኩም ኣእትዉ።
appt-refresh = ለውጢ እንተ ሃልዩ ፈትሹ
appt-upcoming = ዝቕጽሉ ቆጸራታት
appt-none-upcoming = ዝቕጽል ቆጸራ የብልኩምን። ሓድሽ ቆጸራ ምስ ዝህልወኩም፣ ናይ IOM ቤት ጽሕፈትኩም ክነግረኩም እዩ።
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = ዝሓለፉ ቆጸራታት ({ $count-text })

appt-kind-selection-interview = ናይ ምምራጽ ቃለ-መሕትት
appt-kind-medical-exam = ሕክምናዊ መርመራ
appt-kind-orientation = ትምህርቲ ምልላይ (ምልላይ ካናዳ ኣብ ወጻኢ)
appt-kind-flight = በረራ ናብ ካናዳ
appt-kind-other = ቆጸራ

# How long until an appointment.
appt-countdown-today = ሎሚ
appt-countdown-tomorrow = ጽባሕ
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = ድሕሪ { $days-text } { $days ->
    [one] መዓልቲ
   *[other] መዓልታት
}
appt-countdown-past = እዚ ቆጸራ ሓሊፉ እዩ

appt-bring-legend = ክትሕዝዎ ዘለኩም
appt-bring-travel-documents = ሰነዳት ጉዕዞኹም (ፓስፖርት ወይ ካልእ ወረቐት መንነት)
appt-bring-case-letters = ብዛዕባ ጉዳይኩም ዝመጹኹም ደብዳቤታት
appt-bring-family-members = ኣብ ጉዳይኩም ዘለዉ ኩሎም ኣባላት ስድራኹም
appt-bring-medical-records = ወረቓቕቲ ሕክምናኹምን መዝገብ ክታበትኩምን
appt-bring-glasses = መነጽርኹም፣ እንተ ትጥቀሙ ኴንኩም
appt-bring-medicines = መድሃኒታትኩም፣ ኣብ ሳጹኖም
appt-bring-questions = ሕቶታትኩም፣ ብጽሑፍ
appt-bring-notebook = ደብተርን ብርዕን
appt-bring-warm-clothes = ካናዳ ክትበጽሑ ከለኹም ዘድልየኩም ሙቑት ክዳውንቲ
appt-bring-other = ካልእ ነገር፦ ናይ IOM ቤት ጽሕፈትኩም ክነግረኩም እዩ

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = ውጽኢት ሕክምናዊ መርመራኹም ክሳብ { $date } ይሰርሕ።
appt-medical-warning = በረራኹም ድሕሪ እዚ ዕለት እዚ እዩ። ናይ IOM ቤት ጽሕፈትኩም ሕተቱ፦ ቅድሚ ምብራርኩም ሓድሽ ሕክምናዊ መርመራ የድልየኩም እዩ።

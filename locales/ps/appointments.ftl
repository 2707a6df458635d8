# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = زما ټاکل شوي ملاقاتونه
appt-lead = خپله مرکه، طبي معاینه، د پېژندنې غونډه او الوتنه وګورئ، او دا چې له ځان سره څه یوسئ. ستاسو کوډ یوازې په همدې موبایل کې پاتې کېږي: Passage یې نه ساتي.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = زما ملاقاتونه په دې موبایل کې وساتئ، چې بې له انټرنېټه یې هم وګورم
# Shown when the appointments are example data, not a real case.
appt-demo = دا ملاقاتونه یوازې د بېلګې لپاره دي، چې Passage وازمویئ. ریښتیني نه دي.
# { $date } is a formatted date.
appt-updated = وروستی ځل په { $date } تازه شول. د بدلونونو د لیدلو لپاره، لاندې خپل کوډ بیا ولیکئ.
appt-refresh = بدلونونه وګورئ
appt-upcoming = راتلونکي ملاقاتونه
appt-none-upcoming = تاسو هېڅ راتلونکی ملاقات نه لرئ. کله چې نوی ملاقات ولرئ، د مهاجرت د نړیوال سازمان دفتر به یې تاسو ته ووایي.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = تېر ملاقاتونه ({ $count-text })

appt-kind-selection-interview = د انتخاب مرکه
appt-kind-medical-exam = طبي معاینه
appt-kind-orientation = د پېژندنې غونډه (په بهر کې د کاناډا پېژندنه)
appt-kind-flight = کاناډا ته الوتنه
appt-kind-other = ملاقات

# How long until an appointment.
appt-countdown-today = نن
appt-countdown-tomorrow = سبا
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = { $days-text } { $days ->
    [one] ورځ
   *[other] ورځې
} وروسته
appt-countdown-past = دا ملاقات تېر شوی دی

appt-bring-legend = له ځان سره څه یوسئ
appt-bring-travel-documents = ستاسو د سفر اسناد (پاسپورټ یا د هویت نور اسناد)
appt-bring-case-letters = ستاسو د دوسیې په اړه لیکونه
appt-bring-family-members = د کورنۍ ټول هغه غړي چې ستاسو په دوسیه کې دي
appt-bring-medical-records = ستاسو طبي کاغذونه او د واکسین اسناد
appt-bring-glasses = ستاسو عینکې، که یې اغوندئ
appt-bring-medicines = ستاسو درمل، په خپلو اصلي قطیو کې
appt-bring-questions = ستاسو پوښتنې، په کاغذ لیکل شوې
appt-bring-notebook = یوه کتابچه او یو قلم
appt-bring-warm-clothes = کاناډا ته د رسېدو لپاره ګرمې جامې
appt-bring-other = بل څه: د مهاجرت د نړیوال سازمان دفتر به یې تاسو ته ووایي

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = ستاسو د طبي معاینې پایله تر { $date } پورې اعتبار لري.
appt-medical-warning = ستاسو الوتنه تر دې نېټې وروسته ده. د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ: له الوتنې مخکې تاسو ته نوې طبي معاینه پکار ده.

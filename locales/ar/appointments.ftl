# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = مواعيدي
appt-lead = اعرف مواعيد مقابلتك، وفحصك الطبي، وجلسة التوجيه، ورحلتك بالطائرة، وما يجب أن تأخذه معك. يبقى رمزك على هذا الهاتف، ولا يحتفظ به Passage.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = احفظ مواعيدي على هذا الهاتف لأفتحها دون إنترنت
# Shown when the appointments are example data, not a real case.
appt-demo = هذه المواعيد مثال لتجربة Passage. ليست حقيقية.
# { $date } is a formatted date.
appt-updated = آخر تحديث في { $date }. لترى التغييرات، اكتب رمزك مرة أخرى في الأسفل.
appt-refresh = تحقّق من وجود تغييرات
appt-upcoming = المواعيد القادمة
appt-none-upcoming = ليس لديك مواعيد قادمة. سيخبرك مكتب المنظمة الدولية للهجرة عندما يكون لك موعد جديد.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = المواعيد السابقة ({ $count-text })

appt-kind-selection-interview = مقابلة الاختيار
appt-kind-medical-exam = الفحص الطبي
appt-kind-orientation = جلسة التوجيه (التوجيه الكندي في الخارج)
appt-kind-flight = الرحلة بالطائرة إلى كندا
appt-kind-other = موعد

# How long until an appointment.
appt-countdown-today = اليوم
appt-countdown-tomorrow = غدًا
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = { $days ->
    [zero] بعد { $days-text } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days-text } أيام
    [many] بعد { $days-text } يومًا
   *[other] بعد { $days-text } يوم
}
appt-countdown-past = انتهى هذا الموعد

appt-bring-legend = ما يجب أن تأخذه معك
appt-bring-travel-documents = وثائق سفرك (جواز السفر أو أوراق هوية أخرى)
appt-bring-case-letters = الرسائل الخاصة بملفك
appt-bring-family-members = كل أفراد العائلة المذكورين في ملفك
appt-bring-medical-records = أوراقك الطبية وشهادات التطعيم
appt-bring-glasses = نظارتك، إذا كنت تستعمل نظارة
appt-bring-medicines = أدويتك، في علبها
appt-bring-questions = أسئلتك، مكتوبة على ورقة
appt-bring-notebook = دفتر وقلم
appt-bring-warm-clothes = ملابس دافئة لوقت وصولك إلى كندا
appt-bring-other = شيء آخر: سيخبرك به مكتب المنظمة الدولية للهجرة

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = نتيجة فحصك الطبي صالحة حتى { $date }.
appt-medical-warning = رحلتك بعد هذا التاريخ. اسأل مكتب المنظمة الدولية للهجرة: تحتاج إلى فحص طبي جديد قبل أن تسافر.

# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = وقت‌های ملاقات من
appt-lead = مصاحبه، معاینهٔ صحی، جلسهٔ توجیهی و پرواز خود را ببینید، و اینکه چه چیزهایی را باید با خود ببرید. کود شما در همین مبایل می‌ماند: Passage آن را نگه نمی‌دارد.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = وقت‌های ملاقات من در این مبایل نگه داشته شود تا بدون انترنت هم باز شود
# Shown when the appointments are example data, not a real case.
appt-demo = این وقت‌های ملاقات نمونه است، برای امتحان کردن Passage. واقعی نیست.
# { $date } is a formatted date.
appt-updated = آخرین بار در { $date } تازه شد. برای دیدن تغییرات، کود خود را دوباره در پایین بنویسید.
appt-refresh = تغییرات را بررسی کنید
appt-upcoming = وقت‌های ملاقات پیش رو
appt-none-upcoming = شما هیچ وقت ملاقات پیش رو ندارید. وقتی وقت ملاقات جدیدی داشته باشید، دفتر سازمان بین‌المللی مهاجرت به شما خبر می‌دهد.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = وقت‌های ملاقات گذشته ({ $count-text })

appt-kind-selection-interview = مصاحبهٔ انتخاب
appt-kind-medical-exam = معاینهٔ صحی
appt-kind-orientation = جلسهٔ توجیهی (توجیه کانادا در خارج از کشور)
appt-kind-flight = پرواز به کانادا
appt-kind-other = وقت ملاقات

# How long until an appointment.
appt-countdown-today = امروز
appt-countdown-tomorrow = فردا
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = بعد از { $days-text } { $days ->
    [one] روز
   *[other] روز
}
appt-countdown-past = این وقت ملاقات گذشته است

appt-bring-legend = چه چیزهایی را با خود ببرید
appt-bring-travel-documents = اسناد سفر شما (پاسپورت یا دیگر اسناد هویت)
appt-bring-case-letters = نامه‌های مربوط به دوسیهٔ شما
appt-bring-family-members = همهٔ اعضای خانواده که در دوسیهٔ شما هستند
appt-bring-medical-records = اسناد صحی و کارت‌های واکسین شما
appt-bring-glasses = عینک شما، اگر عینک می‌زنید
appt-bring-medicines = دواهای شما، در قطی‌های خودشان
appt-bring-questions = سوال‌های شما، نوشته‌شده روی کاغذ
appt-bring-notebook = یک کتابچه و یک قلم
appt-bring-warm-clothes = کالای گرم برای وقت رسیدن به کانادا
appt-bring-other = چیز دیگری: دفتر سازمان بین‌المللی مهاجرت به شما می‌گوید

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = نتیجهٔ معاینهٔ صحی شما تا { $date } اعتبار دارد.
appt-medical-warning = پرواز شما بعد از این تاریخ است. از دفتر سازمان بین‌المللی مهاجرت بپرسید: پیش از پرواز به معاینهٔ صحی جدید نیاز دارید.

# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } الساعة { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = الاثنين
date-weekday-2 = الثلاثاء
date-weekday-3 = الأربعاء
date-weekday-4 = الخميس
date-weekday-5 = الجمعة
date-weekday-6 = السبت
date-weekday-7 = الأحد
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = حسب الساعة في هاتفك: { $time }

# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } ساعت { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = طبق ساعت مبایل شما: { $time }

# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = ጥሪ
date-month-2 = ለካቲት
date-month-3 = መጋቢት
date-month-4 = ሚያዝያ
date-month-5 = ግንቦት
date-month-6 = ሰነ
date-month-7 = ሓምለ
date-month-8 = ነሓሰ
date-month-9 = መስከረም
date-month-10 = ጥቅምቲ
date-month-11 = ሕዳር
date-month-12 = ታሕሳስ
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } ሰዓት { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = ሰኑይ
date-weekday-2 = ሰሉስ
date-weekday-3 = ረቡዕ
date-weekday-4 = ሓሙስ
date-weekday-5 = ዓርቢ
date-weekday-6 = ቀዳም
date-weekday-7 = ሰንበት
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = ብሰዓት ተሌፎንኩም፦ { $time }

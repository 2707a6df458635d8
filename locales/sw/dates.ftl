# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = Januari
date-month-2 = Februari
date-month-3 = Machi
date-month-4 = Aprili
date-month-5 = Mei
date-month-6 = Juni
date-month-7 = Julai
date-month-8 = Agosti
date-month-9 = Septemba
date-month-10 = Oktoba
date-month-11 = Novemba
date-month-12 = Desemba
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } saa { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = Jumatatu
date-weekday-2 = Jumanne
date-weekday-3 = Jumatano
date-weekday-4 = Alhamisi
date-weekday-5 = Ijumaa
date-weekday-6 = Jumamosi
date-weekday-7 = Jumapili
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = Kwa saa ya simu yako: { $time }

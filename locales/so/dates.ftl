# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = Jannaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = May
date-month-6 = Juun
date-month-7 = Luuliyo
date-month-8 = Ogost
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofembar
date-month-12 = Desembar
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } saacadda { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = Isniin
date-weekday-2 = Talaado
date-weekday-3 = Arbaco
date-weekday-4 = Khamiis
date-weekday-5 = Jimco
date-weekday-6 = Sabti
date-weekday-7 = Axad
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = Saacadda taleefankaaga: { $time }

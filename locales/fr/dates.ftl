# Month names and date patterns, used only where the phone's browser cannot write dates
# in this language itself (Chromium cannot for Pashto, Tigrinya and Somali). Months of the
# Gregorian calendar, as they are written in this language.
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre
# { $month } is a month's name above, { $year } a year in the reader's digits.
date-month-year = { $month } { $year }
# { $day } and { $year } are numbers in the reader's digits, { $month } a month's name above.
date-day-month-year = { $day } { $month } { $year }
# A date and a time of day ("09:30") together, e.g. "3 December 2026 at 09:30".
date-at-time = { $date } à { $time }
# Days of the week (Monday = 1), for opening hours, where the browser cannot write them.
date-weekday-1 = lundi
date-weekday-2 = mardi
date-weekday-3 = mercredi
date-weekday-4 = jeudi
date-weekday-5 = vendredi
date-weekday-6 = samedi
date-weekday-7 = dimanche
# Shown when the phone's clock is in another time zone than the place. { $time } is a date and time.
date-phone-time = Sur l’horloge de votre téléphone : { $time }

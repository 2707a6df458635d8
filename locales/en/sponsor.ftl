# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = Arrival timeline for sponsors
sponsor-lead = See what usually happens before and after a sponsored person arrives, and when. Only the arrival date is needed: no names.
sponsor-planner-heading = Plan from an arrival date
# A group of three fields: day, month and year.
sponsor-date-legend = When do they arrive, or when do you expect them?
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = For example, { $day } { $month } { $year }
sponsor-date-day = Day
sponsor-date-month = Month
sponsor-date-year = Year
sponsor-date-submit = Show the timeline
sponsor-error-summary-title = There is a problem
sponsor-error-day-empty = Enter the day of arrival
sponsor-error-month-empty = Enter the month of arrival
sponsor-error-year-empty = Enter the year of arrival
sponsor-error-not-number = Type the date in numbers, like the example
sponsor-error-day-range = The day must be from 1 to 31
sponsor-error-month-range = The month must be from 1 to 12
sponsor-error-year-range = Enter the year in full, like 2027
sponsor-error-no-such-day = This day is not in that month: check the day and the month
sponsor-noscript = The timeline is worked out on your phone, and needs JavaScript. Turn it on, or open this page in another browser.
sponsor-loading = Getting the figures for the timeline…
sponsor-offline = You are offline, and the figures for the timeline were not saved on this phone yet. Connect to the internet once to use the timeline offline.
sponsor-server-error = Passage could not get the figures for the timeline from its server. Try again in a few minutes.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = What happens when
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = Done
timeline-stage-next = Next
timeline-stage-later = Later
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = The arrival notice
sponsor-step-notice-body = IRCC aims to send the arrival notice at least { $days-text } working { $days ->
    [one] day
   *[other] days
} before the arrival: around { $date }. This is a target to plan with, not a promise: if the notice has not come by then, ask IRCC. Have housing and the first weeks ready before then.
sponsor-step-notice-holidays = Public holidays are not counted here: the notice may come a day or two earlier.
sponsor-step-arrival-title = Arrival
sponsor-step-arrival-body = Meet them at the airport and take them to their first home. In the first weeks, help them apply for a health card and a Social Insurance Number, open a bank account, apply for the Canada Child Benefit, and find schools and language classes.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = Your support usually ends
sponsor-step-support-body = Sponsors usually support the newcomers for { $months-text } { $months ->
    [one] month
   *[other] months
} from their arrival, or until they can support themselves, whichever comes first.
sponsor-step-joint-title = If it is a Joint Assistance Sponsorship
sponsor-step-joint-body = Under Joint Assistance Sponsorship, support lasts up to { $months-text } { $months ->
    [one] month
   *[other] months
}, depending on the case.
sponsor-step-loan-title = First payment of their travel loan
sponsor-step-loan-body = The first payment of their travel loan is due { $months-text } { $months ->
    [one] month
   *[other] months
} after they arrive. IRCC's letter gives the exact date and amount.
sponsor-step-loan-not-yours = The loan is theirs: sponsors do not have to repay it.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = Share this timeline
sponsor-share-body = This link holds only the arrival date and the language: no names and no codes. You can send it to your sponsorship group.
sponsor-share-copy = Copy the link
sponsor-share-copied = The link is copied.
sponsor-print = Print this timeline

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = Your sponsorship
sponsor-code-heading = Do you have an access code for this case?
sponsor-code-lead = With the access code from IOM, you can see where the case stands. Your code stays on this phone: Passage does not keep it.
sponsor-keep = Keep this case on this phone for use offline
sponsor-case-demo = This case is an example, to try Passage. It is not real.
# { $city } is a city in Canada.
sponsor-case-destination = They will live in { $city }.
# { $from } and { $to } are dates.
sponsor-case-window = Expected arrival: between { $from } and { $to }.
sponsor-case-day = Expected arrival: { $date }.
sponsor-case-notice-sent = The arrival notice has been sent. Check your messages from IRCC for the flight details.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = The arrival notice has not been sent yet. IRCC aims to send it at least { $days-text } working { $days ->
    [one] day
   *[other] days
} before the arrival: around { $date } for the earliest day. This is a target, not a promise.
# { $date } is a formatted date.
sponsor-case-updated = Last updated on { $date }. To see changes, enter your code again below.
sponsor-case-refresh = Check for changes
sponsor-milestone-case-approved = The case was approved
sponsor-milestone-arrival-notice = The arrival notice
sponsor-milestone-arrival = Arrival
sponsor-milestone-income-support-ends = Income support ends
sponsor-milestone-other = Another step

# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = Going home with IOM
return-lead = IOM can help you start again in your country with a reintegration plan. See the kinds of help, the usual steps, and what to do next.

return-steps-heading = The usual steps
return-steps-lead = Your IOM office sets your own deadlines. The figures below come from a Canadian programme that ended in 2015, so they show what is usual, not today's rules.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = After you are referred to IOM, contact IOM within { $time }.
return-deadline-start-plan-after-arrival = After you arrive home, contact your IOM office within { $time } to start your plan.
return-deadline-in-kind-assistance-within = Help in kind (things and services, not cash) is given within { $time } after you return.
return-deadline-monitoring-after = After { $time }, IOM asks how things are going.
return-deadline-other = Another step: ask your IOM office.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] hour
   *[other] hours
}
return-time-days = { $n-text } { $n ->
    [one] day
   *[other] days
}
return-time-months = { $n-text } { $n ->
    [one] month
   *[other] months
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = In the Canadian programme of { $from } to { $until }. Ask your IOM office what applies to you today.

return-categories-heading = Kinds of help
return-categories-lead = What you get depends on your plan and your IOM office.
return-category-additional-luggage = Extra luggage
return-category-additional-luggage-body = Taking more of your things with you than a ticket allows.
return-category-onward-transportation = Getting home from the airport
return-category-onward-transportation-body = Travel from the airport you land at to the place where you will live.
return-category-job-search = Finding work
return-category-job-search-body = Help to look for a job and apply.
return-category-legal = Legal help
return-category-legal-body = Help with papers and legal questions in your country.
return-category-material = Things you need
return-category-material-body = Goods for your home or your work.
return-category-medical = Health care
return-category-medical-body = Help to see a doctor and get medicines.
return-category-small-business = Starting a small business
return-category-small-business-body = Help to plan a small business and get what it needs to start.
return-category-temporary-accommodation-and-housing = A place to stay
return-category-temporary-accommodation-and-housing-body = Somewhere to stay when you arrive, and help to find a home.
return-category-training-and-schooling = School and training
return-category-training-and-schooling-body = School for children, or training to learn a trade.
return-category-other = Other help
return-category-other-body = Ask your IOM office what this covers.

return-next-heading = What to do next
return-next-body = Contact the IOM office in your country soon after you arrive. They make your plan with you and set your deadlines.

# With the access code from the IOM office.
return-code-heading = Do you have an access code?
return-code-lead = With the access code from your IOM office, you can see your own plan and deadlines. Your code stays on this phone: Passage does not keep it.
return-keep = Keep my plan on this phone for use offline
return-case-heading = Your plan
return-case-demo = This plan is an example, to try Passage. It is not real.
# { $date } is a date.
return-case-returned = You returned home on { $date }.
return-case-returning = You return home on { $date }.
return-case-updated = Last updated on { $date }. To see changes, enter your code again below.
return-case-refresh = Check for changes
return-office-heading = Your IOM office
# { $city } is a city, { $country } a country.
return-office-place = IOM { $city }, { $country }
return-office-call = Call
return-office-write = Write an email
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: { $opens } to { $closes }
return-office-hours-note = Times are local time at the office.
return-office-demo = These contact details are an example: they reach no one.
return-status-not-started = Not started
return-status-in-progress = In progress
return-status-done = Done
return-status-other = Ask your IOM office
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days-text } { $days ->
    [one] day
   *[other] days
} left
return-due-today = Due today
return-due-passed = The deadline has passed. Contact your IOM office.
# { $date } is a date.
return-due-by = Deadline: { $date }
return-todo-not-started = Next: contact your IOM office to start this part of your plan.
return-todo-in-progress = Next: keep in touch with your IOM office until this part is done.
return-loading = Getting the kinds of help…
return-offline = You are offline, and this information was not saved on this phone yet. Connect to the internet once to read it offline.
return-server-error = Passage could not get this information from its server. Try again in a few minutes.

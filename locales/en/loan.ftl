# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Your travel loan: what you will pay
loan-lead = Canada lends refugees the money for their journey. This page estimates what you will pay back each month, and when. Once opened, it also works without internet.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = This estimate needs JavaScript, which is off in this browser. The rules below still apply, and the letter from IRCC gives your amounts.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = How do you want to start?
loan-mode-known = I know my loan amount
loan-mode-known-hint = It is in your loan papers or in a letter from IRCC (Immigration, Refugees and Citizenship Canada).
loan-mode-estimate = Help me estimate it
loan-mode-estimate-hint = From the number of people travelling and the price of one plane ticket.

loan-amount-label = Loan amount, in Canadian dollars
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = For example { $example }
loan-travellers-label = How many people travel on this loan?
loan-fare-label = Price of one plane ticket, in Canadian dollars
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = Your IOM office can tell you. IOM adds { $fee } per person for its services.

loan-arrival-legend = When do you arrive in Canada?
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = If you do not know yet, enter the month you expect. For example: { $month } { $year }
loan-arrival-month = Month
loan-arrival-year = Year

loan-submit = Show my estimate
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = There is a problem

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Enter an amount
loan-error-fare-empty = Enter the price of one ticket
loan-error-not-a-number = Enter the amount in numbers, for example { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = Type the amount like this: { $example }
loan-error-zero = Enter an amount greater than zero
loan-error-negative = The amount cannot be negative
loan-error-too-large = Enter an amount of { $max } or less
loan-error-too-many-decimals = Enter no more than 2 digits after the decimal mark
loan-error-travellers = Enter a whole number of people, from 1 to { $max }
loan-error-month = Enter a month from 1 to 12
loan-error-year = Enter a year from { $from } to { $to }
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage can only estimate loans for arrivals from { $month }, when today's rules started. For an earlier arrival, the letter from IRCC gives your amounts.

loan-result-heading = Your estimate
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = You will pay about { $amount } a month for { $months-text } { $months ->
    [one] month
   *[other] months
}, from { $first } to { $last }.
loan-result-total = In total you pay back { $total }. There is no interest.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = Your loan is at least { $loan }: the tickets plus the IOM fee of { $fee } for each person.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = The real loan is usually more. It also pays for travel to the city you fly from, a place to stay and meals before you leave, transport taxes, and an escort if one travels with you. Children's tickets may cost a different amount.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = The tickets and fees ({ $cost }) are more than { $cap }, the most that one family's travel loan holds. Your loan stops at { $cap }. Ask IOM about the costs above it.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } is more than { $cap }, the most that one family's travel loan holds. The letter from IRCC may add up more than one loan, so this estimate uses the amount you typed.
loan-estimate-note = This is an estimate. The letter from IRCC gives your exact amounts, the date of your first payment and the smallest payment you must make each month.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = See every monthly payment
loan-schedule-number = Payment
loan-schedule-month = Month
loan-schedule-amount = Amount

loan-hardship-heading = If you cannot pay
loan-hardship-ask = Contact IRCC. You can ask to pay later or to change your payments. IRCC decides what is possible.
loan-hardship-deport = Missing payments cannot get you deported (sent away from Canada). But the government can take steps to collect the money, and it can make it harder to sponsor family members later.
loan-hardship-sponsor = Your sponsor is not responsible for your loan.

loan-share-label = Link to this estimate
# Next to the share link: say truthfully what it holds.
loan-share-hint = The link holds the numbers on this page: the loan amount (or the number of people and the ticket price) and the month you arrive. Anyone you send it to can see them.
loan-print = Print this estimate

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = A person last compared these rules with their sources on { $date }.
loan-rules-unchecked = No person has compared these rules with their sources yet.
loan-rules-offline-saved = You are offline. This estimate uses the rules saved on this device on { $date }.
loan-rules-saved = This estimate uses the rules saved on this device on { $date }.
loan-rules-offline-built-in = You are offline. This estimate uses the rules that came with Passage.
loan-rules-server-error = Passage could not get the latest rules from its server, so this estimate uses the rules it already had.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = Try again

# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Your travel loan: what you will pay
loan-lead = Canada lends refugees the money for their journey. This page estimates what you will pay back each month, and when. Once opened, it also works without internet.

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
loan-arrival-hint = If you do not know yet, enter the month you expect. For example: 3 { $year }
loan-arrival-month = Month
loan-arrival-year = Year

loan-submit = Show my estimate
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = There is a problem

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Enter an amount
loan-error-not-a-number = Enter the amount in numbers, for example { $example }
loan-error-zero = Enter an amount greater than zero
loan-error-negative = The amount cannot be negative
loan-error-too-large = Enter an amount of { $max } or less
loan-error-too-many-decimals = Enter no more than 2 digits after the decimal mark
loan-error-above-cap = A family's loan is at most { $cap }. Check the amount in your papers.
loan-error-travellers = Enter a whole number of people, from 1 to { $max }
loan-error-month = Enter a month from 1 to 12
loan-error-year = Enter a year from { $from } to { $to }
loan-error-policy = The loan rules could not be read. Please try again later.

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
loan-result-from-fares = Your estimated loan is { $loan }: the tickets plus the IOM fee of { $fee } for each person.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = The travel costs ({ $cost }) are above the limit of { $cap } per family. IOM pays the { $excess } above the limit: you do not pay it back.
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
loan-share-hint = The link holds only the numbers on this page, nothing about you.
loan-print = Print this estimate

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = The rules behind this estimate were last checked on { $date }.
loan-rules-saved = You are offline. These rules were saved on this device on { $date }.

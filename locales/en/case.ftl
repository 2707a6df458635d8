# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = Your access code
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = It is on your letter from IOM: 18 letters and numbers, like { $example }. Spaces and dashes do not matter.
code-submit = Open
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = There is a problem
code-error-empty = Enter the access code from your letter
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = You typed { $found-text } { $found ->
    [one] letter or number
   *[other] letters and numbers
}. A code has { $wanted }: check it against your letter.
code-error-character = The code has a sign that is not a letter or a number. Check it against your letter.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = One letter or number looks mistyped, or two are swapped. Check the code against your letter.
code-error-unknown = We did not find this code. Check it against your letter, or ask your IOM office.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = Too many codes were tried from this connection. Wait { $minutes-text } { $minutes ->
    [one] minute
   *[other] minutes
}, then try again.
code-error-offline = You are offline. Connect to the internet to open your page with your code.
code-error-server = Passage could not reach its server. Try again in a few minutes.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = Do not choose this on a phone other people use. You can remove it at any time.

# A section at the bottom of the personal pages.
remove-heading = Your data on this phone
remove-body = Remove everything Passage kept on this phone about you: your case, what you ticked and the topics you read.
remove-button = Remove my data from this phone
remove-done = Your data has been removed from this phone.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = Your phone's date seems to be wrong. Passage counts the days from today's date on its server, { $date }.

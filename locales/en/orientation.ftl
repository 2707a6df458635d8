# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = Life in Canada: orientation topics
orientation-lead = The same topics as the Canadian Orientation Abroad sessions, to read at your own pace. Each topic says where its facts come from.
orientation-loading = Getting the topics…
orientation-offline = You are offline, and the topics were not saved on this phone yet. Connect to the internet to read them.
orientation-server-error = Passage could not get the topics from its server. Try again in a few minutes.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = Read
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = In English
orientation-search-label = Search the topics
orientation-search-hint = Type a word. Small spelling mistakes are fine.
orientation-search-loading = Getting the topics to search…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] No topic matches “{ $query }”.
    [one] { $count-text } topic matches “{ $query }”.
   *[other] { $count-text } topics match “{ $query }”.
}
orientation-search-english = Nothing in your language, but these topics in English match:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = Words: { $words }
orientation-search-none = Try another word, or a shorter one.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = Read offline
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = Topics you open stay on this phone for reading offline. You can also keep all of them now: this downloads about { $size }.
# When the size of the download cannot be known (offline).
orientation-keep-body-unknown = Topics you open stay on this phone for reading offline. You can also keep all of them now.
orientation-keep-button = Keep all topics on this phone
orientation-keep-done = All topics are on this phone. You can read them offline.
orientation-keep-failed = The topics could not be downloaded. Connect to the internet and try again.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } KB
# A setting that stops pictures from downloading, to save data.
orientation-low-data = Save data: do not download pictures
orientation-low-data-hint = Pictures are replaced by a short description.

# A topic's page.
orientation-back = All topics
orientation-fallback = This topic is not translated into your language yet. Here it is in English.
orientation-unreviewed = No person has checked this translation yet.
# { $date } is a date.
orientation-updated = Updated on { $date }.
orientation-mark-read = Mark as read
orientation-marked-read = You have read this topic.
orientation-mark-unread = Mark as not read
orientation-previous = Previous topic
orientation-next = Next topic
orientation-print = Print this topic
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = Picture: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = Loans up to { $amount }
orientation-loan-above = Loans over { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] month
   *[other] months
}
orientation-loan-amount-header = Loan
orientation-loan-months-header = Months to pay back

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = Listen
orientation-listen-play = Read aloud
orientation-listen-pause = Pause
orientation-listen-resume = Continue
orientation-listen-previous = Previous part
orientation-listen-next = Next part
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } working { $days ->
    [one] day
   *[other] days
}

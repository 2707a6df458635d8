# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = ستاسو د لاسرسي کوډ
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = دا کوډ د مهاجرت د نړیوال سازمان په لیک کې دی: ۱۸ توري او عددونه، لکه { $example }. تش ځایونه او کرښکې (-) هېڅ فرق نه کوي.
code-submit = پرانیزئ
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = یوه ستونزه شته
code-error-empty = د لاسرسي هغه کوډ ولیکئ چې ستاسو په لیک کې دی
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = تاسو { $found-text } { $found ->
    [one] توری یا عدد ولیکه
   *[other] توري او عددونه ولیکل
}. کوډ { $wanted } توري او عددونه لري: له خپل لیک سره یې پرتله کړئ.
code-error-character = په کوډ کې داسې نښه شته چې توری یا عدد نه دی. له خپل لیک سره یې پرتله کړئ.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = داسې ښکاري چې یو توری یا عدد غلط لیکل شوی، یا د دوو ځایونه سره بدل شوي. کوډ له خپل لیک سره پرتله کړئ.
code-error-unknown = موږ دا کوډ ونه موند. له خپل لیک سره یې پرتله کړئ، یا د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = له دې انټرنېټي اړیکې څخه ډېر زیات کوډونه وازمویل شول. { $minutes-text } { $minutes ->
    [one] دقیقه
   *[other] دقیقې
} صبر وکړئ، بیا هڅه وکړئ.
code-error-offline = تاسو انټرنېټ ته نه یاست وصل. انټرنېټ ته وصل شئ، بیا خپله پاڼه په خپل کوډ پرانیزئ.
code-error-server = Passage ونه شو کولی چې خپل سرور ته ورسېږي. څو دقیقې وروسته بیا هڅه وکړئ.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = که نور خلک هم دا موبایل کاروي، دا مه ټاکئ. تاسو یې هر وخت لرې کولی شئ.

# A section at the bottom of the personal pages.
remove-heading = په دې موبایل کې ستاسو معلومات
remove-body = هر هغه څه لرې کړئ چې Passage ستاسو په اړه په دې موبایل کې ساتلي دي: ستاسو دوسیه، هغه څه چې تاسو نښه کړي، او هغه موضوعګانې چې تاسو لوستې دي.
remove-button = زما معلومات له دې موبایل څخه لرې کړئ
remove-done = ستاسو معلومات له دې موبایل څخه لرې شول.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = داسې ښکاري چې ستاسو د تلیفون نېټه سمه نه ده. Passage ورځې د خپل سرور د نن ورځې له نېټې، { $date }، څخه شمېري.

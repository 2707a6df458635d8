# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = په کاناډا کې ژوند: د پېژندنې موضوعګانې
orientation-lead = هماغه موضوعګانې چې په بهر کې د کاناډا د پېژندنې په غونډو کې ویل کېږي، چې په خپل وخت او خپله چټکۍ یې ولولئ. هره موضوع وايي چې معلومات یې له کومه ځایه راغلي دي.
orientation-loading = موضوعګانې راوړل کېږي…
orientation-offline = تاسو انټرنېټ ته نه یاست وصل، او موضوعګانې لا په دې موبایل کې نه دي خوندي شوې. د لوستلو لپاره یې انټرنېټ ته وصل شئ.
orientation-server-error = Passage ونه شو کولی چې له خپل سرور څخه موضوعګانې ترلاسه کړي. څو دقیقې وروسته بیا هڅه وکړئ.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = لوستل شوې
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = په انګلیسي
orientation-search-label = په موضوعګانو کې لټون
orientation-search-hint = یوه کلمه ولیکئ. د املا کوچنۍ تېروتنې ستونزه نه ده.
orientation-search-loading = د لټون لپاره موضوعګانې راوړل کېږي…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] هېڅ موضوع له «{ $query }» سره سمون نه لري.
    [one] { $count-text } موضوع له «{ $query }» سره سمون لري.
   *[other] { $count-text } موضوعګانې له «{ $query }» سره سمون لري.
}
orientation-search-english = ستاسو په ژبه هېڅ ونه موندل شول، خو دا موضوعګانې په انګلیسي کې سمون لري:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = کلمې: { $words }
orientation-search-none = بله کلمه، یا یوه لنډه کلمه وازمویئ.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = بې له انټرنېټه لوستل
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = هغه موضوعګانې چې پرانیزئ یې، په دې موبایل کې پاتې کېږي، چې بې له انټرنېټه یې ولولئ. تاسو کولی شئ همدا اوس ټولې وساتئ: دا کار نږدې { $size } ډاونلوډ کوي.
orientation-keep-body-unknown = هغه موضوعګانې چې پرانیزئ یې، په دې موبایل کې پاتې کېږي، چې بې له انټرنېټه یې ولولئ. تاسو کولی شئ همدا اوس ټولې وساتئ.
orientation-keep-button = ټولې موضوعګانې په دې موبایل کې وساتئ
orientation-keep-done = ټولې موضوعګانې په دې موبایل کې دي. بې له انټرنېټه یې لوستلی شئ.
orientation-keep-failed = موضوعګانې ډاونلوډ نه شوې. انټرنېټ ته وصل شئ او بیا هڅه وکړئ.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } کیلوبایټ
# A setting that stops pictures from downloading, to save data.
orientation-low-data = انټرنېټ وسپموئ: انځورونه مه ډاونلوډ کوئ
orientation-low-data-hint = د انځورونو پر ځای یې لنډ تشریح ښودل کېږي.

# A topic's page.
orientation-back = ټولې موضوعګانې
orientation-fallback = دا موضوع لا ستاسو ژبې ته نه ده ژباړل شوې. دلته یې په انګلیسي لولئ.
orientation-unreviewed = تر اوسه هېچا دا ژباړه نه ده کتلې.
# { $date } is a date.
orientation-updated = په { $date } نوې شوې.
orientation-mark-read = نښه یې کړئ چې لوستل شوې ده
orientation-marked-read = تاسو دا موضوع لوستې ده.
orientation-mark-unread = نښه یې کړئ چې نه ده لوستل شوې
orientation-previous = مخکنۍ موضوع
orientation-next = بله موضوع
orientation-print = دا موضوع چاپ کړئ
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = انځور: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = تر { $amount } پورې پورونه
orientation-loan-above = له { $amount } څخه ډېر پورونه
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] میاشت
   *[other] میاشتې
}
orientation-loan-amount-header = پور
orientation-loan-months-header = د بېرته ورکولو میاشتې

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = واورئ
orientation-listen-play = په لوړ غږ لوستل
orientation-listen-pause = ودروئ
orientation-listen-resume = دوام ورکړئ
orientation-listen-previous = مخکنۍ برخه
orientation-listen-next = بله برخه
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } کاري { $days ->
    [one] ورځ
   *[other] ورځې
}

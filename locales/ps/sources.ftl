# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = دا شمېرې له کوم ځای څخه دي
# { $date } is a date.
sources-checked = یوه کس په { $date } دا معلومات له سرچینې سره پرتله کړل.
sources-unchecked = تر اوسه هېچا دا معلومات له سرچینې سره نه دي پرتله کړي.

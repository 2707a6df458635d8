# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = من أين تأتي هذه الأرقام
# { $date } is a date.
sources-checked = قارن شخصٌ هذا بمصدره في { $date }.
sources-unchecked = لم يقارن أحدٌ هذا بمصدره حتى الآن.

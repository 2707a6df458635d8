# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = این عددها از کجا آمده است
# { $date } is a date.
sources-checked = یک نفر در { $date } این را با منبع آن مقایسه کرد.
sources-unchecked = هنوز هیچ کسی این را با منبع آن مقایسه نکرده است.

# Under the figures a page shows: where each comes from, and whether a person checked it.
sources-heading = Halka ay tirooyinkani ka yimaadeen
# { $date } is a date.
sources-checked = Qof ayaa tan la barbardhigay ilaheeda { $date }.
sources-unchecked = Weli qof ma barbardhigin tan iyo ilaheeda.
